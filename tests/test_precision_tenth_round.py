"""Precision of the claim and caveat rules (tenth round), by mechanism, as a user sees them.

Each group pairs sentences that must stay quiet with counterparts that must still be
flagged: who is speaking (someone else's claim reported), what a sentence is about
(one trial's finding, the body's own course, a task, a definition, a denied
approval), and where a source stands (any cell of a table row).
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED101 = ["MED101"]
MED401 = ["MED401"]


def claims(text: str) -> list[str]:
    return codes(text, "unsupported-cure-claim")


def caveats(text: str) -> list[str]:
    return codes(text, "missing-early-research-caveat")


@pytest.mark.parametrize(
    "text, expected",
    [
        # someone else in a thread or a circle of people said or read it
        ("A commenter wrote that her chiropractor's laser fixed a slipped disc overnight.", []),
        ("My neighbour swears the clinic's collagen shots cured his arthritis.", []),
        ("One reader said he had heard that stem cells regrow lost cartilage.", []),
        ("Several members posted that the peptide healed their torn hamstrings.", []),
        # sellers whose own verb is the claim, inside a reported finding
        ("A 2023 audit found that most online clinics promise results for autism.", []),
        # the writer's own claim, and a patient of ours, stay claims
        ("Our laser fixes a slipped disc overnight.", MED101),
        ("I can tell you that stem cells regrow lost cartilage.", MED101),
        ("Our members say the peptide heals torn hamstrings in weeks.", MED101),
    ],
)
def test_someone_elses_claim_is_reported(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the therapy presented by someone else, not by the writer
        ("One commenter claimed that exosome drips could cure her long COVID.", []),
        (
            "Regulators fined two sellers that told customers their stem cell shots could "
            "reverse autism, lupus and kidney failure.",
            [],
        ),
        (
            "An undercover audit found that many PRP clinics promise results for "
            "problems their injections were never studied in.",
            [],
        ),
        ("Plenty of exosome sellers promise results for tinnitus that no trial has tested.", []),
        # the writer presents it
        ("Our stem cell shots can reverse autism, lupus and kidney failure.", MED401),
        ("Our exosome clinic promises results for tinnitus.", MED401),
        ("Exosome drips cure long COVID, in our experience.", MED401),
    ],
)
def test_caveat_not_for_a_therapy_someone_else_presents(text, expected):
    assert caveats(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In the trial, runners given the exosome shot had 40% less heel pain at six months.", []),
        (
            "Patients randomised to PRP reported less elbow pain at a year than those "
            "given a saline injection.",
            [],
        ),
        ("Over the course of one study, the implanted cells rebuilt cartilage in most knees.", []),
        ("Volunteers on the NAD+ drip had more energy than the placebo group.", []),
        # a general appeal to trials, or no study at all, still claims
        ("In clinical trials, our serum regrows hair.", MED101),
        ("Patients given our exosomes regrow cartilage in weeks.", MED101),
        ("Our PRP beats a placebo for tennis elbow.", MED101),
    ],
)
def test_a_finding_scoped_to_one_study_is_a_report(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Whichever injection your surgeon offers, a torn rotator cuff needs a year to heal.", []),
        ("No matter which clinic you pick, a stress fracture still takes six weeks to heal.", []),
        ("Regardless of the therapy, a pulled hamstring heals slowly in older runners.", []),
        # the concession over, a treatment that heals is a claim
        ("Whatever you have tried before, our PRP heals a tendon injury in weeks.", MED101),
        ("Whatever treatment you choose, PRP heals tendons faster.", MED101),
        ("With PRP, a tendon injury takes only weeks to heal.", MED101),
    ],
)
def test_the_natural_course_after_a_concession(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("With the new app it is pain-free to pay your bill.", []),
        ("Our portal means it has never been so pain-free to renew a prescription online.", []),
        ("It's completely pain-free to update your insurance details here.", []),
        # a health task, or a treatment in the sentence
        ("After one PRP shot it's pain-free to climb stairs again.", MED101),
        ("With PRP, it's now pain-free to kneel on a sore knee.", MED101),
        ("Thanks to our new laser therapy, it's pain-free to play golf again.", MED101),
    ],
)
def test_an_extraposed_task_is_not_a_health_outcome(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "When doctors call a drug effective, they mean it outperformed a sham in a "
            "randomised trial.",
            [],
        ),
        ("A therapy has to beat a placebo in a fair test before we call it proven.", []),
        ("To count as working, an injection must outperform saline in a blinded trial.", []),
        ("By 'regenerative' we mean treatments that rebuild damaged tissue.", []),
        # the comparison won by the writer's treatment is a claim
        ("Our PRP beats a placebo for tennis elbow.", MED101),
        ("Exosome shots outperform saline for knee pain.", MED101),
        ("I mean, our PRP heals tendons in weeks.", MED101),
    ],
)
def test_a_definition_or_a_standard_of_evidence(text, expected):
    assert claims(text) == expected


CITED_TABLE = """\
| Treatment | What trials show |
|---|---|
| Hip replacement | Lasting relief of hip pain for most [1] |
| Walking programme | Less knee pain after 12 weeks |

## References

1. Moreau P, Tan L. Hip Int. 2021;31(2):150-158. doi:10.1177/1120700020912345
"""

CITED_IN_ANOTHER_CELL = """\
| Option | Result | Source |
|---|---|---|
| Knee replacement | Lasting pain relief in most patients | [1] |

## References

1. Varga L, Holm E. Knee. 2022;38:112-120. doi:10.1016/j.knee.2022.08.004
"""

DANGLING = """\
| Option | Result |
|---|---|
| Knee replacement | Lasting pain relief in most patients [7] |

## References

1. Varga L, Holm E. Knee. 2022;38:112-120. doi:10.1016/j.knee.2022.08.004
"""


def test_a_table_row_is_cited_by_a_source_in_any_of_its_cells():
    assert claims(CITED_IN_ANOTHER_CELL) == []


def test_only_the_cited_row_of_a_table_is_cited():
    # the walking row carries no source of its own
    assert claims(CITED_TABLE) == MED101
    assert claims(CITED_TABLE.replace("after 12 weeks |", "after 12 weeks [1] |")) == []


def test_a_marker_that_resolves_to_nothing_cites_no_row():
    assert claims(DANGLING) == MED101


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Using stem cells to regrow cartilage remains unproven.", []),
        ("Taking NAD+ to reverse ageing is still experimental.", []),
        ("Injecting exosomes for healing a torn tendon is investigational.", []),
        ("Using our stem cells to regrow cartilage is simple and quick.", MED101),
        ("Using PRP to heal tendons works.", MED101),
    ],
)
def test_a_use_named_by_its_purpose_and_called_experimental(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Stem cell shots sold at strip-mall clinics are not drugs at all, and none of "
            "them has been cleared by the FDA to repair a knee.",
            [],
        ),
        (
            "Exosome serums sold online are cosmetics, and not one has been authorised by "
            "any regulator to heal acne scars.",
            [],
        ),
        ("Our exosome serum rebuilds collagen, and it is sold as a cosmetic.", MED401),
    ],
)
def test_a_denied_approval_presents_no_benefit(text, expected):
    assert caveats(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Six weeks since my stem cell shot and my knee is no better." - Gary', []),
        ('"Two months after my exosome facial my skin looks exactly the same." (Dana)', []),
        ('"Had my PRP in March. Still limping. Anyone else?" (Sam)', []),
        ('"Three weeks after my PRP I am hiking again." (Sam)', MED401),
        ('"Since my stem cell shot I sleep through the night." (Rita, 58)', MED401),
    ],
)
def test_a_first_person_post_about_no_benefit_is_no_testimonial(text, expected):
    assert caveats(text) == expected

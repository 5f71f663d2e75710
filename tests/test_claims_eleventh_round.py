"""Claim rule by mechanism (eleventh round), as a user sees it.

Precision first: evidence said to be scarce may name its source before its "that"
("little evidence from trials in people that ..."); a molecule that helps the body
do its own work (turn food into energy, carry oxygen) is described, not sold; a
body part that heals or shrinks on its own is the body's course; a claim phrase
that names a guarantee ("our Pain-Free Promise") is the guarantee rule's.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED101 = ["MED101"]


def claims(text: str) -> list[str]:
    return codes(text, "unsupported-cure-claim")


@pytest.mark.parametrize(
    "text, expected",
    [
        # scarce evidence, its source named before "that"
        (
            "Drips are fashionable, yet there is scant proof in human studies that "
            "ozone shots clear Lyme disease or chronic fatigue.",
            [],
        ),
        ("We have thin data from our own clinic that exosome facials heal acne scars.", []),
        (
            "There is little research among older adults that peptide shots rebuild "
            "muscle or heal tendons.",
            [],
        ),
        # near misses: the scarce evidence is a different clause, the claim stands
        ("There is little evidence in mice, but our exosomes regrow hair.", MED101),
        ("Little research from Europe exists; our ozone shots clear Lyme disease.", MED101),
    ],
)
def test_scarce_evidence_with_its_source_first(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a molecule helps the body do
        ("NAD+ is a molecule that helps mitochondria turn nutrients into energy.", []),
        ("Vitamin B12 helps your cells convert sugar into energy.", []),
        ("Creatine helps muscles store energy for short sprints.", []),
        # near misses: the help is relief, or turns back the clock
        ("Our NAD+ drips help restore your energy.", MED101),
        ("Our NAD+ drips help turn back the clock on tired skin.", MED101),
        ("Our NAD+ drips help turn fatigue into focus.", MED101),
        ("Iron helps red blood cells carry oxygen, which fights fatigue.", MED101),
    ],
)
def test_the_bodys_own_work_is_no_relief(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body part or a complaint that settles by itself
        ("Once the strain stops, the body itself reduces inflammation on its own.", []),
        ("A sprained ankle usually calms swelling by itself within a week or two.", []),
        ("Left alone, the joint clears the excess fluid and eases stiffness on its own.", []),
        # near misses: a treatment is the subject, or is named after the verb
        ("Our PRP shots ease stiffness on their own, no physio needed.", MED101),
        ("The knee itself eases stiffness on its own once our exosomes are in.", MED101),
    ],
)
def test_a_body_part_on_its_own_is_its_course(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a claim phrase as the name of a guarantee
        ("Ask about our pain-free guarantee on every knee course.", []),
        ("Sign up for the Pain-Free Knee Pledge today.", []),
        ("Every package comes with our Pain-Free Promise.", []),
        # near misses: the phrase is said, and only then promised
        ("Be pain-free, we promise.", MED101),
        ("Pain-free in a month, guaranteed.", MED101),
        ("You'll be pain-free or we refund you: that is our promise.", MED101),
    ],
)
def test_a_guarantees_name_is_left_to_the_guarantee_rule(text, expected):
    assert claims(text) == expected


def _table(*rows: str) -> str:
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the row's first cell names the treatment and the complaint
        (
            _table(
                "| Service | What to expect |",
                "|---|---|",
                "| Ozone shots for back pain | Pain eliminated |",
            ),
            MED101,
        ),
        (
            _table(
                "| Visit | Our promise |",
                "|---|---|",
                "| BPC-157 shots for a sore knee | Swelling gone in ten days |",
            ),
            MED101,
        ),
        # near misses: no treatment in the row or the header; a row with no complaint
        (
            _table("| Symptom | What to expect |", "|---|---|", "| Swelling | Gone in two days |"),
            [],
        ),
        (
            _table("| Item | Note |", "|---|---|", "| PRP injection | Soreness gone in two days |"),
            [],
        ),
    ],
)
def test_a_row_that_names_its_treatment(text, expected):
    assert claims(text) == expected


def test_a_cells_claim_is_reported_once():
    text = _table(
        "| Visit | You can expect |",
        "|---|---|",
        "| Cortisone shot for a frozen shoulder | Stiffness gone within a month |",
    )
    engine_codes = codes(text, "unsupported-cure-claim")
    assert engine_codes == MED101
    from rulecheck import RULES

    from medlint.engine import Engine

    report = Engine.create(RULES, select=["MED101"]).check_source("post.md", text)
    assert len(report.findings) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # back in action, and the body as it was at a younger age
        ("Our peptide shots get weekend footballers back in action within weeks.", MED101),
        (
            "After a course of our exosome drips, your joints move like they did in your thirties.",
            MED101,
        ),
        ("With BPC-157, your shoulder will feel the way it did at 30.", MED101),
        ("Our NAD+ drips top your levels back up so your brain works like it did at 25.", MED101),
        # near misses: negated; not the body; a year, not an age
        ("Your knees won't move like they did at 20, and that's fine: strength work helps.", []),
        ("The app works the way it did in 2019.", []),
    ],
)
def test_renewal_back_in_action_and_to_a_younger_age(text, expected):
    assert claims(text) == expected


def claim_and_list(text: str) -> list[str]:
    return codes(text, "unsupported-cure-claim", "disease-list-claim")


@pytest.mark.parametrize(
    "text, expected",
    [
        # an outcome after a list of conditions is still reported beside the list
        (
            "Dr. Ansel's stem cell shots have helped people with gout, lupus, asthma, "
            "eczema and autism avoid surgery.",
            ["MED101", "MED105"],
        ),
        (
            "Our ozone drips have helped members with gout, lupus, asthma, eczema and "
            "migraines sleep through the night without pain.",
            ["MED101", "MED105"],
        ),
        (
            "Our exosome infusions have helped clients with lupus, asthma, autism, eczema "
            "and gout walk without pain.",
            ["MED101", "MED105"],
        ),
        # near miss: the list alone is the disease-list rule's
        (
            "Exosome drips have helped patients with lupus, asthma, autism, eczema and gout.",
            ["MED105"],
        ),
    ],
)
def test_an_outcome_beside_a_disease_list(text, expected):
    assert claim_and_list(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a life or a function handed back, by a treatment
        ("Our BPC-157 protocol gives runners their stride back.", MED101),
        ("Exosome drips handed Jo her energy back after long COVID.", MED101),
        ("Our cord cells have given hundreds of families their lives back.", MED101),
        # near misses: no treatment in sight; a question
        ("The new scheduler gave our nurses their lives back.", []),
        ("The new booking app gives you your evenings back.", []),
        ("Could stem cells give you your life back? Nobody knows yet.", []),
    ],
)
def test_a_life_handed_back(text, expected):
    assert claims(text) == expected

"""Claim rules by mechanism (seventh round), as a user sees them.

Outcome claims outside the regenerative niche (dentistry, sleep, fertility,
men's health) name their own complaints; a verb that is an outcome only for a
health object; the subject of an outcome verb is the head before a "for ..."
phrase; outcome words in a figurative, non-health sense; claims reported by a
headline's source, a document or a reader; an outcome that is the scope of an
approval; outcomes in a results table.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED101 = ["MED101"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("This desensitising varnish ends tooth sensitivity after one coat.", MED101),
        ("Our mouthguard stops snoring from the first night.", MED101),
        ("A nightly lozenge cures snoring.", MED101),
        ("The sealant stops cavities spreading between molars.", MED101),
        ("The shockwave course cures ED within a month.", MED101),
        ("Our remineralising paste repairs thin enamel.", MED101),
        ("The ED at our hospital stops taking walk-ins at midnight.", []),
        ("Snoring is common in people who sleep on their backs.", []),
        ("Cavities form when acid from plaque wears through enamel.", []),
        ("There is no pill that cures snoring.", []),
    ],
)
def test_complaints_of_other_specialties(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our evening tea resets your body clock within a week.", MED101),
        ("A weighted blanket deepens your sleep.", MED101),
        ("Exosome serum wakes up dormant hair follicles.", MED101),
        ("Ozone drips put the bounce back in your knees.", MED101),
        ("The varnish seals exposed dentine in a single visit.", MED101),
        ("Go to settings and reset your password.", []),
        ("The merger deepens our partnership with the hospital.", []),
        ("Volunteers put the chairs back in the hall after the talk.", []),
        ("Each night your body resets its clock as the light fades.", []),
    ],
)
def test_verbs_that_are_outcomes_only_for_a_health_object(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A month of light therapy for jet lag resets your body clock.", MED101),
        ("Tendons in the forearm heal their own small tears over months.", []),
    ],
)
def test_the_subject_is_the_head_before_a_for_phrase(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our womb-lining PRP helps most women with thin linings get pregnant.", MED101),
        ("The fertility programme enables couples with low sperm counts to conceive.", MED101),
        ("Our counsellors help couples who are trying to conceive.", []),
        ("We explain why some couples cannot get pregnant.", []),
    ],
)
def test_fertility_outcomes(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BPC-157 shots speed up muscle and tendon healing.", MED101),
        ("Our new rota has cured the front desk's booking headaches.", []),
        ("The upgraded app ends our billing nightmares for good.", []),
        ("Our new portal makes registration pain-free.", []),
        ("Our insoles cure heel pain and headaches.", MED101),
        ("After two sessions, the injections make your knees pain-free.", MED101),
    ],
)
def test_outcome_words_in_their_health_sense(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("## Stem cell drip reverses frailty in over-70s, small study finds", []),
        ("## Stem cell drip reverses frailty in over-70s, and you can book today", MED101),
        ("Exosomes reverse frailty, studies show.", MED101),
        (
            "Our 2023 newsletter said that the patch regrew knee cartilage. "
            "That paper was later withdrawn.",
            [],
        ),
        ("I heard that exosome drips can rebuild a worn hip. Is that right?", []),
        ("A friend told me that PRP heals a torn rotator cuff.", []),
        ("PRP heals a torn rotator cuff.", MED101),
    ],
)
def test_claims_reported_by_others(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our exosome mist is FDA cleared to regrow hair.", []),
        ("Our exosome mist is FDA cleared, and it regrows hair.", MED101),
        ("Our exosome mist regrows hair.", MED101),
    ],
)
def test_an_outcome_an_approval_covers_is_an_approval_claim(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("| Complaint | After our course |\n|---|---|\n| Stiff neck | Full motion back |", MED101),
        (
            "| Complaint | After our course |\n|---|---|\n| Tennis elbow | Pain gone in a week |",
            MED101,
        ),
        ("| Complaint | What to expect |\n|---|---|\n| Tennis elbow | Pain gone in a week |", []),
        ("| Complaint | After our course |\n|---|---|\n| Tennis elbow | Follow-up gone over |", []),
    ],
)
def test_outcomes_in_a_results_table(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected


def test_a_caveat_after_a_claim_does_not_cite_it():
    text = "Our chin strap cures snoring.\n\nResults vary from person to person."
    assert codes(text, "unsupported-cure-claim") == MED101


def test_a_dangling_marker_does_not_cite_a_sleep_claim():
    text = (
        "Tart cherry juice deepens your sleep.[4]\n\n## References\n\n"
        "1. Doe J. Cherries and sleep. Sleep Med. 2020;12:1-9."
    )
    assert codes(text, "unsupported-cure-claim") == MED101


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We have seen that ozone shots heal stubborn tendon tears in our patients.", MED101),
        ("Our leaflet says ozone shots heal stubborn tendon tears.", MED101),
        ("I have read online that ozone shots heal stubborn tendon tears.", []),
        ("The hygienist seals the tooth with a thin resin coat.", []),
        ("This course deepens your understanding of back pain.", []),
    ],
)
def test_who_speaks_and_who_acts(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected

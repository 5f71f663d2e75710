"""Claim rule by mechanism (twelfth round), as a user sees it.

Precision first: "treated" before a noun is an adjective ("the treated knee may feel
stiff"), not a verb of relief; a clinic, team or centre that treats a list of
complaints names a trade, like a practitioner does; an activity with a word before
it ("Gentle cycling keeps ...") gives advice; evidence called limited or sparse
hedges what it is said to show.
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
        # the participle as an adjective: aftercare, not relief
        ("Expect the treated shoulder to ache for a day or two after your injection.", []),
        ("Each treated area can feel sore and puffy until the weekend.", []),
        ("Ice the treated tendon if it throbs that evening.", []),
        # near misses: the verb of relief, said of a therapy
        ("Our exosome serum treated my acne scars in a month.", MED101),
        ("Ozone shots treat the ache in worn knees.", MED101),
    ],
)
def test_treated_as_an_adjective_is_aftercare(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place or team of practice and what it treats: a trade
        (
            "Our foot and ankle clinic treats bunions, heel spurs, flat feet, "
            "Morton's neuroma and ingrown nails.",
            [],
        ),
        ("The sports medicine team treats runner's knee, shin splints and stress fractures.", []),
        ("Our spine centre manages sciatica, disc bulges and stenosis.", []),
        # near misses: an outcome verb, or the therapy itself as the subject
        ("Our clinic cures sciatica in three visits.", MED101),
        ("Our sports clinic's PRP heals jumper's knee for good.", MED101),
        ("Ozone therapy treats Lyme disease and shingles.", MED101),
    ],
)
def test_a_clinic_that_treats_names_a_trade(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an activity with a word or two before it, as the subject: advice
        ("Gentle swimming keeps arthritic hips supple in the cold months.", []),
        ("Regular brisk walking keeps stiff ankles moving.", []),
        ("Daily stretching keeps tight hamstrings loose.", []),
        # near misses: a product or a treatment as the subject
        ("Our healing balm keeps eczema away for good.", MED101),
        ("Monthly PRP dosing keeps arthritic knees young.", MED101),
    ],
)
def test_a_modified_activity_gives_advice(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # evidence said to be limited or sparse hedges the finding
        ("There is limited evidence that ozone helps diabetic foot ulcers close.", []),
        ("There is only sparse data that NAD+ drips lift chronic fatigue.", []),
        ("So far there is inconclusive research that peptides mend torn tendons.", []),
        # near misses: the scarce evidence is another clause; the claim stands
        ("Evidence is limited elsewhere, but our ozone shots heal foot ulcers.", MED101),
    ],
)
def test_limited_evidence_hedges(text, expected):
    assert claims(text) == expected

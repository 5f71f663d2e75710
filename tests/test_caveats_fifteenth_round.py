"""Caveat rule by mechanism (fifteenth round), as a user sees it.

Caveats in other words: results that may vary or differ, told with any modal
("Result may vary for each patient", "outcomes can be different"); an approval
denied with "neither"/"none" or a contraction ("Neither is FDA-approved",
"isn't FDA-approved for hair loss"); a study called small with another word of its
limits after a comma ("a small, uncontrolled study").
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED401 = ["MED401"]


def caveat(text: str) -> list[str]:
    return codes(text, "missing-early-research-caveat")


BENEFIT = "Our exosome scalp drips thicken thinning hair in three months."


@pytest.mark.parametrize(
    "text, expected",
    [
        (BENEFIT + " Result may vary for each patient.", []),
        (BENEFIT + " Outcomes can be different from one client to the next.", []),
        (BENEFIT + " Your response could differ.", []),
        (BENEFIT + " Neither product is FDA-approved for hair loss.", []),
        ("Our NAD+ drip and peptide stack sharpen focus. (Neither is FDA-approved for this.)", []),
        (BENEFIT + " The treatment isn't FDA-approved for hair loss.", []),
        (BENEFIT + " It was tested in a small, uncontrolled study.", []),
        (BENEFIT + " The evidence is one tiny, open-label trial.", []),
        # near misses: no caveat at all, or results promised not to vary
        (BENEFIT, MED401),
        (BENEFIT + " Our results never vary.", MED401),
        (BENEFIT + " Neither side effects nor downtime.", MED401),
        (BENEFIT + " A small sample of your blood is all we need.", MED401),
    ],
)
def test_caveats_in_other_words(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


def test_quoted_caveat_of_a_study_clears_a_cited_finding() -> None:
    text = (
        "In a pilot of exosome drops for dry eye, published in Ocular Surface Notes (2025),"
        " 9 of 20 patients had less grittiness. \u201cThis was a tiny, unblinded trial,\u201d"
        " said its author."
    )
    assert caveat(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the claim rule's new shapes present a benefit of the therapy too
        ("Ozone sauna sessions starve tumours of oxygen.", MED401),
        ("Arrive on crutches, hike on Friday: our MSC injections make it possible.", MED401),
        ("Our exosome drip clears the hidden inflammation behind your brain fog.", MED401),
        # near misses: a caveat in the item, or cancer's own stem cells named
        ("Ozone sauna sessions starve tumours of oxygen. Ozone therapy is experimental.", []),
        ("Cancer stem cells resist chemotherapy, which is why tumours come back.", []),
    ],
)
def test_new_benefit_shapes(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("## Plantar fasciitis?\n\nGone in three visits with our amniotic injection.", MED401),
        ("Paralysed patients are walking again after infusions of our cord-blood cells.", MED401),
        # a caveat told in the past tense clears the item
        (
            "My surgeon said PRP for my hamstring was experimental. Eight weeks on I'm"
            " jogging again.",
            [],
        ),
    ],
)
def test_answered_complaint_and_regained_activity(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected

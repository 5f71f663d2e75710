"""Caveat rule by mechanism (twelfth round), as a user sees it.

Precision first: other sellers' marketing told by a critic ("clinics abroad advertise
stem cells for ...", "a company that marketed its product as ...", "a clinic
offering the same cells for many diseases is a red flag") presents no benefit of our
own, and a service only planned ("we hope to offer exosome drops once the trials
report") is not on offer.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED401 = ["MED401"]


def caveat(text: str) -> list[str]:
    return codes(text, "missing-early-research-caveat")


@pytest.mark.parametrize(
    "text, expected",
    [
        # other sellers' marketing, told by a critic
        ("Clinics across several borders advertise cord blood cells for cerebral palsy.", []),
        (
            "Regulators wrote to a Texas spa that marketed its ozone drips as a treatment "
            "for Lyme disease, shingles and long COVID.",
            [],
        ),
        (
            "Experts caution that a website selling BPC-157 for torn tendons is not a pharmacy.",
            [],
        ),
        # near misses: our own copy
        ("Our clinic offers cord blood cells for cerebral palsy.", MED401),
        ("Our ozone drips clear Lyme disease in weeks.", MED401),
    ],
)
def test_other_sellers_marketing_presents_no_benefit(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a service only planned
        ("We plan to introduce PRP for thinning hair next spring, if the pilot goes well.", []),
        ("Our team intends to offer stem cell injections for worn hips once trials finish.", []),
        ("We are hoping to add NAD+ drips for chronic fatigue in 2027.", []),
        # near misses: on offer now
        ("We now offer PRP for thinning hair.", MED401),
        ("From Monday we offer stem cell injections for worn hips.", MED401),
    ],
)
def test_a_planned_service_is_not_on_offer(text, expected):
    assert caveat(text) == expected

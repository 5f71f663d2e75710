"""Tenth round of the regulatory and citation rules, by mechanism.

guaranteed-outcome: a money-back guarantee on liking the thing bought is no health
result, and a citation whose volume carries an issue number in brackets
("2023;105(2):144-151") is a source. The sentences are our own, modelled on clinic,
med-spa, device and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- guaranteed-outcome (MED104): precision ---------------------------------------

GUARANTEE_CLEAN = [
    # satisfaction with a product bought is no health result
    "Each lamp ships with a three-year warranty and a 30-day money-back guarantee if "
    "you aren't satisfied with it.",
    "The massage gun has a money-back guarantee: if you're not pleased with the device, "
    "return it within 60 days.",
    "Our cold-plunge tub comes with a money-back guarantee, no questions asked.",
    "Try the posture brace with our money-back guarantee if you're not happy with your "
    "purchase for whatever reason.",
    # a registry figure with a full citation, its issue number in brackets
    "Hip replacement eases pain for most people with severe arthritis; in a national "
    "registry, about nine in ten were satisfied after two years (Lindqvist et al., "
    "Acta Orthop, 2020;91(3):250-256).",
    "Nine in ten patients were satisfied at five years (Moreau et al., Bone Joint J "
    "2019;101-B(6):700-707).",
]


@pytest.mark.parametrize("text", GUARANTEE_CLEAN)
def test_guaranteed_outcome_leaves_product_satisfaction_and_cited_registries(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text


GUARANTEE_STILL_FLAGGED = [
    # the guarantee is on a health result
    "Money-back guarantee if you're not happy with your results.",
    "Our shoulder course has a money-back guarantee if your pain isn't gone in six weeks.",
    # a registry figure with no source at all is a success rate without a source
    "In one large registry, about 8 in 10 patients were satisfied at a year.",
]


@pytest.mark.parametrize("text", GUARANTEE_STILL_FLAGGED)
def test_guaranteed_outcome_still_flags_health_guarantees_and_uncited_rates(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text

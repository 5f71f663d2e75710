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


# -- guaranteed-outcome (MED104): recall ----------------------------------------------

GUARANTEE_FLAGGED = [
    # a share of those the clinic treats, back at their activity ("-ing again"), after a
    # long description of the treatment
    "Eight in ten of the dancers we see for hip pain with our cell shots are performing "
    "again within months.",
    "Over 80% of the golfers I treat with shockwave for elbow pain are swinging again "
    "after a month.",
    "85% of the riders we've treated with PRP for back strain are competing again this year.",
    # a share of patients in the speaker's own practice
    "At our clinic, nine in ten of the women who finish the course conceive within a year.",
    "Across our practice, over 70% of patients given the shoulder injection regain full reach.",
    "In our hands, 9 out of 10 patients treated for tennis elbow never need surgery.",
    # the clinic's people and an average figure taken off their age
    "Clients who complete our longevity programme typically take a decade off their metabolic age.",
    "Our members turn back their skin age by five years on average.",
    "Patients on our hormone plan reduce their biological age by three years.",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guaranteed_outcome_flags_tenth_round_mechanisms(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


GUARANTEE_NEAR_MISSES = [
    # who the patients are, not what they get
    "Eight in ten of the patients we see are over sixty.",
    "Nine in ten of the runners we treat are women over forty.",
    "In our clinic, 40% of patients who see us for knee pain are women.",
    "In my experience, about 60% of people who ask about PRP have already tried physio.",
    # a setback is no success rate, and time off is no age
    "Three in ten of the patients we treat are limping again within a year.",
    "Our patients take two weeks off work after surgery.",
    "Our members take a year off to travel.",
]


@pytest.mark.parametrize("text", GUARANTEE_NEAR_MISSES)
def test_guaranteed_outcome_leaves_tenth_round_near_misses(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text

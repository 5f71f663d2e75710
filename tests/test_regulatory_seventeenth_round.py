"""Seventeenth round of the regulatory rules, by mechanism.

guaranteed-outcome: a money-back guarantee conditioned on liking the goods ("if you don't
love it", "if you change your mind") is no promise of a health result, and a metric
defined with no figure given ("When I say success rate, I mean ...") is no success rate;
a complaint that leaves of itself for good ("the fatigue lifts for good") is a lasting
result. disease-list-claim: a study to come ("the centre will study how ...") or a use
hoped for some day ("could one day be used in ...") describes research, not an offer.
The sentences are our own, modelled on clinic, supplement and device copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- guaranteed-outcome (MED104) -----------------------------------------------------

OUTCOME_FLAGGED = [
    # the refund is tied to a health result
    "Money-back guarantee if you don't love your results.",
    "Our collagen shots come with a money-back guarantee if your joints don't feel better.",
    "Money-back guarantee if your back pain hasn't eased within 30 days.",
    # a metric with its figure is still a success rate
    "When we say success rate, we mean live births per transfer, and ours is 52%.",
    "Our success rate is 92%.",
    "We have the highest success rate in the region.",
    # a complaint that leaves of itself, for good
    "After three NAD+ drips your brain fog clears permanently.",
    "One course of cupping and the itching settles once and for all.",
    "With our laser sessions the tinnitus finally stops for good.",
    "Your hot flashes fade away forever after the pellet.",
]

OUTCOME_CLEAN = [
    # satisfaction with the goods, not a health result
    "Soothes sore muscles. Vegan. 60-day money-back guarantee if you don't love it.",
    "Our red light panel has a 30-day money-back guarantee if you don't like it.",
    "90-day money-back guarantee, so if you change your mind, just send it back.",
    "Money-back guarantee if the serum isn't for you.",
    # a metric defined, no figure given
    (
        "When I say success rate, I mean live births per embryo transfer, and you can check it "
        "against the registry."
    ),
    "By cure rate we mean patients free of symptoms at a year.",
    "What we mean by recovery rate is the share of patients back at work.",
    "Success rate here means a live birth, not a positive test.",
    # something other than a complaint leaves for good, or the complaint does not
    "The morning mist lifts for good by nine.",
    "Our spring offer stops for good on Sunday.",
    "The pain never lifts for good, so keep your expectations modest.",
]


@pytest.mark.parametrize("text", OUTCOME_FLAGGED)
def test_guaranteed_outcome_flagged(text: str) -> None:
    assert flags(text, "guaranteed-outcome")


@pytest.mark.parametrize("text", OUTCOME_CLEAN)
def test_guaranteed_outcome_clean(text: str) -> None:
    assert not flags(text, "guaranteed-outcome")


# -- disease-list-claim (MED105) -----------------------------------------------------

LIST_FLAGGED = [
    (
        "Our clinic uses stem cells for heart failure, macular degeneration, type 1 diabetes, "
        "Parkinson's disease and spinal cord injury."
    ),
    (
        "From next month our centre will treat heart failure, macular degeneration, type 1 "
        "diabetes, Parkinson's disease and spinal cord injury with stem cells."
    ),
    "Our exosome drip will help with lupus, asthma, gout, glaucoma and Crohn's disease.",
]

LIST_CLEAN = [
    # a study to come
    (
        "The new regenerative medicine institute will study how stem cells might be used in heart"
        " failure, macular degeneration, type 1 diabetes, Parkinson's disease and spinal cord "
        "injury."
    ),
    (
        "Our new lab will investigate whether exosomes can calm lupus, asthma, gout, glaucoma and"
        " Crohn's disease."
    ),
    (
        "A grant lets the university find out if PRP has a place in tendon tears, psoriasis, "
        "migraine, dry eye and COPD."
    ),
    # a use hoped for some day
    (
        "Umbilical cord cells could someday be used for stroke, heart attack, lupus, glaucoma and"
        " osteoarthritis, but that is decades off."
    ),
]


@pytest.mark.parametrize("text", LIST_FLAGGED)
def test_disease_list_flagged(text: str) -> None:
    assert flags(text, "disease-list-claim")


@pytest.mark.parametrize("text", LIST_CLEAN)
def test_disease_list_clean(text: str) -> None:
    assert not flags(text, "disease-list-claim")

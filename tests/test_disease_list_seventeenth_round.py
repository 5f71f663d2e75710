"""Seventeenth round of disease-list-claim (MED105), by mechanism.

A closing attribution needs a reporting verb used as one: "nerves at shows" or "worry
about their reports" ends a list, it does not report it. A verb of relief, repair or
ending asserted before a list ("eases sciatica, asthma, ...") is an outcome claim as
well as a list: the list is reported at its last condition, so the cure claim keeps its
own finding; an offer ("treats", "helps with") and a brand ("Sleep Ease complex") do
not. The sentences are our own, modelled on clinic, supplement and veterinary copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes

LIST = "disease-list-claim"
CURE = "unsupported-cure-claim"


def found(text: str) -> list[str]:
    return codes(text, LIST, CURE)


# -- a reporting verb used as one --------------------------------------------------

NOUN_NOT_REPORT = [
    "This calming paste for show ponies is used for colic, laminitis, heaves, sweet itch "
    "and jitters before shows.",
    "Our hemp chews for dogs are used for arthritis, seizures, itchy skin, kidney disease "
    "and stress during shows.",
    "Our nettle tonic is used for hay fever, gout, eczema, asthma and soreness after shows.",
]

STILL_REPORTED = [
    "Bee venom is sold for arthritis, MS, lupus, asthma and gout, a consumer group warns.",
    "Clinics sell exosomes for arthritis, MS, lupus, asthma and gout, the report shows.",
    "Ozone is marketed for Lyme disease, MS, lupus, asthma and gout, regulators say.",
]


@pytest.mark.parametrize("text", NOUN_NOT_REPORT)
def test_a_noun_after_a_preposition_does_not_report_the_list(text: str) -> None:
    assert "MED105" in found(text)


@pytest.mark.parametrize("text", STILL_REPORTED)
def test_a_closing_attribution_still_reports_the_list(text: str) -> None:
    assert "MED105" not in found(text)


# -- an outcome verb before a list keeps its cure claim ------------------------------

RELIEF_BEFORE_LIST = [
    "Our infrared mat eases sciatica, asthma, psoriasis, tinnitus and insomnia.",
    "These mushroom drops soothe eczema, gout, migraines, acid reflux and anxiety.",
    "This copper insole relieves gout, migraines, asthma, eczema and insomnia.",
]

OFFER_BEFORE_LIST = [
    # an offer, not an outcome: the list alone
    "Our clinic's acupuncture treats sciatica, asthma, psoriasis, tinnitus and insomnia.",
    # a brand that holds a relief word
    "Our Sleep Ease complex may help with sciatica, asthma, psoriasis, tinnitus and insomnia.",
]


@pytest.mark.parametrize("text", RELIEF_BEFORE_LIST)
def test_relief_before_a_list_is_both_a_list_and_a_cure_claim(text: str) -> None:
    assert found(text) == ["MED101", "MED105"]


@pytest.mark.parametrize("text", OFFER_BEFORE_LIST)
def test_an_offer_before_a_list_is_the_list_alone(text: str) -> None:
    assert found(text) == ["MED105"]

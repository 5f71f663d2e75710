"""Sixteenth round of uncited-research-claim, by mechanism.

Research coordinated with another ground in years of it ("forty years of practice and
science"); professions named by a compound ("neurosurgeons", "psychotherapists") that
swear by a product; a profession recommending a product named by its brand or ranking it
"number-one"; a profession moving its patients over to a product. The sentences are our
own, modelled on clinic and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str = "MED201") -> bool:
    return bool(codes(text, rule))


FLAGGED = [
    # research coordinated with another ground
    "Built on forty years of bedside practice and science, our reflexology method resets "
    "the nervous system.",
    "Our detox protocol is grounded in three decades of tradition and research.",
    "Backed by 50 years of practice & clinical research, the Kestrel diet calms the gut.",
    # compound professions swearing by a product
    "Neurosurgeons swear by our spine collar for a stiff neck.",
    "Psychotherapists swear by this magnesium spray before bed.",
    "Biochemists and nutritionists swear by our berry powder.",
    # a profession recommending a brand, or ranking it number-one
    "Dermatologists recommend GlowPatch for adult acne.",
    "Podiatrists trust HeelEase for morning heel pain.",
    "Physiotherapists rate our knee sleeve as the number-one brace for runners.",
    # a profession moving its patients over to a product
    "Dentists across the UK are switching their patients to our charcoal rinse.",
    "Osteopaths nationwide have moved their clients over to the NeckNest pillow.",
    "Vets in their hundreds have converted their patients to our joint chews.",
]

CLEAN = [
    # years of experience only: no research
    "Backed by 200 years of family tradition and craftsmanship, our pillows are made in Wales.",
    # athletes and customers are no authority
    "Cyclists swear by our chamois cream on long rides.",
    # plain advice with no brand and no ranking
    "Physiotherapists recommend rest and ice for a sprained ankle.",
    "Audiologists recommend a hearing test every two years after sixty.",
    # a move that is no endorsement
    "Our physiotherapists have moved over to a new building on Leith Walk.",
    "Our doctors are moving to a new booking system in March.",
    # a hedged, negated or questioned appeal
    "No dermatologists recommend GlowPatch for acne.",
    "Do neurosurgeons swear by spine collars?",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_flagged(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert not flags(text), text

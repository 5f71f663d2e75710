"""Regulatory rules on heldout18 (eighteenth round), guaranteed-outcome by mechanism.

A share of people with fewer or less of a complaint or a new good of the body, and the
share alone after the clinic's people named earlier in the sentence; a recovery period
cut by a figure; the body sent to sleep faster by a figure; an amount taken off a part
of the body; a complaint put behind the patient or forgotten, for good; a free repeat
made, done or offered if the result does not come (also in translated English). Left
quiet: "... is gone for good" of a thing, not a health matter, and a complaint word used
for a chore ("password headaches"). The sentences are our own, modelled on clinic,
med-spa, menopause, sleep and sports-medicine copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes

RULE = "guaranteed-outcome"


def flags(text: str) -> bool:
    return bool(codes(text, RULE))


FLAGGED = [
    # a share with fewer or less of a complaint, or a new good of the body
    "Eight in ten of our patients report less bloating after the first fortnight.",
    "91% of women on our hormone plan get fewer night sweats by week six.",
    "Nine out of ten clients notice thicker hair at the crown within four months.",
    "70 percent of the runners we treat enjoy deeper sleep after a month of drips.",
    # the share alone, the clinic's people named first
    "Most of our migraine patients feel calmer, and 80% have fewer attacks by spring.",
    "Our menopause members sleep better; 9 in 10 also get fewer flushes.",
    # a recovery period cut by a figure
    "Our peptide course slashes rehab time after ACL surgery by 35%.",
    "This laser shortens the injury lay-off period by 50 percent.",
    "PRP cuts time on the sidelines by 30% for our footballers.",
    # the body sent to sleep faster by a figure
    "Our lavender drops send toddlers off to sleep 30% quicker.",
    "DreamDrip lulls insomniacs to sleep twice as fast.",
    "The weighted cap gets restless teens asleep 45% sooner.",
    # an amount taken off a part of the body
    "Eight cryo-sculpt visits: two inches off your hips.",
    "Members knock 5 cm off the belly in a month.",
    "Four weeks on the shakes and 6 kg off the scales.",
    # a complaint put behind or forgotten, for good
    "Our shockwave course lets runners leave heel pain behind them for good.",
    "With one ozone session you put sciatica behind you permanently.",
    "After the cell injection your migraines are forgotten forever.",
    "Clients forget all about their bloating once and for all.",
    # a free repeat made, done or offered
    "If your knee not improves in three months, we do the second injection free of charge.",
    "Should the pain not settle, our team will offer a new session at no cost.",
    "If no hair grows by month four, the clinic performs another round for free.",
]

CLEAN = [
    # a share who are someone, or a study's figure
    "80% of our members have more than one child.",
    "In the trial, 60% of participants had fewer hot flushes than on placebo.",
    "Most of our clients are over fifty, and 60% see us twice a year.",
    # a time cut that is not a recovery
    "Our new booking system cuts waiting time by 40%.",
    # sleep advice, no figure of the body
    "Put the baby to sleep on her back.",
    # a price off, not an amount off the body
    "Get $30 off your first session and 5 pounds off the bill for parking.",
    "Take 20% off the waist trainer this week.",
    # no complaint left behind
    "Put the past behind you for good and start a new hobby.",
    "Leave your worries behind for the weekend.",
    # a repeat not tied to a result
    "If you miss your slot, we will book a new session at no cost.",
    # "gone for good" of a thing, and a complaint word for a chore
    "The old paper booking forms are gone for good.",
    "Our new portal means those billing headaches are gone for good.",
    "With the new app, the login headaches have vanished forever.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_guaranteed_outcome_flagged(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", CLEAN)
def test_guaranteed_outcome_clean(text: str) -> None:
    assert not flags(text), text

"""safety-absolute and pressure-tactic on heldout19 (twentieth round), by mechanism.

safety-absolute: safe for a group of people or animals of any age, size or breed; a
clinic's record of no one harmed, told as a person and a harm in the participle
("never had a single client injured", "not one of our clients has been hurt"). Not:
a qualified group ("most adults"), an accident report, the reader's own history.

pressure-tactic: "valid only until" and a date said of something sold; "but only
until" with a date beside a discount; a price going back up once a deadline just
named passes. Not: a price schedule with no deadline, an amenity or a document valid
to a date, a time of day. A price named by its currency sign now counts as an offer
(the sign is no word start: the figure, then a look back to the sign). The sentences
are our own, modelled on spa, clinic, pet and channel copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes

SAFETY_FLAGGED = [
    "Made with food-grade oils, the balm is safe for dogs of every size.",
    "Our sleep gummies are safe for children of all ages.",
    "Our vitamin injections are safe for people of any age.",
    "Our collagen gummies are risk-free.",
    "In nine years our spa has never seen one guest burned.",
    "Since opening in 2012 we haven't had a single client injured.",
    "Over 3,000 sessions, not one of our clients has been hurt.",
    "We have never had a single patient hospitalised after a drip.",
]

SAFETY_QUIET = [
    "This balm is safe for most adults; check with your vet before using it on pets.",
    "Not one person was injured when the clinic's roof collapsed.",
    "If you have never had a single patient injured, tell us how.",
    "Children of all ages love the waiting room.",
    "The new playground is safe for children of all ages.",
    "Try our gummies risk-free for 30 days.",
]

PRESSURE_FLAGGED = [
    "Our winter facial package ($120) is valid only until 31 January.",
    "Our two-night detox retreat is available only until 12 March, at $900.",
    "Our knee package is only available until 31 March at this price.",
    "Viewers get 15% off a course of four drips, but only until 30 November.",
    "Intro rate of £60 until Sunday; after that the fee goes back to £90.",
    "Founding members pay $99 before 1 March, and after that the price jumps to $149.",
]

PRESSURE_QUIET = [
    "Your prescription is valid only until 15 December.",
    "The $40 parking permit is valid only until 30 June.",
    "Your first visit is $50; after that it goes to $80 a session.",
    "Parking is free until 6pm; after that it goes to $5 an hour.",
    "Our clinic is open only until 5pm on Fridays.",
    "The exhibition is only open until 31 March.",
]


@pytest.mark.parametrize("text", SAFETY_FLAGGED)
def test_absolute_safety_is_reported(text: str) -> None:
    assert codes(text, "safety-absolute")


@pytest.mark.parametrize("text", SAFETY_QUIET)
def test_safety_near_misses_stay_quiet(text: str) -> None:
    assert not codes(text, "safety-absolute")


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_deadline_on_a_sale_is_reported(text: str) -> None:
    assert codes(text, "pressure-tactic")


@pytest.mark.parametrize("text", PRESSURE_QUIET)
def test_pressure_near_misses_stay_quiet(text: str) -> None:
    assert not codes(text, "pressure-tactic")

"""Regulatory rules on heldout18 (eighteenth round, second file): pressure-tactic.

Urgency or scarcity pushing a purchase, by mechanism: a count of anything sold running
out with a sale near; an offer tied to acting within a near window, the act first ("if
you book now ...") or the offer first ("$900 off for anyone who books before ..."); what
a deadline leaves behind (new pricing, the price back up); a thing on sale that
disappears at a set time; an offer bound to a live event; a body part left to give out
as a fear of delay before a booking. Left quiet: a hospital's bed capacity, a delivery
date, a patient's plan, a free talk. The sentences are our own, modelled on clinic,
supplement-shop, webinar and abandoned-cart copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes

RULE = "pressure-tactic"


def flags(text: str) -> bool:
    return bool(codes(text, RULE))


FLAGGED = [
    # a count of anything sold running out, with a sale near
    "Just 9 boosters remaining at the launch price - grab yours.",
    "Only four cartons left in stock, so order tonight.",
    "Only 3 serum duos remain at $89.",
    # an offer tied to acting within a near window, the act first
    "Sign up today and the first three sessions are 20% off.",
    "Join this weekend and we take $150 off your membership.",
    "Enrol by Friday, and your intro month costs $49.",
    # ... or the offer first
    "We're knocking 30% off for clients who reserve before Sunday.",
    "Half price for everyone who signs up by midnight!",
    "A $200 discount to patients who commit this month.",
    # what a deadline leaves behind
    "Your quote stands until 30 June; after that, the standard rates apply.",
    "The bundle is $99 this week. After Sunday, the price goes back to $140.",
    "Locked in until Friday. From then on, higher fees kick in.",
    # a thing on sale that disappears at a set time
    "Our Cyber Monday drip vouchers ($79 each) vanish tonight.",
    "The 2-for-1 facial deals are gone at 6pm.",
    "Every $50 starter kit goes on Sunday.",
    # an offer bound to a live event
    "This discount code expires once the webinar is over.",
    "The bonus bundle disappears as soon as we go off air.",
    "Pricing comes down after the livestream ends.",
    # a body part left to give out, then a booking
    "Don't wait until your hips finally give way. Book an assessment today.",
    "Never wait for your back to seize up - reserve a slot now.",
    "Don't wait until your shoulders lock up; call our team to book.",
]

CLEAN = [
    # a hospital's bed capacity
    "Ward 7 has two beds still open to transfers from the ICU.",
    "The stroke unit has three beds free for admissions tonight.",
    "Only two ICU beds remain across the region this evening.",
    # a patient's plan or a time
    "You have only two sessions left in your course.",
    "Only three weeks left until race day, so keep stretching.",
    # a delivery, a free talk
    "Order today and we ship on Monday.",
    "The talk is free to anyone who registers before Friday.",
    # no sale near a count
    "Only 6 teeth remain healthy after years of decay.",
    # a body part failing, with health advice and no booking
    "Don't wait until your knees give out. See your GP if the swelling lasts.",
    # a price with no window
    "Members get 10% off every drip.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_pressure_flagged(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", CLEAN)
def test_pressure_clean(text: str) -> None:
    assert not flags(text), text

"""Seventeenth round of the regulatory rules (b), by mechanism.

guaranteed-outcome: a health rate owned by the clinic's staff or a named doctor; a free
unit promised with a contraction ("or your second one's on us"); a share of people who
give up a medicine or bid a complaint goodbye in a time frame; a risk of disease or a
brain chemical changed by a figure; a result in everyone treated so far; a count of cases
told by a named unit, then a share "of those patients". pressure-tactic: a count of
rooms, cabins or tickets still open; a product that sells out every week; "Last call!";
a sale for a set number of hours with no "for". The sentences are our own,
modelled on clinic, supplement and device copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str) -> bool:
    return bool(codes(text, "guaranteed-outcome"))


FLAGGED = [
    # a health rate of the clinic's staff or a named doctor
    "Our consultants' remission rate is 80% for psoriasis.",
    "Dr Okafor's pregnancy rate stands at 64%.",
    "Our orthopaedic surgeons' healing rate runs at 95 percent.",
    # the free unit, told with a contraction
    "Sleep deeper within a week, or the next bottle's on the house.",
    "Feel lighter after the first NAD+ drip, or your third drip's free.",
    "Notice calmer joints after one infusion, or the second one's on us.",
    # a share giving up a medicine or bidding a complaint goodbye, in a time frame
    "Nine in ten members stop taking their blood pressure pills within six months.",
    "Four in five clients wave goodbye to their reflux in weeks.",
    "70% of graduates are free of their sciatica within a month.",
    "Three out of four attendees get off their inhalers in two months.",
    # a risk of disease or a brain chemical changed by a figure
    "Our green tea shot cuts your risk of stroke by 40%.",
    "This formula reduces diabetes risk by 25 percent.",
    "The daily capsule lowers the risk of developing dementia by 35%.",
    "Red light therapy lifts melatonin production by 40%.",
    "Our breathwork class raises serotonin levels by 60%.",
    # a result in everyone treated so far
    "Our exosome drip restored hearing in every child treated to date.",
    "The laser has cleared fungal nails for each client seen since March.",
    "Our PRP shot healed the tendon in every horse injected this season.",
    # a count told by a named unit, then a share of its people
    "Our sports unit has injected 600 shoulders since 2019, and eight in ten of those "
    "athletes returned to play.",
    "Harbour's spine team has seen 2,000 backs, and most of these patients now walk without pain.",
]

CLEAN = [
    # rates that are no result, and a rate with no figure
    "Our surgeons' complication rate is 2%.",
    "Our nurses' occupancy rate is 97%.",
    "Dr Okafor's pregnancy rate is something we discuss at the first visit.",
    # a free unit that hangs on no health result
    "Taste the difference, or your second one's on us.",
    "Order by noon, or your delivery's on us.",
    # a share in a study, or a habit given up
    "In the trial, 8 in 10 participants came off metformin within a year.",
    "80% of new mums stop breastfeeding within a year.",
    # a risk that is not of a disease, and a figure of commerce
    "The new booking system cuts the risk of no-shows by 30%.",
    "Our courier cuts delivery risk by 20%.",
    "Our app slashes wait times by 30%.",
    # everyone treated, with no result
    "We take blood pressure in every patient treated so far.",
    "A nurse calls every patient treated within a week.",
    # who they are, not what they got
    "Our clinic has treated 900 knees, and 40% of those patients are over 65.",
    "Riverside's wing has treated 1,400 knees, and 30% of those patients travelled from abroad.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_guaranteed_outcome_reported(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", CLEAN)
def test_guaranteed_outcome_left_alone(text: str) -> None:
    assert not flags(text), text


# -- pressure-tactic (MED701) --------------------------------------------------------

PRESSURE_FLAGGED = [
    # a count of rooms, cabins or tickets still open at a retreat or an event
    "Final call to book the spring cleanse: three cabins remain.",
    "Our fasting retreat has two suites left for April.",
    "Only four tickets are still available for Saturday's breathwork day.",
    # a product that sells out again and again
    "Our collagen gummies sold out each month this year, so grab yours.",
    "The peptide stack sells out every batch, so set a reminder.",
    # "Last call!" as "last chance"
    "Last call! Three places are left on the juice cleanse.",
    # a sale for a set number of hours or days, without "for"
    "Spring promo, 72 hours only: $50 off every IV drip.",
    "Our red light panel sale runs three days only.",
]

PRESSURE_CLEAN = [
    "Last call at the bar is 11pm.",
    "Two rooms remain closed for repairs.",
    "The clinic has two treatment rooms.",
    "Rest your knee for 48 hours only after the injection.",
    "The band sold out every seat at the stadium in 1999.",
]


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_pressure_reported(text: str) -> None:
    assert codes(text, "pressure-tactic"), text


@pytest.mark.parametrize("text", PRESSURE_CLEAN)
def test_pressure_left_alone(text: str) -> None:
    assert not codes(text, "pressure-tactic"), text

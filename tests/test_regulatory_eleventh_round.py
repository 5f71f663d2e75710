"""Eleventh round of the regulatory rules, by mechanism.

guaranteed-outcome: a money-back guarantee on the goods' condition is no health result;
a contraction in the subject of a refund ("or we'll refund ..."), restorative verbs and
relief idioms kept for good, a good of the body changed by a figure and an outcome verb
whose object is a share of cases are. pressure-tactic: an offer that ends at a set time,
a bare count of places, scarcity "while we still have", fear of delay with a booking, a
schedule of any owner filling up; a price with a deadline said of an amenity is no offer.
The sentences are our own, modelled on clinic, med-spa and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- guaranteed-outcome (MED104) --------------------------------------------------

GUARANTEE_FLAGGED = [
    # a result kept for good, named by a restorative verb or a relief idiom
    "Our scalp drip thickens sparse crowns once and for all.",
    "The BPC-157 stack mends torn rotator cuffs permanently.",
    "This exosome serum rebuilds thin edges for good.",
    "Our traction bed lifts the strain off compressed discs permanently.",
    "The laser frees you from heel pain for good.",
    # a good of the body changed by a figure
    "Our peptide cream raises skin elasticity by 27 percent.",
    "The NAD+ drip increases your cellular energy levels by up to 60%.",
    "This supplement lowers blood sugar by 18% in a month.",
    "Our serum smooths fine lines by 45% after four weeks.",
    # an outcome verb whose object is a share of cases
    "Shockwave therapy resolves 85% of chronic heel pain.",
    "Our ozone injections clear four in five cases of eczema.",
    "The clinic's laser cures eight out of ten fungal nails.",
    # a refund with a contraction in its subject
    "Lose the brace in eight weeks or we'll give you every cent back.",
    "Walk without a limp by spring or they'll reimburse your fee in full.",
    "Sleep through the night within a fortnight, or you'll get a full refund.",
    # the guarantee is still on a health result
    "Money-back guarantee if your knee still hurts after six weeks.",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guaranteed_outcome_flags_eleventh_round_mechanisms(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


GUARANTEE_CLEAN = [
    # the goods' condition on return is no health result
    "Our 90-day money-back guarantee applies to unused jars only.",
    "The money-back guarantee covers any tub returned sealed within 30 days.",
    "A money-back guarantee protects you if the serum arrives damaged or faulty.",
    # a figure that is not about the body
    "Our new booking system cuts wait times by 40%.",
    "We reduced our prices by 20% this winter.",
    # a harm for good, and a denial
    "Without treatment, the follicles shrink for good.",
    "Hair lost to scarring cannot regrow, even after PRP.",
    # a cited figure
    "In the trial, the cream raised collagen by 12% (Okoye et al., 2022).",
]


@pytest.mark.parametrize("text", GUARANTEE_CLEAN)
def test_guaranteed_outcome_leaves_eleventh_round_near_misses(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text


# -- pressure-tactic (MED701) -------------------------------------------------------

PRESSURE_FLAGGED = [
    # an offer named earlier in the sentence that ends at a set time
    "25% off every exosome facial, expires Thursday at 6 pm.",
    "Use code GLOW for a free vitamin shot with any drip; the code runs out tonight.",
    "Bundle deal on peptide pens: three for the price of two, closing Friday.",
    # a bare count of places
    "Just three chairs this month! Message us.",
    "New scalp package launched. Only 4 openings on Saturdays.",
    # scarcity while it lasts
    "Reserve your knee consult while there are still places in June.",
    "Claim your drip while you still can.",
    # fear of delay, with a booking pushed
    "Don't wait until your arthritis gets bone-on-bone: schedule your PRP consult today.",
    "Do not wait until the stiffness becomes permanent; reserve a session this week.",
    # a schedule of any owner filling up
    "Grab a slot before Nurse Kim's Saturday list fills.",
    "Reserve before the surgeon's spring schedule is booked up.",
]


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_pressure_tactic_flags_eleventh_round_mechanisms(text: str) -> None:
    assert flags(text, "pressure-tactic"), text


PRESSURE_CLEAN = [
    # a price with a deadline on an amenity, not on what the clinic sells
    "Parking is $5 until Friday.",
    "Valet parking is $12 through the weekend.",
    "Admission to the health fair is $10 until Sunday.",
    # a session, a free talk or a trial that ends or closes
    "Our Saturday clinic ends at noon.",
    "The free talk ends at 8 pm on Thursday.",
    "Enrolment for the hospital trial closes on 3 May.",
    # the size of a room
    "The lecture hall holds only 40 seats.",
    # advice to see one's own doctor, and "while we still have" something else
    "Don't wait until your symptoms become severe to see your GP.",
    "While we still have your scans on file, we can compare them next year.",
]


@pytest.mark.parametrize("text", PRESSURE_CLEAN)
def test_pressure_tactic_leaves_eleventh_round_near_misses(text: str) -> None:
    assert not flags(text, "pressure-tactic"), text

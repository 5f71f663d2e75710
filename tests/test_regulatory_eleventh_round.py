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
    "The drip boosts hair count by a third.",
    "Patients see a 38% jump in collagen after three sessions.",
    "Our collagen shots make skin 40% firmer.",
    "PRP grows back your hairline permanently.",
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
    "Our delivery van is 40% faster than last year.",
    "The new formula is 40% stronger.",
    "Smoking makes skin 20% thinner.",
    "A 38% jump in bookings followed our launch.",
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
    "$50 off every facial, ends 3 March.",
    # an offer valid until a set time
    "Promo valid until 30 June: 20% off all drips.",
    "Our intro rate is good through Sunday.",
    # a bare count of places
    "Just three chairs this month! Message us.",
    "New scalp package launched. Only 4 openings on Saturdays.",
    "Only 2 left at this price!",
    "Last 3 spots for March!",
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
    "Only two left the study early.",
    "The last three appointments of the day are kept for emergencies.",
    "The voucher from your GP is valid until 30 June.",
    "Our opening hours are valid through December.",
    # advice to see one's own doctor, and "while we still have" something else
    "Don't wait until your symptoms become severe to see your GP.",
    "While we still have your scans on file, we can compare them next year.",
]


@pytest.mark.parametrize("text", PRESSURE_CLEAN)
def test_pressure_tactic_leaves_eleventh_round_near_misses(text: str) -> None:
    assert not flags(text, "pressure-tactic"), text


# -- unapproved-fda-claim (MED102) --------------------------------------------------

APPROVAL_FLAGGED = [
    # the writer's own facility, the registration its modifier
    "Every bottle is sealed in our own FDA-registered cleanroom.",
    "Each vial is made at our FDA-registered lab in Tampa.",
    "Our peptides ship from my registered-with-the-FDA pharmacy.",
    # an approval claimed for a unit of manufacture
    "Each lot is FDA certified before it leaves our warehouse.",
    "All our softgels are FDA-approved.",
    "Every single jar is cleared by the FDA.",
]


@pytest.mark.parametrize("text", APPROVAL_FLAGGED)
def test_unapproved_fda_claim_flags_eleventh_round_mechanisms(text: str) -> None:
    assert flags(text, "unapproved-fda-claim"), text


APPROVAL_CLEAN = [
    "We partner with an FDA-registered lab, which is not the same as approval.",
    "Every batch is third-party tested for purity.",
    "Every bottle of our ibuprofen is FDA approved.",
    "Each tablet of the FDA-approved finasteride we dispense is checked twice.",
]


@pytest.mark.parametrize("text", APPROVAL_CLEAN)
def test_unapproved_fda_claim_leaves_eleventh_round_near_misses(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim"), text


# -- safety-absolute (MED103) -------------------------------------------------------

SAFETY_FLAGGED = [
    # a record of no harm in any patient, told with "never"
    "We have never had one client develop a side effect from our exosome facials.",
    "Dr. Ivers has never once had a patient come back with an infection.",
    "In ten years our nurses have never seen a single athlete suffer a reaction to the drip.",
]


@pytest.mark.parametrize("text", SAFETY_FLAGGED)
def test_safety_absolute_flags_a_record_told_with_never(text: str) -> None:
    assert flags(text, "safety-absolute"), text


SAFETY_CLEAN = [
    "We have never had a patient tell us the drip was painful.",
    "Complications are rare, but we have never claimed they cannot happen.",
    # the reader's or a patient's own history
    "If you have never had a reaction to lidocaine, tell us anyway.",
    "I have never had a single side effect from my drips.",
    # a clinic's tally with its source (an uncited tally is flagged since the
    # convention was clarified on 2026-11-23: tests/test_regulatory_twelfth_round.py)
    "Our PRP practice has never had a single complication in 900 cases (Ito et al., 2024).",
]


@pytest.mark.parametrize("text", SAFETY_CLEAN)
def test_safety_absolute_leaves_never_near_misses(text: str) -> None:
    assert not flags(text, "safety-absolute"), text


# -- disease-list-claim (MED105) ----------------------------------------------------

DISEASE_LIST_FLAGGED = [
    # people who come to the clinic with a list, the therapy in the next sentence
    "People arrive at our centre with Crohn's disease, asthma, migraines, psoriasis and "
    "back pain. Our exosome infusions are where their recovery starts.",
    "Families bring their children to us with autism, cerebral palsy, epilepsy, asthma and "
    "eczema. Cord-blood cells changed their lives.",
    "Clients walk through our doors with lupus, COPD, tinnitus, hair loss and sciatica. See "
    "what amniotic injections did for them.",
    # a table of complaints beside a column of check marks
    "| What it helps | Exosome drip | PRP |\n|---|---|---|\n| Creaky knees | ✔ | ✔ |\n"
    "| Brain fog | ✔ | ✔ |\n| Asthma | ✔ | ✔ |\n| Lupus | ✔ | ✔ |\n| Tinnitus | ✔ | ✔ |\n",
    "| Complaint | NAD+ infusion |\n|---|---|\n| Afternoon slumps | Yes |\n| Migraines | Yes |\n"
    "| Crohn's disease | Yes |\n| Eczema | Yes |\n| Sluggish thinking | Yes |\n",
    "| Concern | Our amniotic protocol |\n|---|---|\n| Wear and tear | ✓ |\n"
    "| Foggy memory | ✓ |\n| Heart failure | ✓ |\n| Psoriasis | ✓ |\n| Kidney disease | ✓ |\n",
]


@pytest.mark.parametrize("text", DISEASE_LIST_FLAGGED)
def test_disease_list_flags_eleventh_round_mechanisms(text: str) -> None:
    assert flags(text, "disease-list-claim"), text


DISEASE_LIST_CLEAN = [
    # one specialty
    "Patients often come to us with knee arthritis, hip pain, shoulder pain, tennis elbow "
    "and plantar fasciitis. We use PRP.",
    # questions, not conditions brought for treatment
    "Patients come to us with questions about MS, COPD, autism, Parkinson's disease and "
    "lupus. We tell them stem cells are not approved for any of these.",
    # ticks that are not on every row, and too few known conditions beside the ticks
    "| Concern | Our stem-cell IV protocol |\n|---|---|\n| Joint wear | ✓ |\n"
    "| Memory decline | ✗ |\n| Heart failure | ✗ |\n| Psoriasis | ✓ |\n"
    "| Kidney disease | ✗ |\n| Low libido | ✓ |\n",
    "| Concern | Stem cells |\n|---|---|\n| Joint wear | ✓ |\n| Stiff mornings | ✓ |\n"
    "| Sore heels | ✓ |\n| Heart failure | ✓ |\n| Tired legs | ✓ |\n| Low libido | ✓ |\n",
    # a table of what trials study
    "| Condition | Studied in trials of stem cells |\n|---|---|\n| Joint wear | ✓ |\n"
    "| Memory decline | ✓ |\n| Heart failure | ✓ |\n| Psoriasis | ✓ |\n"
    "| Kidney disease | ✓ |\n| Low libido | ✓ |\n",
]


@pytest.mark.parametrize("text", DISEASE_LIST_CLEAN)
def test_disease_list_leaves_eleventh_round_near_misses(text: str) -> None:
    assert not flags(text, "disease-list-claim"), text


# -- unapproved-fda-claim (MED102): a question answered yes -------------------------

ANSWERED_FLAGGED = [
    "Are our exosome vials FDA cleared? Absolutely.",
    "## Is our cord-tissue product FDA approved?\n\nYes. Every lot ships with its paperwork.",
    "Q: Is the amniotic graft we use FDA approved? A: Of course, and our nurses are certified too.",
]


@pytest.mark.parametrize("text", ANSWERED_FLAGGED)
def test_unapproved_fda_claim_flags_a_question_answered_yes(text: str) -> None:
    assert flags(text, "unapproved-fda-claim"), text


ANSWERED_CLEAN = [
    "Is PRP FDA approved? No.",
    "Is our lab FDA approved? Yes, it is registered, which is not the same as approval.",
    "Is our exosome serum FDA approved? In some cases, yes.",
    "## Is PRP FDA approved?\n\nPRP is made with FDA-cleared devices, but the injections "
    "themselves are not approved for tendon pain.",
    "Is it FDA approved? It is not.",
]


@pytest.mark.parametrize("text", ANSWERED_CLEAN)
def test_unapproved_fda_claim_leaves_questions_not_answered_yes(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim"), text

"""guaranteed-outcome and pressure-tactic on heldout20 (twenty-first round), by mechanism.

guaranteed-outcome: a sore part named by its state ("the irritated nerve", "an
overactive bladder", "pinched nerves") settled for good by any verb, as a named
complaint is; and a germ named with an initial ("C. diff", "H. pylori") between a
verb of ending and "for good" (the initial's full stop no longer breaks the gap).
Not: a harm done to the part, a dispute or a backlog settled for good. The money as the
subject of its own return ("every penny comes back to you") while the complaint is
still there or lingers; not an app, an order or a parcel that still fails.

pressure-tactic: "ends this week", "expires tonight" and the like count only beside an
offer (a price, a saving, a sale) in the sentence or the one before; a newsletter, a
season or a talk that ends is no sales pressure. A fear of delay told with a
contraction ("until it's bone on bone") and a place snatched up as the push ("grab a
consultation slot today"); not a coffee grabbed, nor the GP. A count of places we
have left told in words up to twenty or a dozen; not what a patient's course has left.

safety-absolute: safe beside any or all medicines, however worded ("alongside", "to
take with", "to combine with"), or no interaction with any. Not: most medicines, the
reader's own medication asked about, a negation. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes

OUTCOME_FLAGGED = [
    "Our prolotherapy settles the irritated nerve for good.",
    "Three laser visits calm an overactive bladder for good.",
    "Our herbal drops soothe an irritable bowel for good.",
    "The spinal sessions free the trapped nerve root for good.",
    "Our peptide shots quiet the angry joint for good.",
    "Our probiotic capsules wipe out recurrent C. diff for good.",
    "A ten-day course of our tea clears H. pylori for good.",
]

OUTCOME_QUIET = [
    "Sciatica can damage the irritated nerve for good.",
    "A slipped disc can leave an inflamed nerve for good.",
    "The new system settles the billing dispute for good.",
    "We wiped out the paperwork backlog for good.",
    "Mr. Smith retired from the clinic for good.",
]

PRESSURE_FLAGGED = [
    "25% off all IV drips, ends this week.",
    "Save $50 on your first PRP facial. Offer expires tonight.",
    "Half-price NAD+ boosters: the deal ends at midnight.",
]

PRESSURE_QUIET = [
    "Our summer newsletter series ends this week. Thanks for reading.",
    "The pollen season usually ends this month in the north.",
    "Our free evening talk on knee health ends at 8 pm.",
    "The consultation period for the new guidelines expires this Friday.",
]


@pytest.mark.parametrize("text", OUTCOME_FLAGGED)
def test_settled_sore_part_is_a_guarantee(text: str) -> None:
    assert codes(text, "guaranteed-outcome") == ["MED104"]


@pytest.mark.parametrize("text", OUTCOME_QUIET)
def test_harm_or_non_health_for_good_is_quiet(text: str) -> None:
    assert codes(text, "guaranteed-outcome") == []


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_deadline_beside_offer_is_pressure(text: str) -> None:
    assert codes(text, "pressure-tactic") == ["MED701"]


@pytest.mark.parametrize("text", PRESSURE_QUIET)
def test_deadline_without_offer_is_quiet(text: str) -> None:
    assert codes(text, "pressure-tactic") == []


SAFETY_FLAGGED = [
    "Our turmeric capsules are safe alongside any medication.",
    "Our CBD oil is safe to take with all your prescriptions.",
    "The NAD+ drip is safe to combine with any medicine you take.",
    "Our magnesium spray won't interact with any medication.",
    "Soothing for toddlers and safe next to every drug you take: that's our ginger chew.",
]

SAFETY_QUIET = [
    "Our turmeric capsules are not safe alongside any blood thinner.",
    "Ask your pharmacist whether it is safe alongside your medication.",
    "The drip is safe alongside most medications, but tell us what you take.",
    "Is it safe with any medication I take?",
    "The new booking app won't interact with any of your existing calendars.",
]


@pytest.mark.parametrize("text", SAFETY_FLAGGED)
def test_safe_beside_any_medicine_is_absolute(text: str) -> None:
    assert codes(text, "safety-absolute") == ["MED103"]


@pytest.mark.parametrize("text", SAFETY_QUIET)
def test_qualified_or_asked_interaction_is_quiet(text: str) -> None:
    assert codes(text, "safety-absolute") == []


REFUND_FLAGGED = [
    "Should your hip still ache after week six, every cent goes back to you.",
    "If the eczema lingers past a month, the whole price comes back.",
    "If your shoulder still clicks after three shots, the full fee goes back on your card.",
    "If your hot flushes persist beyond eight weeks, every dollar comes straight back.",
]

REFUND_QUIET = [
    "If the app still crashes after the update, your money goes back.",
    "If your parcel still hasn't arrived, every penny comes back to you.",
    "If you still don't like the taste, the full price goes back on your card.",
    "If the clinic is still closed on Monday, your deposit comes back to you.",
]


@pytest.mark.parametrize("text", REFUND_FLAGGED)
def test_money_returned_while_complaint_remains_is_a_guarantee(text: str) -> None:
    assert codes(text, "guaranteed-outcome") == ["MED104"]


@pytest.mark.parametrize("text", REFUND_QUIET)
def test_money_returned_for_goods_or_service_is_quiet(text: str) -> None:
    assert codes(text, "guaranteed-outcome") == []


DELAY_FLAGGED = [
    "Don't wait until it's bone on bone: grab a consultation slot today.",
    "Don't wait until it's too late: snap up an assessment this week.",
    "Never wait until things're worse: lock in your spot.",
    "Don't wait until your sciatica turns chronic. Nab one of our injection slots today.",
]

DELAY_QUIET = [
    "Don't wait until it's bone on bone: see your GP about a referral.",
    "Don't wait until it's bone on bone: grab a coffee and read our guide.",
    "Grab a consultation slot whenever suits you.",
]


@pytest.mark.parametrize("text", DELAY_FLAGGED)
def test_fear_of_delay_with_a_place_snatched_is_pressure(text: str) -> None:
    assert codes(text, "pressure-tactic") == ["MED701"]


@pytest.mark.parametrize("text", DELAY_QUIET)
def test_delay_advice_or_plain_invitation_is_quiet(text: str) -> None:
    assert codes(text, "pressure-tactic") == []


COUNT_FLAGGED = [
    "We only have twenty appointments left before the holidays, so grab yours now.",
    "We have just a dozen infusion slots left this month.",
    "There are only seven places remaining on the January course.",
    "The clinic has a couple of vials left for the spring protocol.",
]

COUNT_QUIET = [
    "You have twelve sessions left in your course.",
    "Most patients have ten appointments remaining after the first review.",
    "Most patients have five appointments remaining after the first review.",
]


@pytest.mark.parametrize("text", COUNT_FLAGGED)
def test_places_left_in_words_is_scarcity(text: str) -> None:
    assert codes(text, "pressure-tactic") == ["MED701"]


@pytest.mark.parametrize("text", COUNT_QUIET)
def test_a_patients_own_sessions_left_is_quiet(text: str) -> None:
    assert codes(text, "pressure-tactic") == []

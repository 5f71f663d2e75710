"""Regulatory rules on heldout17 (seventeenth round, second file), by mechanism.

pressure-tactic: a gate that needs a context (a bare deadline needs an offer near) judges
only its own list's matches, so an offer kept "only until" a date at the start of a line
is not hidden by the bare-deadline reading of the same words; a calendar date with no
"only" stays a term of sale; a fear of delay counts with a booking pushed up to two
sentences later; a price kept only for those who act by a date, places capped per
period, anything counted and said to remain available, a discount held to a deadline, a
sell-out with the same subject twice in any dialect, a group buy that closes; a same-day
call to action is a plain invitation unless a count of places stands near it.
guaranteed-outcome: shares of any people, children or animals with a health result, the
size of an effect on age, results said to be permanent, permanence in dialect, a good
recovery after every procedure. unapproved-fda-claim: anyone's protocol, uses no approval
covers, foods sold as powders, wellness goods that are no device. uncited-research-claim:
research behind a method with the place first, a profession placed somewhere that swears
by a therapy; a teaser for what the evidence says stays quiet. The sentences are our
own, modelled on clinic, med-spa, veterinary and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- pressure-tactic (MED701): gates judge their own list's matches ------------------

GATE_FLAGGED = [
    "Rate valid only until 15 March!",
    "Three nights, two PRP sessions and a spa day. Pricing available only till 30 November.",
    "Bundle price good only through 2 January!",
    # a fear of delay, the booking pushed two sentences on
    "Don't wait until it's too late. Each week you delay, more cartilage wears away. "
    "Reserve your consultation today.",
]

GATE_CLEAN = [
    # a calendar date with no "only" is a term of sale
    "Prices valid until 31 March 2027.",
    "All our prices are valid until 30 June 2026 and include VAT.",
    "Rate valid until 15 March 2027.",
    # a fear of delay with no booking pushed is health advice
    "Don't wait until it's too late. See your GP if the lump grows.",
    # a bare deadline with no offer near
    "Entries for the photo contest are open. Ends Friday.",
]


@pytest.mark.parametrize("text", GATE_FLAGGED)
def test_pressure_gate_flagged(text: str) -> None:
    assert flags(text, "pressure-tactic"), text


@pytest.mark.parametrize("text", GATE_CLEAN)
def test_pressure_gate_clean(text: str) -> None:
    assert not flags(text, "pressure-tactic"), text


# -- pressure-tactic (MED701): deadlines, caps and sell-outs in other words ----------

PRESSURE_FLAGGED = [
    # a price or a saving kept only for those who act by a date
    "The 20% discount applies only to clients who book before 30 April.",
    "Our launch fee is held only for members who pay their deposit by Friday.",
    "This rate stays frozen just for those who enrol before the new year.",
    # a fear of delay turning into something worse, a booking pushed
    "Never wait till that twinge develops into a long-term problem. Call us to book.",
    "Do not wait until your sore shoulder becomes a permanent limitation. Book an assessment now.",
    "Don't wait for the niggle to turn into something chronic: reserve a slot this week.",
    # anything counted and said to remain available
    "Only three dates remain open in June.",
    "Only four weekends are still available this season, so reserve now.",
    # places capped per period
    "Just 6 intro spots per month at this rate.",
    "We release only 10 places each week for shockwave.",
    "Only 4 new-client openings every month!",
    # sell-outs with the same subject twice, in any dialect
    "Final batch of elderberry syrup: once dey gone, dey gone.",
    "When they done, they done!",
    # a group buy or pre-order that closes; a bare count closed by a comma
    "Peptide group buy closes Friday at noon.",
    "The pre-order closes at midnight on Thursday.",
    "Only 30 vials, first come first served.",
    # a discount held to a near deadline or a date
    "Readers get 20% off every facial until Friday.",
    "Half price on B12 shots till the end of the week.",
    "Save 30% on your first drip through 2 June.",
    # a cap on new patients with words between
    "Dr Ruiz sees just 6 new knee patients each week, so do not delay.",
    "We accept only 12 new PRP clients a month.",
    # places limited, with what they are for
    "Spots on our knee programme are very limited.",
    "We hold only six drip appointments a week, and June's are nearly all taken.",
    # a same-day call to action after a count of places in a near window
    "Two chairs this Saturday for our drip clinic. Book yours today.",
]

PRESSURE_CLEAN = [
    "The talk is open only to patients who register before Friday.",
    "The clinic's fees are reviewed each April.",
    "Don't wait until it turns into a chronic injury: see your GP.",
    "Only two weeks remain until the clinic closes for renovation.",
    "Most patients need only two sessions a week.",
    "The gym has only 20 parking spaces.",
    "Cartilage doesn't grow back: when it's gone, it's gone.",
    "Only two injections, six weeks apart, are needed.",
    "Rest the knee until the end of the month.",
    "We are closed until the end of the month.",
    "We only see adult patients.",
    "We only take new patients with a GP referral.",
    "Places in the pool are limited to 12 swimmers.",
    # a plain same-day call to action
    "Loved by hundreds of runners. Order yours today!",
    "Our new collagen blend is here. Get yours now.",
    "Marta, 61, slept through the night after her third drip with us. Book yours today.",
]


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_pressure_flagged(text: str) -> None:
    assert flags(text, "pressure-tactic"), text


@pytest.mark.parametrize("text", PRESSURE_CLEAN)
def test_pressure_clean(text: str) -> None:
    assert not flags(text, "pressure-tactic"), text


# -- guaranteed-outcome (MED104): shares, sizes and permanence in other words --------

OUTCOME_FLAGGED = [
    # a share of any people, children or animals with a health result
    "Three in four toddlers with eczema stop scratching after our oatmeal balm.",
    "Eight out of ten dogs with hip dysplasia can now run again after our stem cell shots.",
    "Nearly 90% of clients no longer need their inhaler after the salt-cave course.",
    "92% of people rated our knee sleeve as very effective.",
    "Seven of ten infants sleep through the night after our chiropractic adjustment.",
    # a verb of relief before a share told as "N out of M"
    "Our gripe water calms reflux in 8 out of 10 newborns.",
    # a treatment that gets a share "of them" back
    "Our shockwave sessions get 4 in 5 of them back on the court.",
    # the size of an effect on age
    "Your cellular age drops by up to 8 years after our NAD+ protocol.",
    "Our peptide stack turns back the ageing clock by a decade.",
    "Wind back your body clock by five years with young-plasma drips.",
    # the result said to be permanent, a tiredness that never comes back
    "Results of our hair-regrowth injections are permanent.",
    "The relief from our PRP shots is completely permanent.",
    "With our ozone drips you'll never feel tired again.",
    # permanence in dialect
    "Our hemp drops banish arthritis pain fuh good.",
    # a good recovery after every procedure
    "Full recovery after each knee injection.",
    "- Smooth healing after every session\n- Free parking",
]

OUTCOME_CLEAN = [
    "4 of 5 patients are women over 50.",
    "In a 2021 trial of 80 adults, 4 of 5 patients with knee arthritis walked further "
    "after six months.",
    "One in ten patients felt dizzy after the drip.",
    "Your biological age is a number worked out from a blood test.",
    "Smoking can add ten years to your biological age.",
    "Side effects of the drug are permanent in some patients.",
    "The damage to the nerve is permanent.",
    "Recovery after every operation takes about six weeks.",
    "Your results are not permanent and need top-ups.",
]


@pytest.mark.parametrize("text", OUTCOME_FLAGGED)
def test_outcome_flagged(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


@pytest.mark.parametrize("text", OUTCOME_CLEAN)
def test_outcome_clean(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text


# -- unapproved-fda-claim (MED102): uses and products no approval covers -------------

APPROVAL_FLAGGED = [
    # a use no approval covers
    "Our red light panel is FDA cleared for anti-ageing.",
    "This glutathione drip is FDA approved for longevity.",
    # anyone's protocol or regimen
    "Dr Patel's longevity regimen is FDA approved.",
    # foods sold as powders or superfoods
    "Our moringa superfood blend is FDA approved.",
    "This beetroot powder is FDA approved for stamina.",
    # wellness goods that are no device
    "The cooling pillow is FDA certified.",
    "A quick word from our sponsor: the DreamWeight eye mask is FDA approved.",
]

APPROVAL_CLEAN = [
    "Minoxidil is FDA approved for hair loss.",
    "The CPAP mask is FDA cleared for sleep apnoea.",
    "Our antifungal powder contains an FDA-approved ingredient.",
    "The hearing aids we fit are FDA cleared.",
    "Pfizer's vaccine is FDA approved.",
    "Our baobab powder is not FDA approved.",
]


@pytest.mark.parametrize("text", APPROVAL_FLAGGED)
def test_approval_flagged(text: str) -> None:
    assert flags(text, "unapproved-fda-claim"), text


@pytest.mark.parametrize("text", APPROVAL_CLEAN)
def test_approval_clean(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim"), text


# -- uncited-research-claim (MED201): research behind a method, professions placed ---

RESEARCH_FLAGGED = [
    "Beneath each of our formulas lie three decades of clinical trials.",
    "At the heart of our method are thirty years of research.",
    "Behind our exosome serum stands a decade of science.",
    "Surgeons at top clubs swear by our PRP protocol.",
    "Vets across the racing world swear by this joint supplement.",
]

RESEARCH_CLEAN = [
    "Here's what the latest evidence says about PRP.",
    "Does ozone help wounds? Here's what the (rather thin) research says.",
    "Behind every great clinic stands a great team.",
    "Behind our building is a car park.",
    "Footballers in the NRL swear by ice baths.",
    "Ask your doctor what the current science says.",
]


@pytest.mark.parametrize("text", RESEARCH_FLAGGED)
def test_research_flagged(text: str) -> None:
    assert flags(text, "uncited-research-claim"), text


@pytest.mark.parametrize("text", RESEARCH_CLEAN)
def test_research_clean(text: str) -> None:
    assert not flags(text, "uncited-research-claim"), text

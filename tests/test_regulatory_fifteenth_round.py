"""Fifteenth round of the regulatory rules, by mechanism.

guaranteed-outcome: a good of the body handed over for ever ("gives you a full hairline
for life"); a complaint ruled out for ever by its own verb ("your knee will never give
way again"); a medicine or an aid given up for good, whatever the verb ("bin your
painkillers for good"); a complaint switched off for good; a share of the clinic's
people who "have their energy back"; a free second or follow-up unit as the remedy for
a result not felt; a result named by a noun in a share of clients ("Regrowth in 9 of 10
clients"); a count of cases treated, then a bare share with a result; and quantified
results with nothing else beside them: weight lost or muscle gained in a time frame or
on average, a complaint made rarer by a figure, the body doing something faster, a
health rate. Studies' figures, hedged figures, savings and figures of no health result
are near misses.

pressure-tactic: a bare deadline sentence counts next to an offer ("30% off ... Ends
midnight Monday."); an offer valid "only until" a date; a window of hours with a saving
in it; a saving that "disappears" after a deadline; waiting until surgery or an aid is
needed, or a body part that "can't wait", with a booking pushed. The sentences are our
own, modelled on clinic, supplement, device and medical-tourism copy.

unapproved-fda-claim: cord blood put into a joint or the skin is a regenerative product
(approved cord blood is infused for blood disorders); botanicals and medicinal mushrooms
by name are supplements. safety-absolute: a record "without one adverse event"; a bare
"None at all." answering a question about risk, in its block or the heading above.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- guaranteed-outcome (MED104) -----------------------------------------------------------

GUARANTEE_FLAGGED = [
    # a good of the body handed over for ever
    "Our implant dentistry gives you a confident, even smile for good.",
    "The spinal decompression programme delivers a strong, supple back permanently.",
    "Our jaw filler restores a sharp jawline for the rest of your life.",
    # a complaint ruled out for ever by its own verb
    "After our PRP course your knee will never give way again.",
    "With our ozone facial your skin won't ever break out again.",
    "Our balance retraining means your ankle never buckles on the stairs again.",
    "Thanks to our follicle serum, your hair will never thin again.",
    # a medicine or an aid given up for good
    "Our magnesium protocol helps you ditch the inhaler once and for all.",
    "After the cartilage shot, hang up the crutches permanently.",
    "Say goodbye to your blood pressure tablets for good with our plan.",
    # a complaint switched off for good
    "Our nerve block turns off sciatic pain permanently.",
    "The antihistamine protocol shuts down the itch of hives once and for all.",
    "Our red-light panel switches off tiredness for good.",
    # a share of the clinic's people who have a good back
    "Eight in ten of our menopause clients have their deep sleep back within a month.",
    "Over 70% of the runners we treat have their stride back by week six.",
    "We have treated 900 shoulders, and 85% of them have their full reach back.",
    # a free further unit if a result is not felt
    "Notice a real difference in your knee within a month, or the follow-up injection is on us.",
    "See the difference in your skin after one peel, or your second session is free.",
    # a result named by a noun in a share of the clinic's people
    "Pain relief for four out of five patients, from the first session.",
    "Our ozone protocol: remission in 70% of our cases.",
    "Clear skin for 8 in 10 of our acne clients within a month.",
    # a count of cases treated, then a bare share with a result
    "More than 4,000 shoulders injected since 2016, and nine in ten needed no surgery.",
    "3,500 backs treated at our Austin centre: 82% returned to work within a month.",
    # quantified results with nothing beside them
    "Our members on the GLP-1 plan lose 18% of their body weight on average.",
    "Lose two dress sizes in six weeks with our hormone pellets.",
    "Shed 10 kg within 90 days on the Lean Reset plan.",
    "Patients typically lose 20 lbs in the first month.",
    "Gain 4 kg of lean muscle in eight weeks with our peptide stack.",
    "Our sleep course helps you drift off twice as fast.",
    "Clients on the programme nod off 35% quicker.",
    "Expect 40% fewer migraines after three sessions.",
    "Menopausal clients have half as many hot flushes.",
    "Our hyperbaric sessions mean 40% faster recovery after surgery.",
    "Our fusion rate of 96% is the best in the region.",
    "A 93% graft-survival rate for every transplant.",
    "Our return-to-work rate: 91% within six weeks.",
]

GUARANTEE_QUIET = [
    # a harm, or a service, for life
    "Arthritis gives you stiff, creaky knees for life.",
    "A bad fall can give you a sore back for life.",
    "Membership gives you free parking for life.",
    "This warranty gives you peace of mind for life.",
    # "never ... again" of something that is no complaint, or a tumble hoped away
    "You'll never fall for a gimmick again.",
    "I hope I never fall again.",
    # a medicine stopped only on advice, a habit or a device switched off
    "Don't stop your tablets for good without asking your GP.",
    "Ditch the paper forms for good with our new app.",
    "Switch off your phone for good at bedtime.",
    "The new software switches off the business reminders for good.",
    # participles after "have their ... back"; a taste; an order
    "60% of our patients have their appointments pushed back.",
    "40% of our patients have their blood taken back at the clinic.",
    "Taste the difference after your first cup, or your second one is free.",
    "Order by Friday, or your second one is free.",
    # harms in a share; who the treated patients are
    "Side effects in 2 of 10 patients are mild.",
    "Swelling in 3 of 10 knees settles within a week.",
    "2,000 patients treated since 2010; 40% are over 65.",
    # studies' figures, advice, hedges and rates of loss
    "In the trial, participants lost 15% of their body weight on average.",
    "Most people lose 1 to 2 pounds a week on a healthy diet.",
    "A safe rate of weight loss is 1-2 pounds per week.",
    "You might lose 5 pounds in the first week, mostly water.",
    "Aim to lose 5% of your body weight in six months.",
    "If you lose 10 pounds in 12 weeks, your knees will thank you.",
    "You could lose up to 10% of muscle mass in a week of bed rest.",
    "In a 2021 study, patients on the drug had 30% fewer migraines.",
    # savings, commerce and figures of no health result
    "Save 30% on average with our membership.",
    "Up to 40% off all facials this week.",
    "40% fewer calories than our original bar.",
    "Our new booking system means 40% fewer missed appointments.",
    "A 97% occupancy rate at our clinic.",
    "A 5% complication rate.",
    "Get your lab results 40% faster with our new portal.",
    "The shop sold 30 pounds of coffee in 12 weeks.",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guarantee_shapes_are_reported(text: str) -> None:
    assert flags(text, "guaranteed-outcome")


@pytest.mark.parametrize("text", GUARANTEE_QUIET)
def test_guarantee_near_misses_are_quiet(text: str) -> None:
    assert not flags(text, "guaranteed-outcome")


def test_passive_count_then_share_in_a_slide() -> None:
    text = (
        "## Slide 4: Results\n\n"
        "2,600 hips injected across our network; 78% came off their painkillers within a year.\n"
    )
    assert flags(text, "guaranteed-outcome")


# -- pressure-tactic (MED701) --------------------------------------------------------------

PRESSURE_FLAGGED = [
    # a bare deadline after an offer
    "Half-price PRP hair sessions all week. Offer closes Sunday at 6pm.",
    "$150 off every NAD+ drip package. Ends tonight!",
    "Cyber Monday savings on our ozone sauna. Until midnight Tuesday.",
    # an offer kept only to a deadline it names
    "Our spring deal runs only till Friday.",
    "The exosome facial discount is good only until 15 March.",
    # a window of hours or days with a saving in it
    "Save $300 on the knee package over the next three days.",
    "Book during the next 72 hours and the cord-tissue injection is half price.",
    # the saving gone once a deadline passes, whatever the verb
    "The live Q&A closes at 9pm. After that, the founding-member bonus vanishes.",
    "Once the countdown hits zero, the $500 credit is withdrawn.",
    # waiting until surgery or an aid is needed, with a booking pushed
    "Don't wait till your hip needs replacing. Call our team today.",
    "Never wait until you can't climb the stairs. Book your stem cell assessment now.",
    "Your back can't wait. Book your spinal assessment today.",
]

PRESSURE_QUIET = [
    # a bare deadline with no offer
    "Entries for the photo contest are open. Ends Friday.",
    "Our clinic will be closed for refurbishment. Ends Monday.",
    "Registration for the free talk closes Friday.",
    # a term of sale with a calendar date and no "only"
    "Prices valid until 31 March 2027.",
    # care advice over the next hours or days
    "Rest the knee for the next 48 hours and ice it twice a day.",
    "Take your antibiotics for the next five days.",
    # "after that" of a body or a form
    "After that, the swelling disappears within a week.",
    "After that, the discount code box appears on the checkout page.",
    # waiting warnings that send the reader to a GP or a physio, or no push at all
    "Don't wait until you need a new knee: see your GP early about stiffness.",
    "Don't wait until you need surgery. Ask your physio about home exercises.",
    "Don't wait till your hip needs replacing. Call our surgery to ask your GP.",
    "Your body can't wait to get moving after a long winter. Book your class today!",
]


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_pressure_shapes_are_reported(text: str) -> None:
    assert flags(text, "pressure-tactic")


@pytest.mark.parametrize("text", PRESSURE_QUIET)
def test_pressure_near_misses_are_quiet(text: str) -> None:
    assert not flags(text, "pressure-tactic")


def test_a_bare_deadline_counts_only_next_to_an_offer() -> None:
    assert flags("Two for one on peptide consults. Closes tomorrow.", "pressure-tactic")
    assert not flags("Our waiting room art show opens today. Closes tomorrow.", "pressure-tactic")


# -- unapproved-fda-claim (MED102) and safety-absolute (MED103) ----------------------------

APPROVAL_FLAGGED = [
    # cord blood put into a joint or the skin: no approval covers it
    "Our cord-blood knee injection is FDA approved.",
    "Our cord blood facial serum is FDA cleared.",
    "The FDA approved our shoulder injections using cord blood.",
    # botanicals and medicinal mushrooms by name are supplements
    "Our reishi tincture is FDA approved.",
    "Our lion's mane gummies are FDA certified.",
]

APPROVAL_QUIET = [
    "Hemacord, a cord blood product, is FDA approved for blood cancers.",
    "Cord blood transplants are FDA approved for leukaemia and sickle cell disease.",
    "Our omeprazole capsules are FDA approved for reflux.",
]

SAFETY_FLAGGED = [
    "We have given 9,000 PRP injections without one infection.",
    "Are there side effects from the exosome drip? None whatsoever.",
    "Any chance of rejection with donor cells? Nope, none at all.",
    "**Is there any risk with our ozone sauna?**\n\nNone at all. It is natural.\n",
    "### What are the risks of our ozone sauna?\n\nZero. It is completely natural.\n",
]

SAFETY_QUIET = [
    "Any questions? None? Then let's begin.",
    "Is the PRP facial risk-free? No. Bruising and infection can happen.",
    "Did anyone complain? None at all.",
    "Is there any risk with the PRP facial? A small one: bruising is common.",
]


@pytest.mark.parametrize("text", APPROVAL_FLAGGED)
def test_approval_shapes_are_reported(text: str) -> None:
    assert flags(text, "unapproved-fda-claim")


@pytest.mark.parametrize("text", APPROVAL_QUIET)
def test_approval_near_misses_are_quiet(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim")


@pytest.mark.parametrize("text", SAFETY_FLAGGED)
def test_safety_shapes_are_reported(text: str) -> None:
    assert flags(text, "safety-absolute")


@pytest.mark.parametrize("text", SAFETY_QUIET)
def test_safety_near_misses_are_quiet(text: str) -> None:
    assert not flags(text, "safety-absolute")

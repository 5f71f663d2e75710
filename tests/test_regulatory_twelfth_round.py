"""Twelfth round of the regulatory rules, by mechanism.

unapproved-fda-claim: the FDA's clearance of a trial application with a determiner or a
possessive before it ("cleared its investigational new drug application") is said of
something that really is cleared; wellness consumables sold as foods or cosmetics (teas,
tonics, shakes, essential oils) are never FDA approved. guaranteed-outcome: a refund of a
fee for the errand (courier, postage, delivery) is no health remedy. disease-list-claim:
a regulator's action against a seller reports the seller's list; conditions of children
and animals (bedwetting, scoliosis, heaves, uveitis) are conditions; an offer in the
passive ("are offered for") offers the therapy. The sentences are our own, modelled on
clinic, med-spa, veterinary and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- unapproved-fda-claim (MED102) -------------------------------------------------

FDA_FLAGGED = [
    # wellness consumables: the FDA approves none of them
    "Our overnight detox tea is FDA approved and calms the gut.",
    "This slimming tonic is approved by the FDA.",
    "Our gut-cleanse shakes are FDA-cleared.",
    "Every bottle of our lavender essential oil is FDA certified.",
    # cosmetics: the FDA approves none of them
    "Our anti-ageing night cream is FDA approved.",
    "This glow serum is FDA-cleared.",
    "Our firming face lotion is approved by the FDA.",
    # a cell product with a determiner is still a cell product
    "The FDA has cleared its stem cell product for arthritis.",
    "The FDA has approved our stem cell injections for knee pain.",
]

FDA_CLEAN = [
    # a trial application cleared, with its owner before it
    "Stem cell maker Corvana said the FDA has cleared its investigational new drug "
    "application, so a small safety trial can start in spring.",
    "Regulators at the FDA approved the company's investigational new drug application "
    "for its exosome spray last week.",
    "The FDA cleared their IND application for the PRP study, so enrolment opens in May.",
    # a medicine in a cream; a light mask may be a cleared device
    "Our lidocaine cream is FDA approved.",
    "This LED face mask is FDA-cleared for mild acne.",
    # registration is no approval claim for a drink
    "Our kidney drink is FDA registered.",
]


@pytest.mark.parametrize("text", FDA_FLAGGED)
def test_fda_claim_flags_twelfth_round(text: str) -> None:
    assert flags(text, "unapproved-fda-claim"), text


@pytest.mark.parametrize("text", FDA_CLEAN)
def test_fda_claim_leaves_twelfth_round_near_misses(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim"), text


# -- guaranteed-outcome (MED104): the errand's fee --------------------------------

REFUND_CLEAN = [
    "Lab reports guaranteed within a day, or your courier fee is refunded.",
    "Your kit ships within two days, or the postage is refunded.",
    "Scan reports reach your GP by noon, or your express delivery charge is refunded.",
]

REFUND_FLAGGED = [
    "Walk without pain in a month or your fee is refunded.",
    "Sleep better in a week, or the full course price is refunded.",
]


@pytest.mark.parametrize("text", REFUND_CLEAN)
def test_errand_refund_is_no_guarantee(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text


@pytest.mark.parametrize("text", REFUND_FLAGGED)
def test_result_refund_is_a_guarantee(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


# -- disease-list-claim (MED105) ---------------------------------------------------

LIST_FLAGGED = [
    "Chiropractic adjustments help with colic, ear infections, asthma, bedwetting, ADHD "
    "and scoliosis.",
    "Craniosacral therapy helps with croup, bedwetting, colic, scoliosis and ear infections.",
    "Our canine PRP is also given for hip dysplasia, kennel cough, cataracts, Cushing's "
    "disease and hot spots.",
    "Our equine cell injections are offered for laminitis, navicular disease, heaves, "
    "ligament tears, uveitis and kissing spines.",
    "Equine ozone therapy for:\n\n- laminitis\n- sarcoids\n- Lyme disease\n- heaves\n"
    "- infected wounds\n- gastric ulcers",
]

LIST_CLEAN = [
    # a regulator's action reports the seller's list
    'The FDA sent a warning letter to a clinic that marketed its cord product as "FDA '
    'registered" and as a treatment for COVID-19, autism, lupus, COPD and multiple sclerosis.',
    "Last year the FTC sued a clinic chain that advertised amniotic injections for "
    "arthritis, Parkinson's disease, COPD, lupus and autism.",
    # research, also by vets
    "Vets are studying stem cells for laminitis, heaves, uveitis, kissing spines and "
    "Cushing's disease.",
    "Veterinary schools are testing PRP in horses with laminitis, heaves, uveitis, kissing "
    "spines and sarcoids.",
    # one specialty
    "We use PRP for knee pain, hip pain, shoulder pain, tennis elbow, scoliosis and "
    "plantar fasciitis.",
]


@pytest.mark.parametrize("text", LIST_FLAGGED)
def test_disease_list_flags_twelfth_round(text: str) -> None:
    assert flags(text, "disease-list-claim"), text


@pytest.mark.parametrize("text", LIST_CLEAN)
def test_disease_list_leaves_twelfth_round_near_misses(text: str) -> None:
    assert not flags(text, "disease-list-claim"), text


# -- guaranteed-outcome (MED104): results kept, refunds on a result, everyone treated

GUARANTEE_FLAGGED = [
    # the complaint still there or the result not reached, then the money returned
    "If your knee still aches after the third injection, we'll refund the full fee.",
    "If your hot flushes haven't eased within eight weeks, we will reimburse the course.",
    "If your back still hurts after six sessions, you get your money back.",
    "If your hair hasn't thickened by the third month, we will give you the fee back.",
    # the complaint told by its verb or state, with no other health word
    "If your heel still hurts after six sessions, we'll refund every penny.",
    "If your wrist is still sore in a month, you get your money back.",
    "If your shoulder still aches after the course, we will give you the fee back.",
    # a relief verb kept for life
    "Say goodbye to sciatica for life.",
    "Our laser ends knee pain for the rest of your life.",
    "Wipe out hay fever for life with one course of drops.",
    # a lifetime of a comfortable activity
    "A lifetime of supple, limp-free strides for your horse.",
    "The graft gives your spaniel a lifetime of comfortable runs.",
    # a restorative verb, then the result in everyone treated
    "Our drip lifts mood in every woman who tries it.",
    "The peptide restores deep sleep for every client we see.",
    "The cream clears acne in each teen we treat.",
]

GUARANTEE_CLEAN = [
    # a conditional about the purchase, not the body
    "If the app isn't for you, we'll refund the fee.",
    "If our sleep programme is not for you, you get your money back.",
    "If you don't like the taste of our sleep gummies, we'll refund you.",
    "If your parcel still hasn't arrived after ten days, we'll refund the shipping.",
    "If you cancel your knee appointment, we'll refund the deposit.",
    # a harm for a lifetime; a service for everyone treated
    "Arthritis can mean a lifetime of painful joints.",
    "We check blood pressure for every patient we treat.",
    "Results differ, and we review the plan for every patient we treat.",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guaranteed_outcome_flags_twelfth_round(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


@pytest.mark.parametrize("text", GUARANTEE_CLEAN)
def test_guaranteed_outcome_leaves_twelfth_round_near_misses(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text


# -- pressure-tactic (MED701) ------------------------------------------------------

PRESSURE_FLAGGED = [
    # a price rise by an amount on a date, or once the offer is gone
    "Book your drip before Friday: prices jump 20% on the weekend.",
    "Our course fees climb by $300 from next month.",
    "Package costs double at the end of the month.",
    "Once the spots are booked, the price doubles.",
    "Eight charter places left. Once they've been taken, dues rise to $90 a month.",
    # scarcity said the other way round
    "Stock is limited, so reserve your vial today.",
    "Availability is strictly limited this spring.",
    "Doses are limited: order yours now.",
    # a booking by a date with a saving
    "Reserve your spot by March 15 and get $150 off.",
    "Sign up before Friday and receive a free vial.",
    "Book your consult by 30 June and save CA$200 on a peel.",
    # a count of goods at this price
    "Only 12 founding memberships at this price.",
    "Just 20 starter kits at the launch price.",
    "Only 8 vials at this price, then it goes up.",
    # a limit, then "don't wait" as its conclusion
    "Our surgeon takes just eight new cases a month, so do not hesitate.",
    "Just a handful of chairs open each week, so don't delay.",
]

PRESSURE_CLEAN = [
    "Drug prices rise every year in the US.",
    "Costs rise on the whole when care is delayed.",
    "Evidence for PRP in back pain is limited.",
    "The supply of donor cord tissue is limited worldwide.",
    "Only a GP can refer you, so don't wait to ask.",
    "Only 12 memberships are offered to families.",
    "Only two courses of PRP at most are advised.",
    "If the pain worsens, don't wait: see your GP.",
]


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_pressure_tactic_flags_twelfth_round(text: str) -> None:
    assert flags(text, "pressure-tactic"), text


@pytest.mark.parametrize("text", PRESSURE_CLEAN)
def test_pressure_tactic_leaves_twelfth_round_near_misses(text: str) -> None:
    assert not flags(text, "pressure-tactic"), text


# -- safety-absolute (MED103) ------------------------------------------------------

SAFETY_FLAGGED = [
    # an overdose or a poisoning ruled out
    "Our nurses make sure there is zero chance of an overdose.",
    "You can't overdose on our NAD+ drips.",
    "There is not the slightest danger of toxicity with our iron shots.",
    # a thing that carries or poses no risk
    "Our hydrogen water poses zero risk.",
    "Chelation involves no risk whatsoever.",
    "Ozone saunas carry zero risk for the heart.",
    # a clinic's uncited record of no harm, whoever is named (convention 2026-11-23)
    "Our PRP practice has never had a single complication.",
    "We've never recorded one adverse event in 3,000 procedures.",
    "The practice has yet to see a single infection after PRP.",
    "Not one adverse event in 3,000 procedures.",
]

SAFETY_CLEAN = [
    "It is possible to overdose on vitamin A, so stick to the dose.",
    "Don't overdose: take one capsule a day.",
    "Our booking carries no risk: cancel any time and you won't be charged.",
    "Smoking carries a risk of stroke.",
    # the reader's own history; a record with its source; a qualified record
    "If you have never had a reaction to lidocaine, tell us anyway.",
    "Our clinic has never had a single complication in 2,400 procedures (Moreno et al., 2023).",
    "Serious complications are rare; minor bruising is common.",
    "Our registry has recorded two infections in 1,800 injections.",
]


@pytest.mark.parametrize("text", SAFETY_FLAGGED)
def test_safety_absolute_flags_twelfth_round(text: str) -> None:
    assert flags(text, "safety-absolute"), text


@pytest.mark.parametrize("text", SAFETY_CLEAN)
def test_safety_absolute_leaves_twelfth_round_near_misses(text: str) -> None:
    assert not flags(text, "safety-absolute"), text


# -- guaranteed-outcome (MED104): a measure and its change, in a headline or a table row

MEASURE_FLAGGED = [
    "| Measure | After our NAD+ course |\n|---|---|\n| Energy | +35% |\n| Brain fog | Down 50% |",
    "| Result | Our PRP series |\n|---|---|\n| Knee pain | -60% |",
    "| Week 8 | Our peptide plan |\n|---|---|\n| Grip strength | Up 22% |",
    "Collagen up 38% in eight weeks!",
    "Knee pain down 60% after one session.",
    "Wrinkle depth: -25% after the serum.",
]

MEASURE_CLEAN = [
    "Prices up 40% since 2020.",
    "Hair density down 10% with age.",
    "| Item | Change |\n|---|---|\n| Prices | Up 40% |\n| Wait times | -20% |",
    "| Measure | Change |\n|---|---|\n| Knee pain | Down 60% (Lee et al., 2020) |",
]


@pytest.mark.parametrize("text", MEASURE_FLAGGED)
def test_measure_change_flags(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


@pytest.mark.parametrize("text", MEASURE_CLEAN)
def test_measure_change_leaves_near_misses(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text


def test_a_table_row_is_reported_once() -> None:
    """A cell that holds the whole claim is reported by the cell, not again by its row."""
    from medlint.engine import Engine
    from tests.rulecheck import RULES

    engine = Engine.create(RULES, select=["guaranteed-outcome"])
    text = "| Area | Result |\n|---|---|\n| Knees | Knee pain down 60% after one session |"
    assert len(engine.check_source("post.md", text).findings) == 1

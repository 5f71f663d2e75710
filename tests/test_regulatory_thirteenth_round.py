"""Thirteenth round of the regulatory rules, by mechanism.

safety-absolute: a harm ruled out with a word between "no" and "way" ("no conceivable
chance of a reaction"), a graft or a product that cannot be rejected, nothing in a
product that could harm, and safety across a whole class of people or states ("safe at
any age", "safe with any medication"). guaranteed-outcome: any verb that settles a
named complaint for good ("quietens tinnitus for good"), a good of the body that lasts
for life, a possessive before the measure that a figure cuts ("the players' recovery
time by 30%"), a share told as "out of every" and a visible change as the result a
remedy is tied to. The sentences are our own, modelled on clinic, med-spa, supplement
and veterinary copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- unapproved-fda-claim (MED102) ---------------------------------------------------------

FDA_FLAGGED = [
    # an approval told by an idiom
    "The FDA gave its blessing to our PRP protocol.",
    "The FDA signed off on our stem cell injections in 2023.",
    "The FDA has given the green light to our exosome infusions.",
    "The FDA finally okayed our cord-blood therapy for back pain.",
    # compliance told as meeting the regulator's rules
    "Our NAD+ protocol meets all FDA guidelines.",
    "Our amniotic allograft is fully compliant with FDA regulations.",
]

FDA_CLEAN = [
    "The FDA signed off on the trial of our stem cell injections last year.",
    "The FDA has not signed off on any stem cell product for arthritis.",
    "The FDA gave the green light to a small safety trial of exosomes.",
    "Ibuprofen meets all FDA standards for pain relief.",
]


@pytest.mark.parametrize("text", FDA_FLAGGED)
def test_fda_claim_flags_thirteenth_round(text: str) -> None:
    assert flags(text, "unapproved-fda-claim"), text


@pytest.mark.parametrize("text", FDA_CLEAN)
def test_fda_claim_leaves_thirteenth_round(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim"), text


# -- safety-absolute (MED103) ----------------------------------------------------------

SAFETY_FLAGGED = [
    # a harm ruled out with a word between "no" and "way"
    "There is no conceivable chance of a reaction to our drip.",
    "Zero conceivable possibility that the immune system will attack the graft.",
    "Since the vesicles carry no DNA, there's no possible means for the body to reject them.",
    # a graft or a product that cannot be rejected
    "Cord tissue grafts will never be rejected by the recipient.",
    "Your own plasma cannot be attacked by your immune system.",
    "Because the fat is yours, the injected cells can't be fought off.",
    # nothing in the product that could harm
    "Nothing inside our capsules will hurt your body.",
    "There's nothing about this procedure that could possibly injure you.",
    "It's plant based, so there is nothing in the tincture that can harm a child.",
    # safety across a whole class of people or states
    "Our NAD+ drips are safe with any medication you take.",
    "The gel is safe in every trimester of pregnancy.",
    "Ozone therapy is safe at all ages.",
    "These peptide shots are safe with any health condition.",
    # a harm label answered with none, as a line or a table row
    "Side effects: none.",
    "Complications - zero.",
    # a bad reaction ruled out as impossible, a thing that carries no danger
    "It's impossible to have a bad reaction to your own blood.",
    "With our peptide it is impossible for your body to develop an allergic reaction.",
    "Our stem cell shots carry no danger whatsoever.",
    "The ozone sauna poses zero hazard.",
    # harmless for everyone; as safe as an everyday act
    "Exosome therapy is harmless for everyone.",
    "Our drips are as safe as drinking a glass of water.",
    "A PRP facial is as safe as having a massage.",
]

SAFETY_CLEAN = [
    "Your insurance claim can't be rejected once it is filed.",
    "Applications won't be rejected if they arrive late.",
    "Nothing in this leaflet can replace your doctor's advice.",
    "There is almost no possible way for a reaction to occur.",
    "The drip is safe at the usual dose for most adults.",
    "Keep the vial safe at all times in the fridge.",
    "There is no real evidence that it is safe.",
    "Adverse events: none were reported in the trial.",
    "Surgery is not as safe as people think.",
    "| Risk | Frequency |\n|---|---|\n| Infection | Rare |",
]


@pytest.mark.parametrize("text", SAFETY_FLAGGED)
def test_safety_absolute_flags_thirteenth_round(text: str) -> None:
    assert flags(text, "safety-absolute"), text


@pytest.mark.parametrize("text", SAFETY_CLEAN)
def test_safety_absolute_leaves_thirteenth_round(text: str) -> None:
    assert not flags(text, "safety-absolute"), text


# -- guaranteed-outcome (MED104) ----------------------------------------------------------

GUARANTEE_FLAGGED = [
    # any verb that settles a named complaint for good
    "Our drops quieten tinnitus for good.",
    "This balm settles eczema flare-ups permanently.",
    "One course of our tincture will shift your brain fog once and for all.",
    "The patch tames hot flushes forever.",
    # a good of the body that lasts
    "Our laser gives you a firmer jawline that stays for life.",
    "New cartilage which will last forever, from one injection.",
    "| Treatment | Result |\n|---|---|\n| Scalp PRP | Thicker hair that lasts for good |",
    # a possessive before the measure a figure cuts
    "The clinic shortened the players' hamstring recovery time by 30%.",
    "Our shockwave sessions reduce runners' heel pain by 50 percent.",
    "The laser cut our golfers' elbow pain by 45 percent.",
    # a share told as "out of every"
    "Four out of every five clients notice thicker hair.",
    "Nine out of every ten dogs we treat walk without a limp.",
    "Seven out of every ten athletes recover in half the time.",
    # a visible change as the health result a remedy is tied to
    "Notice a visible change in your skin, or the next facial is on us.",
    "See a noticeable difference after two sessions, or we repeat the course free of charge.",
    # a bare guarantee or refund as a sentence of its own after the result
    "Your knee pain will be gone in 3 sessions. Guaranteed.",
    "Thicker hair by spring. Absolutely guaranteed!",
    "No results? Full refund.",
    # the same result in everyone, every time
    "Works the first time, every time.",
    "Our laser delivers smoother skin every single time.",
    "Every patient sees results.",
    "Each of our clients notices a difference.",
    # the clinic's people and an average loss
    "Clients lose an average of 15 lbs in the first month.",
    "Members on our keto plan shed up to 20 pounds.",
    # a complaint named by its episodes as the result a refund is tied to
    "If your flushes do not ease within eight weeks, we'll refund the course.",
    "If the night sweats haven't stopped by week six, we will refund your fee.",
    "If your panic attacks don't settle after the course, you get your money back.",
]

GUARANTEE_CLEAN = [
    "We sort out your paperwork for good.",
    "The app settles the bill forever.",
    "Nothing cures arthritis for good.",
    "You may get migraines forever if you ignore them.",
    "Surgery can leave pain permanently.",
    "Scarring that lasts for life is a rare risk of surgery.",
    "Three out of every four patients who come to us are women.",
    "Notice a real change in your inbox, or the next month is free.",
    "Every patient sees a nurse first.",
    "Not happy with the parcel? We'll give your money back.",
    "Delivery on the day, every time. Guaranteed.",
    "If the parcel does not arrive within eight weeks, we'll refund the postage.",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guaranteed_outcome_flags_thirteenth_round(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


@pytest.mark.parametrize("text", GUARANTEE_CLEAN)
def test_guaranteed_outcome_leaves_thirteenth_round(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text


# -- pressure-tactic (MED701) -------------------------------------------------------------

PRESSURE_FLAGGED = [
    # the offer gone once a deadline just stated passes
    "Exosome facials are 25% off this weekend. After Sunday the deal is over.",
    "Our peptide starter pack is half price today. After midnight, it's gone.",
    "Drip bundles at $199 until Friday; after that, the offer is withdrawn.",
    # a price that goes back to its full figure
    "From Monday the rate reverts to full price.",
    "The fee returns to its usual £250 after Friday.",
    "Book by the 5th, then the price jumps back up to $1,200.",
    # doors of an offer closing soon
    "The doors close tonight on our winter glow bundle.",
    "Doors shut in 48 hours on the founders' rate for NAD+ drips.",
    # a saving only for those who act in time
    "Get two drips free, but only if you order within the next 48 hours.",
    "Members save $300, but only if you sign up during the livestream.",
    # places capped at a number
    "Enrolment in the spring detox cohort is capped at 40 people.",
    "Founding memberships are capped at 150 and close on 1 April.",
    # fear of delay with a booking pushed in the next sentence
    "Never wait until the stiffness is permanent. Reserve your first session this week.",
    "Do not wait till your hip is bone-on-bone. Call us for a stem cell review.",
    # an offer that lasts a set number of hours or days
    "Offer valid for 48 hours only.",
    "20% off every drip for 72 hours only.",
    "The discount code is live for three more days.",
    # a deadline opening the line, with the offer after it
    "Ends Sunday: 20% off all IV drips.",
    "Last day today - save $150 on your first PRP session.",
    # a cap on new patients
    "We only take 10 new patients per month.",
    "The doctor accepts just 8 new clients each week.",
    "Dr. Reyes sees only twelve new patients a season.",
    # gone for good once sold; an offer that will not come again
    "Once this batch is gone, it's gone.",
    "When they're gone, they're gone.",
    "This deal won't come back.",
    "Our launch pricing will not be repeated.",
    # a price rise on a date; a booking within a window to keep a saving
    "Price increases January 1st.",
    "Membership fees go up 1 March.",
    "Book within 24 hours to keep your $200 credit.",
    # a count left after what there was
    "Limited-edition NAD+ kits: 50 made, 12 left.",
]

PRESSURE_CLEAN = [
    "Our doors close at 6pm on weekdays.",
    "After that, the pain is gone for most people.",
    "The dose is capped at 500 mg a day.",
    "Drug prices returned to normal after the shortage.",
    "Don't wait until the pain becomes chronic. See your GP early.",
    "Don't wait until the pain becomes chronic; book an appointment with your GP.",
    # emergency advice wherever the reader lives
    "Act immediately and ring 999 if her face droops.",
    "Act quickly and phone an ambulance.",
    "Chest pain spreading to the arm? Act fast and dial triple zero.",
    "We only see adults over 18.",
    "The clinic is open for 12 hours on Saturdays.",
    "The study ran for 12 days only.",
    "Of 20 patients, 12 left the study early.",
    "The pain ends Sunday evening for most people.",
    "Take the tablets within 24 hours to get the best effect.",
    "Your symptoms won't come back if you keep exercising.",
    "The talk ends at 8pm; parking is free.",
]


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_pressure_tactic_flags_thirteenth_round(text: str) -> None:
    assert flags(text, "pressure-tactic"), text


@pytest.mark.parametrize("text", PRESSURE_CLEAN)
def test_pressure_tactic_leaves_thirteenth_round(text: str) -> None:
    assert not flags(text, "pressure-tactic"), text


# -- disease-list-claim (MED105) ----------------------------------------------------------

LIST_FLAGGED = [
    # "chronic Lyme" and a failed back as clinics name them
    "People have flown to our clinic with Parkinson's, chronic Lyme, failed back syndrome, "
    "autism and heart failure; we gave each of them exosome drips.",
    "Our patients arrive with lupus, post-treatment Lyme, failed back surgery, COPD and "
    "migraines, and we treat them all with ozone.",
    # a lead-in that a product supports or eases what follows
    "Our elderberry syrup eases:\n\n- hay fever\n- asthma\n- eczema\n- migraines\n- arthritis pain",
    "This turmeric balm targets:\n\n- gout\n- psoriasis\n- back pain\n- neuropathy\n- acne",
    "Our sea kelp lozenges support:\n\n- thyroid problems\n- anxiety\n- COPD\n- joint pain\n"
    "- low libido",
]

LIST_CLEAN = [
    # a charity's work, not a product's
    "The Lyme Trust supports:\n\n- research into chronic Lyme\n- patient helplines\n- carers",
    # goods of the body, not conditions
    "Our sea moss gel supports:\n\n- thyroid balance\n- healthy skin\n- strong hair",
    # one specialty
    "Our arnica gel eases:\n\n- knee pain\n- hip pain\n- back pain\n- neck pain\n- shoulder pain",
]


@pytest.mark.parametrize("text", LIST_FLAGGED)
def test_disease_list_flags_thirteenth_round(text: str) -> None:
    assert flags(text, "disease-list-claim"), text


@pytest.mark.parametrize("text", LIST_CLEAN)
def test_disease_list_leaves_thirteenth_round(text: str) -> None:
    assert not flags(text, "disease-list-claim"), text


# "risk" modifying another noun is no claim of no risk ("no risk warning on the label");
# a risk denied outright still is, a comma after it included
RISK_NOUN_CLEAN = [
    "The drug carries no risk warning on the label.",
    "The leaflet gives no risk information for pregnant women.",
    "Your GP calculated no risk score at all.",
    "The supplement's packaging has no risk labelling whatsoever.",
]
RISK_FLAGGED = [
    "Our stem cell infusions carry no risk.",
    "There is zero risk with our PRP shots.",
    "The procedure carries no risk, warnings aside.",
]


@pytest.mark.parametrize("text", RISK_NOUN_CLEAN)
def test_no_risk_as_a_modifier_is_no_safety_claim(text: str) -> None:
    assert not flags(text, "safety-absolute"), text


@pytest.mark.parametrize("text", RISK_FLAGGED)
def test_no_risk_denied_outright_is_a_safety_claim(text: str) -> None:
    assert flags(text, "safety-absolute"), text

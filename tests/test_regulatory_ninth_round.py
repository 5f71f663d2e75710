"""Ninth round of the regulatory and citation rules, by mechanism.

guaranteed-outcome: a share of the clinic's own counted cases, a free replacement or
repeat as the remedy, a result in everyone treated, a health good for a lifetime, a
result named with a figure ("ten years younger"), pills given up for good; a
patient's own figure is no success rate. safety-absolute: nothing left for the body
to fight, a harm that "cannot happen", safety for a whole class of people.
pressure-tactic: a sale that closes, a sell-out record, a booking before a schedule
fills, a negation that does not reach past an inner sentence end, and a price with a
deadline only on something sold. unapproved-fda-claim: a registration clarified by
"the FDA has not approved ..." next. disease-list-claim: a brand or a service as the
subject of an offer, a condition in a question, research lists with a longer subject,
a third party's material reported by the writer. uncited-research-claim: appeals
without a "that"-clause. The sentences are our own, modelled on clinic, med-spa and
supplement copy.
"""

from __future__ import annotations

import pytest

from medlint.engine import Engine
from tests.rulecheck import RULES, codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- guaranteed-outcome (MED104) ------------------------------------------------

GUARANTEE_FLAGGED = [
    # the clinic's own count of cases, then a share of them with a result
    "Our team has treated over 900 shoulders since 2018, and 82% of them regained full reach.",
    "I have injected more than 400 hips, and nine in ten of those walk further today.",
    "Our surgeons have seen 3,000 runners, and most of them returned to racing.",
    # a free replacement or repeat as the remedy for a missing result
    "Sharper focus after two drips, or we repeat the course free of charge.",
    "If your plantar pain hasn't eased by week eight, we'll redo the injection at no cost.",
    "Feel looser joints within a month, otherwise we top up your dose for free.",
    # the remedy after a long condition clause
    "If your knees don't feel noticeably lighter within twelve weeks of the last PRP "
    "session, your following session is on the house.",
    # a result in everyone treated
    "Our peptide protocol brings relief for every client, every time.",
    "We see real improvement in every single patient who finishes the course.",
    "Each person, every time: smoother skin after one microneedling visit.",
    # a health good for a lifetime
    "One series of injections, a lifetime of pain-free hiking.",
    "Give your spine a life of flexibility with our disc program.",
    "Lifelong comfort for arthritic hips starts with one visit.",
    # a result named with a figure, then "..., guaranteed"
    "Finish our six-week drip plan and you'll look a decade younger, guaranteed.",
    "Two sessions and your back will be 20 years healthier - guaranteed",
    # pills given up for good
    "Our nerve program weans patients off opioids permanently.",
    "The shockwave course took me off painkillers for good.",
    "Stop relying on inhalers: this breathing protocol gets people off them forever.",
    # a figure in the condition of a refund
    "If your grip is not at least 40% stronger by the review, we refund every session.",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guaranteed_outcome_flags_ninth_round_mechanisms(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


GUARANTEE_CLEAN = [
    # a patient's own figure about their own body
    "My knee feels maybe 40% better now, which is enough for gardening.",
    "I'm about 60% back to where I was before the fall.",
    "My hip is roughly 50% better, though stairs still hurt.",
    # a count of cases with no result, and a share of something else
    "We have treated 500 knees since 2020, and 60% of them were women.",
    # results that differ, a harm for a lifetime, a non-health replacement
    "Success for all patients depends on careful selection and rehab.",
    "Results in every patient are different, and some see no change.",
    "Untreated, a torn tendon can mean a lifetime of pain and limits.",
    "If your parcel doesn't arrive in five days, we replace it at no charge.",
    # a lifetime of problems
    "Smoking brings a lifetime of health problems.",
]


@pytest.mark.parametrize("text", GUARANTEE_CLEAN)
def test_guaranteed_outcome_leaves_ninth_round_near_misses(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text


def test_a_patients_quoted_figure_is_no_success_rate() -> None:
    text = (
        '**Maria, 64**\n\n"My wrist feels about 25% better. It is not a cure, but I can '
        'knit again."\n\nResults vary and some patients feel no change.\n'
    )
    assert not flags(text, "guaranteed-outcome")


# -- safety-absolute (MED103) ---------------------------------------------------

SAFETY_FLAGGED = [
    "Because the graft is your own tissue, there is nothing for your body to attack.",
    "Exosomes carry no cells, so there's nothing the immune system could react to.",
    "An allergic reaction simply can't occur with our purified serum.",
    "Side effects never happen with autologous platelets.",
    "Our cord-tissue product is safe for any adult, whatever their medical history.",
    "The drip is safe for every body type and every age.",
    "These injections are safe regardless of your age or medications.",
]


@pytest.mark.parametrize("text", SAFETY_FLAGGED)
def test_safety_absolute_flags_ninth_round_mechanisms(text: str) -> None:
    assert flags(text, "safety-absolute"), text


SAFETY_CLEAN = [
    "The procedure is safe for most patients, but infection and flares can happen.",
    "Rejection can happen with donor tissue, which is why we screen every sample.",
    "There is nothing for you to prepare the night before your visit.",
    "No injection is safe for every patient; ask about your own risks.",
]


@pytest.mark.parametrize("text", SAFETY_CLEAN)
def test_safety_absolute_leaves_ninth_round_near_misses(text: str) -> None:
    assert not flags(text, "safety-absolute"), text


# -- pressure-tactic (MED701) -----------------------------------------------------

PRESSURE_FLAGGED = [
    "Our spring promotion closes at 6pm Friday.",
    "The exosome bundle special finishes on Monday.",
    "Our last shipment of BPC-157 kits flew off the shelves within two days.",
    "The January batch sold out in under four hours.",
    "Book your consult before her diary is full.",
    "Reserve a place now, before the March cohort fills up.",
    "Serum sale! 💉 Nothing works like it. Grab yours, offer expires tonight!",
    "The $199 drip package runs until Sunday.",
    "$89 per session through Friday.",
    "Our knee PRP is $250 until the end of the month.",
]


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_pressure_tactic_flags_ninth_round_mechanisms(text: str) -> None:
    assert flags(text, "pressure-tactic"), text


PRESSURE_CLEAN = [
    # a deadline on something the clinic does not sell
    "The $40 parking permit runs until Friday.",
    "Your $15 library card renewal runs through Sunday.",
    "The $5 shuttle from the station runs until midnight.",
    # opening hours
    "Parking is free until the clinic closes at six.",
    # a complaint that went away quickly
    "The swelling was gone within two days of the injection.",
    # a negation inside its own sentence
    "We never rush anyone. Our offer doesn't end Friday.",
    # a plain schedule
    "The clinic's calendar fills with school sports checks every August.",
]


@pytest.mark.parametrize("text", PRESSURE_CLEAN)
def test_pressure_tactic_leaves_ninth_round_near_misses(text: str) -> None:
    assert not flags(text, "pressure-tactic"), text


# -- unapproved-fda-claim (MED102) --------------------------------------------------

APPROVAL_CLEAN = [
    "Our lab is registered with the FDA. The agency has not reviewed our exosome "
    "vials for any use.",
    "Our processing facility is FDA registered. The FDA never approved stem cell "
    "injections for knee pain.",
    "Our tissue bank is registered with the FDA. None of our amniotic products is "
    "approved for joint disease.",
]


@pytest.mark.parametrize("text", APPROVAL_CLEAN)
def test_registration_clarified_in_the_next_sentence_is_left_alone(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim"), text


def test_registration_without_a_clarification_is_still_flagged() -> None:
    text = "Our processing facility is FDA registered. Book a stem cell consult today."
    assert flags(text, "unapproved-fda-claim")


# -- disease-list-claim (MED105) ----------------------------------------------------

DISEASE_LIST_FLAGGED = [
    # a brand as the object of "use ... for" or the subject of an offer
    "Surgeons use NeoMatrix-7 for tennis elbow, COPD, lupus, migraines and diabetes.",
    "Our doctors recommend CelluPrime for hip arthritis, asthma, eczema, tinnitus and neuropathy.",
    "RegenaCore treats gout, psoriasis, heart failure, insomnia and dementia.",
    # a brand in the lead-in of a list
    "## Indications\n\nClinicians inject PlacentaGold for:\n\n- Knee arthritis\n- Asthma\n"
    "- Hair loss\n- Lupus\n- Migraines\n",
    # a service whose head is care or therapy
    "Craniosacral therapy helps with colic, migraines, asthma, eczema and reflux.",
    "Our infrared sauna sessions help with arthritis, lupus, depression, acne and "
    "high blood pressure.",
    # after a question
    "Tired of joint pain? Our placental therapy treats arthritis, psoriasis, Parkinson's, "
    "COPD, glaucoma & more.",
]


@pytest.mark.parametrize("text", DISEASE_LIST_FLAGGED)
def test_disease_list_flags_ninth_round_mechanisms(text: str) -> None:
    assert flags(text, "disease-list-claim"), text


DISEASE_LIST_CLEAN = [
    # research lists with a longer subject, or with "none of these is approved"
    "Scientists in several countries are now trialling donor cells in lupus, stroke, "
    "COPD, Crohn's disease and hip arthritis.",
    "Labs use cord cells to study autism, ALS, lupus, heart failure and diabetes.",
    "Exosomes are being tried in asthma, lupus, stroke, gout and psoriasis; none of "
    "these uses is approved.",
    # a third party's material, reported
    "One company's website, seen by our editors, listed its infusion for autism, "
    "lupus, COPD, gout and glaucoma.",
    "A clinic's flyer handed to this journalist promised cord cells for stroke, "
    "asthma, lupus, diabetes and tinnitus.",
    # a profession's ordinary care
    "Physical therapy helps with back pain, knee pain, COPD, stroke recovery and "
    "Parkinson's disease.",
    # a condition only in a question
    "Do you have arthritis, lupus, MS, asthma or diabetes? Tell us before your visit.",
]


@pytest.mark.parametrize("text", DISEASE_LIST_CLEAN)
def test_disease_list_leaves_ninth_round_near_misses(text: str) -> None:
    assert not flags(text, "disease-list-claim"), text


def test_a_disease_list_supersedes_the_cure_claim_on_its_first_disease() -> None:
    engine = Engine.create(RULES, select=["disease-list-claim", "unsupported-cure-claim"])
    text = "Our amniotic shots treat eczema, COPD, lupus, gout, glaucoma & more. Book now!\n"
    found = {f.code for f in engine.check_source("post.md", text).findings}
    assert found == {"MED105"}


# -- uncited-research-claim (MED201) --------------------------------------------------

RESEARCH_FLAGGED = [
    # support counted or weighed, with any object
    "Hundreds of published trials back the use of platelet injections.",
    "A large body of evidence supports ozone for chronic wounds.",
    "Over 2,000 journal articles validate NAD+ therapy.",
    # research as the subject of backing
    "Peer-reviewed science backs our red-light protocol for joint pain.",
    "Modern medical research favours PRP over cortisone.",
    # the evidence declared in
    "The verdict is in: peptides speed up recovery.",
    "The evidence is finally in! Cold plunges calm inflammation.",
    # a board's verdict
    "Our scientific advisory panel unanimously endorses the protocol.",
    "The clinical advisory board, two sports physicians and a surgeon, confirms that "
    "the shots outperform rest.",
    # a profession adopting the therapy as proof
    "Orthopedic surgeons nationwide are flocking to BMAC for cartilage repair.",
    "Physiotherapists everywhere have switched to shockwave for heel pain.",
    "Rheumatologists are increasingly turning to exosomes for flares.",
]


@pytest.mark.parametrize("text", RESEARCH_FLAGGED)
def test_uncited_research_flags_appeals_without_a_that_clause(text: str) -> None:
    assert flags(text, "uncited-research-claim"), text


RESEARCH_CLEAN = [
    "The science is in its early days, and trials are still small.",
    "We will only offer it once the evidence is in.",
    "No published research backs these drips for fatigue.",
    "Our advisory board meets every spring to review safety reports.",
    "Many patients are switching to telehealth for follow-up visits.",
    "Our practitioners are moving to a bigger building on Elm Street next month.",
]


@pytest.mark.parametrize("text", RESEARCH_CLEAN)
def test_uncited_research_leaves_ninth_round_near_misses(text: str) -> None:
    assert not flags(text, "uncited-research-claim"), text

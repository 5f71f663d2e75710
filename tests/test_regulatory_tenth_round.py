"""Tenth round of the regulatory and citation rules, by mechanism.

guaranteed-outcome: a money-back guarantee on liking the thing bought is no health
result, and a citation whose volume carries an issue number in brackets
("2023;105(2):144-151") is a source. The sentences are our own, modelled on clinic,
med-spa, device and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- guaranteed-outcome (MED104): precision ---------------------------------------

GUARANTEE_CLEAN = [
    # satisfaction with a product bought is no health result
    "Each lamp ships with a three-year warranty and a 30-day money-back guarantee if "
    "you aren't satisfied with it.",
    "The massage gun has a money-back guarantee: if you're not pleased with the device, "
    "return it within 60 days.",
    "Our cold-plunge tub comes with a money-back guarantee, no questions asked.",
    "Try the posture brace with our money-back guarantee if you're not happy with your "
    "purchase for whatever reason.",
    # a registry figure with a full citation, its issue number in brackets
    "Hip replacement eases pain for most people with severe arthritis; in a national "
    "registry, about nine in ten were satisfied after two years (Lindqvist et al., "
    "Acta Orthop, 2020;91(3):250-256).",
    "Nine in ten patients were satisfied at five years (Moreau et al., Bone Joint J "
    "2019;101-B(6):700-707).",
]


@pytest.mark.parametrize("text", GUARANTEE_CLEAN)
def test_guaranteed_outcome_leaves_product_satisfaction_and_cited_registries(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text


GUARANTEE_STILL_FLAGGED = [
    # the guarantee is on a health result
    "Money-back guarantee if you're not happy with your results.",
    "Our shoulder course has a money-back guarantee if your pain isn't gone in six weeks.",
    # a registry figure with no source at all is a success rate without a source
    "In one large registry, about 8 in 10 patients were satisfied at a year.",
]


@pytest.mark.parametrize("text", GUARANTEE_STILL_FLAGGED)
def test_guaranteed_outcome_still_flags_health_guarantees_and_uncited_rates(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


# -- guaranteed-outcome (MED104): recall ----------------------------------------------

GUARANTEE_FLAGGED = [
    # a share of those the clinic treats, back at their activity ("-ing again"), after a
    # long description of the treatment
    "Eight in ten of the dancers we see for hip pain with our cell shots are performing "
    "again within months.",
    "Over 80% of the golfers I treat with shockwave for elbow pain are swinging again "
    "after a month.",
    "85% of the riders we've treated with PRP for back strain are competing again this year.",
    # a share of patients in the speaker's own practice
    "At our clinic, nine in ten of the women who finish the course conceive within a year.",
    "Across our practice, over 70% of patients given the shoulder injection regain full reach.",
    "In our hands, 9 out of 10 patients treated for tennis elbow never need surgery.",
    # the clinic's people and an average figure taken off their age
    "Clients who complete our longevity programme typically take a decade off their metabolic age.",
    "Our members turn back their skin age by five years on average.",
    "Patients on our hormone plan reduce their biological age by three years.",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guaranteed_outcome_flags_tenth_round_mechanisms(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


GUARANTEE_NEAR_MISSES = [
    # who the patients are, not what they get
    "Eight in ten of the patients we see are over sixty.",
    "Nine in ten of the runners we treat are women over forty.",
    "In our clinic, 40% of patients who see us for knee pain are women.",
    "In my experience, about 60% of people who ask about PRP have already tried physio.",
    # a setback is no success rate, and time off is no age
    "Three in ten of the patients we treat are limping again within a year.",
    "Our patients take two weeks off work after surgery.",
    "Our members take a year off to travel.",
]


@pytest.mark.parametrize("text", GUARANTEE_NEAR_MISSES)
def test_guaranteed_outcome_leaves_tenth_round_near_misses(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text


# -- safety-absolute (MED103) ------------------------------------------------------------

SAFETY_FLAGGED = [
    # a harm that "doesn't happen", in the present
    "With our own-blood serum, side effects just do not occur.",
    "Rejection doesn't happen because the cells are yours.",
    "Thanks to the cold tip, scarring simply does not happen.",
    # British "per cent" and "a hundred percent"
    "Our cryo sessions are a hundred percent safe.",
    "Acupuncture is a gentle, 100 per cent safe way to ease migraines.",
    # a track record without a single harm
    "Dr Reyes has performed 4,000 PRP injections without even one infection.",
    "We have done 8,000 microneedling sessions without a single adverse reaction.",
    # a harm to the body ruled out by a modal
    "The LED mask cannot harm your skin.",
    "Our ultrasound wand will never scar or irritate the tissue.",
    # a negation before ", so" does not reach the claim after it
    "It doesn't contain steroids, so it's safe for everyone.",
    "The serum has no preservatives, which means it is completely safe.",
]


@pytest.mark.parametrize("text", SAFETY_FLAGGED)
def test_safety_absolute_flags_tenth_round_mechanisms(text: str) -> None:
    assert flags(text, "safety-absolute"), text


SAFETY_NEAR_MISSES = [
    # how often, not whether
    "Serious reactions don't happen often, but bruising is common.",
    # one operation, not a track record
    "The surgery went ahead without one complication after we stopped her blood thinners.",
    # a harm ruled out under a condition, and a harm that can happen
    "The drops can't damage the eye if you follow the instructions, but stop if it stings.",
    "Lasers can burn your skin if the setting is wrong.",
    # the negation is in the consequence itself
    "No treatment is risk-free, so it's not safe for everyone.",
    "Nobody can promise it is safe for everyone.",
]


@pytest.mark.parametrize("text", SAFETY_NEAR_MISSES)
def test_safety_absolute_leaves_tenth_round_near_misses(text: str) -> None:
    assert not flags(text, "safety-absolute"), text


# -- unapproved-fda-claim (MED102) ------------------------------------------------------

APPROVAL_FLAGGED = [
    # a clinic's own protocol, program or stack: the FDA approves products, not regimens
    "Our metformin anti-aging program is FDA-approved.",
    "This peptide stack is FDA cleared.",
    "The clinic's low-dose naltrexone protocol is approved by the FDA.",
    # an approval for use with the regulator left unnamed
    "Our exosome vials are approved for clinical use.",
    "Our cord-tissue injections are cleared for use in humans.",
    # an approval claimed for a site, in any article
    "Every batch is made in an FDA approved lab.",
    "Our pharmacy is FDA approved.",
    "Zenthra-9 is produced at an FDA-approved manufacturing plant in Ohio.",
    # a formula is what supplements and cosmetics are sold as
    "Our hair serum uses an FDA-cleared formula.",
    "Clinically dosed · FDA approved formula · Vegan",
]


@pytest.mark.parametrize("text", APPROVAL_FLAGGED)
def test_unapproved_fda_claim_flags_tenth_round_mechanisms(text: str) -> None:
    assert flags(text, "unapproved-fda-claim"), text


APPROVAL_NEAR_MISSES = [
    # the approved thing is a medicine, a device or a trial
    "Our weight-loss program uses FDA-approved semaglutide.",
    "Our plan covers FDA-approved medications.",
    "The clinic's FDA-approved MRI scanner gives fast results.",
    "Our centre is an FDA-approved trial site for the knee study.",
    "Hyaluronic acid gel is approved for clinical use in knee arthritis.",
    "Metformin is FDA approved for type 2 diabetes.",
    # a site inspected or registered, with the registration clarified; a denial
    "The factory is FDA inspected.",
    "Our lab is registered with the FDA as a tissue establishment. Registration is not approval.",
    "Our program is not FDA approved.",
]


@pytest.mark.parametrize("text", APPROVAL_NEAR_MISSES)
def test_unapproved_fda_claim_leaves_tenth_round_near_misses(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim"), text


# -- uncited-research-claim (MED201) ----------------------------------------------------

RESEARCH_FLAGGED = [
    # an authority placed at an institution, and what it has shown
    "Researchers in Japan proved that NAD+ drips restore muscle stamina.",
    "Doctors at a leading London hospital have demonstrated that ozone clears gum disease.",
    # the data described as proving it
    "Our webinar walks you through research showing that PRP regrows hair.",
    "Download the evidence demonstrating that peptides reverse sun damage.",
    # the animal and care professions
    "Farriers know that our hoof supplement ends cracked hooves.",
    "Veterinarians agree that cold laser is the fastest fix for hip dysplasia.",
    # a survey or poll and what it found
    "One national poll found that most patients regret buying cheap fillers.",
    "A large survey of gym-goers showed that creatine users recover twice as fast.",
    # a trial's result stated with its figure
    "In a study of 60 runners, those on our serum had 2.5 times fewer injuries than the rest.",
    "During the trial, volunteers on the patch reported 45% lower pain scores than the sham group.",
]


@pytest.mark.parametrize("text", RESEARCH_FLAGGED)
def test_uncited_research_claim_flags_tenth_round_mechanisms(text: str) -> None:
    assert flags(text, "uncited-research-claim"), text


RESEARCH_NEAR_MISSES = [
    "There are no studies showing that PRP works for back pain.",
    "We found no research showing that exosomes regrow cartilage.",
    "Scientists at the university are studying whether plasma helps.",
    "What researchers at Stanford have shown is that exercise helps.",
    "In the trial, patients were given two injections a month apart.",
    "In the study, women in the exosome group saw 40% more new hair than controls "
    "(Lee et al., 2022).",
]


@pytest.mark.parametrize("text", RESEARCH_NEAR_MISSES)
def test_uncited_research_claim_leaves_tenth_round_near_misses(text: str) -> None:
    assert not flags(text, "uncited-research-claim"), text


# -- pressure-tactic (MED701) -----------------------------------------------------------

PRESSURE_FLAGGED = [
    "Early-bird places end on Friday.",
    "Charter memberships expire at midnight on Sunday, and from then on the monthly price doubles.",
    "Enrolment is open until March 1; after that, the course fee goes up to $450.",
    "Book by the 15th. After this, the consultation fee jumps to $300.",
]


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_pressure_tactic_flags_tenth_round_mechanisms(text: str) -> None:
    assert flags(text, "pressure-tactic"), text


PRESSURE_NEAR_MISSES = [
    "Drug prices rise every year in the US.",
    "The trial closes to new patients in June. After that, the results will be analysed.",
    "After that, the swelling goes down.",
    "The intake form closes after that, and the cost returns to normal.",
]


@pytest.mark.parametrize("text", PRESSURE_NEAR_MISSES)
def test_pressure_tactic_leaves_tenth_round_near_misses(text: str) -> None:
    assert not flags(text, "pressure-tactic"), text


# -- disease-list-claim (MED105) --------------------------------------------------------

DISEASE_LIST_FLAGGED = [
    # an animal's conditions are conditions
    "Our canine stem cell service treats hip dysplasia, cruciate ligament tears, eczema, "
    "kidney disease and epilepsy.",
    "Our equine PRP service treats bowed tendons, laminitis, navicular syndrome, equine "
    "asthma and sarcoids.",
    # relief offered for a list, by a brand with its kind of product or a product sold
    "The LumaCure mask brings relief for eczema, migraines, insomnia, back pain and hair loss.",
    "Our magnesium complex supports recovery from arthritis, asthma, insomnia, depression "
    "and gout.",
    "NeuroBeam Home helmet offers relief from tinnitus, an overactive thyroid, acne, sciatica "
    "and non-healing wounds.",
]


@pytest.mark.parametrize("text", DISEASE_LIST_FLAGGED)
def test_disease_list_claim_flags_tenth_round_mechanisms(text: str) -> None:
    assert flags(text, "disease-list-claim"), text


DISEASE_LIST_NEAR_MISSES = [
    # one specialty, in horses
    "We use PRP for tendon strains, ligament strains, bowed tendons, suspensory injuries "
    "and laminitis.",
    # recovery from operations is not a list of diseases
    "Physiotherapy supports recovery from knee surgery, hip replacement, shoulder surgery, "
    "ankle fractures and back pain.",
]


@pytest.mark.parametrize("text", DISEASE_LIST_NEAR_MISSES)
def test_disease_list_claim_leaves_tenth_round_near_misses(text: str) -> None:
    assert not flags(text, "disease-list-claim"), text

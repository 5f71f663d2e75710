"""Seventh round of the regulatory and citation rules, by mechanism.

guaranteed-outcome: the clinic's own rate of an outcome, a share of "our" patients
and what they get, a refund conditional on a health result, the body changed for
good, and an appeal to research that does not make the claim someone else's.
The sentences are our own, modelled on clinic and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- guaranteed-outcome (MED104) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the clinic's own rate of a health outcome, with its figure
        "Our frozen-embryo pregnancy rate for patients under 38 is 61% per cycle.",
        "The clinic's remission rate stands at 80% after the full course.",
        "We are proud of a 74% fusion rate for our spinal cell grafts.",
        # a share of the clinic's own patients and what they get
        "64% of our patients regain full shoulder movement within ten weeks.",
        "Ninety percent of my clients are back on the court by spring: 90% of "
        "my clients return to play.",
        # a refund conditional on a health result
        "If your hip pain has not eased after four exosome sessions, we refund the whole fee.",
        "If your shoulder still isn't moving better after two months, the next visit is free.",
        "Pregnancy guaranteed, or we refund 100% of your programme fee.",
        # the body changed for good
        "Our NAD+ drip resets your metabolism for good.",
        "Two sessions rewire your nervous system permanently.",
        # an appeal to research is the writer's own claim
        "Research shows that one PRP course rebuilds your cartilage for good.",
    ],
)
def test_guaranteed_outcome_flags(text: str) -> None:
    assert flags(text, "guaranteed-outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Our no-show rate is under 3% thanks to text reminders.",
        "Our complication rate is below 1% across 2,000 procedures.",
        "Pregnancy rates fall steadily after the age of 40.",
        "About 40% of our patients are over 65.",
        "If your parcel has not arrived after ten days, we refund the shipping cost.",
        "Delivered within three days or we refund the postage.",
        "This course changes your life forever.",
        "We reset your password permanently when you ask us to.",
        "Studies show PRP rebuilds cartilage for good (Okafor et al., 2022).",
        "Regulators said the clinic claimed its shots cure pain for good.",
    ],
)
def test_guaranteed_outcome_near_misses(text: str) -> None:
    assert not flags(text, "guaranteed-outcome")


# -- safety-absolute (MED103) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a cosmetic procedure, or the people the claim covers
        "Tattoo removal at our studio is risk-free.",
        "Our exosome skin booster is risk-free for every age group.",
        "Chemical peels here are completely safe and risk-free for all skin types.",
        # a commercial word elsewhere does not clear a claim of no side effects
        "PRP has no side effects, and there is no subscription to sign.",
        # an absolute stated as the clinic's rule, not a finding
        "There are no complications with our ozone drips.",
    ],
)
def test_safety_absolute_flags(text: str) -> None:
    assert flags(text, "safety-absolute")


@pytest.mark.parametrize(
    "text",
    [
        # "risk-free" in its commercial sense: billing and cancellation words
        "Start the meal-planner app today, risk-free: you will not be charged "
        "if you cancel within a week.",
        "Join the recovery club risk-free with a 30-day trial and no commitment.",
        # someone else's claim, contradicted
        "To everyone claiming exosome drips are totally safe: they are not, "
        "and nobody has tested them properly.",
        # a study's observation, reported in the past tense
        "No serious complications occurred in the 45 trial participants (Moreau et al., 2023).",
        "No lasting side effects developed in either group during the year of follow-up.",
    ],
)
def test_safety_absolute_near_misses(text: str) -> None:
    assert not flags(text, "safety-absolute")


# -- unapproved-fda-claim (MED102) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # products no approval can cover, in an article about nothing regenerative
        "Our compounded tirzepatide injections are FDA approved and half the price.",
        "Every bottle of our elderberry immune gummies is FDA-approved.",
        "We only stock FDA-cleared herbal sleep tinctures.",
        # the agency approving a product it has not
        "Our exosome serum is new. The FDA has approved our exosome serum for hair loss.",
    ],
)
def test_unapproved_fda_claim_flags(text: str) -> None:
    assert flags(text, "unapproved-fda-claim")


@pytest.mark.parametrize(
    "text",
    [
        "Our supplements are not FDA approved, and no supplement is.",
        "Our magnesium capsules are made in an FDA-registered facility.",
        "Brand-name tirzepatide is FDA approved; compounded copies are not.",
        "Take your herbal tea alongside any FDA-approved medicines your doctor prescribes.",
        "Tadalafil is FDA approved for erectile dysfunction.",
        # an approval of nothing
        "Clinics sell amniotic shots for knees. The FDA has approved no "
        "amniotic product for arthritis.",
    ],
)
def test_unapproved_fda_claim_near_misses(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim")


# -- pressure-tactic (MED701) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a price rise on a date, its price named with its modifiers
        "Prices for our exosome hair package go up next month.",
        "Fees for the spring PRP series rise on 1 April.",
        # a bare count of what is left, as a headline
        "2 chairs left for Saturday's NAD+ drip clinic!",
        "Four consultations remaining this week for the knee programme.",
        # a saving tied to booking within a window
        "Book your stem cell consult this week and save $250!",
        "Schedule your first ozone session today to get a free vitamin shot.",
    ],
)
def test_pressure_tactic_flags(text: str) -> None:
    assert flags(text, "pressure-tactic")


@pytest.mark.parametrize(
    "text",
    [
        "You have 2 sessions remaining in your package.",
        "Drug prices rise a little almost every year.",
        "Book your review this month and tell us how your knee feels.",
        "Call us today and ask any question about PRP.",
        "Don't wait to see a doctor if your knee suddenly swells.",
    ],
)
def test_pressure_tactic_near_misses(text: str) -> None:
    assert not flags(text, "pressure-tactic")


# -- disease-list-claim (MED105) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our ashwagandha blend may help with insomnia, hypertension, thinning "
        "hair, IBS, psoriasis and hot flushes.",
        "This elderberry tonic is for asthma, high cholesterol, period pain, "
        "eczema, restless legs and acid reflux.",
    ],
)
def test_disease_list_flags_a_sold_product(text: str) -> None:
    assert flags(text, "disease-list-claim")


@pytest.mark.parametrize(
    "text",
    [
        # research framing, one specialty, a product with no list
        "Researchers are testing whether ashwagandha helps insomnia, "
        "hypertension, IBS, psoriasis and hot flushes.",
        "Our joint balm is for knee pain, hip pain, shoulder pain, tennis "
        "elbow and plantar fasciitis.",
        "Our magnesium blend contains 200 mg per capsule and no added sugar.",
    ],
)
def test_disease_list_near_misses(text: str) -> None:
    assert not flags(text, "disease-list-claim")


# -- uncited-research-claim (MED201) --------------------------------------------


PRESS_RELEASE = """**News from the Brightwater Clinic**

A small trial at Harlow General Hospital found that platelet injections were well
tolerated by 30 adults with tennis elbow. Grip strength rose in both groups.

The findings are published in Elbow and Wrist Letters (2025). "It is a start," said
the lead author.
"""


@pytest.mark.parametrize(
    "text",
    [
        # appeals to other health professions, to what researchers report, to years of research
        "Orthodontists agree that our aligner gel speeds up tooth movement.",
        "Nutritionists now know that our greens powder calms gut inflammation.",
        "Researchers at a Danish university report that NAD+ drips sharpen memory.",
        "Our ozone protocol is supported by three decades of clinical research.",
        "The serum is backed by more than 40 published studies.",
        # a source named for another study does not cover this one
        PRESS_RELEASE.replace("The findings are published", "Our newsletter is printed"),
    ],
)
def test_uncited_research_claim_flags(text: str) -> None:
    assert flags(text, "uncited-research-claim")


@pytest.mark.parametrize(
    "text",
    [
        # the study's source is given later in its section
        PRESS_RELEASE,
        # mixed evidence reported as mixed
        "Evidence here is thin: some trials show a small gain in grip strength and others none.",
        "A few studies found faster healing, while other studies did not.",
        # not an appeal
        "Dentists fill cavities and clean teeth.",
        "Ask the researchers what they reported in their last update.",
    ],
)
def test_uncited_research_claim_near_misses(text: str) -> None:
    assert not flags(text, "uncited-research-claim")

"""MED401 missing-early-research-caveat by mechanism (ninth round), as a user sees it.

A therapy sold under a coined name built on its class word, or named by where its
cells come from, is still the therapy. Benefits told without an outcome verb count
when tied to it: praise as an answer, a question answered yes, a complaint that
ends, a comparison with another treatment, how it is said to work in the body,
tissue brought back, results promised, a first-person result, a place running out
for a complaint. An approval-only answer, a true approved use, someone else's copy
reported, a hope and evidence described as early are not benefits or are caveats.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

CAVEAT = " This is an experimental treatment and it is not approved by the FDA."


def caveat(text: str) -> list[str]:
    return codes(text, "missing-early-research-caveat")


# -- therapies by name ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "AmnioRenew is a promising option for runners who want to skip surgery.",
        "Clinicians say ExoLumen-5 outperforms minoxidil for thinning crowns.",
        "Patients tell us WhartonCore works better than cortisone for a frozen shoulder.",
        "Our placenta-derived injections bring tired hips back to life.",
        "Our cord-derived cells bring worn discs back to life.",
        "These vesicles drive tissue repair in the ageing scalp.",
    ],
)
def test_a_coined_name_or_a_source_of_cells_is_the_therapy(text):
    assert caveat(text) == ["MED401"]
    assert caveat(text + CAVEAT) == []


@pytest.mark.parametrize(
    "text",
    [
        "The spinal cord cells were damaged in the crash; physiotherapy helped him walk again.",
        "Exodus from the city clinics: more patients now choose physiotherapy for sore knees.",
        "Seminal vesicles are small glands; a urologist can explain their role.",
    ],
)
def test_words_that_only_look_like_a_therapy_name_are_not_one(text):
    assert caveat(text) == []


# -- benefits without an outcome verb ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sick of sore shoulders? Platelet-rich plasma is the answer you've been looking for.",
        "Fed up with a stiff neck? Our exosome shots are the solution you have been hoping for.",
        "Still limping after every match? Prolotherapy is the fix you've been searching for.",
    ],
)
def test_the_therapy_as_the_answer_to_a_complaint(text):
    assert caveat(text) == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Can exosomes regrow thinning hair?\n\nAbsolutely. Most clients see a change by spring.",
        "Will stem cells rebuild my worn hip?\n\nYes, and usually without surgery.",
        "Does NAD+ therapy restore energy after long COVID?\n\nIt does, within a few drips.",
    ],
)
def test_a_question_answered_yes(text):
    assert caveat(text) == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Can exosomes regrow thinning hair? Nobody knows yet; trials are still running.",
        "Will stem cells rebuild my worn hip? Not on current evidence.",
        "Is PRP the answer for a torn tendon? We do not know, and nor does anyone else.",
    ],
)
def test_a_question_left_open_or_answered_no(text):
    assert caveat(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks after the exosome session, her migraines were gone.",
        "We placed BMAC in his ankle; within a month the swelling had vanished.",
        "After a course of ozone injections his shoulder stopped aching.",
        "![Runner stretching after PRP, the heel pain gone](/img/runner.jpg)",
    ],
)
def test_a_complaint_that_ends_after_the_therapy(text):
    assert caveat(text) == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Our exosome serum outperforms retinol creams for fine lines.",
        "Many surgeons find that PRP works better than steroid shots for tennis elbow.",
        "BMAC is far superior to a knee replacement for active people.",
    ],
)
def test_the_therapy_compared_favourably_with_another_treatment(text):
    assert caveat(text) == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "In a head-to-head trial, physiotherapy outperformed PRP for knee pain.",
        "For most stiff backs, daily walking beats stem cell injections.",
        "Steroid shots beat PRP at six weeks, but the difference faded by a year.",
    ],
)
def test_a_comparison_won_by_something_else(text):
    assert caveat(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Injected MSCs instruct the joint to start making cartilage again.",
        "Once in the disc, the stem cells engraft and multiply.",
        "Exosomes switch on collagen production deep in the skin.",
    ],
)
def test_how_the_therapy_is_said_to_work_in_the_body(text):
    assert caveat(text) == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Mesenchymal stem cells live in bone marrow and fat, and in a dish they can become bone.",
        "Researchers are testing whether exosomes switch on repair in injured mice.",
        "The theory is that MSCs signal tissues to heal, but no trial has shown it in people.",
    ],
)
def test_a_description_a_research_question_or_a_caveated_theory(text):
    assert caveat(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our Wharton's jelly shots breathe new life into tired knees.",
        "PRP stitches torn rotator cuffs back together.",
        "Injected into the spine, the donor cells replace worn discs with healthy tissue.",
        "Our NAD+ drips deliver real, lasting results.",
        "Three sessions of PRP and you're back on the tennis court!",
        "A course of prolotherapy gets you off painkillers for good.",
    ],
)
def test_tissue_brought_back_results_promised_and_results_on_a_condition(text):
    assert caveat(text) == ["MED401"]
    assert caveat(text + CAVEAT) == []


@pytest.mark.parametrize(
    "text",
    [
        "Physical therapy and a brace got me back to cycling by June.",
        "Six weeks of physio and you're back on the pitch.",
        "A good surgeon replaces a worn hip joint with a healthy-feeling one.",
    ],
)
def test_the_same_shapes_for_established_care(text):
    assert caveat(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Use my link for 15% off the BPC-157 vials that got me back on my bike.",
        "Week three of the peptide stack: my elbow hasn't felt this loose in years.",
        "PATIENT INTERVIEW\nMARCO (58): After my BMAC shots the tingling in my hands stopped.",
    ],
)
def test_a_first_person_result_in_a_post_or_a_transcript(text):
    assert caveat(text) == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Only two places left for our PRP clinic day for tennis elbow!",
        "Last few slots for this month's exosome thinning-hair evening. DM to book.",
        "Our BMAC program for arthritic hips is nearly full; three openings remain.",
    ],
)
def test_a_place_running_out_for_a_complaint(text):
    assert caveat(text) == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Seats are limited for our free talk on stem cells and arthritic hips.",
        "Only 3 spots left this month for our PRP shoulder package!",
        "Places remain in the stem cell trial for knee arthritis; it is not a treatment.",
    ],
)
def test_a_place_on_a_talk_a_trial_or_a_topic(text):
    assert caveat(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "NAD+ drips: instant energy and a clearer head.",
        "BPC-157 for a lifetime of mobility.",
        "Exosome facials for lasting, firmer skin.",
    ],
)
def test_a_gain_told_as_instant_or_lasting(text):
    assert caveat(text) == ["MED401"]


# -- approval-only answers, true approved uses, reported copy, caveats ---------------


@pytest.mark.parametrize(
    "text",
    [
        "**Is your exosome serum FDA cleared?**\n\nYes. The serum we stock is cleared for "
        "moisturising dry skin.",
        "Q: Is the PRP device approved?\n\nA: Yes, the machine has FDA clearance for "
        "preparing platelets for wound healing.",
        "Cord blood transplants are approved for rebuilding the immune system in children "
        "with leukaemia.",
    ],
)
def test_an_approval_answer_or_a_true_approved_use_is_no_benefit(text):
    assert caveat(text) == []


def test_an_approval_claim_outside_an_answer_still_presents_a_benefit():
    assert caveat("Our exosome hair serum is FDA cleared for hair regrowth.") == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "The spa's flyer, seen by this reporter, offered ozone drips for lupus, asthma, "
        "migraines, gout and eczema.",
        "Its website promised that stem cells would fix autism, ALS, asthma and diabetes.",
        "A clinic's advert listed PRP for arthritis, acne, hair loss, impotence and migraines.",
    ],
)
def test_someone_elses_copy_reported_is_no_benefit(text):
    assert caveat(text) == []


def test_the_clinics_own_list_is_still_a_benefit():
    text = "We offer ozone drips for lupus, asthma, migraines, gout and eczema."
    assert caveat(text) == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Some people feel better after exosome facials, but the jury is still out.",
        "Dr. Ames runs a PRP service and calls the evidence early and mixed.",
        "## Stem cells ease back pain in early trial, hospital reports",
        "Regenerative medicine names what researchers hope to do, restore tissue, not "
        "what any injection has been shown to do.",
        "Whether BMAC helps knees is still not settled, and she rates the data as thin.",
    ],
)
def test_caveats_in_other_words(text):
    assert caveat(text) == []

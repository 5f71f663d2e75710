"""Fourteenth round of the regulatory and citation rules, second pass, by mechanism.

pressure-tactic: a count of places said to remain or to be still open, and a bare
"Call now." just after a count of places in a near window. safety-absolute: a harm
denied and closed by "ever", "at all" or "whatsoever". unapproved-fda-claim: a fact
added after a bare yes leaves the yes standing; an answer that calls the use off-label
takes it back. uncited-research-claim: a profession's elite, or a profession more and
more, taking a therapy up as proof, and research placed only at a named institution.
guaranteed-outcome: a refund promised in a condition told by inversion ("Should your
flushes not ease ..."). The sentences are our own, modelled on clinic copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- pressure-tactic (MED701) ----------------------------------------------------------------

PRESSURE_FLAGGED = [
    "Three chairs are still open for Friday's NAD+ drip clinic.",
    "A couple of places still available for the March exosome intake, message us to grab one.",
    "One appointment remains before Christmas for our PRP hair package.",
    "Four consultations still remain for the stem cell open day.",
    "Just a handful of spots are still up for grabs at the pop-up.",
    # a bare push just after a count of places in a near window
    "Two chairs this Saturday for our vitamin drip clinic. Book now!",
    "A few appointments open up tomorrow for cold laser therapy. Ring us now.",
]

PRESSURE_CLEAN = [
    "Two sessions remain in your course, and we'll text you a reminder.",
    "Two appointments remain in your plan before your review.",
    "Two treatment rooms remain closed while the floor is repaired.",
    "Appointments are available most weeks; take your time.",
    "Evidence for ozone in chronic fatigue is limited.",
    "Call now if you have chest pain or trouble breathing.",
    "Feeling chest pain? Call now.",
    "Our clinic is open Monday to Friday, 9 to 5. Call now.",
    "Call now to schedule an appointment with our team.",
    "Two appointments are usually enough for tennis elbow. Book now.",
    "Book now.",
    "We still have two spaces in the car park for patients with mobility needs.",
]


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_pressure_flagged(text: str) -> None:
    assert flags(text, "pressure-tactic")


@pytest.mark.parametrize("text", PRESSURE_CLEAN)
def test_pressure_clean(text: str) -> None:
    assert not flags(text, "pressure-tactic")


# -- safety-absolute (MED103) ----------------------------------------------------------------

SAFETY_FLAGGED = [
    "Our Wharton's jelly shots: no rejection, no reactions, no infections, ever.",
    "With your own plasma there are zero allergic reactions and zero infections whatsoever.",
    "Exosome facials mean no scarring, no burns - ever.",
    "PRP: no downtime, no rejection, ever.",
    "No rejection. No swelling. No irritation whatsoever.",
]

SAFETY_CLEAN = [
    "No treatment is free of risk, and PRP is no exception.",
    "There is no such thing as no side effects.",
    "In the trial we saw no infections at all (Lee et al., 2021).",
    "No reactions at all were reported among the 40 volunteers.",
    "Most clients have no bruising at all after the first session.",
    "No downtime, ever.",
    "No hidden fees, no contracts, ever.",
    "I had no reaction at all after my drip.",
    "No appointment needed, no waiting at all.",
]


@pytest.mark.parametrize("text", SAFETY_FLAGGED)
def test_safety_flagged(text: str) -> None:
    assert flags(text, "safety-absolute")


@pytest.mark.parametrize("text", SAFETY_CLEAN)
def test_safety_clean(text: str) -> None:
    assert not flags(text, "safety-absolute")


# -- unapproved-fda-claim (MED102) -----------------------------------------------------------

APPROVAL_FLAGGED = [
    (
        "Q: Are your cord tissue injections FDA approved?\n\n"
        "A: Yes, and they are covered by most insurers."
    ),
    "Is your exosome facial FDA cleared? Absolutely, and results may vary from client to client.",
    "## Is our BMAC lab registered with the FDA?\n\nYes - plus every sample is screened.",
    "Q: Is the amniotic allograft FDA approved? A: Of course, and it is tested for viruses.",
]

APPROVAL_CLEAN = [
    (
        "Q: Is your exosome lab FDA registered?\n\n"
        "A: No, and no exosome product is approved for hair loss."
    ),
    (
        "Q: Is your exosome lab FDA registered?\n\n"
        "A: Yes, it is registered, which is not the same as approval."
    ),
    (
        "Q: Is PRP FDA approved?\n\n"
        "A: Yes, the centrifuge itself is FDA-cleared for preparing PRP, "
        "but using PRP for knee pain is off-label."
    ),
    (
        "Q: Is the drug FDA approved?\n\nA: Yes, the drug itself is FDA-approved for osteoporosis, "
        "but our use for back pain is off-label."
    ),
    "Q: Is your exosome lab FDA registered?\n\nA: Yes, it may be, and we are checking.",
    (
        "Q: Are your stem cell shots FDA approved?\n\n"
        "A: Not yet, and we hope to join a trial next year."
    ),
]


@pytest.mark.parametrize("text", APPROVAL_FLAGGED)
def test_approval_flagged(text: str) -> None:
    assert flags(text, "unapproved-fda-claim")


@pytest.mark.parametrize("text", APPROVAL_CLEAN)
def test_approval_clean(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim")


# -- uncited-research-claim (MED201) ---------------------------------------------------------

RESEARCH_FLAGGED = [
    # a profession's elite, or a profession more and more, taking a therapy up
    "Leading dermatologists are now choosing microneedling with exosomes over lasers.",
    "Vets across Australia have started using stem cells for arthritic dogs.",
    "Sports medicine doctors increasingly turn to peptides like BPC-157 for tendon injuries.",
    "Elite team physios now rely on shockwave for Achilles problems.",
    "Many top orthopaedic surgeons now prefer PRP to cortisone.",
    "GPs all over the UK are now referring patients for our cold laser.",
    "Chiros up and down the country have converted to cold laser for sciatica.",
    # research placed only at a named institution
    "New research out of Harvard shows cold plunges lower inflammation.",
    "Work from the Mayo Clinic proves stem cells rebuild cartilage.",
    "Findings from the University of Sydney show red light thickens thinning hair.",
    "Scientists at Stanford found ozone kills viruses in the blood.",
]

RESEARCH_CLEAN = [
    "Ask your physio whether shockwave suits your tendon.",
    "Our physiotherapists deliver the sessions in a private room.",
    "Surgeons at the hospital use ultrasound guidance for every injection.",
    "Our top surgeons use ultrasound guidance for every injection.",
    "The best physios use a mix of hands-on work and exercise.",
    "Doctors everywhere are under pressure this winter.",
    "More and more doctors are working part-time.",
    "Top surgeons have switched hospitals this year.",
    "Rheumatologists recommend exercise for knee arthritis (NICE, 2022, https://www.nice.org.uk/guidance/ng226).",
    (
        "New research out of Harvard shows cold plunges lower inflammation "
        "(https://example.org/harvard-cold-2025)."
    ),
    "Findings from the MRI show a small tear in the tendon.",
    "Researchers at Stanford are recruiting volunteers for a trial of NAD+ drips.",
    "Researchers from Oxford found no benefit of PRP over saline.",
    "Ask what research from Stanford has shown before you book.",
    "I studied at Oxford before joining the clinic.",
]


@pytest.mark.parametrize("text", RESEARCH_FLAGGED)
def test_research_flagged(text: str) -> None:
    assert flags(text, "uncited-research-claim")


@pytest.mark.parametrize("text", RESEARCH_CLEAN)
def test_research_clean(text: str) -> None:
    assert not flags(text, "uncited-research-claim")


# -- guaranteed-outcome (MED104) -------------------------------------------------------------

GUARANTEE_FLAGGED = [
    "Should your hot flushes not settle within eight weeks, we will refund every penny.",
    "Were your migraines not to lift within a month, we refund the course in full.",
    "Should the night sweats carry on past week six, you get every cent back.",
]

GUARANTEE_CLEAN = [
    "Should your parcel not arrive within 10 days, we'll refund every penny.",
    "Should you not like the taste, we'll refund every penny.",
    "Should your flushes not ease within 60 days, talk to your GP about other options.",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guarantee_flagged(text: str) -> None:
    assert flags(text, "guaranteed-outcome")


@pytest.mark.parametrize("text", GUARANTEE_CLEAN)
def test_guarantee_clean(text: str) -> None:
    assert not flags(text, "guaranteed-outcome")

"""Caveat rule by mechanism (twelfth round), as a user sees it.

Precision first: other sellers' marketing told by a critic ("clinics abroad advertise
stem cells for ...", "a company that marketed its product as ...", "a clinic
offering the same cells for many diseases is a red flag") presents no benefit of our
own, and a service only planned ("we hope to offer exosome drops once the trials
report") is not on offer.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED401 = ["MED401"]


def caveat(text: str) -> list[str]:
    return codes(text, "missing-early-research-caveat")


@pytest.mark.parametrize(
    "text, expected",
    [
        # other sellers' marketing, told by a critic
        ("Clinics across several borders advertise cord blood cells for cerebral palsy.", []),
        (
            "Regulators wrote to a Texas spa that marketed its ozone drips as a treatment "
            "for Lyme disease, shingles and long COVID.",
            [],
        ),
        (
            "Experts caution that a website selling BPC-157 for torn tendons is not a pharmacy.",
            [],
        ),
        # near misses: our own copy
        ("Our clinic offers cord blood cells for cerebral palsy.", MED401),
        ("Our ozone drips clear Lyme disease in weeks.", MED401),
    ],
)
def test_other_sellers_marketing_presents_no_benefit(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a service only planned
        ("We plan to introduce PRP for thinning hair next spring, if the pilot goes well.", []),
        ("Our team intends to offer stem cell injections for worn hips once trials finish.", []),
        ("We are hoping to add NAD+ drips for chronic fatigue in 2027.", []),
        # near misses: on offer now
        ("We now offer PRP for thinning hair.", MED401),
        ("From Monday we offer stem cell injections for worn hips.", MED401),
    ],
)
def test_a_planned_service_is_not_on_offer(text, expected):
    assert caveat(text) == expected


# -- recall ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # practitioners taking up or backing a therapy for a complaint
        ("Podiatrists across the state have turned to PRP for stubborn heel pain.", MED401),
        ("Vets increasingly recommend stem cells as a first choice for arthritic hips.", MED401),
        ("Sports coaches have switched over to BPC-157 for calf strains.", MED401),
        ("Several reviews back the use of ozone for infected foot wounds.", MED401),
        # near misses: a warning, a negation, a question
        ("Physiotherapists warn against switching to BPC-157 for calf strains.", []),
        ("No trichologist we asked would recommend PRP for thinning crowns.", []),
        ("Should vets turn to PRP for arthritic hips?", []),
    ],
)
def test_practitioners_taking_up_a_therapy(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ozone named by its use or with a word before the treatment noun
        ("Our ozone foot treatment heals diabetic ulcers.", MED401),
        ("We offer ozone for chronic Lyme disease.", MED401),
        # near miss: the ozone layer
        ("The ozone layer shields skin from burning rays.", []),
    ],
)
def test_ozone_as_a_treatment(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a launch for a complaint, a way out of surgery handed to patients
        (
            "Today Kinetix Health unveiled FlexCell, an umbilical cord cell shot for "
            "worn shoulders, at three sites.",
            MED401,
        ),
        ("Our exosome infusions give people with bad knees a non-surgical option.", MED401),
        ("The clinic rolled out NAD+ drips for long COVID fatigue this month.", MED401),
        # near misses: a launch with no complaint, a plain opening
        ("Today Kinetix Health unveiled its new stem cell lab in Denver.", []),
    ],
)
def test_launches_and_alternatives(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question in a heading, and a call to ask whether it would help
        (
            "## Could amniotic injections suit my arthritic knee?\n\n"
            "Ask our team if they might help you at a free call.",
            MED401,
        ),
        (
            "**Thinking about PRP for your sore shoulder?**\n\n"
            "Book a chat to find out whether it could help.",
            MED401,
        ),
        # near miss: the call does not ask whether it helps
        ("## Is PRP right for your knee?\n\nBook a consultation to talk it through.", []),
    ],
)
def test_a_heading_question_and_a_call(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a complaint wiped away, as in a caption; vesicle products by their name
        ("![Fine lines faded away after two exosome peels](/img/after.jpg)", MED401),
        ("Our plant vesicle infusion rebuilds worn cartilage.", MED401),
        # near miss: aftercare
        ("After your exosome peel, redness fades over a day or two.", []),
    ],
)
def test_captions_and_vesicles(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rhetorical question that answers itself; a participle of relief
        ("Why live with sciatica when a course of prolotherapy ends it?", MED401),
        ("Our NAD+ drip refuels your cells, lifting fatigue within a day.", MED401),
        # near misses: a real question; a participle with no therapy before it
        ("Why does sciatica flare when you sit for long?", []),
        ("After a long flight, easing stiffness matters more than any NAD+ drip.", []),
    ],
)
def test_answered_questions_and_participles(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cited result that halves a complaint or improves a body's output
        (
            "In a 2023 pilot, BPC-157 halved knee swelling within a month (Marsh et al., 2023).",
            MED401,
        ),
        (
            "A 2022 study found exosome serum improved collagen production in older "
            "skin (doi:10.1000/xyz123).",
            MED401,
        ),
        # near miss: a null result
        ("In a 2023 pilot, BPC-157 did not halve knee swelling (Marsh et al., 2023).", []),
    ],
)
def test_cited_results_that_halve_or_improve(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an activity taken up again, told by the patient
        ("Ten days into my BPC-157 cycle and I'm running hills again.", MED401),
        ("Since the NAD+ drips I've been gardening every morning again!", MED401),
        # near miss: not again, or not the patient
        ("I'm running a BPC-157 giveaway this week.", []),
    ],
)
def test_first_person_activity_again(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # praise after a colon
        ("Stem cells: the solution your worn knees have been hoping for.", MED401),
        ("PRP: the gold standard for tennis elbow.", MED401),
        # near misses: a question, a topic
        ("Exosomes: the holy grail or hype?", []),
        ("Exosomes: what the research says.", []),
    ],
)
def test_praise_after_a_colon(text, expected):
    assert caveat(text) == expected

"""Caveat rule by mechanism (eleventh round), as a user sees it.

A therapy's name of several words may be hyphenated ("bone-marrow concentrate") and
may be sold as a plan of visits ("our cell program", "an ozone session"); a story
told by the time after the treatment may end with an aid no longer needed ("without
his cane"); praise may name any field of care ("the future of sports medicine"), the
best of the options for a complaint, or be what the therapy is regarded as ("rate
exosomes as the gold standard"); a testimonial may open after rating stars or a
short lead-in; an invitation may ask whether the therapy helps "with your ..." or
call on the reader to ask whether it could help.
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
        # a hyphenated name, a plan of visits
        ("Our bone-marrow concentrate shots rebuild worn hips.", MED401),
        ("Our umbilical-cord injections ease stubborn back pain.", MED401),
        ("Cord-blood infusions restore energy after chemo, our nurses say.", MED401),
        ("Our winter cell program for hip and knee pain has three places left.", MED401),
        ("A four-week ozone course clears chronic sinus pain.", MED401),
        # near misses: a caveat, or the spinal cord
        (
            "Our bone-marrow concentrate shots may ease hip pain, but they are "
            "experimental and not FDA approved.",
            [],
        ),
        ("A spinal-cord injury changes how the bladder works.", []),
    ],
)
def test_hyphenated_names_and_plans_of_visits(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Eight weeks after her exosome drip, Ana walked to the shops without her cane.",
            MED401,
        ),
        ("Two months after his PRP injections, Ken played nine holes without a brace.", MED401),
        ("A year after her exosome drips, June gardens without painkillers.", MED401),
        # near miss: the aid is no recovery ("without help" tells the downtime)
        ("Two days after her NAD+ drip, she drove home without help from her husband.", []),
    ],
)
def test_a_story_that_ends_with_an_aid_no_longer_needed(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Stem cells are the future of pain management.", MED401),
        ("Our team sees BPC-157 as the future of sports rehab.", MED401),
        ("Our nurses see NAD+ drips as the top choice for post-viral fatigue.", MED401),
        ("Many surgeons now regard BMAC as the preferred option for worn knees.", MED401),
        ("Trainers agree that PRP is the best first treatment for a pulled hamstring.", MED401),
        # near misses: hedged, negated, another therapy praised, or no praise at all
        ("Exosomes may be the future of skincare, but the evidence is still thin.", []),
        ("Rest is the best first treatment for a bowed tendon; we do not offer PRP.", []),
        ("We use exosomes as a carrier in the lab.", []),
        ("Critics see PRP as a fad.", []),
    ],
)
def test_praise_of_the_therapy(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('★★★★★ "Since my stem cell shots my hip no longer aches." (Rosa, Leeds)', MED401),
        ('💬 "After three PRP sessions I\'m back at the climbing wall." - Priya', MED401),
        ('Fresh in the mailbag: "Since my NAD+ drips I sleep through the night." - Omar', MED401),
        # near misses: nothing changed; the quotation opens a long report of a leaflet
        ('Our exosome mailbag: "I felt no change at all." - Kim', []),
        (
            "The leaflet that a clinic handed out last year at a trade fair for its stem "
            'cell product says: "I walked again" - Sam',
            [],
        ),
    ],
)
def test_a_testimonial_after_stars_or_a_lead_in(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Wondering whether BPC-157 could help with your nagging hamstring? Message our coach.",
            MED401,
        ),
        ("Could ozone therapy help with your winter blues? Book a chat.", MED401),
        ("Struggling with tinnitus? Ask whether our exosome drip could help.", MED401),
        ("Ask us whether PRP might be right for your sore shoulder.", MED401),
        # near misses: help with a business; a question about approval; a clear no
        ("Could an NAD+ drip bar help your spa grow? Book a demo.", []),
        ("Ask whether stem cell therapy is approved for your condition; it is not.", []),
        (
            "Wondering whether PRP could help? The honest answer: probably not, and "
            "it is experimental.",
            [],
        ),
    ],
)
def test_invitations_to_ask_whether_it_helps(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a molecule is, not what a drip does
        (
            "NAD+ is short for nicotinamide adenine dinucleotide, a molecule in every "
            "cell that helps turn sugar into energy.",
            [],
        ),
        ("Our NAD+ drips help restore your energy.", MED401),
    ],
)
def test_a_molecules_definition_presents_no_benefit(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a complaint that has quietened since the treatment, told as a result
        (
            "Marta says the pins and needles in her hands have finally settled down "
            "since her cord cell shot.",
            MED401,
        ),
        ("Since his peptide course, Raj's knee swelling has subsided.", MED401),
        ("After two PRP shots, the burning in my heel has finally calmed down.", MED401),
        # near misses: aftercare in the present tense; no health matter
        ("Swelling usually settles down within a day or two after the PRP injection.", []),
        ("Our exosome booking queue has calmed down since March.", []),
    ],
)
def test_a_complaint_that_has_quietened(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lead-in whose verb of help closes it, over a list of complaints
        (
            "## What our NAD+ infusions support\n\n- Long COVID\n- Migraines\n- Chronic fatigue\n",
            MED401,
        ),
        ("Conditions our PRP treats:\n\n- Tennis elbow\n- Knee arthritis\n", MED401),
        ("What our exosome facials target:\n\n- Acne scars\n- Rosacea\n", MED401),
        # near misses: the list is no complaint; the verb is no help
        ("## What our exosome team supports\n\n- Online booking\n- Parking validation\n", []),
        ("## Who funds our PRP research\n\n- The city council\n- Local runners\n", []),
    ],
)
def test_a_lead_in_ending_with_a_verb_of_help(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It's a promising newer option for a stubborn frozen shoulder.\n\nAsk about PRP.", MED401),
        ("Young-donor plasma infusions reverse memory loss, our founder says.", MED401),
        ("Scientists have shown that young blood transfusions restore stamina.", MED401),
        # near misses: a blood drive; plasma from young donors called unproven
        ("Young blood donors are always welcome at our drive.", []),
        (
            "Young plasma infusions are unproven, and the FDA has warned against them.",
            [],
        ),
    ],
)
def test_newer_options_and_young_plasma(text, expected):
    assert caveat(text) == expected

"""MED401 missing-early-research-caveat by mechanism (seventh round), as a user sees it.

An experimental therapy is recognised under its brand and delivery names; a
result told of a body part or function is a benefit; an offer for a body part
or function is an offer; a result in animals and a retracted study are caveats.
"""

from __future__ import annotations

import pytest
from rulecheck import codes


def caveat(text: str) -> list[str]:
    return codes(text, "missing-early-research-caveat")


# -- therapies under other names -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our clinic now offers the O-Shot in Leeds. It restores sensation after childbirth.",
        "A vampire facial smooths fine lines and lifts dull skin.",
        "We spin your own platelets down and inject them to regrow thinning hair.",
        "Our ozone drips clear brain fog within a week.",
        "We give umbilical cord cell shots for hip pain.",
    ],
)
def test_experimental_therapies_under_brand_and_delivery_names_need_a_caveat(text):
    assert caveat(text) == ["MED401"]
    assert caveat(f"{text} This treatment is experimental and not FDA approved.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Spinal cord cells die after an injury, and the damaged cord heals poorly.",
        "Ozone levels peak in the afternoon, so people with asthma may feel worse then.",
    ],
)
def test_words_that_only_look_like_a_therapy_need_no_caveat(text):
    assert caveat(text) == []


# -- what counts as a benefit ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a result told of a body part or function
        "A trial found that PRP injections helped runners' ankles more than rest did.",
        "Investigators report that cord cell infusions improved lung function in smokers.",
        # an offer for a body part or function
        "Sports doctors recommend exosome serum for a dry, itchy scalp.",
    ],
)
def test_results_and_offers_for_a_body_part_present_the_therapy(text):
    assert caveat(text) == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "A trial found that PRP injections did not help runners' ankles.",
        "In the end, your body decides how a PRP injection goes.",
        "PRP for thinning hair: what we know.",
    ],
)
def test_denials_topics_and_the_noun_end_present_nothing(text):
    assert caveat(text) == []


# -- caveats --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NAD+ drips lengthened the lives of middle-aged mice and sharpened their memory.",
        "Exosome sprays closed skin wounds faster in diabetic rats, the lab reports.",
        "A small pilot study found that PRP injections eased heel pain.",
    ],
)
def test_a_result_in_animals_or_a_small_study_is_itself_the_caveat(text):
    assert caveat(text) == []


def test_the_same_result_in_people_needs_a_caveat():
    assert caveat("NAD+ drips sharpened memory and lifted energy.") == ["MED401"]
    assert caveat("A trial found that PRP injections eased heel pain.") == ["MED401"]


def test_a_retracted_study_is_a_caveat():
    text = "A 2021 paper reported that exosomes rebuilt worn hip cartilage."
    assert caveat(text) == ["MED401"]
    assert caveat(f"{text} The paper has since been withdrawn by its authors.") == []
    assert caveat(f"{text} That finding was later retracted.") == []


# -- offers, praise, idioms and announcements -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a service of the writer's for a complaint, even in a scarcity post
        "Only two places left on our exosome programme for torn rotator cuffs. Book now.",
        # praise said of the therapy, whoever it is for
        "Ask us about BMAC. It's an effective option for people who want to keep running.",
        # renewal idioms
        "Our NAD+ drips put the bounce back in your stride.",
        "Feel like your old self again after a course of our peptide injections.",
        # an announcement followed by complaints, as bullets or as short lines
        "NAD+ drips now available at our Leeds lounge!\n\n✅ Migraines\n✅ Brain fog\n"
        "✅ Long COVID\n\nBook today.",
        "Introducing BPC-157 injections.\n\n- Tendon tears\n- Leaky gut\n- Back pain\n- Poor sleep",
    ],
)
def test_offers_praise_idioms_and_announced_lists_present_the_therapy(text):
    assert caveat(text) == ["MED401"]
    assert caveat(f"{text}\n\nThese treatments are experimental and not FDA approved.") == []


@pytest.mark.parametrize(
    "text",
    [
        # an approval claim alone is not an offer (unapproved-fda-claim's business)
        "The FDA has approved our BMAC programme for knee arthritis.",
        # a service for people, with no complaint
        "Our PRP programme for club cyclists starts in May.",
        "BMAC is not an effective option for hip arthritis.",
        # the idiom said of established care
        "Knee replacements put the spring back in your step.",
        # an announcement followed by what is not a complaint
        "PRP now available at our Leeds clinic!\n\n✅ Free parking\n✅ Late opening\n"
        "✅ Card payments",
        # an announcement of research
        "Stem cell trials are now open at the university hospital.\n\n- Multiple sclerosis\n"
        "- Lupus\n- Heart failure",
    ],
)
def test_approvals_services_without_a_complaint_and_research_announcements_do_not(text):
    assert caveat(text) == []


# -- results told as fewer bouts, and years of research behind it ----------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Children with asthma who had cord blood infusions had fewer attacks over the winter.", 1),
        ("Patients given exosomes did not have fewer flares than those given saline.", 0),
        (
            "Children with asthma who had cord blood infusions had fewer attacks over the "
            "winter in a small pilot study.",
            0,
        ),
        ("Our BMAC protocol is backed by three decades of clinical research.", 1),
        ("No PRP protocol is backed by decades of research.", 0),
    ],
)
def test_fewer_bouts_and_years_of_research_present_the_therapy(text, expected):
    assert caveat(text) == ["MED401"] * expected

"""Claim rules by mechanism (eighth round), as a user sees them.

Ad copy states benefits without a verb: a benefit phrase that opens a heading, a
bullet, a cell or the words after a colon, tied to a treatment, a time frame or a
permanence, is a claim. Verbs of change are outcomes when a health matter is their
object: removal verbs with a complaint, boost verbs with a body part or a function.
Near misses: a complaint word as a figure for a chore, a scope set before the claim,
helping someone do a task, a claim that a later predicate denies, modifiers in a
hyphenated compound.
"""

from __future__ import annotations

import pytest
from rulecheck import RULES, codes

from medlint.engine import Engine

MED101 = ["MED101"]


def claims(text: str) -> list[str]:
    return codes(text, "unsupported-cure-claim")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a benefit fragment tied to a time frame, a permanence or a treatment
        ("- Freedom from migraines after your second appointment", MED101),
        ("## Hip arthritis relief within three sessions", MED101),
        ("Sharper memory and more energy from your very first NAD+ drip.", MED101),
        ("Our collagen gummies: firmer, smoother skin for life.", MED101),
        ("| Goal | Our package |\n|---|---|\n| Fuller hair | Hair regrowth in 6 weeks |", MED101),
        ("<p><img src='a.png' alt='Faster fat loss in four weeks with our shots'></p>", MED101),
        # near misses: a description with a verb of its own, no tie, a question,
        # a heading that names a topic
        ("Pain relief after knee surgery usually takes a few days to settle.", []),
        ("## Pain relief options", []),
        ("Better sleep habits are worth building at any age.", []),
        ("## Relief from back pain in one visit?", []),
        ("Stronger bones are one reason to keep walking.", []),
    ],
)
def test_verbless_benefit_fragments(text, expected):
    if text.startswith("<"):  # alt text of an image in an HTML page
        engine = Engine.create(RULES, select=["unsupported-cure-claim"])
        found = sorted({f.code for f in engine.check_source("post.html", text).findings})
        assert found == expected
    else:
        assert claims(text) == expected


def test_a_bare_guarantee_leading_a_fragment_is_left_to_the_guarantee_rule():
    text = "Guaranteed results: clearer skin in a month."
    assert claims(text) == []
    assert codes(text, "guaranteed-outcome") == ["MED104"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # removal verbs with a complaint
        ("This green juice burns off visceral fat while you sleep.", MED101),
        ("Our elderberry syrup wards off the flu for the whole family.", MED101),
        ("With our knee brace, seniors can wave goodbye to their walking sticks.", MED101),
        ("The detox patch draws toxins out and sheds those extra pounds.", MED101),
        ("After one adjustment, most clients head home free of back pain.", MED101),
        ("Clients on our meal plan drop 8 kg of body weight in ten weeks.", MED101),
        # near misses: the body's own course, a noun, a gerund subject, a non-health
        # object, a harm
        ("Your body burns fat for fuel between meals.", []),
        ("A sudden drop in blood pressure can make you faint.", []),
        ("Losing weight takes strain off painful knees.", []),
        ("Keep your inhaler away from direct heat.", []),
        ("Drop your forms off at reception before the session.", []),
        ("Stress zaps your energy and your focus.", []),
    ],
)
def test_verbs_of_removal_with_a_complaint(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # boost and renewal verbs with a body part or a function
        ("Our ginseng tonic turbocharges your immune system.", MED101),
        ("The laser facial resurfaces sun-damaged skin in one sitting.", MED101),
        ("Daily red-light sessions wind back your biological age.", MED101),
        ("Our scalp serum grows thinning hair back within months.", MED101),
        ("A monthly joint shot keeps an ageing horse supple for years.", MED101),
        ("These capsules kick-start a slow metabolism.", MED101),
        # near misses: a harm, a non-health object, a description
        ("Sugary drinks fire up inflammation in the gut.", []),
        ("The new software reboots the booking system overnight.", []),
        ("Knee cartilage is smooth and slippery in a healthy joint.", []),
        ("We keep you comfortable with a blanket during the drip.", []),
        ("Gentle walks keep you active while a sprained ankle settles.", []),
        ("Our glucosamine chews keep ageing hips mobile.", MED101),
    ],
)
def test_change_verbs_with_a_health_object(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("90% of our clients sleep soundly through the night with our pillow spray.", MED101),
        ("Our rotator cuff plan gets 9 in 10 shoulder patients back to their game.", MED101),
        ("Most players want to get back to their team as soon as they can.", []),
        ("Seven out of ten clients on our tea cleanse lose 5 kg of weight.", MED101),
        ("Most toddlers sleep through the night by their second birthday.", []),
    ],
)
def test_rates_with_an_outcome(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a complaint word as a figure for a chore
        ("Our online portal cures the nightmare of chasing lab results.", []),
        ("The new app heals the pain of filing insurance claims.", []),
        ("Text reminders end the headache of missed appointments.", []),
        ("Our balm eases the pain of arthritic fingers.", MED101),
        # a scope set before the claim
        ("For some patients, rest and ice help a sprain settle within days.", []),
        ("In many cases, a brace helps a sore wrist recover.", []),
        ("Our splint eases wrist pain for many people.", MED101),
        # helping a person do a task
        ("The app helps you track your migraines and their triggers.", []),
        ("A scan helps the surgeon plan your hip replacement.", []),
        ("Our pillow helps you sleep without neck pain.", MED101),
        # a claim that a later predicate denies
        ("The idea that magnets cure arthritis has no scientific support.", []),
        ("Proof that ozone heals discs is lacking.", []),
        ("The claim that cupping reverses ageing is a myth.", []),
        # a superlative is no negation
        ("Nothing clears brain fog like our NAD+ drip.", MED101),
        ("No other supplement rebuilds cartilage as well as ours.", MED101),
        ("Nothing repairs cartilage better than a placebo does.", []),
        # a modifier in a compound
        ("Shockwave is offered for slow-healing tendons.", []),
    ],
)
def test_near_misses_and_their_claims(text, expected):
    assert claims(text) == expected

"""guaranteed-outcome on heldout19 (twentieth round), by mechanism.

A money-back promise is a guarantee of a health outcome only when it is tied to a
health result: "back" in "your money back" names no body part, and a promise on
liking the goods ("love it or your money back") is about the goods. A share "of them"
(the people named before) with a result; a share of those who took a treatment,
whatever its name; a first step or first words as the result; weight lost in sizes; a
bare share off medicines after a count of cases treated; a blood marker with its fall
in a table row; a good of the body (density, thickness) that lasts; a complaint cured
or got rid of for good, told in the past. "This", "these" and "those" before a noun
are determiners, not pronouns standing for a health matter: "those queues are gone for
good" is about queues. The sentences are our own, modelled on clinic, coaching,
supplement and med-spa copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes

RULE = "guaranteed-outcome"


def flags(text: str) -> bool:
    return bool(codes(text, RULE))


FLAGGED = [
    # a money-back promise tied to a health result
    "Sleep deeper within a fortnight or your money back.",
    "Thicker hair by spring or get your money back.",
    "Fuller brows in six weeks or your money back.",
    # a share of them, the people named before
    "We coached 300 women through the Reset last year. 70% of them lost two dress sizes.",
    "Our clinic took on 90 runners in spring, and 8 in 10 of them are off their painkillers now.",
    # a share of those who took a treatment
    "Four in five clients who tried the BPC-157 protocol slept through the night within"
    " a fortnight.",
    "90% of patients who completed the ozone course walked without a cane.",
    # weight kept off, a return to work or sport
    "Most of the 300 clients on my programme lost a stone; 80% of them kept it off.",
    "Eight in ten horses who had our shockwave course returned to racing.",
    # first steps and first words
    "Three out of four toddlers take their first unaided steps after the second infusion.",
    "Seven in ten children say their first words within months of the cell programme.",
    # a count of cases treated, then a bare share off medicines
    "900 diabetics treated; 64% fully off insulin.",
    # a blood marker with its fall, in a table row and a headline
    "| Measure | After our reset |\n|---|---|\n| Blood glucose | Down 31% |\n",
    "Triglycerides down 40% in eight weeks on the plan.",
    # a good of the body that lasts
    "- Thickness that lasts a lifetime with one top-up a year",
    # a complaint cured or got rid of for good, in the past
    "Hundreds of our clients have got rid of their reflux permanently.",
    "Our balm has cured their eczema for good.",
]

QUIET = [
    # a money-back promise on liking the goods
    "Love it or your money back within 30 days.",
    "Our knee sleeves: love them or your money back.",
    "Enjoy the flavour or your money back.",
    # a share of them that is no result, or a study's figure
    "We saw 200 patients last year, and 40% of them were over 65.",
    "We hired 20 nurses; 80% of them returned to work after parental leave.",
    "Of the 50 volunteers in the trial, 60% of them lost weight.",
    # a determiner before a noun that is no health matter
    "Those long hold times are gone for good.",
    "These paper forms are gone for good now that booking is online.",
    # a decision reversed, not a complaint
    "The board reversed its decision for good.",
    # a marker with no figure, and a price
    "| Measure | Note |\n|---|---|\n| Blood glucose | Checked at every visit |\n",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_guarantee_or_share_with_a_health_result_is_reported(text: str) -> None:
    assert flags(text)


@pytest.mark.parametrize("text", QUIET)
def test_near_misses_stay_quiet(text: str) -> None:
    assert not flags(text)


def test_these_as_a_pronoun_still_stands_for_the_complaint() -> None:
    assert flags("Our drip clears brain fog and fatigue. These are gone for good.")

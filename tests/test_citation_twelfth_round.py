"""Twelfth round of uncited-research-claim, by mechanism.

A profession adopting a therapy, placed anywhere in the country ("up and down the
country") or using it everywhere ("doctors everywhere are prescribing them", "more and
more surgeons are using ..."); research counted in years as the subject that stands
behind a product; a study's result compared with another group, without a figure ("in
one study, people given X caught fewer colds than those given a dummy pill"); research
described before its verb ("research published last year showed") and research that
"has reported" (shared research_appeals). The sentences are our own, modelled on clinic,
med-spa and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str) -> bool:
    return bool(codes(text, "uncited-research-claim"))


FLAGGED = [
    # a profession adopting or using the therapy everywhere
    "Nurses up and down the country are switching to our drip.",
    "Chiropractors in their droves have turned to cold lasers.",
    "Dermatologists worldwide now recommend exosome facials.",
    "More and more surgeons are using PRP for torn rotator cuffs.",
    "GPs nationwide are prescribing our gut powder.",
    # research counted in years behind a product
    "Three decades of science underpin the Voss method.",
    "A decade of clinical trials stands behind every vial.",
    "Fifty years of research supports ozone for leg ulcers.",
    # a result compared with another group, no figure
    "In a small trial, runners who took the peptide recovered faster than runners on placebo.",
    "Our laser, which in one study healed ulcers quicker than standard dressings, is now here.",
    "In an experiment, mice given the drip lived longer than untreated mice.",
    # research described first, and research that has reported
    "Studies conducted in Spain show that ozone heals ulcers.",
    "Trials presented at a spring meeting found that the serum thickens hair.",
    "Studies have reported excellent results with PRP for knee pain.",
    "Research has reported remarkable gains in stamina with NAD+.",
    # research as a seal on the product, and research that speaks
    "Our gummies are made with clinically studied ingredients.",
    "A scientifically researched formula for deep sleep.",
    "The science says NAD+ drips restore your energy.",
    "Research tells us that cold plunges speed recovery.",
]

CLEAN = [
    # no bandwagon: one clinic's staff, plain advice
    "Our doctors are using a new booking system.",
    "Doctors recommend rest and ice for a sprain.",
    # a count of people, a null result, how a study was run
    "In a trial, more than 40 people took part.",
    "In one study, fewer than half of the volunteers finished.",
    "In the study, people who took it did no better than those given a placebo.",
    "In one study, patients were given two injections.",
    # mixed findings, a wait for results, an indirect question
    "Several studies have reported mixed results for PRP in hips.",
    "We will decide once the current trials report.",
    "Ask whether research published on it shows any benefit.",
    "Ask what the science says before you book.",
    "The evidence says little about exosomes for hair.",
    "Our drink has not been clinically studied.",
    # cited
    "In one study, people given the probiotic caught fewer colds than those given a "
    "dummy pill (Reyes et al., 2022).",
    "Studies have reported good results in small groups [1].\n\n## References\n\n"
    "1. Lund A, Moe K. PRP in knee arthritis. Knee Res. 2021;4:12-19.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_uncited_research_claim_flags_twelfth_round(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", CLEAN)
def test_uncited_research_claim_leaves_twelfth_round_near_misses(text: str) -> None:
    assert not flags(text), text

"""Thirteenth round of uncited-research-claim, by mechanism.

Research that has given its verdict ("science has spoken", "the data have spoken", "the
science is settled"; not a wait for it, "until the science has spoken", nor a question)
and a survey's figure told first with what the users felt ("in our client survey, 88%
of users rated it effective"; not who answered, "in our survey, 40% of clients were over
50"). The sentences are our own, modelled on clinic, med-spa and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str) -> bool:
    return bool(codes(text, "uncited-research-claim"))


FLAGGED = [
    # research that has given its verdict
    "The data have spoken: our exosome serum firms skin.",
    "The science is settled: red light regrows hair.",
    "Research has finally spoken, and NAD+ drips win.",
    "The evidence is now beyond doubt: ozone heals ulcers.",
    # a survey's figure first, then what the users felt
    "According to a poll of our members, 9 in 10 sleep better after the drip.",
    "From last year's customer questionnaire, 73 percent said their skin looked firmer.",
    "In one national survey, 64% of users reported less back pain.",
    # professions adopting a product: podiatrists, midwives, optometrists
    "Podiatrists up and down the country now recommend our insoles.",
    "Midwives swear by our raspberry leaf capsules.",
    "More and more optometrists are prescribing our eye drops.",
]

CLEAN = [
    "We will not claim anything until the science has spoken.",
    "Nobody knows whether the science is settled on ozone.",
    "Science has not spoken yet on exosomes.",
    "In our survey, 40% of clients were over 50.",
    "In our patient audit, 12% of clients were smokers.",
    "Ask your podiatrist whether insoles suit you.",
    "Podiatrists trim nails and treat corns.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_research_claim_flags_thirteenth_round(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", CLEAN)
def test_research_claim_leaves_thirteenth_round(text: str) -> None:
    assert not flags(text), text

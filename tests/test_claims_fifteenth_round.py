"""Claim rule by mechanism (fifteenth round), as a user sees it.

Precision first: a bare list joined by "or" after "no" is one negated noun phrase,
its last item and what it is the subject of included ("no drip, supplement or
detox will ..."); a finding of a few or of small studies is hedged ("a few small
studies have reported less pain"); an endorsement by others ("coaches swear by it
for ...") reports what they say, and is still a benefit presented for the caveat
rule.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED101 = ["MED101"]


def claims(text: str) -> list[str]:
    return codes(text, "unsupported-cure-claim")


@pytest.mark.parametrize(
    "text, expected",
    [
        # one negated list, whatever its last item is
        ("No pill or cleanse resets your metabolism.", []),
        ("No cream, tablet or injection cures psoriasis.", []),
        ("No shot, drip or supplement repairs a worn-out hip.", []),
        ("Sadly, no serum, mask or detox will turn back the clock on sun-damaged skin.", []),
        # near misses: a new noun phrase after "and" or a comma, or after a colon
        ("No needles or downtime, and our PRP heals the tendon.", MED101),
        ("No surgery or stitches: our cord cells regrow the cartilage.", MED101),
        ("No tablets, no cream, just exosomes that heal your psoriasis.", MED101),
    ],
)
def test_negated_bare_list(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A few small studies have reported less pain at one year.", []),
        ("A handful of trials found that ozone shots relieve disc pain.", []),
        ("Small trials have found that PRP eases tennis elbow.", []),
        ("A couple of early papers reported that exosome drops ease dry eye.", []),
        # near misses: research in general, or many trials, is an appeal, not a hedge
        ("Several trials have reported that stem cells reduce back pain.", MED101),
        ("Studies show that PRP heals torn tendons.", MED101),
        ("Research proves our cord cells regrow worn cartilage.", MED101),
    ],
)
def test_few_or_small_studies_hedge(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tennis coaches swear by PRP for faster recovery from elbow strain.", []),
        ("Half the peloton swears by ozone drips for quicker healing after crashes.", []),
        ("Plenty of marathoners have sworn by cold plunges for faster recovery.", []),
        # near misses: the clinic's own voice
        ("Our PRP gives faster recovery from elbow strain.", MED101),
        ("We swear our ozone drips heal crash injuries in days.", MED101),
    ],
)
def test_endorsement_by_others_is_reported(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tennis coaches swear by PRP for faster recovery from elbow strain.",
        "Half the peloton swears by ozone drips for quicker healing after crashes.",
        "Sports physios swear by BPC-157 injections for sore hamstrings.",
    ],
)
def test_endorsement_presents_a_benefit_for_the_caveat_rule(text: str) -> None:
    assert codes(text, "missing-early-research-caveat") == ["MED401"]

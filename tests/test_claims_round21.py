"""Claim and citation rules by mechanism (twenty-first round), as a user sees it.

An appeal to research that an if-clause only supposes ("if larger trials confirm these
first results, ...", "unless studies show a clear benefit, ...") reports no finding: it
says what would follow should the research turn out a certain way. An if-clause closed
by its comma before the appeal ("if you are curious, studies show ...") leaves the
appeal asserted.

New hair told as growth a person sees ("clients spot fresh regrowth") is an outcome
claim; a business's or a plant's growth is not. A rank told with "No." ("the No. 1
pharmacist-approved remedy") is no negation of the endorsement after it.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED201 = ["MED201"]


def appeals(text: str) -> list[str]:
    return codes(text, "uncited-research-claim")


@pytest.mark.parametrize(
    "text, expected",
    [
        # supposed, not found
        ("If bigger studies bear out these first results, we will add the drip.", []),
        ("Unless trials show a clear benefit, we will not offer PRP for tendons.", []),
        ("We would stock the cream if research proved it worked for eczema.", []),
        ("Whether studies confirm the effect is a question for the next decade.", []),
        # near misses: asserted appeals, the if-clause closed before them
        ("If you are curious, studies show that our drip lifts energy.", MED201),
        ("Research proves our exosome serum firms sagging skin.", MED201),
        ("Studies show the patch works if you wear it overnight.", MED201),
    ],
)
def test_supposed_research_appeal(text: str, expected: list[str]) -> None:
    assert appeals(text) == expected


MED101 = ["MED101"]


def claims(text: str) -> list[str]:
    return codes(text, "unsupported-cure-claim")


@pytest.mark.parametrize(
    "text, expected",
    [
        # new hair told as growth a person sees, after a treatment
        ("Most women on our PRP plan spot fresh regrowth by the third session.", MED101),
        ("Nine in ten guys using the peptide foam notice baby hairs at the temples.", MED101),
        ("After six microneedling sessions, clients see new growth at the crown.", MED101),
        ("Users of our laser comb grow new hairs within eight weeks.", MED101),
        # near misses: a business's growth, a plant's, a hedge, a mixed result, a question
        ("Our clinic saw new growth in bookings this spring.", []),
        ("Gardeners see new growth on pruned roses in April.", []),
        ("Members saw new growth in their membership numbers after the relaunch.", []),
        ("Some men see new growth and others see none.", []),
        ("Will you see new growth? Results vary from person to person.", []),
    ],
)
def test_hair_growth_seen(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rank told with "No." is no negation of the endorsement after it
        ("Scotland's No. 1 pharmacist-approved cold remedy.", MED201),
        ("The UK's no.1 dermatologist-endorsed scar gel.", MED201),
        ("Voted No 1 vet-recommended joint chew for senior dogs.", MED201),
        # near misses: a real negation, an answer "No." before a sentence
        ("No doctor-recommended dose exists for this supplement.", []),
        ("No study has shown that the spray improves sleep.", []),
        ("No. Experts say nothing of the kind; ask your GP.", []),
    ],
)
def test_rank_is_no_negation(text: str, expected: list[str]) -> None:
    assert appeals(text) == expected

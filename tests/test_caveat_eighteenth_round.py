"""Caveat rule by mechanism (eighteenth round), as a user sees it.

Caveats in more words: research in people called early, no product of the therapy
approved whatever its name, results that differ told of "the others". Ozone named by
its route ("IV ozone") or charged into an oil or saline is the therapy.
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
        (
            "Exosome facials smooth fine lines. The research in humans is still early.",
            [],
        ),
        ("Our BPC-157 pens mend sore tendons. Trials of it in people were early.", []),
        (
            "Wharton's jelly shots ease hip pain, though no Wharton's jelly injection "
            "is FDA approved for hips.",
            [],
        ),
        ("NAD+ drips lift your energy; no NAD+ infusion has been approved for that.", []),
        (
            "Some guests feel sharper after an NAD+ drip; others felt no difference.",
            [],
        ),
        ("Several of our PRP clients sleep better. Some patients noticed no change.", []),
        # near misses: no caveat in these words
        ("Our PRP shots heal tendons. Others recommend surgery first.", MED401),
        ("Our PRP shots heal tendons, and early booking gets a discount.", MED401),
        ("Our stem cell drips boost energy. No parking is available on site.", MED401),
    ],
)
def test_caveats_in_more_words(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Our naturopath uses IV ozone to treat patients with shingles, lupus, gout "
            "and long COVID.",
            MED401,
        ),
        ("Rectal ozone clears chronic gut infections in a week.", MED401),
        ("Ozonated olive oil heals cold sores overnight.", MED401),
        ("Intravenous ozone sessions restore your energy.", MED401),
        # near misses: not the therapy, or caveated
        ("The ozone layer shields us from UV light.", []),
        ("Ozonated water is used to rinse vegetables in some kitchens.", []),
        ("IV ozone for Lyme disease is experimental and not FDA approved.", []),
    ],
)
def test_ozone_by_its_route(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected

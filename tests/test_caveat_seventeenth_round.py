"""Caveat rule by mechanism (seventeenth round), as a user sees it.

Places running out on a programme that a wellness goal names ("slots left for our NAD+
longevity programme") tell availability, not a benefit; a complaint that names the
programme, or "for" a complaint, still offers the therapy for it.
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
        ("Only 4 consultation slots left this week for our NAD+ longevity programme.", []),
        ("Just 3 places remain on our exosome healthy-ageing retreat in May. Book today.", []),
        ("Only two seats left for our NAD+ vitality package this month!", []),
        # near misses: a complaint names it, or follows "for", or a benefit is stated
        ("Only 3 places left on our NAD+ brain fog programme. Book now.", MED401),
        ("Only 4 slots left this week for our stem cell programme for worn knees.", MED401),
        ("Only 2 spots left for our NAD+ longevity programme, which restores your energy.", MED401),
    ],
)
def test_places_on_a_named_programme(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our young-donor-plasma sessions turn back the clock on tired skin.", MED401),
        ("Young-blood transfusions at our Miami spa reverse ageing.", MED401),
        ("MOTS-c shots boost your stamina on the bike.", MED401),
        ("Semax nasal spray sharpens focus for exam season.", MED401),
        # near misses: no benefit, a caveat
        ("MOTS-c is a peptide made by mitochondria.", []),
        ("Young-plasma infusions are experimental and unproven; we do not offer them.", []),
    ],
)
def test_more_experimental_therapies(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected

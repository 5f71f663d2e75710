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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("After our cord-blood infusions, 3 of 4 children with autism begin to speak.", MED401),
        ("Eight in ten of our clients report real relief from migraines after PRP.", MED401),
        ("After the BMAC course, most of our patients go home walking.", MED401),
        # near misses: hedged, denied, a caveat
        ("After our cord-blood infusions, some children may begin to speak.", []),
        ("Few of our PRP patients notice any improvement in their migraines.", []),
        (
            "After our BMAC course, most patients go home walking; BMAC is experimental "
            "and results vary.",
            [],
        ),
    ],
)
def test_shares_of_patients_present_a_benefit(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected

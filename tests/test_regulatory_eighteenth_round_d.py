"""Regulatory rules on heldout18 (eighteenth round, fourth file): disease-list-claim.

By mechanism: an introducer with no subject before a colon ("Commonly booked for:",
"Use for:") offers the treatment its title names (the short sentence or block just
before it); a place between a service and its offer verb ("chiropractic at Little
Spines (Perth) can help with ..."); a brand with its kind of product before "is for";
"use <brand> cells for"; a table of conditions whose title or header names a treatment,
or whose ticked column is headed by a brand. Left quiet: one specialty under a headless
introducer, a coverage table, a regulator's warning table. The texts are our own,
modelled on clinic menus, shelf talkers, sponsor reads and product comparison tables.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes

RULE = "disease-list-claim"


def flags(text: str) -> bool:
    return bool(codes(text, RULE))


FLAGGED = [
    # a headless introducer under a title
    "**Cupping at Ridge Wellness (Leeds)**\n\n"
    "Often chosen for: migraines, asthma, IBS, eczema, arthritis and insomnia.",
    "MIGRA-CALM herbal drops. Take for: migraine, asthma, eczema, arthritis, IBS and insomnia.",
    "## Reflexology\n\nRecommended for: infertility, asthma, IBS, anxiety, arthritis and acne.",
    # a place between the service and its offer verb
    "Reflexology at Quiet Feet (Dublin) can help with migraines, asthma, IBS, eczema, "
    "insomnia and arthritis.",
    "Homeopathy at the Linden Practice (Cork) helps with asthma, eczema, IBS, migraines, "
    "anxiety and arthritis.",
    # a brand with its kind of product, then "is for"
    "The ZenWave sleep band is for migraines, anxiety, arthritis, IBS, asthma and eczema.",
    "The SomnaPad cooling pillow is for insomnia, migraines, hot flushes, arthritis and eczema.",
    # use a brand with its kind for
    "Practitioners abroad inject RegenaMax cells for autism, COPD, arthritis, Crohn's "
    "disease, heart failure and MS.",
    # a table: a treatment in its title, or a brand heading the ticked column
    "**Whole-body cryotherapy at FrostLab**\n\n| Condition | Sessions |\n|---|---|\n"
    "| Lyme disease | 10 |\n| Arthritis | 6 |\n| Asthma | 8 |\n| Eczema | 5 |\n| Migraine | 4 |",
    "| Complaint | ZenBalm |\n|---|---|\n| Eczema | ✓ |\n| Arthritis | ✓ |\n| Asthma | ✓ |\n"
    "| Migraine | ✓ |\n| IBS | ✓ |",
]

CLEAN = [
    # one specialty under a headless introducer
    "**Sports physio at Ridge Clinic**\n\n"
    "Commonly booked for: knee pain, hip pain, shoulder pain, tennis elbow and back pain.",
    # a coverage table: the ticked column names no product
    "| Condition | Covered by NHS |\n|---|---|\n| Eczema | ✓ |\n| Arthritis | ✓ |\n"
    "| Asthma | ✓ |\n| Migraine | ✓ |\n| IBS | ✓ |",
    # a regulator's warning, in a table under a treatment's title
    "**Ozone therapy: what the FDA warns about**\n\n| Claimed in ads | Evidence |\n|---|---|\n"
    "| Lyme disease | None |\n| Arthritis | None |\n| Asthma | None |\n| Eczema | None |\n"
    "| Migraine | None |",
    # a brand "is for" a person, not a list
    "The ZenWave sleep band is for anyone who travels a lot.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_disease_list_flagged(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", CLEAN)
def test_disease_list_clean(text: str) -> None:
    assert not flags(text), text

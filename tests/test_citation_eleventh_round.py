"""Eleventh round of uncited-research-claim, by mechanism.

Precision: an appeal whose own finding is mixed ("small studies have reported mixed
results") reports no support; a heading's appeal ("..., small trial finds") is sourced
by the story under it. Recall: an authority placed at an institution and what it found,
a profession that swears by a therapy or relies on "our" product, research counted in
years as the foundation of a method, and every member of a profession adopting a
therapy. The sentences are our own, modelled on clinic, med-spa and news copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str) -> bool:
    return bool(codes(text, "uncited-research-claim"))


CLEAN = [
    # the appeal's own finding is mixed
    "PRP is offered for hip pain, though early trials found conflicting results.",
    "Several studies have reported inconsistent effects of exosome facials on wrinkles.",
    "Research so far is inconclusive on NAD+ drips and energy.",
    "A few trials have shown mixed outcomes for ozone in back pain.",
    # a heading's appeal, sourced by the story under it
    "## Ozone eased knee swelling, researchers report\n\nThe trial, reported last month in "
    "Joint Science Letters (2025), followed 40 patients for a year.",
    "## Exosome gel sped wound healing, a new study shows\n\nDetails of the work appear in "
    "the paper by Amani et al. (2024).",
    "## Injected cells eased stiffness in runners, small study finds\n\nThe study of 24 "
    "marathoners, published online in Sports Cell Reports (2026; 3:10-18), had no control "
    "group.",
    # people who are no authority, and research counted for something else
    "Marathon runners swear by our recovery drip.",
    "Our customers swear by the collagen powder.",
    "Every patient in the study has switched to a new dose.",
    "Each of our physicians has switched to a new rota.",
    "Our clinic is based on Main Street, next to ten years of research labs.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_uncited_research_claim_leaves_eleventh_round_near_misses(text: str) -> None:
    assert not flags(text), text


FLAGGED = [
    # an authority at an institution and what it found
    "Scientists in Korea discovered that exosomes calm scalp inflammation.",
    "Investigators at a Swiss clinic found that ozone shots shrink disc bulges.",
    "Orthopaedic surgeons at leading hospitals have found that exosomes rebuild cartilage.",
    # a profession that swears by a therapy or relies on ours
    "Top dermatologists swear by our exosome mist after laser peels.",
    "Physios and team doctors swore by BPC-157 long before it was trendy.",
    "Leading surgeons rely on our amniotic graft for tendon repairs.",
    # research counted in years as the foundation
    "Our protocol is built on 30 years of science.",
    "Her method is grounded in a decade of studies on cartilage.",
    "The clinic's approach draws on twenty years of clinical data.",
    # every member of a profession adopting the therapy
    "Each surgeon on our team has turned to amniotic grafts.",
    "Every dermatologist in town is switching to exosome facials.",
    "Each of our physicians has switched to ultrasound-guided PRP.",
    "Pro athletes and their trainers rely on this protocol.",
    # still flagged: an appeal with a mixed word further on, and an unsourced heading
    "Studies show that PRP heals tendons, though results with other products are mixed.",
    "## Peptide shots cut recovery time, a small study finds\n\nOur clinic has offered "
    "BPC-157 since 2021.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_uncited_research_claim_flags_eleventh_round_mechanisms(text: str) -> None:
    assert flags(text), text

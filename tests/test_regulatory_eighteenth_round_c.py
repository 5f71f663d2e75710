"""Regulatory rules on heldout18 (eighteenth round, third file): safety-absolute and
uncited-research-claim, by mechanism.

safety-absolute: a treatment as safe as a routine, trivial procedure; a table row whose
label is a harm and whose value is none; a rejection ruled out with its verb in the
present. uncited-research-claim: a profession's endorsement as an epithet
("doctor-recommended", "trusted by GPs"); a profession placed across a field that knows
the therapy works; a hedged appeal whose own sentence judges the evidence poor stays
quiet. The sentences are our own, modelled on clinic FAQ, protocol-table, pharmacy and
sports-podcast copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


SAFETY_FLAGGED = [
    # as safe as a routine, trivial procedure
    "Our exosome facial is as safe as a simple check-up.",
    "Ozone injections are as safe as a flu jab.",
    "Bone-marrow harvesting is as safe as giving blood.",
    "The drip is as safe as getting your blood taken.",
    # a table row: a harm, then none
    "| Protocol | Knee PRP |\n|---|---|\n| Sessions | 3 |\n| Risks | None |",
    "| BPC-157 pen | |\n|---|---|\n| Dose | 250 mcg |\n| Complications | Zero |",
    # a rejection ruled out, its verb in the present
    "Because the cells are your own, there is no way your immune system attacks them.",
    "There is no conceivable chance that the body reacts to the graft.",
]

SAFETY_CLEAN = [
    "PRP is about as risky as any other injection, and bruising is common.",
    "The procedure is almost as safe as a routine blood test, but infection can occur.",
    "Liposuction is not as safe as a routine blood test.",
    "| Outcome | Result |\n|---|---|\n| Adverse events | None reported |",
    "| Side effects | Mild bruising in some patients |\n|---|---|\n| Sessions | 3 |",
    "If the body rejects the graft, we remove it.",
]

RESEARCH_FLAGGED = [
    # an endorsement as an epithet
    "Meet the dermatologist-approved serum everyone is talking about.",
    "Our collagen shots are recommended by leading sports physicians.",
    "The most pharmacist-recommended sleep gummy in Ireland.",
    "Backed by top orthopaedic surgeons nationwide: the KneeFlow brace.",
    # a profession placed across a field that knows the therapy works
    "Vets across the racing world agree it heals tendons faster than box rest.",
    "Coaches in the Premiership know PRP beats a cortisone shot.",
    "Physiotherapists throughout the country accept that our wraps speed recovery.",
]

RESEARCH_CLEAN = [
    # the reader's own doctor, a dose
    "Take it only if recommended by your GP.",
    "Stick to the doctor-recommended dose of two tablets a day.",
    # one clinic's staff
    "Our physios at the Leeds clinic know your history.",
    # a hedged appeal that its own sentence judges poor
    "A few small trials suggest PRP may help tennis elbow, but the quality is low.",
    "Some studies hint that red light might ease acne, though the evidence is patchy.",
    "Early reports suggest peptides could speed healing, but I would not call it proven.",
]


@pytest.mark.parametrize("text", SAFETY_FLAGGED)
def test_safety_flagged(text: str) -> None:
    assert flags(text, "safety-absolute"), text


@pytest.mark.parametrize("text", SAFETY_CLEAN)
def test_safety_clean(text: str) -> None:
    assert not flags(text, "safety-absolute"), text


@pytest.mark.parametrize("text", RESEARCH_FLAGGED)
def test_research_flagged(text: str) -> None:
    assert flags(text, "uncited-research-claim"), text


@pytest.mark.parametrize("text", RESEARCH_CLEAN)
def test_research_clean(text: str) -> None:
    assert not flags(text, "uncited-research-claim"), text

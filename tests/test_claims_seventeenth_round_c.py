"""Claim rule by mechanism (seventeenth round, third pass), as a user sees it.

Chats and FAQs: a speaker's label ("Bot:", "Receptionist:") before a yes answers the
question before it, which then asserts its outcome; a speaker's line with no question
mark that opens like a question ("You: does TRT fix low libido") asks, it does not
claim. A share of the patients, or the clinic's own patients, who notice an
improvement in a health matter or begin to walk beside a treatment make a claim.
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
        # a yes after a speaker's label
        (
            "Caller: Can your ozone sessions clear my Lyme disease?\nReceptionist: Absolutely.",
            MED101,
        ),
        ("**Customer:** Will the drops stop my baby's reflux?\n\n**Support:** Of course!", MED101),
        ("Visitor: Does the laser clear toenail fungus?\nAssistant: Yes, it does.", MED101),
        # near misses: a hedged or negated answer
        ("Caller: Can your ozone sessions clear my Lyme disease?\nReceptionist: Not always.", []),
        ("Visitor: Does the laser cure toenail fungus?\nAssistant: Yes, in some cases.", []),
        ("Caller: Can your ozone sessions clear my Lyme disease?", []),
    ],
)
def test_labelled_yes_answers(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Client: can the shots cure my heel spur\nNurse: We need to see you first.",
            [],
        ),
        ("Me: will PRP heal a torn rotator cuff\nCoach: Ask a surgeon, not me.", []),
        ("does the cream reverse hair loss", []),
        ("Is the injection enough to reverse arthritis", []),
        # near misses: statements stay reported
        ("Patient: My elbow hurts\nDoctor: Our PRP heals most elbows in six weeks.", MED101),
        ("Our PRP heals torn tendons", MED101),
        ("Will our stem cells\nrepair your knee? Yes: they repair it in weeks.", MED101),
        ("- Does wonders for aching knees and heals torn tendons", MED101),
    ],
)
def test_unmarked_questions(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Eight in ten of our clients report marked relief from their migraines after PRP.",
            MED101,
        ),
        (
            "After our peptide plan, most of our members feel a real improvement in their energy.",
            MED101,
        ),
        ("Two out of three dogs treated with our PRP start to run again within weeks.", MED101),
        (
            "After our exosome course, 70% of patients note an improvement in their balance.",
            MED101,
        ),
        ("After the NAD+ infusions, half of our stroke patients are able to speak again.", MED101),
        ("Most of our spinal patients go home walking after the stem cell programme.", MED101),
        # near misses: hedged, negated, asked, people at large, a study, no health matter
        ("With our exosome course, 70% of patients may note an improvement in their balance.", []),
        ("Few of our patients notice any improvement in their knee pain.", []),
        ("Most of our patients see no improvement in their knee pain after PRP.", []),
        ("Do most of our patients see an improvement in their knees after PRP?", []),
        ("Most adults see an improvement in their blood pressure when they cut salt.", []),
        ("In the trial, 4 of 5 children began to walk.", []),
        ("Most of our clients see improvement in their scores after our coaching.", []),
        # advice by an activity stays out beside the new shape
        ("Swimming keeps your back strong, and most of our swimmers see no change.", []),
    ],
)
def test_shares_of_patients(text: str, expected: list[str]) -> None:
    assert claims(text) == expected

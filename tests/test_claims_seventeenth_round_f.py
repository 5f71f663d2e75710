"""Claim rule by mechanism (seventeenth round, sixth pass): table cells, as a user sees it.

In a table whose header or row names a treatment, a body cell that is a bare outcome
after one or two words, the sign of the condition its row names ("Plaques cleared in 8
weeks", "Patches calmed within a fortnight"), claims it; so does a part said to be
clear within a time ("Skin clear in a month"). A hedged cell or a table with no
treatment stays out.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED101 = ["MED101"]


def claims(text: str) -> list[str]:
    return codes(text, "unsupported-cure-claim")


def table(head: str, row: str) -> str:
    return f"| {head} |\n|---|---|\n| {row} |"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            table("Treatment | Result", "Cupping for eczema | Patches calmed within a fortnight"),
            MED101,
        ),
        (table("Condition | With our laser", "Rosacea | Flushes faded in three sessions"), MED101),
        (
            table("Treatment | Outcome", "Ozone for athlete's foot | Toenails clear in six weeks"),
            MED101,
        ),
        (
            table("Treatment | Result", "PRP for psoriasis | Scaly plaques cleared by spring"),
            MED101,
        ),
        # near misses: no treatment, no condition, hedged
        (table("Condition | What to expect", "Psoriasis | Plaques cleared in 8 weeks"), []),
        (table("Service | Turnaround", "Booking for eczema clinic | Forms cleared in 2 days"), []),
        (table("Treatment | Result", "PRP for psoriasis | Care plan fixed up with you"), []),
        (
            table(
                "Treatment | Result", "PRP for psoriasis | Plaques may clear in 8 weeks for some"
            ),
            [],
        ),
        (
            table("Treatment | Result", "PRP for psoriasis | Skin may be clear within a month"),
            [],
        ),
    ],
)
def test_signs_of_the_row_condition(text: str, expected: list[str]) -> None:
    assert claims(text) == expected

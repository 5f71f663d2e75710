"""Claim rule by mechanism (seventeenth round, seventh pass), as a user sees it.

A first-person account that turns into a promise to the reader ("faded my dark spots,
and it will fade yours too") is the writer's claim at the promise. The writer's own
result in a sentence with its full stop ("This serum faded my age spots in a month.")
stays theirs even with no "I" in it; a title ("The stack that fixed my gut") does not.
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
        ("This magnesium spray settled my restless legs, and it will settle yours too.", MED101),
        ("Two weeks of this balm healed my cracked heels; it'll heal yours.", MED101),
        ("Honestly, this serum faded my sun spots in a month, and it will fade yours.", MED101),
        ("This tea calmed my eczema and it will calm yours as well.", MED101),
        # near misses: the writer's own result, hedged or denied or asked promise
        ("This serum faded my dark spots in a month.", []),
        ("This serum faded my dark spots; I can't promise it will fade yours.", []),
        ("This serum faded my dark spots. Will it fade yours?", []),
        ("This serum faded my dark spots, and it might fade yours too.", []),
        ("My barber gave me a skin fade and he will fade yours too.", []),
        # the clinic's voice and a title stay reported
        ("Our serum faded my dark spots in a month.", MED101),
        ("The stack that fixed my gut", MED101),
    ],
)
def test_own_result_then_a_promise(text: str, expected: list[str]) -> None:
    assert claims(text) == expected

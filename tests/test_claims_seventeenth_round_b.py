"""Claim rule by mechanism (seventeenth round, second pass), as a user sees it.

False alarm, by cause: a phrase with "without" or "with no" that describes the subject
of a predicate calling it ordinary ("Clicking without pain is common", "... is usually
harmless", "... is a normal part of ageing") tells what is normal, not what a treatment
gives. Near misses stay reported: the phrase as an outcome ("walk without pain"), a
return to normal ("is normal again") and the clinic's own people or means after it.

Miss, by cause: a verb of ending on a pronoun for a complaint asked about just before,
whose subject is the clinic's own product or service ("Stiff neck? Our massage loosens
it up"), not its people ("our team") or its words ("our guide").
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
        ("A knee that pops without any pain is usually harmless.", []),
        ("Creaking with no pain, stiffness or swelling is a normal part of getting older.", []),
        ("Stiff mornings without pain are perfectly normal after 50.", []),
        ("A jaw that clicks without pain tends to be benign.", []),
        ("Grinding without pain or locking is nothing to worry about.", []),
        # near misses: an outcome, a return to normal, the clinic's people or means
        ("Walk without pain again after one session.", MED101),
        ("Our patients leave without pain.", MED101),
        ("Life without pain is possible with our stem cell injections.", MED101),
        ("Running without pain is normal again after our PRP course.", MED101),
        ("Life without pain is normal for our patients.", MED101),
        ("Moving without stiffness is typical after our exosome course.", MED101),
    ],
)
def test_what_is_normal_is_no_claim(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brain fog after lunch? Our IV drip clears it in an hour.", MED101),
        ("Sore feet at the end of a shift? Our gel insoles soothe them by morning.", MED101),
        ("Stiff neck? Our massage loosens it up in one session.", MED101),
        ("Tight calves after a run? These foam rollers free them up in minutes.", MED101),
        # near misses: the clinic's people or its words, the reader's own task
        ("Stiff neck? Our team sorts it out.", []),
        ("Confused about knee pain? Our guide clears it up.", []),
        ("Back pain? Our app explains it in plain words.", []),
        ("Cramps at night? We'll help you sort them out with a diary.", []),
    ],
)
def test_own_product_ends_the_complaint_asked_about(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Stiff shoulders? Our cupping will loosen them up in a session.", MED101),
        ("Shin splints? Our nurses will sort them out with a referral.", []),
    ],
)
def test_own_product_past_an_auxiliary(text: str, expected: list[str]) -> None:
    assert claims(text) == expected

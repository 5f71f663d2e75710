"""Claim rule by mechanism (seventeenth round, fifth pass): false alarms, as a user sees it.

A complaint's resolution that its clause says comes by itself ("a cold, which clears up
on its own") is the illness's own course, unless a treatment or the clinic's own means
follows it. "Work" after a determiner or an adjective of research ("early work on stem
cells for heart failure") is a noun naming research, not a verb of relief.
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
        ("Teenage acne usually clears up by itself by the early twenties.", []),
        ("For a stomach bug, which clears up without treatment in two days, drink water.", []),
        ("Flu, which clears up on its own in a week, rarely needs antibiotics.", []),
        # near misses: a treatment or the clinic's means after it
        ("Your sinus infection clears up on its own after our ozone rinse.", MED101),
        ("Acne clears up by itself once you start our exosome serum.", MED101),
        ("Your sciatica is gone after one of our ozone sessions.", MED101),
    ],
)
def test_own_course_of_a_complaint(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- Early work on stem cells for heart failure\n- A pilot of home dialysis", []),
        ("Our lab's pioneering work on exosomes for tendon injuries won a prize.", []),
        ("Further work on PRP for tennis elbow is under way.", []),
        ("Her research work on ozone for leg ulcers is unpublished.", []),
        # near misses: the verb
        ("Our exosomes work on torn tendons within weeks.", MED101),
        ("PRP works on arthritic knees.", MED101),
    ],
)
def test_work_as_a_noun(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Weekly NAD+ drip → sharper focus and steadier energy", MED101),
        ("BPC-157 + TB-500 = zero tendon pain in two weeks", MED101),
        ("Exosome serum -> smoother skin in a month", MED101),
        ("Epitalon shots = no more sleepless nights", MED101),
        # near misses: a definition, a price, a hedge, no treatment, a finding of no effect
        ("PRP = platelet-rich plasma.", []),
        ("Price: PRP = £300 per session.", []),
        ("NAD+ drip = may ease brain fog for some.", []),
        ("Sleep + hydration = sharper focus.", []),
        ("Exosomes → no effect on hair loss in our small trial.", []),
    ],
)
def test_treatment_equals_a_result(text: str, expected: list[str]) -> None:
    assert claims(text) == expected

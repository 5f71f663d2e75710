"""Caveat rule by mechanism (sixteenth round), as a user sees it.

An experimental therapy named for a complaint is a topic on its own ("PRP for tendon
injuries"), but an offer when its block sells it: a call to act, the place it is now
at, stock running out and an order, or a clinic that will treat the reader. A call to
ask whether "it" would help, after a sentence naming the therapy, presents it too.
Ozone offered or used as a treatment is the therapy, and patients who come to a named
clinic with a list of complaints are offered it.
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
        ("Exosome eye drops for dry eye, now at our Leeds clinic.", MED401),
        ("Stem cell shots for knee arthritis. Book your assessment today.", MED401),
        ("Only 5 vials of our NAD+ kit for brain fog are left. Order now.", MED401),
        ("Wharton's jelly injections for hip pain: our nurses can see you this week.", MED401),
        ("BPC-157 for torn hamstrings. Call the clinic to reserve a course.", MED401),
        # near misses: a topic, a review, a booking desk, a caveat in the block
        ("PRP for tendon injuries: what the trials show.", []),
        ("Stem cells for knee arthritis: a review of the evidence. Read the paper below.", []),
        ("Our PRP sessions for tendon injuries are booked through the front desk.", []),
        (
            "Exosome drops for dry eye, now at our Leeds clinic. They are experimental "
            "and not FDA-approved.",
            [],
        ),
    ],
)
def test_topic_in_a_block_that_sells_it(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Exosome infusions may help people with long COVID. Ask our nurse if they "
            "could help you.",
            MED401,
        ),
        (
            "Cord-blood cells may help children with cerebral palsy. Talk to our team "
            "about whether they might help your son.",
            MED401,
        ),
        # near misses: no call asking whether it helps, or no health matter
        ("Exosome infusions are studied in long COVID. Book a call to talk it through.", []),
    ],
)
def test_call_to_ask_whether_it_helps(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our dental practice now offers ozone for early cavities.", MED401),
        ("We use ozone to clear gum infections in one visit.", MED401),
        (
            "Families fly to our Cancun stem cell centre with MS, autism and heart failure. "
            "Our cells give them a new start.",
            MED401,
        ),
        # near misses: ozone in the air, ozone-free devices
        ("Ozone levels rise in summer and can make asthma worse.", []),
        ("We offer ozone-free air purifiers for patients with asthma.", []),
    ],
)
def test_ozone_offered_and_patients_who_come_with_complaints(
    text: str, expected: list[str]
) -> None:
    assert caveat(text) == expected

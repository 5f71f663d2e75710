"""Claim rule by mechanism (seventeenth round, fourth pass), as a user sees it.

A complaint asked about in a short line of its own ("**Frozen shoulder?**"), or a body
part asked about in a heading, is answered by a verbless resolution opening the next
line. A verb of soothing or healing on a pronoun answers a short question even when the
vocabulary does not know the complaint, with a therapy as its subject. A before/after
contrast lists a result: the states after an "After ...:" label that names a means,
when "Before:" opened the sentence before, or after "before and after ...:" in a caption.
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
        ("*Frozen shoulder?*\n\nFixed in six visits with our hydrodilatation.", MED101),
        (
            "Sore Achilles after every run?\n\nHealed within a month with our shockwave course.",
            MED101,
        ),
        ("## Creaky hips?\n\nSorted in two sessions with our PRP.", MED101),
        ("**Thinning crown?**\n\nGone by summer with our exosome serum.", MED101),
        # near misses: no complaint, no means, a question, a description
        ("**Booking a slot?**\n\nSorted in a minute with our online app.", []),
        ("**Hair loss?**\n\nGone untreated? No: it tends to linger.", []),
        ("**Hair loss?**\n\nIt is common after childbirth and usually grows back.", []),
        ("**Hair loss?**\n\nGone in three months? Not with any shampoo we know.", []),
    ],
)
def test_answered_complaint_lines(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Croup? Our HushAir mist soothes it overnight.", MED101),
        ("Chilblains? This BPC-157 balm heals them in a week.", MED101),
        ("Sponsored · Gout? FlareAway tablets settle it by morning.", MED101),
        # near misses: hedged, the clinic's people or words, a chore
        ("Croup? Our HushAir mist may soothe it.", []),
        ("Croup? Our team can calm it.", []),
        ("Croup? Our guide explains how to calm it.", []),
        ("Paperwork? Our new portal clears it up.", []),
    ],
)
def test_pronoun_for_an_asked_complaint(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Before: limping, stiff, reaching for ibuprofen twice a day.\n"
            "After three PRP sessions: walking the dog and sleeping through the night.",
            MED101,
        ),
        ("Her knee before and after our BMAC injection: swelling gone, bending fully.", MED101),
        (
            "**Before:** blotchy and raw. **After a month with DermaCalm:** calm, even, itch-free.",
            MED101,
        ),
        (
            "Photo: shoulder before & after six weeks of our prolotherapy: full reach overhead.",
            MED101,
        ),
        # near misses: no means, no health matter, hedged, denied, a description
        ("Before: stiff knees. After 6 pm: the clinic is quiet.", []),
        ("Before: queues at reception. After our new booking system: no waiting at all.", []),
        (
            "Before: stiff knees. After three PRP sessions: results vary; some may still be stiff.",
            [],
        ),
        ("Before: stiff knees. After three PRP sessions: not much change for most patients.", []),
        ("Photos before and after the session: the bruising fades in a week.", []),
    ],
)
def test_before_and_after(text: str, expected: list[str]) -> None:
    assert claims(text) == expected

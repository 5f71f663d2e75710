"""Claim rules by mechanism (seventh round), as a user sees them.

Outcome claims outside the regenerative niche (dentistry, sleep, fertility,
men's health) name their own complaints; a verb that is an outcome only for a
health object; the subject of an outcome verb is the head before a "for ..."
phrase; outcome words in a figurative, non-health sense; claims reported by a
headline's source, a document or a reader; an outcome that is the scope of an
approval; outcomes in a results table.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED101 = ["MED101"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("This desensitising varnish ends tooth sensitivity after one coat.", MED101),
        ("Our mouthguard stops snoring from the first night.", MED101),
        ("A nightly lozenge cures snoring.", MED101),
        ("The sealant stops cavities spreading between molars.", MED101),
        ("The shockwave course cures ED within a month.", MED101),
        ("Our remineralising paste repairs thin enamel.", MED101),
        ("The ED at our hospital stops taking walk-ins at midnight.", []),
        ("Snoring is common in people who sleep on their backs.", []),
        ("Cavities form when acid from plaque wears through enamel.", []),
        ("There is no pill that cures snoring.", []),
    ],
)
def test_complaints_of_other_specialties(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected

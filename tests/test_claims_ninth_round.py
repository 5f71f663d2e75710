"""Claim rules by mechanism (ninth round), as a user sees them.

Advice is no claim: a verb of keeping or boosting in a purpose infinitive ("ways to
keep ...") or after an activity as the subject ("Swimming keeps ...") tells the
reader what to do, unless a treatment is named before it in its clause.
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
        # a treatment that keeps or boosts a body part or a function
        ("Our PRP injections keep your knees young.", MED101),
        ("A monthly exosome facial keeps skin youthful.", MED101),
        ("NAD+ drips are the easiest way to keep your brain sharp.", MED101),
        ("Our peptide stack will kick-start your metabolism.", MED101),
        ("Nothing keeps your joints supple like our collagen shots.", MED101),
        # advice: a purpose infinitive or an activity, no treatment before the verb
        ("Try these stretches to keep your hips supple.", []),
        ("Short daily walks are a simple way to keep an arthritic hip mobile.", []),
        ("Here are five tips to kick-start your metabolism after the holidays.", []),
        ("Swimming keeps your shoulders strong without loading the joint.", []),
        ("Gardening and yoga help you keep your spine flexible as you age.", []),
    ],
)
def test_advice_is_no_claim(text, expected):
    assert claims(text) == expected

"""``suppression``: reports suppression comments that no longer suppress anything.

The engine applies suppression comments after every other rule has run, so it
produces these findings itself; the check of this kind yields nothing. A rule of
this kind exists so that the finding has a name, a code, a severity and a
message like every other, and can be selected, ignored and documented.
"""

from __future__ import annotations

from ..rules import Rule, Vocabulary

FIELDS: dict = {}


def build(rule: Rule, vocab: Vocabulary):
    def check(doc):
        return iter(())

    return check

"""Rule kinds: the Python checks that YAML rules configure.

Each kind module declares ``FIELDS`` (the YAML fields it accepts, with their
types) and ``build(rule, vocabulary)``, which returns a check: a function from
a :class:`~medlint.document.Document` to an iterable of :class:`~.base.Hit`.
"""

from __future__ import annotations

from types import ModuleType

from . import (
    approval_claim,
    byline,
    caveat,
    citation,
    claim,
    disease_list,
    endorsement,
    marker,
    pattern,
    readability,
    reference,
    suppression,
    table,
    testimonial,
)

KINDS: dict[str, ModuleType] = {
    "pattern": pattern,
    "claim": claim,
    "citation": citation,
    "reference": reference,
    "marker": marker,
    "caveat": caveat,
    "byline": byline,
    "table": table,
    "readability": readability,
    "suppression": suppression,
    "approval_claim": approval_claim,
    "disease_list": disease_list,
    "testimonial": testimonial,
    "endorsement": endorsement,
}

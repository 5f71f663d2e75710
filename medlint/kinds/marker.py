"""``marker``: numbered citation markers that point at no reference entry.

A marker (``markers``: [3], [2-4], a superscript ³, ``<sup>3</sup>``, a
footnote ``[^note]``) promises a source. It is reported when a number it names
has no entry in the references: no entry numbered 3 (or, in an unnumbered
list, no third entry), no ``[^note]:`` definition, or no references at all.
References are found as for the ``reference`` kind (``section_headings``,
``entry_cues``); see :mod:`medlint.citations`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..citations import resolver_for
from ..document import Document
from ..rules import Rule, RuleError, Vocabulary
from .base import Hit

FIELDS = {"markers": list, "section_headings": list, "entry_cues": list}


def build(rule: Rule, vocab: Vocabulary):
    resolver = resolver_for(rule, vocab)
    if resolver.markers is None:
        raise RuleError("field 'markers' is required and must not be empty")

    def check(doc: Document) -> Iterator[Hit]:
        index = resolver.index(doc)
        numbered = sum(1 for k in index.entries if not k.startswith("^"))
        for marker in index.markers:
            missing = index.missing(marker)
            if not missing:
                continue
            shown = ", ".join(k if k.startswith("^") else k for k in missing)
            if not index.has_references:
                where = "the article has no references section"
            elif all(k.startswith("^") for k in missing):
                where = "there is no footnote definition for it"
            else:
                where = f"the references have {numbered} numbered entr" + (
                    "y" if numbered == 1 else "ies"
                )
            yield Hit(
                marker.start,
                marker.end,
                {
                    "match": marker.text,
                    "marker": " ".join(marker.text.split()),
                    "missing": shown,
                    "reason": where,
                },
            )

    return check

"""``pattern``: report every match of any of ``patterns`` in prose.

The simplest kind, for house rules: a list of regular expressions (or
``@vocabulary`` lists), matched case-insensitively as whole words in every
sentence. ``unless`` lists phrases whose presence in the same sentence clears
it, and ``skip_negated`` / ``skip_hedged`` reuse the hedge and negation analysis.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..linguistics import Analyzer
from ..patterns import finditer, search
from ..rules import Rule, RuleError, Vocabulary
from .base import Hit, phrases

FIELDS = {
    "patterns": list,
    "unless": list,
    "skip_negated": bool,
    "skip_hedged": bool,
    "skip_quoted": bool,
    "scope": str,
}
SCOPES = ("sentence", "heading", "all")


def build(rule: Rule, vocab: Vocabulary):
    if "patterns" not in rule.options:
        raise RuleError("kind 'pattern' needs a 'patterns' list")
    pattern = phrases(rule, vocab, "patterns", required=True)
    unless = phrases(rule, vocab, "unless")
    scope = rule.options.get("scope", "all")
    if scope not in SCOPES:
        raise RuleError(f"field 'scope' must be one of {', '.join(SCOPES)}")
    analyzer = Analyzer.from_vocabulary(vocab)
    skip_negated = rule.options.get("skip_negated", True)
    skip_hedged = rule.options.get("skip_hedged", False)
    skip_quoted = rule.options.get("skip_quoted", True)

    def check(doc: Document) -> Iterator[Hit]:
        for block in doc.blocks:
            if scope == "heading" and block.kind != "heading":
                continue
            if scope == "sentence" and block.kind == "heading":
                continue
            for sentence in block.sentences:
                text = sentence.text
                if unless is not None and search(unless, text):
                    continue
                for m in finditer(pattern, text):
                    view = analyzer.view(text, m.start(), m.end())
                    if skip_negated and view.negated:
                        continue
                    if skip_hedged and view.hedged:
                        continue
                    if skip_quoted and (view.quoted or view.reported):
                        continue
                    a, b = block.source_span(sentence.prose_start + m.start(),
                                             sentence.prose_start + m.end())
                    yield Hit(a, b, {"match": m.group()})

    return check

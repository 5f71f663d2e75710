"""``pattern``: report every match of any of ``patterns`` in prose.

The simplest kind, for house rules: a list of regular expressions (or
``@vocabulary`` lists), matched case-insensitively as whole words in every
sentence. ``unless`` lists phrases whose presence in the same sentence clears
it, and ``skip_negated`` / ``skip_hedged`` reuse the hedge and negation analysis.

Optional fields:

* ``unless_paragraph``: patterns matched anywhere (not as whole words, like
  ``@citation_markers``) in the block's prose or its source markup; a match
  clears every hit in that block (paragraph, list item, ...). Use it for
  "unless a source is attached in the paragraph".
* ``skip_sections``: patterns for section headings (e.g. ``@reference_headings``)
  whose blocks are not checked.
* ``skip_questions`` / ``skip_conditional`` (default false): also leave matches
  alone in questions ("Is PRP completely safe?") or conditional clauses.
* list items under a warning ("Be suspicious if a clinic:", "Red flags:") report
  what others claim and are skipped with ``skip_quoted``.
* ``once_per_sentence`` (default false): report only the first match of a
  sentence, so one sentence with three urgency phrases is one finding.
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
    "unless_paragraph": list,
    "skip_sections": list,
    "skip_questions": bool,
    "skip_conditional": bool,
    "once_per_sentence": bool,
}
SCOPES = ("sentence", "heading", "all")


def build(rule: Rule, vocab: Vocabulary):
    if "patterns" not in rule.options:
        raise RuleError("kind 'pattern' needs a 'patterns' list")
    pattern = phrases(rule, vocab, "patterns", required=True)
    unless = phrases(rule, vocab, "unless")
    unless_paragraph = phrases(rule, vocab, "unless_paragraph", words=False)
    skip_sections = phrases(rule, vocab, "skip_sections")
    scope = rule.options.get("scope", "all")
    if scope not in SCOPES:
        raise RuleError(f"field 'scope' must be one of {', '.join(SCOPES)}")
    analyzer = Analyzer.from_vocabulary(vocab)
    skip_negated = rule.options.get("skip_negated", True)
    skip_hedged = rule.options.get("skip_hedged", False)
    skip_quoted = rule.options.get("skip_quoted", True)
    skip_questions = rule.options.get("skip_questions", False)
    skip_conditional = rule.options.get("skip_conditional", False)
    once = rule.options.get("once_per_sentence", False)

    def check(doc: Document) -> Iterator[Hit]:
        warned = analyzer.warned_items(doc.blocks) if skip_quoted else set()
        for block in doc.blocks:
            if scope == "heading" and block.kind != "heading":
                continue
            if id(block) in warned:
                continue  # "Be suspicious if a clinic: - promises zero risk"
            if scope == "sentence" and block.kind == "heading":
                continue
            if skip_sections is not None and block.section and search(skip_sections, block.section):
                continue
            cleared = None  # whether unless_paragraph matches this block; computed on demand
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
                    if (skip_questions and view.question) or (
                        skip_conditional and view.conditional
                    ):
                        continue
                    if cleared is None:
                        cleared = _block_matches(unless_paragraph, doc, block)
                    if cleared:
                        break
                    a, b = block.source_span(
                        sentence.prose_start + m.start(), sentence.prose_start + m.end()
                    )
                    yield Hit(a, b, {"match": m.group()})
                    if once:
                        break

    return check


def _block_matches(pattern, doc: Document, block) -> bool:
    """Whether ``pattern`` occurs in the block's prose or in its source (links, footnotes)."""
    if pattern is None:
        return False
    return bool(search(pattern, block.text) or search(pattern, doc.source, block.start, block.end))

"""``readability``: an article written above a Flesch-Kincaid grade, as textstat grades it.

The grade is computed over the article's body prose (paragraphs, list items and
quotes of at least ``min_words`` words; headings, tables and references are
left out). One finding per article, placed on its hardest paragraph, when the
grade exceeds ``max_grade``.

Grades are textstat's Flesch-Kincaid grades, computed through
:mod:`medlint.syllables`, which keeps textstat's syllable counts in a table in
the cache folder and counts words and sentences as textstat does: textstat
itself is never imported, and its dictionary (about a second to load) is read
once per machine, not once per run.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..rules import Rule, Vocabulary
from .base import Hit, number

FIELDS = {"max_grade": (int, float), "min_words": int, "block_kinds": list}


def build(rule: Rule, vocab: Vocabulary):
    max_grade = number(rule, "max_grade", 8)
    min_words = int(number(rule, "min_words", 40))
    kinds = set(rule.options.get("block_kinds", ["paragraph", "list_item", "quote"]))

    def check(doc: Document) -> Iterator[Hit]:
        blocks = [b for b in doc.blocks if b.kind in kinds and len(b.text.split()) >= min_words]
        if not blocks:
            return
        from ..syllables import Grader  # deferred: only runs that grade need it

        body = "\n\n".join(b.text for b in blocks)
        grader = Grader([body])
        grade = grader.grade(body)
        if grade <= max_grade:
            return
        hardest, worst = max(((b, grader.grade(b.text)) for b in blocks), key=lambda pair: pair[1])
        yield Hit(
            hardest.start,
            hardest.end,
            {
                "match": hardest.text[:40],
                "grade": f"{grade:.1f}",
                "paragraph_grade": f"{worst:.1f}",
                "max_grade": f"{max_grade:g}",
            },
        )

    return check

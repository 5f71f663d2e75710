"""``reference``: entries of a references list that locate nothing.

An entry is a block in a section whose heading matches ``section_headings``
("References", "Sources", ...), or any block that looks like a reference entry
(``entry_cues``: "Accessed 24 Oct. 2022", "Retrieved from", a leading "[3]").
An entry is complete when it has a locator (``locators``: a URL, DOI, PMID,
PMC or NCT number, an ISBN, or a journal citation with year and volume).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..patterns import search
from ..rules import Rule, Vocabulary
from .base import Hit, phrases

FIELDS = {"section_headings": list, "entry_cues": list, "locators": list}


def reference_entries(doc: Document, headings, cues) -> Iterator:
    """Blocks that are entries of a references list, in document order."""
    for block in doc.blocks:
        if block.kind == "heading":
            continue
        in_section = headings is not None and block.section and search(headings, block.section)
        if in_section or (cues is not None and search(cues, block.text)):
            yield block


def build(rule: Rule, vocab: Vocabulary):
    headings = phrases(rule, vocab, "section_headings")
    cues = phrases(rule, vocab, "entry_cues", words=False)
    locators = phrases(rule, vocab, "locators", words=False, required=True)

    def check(doc: Document) -> Iterator[Hit]:
        for block in reference_entries(doc, headings, cues):
            if search(locators, block.text) or search(locators, doc.source, block.start, block.end):
                continue
            text = " ".join(block.text.split())
            entry = text if len(text) <= 60 else text[:57] + "..."
            yield Hit(block.start, block.end, {"match": block.text, "entry": entry})

    return check

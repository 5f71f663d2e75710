"""``reference``: entries of a references list that locate nothing.

An entry is a block of a references list - from a heading or a stand-alone line
that *is* one of ``section_headings`` ("References", "Sources:", "Works cited";
not "Sources of knee pain") to the next heading - or any block that reads like
a reference entry (``entry_cues``: "Accessed 24 Oct. 2022", "Retrieved from", a
leading "[3]"). An entry is complete when it has a locator (``locators``: a URL,
DOI, PMID, PMC or NCT number, an ISBN, or a journal citation with year and
volume). Entry detection is shared with the citation rules
(:mod:`medlint.citations`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..citations import resolver_for
from ..document import Block, Document
from ..patterns import search
from ..rules import Rule, Vocabulary
from .base import Hit, phrases

FIELDS = {"section_headings": list, "entry_cues": list, "locators": list}


def reference_entries(doc: Document, rule: Rule, vocab: Vocabulary) -> list[Block]:
    """Blocks that are entries of a references list, in document order."""
    return resolver_for(rule, vocab).index(doc).entry_blocks


def build(rule: Rule, vocab: Vocabulary):
    resolver = resolver_for(rule, vocab)
    locators = phrases(rule, vocab, "locators", words=False, required=True)

    def check(doc: Document) -> Iterator[Hit]:
        for block in resolver.index(doc).entry_blocks:
            if search(locators, block.text) or search(locators, doc.source, block.start, block.end):
                continue
            text = " ".join(block.text.split())
            entry = text if len(text) <= 60 else text[:57] + "..."
            yield Hit(block.start, block.end, {"match": block.text, "entry": entry})

    return check

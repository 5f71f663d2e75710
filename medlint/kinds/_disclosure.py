"""Pieces shared by the disclosure kinds (``byline``, ``testimonial``, ``endorsement``).

Not a kind itself: it holds the sentence-level helpers and the detector that
decides whether a text or a whole document discloses a commercial connection.
All phrases come from the rule packs; nothing here knows English words.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..document import Block, Document
from ..linguistics import Analyzer, View
from ..patterns import finditer, search
from ..sentences import split_sentences

PROSE = ("paragraph", "list_item", "quote")
# Front-matter values that mean "no" (YAML already turns true/false into bools).
_FALSY = {"", "no", "false", "none", "n/a", "na", "0", "off", "null"}


def quote(text: str, width: int = 60) -> str:
    """``text`` on one line, in double quotes, shortened to ``width`` characters."""
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= width else f'"{text[: width - 3]}..."'


def sentences(text: str | Block) -> Iterator[tuple[int, str]]:
    """(offset, sentence text) for each sentence of ``text``; a block's own
    sentences (split once, when the document was first checked) for a block."""
    if isinstance(text, Block):
        for sentence in text.sentences:
            yield sentence.prose_start, sentence.text
        return
    for a, b in split_sentences(text):
        yield a, text[a:b]


def matches(pattern, analyzer: Analyzer, text: str | Block) -> Iterator[tuple[int, str, Any, View]]:
    """Every match of ``pattern`` in ``text`` (or a block's text) with its sentence and
    how the sentence puts it.

    Yields (sentence offset, sentence text, match within the sentence, view).
    """
    if pattern is None:
        return
    for offset, sentence in sentences(text):
        for m in finditer(pattern, sentence):
            yield offset, sentence, m, analyzer.view(sentence, m.start(), m.end())


def starts_with(pattern, text: str):
    """The match of ``pattern`` that opens ``text`` (after list and emphasis marks), or None."""
    m = search(pattern, text)
    if m is not None and text[: m.start()].strip(" \t*_#>\u2022\u00b7-:|[(\"'\u201c") == "":
        return m
    return None


class DisclosureFinder:
    """Finds statements that disclose a commercial connection.

    * ``labels`` count when they open a block or a sentence ("Disclosure:",
      "Sponsored content", "Advertisement feature");
    * ``statements`` count anywhere in a sentence ("Dr. Lee owns the clinic,
      which offers ...", "this article is sponsored", "#ad");
    * either is void when negated ("does not own") or when its sentence matches
      ``denials`` ("Disclosure: none", "no conflicts of interest");
    * a truthy front-matter field named in ``fields`` counts for the document.
    """

    def __init__(
        self,
        analyzer: Analyzer,
        statements,
        labels=None,
        denials=None,
        fields: list[str] | tuple[str, ...] = (),
    ) -> None:
        self.analyzer = analyzer
        self.statements = statements
        self.labels = labels
        self.denials = denials
        self.fields = [str(f).lower() for f in fields]

    def _denied(self, sentence: str) -> bool:
        return self.denials is not None and search(self.denials, sentence) is not None

    def in_text(self, text: str | Block) -> str | None:
        """The disclosing phrase in ``text`` (or a block's text), or None."""
        for _, sentence in sentences(text):
            if self._denied(sentence):
                continue
            if self.labels is not None:
                m = starts_with(self.labels, sentence)
                if m is not None:
                    return m.group()
            if self.statements is not None:
                for m in finditer(self.statements, sentence):
                    if not self.analyzer.view(sentence, m.start(), m.end()).negated:
                        return m.group()
        return None

    def field_value(self, value: Any) -> bool:
        """Whether a front-matter value discloses something."""
        if value is None or value is False:
            return False
        if value is True:
            return True
        if isinstance(value, int | float):
            return value != 0
        if isinstance(value, dict | list | tuple):
            return any(
                self.field_value(v) for v in (value.values() if isinstance(value, dict) else value)
            )
        text = str(value).strip()
        if text.lower() in _FALSY:
            return False
        return not self._denied(text)

    def in_front_matter(self, doc: Document) -> str | None:
        for key in self.fields:
            if self.field_value(doc.front_matter.get(key)):
                return key
        return None

    def in_document(self, doc: Document) -> str | None:
        """The first disclosure of ``doc`` (a front-matter field or a phrase), or None."""
        key = self.in_front_matter(doc)
        if key is not None:
            return key
        for block in doc.blocks:
            found = self.in_text(block)
            if found is not None:
                return found
        return None

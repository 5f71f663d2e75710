"""Citation markers, reference entries, and which markers resolve to which entries.

A claim counts as cited only when its source is really there: either an
*inline source* in its sentence or paragraph (an author-year reference, a DOI,
a PMID, a link, a named journal), or a *numbered marker* ([2], a superscript ²,
``<sup>2</sup>``, a footnote ``[^note]``) that resolves to an entry of the
references. What counts as a marker, a source, a references heading or an
entry cue is vocabulary (``numbered_citations``, ``inline_sources``,
``reference_headings``, ``reference_entry_cues``); this module only knows how
entries are numbered and how markers name them.

Entries are the blocks of a references section (from a heading, or a short
line such as "References:" on its own, to the next heading), blocks that read
like an entry anywhere (``entry_cues``: "Accessed 24 Oct. 2022"), and footnote
definitions (``[^note]: ...``). An entry's key is its own number ("[3] ...",
"3. ...", "³ ...", the number of its ordered-list item) or, failing that, its
position in its list. A marker resolves when every number it names is a key.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from functools import lru_cache

from .document import Block, Document
from .patterns import alternation, finditer, search
from .records import dataclass, field

_SUPERSCRIPTS = str.maketrans(
    "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207b\u02d2", "0123456789-,"
)
_FOOTNOTE_DEF = re.compile(r"\s*\[\^([^\]\s]+)\]:")
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")
_ENTRY_NUMBER = re.compile(
    r"(?m)^[ \t]*(?:\[\s*(\d{1,3})\s*\]|(\d{1,3})[.)](?=\s)"
    r"|([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)|\^(\d{1,3})\b)"
)
_LIST_NUMBER = re.compile(r"(\d{1,3})[.)][ \t]*\Z")
_TAG = re.compile(r"<[^>]*>")
_NUMBERS = re.compile(r"(\d{1,3})(?:\s*[-\u2013]\s*(\d{1,3}))?")
_HEADING_AND = re.compile(r"\s*(?:,|&|\band\b)\s*")
_HEADING_TRIM = re.compile(r"^[\s#*_>\d.)\-\u2022]*|[\s:.*_#]*$")
MAX_RANGE = 50
_PROSE_KINDS = ("paragraph", "list_item", "quote", "alt", "table_caption", "heading")


@dataclass(eq=False)
class Marker:
    """A numbered citation marker; ``start``/``end`` are source offsets."""

    start: int
    end: int
    text: str
    keys: tuple[str, ...]
    block: Block


@dataclass(eq=False)
class Index:
    """Markers and reference entries of one document."""

    entries: dict[str, Block] = field(default_factory=dict)
    entry_blocks: list[Block] = field(default_factory=list)
    reference_blocks: set[int] = field(default_factory=set)  # id() of blocks in a references list
    markers: list[Marker] = field(default_factory=list)
    by_block: dict[int, list[Marker]] = field(default_factory=dict)
    has_references: bool = False

    def in_references(self, block: Block) -> bool:
        return id(block) in self.reference_blocks

    def missing(self, marker: Marker) -> list[str]:
        return [k for k in marker.keys if k not in self.entries]

    def resolves(self, marker: Marker) -> bool:
        return bool(marker.keys) and not self.missing(marker)

    def markers_in(self, block: Block) -> list[Marker]:
        return self.by_block.get(id(block), [])


def heading_matches(pattern, text: str | None) -> bool:
    """True when ``text`` (a heading) *is* one of ``pattern``'s phrases, not merely contains one.

    "References", "5. Sources:" and "## Works cited" match; "Sources of knee pain" does not.
    """
    if pattern is None or not text:
        return False
    core = _HEADING_TRIM.sub("", text)
    if not core or len(core) > 60:
        return False
    # "Sources and further reading": every part must be a references heading.
    for part in _HEADING_AND.split(core):
        m = search(pattern, part)
        if m is None or m.start() != 0 or m.end() != len(part):
            return False
    return True


def marker_keys(text: str) -> tuple[str, ...]:
    """The entry keys a marker names: "[1, 3-4]" gives 1, 3, 4; "[^note]" gives ^note."""
    foot = _FOOTNOTE_REF.search(text)
    if foot:
        return ("^" + foot.group(1).lower(),)
    plain = _TAG.sub(" ", text).translate(_SUPERSCRIPTS)
    keys: list[str] = []
    for m in _NUMBERS.finditer(plain):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if b < a or b - a > MAX_RANGE:
            b = a
        for n in range(a, b + 1):
            if str(n) not in keys:
                keys.append(str(n))
    return tuple(keys)


class Resolver:
    """Builds (and caches, per document) the :class:`Index` for one set of patterns."""

    def __init__(self, markers, headings, cues) -> None:
        self.markers = markers
        self.headings = headings
        self.cues = cues
        self._cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def index(self, doc: Document) -> Index:
        found = self._cache.get(doc)
        if found is None:
            found = self._build(doc)
            self._cache[doc] = found
        return found

    # -- entries ---------------------------------------------------------------
    def _is_heading_line(self, block: Block) -> bool:
        """A short stand-alone line such as "References:" that opens a references list."""
        return (
            block.kind in ("paragraph", "heading")
            and "\n" not in block.text
            and heading_matches(self.headings, block.text)
        )

    def _build(self, doc: Document) -> Index:
        index = Index()
        in_refs = False
        position = 0  # ordinal of the entry within the current list
        loose = 0  # ordinal of entries found by cue outside a references list
        for block in doc.blocks:
            if block.kind == "heading" or self._is_heading_line(block):
                in_refs = self._is_heading_line(block)
                position = 0
                if in_refs:
                    index.has_references = True
                continue
            by_cue = self.cues is not None and search(self.cues, block.text) is not None
            foot = _FOOTNOTE_DEF.match(block.text)
            if foot:
                # A footnote definition is an entry for its label wherever it stands;
                # it is checked as a reference only inside a references list or by cue.
                index.entries.setdefault("^" + foot.group(1).lower(), block)
                index.has_references = True
                index.reference_blocks.add(id(block))
                if in_refs or by_cue:
                    index.entry_blocks.append(block)
                continue
            if not (in_refs or by_cue):
                continue
            index.reference_blocks.add(id(block))
            index.entry_blocks.append(block)
            index.has_references = True
            if in_refs:
                position += 1
                ordinal = position
            else:
                loose += 1
                ordinal = loose
            numbers = self._entry_numbers(doc, block)
            for key in numbers or [str(ordinal)]:
                index.entries.setdefault(key, block)
        for block in doc.blocks:
            if block.kind in _PROSE_KINDS and not index.in_references(block):
                found = list(self._markers(doc, block))
                if found:
                    index.markers.extend(found)
                    index.by_block[id(block)] = found
        return index

    @staticmethod
    def _entry_numbers(doc: Document, block: Block) -> list[str]:
        """Numbers that open the entry's lines ("[3] ...", "3. ...", "³ ...")."""
        numbers = []
        for m in _ENTRY_NUMBER.finditer(block.text):
            raw = next(g for g in m.groups() if g)
            numbers.append(str(int(raw.translate(_SUPERSCRIPTS))))
        if numbers:
            return numbers
        # An ordered-list item: the reader drops "3." from the prose; find it in the source.
        line_start = doc.source.rfind("\n", 0, block.start) + 1
        m = _LIST_NUMBER.search(doc.source, line_start, block.start)
        return [str(int(m.group(1)))] if m else []

    # -- markers ---------------------------------------------------------------
    def _markers(self, doc: Document, block: Block) -> Iterator[Marker]:
        if self.markers is None:
            return
        spans: list[tuple[int, int]] = []
        found: list[Marker] = []
        # Markers in the prose ("heals [2]", "heals²") ...
        for m in finditer(self.markers, block.text):
            if _FOOTNOTE_DEF.match(block.text, m.start()) and m.start() == 0:
                continue
            a, b = block.source_span(m.start(), m.end())
            keys = marker_keys(m.group())
            if keys:
                spans.append((a, b))
                found.append(Marker(a, b, doc.source[a:b], keys, block))
        # ... and in markup that the prose drops ("<sup>2</sup>").
        for m in finditer(self.markers, doc.source, block.start, block.end):
            a, b = m.start(), m.end()
            if any(a < y and x < b for x, y in spans):
                continue
            keys = marker_keys(m.group())
            if keys:
                spans.append((a, b))
                found.append(Marker(a, b, m.group(), keys, block))
        found.sort(key=lambda mk: mk.start)
        yield from found


class Sources:
    """Answers "is this paragraph cited?" for the claim and citation kinds."""

    def __init__(self, resolver: Resolver, inline) -> None:
        self.resolver = resolver
        self.inline = inline

    def inline_source(self, doc: Document, block: Block) -> bool:
        if self.inline is None:
            return False
        return bool(
            search(self.inline, block.text)
            or search(self.inline, doc.source, block.start, block.end)
        )

    def cited(self, doc: Document, block: Block) -> bool:
        """An inline source, or a marker that resolves to a reference entry, in ``block``."""
        if self.inline_source(doc, block):
            return True
        index = self.resolver.index(doc)
        return any(index.resolves(m) for m in index.markers_in(block))

    def in_references(self, doc: Document, block: Block) -> bool:
        return self.resolver.index(doc).in_references(block)


@lru_cache(maxsize=16)
def _resolver(markers: tuple[str, ...], headings: tuple[str, ...], cues: tuple[str, ...]):
    return Resolver(
        alternation(markers, words=False), alternation(headings), alternation(cues, words=False)
    )


def resolver(markers, headings, cues) -> Resolver:
    """A shared :class:`Resolver` for these phrase lists (rules that agree share one index)."""
    return _resolver(tuple(markers), tuple(headings), tuple(cues))


def resolver_for(rule, vocab, *, markers="markers") -> Resolver:
    """The resolver for a rule: its ``markers`` option (default ``@numbered_citations``),
    and its ``section_headings`` / ``entry_cues`` options, by default the vocabulary's
    ``reference_headings`` and ``reference_entry_cues``."""
    opts = rule.options

    def items(key: str, default: str) -> list[str]:
        value = opts.get(key, [f"@{default}"])
        if default not in vocab.lists and key not in opts:
            return []
        return vocab.get(value, f"field '{key}'")

    return resolver(
        items(markers, "numbered_citations"),
        items("section_headings", "reference_headings"),
        items("entry_cues", "reference_entry_cues"),
    )

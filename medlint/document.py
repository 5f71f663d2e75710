"""The document model: prose blocks, sentences and tables with exact offsets.

Every reader (plain text, Markdown, HTML) turns a source string into a
:class:`Document`. Block text is *prose*: markup is removed and entities are
decoded, so rules see what a reader of the article sees. Each block keeps an
:class:`OffsetMap` from prose positions back to positions in the original
source, and :class:`LineIndex` turns a source position into a 1-based line and
column counted in characters. Rules therefore never deal with markup, and
findings always point at the original file.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from .records import dataclass, field

_LINE_BREAK = re.compile(r"\r\n?|\n")


class LineIndex:
    """Maps character offsets to 1-based (line, column); LF, CRLF and CR all end a line."""

    def __init__(self, text: str) -> None:
        # One pass over the line breaks; "\r\n" is one break, a lone "\r" another.
        # A final line break starts an empty last line, as editors show it.
        self.starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
        self.length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """Inverse of :meth:`position` (1-based line and column)."""
        return self.starts[line - 1] + column - 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Source offsets [start, end) of a 1-based line, without its line break."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else self.length
        return start, end

    @property
    def count(self) -> int:
        return len(self.starts)


class OffsetMap:
    """Maps positions in a block's prose back to positions in the source.

    The prose is built from runs. An *identity* run was copied from the source
    unchanged, so positions inside it map one to one; a *replacement* run (a
    decoded entity, say) maps every position to where its source text began.
    """

    __slots__ = ("_starts", "_runs")

    def __init__(self, runs: list[tuple[int, int, bool]]) -> None:
        self._runs = runs or [(0, 0, True)]
        self._starts = [r[0] for r in self._runs]

    def source(self, pos: int) -> int:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            i = 0
        prose_start, source_start, identity = self._runs[i]
        return source_start + (pos - prose_start) if identity else source_start

    def shifted(self, lead: int) -> OffsetMap:
        """The map for the same prose with its first ``lead`` characters removed."""
        runs: list[tuple[int, int, bool]] = []
        for prose_start, source_start, identity in self._runs:
            p = prose_start - lead
            if p < 0:
                source_start = source_start - p if identity else source_start
                p = 0
            if runs and runs[-1][0] == p:
                runs[-1] = (p, source_start, identity)
            else:
                runs.append((p, source_start, identity))
        return OffsetMap(runs)

    def source_end(self, pos: int) -> int:
        """Source position just after the prose character at ``pos - 1``."""
        if pos <= 0:
            return self.source(0)
        return self.source(pos - 1) + 1


class ProseBuilder:
    """Builds a block's prose text together with its :class:`OffsetMap`."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._runs: list[tuple[int, int, bool]] = []
        self._length = 0

    def copy(self, source: str, start: int, end: int) -> None:
        if end <= start:
            return
        self._runs.append((self._length, start, True))
        self._parts.append(source[start:end])
        self._length += end - start

    def insert(self, text: str, source_offset: int) -> None:
        if not text:
            return
        self._runs.append((self._length, source_offset, False))
        self._parts.append(text)
        self._length += len(text)

    def __len__(self) -> int:
        return self._length

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._runs)


@dataclass(eq=False)
class Sentence:
    """A sentence of a block; ``start``/``end`` are source offsets."""

    text: str
    start: int
    end: int
    block: Block
    prose_start: int
    index: int


@dataclass(eq=False)
class Block:
    """A unit of prose: a paragraph, heading, list item, quote, caption, ...

    ``kind`` is one of ``paragraph``, ``heading``, ``list_item``, ``quote``,
    ``alt`` (image alternative text) or ``table_caption``. ``section`` is the
    text of the nearest heading above the block, if any.
    """

    kind: str
    text: str
    start: int
    end: int
    offsets: OffsetMap
    section: str | None = None
    level: int = 0

    @cached_property
    def sentences(self) -> list[Sentence]:
        from .sentences import split_sentences

        result = []
        for i, (a, b) in enumerate(split_sentences(self.text)):
            result.append(
                Sentence(
                    text=self.text[a:b],
                    start=self.offsets.source(a),
                    end=self.offsets.source_end(b),
                    block=self,
                    prose_start=a,
                    index=i,
                )
            )
        return result

    def source_span(self, a: int, b: int) -> tuple[int, int]:
        """Source offsets for the prose range [a, b)."""
        return self.offsets.source(a), self.offsets.source_end(b)


@dataclass(eq=False)
class Cell:
    text: str
    start: int
    end: int


@dataclass(eq=False)
class Row:
    cells: list[Cell]
    start: int
    end: int
    header: bool = False


@dataclass(eq=False)
class Table:
    """A table as the reader found it: ``form`` is markdown, html or delimited."""

    rows: list[Row]
    start: int
    end: int
    form: str

    @property
    def header(self) -> Row | None:
        return self.rows[0] if self.rows and self.rows[0].header else None

    @property
    def body(self) -> list[Row]:
        return [r for r in self.rows if not r.header]


@dataclass(eq=False)
class Comment:
    """A markup comment (``<!-- ... -->``) or a plain-text directive line."""

    text: str
    start: int
    end: int


@dataclass(eq=False)
class Document:
    path: str
    source: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    front_matter: dict = field(default_factory=dict)
    front_matter_end: int = 0

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    def position(self, offset: int) -> tuple[int, int]:
        return self.lines.position(offset)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [s for b in self.blocks for s in b.sentences]

    def paragraph_of(self, sentence: Sentence) -> Block:
        return sentence.block

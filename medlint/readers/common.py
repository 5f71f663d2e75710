"""Pieces shared by the plain-text and Markdown readers."""

from __future__ import annotations

import re

from ..document import Block, Cell, Document, ProseBuilder, Row, Table

BULLET = re.compile(r"[ \t]*(?:[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\-*+]|\d{1,3}[.)])[ \t]+")
COMMENT_LINE = re.compile(r"[ \t]*<!--.*?-->[ \t]*$")
TERMINAL = re.compile(r"[.!;,:\"\u201d)]\s*$")


def iter_lines(source: str):
    """Yield (start, end) source offsets of each line, without its line break."""
    doc_lines = Document(path="", source=source, format="text").lines
    for n in range(1, doc_lines.count + 1):
        start, end = doc_lines.line_span(n)
        # Strip the line break itself.
        while end > start and source[end - 1] in "\r\n":
            end -= 1
        yield start, end


def is_blank(source: str, start: int, end: int) -> bool:
    return source[start:end].strip() == ""


def heading_like(text: str) -> bool:
    """A short line with no sentence punctuation: a title or a section heading."""
    stripped = text.strip()
    if not stripped or len(stripped) > 90:
        return False
    words = stripped.split()
    if len(words) > 12:
        return False
    if stripped.endswith("?"):
        return len(words) <= 8 and stripped[0].isupper()
    if TERMINAL.search(stripped):
        return False
    return stripped[0].isupper() or stripped[0].isdigit()


def make_block(
    source: str, start: int, end: int, kind: str, section: str | None, level: int = 0
) -> Block | None:
    """A block whose prose is the source range copied verbatim (trimmed)."""
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    builder = ProseBuilder()
    builder.copy(source, start, end)
    text, offsets = builder.build()
    return Block(kind, text, start, end, offsets, section=section, level=level)


_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
_TAB_SPLIT = re.compile(r"\t+")
_SPACE_SPLIT = re.compile(r" {2,}|\t+")
ALIGN_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")


def split_cells(source: str, start: int, end: int, splitter: re.Pattern) -> list[Cell]:
    """Split a row into trimmed cells, keeping each cell's source offsets."""
    line = source[start:end]
    cells = []
    pos = 0
    pieces = []
    for m in splitter.finditer(line):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(line)))
    if splitter is _PIPE_SPLIT:
        # Outer pipes are optional: drop empty edge pieces they leave behind.
        if pieces and line[pieces[0][0] : pieces[0][1]].strip() == "":
            pieces = pieces[1:]
        if pieces and line[pieces[-1][0] : pieces[-1][1]].strip() == "":
            pieces = pieces[:-1]
    for a, b in pieces:
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        cells.append(Cell(line[a:b], start + a, start + b))
    return cells


def delimited_splitter(text: str) -> re.Pattern | None:
    if "|" in text:
        return _PIPE_SPLIT
    if "\t" in text:
        return _TAB_SPLIT
    if re.search(r"\S {2,}\S", text):
        return _SPACE_SPLIT
    return None


def read_delimited_table(
    source: str, lines: list[tuple[int, int]], i: int
) -> tuple[Table | None, int]:
    """Try to read a delimited table (pipes, tabs or aligned columns) at line ``i``.

    Returns the table and the index of the first line after it, or (None, i).
    A table needs at least two rows with the same number (>= 2) of columns.
    """
    start, end = lines[i]
    first = source[start:end]
    splitter = delimited_splitter(first)
    if splitter is None:
        return None, i
    rows: list[Row] = []
    width = None
    j = i
    while j < len(lines):
        a, b = lines[j]
        text = source[a:b]
        if not text.strip():
            break
        if ALIGN_ROW.match(text) and splitter is _PIPE_SPLIT:
            if rows:
                rows[-1].header = True
            j += 1
            continue
        if delimited_splitter(text) is not splitter:
            break
        cells = split_cells(source, a, b, splitter)
        if width is None:
            width = len(cells)
        if len(cells) < 2 or (splitter is not _PIPE_SPLIT and len(cells) != width):
            break
        if splitter is _SPACE_SPLIT and any(len(c.text) > 60 for c in cells):
            break  # prose with a double space after a full stop, not a table
        rows.append(Row(cells, a, b))
        j += 1
    if len(rows) < 2 or (width or 0) < 2:
        return None, i
    if splitter is not _PIPE_SPLIT or not any(r.header for r in rows):
        rows[0].header = True
    return Table(
        rows, rows[0].start, rows[-1].end, "markdown" if splitter is _PIPE_SPLIT else "delimited"
    ), j

"""Plain text: paragraphs, heading-like lines, bullets and delimited tables."""

from __future__ import annotations

import re

from ..document import Comment, Document
from ..suppression import is_plain_directive
from .common import (
    BULLET,
    COMMENT_LINE,
    heading_like,
    is_blank,
    iter_lines,
    make_block,
    read_delimited_table,
)

# A chunk whose longest line exceeds this is "one paragraph per line" (soft-wrapped
# copy, as pasted from a web page); otherwise it is hard-wrapped prose.
SOFT_WRAP_WIDTH = 100


def read_plain(path: str, source: str) -> Document:
    doc = Document(path=path, source=source, format="text")
    lines = list(iter_lines(source))
    section: str | None = None
    i = 0
    while i < len(lines):
        start, end = lines[i]
        if is_blank(source, start, end):
            i += 1
            continue
        if COMMENT_LINE.match(source, start, end) and source[start:end].strip().endswith("-->"):
            doc.comments.append(Comment(source[start:end].strip(), start, end))
            i += 1
            continue
        if is_plain_directive(source[start:end]):  # `medlint-disable RULE` on its own line
            doc.comments.append(Comment(source[start:end], start, end))
            i += 1
            continue
        table, j = read_delimited_table(source, lines, i)
        if table is not None:
            doc.tables.append(table)
            i = j
            continue
        # Collect a chunk: consecutive non-blank lines that are not tables or comments.
        chunk = []
        while i < len(lines):
            a, b = lines[i]
            if (
                is_blank(source, a, b)
                or COMMENT_LINE.match(source[a:b])
                or is_plain_directive(source[a:b])
            ):
                break
            if chunk and read_delimited_table(source, lines, i)[0] is not None:
                break
            chunk.append((a, b))
            i += 1
        section = _emit_chunk(doc, source, chunk, section)
    return doc


def _emit_chunk(doc: Document, source: str, chunk: list[tuple[int, int]], section: str | None):
    soft = max(b - a for a, b in chunk) > SOFT_WRAP_WIDTH or len(chunk) == 1
    para: list[tuple[int, int]] = []

    def flush() -> None:
        if para:
            block = make_block(source, para[0][0], para[-1][1], "paragraph", section)
            if block:
                doc.blocks.append(block)
            para.clear()

    for k, (a, b) in enumerate(chunk):
        text = source[a:b]
        bullet = BULLET.match(text)
        if bullet:
            flush()
            block = make_block(source, a + bullet.end(), b, "list_item", section)
            if block:
                doc.blocks.append(block)
            continue
        # In hard-wrapped prose only a chunk's first line can be a heading: a short
        # last line is usually the tail of a wrapped sentence.
        if heading_like(text) and (soft or k == 0):
            flush()
            block = make_block(source, a, b, "heading", section)
            if block:
                doc.blocks.append(block)
                section = block.text
            continue
        if soft:
            flush()
            para.append((a, b))
            flush()
        else:
            # Hard-wrapped prose: continuation lines of a list item stay with it.
            if (
                not para
                and doc.blocks
                and doc.blocks[-1].kind == "list_item"
                and text[:1].isspace()
            ):
                last = doc.blocks.pop()
                para.append((last.start, b))
                block = make_block(source, last.start, b, "list_item", section)
                if block:
                    doc.blocks.append(block)
                para.clear()
                continue
            if para and _starts_entry(source, para[-1], text):
                flush()
            para.append((a, b))
    flush()
    return section


# A line that opens with a quoted title or a "[n]" label, after a line that ended
# a sentence, starts a new entry (a references list pasted one entry a line).
_ENTRY_START = re.compile(r"\s*(?:[\"\u201c]|\[\d{1,3}\])")
_ENDS_SENTENCE = re.compile(r"[.!?][\"\u201d')\]]*\s*$")


def _starts_entry(source: str, previous: tuple[int, int], text: str) -> bool:
    return bool(_ENTRY_START.match(text)) and bool(
        _ENDS_SENTENCE.search(source, previous[0], previous[1])
    )

"""Markdown: front matter, headings, lists, quotes, pipe tables and HTML comments.

Fenced and indented code is skipped; inline markup is removed from prose.
"""

from __future__ import annotations

import re

from ..document import Block, Comment, Document, ProseBuilder
from .common import ALIGN_ROW, BULLET, is_blank, iter_lines, read_delimited_table
from .inline import add_markdown_inline

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_THEMATIC = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r" {0,3}> ?")
_HTML_TABLE = re.compile(r" {0,3}<table\b", re.IGNORECASE)
_TABLE_END = re.compile(r"</table>", re.IGNORECASE)


def _block(source: str, kind: str, segments: list[tuple[int, int]], section, level=0):
    """A block from one or more source segments (lines without their markers)."""
    builder = ProseBuilder()
    for n, (a, b) in enumerate(segments):
        if n:
            builder.insert("\n", segments[n - 1][1])
        add_markdown_inline(builder, source, a, b)
    text, offsets = builder.build()
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    if trail <= lead:
        return None
    offsets = offsets.shifted(lead)
    text = text[lead:trail]
    return Block(
        kind,
        text,
        offsets.source(0),
        offsets.source_end(len(text)),
        offsets,
        section=section,
        level=level,
    )


def _front_matter(doc: Document, source: str, lines) -> int:
    if not lines or source[lines[0][0] : lines[0][1]].strip() != "---":
        return 0
    for k in range(1, len(lines)):
        text = source[lines[k][0] : lines[k][1]].strip()
        if text in ("---", "..."):
            body = source[lines[1][0] : lines[k][0]] if k > 1 else ""
            import yaml  # deferred: only articles with front matter need it

            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available
            try:
                data = yaml.load(body, Loader=loader)  # noqa: S506 - a safe loader
            except yaml.YAMLError:
                data = None
            if isinstance(data, dict):
                doc.front_matter = {str(key).lower(): value for key, value in data.items()}
            doc.front_matter_end = lines[k][1]
            return k + 1
    return 0


def read_markdown(path: str, source: str) -> Document:
    from .html import read_html_fragment_tables

    doc = Document(path=path, source=source, format="markdown")
    lines = list(iter_lines(source))
    i = _front_matter(doc, source, lines)
    section: str | None = None
    prev_blank = True
    n = len(lines)
    while i < n:
        a, b = lines[i]
        line = source[a:b]
        if not line.strip():
            prev_blank = True
            i += 1
            continue
        fence = _FENCE.match(line)
        if fence:
            mark = fence.group(1)
            i += 1
            while i < n:
                t = source[lines[i][0] : lines[i][1]].strip()
                if t.startswith(mark[0] * len(mark)) and set(t) <= {mark[0]}:
                    i += 1
                    break
                i += 1
            prev_blank = False
            continue
        if line.lstrip().startswith("<!--"):
            start = a + line.index("<!--")
            close = source.find("-->", start)
            stop = len(source) if close == -1 else close + 3
            doc.comments.append(Comment(source[start:stop], start, stop))
            while i < n and lines[i][0] < stop:
                i += 1
            prev_blank = False
            continue
        in_list = bool(doc.blocks) and doc.blocks[-1].kind == "list_item"
        if prev_blank and not in_list and line.startswith(("    ", "\t")):
            while i < n and (
                is_blank(source, *lines[i])
                or source[lines[i][0] : lines[i][1]].startswith(("    ", "\t"))
            ):
                i += 1
            prev_blank = True
            continue
        if _HTML_TABLE.match(line):
            m = _TABLE_END.search(source, a)  # not source.lower(): that copies the file
            close = -1 if m is None else m.start()
            stop = len(source) if close == -1 else close + len("</table>")
            doc.tables.extend(read_html_fragment_tables(source, a, stop))
            while i < n and lines[i][0] < stop:
                i += 1
            prev_blank = False
            continue
        atx = _ATX.match(line)
        if atx:
            content_end = b
            stripped = source[a:b].rstrip()
            closing = re.search(r"[ \t]+#+$", stripped)
            if closing:
                content_end = a + closing.start()
            block = _block(
                source, "heading", [(a + atx.end(), content_end)], section, len(atx.group(1))
            )
            if block:
                doc.blocks.append(block)
                section = block.text
            i += 1
            prev_blank = False
            continue
        if _THEMATIC.match(line):
            i += 1
            prev_blank = True
            continue
        if "|" in line and i + 1 < n and ALIGN_ROW.match(source[lines[i + 1][0] : lines[i + 1][1]]):
            table, j = read_delimited_table(source, lines, i)
            if table is not None:
                doc.tables.append(table)
                i = j
                prev_blank = False
                continue
        quote = _QUOTE.match(line)
        if quote:
            segments = []
            while i < n:
                qa, qb = lines[i]
                qm = _QUOTE.match(source, qa, qb)
                if not qm:
                    break
                segments.append((qm.end(), qb))
                i += 1
            block = _block(source, "quote", segments, section)
            if block:
                doc.blocks.append(block)
            prev_blank = False
            continue
        bullet = BULLET.match(line)
        if bullet:
            segments = [(a + bullet.end(), b)]
            i += 1
            while i < n:
                ca, cb = lines[i]
                cont = source[ca:cb]
                if not cont.strip() or BULLET.match(cont) or not cont[:1].isspace():
                    break
                segments.append((ca, cb))
                i += 1
            block = _block(source, "list_item", segments, section)
            if block:
                doc.blocks.append(block)
            prev_blank = False
            continue
        # A paragraph, possibly closed by a setext underline.
        segments = [(a, b)]
        i += 1
        level = 0
        while i < n:
            pa, pb = lines[i]
            nxt = source[pa:pb]
            if not nxt.strip():
                break
            setext = _SETEXT.match(nxt)
            if setext and len(segments) >= 1 and not BULLET.match(nxt):
                level = 1 if setext.group(1)[0] == "=" else 2
                i += 1
                break
            if (
                _FENCE.match(nxt)
                or _ATX.match(nxt)
                or _QUOTE.match(nxt)
                or BULLET.match(nxt)
                or nxt.lstrip().startswith("<!--")
                or _THEMATIC.match(nxt)
            ):
                break
            segments.append((pa, pb))
            i += 1
        kind = "heading" if level else "paragraph"
        block = _block(source, kind, segments, section, level)
        if block:
            doc.blocks.append(block)
            if kind == "heading":
                section = block.text
        prev_blank = False
    return doc

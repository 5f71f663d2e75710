"""HTML: visible text as blocks, tables as rows and cells; script and style skipped.

A small tag scanner rather than a DOM: it is linear, tolerant of broken markup,
and it keeps every character's source offset.
"""

from __future__ import annotations

import re

from ..document import Block, Cell, Comment, Document, ProseBuilder, Row, Table
from .inline import add_html_text

# Repetitions are possessive so that a failed tag costs one scan, and the scanner
# only looks for tags up to the last ">" of the text: an unclosed "<a x<a x..." is
# otherwise scanned to the end from every "<" (quadratic on a long line).
_TOKEN = re.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<skip><(?P<stag>script|style|noscript|template|svg|pre|code|textarea)\b[^>]*+>.*?"
    r"(?:(?P<skipend></(?P=stag)\s*>)|\Z))"
    r"|(?P<decl><![^>]*+>|<\?[^>]*+>)"
    r"|(?P<tag><(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]*+)"
    r"(?P<attrs>(?:[^>\"']|\"[^\"]*+\"|'[^']*+')*+)>)",
    re.DOTALL | re.IGNORECASE,
)
_ATTR = re.compile(r"([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "title"}
_BLOCK_KIND = {
    "p": "paragraph",
    "div": "paragraph",
    "section": "paragraph",
    "article": "paragraph",
    "header": "paragraph",
    "footer": "paragraph",
    "aside": "paragraph",
    "main": "paragraph",
    "nav": "paragraph",
    "body": "paragraph",
    "address": "paragraph",
    "figure": "paragraph",
    "dl": "paragraph",
    "dt": "paragraph",
    "dd": "paragraph",
    "ul": "paragraph",
    "ol": "paragraph",
    "form": "paragraph",
    "html": "paragraph",
    "hr": "paragraph",
    "li": "list_item",
    "blockquote": "quote",
    "figcaption": "paragraph",
    "caption": "table_caption",
    "table": "paragraph",
    "img": "alt",
}


def _attrs(text: str, base: int) -> dict[str, tuple[str, int]]:
    out = {}
    for m in _ATTR.finditer(text):
        group = 2 if m.group(2) is not None else 3 if m.group(3) is not None else 4
        out[m.group(1).lower()] = (m.group(group), base + m.start(group))
    return out


class _Scanner:
    def __init__(self, doc: Document, source: str) -> None:
        self.doc = doc
        self.source = source
        self.builder = ProseBuilder()
        self.stack: list[str] = []
        self.section: str | None = None
        self.in_head = False
        self.tables: list[Table] = []
        self.table_stack: list[dict] = []

    # -- prose blocks -------------------------------------------------
    def flush(self) -> None:
        if not len(self.builder):
            return
        text, offsets = self.builder.build()
        self.builder = ProseBuilder()
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if trail <= lead:
            return
        offsets = offsets.shifted(lead)
        text = text[lead:trail]
        kind = "paragraph"
        level = 0
        for name in reversed(self.stack):
            if name in _HEADINGS:
                kind, level = "heading", int(name[1]) if name[0] == "h" else 1
                break
            if name in _BLOCK_KIND and _BLOCK_KIND[name] != "paragraph":
                kind = _BLOCK_KIND[name]
                break
        block = Block(
            kind,
            text,
            offsets.source(0),
            offsets.source_end(len(text)),
            offsets,
            section=self.section,
            level=level,
        )
        self.doc.blocks.append(block)
        if kind == "heading" and "title" not in self.stack:
            self.section = text

    # -- tables ---------------------------------------------------------
    def cell_target(self) -> ProseBuilder | None:
        if self.table_stack and self.table_stack[-1]["cell"] is not None:
            return self.table_stack[-1]["cell"]["builder"]
        return None

    def scan(self, start: int, end: int) -> None:
        src = self.source
        pos = start
        last = src.rfind(">", start, end)
        tags_end = start if last == -1 else last + 1  # no tag can end after this
        for m in _TOKEN.finditer(src, start, tags_end):
            self.text(pos, m.start())
            pos = m.end()
            if m.group("comment"):
                if not m.group().endswith("-->"):
                    pos = end  # an unclosed comment runs to the end of the text
                    self.doc.comments.append(Comment(src[m.start() : end], m.start(), end))
                    break
                self.doc.comments.append(Comment(m.group(), m.start(), m.end()))
                continue
            if m.group("skip") or m.group("decl"):
                if m.group("skip"):
                    self.flush()
                    if m.group("skipend") is None:
                        pos = end  # an unclosed <script> hides the rest of the text
                        break
                continue
            name = m.group("name").lower()
            closing = bool(m.group("close"))
            attrs_text = m.group("attrs") or ""
            self.tag(name, closing, attrs_text, m.start("attrs"), m.start(), m.end())
        if pos < end:
            # After the last ">" only an unclosed comment can still start.
            opening = src.find("<!--", pos, end)
            if opening != -1:
                self.text(pos, opening)
                self.doc.comments.append(Comment(src[opening:end], opening, end))
                pos = end
        self.text(pos, end)
        self.flush()

    def text(self, a: int, b: int) -> None:
        if b <= a or self.in_head and "title" not in self.stack:
            return
        target = self.cell_target()
        if target is not None:
            add_html_text(target, self.source, a, b)
        elif self.table_stack:
            return  # stray text between table rows
        else:
            add_html_text(self.builder, self.source, a, b)

    def tag(self, name: str, closing: bool, attrs_text: str, attrs_at: int, a: int, b: int):
        if name == "head":
            self.in_head = not closing
            return
        if name == "meta" and self.in_head:
            attrs = _attrs(attrs_text, attrs_at)
            meta = attrs.get("name", ("", 0))[0].lower()
            if meta in ("author", "disclosure", "sponsored") and "content" in attrs:
                self.doc.front_matter.setdefault(meta, attrs["content"][0])
            return
        if name == "img":
            alt = _attrs(attrs_text, attrs_at).get("alt")
            if alt and alt[0].strip():
                self.flush()
                builder = ProseBuilder()
                add_html_text(builder, self.source, alt[1], alt[1] + len(alt[0]))
                self.builder = builder
                self.stack.append("img")
                self.flush()
                self.stack.pop()
            return
        if name == "br":
            target = self.cell_target() or self.builder
            target.insert("\n", a)
            return
        if name in ("table", "tr", "td", "th", "thead", "tbody", "tfoot"):
            self.table_tag(name, closing, attrs_text, attrs_at, a, b)
            return
        if name in _BLOCK_KIND or name in _HEADINGS:
            if self.cell_target() is not None:
                self.cell_target().insert(" ", a)
                return
            self.flush()
            if closing:
                if name in self.stack:
                    while self.stack and self.stack.pop() != name:
                        pass
            elif name not in ("hr",):
                self.stack.append(name)
            return
        # Inline tags (a, span, strong, em, ...) vanish; keep words apart at boundaries.

    def table_tag(self, name, closing, attrs_text, attrs_at, a, b):
        ts = self.table_stack
        if name == "table":
            if not closing:
                self.flush()
                ts.append({"rows": [], "row": None, "cell": None, "start": a, "head": False})
            elif ts:
                t = ts.pop()
                self.close_row(t, a)
                if t["rows"]:
                    self.tables.append(Table(t["rows"], t["start"], b, "html"))
            return
        if not ts:
            return
        t = ts[-1]
        if name == "thead":
            t["head"] = not closing
        elif name == "tr":
            self.close_row(t, a)
            if not closing:
                t["row"] = {"cells": [], "start": a, "all_th": True, "head": t["head"]}
        elif name in ("td", "th"):
            self.close_cell(t, a)
            if not closing:
                if t["row"] is None:
                    t["row"] = {"cells": [], "start": a, "all_th": True, "head": t["head"]}
                span = _attrs(attrs_text, attrs_at).get("colspan")
                try:
                    colspan = max(1, min(int(span[0]), 50)) if span else 1
                except ValueError:
                    colspan = 1
                t["cell"] = {"builder": ProseBuilder(), "start": b, "span": colspan}
                if name == "td":
                    t["row"]["all_th"] = False

    def close_cell(self, t, a):
        cell = t["cell"]
        if cell is None or t["row"] is None:
            t["cell"] = None
            return
        text, offsets = cell["builder"].build()
        lead = len(text) - len(text.lstrip())
        stripped = text.strip()
        if stripped:
            offsets = offsets.shifted(lead)
            c = Cell(stripped, offsets.source(0), offsets.source_end(len(stripped)))
        else:
            c = Cell("", cell["start"], cell["start"])
        t["row"]["cells"].append(c)
        for _ in range(cell["span"] - 1):
            t["row"]["cells"].append(Cell("", c.end, c.end))
        t["cell"] = None

    def close_row(self, t, a):
        self.close_cell(t, a)
        row = t["row"]
        if row is not None and row["cells"]:
            t["rows"].append(
                Row(row["cells"], row["start"], a, header=row["head"] or row["all_th"])
            )
        t["row"] = None


def read_html(path: str, source: str) -> Document:
    doc = Document(path=path, source=source, format="html")
    scanner = _Scanner(doc, source)
    scanner.scan(0, len(source))
    doc.tables.extend(scanner.tables)
    return doc


def read_html_fragment_tables(source: str, start: int, end: int) -> list[Table]:
    """Tables from an HTML fragment embedded in another format (Markdown)."""
    scratch = Document(path="", source=source, format="html")
    scanner = _Scanner(scratch, source)
    scanner.scan(start, end)
    return scanner.tables

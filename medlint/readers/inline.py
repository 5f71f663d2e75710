"""Markdown inline markup to prose, keeping the offset map exact."""

from __future__ import annotations

import re
from itertools import chain

from ..document import ProseBuilder

# Order matters: the first alternative that matches at a position wins.
#
# Linear on any line: every repetition that could run on to the end of the line is
# bounded and possessive, so an unclosed "[", "`" or "<http:" costs a bounded scan
# from each position instead of a scan to the end (which made a line of ten
# thousand brackets quadratic). Comments are unbounded, but only looked for when
# the line has a "-->" to end one.
_PARTS = (
    r"(?P<code>(?P<ticks>`{1,16})(?:(?!(?P=ticks)).){1,1000}?(?P=ticks))",
    r"(?P<image>!\[(?P<alt>[^\]\n]{0,500}+)\]\([^)\n]{0,1000}+\))",
    r"(?P<link>\[(?P<ltext>[^\]\n]{1,500}+)\]\((?P<url>[^)\s]{0,1000}+)"
    r"(?:\s++\"[^\"\n]{0,500}+\")?\))",
    r"(?P<refl>\[(?P<rtext>[^\]\n^]{1,500}+)\]\[[^\]\n]{0,100}+\])",
    r"(?P<auto><(?P<aurl>(?:https?|mailto):[^>\s]{1,2000}+)>)",
    r"(?P<tag></?[A-Za-z][A-Za-z0-9-]*+(?:\s[^<>]*+)?/?>)",
    r"(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    r"(?P<escape>\\[\\`*_{}\[\]()#+\-.!|<>~])",
    r"(?P<emph>\*{1,3}|~~|(?<![\w])_{1,3}|_{1,3}(?![\w]))",
)
_INLINE = re.compile(r"(?P<comment><!--.*?-->)|" + "|".join(_PARTS), re.DOTALL)
_INLINE_NO_COMMENT = re.compile("|".join(_PARTS), re.DOTALL)
# Every alternative above starts with one of these: a line without any is plain prose.
_MARKUP_START = re.compile(r"[`!\[<&\\*~_]")


def unescape(entity: str) -> str:
    """``html.unescape``, imported on first use: most articles hold no entity, and
    the module's table of entity names costs a one-file run about 2 ms to import."""
    from html import unescape as decode

    return decode(entity)


def add_markdown_inline(builder: ProseBuilder, source: str, start: int, end: int) -> None:
    """Append the prose of Markdown source[start:end] to ``builder``."""
    if _MARKUP_START.search(source, start, end) is None:
        builder.copy(source, start, end)
        return
    pos = start
    # Comments can only end before the last "-->": look for them up to there only.
    last = source.rfind("-->", start, end)
    split = start if last == -1 else last + 3
    matches = chain(
        _INLINE.finditer(source, start, split), _INLINE_NO_COMMENT.finditer(source, split, end)
    )
    for m in matches:
        if m.start() < pos:
            continue  # overlaps the end of a match from the first stretch
        builder.copy(source, pos, m.start())
        kind = m.lastgroup
        if kind == "image":
            builder.copy(source, m.start("alt"), m.end("alt"))
        elif kind == "link":
            builder.copy(source, m.start("ltext"), m.end("ltext"))
        elif kind == "refl":
            builder.copy(source, m.start("rtext"), m.end("rtext"))
        elif kind == "auto":
            builder.copy(source, m.start("aurl"), m.end("aurl"))
        elif kind == "entity":
            builder.insert(unescape(m.group()), m.start())
        elif kind == "escape":
            builder.copy(source, m.start() + 1, m.end())
        elif kind == "code":
            # Code spans are not prose; leave a space so words do not run together.
            builder.insert(" ", m.start())
        # comments, tags and emphasis markers vanish.
        pos = m.end()
    builder.copy(source, pos, end)


def add_html_text(builder: ProseBuilder, source: str, start: int, end: int) -> None:
    """Append HTML character data with entities decoded."""
    pos = start
    for m in re.finditer(
        r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?", source[start:end]
    ):
        a, b = start + m.start(), start + m.end()
        decoded = unescape(m.group())
        if decoded == m.group():
            continue
        builder.copy(source, pos, a)
        builder.insert(decoded, a)
        pos = b
    builder.copy(source, pos, end)

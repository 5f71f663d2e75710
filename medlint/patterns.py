"""Regular expressions from rule packs: compiled with ``regex``, matched with a timeout.

Every pattern a rule pack supplies goes through :func:`compile_pattern`, and every
search through :func:`finditer`/:func:`search`, so a catastrophic pattern can
cost at most :data:`MATCH_TIMEOUT` seconds per call instead of hanging a run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

MATCH_TIMEOUT = 1.0
FLAGS = regex.IGNORECASE | regex.VERSION1 | regex.UNICODE


class PatternError(ValueError):
    """A rule pack's pattern does not compile."""


class PatternTimeout(RuntimeError):
    """A pattern took longer than :data:`MATCH_TIMEOUT` on some input."""


def flexible_spaces(source: str) -> str:
    """Let a literal space in a phrase match any whitespace run.

    Prose wraps lines and uses no-break spaces; "to rebuild" must still match
    "to\\nrebuild". Spaces inside character classes become ``\\s``; escaped
    spaces and quantified spaces (`` ?``, `` {2}``) are left alone.
    """
    out: list[str] = []
    i, n = 0, len(source)
    in_class = False
    while i < n:
        c = source[i]
        if c == "\\" and i + 1 < n:
            out.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append("\\s" if c == " " else c)
        elif c == "[":
            in_class = True
            out.append(c)
            if i + 1 < n and source[i + 1] == "^":
                out.append("^")
                i += 1
            if i + 1 < n and source[i + 1] == "]":
                out.append("]")
                i += 1
        elif c == " ":
            j = i
            while j < n and source[j] == " ":
                j += 1
            quantified = j < n and source[j] in "?*+{"
            out.append(" " * (j - i) if quantified else "\\s+")
            i = j
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def compile_pattern(source: str, *, words: bool = True) -> regex.Pattern:
    """Compile one pattern; with ``words`` it must match whole words."""
    body = f"(?:{flexible_spaces(source)})"
    if words:
        body = rf"(?<![\w-]){body}(?![\w])"
    try:
        return regex.compile(body, FLAGS)
    except (regex.error, ValueError, OverflowError) as exc:
        raise PatternError(f"invalid regular expression {source!r}: {exc}") from None


def alternation(sources: Iterable[str], *, words: bool = True) -> regex.Pattern | None:
    """One pattern matching any of ``sources`` (longest alternatives first)."""
    items = sorted({s for s in sources if s}, key=len, reverse=True)
    if not items:
        return None
    for s in items:  # name the offending entry if one is broken
        compile_pattern(s, words=False)
    return compile_pattern("|".join(f"(?:{s})" for s in items), words=words)


def finditer(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator:
    try:
        yield from pattern.finditer(
            text, pos, len(text) if endpos is None else endpos, timeout=MATCH_TIMEOUT
        )
    except TimeoutError:
        raise PatternTimeout(f"pattern {pattern.pattern[:60]!r} timed out") from None


def search(pattern: regex.Pattern | None, text: str, pos: int = 0, endpos: int | None = None):
    if pattern is None:
        return None
    try:
        return pattern.search(text, pos, len(text) if endpos is None else endpos,
                              timeout=MATCH_TIMEOUT)
    except TimeoutError:
        raise PatternTimeout(f"pattern {pattern.pattern[:60]!r} timed out") from None

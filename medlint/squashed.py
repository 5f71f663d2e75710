"""Tables whose separators were lost in a copy and paste.

Copying a web table into a plain editor often drops every separator::

    Route of AdministrationDoseTime (Days)Total Cells
    Intra-articular/per side50,000,000150,000,000

The header's words run together at case changes (``AdministrationDose``), and
each row is a text label followed by the numeric cells with nothing between
them. :func:`split_header` cuts a header at those case changes;
:func:`row_readings` lists the ways a row's trailing digits can be cut into the
header's numeric columns, using thousands grouping to rule readings out
(``50,000,000 | 1 | 50,000,000`` is a reading, ``50,000,000 | 15 | 0,000,000``
is not). Which reading to believe is the caller's decision.

Everything is bounded: a number has at most :data:`MAX_TOKEN` characters, a row
at most :data:`MAX_CELLS` numeric cells and :data:`MAX_READINGS` readings, and a
digit run too long to hold its cells is rejected before any enumeration, so a
hostile row costs time linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from .patterns import search

MAX_TOKEN = 24
MAX_CELLS = 8
MAX_READINGS = 256
MAX_HEADER = 200
DIGITS = "0123456789"
GROUPING = ",\u2009\u202f\u00a0"
_SPACES = " \t"
_JUNCTION = re.compile(r"(?<=[a-z0-9)\]%])(?=[A-Z])")
_GROUPED = re.compile(r"[1-9]\d{0,2}(?:(?P<sep>[,\u2009\u202f\u00a0])\d{3})(?:(?P=sep)\d{3})*")
_PLAIN = re.compile(r"[1-9]\d{0,14}")

Span = tuple[int, int]


@dataclass(frozen=True)
class Segment:
    """A run at the end of a row: digits (``num``) or a blank marker such as ``N/A``."""

    start: int
    end: int
    kind: str


def split_header(text: str) -> list[Span]:
    """Spans of a run-together header's columns, cut where lower case meets upper case.

    Returns ``[]`` for text that is too long or has no run-together junction.
    """
    if len(text) > MAX_HEADER:
        return []
    cuts = [m.start() for m in _JUNCTION.finditer(text)]
    if not cuts:
        return []
    spans = []
    for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


def valid_number(token: str) -> bool:
    """Digits with no leading zero, grouped consistently in threes or not at all."""
    if len(token) > MAX_TOKEN:
        return False
    if any(c in GROUPING for c in token):
        return _GROUPED.fullmatch(token) is not None
    return _PLAIN.fullmatch(token) is not None


def tail_segments(text: str, blanks: regex.Pattern | None, limit: int) -> list[Segment]:
    """Up to ``limit`` digit runs and blank markers at the end of ``text``, left to right."""
    segments: list[Segment] = []
    pos = len(text.rstrip())
    while pos > 0 and len(segments) < limit:
        end = pos
        start = _digit_run_start(text, end)
        if start < end:
            segments.append(Segment(start, end, "num"))
        else:
            m = search(blanks, text, max(0, end - 12), end) if blanks is not None else None
            while m is not None and m.end() != end:
                m = search(blanks, text, m.start() + 1, end)
            if m is None or m.start() == m.end():
                break
            segments.append(Segment(m.start(), end, "blank"))
            start = m.start()
        pos = start
        while pos > 0 and text[pos - 1] in _SPACES:
            pos -= 1
    segments.reverse()
    return segments


def _digit_run_start(text: str, end: int) -> int:
    """Start of the run of digits and grouping marks (between digits) ending at ``end``."""
    i = end
    while i > 0:
        c = text[i - 1]
        between_digits = c in GROUPING and i < end and i > 1 and text[i - 2] in DIGITS
        if not (c in DIGITS or between_digits):
            break
        i -= 1
    while i < end and text[i] in GROUPING:
        i += 1
    return i


def row_readings(
    text: str, segments: list[Segment], width: int, *, short: bool = False
) -> list[list[Span | None]]:
    """Ways to read the row's tail as ``width`` numeric cells (spans into ``text``).

    Only the last segments can be cells; whatever precedes them is the label. A
    row whose label is separated from the numbers by a space reads each segment
    as one cell; a row where label and digits run together may cut a digit run
    into several numbers. With ``short`` (a totals row) fewer cells are allowed
    and the missing ones, on the left, are ``None``.
    """
    if not segments or width > MAX_CELLS:
        return []
    readings: list[list[Span | None]] = []
    sizes = range(1, width + 1) if short else (width,)
    for used in range(1, min(width, len(segments)) + 1):
        chosen = segments[-used:]
        first = chosen[0]
        spaced = first.start > 0 and text[first.start - 1] in _SPACES
        labelled = text[: first.start].strip() != ""
        for size in sizes:
            if spaced and labelled and size != used:
                continue
            for cells in _fill(text, chosen, size):
                readings.append([None] * (width - size) + cells)
                if len(readings) >= MAX_READINGS:
                    return readings
    return readings


def _fill(text: str, segments: list[Segment], size: int) -> Iterator[list[Span]]:
    """Every way of cutting ``segments`` into exactly ``size`` cells.

    Each segment's possible cell counts are worked out first, so the walk only
    enters branches that lead to a reading and its cost follows its output.
    """
    counts = [_part_counts(text[s.start : s.end], s.kind) for s in segments]
    reachable = _reachable(counts)
    if size not in reachable[0]:
        return
    yield from _walk_segments(text, segments, counts, reachable, 0, size)


def _part_counts(run: str, kind: str) -> list[int]:
    if kind == "blank":
        return [1]
    return [p for p in range(1, MAX_CELLS + 1) if next(_cuts(run, p), None) is not None]


def _reachable(counts: list[list[int]]) -> list[set[int]]:
    """``reachable[i]``: the cell totals segments ``i:`` can make."""
    reachable = [{0}]
    for options in reversed(counts):
        after = reachable[0]
        reachable.insert(0, {p + q for p in options for q in after if p + q <= MAX_CELLS})
    return reachable


def _walk_segments(text, segments, counts, reachable, i, size) -> Iterator[list[Span]]:
    if i == len(segments):
        yield []
        return
    seg = segments[i]
    for parts in counts[i]:
        if size - parts not in reachable[i + 1]:
            continue
        if seg.kind == "blank":
            heads: Iterator[list[Span]] = iter([[(seg.start, seg.end)]])
        else:
            run = text[seg.start : seg.end]
            heads = (
                [(seg.start + a, seg.start + b) for a, b in cuts] for cuts in _cuts(run, parts)
            )
        for head in heads:
            for tail in _walk_segments(text, segments, counts, reachable, i + 1, size - parts):
                yield [*head, *tail]


def _cuts(run: str, parts: int) -> Iterator[list[Span]]:
    """Ways to cut ``run`` into ``parts`` valid numbers (pruned by a feasibility table)."""
    if parts < 1 or len(run) > parts * MAX_TOKEN:
        return
    n = len(run)

    @cache
    def feasible(pos: int, left: int) -> bool:
        if left == 0:
            return pos == n
        return any(
            valid_number(run[pos:end]) and feasible(end, left - 1)
            for end in range(pos + 1, min(n, pos + MAX_TOKEN) + 1)
        )

    def walk(pos: int, left: int) -> Iterator[list[Span]]:
        if left == 0:
            yield []
            return
        for end in range(pos + 1, min(n, pos + MAX_TOKEN) + 1):
            if valid_number(run[pos:end]) and feasible(end, left - 1):
                for tail in walk(end, left - 1):
                    yield [(pos, end), *tail]

    if feasible(0, parts):
        yield from walk(0, parts)


def style_penalty(tokens: list[str], count_index: int | None) -> int:
    """How implausible a reading's digit formatting is (0 is best).

    A row that groups some figures with commas groups all of its large ones;
    a count (days, sessions) is small and never grouped.
    """
    grouped = any(any(c in GROUPING for c in t) for t in tokens)
    penalty = 0
    for i, token in enumerate(tokens):
        digits = sum(c in DIGITS for c in token)
        if i == count_index:
            if digits > 3 or digits != len(token):
                penalty += 2
        elif grouped and digits >= 4 and digits == len(token):
            penalty += 1
    return penalty

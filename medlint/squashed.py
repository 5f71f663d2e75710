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

import regex

from .patterns import search
from .records import dataclass

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
    runs = [None if s.kind == "blank" else Run(text[s.start : s.end]) for s in segments]
    counts = [[1] if r is None else r.part_counts() for r in runs]
    reachable = _reachable(counts)
    if size not in reachable[0]:
        return
    yield from _walk_segments(segments, runs, counts, reachable, 0, size)


def _reachable(counts: list[list[int]]) -> list[set[int]]:
    """``reachable[i]``: the cell totals segments ``i:`` can make."""
    reachable = [{0}]
    for options in reversed(counts):
        after = reachable[0]
        reachable.insert(0, {p + q for p in options for q in after if p + q <= MAX_CELLS})
    return reachable


def _walk_segments(segments, runs, counts, reachable, i, size) -> Iterator[list[Span]]:
    if i == len(segments):
        yield []
        return
    seg, run = segments[i], runs[i]
    for parts in counts[i]:
        if size - parts not in reachable[i + 1]:
            continue
        if run is None:
            heads: Iterator[list[Span]] = iter([[(seg.start, seg.end)]])
        else:
            heads = ([(seg.start + a, seg.start + b) for a, b in cuts] for cuts in run.cuts(parts))
        for head in heads:
            for tail in _walk_segments(segments, runs, counts, reachable, i + 1, size - parts):
                yield [*head, *tail]


class Run:
    """A run of digits and grouping marks, with every valid number in it precomputed.

    ``ends[i]`` lists the positions ``j`` for which ``run[i:j]`` is a valid number,
    and ``reach[i]`` the numbers of cells ``run[i:]`` can be cut into; both take
    O(length × :data:`MAX_TOKEN`) steps and no regular expressions.
    """

    def __init__(self, run: str) -> None:
        self.run = run
        n = len(run)
        self.ends: list[list[int]] = [[] for _ in range(n + 1)]
        self.reach: list[set[int]] = [set() for _ in range(n + 1)]
        if n > MAX_CELLS * MAX_TOKEN:
            return  # too long to hold the cells of a row: no reading
        for i in range(n):
            self.ends[i] = _number_ends(run, i)
        self.reach[n] = {0}
        for i in range(n - 1, -1, -1):
            self.reach[i] = {
                p + 1 for j in self.ends[i] for p in self.reach[j] if p + 1 <= MAX_CELLS
            }

    def part_counts(self) -> list[int]:
        return sorted(self.reach[0] - {0})

    def cuts(self, parts: int, pos: int = 0) -> Iterator[list[Span]]:
        """Ways to cut ``run[pos:]`` into ``parts`` valid numbers."""
        if parts == 0:
            if pos == len(self.run):
                yield []
            return
        for end in self.ends[pos]:
            if parts - 1 in self.reach[end]:
                for tail in self.cuts(parts - 1, end):
                    yield [(pos, end), *tail]


def _number_ends(run: str, i: int) -> list[int]:
    """Ends ``j`` such that ``run[i:j]`` is a valid number (see :func:`valid_number`)."""
    n = len(run)
    if run[i] not in DIGITS or run[i] == "0":
        return []
    ends = []
    j = i
    while j < n and run[j] in DIGITS and j - i < 15:  # plain digits
        j += 1
        ends.append(j)
    for head in (1, 2, 3):  # grouped: 1-3 digits, then (mark + 3 digits) repeated
        k = i + head
        if k > n or not all(c in DIGITS for c in run[i:k]) or k >= n or run[k] not in GROUPING:
            continue
        mark = run[k]
        while k + 4 <= n and run[k] == mark and all(c in DIGITS for c in run[k + 1 : k + 4]):
            k += 4
            if k - i > MAX_TOKEN:
                break
            ends.append(k)
    return sorted(set(ends))


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

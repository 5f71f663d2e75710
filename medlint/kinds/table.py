"""``table``: protocol tables whose total does not equal dose × count.

A *protocol table* has a dose column, a count column (days, sessions,
injections, ...) and a total column; other tables are ignored. Each body row
must satisfy ``total == dose × count`` within ``tolerance`` (relative, default
0.01), and a totals row ("Total", "Sum") must equal the sum of the totals above
it. Ranges are checked at both ends. A cell that states no verifiable figure
(N/A, a blank, "—", "1 infusion", prose), a dose and total in different units,
or a per-kilogram / per-side dose whose total lacks the same basis is never
reported.

Tables come from the readers (Markdown pipe tables, HTML ``<table>``,
delimited text). The kind also finds, in the prose, pipe or tab tables the
Markdown reader left as paragraphs, and *squashed* tables whose separators were
lost in a copy and paste (see :mod:`medlint.squashed`); for those it prefers the
reading of a row whose arithmetic holds and names the reading it reports.

YAML fields:

``dose_headers``, ``count_headers``, ``total_headers`` (required)
    Phrases naming each column role. A header takes the role whose phrase
    matches most of it ("Total days" is a count if a count phrase covers it).
``factor_headers``
    Headers of extra multiplying columns (weeks, sides, frequency); they win
    over the other roles. With such a column, a row is reported only when the
    arithmetic is wrong and cannot be explained by the factor.
``excluded_headers``
    Headers of columns that play no role whatever else they say ("Total
    cost", "Price per session").
``count_units``
    Count nouns (days, sessions, ...): allowed in count cells ("5 days") and
    used as the count word in the message.
``total_rows``
    Labels of a totals row ("Total", "Sum"); the label must be the whole cell.
``units``
    Mapping of a unit name to its phrases (``cells: [cells?, MSCs?]``).
``default_unit``
    The unit of a bare number (``cells``); it is not printed in messages.
``multipliers``
    Mapping of a scale word to its value (``million: 1000000``, ``M: 1000000``).
``qualifiers``
    Mapping of a basis name to its phrases (``per kg: [/\\s*kg\\b]``); a dose
    and total must share their qualifiers to be compared.
``filler``
    Words a figure may carry without changing it ("approximately", "~", "per
    session").
``blanks``
    Markers of an empty cell in a squashed row (``N/A``, ``—``).
``tolerance``
    Relative tolerance of every comparison (default 0.01).

Message placeholders: ``{arithmetic}`` (e.g. ``20,000,000 × 5 days = 100,000,000,
but the total says 80,000,000``), ``{match}`` (the total cell), ``{expected}``,
``{total}`` and ``{row}`` (the row's label).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from fractions import Fraction

import regex

from ..document import Block, Cell, Document, Row, Table
from ..patterns import alternation, finditer, search
from ..quantities import (
    HeaderInfo,
    Quantity,
    QuantityReader,
    agrees,
    format_quantity,
    letter_bounded,
)
from ..readers.common import read_delimited_table
from ..records import dataclass, field
from ..rules import Rule, RuleError, Vocabulary
from ..squashed import (
    MAX_CELLS,
    row_readings,
    split_header,
    style_penalty,
    tail_segments,
)
from .base import Hit, number, phrases

FIELDS = {
    "dose_headers": list,
    "count_headers": list,
    "total_headers": list,
    "factor_headers": list,
    "excluded_headers": list,
    "count_units": list,
    "total_rows": list,
    "units": dict,
    "default_unit": str,
    "multipliers": dict,
    "qualifiers": dict,
    "filler": list,
    "blanks": list,
    "tolerance": (int, float),
}

ROLES = ("total", "dose", "count")  # ties between equally long matches go left
MAX_SUM_TERMS = 6
MAX_GAP = 3.0  # powers of ten between expected and stated figures beyond which they differ in kind
Cells = list[Cell | None]


# -- configuration --------------------------------------------------------------


@dataclass
class Config:
    roles: dict[str, regex.Pattern]
    factors: regex.Pattern | None
    excluded: regex.Pattern | None
    any_role: regex.Pattern  # every role phrase, not word-bounded: a cheap header prefilter
    count_units: regex.Pattern | None
    total_rows: regex.Pattern
    blanks: regex.Pattern | None
    reader: QuantityReader
    tolerance: Fraction


def _phrase_map(rule: Rule, vocab: Vocabulary, key: str) -> dict[str, regex.Pattern]:
    value = rule.options.get(key) or {}
    out = {}
    for name, items in value.items():
        pattern = letter_bounded(vocab.get(items, f"field '{key}.{name}'"))
        if pattern is not None:
            out[str(name)] = pattern
    return out


def _multipliers(rule: Rule) -> dict[str, Fraction]:
    out = {}
    for word, value in (rule.options.get("multipliers") or {}).items():
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise RuleError(f"field 'multipliers': '{word}' must map to a positive number")
        out[str(word)] = Fraction(str(value))
    return out


def _config(rule: Rule, vocab: Vocabulary) -> Config:
    tolerance = number(rule, "tolerance", 0.01)
    if not 0 <= tolerance < 1:
        raise RuleError("field 'tolerance' must be at least 0 and below 1")
    count_units = letter_bounded(vocab.get(rule.options.get("count_units"), "field 'count_units'"))
    filler = letter_bounded(vocab.get(rule.options.get("filler"), "field 'filler'"))
    default_unit = rule.options.get("default_unit")
    reader = QuantityReader(
        units=_phrase_map(rule, vocab, "units"),
        qualifiers=_phrase_map(rule, vocab, "qualifiers"),
        multipliers=_multipliers(rule),
        filler=filler,
        count_words=count_units,
        default_unit=default_unit,
    )
    role_items = [
        item
        for role in ROLES
        for item in vocab.get(rule.options.get(f"{role}_headers"), f"field '{role}_headers'")
    ]
    return Config(
        roles={role: phrases(rule, vocab, f"{role}_headers", required=True) for role in ROLES},
        any_role=alternation(role_items, words=False),
        factors=phrases(rule, vocab, "factor_headers"),
        excluded=phrases(rule, vocab, "excluded_headers"),
        count_units=count_units,
        total_rows=phrases(rule, vocab, "total_rows", required=True),
        blanks=phrases(rule, vocab, "blanks", words=False),
        reader=reader,
        tolerance=Fraction(str(tolerance)),
    )


# -- column roles ---------------------------------------------------------------


@dataclass
class Layout:
    """What each column of a protocol table holds, from its header."""

    roles: list[str]
    headers: list[HeaderInfo]
    pairs: list[tuple[int, int]]
    count: int
    factors: list[int]
    word: str
    width: int = 0

    @property
    def labels(self) -> list[int]:
        return [i for i, r in enumerate(self.roles) if not r]


def _longest(pattern: regex.Pattern | None, text: str) -> int:
    return max((m.end() - m.start() for m in finditer(pattern, text)), default=0) if pattern else 0


def role_of(config: Config, text: str) -> str:
    """The role a header names: ``dose``, ``count``, ``total``, ``factor`` or ``""``."""
    if search(config.excluded, text):
        return ""
    if search(config.factors, text):
        return "factor"
    best, length = "", 0
    for role in ROLES:
        n = _longest(config.roles[role], text)
        if n > length:
            best, length = role, n
    return best


def count_word(config: Config, header: str) -> str:
    """The count noun of a count header ("Time (Days)" -> "days")."""
    found = list(finditer(config.count_units, header)) if config.count_units else []
    if found:
        return found[-1].group().lower().replace("(s)", "s")
    return " ".join(header.replace("(", " ").replace(")", " ").split()).lower()


def layout_of(config: Config, texts: list[str]) -> Layout | None:
    """The layout of a header row, or ``None`` if it is not a protocol table's."""
    roles = [role_of(config, t) for t in texts]
    cols = {r: [i for i, x in enumerate(roles) if x == r] for r in (*ROLES, "factor")}
    if not (cols["dose"] and cols["count"] and cols["total"]):
        return None
    doses, totals = cols["dose"], cols["total"]
    pairs = [(doses[i] if i < len(doses) else doses[0], t) for i, t in enumerate(totals)]
    count = cols["count"][0]
    return Layout(
        roles=roles,
        headers=[config.reader.header(t) for t in texts],
        pairs=pairs,
        count=count,
        factors=cols["factor"] + cols["count"][1:],
        word=count_word(config, texts[count]),
        width=len(texts),
    )


# -- checking rows --------------------------------------------------------------


@dataclass
class Finding:
    cell: Cell
    arithmetic: str
    expected: str
    total: str


# How a row or a reading fared, best first. An *implausible* mismatch is one
# where the figures are orders of magnitude apart: the columns almost certainly
# count different things (a total in millions, a total of patients), so it is
# not reported, and a squashed row prefers a real mismatch over it.
STATUSES = ("ok", "unverifiable", "mismatch", "implausible")


@dataclass
class Outcome:
    """A row (or one reading of it) checked."""

    status: str = "ok"
    findings: list[Finding] = field(default_factory=list)
    totals: dict[int, Quantity | None] = field(default_factory=dict)
    distance: float = 0.0

    def add(self, status: str, finding: Finding | None = None, distance: float = 0.0) -> None:
        if STATUSES.index(status) > STATUSES.index(self.status):
            self.status = status
        if finding is not None and status == "mismatch":
            self.findings.append(finding)
        self.distance += distance

    def reportable(self) -> list[Finding]:
        return self.findings if self.status == "mismatch" else []


def _cell(cells: Cells, i: int) -> Cell | None:
    return cells[i] if 0 <= i < len(cells) else None


def _text(cells: Cells, i: int) -> str:
    cell = _cell(cells, i)
    return cell.text if cell is not None else ""


def _distance(expected: Quantity, stated: Quantity) -> float:
    """How many powers of ten separate two figures (by their midpoints)."""
    try:
        mid_e = float(expected.low + expected.high) / 2
        mid_s = float(stated.low + stated.high) / 2
        return abs(math.log10(mid_s / mid_e))
    except (OverflowError, ValueError, ZeroDivisionError):
        return math.inf


def _plural(word: str, count: Quantity) -> str:
    if count.low == count.high == 1:
        return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return word if word.endswith("s") else word + "s"


class Checker:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.reader = config.reader
        self.unit = config.reader.default_unit

    def row_label(self, layout: Layout, cells: Cells) -> str:
        for i in layout.labels or [0]:
            text = _text(cells, i).strip()
            if text:
                return text
        return ""

    def is_total_row(self, label: str) -> bool:
        text = label.strip().strip("*_").rstrip(":").strip()
        m = search(self.config.total_rows, text)
        return m is not None and m.start() == 0 and m.end() == len(text)

    def _mismatch(self, expected: Quantity, stated: Quantity) -> tuple[str, float]:
        distance = _distance(expected, stated)
        return ("implausible" if distance >= MAX_GAP else "mismatch"), distance

    def check_row(self, layout: Layout, cells: Cells) -> Outcome:
        """Every (dose, total) pair of a body row: total == dose × count."""
        quals = frozenset().union(
            *(self.reader.qualifiers_in(_text(cells, i)) for i in layout.labels)
        )
        outcome = Outcome()
        count = self.reader.parse_count(_text(cells, layout.count))
        for d, t in layout.pairs:
            total = self.reader.parse(_text(cells, t), layout.headers[t])
            outcome.totals[t] = total
            dose = self.reader.parse(_text(cells, d), layout.headers[d])
            if dose is None or count is None or total is None:
                outcome.add("unverifiable")
                continue
            expected = dose.times(count)
            if agrees(expected, total, self.config.tolerance):
                continue
            if dose.unit != total.unit or (dose.qualifiers | quals) != total.qualifiers:
                outcome.add("unverifiable")  # mg against cells, per kg against a total
            elif layout.factors:
                outcome.add(self._factors(layout, cells, expected, total))
            else:
                status, distance = self._mismatch(expected, total)
                finding = self._finding(layout, cells[t], dose, count, expected, total)
                outcome.add(status, finding, distance)
        return outcome

    def _factors(self, layout: Layout, cells: Cells, expected: Quantity, total: Quantity) -> str:
        """Ok if an extra factor column (weeks, sides) explains the total, else unverifiable."""
        for f in layout.factors:
            factor = self.reader.parse_count(_text(cells, f))
            if factor is not None and agrees(expected.times(factor), total, self.config.tolerance):
                return "ok"
        return "unverifiable"

    def _finding(self, layout, cell, dose, count, expected, total) -> Finding:
        show = format_quantity
        arithmetic = (
            f"{show(dose, self.unit)} × {show(count)} {_plural(layout.word, count)} = "
            f"{show(expected, self.unit)}, but the total says {show(total, self.unit)}"
        )
        if count.low > 1 and agrees(dose, total, self.config.tolerance):
            arithmetic += " (the total only repeats the dose)"
        return Finding(cell, arithmetic, show(expected, self.unit), show(total, self.unit))

    def check_sum(self, layout: Layout, cells: Cells, above: list[dict]) -> Outcome:
        """A totals row against the sum of the row totals above it."""
        outcome = Outcome()
        for t in sorted({t for _, t in layout.pairs}):
            stated = self.reader.parse(_text(cells, t), layout.headers[t])
            terms = [row.get(t) for row in above]
            if stated is None or not terms or any(q is None for q in terms):
                outcome.add("unverifiable")
                continue
            if any((q.unit, q.qualifiers) != (stated.unit, stated.qualifiers) for q in terms):
                outcome.add("unverifiable")
                continue
            expected = terms[0]
            for q in terms[1:]:
                expected = expected.plus(q)
            if agrees(expected, stated, self.config.tolerance):
                continue
            status, distance = self._mismatch(expected, stated)
            outcome.add(status, self._sum_finding(cells[t], terms, expected, stated), distance)
        return outcome

    def _sum_finding(self, cell, terms, expected, stated) -> Finding:
        show = format_quantity
        if len(terms) <= MAX_SUM_TERMS:
            parts = " + ".join(show(q, self.unit) for q in terms)
            added = f"the rows add up to {parts} = {show(expected, self.unit)}"
        else:
            added = f"the {len(terms)} rows add up to {show(expected, self.unit)}"
        arithmetic = f"{added}, but the total row says {show(stated, self.unit)}"
        return Finding(cell, arithmetic, show(expected, self.unit), show(stated, self.unit))

    # -- a whole table ------------------------------------------------------------
    def check(self, layout: Layout, rows: list[list[Cells]], squashed: bool) -> Iterator[Hit]:
        """Check body rows, each given as its possible readings (one unless squashed)."""
        above: list[dict] = []
        for readings in rows:
            if not readings:  # a squashed row no reading fits: its total is unknown
                above.append({t: None for _, t in layout.pairs})
                continue
            label = self.row_label(layout, readings[0])
            numeric = [i for i, r in enumerate(layout.roles) if r]
            if all(not _text(readings[0], i).strip() for i in numeric) and len(readings) == 1:
                continue  # a spacer or sub-heading row
            if self.is_total_row(label):
                outcome, cells = self._choose(
                    [(self.check_sum(layout, r, above), r) for r in readings], layout, squashed
                )
                above = []
            else:
                outcome, cells = self._choose(
                    [(self.check_row(layout, r), r) for r in readings], layout, squashed
                )
                above.append(outcome.totals)
            for f in outcome.reportable():
                yield self._hit(f, label, layout, cells, len(readings) if squashed else 0)

    def _choose(self, outcomes, layout: Layout, squashed: bool) -> tuple[Outcome, Cells]:
        """The reading to believe: one whose arithmetic holds, else one that cannot be
        checked, else the most plausible mismatch (an implausible one reports nothing)."""
        for wanted in ("ok", "unverifiable"):
            for outcome, cells in outcomes:
                if outcome.status == wanted:
                    return outcome, cells
        mismatches = [item for item in outcomes if item[0].status == "mismatch"]
        if not mismatches:
            return outcomes[0]
        numeric = [i for i, r in enumerate(layout.roles) if r]
        count_pos = numeric.index(layout.count)

        def plausibility(item):
            outcome, cells = item
            tokens = [_text(cells, i) for i in numeric]
            filled = sum(1 for t in tokens if t)  # a totals row's figure is rarely split
            return (style_penalty(tokens, count_pos), filled, outcome.distance)

        return min(mismatches, key=plausibility)

    def _hit(self, f: Finding, label: str, layout: Layout, cells: Cells, readings: int) -> Hit:
        arithmetic = f.arithmetic
        if readings:
            shown = " | ".join(
                _text(cells, i) or "(blank)" for i, r in enumerate(layout.roles) if r
            )
            arithmetic += f" (reading the run-together row as {shown}"
            arithmetic += f", the likeliest of {readings} readings)" if readings > 1 else ")"
        args = {
            "match": f.cell.prose if isinstance(f.cell, MarkupCell) else f.cell.text,
            "arithmetic": arithmetic,
            "expected": f.expected,
            "total": f.total,
            "row": label,
        }
        return Hit(f.cell.start, f.cell.end, args)


# -- finding tables -------------------------------------------------------------


def _table_layout(checker: Checker, table: Table) -> tuple[Layout, list[Row]] | None:
    """The protocol layout of a table and its body rows, from its first usable header."""
    candidates = [i for i, r in enumerate(table.rows) if r.header][:4]
    if 0 not in candidates:
        candidates.append(0)
    for i in candidates:
        layout = layout_of(checker.config, [c.text for c in table.rows[i].cells])
        if layout is not None:
            return layout, [r for r in table.rows[i + 1 :] if not r.header]
    return None


@dataclass(eq=False)
class MarkupCell(Cell):
    """An HTML cell read from its source (``10<sup>8</sup>``); ``prose`` is what readers see."""

    prose: str = ""


def _body_cells(doc: Document, table: Table, row: Row) -> Cells:
    """A row's cells; an HTML cell with a superscript keeps its markup."""
    if table.form != "html":
        return list(row.cells)
    out: Cells = []
    for cell in row.cells:
        raw = doc.source[cell.start : cell.end]
        if "<sup" in raw.lower():
            out.append(MarkupCell(raw, cell.start, cell.end, prose=cell.text))
        else:
            out.append(cell)
    return out


def _source_lines(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    first = doc.lines.position(start)[0]
    last = doc.lines.position(max(start, end - 1))[0]
    spans = []
    for n in range(first, last + 1):
        a, b = doc.lines.line_span(n)
        while b > a and doc.source[b - 1] in "\r\n":
            b -= 1
        spans.append((a, b))
    return spans


def loose_tables(doc: Document) -> Iterator[Table]:
    """Pipe or tab tables in Markdown paragraphs (no alignment row, pasted from a sheet)."""
    if doc.format != "markdown":
        return
    for block in doc.blocks:
        if block.kind != "paragraph" or "\n" not in block.text:
            continue
        lines = _source_lines(doc, block.start, block.end)
        i = 0
        while i < len(lines):
            table, j = read_delimited_table(doc.source, lines, i)
            if table is not None:
                yield table
                i = j
            else:
                i += 1


@dataclass
class ProseLine:
    text: str
    block: Block
    offset: int  # prose offset of the line in its block
    doc: Document

    @property
    def line(self) -> int:
        """1-based source line (only needed once a squashed header is found)."""
        return self.doc.lines.position(self.block.offsets.source(self.offset))[0]

    def cell(self, a: int, b: int) -> Cell:
        start, end = self.block.source_span(self.offset + a, self.offset + b)
        return Cell(self.text[a:b], start, end)


def prose_lines(doc: Document) -> list[ProseLine]:
    out = []
    for block in doc.blocks:
        pos = 0
        for piece in block.text.split("\n"):
            if piece.strip():
                out.append(ProseLine(piece, block, pos, doc))
            pos += len(piece) + 1
    return out


def _mentions_roles(config: Config, text: str, least: int) -> bool:
    """Whether ``text`` names at least ``least`` header phrases (stops at the ``least``-th)."""
    return any(n >= least for n, _ in enumerate(finditer(config.any_role, text), 1))


def _squashed_layout(checker: Checker, line: ProseLine) -> tuple[Layout, list[Cell]] | None:
    spans = split_header(line.text)  # cheaper than the role pattern: first
    if len(spans) < 3 or not _mentions_roles(checker.config, line.text, 3):
        return None
    texts = [line.text[a:b] for a, b in spans]
    layout = layout_of(checker.config, texts)
    if layout is None:
        return None
    numeric = [i for i, r in enumerate(layout.roles) if r]
    if numeric != list(range(numeric[0], len(texts))) or len(numeric) > MAX_CELLS:
        return None  # numeric columns must close the header
    return layout, [line.cell(a, b) for a, b in spans]


def squashed_tables(checker: Checker, doc: Document) -> Iterator[tuple[Layout, list[list[Cells]]]]:
    """Run-together tables in the prose: a squashed header, then rows ending in figures."""
    lines = prose_lines(doc)
    i = 0
    while i < len(lines):
        found = _squashed_layout(checker, lines[i])
        if found is None:
            i += 1
            continue
        layout, _ = found
        rows: list[list[Cells]] = []
        j = i + 1
        while j < len(lines) and lines[j].line <= lines[j - 1].line + 2:
            readings = _squashed_row(checker, layout, lines[j])
            if readings is None:
                break
            rows.append(readings)
            j += 1
        if rows:
            yield layout, rows
        i = max(j, i + 1)


def _squashed_row(checker: Checker, layout: Layout, line: ProseLine) -> list[Cells] | None:
    """A squashed row's readings as full rows of cells; ``None`` if the line is no row."""
    numeric = [i for i, r in enumerate(layout.roles) if r]
    width = len(numeric)
    segments = tail_segments(line.text, checker.config.blanks, width)
    if not any(s.kind == "num" for s in segments):
        return None
    label_text = line.text[: segments[0].start].strip()
    short = checker.is_total_row(label_text) if label_text else False
    out: list[Cells] = []
    for reading in row_readings(line.text, segments, width, short=short):
        first = next((s[0] for s in reading if s is not None), segments[0].start)
        cells: Cells = [None] * layout.width
        label = line.text[:first].rstrip()
        if layout.labels and label.strip():
            lead = len(label) - len(label.lstrip())
            cells[layout.labels[0]] = line.cell(lead, len(label))
        for col, span in zip(numeric, reading, strict=True):
            cells[col] = line.cell(*span) if span is not None else None
        out.append(cells)
    return out


# -- the kind -------------------------------------------------------------------


def build(rule: Rule, vocab: Vocabulary):
    checker = Checker(_config(rule, vocab))

    def check(doc: Document) -> Iterator[Hit]:
        for table in [*doc.tables, *loose_tables(doc)]:
            found = _table_layout(checker, table)
            if found is not None:
                layout, body = found
                rows = [[_body_cells(doc, table, r)] for r in body]
                yield from checker.check(layout, rows, False)
        for layout, rows in squashed_tables(checker, doc):
            yield from checker.check(layout, rows, True)

    return check

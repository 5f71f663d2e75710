"""Quantities in protocol-table cells: numbers, ranges, scales, units and qualifiers.

A cell such as ``"1.5 × 10^8 cells"``, ``"50–100 million"``, ``"2.5 mL"`` or
``"1 million cells/kg"`` becomes a :class:`Quantity`: an exact interval
(``low == high`` for a single figure) held as :class:`~fractions.Fraction`, the
unit it is counted in, and qualifiers such as *per kg* or *per side* that make
it a rate rather than an amount. Anything else (``N/A``, ``—``, a blank,
``"1 infusion"``, ``"up to 50M"``, prose) is not a quantity: :meth:`parse`
returns ``None`` and the caller treats the cell as unverifiable.

The words (units, scale words, qualifiers, filler) come from the rule pack; only
the shape of a number lives here. Numbers are plain digits, or digits grouped in
threes with commas or thin spaces (one separator per number), with an optional
decimal point; ``40.000.000`` and ``40,00,000`` are not numbers. Every
quantifier is bounded and cells longer than :data:`MAX_CELL` characters are
refused, so parsing a cell costs constant time.
"""

from __future__ import annotations

import re
from fractions import Fraction

import regex

from . import regex_cache
from .patterns import alternation, finditer
from .readers.inline import unescape
from .records import dataclass, field

MAX_CELL = 80
MAX_EXPONENT = 30

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_SUPER_POWER = re.compile(r"10\s*([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})")
_MARKUP = re.compile(r"^[*_`]+|[*_`†‡§]+$")  # emphasis, footnote marks
_SUP_TAG = re.compile(r"<sup\b[^<>]{0,40}>\s*([+\-−]?\d{1,2})\s*(?:</sup\s*>)?", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,80}>")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_GROUPING = ",\u2009\u202f\u00a0"
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,3}(?:[\u2009\u202f\u00a0]\d{3}){1,6}|\d{1,18})"
    r"(?:\.\d{1,12})?"
)
_POWER = r"10\s*\^\s*(?P<{t}p>[+-]?\d{{1,2}})"
_TIMES = r"[x×*·⋅]"
_DASH = r"(?:-|–|—|‐|‑|to)"


@dataclass(frozen=True)
class Quantity:
    """An exact interval ``[low, high]`` with its unit and qualifiers."""

    low: Fraction
    high: Fraction
    unit: str | None = None
    qualifiers: frozenset[str] = frozenset()
    scaled: bool = False

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def times(self, other: Quantity) -> Quantity:
        return Quantity(self.low * other.low, self.high * other.high, self.unit, self.qualifiers)

    def plus(self, other: Quantity) -> Quantity:
        return Quantity(self.low + other.low, self.high + other.high, self.unit, self.qualifiers)


@dataclass(frozen=True)
class HeaderInfo:
    """What a column header says about its cells: unit, scale and qualifiers."""

    unit: str | None = None
    scale: Fraction | None = None
    qualifiers: frozenset[str] = frozenset()


@dataclass
class QuantityReader:
    """Parses cells with the rule pack's units, scale words, qualifiers and filler.

    ``units`` and ``qualifiers`` map a name to one compiled pattern; ``multipliers``
    maps a scale word (``million``, ``M``, ``bn``) to its value.
    """

    units: dict[str, regex.Pattern] = field(default_factory=dict)
    qualifiers: dict[str, regex.Pattern] = field(default_factory=dict)
    multipliers: dict[str, Fraction] = field(default_factory=dict)
    filler: regex.Pattern | None = None
    count_words: regex.Pattern | None = None
    default_unit: str | None = None

    def __post_init__(self) -> None:
        self._mult_words = {w.lower(): v for w, v in self.multipliers.items()}
        self._compiled: tuple[re.Pattern, re.Pattern, re.Pattern] | None = None

    def _patterns(self) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
        """The value, count and header-scale patterns, compiled on first use: most
        articles hold no table, and a one-file run should not pay for them."""
        if self._compiled is None:
            words = sorted(self.multipliers, key=len, reverse=True)
            mult = "|".join(re.escape(w) for w in words) or r"(?!)"
            value = re.compile(
                rf"\s*{_value('a', mult)}(?:\s*{_DASH}\s*{_value('b', mult)})?\s*",
                re.IGNORECASE,
            )
            count = re.compile(
                rf"\s*(?P<a>{_NUMBER})(?:\s*{_DASH}\s*(?P<b>{_NUMBER}))?\s*", re.IGNORECASE
            )
            header_scale = re.compile(
                rf"(?:{_TIMES}\s*)?{_POWER.format(t='h')}|(?<![a-z])(?P<hm>{mult})(?![a-z])",
                re.IGNORECASE,
            )
            self._compiled = (value, count, header_scale)
        return self._compiled

    # -- cells ------------------------------------------------------------------
    def parse(self, text: str, header: HeaderInfo | None = None) -> Quantity | None:
        """The quantity a dose or total cell states, or ``None`` if it states none."""
        header = header or HeaderInfo()
        clean = normalize(text)
        if clean is None:
            return None
        quals, clean = _extract(self.qualifiers, clean)
        units, clean = _extract(self.units, clean)
        clean = _remove(self.filler, clean)
        if len(units) > 1:
            return None
        m = self._patterns()[0].fullmatch(_EMPTY_BRACKETS.sub(" ", clean))
        if m is None:
            return None
        low, low_scaled = self._side(m, "a")
        if m.group("bnum") is None and m.group("bbare") is None:
            high, high_scaled = low, low_scaled
        else:
            high, high_scaled = self._side(m, "b")
            scale = self._scale_of(m, "b")
            if low is not None and scale and not low_scaled and low < high / scale:
                low, low_scaled = low * scale, True  # "50–100 million": one scale, both ends
        if low is None or high is None or low <= 0 or low > high:
            return None
        scaled = low_scaled or high_scaled
        if not scaled and header.scale is not None:
            low, high = low * header.scale, high * header.scale
        unit = next(iter(units), None) or header.unit or self.default_unit
        return Quantity(low, high, unit, frozenset(quals) | header.qualifiers, scaled)

    def parse_count(self, text: str) -> Quantity | None:
        """A count cell: ``5``, ``3–5``, ``5 days``, ``x3``; no scales or units."""
        clean = normalize(text)
        if clean is None:
            return None
        clean = _remove(self.count_words, clean)
        clean = _remove(self.filler, clean)
        clean = re.sub(r"^\s*[x×]\s*(?=\d)|(?<=\d)\s*[x×]\s*$", " ", clean)
        m = self._patterns()[1].fullmatch(clean)
        if m is None:
            return None
        low = _fraction(m.group("a"))
        high = _fraction(m.group("b")) if m.group("b") else low
        if low <= 0 or low > high:
            return None
        return Quantity(low, high)

    def header(self, text: str) -> HeaderInfo:
        """Unit, scale (``(millions)``, ``×10^6``) and qualifiers a header states."""
        clean = normalize(text, limit=200) or ""
        quals, rest = _extract(self.qualifiers, clean)
        units, rest = _extract(self.units, rest)
        scale = None
        for m in self._patterns()[2].finditer(rest):
            if m.group("hp") is not None:
                scale = _power(m.group("hp"))
                break
            word = m.group("hm")
            # A one-letter scale ("M") counts only in brackets: "Dose B" is not billions.
            if len(word) > 1 or rest[: m.start()].rstrip().endswith(("(", "[")):
                scale = self._mult_words.get(word.lower())
                break
        unit = next(iter(units)) if len(units) == 1 else None
        return HeaderInfo(unit, scale, frozenset(quals))

    def qualifiers_in(self, text: str) -> frozenset[str]:
        """Qualifiers named anywhere in a text cell (a row label such as ``per side``)."""
        clean = normalize(text, limit=200) or ""
        return frozenset(_extract(self.qualifiers, clean)[0])

    # -- internals -------------------------------------------------------------
    def _side(self, m: re.Match, t: str) -> tuple[Fraction | None, bool]:
        """One end of a value and whether it carries its own scale."""
        if m.group(f"{t}bare") is not None:
            return _power(m.group(f"{t}p2")), True
        value = _fraction(m.group(f"{t}num"))
        if m.group(f"{t}p") is None and m.group(f"{t}e") is None and m.group(f"{t}mult") is None:
            return value, False
        scale = self._scale_of(m, t)
        return (None if scale is None else value * scale), True

    def _scale_of(self, m: re.Match, t: str) -> Fraction | None:
        if m.group(f"{t}p") is not None:
            return _power(m.group(f"{t}p"))
        if m.group(f"{t}e") is not None:
            return _power(m.group(f"{t}e"))
        if m.group(f"{t}mult") is not None:
            return self._mult_words.get(m.group(f"{t}mult").lower())
        return None


def _value(t: str, mult: str) -> str:
    power = _POWER.format(t=t)
    bare = rf"10\s*\^\s*(?P<{t}p2>[+-]?\d{{1,2}})"
    return (
        rf"(?:(?P<{t}num>{_NUMBER})"
        rf"(?:\s*{_TIMES}\s*{power}|e(?P<{t}e>[+-]?\d{{1,2}})|\s*(?P<{t}mult>{mult})(?![a-z]))?"
        rf"|(?P<{t}bare>{bare}))"
    )


def normalize(text: str, limit: int = MAX_CELL) -> str | None:
    """Cell text without markup or entities; superscript powers (``10⁷``,
    ``10<sup>7</sup>``) written ``10^7``."""
    if "<" in text:  # inline HTML in a Markdown cell, or an HTML cell's source
        text = _TAG.sub(" ", _SUP_TAG.sub(r"^\1", text))
    if "&" in text:
        text = unescape(text)
    text = text.replace("−", "-").strip()
    if not text or len(text) > limit:
        return None
    text = _MARKUP.sub("", text).strip()
    return _SUPER_POWER.sub(lambda m: "10^" + m.group(1).translate(_SUPERSCRIPT), text)


def _extract(patterns: dict[str, regex.Pattern], text: str) -> tuple[set[str], str]:
    """Names whose pattern occurs in ``text``, and the text with those matches blanked."""
    found: set[str] = set()
    for name, pattern in patterns.items():
        spans = [m.span() for m in finditer(pattern, text)]
        if spans:
            found.add(name)
            text = _blank(text, spans)
    return found, text


def _remove(pattern: regex.Pattern | None, text: str) -> str:
    if pattern is None:
        return text
    return _blank(text, [m.span() for m in finditer(pattern, text)])


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in reversed(spans):
        text = text[:a] + " " + text[b:]
    return text


def _fraction(digits: str) -> Fraction:
    return Fraction(digits.translate({ord(c): None for c in _GROUPING}))


def _power(exponent: str) -> Fraction | None:
    e = int(exponent)
    if abs(e) > MAX_EXPONENT:
        return None
    return Fraction(10) ** e


def letter_bounded(items: list[str]) -> regex.Pattern | None:
    """One pattern for ``items`` that may touch digits and punctuation but not letters.

    Units and qualifiers sit against numbers (``2.5mL``) and slashes (``cells/kg``),
    so the usual whole-word boundaries are too strict; a letter against a
    letter still rejects a match inside a word (``cc`` in ``vaccine``).
    """
    if not items:
        return None
    pattern = alternation(items, words=False)
    start = r"(?:(?<!\p{L})|(?=\P{L}))"  # no letter before a match that starts with one
    end = r"(?:(?!\p{L})|(?<=\P{L}))"
    return regex_cache.compile(f"{start}{pattern.pattern}{end}", pattern.flags)


def close(a: Fraction, b: Fraction, tolerance: Fraction) -> bool:
    """``a`` and ``b`` differ by at most ``tolerance`` relative to the larger."""
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def agrees(expected: Quantity, stated: Quantity, tolerance: Fraction) -> bool:
    """Whether a stated figure matches the expected one.

    A stated range must match at both ends; a single stated figure only has to
    fall inside an expected range (a dose range times a count allows any total
    in between).
    """
    if stated.is_range:
        return close(expected.low, stated.low, tolerance) and close(
            expected.high, stated.high, tolerance
        )
    lo = expected.low * (1 - tolerance)
    hi = expected.high * (1 + tolerance)
    return lo <= stated.low <= hi


def format_number(value: Fraction) -> str:
    """``100000000`` -> ``100,000,000``; fractions with up to four decimals."""
    if value.denominator == 1:
        return f"{value.numerator:,}"
    text = f"{float(value):,.4f}".rstrip("0").rstrip(".")
    return text


def format_quantity(q: Quantity, default_unit: str | None = None) -> str:
    text = format_number(q.low)
    if q.is_range:
        text += "–" + format_number(q.high)
    if q.unit and q.unit != default_unit:
        text += f" {q.unit}"
    for qualifier in sorted(q.qualifiers):
        text += f" {qualifier}"
    return text

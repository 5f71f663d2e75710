"""Regular expressions from rule packs: compiled with ``regex``, matched with a timeout.

Every pattern a rule pack supplies goes through :func:`compile_pattern`, and every
search through :func:`finditer`/:func:`search`, so a catastrophic pattern can
cost at most :data:`MATCH_TIMEOUT` seconds per call (plus a second per
:data:`CHARS_PER_SECOND` characters searched) instead of hanging a run.

Matching is kept fast for rule packs with hundreds of phrases: simple case
folding, a literal prefilter in two steps (:mod:`medlint.prefilter`: the
literals any match holds, then those each alternative holds), a small memo of
recent results, :class:`PatternSet` for long lists of patterns tried on the same
texts, and compiled patterns and their literals cached between runs
(:mod:`medlint.regex_cache`). A search of a range of a long text (a block of a
document's source) is prefiltered on that range.
"""

from __future__ import annotations

import pickle
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

import regex

from . import prefilter, regex_cache

MATCH_TIMEOUT = 1.0
CHARS_PER_SECOND = 250_000  # the slowest scanning speed that is not a runaway pattern
_WHOLE_TEXT = 512  # a range of a longer text is prefiltered on its own
FLAGS = regex.IGNORECASE | regex.VERSION1 | regex.UNICODE
# Version 1 turns on full case folding with IGNORECASE ("ss" matching "\u00df"), which
# makes matching about five times slower; simple case folding is enough for prose.
_SIMPLE_CASE = "(?-f)"
# Literal word starts of whole-word patterns (see medlint.prefilter).
_KEYS: dict[regex.Pattern, frozenset[str]] = {}
# What every match of a pattern holds: (word keys, substrings, exact word keys),
# for the prefilter (medlint.prefilter.required_keys).
_REQUIRED: dict[regex.Pattern, tuple[frozenset[str], tuple[str, ...], frozenset[str]]] = {}
# The second test, for texts that pass the first: what each alternative holds
# (medlint.prefilter.conjunctions), with an index from the word keys of each
# alternative's first set to the alternatives: (sets, index, its keys, the rest,
# whether some alternative has more than one set).
# Until a search first needs it, an entry is the pickled sets (bytes) as the
# pattern cache keeps them: a run searches with a fraction of the patterns.
_CONJUNCTIONS: dict[regex.Pattern, tuple | bytes] = {}


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


def _full_source(source: str, words: bool) -> str:
    """The source :func:`compile_pattern` compiles for phrase ``source``."""
    body = f"(?:{flexible_spaces(source)})"
    if words:
        body = rf"(?<![\w-]){body}(?![\w])"
    return _SIMPLE_CASE + body


def compile_pattern(source: str, *, words: bool = True) -> regex.Pattern:
    """Compile one pattern; with ``words`` it must match whole words."""
    compiled = regex_cache.phrase(source, words)
    if compiled is None:
        try:
            compiled = regex_cache.compile(_full_source(source, words), FLAGS)
        except (regex.error, ValueError, OverflowError) as exc:
            raise PatternError(f"invalid regular expression {source!r}: {exc}") from None
        regex_cache.remember_phrase(source, words, compiled)
    if words and compiled not in _KEYS:
        keys = regex_cache.literal_keys(source)
        if keys is not None:
            _KEYS[compiled] = keys
    if compiled not in _REQUIRED:
        required, conjunctions = regex_cache.literals(compiled.pattern)
        if required is None and compiled in _KEYS:
            required = (_KEYS[compiled], (), frozenset())
        if required is not None:
            _REQUIRED[compiled] = required
            if conjunctions is not None:
                _CONJUNCTIONS[compiled] = conjunctions
    return compiled


def _conjunctions(pattern: regex.Pattern) -> tuple | None:
    """The indexed sets of each alternative of ``pattern`` (see :data:`_CONJUNCTIONS`)."""
    found = _CONJUNCTIONS.get(pattern)
    if found.__class__ is bytes:
        found = _indexed(pickle.loads(found))  # noqa: S301 - from our own pattern cache
        _CONJUNCTIONS[pattern] = found
    return found  # type: ignore[return-value]


def _indexed(conjunctions: tuple) -> tuple:
    index: dict[str, list[int]] = {}
    rest: list[int] = []  # alternatives whose first set is not only word keys
    for a, sets in enumerate(conjunctions):
        words, substrings, exact = sets[0]
        if words and not substrings and not exact:
            for key in words:
                index.setdefault(key, []).append(a)
        else:
            rest.append(a)
    informative = any(len(sets) > 1 for sets in conjunctions)
    return conjunctions, index, frozenset(index), tuple(rest), informative


def _holding(conjunctions: tuple, text: str, prefixes: frozenset[str], first: bool) -> list[int]:
    """The alternatives whose sets of literals ``text`` holds (only the first found
    when ``first``): those indexed by a word key of the text first (the cheaper
    test), then the rest."""
    sets, index, keys, rest, _ = conjunctions
    found: list[int] = []
    seen: set[int] = set()
    for key in keys.intersection(prefixes):
        for a in index[key]:
            if a not in seen:
                seen.add(a)
                if prefilter.holds_all(sets[a][1:], text, prefixes):  # the first holds
                    found.append(a)
                    if first:
                        return found
    for a in rest:
        if prefilter.holds_all(sets[a], text, prefixes):
            found.append(a)
            if first:
                return found
    return found


def _alternatives_holding(conjunctions: tuple, text: str) -> tuple[int, ...] | None:
    """The alternatives whose sets of literals ``text`` holds, in order (``None``: any)."""
    prefixes = prefilter.word_prefixes(text)
    if prefixes is None:
        return None
    return tuple(sorted(_holding(conjunctions, text, prefixes, False)))


def _alternatives_may_match(conjunctions: tuple, text: str) -> bool:
    """False when every alternative lacks one of its sets of literals in ``text``."""
    prefixes = prefilter.word_prefixes(text)
    return prefixes is None or bool(_holding(conjunctions, text, prefixes, True))


def literal_gate(pattern: regex.Pattern) -> tuple | None:
    """The sets of literals a match of ``pattern`` needs, when they say more than
    the word keys that make it a candidate ("9 in 10" needs a figure AND one of its
    result words); ``None`` when they add nothing. :func:`gate_allows` tests a text
    with it before any search, as :func:`finditer` does after its memo."""
    found = _conjunctions(pattern)
    return found if found is not None and found[4] else None


def gate_allows(gate: tuple, text: str) -> bool:
    """False when ``text`` lacks a set of literals every alternative of the gate's
    pattern needs: the pattern can find nothing in it."""
    return _alternatives_may_match(gate, text)


def alternation(sources: Iterable[str], *, words: bool = True) -> regex.Pattern | None:
    """One pattern matching any of ``sources`` (longest alternatives first)."""
    # Longest first, ties alphabetical: the same pattern text in every process (set
    # order changes with hash randomisation), so results and the compile cache agree.
    items = sorted({s for s in sources if s}, key=lambda s: (-len(s), s))
    if not items:
        return None
    joined = "|".join(f"(?:{s})" for s in items)
    if regex_cache.phrase(joined, words) is None:  # else its entries were checked before
        for s in items:  # name the offending entry if one is broken
            compile_pattern(s, words=False)
    compiled = compile_pattern(joined, words=words)
    if len(items) >= _NARROW_FROM:
        _PARTS[compiled] = (tuple(items), words)
    return compiled


# The entries of long lists made by alternation(). When the literals of a text rule
# out most entries of a list, the regex engine tries the others one by one instead
# of the whole list: an entry that cannot match anywhere in the text cannot change
# what the alternation finds, and the alternation's match at a position is the first
# entry's that matches there (see _scan_entries). Each entry is compiled on its own
# once, through the pattern cache; a list is narrowed no more once one of its entries,
# compiled alone, has a capturing group or does not compile (a backreference to
# another entry): only whole matches are read from these lists, but the groups of a
# match should not depend on whether its list was narrowed.
_PARTS: dict[regex.Pattern, tuple[tuple[str, ...], bool]] = {}
_ENTRIES: dict[regex.Pattern, list[regex.Pattern | None]] = {}
_NARROW_FROM = 4  # entries in a list before narrowing it pays
_NARROW_UP_TO = 6  # entries that may hold before the whole list is cheaper


def _narrowed(pattern: regex.Pattern, conjunctions: tuple, text: str):
    """What to search ``text`` with: ``None`` when no alternative of ``pattern`` may
    match it, a tuple of compiled entries when the text's literals rule out most of
    the list's entries, else ``pattern`` itself."""
    parts = _PARTS.get(pattern)
    if parts is None:
        if not conjunctions[4]:  # one set per alternative: the required test said it all
            return pattern
        return pattern if _alternatives_may_match(conjunctions, text) else None
    chosen = _alternatives_holding(conjunctions, text)
    if chosen is None:
        return pattern  # the text holds characters the prefilter cannot reason about
    if not chosen:
        return None
    if len(chosen) > _NARROW_UP_TO or 2 * len(chosen) > len(parts[0]):
        return pattern
    entries = _ENTRIES.get(pattern)
    if entries is None:
        entries = _ENTRIES[pattern] = [None] * len(parts[0])
    out = []
    for a in chosen:
        entry = entries[a]
        if entry is None:
            items, words = parts
            try:
                entry = _entry(items[a], words)
                if entry.groups:
                    raise ValueError("a capturing group")
            except (regex.error, ValueError):
                del _PARTS[pattern]
                return pattern
            entries[a] = entry
        out.append(entry)
    return tuple(out)


def _entry(source: str, words: bool) -> regex.Pattern:
    """One entry of a long list compiled alone, as a phrase of its own: through the
    pattern cache's phrases, so a later run neither compiles it nor rebuilds its
    source."""
    compiled = regex_cache.phrase(source, words)
    if compiled is None:
        compiled = regex_cache.compile(_full_source(source, words), FLAGS)
        regex_cache.remember_phrase(source, words, compiled)
    return compiled


def _scan_entries(entries: tuple, text: str, pos: int, end: int, first: bool):
    """The matches of an alternation of ``entries`` (in order) in ``text[pos:end]``:
    the first (or ``None``) when ``first``, else all, as ``finditer`` gives them;
    ``False`` when an entry matches the empty string (then search with the whole)."""
    timeout = _timeout(pos, end)
    nexts = [e.search(text, pos, end, timeout=timeout) for e in entries]
    found = []
    while True:
        best = None
        for m in nexts:  # leftmost; at the same start, the earlier entry (as | does)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None or first:
            return best if first else tuple(found)
        at = best.end()
        if at == best.start():
            return False
        found.append(best)
        for i, m in enumerate(nexts):
            if m is not None and m.start() < at:
                nexts[i] = entries[i].search(text, at, end, timeout=timeout)


class PatternSet:
    """Many patterns tried on the same texts (a rule's list of conditions, say).

    :meth:`candidates` tells which of them may match a text with one lookup of
    the text's word prefixes for all of them (an index from each pattern's
    required word keys to the patterns), instead of one prefilter test per
    pattern. A pattern it leaves out is one :func:`finditer` would find nothing
    for, so trying only the candidates, in order, gives the same matches.
    """

    def __init__(self, patterns: Iterable[regex.Pattern]) -> None:
        self.patterns = list(patterns)
        self._by_key: dict[str, list[int]] = {}
        always: list[int] = []  # no word keys to index: tried on every text
        for i, pattern in enumerate(self.patterns):
            required = _REQUIRED.get(pattern)
            if required is None or required[1]:
                always.append(i)  # substrings are tested by finditer itself
                continue
            # Exact keys ("MS") go in lowercased: a looser test, so the words of a
            # text are needed only once, lowercased; finditer makes the exact one.
            for key in {*required[0], *(k.lower() for k in required[2])}:
                self._by_key.setdefault(key, []).append(i)
        self._always = tuple(always)
        self._keys = frozenset(self._by_key)

    def candidates(self, text: str) -> Sequence[int]:
        """Positions in :attr:`patterns` of the patterns that may match ``text``, in order."""
        prefixes = prefilter.word_prefixes(text)
        if prefixes is None:
            return range(len(self.patterns))
        hits = self._keys.intersection(prefixes)
        if not hits:
            return self._always
        found = set(self._always)
        for key in hits:
            found.update(self._by_key[key])
        return sorted(found)


# Results of recent searches. Rules ask the same question many times (is this
# paragraph cited? asked once per sentence; the same phrase list in several
# rules), and a paragraph of a thousand sentences would otherwise be searched a
# thousand times: quadratic. Bounded by entries and by the total length of the
# long texts it keeps alive (short texts are bounded by the entry count).
_MEMO: dict[tuple, object] = {}
_MEMO_ORDER: deque[tuple] = deque()  # keys of _MEMO, oldest first (a dict's own order
# is slow to pop from the front: iteration skips every slot deleted before)
_MEMO_TEXTS: dict[int, list[int]] = {}  # id(long text) -> [length, entries using it]
_MEMO_ENTRIES = 4096
_MEMO_CHARS = 8 * 1024 * 1024
_MEMO_LONG = 2048  # texts longer than this count against _MEMO_CHARS
_memo_chars = 0


def _remember(key: tuple, text: str, value) -> None:
    """Keep ``value``, forgetting the oldest results beyond the entry and text budgets.

    The newest result is always kept, so a single 20 MB paragraph still gets its
    repeated questions answered from the memo.
    """
    global _memo_chars
    if key in _MEMO:
        return
    if len(text) > _MEMO_LONG:
        held = _MEMO_TEXTS.get(id(text))
        if held is None:
            _MEMO_TEXTS[id(text)] = [len(text), 1]
            _memo_chars += len(text)
        else:
            held[1] += 1
    _MEMO[key] = value
    _MEMO_ORDER.append(key)
    if len(_MEMO) > _MEMO_ENTRIES or _memo_chars > _MEMO_CHARS:
        _forget()


def _forget() -> None:
    global _memo_chars
    while len(_MEMO) > 1 and (len(_MEMO) > _MEMO_ENTRIES or _memo_chars > _MEMO_CHARS):
        old = _MEMO_ORDER.popleft()
        del _MEMO[old]
        if len(old[2]) > _MEMO_LONG:
            ident = id(old[2])
            count = _MEMO_TEXTS[ident]
            count[1] -= 1
            if count[1] == 0:
                del _MEMO_TEXTS[ident]
                _memo_chars -= count[0]


def clear_memo() -> None:
    """Forget every remembered result (tests; a long-lived process between runs)."""
    global _memo_chars
    _MEMO.clear()
    _MEMO_ORDER.clear()
    _MEMO_TEXTS.clear()
    _memo_chars = 0


def _timeout(pos: int, end: int) -> float:
    """:data:`MATCH_TIMEOUT`, plus time in proportion to the text for long texts: a
    pattern that needs a few seconds for a 20 MB document is slow, not stuck."""
    return MATCH_TIMEOUT + max(0, end - pos) / CHARS_PER_SECOND


def _scan_all(pattern: regex.Pattern, text: str, pos: int, end: int) -> tuple:
    """Every match, found by the regex engine (bench/profile_rules.py times this)."""
    return tuple(pattern.finditer(text, pos, end, timeout=_timeout(pos, end)))


def _scan_one(pattern: regex.Pattern, text: str, pos: int, end: int):
    """The first match, found by the regex engine (bench/profile_rules.py times this)."""
    return pattern.search(text, pos, end, timeout=_timeout(pos, end))


def _searched(text: str, pos: int, end: int) -> str:
    """The text the prefilter should test: the searched range of a long text.

    Rules search one block's range of a whole document's source; the literals a
    match holds are inside the range it matches in, and the document as a whole
    holds nearly every literal somewhere.
    """
    if len(text) > _WHOLE_TEXT and (pos > 0 or end < len(text)):
        return text[pos:end]
    return text


def finditer(
    pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None
) -> Iterator:
    # A plain function, not a generator: most calls end at the prefilter, and
    # creating a generator for them costs more than the test itself.
    end = len(text) if endpos is None else endpos
    key = (pattern, "all", text, pos, end)
    if len(text) > _WHOLE_TEXT:  # asked again and again: the memo first, not a slice
        found = _MEMO.get(key)
        if found is not None:
            return iter(found)  # type: ignore[call-overload]
    required = _REQUIRED.get(pattern)
    if required is not None and not prefilter.may_match(
        required[0], _searched(text, pos, end), required[1], required[2]
    ):
        if len(text) > _WHOLE_TEXT:
            _remember(key, text, ())
        return iter(())
    found = _MEMO.get(key)
    if found is None:
        conjunctions = _conjunctions(pattern)
        narrow = pattern
        if conjunctions is not None:
            narrow = _narrowed(pattern, conjunctions, _searched(text, pos, end))
        try:
            # All at once: the timeout of a ``regex`` iterator runs from its creation,
            # so the caller's own work between matches would count against the pattern.
            if narrow is None:
                found = ()
            elif narrow.__class__ is tuple:
                found = _scan_entries(narrow, text, pos, end, False)
                if found is False:
                    found = _scan_all(pattern, text, pos, end)
            else:
                found = _scan_all(narrow, text, pos, end)
        except TimeoutError:
            raise PatternTimeout(f"pattern {pattern.pattern[:60]!r} timed out") from None
        _remember(key, text, found)
    return iter(found)  # type: ignore[call-overload]


def search(pattern: regex.Pattern | None, text: str, pos: int = 0, endpos: int | None = None):
    if pattern is None:
        return None
    end = len(text) if endpos is None else endpos
    key = (pattern, "one", text, pos, end)
    if len(text) > _WHOLE_TEXT:  # asked again and again: the memo first, not a slice
        found = _MEMO.get(key, _MEMO)
        if found is not _MEMO:
            return found
    required = _REQUIRED.get(pattern)
    if required is not None and not prefilter.may_match(
        required[0], _searched(text, pos, end), required[1], required[2]
    ):
        if len(text) > _WHOLE_TEXT:
            _remember(key, text, None)
        return None
    found = _MEMO.get(key, _MEMO)
    if found is not _MEMO:
        return found
    conjunctions = _conjunctions(pattern)
    narrow = pattern
    if conjunctions is not None:
        narrow = _narrowed(pattern, conjunctions, _searched(text, pos, end))
    try:
        if narrow is None:
            found = None
        elif narrow.__class__ is tuple:
            found = _scan_entries(narrow, text, pos, end, True)
        else:
            found = _scan_one(narrow, text, pos, end)
    except TimeoutError:
        raise PatternTimeout(f"pattern {pattern.pattern[:60]!r} timed out") from None
    _remember(key, text, found)
    return found

"""Cheap tests that tell when a pattern cannot match a text.

Most rule patterns are long alternations of phrases ("studies show", "cures",
"pain-free", ...) and most sentences contain none of them, yet a regex engine
must try every alternative at every position to find that out. This module
reads a pattern's source and derives literals that every match must contain,
so that a text lacking all of them is ruled out without running the pattern.

Two kinds of literal are used:

* *word keys*: a literal that starts a word of the text (it follows a
  non-word character or the start of the text in every match: after
  ``(?<![\\w-])``, ``\\b``, ``\\s+``, a space, a hyphen ...), lowercased and cut
  to :data:`KEY_LENGTH` characters. The text side is the set of word prefixes
  of the text (:func:`word_prefixes`), computed once per text and shared by
  every pattern, so the test is one set intersection. A class at a word start
  counts too: ``\\d`` stands for the keys ``0`` to ``9`` and :data:`NON_ASCII`
  (a word that starts with a character outside ASCII).
* *exact word keys*: the same for literals whose case the pattern fixes
  (``(?-i:Cell)``, a journal, is not "cells"), compared with the words of the
  text as written;
* *substrings*: a run of literal characters anywhere in a match
  (``https?://`` needs ``http``), looked up in the lowercased text; used only
  for alternatives that hold no word key.

:func:`required_keys` picks, for each alternative of a pattern, the most
selective literals it must contain (longest keys first); :func:`may_match`
tests a text against their union, one set operation for the whole pattern.
:func:`conjunctions` keeps, for each alternative, a few such sets that all hold
in any match ("without" and "pain" in "walking without pain"): a text that
passes the first test must hold every set of some alternative
(:func:`holds_all`). :func:`literal_keys` gives the literal *starts* of a
whole-word phrase, the older and narrower test. All give up (``None``) when
they cannot be sure, and all are conservative: they may say "maybe" for a text
the pattern does not match, never "no" for a text it does.

Case: keys and texts are compared lowercased. With simple case folding (how
:mod:`medlint.patterns` compiles) only three characters outside ASCII match an
ASCII letter (capital I with dot, long s, Kelvin sign); a text holding one of
them in a word is never ruled out.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

KEY_LENGTH = 6  # longer keys tell "without" from "with": fewer searches
MAX_KEYS = 512  # start keys of a phrase, and word keys of one alternative
MAX_REQUIRED = 4096  # word keys of a whole pattern
MAX_SUBSTRINGS = 32
MAX_CLAUSES = 3  # sets of literals kept for each alternative (see conjunctions)
NON_ASCII = "\x00"  # the key of a word that starts with a character outside ASCII
_WORD = regex.compile(r"\w+", regex.VERSION1 | regex.UNICODE)
_IS_WORD = regex.compile(r"\w", regex.VERSION1 | regex.UNICODE)
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_DIGITS = frozenset("0123456789") | {NON_ASCII}
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz") | {NON_ASCII}
# Characters outside ASCII that match an ASCII letter when case is ignored
# (capital I with dot, long s, Kelvin sign). A word holding one of them is
# never ruled out.
_FOLDS_TO_ASCII = frozenset("\u0130\u017f\u212a")
_TEXTS: dict[str, frozenset[str] | None] = {}
_LOWERED: dict[str, str | None] = {}
_EXACT: dict[str, frozenset[str]] = {}
# Answers of _has_substring for long texts: rules ask about the same paragraph
# once per sentence, and each answer scans the whole paragraph (quadratic).
_FOUND: dict[tuple[tuple[str, ...], str], bool] = {}
_FOUND_FROM = 512  # shorter texts are scanned again: cheaper than the lookup
# Texts whose prefixes (and lowercased copies) are kept. Rules ask about the
# sentences and blocks of the document at hand; a frozenset of six-letter
# prefixes of a sentence is a few kilobytes, so 8,192 of them weighed 100 MB.
_TEXTS_LIMIT = 1024
# ASCII bytes: word characters lowercased, everything else a space.
_ASCII_WORDS_ONLY = bytes.maketrans(
    bytes(range(128)),
    bytes(ord(chr(c).lower()) if chr(c) in _ASCII_WORD else 32 for c in range(128)),
)
_ASCII_WORDS_AS_WRITTEN = bytes.maketrans(
    bytes(range(128)), bytes(c if chr(c) in _ASCII_WORD else 32 for c in range(128))
)
_END = "\uffff"
_ANY = ("set", None, False, False, None)  # a character this parser cannot tell
_CONTROL = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
# Inline flags that keep the analysis valid; any other (verbose, ASCII, full case
# folding, POSIX, reverse, word boundaries by Unicode rules, ...) gives up.
_SAFE_FLAGS = set("imsu")


class _GiveUp(Exception):
    pass


# -- the pattern side -----------------------------------------------------------
#
# The parser turns a pattern into a small tree of tuples:
#   ("lit", c, exact)                   a literal character; ``exact``: its case is
#                                       fixed (it stands in a (?-i:...) scope)
#   ("set", keys, nonword, covers_word, chars)
#                                       a class or escape; ``keys``: the word keys
#                                       it stands for at a word start (or None),
#                                       ``nonword``: it only matches non-word
#                                       characters, ``covers_word``: it holds \w,
#                                       ``chars``: the few characters it matches,
#                                       lowercased, when that is known (or None)
#   ("zero", effect)                    an assertion: "boundary" (a non-word
#                                       character or the start comes before),
#                                       "inside" (\B), or "none"
#   ("alt", (seq, ...))                 a group; each seq a tuple of nodes
#   ("rep", node, low)                  a quantified node, at least ``low`` times


def literal_keys(source: str) -> frozenset[str] | None:
    """Lowercased literal prefixes, one of which starts every match of phrase ``source``.

    ``source`` is a rule-pack phrase, to be compiled as a whole word. ``None``
    when some alternative may start without a literal word character (a
    character class, an optional first word, a construct this parser does not
    know), in which case no text can be ruled out.
    """
    try:
        tree = _Parser(source).parse()
        prefixes = _Analysis(expand=False).prefixes(tree, True)
    except (_GiveUp, IndexError, ValueError, KeyError):
        return None
    if prefixes is None or not prefixes:
        return None
    keys = set()
    for text, _open in prefixes:
        if not text:
            return None
        keys.add(text[:KEY_LENGTH])
    return frozenset(keys)


def analyse(pattern: str) -> tuple:
    """``(required_keys(pattern), conjunctions(pattern))`` from one parse and one analysis."""
    try:
        parser = _Parser(pattern)
        tree = parser.parse()
        analysis = _Analysis(expand=True)
        if parser.case_known and parser.has_exact:
            analysis.twin = _Analysis(expand=True, exact=True)
        found = analysis.required(tree, False)
        required = _required_result(found)
        return required, analysis.conjunctions(tree) if required is not None else None
    except (_GiveUp, IndexError, ValueError, KeyError, RecursionError):
        return None, None


def _required_result(found) -> tuple | None:
    if found is None:
        return None
    words, subs, exact = found
    if len(words) + len(exact) > MAX_REQUIRED or len(subs) > MAX_SUBSTRINGS:
        return None
    return frozenset(words), tuple(sorted(subs)), frozenset(exact)


def required_keys(
    pattern: str,
) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]] | None:
    """Word keys, substrings and exact word keys, one of which every match of
    ``pattern`` holds (see :func:`may_match`).

    ``pattern`` is the full source of a pattern compiled as
    :mod:`medlint.patterns` does (flags, boundaries and all; case ignored
    unless the pattern says otherwise). ``None`` when some alternative holds no
    literal the analysis can trust.
    """
    return analyse(pattern)[0]


def conjunctions(pattern: str) -> tuple | None:
    """For each alternative of the main alternation of ``pattern`` (a compiled
    pattern's source), a few sets of literals it holds one of each: a text
    lacking one set in every alternative cannot match (see :func:`holds_all`).

    Each set is (word keys, substrings, exact word keys), the most selective
    first. ``None`` when the pattern gives no more than :func:`required_keys`.
    """
    return analyse(pattern)[1]


def _is_word(c: str) -> bool:
    return _IS_WORD.match(c) is not None


def _caseless(c: str) -> bool:
    """A character that matches only itself whatever the case flags."""
    if c.isascii():
        return not c.isalpha()
    if c in _FOLDS_TO_ASCII or unicodedata.category(c)[0] not in "PSZN":
        return False
    return c.lower() == c == c.upper() and c.casefold() == c


class _Parser:
    """Just enough of the ``regex`` syntax (version 1) to find literals."""

    def __init__(self, source: str) -> None:
        self.s = source
        self.pos = 0
        self.exact = False  # in a case-sensitive scope: (?-i:...)
        self.case_known = True  # False once a global (?i) or (?-i) makes scopes unclear
        self.has_exact = False  # some letter stands in a case-sensitive scope

    def parse(self):
        tree = self.alternation()
        if self.pos != len(self.s):
            raise _GiveUp
        return tree

    def peek(self) -> str:
        # At the end, a character that no membership test below looks for.
        return self.s[self.pos] if self.pos < len(self.s) else _END

    def alternation(self):
        seqs = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            seqs.append(self.sequence())
        return ("alt", tuple(seqs))

    def sequence(self) -> tuple:
        items = []
        while self.pos < len(self.s) and self.peek() not in "|)":
            atom = self.atom()
            low = self.quantifier()
            if low is None:
                items.append(atom)
            elif atom[0] != "zero":  # a quantified assertion is still an assertion
                items.append(("rep", atom, low))
            else:
                items.append(atom if low > 0 else ("zero", "none"))
        return tuple(items)

    def atom(self):
        c = self.s[self.pos]
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.escape()
        self.pos += 1
        if c == "^":
            return ("zero", "boundary")
        if c == "$":
            return ("zero", "none")
        if c == ".":
            return _ANY
        if c in "*+?":
            raise _GiveUp  # a quantifier with nothing to repeat: let regex decide
        if self.exact and c.isalpha():
            self.has_exact = True
        return ("lit", c, self.exact)

    def escape(self):
        nxt = self.s[self.pos + 1]
        self.pos += 2
        if nxt in "bm":
            return ("zero", "boundary")
        if nxt == "B":
            return ("zero", "inside")
        if nxt in "AZzM":
            return ("zero", "none")
        if nxt in "GKQEgkR" or nxt.isdigit():
            raise _GiveUp  # search anchors, back-references, octal escapes
        if nxt in "xuU":
            return ("lit", self.hex_char(nxt), self.exact)
        if nxt == "N":
            raise _GiveUp
        if nxt == "d":
            return ("set", _DIGITS, False, False, None)
        if nxt in "sW":
            return ("set", None, True, False, None)  # only non-word characters
        if nxt == "w":
            return ("set", None, False, True, None)
        if nxt in "pP":
            name = self.property_name()
            keys = _LETTERS if nxt == "p" and _letter_property(name) else None
            return ("set", keys, False, False, None)
        if nxt in _CONTROL:
            return ("lit", _CONTROL[nxt], self.exact)
        if nxt.isalpha():
            return _ANY  # \D \S \W \X \h ...: any character
        return ("lit", nxt, self.exact)  # an escaped punctuation character

    def hex_char(self, kind: str) -> str:
        if self.peek() == "{":
            end = self.s.index("}", self.pos)
            digits = self.s[self.pos + 1 : end]
            self.pos = end + 1
        else:
            width = {"x": 2, "u": 4, "U": 8}[kind]
            digits = self.s[self.pos : self.pos + width]
            self.pos += width
        if not digits or any(d not in "0123456789abcdefABCDEF" for d in digits):
            raise _GiveUp
        return chr(int(digits, 16))

    def property_name(self) -> str:
        if self.peek() == "{":
            end = self.s.index("}", self.pos)
            name = self.s[self.pos + 1 : end]
            self.pos = end + 1
            return name
        name = self.s[self.pos]
        self.pos += 1
        return name

    def char_class(self):
        """A ``[...]`` class: its word keys at a word start, and what it can match."""
        self.pos += 1
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        keys: set[str] = set()
        chars: set[str] = set()  # every character it may match, lowercased
        listable = True  # ``chars`` is complete
        # what the class may match: ASCII-known word characters are in ``keys``
        word = nonword = unknown = covers_word = False
        first = True
        while True:
            c = self.s[self.pos]
            if c == "]" and not first:
                self.pos += 1
                break
            first = False
            if c == "[":  # a nested set or a POSIX class
                self.skip_nested()
                unknown = True
                continue
            if self.s.startswith(("--", "&&", "||", "~~"), self.pos):
                unknown = True  # set operations
                self.pos += 2
                continue
            ch, info = self.class_member()
            if ch is not None and self.peek() == "-" and self.s[self.pos + 1] != "]":
                self.pos += 1
                end, _ = self.class_member()
                if end is None or end < ch or ord(end) - ord(ch) > 1000:
                    unknown = True
                    continue
                members = [chr(code) for code in range(ord(ch), ord(end) + 1)]
            elif ch is not None:
                members = [ch]
            else:
                more, w, nw, unk, cov = info
                keys |= more
                word |= w
                nonword |= nw
                unknown |= unk
                covers_word |= cov
                listable = False  # \d, \s, ...: too many to list
                continue
            for m in members:
                if m.isascii() or _caseless(m):
                    chars.add(m.lower())
                else:
                    listable = False
                if m in _ASCII_WORD:
                    keys.add(m.lower())
                    word = True
                elif _is_word(m):
                    word = unknown = True  # outside ASCII: it may fold to an ASCII letter
                else:
                    nonword = True
        if negated:
            return _ANY
        usable = not unknown and not nonword and keys
        return (
            "set",
            frozenset(keys) if usable else None,
            not unknown and not word,
            covers_word,
            frozenset(chars) if listable and not unknown and len(chars) <= MAX_SUBSTRINGS else None,
        )

    def class_member(self):
        """One member of a class: (character, None), or (None, (keys, word, nonword,
        unknown, covers_word)) for a class escape."""
        c = self.s[self.pos]
        if c == "[":
            raise _GiveUp
        if c != "\\":
            self.pos += 1
            return c, None
        nxt = self.s[self.pos + 1]
        self.pos += 2
        if nxt == "d":
            return None, (_DIGITS, True, False, False, False)
        if nxt in "sW":
            return None, (frozenset(), False, True, False, False)
        if nxt == "w":
            return None, (frozenset(), True, False, True, True)
        if nxt in "pP":
            name = self.property_name()
            if nxt == "p" and _letter_property(name):
                return None, (_LETTERS, True, False, False, False)
            return None, (frozenset(), True, True, True, False)
        if nxt in "xuU":
            return self.hex_char(nxt), None
        if nxt == "b":
            return "\x08", None  # backspace
        if nxt in _CONTROL:
            return _CONTROL[nxt], None
        if nxt.isdigit() or nxt in "Ng":
            raise _GiveUp  # octal, \N{...}: escapes this parser does not read
        if nxt.isalpha():
            return None, (frozenset(), True, True, True, False)  # \D \S \W ...
        return nxt, None  # escaped punctuation

    def skip_nested(self) -> None:
        depth = 0
        while True:
            c = self.s[self.pos]
            if c == "\\":
                self.pos += 2
                continue
            self.pos += 1
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
                if depth == 0:
                    return

    def group(self):
        self.pos += 1
        kind = "group"
        if self.peek() == "?":
            self.pos += 1
            c = self.peek()
            if c in ":>|":
                self.pos += 1
            elif c in "=!":
                self.pos += 1
                kind = "ahead"
            elif c == "<" and self.s[self.pos + 1] in "=!":
                kind = "behind" if self.s[self.pos + 1] == "=" else "not behind"
                self.pos += 2
            elif c == "P" and self.s[self.pos + 1] == "<" or c == "<":
                self.pos = self.s.index(">", self.pos) + 1
            elif c == "#":
                self.pos = self.s.index(")", self.pos) + 1
                return ("zero", "none")
            else:
                return self.flags()
        inner = self.alternation()
        if self.peek() != ")":
            raise _GiveUp
        self.pos += 1
        if kind == "group":
            return inner
        if kind == "not behind" and _rejects_word(inner):
            return ("zero", "boundary")  # (?<![\w-]) and the like
        if kind == "behind" and _Analysis(expand=False).after(inner, False):
            return ("zero", "boundary")  # (?<=\s) and the like
        return ("zero", "none")

    def flags(self):
        """Inline flags: ``(?i)``, ``(?-i)``, scoped ``(?i:...)``; unsafe ones give up."""
        start = self.pos
        while self.peek() in "abdefiLmprsuVwx0123456789-":
            self.pos += 1
        on, _, off = self.s[start : self.pos].partition("-")
        if not set(on.replace("V1", "")) <= _SAFE_FLAGS or not set(off) <= _SAFE_FLAGS | {"f"}:
            raise _GiveUp  # also (?1), a call to a group
        if self.peek() == ")":
            self.pos += 1
            if "i" in on or "i" in off:
                self.case_known = False
            return ("zero", "none")
        if self.peek() != ":":
            raise _GiveUp
        self.pos += 1
        outer = self.exact
        self.exact = "i" in off or (outer and "i" not in on)
        inner = self.alternation()
        self.exact = outer
        if self.peek() != ")":
            raise _GiveUp
        self.pos += 1
        return inner

    def quantifier(self) -> int | None:
        """The least count of a quantifier after an atom, or None when there is none."""
        c = self.peek()
        low: int | None = None
        if c in "?*":
            self.pos += 1
            low = 0
        elif c == "+":
            self.pos += 1
            low = 1
        elif c == "{":
            end = self.s.find("}", self.pos)
            body = self.s[self.pos + 1 : end] if end != -1 else ""
            parts = body.split(",")
            if end == -1 or len(parts) > 2 or not all(q.isdigit() or q == "" for q in parts):
                # A literal brace, or a fuzzy-matching constraint ({e<=1}) under
                # which a match need not hold the literal at all.
                raise _GiveUp
            if parts == ["", ""] or parts == [""]:
                raise _GiveUp
            self.pos = end + 1
            low = int(parts[0]) if parts[0] else 0
        if low is not None and self.peek() in "?+":
            self.pos += 1  # lazy or possessive
        return low


def _letter_property(name: str) -> bool:
    return name.replace("_", "").lower() in {"l", "lu", "ll", "lt", "letter", "l&", "lc"}


def _rejects_word(tree) -> bool:
    """Whether a lookbehind's content is one class holding ``\\w``: ``(?<![\\w-])``."""
    _, seqs = tree
    return len(seqs) == 1 and len(seqs[0]) == 1 and seqs[0][0][0] == "set" and seqs[0][0][3]


class _Analysis:
    """Prefixes, word-start state and required literals of a parsed pattern."""

    def __init__(self, expand: bool, exact: bool = False) -> None:
        self.expand = expand  # classes at a word start give keys (\d -> 0..9)
        self.exact = exact  # prefixes of case-fixed literals only, as written
        self.twin: _Analysis | None = None  # the exact analysis beside this one
        self._prefixes: dict[tuple[int, bool], set | None] = {}
        self._after: dict[tuple[int, bool], bool] = {}
        self._candidates: dict[tuple[int, bool], list] = {}
        self._keep: list = []  # nodes whose id() keys the memos stay alive

    # Prefixes: sets of (lowercase literal start, open) where ``open`` says the
    # branch was entirely literal so far, so what follows extends the prefix.
    def prefixes(self, node, first: bool) -> set[tuple[str, bool]] | None:
        """The literal starts of ``node``; None for an assertion (consumes nothing)."""
        key = (id(node), first)
        if key in self._prefixes:
            return self._prefixes[key]
        self._keep.append(node)
        kind = node[0]
        result: set[tuple[str, bool]] | None
        if kind == "lit":
            c = node[1]
            if c not in _ASCII_WORD or (self.exact and c.isalpha() and not node[2]):
                result = {("", False)}  # not a word character, or a letter of either case
            else:
                result = {(c if self.exact else c.lower(), True)}
        elif kind == "set":
            expanded = first and self.expand and node[1] and not self.exact
            result = {(k, False) for k in node[1]} if expanded else {("", False)}
        elif kind == "zero":
            result = None
        elif kind == "alt":
            result = set()
            for seq in node[1]:
                result |= self.seq_prefixes(seq, 0, first)
            if len(result) > MAX_KEYS:
                raise _GiveUp
        else:  # rep
            inner = self.prefixes(node[1], first)
            if inner is None:
                result = None
            else:
                result = {(p, False) for p, _ in inner}  # it may repeat
                if node[2] == 0:
                    result.add(("", True))  # or be left out
        self._prefixes[key] = result
        return result

    def seq_prefixes(self, seq: tuple, start: int, first: bool) -> set[tuple[str, bool]]:
        """Prefixes of ``seq[start:]``; ``first``: nothing of the word comes before it."""
        current: set[tuple[str, bool]] = {("", True)}
        for node in seq[start:]:
            if not any(o for _, o in current):
                break
            out: set[tuple[str, bool]] = set()
            for prefix, open_ in current:
                if not open_ or len(prefix) >= KEY_LENGTH:
                    out.add((prefix, False))
                    continue
                atom = self.prefixes(node, first and prefix == "")
                if atom is None:
                    out.add((prefix, open_))
                    continue
                for more, more_open in atom:
                    joined = prefix + more
                    out.add((joined, more_open and len(joined) < KEY_LENGTH))
            if len(out) > MAX_KEYS:
                raise _GiveUp
            current = out
        return current

    def after(self, node, before: bool) -> bool:
        """Whether a non-word character (or the start) always precedes what follows ``node``."""
        key = (id(node), before)
        if key in self._after:
            return self._after[key]
        self._keep.append(node)
        kind = node[0]
        if kind == "lit":
            result = not _is_word(node[1])
        elif kind == "set":
            result = node[2]
        elif kind == "zero":
            result = {"boundary": True, "inside": False}.get(node[1], before)
        elif kind == "alt":
            result = all(self.seq_after(seq, before) for seq in node[1])
        else:  # rep: monotone in ``before``, so one pass gives every repeat count
            result = self.after(node[1], before)
            if node[2] == 0:
                result = result and before
        self._after[key] = result
        return result

    def seq_after(self, seq: tuple, before: bool) -> bool:
        for node in seq:
            before = self.after(node, before)
        return before

    def required(self, node, before: bool) -> tuple[set[str], set[str], set[str]] | None:
        """(word keys, substrings, exact word keys), one of which every match of ``node`` holds."""
        kind = node[0]
        if kind == "alt":
            words: set[str] = set()
            subs: set[str] = set()
            exact: set[str] = set()
            for seq in node[1]:
                found = self.seq_required(seq, before)
                if found is None:
                    return None
                words |= found[0]
                subs |= found[1]
                exact |= found[2]
            return words, subs, exact
        if kind == "rep":
            return self.required(node[1], before) if node[2] > 0 else None
        if kind == "set" and node[4] is not None:
            return set(), set(node[4]), set()  # one of a few characters: [¹²³]
        return None  # literal characters are handled by the sequence around them

    def seq_required(self, seq: tuple, before: bool) -> tuple[set[str], set[str], set[str]] | None:
        """The most selective literals every match of ``seq`` holds (see :func:`_score`)."""
        best = None
        best_score = None
        for found in self.seq_candidates(seq, before):
            best, best_score = _better(found, best, best_score)
        return best

    def seq_candidates(self, seq: tuple, before: bool) -> list[tuple[set, set, set]]:
        """Every set of literals that every match of ``seq`` holds one of."""
        key = (id(seq), before)
        found = self._candidates.get(key)
        if found is None:
            self._keep.append(seq)
            found = self._candidates[key] = list(self._seq_candidates(seq, before))
        return found

    def _seq_candidates(self, seq: tuple, before: bool) -> Iterator[tuple[set, set, set]]:
        for i, node in enumerate(seq):
            if before and node[0] != "zero":
                try:
                    starts = self.seq_prefixes(seq, i, True)
                except _GiveUp:
                    starts = set()
                if starts and all(p for p, _ in starts):
                    yield ({p[:KEY_LENGTH] for p, _ in starts}, set(), set())
                if self.twin is not None:
                    try:
                        starts = self.twin.seq_prefixes(seq, i, True)
                    except _GiveUp:
                        starts = set()
                    exact = {p[:KEY_LENGTH] for p, _ in starts}
                    # Keys without letters ("19") are the same either way: not worth
                    # the second set of prefixes a text would need for them.
                    if starts and all(exact) and any(k != k.lower() for k in exact):
                        yield (set(), set(), exact)
            if node[0] in ("alt", "rep", "set"):
                try:
                    found = self.required(node, before)
                except _GiveUp:
                    found = None
                if found is not None:
                    yield found
            before = self.after(node, before)
        for run in _literal_runs(seq):
            yield (set(), {run}, set())

    def conjunctions(self, tree) -> tuple | None:
        """For each alternative of the pattern's main alternation, up to
        :data:`MAX_CLAUSES` sets of literals it holds one of each, the most
        selective first; None when there is one alternative and its one set says no
        more than :meth:`required`."""
        node, before = tree, False
        while len(node[1]) == 1:  # a group around the alternation: (?-f)(?<!..)(?:...)
            seq = node[1][0]
            consuming = [n for n in seq if n[0] != "zero"]
            if len(consuming) != 1 or consuming[0][0] != "alt":
                break
            for n in seq:
                if n is consuming[0]:
                    break
                before = self.after(n, before)
            node = consuming[0]
        out = []
        for seq in node[1]:
            scored = {}
            for found in self.seq_candidates(seq, before):
                score = _score(found)
                if score[0] >= 2:  # one-letter keys rule out next to nothing
                    frozen = (frozenset(found[0]), tuple(sorted(found[1])), frozenset(found[2]))
                    scored.setdefault(frozen, score)
            if not scored:
                return None
            ranked = sorted(scored, key=scored.__getitem__, reverse=True)
            # After the best, word keys before substrings: cheaper to test, and a
            # substring is mostly the same word again ("withou", "without").
            rest = sorted(ranked[1:], key=lambda clause: bool(clause[1]))
            out.append((ranked[0], *rest[: MAX_CLAUSES - 1]))
        if len(out) < 2 and all(len(clauses) == 1 for clauses in out):
            return None
        # Kept even when each alternative has one set, which then says no more than
        # required() about whether the pattern may match: it says which alternatives
        # may, and medlint.patterns searches with those alone.
        return tuple(out)


def _literal_runs(seq: tuple) -> list[str]:
    """Runs of literal characters that every match of ``seq`` holds in a row."""
    runs: list[str] = []
    current: list[str] = []
    for node in seq:
        if node[0] == "zero":
            continue
        if node[0] == "lit" and _caseless_or_ascii(node[1]):
            current.append(node[1].lower() if node[1].isascii() else node[1])
            continue
        if current:
            runs.append("".join(current))
        current = []
    if current:
        runs.append("".join(current))
    return runs


def _caseless_or_ascii(c: str) -> bool:
    return c.isascii() or _caseless(c)


def _score(found: tuple[set[str], set[str], set[str]]) -> tuple[int, int, int, int]:
    """Higher is more selective: longer keys, then word keys rather than
    substrings (one set operation for all of them), exact keys rather than
    lowercased ones ("Cell" rules out more texts than "cell"), then fewer keys."""
    words, subs, exact = found
    lengths = [min(len(k), KEY_LENGTH) for k in (*words, *subs, *exact)]
    if not lengths or len(words) > MAX_KEYS or len(exact) > MAX_KEYS:
        return (-1, 0, 0, 0)
    return (min(lengths), -len(subs), 1 if exact else 0, -len(words) - len(exact))


def _better(found, best, best_score):
    score = _score(found)
    if score[0] > 0 and (best_score is None or score > best_score):
        return found, score
    return best, best_score


# -- the text side --------------------------------------------------------------


def word_prefixes(text: str) -> frozenset[str] | None:
    """Lowercased prefixes (1 to KEY_LENGTH characters) of every word of ``text``.

    A word that starts with a character outside ASCII adds :data:`NON_ASCII`.
    ``None`` when the text holds a character that could match an ASCII letter
    while not being one (then nothing can be ruled out).
    """
    cached = _TEXTS.get(text, False)
    if cached is not False:
        return cached
    result: frozenset[str] | None
    if text.isascii():
        # The words of ASCII text are its runs of [A-Za-z0-9_]: one C pass.
        words = text.encode("ascii").translate(_ASCII_WORDS_ONLY).decode("ascii").split()
        heads = {w[:KEY_LENGTH] for w in words}
        prefixes = set(heads)
        for k in range(1, KEY_LENGTH):
            prefixes.update([h[:k] for h in heads])
        result = frozenset(prefixes)
    else:
        result = _word_prefixes(text)
    if len(_TEXTS) >= _TEXTS_LIMIT:
        _TEXTS.clear()
        _LOWERED.clear()
        _FOUND.clear()
    _TEXTS[text] = result
    return result


def _word_prefixes(text: str) -> frozenset[str] | None:
    if not _FOLDS_TO_ASCII.isdisjoint(text):
        return None
    heads = {w[:KEY_LENGTH] for w in _WORD.findall(text)}
    lowered = {h.lower() for h in heads}
    prefixes = set(lowered)
    for k in range(1, KEY_LENGTH):
        prefixes.update([h[:k] for h in lowered])
    if any(not h[0].isascii() for h in heads):
        prefixes.add(NON_ASCII)
    return frozenset(prefixes)


def exact_prefixes(text: str) -> frozenset[str]:
    """Prefixes (1 to KEY_LENGTH characters) of every word of ``text``, as written."""
    cached = _EXACT.get(text)
    if cached is not None:
        return cached
    if text.isascii():
        words = text.encode("ascii").translate(_ASCII_WORDS_AS_WRITTEN).decode("ascii").split()
    else:
        words = _WORD.findall(text)
    heads = {w[:KEY_LENGTH] for w in words}
    prefixes = set(heads)
    for k in range(1, KEY_LENGTH):
        prefixes.update([h[:k] for h in heads])
    if len(_EXACT) >= _TEXTS_LIMIT:
        _EXACT.clear()
    result = _EXACT[text] = frozenset(prefixes)
    return result


def may_match(
    keys: frozenset[str],
    text: str,
    substrings: tuple[str, ...] = (),
    exact: frozenset[str] = frozenset(),
) -> bool:
    """False only when no word of ``text`` starts with one of ``keys`` (lowercased)
    or ``exact`` (as written) and no ``substrings`` occur in it (lowercased)."""
    prefixes = _TEXTS.get(text, False)
    if prefixes is False:
        prefixes = word_prefixes(text)
    if prefixes is None or not keys.isdisjoint(prefixes):  # type: ignore[union-attr]
        return True
    if exact and not exact.isdisjoint(exact_prefixes(text)):
        return True
    return bool(substrings) and _has_substring(substrings, text)


def _has_substring(substrings: tuple[str, ...], text: str) -> bool:
    lowered = _LOWERED.get(text, False)
    if lowered is False:
        # Only the first characters of a word were checked for letters that fold
        # to ASCII; a substring may sit anywhere.
        lowered = text.lower() if _FOLDS_TO_ASCII.isdisjoint(text) else None
        _LOWERED[text] = lowered
    if lowered is None:
        return True
    if len(text) < _FOUND_FROM:
        return any(s in lowered for s in substrings)
    key = (substrings, text)
    found = _FOUND.get(key)
    if found is None:
        if len(_FOUND) >= _TEXTS_LIMIT:
            _FOUND.clear()
        found = _FOUND[key] = any(s in lowered for s in substrings)
    return found


def holds_all(clauses: tuple, text: str, prefixes: frozenset[str]) -> bool:
    """Whether ``text`` (with its :func:`word_prefixes`) holds one literal of each clause."""
    for words, substrings, exact in clauses:
        if not words.isdisjoint(prefixes):
            continue
        if exact and not exact.isdisjoint(exact_prefixes(text)):
            continue
        if substrings and _has_substring(substrings, text):
            continue
        return False
    return True

"""A cheap test that tells when a whole-word pattern cannot match a text.

Most rule patterns are long alternations of phrases ("studies show", "cures",
"pain-free", ...) and most sentences contain none of them, yet a regex engine
must try every alternative at every position to find that out. For a pattern
compiled with whole-word boundaries (``(?<![\\w-])...``) every match starts at
the beginning of a run of word characters, so if each alternative begins with
a literal (``studies``, ``cur`` of ``cur(?:e|es)``), the pattern can only match
a text in which some word begins with one of those literals.

:func:`literal_keys` derives those literals from a pattern's source, lowercased
and cut to :data:`KEY_LENGTH` characters, or gives up (``None``) when it cannot
be sure. :func:`may_match` checks a text against them using the set of word
prefixes of the text, which is computed once per text and shared by every
pattern. The test is conservative: it may say "maybe" for a text the pattern
does not match, never "no" for a text it does.
"""

from __future__ import annotations

import regex

KEY_LENGTH = 4
MAX_KEYS = 512
_WORD = regex.compile(r"\w+", regex.VERSION1 | regex.UNICODE)
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# Characters outside ASCII that match an ASCII letter when case is ignored
# (capital I with dot, long s, Kelvin sign). A word holding one of them is
# never ruled out.
_FOLDS_TO_ASCII = frozenset("\u0130\u017f\u212a")
_TEXTS: dict[str, frozenset[str] | None] = {}
_TEXTS_LIMIT = 8192


_END = "\uffff"


class _GiveUp(Exception):
    pass


def literal_keys(source: str) -> frozenset[str] | None:
    """Lowercased literal prefixes, one of which starts every match of ``source``.

    ``None`` when some alternative may start without a literal word character
    (a character class, an optional first word, a construct this parser does not
    know), in which case no text can be ruled out.
    """
    try:
        parser = _Parser(source)
        prefixes = parser.alternation()
        if parser.pos != len(source):
            return None
    except (_GiveUp, IndexError, ValueError):
        return None
    keys = set()
    for text, _open in prefixes:
        if not text:
            return None
        keys.add(text[:KEY_LENGTH])
    return frozenset(keys)


class _Parser:
    """Just enough of the ``regex`` syntax to find the literal start of each match.

    Each parse step returns a set of ``(prefix, open)`` pairs: ``prefix`` is
    lowercase ASCII word characters every match of that branch starts with,
    and ``open`` says the branch was entirely literal so far, so whatever
    follows extends the prefix.
    """

    def __init__(self, source: str) -> None:
        self.s = source
        self.pos = 0

    def peek(self) -> str:
        # At the end, a character that no membership test below looks for.
        return self.s[self.pos] if self.pos < len(self.s) else _END

    def alternation(self) -> set[tuple[str, bool]]:
        result = self.sequence()
        while self.peek() == "|":
            self.pos += 1
            result |= self.sequence()
        return result

    def sequence(self) -> set[tuple[str, bool]]:
        current: set[tuple[str, bool]] = {("", True)}
        while self.pos < len(self.s) and self.peek() not in "|)":
            atom = self.atom()  # None: zero-width, consumes nothing
            quant = self.quantifier()
            if atom is None:
                continue
            if quant == "optional":
                # Either the item is there (and it may repeat) or it is skipped.
                current = _extend(current, {(p, False) for p, _ in atom}) | current
                if len(current) > MAX_KEYS:
                    raise _GiveUp
                continue
            if quant == "repeat":
                atom = {(p, False) for p, _ in atom}
            current = _extend(current, atom)
        return current

    def atom(self) -> set[tuple[str, bool]] | None:
        c = self.s[self.pos]
        if c == "(":
            return self.group()
        if c == "[":
            self.skip_class()
            return {("", False)}
        if c == "\\":
            return self.escape()
        self.pos += 1
        if c in "^$":
            return None
        if c in ".*+?{":
            if c in "*+?":
                raise _GiveUp  # a quantifier with nothing to repeat: let regex decide
            return {("", False)}
        if c in _ASCII_WORD:
            return {(c.lower(), True)}
        if c == "#" or c.isspace():
            return {("", False)}
        return {("", False)}

    def escape(self) -> set[tuple[str, bool]] | None:
        nxt = self.s[self.pos + 1]
        self.pos += 2
        if nxt in "bBAZzmMG":
            return None  # zero-width assertions
        if nxt in "pPNxuUX0123456789" or nxt.isalpha():
            if nxt in "pPN" and self.peek() == "{":
                end = self.s.index("}", self.pos)
                self.pos = end + 1
            elif nxt in "pP" and self.pos < len(self.s):
                self.pos += 1
            elif nxt in "xuU":
                raise _GiveUp
            elif nxt.isdigit():
                raise _GiveUp  # back-references and octal escapes
            return {("", False)}
        # An escaped punctuation character: a literal that is not a word character.
        return {("", False)}

    def skip_class(self) -> None:
        depth = 0
        self.pos += 1
        if self.peek() == "^":
            self.pos += 1
        if self.peek() == "]":
            self.pos += 1
        while True:
            c = self.s[self.pos]
            if c == "\\":
                self.pos += 2
                continue
            if c == "[":
                depth += 1
            elif c == "]":
                if depth == 0:
                    self.pos += 1
                    return
                depth -= 1
            self.pos += 1

    def group(self) -> set[tuple[str, bool]] | None:
        self.pos += 1
        zero_width = False
        if self.peek() == "?":
            self.pos += 1
            c = self.peek()
            if c == ":" or c == ">":
                self.pos += 1
            elif c in "=!":
                self.pos += 1
                zero_width = True
            elif c == "<" and self.s[self.pos + 1] in "=!":
                self.pos += 2
                zero_width = True
            elif c == "P" and self.s[self.pos + 1] == "<" or c == "<":
                self.pos = self.s.index(">", self.pos) + 1
            elif c == "#":
                self.pos = self.s.index(")", self.pos) + 1
                return None
            else:
                # Inline flags: (?i) (?-i) scoped (?i:...) (?-f:...); anything else gives up.
                start = self.pos
                while self.peek() in "abdefiLmrsuVwx0123456789-":
                    self.pos += 1
                flags = self.s[start : self.pos]
                if "x" in flags.split("-")[0]:
                    raise _GiveUp  # verbose mode changes what whitespace means
                if self.peek() == ")":
                    self.pos += 1
                    return None
                if self.peek() != ":":
                    raise _GiveUp
                self.pos += 1
        inner = self.alternation()
        if self.peek() != ")":
            raise _GiveUp
        self.pos += 1
        return None if zero_width else inner

    def quantifier(self) -> str | None:
        c = self.peek()
        kind = None
        if c in "?*":
            self.pos += 1
            kind = "optional"
        elif c == "+":
            self.pos += 1
            kind = "repeat"
        elif c == "{":
            end = self.s.find("}", self.pos)
            body = self.s[self.pos + 1 : end] if end != -1 else ""
            low = body.split(",")[0].strip()
            parts = body.split(",")
            if end == -1 or len(parts) > 2 or not all(q.isdigit() or q == "" for q in parts):
                # A literal brace, or a fuzzy-matching constraint ({e<=1}) under
                # which a match need not start with the literal at all.
                raise _GiveUp
            self.pos = end + 1
            kind = "optional" if not low or int(low) == 0 else "repeat"
        if kind is not None and self.peek() in "?+":
            self.pos += 1  # lazy or possessive
        return kind


def _extend(current: set[tuple[str, bool]], atom: set[tuple[str, bool]]):
    out: set[tuple[str, bool]] = set()
    for prefix, open_ in current:
        if not open_ or len(prefix) >= KEY_LENGTH:
            out.add((prefix, False))
            continue
        for more, more_open in atom:
            joined = prefix + more
            out.add((joined, more_open and len(joined) < KEY_LENGTH))
    if len(out) > MAX_KEYS:
        raise _GiveUp
    return out


def word_prefixes(text: str) -> frozenset[str] | None:
    """Lowercased prefixes (1 to KEY_LENGTH characters) of every word of ``text``.

    ``None`` when a word holds a character that could match an ASCII letter
    while not being one (then nothing can be ruled out).
    """
    cached = _TEXTS.get(text, False)
    if cached is not False:
        return cached
    prefixes: set[str] = set()
    result: frozenset[str] | None
    for word in _WORD.findall(text):
        head = word[:KEY_LENGTH]
        if not head.isascii() and not _FOLDS_TO_ASCII.isdisjoint(head):
            prefixes = None  # type: ignore[assignment]
            break
        head = head.lower()
        prefixes.update(head[:k] for k in range(1, len(head) + 1))
    result = None if prefixes is None else frozenset(prefixes)
    if len(_TEXTS) >= _TEXTS_LIMIT:
        _TEXTS.clear()
    _TEXTS[text] = result
    return result


def may_match(keys: frozenset[str], text: str) -> bool:
    """False only when no word of ``text`` starts with one of ``keys``."""
    prefixes = _TEXTS.get(text, False)
    if prefixes is False:
        prefixes = word_prefixes(text)
    return prefixes is None or not keys.isdisjoint(prefixes)  # type: ignore[union-attr]

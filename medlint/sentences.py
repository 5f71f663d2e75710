"""Sentence splitting that survives abbreviations, initials, decimals and citations.

The splitter works on one block's prose and returns ``(start, end)`` pairs
(prose offsets, whitespace trimmed). It is a single left-to-right scan over
candidate boundaries, so it stays linear on any input.
"""

from __future__ import annotations

import re
import unicodedata

# fmt: off
# Abbreviations after which a full stop does not end a sentence, whatever follows.
_NEVER_SPLIT = {
    "dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr", "rev", "hon", "gen", "col",
    "e.g", "i.e", "eg", "ie", "cf", "vs", "v", "al", "fig", "figs", "no", "nos", "vol",
    "approx", "ca", "c", "p", "pp", "ed", "eds", "ref", "refs", "ch", "sec", "dept",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "est", "min", "max", "incl", "resp", "viz",
}
# Abbreviations that end a sentence only when a capitalised word follows that is
# not a name-like continuation (the common case for post-nominals and "etc.").
_SOFT = {"etc", "inc", "ltd", "co", "corp", "m.d", "ph.d", "d.o", "j.d", "r.n", "d.c",
         "mph", "mba", "u.s", "u.k", "a.m", "p.m"}
# fmt: on

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
# It starts only where a run of marks starts, and its quantifiers never give back, so
# a line of ten thousand dots is one attempt instead of ten thousand.
_BOUNDARY = re.compile(r"(?<![.!?\u2026])[.!?\u2026]++[\"'\u201d\u2019)\]]*+(?=\s)")
# No sentence is longer than this: text without full stops (a pasted table, a list
# run together, a 20 MB line) is cut at the last space before the limit, so that
# the work rules do per sentence stays bounded.
MAX_SENTENCE = 2000
_TOKEN_BEFORE = re.compile(r"([\w.\-'\u2019]+)$")  # with apostrophes: "can't." is no initial
_STARTER = re.compile(r"\s+([\"'\u201c\u2018(\[]*)(\S)")


def _ends_sentence(text: str, dot_start: int, dot_end: int) -> bool:
    mark = text[dot_start]
    m = _STARTER.match(text, dot_end)
    if not m:
        return False
    nxt = m.group(2)
    # A symbol opens a new sentence too: emoji in ad copy ("Knee pain? 🚫 Surgery?").
    symbol = unicodedata.category(nxt)[0] == "S"
    if mark in "!?\u2026":
        return nxt.isupper() or nxt.isdigit() or symbol or bool(m.group(1))
    if not (nxt.isupper() or nxt.isdigit() or symbol or m.group(1) or nxt in "•*-"):
        return False
    # Look back a bounded distance: searching from 0 made long texts quadratic.
    before = _TOKEN_BEFORE.search(text, max(0, dot_start - 64), dot_start + 1)
    if before is None:
        return True
    token = before.group(1).rstrip(".").lstrip("'\u2019").lower()
    if not token:
        return True
    if token in _NEVER_SPLIT:
        return False
    if len(token) == 1 and token.isalpha():
        # An initial ("J. Smith") or a list label ("a."): keep together.
        return False
    if "." in token and all(len(p) <= 2 for p in token.split(".")):
        # Dotted abbreviations such as "U.S." or "M.D.": end a sentence only before
        # a capitalised word that is clearly a new sentence (handled as soft).
        return nxt.isupper() and token in _SOFT and _looks_like_new_sentence(text, m.start(2))
    if token in _SOFT:
        return _looks_like_new_sentence(text, m.start(2))
    return True


_SENTENCE_OPENERS = re.compile(
    r"(?:The|This|These|Those|That|It|He|She|They|We|You|I|In|A|An|Our|His|Her|Their|"
    r"There|If|When|For|As|But|However|After|Before|Most|Many|Some|Each|All)\b"
)


def _looks_like_new_sentence(text: str, pos: int) -> bool:
    return bool(_SENTENCE_OPENERS.match(text, pos))


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _ends_sentence(text, m.start(), m.end()):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    result = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        while b - a > MAX_SENTENCE:
            cut = _cut(text, a, a + MAX_SENTENCE)
            result.append((a, cut))
            a = cut
            while a < b and text[a].isspace():
                a += 1
        if b > a:
            result.append((a, b))
    return result


def _cut(text: str, a: int, limit: int) -> int:
    """Where to end an over-long sentence that starts at ``a``: after the last space."""
    space = max(text.rfind(" ", a + 1, limit), text.rfind("\n", a + 1, limit))
    if space <= a:
        return limit  # no space at all: cut the word
    end = space
    while end > a and text[end - 1].isspace():
        end -= 1
    return end if end > a else limit

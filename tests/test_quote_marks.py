"""Quotes in long texts are found by bisection (linear time), with the same answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medlint import linguistics

_PIECES = st.sampled_from(
    ["'", "\u2018", "\u2019", '"', "\u201c", "\u201d", " ", "a", "cells", ".", ",", "(", ")", "\n"]
)


def _direct(text: str, start: int, end: int) -> bool:
    """The short-text path of inside_quotes, on any text."""
    before = text[:start]
    if before.count("\u201c") - before.count("\u201d") > 0 and "\u201d" in text[end:]:
        return True
    if before.count('"') % 2 == 1 and '"' in text[end:]:
        return True
    return linguistics._inside_single_quotes(text, start, end)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=60), st.data())
def test_bisection_gives_the_answers_of_counting(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    marks = linguistics._QuoteMarks(text)
    assert marks.inside(text, start, end) == _direct(text, start, end)


def test_a_long_paragraph_uses_the_marks_and_agrees():
    unit = "They said 'stem cells \u201crebuild\u201d joints' and \"cure pain\". "
    text = unit * (linguistics._MARKS_FROM // len(unit) + 2)
    for start in range(0, len(text) - 5, 7):
        assert linguistics.inside_quotes(text, start, start + 5) == _direct(text, start, start + 5)
    assert text in linguistics._MARKS

"""Work grows in proportion to the input on pathological paragraphs.

Not a timing test (speed is measured by bench/stress.py): it counts the
characters the matching layer hands to the prefilter and the regex engine, which
is deterministic. A rule that re-reads a whole paragraph once per sentence makes
that count grow with the square of the paragraph's length.
"""

from __future__ import annotations

import pytest

from medlint import patterns
from medlint.engine import Engine
from medlint.rules import load_rules


@pytest.fixture(scope="module")
def engine():
    return Engine.create(load_rules(), ignore=["readability-grade"])


def _characters_read(monkeypatch, engine, text: str) -> int:
    read = [0]
    searched, scan_one, scan_all = patterns._searched, patterns._scan_one, patterns._scan_all

    def counted_searched(t, pos, end):
        out = searched(t, pos, end)
        read[0] += len(out)
        return out

    def counted_one(p, t, pos, end):
        read[0] += end - pos
        return scan_one(p, t, pos, end)

    def counted_all(p, t, pos, end):
        read[0] += end - pos
        return scan_all(p, t, pos, end)

    monkeypatch.setattr(patterns, "_searched", counted_searched)
    monkeypatch.setattr(patterns, "_scan_one", counted_one)
    monkeypatch.setattr(patterns, "_scan_all", counted_all)
    engine.check_source("x.md", text)
    monkeypatch.undo()
    return read[0]


@pytest.mark.parametrize(
    "unit",
    [
        "Cures pain. ",  # a paragraph of claims
        "Stem cells \u201crebuild\u201d knees. ",  # with quotes
        "Studies show PRP heals tendons. ",  # appeals to research
    ],
)
def test_a_paragraph_four_times_as_long_costs_about_four_times_as_much(monkeypatch, engine, unit):
    small = _characters_read(monkeypatch, engine, unit * 400)
    large = _characters_read(monkeypatch, engine, unit * 1600)
    assert large < 6 * small, (small, large)

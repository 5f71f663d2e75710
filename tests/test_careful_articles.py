"""Whole careful articles raise no finding.

The evaluation sets score short items; a writer's real page is longer, and a
false alarm anywhere in it costs the same trust. ``tests/data/careful/`` holds
articles written for this project in the way a careful clinic, pharmacist,
journalist or physiotherapist writes: experimental treatments called
experimental, results cited or hedged, side effects listed, regulators and
critics quoted, disclosures made. No rule but the readability grade (which
judges style, not honesty) should report on any of them.

``KNOWN`` lists the false alarms medlint still raises on them, each with what
it misreads. The test asserts the exact findings, so a fix fails it until its
entry is removed and a new false alarm fails it at once. See them with::

    medlint check --no-config --ignore readability-grade tests/data/careful
"""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import REPO

from medlint.engine import Engine
from medlint.rules import load_rules

FOLDER = REPO / "tests" / "data" / "careful"
FILES = sorted(p.name for p in FOLDER.iterdir() if p.is_file())

# file -> the (line, column, code) findings still raised, and what each misreads
KNOWN: dict[str, list[tuple[int, int, str]]] = {}


@pytest.fixture(scope="module")
def findings() -> dict[str, list[tuple[int, int, str]]]:
    engine = Engine.create(load_rules(), ignore=["readability-grade"])
    report = engine.check_paths([FOLDER])
    assert not report.errors
    assert report.files_checked == len(FILES)
    out: dict[str, list[tuple[int, int, str]]] = {name: [] for name in FILES}
    for f in report.findings:
        out[Path(f.path).name].append((f.line, f.column, f.code))
    return out


def test_the_folder_holds_articles_of_every_format() -> None:
    suffixes = {name.rsplit(".", 1)[-1] for name in FILES}
    assert {"md", "html", "txt"} <= suffixes
    assert len(FILES) >= 20


@pytest.mark.parametrize("name", FILES)
def test_careful_article_raises_only_its_known_false_alarms(findings, name: str) -> None:
    assert sorted(findings[name]) == sorted(KNOWN.get(name, []))


def test_known_false_alarms_name_real_files() -> None:
    assert set(KNOWN) <= set(FILES)

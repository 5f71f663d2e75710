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
KNOWN: dict[str, list[tuple[int, int, str]]] = {
    # a hedged account of industry trials, caveated in the same sentence ("but most
    # were small, and independent reviews rate the evidence as low quality")
    "collagen.md": [(5, 1, "MED201")],
    # advice on established self-care (sunscreen, a retinoid, not smoking) said to
    # "work better than" brochure products
    "exosome-skin.md": [(9, 165, "MED101")],
    # a learned society whose name holds "Research" suggests what to ask a clinic
    "ftc-news.md": [(11, 90, "MED201")],
    # side effects of an approved medicine ("can cause nausea ... and rarely
    # inflammation of the pancreas")
    "glp1.md": [(5, 16, "MED101")],
    # established, cited transplant care contrasted with clinics' injections; and
    # chemotherapy "wipes out the immune system" as a step of the procedure
    "hsct-ms.md": [(1, 3, "MED401"), (3, 200, "MED101")],
    # a list of side effects during a drip ("nausea, flushing, cramps")
    "nad-faq.md": [(7, 75, "MED101")],
    # exercise, established self-care for knee osteoarthritis, "does help most people"
    "newsletter.md": [(7, 11, "MED101")],
}


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

"""The example articles give exactly the findings they were written to show."""

from __future__ import annotations

import json

import pytest
from paths import EXAMPLES

EXPECTED = {
    # A clinic's knee post: claims in heading, prose and bullets; an appeal to
    # research and a success rate with no source; no caveat; a Markdown protocol
    # table whose second row does not add up; the owner's bio after a call to book.
    "knee-clinic-promo.md": [
        ("unsupported-cure-claim", 7, 3),
        ("missing-early-research-caveat", 13, 50),
        ("unsupported-cure-claim", 14, 1),
        ("unsupported-cure-claim", 14, 50),
        ("uncited-research-claim", 17, 1),
        ("guaranteed-outcome", 17, 30),
        ("unsupported-cure-claim", 21, 14),
        ("unsupported-cure-claim", 22, 22),
        ("unsupported-cure-claim", 23, 3),
        ("protocol-table-mismatch", 30, 53),
        ("undisclosed-promotional-byline", 35, 1),
    ],
    # An HTML clinic page: approval and safety claims, an HTML table row that does
    # not add up, a testimonial with no typical results, and pressure to book.
    "exosome-clinic-page.html": [
        ("missing-early-research-caveat", 4, 10),
        ("unapproved-fda-claim", 8, 10),
        ("safety-absolute", 8, 42),
        ("unsupported-cure-claim", 10, 54),
        ("protocol-table-mismatch", 19, 58),
        ("testimonial-without-typicality", 24, 15),
        ("pressure-tactic", 27, 6),
    ],
    # Plain text pasted from a web page: claims, an appeal to research that
    # carries a claim of its own ("Research has proven that a single session
    # relieves sacroiliac pain": the appeal is no evidence, so both rules report),
    # and a sources list whose entries locate nothing.
    "sacroiliac-stem-cells.txt": [
        ("missing-early-research-caveat", 1, 1),
        ("unsupported-cure-claim", 5, 24),
        ("uncited-research-claim", 5, 78),
        ("unsupported-cure-claim", 5, 120),
        ("incomplete-reference", 11, 1),
        ("incomplete-reference", 12, 1),
    ],
    # A careful article with a caveat, but a squashed copy-paste table whose last
    # row does not add up.
    "squashed-protocol.txt": [
        ("protocol-table-mismatch", 10, 33),
    ],
    # Careful copy: hedged, negated, cited, quoted and reported; nothing to report.
    "careful-prp-article.md": [],
    "exosome-news.html": [],
    "physical-therapy-guide.txt": [],
}


@pytest.fixture(scope="module")
def findings():
    import contextlib
    import io

    from medlint.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", str(EXAMPLES), "--format", "json", "--no-config"])
    assert code == 1
    data = json.loads(out.getvalue())
    assert data["errors"] == []
    by_file: dict[str, list] = {name: [] for name in EXPECTED}
    for f in data["findings"]:
        by_file.setdefault(f["path"].split("/")[-1], []).append((f["rule"], f["line"], f["column"]))
    return by_file


def test_every_example_is_covered():
    names = sorted(
        p.name
        for p in EXAMPLES.iterdir()
        if p.is_file() and p.suffix != ".md" or p.name.endswith(".md") and p.name != "README.md"
    )
    assert names == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_findings(findings, name):
    assert sorted(findings[name]) == sorted(EXPECTED[name])


@pytest.mark.parametrize("name", [n for n, v in EXPECTED.items() if not v])
def test_clean_examples_pass_the_cli(run, name):
    result = run("check", EXAMPLES / name, "--fail-on", "info", "--no-config")
    assert result.code == 0, result.out


def test_readme_shows_real_output(run, monkeypatch):
    from paths import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("$ medlint check examples/knee-clinic-promo.md\n")
    shown = readme[start : readme.index("```", start)].splitlines()[1:]
    result = run("check", "examples/knee-clinic-promo.md", "--no-config", cwd=REPO)
    assert shown[:3] == result.lines[:3]
    assert shown[-1] == result.lines[-1]

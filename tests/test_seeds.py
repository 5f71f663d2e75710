"""The real articles we build medlint for (../shared/seeds) give the findings they should."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def findings(run, seeds):
    result = run("check", seeds, "--format", "json", "--no-config")
    assert result.code == 1
    data = json.loads(result.out)
    assert data["errors"] == []

    def of(prefix: str, rule: str) -> list[tuple[int, int]]:
        return sorted(
            (f["line"], f["column"])
            for f in data["findings"]
            if f["rule"] == rule and f["path"].split("/")[-1].startswith(prefix)
        )

    return of


def column_of(seeds, prefix: str, line: int, needle: str) -> int:
    path = next(seeds.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8").splitlines()[line - 1].index(needle) + 1


def test_cure_claims_in_003(findings):
    lines = [line for line, _ in findings("003", "unsupported-cure-claim")]
    assert 35 in lines
    bullets = {line for line in lines if 42 <= line <= 47}
    assert len(bullets) >= 4, bullets


def test_no_claim_in_002s_account_of_inflammation(findings):
    # "your body sends inflammatory cells to the site to ... fight off potential
    # infection" tells how the body works
    assert 3 not in [line for line, _ in findings("002", "unsupported-cure-claim")]


def test_missing_caveats_in_002_and_003_but_not_000(findings):
    assert len(findings("002", "missing-early-research-caveat")) == 1
    assert len(findings("003", "missing-early-research-caveat")) == 1
    assert findings("000", "missing-early-research-caveat") == []


def test_undisclosed_promotional_byline_in_002(findings):
    assert findings("002", "undisclosed-promotional-byline") == [(10, 1)]
    assert findings("003", "undisclosed-promotional-byline") == []


def test_uncited_research_claims(findings, seeds):
    assert (6, column_of(seeds, "002", 6, "Research shows")) in findings(
        "002", "uncited-research-claim"
    )
    assert (5, column_of(seeds, "000", 5, "One study found")) in findings(
        "000", "uncited-research-claim"
    )


def test_incomplete_references_in_000(findings):
    assert findings("000", "incomplete-reference") == [(9, 2), (11, 2), (13, 2)]


def test_no_table_mismatch_in_000(findings):
    assert findings("000", "protocol-table-mismatch") == []

"""Shared helpers: run the real CLI, find the seeds and examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import SEEDS

from medlint.cli import main
from medlint.results_cache import ResultsCache


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def lines(self) -> list[str]:
        return [line for line in self.out.splitlines() if line]


@pytest.fixture(autouse=True)
def _fresh_results(request, monkeypatch):
    """In-process runs check every file afresh: a test that patches a rule must not be
    served findings kept by an earlier test. Tests of the cache itself are marked
    ``keeps_results`` and choose their own cache folder."""
    if "keeps_results" not in request.keywords:
        monkeypatch.setattr(ResultsCache, "for_engine", classmethod(lambda cls, engine: None))


@pytest.fixture
def run(capsys, monkeypatch):
    """Run ``medlint ARGS`` in-process; returns exit code and captured output."""

    def _run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> Result:
        if stdin is not None:
            import io

            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        if cwd is not None:
            monkeypatch.chdir(cwd)
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return _run


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("the seed articles (../shared/seeds) are not present")
    return SEEDS

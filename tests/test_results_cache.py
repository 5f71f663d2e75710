"""The results cache: an unchanged file is not checked again, and nothing stale is ever shown."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from medlint import results_cache
from medlint.engine import Engine

pytestmark = pytest.mark.keeps_results

CLAIM = "Stem cell therapy cures arthritis.\n"
QUIET = "Arthritis is a common cause of knee pain in older adults.\n"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("MEDLINT_NO_CACHE", raising=False)
    # The package as it is now: a module edited while the test runs (in a shared
    # checkout) must not make these tests flaky; the fingerprint has its own test.
    code = results_cache.code_fingerprint()
    monkeypatch.setattr(results_cache, "code_fingerprint", lambda: code)
    return folder


def _entries(cache: Path) -> list[Path]:
    root = cache / "results"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []


def _refuse_checks(monkeypatch) -> None:
    def refuse(self, path, source, fmt=None):
        raise AssertionError(f"{path} was checked again")

    monkeypatch.setattr(Engine, "check_source", refuse)


def _rules(out: str) -> list[tuple[str, int, int]]:
    return [(f["rule"], f["line"], f["column"]) for f in json.loads(out)["findings"]]


def test_second_run_gives_the_same_report_without_checking_again(run, cache, tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(CLAIM)
    (tmp_path / "b.txt").write_text(QUIET)
    first = run("check", "--no-config", "--format", "json", tmp_path / "a.md", tmp_path / "b.txt")
    assert ("unsupported-cure-claim", 1, 19) in _rules(first.out)
    assert len(_entries(cache)) == 2
    _refuse_checks(monkeypatch)
    second = run("check", "--no-config", "--format", "json", tmp_path / "a.md", tmp_path / "b.txt")
    assert second.err == first.err
    assert (second.code, second.out, second.err) == (first.code, first.out, first.err)


def test_an_edited_file_is_checked_again(run, cache, tmp_path):
    article = tmp_path / "a.md"
    article.write_text(CLAIM)
    assert run("check", "--no-config", article).code == 1
    article.write_text(QUIET)
    again = run("check", "--no-config", article)
    assert again.code == 0, again.out
    article.write_text(CLAIM)
    assert run("check", "--no-config", article).code == 1


def test_same_text_under_another_name_is_its_own_entry(run, cache, tmp_path):
    (tmp_path / "a.md").write_text(CLAIM)
    (tmp_path / "b.md").write_text(CLAIM)
    run("check", "--no-config", tmp_path / "a.md")
    out = run("check", "--no-config", tmp_path / "b.md").out
    assert "b.md:1:19" in out and "a.md" not in out


def test_selection_severity_and_settings_are_part_of_the_key(run, cache, tmp_path):
    article = tmp_path / "a.md"
    article.write_text(CLAIM)
    assert "MED101" in run("check", "--no-config", article).out
    assert run("check", "--no-config", "--select", "MED7", article).code == 0
    config = tmp_path / ".medlint.yaml"
    config.write_text("select: [MED101]\nseverity: {unsupported-cure-claim: info}\n")
    out = run("check", "--config", config, "--format", "json", article).out
    assert [f["severity"] for f in json.loads(out)["findings"]] == ["info"]


def test_an_edited_rule_pack_is_read_again(run, cache, tmp_path):
    article = tmp_path / "a.md"
    article.write_text("Book a free consultation at Harbour Clinic today.\n")
    pack = tmp_path / "house.yaml"
    rule = (
        "rules:\n  - id: house-word\n    code: HSE001\n    category: style\n"
        "    severity: warning\n    kind: pattern\n"
        "    message: 'House style: avoid \"{match}\"'\n    patterns: ['{word}']\n"
    )
    pack.write_text(rule.replace("{word}", "consultation"))
    first = run("check", "--no-config", "--rules", pack, "--select", "HSE", article)
    assert "HSE001" in first.out, first.err
    pack.write_text(rule.replace("{word}", "tomorrow"))
    assert run("check", "--no-config", "--rules", pack, "--select", "HSE", article).code == 0


def test_no_cache_neither_reads_nor_writes(run, cache, tmp_path, monkeypatch):
    article = tmp_path / "a.md"
    article.write_text(CLAIM)
    run("check", "--no-config", "--no-cache", article)
    assert _entries(cache) == []
    run("check", "--no-config", article)
    assert len(_entries(cache)) == 1
    checked = []
    original = Engine.check_source

    def counting(self, path, source, fmt=None):
        checked.append(path)
        return original(self, path, source, fmt)

    monkeypatch.setattr(Engine, "check_source", counting)
    run("check", "--no-config", "--no-cache", article)
    assert checked == [str(article)]


def test_medlint_no_cache_turns_it_off(run, cache, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDLINT_NO_CACHE", "1")
    (tmp_path / "a.md").write_text(CLAIM)
    assert run("check", "--no-config", tmp_path / "a.md").code == 1
    assert _entries(cache) == []


def test_a_damaged_or_foreign_writable_entry_is_ignored(run, cache, tmp_path):
    article = tmp_path / "a.md"
    article.write_text(CLAIM)
    first = run("check", "--no-config", article)
    (entry,) = _entries(cache)
    entry.write_bytes(b"not a pickle")
    assert run("check", "--no-config", article).out == first.out
    (entry,) = _entries(cache)
    if os.name == "posix":
        os.chmod(entry, 0o666)  # others could have written it: not trusted
        assert run("check", "--no-config", article).out == first.out


def test_the_baseline_applies_to_kept_results(run, cache, tmp_path):
    article = tmp_path / "a.md"
    article.write_text(CLAIM)
    baseline = tmp_path / "baseline.json"
    assert run("check", "--no-config", "--write-baseline", baseline, article).code == 0
    assert run("check", "--no-config", "--baseline", baseline, article).code == 0
    assert run("check", "--no-config", article).code == 1


def test_a_result_with_an_error_is_not_kept(tmp_path):
    from medlint.findings import FileError, Report

    kept = results_cache.ResultsCache(str(tmp_path), "k")
    kept.put("f", Report(errors=[FileError("a.md", "rule 'x' gave up: timeout")]))
    assert kept.get("f") is None
    kept.put("g", Report(files_checked=1))
    assert kept.get("g") == Report(files_checked=1)


def test_old_run_keys_are_removed_when_a_new_one_starts(tmp_path):
    from medlint.findings import Report

    root = tmp_path / "results"
    for n in range(6):
        (root / f"old{n}").mkdir(parents=True)
        os.utime(root / f"old{n}", (1000 + n, 1000 + n))
    results_cache.ResultsCache(str(tmp_path), "new").put("f", Report(files_checked=1))
    left = sorted(p.name for p in root.iterdir())
    assert left == sorted(["new", "old5", "old4", "old3"])
    assert len(left) == results_cache.KEEP_KEYS


def test_the_code_fingerprint_sees_an_edited_module(tmp_path):
    (tmp_path / "sub").mkdir()
    module = tmp_path / "sub" / "kind.py"
    module.write_text("X = 1\n")
    before = results_cache.code_fingerprint(str(tmp_path))
    module.write_text("X = 22\n")
    assert results_cache.code_fingerprint(str(tmp_path)) != before

"""Parsed rule packs are kept between runs, and an edited pack is always read afresh."""

from __future__ import annotations

import os
import stat

import pytest

from medlint import pack_cache
from medlint.rules import RuleError, load_rules

PACK = """
rules:
  - id: house-miracle
    code: HSE101
    category: claims
    severity: warning
    kind: pattern
    message: "Avoid {match}."
    patterns: ["{word}"]
"""


@pytest.fixture
def cache(monkeypatch, tmp_path):
    folder = tmp_path / "cache"
    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("MEDLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(pack_cache, "_cache", None)
    return folder / f"packs-{pack_cache.FORMAT}.pickle"


def _next_run(monkeypatch) -> None:
    """What the end of one process and the start of the next do."""
    pack_cache.the_cache().save()
    monkeypatch.setattr(pack_cache, "_cache", None)


def _words(ruleset) -> list[str]:
    return [r.options["patterns"][0] for r in ruleset.rules if r.id == "house-miracle"]


def test_a_pack_is_parsed_once_and_then_read_from_the_cache(cache, tmp_path, monkeypatch):
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK.replace("{word}", "miracle"), encoding="utf-8")
    first = load_rules([pack], builtin=False)
    _next_run(monkeypatch)
    assert cache.is_file()
    assert not cache.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO)

    import medlint.rules as rules

    def no_parsing(*_args):
        raise AssertionError("the pack should come from the cache")

    monkeypatch.setattr(rules, "_parse_pack", no_parsing)
    second = load_rules([pack], builtin=False)
    assert _words(second) == _words(first) == ["miracle"]
    assert second.rules[0].where == first.rules[0].where  # rule lines survive the cache


def test_an_edited_pack_is_read_again_even_with_the_same_size_and_time(
    cache, tmp_path, monkeypatch
):
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK.replace("{word}", "miracle"), encoding="utf-8")
    load_rules([pack], builtin=False)
    _next_run(monkeypatch)
    before = pack.stat()
    pack.write_text(PACK.replace("{word}", "wonder!"), encoding="utf-8")  # same length
    os.utime(pack, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert _words(load_rules([pack], builtin=False)) == ["wonder!"]


def test_broken_yaml_is_reported_every_time_not_cached(cache, tmp_path, monkeypatch):
    pack = tmp_path / "house.yaml"
    pack.write_text("rules: [unclosed\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RuleError, match="malformed YAML"):
            load_rules([pack], builtin=False)
        _next_run(monkeypatch)


@pytest.mark.parametrize("damage", [b"not a pickle", b""])
def test_a_damaged_cache_file_is_ignored(cache, tmp_path, monkeypatch, damage):
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK.replace("{word}", "miracle"), encoding="utf-8")
    cache.parent.mkdir(mode=0o700)
    cache.write_bytes(damage)
    cache.chmod(0o600)
    assert _words(load_rules([pack], builtin=False)) == ["miracle"]


def test_with_caching_off_nothing_is_written(monkeypatch, tmp_path):
    monkeypatch.setenv("MEDLINT_NO_CACHE", "1")
    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(pack_cache, "_cache", None)
    pack = tmp_path / "house.yaml"
    pack.write_text(PACK.replace("{word}", "miracle"), encoding="utf-8")
    load_rules([pack], builtin=False)
    pack_cache.the_cache().save()
    assert not (tmp_path / "cache").exists()

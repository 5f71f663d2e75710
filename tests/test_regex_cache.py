"""The pattern cache: compiled patterns kept between runs, unpickled only when used."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import regex
from paths import EXAMPLES

from medlint import regex_cache


def _run(cache: str, *extra_env: tuple[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MEDLINT_NO_CACHE"}
    env.update({"MEDLINT_CACHE_DIR": cache, **dict(extra_env)})
    cmd = [sys.executable, "-m", "medlint", "check", "--no-config", "--format", "json"]
    return subprocess.run([*cmd, str(EXAMPLES)], env=env, capture_output=True, text=True)


def test_runs_from_a_fresh_cache_a_stored_cache_and_no_cache_agree(tmp_path):
    cache = str(tmp_path / "cache")
    first = _run(cache)
    stored = [f for f in os.listdir(cache) if f.startswith("patterns-")]
    assert stored, "the first run keeps its compiled patterns"
    second = _run(cache)
    without = _run(str(tmp_path / "unused"), ("MEDLINT_NO_CACHE", "1"))
    assert first.returncode == second.returncode == without.returncode == 1
    assert first.stdout == second.stdout == without.stdout


def test_a_lazy_pattern_searches_like_the_pattern_it_stands_for():
    real = regex.compile(r"\b(?:stem cells?|exosomes?) (cure|heal)s?\b", regex.IGNORECASE)
    lazy = regex_cache.LazyPattern(real.pattern, real.flags, pickle.dumps(real))
    assert lazy.pattern == real.pattern and lazy.flags == real.flags
    assert "_real" not in lazy.__dict__  # nothing unpickled yet
    text = "Our Stem cells cure knees; exosomes heal skin."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.search(text, 5).group(1) == real.search(text, 5).group(1)
    assert lazy.groups == real.groups


def test_a_damaged_entry_is_compiled_again_from_its_source():
    lazy = regex_cache.LazyPattern(r"\bheals?\b", regex.IGNORECASE, b"not a pickle")
    assert lazy.search("It HEALS.").group() == "HEALS"


def test_reading_the_cache_file_unpickles_no_pattern(tmp_path):
    cache = str(tmp_path / "cache")
    _run(cache)
    [name] = [f for f in os.listdir(cache) if f.startswith("patterns-")]
    stored = regex_cache.PatternCache(os.path.join(cache, name))
    lazies = [*stored.stored.values(), *stored.stored_phrases.values()]
    assert lazies and all(isinstance(p, regex_cache.LazyPattern) for p in lazies)
    assert not any("_real" in p.__dict__ for p in lazies)

"""Caches of other versions and environments do not pile up in the cache folder:
when medlint writes one of its cache files, files of the same kind that nothing
has written for a month are removed; everything else stays."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from paths import EXAMPLES

from medlint import cache_dir

MONTHS_AGO = time.time() - 60 * 24 * 3600


def _file(folder, name: str, old: bool) -> str:
    path = os.path.join(folder, name)
    with open(path, "wb") as fh:
        fh.write(b"x")
    if old:
        os.utime(path, (MONTHS_AGO, MONTHS_AGO))
    return path


def test_only_stale_files_of_the_same_kind_go(tmp_path):
    folder = str(tmp_path)
    current = _file(folder, "patterns-10-regex1-py311.pickle", old=True)
    stale = _file(folder, "patterns-9-regex1-py311.pickle", old=True)
    recent = _file(folder, "patterns-10-regex2-py312.pickle", old=False)
    other_kind = _file(folder, "syllables-1-abc.sqlite3", old=True)
    cache_dir.prune_siblings(current, "patterns-")
    assert os.path.exists(current)  # the file just written, whatever its time
    assert not os.path.exists(stale)
    assert os.path.exists(recent)  # another environment still in use
    assert os.path.exists(other_kind)


def test_a_folder_that_cannot_be_read_is_left_alone(tmp_path):
    cache_dir.prune_siblings(str(tmp_path / "missing" / "patterns-1.pickle"), "patterns-")


def test_a_run_that_writes_its_caches_clears_out_old_ones(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    stale = _file(str(folder), "patterns-1-regex2020.1.1-py38.pickle", old=True)
    stale_packs = _file(str(folder), "packs-0.pickle", old=True)
    recent = _file(str(folder), "patterns-2-regex2026.1.1-py313.pickle", old=False)
    env = {k: v for k, v in os.environ.items() if k != "MEDLINT_NO_CACHE"}
    env["MEDLINT_CACHE_DIR"] = str(folder)
    cmd = [sys.executable, "-m", "medlint", "check", "--no-config", str(EXAMPLES)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert not os.path.exists(stale) and not os.path.exists(stale_packs)
    assert os.path.exists(recent)
    written = [n for n in os.listdir(folder) if n.startswith("patterns-")]
    assert len(written) == 2  # this run's, and the recent one

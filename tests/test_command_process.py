"""The ``medlint`` command's own process (medlint/__main__.py): a quick exit that
still says everything, with the exit code of the run, and the garbage collector
back on before files are checked."""

from __future__ import annotations

import gc
import io
import json
import os
import subprocess
import sys
import tomllib
from contextlib import redirect_stdout

from paths import EXAMPLES, REPO

from medlint import cli


def _command(*args: str, cwd=REPO) -> subprocess.CompletedProcess:
    env = {**os.environ, "MEDLINT_NO_CACHE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "medlint", *args], capture_output=True, text=True, cwd=cwd, env=env
    )


def test_the_whole_report_reaches_a_pipe_before_the_process_ends():
    args = ["check", "--no-config", "--no-cache", "--format", "json", str(EXAMPLES)]
    proc = _command(*args)
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.main(args)
    assert proc.returncode == code == 1
    assert json.loads(proc.stdout) == json.loads(out.getvalue())
    assert len(proc.stdout) > 10_000  # more than one pipe buffer's worth


def test_exit_codes_of_the_command(tmp_path):
    clean = tmp_path / "clean.md"
    clean.write_text("Physical therapy is one option for knee pain. Ask your doctor.\n")
    assert _command("check", "--no-config", str(clean)).returncode == 0
    missing = _command("check", "--no-config", str(tmp_path / "nowhere.md"))
    assert missing.returncode == 2
    assert "nowhere.md" in missing.stderr
    assert _command("check", "--no-config", "--select", "NOPE", str(clean)).returncode == 2
    assert _command("--version").returncode == 0


def test_the_installed_script_is_the_same_command():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"]["medlint"] == "medlint.__main__:run"
    # importing the module (as the installed script does) runs nothing by itself
    proc = subprocess.run(
        [sys.executable, "-c", "import medlint.__main__ as m; print(callable(m.run))"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout.strip() == "True"


def test_collection_is_back_on_with_the_rules_frozen_out_of_it():
    gc.disable()
    try:
        cli._collect_from_now()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()

"""The pre-commit hook, run for real: `pre-commit try-repo` against temporary git repos.

The tool repository is a copy of this working tree committed to a temporary git
repository; the content repository is another temporary git repository holding
articles and a .medlint.yaml. pre-commit builds its own virtualenv and
pip-installs medlint into it, which needs the package index for medlint's
dependencies: without network access the test is skipped, saying so.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml
from paths import REPO

from medlint.readers import FORMATS

CURE = "Our exosome drip heals torn ligaments within a week.\n"
CLEAN = "Walking every day is good for most people. Ask your doctor what suits you.\n"
COPY_IGNORE = shutil.ignore_patterns(
    ".git",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    ".benchmarks",
    ".venv",
    "venv",
    "bench",
    "eval",
)
OFFLINE = (
    "Could not find a version",
    "No matching distribution",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "Max retries exceeded",
    "ProxyError",
    "Failed to establish a new connection",
    "Name or service not known",
)


def _hooks() -> list[dict]:
    return yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def test_hook_manifest_declares_the_medlint_hook():
    (hook,) = _hooks()
    assert hook["id"] == "medlint"
    assert hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["medlint", "check"]
    assert hook.get("pass_filenames", True) is True


def test_hook_files_pattern_matches_exactly_the_formats_medlint_reads():
    (hook,) = _hooks()
    pattern = re.compile(hook["files"])
    for ext in FORMATS:
        assert pattern.search(f"posts/a{ext}"), ext
        assert pattern.search(f"posts/A{ext.upper()}"), ext
    for other in ("a.py", "a.yaml", "a.json", "a.mdx", "a.txt.bak", "a.markdown~", "md"):
        assert not pattern.search(other), other


# -- the real thing -------------------------------------------------------------------------


def _git(cwd, *args):
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "medlint tests",
        "GIT_AUTHOR_EMAIL": "tests@example.invalid",
        "GIT_COMMITTER_NAME": "medlint tests",
        "GIT_COMMITTER_EMAIL": "tests@example.invalid",
    }
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def _init_repo(path):
    _git(path, "init", "-q")
    _git(path, "config", "commit.gpgsign", "false")
    _git(path, "add", "-A")
    _git(path, "commit", "-q", "-m", "test fixture")


@pytest.fixture(scope="module")
def try_repo(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed (pip install pre-commit)")
    base = tmp_path_factory.mktemp("precommit")
    tool = base / "medlint-tool"
    shutil.copytree(REPO, tool, ignore=COPY_IGNORE, symlinks=True)
    _init_repo(tool)

    content = base / "content"
    (content / "drafts").mkdir(parents=True)
    (content / "posts").mkdir()
    (content / "posts" / "bad.txt").write_text("Joint news\n\n" + CURE, encoding="utf-8")
    (content / "posts" / "good.md").write_text("# Walking\n\n" + CLEAN, encoding="utf-8")
    (content / "drafts" / "wip.md").write_text(CURE, encoding="utf-8")
    (content / "script.py").write_text(f"# {CURE}", encoding="utf-8")
    (content / ".medlint.yaml").write_text(
        'select: [unsupported-cure-claim]\nexclude: ["drafts/**"]\n', encoding="utf-8"
    )
    _init_repo(content)

    env = {**os.environ, "PRE_COMMIT_HOME": str(base / "cache"), "PRE_COMMIT_COLOR": "never"}
    env.pop("VIRTUAL_ENV", None)

    def run(*files: str) -> subprocess.CompletedProcess:
        cmd = [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(tool),
            "medlint",
            "--verbose",
            "--files",
            *files,
        ]
        proc = subprocess.run(
            cmd, cwd=content, env=env, capture_output=True, text=True, timeout=900
        )
        proc.output = proc.stdout + proc.stderr
        return proc

    first = run("posts/good.md")  # builds the hook's virtualenv
    if first.returncode not in (0, 1):
        log = base / "cache" / "pre-commit.log"
        detail = first.output + (log.read_text(errors="replace") if log.is_file() else "")
        if any(marker in detail for marker in OFFLINE):
            pytest.skip("pre-commit could not install medlint's dependencies (no network?)")
        pytest.fail(f"pre-commit try-repo failed to set up the hook:\n{detail[-4000:]}")
    return run


def test_hook_fails_on_a_bad_article(try_repo):
    proc = try_repo("posts/bad.txt")
    assert proc.returncode == 1, proc.output
    assert re.search(r"medlint\.+Failed", proc.output), proc.output
    assert "posts/bad.txt:3:18: MED101 unsupported-cure-claim" in proc.output


def test_hook_passes_a_clean_article(try_repo):
    proc = try_repo("posts/good.md")
    assert proc.returncode == 0, proc.output
    assert re.search(r"medlint\.+Passed", proc.output), proc.output


def test_hook_honours_the_content_repos_config_excludes(try_repo):
    proc = try_repo("drafts/wip.md", "posts/good.md")
    assert proc.returncode == 0, proc.output
    assert "No problems found in 1 file." in proc.output


def test_hook_skips_files_it_does_not_read(try_repo):
    proc = try_repo("script.py")
    assert proc.returncode == 0, proc.output
    assert re.search(r"medlint\.+\(no files to check\)Skipped", proc.output), proc.output

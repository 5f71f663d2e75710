"""Do two versions of medlint give byte-identical findings? (speed work must not change any)

    python bench/same_findings.py BASE                 # BASE commit vs this working tree
    python bench/same_findings.py BASE --head HEAD     # two commits
    python bench/same_findings.py BASE -- PATHS...     # other articles
    python bench/same_findings.py --layer              # this tree with and without its
                                                       # prefilter, PatternSet and memo

Each version is exported (``git archive``; the working tree is copied as it is)
into a temporary folder and run in one process (``MEDLINT_JOBS=1``) with
``--format json`` on the same paths: by default the benchmark corpus
(bench/out/corpus-1000, written by ``python bench/run.py``), the examples and the
test data. Prints each version's time and whether the outputs are identical;
when they differ, the first differing findings. Exit status 0 when identical.

Rule packs change findings on purpose; to isolate a speed change, compare a
commit with the same commit plus that change. ``--layer`` needs no second
version: it runs the working tree as it is and again with every shortcut of the
matching layer switched off (no prefilter, no PatternSet lookup, no memo: every
question goes to the regex engine), which must give the same findings.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
COPY_IGNORE = shutil.ignore_patterns(".git", "out", "__pycache__", "*.pyc", ".pytest_cache")


def export(rev: str | None, into: Path) -> Path:
    """The tree of ``rev`` (None: the working tree) in ``into``."""
    if rev is None:
        shutil.copytree(REPO, into, ignore=COPY_IGNORE)
        return into
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


# Run the CLI with the matching layer's shortcuts switched off.
NO_SHORTCUTS = """
import sys
from medlint import patterns, prefilter

class Never(dict):
    def __setitem__(self, key, value):
        pass

patterns._REQUIRED = Never()
patterns._CONJUNCTIONS = Never()
patterns._remember = lambda key, text, value: None
prefilter.word_prefixes = lambda text: None
from medlint.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run(tree: Path, paths: list[str], shortcuts: bool = True) -> tuple[bytes, float]:
    env = {**os.environ, "MEDLINT_JOBS": "1", "PYTHONPATH": str(tree)}
    start = time.perf_counter()
    entry = ["-m", "medlint"] if shortcuts else ["-c", NO_SHORTCUTS]
    done = subprocess.run(
        [sys.executable, *entry, "check", "--format", "json", *paths],
        cwd=tree,
        env=env,
        capture_output=True,
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr.decode(errors="replace"))
        raise SystemExit(f"medlint failed in {tree} (exit {done.returncode})")
    return done.stdout, elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", nargs="?", help="commit to compare with")
    ap.add_argument(
        "--layer", action="store_true", help="compare with the matching layer's shortcuts off"
    )
    ap.add_argument("--head", help="second commit (default: the working tree)")
    ap.add_argument("paths", nargs="*", help="articles or folders (absolute, or from the repo)")
    args = ap.parse_intermixed_args()

    if args.layer and args.base is not None:  # no commit to compare with: a path
        args.paths.insert(0, args.base)
        args.base = None
    default = [HERE / "out" / "corpus-1000", REPO / "examples", REPO / "tests" / "data"]
    paths = args.paths or [str(p) for p in default]
    paths = [str((REPO / p).resolve()) if not os.path.isabs(p) else p for p in paths]
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        print(f"missing: {', '.join(missing)} (run python bench/run.py to write the corpus)")
        return 2
    if args.base is None and not args.layer:
        ap.error("name a commit to compare with, or --layer")
    with tempfile.TemporaryDirectory(prefix="medlint-same-") as tmp:
        head = export(args.head, Path(tmp) / "head")
        if args.layer:
            base_name = "no shortcuts"
            out_base, t_base = run(head, paths, shortcuts=False)
        else:
            base_name = args.base
            out_base, t_base = run(export(args.base, Path(tmp) / "base"), paths)
        out_head, t_head = run(head, paths)
    name = args.head or "working tree"
    print(f"{base_name}: {t_base:.1f} s; {name}: {t_head:.1f} s (one process, with start-up)")
    if out_base == out_head:
        count = len(json.loads(out_base).get("findings", []))
        print(f"identical: {count} findings, {len(out_base):,} bytes of JSON")
        return 0
    a = json.dumps(json.loads(out_base), indent=1).splitlines()
    b = json.dumps(json.loads(out_head), indent=1).splitlines()
    print("DIFFERENT:")
    for line in list(difflib.unified_diff(a, b, base_name, name, lineterm="", n=2))[:60]:
        print(line)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark medlint beside proselint on the same generated articles, in one run.

    python bench/run.py            # everything (about twenty minutes on two cores)
    python bench/run.py --quick    # a smaller corpus, no 20 MB file
    python bench/run.py --big      # everything but the single-file size series
    python bench/run.py --single   # only the one-file comparison (seconds)

What it does, all under bench/out/ (git-ignored):

1. makes two virtual environments: ``venv-proselint`` with proselint from PyPI,
   ``venv-medlint`` with medlint's own dependencies (medlint itself runs from
   this checkout, so the numbers are for the working tree);
2. writes a corpus of 1,000 article-like files (about 5 MB; bench/corpus.py);
3. times ``medlint check`` (all rules, ``--no-cache``: every file checked
   afresh) and ``proselint check`` on the corpus, and each tool on one typical
   article (median of several runs after a warm-up), and prints the throughput
   ratio, MB/s and peak memory; then times medlint again on the unchanged
   corpus with its results cache, as a re-run in CI sees it (reported apart:
   it measures the cache, not the rules);
4. runs medlint on corpora of growing size (memory should stay flat) and on
   single files of 1 to 20 MB (time should grow in proportion).

Peak memory is reported two ways: the largest single process (``ru_maxrss``)
and the sum over the whole process tree, sampled every 20 ms (medlint's
worker processes run at the same time). Results go to bench/out/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

MEDLINT_DEPS = ["PyYAML>=6.0", "regex>=2023.0", "textstat>=0.7.7,<0.7.9"]
PROSELINT = ["proselint"]


# -- environments -------------------------------------------------------------------


def _bin(env: Path, name: str) -> Path:
    return env / ("Scripts" if os.name == "nt" else "bin") / name


def ensure_venv(env: Path, packages: list[str]) -> Path:
    python = _bin(env, "python")
    marker = env / ".bench-installed"
    if marker.is_file() and marker.read_text() == " ".join(packages) and python.exists():
        return python
    if env.exists():
        shutil.rmtree(env)
    print(f"  creating {env.relative_to(REPO)} with {' '.join(packages)}", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(env)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *packages],
        check=True,
    )
    marker.write_text(" ".join(packages))
    return python


def versions(python: Path, modules: list[str]) -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json, sys;"
        f"print(json.dumps({{n: m.version(n) for n in {modules!r}}}))"
    )
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


# -- measuring a command ----------------------------------------------------------


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants (Linux /proc), in kB."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    total, todo, seen = 0, [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += rss.get(pid, 0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


class Run:
    def __init__(self, wall: float, max_rss_kb: int, tree_rss_kb: int, code: int, out: bytes):
        self.wall = wall
        self.max_rss_kb = max_rss_kb
        self.tree_rss_kb = tree_rss_kb
        self.code = code
        self.out = out


def measure(cmd: list[str], env: dict[str, str], cwd: Path) -> Run:
    """Wall time, largest process RSS and peak RSS of the process tree of ``cmd``."""
    out_path = OUT / "last-output.txt"
    with open(out_path, "wb") as sink:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.STDOUT, env=env, cwd=cwd)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                if os.path.isdir("/proc"):
                    peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
                done.wait(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    max_rss = usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)
    return Run(wall, max_rss, max(peak[0], max_rss), proc.returncode, out_path.read_bytes())


# -- the tools ----------------------------------------------------------------------


class Tools:
    def __init__(self, medlint_python: Path, proselint_python: Path) -> None:
        self.medlint_python = medlint_python
        self.proselint = _bin(proselint_python.parent.parent, "proselint")
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base.pop("PYTHONPATH", None)
        self.env = base
        # A cache folder of the benchmark's own: other runs of medlint on this machine
        # (tests, an editor) must not change what it measures.
        cache = str(OUT / "cache")
        self.medlint_env = {**base, "PYTHONPATH": str(REPO), "MEDLINT_CACHE_DIR": cache}

    def medlint(
        self,
        *paths: Path,
        extra: tuple[str, ...] = (),
        jobs: int | None = None,
        keep_results: bool = False,
    ) -> Run:
        """Time ``medlint check``; every file is checked afresh unless ``keep_results``
        (then the results cache answers for files it has seen unchanged)."""
        env = dict(self.medlint_env)
        if jobs is not None:
            env["MEDLINT_JOBS"] = str(jobs)
        cmd = [str(self.medlint_python), "-m", "medlint", "check", "--no-config", *extra]
        if not keep_results:
            cmd.append("--no-cache")
        return measure(cmd + [str(p) for p in paths], env, OUT)

    def proselint_check(self, *paths: Path) -> Run:
        return measure([str(self.proselint), "check", *map(str, paths)], self.env, OUT)


def size_of(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        if p.is_dir():
            total += sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
        else:
            total += p.stat().st_size
    return total


def median_runs(fns: list, repeat: int) -> list[Run]:
    """The median run of each of ``fns``, their runs taken in turn (one of each, then
    again), so that a change in the machine's load falls on all of them alike."""
    for fn in fns:
        fn()  # warm-up: byte-code caches, compiled-pattern cache, page cache
    runs: list[list[Run]] = [[] for _ in fns]
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            runs[i].append(fn())
    return [sorted(r, key=lambda run: run.wall)[len(r) // 2] for r in runs]


def mb(n: int) -> float:
    return n / 1_000_000


def single_file(tools: Tools, folder: Path, total: int, files: int, repeat: int) -> dict:
    """One typical article, as a pre-commit hook runs it: each tool's median time."""
    one = sorted(folder.glob("*.md"), key=lambda f: abs(f.stat().st_size - total / files))[0]
    print(
        f"single file ({one.name}, {one.stat().st_size} bytes), "
        f"median of {repeat} runs of each, taken in turn"
    )
    sm, sm_no_read, sp = median_runs(
        [
            lambda: tools.medlint(one),
            lambda: tools.medlint(one, extra=("--ignore", "readability-grade")),
            lambda: tools.proselint_check(one),
        ],
        repeat,
    )
    print(f"  medlint   {sm.wall:6.3f} s  (without readability-grade {sm_no_read.wall:6.3f} s)")
    print(f"  proselint {sp.wall:6.3f} s")
    print(f"  medlint / proselint = {sm.wall / sp.wall:.2f} (target <= 0.75)", flush=True)
    return {
        "file_bytes": one.stat().st_size,
        "medlint": sm.wall,
        "medlint_without_readability": sm_no_read.wall,
        "proselint": sp.wall,
        "ratio": sm.wall / sp.wall,
    }


# -- main -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=1000, help="files in the corpus")
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each single-file timing")
    ap.add_argument("--quick", action="store_true", help="200 files, sizes up to 5 MB")
    ap.add_argument(
        "--single", action="store_true", help="only the single-file comparison (seconds)"
    )
    ap.add_argument(
        "--big",
        type=int,
        nargs="*",
        default=[1, 5, 10, 20],
        help="sizes of the single-file series in MB (none: skip it)",
    )
    args = ap.parse_args(argv)
    if args.quick:
        args.files, args.mb, args.big, args.repeat = 200, 1.0, [1, 5], 3
    OUT.mkdir(exist_ok=True)

    print("environments", flush=True)
    medlint_py = ensure_venv(OUT / "venv-medlint", MEDLINT_DEPS)
    proselint_py = ensure_venv(OUT / "venv-proselint", PROSELINT)
    tools = Tools(medlint_py, proselint_py)
    info = {
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "medlint deps": versions(medlint_py, ["PyYAML", "regex", "textstat"]),
        "proselint": versions(proselint_py, ["proselint"])["proselint"],
    }
    print("  " + json.dumps(info), flush=True)

    print("corpus", flush=True)
    folder = OUT / f"corpus-{args.files}"
    if not folder.is_dir():
        corpus.write_corpus(folder, args.files, int(args.mb * 1_000_000 * 0.92))
    total = size_of([folder])
    print(f"  {args.files} files, {mb(total):.2f} MB in {folder.relative_to(REPO)}", flush=True)
    results: dict = {"info": info, "corpus": {"files": args.files, "bytes": total}}
    if args.single:
        single_file(tools, folder, total, args.files, max(args.repeat, 11))
        return 0

    # 1. The corpus, both tools, same files, same run.
    print("corpus run (all rules)", flush=True)
    tools.medlint(folder, jobs=1)  # warm-up: byte code and pattern caches
    m = tools.medlint(folder)
    p = tools.proselint_check(folder)
    m1 = tools.medlint(folder, jobs=1)
    results["corpus_run"] = {
        "medlint": vars_of(m, total),
        "medlint_one_core": vars_of(m1, total),
        "proselint": vars_of(p, total),
        "throughput_ratio": p.wall / m.wall,
    }
    print(
        f"  medlint   {m.wall:7.2f} s  {mb(total) / m.wall:6.2f} MB/s  "
        f"max process {m.max_rss_kb / 1024:6.1f} MB  tree {m.tree_rss_kb / 1024:6.1f} MB  "
        f"exit {m.code}"
    )
    print(
        f"  (1 core)  {m1.wall:7.2f} s  {mb(total) / m1.wall:6.2f} MB/s  "
        f"max process {m1.max_rss_kb / 1024:6.1f} MB"
    )
    print(
        f"  proselint {p.wall:7.2f} s  {mb(total) / p.wall:6.2f} MB/s  "
        f"max process {p.max_rss_kb / 1024:6.1f} MB  tree {p.tree_rss_kb / 1024:6.1f} MB  "
        f"exit {p.code}"
    )
    print(f"  medlint throughput = {p.wall / m.wall:.2f} x proselint's (target >= 10)", flush=True)

    # 1b. The same corpus again, unchanged, with the results cache (a CI gate or
    # `pre-commit run --all-files` after a commit that touched a few articles).
    tools.medlint(folder, keep_results=True)  # fills the cache
    mw = tools.medlint(folder, keep_results=True)
    results["corpus_run"]["medlint_unchanged_cached"] = vars_of(mw, total)
    print(
        f"  medlint, same files unchanged (results cache) {mw.wall:6.2f} s  "
        f"= {p.wall / mw.wall:.1f} x proselint's throughput; exit {mw.code}",
        flush=True,
    )

    # 2. One typical article, as a pre-commit hook runs it.
    results["single_file"] = single_file(tools, folder, total, args.files, args.repeat)

    # 3. Memory as the corpus grows.
    print("memory vs corpus size (medlint, all rules)")
    series = []
    names = sorted(folder.iterdir())
    for count in sorted({max(1, args.files // 8), args.files // 4, args.files // 2, args.files}):
        sub = OUT / f"series-{count}"
        if not sub.is_dir():
            sub.mkdir()
            for f in names[:count]:
                os.link(f, sub / f.name) if hasattr(os, "link") else shutil.copy(f, sub / f.name)
        size = size_of([sub])
        r = tools.medlint(sub)
        series.append({"files": count, "bytes": size, **vars_of(r, size)})
        print(f"  {count:5d} files {mb(size):6.2f} MB  {r.wall:6.2f} s  "
              f"max process {r.max_rss_kb / 1024:6.1f} MB  tree {r.tree_rss_kb / 1024:6.1f} MB",
              flush=True)  # fmt: skip
    results["memory_series"] = series

    # 4. Time as one file grows.
    print("time vs file size (medlint, all rules, one file)")
    sizes = []
    for size_mb in args.big:
        path = OUT / "big" / f"article-{size_mb}mb.md"
        if not path.is_file():
            corpus.write_big_file(path, size_mb * 1_000_000)
        size = path.stat().st_size
        r = tools.medlint(path)
        sizes.append({"mb": size_mb, "bytes": size, **vars_of(r, size)})
        print(
            f"  {mb(size):6.2f} MB  {r.wall:7.2f} s  {mb(size) / r.wall:5.2f} MB/s  "
            f"max process {r.max_rss_kb / 1024:7.1f} MB  exit {r.code}",
            flush=True,
        )
    results["size_series"] = sizes

    (OUT / "results.json").write_text(json.dumps(results, indent=2))
    print(f"results in {(OUT / 'results.json').relative_to(REPO)}")
    return 0


def vars_of(run: Run, size: int) -> dict:
    return {
        "seconds": round(run.wall, 3),
        "mb_per_s": round(mb(size) / run.wall, 3),
        "max_process_rss_mb": round(run.max_rss_kb / 1024, 1),
        "tree_rss_mb": round(run.tree_rss_kb / 1024, 1),
        "exit": run.code,
    }


if __name__ == "__main__":
    raise SystemExit(main())

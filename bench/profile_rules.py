"""Seconds per rule on the benchmark corpus, in one process.

    python bench/profile_rules.py                 # first 100 files of bench/out/corpus
    python bench/profile_rules.py -n 300          # more files
    python bench/profile_rules.py --isolated      # each rule with an empty match memo
    python bench/profile_rules.py DIR_OR_FILES... # other articles

Reads every file first (timed as "read + parse"), splits sentences (timed
separately), then runs each enabled rule on each document in the engine's
order, timing each rule's ``check`` on its own. Before timing, every rule runs
once on the first document, so one-time loads (textstat's dictionaries for
``readability-grade``, the pattern cache) are shown as "warm-up" and not
charged to any rule. Rules share a memo of recent pattern matches
(:mod:`medlint.patterns`), so by default a rule that asks a question first pays
for it and later rules get it free; ``--isolated`` clears the memo before each
rule, which gives each rule's cost on its own (the sum is then larger than a
real run). Run ``python bench/run.py`` once first to write the corpus.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from medlint import patterns  # noqa: E402
from medlint.engine import Engine  # noqa: E402
from medlint.readers import read_document  # noqa: E402
from medlint.rules import load_rules  # noqa: E402
from medlint.source import read_text  # noqa: E402


def _files(paths: list[str], count: int) -> list[str]:
    if not paths:
        paths = [str(HERE / "out" / "corpus")]
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                out.extend(os.path.join(root, n) for n in sorted(names))
        else:
            out.append(p)
    return out[:count]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("-n", type=int, default=100, help="number of files (default 100)")
    ap.add_argument("--isolated", action="store_true", help="clear the memo before each rule")
    args = ap.parse_args()

    files = _files(args.paths, args.n)
    if not files:
        print("no files: run python bench/run.py first, or name some articles", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    engine = Engine.create(load_rules())
    t_load = time.perf_counter() - t0
    rules = [r for r in engine.rules if r.check is not None]

    t0 = time.perf_counter()
    docs = [read_document(f, read_text(f)) for f in files]
    t_read = time.perf_counter() - t0
    size = sum(len(d.source.encode("utf-8")) for d in docs)

    t0 = time.perf_counter()
    for rule in rules:  # one-time loads, then forget what the warm-up matched
        list(rule.check(docs[0]))
    t_warm = time.perf_counter() - t0
    patterns.clear_memo()
    docs = [read_document(f, read_text(f)) for f in files]  # fresh sentence caches

    t0 = time.perf_counter()
    for d in docs:
        d.sentences  # noqa: B018 - computes and caches each block's sentences
    t_sent = time.perf_counter() - t0

    spent = {r.id: 0.0 for r in rules}
    found = {r.id: 0 for r in rules}
    clock = time.perf_counter
    for d in docs:
        for rule in rules:
            if args.isolated:
                patterns.clear_memo()
            t = clock()
            hits = list(rule.check(d))
            spent[rule.id] += clock() - t
            found[rule.id] += len(hits)

    total = sum(spent.values())
    memo = "isolated" if args.isolated else "shared memo"
    print(f"{len(docs)} files, {size / 1e6:.2f} MB; {memo}")
    print(f"load rules {t_load:.3f} s, warm-up {t_warm:.3f} s (not counted below)")
    print(f"read + parse {t_read:.3f} s, sentences {t_sent:.3f} s")
    print()
    print(f"{'rule':<40} {'seconds':>8} {'share':>6} {'hits':>6}")
    for rid, sec in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"{rid:<40} {sec:8.3f} {100 * sec / total:5.1f}% {found[rid]:6d}")
    print(f"{'all rules':<40} {total:8.3f}")
    print(f"{'rules + read + sentences':<40} {total + t_read + t_sent:8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

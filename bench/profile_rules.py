"""Seconds per rule on the benchmark corpus, in one process.

    python bench/profile_rules.py                 # first 100 files of bench/out/corpus-1000
    python bench/profile_rules.py -n 300          # more files
    python bench/profile_rules.py --isolated      # each rule with an empty match memo
    python bench/profile_rules.py --regex         # time inside the regex engine, per rule
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

``--regex`` also times every search the regex engine runs (those the
prefilter and the memo do not answer), split into searches that found a match
and searches that found nothing, and prints where the floor of this design
is: what the rules would cost with a perfect prefilter (no search that finds
nothing) and what the engine's own work on matches is.
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
        paths = [str(HERE / "out" / "corpus-1000")]
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
    ap.add_argument("--regex", action="store_true", help="time the regex engine's searches")
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
    size = sum(os.path.getsize(f) for f in files)

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
    engine_time = {r.id: [0.0, 0.0] for r in rules}  # searches that found something, nothing
    current = [rules[0].id]
    clock = time.perf_counter
    if args.regex:
        _time_the_engine(engine_time, current)
    for d in docs:
        for rule in rules:
            if args.isolated:
                patterns.clear_memo()
            current[0] = rule.id
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
    head = f"{'rule':<40} {'seconds':>8} {'share':>6} {'hits':>6}"
    print(head + ("  regex: found  nothing   other" if args.regex else ""))
    for rid, sec in sorted(spent.items(), key=lambda kv: -kv[1]):
        line = f"{rid:<40} {sec:8.3f} {100 * sec / total:5.1f}% {found[rid]:6d}"
        if args.regex:
            hit, miss = engine_time[rid]
            line += f"  {hit:12.3f} {miss:8.3f} {sec - hit - miss:7.3f}"
        print(line)
    print(f"{'all rules':<40} {total:8.3f}")
    print(f"{'rules + read + sentences':<40} {total + t_read + t_sent:8.3f}")
    if args.regex:
        hit = sum(h for h, _ in engine_time.values())
        miss = sum(m for _, m in engine_time.values())
        print()
        print(f"regex engine: {hit + miss:.3f} s ({hit:.3f} in searches that found a match,")
        print(f"  {miss:.3f} in searches that found nothing)")
        rest = total - hit - miss
        print(f"everything else (Python in the kinds and the matching layer): {rest:.3f} s")
        print(f"with a perfect prefilter (no search that finds nothing): {total - miss:.3f} s")
    return 0


def _time_the_engine(into: dict[str, list[float]], current: list[str]) -> None:
    """Wrap the two regex calls of medlint.patterns to add their time to ``into``."""
    scan_all, scan_one = patterns._scan_all, patterns._scan_one
    clock = time.perf_counter

    def timed_all(pattern, text, pos, end):
        t = clock()
        found = scan_all(pattern, text, pos, end)
        into[current[0]][0 if found else 1] += clock() - t
        return found

    def timed_one(pattern, text, pos, end):
        t = clock()
        found = scan_one(pattern, text, pos, end)
        into[current[0]][0 if found is not None else 1] += clock() - t
        return found

    patterns._scan_all = timed_all
    patterns._scan_one = timed_one


if __name__ == "__main__":
    raise SystemExit(main())

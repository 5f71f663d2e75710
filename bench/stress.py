"""Pathological inputs at growing sizes: time must grow in proportion, never faster.

    python bench/stress.py              # 25 kB and 100 kB of each shape, every format
    python bench/stress.py --sizes 100000 400000 --formats md

Each shape (a very long line, thousands of repeated words, a row of thousands of
digits, unclosed markup, ...) is checked with every rule except readability, in
this process, at each size. The last column is the time ratio between the two
largest sizes divided by their size ratio: about 1 is linear; a shape marked
``SUPERLINEAR`` grew clearly faster than its input.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from medlint.engine import Engine  # noqa: E402
from medlint.rules import load_rules  # noqa: E402

SHAPES = {
    "one long line of claims": lambda n: ("Stem cells cure arthritis and knee pain " * n)[:n],
    "one repeated word": lambda n: "pain " * (n // 5),
    "row of digits": lambda n: (
        f"| Dose | Sessions | Total |\n|---|---|---|\n| {'9' * (n // 2)} | 3 | {'9' * (n // 2)} |\n"
    ),
    "tab table rows": lambda n: "10 million\t5\t50 million\n" * (n // 26),
    "one paragraph of sentences": lambda n: "Cures pain. " * (n // 12),
    "short lines (CRLF)": lambda n: "Cures pain.\r\n" * (n // 13),
    "short lines (CR)": lambda n: "Cures pain.\r" * (n // 12),
    "dots": lambda n: "." * n,
    "abbreviations": lambda n: "Dr. " * (n // 4),
    "open brackets": lambda n: "[" * n,
    "unclosed links": lambda n: "[a](" * (n // 4),
    "unclosed tags": lambda n: "<a x" * (n // 4),
    "unclosed comments": lambda n: "<!--" * (n // 4),
    "comment then opens": lambda n: "-->" + "<!--" * (n // 4),
    "entities": lambda n: "&amp;" * (n // 5),
    "open quotes": lambda n: "\u201cStem cells cure pain " * (n // 22),
    "hyphenated words": lambda n: "pain-free " * (n // 10),
    "pipes": lambda n: "|" * n,
    "nested tables": lambda n: "<table><tr><td>" * (n // 15),
    "bullets": lambda n: "- Stem cells cure pain\n" * (n // 23),
    "numbers": lambda n: "20 million cells x 5 sessions = 100 million " * (n // 45),
}
EXTENSIONS = {"txt": "x.txt", "md": "x.md", "html": "x.html"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[25_000, 100_000])
    ap.add_argument("--formats", nargs="+", default=list(EXTENSIONS), choices=list(EXTENSIONS))
    args = ap.parse_args(argv)
    engine = Engine.create(load_rules(), ignore=["readability-grade"])
    engine.check_source("warm.md", "Stem cells cure pain. " * 50)
    print(f"{'shape':28s} {'fmt':4s} " + " ".join(f"{s:>9d}" for s in args.sizes) + "  growth")
    for name, make in SHAPES.items():
        for fmt in args.formats:
            times = []
            for size in args.sizes:
                text = make(size)
                start = time.process_time()
                engine.check_source(EXTENSIONS[fmt], text)
                times.append(time.process_time() - start)
            growth = (times[-1] / max(times[-2], 1e-3)) / (args.sizes[-1] / args.sizes[-2])
            flag = "  SUPERLINEAR" if growth > 2 and times[-1] > 0.2 else ""
            cells = " ".join(f"{t:8.3f}s" for t in times)
            print(f"{name:28s} {fmt:4s} {cells}  {growth:5.2f}{flag}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""GitHub Actions workflow commands: one annotation per finding.

    ::error file=posts/knee.md,line=3,col=15,endLine=3,endColumn=36,title=MED101 ...::message

Severity maps to ``error``, ``warning`` and ``notice``. GitHub shows at most ten
annotations of each kind per step, so a plain note says when more were emitted
(use ``--format sarif`` with code scanning to see them all).
"""

from __future__ import annotations

from collections import Counter

from . import relative_path
from .text import summary_line

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
SHOWN_PER_STEP = 10


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report, context) -> str:
    lines = []
    emitted: Counter = Counter()
    for f in report.findings:
        level = LEVELS.get(f.severity, "warning")
        emitted[level] += 1
        props = ",".join(
            [
                f"file={_prop(relative_path(f.path))}",
                f"line={f.line}",
                f"col={f.column}",
                f"endLine={f.end_line}",
                f"endColumn={f.end_column}",
                f"title={_prop(f'{f.code} {f.rule}')}",
            ]
        )
        lines.append(f"::{level} {props}::{_data(f.message)}")
    for e in report.errors:
        emitted["error"] += 1
        lines.append(
            f"::error file={_prop(relative_path(e.path))},title=medlint::{_data(e.message)}"
        )
    over = {k: n for k, n in emitted.items() if n > SHOWN_PER_STEP}
    if over:
        counts = ", ".join(f"{n} {k}s" for k, n in sorted(over.items()))
        lines.append(
            f"medlint: emitted {counts}; GitHub shows only {SHOWN_PER_STEP} annotations "
            "of each kind per step. Upload --format sarif to code scanning to see all."
        )
    if getattr(context, "statistics", False):
        for code, rule, n in report.by_rule():
            lines.append(f"{n:5d}  {code}  {rule}")
    lines.append(summary_line(report, getattr(context, "baselined", 0)))
    return "\n".join(lines) + "\n"

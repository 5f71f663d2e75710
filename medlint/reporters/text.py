"""``path:line:col: CODE rule-name message``, one finding a line, then a summary."""

from __future__ import annotations


def summary_line(report, baselined: int = 0) -> str:
    counts = report.counts()
    total = len(report.findings)
    files = report.files_checked
    noun = "file" if files == 1 else "files"
    tail = f"; {baselined} more in the baseline" if baselined else ""
    if not total:
        return f"No problems found in {files} {noun}{tail}."
    parts = [
        f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}" for sev, n in counts.items() if n
    ]
    plural = "problem" if total == 1 else "problems"
    return f"Found {total} {plural} ({', '.join(parts)}) in {files} {noun}{tail}."


def render(report, context) -> str:
    lines = [
        f"{f.path}:{f.line}:{f.column}: {f.code} {f.rule} {f.message}" for f in report.findings
    ]
    if getattr(context, "statistics", False):
        lines.append("")
        for code, rule, n in report.by_rule():
            lines.append(f"{n:5d}  {code}  {rule}")
    lines.append(summary_line(report, getattr(context, "baselined", 0)))
    return "\n".join(lines) + "\n"

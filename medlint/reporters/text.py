"""``path:line:col: CODE rule-name message``, one finding a line, then a summary."""

from __future__ import annotations


def summary_line(report) -> str:
    counts = report.counts()
    total = len(report.findings)
    files = report.files_checked
    noun = "file" if files == 1 else "files"
    if not total:
        return f"No problems found in {files} {noun}."
    parts = [f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}"
             for sev, n in counts.items() if n]
    plural = "problem" if total == 1 else "problems"
    return f"Found {total} {plural} ({', '.join(parts)}) in {files} {noun}."


def render(report, context) -> str:
    lines = [
        f"{f.path}:{f.line}:{f.column}: {f.code} {f.rule} {f.message}" for f in report.findings
    ]
    if context.statistics:
        lines.append("")
        for code, rule, n in report.by_rule():
            lines.append(f"{n:5d}  {code}  {rule}")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"

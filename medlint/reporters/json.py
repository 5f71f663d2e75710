"""A JSON object: ``schema_version``, ``findings``, ``errors`` and ``summary``."""

from __future__ import annotations

import json

SCHEMA_VERSION = 1


def render(report, context) -> str:
    counts = report.counts()
    data = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "medlint", "version": context.version},
        "findings": [f.as_dict() for f in report.findings],
        "errors": [{"path": e.path, "message": e.message} for e in report.errors],
        "summary": {
            "files": report.files_checked,
            "findings": len(report.findings),
            **counts,
            "by_rule": {rule: n for _code, rule, n in report.by_rule()},
            "baselined": getattr(context, "baselined", 0),
            "failed": context.failed,
        },
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

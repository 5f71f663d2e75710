"""SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it.

One run; ``tool.driver.rules`` describes every rule that ran (id = the rule's
code, name = its kebab-case name, help from its why, sources and fix);
each result carries ``ruleId``, ``ruleIndex``, ``level`` and a region whose
columns count characters (``columnKind: unicodeCodePoints``). Paths inside the
working folder are relative URIs against ``%SRCROOT%``, as code scanning wants.
Files that could not be checked become tool execution notifications.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from ..docs import help_markdown, help_text
from . import relative_path

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
# GitHub code scanning reads problem.severity for non-security rules.
PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}
MAX_DESCRIPTION = 1024  # GitHub's limit for short and full descriptions


def _clip(text: str, fallback: str) -> str:
    text = " ".join((text or "").split()) or fallback
    return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"


def _descriptor(rule, severity: str) -> dict:
    first_line = " ".join(rule.message.split())
    short = _clip(rule.summary, first_line or rule.id)
    return {
        "id": rule.code,
        "name": rule.id,
        "shortDescription": {"text": short},
        "fullDescription": {"text": _clip(rule.description, short)},
        "help": {"text": help_text(rule) or short, "markdown": help_markdown(rule) or short},
        "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
        "properties": {
            "tags": ["medlint", rule.category],
            "precision": "medium",
            "problem.severity": PROBLEM_SEVERITY.get(severity, "warning"),
        },
    }


def _fallback_descriptor(finding) -> dict:
    text = f"{finding.code} {finding.rule}"
    return {
        "id": finding.code,
        "name": finding.rule,
        "shortDescription": {"text": text},
        "fullDescription": {"text": text},
        "help": {"text": text},
        "defaultConfiguration": {"level": LEVELS.get(finding.severity, "warning")},
    }


def _artifact(path: str) -> dict:
    rel = relative_path(path)
    if os.path.isabs(rel):
        return {"uri": Path(rel).as_uri()}
    return {"uri": quote(rel, safe="/"), "uriBaseId": "%SRCROOT%"}


def _folder_uri(folder: Path) -> str:
    uri = folder.as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _fingerprint(finding, occurrence: int) -> str:
    key = "\0".join((relative_path(finding.path), finding.rule, finding.excerpt, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def render(report, context) -> str:
    severity = getattr(context, "severity", None) or {}
    rules = sorted(getattr(context, "rules", None) or [], key=lambda r: r.code)
    descriptors = [_descriptor(r, severity.get(r.id, r.severity)) for r in rules]
    index = {r.id: i for i, r in enumerate(rules)}
    seen: Counter = Counter()
    results = []
    for f in report.findings:
        if f.rule not in index:
            index[f.rule] = len(descriptors)
            descriptors.append(_fallback_descriptor(f))
        occurrence = seen[(f.path, f.rule, f.excerpt)]
        seen[(f.path, f.rule, f.excerpt)] += 1
        end_line, end_col = (f.end_line, f.end_column)
        if (end_line, end_col) < (f.line, f.column):
            end_line, end_col = f.line, f.column
        results.append(
            {
                "ruleId": f.code,
                "ruleIndex": index[f.rule],
                "level": LEVELS.get(f.severity, "warning"),
                "message": {"text": f.message or f"{f.code} {f.rule}"},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": _artifact(f.path),
                            "region": {
                                "startLine": f.line,
                                "startColumn": f.column,
                                "endLine": end_line,
                                "endColumn": end_col,
                            },
                        }
                    }
                ],
                "partialFingerprints": {"medlintFinding/v1": _fingerprint(f, occurrence)},
            }
        )
    notifications = [
        {
            "level": "error",
            "message": {"text": e.message},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(e.path)}}],
        }
        for e in report.errors
    ]
    run = {
        "tool": {
            "driver": {
                "name": "medlint",
                "version": context.version,
                "semanticVersion": context.version,
                "rules": descriptors,
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": _folder_uri(Path.cwd())}},
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": notifications,
            }
        ],
        "results": results,
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"

"""JUnit XML: one test suite, one test case per file checked.

A file's test case fails when it has a finding at or above the failing severity
(``--fail-on``, default warning), so the report agrees with the exit status;
findings below it are listed in the case's ``system-out``. A file that could not
be read is a test case with an ``error``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from ..findings import SEVERITY_RANK
from . import relative_path

# Characters XML 1.0 cannot carry, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _line(f) -> str:
    return f"{f.path}:{f.line}:{f.column}: {f.code} {f.rule} [{f.severity}] {f.message}"


def render(report, context) -> str:
    threshold = SEVERITY_RANK[getattr(context, "fail_on", None) or "warning"]
    by_file: dict[str, list] = defaultdict(list)
    for f in report.findings:
        by_file[f.path].append(f)
    errors = {e.path: e for e in report.errors}
    files = list(getattr(context, "files", None) or [])
    for path in [*by_file, *errors]:  # anything the file list lacks still gets a case
        if path not in files:
            files.append(path)

    suite = ET.Element("testsuite", name="medlint")
    failures = error_count = 0
    for path in files:
        case = ET.SubElement(
            suite,
            "testcase",
            classname="medlint",
            name=relative_path(path),
            file=relative_path(path),
        )
        if path in errors:
            error_count += 1
            ET.SubElement(
                case, "error", message=_clean(errors[path].message), type="medlint.error"
            ).text = _clean(errors[path].message)
            continue
        findings = by_file.get(path, [])
        failing = [f for f in findings if SEVERITY_RANK.get(f.severity, 1) >= threshold]
        others = [f for f in findings if f not in failing]
        if failing:
            failures += 1
            noun = "problem" if len(failing) == 1 else "problems"
            codes = ", ".join(sorted({f.code for f in failing}))
            failure = ET.SubElement(
                case, "failure", message=f"{len(failing)} {noun} ({codes})", type=failing[0].code
            )
            failure.text = _clean("\n".join(_line(f) for f in failing))
        if others:
            ET.SubElement(case, "system-out").text = _clean("\n".join(_line(f) for f in others))
    suite.set("tests", str(len(files)))
    suite.set("failures", str(failures))
    suite.set("errors", str(error_count))
    suite.set("skipped", "0")
    root = ET.Element(
        "testsuites",
        name="medlint",
        tests=str(len(files)),
        failures=str(failures),
        errors=str(error_count),
    )
    root.append(suite)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"

"""Inline suppression comments, in any format medlint reads.

    <!-- medlint-disable RULE[, RULE ...] [-- reason] -->   ... until enable or end of file
    <!-- medlint-enable RULE[, RULE ...] -->
    <!-- medlint-disable-next-line RULE[, RULE ...] [-- reason] -->

Rules are named by id or code; with none named a directive covers every rule.
Plain-text files use the same comment on a line of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Document
from .findings import Finding

_DIRECTIVE = re.compile(
    r"<!--\s*medlint-(?P<verb>disable-next-line|disable|enable)\b(?P<body>.*?)-->", re.DOTALL
)


@dataclass
class Directive:
    verb: str
    rules: frozenset[str]  # empty = all rules
    reason: str
    start: int
    end: int
    line: int
    column: int
    used: bool = False
    # Source line range [first, last] this directive covers, filled in by Suppressor.
    first: int = 0
    last: int = 0

    def covers(self, finding: Finding) -> bool:
        if self.rules and finding.rule not in self.rules and finding.code not in self.rules:
            return False
        return self.first <= finding.line <= self.last


@dataclass
class Suppressor:
    directives: list[Directive] = field(default_factory=list)

    @classmethod
    def for_document(cls, doc: Document) -> Suppressor:
        directives: list[Directive] = []
        for comment in doc.comments:
            for m in _DIRECTIVE.finditer(comment.text):
                body, _, reason = m.group("body").partition("--")
                names = frozenset(n for n in re.split(r"[\s,]+", body.strip()) if n)
                start = comment.start + m.start()
                line, col = doc.position(start)
                directives.append(Directive(m.group("verb"), names, reason.strip(), start,
                                            comment.start + m.end(), line, col))
        if not directives:
            return cls()
        last_line = doc.lines.count
        open_ranges: list[Directive] = []
        for d in directives:
            if d.verb == "disable-next-line":
                d.first = d.last = _next_content_line(doc, d.end)
            elif d.verb == "disable":
                d.first, d.last = d.line, last_line
                open_ranges.append(d)
            else:  # enable closes the matching open ranges
                for o in open_ranges:
                    if o.last == last_line and (not d.rules or not o.rules or o.rules & d.rules):
                        o.last = d.line
        return cls([d for d in directives if d.verb != "enable"])

    def filter(self, findings: list[Finding]) -> list[Finding]:
        if not self.directives:
            return findings
        kept = []
        for f in findings:
            hit = next((d for d in self.directives if d.covers(f)), None)
            if hit is None:
                kept.append(f)
            else:
                hit.used = True
        return kept

    def unused(self) -> list[Directive]:
        return [d for d in self.directives if not d.used]


def _next_content_line(doc: Document, offset: int) -> int:
    line = doc.position(offset)[0]
    for n in range(line + 1, doc.lines.count + 1):
        a, b = doc.lines.line_span(n)
        if doc.source[a:b].strip():
            return n
    return line + 1

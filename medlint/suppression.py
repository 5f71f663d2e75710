"""Inline suppression comments, in any format medlint reads.

Markdown, HTML and plain text::

    <!-- medlint-disable RULE[, RULE ...] [-- reason] -->   ... until a matching enable
    <!-- medlint-enable RULE[, RULE ...] -->
    <!-- medlint-disable-next-line RULE[, RULE ...] [-- reason] -->

Plain text (``.txt``) also accepts the same directive without the comment
markers, on a line of its own::

    medlint-disable-next-line unsupported-cure-claim -- quoting the FDA warning letter

Rules are named by id, code or code prefix (``MED1``); with none named a
directive covers every rule. ``disable`` lasts until an ``enable`` that names
the rule (or names none) or the end of the file; an ``enable`` naming only some
of the rules a ``disable`` covers re-enables just those. ``disable-next-line``
covers the next non-blank line and, when a paragraph, list item, heading or
table starts on that line, the whole of it.

A directive that suppressed nothing in a run, or that names a rule medlint does
not know, is reported by the ``unused-suppression`` rule (MED901).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .document import Document
from .findings import Finding
from .records import dataclass, field

_VERB = r"medlint-(?P<verb>disable-next-line|disable|enable)(?![\w-])"
_HTML_DIRECTIVE = re.compile(r"<!--\s*" + _VERB + r"(?P<body>.*?)-->", re.DOTALL)
# The plain-text form: the directive alone on its line, no comment markers.
PLAIN_DIRECTIVE = re.compile(r"[ \t]*" + _VERB + r"(?P<body>[^\r\n]*?)[ \t]*\Z")

# Resolves a rule name, code or code prefix to rule ids; None when nothing matches.
Resolver = Callable[[str], "frozenset[str] | None"]


@dataclass
class Span:
    first: int
    last: int
    excepted: frozenset[str] = frozenset()  # rules re-enabled inside this span


@dataclass
class Directive:
    verb: str
    names: tuple[str, ...]  # as written; empty = all rules
    rules: frozenset[str]  # resolved rule ids (or the names, without a resolver)
    unknown: tuple[str, ...]  # names that match no rule
    reason: str
    start: int
    end: int
    line: int
    column: int
    spans: list[Span] = field(default_factory=list)
    used_rules: set[str] = field(default_factory=set)
    expansion: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def all_rules(self) -> bool:
        return not self.names

    @property
    def used(self) -> bool:
        return bool(self.used_rules)

    def names_rule(self, finding: Finding) -> bool:
        if self.all_rules:
            return True
        return finding.rule in self.rules or finding.code in self.rules

    def covers(self, finding: Finding) -> bool:
        if not self.names_rule(finding):
            return False
        return any(
            s.first <= finding.line <= s.last and finding.rule not in s.excepted for s in self.spans
        )

    def unused_names(self, active: set[str]) -> list[str]:
        """Names (as written) that suppressed nothing although their rules ran."""
        out = []
        for name in self.names:
            ids = self.expansion.get(name)
            if ids and ids & active and not ids & self.used_rules:
                out.append(name)
        return out


def parse(text: str, plain: bool = False) -> Iterable[tuple[re.Match, str, tuple[str, ...], str]]:
    """Directives in a comment: (match, verb, names, reason)."""
    if plain:
        m = PLAIN_DIRECTIVE.match(text)
        matches = [m] if m else []
    else:
        matches = list(_HTML_DIRECTIVE.finditer(text))
    for m in matches:
        body = m.group("body").strip()
        body = body[1:] if body.startswith(":") else body
        names_part, _, reason = body.partition("--")
        names = tuple(n for n in re.split(r"[\s,]+", names_part.strip()) if n)
        yield m, m.group("verb"), names, reason.strip()


def is_plain_directive(line: str) -> bool:
    """True for a plain-text line that is a directive (used by the plain-text reader)."""
    return PLAIN_DIRECTIVE.match(line) is not None


@dataclass
class Suppressor:
    directives: list[Directive] = field(default_factory=list)  # disable and disable-next-line
    enables: list[Directive] = field(default_factory=list)

    @classmethod
    def for_document(cls, doc: Document, resolve: Resolver | None = None) -> Suppressor:
        found: list[Directive] = []
        for comment in doc.comments:
            plain = not comment.text.lstrip().startswith("<!--")
            for m, verb, names, reason in parse(comment.text, plain):
                rules: set[str] = set()
                unknown: list[str] = []
                expansion: dict[str, frozenset[str]] = {}
                for name in names:
                    ids = resolve(name) if resolve else frozenset([name])
                    if ids:
                        rules |= ids
                        expansion[name] = ids
                    else:
                        unknown.append(name)
                start = comment.start + m.start()
                line, col = doc.position(start)
                found.append(
                    Directive(
                        verb,
                        names,
                        frozenset(rules),
                        tuple(unknown),
                        reason,
                        start,
                        comment.start + m.end(),
                        line,
                        col,
                        expansion=expansion,
                    )
                )
        if not found:
            return cls()
        found.sort(key=lambda d: d.start)
        last_line = doc.lines.count
        open_ranges: list[Directive] = []
        for d in found:
            if d.verb == "disable-next-line":
                first = _next_content_line(doc, d.end)
                d.spans = [Span(first, _block_end_line(doc, first))]
            elif d.verb == "disable":
                d.spans = [Span(d.line, last_line)]
                if d.rules or d.all_rules:
                    open_ranges.append(d)
            else:
                open_ranges = _enable(open_ranges, d, last_line)
        return cls(
            [d for d in found if d.verb != "enable"], [d for d in found if d.verb == "enable"]
        )

    def filter(self, findings: list[Finding]) -> list[Finding]:
        if not self.directives:
            return findings
        kept = []
        for f in findings:
            hit = next((d for d in self.directives if d.covers(f)), None)
            if hit is None:
                kept.append(f)
            else:
                hit.used_rules.add(f.rule)
                hit.used_rules.add(f.code)
        return kept

    def problems(self, active: set[str]) -> list[tuple[Directive, str]]:
        """Directives to report, each with the rule names it wrongly carries.

        ``active`` holds the ids and codes of the rules that ran on this file: a
        directive naming only rules that did not run says nothing about this run.
        """
        out: list[tuple[Directive, str]] = []
        for d in sorted(self.directives + self.enables, key=lambda d: d.start):
            parts = [f"unknown rule '{n}'" for n in d.unknown]
            if d.verb != "enable":
                if d.all_rules:
                    if not d.used:
                        parts.append("all rules")
                else:
                    parts += d.unused_names(active)
            if parts:
                out.append((d, ", ".join(parts)))
        return out

    def unused(self) -> list[Directive]:
        return [d for d in self.directives if not d.used]


def _enable(open_ranges: list[Directive], enable: Directive, last_line: int) -> list[Directive]:
    """Apply an enable directive to the disable ranges still open; return those left open."""
    still_open = []
    if enable.names and not enable.rules:
        return open_ranges  # only unknown names: it enables nothing
    for o in open_ranges:
        span = o.spans[-1]
        if enable.all_rules:
            span.last = enable.line
            continue
        named = enable.rules if o.all_rules else enable.rules & o.rules
        if not named:
            still_open.append(o)
            continue
        excepted = span.excepted | named
        span.last = enable.line
        if o.all_rules or not o.rules <= excepted:
            o.spans.append(Span(enable.line + 1, last_line, excepted))
            still_open.append(o)
    return still_open


def _next_content_line(doc: Document, offset: int) -> int:
    line = doc.position(offset)[0]
    for n in range(line + 1, doc.lines.count + 1):
        a, b = doc.lines.line_span(n)
        if doc.source[a:b].strip():
            return n
    return line + 1


def _block_end_line(doc: Document, first: int) -> int:
    """The last line of the blocks and tables that start on line ``first``."""
    last = first
    for item in (*doc.blocks, *doc.tables):
        if doc.position(item.start)[0] == first:
            last = max(last, doc.position(max(item.end - 1, item.start))[0])
    return last

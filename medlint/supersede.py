"""One problem, one finding: rules that supersede other rules where they report.

A rule may declare in its pack ``supersedes: [other-rule, ...]`` (ids or codes).
Wherever it reports, a finding of a superseded rule whose span overlaps one of
its findings is dropped, so the writer sees the problem once, under the rule
that names it best: a list of diseases offered one therapy is reported as
``disease-list-claim``, not also as a cure claim on its first disease.

Supersession belongs to the superseded rule's scope, not to the run: when the
superseding rule is not run on a file (not selected, ignored, or ignored for
that file), it is run here, unreported, to find what it would have covered.
Findings are compared before suppression comments apply.
"""

from __future__ import annotations

from collections.abc import Iterable

from .document import Document
from .findings import Finding
from .patterns import PatternTimeout
from .rules import Rule, RuleError, RuleSet

Span = tuple[tuple[int, int], tuple[int, int]]  # (line, column) of start and end


def validate(ruleset: RuleSet) -> None:
    """Every ``supersedes`` entry names another known rule."""
    keys = ruleset.by_key()
    for rule in ruleset.rules:
        for name in rule.supersedes:
            other = keys.get(str(name))
            if other is None:
                raise RuleError(f"{rule.where}: field 'supersedes': unknown rule '{name}'")
            if other is rule:
                raise RuleError(f"{rule.where}: field 'supersedes': a rule cannot supersede itself")


def drop_superseded(
    doc: Document,
    findings: list[Finding],
    ruleset: RuleSet,
    ran: Iterable[Rule],
    ignored: set[str],
) -> list[Finding]:
    """``findings`` without those a superseding rule covers.

    ``ran`` are the rules the engine ran on ``doc`` (less those in ``ignored``);
    their findings are in ``findings``. Other superseding rules are run here.
    """
    winners = [r for r in ruleset.rules if r.supersedes]
    if not winners or not findings:
        return findings
    keys = ruleset.by_key()
    ran_ids = {r.id for r in ran} - ignored
    present = {f.rule for f in findings}
    dropped: set[int] = set()
    for winner in winners:
        losers = {keys[str(n)].id for n in winner.supersedes if str(n) in keys} & present
        if not losers:
            continue
        spans = _spans(doc, winner, findings, winner.id in ran_ids)
        if not spans:
            continue
        for i, f in enumerate(findings):
            if f.rule in losers and any(_overlaps(_span_of(f), s) for s in spans):
                dropped.add(i)
    if not dropped:
        return findings
    return [f for i, f in enumerate(findings) if i not in dropped]


def _spans(doc: Document, rule: Rule, findings: list[Finding], ran: bool) -> list[Span]:
    if ran:
        return [_span_of(f) for f in findings if f.rule == rule.id]
    if rule.check is None:
        return []
    try:
        hits = list(rule.check(doc))
    except PatternTimeout:
        return []
    return [(doc.position(h.start), doc.position(max(h.end, h.start))) for h in hits]


def _span_of(f: Finding) -> Span:
    return (f.line, f.column), (f.end_line, f.end_column)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]

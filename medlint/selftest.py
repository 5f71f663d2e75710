"""Run every rule's own examples: a rule pack is its own test.

Each rule may carry ``examples: {flagged: [...], clean: [...]}``. A flagged
example must produce at least one finding of that rule, a clean one none.
Examples are short texts read as Markdown; an example may instead be a mapping
``{text: ..., format: text|markdown|html}``.
"""

from __future__ import annotations

from .engine import Engine
from .records import dataclass
from .rules import Rule, RuleSet


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    expectation: str  # "flagged" or "clean"
    text: str
    found: int

    def __str__(self) -> str:
        want = "at least one finding" if self.expectation == "flagged" else "no finding"
        snippet = " ".join(self.text.split())[:70]
        return (
            f"{self.rule}: {self.expectation} example wants {want}, got {self.found}: {snippet!r}"
        )


def _example(item) -> tuple[str, str]:
    if isinstance(item, dict):
        return str(item.get("text", "")), str(item.get("format", "markdown"))
    return str(item), "markdown"


def check_rule_examples(ruleset: RuleSet, rule: Rule) -> list[ExampleFailure]:
    engine = Engine.create(ruleset, select=[rule.id])
    failures = []
    for expectation in ("flagged", "clean"):
        for item in (rule.examples or {}).get(expectation) or []:
            text, fmt = _example(item)
            report = engine.check_source("example", text, fmt)
            found = sum(1 for f in report.findings if f.rule == rule.id)
            if (expectation == "flagged") != (found > 0):
                failures.append(ExampleFailure(rule.id, expectation, text, found))
    return failures


def check_examples(ruleset: RuleSet) -> list[ExampleFailure]:
    failures: list[ExampleFailure] = []
    for rule in ruleset.rules:
        failures.extend(check_rule_examples(ruleset, rule))
    return failures

"""The built-in rules' documentation stays readable: `medlint rule NAME` and docs/rules.md
show a one-line summary and a short paragraph, and the many cases a rule handles go in
`details` as short entries, not back into one wall of text."""

from __future__ import annotations

import pytest

from medlint.rules import DETAIL_KINDS, load_rules

MAX_DESCRIPTION = 900
MAX_ENTRY = 240
RULES = load_rules().rules


def _flat(text: str) -> str:
    return " ".join((text or "").split())


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_builtin_rule_has_a_summary_and_a_short_description(rule):
    assert _flat(rule.summary), f"{rule.id} has no summary"
    description = _flat(rule.description)
    assert description, f"{rule.id} has no description"
    assert len(description) <= MAX_DESCRIPTION, (
        f"{rule.id}: description is {len(description)} characters (at most {MAX_DESCRIPTION});"
        " move the individual cases into details: reported / not_reported"
    )


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_details_entries_are_short(rule):
    for key in DETAIL_KINDS:
        for entry in rule.details.get(key) or []:
            assert _flat(entry), f"{rule.id}: an empty {key} entry"
            assert len(_flat(entry)) <= MAX_ENTRY, (
                f"{rule.id}: a {key} entry of {len(_flat(entry))} characters"
                f" (at most {MAX_ENTRY}): {entry[:60]}..."
            )

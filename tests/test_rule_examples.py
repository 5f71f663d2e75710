"""Every rule's own examples, built-in or a user's, run as tests."""

from __future__ import annotations

import pytest

from medlint.rules import load_rules
from medlint.selftest import check_examples, check_rule_examples

RULESET = load_rules()


@pytest.mark.parametrize("rule", RULESET.rules, ids=lambda r: r.id)
def test_builtin_rule_examples(rule):
    if rule.kind != "suppression":
        assert rule.examples.get("flagged"), f"{rule.id} has no flagged example"
        assert rule.examples.get("clean"), f"{rule.id} has no clean example"
    failures = check_rule_examples(RULESET, rule)
    assert not failures, "\n".join(map(str, failures))


@pytest.mark.parametrize("rule", RULESET.rules, ids=lambda r: r.id)
def test_builtin_rules_are_documented(rule):
    for field in ("summary", "description", "why", "fix"):
        assert getattr(rule, field).strip(), f"{rule.id} lacks '{field}'"
    assert rule.sources, f"{rule.id} names no source"


HOUSE_PACK = """
rules:
  - id: no-miracle
    code: HSE001
    category: house
    severity: warning
    kind: pattern
    message: Avoid "{{match}}".
    patterns: ["miracle"]
    examples:
      flagged: [{flagged}]
      clean: [{clean}]
"""


def house_pack(tmp_path, flagged: str, clean: str):
    pack = tmp_path / "house.yaml"
    pack.write_text(HOUSE_PACK.format(flagged=flagged, clean=clean), encoding="utf-8")
    return pack


def test_a_users_pack_is_tested_the_same_way(tmp_path):
    pack = house_pack(
        tmp_path,
        '"A miracle for your knees."',
        '"A treatment for your knees.", "This is not a miracle."',
    )
    ruleset = load_rules([pack])  # built-in vocabulary (negations) comes along
    rule = ruleset.by_key()["no-miracle"]
    assert check_rule_examples(ruleset, rule) == []


def test_a_wrong_example_is_reported(tmp_path):
    pack = house_pack(tmp_path, '"A wonder for your knees."', '"A miracle for your knees."')
    ruleset = load_rules([pack], builtin=False)
    failures = check_examples(ruleset)
    assert [(f.rule, f.expectation) for f in failures] == [
        ("no-miracle", "flagged"),
        ("no-miracle", "clean"),
    ]

"""Broken rule packs give one clear error naming the file, the line and the rule."""

from __future__ import annotations

import pytest

from medlint.rules import RuleError, load_rules

GOOD = """\
rules:
  - id: first-rule
    code: HSE001
    category: house
    severity: warning
    kind: pattern
    message: m
    patterns: ["alpha"]
  - id: second-rule
    code: HSE002
    category: house
    severity: warning
    kind: pattern
    message: m
    patterns: ["beta"]
"""


def pack(tmp_path, text):
    path = tmp_path / "house.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path, text) -> str:
    path = pack(tmp_path, text)
    with pytest.raises(RuleError) as exc:
        load_rules([path], builtin=False)
    return str(exc.value).replace(str(path), "PACK")


def test_a_good_pack_loads(tmp_path):
    rules = load_rules([pack(tmp_path, GOOD)], builtin=False).rules
    assert [(r.id, r.line) for r in rules] == [("first-rule", 2), ("second-rule", 9)]


def test_malformed_yaml(tmp_path):
    msg = error_of(tmp_path, "rules:\n  - id: x\n   code: [\n")
    assert msg.startswith("PACK:3: malformed YAML")


def test_unknown_kind(tmp_path):
    msg = error_of(
        tmp_path,
        GOOD.replace(
            'kind: pattern\n    message: m\n    patterns: ["beta"]', "kind: magic\n    message: m"
        ),
    )
    assert msg.startswith("PACK:9: rule 'second-rule': unknown kind 'magic'")


def test_unknown_field(tmp_path):
    msg = error_of(
        tmp_path, GOOD.replace('patterns: ["beta"]', 'patterns: ["beta"]\n    colour: red')
    )
    assert msg == "PACK:9: rule 'second-rule': unknown field 'colour' for kind 'pattern'"


def test_invalid_regex(tmp_path):
    msg = error_of(tmp_path, GOOD.replace('["beta"]', '["be(ta"]'))
    assert msg.startswith("PACK:9: rule 'second-rule': invalid regular expression 'be(ta'")


def test_missing_field_and_bad_values(tmp_path):
    assert error_of(tmp_path, GOOD.replace("    code: HSE002\n", "")) == (
        "PACK:9: rule 'second-rule': missing required field 'code'"
    )
    assert "severity must be one of" in error_of(
        tmp_path,
        GOOD.replace(
            'severity: warning\n    kind: pattern\n    message: m\n    patterns: ["beta"]',
            'severity: loud\n    kind: pattern\n    message: m\n    patterns: ["beta"]',
        ),
    )
    assert "id must be kebab-case" in error_of(tmp_path, GOOD.replace("second-rule", "Second_Rule"))


def test_duplicate_ids_and_codes(tmp_path):
    msg = error_of(tmp_path, GOOD.replace("HSE002", "HSE001"))
    assert (
        msg == "PACK:9: rule 'second-rule': 'HSE001' is already used by PACK:2: rule 'first-rule'"
    )


def test_unknown_vocabulary_reference(tmp_path):
    msg = error_of(tmp_path, GOOD.replace('["beta"]', '["@nothing_here"]'))
    assert (
        msg
        == "PACK:9: rule 'second-rule': field 'patterns': unknown vocabulary list '@nothing_here'"
    )


def test_packs_never_run_code(tmp_path):
    msg = error_of(tmp_path, "rules: !!python/object/apply:os.system ['echo hi']\n")
    assert "malformed YAML" in msg


def test_cli_reports_a_broken_pack_with_exit_2(run, tmp_path):
    path = pack(tmp_path, GOOD.replace('["beta"]', '["be(ta"]'))
    article = tmp_path / "a.txt"
    article.write_text("hello\n", encoding="utf-8")
    result = run("check", article, "--rules", path)
    assert result.code == 2
    assert result.err.startswith(f"medlint: error: {path}:9: rule 'second-rule': invalid regular")
    assert len(result.err.strip().splitlines()) == 1


def test_house_vocabulary_extends_builtin_lists(tmp_path):
    path = pack(tmp_path, "vocabulary:\n  hedges: [reportedly-perhaps]\n")
    ruleset = load_rules([path])
    assert "reportedly-perhaps" in ruleset.vocabulary.lists["hedges"]
    assert "may" in ruleset.vocabulary.lists["hedges"]

"""A rule's `details`: the shapes it reports and those it leaves alone, shown after
the essentials by `medlint rule NAME` and on the reference page."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

import pytest

from medlint import cli
from medlint.docs import explain, help_markdown, help_text
from medlint.rules import RuleError, load_rules

PACK = """\
rules:
  - id: no-miracle-language
    code: HSE001
    category: house
    severity: warning
    kind: pattern
    message: m
    summary: Miracle language in health copy.
    description: Flags miracle words said of a treatment.
    fix: Say what the treatment does, with its evidence.
    patterns: ["miracles?"]
    details:
      reported:
        - 'a miracle as a noun ("a miracle for tired knees")'
      not_reported:
        - 'a negated miracle ("this is not a miracle cure")'
"""


def _rule(tmp_path, text=PACK):
    path = tmp_path / "house.yaml"
    path.write_text(text, encoding="utf-8")
    return path, load_rules([path], builtin=False).rules[0]


def test_details_follow_the_essentials_in_medlint_rule(tmp_path):
    path, _ = _rule(tmp_path)
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.main(["rule", "HSE001", "--no-config", "--rules", str(path)])
    text = out.getvalue()
    assert code == 0
    assert text.index("How to fix:") < text.index("Also reported:") < text.index("Left alone:")
    assert '- a miracle as a noun ("a miracle for tired knees")' in text
    assert '- a negated miracle ("this is not a miracle cure")' in text


def test_the_reference_page_lists_details_and_sarif_help_keeps_to_the_essentials(tmp_path):
    _, rule = _rule(tmp_path)
    page = help_markdown(rule, all_examples=True)
    assert "**Also reported:**" in page and "**Left alone:**" in page
    assert "Left alone" not in help_markdown(rule) and "Left alone" not in help_text(rule)
    assert "Left alone" in explain(rule)


@pytest.mark.parametrize(
    "details",
    [
        "      maybe:\n        - x\n",  # an unknown list
        "      reported: a single string\n",
        "      reported:\n        - [nested]\n",
    ],
)
def test_malformed_details_are_an_error_naming_the_rule(tmp_path, details):
    head = PACK[: PACK.index("    details:")]
    with pytest.raises(RuleError) as exc:
        _rule(tmp_path, head + "    details:\n" + details)
    assert "rule 'no-miracle-language'" in str(exc.value)
    assert "details take 'reported' and 'not_reported'" in str(exc.value)

"""Testimonials and endorsements: testimonial-without-typicality (MED302) and
undisclosed-paid-endorsement (MED303).

The cases in data/bylines/cases.yaml were written for these tests; each states
the exact findings (rule code, line and column) the disclosure rules must give.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from medlint.engine import Engine
from medlint.rules import load_rules

DATA = Path(__file__).parent / "data" / "bylines"
CASES = yaml.safe_load((DATA / "cases.yaml").read_text(encoding="utf-8"))
DISCLOSURE_RULES = ["MED301", "MED302", "MED303"]
SUFFIX = {"markdown": ".md", "text": ".txt", "html": ".html"}


def lint(text: str, fmt: str = "markdown", settings=None):
    engine = Engine.create(load_rules(), select=DISCLOSURE_RULES, settings=settings)
    report = engine.check_source(f"article{SUFFIX[fmt]}", text, fmt)
    assert report.errors == []
    return report.findings


def located(findings) -> list[str]:
    return sorted(f"{f.code} {f.line}:{f.column}" for f in findings)


@pytest.mark.parametrize(
    "case", CASES["testimonials"] + CASES["endorsements"], ids=lambda c: c["name"]
)
def test_testimonial_and_endorsement_cases(case):
    findings = lint(case["text"], case["format"])
    assert located(findings) == sorted(case["expect"])
    for word in case.get("mentions", []):
        assert word in findings[0].message, (word, findings[0].message)


def test_case_sets_have_both_flagged_and_clean_texts():
    for group in ("testimonials", "endorsements"):
        expects = [bool(c["expect"]) for c in CASES[group]]
        assert expects.count(True) >= 4 and expects.count(False) >= 4, group


MARK = '> "I was pain-free in two weeks and back on the golf course." - Mark, 54\n'


def test_results_may_vary_clears_by_default_but_not_when_strict():
    text = "PRP is offered for knee arthritis.\n\n" + MARK + "\nResults may vary.\n"
    assert lint(text) == []
    strict = {"testimonial-without-typicality": {"accept_disclaimers": False}}
    [finding] = lint(text, settings=strict)
    assert (finding.code, finding.line, finding.column) == ("MED302", 3, 3)
    assert '"I was pain-free"' in finding.message


def test_a_statement_of_typical_results_clears_even_when_strict():
    text = (
        MARK + "\nIn the clinic's records, typical improvement was modest: most patients "
        "reported less pain, not none.\n"
    )
    strict = {"testimonial-without-typicality": {"accept_disclaimers": False}}
    assert lint(text, settings=strict) == []


def test_strict_setting_from_a_config_file(run, tmp_path):
    (tmp_path / ".medlint.yaml").write_text(
        "settings:\n  testimonial-without-typicality:\n    accept_disclaimers: false\n",
        encoding="utf-8",
    )
    article = tmp_path / "story.md"
    article.write_text(MARK + "\nIndividual results may vary.\n", encoding="utf-8")
    result = run("check", article, "--select", "MED302", cwd=tmp_path)
    assert result.code == 1
    assert result.lines[0].startswith(f"{article}:1:3: MED302 testimonial-without-typicality")
    assert run("check", article, "--select", "MED302", "--no-config").code == 0


def test_html_testimonials_through_the_cli(run):
    page = DATA / "testimonials.html"
    result = run("check", page, "--select", "MED302,MED303", "--format", "json", "--no-config")
    assert result.code == 1
    found = [(f["code"], f["line"], f["column"]) for f in json.loads(result.out)["findings"]]
    # Wren's quote is a testimonial; Colette, the brand ambassador in the next
    # paragraph, endorses without saying what she gets - her connection is not Wren's.
    assert found == [("MED302", 9, 13), ("MED303", 10, 4)]


def test_fail_on_error_lets_a_testimonial_warning_pass(run, tmp_path):
    article = tmp_path / "story.md"
    article.write_text(MARK, encoding="utf-8")
    assert run("check", article, "--select", "MED302", "--no-config").code == 1
    assert (
        run("check", article, "--select", "MED302", "--no-config", "--fail-on", "error").code == 0
    )


@pytest.mark.parametrize(
    "name, code, cites",
    [
        ("testimonial-without-typicality", "MED302", "255.2"),
        ("undisclosed-paid-endorsement", "MED303", "255.5"),
    ],
)
def test_medlint_rule_explains_the_endorsement_rules(run, name, code, cites):
    result = run("rule", code)
    assert result.code == 0
    assert result.out.startswith(f"{code} {name}  (disclosure")
    text = " ".join(result.out.split())
    assert cites in text
    assert "Why it matters:" in text and "How to fix:" in text


def test_the_typicality_rule_documents_the_safe_harbour_nuance(run):
    out = " ".join(run("rule", "testimonial-without-typicality").out.split())
    assert "no longer treat a bare" in out
    assert "accept_disclaimers" in out


def test_one_testimonial_per_paragraph():
    text = '"I am pain-free now. I can finally sleep through the night." - Bo, 58\n'
    [finding] = lint(text)
    assert (finding.code, finding.line, finding.column) == ("MED302", 1, 1)

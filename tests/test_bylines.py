"""Author bios and bylines: undisclosed-promotional-byline (MED301).

The cases in data/bylines/cases.yaml are bios written for these tests: at the
top, at the bottom, under a heading and in front matter; promotional and
neutral; disclosed and undisclosed. Each states the exact findings (rule code,
line and column) that the three disclosure rules must give on it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from medlint.engine import Engine
from medlint.rules import RuleError, load_rules

DATA = Path(__file__).parent / "data" / "bylines"
CASES = yaml.safe_load((DATA / "cases.yaml").read_text(encoding="utf-8"))
DISCLOSURE_RULES = ["MED301", "MED302", "MED303"]
SUFFIX = {"markdown": ".md", "text": ".txt", "html": ".html"}
RULESET = load_rules()


def lint(text: str, fmt: str = "markdown", **options):
    engine = Engine.create(RULESET, select=DISCLOSURE_RULES, **options)
    report = engine.check_source(f"article{SUFFIX[fmt]}", text, fmt)
    assert report.errors == []
    return report.findings


def located(findings) -> list[str]:
    return sorted(f"{f.code} {f.line}:{f.column}" for f in findings)


@pytest.mark.parametrize("case", CASES["bios"], ids=lambda c: c["name"])
def test_bio_cases(case):
    findings = lint(case["text"], case["format"])
    assert located(findings) == sorted(case["expect"])
    for word in case.get("mentions", []):
        assert word in findings[0].message, (word, findings[0].message)


def test_the_case_set_is_as_large_as_the_issue_asks():
    bios = CASES["bios"]
    everything = bios + CASES["testimonials"] + CASES["endorsements"]
    assert len(everything) >= 30
    assert len(bios) >= 20
    flagged = [c for c in bios if c["expect"]]
    clean = [c for c in bios if not c["expect"]]
    assert len(flagged) >= 8 and len(clean) >= 8
    assert {c["format"] for c in bios} == {"markdown", "text", "html"}
    assert sum("---\n" in c["text"] for c in bios) >= 4  # front matter


def test_every_signal_found_is_named_in_the_message():
    text = (
        "PRP is still being studied for knees. Book a consultation today.\n\n"
        "Dr. Vera Holt is the founder of Holt Knee Center, a world-renowned surgeon "
        "and has treated more than 9,000 patients.\n"
    )
    [finding] = lint(text)
    assert finding.rule == "undisclosed-promotional-byline"
    assert (finding.line, finding.column) == (3, 1)
    for part in (
        'superlative "world-renowned"',
        'ownership "founder"',
        'patient count "has treated more than 9,000 patients"',
        '"Book a consultation" on line 1',
    ):
        assert part in finding.message


def test_the_finding_covers_the_bios_first_line_only():
    text = (
        "Cell shots for hips are experimental. Call us today.\n\n"
        "## About the author\n\n"
        "Dr. Kai Moreno is the owner of Moreno Hip Clinic.\n"
    )
    [finding] = lint(text)
    assert (finding.line, finding.column, finding.end_line) == (3, 4, 3)


def test_a_team_label_added_in_its_own_pack_clears_the_bio(run):
    article = DATA / "house-label.md"
    result = run("check", article, "--select", "MED301", "--no-config")
    assert result.code == 1
    assert result.lines[0].startswith(f"{article}:10:4: MED301 undisclosed-promotional-byline")
    result = run(
        "check", article, "--select", "MED301", "--no-config", "--rules", DATA / "house-labels.yaml"
    )
    assert result.code == 0, result.out
    assert "MED301" not in result.out


def test_cli_reports_the_front_matter_authors_bio_in_json(run):
    article = DATA / "clinic-owner-bio.md"
    result = run("check", article, "--select", "MED301", "--format", "json", "--no-config")
    assert result.code == 1
    [finding] = json.loads(result.out)["findings"]
    assert (finding["line"], finding["column"]) == (17, 1)
    assert finding["code"] == "MED301"
    assert finding["severity"] == "error"
    assert 'ownership "founder"' in finding["message"]
    assert 'patient count "has treated over 6,000 runners"' in finding["message"]
    assert '"book a consultation" on line 14' in finding["message"]


def test_medlint_rule_explains_the_byline_rule(run):
    result = run("rule", "undisclosed-promotional-byline")
    assert result.code == 0
    assert result.out.startswith("MED301 undisclosed-promotional-byline  (disclosure")
    text = " ".join(result.out.split())
    assert "16 CFR 255.5" in text
    assert "Disclosure: none" in text  # negated disclosures are explained
    assert "How to fix:" in text


def test_seed_002_bio_and_seed_003_organisation_byline(run, seeds):
    result = run("check", seeds, "--select", "MED301", "--format", "json", "--no-config")
    found = {
        (Path(f["path"]).name[:3], f["line"], f["column"])
        for f in json.loads(result.out)["findings"]
    }
    assert found == {("002", 10, 1)}


def test_a_pack_with_an_empty_signals_mapping_is_an_error_naming_the_rule(tmp_path):
    pack = tmp_path / "bios.yaml"
    pack.write_text(
        "rules:\n"
        "  - id: house-bio\n"
        "    code: HSE301\n"
        "    category: disclosure\n"
        "    severity: warning\n"
        "    kind: byline\n"
        "    message: bio\n"
        "    calls_to_action: [call us]\n"
        "    disclosures: [disclosure]\n"
        "    signals: {}\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError) as err:
        load_rules([pack], builtin=False)
    assert f"{pack}:2: rule 'house-bio'" in str(err.value)
    assert "signals" in str(err.value)


def test_a_broken_disclosure_regex_names_the_rule(tmp_path):
    pack = tmp_path / "bios.yaml"
    pack.write_text(
        "rules:\n"
        "  - id: house-bio\n"
        "    code: HSE301\n"
        "    category: disclosure\n"
        "    severity: warning\n"
        "    kind: byline\n"
        "    message: bio\n"
        "    calls_to_action: [call us]\n"
        "    disclosures: ['paid (for']\n"
        "    signals: {ownership: [owner]}\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError) as err:
        load_rules([pack], builtin=False)
    assert "rule 'house-bio'" in str(err.value) and "paid (for" in str(err.value)


def test_long_and_odd_input_does_not_break_the_rules():
    odd = "By \n\n## About the author\n\n" + "By Dr. " * 2000 + "\n\n" + ("Call us now. " * 500)
    findings = lint(odd)
    assert all(f.code in DISCLOSURE_RULES for f in findings)
    many = "\n\n".join(
        f'> "I highly recommend the drips." - Ann{i}, our ambassador' for i in range(300)
    )
    findings = lint(many)
    assert len([f for f in findings if f.code == "MED303"]) == 300


HELDOUT = [
    (path.name, n, item)
    for path in sorted((DATA / "heldout").glob("*.yaml"))
    for n, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["items"])
]


@pytest.mark.parametrize("name, n, item", HELDOUT, ids=[f"{p}#{n}" for p, n, _ in HELDOUT])
def test_labelled_sets_give_exactly_their_labels(name, n, item):
    fmt = item.get("format", "markdown")
    codes = sorted({f.code for f in lint(item["text"], fmt)})
    assert codes == sorted(item["rules"]), item["text"]

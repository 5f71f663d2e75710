"""Output formats for CI: SARIF, GitHub annotations, JUnit XML, statistics."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from paths import SHARED
from texts import CLEAN, CURE, DENSE, RESEARCH

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
SELECT = ("--no-config", "--select", "MED101,MED201,MED601")


@pytest.fixture
def site(tmp_path):
    """posts/claims.md (MED101 on 3:18, MED201 on 5:1), posts/ok.md (clean), dense.md (MED601)."""
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "claims.md").write_text("# Drip\n\n" + CURE + "\n" + RESEARCH)
    (tmp_path / "posts" / "ok.md").write_text(CLEAN)
    (tmp_path / "dense.md").write_text(DENSE)
    return tmp_path


def sarif_validator():
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not present at {SARIF_SCHEMA}")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_is_valid_and_describes_rules_and_results(run, site):
    result = run("check", "posts", "dense.md", "--format", "sarif", *SELECT, cwd=site)
    assert result.code == 1
    log = json.loads(result.out)
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert not errors, "\n".join(e.message for e in errors[:5])

    assert log["version"] == "2.1.0"
    (run_,) = log["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "medlint"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == ["MED101", "MED201", "MED601"]
    cure = rules[0]
    assert cure["name"] == "unsupported-cure-claim"
    assert cure["defaultConfiguration"]["level"] == "error"
    assert cure["shortDescription"]["text"] and cure["fullDescription"]["text"]
    assert "FTC Health Products Compliance Guidance" in cure["help"]["text"]
    assert "**How to fix.**" in cure["help"]["markdown"]
    assert rules[2]["defaultConfiguration"]["level"] == "note"

    got = [
        (
            r["ruleId"],
            rules[r["ruleIndex"]]["id"],
            r["level"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
        )
        for r in run_["results"]
    ]
    assert got == [
        ("MED101", "MED101", "error", "posts/claims.md", 3, 18),
        ("MED201", "MED201", "warning", "posts/claims.md", 5, 1),
        ("MED601", "MED601", "note", "dense.md", 1, 1),
    ]
    cure_result = next(r for r in run_["results"] if r["ruleId"] == "MED101")
    region = cure_result["locations"][0]["physicalLocation"]["region"]
    assert (region["endLine"], region["endColumn"]) == (3, 23)  # "heals" is 5 characters
    assert "heals" in cure_result["message"]["text"]
    assert run_["invocations"][0]["executionSuccessful"] is True


def test_sarif_columns_count_characters_not_bytes(run, tmp_path):
    # Non-ASCII text before the claim: columns must count code points.
    (tmp_path / "a.md").write_text("Café — ünïcode. " + CURE, encoding="utf-8")
    result = run(
        "check", "a.md", "--format", "sarif", "--no-config", "--select", "MED101", cwd=tmp_path
    )
    text = run("check", "a.md", "--no-config", "--select", "MED101", cwd=tmp_path)
    col = int(text.lines[0].split(":")[2])
    region = json.loads(result.out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
        "region"
    ]
    assert region["startColumn"] == col == len("Café — ünïcode. Our exosome drip ") + 1


def test_sarif_reports_unreadable_files_as_notifications(run, tmp_path):
    (tmp_path / "a.md").write_text(CLEAN)
    result = run("check", "a.md", "gone.md", "--format", "sarif", *SELECT, cwd=tmp_path)
    assert result.code == 2
    log = json.loads(result.out)
    errors = list(sarif_validator().iter_errors(log))
    assert not errors
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "gone.md"


def test_sarif_to_an_output_file(run, site):
    result = run("check", "posts", "--format", "sarif", "-o", "out.sarif", *SELECT, cwd=site)
    assert result.code == 1
    assert result.out == ""
    log = json.loads((site / "out.sarif").read_text(encoding="utf-8"))
    assert len(log["runs"][0]["results"]) == 2


def test_github_annotations(run, site):
    result = run("check", "posts", "--format", "github", *SELECT, cwd=site)
    assert result.code == 1
    assert result.lines == [
        "::error file=posts/claims.md,line=3,col=18,endLine=3,endColumn=23,"
        "title=MED101 unsupported-cure-claim::Health outcome stated as fact without evidence: "
        '"heals". Cite a human study for it, or qualify it ("may", "early studies suggest") '
        "and say the evidence is limited.",
        "::warning file=posts/claims.md,line=5,col=1,endLine=5,endColumn=16,"
        "title=MED201 uncited-research-claim::Appeal to research without a source: "
        '"Research proves". Cite the study (a reference [1], author and year, DOI, PMID or '
        "link) in this sentence or paragraph, or drop the appeal.",
        "Found 2 problems (1 error, 1 warning) in 2 files.",
    ]


def test_github_annotations_escape_properties_and_data(run, tmp_path):
    (tmp_path / "house.yaml").write_text(
        "rules:\n"
        "  - id: no-miracle\n"
        "    code: HSE001\n"
        "    category: house\n"
        "    severity: info\n"
        "    kind: pattern\n"
        '    message: "Avoid \\"{match}\\": 100% of readers notice."\n'
        '    patterns: ["miracle"]\n'
    )
    (tmp_path / "a,b.md").write_text("A small miracle.\n")
    result = run(
        "check",
        "a,b.md",
        "--rules",
        "house.yaml",
        "--select",
        "no-miracle",
        "--format",
        "github",
        "--no-config",
        cwd=tmp_path,
    )
    assert result.lines[0] == (
        "::notice file=a%2Cb.md,line=1,col=9,endLine=1,endColumn=16,"
        'title=HSE001 no-miracle::Avoid "miracle": 100%25 of readers notice.'
    )
    assert result.code == 0  # info is below the default fail-on (warning)


def test_github_warns_when_annotations_exceed_what_a_step_shows(run, tmp_path):
    (tmp_path / "a.md").write_text("\n".join([RESEARCH] * 12))
    result = run(
        "check", "a.md", "--format", "github", "--no-config", "--select", "MED201", cwd=tmp_path
    )
    assert sum(line.startswith("::warning ") for line in result.lines) == 12
    assert any("12 warnings" in line and "--format sarif" in line for line in result.lines)


def test_junit_one_test_case_per_file(run, site):
    result = run("check", "posts", "dense.md", "--format", "junit", *SELECT, cwd=site)
    assert result.code == 1
    root = ET.fromstring(result.out)
    suite = root.find("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert sorted(cases) == ["dense.md", "posts/claims.md", "posts/ok.md"]
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "0")
    failure = cases["posts/claims.md"].find("failure")
    assert failure.get("message") == "2 problems (MED101, MED201)"
    assert "posts/claims.md:3:18: MED101 unsupported-cure-claim [error]" in failure.text
    assert list(cases["posts/ok.md"]) == []  # passed
    # MED601 is info, below the failing severity: reported, but the case passes.
    dense = cases["dense.md"]
    assert dense.find("failure") is None
    assert "MED601 readability-grade [info]" in dense.find("system-out").text


def test_junit_follows_fail_on_and_reports_unreadable_files(run, site):
    (site / "bad.txt").write_bytes(b"\x00\x01binary")
    result = run(
        "check", "posts", "bad.txt", "--format", "junit", "--fail-on", "error", *SELECT, cwd=site
    )
    assert result.code == 2
    suite = ET.fromstring(result.out).find("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert cases["bad.txt"].find("error") is not None
    failure = cases["posts/claims.md"].find("failure")
    assert failure.get("message") == "1 problem (MED101)"  # the warning is not a failure
    assert "MED201" in cases["posts/claims.md"].find("system-out").text


def test_statistics_counts_per_rule(run, site):
    (site / "posts" / "more.md").write_text(RESEARCH + "\n" + RESEARCH)
    result = run("check", "posts", "--statistics", *SELECT, cwd=site)
    stats = [line.split() for line in result.lines if line.lstrip()[0].isdigit()]
    assert stats == [
        ["1", "MED101", "unsupported-cure-claim"],
        ["3", "MED201", "uncited-research-claim"],
    ]
    data = json.loads(run("check", "posts", "--format", "json", *SELECT, cwd=site).out)
    assert data["summary"]["by_rule"] == {"unsupported-cure-claim": 1, "uncited-research-claim": 3}

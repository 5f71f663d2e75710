"""CI gates, baselines and rule documentation, through the real command line."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from paths import REPO
from texts import CLEAN, CURE, CURE2, DENSE, RESEARCH

from medlint.docs import reference_markdown
from medlint.rules import load_rules

LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d{3}) (?P<rule>\S+) "
)

NO_CFG = "--no-config"


def found(result) -> list[tuple[str, int, str]]:
    return [
        (m["path"], int(m["line"]), m["code"])
        for m in map(LINE.match, result.out.splitlines())
        if m
    ]


# -- exit status ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [
        (CURE, "error", 1),  # MED101 is an error
        (RESEARCH, "error", 0),  # MED201 is a warning
        (RESEARCH, "warning", 1),
        (DENSE, "warning", 0),  # MED601 is info
        (DENSE, "info", 1),
        (CLEAN, "info", 0),
    ],
)
def test_fail_on_sets_the_lowest_failing_severity(run, tmp_path, text, fail_on, code):
    post = tmp_path / "a.md"
    post.write_text(text)
    result = run("check", post, NO_CFG, "--select", "MED101,MED201,MED601", "--fail-on", fail_on)
    assert result.code == code, result.out
    if text is not CLEAN:
        assert found(result), "the text must produce a finding for the test to mean anything"


def test_default_fail_on_is_warning_and_exit_zero_always_passes(run, tmp_path):
    post = tmp_path / "a.md"
    post.write_text(RESEARCH)
    assert run("check", post, NO_CFG).code == 1
    result = run("check", post, NO_CFG, "--exit-zero")
    assert result.code == 0
    assert found(result)  # still reported


def test_exit_zero_does_not_hide_input_errors(run, tmp_path):
    result = run("check", tmp_path / "missing.md", NO_CFG, "--exit-zero")
    assert result.code == 2


def test_options_may_come_before_the_path(run, tmp_path):
    post = tmp_path / "a.md"
    post.write_text(CURE)
    result = run("--format", "json", "--select", "MED101", NO_CFG, post)
    assert [f["code"] for f in json.loads(result.out)["findings"]] == ["MED101"]


def test_stdin_filename_sets_the_format_and_the_reported_path(run):
    page = f"<html><body><script>{RESEARCH}</script><p>{CURE}</p></body></html>\n"
    as_html = run(
        "check",
        "-",
        "--stdin-filename",
        "news/post.html",
        NO_CFG,
        "--select",
        "MED101,MED201",
        stdin=page,
    )
    # Read as HTML, the script is not prose: only the claim in the paragraph is found.
    assert [(p, c) for p, _, c in found(as_html)] == [("news/post.html", "MED101")]
    as_text = run(
        "check",
        "-",
        "--stdin-filename",
        "news/post.txt",
        NO_CFG,
        "--select",
        "MED101,MED201",
        stdin=page,
    )
    # Read as plain text, the markup is just text and the script's sentence is prose.
    assert "MED201" in [c for _, _, c in found(as_text)]


def test_a_closed_pipe_is_not_a_crash(tmp_path):
    (tmp_path / "a.md").write_text("\n".join([RESEARCH] * 3000))
    proc = subprocess.run(
        f'"{sys.executable}" -m medlint check a.md --no-config --select MED201 | head -n 1',
        shell=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    assert proc.stdout.startswith("a.md:1:1: MED201")
    assert "Traceback" not in proc.stderr and "Error" not in proc.stderr


# -- baseline ---------------------------------------------------------------------


def test_baseline_hides_old_findings_after_edits_and_shows_new_ones(run, tmp_path):
    post = tmp_path / "posts" / "a.md"
    post.parent.mkdir()
    post.write_text("# Drip\n\n" + CURE + "\n" + RESEARCH)
    args = ("--select", "MED101,MED201", NO_CFG)
    written = run("check", "posts", "--write-baseline", "baseline.json", *args, cwd=tmp_path)
    assert written.code == 0
    assert "wrote 2 findings" in written.err
    assert written.lines[-1] == "No problems found in 1 file; 2 more in the baseline."

    # Move text around: new paragraphs above, the old ones swapped, re-wrapped.
    post.write_text(
        "# Drip\n\nA new opening paragraph about our opening hours.\n\n"
        + RESEARCH
        + "\n"
        + CURE.replace(" torn ", "\n   torn ")
        + "\n"
        + CURE2
    )
    result = run("check", "posts", "--baseline", "baseline.json", *args, cwd=tmp_path)
    assert found(result) == [("posts/a.md", 10, "MED101")]  # only the new claim
    assert result.code == 1
    assert result.lines[-1] == "Found 1 problem (1 error) in 1 file; 2 more in the baseline."
    # Without the baseline all three are there.
    assert len(found(run("check", "posts", *args, cwd=tmp_path))) == 3


def test_baseline_counts_identical_findings(run, tmp_path):
    post = tmp_path / "a.md"
    post.write_text(RESEARCH + "\n" + RESEARCH)
    args = ("--select", "MED201", NO_CFG)
    assert run("check", "a.md", "--write-baseline", "b.json", *args, cwd=tmp_path).code == 0
    entry = json.loads((tmp_path / "b.json").read_text())["findings"]
    assert entry == [
        {
            "path": "a.md",
            "rule": "uncited-research-claim",
            "code": "MED201",
            "excerpt": "Research proves",
            "count": 2,
        }
    ]
    post.write_text(RESEARCH + "\n" + RESEARCH + "\n" + RESEARCH)
    result = run("check", "a.md", "--baseline", "b.json", *args, cwd=tmp_path)
    assert len(found(result)) == 1
    assert result.code == 1
    # Fixing findings is fine: fewer than the baseline holds reports nothing.
    post.write_text(RESEARCH)
    assert run("check", "a.md", "--baseline", "b.json", *args, cwd=tmp_path).code == 0


def test_baseline_paths_are_relative_to_the_baseline_file(run, tmp_path):
    (tmp_path / "site" / "posts").mkdir(parents=True)
    (tmp_path / "site" / "posts" / "a.md").write_text(CURE)
    args = ("--select", "MED101", NO_CFG)
    run(
        "check",
        "site/posts",
        "--write-baseline",
        "site/.medlint-baseline.json",
        *args,
        cwd=tmp_path,
    )
    data = json.loads((tmp_path / "site" / ".medlint-baseline.json").read_text())
    assert [e["path"] for e in data["findings"]] == ["posts/a.md"]
    # The same baseline works from another working folder and with absolute paths.
    other = run(
        "check",
        tmp_path / "site" / "posts",
        "--baseline",
        "../.medlint-baseline.json",
        *args,
        cwd=tmp_path / "site" / "posts",
    )
    assert other.code == 0 and found(other) == []


def test_baseline_file_is_stable_and_sorted(run, tmp_path):
    (tmp_path / "b.md").write_text(RESEARCH + "\n" + CURE)
    (tmp_path / "a.md").write_text(CURE2 + "\n" + RESEARCH)
    args = ("--select", "MED101,MED201", NO_CFG)
    run("check", "b.md", "a.md", "--write-baseline", "one.json", *args, cwd=tmp_path)
    run("check", "a.md", "b.md", "--write-baseline", "two.json", *args, cwd=tmp_path)
    one = (tmp_path / "one.json").read_text()
    assert one == (tmp_path / "two.json").read_text()
    keys = [(e["path"], e["code"]) for e in json.loads(one)["findings"]]
    assert keys == sorted(keys) and len(keys) == 4
    assert '"line"' not in one  # keyed on text, not on positions


def test_baseline_json_output_counts_hidden_findings(run, tmp_path):
    (tmp_path / "a.md").write_text(CURE)
    args = ("--select", "MED101", NO_CFG)
    run("check", "a.md", "--write-baseline", "b.json", *args, cwd=tmp_path)
    data = json.loads(
        run("check", "a.md", "--baseline", "b.json", "--format", "json", *args, cwd=tmp_path).out
    )
    assert data["findings"] == [] and data["summary"]["baselined"] == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such baseline file"),
        ("{not json", "baseline is not valid JSON"),
        ('{"findings": [{"path": "a.md"}]}', "entry 1 needs path, rule and excerpt"),
        ("[1, 2]", "not a medlint baseline"),
    ],
)
def test_bad_baseline_files_are_errors(run, tmp_path, content, message):
    (tmp_path / "a.md").write_text(CURE)
    if content is not None:
        (tmp_path / "b.json").write_text(content)
    result = run("check", "a.md", "--baseline", "b.json", NO_CFG, cwd=tmp_path)
    assert result.code == 2
    assert result.err.startswith("medlint: error: b.json")
    assert message in result.err


# -- rule documentation -----------------------------------------------------------


def test_rules_lists_code_name_category_severity_and_summary(run):
    result = run("rules", NO_CFG)
    assert result.code == 0
    ruleset = load_rules()
    rows = {line.split()[0]: line for line in result.lines}
    assert set(rows) == {r.code for r in ruleset.rules}
    for r in ruleset.rules:
        assert rows[r.code].split()[1:4] == [r.id, r.category, r.severity]
        assert rows[r.code].endswith(" ".join(r.summary.split()))


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("rule", load_rules().rules, ids=lambda r: r.id)
def test_rule_explains_what_why_sources_examples_and_fix(run, rule):
    result = run("rule", rule.id, NO_CFG)
    assert result.code == 0
    text = result.out
    flat = _flat(text)
    assert text.startswith(f"{rule.code} {rule.id}")
    sections = ["What it checks:", "Why it matters:", "How to fix:"]
    if rule.examples.get("flagged"):
        sections.append("Flagged:")
    if rule.examples.get("clean"):
        sections.append("Not flagged:")
    for heading in sections:
        assert heading in text
    assert _flat(rule.why) in flat and _flat(rule.fix) in flat
    for source in rule.sources:
        assert _flat(source) in flat
    for key in ("flagged", "clean"):
        items = rule.examples.get(key) or []
        if items:
            first = items[0] if isinstance(items[0], str) else items[0]["text"]
            assert _flat(first) in flat


def test_rule_by_code_and_sources_named(run):
    text = run("rule", "MED301", NO_CFG).out
    assert text.startswith("MED301 undisclosed-promotional-byline")
    assert "Endorsement Guides" in text or "endorsement" in text.lower()
    cure = _flat(run("rule", "MED101", NO_CFG).out)
    assert "FTC Health Products Compliance Guidance" in cure
    assert "CAP Code" in cure


def test_rule_shows_the_settings_a_team_can_change(run):
    text = run("rule", "readability-grade", NO_CFG).out
    assert "settings:" in text and "readability-grade: {max_grade: 8" in text


def test_unknown_rule_name_is_an_error(run):
    result = run("rule", "no-such-rule", NO_CFG)
    assert result.code == 2
    assert "unknown rule 'no-such-rule'" in result.err


def test_reference_page_is_generated_from_the_packs_and_current():
    page = REPO / "docs" / "rules.md"
    expected = reference_markdown(load_rules())
    assert page.is_file(), "docs/rules.md is missing; run: python -m medlint.docs docs/rules.md"
    assert page.read_text(encoding="utf-8") == expected, (
        "docs/rules.md is out of date with the rule packs; "
        "run: python -m medlint.docs docs/rules.md"
    )
    for r in load_rules().rules:
        assert f"\n## {r.id}\n" in expected
        assert _flat(r.why) in _flat(expected)


def test_reference_page_check_command(tmp_path):
    env_cmd = [sys.executable, "-m", "medlint.docs"]
    stale = tmp_path / "rules.md"
    stale.write_text("# old\n")
    proc = subprocess.run(
        [*env_cmd, "--check", str(stale)], capture_output=True, text=True, cwd=REPO
    )
    assert proc.returncode == 1 and "out of date" in proc.stderr
    subprocess.run([*env_cmd, str(stale)], check=True, cwd=REPO)
    proc = subprocess.run(
        [*env_cmd, "--check", str(stale)], capture_output=True, text=True, cwd=REPO
    )
    assert proc.returncode == 0, proc.stderr

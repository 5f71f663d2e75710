"""The command-line contract: output shapes, selection, exit codes, errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from paths import EXAMPLES, REPO

LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): "
    r"(?P<code>[A-Z]+\d{3}) (?P<rule>[a-z0-9-]+) (?P<msg>.+)$"
)

CLAIM = "Our stem cell injections regenerate worn cartilage in the knee.\n"
CLEAN = "Physical therapy is one option for knee pain. Ask your doctor about it.\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_text_output_is_one_finding_a_line_then_a_summary(run, tmp_path):
    post = write(tmp_path, "post.txt", "Intro line.\n\n" + CLAIM)
    result = run("check", post, "--select", "unsupported-cure-claim")
    assert result.code == 1
    *findings, summary = result.lines
    m = LINE.match(findings[0])
    assert m, findings[0]
    assert (m["line"], m["col"], m["code"], m["rule"]) == (
        "3",
        "26",
        "MED101",
        "unsupported-cure-claim",
    )
    assert m["path"] == str(post)
    assert summary == "Found 1 problem (1 error) in 1 file."


def test_json_output_has_the_documented_shape(run, tmp_path):
    post = write(tmp_path, "post.md", "# Title\n\n" + CLAIM)
    result = run("check", post, "--format", "json")
    data = json.loads(result.out)
    assert data["schema_version"] == 1
    assert set(data["summary"]) >= {"files", "findings", "error", "warning", "info"}
    finding = next(f for f in data["findings"] if f["rule"] == "unsupported-cure-claim")
    assert {
        k: finding[k]
        for k in (
            "path",
            "line",
            "column",
            "end_line",
            "end_column",
            "code",
            "category",
            "severity",
        )
    } == {
        "path": str(post),
        "line": 3,
        "column": 26,
        "end_line": 3,
        "end_column": 36,
        "code": "MED101",
        "category": "claims",
        "severity": "error",
    }
    assert "regenerate" in finding["message"]


def test_clean_file_exits_zero(run, tmp_path):
    result = run("check", write(tmp_path, "ok.txt", CLEAN))
    assert result.code == 0
    assert result.lines == ["No problems found in 1 file."]


def test_select_and_ignore_take_names_codes_and_prefixes(run, tmp_path):
    post = write(tmp_path, "post.txt", CLAIM + "\nStudies show it works.\n")
    assert {LINE.match(x)["rule"] for x in run("check", post, "--select", "MED1").lines[:-1]} == {
        "unsupported-cure-claim"
    }
    assert run("check", post, "--ignore", "MED101,uncited-research-claim,MED4").code == 0
    only = run("check", post, "--select", "uncited-research-claim")
    assert [LINE.match(x)["code"] for x in only.lines[:-1]] == ["MED201"]


def test_unknown_rule_is_a_usage_error(run, tmp_path):
    result = run("check", write(tmp_path, "a.txt", CLEAN), "--select", "no-such-rule")
    assert result.code == 2
    assert result.err.strip() == "medlint: error: unknown rule 'no-such-rule' (see 'medlint rules')"


def test_extra_rule_pack_adds_a_house_rule(run, tmp_path):
    packs = tmp_path / "house"
    packs.mkdir()
    write(
        packs,
        "house.yaml",
        """
rules:
  - id: avoid-miracle
    code: HSE001
    category: house
    severity: warning
    kind: pattern
    message: Avoid the word "{match}".
    patterns: ["miracles?"]
""",
    )
    post = write(tmp_path, "p.txt", "It is a small miracle.\n")
    result = run("check", post, "--rules", packs, "--select", "avoid-miracle")
    assert result.code == 1
    assert result.lines[0] == f'{post}:1:15: HSE001 avoid-miracle Avoid the word "miracle".'


def test_version(run, capsys):
    import pytest

    with pytest.raises(SystemExit) as exc:
        run("--version")
    assert exc.value.code == 0
    from medlint import __version__

    assert capsys.readouterr().out.strip() == f"medlint {__version__}"


def test_standard_input(run):
    result = run("check", "-", "--select", "unsupported-cure-claim", stdin=CLAIM)
    assert result.code == 1
    assert result.lines[0].startswith("-:1:26: MED101 unsupported-cure-claim")


def test_folders_recurse_into_article_files_and_skip_hidden_folders(run, tmp_path):
    (tmp_path / "posts" / "2024").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    write(tmp_path / "posts" / "2024", "a.md", CLAIM)
    write(tmp_path / "posts", "b.html", f"<p>{CLAIM}</p>")
    write(tmp_path / ".git", "c.txt", CLAIM)
    write(tmp_path, "notes.py", CLAIM)
    result = run("check", tmp_path, "--select", "MED101", "--format", "json")
    paths = sorted(f["path"] for f in json.loads(result.out)["findings"])
    assert paths == sorted(
        [str(tmp_path / "posts" / "2024" / "a.md"), str(tmp_path / "posts" / "b.html")]
    )


def test_bad_files_get_one_line_errors_and_the_rest_is_still_checked(run, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    post = write(tmp_path, "post.txt", CLAIM)
    missing = tmp_path / "gone.md"
    result = run("check", binary, post, missing, "--select", "MED101")
    assert result.code == 2
    errors = result.err.strip().splitlines()
    assert len(errors) == 2
    assert errors[0] == f"medlint: error: {missing}: no such file or directory"
    assert errors[1].startswith(f"medlint: error: {binary}: binary file")
    assert "Traceback" not in result.err
    assert result.lines[0].startswith(f"{post}:1:26: MED101")


def test_fail_on_and_exit_zero(run, tmp_path):
    post = write(tmp_path, "p.txt", "Studies show it works.\n")  # a warning only
    assert run("check", post).code == 1
    assert run("check", post, "--fail-on", "error").code == 0
    assert run("check", post, "--exit-zero").code == 0


def test_bare_path_means_check(run, tmp_path):
    result = run(write(tmp_path, "p.txt", CLAIM), "--select", "MED101")
    assert result.code == 1


def test_rules_lists_every_rule(run):
    result = run("rules")
    assert result.code == 0
    codes = [line.split()[0] for line in result.lines]
    assert "MED101" in codes and "MED301" in codes and codes == sorted(codes)


def test_rule_explains_a_rule(run):
    result = run("rule", "unsupported-cure-claim")
    assert result.code == 0
    text = result.out
    assert text.startswith("MED101 unsupported-cure-claim")
    for heading in (
        "What it checks:",
        "Why it matters:",
        "Flagged:",
        "Not flagged:",
        "How to fix:",
    ):
        assert heading in text
    assert "FTC" in text


def test_python_dash_m_and_console_script_agree():
    proc = subprocess.run(
        [sys.executable, "-m", "medlint", "check", str(EXAMPLES), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["summary"]["files"] >= 4

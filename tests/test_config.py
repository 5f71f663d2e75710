"""Configuration files: discovery, every key, precedence and errors, via the real CLI."""

from __future__ import annotations

import json
import re

from texts import CURE, DENSE, RESEARCH

LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d{3}) ")


def codes(result) -> list[str]:
    return [m["code"] for m in map(LINE.match, result.out.splitlines()) if m]


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_medlint_yaml_in_a_parent_folder_is_used(run, tmp_path):
    write(tmp_path, ".medlint.yaml", "select: [uncited-research-claim]\n")
    posts = tmp_path / "site" / "posts"
    write(posts, "a.md", CURE + "\n" + RESEARCH)
    result = run("check", "a.md", cwd=posts)
    assert codes(result) == ["MED201"]
    # A nearer file wins over the one above it.
    write(tmp_path / "site", ".medlint.yaml", "select: [MED101]\n")
    assert codes(run("check", "a.md", cwd=posts)) == ["MED101"]


def test_tool_medlint_in_pyproject_toml(run, tmp_path):
    write(
        tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.medlint]\nselect = ["MED2"]\n'
    )
    write(tmp_path, "a.md", CURE + "\n" + RESEARCH)
    assert codes(run("check", "a.md", cwd=tmp_path)) == ["MED201"]


def test_a_pyproject_without_a_medlint_section_does_not_stop_the_search(run, tmp_path):
    write(tmp_path, ".medlint.yaml", "select: [MED201]\n")
    sub = tmp_path / "blog"
    write(sub, "pyproject.toml", '[project]\nname = "blog"\n')
    write(sub, "a.md", CURE + "\n" + RESEARCH)
    assert codes(run("check", "a.md", cwd=sub)) == ["MED201"]


def test_config_option_and_no_config(run, tmp_path):
    write(tmp_path, ".medlint.yaml", "select: [MED201]\n")
    other = write(tmp_path / "cfg", "strict.yaml", "select: [MED101]\n")
    write(tmp_path, "a.md", CURE + "\n" + RESEARCH)
    assert codes(run("check", "a.md", "--config", other, cwd=tmp_path)) == ["MED101"]
    everything = codes(run("check", "a.md", "--no-config", cwd=tmp_path))
    assert "MED101" in everything and "MED201" in everything


def test_command_line_flags_override_the_file(run, tmp_path):
    write(tmp_path, ".medlint.yaml", "select: [MED201]\nfail_on: error\n")
    write(tmp_path, "a.md", RESEARCH)
    assert run("check", "a.md", cwd=tmp_path).code == 0  # a warning; fail_on error
    assert run("check", "a.md", "--fail-on", "warning", cwd=tmp_path).code == 1
    assert codes(run("check", "a.md", "--select", "MED101", cwd=tmp_path)) == []


def test_ignore_and_per_file_ignores(run, tmp_path):
    write(
        tmp_path,
        ".medlint.yaml",
        "select: [MED101, MED201]\n"
        "ignore: [MED201]\n"
        "per_file_ignores:\n"
        '  "news/*.md": [unsupported-cure-claim]\n',
    )
    write(tmp_path / "news", "a.md", CURE + "\n" + RESEARCH)
    write(tmp_path / "blog", "b.md", CURE + "\n" + RESEARCH)
    result = run("check", ".", "--format", "json", cwd=tmp_path)
    found = [(f["path"].replace("\\", "/"), f["code"]) for f in json.loads(result.out)["findings"]]
    assert found == [("./blog/b.md", "MED101")]


def test_exclude_skips_files_in_folders_and_with_force_exclude_named_files(run, tmp_path):
    write(tmp_path, ".medlint.yaml", 'select: [MED101]\nexclude: ["drafts/**"]\n')
    write(tmp_path / "drafts" / "2025", "a.md", CURE)
    write(tmp_path, "b.md", CURE)
    result = run("check", ".", "--format", "json", cwd=tmp_path)
    data = json.loads(result.out)
    assert [f["path"] for f in data["findings"]] == ["./b.md"]
    assert data["summary"]["files"] == 1
    # A file named on the command line is checked unless --force-exclude (as pre-commit uses).
    assert run("check", "drafts/2025/a.md", cwd=tmp_path).code == 1
    forced = run("check", "drafts/2025/a.md", "--force-exclude", cwd=tmp_path)
    assert forced.code == 0
    assert forced.lines == ["No problems found in 0 files."]


def test_per_rule_severity_overrides(run, tmp_path):
    write(
        tmp_path, ".medlint.yaml", "select: [MED201]\nseverity: {uncited-research-claim: error}\n"
    )
    write(tmp_path, "a.md", RESEARCH)
    result = run("check", "a.md", "--format", "json", "--fail-on", "error", cwd=tmp_path)
    assert result.code == 1
    assert [f["severity"] for f in json.loads(result.out)["findings"]] == ["error"]


def test_rule_settings_such_as_the_reading_grade(run, tmp_path):
    write(tmp_path, "a.md", DENSE)
    assert codes(run("check", "a.md", "--select", "MED601", cwd=tmp_path)) == ["MED601"]
    write(tmp_path, ".medlint.yaml", "settings:\n  readability-grade: {max_grade: 60}\n")
    result = run("check", "a.md", "--select", "MED601", cwd=tmp_path)
    assert codes(result) == []
    assert result.code == 0


def test_extra_rule_packs_are_relative_to_the_config_file(run, tmp_path):
    write(
        tmp_path / "house",
        "words.yaml",
        "rules:\n"
        "  - id: no-miracle\n"
        "    code: HSE001\n"
        "    category: house\n"
        "    severity: warning\n"
        "    kind: pattern\n"
        '    message: Avoid "{match}".\n'
        '    patterns: ["miracle"]\n',
    )
    write(tmp_path, ".medlint.yaml", "rules: [house/]\nselect: [no-miracle]\n")
    sub = tmp_path / "posts"
    write(sub, "a.md", "A small miracle for your knees.\n")
    result = run("check", "a.md", cwd=sub)
    assert result.lines[0] == 'a.md:1:9: HSE001 no-miracle Avoid "miracle".'
    assert "HSE001" in run("rules", cwd=sub).out


def test_unknown_key_is_an_error_that_names_it(run, tmp_path):
    cfg = write(tmp_path, ".medlint.yaml", "select: [MED101]\nfail-level: error\n")
    write(tmp_path, "a.md", CURE)
    result = run("check", "a.md", cwd=tmp_path)
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith(f"medlint: error: {cfg}: unknown configuration key 'fail_level'")
    assert len(result.err.strip().splitlines()) == 1


def test_unknown_rule_in_the_file_names_the_file_and_key(run, tmp_path):
    cfg = write(tmp_path, ".medlint.yaml", "per_file_ignores:\n  '*.md': [no-such-rule]\n")
    write(tmp_path, "a.md", CURE)
    result = run("check", "a.md", cwd=tmp_path)
    assert result.code == 2
    assert result.err.strip() == (
        f"medlint: error: {cfg}: per_file_ignores.*.md: unknown rule 'no-such-rule' "
        "(see 'medlint rules')"
    )


def test_bad_settings_are_errors_naming_the_option(run, tmp_path):
    write(tmp_path, "a.md", CURE)
    cfg = write(tmp_path, ".medlint.yaml", "settings:\n  readability-grade: {max_grade: high}\n")
    result = run("check", "a.md", cwd=tmp_path)
    assert result.code == 2
    assert f"{cfg}: settings.readability-grade.max_grade must be" in result.err
    write(tmp_path, ".medlint.yaml", "settings:\n  readability-grade: {maximum: 9}\n")
    result = run("check", "a.md", cwd=tmp_path)
    assert result.code == 2
    assert "unknown option 'maximum'" in result.err and "max_grade" in result.err


def test_bad_values_and_malformed_yaml(run, tmp_path):
    write(tmp_path, "a.md", CURE)
    cases = {
        "fail_on: sometimes\n": "fail_on must be one of",
        "severity: {MED101: loud}\n": "severity must map rules to one of",
        "select: 12\n": "select must be a list of names",
        "select: [MED101\n": ":2: malformed YAML",
        "- just\n- a list\n": "configuration must be a mapping",
    }
    for text, expected in cases.items():
        cfg = write(tmp_path, ".medlint.yaml", text)
        result = run("check", "a.md", cwd=tmp_path)
        assert result.code == 2, text
        assert result.err.startswith(f"medlint: error: {cfg}"), result.err
        assert expected in result.err, result.err
        assert "Traceback" not in result.err


def test_missing_config_file_is_an_error(run, tmp_path):
    write(tmp_path, "a.md", CURE)
    result = run("check", "a.md", "--config", "nope.yaml", cwd=tmp_path)
    assert result.code == 2
    assert result.err.strip() == "medlint: error: nope.yaml: no such configuration file"

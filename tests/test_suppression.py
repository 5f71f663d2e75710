"""Inline suppression comments, through the real command line."""

from __future__ import annotations

import re

LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d{3}) (?P<rule>\S+) "
)

CURE = "Our exosome drip heals torn ligaments within a week."
RESEARCH = "Research proves that the drip works for everyone."


def found(result) -> list[tuple[int, str]]:
    """(line, code) of every finding in text output."""
    out = []
    for line in result.out.splitlines():
        m = LINE.match(line)
        if m:
            out.append((int(m["line"]), m["code"]))
    return out


def check(run, tmp_path, name: str, text: str, *args: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return run("check", path, "--no-config", "--select", "MED101,MED201,MED901", *args)


def test_disable_enable_range_for_one_rule(run, tmp_path):
    text = (
        "# News\n\n"  # 1-2
        "<!-- medlint-disable unsupported-cure-claim -- quoting the clinic's flyer -->\n"  # 3
        f"{CURE}\n\n"  # 4
        f"{RESEARCH}\n"  # 6
        "<!-- medlint-enable unsupported-cure-claim -->\n\n"  # 7
        f"{CURE}\n"  # 9
    )
    result = check(run, tmp_path, "post.md", text)
    # Line 4 is suppressed; the research claim on line 6 was never disabled; line 9 is after enable.
    assert found(result) == [(6, "MED201"), (9, "MED101")]
    assert result.code == 1


def test_enable_naming_one_rule_reenables_only_that_rule(run, tmp_path):
    text = (
        "<!-- medlint-disable -->\n"  # 1
        f"{CURE} {RESEARCH}\n"  # 2
        "<!-- medlint-enable MED101 -->\n"  # 3
        f"{CURE} {RESEARCH}\n"  # 4
        "<!-- medlint-enable -->\n"  # 5
        f"{RESEARCH}\n"  # 6
    )
    result = check(run, tmp_path, "post.md", text)
    assert found(result) == [(4, "MED101"), (6, "MED201")]


def test_disable_without_enable_lasts_to_the_end_of_the_file(run, tmp_path):
    text = f"Intro.\n\n<!-- medlint-disable MED101 -->\n\n{CURE}\n\nMore.\n\n{CURE}\n"
    result = check(run, tmp_path, "post.md", text)
    assert found(result) == []
    assert result.code == 0
    control = check(
        run, tmp_path, "control.md", text.replace("<!-- medlint-disable MED101 -->", "")
    )
    assert found(control) == [(5, "MED101"), (9, "MED101")]


def test_disable_next_line_covers_the_whole_next_paragraph_only(run, tmp_path):
    text = (
        "<!-- medlint-disable-next-line unsupported-cure-claim -- a quoted advert -->\n"  # 1
        "The leaflet was handed out at the door.\n"  # 2: the paragraph starts here
        f"{CURE}\n"  # 3: same paragraph, hard-wrapped
        "\n"
        f"{CURE}\n"  # 5: next paragraph, not covered
    )
    result = check(run, tmp_path, "post.md", text)
    assert found(result) == [(5, "MED101")]


def test_rules_can_be_named_by_code_or_code_prefix(run, tmp_path):
    text = (
        f"<!-- medlint-disable-next-line MED101 -->\n{CURE}\n\n"
        f"<!-- medlint-disable-next-line MED2 -->\n{RESEARCH}\n\n"
        f"{CURE}\n"
    )
    result = check(run, tmp_path, "post.md", text)
    assert found(result) == [(7, "MED101")]


def test_a_directive_that_suppresses_nothing_is_reported(run, tmp_path):
    text = "Walking is good for you.\n\n<!-- medlint-disable-next-line MED101 -->\nRest well.\n"
    result = check(run, tmp_path, "post.md", text)
    assert result.code == 1
    assert result.lines[0] == (
        f"{tmp_path / 'post.md'}:3:1: MED901 unused-suppression "
        "Suppression comment suppresses nothing (MED101); remove it."
    )


def test_only_the_unused_names_of_a_directive_are_reported(run, tmp_path):
    text = f"<!-- medlint-disable-next-line MED101, uncited-research-claim -->\n{CURE}\n"
    result = check(run, tmp_path, "post.md", text)
    assert found(result) == [(1, "MED901")]
    assert "(uncited-research-claim)" in result.lines[0]
    assert "MED101" not in result.lines[0].split("MED901", 1)[1]


def test_a_misspelt_rule_name_is_reported_not_silently_ignored(run, tmp_path):
    text = f"<!-- medlint-disable-next-line unsupported-cure-clam -->\n{CURE}\n"
    result = check(run, tmp_path, "post.md", text)
    assert found(result) == [(1, "MED901"), (2, "MED101")]
    assert "unknown rule 'unsupported-cure-clam'" in result.lines[0]
    # An enable with a misspelt name enables nothing, and says so.
    text = f"<!-- medlint-disable MED101 -->\n{CURE}\n<!-- medlint-enable MED10l -->\n{CURE}\n"
    result = check(run, tmp_path, "post2.md", text)
    assert found(result) == [(3, "MED901")]
    assert "unknown rule 'MED10l'" in result.lines[0]


def test_directives_for_rules_that_did_not_run_are_not_reported(run, tmp_path):
    text = f"<!-- medlint-disable-next-line MED201 -- checked by legal -->\n{CURE}\n"
    result = check(run, tmp_path, "post.md", text, "--ignore", "MED201")
    assert found(result) == [(2, "MED101")]


def test_directives_for_rules_ignored_for_the_file_are_not_reported(run, tmp_path):
    (tmp_path / ".medlint.yaml").write_text(
        "per_file_ignores:\n  'post.md': [uncited-research-claim]\n", encoding="utf-8"
    )
    (tmp_path / "post.md").write_text(
        f"<!-- medlint-disable-next-line MED201 -->\n{RESEARCH}\n", encoding="utf-8"
    )
    result = run("check", "post.md", "--select", "MED201,MED901", cwd=tmp_path)
    assert result.code == 0, result.out


def test_html_comments_in_html_files(run, tmp_path):
    text = (
        "<html><body>\n"
        "<!-- medlint-disable-next-line MED101 -->\n"
        f"<p>{CURE}</p>\n"
        f"<p>{CURE}</p>\n"
        "</body></html>\n"
    )
    result = check(run, tmp_path, "post.html", text)
    assert found(result) == [(4, "MED101")]


def test_plain_text_takes_the_comment_form(run, tmp_path):
    text = f"Joint news\n\n<!-- medlint-disable-next-line MED101 -->\n{CURE}\n\n{CURE}\n"
    result = check(run, tmp_path, "post.txt", text)
    assert found(result) == [(6, "MED101")]


def test_plain_text_takes_a_bare_directive_line(run, tmp_path):
    text = (
        "Joint news\n\n"
        "medlint-disable-next-line MED101 -- the clinic says its drip heals ligaments\n"  # 3
        f"{CURE}\n\n"  # 4
        "medlint-disable uncited-research-claim\n"  # 6
        f"{RESEARCH}\n"  # 7
        "medlint-enable uncited-research-claim\n\n"  # 8
        f"{RESEARCH}\n"  # 10
    )
    result = check(run, tmp_path, "post.txt", text)
    # The directive lines are not prose: the claim words in the reason on line 3 are not
    # flagged, and nothing on lines 3, 6 or 8 is reported.
    assert found(result) == [(10, "MED201")]


def test_a_bare_directive_line_is_prose_in_markdown(run, tmp_path):
    # Markdown would publish the bare line, so only the comment form counts there.
    text = f"medlint-disable-next-line MED101\n{CURE}\n"
    result = check(run, tmp_path, "post.md", text)
    assert (2, "MED101") in found(result)


def test_a_directive_inside_a_code_block_is_not_a_directive(run, tmp_path):
    text = f"```\n<!-- medlint-disable -->\n```\n\n{CURE}\n"
    result = check(run, tmp_path, "post.md", text)
    assert found(result) == [(5, "MED101")]


def test_suppressed_findings_do_not_fail_the_run(run, tmp_path):
    text = f"<!-- medlint-disable-next-line -- approved by compliance, ticket 12 -->\n{CURE}\n"
    result = check(run, tmp_path, "post.md", text)
    assert result.code == 0
    assert result.lines == ["No problems found in 1 file."]

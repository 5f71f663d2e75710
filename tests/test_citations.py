"""Citations: markers that resolve, dangling-citation (MED203), uncited research, references."""

from __future__ import annotations

import pytest

from medlint.citations import heading_matches, marker_keys
from medlint.engine import Engine
from medlint.patterns import alternation
from medlint.rules import load_rules

RULES = load_rules()
CITATION_RULES = (
    "uncited-research-claim",
    "incomplete-reference",
    "dangling-citation",
    "unsupported-cure-claim",
)


def lint(text: str, *rules: str, fmt: str = "markdown"):
    engine = Engine.create(RULES, select=list(rules or CITATION_RULES))
    report = engine.check_source("article.md", text, fmt)
    return [(f.code, f.line, f.column, f.message) for f in report.findings]


def codes(text: str, *rules: str, fmt: str = "markdown"):
    return [(code, line, col) for code, line, col, _ in lint(text, *rules, fmt=fmt)]


REFS = (
    "## References\n\n"
    "1. Fransen M, et al. Cochrane Database Syst Rev. 2015;1:CD004376.\n"
    "2. Bannuru RR, et al. Osteoarthritis Cartilage. 2019;27(11):1578-1589.\n"
)


@pytest.mark.parametrize(
    "marker",
    ["[1]", "[2]", "[1, 2]", "[1-2]", "[1][2]", "\u00b9", "\u00b2", "\u00b9\u207b\u00b2"],
)
def test_markers_that_resolve_cite_the_claim(marker):
    text = f"Studies show that exercise eases knee pain{marker}.\n\n{REFS}"
    assert codes(text) == []


@pytest.mark.parametrize(
    ("marker", "column"),
    [("[3]", 43), ("[2-4]", 43), ("[1, 5]", 43), ("\u00b3", 43)],
)
def test_markers_without_an_entry_are_dangling_and_cite_nothing(marker, column):
    text = f"Studies show that exercise eases knee pain{marker}.\n\n{REFS}"
    found = codes(text)
    assert ("MED203", 1, column) in found
    assert ("MED201", 1, 1) in found


def test_dangling_message_names_the_marker_and_the_reason():
    text = f"Walking eases knee pain [3].\n\n{REFS}"
    [(code, line, col, message)] = lint(text, "dangling-citation")
    assert (code, line, col) == ("MED203", 1, 25)
    assert "[3]" in message and "the references have 2 numbered entries" in message
    [(_, _, _, message)] = lint("Walking eases knee pain [3].", "dangling-citation")
    assert "no references section" in message


def test_footnotes_resolve_to_their_definitions():
    ok = "Heat eases back pain.[^heat]\n\n[^heat]: French SD. Cochrane. 2006;(1):CD004750.\n"
    assert codes(ok) == []
    bad = ok.replace("[^heat]:", "[^cold]:")
    assert ("MED203", 1, 22) in codes(bad)


def test_entries_are_numbered_by_their_own_numbers_or_their_position():
    bracketed = (
        "Ice eases swelling [2].\n\nReferences\n\n"
        "[1] A. J Orthop. 2010;1(2):3-4.\n[2] B. J Orthop. 2011;2(3):4-5.\n"
    )
    assert codes(bracketed) == []
    unnumbered = (
        "Ice eases swelling [2].\n\n## Sources\n\n"
        "- A. J Orthop. 2010;1(2):3-4.\n- B. J Orthop. 2011;2(3):4-5.\n"
    )
    assert codes(unnumbered) == []
    assert ("MED203", 1, 20) in codes(unnumbered.replace("[2]", "[3]"))


def test_html_superscripts_and_ordered_lists():
    html = (
        "<p>Exercise reduces knee pain.<sup>{n}</sup></p>\n<h2>References</h2>\n"
        "<ol><li>Fransen M. Cochrane Database Syst Rev. 2015;1:CD004376.</li></ol>\n"
    )
    assert codes(html.format(n=1), fmt="html") == []
    found = codes(html.format(n=4), fmt="html")
    assert ("MED203", 1, 31) in found and ("MED101", 1, 13) in found


@pytest.mark.parametrize(
    "text",
    [
        "Each dose holds 50 x 10\u2076 cells.",
        "Each dose holds 50 \u00d7 10\u2076 cells.",
        "The room measures 20 m\u00b2.",
        "The trial ran from [2019] to [2021].",
        "See the [1](https://example.org/one) note.",
        "Pick [A] or [B].",
    ],
)
def test_powers_units_years_and_links_are_not_markers(text):
    assert codes(text, "dangling-citation") == []


def test_marker_keys():
    assert marker_keys("[1, 3-5]") == ("1", "3", "4", "5")
    assert marker_keys("\u00b9\u207b\u00b3") == ("1", "2", "3")
    assert marker_keys("[^Smith]") == ("^smith",)
    assert marker_keys('<sup><a href="#r2">2</a></sup>') == ("2",)
    assert marker_keys("[1-900]") == ("1",)  # absurd ranges are not expanded


def test_references_headings_must_be_the_whole_heading():
    pattern = alternation(RULES.vocabulary.lists["reference_headings"])
    for heading in ("References", "5. Sources:", "Sources and further reading", "Works cited"):
        assert heading_matches(pattern, heading), heading
    for heading in ("Sources of knee pain", "Where stem cells come from", "Citation styles"):
        assert not heading_matches(pattern, heading), heading


def test_incomplete_reference_points_at_the_entry():
    text = (
        "## References\n\n1. Lee A. Am J Sports Med. 2021;49(3):712-720.\n"
        "2. What is PRP? Accessed 10 Jan. 2024.\n"
    )
    assert codes(text, "incomplete-reference") == [("MED202", 4, 4)]


def test_cochrane_and_article_numbers_are_locators():
    text = (
        "## References\n\n1. Buchbinder R. Cochrane Database Syst Rev. 2003;(1):CD004016.\n"
        "2. Kalluri R. Science. 2020;367(6478):eaau6977.\n"
    )
    assert codes(text, "incomplete-reference") == []


def test_a_section_about_sources_of_pain_is_not_a_references_list():
    text = "## Sources of knee pain\n\nKnee pain often comes from worn cartilage.\n"
    assert codes(text, "incomplete-reference") == []


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Research has proven that stem cells rebuild cartilage.", 1),
        ("A study in Germany found that PRP helped heel pain.", 1),
        ("Our NAD+ drip is clinically proven to boost energy.", 18),
        ("Data from our own patients show that nine in ten feel better.", 1),
    ],
)
def test_uncited_appeals_to_research(text, column):
    assert codes(text, "uncited-research-claim") == [("MED201", 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        "A 2020 trial found lower pain scores (Lee et al., 2020).",
        "According to a 2019 study in JAMA, PRP did not beat placebo.",
        "A review found weak support for the injections (PMID 31234567).",
        "One trial found less knee pain (doi:10.1001/jama.2021.0000).",
        "Research by Smith and Jones (2018) showed that braces reduce knee pain.",
        "A meta-analysis published in the British Journal of Sports Medicine found a benefit.",
        "No study has shown that exosomes rebuild cartilage.",
        "Ask the clinic which studies support the treatment.",
        "Do studies show that stem cells help back pain?",
    ],
)
def test_cited_negated_or_asked_appeals_are_fine(text):
    assert codes(text, "uncited-research-claim") == []


def test_cli_explains_dangling_citation(run):
    result = run("rule", "dangling-citation")
    assert result.code == 0
    assert "MED203" in result.out and "HONcode" in result.out


def test_cli_exit_code_for_a_dangling_marker(run, tmp_path):
    article = tmp_path / "a.md"
    article.write_text("Walking eases knee pain [3].\n", encoding="utf-8")
    result = run("check", str(article), "--select", "MED203", "--no-config")
    assert result.code == 1
    assert result.lines[0].startswith(f"{article}:1:25: MED203 dangling-citation ")

"""MED501 protocol-table-mismatch: the ``table`` kind, quantities and squashed rows."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from medlint.kinds.base import Hit
from medlint.readers import read_document
from medlint.rules import load_rules
from medlint.squashed import row_readings, split_header, tail_segments

PACK = Path(__file__).resolve().parent.parent / "rules" / "tables.yaml"

SEED = (
    "The information below is the recommended stem cell therapy protocol for this condition \n"
    "\n"
    "Route of AdministrationDoseTime (Days)Total Cells\n"
    "Myers cocktail/NAD50,000,0001N/A\n"
    "Intra-articular/per side50,000,000150,000,000\n"
)


@pytest.fixture(scope="module")
def rule():
    rules = load_rules([PACK], builtin=False)
    return next(r for r in rules.rules if r.id == "protocol-table-mismatch")


def run(rule, text: str, name: str = "x.md") -> list[tuple[int, int, str, Hit]]:
    """(line, column, message, hit) for every finding."""
    doc = read_document(name, text)
    out = []
    for hit in rule.check(doc):
        line, col = doc.position(hit.start)
        out.append((line, col, rule.message.format(**hit.args), hit))
    return out


def md_table(header: str, *rows: str) -> str:
    return "\n".join([header, "|---|---|---|---|", *rows]) + "\n"


HEADER = "| Route | Dose | Days | Total |"


# -- the rule pack ------------------------------------------------------------


def test_rule_metadata(rule):
    assert (rule.code, rule.category, rule.severity, rule.kind) == (
        "MED501",
        "tables",
        "error",
        "table",
    )
    assert "{arithmetic}" in rule.message
    assert rule.why and rule.sources and rule.fix and rule.summary


@pytest.mark.parametrize("kind", ["flagged", "clean"])
def test_pack_examples(rule, kind):
    for example in rule.examples[kind]:
        hits = run(rule, example)
        assert bool(hits) == (kind == "flagged"), example


# -- the seed article ---------------------------------------------------------


@pytest.mark.parametrize("name", ["x.md", "x.txt", "x.html"])
def test_seed_text_has_no_finding(rule, name):
    assert run(rule, SEED, name) == []


def test_seed_row_is_read_as_dose_one_day_total():
    text = "Intra-articular/per side50,000,000150,000,000"
    segments = tail_segments(text, None, 3)
    readings = [[text[a:b] for a, b in r] for r in row_readings(text, segments, 3)]
    assert readings == [["50,000,000", "1", "50,000,000"]]


def test_split_header():
    text = "Route of AdministrationDoseTime (Days)Total Cells"
    assert [text[a:b] for a, b in split_header(text)] == [
        "Route of Administration",
        "Dose",
        "Time (Days)",
        "Total Cells",
    ]
    assert split_header("An ordinary heading") == []


# -- Markdown -----------------------------------------------------------------


def test_markdown_mismatch_message_and_position(rule):
    text = "# Protocol\n\n" + md_table(HEADER, "| IV | 20,000,000 | 5 | 80,000,000 |")
    [(line, col, message, hit)] = run(rule, text)
    assert (line, col) == (5, 25)
    assert hit.args["match"] == "80,000,000"
    assert "20,000,000 × 5 days = 100,000,000, but the total says 80,000,000" in message


def test_markdown_consistent(rule):
    assert run(rule, md_table(HEADER, "| IV | 20,000,000 | 5 | 100,000,000 |")) == []


def test_markdown_without_outer_pipes_alignment_and_bold(rule):
    text = (
        "Route | Cells per injection | Injections | Total cells\n"
        ":--|--:|:-:|--:\n"
        "Knee | **30,000,000** | 3 | **90,000,000**\n"
        "Hip | **30,000,000** | 3 | **60,000,000**\n"
    )
    [(line, _, message, _)] = run(rule, text)
    assert line == 4
    assert "30,000,000 × 3 injections = 90,000,000, but the total says 60,000,000" in message


def test_markdown_pipe_table_without_alignment_row(rule):
    text = "Our plan:\n| Route | Dose | Sessions | Total |\n| IV | 10M | 3 | 20M |\n"
    [(line, _, message, _)] = run(rule, text)
    assert line == 3 and "3 sessions = 30,000,000" in message


def test_other_tables_are_ignored(rule):
    text = "| Name | Age | Score |\n|---|---|---|\n| A | 5 | 7 |\n"
    assert run(rule, text) == []
    # A numbered "Day" column is not a count of days.
    text = "| Day | Dose | Total |\n|---|---|---|\n| 1 | 10M | 10M |\n| 2 | 10M | 20M |\n"
    assert run(rule, text) == []


# -- HTML -----------------------------------------------------------------------

HTML = """<html><body>
<h2>Protocol</h2>
<table>
  <thead>
    <tr><th>Route</th><th>Cells per infusion</th><th>Infusions</th><th>Total cells</th></tr>
  </thead>
  <tbody>
    <tr><td>IV</td><td>1.5 &times; 10<sup>8</sup></td><td>2</td>
      <td>3 &times; 10<sup>8</sup></td></tr>
    <tr>
      <td>Intrathecal</td>
      <td>5x10^7</td><td>3</td>
      <td>1.2 billion</td>
    </tr>
    <tr><td colspan="3"><strong>Total</strong></td><td>1.5 billion</td></tr>
  </tbody>
</table>
</body></html>
"""


def test_html_row_maps_to_its_source_line(rule):
    [(line, col, message, hit)] = run(rule, HTML, "x.html")
    assert line == 13
    assert col == HTML.splitlines()[12].index("1.2 billion") + 1
    assert hit.args["match"] == "1.2 billion"
    assert "50,000,000 × 3 infusions = 150,000,000, but the total says 1,200,000,000" in message


def test_html_consistent_with_superscripts_and_colspan_total(rule):
    fixed = HTML.replace("1.2 billion", "150 million").replace("1.5 billion", "450 million")
    assert run(rule, fixed, "x.html") == []


def test_html_colspan_totals_row_mismatch(rule):
    bad = HTML.replace("1.2 billion", "150 million")  # rows now add up to 450 million
    [(line, _, message, _)] = run(rule, bad, "x.html")
    assert line == 15
    assert "300,000,000 + 150,000,000 = 450,000,000" in message
    assert "the total row says 1,500,000,000" in message


# -- delimited text -------------------------------------------------------------


def test_tab_delimited(rule):
    text = "Route\tDose\tSessions\tTotal\nIV\t50M\t4\t200M\nKnee\t50M\t4\t150M\n"
    [(line, col, message, _)] = run(rule, text, "x.txt")
    assert (line, col) == (3, 12)
    assert "50,000,000 × 4 sessions = 200,000,000, but the total says 150,000,000" in message


def test_space_aligned_columns(rule):
    text = (
        "Route      Dose          Injections    Total\n"
        "IV         5e7           3             1.5e8\n"
        "Knee       50 million    2             150 million\n"
    )
    [(line, _, message, _)] = run(rule, text, "x.txt")
    assert line == 3
    assert "2 injections = 100,000,000, but the total says 150,000,000" in message


def test_tab_table_inside_markdown_paragraph(rule):
    text = "Our protocol:\nRoute\tDose\tDays\tTotal\nIV\t10M\t3\t20M\n"
    assert len(run(rule, text)) == 1


# -- quantities -----------------------------------------------------------------


@pytest.mark.parametrize(
    "dose,total",
    [
        ("40,000,000", "120,000,000"),
        ("40\u2009000\u2009000", "120\u2009000\u2009000"),
        ("40 million", "120 million"),
        ("40M", "120M"),
        ("40 mil", "120 mil"),
        ("4 × 10^7", "1.2 × 10^8"),
        ("4x10^7", "1.2x10^8"),
        ("4 x 10⁷", "1.2 x 10⁸"),
        ("4e7", "1.2e8"),
        ("4 × 10^7 cells", "1.2 × 10^8 cells"),
        ("0.04 billion", "120,000,000"),
        ("~40M", "approximately 120M"),
        ("40M cells per session", "120M total"),
        ("10<sup>7</sup>", "3 × 10<sup>7</sup>"),
    ],
)
def test_notations_consistent(rule, dose, total):
    if "10<sup>" in dose:
        assert run(rule, md_table(HEADER, f"| IV | {dose} | 3 | {total} |")) == []
        return
    assert run(rule, md_table(HEADER, f"| IV | {dose} | 3 | {total} |")) == []
    wrong = md_table(HEADER, f"| IV | {dose} | 2 | {total} |")
    [(_, _, message, _)] = run(rule, wrong)
    assert "× 2 days = 80,000,000, but the total says 120,000,000" in message


def test_header_scale(rule):
    header = "| Route | Dose (millions of cells) | Days | Total cells |"
    assert run(rule, md_table(header, "| IV | 50 | 2 | 100,000,000 |")) == []
    assert len(run(rule, md_table(header, "| IV | 50 | 2 | 90,000,000 |"))) == 1


def test_tolerance_is_one_percent(rule):
    assert run(rule, md_table(HEADER, "| IV | 33,000,000 | 3 | 99,500,000 |")) == []
    assert len(run(rule, md_table(HEADER, "| IV | 33,000,000 | 3 | 101,000,000 |"))) == 1


def test_units_carried_through(rule):
    rows = (
        "| IV | 2.5 mL | 4 | 10 mL |",
        "| IV | 2.5mL | 4 | 8mL |",
        "| IV | 5 mg | 3 | 150,000,000 |",  # mg against cells: cannot be checked
        "| IV | 5 mg | 3 | 15 mL |",
    )
    [(line, _, message, _)] = run(rule, md_table(HEADER, *rows))
    assert line == 4
    assert "2.5 mL × 4 days = 10 mL, but the total says 8 mL" in message


def test_ranges_checked_at_both_ends(rule):
    header = "| Route | Dose | Sessions | Total |"
    ok = (
        "| IV | 50–100 million | 3 | 150–300 million |",
        "| IV | 50-100M | 3 | 200 million |",  # one figure inside the range
        "| IV | 10M | 3–5 | 30–50M |",
    )
    assert run(rule, md_table(header, *ok)) == []
    bad = (
        "| IV | 50–100 million | 3 | 150–250 million |",
        "| IV | 50–100 million | 3 | 400 million |",
    )
    hits = run(rule, md_table(header, *bad))
    assert [h[0] for h in hits] == [3, 4]
    assert "50,000,000–100,000,000 × 3 sessions = 150,000,000–300,000,000" in hits[0][2]
    assert "the total says 150,000,000–250,000,000" in hits[0][2]


def test_totals_row(rule):
    rows = (
        "| IV | 25M | 2 | 50M |",
        "| Intrathecal | 10M | 2 | 20M |",
        "| **Total** | | | **70M** |",
    )
    assert run(rule, md_table(HEADER, *rows)) == []
    rows = (*rows[:2], "| Sum: | | | 90M |")
    [(line, _, message, _)] = run(rule, md_table(HEADER, *rows))
    assert line == 5
    assert "the rows add up to 50,000,000 + 20,000,000 = 70,000,000" in message
    assert "the total row says 90,000,000" in message


def test_totals_row_with_an_unverifiable_row_is_skipped(rule):
    rows = ("| IV | 25M | 2 | 50M |", "| NAD | 1 infusion | 1 | N/A |", "| Total | | | 90M |")
    assert run(rule, md_table(HEADER, *rows)) == []


def test_repeated_dose_as_total(rule):
    header = "| Site | Dose | Injections | Total |"
    [(_, _, message, _)] = run(rule, md_table(header, "| Knee | 50 million | 3 | 50 million |"))
    assert "50,000,000 × 3 injections = 150,000,000, but the total says 50,000,000" in message
    assert "repeats the dose" in message
    assert run(rule, md_table(header, "| Knee | 50 million | 1 | 50 million |")) == []


@pytest.mark.parametrize(
    "row",
    [
        "| IV | N/A | 2 | 30M |",
        "| IV | | 2 | 30M |",
        "| IV | — | 2 | 30M |",
        "| IV | 10M | — | 30M |",
        "| IV | 10M | 2 | N/A |",
        "| IV | 10M | 2 |  |",
        "| IV | 1 infusion | 2 | 30M |",
        "| IV | 1 million cells/kg | 2 | 30M |",
        "| IV | 1M per kg | 2 | 30M |",
        "| Knee (per side) | 10M | 2 | 30M |",
        "| IV | up to 10M | 2 | 30M |",
        "| IV | 40.000.000 | 2 | 30M |",
        "| IV | 10M | 2 weeks | 30M |",
        "| IV | see below | 2 | 30M |",
    ],
)
def test_unverifiable_rows_are_not_flagged(rule, row):
    assert run(rule, md_table(HEADER, row)) == []


def test_per_kg_on_both_sides_is_checked(rule):
    [(_, _, message, _)] = run(rule, md_table(HEADER, "| IV | 1M/kg | 2 | 3M per kg |"))
    assert "1,000,000 per kg × 2 days = 2,000,000 per kg" in message


def test_factor_column_explains_total(rule):
    header = "| Route | Dose | Sessions | Weeks | Total |"
    text = f"{header}\n|---|---|---|---|---|\n| IV | 10M | 2 | 3 | 60M |\n"
    assert run(rule, text) == []


def test_implausible_gap_is_not_reported(rule):
    header = "| Study | Dose | Days | Total patients |"
    assert run(rule, md_table(header, "| Smith | 50M | 14 | 45 |")) == []


# -- squashed copy-paste tables -----------------------------------------------

SQUASHED_HEADER = "Route of AdministrationDoseTime (Days)Total Cells\n"


def test_squashed_mismatch(rule):
    text = SQUASHED_HEADER + "Myers cocktail/NAD50,000,0001N/A\nIV20,000,000580,000,000\n"
    [(line, col, message, hit)] = run(rule, text)
    assert (line, col) == (3, 14)
    assert hit.args["match"] == "80,000,000"
    assert "20,000,000 × 5 days = 100,000,000, but the total says 80,000,000" in message
    assert "reading the run-together row as 20,000,000 | 5 | 80,000,000" in message


def test_squashed_prefers_the_reading_that_holds(rule):
    # Digits only: 20000000|5|100000000 holds; other cuts exist but are not reported.
    assert run(rule, SQUASHED_HEADER + "IV200000005100000000\n") == []


def test_squashed_ambiguous_reports_the_likeliest_reading(rule):
    # "1,000,000121,000,000" reads as 1,000,000 | 1 | 21,000,000 or 1,000,000 | 12 | 1,000,000;
    # neither holds, so the closer one is reported and the message names it.
    [(_, _, message, hit)] = run(rule, SQUASHED_HEADER + "IV1,000,000121,000,000\n")
    assert "reading the run-together row as 1,000,000 | 12 | 1,000,000" in message
    assert "the likeliest of 2 readings" in message
    assert "1,000,000 × 12 days = 12,000,000, but the total says 1,000,000" in message
    assert hit.args["match"] == "1,000,000"


def test_squashed_spaced_row(rule):
    text = SQUASHED_HEADER + "IV 20,000,000 5 80,000,000\n"
    [(line, col, _, _)] = run(rule, text)
    assert (line, col) == (2, 17)


def test_squashed_totals_row(rule):
    rows = "IV50,000,000150,000,000\nKnee50,000,000150,000,000\nTotal150,000,000\n"
    text = SQUASHED_HEADER + rows
    [(line, _, message, _)] = run(rule, text)
    assert line == 4
    assert "50,000,000 + 50,000,000 = 100,000,000" in message
    assert "the total row says 150,000,000" in message


def test_squashed_rows_end_at_prose(rule):
    prose = "We opened in 2019 with 3 staff and 12 rooms.\n"
    text = SQUASHED_HEADER + "IV50,000,000150,000,000\n" + prose
    assert run(rule, text) == []


def test_squashed_in_html_paragraph(rule):
    text = "<p>Route of AdministrationDoseTime (Days)Total Cells<br>\nIV20,000,000580,000,000</p>"
    [(line, _, _, _)] = run(rule, text, "x.html")
    assert line == 2


@pytest.mark.parametrize(
    "tail",
    ["1" * 10_000, ",".join(["100"] * 3_400), " ".join("1" * 5_000), "1N/A" * 2_500],
)
def test_hostile_squashed_row_completes(rule, tail):
    hits = run(rule, SQUASHED_HEADER + "IV" + tail + "\n")
    assert isinstance(hits, list)


def test_quantity_reader_exact_values(rule):
    from medlint.kinds.table import _config
    from medlint.rules import Vocabulary

    vocab = Vocabulary()
    for name, items in load_rules([PACK], builtin=False).vocabulary.lists.items():
        vocab.add(name, items)
    reader = _config(rule, vocab).reader
    assert reader.parse("1.5 × 10^8 cells").low == Fraction(150_000_000)
    assert reader.parse("500,000–1 million").low == Fraction(500_000)
    assert reader.parse("5–10 × 10^7").high == Fraction(100_000_000)
    assert reader.parse("40,00,000") is None
    assert reader.parse("1 infusion") is None
    assert reader.parse_count("5 days").low == 5
    assert reader.parse_count("x3").low == 3


def test_money_columns_are_not_totals(rule):
    header = "| Route | Dose | Sessions | Total cost |"
    assert run(rule, md_table(header, "| IV | 50M | 3 | 9,500 |")) == []
    header = "| Route | Dose | Sessions | Total ($) | Total cells |"
    text = f"{header}\n|---|---|---|---|---|\n| IV | 50M | 3 | 150 | 100M |\n"
    [(_, _, message, _)] = run(rule, text)
    assert "the total says 100,000,000" in message


def test_footnote_marks_are_ignored(rule):
    assert run(rule, md_table(HEADER, "| IV | 50M* | 3 | 150M† |")) == []


def test_run_cuts_agree_with_valid_number():
    import random

    from medlint.squashed import Run, valid_number

    rng = random.Random(7)
    for _ in range(300):
        run_text = "".join(rng.choice("0123456789,,\u2009") for _ in range(rng.randint(1, 30)))
        run = Run(run_text)
        for i in range(len(run_text)):
            expected = [j for j in range(i + 1, len(run_text) + 1) if valid_number(run_text[i:j])]
            assert run.ends[i] == expected, (run_text, i)


def test_squashed_totals_row_after_an_unreadable_row_is_skipped(rule):
    rows = "IV50,000,000150,000,000\nKnee1\nTotal150,000,000\n"
    assert run(rule, SQUASHED_HEADER + rows) == []


def test_one_letter_scale_in_a_header_needs_brackets(rule):
    header = "| Route | Dose (M) | Days | Total cells |"
    assert run(rule, md_table(header, "| IV | 50 | 2 | 100,000,000 |")) == []
    header = "| Route | Dose B | Days | Total |"
    assert run(rule, md_table(header, "| IV | 50 | 2 | 100 |")) == []


def test_squashed_rows_may_be_separated_by_a_blank_line(rule):
    text = SQUASHED_HEADER + "\nIV50,000,000150,000,000\n\nKnee20,000,000580,000,000\n"
    [(line, _, _, _)] = run(rule, text)
    assert line == 5


HOUSE_RULE = """
rules:
  - id: house-protocol-table
    code: HSE501
    category: tables
    severity: warning
    kind: table
    message: "{arithmetic}"
    dose_headers: ["@protocol_dose_headers"]
    count_headers: ["@protocol_count_headers"]
    total_headers: ["@protocol_total_headers"]
    total_rows: ["@protocol_total_rows"]
    multipliers: {M: 1000000}
    default_unit: cells
"""


def house(tmp_path, extra: str = ""):
    path = tmp_path / "house.yaml"
    path.write_text(HOUSE_RULE + extra, encoding="utf-8")
    rules = load_rules([PACK, path], builtin=False)
    return next(r for r in rules.rules if r.id == "house-protocol-table")


def test_tolerance_option(tmp_path):
    loose = house(tmp_path, "    tolerance: 0.1\n")
    assert run(loose, md_table(HEADER, "| IV | 10M | 3 | 28M |")) == []
    assert len(run(loose, md_table(HEADER, "| IV | 10M | 3 | 25M |"))) == 1
    strict = house(tmp_path)
    assert len(run(strict, md_table(HEADER, "| IV | 10M | 3 | 29M |"))) == 1


@pytest.mark.parametrize(
    "extra",
    ["    tolerance: 2\n", "    multipliers: {M: lots}\n", '    units: {cells: ["("]}\n'],
)
def test_bad_options_are_rule_errors(tmp_path, extra):
    from medlint.rules import RuleError

    text = HOUSE_RULE.replace("    multipliers: {M: 1000000}\n", "") + extra
    path = tmp_path / "house.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match="house-protocol-table"):
        load_rules([PACK, path], builtin=False)

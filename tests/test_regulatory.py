"""The regulatory claim rules as users see them.

unapproved-fda-claim MED102, safety-absolute MED103, guaranteed-outcome MED104,
disease-list-claim MED105 and pressure-tactic MED701: where they report, what
they leave alone, how they are configured from YAML, and what the CLI prints.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from medlint.engine import Engine
from medlint.rules import RuleError, load_rules

REPO = Path(__file__).resolve().parent.parent
RULES = load_rules()
MINE = {
    "unapproved-fda-claim": "MED102",
    "safety-absolute": "MED103",
    "guaranteed-outcome": "MED104",
    "disease-list-claim": "MED105",
    "pressure-tactic": "MED701",
}


def lint(text: str, rule: str, fmt: str = "markdown", ruleset=RULES):
    engine = Engine.create(ruleset, select=[rule])
    report = engine.check_source("article.md", text, fmt)
    assert not report.errors, report.errors
    return [(f.code, f.line, f.column, f.excerpt) for f in report.findings]


def where(text: str, rule: str, fmt: str = "markdown"):
    return [(code, line, col) for code, line, col, _ in lint(text, rule, fmt)]


# -- the rules exist with the agreed codes, categories and severities ------------


def test_codes_categories_and_severities():
    keys = RULES.by_key()
    for rule_id, code in MINE.items():
        rule = keys[rule_id]
        assert rule.code == code
        assert keys[code] is rule
    assert {keys[r].category for r in MINE} == {"claims", "pressure"}
    assert keys["pressure-tactic"].category == "pressure"
    assert keys["disease-list-claim"].severity == "warning"
    assert keys["pressure-tactic"].severity == "warning"
    for rule_id in ("unapproved-fda-claim", "safety-absolute", "guaranteed-outcome"):
        assert keys[rule_id].severity == "error"


# -- unapproved-fda-claim ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column", "excerpt"),
    [
        ("Our stem cell shots are FDA approved for knee arthritis.", 1, 25, "FDA approved"),
        ("Intro.\n\nEvery exosome vial comes from an FDA-registered lab.", 3, 34, "FDA-registered"),
        ("The FDA has approved our PRP protocol for tendons.", 1, 1, "The FDA has approved"),
        ("Wharton's jelly injections have FDA approval for joints.", 1, 28, "have FDA approval"),
        ("Our amniotic products are registered with the FDA.", 1, 27, "registered with the FDA"),
        ("## FDA-Cleared Stem Cell Therapy\n\nBook a visit.", 1, 4, "FDA-Cleared"),
    ],
)
def test_approval_claims_are_flagged_at_the_phrase(text, line, column, excerpt):
    found = lint(text, "unapproved-fda-claim")
    assert [(c, ln, col) for c, ln, col, _ in found] == [("MED102", line, column)]
    assert found[0][3] == excerpt


def test_the_claim_may_sit_in_another_paragraph_than_the_therapy():
    text = "We offer stem cell therapy for back pain.\n\nThe treatment is FDA approved.\n"
    assert where(text, "unapproved-fda-claim") == [("MED102", 3, 18)]


@pytest.mark.parametrize(
    "text",
    [
        "Stem cell injections for back pain are not FDA-approved.",
        "No stem cell product is FDA approved for knee pain.",
        "The lab is registered with the FDA, which is not approval.",
        "Our supplier is FDA registered, but that does not mean its cells are approved.",
        "Ask the clinic whether its stem cells are FDA approved for your condition.",
        "Is PRP FDA approved? Not for tendon injuries.",
        "## Are Exosomes FDA Approved\n\nNo product is.",
        "The FDA warns that some clinics falsely claim their stem cells are FDA approved.",
        "Be wary of any clinic that says its stem cells are FDA approved.",
        "Researchers hope exosome products may one day be FDA approved for lung disease.",
        "Cord blood stem cells are FDA approved for some blood cancers such as leukemia.",
        "Ryoncil, a stem cell product, was approved by the FDA for a transplant complication.",
        "Hyaluronic acid injections are FDA approved for knee arthritis; stem cells are not.",
        "Unlike PRP, FDA-approved drugs for arthritis went through large trials.",
        "The centrifuge used to prepare PRP is FDA cleared.",
    ],
)
def test_approval_near_misses_stay_quiet(text):
    assert lint(text, "unapproved-fda-claim") == []


def test_approval_phrases_need_an_article_about_an_unapproved_therapy():
    # The same sentence reports once the article is about stem cells.
    plain = "Our clinic is FDA registered and easy to reach by bus."
    assert lint(plain, "unapproved-fda-claim") == []
    about = "We offer stem cell injections.\n\n" + plain
    assert where(about, "unapproved-fda-claim") == [("MED102", 3, 15)]


def test_the_approved_use_allow_list_is_yaml_and_extensible(tmp_path):
    text = "Our Cellaprime stem cells are FDA approved."
    assert where(text, "unapproved-fda-claim") == [("MED102", 1, 31)]
    pack = tmp_path / "house.yaml"
    pack.write_text("vocabulary:\n  approved_cell_products: [Cellaprime]\n", encoding="utf-8")
    extended = load_rules([pack])
    assert lint(text, "unapproved-fda-claim", ruleset=extended) == []


def test_an_approved_product_for_another_use_is_still_flagged():
    # Cord blood is approved for blood disorders, not for arthritis.
    text = "Our cord blood injections are FDA approved for knee arthritis."
    assert where(text, "unapproved-fda-claim") == [("MED102", 1, 31)]


# -- safety-absolute -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "column", "excerpt"),
    [
        ("PRP uses your own blood, so there are no side effects.", 39, "no side effects"),
        ("Exosome therapy is a risk-free way to ease joint pain.", 22, "risk-free"),
        ("NAD+ drips are 100% safe for adults.", 16, "100% safe"),
        ("There is zero risk of rejection with your own cells.", 10, "zero risk"),
        ("Stem cell shots cannot harm you.", 17, "cannot harm you"),
        ("Enjoy relief without any side effects.", 14, "without any side effects"),
    ],
)
def test_absolute_safety_claims_are_flagged(text, column, excerpt):
    found = lint(text, "safety-absolute")
    assert [(c, ln, col) for c, ln, col, _ in found] == [("MED103", 1, column)]
    assert found[0][3] == excerpt


@pytest.mark.parametrize(
    "text",
    [
        "No treatment is risk-free, and stem cell injections are no exception.",
        "Every procedure carries some risk, including infection.",
        "There is no risk-free way to repair cartilage.",
        "In the trial, no serious side effects were reported (Lee et al., 2021).",
        "Almost no side effects were seen in the first patients.",
        "Be wary of any clinic that promises no side effects.",
        "Is stem cell therapy completely safe? No procedure is.",
        "Book a risk-free consultation to talk it over.",
        "It is not true that PRP has no side effects.",
    ],
)
def test_safety_near_misses_stay_quiet(text):
    assert lint(text, "safety-absolute") == []


def test_reference_sections_are_skipped():
    text = "# Sources\n\n1. Is PRP risk-free? A review. https://example.org/prp\n"
    assert lint(text, "safety-absolute") == []
    # The same words in the body are reported.
    assert where("PRP is risk-free.\n\n" + text, "safety-absolute") == [("MED103", 1, 8)]


# -- guaranteed-outcome --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "column", "excerpt"),
    [
        ("Our stem cell program has a 92% success rate.", 29, "92% success"),
        (
            "PRP will get rid of your tendon pain for good.",
            10,
            "get rid of your tendon pain for good",
        ),
        ("Feel better within six weeks or your money back.", 30, "or your money back"),
        ("Exosome therapy gives permanent relief from arthritis pain.", 23, "permanent relief"),
        ("We guarantee results with our stem cell treatment.", 4, "guarantee results"),
        (
            "Nine out of ten patients feel better after PRP.",
            1,
            "Nine out of ten patients feel better",
        ),
        ("Our method works for nine out of ten patients.", 12, "works for nine out of ten"),
        ("PRP helped 4 in 5 of our runners get back to racing.", 5, "helped 4 in 5"),
    ],
)
def test_guarantees_and_unsourced_success_rates_are_flagged(text, column, excerpt):
    found = lint(text, "guaranteed-outcome")
    assert [(c, ln, col) for c, ln, col, _ in found] == [("MED104", 1, column)]
    assert found[0][3] == excerpt


@pytest.mark.parametrize(
    "text",
    [
        "No treatment can guarantee results; some patients see no benefit.",
        "Untreated, arthritis can cause permanent joint damage.",
        "We guarantee a reply to every booking request within two days.",
        "About 25% of adults over 50 have knee osteoarthritis.",
        "The success rate of stem cell injections for back pain is unknown.",
        "Nobody can promise permanent relief from one injection.",
    ],
)
def test_guarantee_near_misses_stay_quiet(text):
    assert lint(text, "guaranteed-outcome") == []


@pytest.mark.parametrize(
    "source",
    [
        "In one trial, 42% of the PRP group had less pain (Lee et al., 2021).",
        "In one trial, 42% of the PRP group had less pain [1].",
        "In one trial, 42% of the PRP group had less pain ([trial](https://doi.org/10.1/x)).",
        "In one trial, 42% of the PRP group had less pain.\nThe trial is PMID 12345678.",
    ],
)
def test_a_source_in_the_sentence_or_paragraph_clears_a_success_rate(source):
    assert lint(source, "guaranteed-outcome") == []


def test_a_source_in_another_paragraph_does_not_clear_it():
    text = "In one trial, 42% of the PRP group had less pain.\n\nSee Lee et al. (2021).\n"
    assert where(text, "guaranteed-outcome") == [("MED104", 1, 15)]


# -- disease-list-claim --------------------------------------------------------------


def test_a_laundry_list_in_a_sentence_is_reported_once_with_its_count():
    text = (
        "Our exosome infusions help with arthritis, lupus, heart failure, Alzheimer's, "
        "macular degeneration and neuropathy.\n"
    )
    engine = Engine.create(RULES, select=["disease-list-claim"])
    [finding] = engine.check_source("a.md", text, "markdown").findings
    assert (finding.code, finding.line, finding.column) == ("MED105", 1, 33)
    assert finding.excerpt == "arthritis"
    assert finding.severity == "warning"
    assert '"exosome" is offered for 6 conditions across 5' in finding.message
    assert "macular degeneration" in finding.message


def test_a_bulleted_list_under_a_lead_in_is_reported_at_its_first_condition():
    text = (
        "# Our clinic\n\nConditions we treat with stem cells:\n\n"
        "- knee arthritis\n- multiple sclerosis\n- Parkinson's disease\n- COPD\n- autism\n"
    )
    assert where(text, "disease-list-claim") == [("MED105", 5, 8)]


def test_a_conditions_heading_takes_the_therapy_from_the_article():
    text = (
        "# Stem Cell Therapy\n\nWe offer stem cell injections.\n\n"
        "## Conditions We Treat\n\n- Arthritis\n- Lupus\n- Stroke\n- COPD\n- Autism\n"
    )
    assert where(text, "disease-list-claim") == [("MED105", 7, 3)]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_list_run_into_one_line_under_a_conditions_heading_counts_as_a_list(gap):
    text = (
        "# PRP at Cedar Clinic\n\nWe offer platelet-rich plasma in our downtown office.\n\n"
        f"## Conditions treated with PRP{gap}"
        "Tennis elbow, hair loss, erectile dysfunction, knee arthritis, interstitial cystitis, "
        "migraines, plantar fasciitis\n\nCall today to book.\n"
    )
    engine = Engine.create(RULES, select=["disease-list-claim"])
    [finding] = engine.check_source("a.md", text, "markdown").findings
    assert (finding.code, finding.line, finding.column) == ("MED105", 5 + gap.count("\n"), 1)
    assert finding.message.startswith('"PRP" is offered for 7 conditions')  # cystitis too
    assert "erectile dysfunction" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # a heading that clears the list, as a lead-in does
        "## Stem cell products are not approved for any of these conditions\n\n"
        "Arthritis, MS, COPD, autism, Parkinson's disease",
        # prose with commas under a therapy heading is not a list
        "## PRP and your joints\n\nPeople with arthritis often also live with diabetes, "
        "heart disease, depression or obesity, and each of them slows healing.",
    ],
)
def test_run_in_list_near_misses_stay_quiet(text):
    assert lint(text, "disease-list-claim") == []


def test_html_lists_count_too():
    html = (
        "<p>Our mesenchymal stem cell program is offered for:</p><ul><li>Knee osteoarthritis"
        "</li><li>Multiple sclerosis</li><li>Heart failure</li><li>Spinal cord injury</li>"
        "<li>Autism</li></ul>"
    )
    assert [c for c, _, _ in where(html, "disease-list-claim", fmt="html")] == ["MED105"]


@pytest.mark.parametrize(
    "text",
    [
        # research framing, regulator warnings, negation, questions
        "Researchers are exploring stem cells for arthritis, MS, Parkinson's disease, COPD and "
        "autism, but no treatment for them is approved.",
        "The FDA warns that no stem cell product is approved for arthritis, back pain, MS, "
        "Parkinson's disease or COPD.",
        "Stem cells do not cure arthritis, lupus, MS, Parkinson's disease or diabetes.",
        "Can stem cells treat arthritis, MS, Parkinson's, autism and COPD? So far, no.",
        "Stem cell products are not approved for any of these conditions:\n\n- arthritis\n- MS\n"
        "- COPD\n- autism\n- Parkinson's disease",
        # one body system is a specialty, not a laundry list
        "We use PRP for knee pain, hip pain, shoulder pain, tennis elbow and plantar fasciitis.",
        # conditions named in a paragraph that offers nothing
        "This page is about stem cell injections for knee arthritis.\n\nPeople with arthritis "
        "often also live with diabetes, heart disease, depression or obesity.",
    ],
)
def test_disease_list_near_misses_stay_quiet(text):
    assert lint(text, "disease-list-claim") == []


def test_the_threshold_is_a_yaml_field(tmp_path):
    text = "Stem cells help arthritis, lupus, asthma and dementia."
    assert lint(text, "disease-list-claim") == []  # four conditions, default threshold 5
    pack = tmp_path / "strict.yaml"
    pack.write_text(
        """
rules:
  - id: short-disease-list
    code: HSE105
    category: house
    severity: warning
    kind: disease_list
    message: "{therapy} for {count} conditions"
    conditions:
      joints: ["@conditions_orthopedic"]
      other: ["@conditions_neurological", "@conditions_autoimmune", "@conditions_cardiopulmonary"]
    therapies: ["@experimental_therapies"]
    threshold: 4
""",
        encoding="utf-8",
    )
    ruleset = load_rules([pack])
    engine = Engine.create(ruleset, select=["short-disease-list"])
    [finding] = engine.check_source("a.md", text, "markdown").findings
    assert (finding.code, finding.column, finding.message) == (
        "HSE105",
        17,
        "Stem cells for 4 conditions",
    )


# -- pressure-tactic -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "column", "excerpt"),
    [
        ("Only 3 spots left this month for our stem cell program!", 1, "Only 3 spots left"),
        ("Our spring PRP offer expires at midnight.", 16, "offer expires"),
        ("Seats are limited for Thursday's stem cell talk.", 1, "Seats are limited"),
        (
            "Appointments are filling up fast for knee injections.",
            1,
            "Appointments are filling up fast",
        ),
        ("Don't wait, call us today to book your PRP.", 1, "Don't wait, call us"),
    ],
)
def test_urgency_and_scarcity_are_flagged(text, column, excerpt):
    found = lint(text, "pressure-tactic")
    assert [(c, ln, col) for c, ln, col, _ in found] == [("MED701", 1, column)]
    assert found[0][3] == excerpt


@pytest.mark.parametrize(
    "text",
    [
        "Appointments are available most weeks; take your time.",
        "Evidence for PRP in back pain is limited.",
        "Stem cell treatment for MS is limited to clinical trials.",
        "If you notice signs of a stroke, act fast and call 911.",
        'We never use countdown timers or "only 2 spots left" messages.',
        "Be wary of clinics that say spots are limited.",
        "Don't rush into treatment because a clinic says its offer ends soon.",
    ],
)
def test_pressure_near_misses_stay_quiet(text):
    assert lint(text, "pressure-tactic") == []


# -- configuration errors name the pack, the line and the rule -----------------------


def _pack(tmp_path, body: str) -> Path:
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_malformed_allow_list_entry_is_a_rule_error(tmp_path):
    path = _pack(
        tmp_path,
        """
rules:
  - id: house-fda
    code: HSE102
    category: house
    severity: error
    kind: approval_claim
    message: "{match}"
    patterns: ["FDA approved"]
    approved_uses:
      - uses: [leukemia]
""",
    )
    with pytest.raises(RuleError) as exc:
        load_rules([path])
    assert f"{path}:3: rule 'house-fda'" in str(exc.value)
    assert "approved_uses" in str(exc.value)


def test_a_disease_list_without_conditions_is_a_rule_error(tmp_path):
    path = _pack(
        tmp_path,
        """
rules:
  - id: house-list
    code: HSE105
    category: house
    severity: warning
    kind: disease_list
    message: "{count}"
    therapies: ["stem cells"]
""",
    )
    with pytest.raises(RuleError) as exc:
        load_rules([path])
    assert f"{path}:3: rule 'house-list'" in str(exc.value)
    assert "conditions" in str(exc.value)


# -- the CLI ------------------------------------------------------------------------


def test_check_prints_each_finding_with_its_position_and_exits_1(run, tmp_path):
    article = tmp_path / "promo.md"
    article.write_text(
        "# Stem cells\n\n"
        "Our stem cell shots are FDA approved and have no side effects.\n\n"
        "Only 2 spots left!\n",
        encoding="utf-8",
    )
    result = run("check", article, "--select", "MED102,MED103,MED701")
    assert result.code == 1
    lines = [line for line in result.lines if line.startswith(str(article))]
    assert [line.split(" ", 2)[:2] for line in lines] == [
        [f"{article}:3:25:", "MED102"],
        [f"{article}:3:47:", "MED103"],
        [f"{article}:5:1:", "MED701"],
    ]
    assert "unapproved-fda-claim" in lines[0] and '"FDA approved"' in lines[0]


def test_warnings_only_pass_with_fail_on_error(run, tmp_path):
    article = tmp_path / "offer.md"
    article.write_text("Our stem cell offer ends Friday.\n", encoding="utf-8")
    assert run("check", article, "--select", "MED701").code == 1
    assert run("check", article, "--select", "MED701", "--fail-on", "error").code == 0


def test_json_output_carries_the_new_codes(run, tmp_path):
    article = tmp_path / "a.md"
    article.write_text("PRP is risk-free and has a 90% success rate.\n", encoding="utf-8")
    result = run("check", article, "--format", "json", "--select", "MED1")
    data = json.loads(result.out)
    found = {(f["code"], f["rule"], f["line"], f["column"]) for f in data["findings"]}
    assert ("MED103", "safety-absolute", 1, 8) in found
    assert ("MED104", "guaranteed-outcome", 1, 28) in found


@pytest.mark.parametrize("name", [*MINE, *MINE.values()])
def test_rule_explains_with_its_sources(run, name):
    result = run("rule", name)
    assert result.code == 0
    assert "Why it matters" in result.out
    rule = RULES.by_key()[name]
    assert rule.code in result.out
    for source in rule.sources:
        assert " ".join(source.split()[:4]) in " ".join(result.out.split())


# -- the labelled set ---------------------------------------------------------------


def test_the_regulatory_set_is_large_scoped_and_free_of_duplicates():
    data = yaml.safe_load((REPO / "eval" / "regulatory.yaml").read_text(encoding="utf-8"))
    assert sorted(data["evaluates"]) == sorted(MINE.values())
    items = data["items"]
    assert len(items) >= 150
    texts = [" ".join(i["text"].split()) for i in items]
    assert len(set(texts)) == len(texts)
    for code in MINE.values():
        positives = sum(code in i["rules"] for i in items)
        assert positives >= 20, f"{code}: only {positives} positives"
        assert len(items) - positives >= 100


def test_a_table_column_of_conditions_is_a_disease_list_with_its_therapy_below():
    text = (
        "| Condition | Sessions |\n|---|---|\n| Hip arthritis | 2 |\n| Asthma | 4 |\n"
        "| Lupus | 3 |\n| Glaucoma | 2 |\n| Migraine | 3 |\n\n"
        "Each condition above is treated with our exosome protocol.\n"
    )
    assert where(text, "disease-list-claim") == [("MED105", 3, 7)]
    assert [f[0] for f in lint(text, "missing-early-research-caveat")] == ["MED401"]


def test_a_table_of_conditions_researchers_are_testing_is_not_a_disease_list():
    text = (
        "Researchers are testing stem cells in these conditions:\n\n"
        "| Condition | Phase |\n|---|---|\n| Lupus | 2 |\n| Heart failure | 2 |\n"
        "| ALS | 1 |\n| Knee arthritis | 3 |\n| Crohn's disease | 2 |\n"
    )
    assert lint(text, "disease-list-claim") == []


def test_list_items_shaped_like_conditions_count_but_name_no_body_system():
    offered = "Ozone can treat plantar fasciitis, Raynaud's syndrome, sinusitis, migraines, gout."
    assert [f[0] for f in lint(offered, "disease-list-claim")] == ["MED105"]
    one_system = "PRP helps with patellar tendinopathy, bursitis, heel pain, tennis elbow and gout."
    assert lint(one_system, "disease-list-claim") == []


def test_a_hedged_offer_of_one_therapy_for_many_conditions_is_still_a_disease_list():
    text = "NAD+ drips may help with fatigue, addiction, migraines, IBS and Parkinson's disease."
    assert [f[0] for f in lint(text, "disease-list-claim")] == ["MED105"]

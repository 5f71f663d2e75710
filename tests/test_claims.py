"""MED101 unsupported-cure-claim and MED401 missing-early-research-caveat, as users see them."""

from __future__ import annotations

import pytest

from medlint.engine import Engine
from medlint.rules import load_rules

RULES = load_rules()


def lint(text: str, *rules: str, fmt: str = "markdown") -> list[tuple[str, int, int, str]]:
    engine = Engine.create(RULES, select=list(rules))
    report = engine.check_source("article.md", text, fmt)
    return [(f.code, f.line, f.column, f.excerpt) for f in report.findings]


def claims(text: str, fmt: str = "markdown"):
    return lint(text, "unsupported-cure-claim", fmt=fmt)


@pytest.mark.parametrize(
    ("text", "line", "column", "excerpt"),
    [
        ("Our stem cell shots regrow worn cartilage.", 1, 21, "regrow"),
        ("Intro line.\n\n- Exosomes reverse nerve damage", 3, 12, "reverse"),
        ("# PRP Cures Tennis Elbow", 1, 7, "Cures"),
        ("![Exosomes repair a worn hip joint](hip.png)", 1, 12, "repair"),
        ("Stem cells can repair torn cartilage.", 1, 12, "can repair torn"),
        (
            "BMAC injections are better than surgery for a torn tendon.",
            1,
            21,
            "better than surgery",
        ),
        ("Walk out of our clinic pain-free.", 1, 24, "pain-free"),
        ("A single session relieves chronic sciatica.", 1, 18, "relieves chronic sciatica"),
        ("NAD+ drips restore the energy of ageing cells.", 1, 12, "restore"),
        (
            "Thanks to stem cells, our patients no longer need painkillers.",
            1,
            36,
            "no longer need painkillers",
        ),
    ],
)
def test_benefit_assertions_are_flagged_at_the_claim(text, line, column, excerpt):
    found = claims(text)
    assert [(code, ln, col) for code, ln, col, _ in found] == [("MED101", line, column)]
    assert found[0][3] == excerpt


@pytest.mark.parametrize(
    "text",
    [
        "Stem cells may help some people with knee pain.",
        "Early studies suggest that PRP might reduce knee pain.",
        "There is no cure for osteoarthritis.",
        "Stem cells do not regenerate cartilage in adult knees.",
        "These injections will not reverse the damage of arthritis.",
        "Stem cell clinics can't legally promise to cure arthritis.",
        "Can stem cells really repair a damaged disc?",
        "If a clinic promises that its cells cure arthritis, walk away.",
        "Researchers will test next year whether exosomes ease knee pain.",
        "The FTC fined a clinic for claiming that its injections reverse arthritis.",
        "Critics say that the clinics market PRP as a cure for almost everything.",
        'A flyer read: "Our stem cells heal arthritis."',
        "A sprained ankle often feels better within two weeks as the ligament heals.",
        "A torn meniscus rarely heals without help.",
        "Bone is living tissue that is broken down and rebuilt throughout life.",
        "The use of cartilage tissue repair and regeneration in the knee is growing.",
        "Stem cells are the most commonly used cells to treat sacroiliitis in trials.",
        "Arthritis of the lower back is common after 50.",
        "Exercise therapy reduces knee pain (Fransen et al., 2015).",
        "According to a 2019 study in JAMA, cortisone eases shoulder pain for weeks.",
        "Splints relieve wrist pain (doi:10.1002/14651858.CD010003).",
        "Tai chi eased knee pain in a trial [(Wang 2016)](https://example.org/tai-chi).",
    ],
)
def test_careful_copy_is_left_alone(text):
    assert claims(text) == []


def test_an_uncited_appeal_to_research_is_no_evidence_for_the_claim_it_carries():
    text = "Studies show that PRP heals torn tendons."
    found = lint(text, "unsupported-cure-claim", "uncited-research-claim")
    assert sorted((code, col, excerpt) for code, _, col, excerpt in found) == [
        ("MED101", 23, "heals"),
        ("MED201", 1, "Studies show"),
    ]


def test_a_resolved_marker_clears_the_claim_and_a_dangling_one_does_not():
    cited = (
        "Walking eases hip pain [1].\n\n## References\n\n1. Hurley M. Cochrane. 2018;4:CD010842.\n"
    )
    assert claims(cited) == []
    dangling = cited.replace("[1]", "[2]")
    assert [c[:3] for c in claims(dangling)] == [("MED101", 1, 9)]


def test_claims_in_a_section_named_like_sources_are_still_checked():
    text = "## Sources of knee pain\n\nOur injections end knee pain for good.\n"
    assert [c[:2] for c in claims(text)] == [("MED101", 3)]


def test_claims_inside_the_references_list_are_not_checked():
    text = "## References\n\n1. Stem cells regrow cartilage. J Orthop. 2019;12(3):45-50.\n"
    assert claims(text) == []


def test_html_claims_point_at_the_source_line():
    html = "<html><body>\n<h1>Knees</h1>\n<p>Our PRP shots heal torn tendons.</p>\n</body></html>"
    assert [c[:3] for c in claims(html, fmt="html")] == [("MED101", 3, 18)]


# -- missing-early-research-caveat ---------------------------------------------------


def caveat(text: str):
    return lint(text, "missing-early-research-caveat")


def test_missing_caveat_is_reported_once_at_the_first_mention_of_the_therapy():
    text = "# Knee care\n\nWe offer PRP. PRP may ease knee pain.\n\nPRP also helps tendons heal.\n"
    assert [c[:4] for c in caveat(text)] == [("MED401", 3, 10, "PRP")]


@pytest.mark.parametrize(
    "caveat_sentence",
    [
        "Outcomes differ between patients.",
        "The data so far come from a handful of small trials.",
        "This treatment is investigational.",
        "It is not approved by the FDA for this use.",
        "More research is needed.",
        "The evidence remains limited.",
        "Nobody knows yet who benefits.",
        "It is still being studied.",
        "There is little good evidence that it works.",
        "It is still considered experimental.",
    ],
)
def test_caveats_phrased_many_ways_clear_the_article(caveat_sentence):
    text = f"Stem cell injections may ease knee pain. {caveat_sentence}"
    assert caveat(text) == []
    assert [c[0] for c in caveat("Stem cell injections may ease knee pain.")] == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Physical therapy and weight loss reduce knee pain for many people.",
        "Stem cells do not regrow cartilage.",
        "The FDA warned that clinics falsely advertise stem cells as a cure.",
        "Researchers will test whether exosomes ease knee pain.",
        "Platelet-rich plasma is made from a sample of your own blood.",
    ],
)
def test_no_caveat_needed_without_a_benefit_of_an_experimental_therapy(text):
    assert caveat(text) == []


def test_a_benefit_credited_to_studies_still_needs_a_caveat():
    assert [c[0] for c in caveat("Studies show that PRP speeds up tendon healing.")] == ["MED401"]

"""Which rule owns which claim: appeals to research, guarantees, disease lists, caveats.

Product decisions of issue 3, as a user sees them in medlint's findings:

* an uncited appeal to research is no evidence, so the outcome it carries is an
  unsupported cure claim (MED101) besides the missing source (MED201);
* bare guarantees and success rates are guaranteed-outcome's (MED104), and a
  disease list is disease-list-claim's (MED105), not also MED101's;
* a hedged appeal that its own sentence qualifies is careful copy;
* the caveat rule (MED401) counts offers, guarantees, cited results and lists
  of conditions as presenting a therapy with benefits.
"""

from __future__ import annotations

import pytest
import rulecheck

from medlint.engine import Engine
from medlint.rules import RuleError, load_rules

RULES = rulecheck.RULES
CLAIM_RULES = ("MED101", "MED104", "MED105", "MED201")


def codes(text: str, *rules: str) -> list[str]:
    return rulecheck.codes(text, *(rules or CLAIM_RULES))


# -- appeals to research ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Research confirms that our exosome shots regrow cartilage in worn knees.",
        "Clinically proven: NAD+ drips restore your stamina.",
        "Science-backed and doctor-designed, our PRP protocol heals sports injuries.",
        "Decades of studies have proven that platelet injections relieve tendon pain.",
        "Bone marrow concentrate mends torn ligaments, as many trials have shown.",
    ],
)
def test_an_uncited_appeal_does_not_support_the_outcome_it_states(text):
    assert codes(text) == ["MED101", "MED201"]


@pytest.mark.parametrize(
    "text",
    [
        "Trials show that PRP eases elbow pain (Kowalski et al., 2020).",
        "Trials show that PRP eases elbow pain [1].\n\n## References\n\n"
        "1. Kowalski P. J Shoulder Elbow Surg. 2020;29(4):101-109.",
    ],
)
def test_a_real_source_clears_both_the_appeal_and_the_outcome(text):
    assert codes(text) == []


def test_a_marker_that_resolves_to_nothing_clears_neither():
    text = (
        "Trials show that PRP eases elbow pain [3].\n\n## References\n\n"
        "1. Kowalski P. J Shoulder Elbow Surg. 2020;29(4):101-109."
    )
    assert codes(text) == ["MED101", "MED201"]


@pytest.mark.parametrize(
    "text",
    [
        # hedged appeals
        "Research suggests exosomes may calm joint swelling.",
        "Studies indicate that PRP helps some runners with heel pain.",
        # the report of one study's finding, or of two named ones
        "One small trial found that PRP shots eased heel pain.",
        "A 2020 study showed that stem cell injections improved knee function.",
        "Two pilot trials reported that exosome drips reduced fatigue.",
        # a negative finding
        "Studies have found that exosome shots ease back pain no better than saline.",
    ],
)
def test_hedged_single_study_and_negative_appeals_only_lack_a_source(text):
    assert codes(text) == ["MED201"]


def test_a_hedged_appeal_qualified_in_its_own_sentence_is_careful_copy():
    text = (
        "Early trials suggest NAD+ infusions might lift energy, although the evidence remains thin."
    )
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # no qualification in the sentence
        "Studies suggest PRP may help jumper's knee.",
        # the only "qualification" is the appeal's own subject
        "A handful of small studies suggest exosomes might calm swelling.",
    ],
)
def test_a_hedged_appeal_without_its_own_caveat_still_needs_a_source(text):
    assert codes(text) == ["MED201"]


def test_an_unhedged_appeal_is_not_cleared_by_a_caveat():
    text = "Studies show that PRP heals tendons, but the evidence is limited."
    assert codes(text) == ["MED101", "MED201"]


# -- guarantees, success rates and disease lists -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our exosome protocol has a 100% success rate.",
        "Guaranteed results for back pain, or your money back.",
        "Amniotic injections work for everyone, whatever their age.",
        "Results guaranteed with every NAD+ package.",
    ],
)
def test_a_bare_guarantee_or_success_rate_is_only_a_guaranteed_outcome(text):
    assert codes(text) == ["MED104"]


@pytest.mark.parametrize(
    "text",
    [
        "Stem cell shots cut arthritis pain by 60%.",
        "Our injections regrow cartilage, with a 97% success rate.",
        "Ninety percent of our patients report less pain after one exosome shot.",
    ],
)
def test_a_guarantee_that_also_names_an_outcome_gets_both(text):
    assert "MED101" in codes(text, "MED101")


DISEASE_LIST = (
    "Our clinic uses exosome infusions to treat asthma, lupus, migraines, glaucoma, "
    "COPD and psoriasis."
)


def test_a_disease_list_is_reported_once_as_a_disease_list():
    assert codes(DISEASE_LIST) == ["MED105"]


def test_the_disease_list_is_not_a_cure_claim_even_when_that_rule_is_not_run():
    assert codes(DISEASE_LIST, "MED101") == []
    engine = Engine.create(RULES, select=["MED101", "MED105"], ignore=["MED105"])
    assert engine.check_source("post.md", DISEASE_LIST).findings == []


def test_a_cure_claimed_for_the_listed_diseases_is_still_a_cure_claim():
    text = "Our exosomes cure asthma, lupus, migraines, glaucoma and psoriasis."
    assert codes(text) == ["MED101", "MED105"]


def test_one_disease_treated_outside_a_list_is_still_a_claim():
    assert codes("Our exosome infusions treat lupus.") == ["MED101"]


def test_a_suppression_of_the_superseded_rule_is_reported_as_unused():
    text = f"<!-- medlint-disable-next-line unsupported-cure-claim -->\n{DISEASE_LIST}\n"
    engine = Engine.create(RULES, select=["MED101", "MED105", "MED901"])
    found = [(f.code, f.line) for f in engine.check_source("post.md", text).findings]
    assert sorted(found) == [("MED105", 2), ("MED901", 1)]


# -- safety statements ----------------------------------------------------------------


def test_lowering_the_risk_of_a_reaction_is_a_safety_statement_not_an_outcome():
    text = "Autologous PRP reduces the risk of an allergic reaction, though bruising can occur."
    assert codes(text, "MED101", "MED401") == []


def test_lowering_the_risk_of_a_disease_is_still_a_claim():
    assert codes("Exosome drips reduce the risk of dementia.", "MED101") == ["MED101"]


# -- what the caveat rule counts as a benefit -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Exosome therapy can help with:\n\n- Tinnitus\n- Lupus\n- Hair loss",
        "## Conditions we use PRP for\n\nGolfer's elbow, jumper's knee and sciatica.",
        "People travel to our clinic for amniotic injections for arthritic hips.",
        "Wharton's jelly injections are an exciting new option for worn-out shoulders.",
        "Sleep better within two weeks of starting NAD+ therapy, or get your money back.",
        "In a 2020 trial, bone marrow concentrate injections improved walking speed in "
        "older adults with hip arthritis (Okonkwo et al., 2020).",
        "A single study found that PRP injections increased the volume of knee cartilage.",
        "Exosome shots can delay the need for hip replacement surgery.",
    ],
)
def test_benefits_that_need_an_early_research_caveat(text):
    assert codes(text, "MED401") == ["MED401"]
    caveated = text.replace("\n\n- Tinnitus", " (experimental, not FDA approved)\n\n- Tinnitus")
    if caveated == text:
        caveated = f"{text} This treatment is experimental and not approved by the FDA."
    assert codes(caveated, "MED401") == []


@pytest.mark.parametrize(
    "text",
    [
        # a topic, a price or an availability, not an offer of a benefit
        "Our PRP sessions for tendon injuries are booked through the front desk.",
        "The FDA has cleared the centrifuge we use to prepare PRP.",
        "Exosome facials cost $400 and take about an hour.",
        # a heading that asks, over a paragraph with no benefit in it
        "## Does PRP help tennis elbow?\n\nWe discuss the options at your first visit.",
    ],
)
def test_topics_prices_and_questions_are_not_benefits(text):
    assert codes(text, "MED401") == []


# -- the 'supersedes' field of a rule pack -------------------------------------------------

HOUSE = """\
rules:
  - id: miracle-word
    code: HSE001
    category: house
    severity: warning
    kind: pattern
    message: m
    patterns: ["miracle"]
    supersedes: [{target}]
"""


def test_a_house_rule_can_supersede_a_builtin_rule(tmp_path):
    path = tmp_path / "house.yaml"
    path.write_text(HOUSE.format(target="unsupported-cure-claim"), encoding="utf-8")
    rules = load_rules([path])
    engine = Engine.create(rules, select=["MED101", "HSE001"])
    found = engine.check_source("post.md", "Our cells are a miracle cure for arthritis.").findings
    assert [f.code for f in found] == ["HSE001"]


@pytest.mark.parametrize(
    ("target", "message"),
    [("no-such-rule", "unknown rule 'no-such-rule'"), ("HSE001", "cannot supersede itself")],
)
def test_a_supersedes_entry_must_name_another_rule(tmp_path, target, message):
    path = tmp_path / "house.yaml"
    path.write_text(HOUSE.format(target=target), encoding="utf-8")
    with pytest.raises(RuleError) as exc:
        load_rules([path])
    assert str(exc.value).startswith(f"{path}:2: rule 'miracle-word': field 'supersedes'")
    assert message in str(exc.value)

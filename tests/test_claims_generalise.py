"""Claim rules on copy unlike what they were written against (issue 3, second round).

The causes of the disagreements on the second blind set, as a user sees them:
therapies and products outside the old vocabulary, claims in tables, testimonials
and study findings that present a therapy, critics' and reporters' accounts, a
"no" that negates only its own noun phrase, and commercial promises that are not
about health.
"""

from __future__ import annotations

import pytest
from rulecheck import RULES, codes

from medlint.engine import Engine
from medlint.linguistics import _builtin


@pytest.mark.parametrize(
    "text",
    [
        "Twice-weekly BPC-157 shots rebuild a frayed hamstring.",
        "Our peptide stack restores a damaged gut lining.",
        "Cord-tissue cell infusions repair a worn hip.",
    ],
)
def test_injectable_peptides_and_cord_tissue_are_experimental(text):
    assert codes(text, "MED101", "MED401") == ["MED101", "MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Our magnetic insoles cure heel pain.",
        "These capsules rebuild the cartilage in your hips.",
        "Our chiropractic adjustments fix a bad back.",
    ],
)
def test_ordinary_products_make_claims_but_need_no_research_caveat(text):
    assert codes(text, "MED101", "MED401") == ["MED101"]


@pytest.mark.parametrize(
    "text",
    [
        "Overseas clinics sell cures that no trial supports.",
        "It is false to claim that exosomes cure Parkinson's disease.",
        "Advocates claim it shrinks slipped discs.",
        "Patients often expect stem cells to regrow a whole knee.",
    ],
)
def test_nouns_denials_and_other_peoples_claims_are_not_claims(text):
    assert codes(text, "MED101", "MED401") == []


def test_no_negates_only_its_own_noun_phrase():
    analyzer = _builtin()
    text = "Our protocol means no operation and a pain-free knee."
    start = text.index("pain-free")
    assert analyzer.view(text, start, start + 9).asserted
    text = "No injection has been shown to make a knee pain-free."
    start = text.index("pain-free")
    assert analyzer.view(text, start, start + 9).negated


def test_each_item_of_a_list_of_noes_is_a_claim():
    assert codes("No needles, no downtime, no side effects.", "MED103") == ["MED103"]


def test_a_testimonial_quoted_over_two_sentences_is_not_the_writers_claim():
    text = '> "The PRP shot fixed my knee. I walk my dog again."\n> Ana, Reno'
    assert codes(text, "MED101", "MED401") == ["MED401"]


def test_claims_in_table_cells_are_reported_at_the_cell():
    text = (
        "| Condition | With our exosomes |\n|---|---|\n| Hip arthritis | Pain-free in a month |\n"
    )
    engine = Engine.create(RULES, select=["MED101", "MED401"])
    found = {(f.code, f.line, f.excerpt) for f in engine.check_source("t.md", text).findings}
    assert ("MED101", 3, "Pain-free") in found
    assert any(code == "MED401" for code, _, _ in found)


def test_a_caveat_in_a_table_cell_clears_the_article():
    text = "| Condition | Stem cells |\n|---|---|\n| Knee pain | Experimental |"
    assert codes(text, "MED401") == []


@pytest.mark.parametrize(
    "text",
    [
        "In a 2021 study, runners given PRP reported feeling stronger sooner (Ng et al., 2021).",
        "Exosome therapy offers new hope for people with tinnitus.",
        "Stem cells for: gout · asthma · migraines",
        "### What can exosomes help with?\n\nAching knees and thinning hair.",
        "Walk better after one stem cell shot or we will refund every cent.",
    ],
)
def test_study_findings_hope_lists_and_refunds_present_a_therapy(text):
    assert codes(text, "MED401") == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Exosomes may one day repair nerves; so far they have only been tested in mice.",
        "A trial found PRP eased elbow pain (Ruiz 2019); the authors called for larger trials.",
        "### Does PRP rebuild cartilage?\n\nNo. It has not been shown to, and it is experimental.",
    ],
)
def test_lab_only_work_and_calls_for_better_trials_are_caveats(text):
    assert codes(text, "MED401") == []


def test_guarantees_about_service_are_not_health_outcomes():
    assert codes("We guarantee you will be seen by a nurse on arrival.", "MED104") == []
    assert codes("We guarantee you will walk without pain.", "MED104") == ["MED104"]


@pytest.mark.parametrize(
    "text",
    [
        "Only 4 vials of the exosome serum remain in stock.",
        "Only six consultations are left this month.",
        "Book before Monday to get 25% off your first PRP session.",
    ],
)
def test_scarcity_by_stock_or_count_and_price_deadlines_are_pressure(text):
    assert codes(text, "MED701") == ["MED701"]


def test_many_unnamed_studies_are_an_appeal_that_carries_its_claim():
    text = "Study after study shows that ozone injections heal torn discs."
    assert codes(text, "MED101", "MED201") == ["MED101", "MED201"]

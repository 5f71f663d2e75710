"""Claim rules by mechanism rather than by phrase (issue 3, third round).

What a user sees: an outcome word counts only when it is about health; a
complaint named before its resolution is an outcome; how the procedure feels is
not; a patient's account is theirs, not the writer's claim, but it still
presents the therapy; lists of complaints, offers under a lead-in and quoted
testimonials present a therapy; risk-free services, test turnaround and true
statements about approved products are left alone; footnotes that open with a
superscript number cite.
"""

from __future__ import annotations

import pytest
from rulecheck import codes


@pytest.mark.parametrize(
    "text",
    [
        "We rebuilt our booking page so you can choose a time in seconds.",
        "Our mission is to restore readers' faith in stem cell science with plain facts.",
        "Numbing cream makes the PRP injection itself nearly pain-free.",
        "Mild pain at the injection site is normal after PRP and is usually gone in two days.",
    ],
)
def test_outcome_words_not_about_health_are_not_claims(text):
    assert codes(text, "MED101") == []


@pytest.mark.parametrize(
    "text",
    [
        "Twice-weekly peptide shots strengthen a torn calf muscle.",
        "One round of prolotherapy and your sciatica is gone.",
        "Two NAD+ drips and the brain fog lifted.",
        "Our BMAC injections put runners back on the track in a month.",
        "A ketogenic diet reverses type 2 diabetes.",
        "| Result | Week |\n|---|---|\n| Tendon healed | 6 |",
    ],
)
def test_health_outcomes_in_other_words_are_claims(text):
    assert codes(text, "MED101") == ["MED101"]


def test_a_patients_account_is_a_testimonial_not_the_writers_claim():
    text = "Our patient Marta says her tendon pain is gone after PRP."
    assert codes(text, "MED101", "MED401") == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Our placental cell injections are used for lupus, COPD, tinnitus and hair loss.",
        "We treat these with BMAC:\n\n- Hip arthritis\n- Rotator cuff tears\n- Tennis elbow",
        "Ask our team whether exosome therapy could ease your shoulder pain.",
        '"My knee has never felt this good." (Raj, 58)\n\nBook a BMAC consultation today.',
        "Seven in ten of our stem cell patients notice results within a month.",
        "## Stem cell plans\n\n| Condition | Infusions |\n|---|---|\n| Heart failure | 4 |",
    ],
)
def test_lists_offers_testimonials_and_rates_present_a_therapy(text):
    assert codes(text, "MED401") == ["MED401"]


@pytest.mark.parametrize(
    "text",
    [
        "Trials are testing exosomes in stroke, heart failure, COPD and kidney disease; "
        "none of these uses is approved.",
        "Work in mice hints that exosomes might calm arthritic joints, but no benefit in "
        "patients has been shown.",
        '"I felt no change at all after my stem cell shot," says Ana, 63.',
    ],
)
def test_research_lists_caveats_and_negative_quotes_do_not_present_a_therapy(text):
    assert codes(text, "MED401") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Try our newsletter risk-free and unsubscribe at any time.", []),
        ("Our stem cell shots are risk-free.", ["MED103"]),
        ("Because the cells are your own, your body cannot reject them.", ["MED103"]),
        ("A clinic that swears its exosomes have no side effects is one to avoid.", []),
    ],
)
def test_safety_absolutes_about_health_only(text, expected):
    assert codes(text, "MED103") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blood test results are guaranteed back within 48 hours.", []),
        ("Feel the difference in a month or get a full refund.", ["MED104"]),
        ("Whatever your age, our exosome injections will work for you.", ["MED104"]),
        ("Eight in ten of our PRP patients are walking without a cane in a month.", ["MED104"]),
        ("Our patients end up with 60% less knee pain.", ["MED104"]),
    ],
)
def test_guarantees_and_rates(text, expected):
    assert codes(text, "MED104") == expected


@pytest.mark.parametrize(
    "text",
    [
        "FDA-approved numbing cream is applied before your PRP injection.",
        "In 2024 the FDA approved a mesenchymal cell therapy for children with "
        "graft-versus-host disease.",
        "Cord blood holds blood-forming stem cells. Transplants of them are FDA-approved "
        "for some blood cancers.",
    ],
)
def test_true_statements_about_approved_products(text):
    assert codes(text, "MED102") == []


def test_an_appeal_that_reports_no_effect_is_not_an_uncited_claim():
    text = "PRP is offered for tendon pain, and some trials found no benefit over saline."
    assert codes(text, "MED201") == []


def test_a_footnote_that_opens_with_its_superscript_number_cites():
    text = (
        "PRP eased elbow pain more than steroid shots in a 2019 trial\u00b2.\n\n---\n\n"
        "\u00b2 Okafor N, Brandt S. Am J Sports Med. 2019;47(6):1400-1408.\n"
    )
    assert codes(text, "MED101") == []


def test_price_rises_and_openings_left_are_pressure():
    assert codes("Prices rise on 1 May, so lock in your rate now.", "MED701") == ["MED701"]
    assert codes("We have two openings left this month.", "MED701") == ["MED701"]
    assert codes("Drug prices rise every year.", "MED701") == []


# -- issue 3, fourth round -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sprained ligaments heal over weeks; most need physio whichever treatment they pick.",
        "Broken bones knit back together on their own, with or without an injection.",
    ],
)
def test_the_bodys_own_course_is_not_a_claim(text):
    assert codes(text, "unsupported-cure-claim") == []


def test_a_title_line_names_the_treatment_of_the_paragraph_below_it():
    text = (
        "🦵 Exosomes for runner's knee 🦵\n\nThese messengers rebuild worn cartilage in a month.\n"
    )
    assert codes(text, "unsupported-cure-claim", "missing-early-research-caveat") == [
        "MED101",
        "MED401",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "According to leading specialists, our collagen drink rebuilds worn cartilage.",
            ["MED101", "MED201"],
        ),
        ("The science is clear: NAD+ drips reverse cellular ageing.", ["MED101", "MED201"]),
        ("Not yet, according to most researchers.", []),
    ],
)
def test_appeals_to_authority_in_other_words(text, expected):
    assert codes(text, "unsupported-cure-claim", "uncited-research-claim") == expected


def test_list_items_under_a_warning_report_what_clinics_claim():
    text = "Watch out for clinics that:\n\n- call exosomes FDA-approved\n- say there is no risk\n"
    assert codes(text, "unapproved-fda-claim", "safety-absolute") == []
    plain = "Why patients choose us:\n\n- our exosomes are FDA-approved\n- there is no risk\n"
    assert codes(plain, "unapproved-fda-claim", "safety-absolute") == ["MED102", "MED103"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our knee patients skip a replacement eight times out of ten.", ["MED104"]),
        ("SAY GOODBYE TO KNEE PAIN FOREVER WITH OUR PRP SHOTS!", ["MED104"]),
        ("Full money-back guarantee if you don't love the flavour of our shake.", []),
    ],
)
def test_rates_permanence_in_capitals_and_guarantees_on_taste(text, expected):
    assert codes(text, "guaranteed-outcome") == expected

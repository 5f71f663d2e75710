"""Claim rules by mechanism (issue 3, fifth round), as a user sees them.

Single-quoted words after a report are a quotation; an outcome verb acting on a
health matter is a claim whatever sells it; a safety or claim word is judged by
what it applies to; a share of "our" clients and a promise with a remedy are
guarantees; a question followed by a call to act offers the therapy; the
catch-all group of conditions spans many body systems.
"""

from __future__ import annotations

import pytest
from rulecheck import codes


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The spa's leaflet promised to 'rebuild arthritic joints', which nobody checked.", []),
        ("Our spa treatment will rebuild arthritic joints.", ["MED101"]),
        ("Our beetroot shot rebuilds worn hip cartilage in a fortnight.", ["MED101"]),
        ("Our sea-moss gel cures gastritis.", ["MED101"]),
        ("Bone is remodelled and rebuilt throughout life.", []),
        ("Paying your invoice is now pain-free with our new app.", []),
        ("After four PRP sessions, her shoulder was pain-free.", ["MED101"]),
        ("There is scant evidence that copper bracelets ease joint pain.", []),
    ],
)
def test_outcome_words_by_what_they_act_on(text, expected):
    assert codes(text, "unsupported-cure-claim") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Join our loyalty scheme risk-free and leave whenever you want.", []),
        ("Book a risk-free first visit: if PRP does not suit you, it costs nothing.", []),
        ("Our cord-blood infusions are quick, gentle and risk-free.", ["MED103"]),
        ("When a clinic tells you its shots carry no risk, ask for the data.", []),
        ("✔ Same-day results ✔ No downtime ✔ Zero complications", ["MED103"]),
        ("Because the cells are your own, an allergic reaction is impossible.", ["MED103"]),
    ],
)
def test_safety_words_by_what_they_apply_to(text, expected):
    assert codes(text, "safety-absolute") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our stem cell protocol eases knee pain in 92% of our patients.", ["MED104"]),
        ("Seven in ten of our NAD+ clients wave goodbye to brain fog.", ["MED104"]),
        ("Seven in ten of our clients are over sixty.", []),
        ("After one exosome course you will never suffer from sciatica again.", ["MED104"]),
        (
            "Our recovery pledge: if your knee is not moving better by week eight, "
            "the next injection is on us.",
            ["MED104"],
        ),
        ("If you are not happy with your massage, the next one is free.", []),
    ],
)
def test_rates_of_our_clients_and_promises_with_a_remedy(text, expected):
    assert codes(text, "guaranteed-outcome") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Could PRP help your elbow? Call our team to find out.", ["MED401"]),
        ("Could PRP help a torn tendon? Researchers are still trying to answer that.", []),
        ("Our PRP kit is TGA approved for tendon repair.", ["MED401"]),
        ("A large body of evidence supports BMAC for knee cartilage defects.", ["MED401"]),
    ],
)
def test_questions_with_a_call_to_act_and_approvals_for_an_outcome(text, expected):
    assert codes(text, "missing-early-research-caveat") == expected


def test_pressure_in_other_words():
    assert codes("Hurry: our spring BMAC rate vanishes at midnight Sunday.", "pressure-tactic") == [
        "MED701"
    ]
    assert codes("Our clinic closes at 6pm on Mondays.", "pressure-tactic") == []


def test_catch_all_conditions_and_unknown_items_under_an_offer():
    prose = (
        "Our ozone drips help with shingles, Lyme disease, fibromyalgia, depression "
        "and chronic fatigue."
    )
    assert codes(prose, "disease-list-claim") == ["MED105"]
    items = "- Hair loss\n- Tinnitus\n- Knee arthritis\n- Dry eyes\n- Stubborn scars\n"
    offered = "Patients fly to us for our exosome treatment for:\n\n" + items
    assert codes(offered, "disease-list-claim") == ["MED105"]
    topics = "Topics in our free exosome webinar:\n\n" + items
    assert codes(topics, "disease-list-claim") == []


def test_everyone_treated_is_a_rate_and_experts_knowing_is_an_appeal():
    assert codes(
        "Every runner we have treated was back racing within a month.", "guaranteed-outcome"
    ) == ["MED104"]
    assert codes("Every runner we see gets a written exercise plan.", "guaranteed-outcome") == []
    text = "Experts now know that turmeric shots heal inflamed tendons."
    assert codes(text, "unsupported-cure-claim", "uncited-research-claim") == ["MED101", "MED201"]


def test_a_small_study_told_in_numbers_is_a_caveat():
    text = (
        "A small trial reported that PRP eased heel pain (Baird et al., 2021), though it "
        "enrolled just 30 patients and had no placebo arm."
    )
    assert codes(text, "missing-early-research-caveat") == []


def test_a_bare_outcome_in_a_table_row_claims_it_for_the_row_complaint():
    table = "| Complaint | With our insoles |\n|---|---|\n| Heel pain | Gone in ten days |\n"
    assert codes(table, "unsupported-cure-claim") == ["MED101"]
    aftercare = "| Symptom | What to expect |\n|---|---|\n| Swelling | Gone in two days |\n"
    assert codes(aftercare, "unsupported-cure-claim") == []

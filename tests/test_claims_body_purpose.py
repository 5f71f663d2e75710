"""The body's own work told through an infinitive of purpose is no claim.

Seed 002 explains inflammation: "your body sends inflammatory cells to the site
to clean up damage and fight off potential infection". The doer of "fight off"
is the body (or its cells), named before the "to"; a treatment or the clinic in
the clause still makes it a claim.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

QUIET = [
    "When you get an injury, your body sends inflammatory cells to the site to clean "
    "up damage and fight off potential infection.",
    "Your immune system sends white cells to fight off infection.",
    "After a cut, the skin calls in neutrophils to wall off and kill bacteria.",
    "The lymphatic system carries antibodies to the gut to fight off infections.",
]

FLAGGED = [
    "Our ozone protocol clears stubborn infections.",
    "We inject exosomes to fight off infection.",
    "The drip sends nutrients to your cells to fight off infection.",
    "Our elderberry syrup helps your body fight off colds.",
    "Your body uses our peptide to fight off infection.",
]


@pytest.mark.parametrize("text", QUIET)
def test_body_at_work_through_purpose_is_quiet(text):
    assert codes(text, "unsupported-cure-claim") == []


@pytest.mark.parametrize("text", FLAGGED)
def test_treatment_or_clinic_in_clause_still_flagged(text):
    assert codes(text, "unsupported-cure-claim") == ["MED101"]

"""The benchmark corpus's careful sentences raise no claim finding, for any filling.

bench/corpus.py writes hedged and neutral sentences (descriptions of anatomy,
procedures, costs, exercise advice) next to its claims. A reviewer reading a
generated article would not flag them, so no claim rule may: every template is
tried with every therapy, body part and problem.
"""

from __future__ import annotations

import itertools
import sys

import pytest
from paths import REPO

from medlint.engine import Engine
from medlint.rules import load_rules

sys.path.insert(0, str(REPO / "bench"))
import corpus  # noqa: E402

CLAIM_RULES = ["MED101", "MED102", "MED103", "MED104", "MED105", "MED201", "MED701"]


@pytest.fixture(scope="module")
def engine():
    return Engine.create(load_rules(), select=CLAIM_RULES)


def _fillings(template: str):
    for therapy, part, problem in itertools.product(
        corpus.THERAPIES, corpus.PARTS, corpus.PROBLEMS
    ):
        if template.startswith("{therapy}"):
            therapy = therapy[0].upper() + therapy[1:]
        yield template.format(therapy=therapy, part=part, problem=problem)


@pytest.mark.parametrize("template", corpus.HEDGED + corpus.NEUTRAL)
def test_careful_sentences_raise_no_claim_finding(engine, template):
    flagged = {}
    for text in _fillings(template):
        for f in engine.check_source("careful.md", text).findings:
            flagged.setdefault(f.code, text)
    assert flagged == {}

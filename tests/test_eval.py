"""The labelled evaluation set: every rule it scores keeps precision >= 0.90 and recall >= 0.85."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
EVAL_DIR = REPO / "eval"
MY_RULES = {
    "unsupported-cure-claim",
    "uncited-research-claim",
    "incomplete-reference",
    "dangling-citation",
    "missing-early-research-caveat",
}


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "medlint_evaluate", REPO / "scripts" / "evaluate.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


evaluate = _load_script()


@pytest.fixture(scope="module")
def result():
    return evaluate.evaluate(EVAL_DIR)


def test_the_claims_set_is_large_and_has_no_duplicates():
    data = yaml.safe_load((EVAL_DIR / "claims.yaml").read_text(encoding="utf-8"))
    texts = [" ".join(item["text"].split()) for item in data["items"]]
    assert len(texts) >= 400
    assert len(set(texts)) == len(texts), "duplicate items in eval/claims.yaml"


def test_every_claim_citation_and_caveat_rule_is_scored_on_enough_examples(result):
    assert set(result.scores) >= MY_RULES
    for rule in MY_RULES:
        score = result.scores[rule]
        assert score.positives >= 10, f"{rule}: only {score.positives} labelled positives"
        assert score.items - score.positives >= 100, f"{rule}: too few negative items"


def test_every_scored_rule_meets_the_thresholds(result):
    report = evaluate.render(result, evaluate.MIN_PRECISION, evaluate.MIN_RECALL)
    failing = [
        s.rule
        for s in result.scores.values()
        if not s.passes(evaluate.MIN_PRECISION, evaluate.MIN_RECALL)
    ]
    details = evaluate.render_misses(result)
    assert not failing, f"below threshold: {failing}\n{report}\n{details}"


def test_scoring_counts_misses_both_ways(tmp_path):
    (tmp_path / "tiny.yaml").write_text(
        """
evaluates: [MED101]
items:
  - text: Our shots cure arthritis.
    rules: [MED101]
  - text: There is no cure for arthritis.
    rules: [MED101]
  - text: Exosomes heal torn tendons.
    rules: []
  - text: Osteoarthritis wears down cartilage.
    rules: []
""",
        encoding="utf-8",
    )
    result = evaluate.evaluate(tmp_path)
    score = result.scores["unsupported-cure-claim"]
    assert (score.tp, score.fn, score.fp, score.items) == (1, 1, 1, 4)
    assert score.precision == 0.5 and score.recall == 0.5
    assert not score.passes(0.9, 0.85)
    kinds = sorted((m.kind, m.item.line) for m in result.misses)
    assert kinds == [("false negative", 6), ("false positive", 8)]
    assert evaluate.main(["--eval", str(tmp_path), "--check"]) == 1


def test_a_malformed_set_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text("items:\n  - text: x\n    rules: [NOPE999]\n")
    assert evaluate.main(["--eval", str(tmp_path)]) == 2
    assert "unknown rule 'NOPE999'" in capsys.readouterr().err

"""Hedge, negation, question, condition and report analysis, and the external benchmark script."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from medlint.engine import Engine
from medlint.linguistics import Analyzer, assess
from medlint.rules import load_rules

REPO = Path(__file__).resolve().parent.parent
RULES = load_rules()
ANALYZER = Analyzer.from_vocabulary(RULES.vocabulary)


@pytest.mark.parametrize(
    "sentence",
    [
        "These results suggest that the protein may bind DNA.",
        "It is unclear whether the cells survive in the joint.",
        "The injections might ease pain for some people.",
        "We hypothesize that exosomes carry the signal.",
        "It appears that the effect depends on the dose.",
        "Stem cells are being studied for back pain.",
    ],
)
def test_speculative_sentences(sentence):
    a = assess(sentence)
    assert a.speculative and a.hedge_cues


@pytest.mark.parametrize(
    "sentence",
    [
        "The receptor was studied in twenty patients.",
        "PRP relieves tendon pain.",
        "Binding could not be detected in these cells.",
    ],
)
def test_factual_sentences_are_not_speculative(sentence):
    assert not assess(sentence).speculative


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("Binding could not be detected in these cells.", True),
        ("There is no cure for osteoarthritis.", True),
        ("The cells failed to respond to the drug.", True),
        ("The tendon rarely heals on its own.", True),
        ("The cells responded to the drug within hours.", False),
    ],
)
def test_negation(sentence, negated):
    assert assess(sentence).negated is negated


def _view(sentence: str, phrase: str):
    start = sentence.index(phrase)
    return ANALYZER.view(sentence, start, start + len(phrase))


def test_views_of_a_claim_phrase():
    assert _view("Stem cells heal knees.", "heal").asserted
    assert _view("Stem cells may heal knees.", "heal").hedged
    assert _view("Stem cells do not heal knees.", "heal").negated
    assert _view("No one should expect a single shot to end back pain.", "end back pain").negated
    assert _view("Do stem cells heal knees?", "heal").question
    assert _view("If stem cells heal knees, surgeons will notice.", "heal").conditional
    assert _view('An ad said "stem cells heal knees" last year.', "heal").quoted
    assert _view("The FTC said the clinic claimed its cells heal knees.", "heal").reported
    # A negation in another clause does not reach the claim.
    assert _view("It is not cheap, but PRP heals tendons.", "heals").asserted


def test_hedges_come_from_the_yaml_packs(tmp_path):
    text = "Exosome shots supposedly heal torn tendons."
    engine = Engine.create(RULES, select=["unsupported-cure-claim"])
    assert [f.code for f in engine.check_source("a.md", text).findings] == ["MED101"]
    pack = tmp_path / "house.yaml"
    pack.write_text('vocabulary:\n  hedges: ["supposedly"]\n', encoding="utf-8")
    extended = load_rules([pack])
    engine = Engine.create(extended, select=["unsupported-cure-claim"])
    assert engine.check_source("a.md", text).findings == []


def _external():
    path = REPO / "scripts" / "external_eval.py"
    spec = importlib.util.spec_from_file_location("medlint_external_eval", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_external_eval_without_data_says_so_and_succeeds(tmp_path, capsys):
    assert _external().main(["--data", str(tmp_path / "missing")]) == 0
    assert "no corpora" in capsys.readouterr().out


def test_external_eval_scores_small_corpora(tmp_path, capsys):
    bio = tmp_path / "bioscope"
    bio.mkdir()
    (bio / "abstracts.xml").write_text(
        """<?xml version="1.0"?>
<Annotation><DocumentSet><Document><DocumentPart>
<sentence id="s1">These data <xcope id="x1"><cue type="speculation" ref="x1">suggest</cue>
 a role for the protein</xcope>.</sentence>
<sentence id="s2">The protein binds DNA.</sentence>
<sentence id="s3">The protein does <xcope id="x2"><cue type="negation" ref="x2">not</cue>
 bind RNA</xcope>.</sentence>
<sentence id="s4">The gene may be silent in liver cells.</sentence>
</DocumentPart></Document></DocumentSet></Annotation>
""",
        encoding="utf-8",
    )
    yu = tmp_path / "yu2019-causal-language"
    yu.mkdir()
    (yu / "pubmed_causal_language_use.csv").write_text(
        "sentence,label\n"
        '"Exercise may reduce the risk of falls.",2\n'
        '"Exercise reduces the risk of falls.",1\n'
        '"Coffee intake was associated with lower mortality.",3\n'
        '"The groups did not differ.",0\n',
        encoding="utf-8",
    )
    assert _external().main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    # s1 is found, s4 is a false alarm (not annotated): P=0.5, R=1.0.
    assert "speculation, abstracts" in out and "P=0.500  R=1.000  F1=0.667" in out
    assert "negation, abstracts" in out and "P=1.000  R=1.000  F1=1.000" in out
    assert "full papers: " in out and "not found, skipped" in out
    line = next(x for x in out.splitlines() if "conditional (2) vs direct (1)" in x)
    assert "P=1.000  R=1.000" in line


# Clause scope: subordinate clauses and clauses that open with a negative word.
@pytest.mark.parametrize(
    ("sentence", "span", "asserted"),
    [
        (
            "No stem cell product is approved by the FDA to treat knee arthritis.",
            "treat knee arthritis",
            False,
        ),
        (
            "Although exosome therapy is not FDA approved, it is completely safe.",
            "completely safe",
            True,
        ),
        ("Because the cells are your own, they heal the joint.", "heal", True),
        ("Stem cells, however, do not heal joints.", "heal", False),
        (
            "Anyone who tells you that stem cells will cure your MS is selling something.",
            "cure",
            False,
        ),
    ],
)
def test_clause_scope(sentence, span, asserted):
    from medlint.linguistics import _builtin

    start = sentence.index(span)
    assert _builtin().view(sentence, start, start + len(span)).asserted is asserted

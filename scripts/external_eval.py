"""Score medlint's hedge and negation analysis on two public corpora.

The corpora are read where they are (``../shared/external/`` beside the
repository, or ``--data DIR``) and never copied into the project:

* BioScope (Vincze et al. 2008), ``bioscope/abstracts.xml`` and
  ``bioscope/full_papers.xml``: a sentence is *speculative* when it holds a
  speculation cue and *negated* when it holds a negation cue. We report
  precision, recall and F1 of :func:`medlint.linguistics.assess` for both, on
  abstracts, full papers and both together (CoNLL-2010 task 1 scores the
  "uncertain" class the same way; its best systems reached about 0.86 F1).
* Yu, Li & Wang (2019), ``yu2019-causal-language/pubmed_causal_language_use.csv``:
  PubMed conclusion sentences labelled 0 no relationship, 1 direct causal,
  2 conditional causal, 3 correlational (see the corpus's SOURCE.md). We report
  how well "hedged" separates conditional causal (2) from direct causal (1),
  and a four-class confusion table from a rough mapping (hedged causal ->
  conditional, correlational wording -> correlational, causal verb ->
  direct, else none). BioBERT reached 0.88 macro-F1 on the four classes.

Usage::

    python scripts/external_eval.py [--data DIR] [--errors N]

Exits 0 with a message when the data is not there.
"""

from __future__ import annotations

import argparse
import csv
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from medlint.linguistics import assess  # noqa: E402
from medlint.patterns import alternation, search  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "external"
BIOSCOPE_FILES = (("abstracts", "abstracts.xml"), ("full papers", "full_papers.xml"))
YU_FILE = Path("yu2019-causal-language") / "pubmed_causal_language_use.csv"
YU_LABELS = {0: "none", 1: "direct", 2: "conditional", 3: "correlational"}

# Used only for the rough four-class mapping of the Yu corpus; the hedge analysis
# itself is medlint's (assess), with the vocabulary of the rule packs.
_CORRELATIONAL = alternation(
    [
        r"associat\w*",
        r"correlat\w*",
        r"linked (?:to|with)",
        r"link between",
        r"related to",
        r"relationship",
        r"predict\w*",
        r"risk factors?",
        r"higher|lower|greater|more|less",
    ]
)
_CAUSAL = alternation(
    [
        r"caus\w+",
        r"increas\w+",
        r"decreas\w+",
        r"reduc\w+",
        r"improv\w+",
        r"prevent\w*",
        r"lead\w* to",
        r"led to",
        r"result\w* in",
        r"induc\w+",
        r"promot\w+",
        r"enhanc\w+",
        r"inhibit\w*",
        r"protect\w*",
        r"effective",
        r"benefit\w*",
        r"contribut\w+",
        r"affect\w*",
        r"impair\w*",
        r"alleviat\w+",
        r"attenuat\w+",
        r"worsen\w*",
        r"lower\w*",
        r"rais\w+",
    ]
)


class Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = 0

    def add(self, gold: bool, predicted: bool) -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        n = self.tp + self.fp + self.fn + self.tn
        return (
            f"  {label:34} n={n:6d}  gold={self.tp + self.fn:5d}  P={self.precision:.3f}  "
            f"R={self.recall:.3f}  F1={self.f1:.3f}"
        )


def bioscope_sentences(path: Path):
    """(text, speculative, negated) for every sentence of a BioScope XML file."""
    for sentence in ET.parse(path).getroot().iter("sentence"):
        text = "".join(sentence.itertext())
        types = {cue.get("type") for cue in sentence.iter("cue")}
        yield " ".join(text.split()), "speculation" in types, "negation" in types


def run_bioscope(folder: Path, show_errors: int) -> list[str]:
    out = ["BioScope (sentence level; a sentence is positive when it holds a cue)"]
    total_spec, total_neg = Counts(), Counts()
    errors: dict[str, list[str]] = {"spec FP": [], "spec FN": [], "neg FP": [], "neg FN": []}
    for label, name in BIOSCOPE_FILES:
        path = folder / name
        if not path.is_file():
            out.append(f"  {label}: {path} not found, skipped")
            continue
        spec, neg = Counts(), Counts()
        for text, gold_spec, gold_neg in bioscope_sentences(path):
            a = assess(text)
            spec.add(gold_spec, a.speculative)
            neg.add(gold_neg, a.negated)
            total_spec.add(gold_spec, a.speculative)
            total_neg.add(gold_neg, a.negated)
            for key, gold, pred, cues in (
                ("spec", gold_spec, a.speculative, a.hedge_cues),
                ("neg", gold_neg, a.negated, a.negation_cues),
            ):
                if gold != pred:
                    kind = f"{key} {'FP' if pred else 'FN'}"
                    if len(errors[kind]) < show_errors:
                        errors[kind].append(f"{text[:150]}  {list(cues)}")
        out.append(spec.line(f"speculation, {label}"))
        out.append(neg.line(f"negation, {label}"))
    out.append(total_spec.line("speculation, abstracts + full papers"))
    out.append(total_neg.line("negation, abstracts + full papers"))
    for kind, items in errors.items():
        if items:
            out.append(f"  -- {kind} (first {len(items)})")
            out.extend(f"     {e}" for e in items)
    return out


def yu_rows(path: Path):
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                yield row["sentence"], int(row["label"])
            except (KeyError, ValueError):
                continue


def four_class(text: str) -> int:
    a = assess(text)
    causal = search(_CAUSAL, text) is not None
    if causal and a.speculative:
        return 2
    if search(_CORRELATIONAL, text) is not None and not (causal and not a.speculative):
        return 3
    if causal:
        return 1
    return 0


def run_yu(path: Path) -> list[str]:
    out = [
        "Yu, Li & Wang 2019 (labels: 0 none, 1 direct causal, 2 conditional causal, "
        "3 correlational)"
    ]
    rows = list(yu_rows(path))
    hedged = Counts()
    confusion: Counter = Counter()
    for text, label in rows:
        if label in (1, 2):
            hedged.add(label == 2, assess(text).speculative)
        confusion[(label, four_class(text))] += 1
    out.append(hedged.line("'hedged' = conditional (2) vs direct (1)"))
    direct_hedged = hedged.fp / (hedged.fp + hedged.tn) if hedged.fp + hedged.tn else 0.0
    out.append(f"  direct causal sentences called hedged: {direct_hedged:.3f}")
    out.append("  four-class mapping, rows = gold, columns = predicted:")
    out.append("  " + " " * 15 + "".join(f"{YU_LABELS[c]:>14}" for c in range(4)))
    f1s = []
    for g in range(4):
        out.append(f"  {YU_LABELS[g]:>15}" + "".join(f"{confusion[(g, c)]:14d}" for c in range(4)))
        tp = confusion[(g, g)]
        pred = sum(confusion[(x, g)] for x in range(4))
        gold = sum(confusion[(g, x)] for x in range(4))
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    correct = sum(confusion[(c, c)] for c in range(4))
    out.append(
        f"  accuracy {correct / max(1, len(rows)):.3f}, macro-F1 {sum(f1s) / 4:.3f} "
        f"(per class: {', '.join(f'{YU_LABELS[c]} {f:.2f}' for c, f in enumerate(f1s))})"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Hedge and negation analysis on BioScope and Yu et al. 2019."
    )
    parser.add_argument(
        "--data",
        default=str(DEFAULT_DATA),
        help="folder holding bioscope/ and yu2019-causal-language/ "
        "(default: ../shared/external beside the repository)",
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="show the first N disagreements of each kind on BioScope",
    )
    args = parser.parse_args(argv)
    data = Path(args.data)
    bioscope = data / "bioscope"
    yu = data / YU_FILE
    if not bioscope.is_dir() and not yu.is_file():
        print(
            f"external_eval: no corpora under {data} (expected bioscope/ and {YU_FILE}); "
            "nothing to score."
        )
        return 0
    lines: list[str] = []
    if bioscope.is_dir():
        lines += run_bioscope(bioscope, args.errors)
    else:
        lines.append(f"BioScope: {bioscope} not found, skipped")
    lines.append("")
    if yu.is_file():
        lines += run_yu(yu)
    else:
        lines.append(f"Yu 2019: {yu} not found, skipped")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

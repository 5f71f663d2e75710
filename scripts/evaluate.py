"""Precision and recall of medlint's rules on the labelled sets in ``eval/``.

Every ``eval/*.yaml`` file holds items, each a short Markdown document labelled
with the rules that must report on it::

    evaluates: [MED101, MED201]      # optional; default: every rule labelled in the file
    items:                           # or the file is just this list
      - text: Stem cells regrow cartilage.
        rules: [MED101]              # rule codes or names; [] when nothing should fire
      - text: "<p>...</p>"
        format: html                 # optional: markdown (default), html or text
        rules: []

An item is a true positive for a rule when the rule is labelled and reports at
least once, a false positive when it reports but is not labelled, a false
negative when it is labelled but silent. Each file is scored only for the rules
it evaluates, and the counts are added up per rule over all files.

Usage::

    python scripts/evaluate.py                 # table of precision and recall per rule
    python scripts/evaluate.py --details       # also every miss, with its line in the set
    python scripts/evaluate.py --check         # exit 1 below --min-precision / --min-recall
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from medlint.engine import Engine  # noqa: E402
from medlint.rules import RuleSet, load_rules  # noqa: E402

MIN_PRECISION = 0.90
MIN_RECALL = 0.85
FORMATS = {
    "markdown": "markdown",
    "md": "markdown",
    "html": "html",
    "text": "text",
    "txt": "text",
    "plain": "text",
}


class EvalError(ValueError):
    """A labelled set is malformed."""


@dataclass
class Item:
    path: Path
    line: int
    text: str
    expected: set[str]
    format: str = "markdown"


@dataclass
class Miss:
    item: Item
    rule: str
    kind: str  # "false positive" or "false negative"
    found: list[str] = field(default_factory=list)


@dataclass
class Score:
    rule: str
    code: str
    items: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.positives if self.positives else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if not p or not r:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def passes(self, min_precision: float, min_recall: float) -> bool:
        p = self.precision if self.precision is not None else 1.0
        return self.recall is not None and p >= min_precision and self.recall >= min_recall


@dataclass
class Result:
    scores: dict[str, Score]
    misses: list[Miss]
    items: int
    files: list[Path]


def _item_lines(text: str) -> list[int]:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if getattr(key, "value", None) == "items":
                node = value
                break
    if isinstance(node, yaml.SequenceNode):
        return [n.start_mark.line + 1 for n in node.value]
    return []


def load_set(path: Path, ruleset: RuleSet) -> tuple[list[Item], set[str]]:
    """The items of one labelled file, and the rule ids it evaluates."""
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise EvalError(f"{path}: malformed YAML: {exc}") from None
    evaluates = None
    if isinstance(data, dict):
        evaluates = data.get("evaluates")
        data = data.get("items")
    if not isinstance(data, list):
        raise EvalError(f"{path}: expected a list of items (or a mapping with 'items')")
    keys = ruleset.by_key()

    def resolve(names, where: str) -> set[str]:
        if not isinstance(names, list):
            raise EvalError(f"{where}: 'rules' must be a list")
        out = set()
        for name in names:
            rule = keys.get(str(name))
            if rule is None:
                raise EvalError(f"{where}: unknown rule '{name}'")
            out.add(rule.id)
        return out

    lines = _item_lines(text)
    items: list[Item] = []
    for n, raw in enumerate(data):
        line = lines[n] if n < len(lines) else 0
        where = f"{path}:{line}"
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            raise EvalError(f"{where}: each item needs a 'text' string")
        fmt = FORMATS.get(str(raw.get("format", "markdown")).lower())
        if fmt is None:
            raise EvalError(f"{where}: unknown format '{raw.get('format')}'")
        items.append(Item(path, line, raw["text"], resolve(raw.get("rules", []), where), fmt))
    if evaluates is None:
        scope = set().union(*(i.expected for i in items)) if items else set()
    else:
        scope = resolve(evaluates, f"{path}: evaluates")
    return items, scope


def evaluate(eval_dir: Path | str = ROOT / "eval", extra_rules=()) -> Result:
    eval_dir = Path(eval_dir)
    files = sorted(p for p in eval_dir.glob("*.y*ml") if p.is_file())
    if not files:
        raise EvalError(f"{eval_dir}: no labelled sets (*.yaml)")
    ruleset = load_rules(extra_rules)
    by_id = {r.id: r for r in ruleset.rules}
    scores: dict[str, Score] = {}
    misses: list[Miss] = []
    total = 0
    for path in files:
        items, scope = load_set(path, ruleset)
        if not scope:
            continue
        engine = Engine.create(ruleset, select=sorted(scope))
        for rule_id in scope:
            scores.setdefault(rule_id, Score(rule_id, by_id[rule_id].code))
        for item in items:
            total += 1
            name = f"{path.name}:{item.line}.{'html' if item.format == 'html' else 'md'}"
            report = engine.check_source(name, item.text, item.format)
            fired: dict[str, list[str]] = {}
            for f in report.findings:
                fired.setdefault(f.rule, []).append(f"{f.line}:{f.column} {f.code} {f.excerpt}")
            for rule_id in scope:
                score = scores[rule_id]
                score.items += 1
                want, got = rule_id in item.expected, rule_id in fired
                if want and got:
                    score.tp += 1
                elif got:
                    score.fp += 1
                    misses.append(Miss(item, rule_id, "false positive", fired[rule_id]))
                elif want:
                    score.fn += 1
                    misses.append(Miss(item, rule_id, "false negative"))
    return Result(scores, misses, total, files)


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def render(result: Result, min_precision: float, min_recall: float) -> str:
    rows = [
        f"Labelled items: {result.items} in {len(result.files)} file(s) "
        f"({', '.join(p.name for p in result.files)})",
        "",
    ]
    head = (
        f"{'rule':34} {'code':6} {'items':>5} {'pos':>4} {'TP':>4} {'FP':>4} {'FN':>4}  "
        f"{'prec':>5}  {'recall':>6}  {'F1':>5}"
    )
    rows += [head, "-" * len(head)]
    for score in sorted(result.scores.values(), key=lambda s: s.code):
        flag = "" if score.passes(min_precision, min_recall) else "  <-- below threshold"
        rows.append(
            f"{score.rule:34} {score.code:6} {score.items:5d} {score.positives:4d} "
            f"{score.tp:4d} {score.fp:4d} {score.fn:4d}  {_fmt(score.precision)}  "
            f"{_fmt(score.recall):>6}  {_fmt(score.f1)}{flag}"
        )
    rows.append("")
    rows.append(f"Thresholds: precision >= {min_precision:.2f}, recall >= {min_recall:.2f}")
    return "\n".join(rows)


def render_misses(result: Result) -> str:
    rows = []
    for miss in sorted(
        result.misses, key=lambda m: (m.rule, m.kind, str(m.item.path), m.item.line)
    ):
        text = " ".join(miss.item.text.split())
        text = text if len(text) <= 110 else text[:107] + "..."
        rows.append(f"{miss.item.path.name}:{miss.item.line}: {miss.kind} {miss.rule}: {text}")
        for f in miss.found:
            rows.append(f"    found {f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(ROOT / "eval"), help="folder of labelled sets")
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="extra rule pack (file or folder)",
    )
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a rule is below the thresholds"
    )
    parser.add_argument("--min-precision", type=float, default=MIN_PRECISION)
    parser.add_argument("--min-recall", type=float, default=MIN_RECALL)
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.eval, args.rules)
    except (EvalError, ValueError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    print(render(result, args.min_precision, args.min_recall))
    if args.details and result.misses:
        print()
        print(render_misses(result))
    if args.check and not all(
        s.passes(args.min_precision, args.min_recall) for s in result.scores.values()
    ):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

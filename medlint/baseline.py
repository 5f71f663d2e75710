"""Baselines: accept today's findings, report only new ones.

``medlint check --write-baseline FILE`` records every finding of the run;
``medlint check --baseline FILE`` then reports only findings that are not in it.
An entry is keyed on the file's path, the rule and the flagged text
(``Finding.excerpt``), never on line or column, so editing or moving other text
in the file does not bring old findings back; rewording the flagged text does.
Each key carries a count, so a file with three identical findings keeps three
baselined and reports a fourth.

Paths are stored relative to the folder holding the baseline file, with forward
slashes, so the file can be committed and used from any working folder.

The file is JSON in a stable order (one entry per key, sorted), so it diffs well::

    {
      "schema_version": 1,
      "tool": "medlint",
      "findings": [
        {"path": "posts/knee.md", "rule": "unsupported-cure-claim", "code": "MED101",
         "excerpt": "regenerate worn cartilage", "count": 1}
      ]
    }
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .findings import Finding
from .records import dataclass, field

SCHEMA_VERSION = 1
STDIN = "-"

Key = tuple[str, str, str]  # (path, rule id, excerpt)


class BaselineError(ValueError):
    """The baseline file cannot be read or written; the message names it."""


def key_path(path: str, base_dir: Path) -> str:
    """``path`` relative to ``base_dir`` with forward slashes (as it appears in the file)."""
    if path == STDIN:
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base_dir))
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def _key(finding: Finding, base_dir: Path) -> Key:
    return key_path(finding.path, base_dir), finding.rule, " ".join(finding.excerpt.split())


@dataclass
class Baseline:
    path: Path
    entries: Counter = field(default_factory=Counter)  # Key -> count

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def filter(self, findings: Iterable[Finding]) -> tuple[list[Finding], int]:
        """Findings not in the baseline, and how many were hidden."""
        left = Counter(self.entries)
        kept: list[Finding] = []
        hidden = 0
        for f in findings:
            k = _key(f, self.base_dir)
            if left[k] > 0:
                left[k] -= 1
                hidden += 1
            else:
                kept.append(f)
        return kept, hidden


def load(path: Path) -> Baseline:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BaselineError(
            f"{path}: no such baseline file (create it with --write-baseline)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
    import json  # here, not at the top: a run without a baseline need not load it

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}: baseline is not valid JSON") from None
    items = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise BaselineError(f"{path}: not a medlint baseline (no 'findings' list)")
    entries: Counter = Counter()
    for n, item in enumerate(items, 1):
        try:
            k = (str(item["path"]), str(item["rule"]), " ".join(str(item["excerpt"]).split()))
            count = int(item.get("count", 1))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise BaselineError(f"{path}: entry {n} needs path, rule and excerpt") from None
        entries[k] += max(count, 0)
    return Baseline(path, entries)


def dump(findings: Iterable[Finding], path: Path) -> str:
    """The baseline file's text for ``findings``, with paths relative to ``path``'s folder."""
    base_dir = path.parent
    counts: Counter = Counter()
    codes: dict[Key, str] = {}
    for f in findings:
        k = _key(f, base_dir)
        counts[k] += 1
        codes[k] = f.code
    entries = [
        {"path": p, "rule": r, "code": codes[(p, r, e)], "excerpt": e, "count": counts[(p, r, e)]}
        for p, r, e in sorted(counts, key=lambda k: (k[0], codes[k], k[1], k[2]))
    ]
    data = {"schema_version": SCHEMA_VERSION, "tool": "medlint", "findings": entries}
    import json

    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write(findings: Iterable[Finding], path: Path) -> int:
    """Write the baseline file; returns the number of findings recorded."""
    findings = list(findings)
    text = dump(findings, path)
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write baseline: {exc.strerror or exc}") from None
    return len(findings)

"""Load and validate YAML rule packs.

A pack is a YAML mapping with a ``rules:`` list and an optional ``vocabulary:``
mapping of named phrase lists. Packs are read with ``yaml.safe_load``: they are
data, never code. Every rule names a *kind* (the Python check behind it) and
supplies the fields that kind declares; a list entry written ``"@name"`` stands
for the vocabulary list ``name``, so a team can extend the built-in vocabulary
(hedges, therapies, disclosure phrases, ...) from its own pack.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from . import pack_cache
from .patterns import PatternError
from .records import dataclass, field

SEVERITIES = ("info", "warning", "error")
_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")
_CODE = re.compile(r"[A-Z]{2,6}[0-9]{3}\Z")
_PACK_KEYS = {"rules", "vocabulary", "pack"}
COMMON_FIELDS: dict[str, Any] = {
    "id": str,
    "code": str,
    "category": str,
    "severity": str,
    "kind": str,
    "message": str,
    "summary": str,
    "description": str,
    "why": str,
    "sources": list,
    "fix": str,
    "examples": dict,
    "details": dict,
    "enabled": bool,
    "supersedes": list,
}
REQUIRED_COMMON = ("id", "code", "category", "severity", "kind", "message")
# A rule's optional `details`: the shapes it reports and those it leaves alone, one
# short entry each, shown after the essentials by `medlint rule` and in docs/rules.md.
DETAIL_KINDS = {"reported": "Also reported", "not_reported": "Left alone"}


class RuleError(ValueError):
    """A rule pack is malformed; the message names the file, line and rule."""


@dataclass(eq=False)
class Rule:
    id: str
    code: str
    category: str
    severity: str
    kind: str
    message: str
    summary: str = ""
    description: str = ""
    why: str = ""
    sources: list[str] = field(default_factory=list)
    fix: str = ""
    examples: dict = field(default_factory=dict)
    details: dict[str, list[str]] = field(default_factory=dict)
    enabled: bool = True
    supersedes: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    origin: str = ""
    line: int = 0
    check: Callable | None = None

    @property
    def where(self) -> str:
        return f"{self.origin}:{self.line}: rule '{self.id}'"


class Vocabulary:
    """Named phrase lists shared by rules; ``@name`` in a rule list refers to one."""

    def __init__(self) -> None:
        self.lists: dict[str, list[str]] = {}

    def add(self, name: str, items: list[str]) -> None:
        existing = self.lists.setdefault(name, [])
        existing.extend(i for i in items if i not in existing)

    def expand(self, items: Iterable[Any], where: str, _seen: tuple[str, ...] = ()) -> list[str]:
        out: list[str] = []
        for item in items:
            if not isinstance(item, str):
                hint = (
                    " (quote entries that contain ': ' or start with a YAML symbol)"
                    if isinstance(item, dict)
                    else ""
                )
                raise RuleError(f"{where}: list entries must be strings, got {item!r}{hint}")
            if item.startswith("@"):
                name = item[1:]
                if name not in self.lists:
                    raise RuleError(f"{where}: unknown vocabulary list '@{name}'")
                if name in _seen:
                    raise RuleError(f"{where}: vocabulary list '@{name}' refers to itself")
                out.extend(self.expand(self.lists[name], where, (*_seen, name)))
            else:
                out.append(item)
        return out

    def get(self, value: Any, where: str) -> list[str]:
        """A rule field that may be a string, an ``@name`` or a list of either."""
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise RuleError(f"{where}: expected a list of phrases, got {type(value).__name__}")
        return self.expand(value, where)


@dataclass
class RuleSet:
    rules: list[Rule]
    vocabulary: Vocabulary
    pack_digests: list[str] = field(default_factory=list)  # the packs' texts, in load order

    def by_key(self) -> dict[str, Rule]:
        keys: dict[str, Rule] = {}
        for r in self.rules:
            keys[r.id] = r
            keys[r.code] = r
        return keys

    def resolve(self, names: Iterable[str]) -> list[Rule]:
        """Rules named by id, code or code prefix (``MED1``); unknown names raise."""
        keys = self.by_key()
        out: list[Rule] = []
        for raw in names:
            name = raw.strip()
            if not name:
                continue
            if name in keys:
                matched = [keys[name]]
            elif name.upper() == "ALL":
                matched = list(self.rules)
            else:
                matched = [r for r in self.rules if r.code.startswith(name.upper())]
            if not matched:
                raise RuleError(f"unknown rule '{name}' (see 'medlint rules')")
            out.extend(r for r in matched if r not in out)
        return out


def builtin_pack_paths() -> list[Path]:
    """The packs that ship with medlint (top-level ``rules/`` of the project)."""
    try:
        spec = find_spec("medlint.builtin_rules")
    except (ImportError, ValueError):
        spec = None
    for folder in (spec and spec.submodule_search_locations) or ():
        paths = sorted(p for p in Path(folder).glob("*.y*ml") if p.suffix in (".yaml", ".yml"))
        if paths:
            return paths
    here = Path(__file__).resolve().parent.parent / "rules"
    return sorted(here.glob("*.y*ml"))


def pack_paths(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
        if not found:
            raise RuleError(f"{path}: no .yaml rule packs in this folder")
        return found
    if path.is_file():
        return [path]
    raise RuleError(f"{path}: no such rule pack or folder")


def _rule_lines(text: str, yaml, loader) -> list[int]:
    """Line numbers (1-based) of each item of the top-level ``rules`` list."""
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        return []
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if getattr(key, "value", None) == "rules" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _read_pack(path: Path) -> tuple[dict, list[int], str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule pack: {exc}") from None
    cache = pack_cache.the_cache()
    key = pack_cache.digest(text)
    parsed = cache.get(text, key)
    if parsed is None:
        parsed = _parse_pack(path, text)
        cache.put(text, parsed, key)
    data, lines = parsed
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RuleError(f"{path}:1: a rule pack must be a mapping with a 'rules' list")
    unknown = set(data) - _PACK_KEYS
    if unknown:
        raise RuleError(
            f"{path}:1: unknown top-level key(s): {', '.join(sorted(map(str, unknown)))}"
        )
    return data, lines, key


def _parse_pack(path: Path, text: str) -> tuple[object, list[int]]:
    import yaml  # deferred: runs whose packs are all in the pack cache never parse YAML

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleError(f"{path}{line}: malformed YAML: {problem}") from None
    return data, _rule_lines(text, yaml, loader)


def load_rules(extra: Iterable[Path] = (), *, builtin: bool = True) -> RuleSet:
    """Load the built-in packs (unless ``builtin`` is false) and any extra packs."""
    from . import supersede
    from .kinds import KINDS

    files: list[Path] = list(builtin_pack_paths()) if builtin else []
    for p in extra:
        files.extend(pack_paths(Path(p)))
    vocab = Vocabulary()
    raw: list[tuple[Path, dict, list[int]]] = []
    digests: list[str] = []
    for path in files:
        data, lines, key = _read_pack(path)
        digests.append(key)
        voc = data.get("vocabulary") or {}
        if not isinstance(voc, dict):
            raise RuleError(f"{path}: 'vocabulary' must map names to lists of phrases")
        for name, items in voc.items():
            if not isinstance(items, list):
                raise RuleError(f"{path}: vocabulary '{name}' must be a list of strings")
            bad = next((i for i in items if not isinstance(i, str)), None)
            if bad is not None or None in items:
                raise RuleError(
                    f"{path}: vocabulary '{name}': entry {bad!r} is not a string "
                    "(quote entries that contain ': ' or start with a YAML symbol)"
                )
            vocab.add(str(name), items)
        raw.append((path, data, lines))

    rules: list[Rule] = []
    ids: dict[str, Rule] = {}
    codes: dict[str, Rule] = {}
    for path, data, lines in raw:
        items = data.get("rules") or []
        if not isinstance(items, list):
            raise RuleError(f"{path}: 'rules' must be a list")
        for n, item in enumerate(items):
            line = lines[n] if n < len(lines) else 0
            rule = _make_rule(item, path, line, KINDS)
            for table, key in ((ids, rule.id), (codes, rule.code)):
                if key in table:
                    raise RuleError(f"{rule.where}: '{key}' is already used by {table[key].where}")
                table[key] = rule
            rules.append(rule)
    ruleset = RuleSet(rules, vocab, digests)
    for rule in rules:
        build_rule(rule, vocab)
    supersede.validate(ruleset)  # every 'supersedes' entry names another rule
    return ruleset


def _make_rule(item: Any, path: Path, line: int, kinds: dict) -> Rule:
    where = f"{path}:{line}"
    if not isinstance(item, dict):
        raise RuleError(f"{where}: each rule must be a mapping")
    rid = item.get("id")
    label = f"{where}: rule '{rid}'" if rid else f"{where}: rule"
    for key in REQUIRED_COMMON:
        if key not in item:
            raise RuleError(f"{label}: missing required field '{key}'")
    kind = item["kind"]
    if kind not in kinds:
        raise RuleError(f"{label}: unknown kind '{kind}' (known: {', '.join(sorted(kinds))})")
    kind_fields = kinds[kind].FIELDS
    for key, value in item.items():
        expected = COMMON_FIELDS.get(key) or kind_fields.get(key)
        if expected is None:
            raise RuleError(f"{label}: unknown field '{key}' for kind '{kind}'")
        if not isinstance(value, expected):
            names = (
                expected.__name__
                if isinstance(expected, type)
                else "/".join(t.__name__ for t in expected)
            )
            raise RuleError(f"{label}: field '{key}' must be {names}")
    if not _ID.match(item["id"]):
        raise RuleError(f"{label}: id must be kebab-case (e.g. 'my-house-rule')")
    if not _CODE.match(item["code"]):
        raise RuleError(f"{label}: code must look like 'MED123' (letters then three digits)")
    if item["severity"] not in SEVERITIES:
        raise RuleError(f"{label}: severity must be one of {', '.join(SEVERITIES)}")
    examples = item.get("examples") or {}
    if set(examples) - {"flagged", "clean"}:
        raise RuleError(f"{label}: examples take 'flagged' and 'clean' lists")
    details = item.get("details") or {}
    if set(details) - set(DETAIL_KINDS) or not all(
        isinstance(v, list) and all(isinstance(s, str) for s in v) for v in details.values()
    ):
        raise RuleError(f"{label}: details take 'reported' and 'not_reported' lists of strings")
    common = {k: v for k, v in item.items() if k in COMMON_FIELDS}
    options = {k: v for k, v in item.items() if k not in COMMON_FIELDS}
    return Rule(**common, options=options, origin=str(path), line=line)


def build_rule(rule: Rule, vocab: Vocabulary) -> None:
    """(Re)compile a rule's check from its options; errors name the rule."""
    from .kinds import KINDS

    try:
        rule.check = KINDS[rule.kind].build(rule, vocab)
    except PatternError as exc:
        raise RuleError(f"{rule.where}: {exc}") from None
    except RuleError as exc:
        msg = str(exc)
        raise RuleError(msg if msg.startswith(rule.origin) else f"{rule.where}: {msg}") from None

"""Rule documentation, generated from the rule packs so it cannot drift from them.

``medlint rule NAME`` prints :func:`explain`; SARIF output carries
:func:`help_text` and :func:`help_markdown`; ``docs/rules.md`` is
:func:`reference_markdown` of the built-in packs. Regenerate that page with::

    python -m medlint.docs docs/rules.md

and check that it is current (exit 1 if not) with ``python -m medlint.docs --check docs/rules.md``.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

from .rules import DETAIL_KINDS, Rule, RuleSet, builtin_pack_paths

REFERENCE = "docs/rules.md"
WIDTH = 88


def _flat(text: str) -> str:
    return " ".join((text or "").split())


def _para(text: str, indent: str = "  ", first: str | None = None) -> str:
    return textwrap.fill(
        _flat(text),
        width=WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _examples(rule: Rule, key: str) -> list[str]:
    out = []
    for item in (rule.examples or {}).get(key) or []:
        text = item if isinstance(item, str) else str(item.get("text", ""))
        if text.strip():
            out.append(text.strip())
    return out


def _wrapped_example(text: str) -> list[str]:
    """An example indented by four spaces, its long lines wrapped (line breaks kept)."""
    out = []
    for line in text.splitlines() or [""]:
        out.extend(
            textwrap.wrap(
                line,
                width=WIDTH,
                initial_indent="    ",
                subsequent_indent="    ",
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [""]
        )
    return out


def _options(rule: Rule) -> list[tuple[str, object]]:
    """The rule's scalar options (numbers, words, switches): what `settings:` can change."""
    return sorted(
        (k, v) for k, v in rule.options.items() if isinstance(v, int | float | str | bool)
    )


def _origin(rule: Rule) -> str:
    builtin = {str(p) for p in builtin_pack_paths()}
    if rule.origin in builtin:
        return f"built-in pack {Path(rule.origin).name}"
    return rule.origin


def explain(rule: Rule) -> str:
    """What `medlint rule NAME` prints: what, why (with sources), examples, fix."""
    out = [f"{rule.code} {rule.id}  ({rule.category}, default severity {rule.severity})", ""]
    if rule.summary:
        out += [_para(rule.summary, ""), ""]
    if rule.description:
        out += ["What it checks:", _para(rule.description), ""]
    if rule.why or rule.sources:
        out.append("Why it matters:")
        if rule.why:
            out.append(_para(rule.why))
        if rule.sources:
            out.append("  Sources:")
            out += [_para(src, "      ", "    - ") for src in rule.sources]
        out.append("")
    for key, label in (("flagged", "Flagged:"), ("clean", "Not flagged:")):
        items = _examples(rule, key)
        if items:
            out += [label, *_wrapped_example(items[0]), ""]
    if rule.fix:
        out += ["How to fix:", _para(rule.fix), ""]
    for key, label in DETAIL_KINDS.items():
        entries = rule.details.get(key) or []
        if entries:
            out.append(f"{label}:")
            out += [_para(entry, "      ", "    - ") for entry in entries]
            out.append("")
    options = _options(rule)
    if options:
        values = ", ".join(f"{k}: {json.dumps(v)}" for k, v in options)
        out += [
            "Settings (current values; change them in .medlint.yaml):",
            "  settings:",
            f"    {rule.id}: {{{values}}}",
            "",
        ]
    out.append(f"Defined in {_origin(rule)}")
    return "\n".join(out)


def help_text(rule: Rule) -> str:
    """Plain help for SARIF viewers: why, sources, examples, fix."""
    parts = []
    if rule.description:
        parts.append(_flat(rule.description))
    if rule.why:
        parts.append("Why: " + _flat(rule.why))
    if rule.sources:
        parts.append("Sources: " + "; ".join(_flat(s) for s in rule.sources) + ".")
    for key, label in (("flagged", "Flagged"), ("clean", "Not flagged")):
        items = _examples(rule, key)
        if items:
            parts.append(f"{label}: {_flat(items[0])}")
    if rule.fix:
        parts.append("How to fix: " + _flat(rule.fix))
    return "\n\n".join(parts)


def _fenced(text: str) -> list[str]:
    fence = "```"
    while fence in text:
        fence += "`"
    return [fence + "text", text, fence]


def help_markdown(rule: Rule, *, all_examples: bool = False) -> str:
    """The Markdown body of one rule: used in SARIF help and in the reference page."""
    lines: list[str] = []
    if rule.description:
        lines += ["**What it checks.** " + _flat(rule.description), ""]
    if rule.why:
        lines += ["**Why it matters.** " + _flat(rule.why), ""]
    if rule.sources:
        lines += ["**Sources.**", ""] + [f"- {_flat(s)}" for s in rule.sources] + [""]
    for key, label in (("flagged", "Flagged"), ("clean", "Not flagged")):
        items = _examples(rule, key)
        if not all_examples:
            items = items[:1]
        if items:
            lines += [f"**{label}:**", ""]
            for item in items:
                lines += [*_fenced(item), ""]
    if rule.fix:
        lines += ["**How to fix.** " + _flat(rule.fix), ""]
    if all_examples:  # the reference page; SARIF help keeps to the essentials
        for key, label in DETAIL_KINDS.items():
            entries = rule.details.get(key) or []
            if entries:
                lines += [f"**{label}:**", ""] + [f"- {_flat(e)}" for e in entries] + [""]
    options = _options(rule)
    if options:
        lines += [
            "**Settings** (under `settings:` in `.medlint.yaml`): "
            + ", ".join(f"`{k}` (default `{json.dumps(v)}`)" for k, v in options),
            "",
        ]
    return "\n".join(lines).rstrip()


def reference_markdown(ruleset: RuleSet) -> str:
    """The rule reference page (docs/rules.md)."""
    lines = [
        "# medlint rule reference",
        "",
        "<!-- Generated from the rule packs in rules/ by `python -m medlint.docs docs/rules.md`;",
        "     do not edit by hand: tests fail when this page and the packs disagree. -->",
        "",
        "Every built-in rule, with what it checks, why (and on what regulatory or editorial",
        "basis), examples the test suite runs, and how to fix what it reports. `medlint rules`",
        "lists the same rules and `medlint rule NAME` explains one in the terminal.",
        "",
        "| Code | Rule | Category | Severity | Summary |",
        "|---|---|---|---|---|",
    ]
    rules = sorted(ruleset.rules, key=lambda r: r.code)
    for r in rules:
        summary = _flat(r.summary).replace("|", "\\|")
        lines.append(
            f"| {r.code} | [`{r.id}`](#{r.id}) | {r.category} | {r.severity} | {summary} |"
        )
    for r in rules:
        lines += [
            "",
            f"## {r.id}",
            "",
            f"`{r.code}` · {r.category} · default severity **{r.severity}** · kind `{r.kind}`",
            "",
        ]
        if r.summary:
            lines += [_flat(r.summary), ""]
        lines.append(help_markdown(r, all_examples=True))
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m medlint.docs [--check] [FILE]``: print, write or check the reference page."""
    from .rules import load_rules

    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    text = reference_markdown(load_rules())
    if not args:
        sys.stdout.write(text)
        return 0
    target = Path(args[0])
    if check:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if current != text:
            print(f"{target} is out of date; run: python -m medlint.docs {target}", file=sys.stderr)
            return 1
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

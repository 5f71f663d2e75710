"""Rule documentation, generated from the rule packs so it cannot drift from them."""

from __future__ import annotations

import textwrap

from .rules import Rule, RuleSet


def _para(text: str, indent: str = "  ") -> str:
    text = " ".join(text.split())
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)


def explain(rule: Rule) -> str:
    """What `medlint rule NAME` prints."""
    out = [f"{rule.code} {rule.id}  ({rule.category}, default severity {rule.severity})", ""]
    if rule.summary:
        out += [_para(rule.summary, ""), ""]
    if rule.description:
        out += ["What it checks:", _para(rule.description), ""]
    if rule.why or rule.sources:
        out.append("Why it matters:")
        if rule.why:
            out.append(_para(rule.why))
        for src in rule.sources:
            out.append(_para(src, "  - ").replace("  - ", "  - ", 1))
        out.append("")
    examples = rule.examples or {}
    for key, label in (("flagged", "Flagged"), ("clean", "Not flagged")):
        items = examples.get(key) or []
        if items:
            first = items[0] if isinstance(items[0], str) else items[0].get("text", "")
            out += [f"{label}:", textwrap.indent(first.strip(), "    "), ""]
    if rule.fix:
        out += ["How to fix:", _para(rule.fix), ""]
    out.append(f"Defined in {rule.origin}")
    return "\n".join(out)


def reference_markdown(ruleset: RuleSet) -> str:
    """The rule reference page (docs/rules.md)."""
    lines = [
        "# medlint rule reference",
        "",
        "Generated from the rule packs in `rules/` by `python -m medlint.docs`;"
        " do not edit by hand.",
        "",
        "| Code | Rule | Category | Severity | Summary |",
        "|---|---|---|---|---|",
    ]
    rules = sorted(ruleset.rules, key=lambda r: r.code)
    for r in rules:
        lines.append(f"| {r.code} | [`{r.id}`](#{r.id}) | {r.category} | {r.severity} | "
                     f"{' '.join(r.summary.split())} |")
    for r in rules:
        lines += ["", f"## {r.id}", "", f"`{r.code}` · {r.category} · default severity "
                  f"**{r.severity}** · kind `{r.kind}`", ""]
        if r.summary:
            lines += [" ".join(r.summary.split()), ""]
        if r.description:
            lines += ["**What it checks.** " + " ".join(r.description.split()), ""]
        if r.why:
            lines += ["**Why it matters.** " + " ".join(r.why.split()), ""]
        if r.sources:
            lines += ["**Sources.**", ""] + [f"- {' '.join(s.split())}" for s in r.sources] + [""]
        for key, label in (("flagged", "Flagged"), ("clean", "Not flagged")):
            items = (r.examples or {}).get(key) or []
            if items:
                lines += [f"**{label}:**", ""]
                for item in items[:3]:
                    text = item if isinstance(item, str) else item.get("text", "")
                    lines += ["```text", text.strip(), "```", ""]
        if r.fix:
            lines += ["**How to fix.** " + " ".join(r.fix.split()), ""]
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    import sys

    from .rules import load_rules

    sys.stdout.write(reference_markdown(load_rules()))


if __name__ == "__main__":
    main()

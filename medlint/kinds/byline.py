"""``byline``: an author bio that sells, in an article that sells, with no disclosure.

Bios are found in three places: blocks under a heading matching ``bio_headings``
("About the author", "Meet Dr. Lee"), blocks that open with a byline
(``byline_starts``: "By", "Written by"), and, among the last ``tail_blocks``
prose blocks, a paragraph that opens with a name and credentials
(``bio_openers``) or with the front matter's ``author``.

A bio is promotional when it matches any list in ``signals`` (a mapping from a
signal name such as ``superlative`` or ``patient count`` to phrases). It is
reported, at its first line, when the article also has a call to action
(``calls_to_action``) and no disclosure (``disclosures`` anywhere in the text,
or a truthy front-matter field named in ``disclosure_fields``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Block, Document
from ..patterns import alternation, search
from ..rules import Rule, RuleError, Vocabulary
from .base import Hit, number, phrases

FIELDS = {
    "bio_headings": list,
    "byline_starts": list,
    "bio_openers": list,
    "signals": dict,
    "calls_to_action": list,
    "disclosures": list,
    "disclosure_fields": list,
    "tail_blocks": int,
}
_PROSE = ("paragraph", "list_item", "quote")


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= 60 else f'"{text[:57]}..."'


def build(rule: Rule, vocab: Vocabulary):
    headings = phrases(rule, vocab, "bio_headings")
    starts = phrases(rule, vocab, "byline_starts")
    openers = phrases(rule, vocab, "bio_openers", words=False)
    ctas = phrases(rule, vocab, "calls_to_action", required=True)
    disclosures = phrases(rule, vocab, "disclosures", required=True)
    fields = [f.lower() for f in rule.options.get("disclosure_fields", [])]
    tail = int(number(rule, "tail_blocks", 3))
    raw_signals = rule.options.get("signals") or {}
    if not raw_signals:
        raise RuleError("field 'signals' must map signal names to phrase lists")
    signals = []
    for name, items in raw_signals.items():
        pattern = alternation(vocab.get(items, f"signals.{name}"))
        if pattern is not None:
            signals.append((str(name), pattern))

    def bios(doc: Document) -> list[Block]:
        found: list[Block] = []
        prose = [b for b in doc.blocks if b.kind in _PROSE]
        author = str(doc.front_matter.get("author") or "").strip()
        for block in prose:
            head = block.text[:80]
            if headings is not None and block.section and search(headings, block.section):
                found.append(block)
            elif starts is not None and _starts_with(starts, head):
                found.append(block)
            elif author and block.text.startswith(author):
                found.append(block)
        for block in prose[-tail:] if tail else []:
            if openers is not None and block not in found and _starts_with(openers, block.text):
                found.append(block)
        return sorted(found, key=lambda b: b.start)

    def disclosed(doc: Document) -> bool:
        for key in fields:
            value = doc.front_matter.get(key)
            if value not in (None, False, "", "no", "false", 0):
                return True
        return any(search(disclosures, b.text) for b in doc.blocks)

    def check(doc: Document) -> Iterator[Hit]:
        candidates = bios(doc)
        if not candidates:
            return
        cta = None
        for block in doc.blocks:
            cta = search(ctas, block.text)
            if cta is not None:
                cta_line = doc.position(block.offsets.source(cta.start()))[0]
                break
        if cta is None or disclosed(doc):
            return
        for block in candidates:
            found = []
            for name, pattern in signals:
                m = search(pattern, block.text)
                if m is not None:
                    found.append(f"{name} {_quote(m.group())}")
            if not found:
                continue
            yield Hit(block.start, block.end, {
                "match": block.text[:60],
                "signals": "; ".join(found),
                "cta": f"{_quote(cta.group())} on line {cta_line}",
            })

    return check


def _starts_with(pattern, text: str) -> bool:
    m = search(pattern, text)
    return m is not None and text[: m.start()].strip(" *_#>\u2022-") == ""

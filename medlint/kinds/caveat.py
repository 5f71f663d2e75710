"""``caveat``: an experimental therapy with benefit claims and no caveat anywhere.

The article mentions a therapy from ``therapies`` (stem cells, exosomes, ...)
and makes at least one benefit statement (found with the same fields as the
``claim`` kind: ``outcomes``, ``relief``, ``objects``, ...; hedged statements
and statements credited to research ("studies show that ...", ``appeals``)
count; negated, questioned, conditional, quoted and reported ones - a
regulator's or a critic's account of someone's claim - do not), but no
sentence anywhere matches ``caveats`` ("early research", "experimental", "not
approved by the FDA", "more research is needed", ...). Reported once per
article, at the first mention of the therapy.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..patterns import search
from ..rules import Rule, Vocabulary
from .base import Hit, phrases
from .claim import FIELDS as CLAIM_FIELDS
from .claim import ClaimFinder

FIELDS = {"therapies": list, "caveats": list, **CLAIM_FIELDS}


def build(rule: Rule, vocab: Vocabulary):
    therapies = phrases(rule, vocab, "therapies", required=True)
    caveats = phrases(rule, vocab, "caveats", required=True)
    finder = ClaimFinder(rule, vocab)

    def has_benefit(doc: Document) -> bool:
        for sentence in doc.sentences:
            appeal = None
            for a, b in finder.candidates(sentence.text):
                view = finder.analyzer.view(sentence.text, a, b)
                if view.negated or view.question or view.quoted or view.conditional:
                    continue
                if view.reported:
                    appeal = appeal if appeal is not None else bool(finder.appeal(sentence.text))
                    if not appeal:
                        continue
                return True
        return False

    def check(doc: Document) -> Iterator[Hit]:
        first = None
        for block in doc.blocks:
            m = search(therapies, block.text)
            if m is not None:
                first = (block, m)
                break
        if first is None:
            return
        if any(search(caveats, b.text) for b in doc.blocks):
            return
        if not has_benefit(doc):
            return
        block, m = first
        a, b = block.source_span(m.start(), m.end())
        yield Hit(a, b, {"match": m.group(), "therapy": m.group()})

    return check

"""``caveat``: an experimental therapy with benefit claims and no caveat anywhere.

The article mentions a therapy from ``therapies`` (stem cells, exosomes, ...)
and makes at least one benefit statement, but no sentence anywhere matches
``caveats`` ("early research", "experimental", "not approved by the FDA", "more
research is needed", ...). Reported once per article, at the first mention of
the therapy.

A benefit statement is found with the same fields as the ``claim`` kind
(``outcomes``, ``relief``, ``objects``, ``standalone``, ...; guarantees and
success rates belong in ``standalone`` here), or is an offer of a treatment
for a complaint (``offers``: "infusions for", "an option for", followed within
``object_window`` words by one of ``offer_objects``: "rheumatoid arthritis",
"aching knees"). Hedged statements, cited study results and statements
credited to research ("studies show that ...", ``appeals``) count; negated,
questioned, conditional, quoted and reported ones - a regulator's or a critic's
account of someone's claim - do not.

A heading, or a lead-in ending with a colon ("Stem cell therapy can help
with:"), is read together with each block it introduces, so a list of
conditions under "Conditions treated with PRP" presents PRP with benefits.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Block, Document
from ..patterns import finditer, search
from ..rules import Rule, Vocabulary
from .base import Hit, phrases
from .claim import FIELDS as CLAIM_FIELDS
from .claim import ClaimFinder, _word_window

FIELDS = {"therapies": list, "caveats": list, "offers": list, "offer_objects": list, **CLAIM_FIELDS}
_ENDS_SENTENCE = ".!?"


def build(rule: Rule, vocab: Vocabulary):
    therapies = phrases(rule, vocab, "therapies", required=True)
    caveats = phrases(rule, vocab, "caveats", required=True)
    offers = phrases(rule, vocab, "offers")
    offer_objects = phrases(rule, vocab, "offer_objects")
    finder = ClaimFinder(rule, vocab)

    def spans(text: str) -> Iterator[tuple[int, int]]:
        yield from finder.candidates(text)
        if offers is None or offer_objects is None:
            return
        for m in finditer(offers, text):
            window = _word_window(text, m.end(), finder.object_window)
            obj = search(offer_objects, text, m.end(), window)
            if obj is not None:
                yield m.start(), obj.end()

    def benefit_in(text: str) -> bool:
        appeal = None
        for a, b in spans(text):
            view = finder.analyzer.view(text, a, b)
            if view.negated or view.question or view.quoted or view.conditional:
                continue
            if view.reported:
                appeal = appeal if appeal is not None else bool(finder.appeal(text))
                if not appeal:
                    continue
            return True
        return False

    def has_benefit(doc: Document) -> bool:
        if any(benefit_in(s.text) for s in doc.sentences):
            return True
        return any(benefit_in(text) for text in _introduced(doc))

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


def _introduced(doc: Document) -> Iterator[str]:
    """Each lead-in (a heading, or a sentence ending with a colon) joined to the first
    sentence of the block it introduces, or of every item of the list it introduces:
    "Stem cell therapy can help with: Knee and hip arthritis"."""
    lead: str | None = None
    in_list = False
    for block in doc.blocks:
        if block.kind == "heading":
            lead, in_list = _lead_in(block), False
            continue
        if lead is not None and block.sentences and (not in_list or block.kind == "list_item"):
            yield f"{lead}: {block.sentences[0].text}"
            in_list = block.kind == "list_item"
            if not in_list:
                lead = None
        elif in_list:
            lead, in_list = None, False
        own = _lead_in(block)
        if own is not None:
            lead, in_list = own, False


def _lead_in(block: Block) -> str | None:
    text = block.text.strip()
    if not text or not block.sentences:
        return None
    if block.kind == "heading":
        return text.rstrip(" :") if text[-1] not in _ENDS_SENTENCE else None
    if text.endswith(":"):
        return block.sentences[-1].text.strip().rstrip(" :")
    return None

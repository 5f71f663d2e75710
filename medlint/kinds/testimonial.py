"""``testimonial``: a patient testimonial that reports a result, with no word on typical results.

A sentence is a testimonial when

* it matches ``results`` (first-person outcomes: "I was pain-free in two
  weeks", "my knee pain is gone"), wherever it is; or
* it matches ``patient_results`` (third-person outcomes: "her pain
  disappeared", "he can walk again") and is in a testimonial context: a quote
  block, inside quotation marks, under a heading matching ``headings``, in a
  block with an attribution (``attributions``: "- Mark, 54"), or with a named
  patient (``patient_mentions``) in the sentence or earlier in its block.

A match that is negated, a question, conditional or reported speech does not
count, and neither does a sentence or block that matches ``skeptic_cues``
(writing *about* testimonials: "stories like these are not evidence").

Each block with a testimonial is reported once, at the testimonial's sentence,
unless some sentence of the article matches ``typicality`` (a statement of the
results patients generally get) or, when ``accept_disclaimers`` is true (the
default), ``disclaimers`` ("results may vary", "not typical").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Block, Document
from ..linguistics import Analyzer
from ..patterns import finditer, search
from ..rules import Rule, RuleError, Vocabulary
from ._disclosure import PROSE, quote, sentences, starts_with
from .base import Hit, phrases

FIELDS = {
    "results": list,
    "patient_results": list,
    "patient_mentions": list,
    "attributions": list,
    "headings": list,
    "skeptic_cues": list,
    "typicality": list,
    "disclaimers": list,
    "accept_disclaimers": bool,
}


class TestimonialFinder:
    """Finds testimonials that report results; shared with the endorsement kind."""

    def __init__(self, rule: Rule, vocab: Vocabulary, results_key: str = "results") -> None:
        self.analyzer = Analyzer.from_vocabulary(vocab)
        self.results = phrases(rule, vocab, results_key)
        self.patient_results = phrases(rule, vocab, "patient_results")
        self.mentions = phrases(rule, vocab, "patient_mentions")
        self.attributions = phrases(rule, vocab, "attributions", words=False)
        self.headings = phrases(rule, vocab, "headings")
        self.skeptic = phrases(rule, vocab, "skeptic_cues")

    def in_context(self, block: Block) -> bool:
        """Whether the block reads as a testimonial: a quote, a testimonial section, attributed."""
        if block.kind == "quote":
            return True
        if (
            self.headings is not None
            and block.section
            and starts_with(self.headings, block.section) is not None
        ):
            return True
        return self.attributions is not None and search(self.attributions, block.text) is not None

    def _counts(self, sentence: str, m) -> bool:
        view = self.analyzer.view(sentence, m.start(), m.end())
        return not (view.negated or view.question or view.conditional or view.reported)

    def find(self, block: Block) -> Iterator[tuple[int, str, str]]:
        """(sentence offset, sentence, result phrase) for each testimonial sentence of ``block``."""
        if block.kind not in PROSE:
            return
        spans = list(sentences(block))
        context = None
        skeptical = None
        named = False
        searched = 0  # sentences searched for a patient mention so far

        def named_by(k: int) -> bool:
            """Whether sentence ``k`` or an earlier one names a patient (searched on demand)."""
            nonlocal named, searched
            while not named and searched <= k and self.mentions is not None:
                named = search(self.mentions, spans[searched][1]) is not None
                searched += 1
            return named

        for k, (offset, sentence) in enumerate(spans):
            found = None
            for m in finditer(self.results, sentence) if self.results is not None else ():
                if self._counts(sentence, m):
                    found = m.group()
                    break
            if found is None and self.patient_results is not None:
                for m in finditer(self.patient_results, sentence):
                    if context is None:
                        context = self.in_context(block)
                    if not (context or named_by(k) or _quoted(sentence, m.start())):
                        continue
                    if self._counts(sentence, m):
                        found = m.group()
                        break
            if found is not None:
                if skeptical is None:  # writing about testimonials: none of them counts
                    skeptical = (
                        self.skeptic is not None and search(self.skeptic, block.text) is not None
                    )
                if skeptical:
                    return
                yield offset, sentence, found


def _quoted(sentence: str, pos: int) -> bool:
    before = sentence[:pos]
    return (before.count("\u201c") > before.count("\u201d")) or before.count('"') % 2 == 1


def build(rule: Rule, vocab: Vocabulary):
    finder = TestimonialFinder(rule, vocab)
    if finder.results is None and finder.patient_results is None:
        raise RuleError("field 'results' or 'patient_results' must list result phrases")
    typical = phrases(rule, vocab, "typicality", required=True)
    disclaimers = phrases(rule, vocab, "disclaimers")
    accept = rule.options.get("accept_disclaimers", True)
    clearing = [typical] + ([disclaimers] if accept and disclaimers is not None else [])

    def typicality_stated(doc: Document) -> bool:
        for block in doc.blocks:
            for _, sentence in sentences(block):
                for pattern in clearing:
                    for m in finditer(pattern, sentence):
                        view = finder.analyzer.view(sentence, m.start(), m.end())
                        if not (view.question or view.conditional):
                            return True
        return False

    def check(doc: Document) -> Iterator[Hit]:
        found: list[tuple[Block, int, str, str]] = []
        for block in doc.blocks:
            for offset, sentence, result in finder.find(block):
                found.append((block, offset, sentence, result))
                break  # one finding per block
        if not found or typicality_stated(doc):
            return
        for block, offset, sentence, result in found:
            a, b = block.source_span(offset, offset + len(sentence))
            yield Hit(a, b, {"match": quote(sentence), "result": quote(result)})

    return check

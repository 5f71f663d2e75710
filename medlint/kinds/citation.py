"""``citation``: an appeal to research with no source in its sentence or paragraph.

``appeals`` lists the phrases that invoke evidence ("studies show", "one study
found", "clinically proven"); ``citations`` lists what counts as a source
([1], (Smith et al., 2020), a DOI, a PMID, a link, a named journal). Negated
and questioned appeals ("no study has shown", "do studies show this?") are not
flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..linguistics import Analyzer
from ..patterns import finditer, search
from ..rules import Rule, Vocabulary
from .base import Hit, phrases

FIELDS = {"appeals": list, "citations": list, "skip_sections": list}


def build(rule: Rule, vocab: Vocabulary):
    appeals = phrases(rule, vocab, "appeals", required=True)
    citations = phrases(rule, vocab, "citations", words=False)
    skip_sections = phrases(rule, vocab, "skip_sections")
    analyzer = Analyzer.from_vocabulary(vocab)

    def paragraph_cited(doc: Document, block) -> bool:
        if citations is None:
            return False
        return bool(search(citations, block.text) or search(citations, doc.source, block.start,
                                                             block.end))

    def check(doc: Document) -> Iterator[Hit]:
        for block in doc.blocks:
            if skip_sections is not None and block.section and search(skip_sections, block.section):
                continue
            cited = None
            for sentence in block.sentences:
                for m in finditer(appeals, sentence.text):
                    view = analyzer.view(sentence.text, m.start(), m.end())
                    if view.negated or view.question or view.quoted:
                        continue
                    if cited is None:
                        cited = paragraph_cited(doc, block)
                    if cited:
                        break
                    a, b = block.source_span(sentence.prose_start + m.start(),
                                             sentence.prose_start + m.end())
                    yield Hit(a, b, {"match": m.group()})
                    break
                if cited:
                    break

    return check

"""``citation``: an appeal to research with no source in its sentence or paragraph.

``appeals`` lists the phrases that invoke evidence ("studies show", "one study
found", "clinically proven"). A source clears the paragraph: an inline source
(``citations``: (Smith et al., 2020), a DOI, a PMID, a link, a named journal)
or a numbered marker (``markers``: [1], ¹, ``[^1]``) that resolves to an entry
of the references (:mod:`medlint.citations`); a marker that resolves to nothing
does not. Negated and questioned appeals ("no study has shown", "do studies show
this?") are not flagged, nor are appeals only supposed ("if trials confirm
the early signals, ..."), nor are appeals that report no effect ("some trials
found no benefit over a placebo"), nor the blocks of a references list.

A hedged appeal that the same sentence explicitly qualifies is careful copy and
is not flagged either: "early studies suggest PRP may ease knee pain, but the
evidence is still limited". The appeal is hedged by the usual analysis or by a
hedge in its own words ("suggest"), and the qualification is a phrase of
``caveats`` outside the appeal's words (so "a few small studies suggest ..." is
not qualified by its own subject).

``section_sources`` lists sentences that give the source of the study a section
reports ("The results appear in Knee Research Letters (2026)"): such a sentence
anywhere in the appeal's section (the blocks under the same heading) ties a
source to the appeal, as a press release names its trial first and its journal
two paragraphs later. A heading's appeal ("..., small trial finds") is sourced
by the story under it: such a sentence in its own section, or a source in the
paragraph just below it. An appeal followed in its sentence by the rest of a mixed
report (``mixed``: "some trials show a benefit and others none") reports mixed
evidence and is not flagged, and so is an appeal whose own finding is mixed
(``inconclusive`` within a few words after it: "small studies have reported
mixed results").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..citations import Sources, heading_matches, resolver_for
from ..document import Document
from ..linguistics import Analyzer
from ..patterns import finditer, search
from ..rules import Rule, Vocabulary
from .base import Hit, phrases
from .pattern import Alternatives

FIELDS = {
    "appeals": list,
    "citations": list,
    "markers": list,
    "section_headings": list,
    "entry_cues": list,
    "skip_sections": list,
    "caveats": list,
    "section_sources": list,
    "mixed": list,
    "inconclusive": list,
    "institution_names": list,
}
INCONCLUSIVE_REACH = 3  # words after an appeal searched for ``inconclusive``


# the next few words after a position: where ``inconclusive`` is looked for
_WORDS_AFTER = regex.compile(rf"(?:\W*[\w'’-]+){{0,{INCONCLUSIVE_REACH}}}")


def build(rule: Rule, vocab: Vocabulary):
    phrases(rule, vocab, "appeals", required=True)  # checks every entry compiles
    # each appeal is searched only in sentences holding its literals (see Alternatives)
    appeals = Alternatives(vocab.get(rule.options.get("appeals"), "field 'appeals'"))
    sources = Sources(resolver_for(rule, vocab), phrases(rule, vocab, "citations", words=False))
    skip_sections = phrases(rule, vocab, "skip_sections")
    caveats = phrases(rule, vocab, "caveats")
    section_sources = phrases(rule, vocab, "section_sources")
    mixed = phrases(rule, vocab, "mixed")
    inconclusive = phrases(rule, vocab, "inconclusive")
    institutions = phrases(rule, vocab, "institution_names")
    analyzer = Analyzer.from_vocabulary(vocab)

    def qualified(text: str, m, view) -> bool:
        """A hedged appeal with a caveat elsewhere in its sentence."""
        if caveats is None or not (view.hedged or analyzer.hedge_in(text, m.start(), m.end())):
            return False
        return any(c.end() <= m.start() or c.start() >= m.end() for c in finditer(caveats, text))

    def in_name(text: str, m) -> bool:
        """Whether the appeal at ``m`` opens inside an organisation's name
        (``institution_names``: "the International Society for Stem Cell Research
        suggests ..."): the name holds the word, it appeals to nothing."""
        if institutions is None:
            return False
        return any(n.start() < m.start() < n.end() for n in finditer(institutions, text))

    def finds_nothing(text: str, m) -> bool:
        """An appeal that reports no effect ("some trials found no benefit over a
        placebo", "studies have not shown that ...") or mixed evidence ("some trials
        show a benefit and others none"): a caveat, not a claim."""
        if mixed is not None and search(mixed, text, m.end()) is not None:
            return True  # "some trials show a modest benefit and others none"
        if inconclusive is not None:
            reach = _WORDS_AFTER.match(text, m.end())
            if search(inconclusive, text, m.end(), reach.end() if reach else m.end()):
                return True  # "small studies have reported mixed results"
        return analyzer.denies_after(text, m.end())

    def sourced_sections(doc: Document) -> set:
        """The sections (by heading) in which a sentence names the source of a study."""
        if section_sources is None:
            return set()
        return {b.section for b in doc.blocks if search(section_sources, b.text) is not None}

    def headline_sourced(doc: Document, block, sourced: set) -> bool:
        """A heading's appeal ("..., small trial finds") is sourced by the story under
        it: a sentence of its own section that names the study's source, or a source
        in the paragraph just below it."""
        if block.kind != "heading":
            return False
        if block.text in sourced:
            return True
        blocks = doc.blocks
        k = next((i for i, b in enumerate(blocks) if b is block), len(blocks))
        below = blocks[k + 1] if k + 1 < len(blocks) else None
        return below is not None and below.section == block.text and sources.cited(doc, below)

    def check(doc: Document) -> Iterator[Hit]:
        sourced = None  # computed on the first uncited appeal: one pass over the document
        for block in doc.blocks:
            if heading_matches(skip_sections, block.section) or sources.in_references(doc, block):
                continue
            cited = None
            for sentence in block.sentences:
                for m in appeals.finditer(sentence.text):
                    view = analyzer.view(sentence.text, m.start(), m.end())
                    if view.negated or view.question or view.quoted:
                        continue
                    if view.conditional:
                        continue  # "if trials confirm the early signals, ...": not yet found
                    if qualified(sentence.text, m, view) or finds_nothing(sentence.text, m):
                        continue
                    if in_name(sentence.text, m):
                        continue  # "the Society for Stem Cell Research suggests asking ..."
                    if cited is None:
                        cited = sources.cited(doc, block)
                        if not cited:
                            if sourced is None:
                                sourced = sourced_sections(doc)
                            cited = block.section in sourced or headline_sourced(
                                doc, block, sourced
                            )
                    if cited:
                        break
                    a, b = block.source_span(
                        sentence.prose_start + m.start(), sentence.prose_start + m.end()
                    )
                    yield Hit(a, b, {"match": m.group()})
                    break
                if cited:
                    break

    return check

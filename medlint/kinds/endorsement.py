"""``endorsement``: an endorser with a material connection to the seller, not disclosed.

An endorsement is a sentence matching ``endorsements`` (a recommendation, "use
my code", or a reported result) that is not negated, a question, conditional
or reported speech, in a block that does not match ``skeptic_cues``.

Its endorser is *connected* when ``connections`` (ambassador, affiliate,
sponsored athlete, free or discounted treatment, referral code, ...) match,
not negated, in the endorsement's block, the ``reach`` prose blocks either side
of it in the same section, or the section heading; or in any sentence that
names the endorser (a capitalised name in an ``attributions`` match: "- Jess").

It is *disclosed* when a plain disclosure (``disclosures`` anywhere in a
sentence, or ``disclosure_labels`` opening one; neither negated nor in a
sentence matching ``disclosure_denials``) is found in those same blocks, or in
any sentence of the article that names the endorser or the connection.

Each connected, undisclosed endorsement is reported once per block, at its
sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Block, Document
from ..linguistics import Analyzer
from ..patterns import finditer, search
from ..regex_cache import compile as cached_compile
from ..rules import Rule, Vocabulary
from ._disclosure import PROSE, DisclosureFinder, quote, sentences
from .base import Hit, number, phrases

FIELDS = {
    "endorsements": list,
    "connections": list,
    "disclosures": list,
    "disclosure_labels": list,
    "disclosure_denials": list,
    "attributions": list,
    "skeptic_cues": list,
    "reach": int,
}
_NAME = cached_compile(r"\p{Lu}[\p{L}'\u2019-]{2,}")


def build(rule: Rule, vocab: Vocabulary):
    analyzer = Analyzer.from_vocabulary(vocab)
    endorsements = phrases(rule, vocab, "endorsements", required=True)
    connections = phrases(rule, vocab, "connections", required=True)
    attributions = phrases(rule, vocab, "attributions", words=False)
    skeptic = phrases(rule, vocab, "skeptic_cues")
    reach = max(0, int(number(rule, "reach", 1)))
    finder = DisclosureFinder(
        analyzer,
        phrases(rule, vocab, "disclosures", required=True),
        phrases(rule, vocab, "disclosure_labels"),
        phrases(rule, vocab, "disclosure_denials"),
    )

    def asserted(sentence: str, m) -> bool:
        view = analyzer.view(sentence, m.start(), m.end())
        return not (view.negated or view.question or view.conditional or view.reported)

    def endorsement(block: Block) -> tuple[int, str, str] | None:
        for offset, sentence in sentences(block):
            for m in finditer(endorsements, sentence):
                if asserted(sentence, m):
                    if skeptic is not None and search(skeptic, block.text) is not None:
                        return None  # writing about endorsements
                    return offset, sentence, m.group()
        return None

    def connected_somewhere(doc: Document) -> bool:
        """Whether any sentence or section heading of ``doc`` matches ``connections``:
        without one, no endorser is connected and nothing needs checking."""
        if any(search(connections, s.text) is not None for s in doc.sentences):
            return True
        headings = {b.section for b in doc.blocks if b.section}
        return any(search(connections, t) is not None for h in headings for _, t in sentences(h))

    def connection(text: str | Block) -> str | None:
        for _, sentence in sentences(text):
            for m in finditer(connections, sentence):
                if not analyzer.view(sentence, m.start(), m.end()).negated:
                    return m.group()
        return None

    def names_in(block: Block) -> list[str]:
        if attributions is None:
            return []
        out: list[str] = []
        for m in finditer(attributions, block.text):
            out.extend(n for n in _NAME.findall(m.group()) if n not in out)
        return out

    def check(doc: Document) -> Iterator[Hit]:
        if not connected_somewhere(doc):
            return
        prose = [b for b in doc.blocks if b.kind in PROSE]
        index: _SentenceIndex | None = None
        for i, block in enumerate(prose):
            found = endorsement(block)
            if found is None:
                continue
            offset, sentence, phrase = found
            # Neighbours count when they introduce or follow up on this endorsement,
            # not when they hold an endorsement (and connection) of their own.
            window = [
                b
                for b in prose[max(0, i - reach) : i + reach + 1]
                if b is block or (b.section == block.section and endorsement(b) is None)
            ]
            texts: list[str | Block] = list(window)
            if block.section:
                texts.append(block.section)
            names = names_in(block)
            link = next((c for c in map(connection, texts) if c), None)
            if index is None:
                index = _SentenceIndex(doc, connections, finder)
            if link is None:
                link = next(
                    (
                        connection(index.sentences[k])
                        for k in index.naming(names)
                        if connection(index.sentences[k])
                    ),
                    None,
                )
            if link is None or any(finder.in_text(t) for t in texts):
                continue
            if index.disclosed_elsewhere(names):
                continue
            a, b = block.source_span(offset, offset + len(sentence))
            yield Hit(
                a,
                b,
                {"match": quote(phrase), "connection": quote(link), "sentence": quote(sentence)},
            )

    return check


class _SentenceIndex:
    """The article's sentences, indexed by capitalised word, for linking endorsers."""

    def __init__(self, doc: Document, connections, finder: DisclosureFinder) -> None:
        self.sentences = [s for b in doc.blocks for _, s in sentences(b)]
        self.by_name: dict[str, list[int]] = {}
        for k, s in enumerate(self.sentences):
            for name in set(_NAME.findall(s)):
                self.by_name.setdefault(name, []).append(k)
        self.connected = [
            k for k, s in enumerate(self.sentences) if search(connections, s) is not None
        ]
        self.finder = finder
        self._disclosing: dict[int, bool] = {}
        self._connected_disclosure: bool | None = None

    def naming(self, names: list[str]) -> list[int]:
        return sorted({k for n in names for k in self.by_name.get(n, ())})

    def disclosed_elsewhere(self, names: list[str]) -> bool:
        """Whether a sentence that names the endorser or a connection discloses it."""
        if self._connected_disclosure is None:
            self._connected_disclosure = any(self.discloses(k) for k in self.connected)
        return self._connected_disclosure or any(self.discloses(k) for k in self.naming(names))

    def discloses(self, k: int) -> bool:
        if k not in self._disclosing:
            self._disclosing[k] = self.finder.in_text(self.sentences[k]) is not None
        return self._disclosing[k]

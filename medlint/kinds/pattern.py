"""``pattern``: report every match of any of ``patterns`` in prose.

The simplest kind, for house rules: a list of regular expressions (or
``@vocabulary`` lists), matched case-insensitively as whole words in every
sentence. ``unless`` lists phrases whose presence in the same sentence clears
it, and ``skip_negated`` / ``skip_hedged`` reuse the hedge and negation analysis.

Optional fields:

* ``unless_paragraph``: patterns matched anywhere (not as whole words, like
  ``@citation_markers``) in the block's prose or its source markup; a match
  clears every hit in that block (paragraph, list item, ...). Use it for
  "unless a source is attached in the paragraph".
* ``skip_sections``: patterns for section headings (e.g. ``@reference_headings``)
  whose blocks are not checked.
* ``skip_questions`` / ``skip_conditional`` (default false): also leave matches
  alone in questions ("Is PRP completely safe?") or conditional clauses.
* list items under a warning ("Be suspicious if a clinic:", "Red flags:") report
  what others claim and are skipped with ``skip_quoted``.
* ``once_per_sentence`` (default false): report only the first match of a
  sentence, so one sentence with three urgency phrases is one finding.
* ``about`` and ``needs_about``: a match of ``needs_about`` ("risk-free") counts
  only when its clause names one of ``about`` (a treatment, a health matter) or
  refers back to one with a pronoun ("it is risk-free"): the word's sense is
  decided by what it applies to ("Sign up for our newsletter risk-free", "Book a
  risk-free first visit" are about money, not health).
* ``other_sense``: phrases that, anywhere in the sentence, give a ``needs_about``
  match its other sense whatever it applies to: "Try the app risk-free for 14 days:
  cancel any time and you won't be charged" is about money.
* ``results`` and ``needs_result``: a match of ``needs_result`` (a remedy worded
  without a health word: "the full fee goes back on your card", "your next month
  is free", "..., guaranteed") counts only when its sentence or the sentence just
  before it in the block names one of ``results`` (a health result: "Feel sharper
  after one drip. If you don't, the full fee goes back on your card"); a remedy for
  a late parcel or a taste nobody liked is not a health guarantee.
* ``leads`` and ``needs_lead``: a match of ``needs_lead`` (a bare push to act now:
  "Call now.", "Book today!") counts only when its sentence or the sentence just
  before it in the block names one of ``leads`` (a count of places: "Two chairs this
  Saturday for our drip clinic. Call now."); after opening hours or on its own it is
  a plain invitation.
* ``offers`` and ``needs_offer``: a match of ``needs_offer`` (a bare deadline:
  "Ends midnight Monday.", "Valid until the 30th!") counts only when its sentence or
  the sentence just before it in the block names one of ``offers`` (a price or a
  saving: "30% off every facial. Ends midnight Monday."); a deadline with no offer
  (a form, a talk, a season) is no sales pressure.
* ``asks`` and ``needs_ask``: a match of ``needs_ask`` (a bare answer: "None at
  all.") counts only when the sentence just before it, in its block or the last one
  of the block before (a question heading or a bold "Q:" line), is one of ``asks``
  (a question about risk: "Is there any risk with the PRP facial?").
* ``pushes`` and ``needs_push``: a match of ``needs_push`` (a fear of delay: "don't
  wait until the pain turns chronic") counts only when its sentence or one of the two
  sentences just after it in the block pushes a booking (``pushes``: "Book your assessment
  today"); the same warning before "see your GP" is health advice.
* a gate judges only the matches of its own list's patterns: when a gate turns a
  match away for want of its context, another list's match over the same words is
  judged on its own ("Price valid only until 31 December!" is a bare deadline with no
  offer word, and also an offer kept only to a date).
* ``citations`` and ``markers``: the sources that clear a block, as the citation
  rules read them: an inline source (``citations``) or a numbered marker
  (``markers``) that resolves to an entry of the references; a marker that
  points at no entry ("[4]" under a list of three references) clears nothing. In
  an excerpt with no references at all a marker is taken at its word (the
  dangling-citation rule reports it).
* ``tables`` (default false): also check the body cells of tables, each as a block
  of its own ("| Rosacea | Calmed for good |").
* ``table_rows`` (default false): also read each body row of a table as its label
  and one value, "label: value" ("| Hair density | Up 40% |" reads "Hair density: Up
  40%"); a match that the label or the value cell alone yields is the cell's own and
  is not reported again.
* ``spelled_numbers`` (default false): read a number from eleven to a hundred
  spelled in words as its figure ("Eighty-seven per cent of patients ..." reads
  "87 per cent of patients ..."), so a share or a rate told in words matches the
  patterns written for figures; the finding still quotes the words.
* ``appeals``: appeals to research ("research shows", "studies prove"). The writer
  makes the claim that follows an appeal, so an appeal alone does not make the
  sentence reported speech: "Research shows that this resets your body clock for
  good" is still reported.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..citations import Sources, resolver_for
from ..document import Block, Document, OffsetMap
from ..linguistics import Analyzer
from ..patterns import PatternSet, compile_pattern, finditer, gate_allows, literal_gate, search
from ..regex_cache import compile as cached_compile
from ..rules import Rule, RuleError, Vocabulary
from .base import Hit, phrases
from .claim import table_cells

FIELDS = {
    "patterns": list,
    "unless": list,
    "skip_negated": bool,
    "skip_hedged": bool,
    "skip_quoted": bool,
    "scope": str,
    "unless_paragraph": list,
    "skip_sections": list,
    "skip_questions": bool,
    "skip_conditional": bool,
    "once_per_sentence": bool,
    "about": list,
    "needs_about": list,
    "other_sense": list,
    "appeals": list,
    "results": list,
    "needs_result": list,
    "pushes": list,
    "needs_push": list,
    "leads": list,
    "needs_lead": list,
    "offers": list,
    "asks": list,
    "needs_ask": list,
    "needs_offer": list,
    "citations": list,
    "markers": list,
    "tables": bool,
    "table_rows": bool,
    "spelled_numbers": bool,
}
SCOPES = ("sentence", "heading", "all")


def build(rule: Rule, vocab: Vocabulary):
    if "patterns" not in rule.options:
        raise RuleError("kind 'pattern' needs a 'patterns' list")
    phrases(rule, vocab, "patterns", required=True)  # checks every entry compiles
    matcher = Alternatives(vocab.get(rule.options.get("patterns"), "field 'patterns'"))
    unless = phrases(rule, vocab, "unless")
    unless_paragraph = phrases(rule, vocab, "unless_paragraph", words=False)
    skip_sections = phrases(rule, vocab, "skip_sections")
    scope = rule.options.get("scope", "all")
    if scope not in SCOPES:
        raise RuleError(f"field 'scope' must be one of {', '.join(SCOPES)}")
    analyzer = Analyzer.from_vocabulary(vocab)
    skip_negated = rule.options.get("skip_negated", True)
    skip_hedged = rule.options.get("skip_hedged", False)
    skip_quoted = rule.options.get("skip_quoted", True)
    skip_questions = rule.options.get("skip_questions", False)
    skip_conditional = rule.options.get("skip_conditional", False)
    once = rule.options.get("once_per_sentence", False)
    tables = rule.options.get("tables", False)
    table_rows = rule.options.get("table_rows", False)
    spelled = rule.options.get("spelled_numbers", False)
    about = phrases(rule, vocab, "about")
    needs_about = phrases(rule, vocab, "needs_about")
    other_sense = phrases(rule, vocab, "other_sense")
    appeals = phrases(rule, vocab, "appeals")
    results = phrases(rule, vocab, "results")
    pushes = phrases(rule, vocab, "pushes")
    leads = phrases(rule, vocab, "leads")
    offers = phrases(rule, vocab, "offers")
    asks = phrases(rule, vocab, "asks")
    for field in ("needs_result", "needs_push", "needs_lead", "needs_offer", "needs_ask"):
        phrases(rule, vocab, field)  # checks every entry compiles
    sources = None
    if "citations" in rule.options:
        sources = Sources(resolver_for(rule, vocab), phrases(rule, vocab, "citations", words=False))

    # Which of the matcher's patterns come from each needs_* list: a match is judged
    # by a gate when its own pattern is one of that list's (another list's match over
    # the same words is judged on its own).
    def members(field: str) -> frozenset[int]:
        if field not in rule.options:
            return frozenset()
        wanted = set(vocab.get(rule.options.get(field), f"field '{field}'"))
        return frozenset(i for i, source in enumerate(matcher.sources) if source in wanted)

    is_result, is_lead = members("needs_result"), members("needs_lead")
    is_offer, is_ask, is_push = members("needs_offer"), members("needs_ask"), members("needs_push")

    def no_result(sentences, k: int, i: int, m) -> bool:
        """Whether the match of pattern ``i`` in sentence ``k`` is a remedy that needs a
        health result and neither its sentence nor the one before names one. A remedy
        that starts later inside a longer match ("if your grip is not 40% stronger by
        the review, we refund ...") is part of another claim, judged on its own. The
        money handed back names no result: the "back" of "or your money back" is no
        body part."""
        if i not in is_result:
            return False
        if results is None:
            return True
        text = sentences[k].text
        if _MONEY_BACK.search(text) is not None:
            text = _MONEY_BACK.sub(lambda b: " " * len(b.group()), text)
        if search(results, text) is not None:
            return False
        return k == 0 or search(results, sentences[k - 1].text) is None

    def no_lead(sentences, k: int, i: int) -> bool:
        """Whether the match is a bare push ("Call now.") and neither its sentence nor
        the one before gives it a reason to hurry ("Two slots this Saturday.")."""
        return i in is_lead and _lacks_before(leads, sentences, k)

    def no_offer(sentences, k: int, i: int) -> bool:
        """Whether the match is a bare deadline ("Ends Monday.") and neither its
        sentence nor the one before names an offer ("30% off every facial.")."""
        return i in is_offer and _lacks_before(offers, sentences, k)

    def no_ask(sentences, k: int, i: int, previous: str) -> bool:
        """Whether the match is a bare answer ("None at all.") and the sentence
        before it (``previous`` when it opens its block) asks no question about risk."""
        if i not in is_ask:
            return False
        before = sentences[k - 1].text if k else previous
        return asks is None or search(asks, before) is None

    def no_push(sentences, k: int, i: int) -> bool:
        """Whether the match in sentence ``k`` is a warning that needs a push to act
        ("Don't wait until the pain turns chronic") and neither its sentence nor the
        two after it name one ("Don't wait until it's too late. Every month you put
        it off, more follicles die. Book your assessment today")."""
        if i not in is_push:
            return False
        if pushes is None:
            return True
        nearby = [s.text for s in sentences[k : k + 3]]
        return not any(search(pushes, t) is not None for t in nearby)

    def block_cleared(doc: Document, block) -> bool:
        if _block_matches(unless_paragraph, doc, block):
            return True
        if sources is None:
            return False
        if sources.cited(doc, block):
            return True
        # An excerpt with no references at all takes its markers at their word
        # (dangling-citation reports them); a marker missing from a references list
        # that the article does have clears nothing.
        index = sources.resolver.index(doc)
        return not index.has_references and bool(index.markers_in(block))

    def unrelated(text: str, start: int, end: int) -> bool:
        """Whether the match at [start, end) needs a health matter and the sentence up
        to the end of its clause names none, nor a pronoun before it in its clause that
        could refer back to one ("it's completely risk-free"); an item of a list of
        fragments ("- No risks", "no risk, no downtime") stands for what the list is
        about and counts."""
        if about is None or needs_about is None or search(needs_about, text, start, end) is None:
            return False
        if other_sense is not None and search(other_sense, text) is not None:
            return True  # "try it risk-free: cancel any time and you won't be charged"
        if _fragment_item(text, start, end) or _EXISTENTIAL.search(text, 0, start):
            return False  # "- No risks", "there is no risk": about what the text is about
        stop = _clause_stop(analyzer, text, end)
        if search(about, text, 0, stop) is not None:
            return False
        return _PRONOUN.search(text, analyzer.clause_start(text, start), start) is None

    def gated(sentences, k: int, m, i: int, last: str) -> bool:
        """Whether match ``m`` of pattern ``i`` in sentence ``k`` needs a context that
        its sentence and its neighbours lack (a health matter, a health result, a
        reason to hurry, an offer, a question about risk, a push to book)."""
        return (
            unrelated(sentences[k].text, m.start(), m.end())  # "Book a risk-free first visit"
            or no_result(sentences, k, i, m)  # "... or your shipping is free"
            or no_lead(sentences, k, i)  # "Open Monday to Friday. Call now."
            or no_offer(sentences, k, i)  # "Applications for the talk end Friday."
            or no_ask(sentences, k, i, last)  # "Any questions? None? ..."
            or no_push(sentences, k, i)  # "Don't wait ...: see your GP"
        )

    def check(doc: Document) -> Iterator[Hit]:
        warned = analyzer.warned_items(doc.blocks) if skip_quoted else set()
        blocks = [*doc.blocks, *table_cells(doc)] if tables else doc.blocks
        bounds: dict[int, int] = {}  # a row block's id -> where its value starts
        if table_rows:
            blocks = list(blocks)
            for row, boundary in _row_pairs(doc):
                bounds[id(row)] = boundary
                blocks.append(row)
        previous = ""  # the last sentence of the block before
        for block in blocks:
            last, previous = previous, block.sentences[-1].text if block.sentences else ""
            if scope == "heading" and block.kind != "heading":
                continue
            if id(block) in warned:
                continue  # "Be suspicious if a clinic: - promises zero risk"
            if scope == "sentence" and block.kind == "heading":
                continue
            if skip_sections is not None and block.section and search(skip_sections, block.section):
                continue
            cleared = None  # whether unless_paragraph matches this block; computed on demand
            for k, sentence in enumerate(block.sentences):
                text = sentence.text
                if unless is not None and search(unless, text):
                    continue
                taken = -1  # where the last match judged on its own words ends
                for m, i in _matches(matcher, text, spelled):
                    if m.start() < taken:
                        continue  # words already judged (the alternation's choice)
                    # A match that a gate turns away for want of context (a bare "Ends
                    # Friday!" with no offer near) does not hide another list's match
                    # over the same words ("Price valid only until 31 December!").
                    if gated(block.sentences, k, m, i, last):
                        continue
                    taken = max(m.end(), m.start() + 1)
                    view = analyzer.view(text, m.start(), m.end())
                    if skip_negated and view.negated and _negated_here(analyzer, text, m):
                        continue
                    if skip_hedged and view.hedged:
                        continue
                    if (
                        skip_quoted
                        and (view.quoted or view.reported)
                        and (view.quoted or not _only_appealed(analyzer, appeals, text, m.start()))
                    ):
                        continue
                    if (skip_questions and view.question) or (
                        skip_conditional and view.conditional
                    ):
                        continue
                    if cleared is None:
                        cleared = block_cleared(doc, block)
                    if cleared:
                        break
                    start, end = sentence.prose_start + m.start(), sentence.prose_start + m.end()
                    boundary = bounds.get(id(block))
                    if boundary is not None and _cells_own(
                        matcher, block.text, boundary, start, end
                    ):
                        continue  # the label's or the value's cell reports it
                    a, b = block.source_span(start, end)
                    yield Hit(a, b, {"match": m.group()})
                    if once:
                        break

    return check


# money handed back: its "back" is no body part ("Love it or your money back")
_MONEY_BACK = cached_compile(
    r"\b(?:money|cash|fees?|payments?|pennies|penny|cents?|dollars?|pounds?)\s+back\b", regex.I
)


def _lacks_before(wanted, sentences, k: int) -> bool:
    """Whether neither sentence ``k`` nor the one before names one of ``wanted``."""
    if wanted is None:
        return True
    nearby = [sentences[k].text] + ([sentences[k - 1].text] if k else [])
    return not any(search(wanted, t) is not None for t in nearby)


def _matches(matcher: Alternatives, text: str, spelled: bool) -> list:
    """The matcher's matches in ``text``, overlapping ones included (see
    :meth:`Alternatives.overlapping`); with ``spelled``, in the text whose numbers
    spelled in words read as figures, each mapped back to the words it covers."""
    if not spelled or _NUMBER_WORD.search(text) is None:
        return matcher.overlapping(text)
    figures, back = _with_figures(text)
    return [
        (_Span(text, back(m.start()), back(m.end())), i) for m, i in matcher.overlapping(figures)
    ]


class _Span:
    """A match found in a rewritten text, with the span of the original text it covers."""

    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    *["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"],
    *["sixteen", "seventeen", "eighteen", "nineteen"],
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_VALUES = {
    **{w: 10 + i for i, w in enumerate(_TEENS)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    **{w: 1 + i for i, w in enumerate(_UNITS)},
}
# a number from eleven to a hundred in words: "eighty-seven", "ninety five", "a hundred"
_NUMBER_WORD = regex.compile(
    r"\b(?:(?P<tens>" + "|".join(_TENS) + r")(?:[- ](?P<unit>" + "|".join(_UNITS) + r"))?"
    r"|(?P<teen>" + "|".join(_TEENS[1:]) + r")|(?P<hundred>(?:a|one) hundred))\b",
    regex.IGNORECASE,
)


def _with_figures(text: str):
    """``text`` with its spelled numbers as figures, and a function that maps an
    offset of the new text back to the original (a figure's inside maps to the start
    of its words, its end to their end)."""
    parts: list[str] = []
    spans: list[tuple[int, int, int, int]] = []  # (new start, new end, old start, old end)
    pos = 0
    size = 0
    for m in _NUMBER_WORD.finditer(text):
        if m.group("hundred"):
            value = 100
        elif m.group("teen"):
            value = _VALUES[m.group("teen").lower()]
        else:
            value = _VALUES[m.group("tens").lower()]
            value += _VALUES[m.group("unit").lower()] if m.group("unit") else 0
        parts.append(text[pos : m.start()])
        size += m.start() - pos
        figure = str(value)
        spans.append((size, size + len(figure), m.start(), m.end()))
        parts.append(figure)
        size += len(figure)
        pos = m.end()
    parts.append(text[pos:])

    def back(offset: int) -> int:
        shift = 0
        for new_start, new_end, old_start, old_end in spans:
            if offset < new_start:
                break
            if offset < new_end:
                return old_start
            if offset == new_end:
                return old_end
            shift = old_end - new_end
        return offset + shift

    return "".join(parts), back


def _cells_own(matcher: Alternatives, text: str, boundary: int, start: int, end: int) -> bool:
    """Whether a match in a row read as "label: value" belongs to one of its cells: it
    lies in the label, or the value cell alone yields the same match (a figure whose
    measure is named in the label is the row's: "Hair density: Up 40%")."""
    if end <= boundary:
        return True
    if start < boundary:
        return False
    return any(m.start() == start - boundary for m in matcher.finditer(text[boundary:]))


def _row_pairs(doc: Document) -> Iterator[tuple[Block, int]]:
    """Each body row of each table as "label: value", one block per value cell, with
    the position in the block's text where the value starts."""
    for table in doc.tables or ():
        section = None
        for block in doc.blocks:
            if block.start >= table.start:
                break
            section = block.text if block.kind == "heading" else block.section
        for row in table.rows:
            cells = [c for c in row.cells if c.text.strip()]
            if row.header or len(cells) < 2:
                continue
            label = cells[0]
            for value in cells[1:]:
                text = f"{label.text}: {value.text}"
                boundary = len(label.text) + 2
                runs = [(0, label.start, True), (len(label.text), label.end, False)]
                runs.append((boundary, value.start, True))
                yield (
                    Block("table_row", text, label.start, value.end, OffsetMap(runs), section),
                    boundary,
                )


class Alternatives:
    """The matches of a list of patterns, as one alternation of them would find them
    (leftmost first; at one position, the alternation's order: longest source first),
    but searching a text only with the alternatives whose literals it holds. A rule's
    list of seventy patterns, most of them starting with a common word or a number,
    costs one scan per candidate instead of seventy alternatives tried at every
    position of every sentence that one of them might match."""

    def __init__(self, sources: list[str]) -> None:
        items = sorted({s for s in sources if s}, key=lambda s: (-len(s), s))
        self.sources = items  # each pattern's source, by its position
        self.set = PatternSet(compile_pattern(s) for s in items)
        # The literals a pattern needs beyond the word keys that made it a candidate
        # ("9 in 10" needs a figure AND one of its result words): finditer tests them
        # too, after its memo; testing them first spares a list of seventy
        # figure-and-result patterns a memo entry for each sentence that holds a
        # result word but no figure. Same matches.
        self.gates = [literal_gate(p) for p in self.set.patterns]

    def finditer(self, text: str) -> list:
        out = []
        end = -1
        for m, _ in self.overlapping(text):
            start = m.start()
            if start >= end:
                out.append(m)
                end = max(m.end(), start + 1)
        return out

    def overlapping(self, text: str) -> list:
        """Every pattern's own matches, overlapping ones included, each with the
        position of its pattern in :attr:`sources`, in the order :meth:`finditer`
        prefers them (leftmost first, then the list's order)."""
        found = []
        for i in self.set.candidates(text):
            gate = self.gates[i]
            if gate is not None and not gate_allows(gate, text):
                continue  # a set of literals the pattern needs is missing: nothing to find
            found.extend((m.start(), i, m) for m in finditer(self.set.patterns[i], text))
        if len(found) > 1:
            found.sort(key=lambda f: (f[0], f[1]))
        return [(m, i) for _, i, m in found]


# a pronoun that may refer back to a treatment named before: "it's completely risk-free",
# "these are gone for good"; "this", "these" and "those" before a noun are determiners,
# and the noun names what the clause is about ("those queues are gone for good")
_PRONOUN = cached_compile(
    r"\b(?:it|its|it['’]s|they|they['’]re|them)\b|\b(?:this|these|those)\b(?!\s+(?!(?:is|are|was"
    r"|were|will|would|can|could|may|might|must|should|shall|have|has|had|do|does|did|all|both"
    r"|really|truly|also|now|then|just|still|simply|completely|totally|entirely)\b)[a-z][\w'’-]*)",
    regex.I,
)


_EXISTENTIAL = cached_compile(
    r"\bthere(?:['’]s|\s+is|\s+are|\s+was|\s+were|\s+will\s+be)\s+\Z", regex.IGNORECASE
)
_ITEM_BREAK = cached_compile(r"[,;:|\u2022\u2705\u2714]|\s[-\u2013\u2014]\s|\b(?:and|or|plus)\b")


# the end of a sentence the splitter left inside one ("... rest can't. Shop now, sale
# ends Sunday!"): a full stop, question or exclamation mark, then a capital; and a
# consequence that opens a clause of its own ("it can't burn your skin, so it's safe
# for everyone"), whose claim the negation before it does not reach
_SENTENCE_END = cached_compile(
    r"[.!?]\s+(?=[\"“‘']?\p{Lu})"
    r"|,\s+(?:and\s+)?(?:so|therefore|hence|which means|that means|meaning)\s+"
    r"(?!(?:that|long|far|much|many|as|to|not|no|never)\b)",
    regex.IGNORECASE,
)


def _negated_here(analyzer: Analyzer, text: str, m) -> bool:
    """Whether a match the analysis calls negated is still negated within its own
    sentence: a negation before an inner sentence end does not reach past it."""
    cut = None
    for end in _SENTENCE_END.finditer(text, 0, m.start()):
        cut = end.end()
    if cut is None:
        return True
    return analyzer.view(text[cut:], m.start() - cut, m.end() - cut).negated


def _fragment_item(text: str, start: int, end: int) -> bool:
    """Whether the match is an item of a list of fragments: at most one more word
    between it and the nearest item breaks (or the ends of the text)."""
    left = 0
    for m in _ITEM_BREAK.finditer(text, 0, start):
        left = m.end()
    right = _ITEM_BREAK.search(text, end)
    stop = right.start() if right is not None else len(text)
    return len(text[left:start].split()) + len(text[end:stop].split()) <= 1


def _only_appealed(analyzer: Analyzer, appeals, text: str, start: int) -> bool:
    """Whether the reported-speech cues before ``start`` all lie inside appeals to
    research ("research shows that ..."): the writer's own claim, not another's."""
    if appeals is None or analyzer.reported is None:
        return False
    spans = [m.span() for m in finditer(appeals, text, 0, start)]
    if not spans:
        return False
    blanked = list(text[:start])
    for a, b in spans:
        blanked[a:b] = " " * (b - a)
    return search(analyzer.reported, "".join(blanked)) is None


def _clause_stop(analyzer: Analyzer, text: str, end: int) -> int:
    """Where the clause holding position ``end`` ends (a clause break or the end)."""
    if analyzer.breaks is None:
        return len(text)
    m = search(analyzer.breaks, text, end)
    return m.start() if m is not None else len(text)


def _block_matches(pattern, doc: Document, block) -> bool:
    """Whether ``pattern`` occurs in the block's prose or in its source (links, footnotes)."""
    if pattern is None:
        return False
    return bool(search(pattern, block.text) or search(pattern, doc.source, block.start, block.end))

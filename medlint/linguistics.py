"""Hedge, negation, question, condition and reported-speech analysis.

The claim rules ask one question of a match inside a sentence: is it asserted
as fact by the writer? :meth:`Analyzer.view` answers with a :class:`View`. The
cue words all come from the ``vocabulary`` of the rule packs (``hedges``,
``negations``, ``conditionals``, ``definitions``, ``reported_speech``, ``clause_breaks``,
``negative_comparisons``, ``negative_determiners``, ``trailing_reports``,
``content_nouns``, ``content_denials``, ``superlatives``), so a team can extend
them without touching Python.

Reported speech is usually announced before the claim ("the FTC said that ...");
an attribution that closes the sentence reports it too ("PRP beats steroid shots
for tennis elbow, trial finds").

A negation stands before what it negates ("does not repair"), except a negative
comparison, which follows it: "eases pain no better than saline" is not a claim
that the treatment eases pain. A negative determiner ("no") negates only its
own short noun phrase when a list or a coordination follows it: in "no operation
and an elbow that heals" and "no scars, no downtime, no risk" the last
item is asserted.

A definition or a standard of evidence (``definitions``: "I mean it beat a
placebo in a fair trial", "to count as working", "would have to beat a sham")
says what a word means or what a result would need, so what follows it in its
clause is read as conditional, not asserted.

A claim that is the content of a noun ("evidence that ...", "the idea that ...")
whose predicate denies it later in the sentence ("... is weak", "... has no
support") is negated: "Evidence that it works better than traction is weak". A
superlative ("nothing melts belly fat like a weekly shot") praises what follows its
"nothing" rather than negating it.

:func:`assess` is the small public entry point used by the evaluation scripts:
sentence-level speculation and negation with the built-in vocabulary.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

from .patterns import alternation, finditer, search
from .records import dataclass
from .regex_cache import compile as cached_compile

_OPEN_QUOTES = '"\u201c\u00ab'
_CLOSE_QUOTES = '"\u201d\u00bb'
NEGATION_REACH = 8  # words between a negation cue and what it negates
AFTER_REACH = 25  # characters between a span and a hedge that follows it
COMPARISON_REACH = 3  # words between a span and a negative comparison that follows it
CONTENT_REACH = 160  # characters between a content noun, its claim and its denial
DENIAL_REACH = 3  # words between an appeal and a negation of its finding ("found no benefit")
REPORT_REACH = 80  # characters before a span where a report whose verb is the span may open


# What follows a negative determiner when its noun phrase ends before the span: one
# to three words, a comma or a coordinating word, and at most a few words more with
# no punctuation ("no downtime and a knee that heals", "no stitches, just cells that").
_NP_THEN_LIST = cached_compile(
    r"\s*(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*(?:,|;|\band\b|\bor\b|\bplus\b|[\u2705\u2714\u2022|])\s*"
    r"(?:(?:and|or|plus|just|only)\s+)?(?:(?:a|an|the|your|our|their|its|his|her)\s+)?"
    r"(?:[\w'’+-]+\s+){0,4}\Z",
    regex.IGNORECASE,
)

# A list of bare nouns after a negative determiner that a relative clause closes: the
# clause belongs to the whole negated list ("no pill, drip or injection that reverses
# ..."), unlike a new item with its own article ("no downtime and a knee that heals").
_BARE_LIST_RELATIVE = cached_compile(
    r"\s*[\w'’-]+(?:\s*,\s*[\w'’-]+)*\s*,?\s+(?:or|and|nor)\s+[\w'’-]+\s+(?:that|which|who)\s+\Z",
    regex.IGNORECASE,
)

# A bare list joined by "or" after a negative determiner is one negated noun phrase,
# its last item included, and so is what it is the subject of ("no drip, supplement
# or detox will ...", "No pill or cleanse resets ..."); not a new noun phrase after
# "and" or a comma ("no downtime and a knee that heals", "no stitches, and our PRP").
_BARE_LIST_ITEM = cached_compile(
    r"\s*[\w'’-]+(?:\s*,\s*[\w'’-]+)*\s*,?\s+(?:or|nor)\s+(?:[\w'’-]+\s+)?"
    r"(?:(?:will|can|could|would|should|is|are|does|do|has|have)\s+)?\Z",
    regex.IGNORECASE,
)

# A concession that opens a sentence, closed by a comma: "Whether you ... or ...,",
# "No matter which sport you play,"
# a speaker's label opening a line of a chat or an interview: "Bot:", "**You:**", "Dr Lee:"
_SPEAKER = cached_compile(r"[\W_]{0,4}\p{Lu}[\p{L}.'’ -]{0,24}:[\W_]{0,4}\s")
_CONCESSION = cached_compile(
    r"\W{0,4}(?:whether\b[^.;!?,]{1,200}?\bor\b[^.;!?,]{1,200}?|"
    r"no matter (?:what|how|which|whether)\b[^.;!?,]{1,200}?),",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class View:
    hedged: bool = False
    negated: bool = False
    question: bool = False
    conditional: bool = False
    quoted: bool = False
    reported: bool = False
    hedge: str = ""

    @property
    def asserted(self) -> bool:
        """True when the writer states the matched text as fact."""
        return not (
            self.hedged
            or self.negated
            or self.question
            or self.conditional
            or self.quoted
            or self.reported
        )


@dataclass(frozen=True)
class Assessment:
    speculative: bool
    negated: bool
    hedge_cues: tuple[str, ...]
    negation_cues: tuple[str, ...]


class Analyzer:
    def __init__(self, lists: dict[str, list[str]]) -> None:
        self.hedges = alternation(lists.get("hedges", []))
        self.negations = alternation(lists.get("negations", []))
        self.conditionals = alternation(lists.get("conditionals", []))
        self.definitions = alternation(lists.get("definitions", []))
        self.reported = alternation(lists.get("reported_speech", []))
        self.trailing = alternation(lists.get("trailing_reports", []), words=False)
        self.breaks = alternation(lists.get("clause_breaks", []), words=False)
        self.subordinators = alternation(lists.get("subordinators", []))
        self.openers = alternation(lists.get("negative_openers", []))
        self.comparisons = alternation(lists.get("negative_comparisons", []))
        self.determiners = alternation(lists.get("negative_determiners", []))
        self.warnings = alternation(lists.get("warning_lead_ins", []))
        self.content_nouns = alternation(lists.get("content_nouns", []))
        self.content_denials = alternation(lists.get("content_denials", []))
        self.superlatives = alternation(lists.get("superlatives", []))
        self.unmarked_questions = alternation(lists.get("unmarked_questions", []), words=False)

    @classmethod
    def from_vocabulary(cls, vocab) -> Analyzer:
        key = tuple(
            (name, tuple(vocab.expand(vocab.lists.get(name, ()), f"vocabulary '{name}'")))
            for name in (
                "hedges",
                "negations",
                "conditionals",
                "definitions",
                "reported_speech",
                "trailing_reports",
                "clause_breaks",
                "subordinators",
                "negative_openers",
                "negative_comparisons",
                "negative_determiners",
                "warning_lead_ins",
                "content_nouns",
                "content_denials",
                "superlatives",
                "unmarked_questions",
            )
        )
        return _cached(key)

    def clause_start(self, text: str, pos: int) -> int:
        """Where the clause holding ``pos`` begins.

        A clause break ("; but however ...") starts a clause. A subordinate clause
        opened by a ``subordinators`` word ("Although it is not approved, ...")
        ends at its first comma, so what follows the comma is a new clause.
        """
        start = 0
        opener = 0  # where a subordinating word may stand: the clause's first word
        if self.breaks is not None:
            for m in finditer(self.breaks, text, 0, pos):
                start, opener = m.end(), m.start()
        if self.subordinators is not None:
            m = search(self.subordinators, text, opener, pos)
            if m is not None and text[opener : m.start()].strip(" ,") == "":
                comma = text.find(",", m.end(), pos)
                if comma != -1:
                    start = comma + 1
        return start

    def view(self, text: str, start: int, end: int) -> View:
        """How the sentence ``text`` presents its span [start, end)."""
        clause = self.clause_start(text, start)
        before = text[clause:start]
        # a concession that opens the sentence hedges nothing after its comma:
        # "Whether you tore your ACL or wore your knees out, our PRP mends ..."
        conceded = _CONCESSION.match(text)
        if conceded is not None and clause < conceded.end() <= start:
            before = text[conceded.end() : start]
        hedge = search(self.hedges, before)
        if hedge is None:
            # A hedge right after the match still qualifies it ("heals ... in some cases").
            after = text[end : end + 40]
            hedge = search(self.hedges, after) if self.hedges else None
            if hedge is not None and hedge.start() > AFTER_REACH:
                hedge = None
        negated = (
            self._negated(text, clause, start)
            or self._compared_away(text, end)
            or self._content_denied(text, start, end)
        )
        stripped = text.rstrip(" \t\"'\u201d\u2019)")
        question = stripped.endswith("?") or self._unmarked_question(text, start, end)
        conditional = False
        if self.conditionals is not None:
            for m in finditer(self.conditionals, before):
                if "," not in before[m.end() :]:
                    conditional = True
        quoted = inside_quotes(text, start, end)
        reported = (
            search(self.reported, text[:start]) is not None
            or search(self.trailing, text, end) is not None
        )
        if not (conditional or negated or quoted or reported):
            # asked last, only of a span that would otherwise be asserted
            conditional = self._defined(text, clause, start, end)
        return View(
            hedged=hedge is not None,
            negated=negated,
            question=question,
            conditional=conditional,
            quoted=quoted,
            reported=reported,
            hedge=hedge.group() if hedge else "",
        )

    def _unmarked_question(self, text: str, start: int, end: int) -> bool:
        """Whether the span [start, end) is asked by a sentence, or a speaker's line in
        it, that has no closing mark and opens like a question: an auxiliary before its
        subject, perhaps after the speaker's label ("You: does TRT fix low libido"). A
        sentence or line that ends with a full stop or "!" is a statement."""
        if self.unmarked_questions is None:
            return False
        line = text.rfind("\n", 0, start) + 1
        stop = text.find("\n", end)
        stop = len(text) if stop == -1 else stop
        if _SPEAKER.match(text, line) or _SPEAKER.match(text, stop + 1):
            text = text[line:stop]  # one speaker's line in a chat

        asked = text.rstrip(" \t\"'\u201d\u2019)*_")
        if asked.endswith((".", "!", "?", ":", ";")):
            return False
        return self.unmarked_questions.match(asked) is not None

    def _defined(self, text: str, clause: int, start: int, end: int) -> bool:
        """Whether a definition or a standard opens before the span [start, end) in its
        clause, with no comma between ("I mean it beat a placebo"); a standard's own
        verb may be the span ("has to beat a placebo")."""
        if self.definitions is None:
            return False
        m = search(self.definitions, text, clause, end)
        while m is not None and m.start() < start:
            if "," not in text[m.end() : start]:
                return True
            m = search(self.definitions, text, m.end(), end)
        return False

    def reported_through(self, text: str, start: int, end: int) -> bool:
        """Whether a report opens before the span [start, end) and its own verb is the
        span ("clinics promise results for ...": the clinics make the promise, not
        the writer). :meth:`view` does not ask this (it is not cheap); the caveat
        kind does, for the benefits it finds."""
        if self.reported is None:
            return False
        return any(
            m.start() < start < m.end()
            for m in finditer(self.reported, text, max(0, start - REPORT_REACH), end)
        )

    def _compared_away(self, text: str, end: int) -> bool:
        """A negative comparison right after the span, at most a few words on: "eases
        pain in the knee no better than placebo" (but not "studies found that PRP
        eased pain no better than placebo", where it is the finding, not the appeal)."""
        m = search(self.comparisons, text, end, _word_end(text, end, COMPARISON_REACH + 6))
        return m is not None and len(text[end : m.start()].split()) <= COMPARISON_REACH

    def _content_denied(self, text: str, start: int, end: int) -> bool:
        """Whether [start, end) is the content of a noun ("evidence that ...") whose
        predicate, later in the sentence, denies it ("... is weak")."""
        if self.content_nouns is None or self.content_denials is None:
            return False
        # the denial first: it is the rarer of the two ("... is weak", "... is unproven")
        limit = min(len(text), end + CONTENT_REACH)
        if search(self.content_denials, text, end, limit) is None:
            return False
        return search(self.content_nouns, text, max(0, start - CONTENT_REACH), start) is not None

    def _superlative(self, text: str, cue_start: int, start: int) -> bool:
        """Whether the negation at ``cue_start`` opens a superlative that covers the
        span at ``start`` ("nothing melts belly fat like ...")."""
        if self.superlatives is None:
            return False
        m = search(self.superlatives, text, cue_start, min(len(text), cue_start + CONTENT_REACH))
        return m is not None and m.start() == cue_start and m.end() > start

    def denies_after(self, text: str, end: int) -> bool:
        """Whether a negation opens what follows ``end`` ("found no benefit", "showed
        that it did not help"): at most ``DENIAL_REACH`` words on, in the same clause."""
        if self.negations is None:
            return False
        limit = _word_end(text, end, DENIAL_REACH + 1)
        m = search(self.negations, text, end, limit)
        if m is None:
            return False
        gap = text[end : m.start()]
        return len(gap.split()) <= DENIAL_REACH and not any(c in gap for c in ",;:")

    def hedge_in(self, text: str, start: int, end: int) -> bool:
        """Whether a hedge cue stands inside ``text[start:end]`` ("studies suggest")."""
        return search(self.hedges, text, start, end) is not None

    def _negated(self, text: str, clause: int, start: int) -> bool:
        last = None
        if self.negations is not None:
            for m in finditer(self.negations, text, clause, start):
                last = m
        if last is not None and self._phrase_ended(text, last, start):
            return False
        if last is not None and self._superlative(text, last.start(), start):
            return False
        # A clause that opens with "No ...", "None of ...", "Nothing ..." is negated
        # throughout: "No stem cell product is approved by the FDA to treat ...".
        if self.openers is not None:
            lead = len(text[clause:start]) - len(text[clause:start].lstrip(" \t\"'\u201c("))
            m = search(self.openers, text, clause + lead, start)
            if m is not None and m.start() == clause + lead:
                return True
        if last is None:
            return False
        gap = text[last.end() : start]
        return len(gap.split()) <= NEGATION_REACH

    def _phrase_ended(self, text: str, cue, start: int) -> bool:
        """Whether ``cue`` is a negative determiner whose short noun phrase ends, at a
        comma or a coordination, just before ``start``: "no operation and an ..."."""
        if self.determiners is None:
            return False
        m = search(self.determiners, text, cue.start(), cue.end())
        if m is None or m.span() != cue.span():
            return False
        gap = text[cue.end() : start]
        if _BARE_LIST_RELATIVE.match(gap) is not None:
            return False  # "no pill, drip or injection that reverses ...": one negated list
        if _BARE_LIST_ITEM.match(gap) is not None:
            return False  # "no drip, supplement or detox": the list's last item
        return _NP_THEN_LIST.match(gap) is not None

    def warned_items(self, blocks) -> set[int]:
        """Ids of the list items that a warning introduces (``warning_lead_ins``: "Be
        suspicious if a clinic:", "Red flags:"): each item reports what others claim.
        The lead-in is the block just before the list, or the heading over it."""
        out: set[int] = set()
        if self.warnings is None:
            return out
        lead = None
        previous = None
        for block in blocks:
            if block.kind == "list_item":
                if lead is None:
                    lead = _warns(self.warnings, previous, block.section)
                if lead:
                    out.add(id(block))
            else:
                lead = None
            previous = block
        return out

    def assess(self, sentence: str) -> Assessment:
        """Sentence-level speculation and negation: which cue words the sentence holds."""
        hedges = _cues(self.hedges, sentence)
        negs = _cues(self.negations, sentence)
        return Assessment(bool(hedges), bool(negs), hedges, negs)


def _warns(pattern, before, section: str | None) -> bool:
    texts = [section or ""]
    if before is not None:
        texts.append(before.text)
    return any(search(pattern, t) is not None for t in texts if t)


def _word_end(text: str, pos: int, words: int) -> int:
    """The position after the ``words``-th word from ``pos`` (or the end of ``text``)."""
    count, i, n = 0, pos, len(text)
    while i < n and count < words:
        while i < n and text[i].isspace():
            i += 1
        while i < n and not text[i].isspace():
            i += 1
        count += 1
    return i


def _cues(pattern, text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in finditer(pattern, text)) if pattern is not None else ()


def inside_quotes(text: str, start: int, end: int) -> bool:
    """Whether [start, end) of ``text`` lies between an opening and a closing quote:
    double quotes, or single quotes that open after a space or a bracket and close
    before one ("the injections 'rebuild the spine', a claim ..."), not apostrophes
    ("the clinic's", "patients' trust")."""
    if len(text) >= _MARKS_FROM:
        return _marks(text).inside(text, start, end)
    before = text[:start]
    depth_curly = before.count("\u201c") - before.count("\u201d")
    if depth_curly > 0 and "\u201d" in text[end:]:
        return True
    straight = before.count('"')
    if straight % 2 == 1 and '"' in text[end:]:
        return True
    return _inside_single_quotes(text, start, end)


# A single quote that opens a quotation (after the start, a space or a bracket, before
# a word) and one that closes it (after a word, before a space, punctuation or the end)
_SINGLE_OPEN = cached_compile(r"(?:(?<=^)|(?<=[\s(\[:\u2014\u2013]))['\u2018](?=[\w$£€#])")
_SINGLE_CLOSE = cached_compile(r"(?<=[\w.!?%)])['\u2019](?=[\s,.;:!?)\u2014\u2013]|$)")
_CLOSE_AFTER = cached_compile(r"[\w.!?%)]")  # what _SINGLE_CLOSE's lookbehind accepts


def _inside_single_quotes(text: str, start: int, end: int) -> bool:
    if "'" not in text and "\u2018" not in text:
        return False
    opened = None
    for m in _SINGLE_OPEN.finditer(text):
        if m.start() >= start:
            break
        opened = m.end()
    if opened is None or _SINGLE_CLOSE.search(text, opened, start) is not None:
        return False
    return _SINGLE_CLOSE.search(text, end) is not None


# A long text (a paragraph of thousands of sentences) is asked about once per claim
# in it; counting its quotes afresh each time would be quadratic. Its quote marks
# are found once and each question is answered by bisection, with the same answers.
_MARKS_FROM = 1024
_MARKS: dict[str, _QuoteMarks] = {}
_MARKS_LIMIT = 32


def _marks(text: str) -> _QuoteMarks:
    marks = _MARKS.get(text)
    if marks is None:
        if len(_MARKS) >= _MARKS_LIMIT:
            _MARKS.clear()
        marks = _MARKS[text] = _QuoteMarks(text)
    return marks


def _positions(text: str, char: str) -> list[int]:
    out = []
    i = text.find(char)
    while i != -1:
        out.append(i)
        i = text.find(char, i + 1)
    return out


class _QuoteMarks:
    """Where a text's quote marks stand (every quote pattern matches one character)."""

    __slots__ = ("curly_open", "curly_close", "straight", "single_open", "single_close")

    def __init__(self, text: str) -> None:
        self.curly_open = _positions(text, "\u201c")
        self.curly_close = _positions(text, "\u201d")
        self.straight = _positions(text, '"')
        if "'" in text or "\u2018" in text:
            self.single_open = [m.start() for m in _SINGLE_OPEN.finditer(text)]
            self.single_close = [m.start() for m in _SINGLE_CLOSE.finditer(text)]
        else:
            self.single_open = self.single_close = []

    def inside(self, text: str, start: int, end: int) -> bool:
        """:func:`inside_quotes`, by bisection."""
        close = self.curly_close
        depth = bisect_left(self.curly_open, start) - bisect_left(close, start)
        if depth > 0 and close and close[-1] >= end:
            return True
        straight = self.straight
        if bisect_left(straight, start) % 2 == 1 and straight[-1] >= end:
            return True
        i = bisect_left(self.single_open, start)
        if i == 0:
            return False
        opened = self.single_open[i - 1] + 1
        closes = self.single_close
        j = bisect_left(closes, opened)
        if j < len(closes) and closes[j] < start - 1:
            return False  # closed again before the span
        # A quote just before the span closes one too: the search that ends there
        # treats the span's start as the end of the text.
        last = start - 1
        if (
            last >= opened
            and last >= 1
            and text[last] in "'\u2019"
            and _CLOSE_AFTER.fullmatch(text[last - 1]) is not None
        ):
            return False
        return bool(closes) and closes[-1] >= end


@lru_cache(maxsize=8)
def _cached(key) -> Analyzer:
    return Analyzer({name: list(items) for name, items in key})


@lru_cache(maxsize=1)
def _builtin() -> Analyzer:
    from .rules import load_rules

    return Analyzer.from_vocabulary(load_rules().vocabulary)


def assess(sentence: str) -> Assessment:
    """Sentence-level speculation and negation, with the built-in vocabulary."""
    return _builtin().assess(sentence)

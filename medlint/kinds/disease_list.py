"""``disease_list``: one therapy offered for a long list of unrelated diseases.

A *unit* is a paragraph (or heading, quote, caption) or a run of consecutive
list items. The kind counts the distinct conditions of ``conditions`` named in
a unit. ``conditions`` maps a group (a body system: orthopedic, neurological,
...) to a list of patterns; each pattern is one condition, so synonyms belong
in one entry (``multiple sclerosis|(?-i:MS)``). When the longer of two
overlapping matches wins ("rheumatoid arthritis" over "arthritis").

A paragraph that is only a list written on one line ("Tennis elbow, hair
loss, erectile dysfunction, ...": at least ``threshold`` short items split by
commas, semicolons, bullets or line breaks, two thirds of them naming a
condition) counts as a list, with the block before it as its lead-in: under a
heading "Conditions treated with PRP" it offers PRP for each of them.

The unit is reported when it names at least ``threshold`` distinct conditions
(default 5) from at least ``min_groups`` groups (default 2: a list of five
joints is one specialty, not a laundry list; each condition of a catch-all
group listed in ``mixed_groups`` counts as a group of its own). Under a lead-in
that offers treatment ("Clients come to us for PRP for:"), short list items that
the vocabulary does not know ("Vaginal dryness") count as conditions when at
least half of the items are known ones. and a therapy from ``therapies``
appears in the unit, in its lead-in (the block just before a list) or in its
section heading; or, failing that, anywhere in the document when the unit or
its lead-in offers treatment (``offers``: "conditions we treat", "can help
with"). Hedges do not clear a list: a token "may help" still offers one
treatment for everything.

A service or product named as the subject of the offer (``subjects``:
"chiropractic adjustments help with ...", "our GLP-1 program also reverses ...",
a brand in "Physicians use WhartonFlow for ...") is the therapy of its unit when
the unit names none of ``therapies``; in a list, the lead-in may name it
("Practitioners use ExoVita-20 for:"). A sentence naming such a subject offers
its conditions like one naming a therapy.

An introducer with no subject before a colon (``headless``: "Commonly booked for:",
"Use for:") offers the treatment its title names: the short sentence just before it
("TURMERIC GOLD curcumin. Use for: ..."), else the short block just before the unit
("**Acupuncture at Lotus Point**"), else the section heading. A table column of
conditions takes as its therapy, failing one of ``therapies``, a treatment of
``titles`` named in the table's title, section heading or header cells, and beside
check marks the brand that heads the ticked column ("| Condition | HydroPure |").

A sentence does not count when it is negated, questioned, quoted or reported
(the analysis of :mod:`medlint.linguistics`, taken at its first condition), or
when it or the sentence before it (the lead-in, for the first item of a list)
matches ``unless``: "not approved for", "researchers are exploring", "no
approved treatment".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..document import Block, Document, OffsetMap, Sentence
from ..linguistics import Analyzer
from ..patterns import PatternError, PatternSet, compile_pattern, finditer, search
from ..rules import Rule, RuleError, Vocabulary
from .base import Hit, number, phrases

FIELDS = {
    "conditions": dict,
    "therapies": list,
    "threshold": int,
    "min_groups": int,
    "unless": list,
    "offers": list,
    "skip_sections": list,
    "unlisted_conditions": list,
    "mixed_groups": list,
    "subjects": list,
    "cures": list,
    "recipients": list,
    "headless": list,
    "titles": list,
}

# Where an item of a list may stand: after a separator, a coordination or the word
# that introduces the list, and before the next separator or the end.
_ITEM_BEFORE = r"(?<=(?:^|[,;:(|\u2022]|\b(?:and|or|for|with|from|treat|treats|including|like))\s*)"
_ITEM_AFTER = r"(?=\s*(?:[,;.:)!|\u2022]|\band\b|\bor\b|$))"
_UNIT_KINDS = ("paragraph", "heading", "quote", "table_caption", "alt")
# A list run into one paragraph: items between separators, each of a few words.
_ITEM_SEPARATORS = re.compile(r"[,;\n\u2022\u00b7|\u2013\u2014]|\s-\s")
MAX_ITEM_WORDS = 6
MIN_LISTED = 2  # vocabulary conditions a sentence needs before unlisted items are sought
# a series may hold this many items the vocabulary does not know beside the known ones:
# "arthritis, seizures, anxiety, itchy skin, poor appetite and bladder leaks"
SERIES_UNKNOWN = 2


def _conditions(rule: Rule, vocab: Vocabulary) -> list[tuple[str, str, regex.Pattern]]:
    """(group, condition label, pattern) for every condition entry."""
    raw = rule.options.get("conditions")
    if not raw:
        raise RuleError("field 'conditions' is required: a mapping of groups to condition lists")
    out = []
    for group, items in raw.items():
        for item in vocab.get(items, f"field 'conditions' group '{group}'"):
            out.append((str(group), item, compile_pattern(item)))
    if not out:
        raise RuleError("field 'conditions' must name at least one condition")
    return out


def _units(doc: Document) -> Iterator[tuple[list[Block], Block | None]]:
    """Paragraph-like blocks and runs of list items, each with its lead-in block."""
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        lead = blocks[i - 1] if i > 0 else None
        if block.kind == "list_item":
            j = i
            while j < len(blocks) and blocks[j].kind == "list_item":
                j += 1
            yield blocks[i:j], lead
            i = j
            continue
        if block.kind in _UNIT_KINDS:
            yield [block], lead
        i += 1


def build(rule: Rule, vocab: Vocabulary):
    conditions = _conditions(rule, vocab)
    therapies = phrases(rule, vocab, "therapies", required=True)
    subjects = phrases(rule, vocab, "subjects")
    cures = phrases(rule, vocab, "cures")
    unless = phrases(rule, vocab, "unless")
    offers = phrases(rule, vocab, "offers")
    skip_sections = phrases(rule, vocab, "skip_sections")
    threshold = int(number(rule, "threshold", 5))
    min_groups = int(number(rule, "min_groups", 2))
    if threshold < 2:
        raise RuleError("field 'threshold' must be at least 2")
    analyzer = Analyzer.from_vocabulary(vocab)
    condition_set = PatternSet(pat for _, _, pat in conditions)
    tag_conditions = _hashtag_patterns(conditions)
    tag_therapies = _hashtag_patterns(
        [("", item, None) for item in vocab.get(rule.options.get("therapies"), "therapies")]
    )
    unlisted = _unlisted(rule, vocab)
    closing = _closing(rule, vocab)
    headless = phrases(rule, vocab, "headless")
    titles = phrases(rule, vocab, "titles")

    def found_in(sentence: Sentence) -> list[tuple[int, int, str, str]]:
        """Non-overlapping condition matches (start, end, group, label), longest first."""
        hits = []
        text = sentence.text
        for i in condition_set.candidates(text):  # the others cannot match
            group, label, pat = conditions[i]
            for m in finditer(pat, text):
                hits.append((m.start(), m.end(), group, label))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kept: list[tuple[int, int, str, str]] = []
        for h in hits:
            if kept and h[0] < kept[-1][1]:
                continue
            kept.append(h)
        if unlisted is not None and len(kept) >= MIN_LISTED:
            kept = _with_unlisted(kept, unlisted, text)
        if len(kept) >= max(MIN_LISTED, threshold - SERIES_UNKNOWN):
            kept = _with_series_items(kept, text, closing)
        if text.count("#") >= threshold:
            kept = _with_hashtags(kept, text, tag_conditions)
        return kept

    def cleared(text: str | None) -> bool:
        return bool(unless is not None and text and search(unless, text))

    def counts(sentence: Sentence, hits, previous: str | None, in_list: bool):
        """The conditions a sentence offers the therapy for (none when it does not)."""
        text = sentence.text
        hits = [h for h in hits if not _in_question(text, h[1])]
        if not hits:
            return []
        if not in_list and not (
            search(therapies, text) or search(offers, text) or search(subjects, text)
        ):
            return []  # a paragraph sentence that only mentions conditions offers nothing
        if cleared(sentence.text) or cleared(previous):
            return []
        view = analyzer.view(sentence.text, hits[0][0], hits[0][1])
        if view.negated or view.question or view.quoted or view.reported:
            return []
        return hits

    def therapy_for(
        unit: list[Block], lead: Block | None, doc: Document, in_list: bool
    ) -> str | None:
        for block in unit:
            m = search(therapies, block.text)
            if m is not None:
                return m.group()
            tag = _hashtag_named(block.text, tag_therapies) if in_list else None
            if tag is not None:
                return tag  # "#stemcells #arthritis #autism ..."
        local = [lead.text] if in_list and lead is not None else []
        for text in [*(b.text for b in unit), *local] if subjects is not None else ():
            m = search(subjects, text)
            if m is not None:
                return _subject(text, m)  # "chiropractic care helps with ...", "use X for:"
        if unit[0].section:
            local.append(unit[0].section)
        if not in_list and not any(search(offers, t) for t in [*local, *(b.text for b in unit)]):
            return None
        for text in local:
            m = search(therapies, text)
            if m is not None:
                return m.group()
        if not any(search(offers, t) for t in [*local, *(b.text for b in unit)]):
            return None
        title = _title_of(unit, lead, headless)
        if title is not None:
            return title  # "**Acupuncture at Lotus Point** / Commonly booked for: ..."
        for block in doc.blocks:
            m = search(therapies, block.text)
            if m is not None:
                return m.group()
        return _named_treatment(titles, [*(b.text for b in unit), *local], doc)

    def check(doc: Document) -> Iterator[Hit]:
        for unit, lead in _units(doc):
            first = unit[0]
            if skip_sections is not None and first.section and search(skip_sections, first.section):
                continue
            if cleared(first.section):
                continue
            found = [[found_in(sentence) for sentence in block.sentences] for block in unit]
            in_list = first.kind == "list_item" or (
                first.kind == "paragraph" and _run_in_list(first, found[0], threshold)
            )
            if in_list and lead is not None and any(cleared(s.text) for s in lead.sentences[-2:]):
                continue  # "No stem cell product is approved for these conditions:"
            listed = set() if in_list else _list_sentences(unit, found, threshold)
            listed |= _hashtag_lists(unit, found, threshold)
            if listed and (
                any(cleared(s.text) for b in unit for s in b.sentences)
                or (lead is not None and any(cleared(s.text) for s in lead.sentences[-2:]))
            ):
                listed = set()  # "No product is approved for these. Arthritis, MS, ..."
            named: dict[str, tuple[str, str]] = {}
            where: tuple[Block, int, int] | None = None
            for block, hits_of in zip(unit, found, strict=True):
                for k, sentence in enumerate(block.sentences):
                    before = block.sentences[k - 1].text if k else None
                    as_list = in_list or id(sentence) in listed
                    hits = counts(sentence, hits_of[k], before, as_list)
                    for a, b, group, label in hits:
                        if label not in named:
                            named[label] = (group, sentence.text[a:b])
                    if hits and where is None:
                        a, b = _anchor(cures, sentence.text, hits)
                        where = (block, sentence.prose_start + a, sentence.prose_start + b)
            if where is not None and first.kind == "list_item" and not enough(named):
                _add_offered_items(named, unit, found, lead, offers)
            if not enough(named) or where is None:
                continue
            therapy = therapy_for(unit, lead, doc, in_list or bool(listed))
            if therapy is not None:
                yield report(named, where, therapy)
        for column, around, checked, named_by in _table_columns(doc):
            yield from check_column(doc, column, around, checked, named_by)

    mixed = {str(g) for g in rule.options.get("mixed_groups", [])}

    def systems(named: dict[str, tuple[str, str]]) -> set[str]:
        """The body systems named: each condition of a catch-all group (``mixed_groups``:
        Lyme disease, shingles, fibromyalgia) is a system of its own."""
        return {f"{g}:{label}" if g in mixed else g for label, (g, _) in named.items() if g}

    def enough(named: dict[str, tuple[str, str]]) -> bool:
        return len(named) >= threshold and len(systems(named)) >= min_groups

    def report(named: dict[str, tuple[str, str]], where: tuple[Block, int, int], therapy: str):
        block, a, b = where
        start, end = block.source_span(a, b)
        names = [text for _, text in named.values()]
        return Hit(
            start,
            end,
            {
                "match": names[0],
                "therapy": therapy,
                "count": len(named),
                "groups": len(systems(named)),
                "conditions": ", ".join(names),
            },
        )

    def check_column(
        doc: Document, column: list[Block], around: list[str], checked: bool, named_by: list
    ) -> Iterator[Hit]:
        """A table column of conditions, its therapy in the table, its heading or the
        paragraph just before or after it ("All of the conditions above are treated
        with our PRP protocol"). Beside a column of check marks (``checked``: "| Joint
        wear | ✓ |") every row is offered the therapy, so short cells the vocabulary
        does not know name complaints too, as the items of a list under an offer do.
        Failing a therapy of ``therapies``, a treatment of ``titles`` in the table's title
        or header ("**Hyperbaric oxygen at DeepBlue**" over "| Condition | Sessions |")
        names it, and beside check marks so does the header of the ticked column
        ("| Condition | HydroPure hydrogen water |")."""
        if any(cleared(text) for text in around):
            return
        named: dict[str, tuple[str, str]] = {}
        where: tuple[Block, int, int] | None = None
        for cell in column:
            for sentence in cell.sentences:
                for a, b, group, label in counts(sentence, found_in(sentence), None, True):
                    named.setdefault(label, (group, sentence.text[a:b]))
                    if where is None:
                        where = (cell, sentence.prose_start + a, sentence.prose_start + b)
        if checked and where is not None and not enough(named):
            _add_checked_cells(named, column, found_in)
        if not enough(named) or where is None:
            return
        therapy = next((m.group() for t in around if (m := search(therapies, t))), None)
        if therapy is None and any(search(offers, t) for t in around):
            therapy = next(
                (m.group() for b in doc.blocks if (m := search(therapies, b.text))), None
            )
        titled, ticked_headers = named_by
        if therapy is None and titles is not None:
            therapy = next((m.group() for t in titled if (m := search(titles, t))), None)
        if therapy is None and checked:
            therapy = next(iter(ticked_headers), None)
        if therapy is not None:
            yield report(named, where, therapy)

    return check


def _anchor(cures, text: str, hits) -> tuple[int, int]:
    """Where a list is reported in its first sentence: at its first condition, or at
    its last when a cure is asserted before the list ("our adjustments have cleared up
    colic, asthma, ..."): the cure claim's own finding, which covers the verb and the
    first conditions, is not superseded by the list's."""
    first, last = hits[0], hits[-1]
    if cures is not None and search(cures, text, 0, first[0]) is not None:
        return last[0], last[1]
    return first[0], first[1]


# the end of a question the sentence splitter left inside a sentence: "Why live with
# arthritis? 🤔 Our cells treat ..."
_QUESTION_END = regex.compile(r"[.!?]")


def _in_question(text: str, end: int) -> bool:
    """Whether the condition ending at ``end`` stands in a question: the first mark
    that ends a sentence after it is a question mark. A condition named in a question
    ("Why live with arthritis?") is not offered."""
    m = _QUESTION_END.search(text, end)
    return m is not None and m.group() == "?"


# the words before a subject's head noun that name it ("our GLP-1 program", "chiropractic
# care"): up to three, not across punctuation
_MODIFIERS = regex.compile(r"(?:[\w+'’-]+ ){1,3}\Z")


def _subject(text: str, m) -> str:
    """The therapy a ``subjects`` match names: its ``subject`` group when it has one
    (what follows "use ... for"), else its head noun with the words before it that
    modify it; a capitalised head (a brand, "Acupuncture") stands alone."""
    if m.groupdict().get("subject"):
        return m.group("subject")
    head = m.group()
    if head[:1].isupper():
        return head
    before = _MODIFIERS.search(text, max(0, m.start() - 80), m.start())
    return head if before is None else before.group() + head


# a product named by its brand in a table header: "HydroPure", "CellMax®", "Exo-20" (a
# header such as "Covered by NHS" names no product)
_BRAND = regex.compile(
    r"\b(?:(?:[A-Z][a-z]+){2,}\w*|[A-Z][A-Za-z]*-?\d+\w*|[A-Z]\w*[\u00ae\u2122])"
)

# a cell that only ticks its row: "✓", "✔", "✅", "☑", "Yes"
_CHECK_MARK = regex.compile(r"\W*(?:[\u2713\u2714\u2705\u2611\u25cf]|yes)\W*", regex.I)


def _table_columns(doc: Document) -> Iterator[tuple[list[Block], list[str], bool, tuple]]:
    """Each column of each table as blocks of its body cells, with the texts around
    it: the table's cells, its section heading and the blocks just before and after;
    whether another column of the table ticks every row with a check mark; and what
    may name the table's treatment: its title (a short block just before it), its
    section heading and its header cells, then the headers of the other ticked
    columns."""
    for table in doc.tables or ():
        before = [b for b in doc.blocks if b.end <= table.start]
        after = [b for b in doc.blocks if b.start >= table.end]
        around = [cell.text for row in table.rows for cell in row.cells]
        section = before[-1].text if before and before[-1].kind == "heading" else None
        section = section or (before[-1].section if before else None)
        around += [t for t in (section,) if t]
        around += [before[-1].text] if before else []
        around += [after[0].text] if after else []
        width = max((len(row.cells) for row in table.body), default=0)
        ticked = {
            k
            for k in range(width)
            if table.body
            and all(k < len(r.cells) and _CHECK_MARK.fullmatch(r.cells[k].text) for r in table.body)
        }
        header = table.header.cells if table.header else []
        titled = [c.text for c in header]
        if before and len(before[-1].text.split()) <= TITLE_WORDS:
            titled.insert(0, before[-1].text)
        titled += [t for t in (section,) if t]
        for k in range(width):
            ticked_headers = [
                header[j].text.strip()
                for j in sorted(ticked - {k})
                if j < len(header)
                and len(header[j].text.split()) <= TITLE_WORDS
                and _BRAND.search(header[j].text)
            ]
            column = [
                Block(
                    "table_cell", c.text, c.start, c.end, OffsetMap([(0, c.start, True)]), section
                )
                for row in table.body
                if k < len(row.cells) and (c := row.cells[k]).text.strip()
            ]
            if column:
                yield column, around, bool(ticked - {k}), (titled, ticked_headers)


def _add_checked_cells(named: dict, column: list[Block], found_in) -> None:
    """Beside a column of check marks, short cells the vocabulary does not know
    ("Joint wear", "Memory decline") name complaints too, when at least half of the
    cells name a known condition; they add to the count, not to the body systems."""
    hits = [[found_in(s) for s in cell.sentences] for cell in column]
    _add_short_unknowns(named, column, hits)


def _add_short_unknowns(named: dict, blocks: list[Block], hits: list) -> None:
    """When at least half of ``blocks`` name a known condition (``hits``), the short
    ones that name none are complaints too: add them to ``named``."""
    known = sum(1 for h in hits if any(h))
    if 2 * known < len(blocks):
        return
    for block, h in zip(blocks, hits, strict=True):
        text = block.text.strip()
        if not any(h) and 0 < len(text.split()) <= OFFERED_ITEM_WORDS:
            named.setdefault(" ".join(text.lower().split()), ("", text))


def _cell_block(cell, section: str | None) -> Block:
    offsets = OffsetMap([(0, cell.start, True)])
    return Block("table_cell", cell.text, cell.start, cell.end, offsets, section)


OFFERED_ITEM_WORDS = 4  # a list item this short, under an offer, names a complaint
TITLE_WORDS = 10  # a block this short just before a list or a table may be its title


def _title_of(unit: list[Block], lead: Block | None, headless) -> str | None:
    """The treatment a headless introducer offers ("Use for: ...", "Commonly booked
    for: ..."; ``headless``, at the start of a sentence): the short sentence just before
    it ("TURMERIC GOLD curcumin. Use for: ..."), else the short block just before the
    unit, its title ("**Acupuncture at Lotus Point**"), else the section heading."""
    if headless is None:
        return None
    for block in unit:
        for k, sentence in enumerate(block.sentences):
            m = search(headless, sentence.text)
            if m is None or sentence.text[: m.start()].strip(" *_#>-\u2022"):
                continue
            if k and len(block.sentences[k - 1].text.split()) <= TITLE_WORDS // 2 + 3:
                return block.sentences[k - 1].text.strip().rstrip(".:")
            if lead is not None and 0 < len(lead.text.split()) <= TITLE_WORDS:
                return lead.text.strip().rstrip(".:")
            return unit[0].section or None
    return None


def _named_treatment(titles, near: list[str], doc: Document) -> str | None:
    """The treatment an offer names by no word of ``therapies``: one of ``titles`` (a
    modality, a remedy of the fringe, a product named by its kind: "chiropractic care",
    "methylene blue", "Elderflower Tincture") in the unit, its lead-in or its section
    heading, else anywhere in the document ("What can chiropractic care treat?" over
    "we see patients for: ..."). Only an offer reaches here."""
    if titles is None:
        return None
    for text in [*near, *(b.text for b in doc.blocks)]:
        m = search(titles, text)
        if m is not None:
            return m.group().strip()
    return None


def _add_offered_items(named: dict, unit: list[Block], found, lead: Block | None, offers) -> None:
    """Under a lead-in that offers the treatment ("Clients come to us for PRP for:"),
    short items the vocabulary does not know ("Vaginal dryness", "Acne scars") name
    complaints too, when at least half of the items name a known condition; they add
    to the count, not to the body systems."""
    if lead is None or offers is None or search(offers, lead.text) is None:
        return
    _add_short_unknowns(named, unit, found)


# a hashtag: "#lymedisease", "#MS", "#long_covid"
_HASHTAG = regex.compile(r"(?<![\w#])#(\w[\w'’-]*)")


def _hashtag_patterns(entries) -> list[tuple[str, str, regex.Pattern]]:
    """(group, label, pattern) for entries whose words may run together in a hashtag:
    "lyme disease" matches "lymedisease" and "lyme_disease". Entries whose pattern
    does not survive the change are left out."""
    out = []
    for group, item, _ in entries:
        try:
            pat = compile_pattern(_squashed(item), words=False)
        except PatternError:
            continue
        out.append((group, item, pat))
    return out


def _squashed(source: str) -> str:
    """``source`` with its spaces made optional: a space, ``\\s`` or a character class
    that holds a space ("stem[- ]cells?") may be left out or written "_" or "-"."""
    out = []
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            pair = source[i : i + 2]
            out.append("[\\s_-]?" if pair == "\\s" else pair)
            i += 2
        elif c == "[":
            j = i + 1
            while j < len(source) and (source[j] != "]" or j == i + 1):
                j += 2 if source[j] == "\\" else 1
            part = source[i : j + 1]
            out.append(f"(?:{part})?" if " " in part and part[1:2] != "^" else part)
            i = j + 1
        else:
            out.append("[ _-]?" if c == " " else c)
            i += 1
    return "".join(out)


def _hashtag_named(text: str, patterns) -> str | None:
    """The first hashtag of ``text`` that one of ``patterns`` matches whole."""
    for m in _HASHTAG.finditer(text):
        if any(pat.fullmatch(m.group(1)) for _, _, pat in patterns):
            return m.group()
    return None


def _with_hashtags(kept, text: str, patterns):
    """``kept`` condition matches plus the hashtags that name a condition with their
    words run together ("#lymedisease", "#longcovid"), in their groups."""
    extra = []
    for m in _HASHTAG.finditer(text):
        a, b = m.span(1)
        if any(a < e and s < b for s, e, _, _ in kept):
            continue
        for group, label, pat in patterns:
            if pat.fullmatch(m.group(1)):
                extra.append((a, b, group, label))
                break
    return sorted([*kept, *extra]) if extra else kept


def _hashtag_lists(unit: list[Block], found, threshold: int) -> set[int]:
    """The sentences that hold a list of hashtags (ids): at least ``threshold``
    hashtags, two thirds of them naming a condition ("#arthritis #autism #MS #COPD
    #lupus"). A hashtag list offers the therapy its paragraph names, as a list does;
    one of tags that are no conditions ("#wellness #selfcare") is none."""
    out: set[int] = set()
    for block, hits_of in zip(unit, found, strict=True):
        for sentence, hits in zip(block.sentences, hits_of, strict=True):
            if sentence.text.count("#") < threshold:
                continue
            tags = [m.span() for m in _HASHTAG.finditer(sentence.text)]
            naming = sum(1 for a, b in tags if any(a <= s < b for s, _, _, _ in hits))
            if len(tags) >= threshold and 3 * naming >= 2 * len(tags):
                out.add(id(sentence))
    return out


def _closing(rule: Rule, vocab: Vocabulary) -> regex.Pattern | None:
    """Where a series of conditions stops before the end of its clause: at whoever it
    is for ("... and post-surgical pain in cats and dogs", ``recipients``) or at the
    predicate of a list that is a subject ("... and skin allergies can all be
    treated")."""
    items = vocab.get(rule.options.get("recipients"), "field 'recipients'")
    body = "|".join(f"(?:{item})" for item in sorted(set(items)))
    whom = rf"|\s+(?:in|for)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{body})\b" if body else ""
    return compile_pattern(rf"\s+{_PREDICATE}\b{whom}", words=False)


# the auxiliary that opens the predicate after a list that is a subject
_PREDICATE = r"(?:can|could|may|might|will|would|should|are|were|have|all (?:respond|benefit))"


def _unlisted(rule: Rule, vocab: Vocabulary) -> regex.Pattern | None:
    """Items of a list that name a condition outside the vocabulary ("TMJ pain",
    "leaky gut syndrome"), by ``unlisted_conditions``, only where an item may stand."""
    items = vocab.get(rule.options.get("unlisted_conditions"), "field 'unlisted_conditions'")
    if not items:
        return None
    body = "|".join(f"(?:{item})" for item in sorted(set(items)))
    return compile_pattern(f"{_ITEM_BEFORE}(?:{body}){_ITEM_AFTER}", words=False)


def _with_unlisted(kept, unlisted: regex.Pattern, text: str):
    """``kept`` condition matches plus the list items ``unlisted`` finds that overlap
    none of them; these belong to no group (they add to the count, not the groups)."""
    extra = []
    for m in finditer(unlisted, text):
        a, b = m.span()
        if not any(a < e and s < b for s, e, _, _ in kept):
            extra.append((a, b, "", " ".join(m.group().lower().split())))
    return sorted([*kept, *extra]) if extra else kept


def _run_in_list(
    block: Block, found: list[list[tuple[int, int, str, str]]], threshold: int
) -> bool:
    """Whether a paragraph is a list written on one line: "Tennis elbow, hair loss, ...".

    ``found`` holds the condition matches of each of its sentences. At least
    ``threshold`` items of at most :data:`MAX_ITEM_WORDS` words, and two thirds
    of them naming a condition.
    """
    starts = [
        sentence.prose_start + a
        for sentence, hits in zip(block.sentences, found, strict=True)
        for a, _, _, _ in hits
    ]
    return _is_run_in(block.text, starts, threshold)


def _list_sentences(
    unit: list[Block], found: list[list[list[tuple[int, int, str, str]]]], threshold: int
) -> set[int]:
    """The sentences of a paragraph that are each a list written on one line, though
    the paragraph is not: "Stem cell therapy is here. Arthritis, MS, COPD, lupus,
    diabetes: one treatment." (ids of the sentences). Such a sentence offers the
    therapy its paragraph or lead-in names, as a list does."""
    out: set[int] = set()
    for block, hits_of in zip(unit, found, strict=True):
        if block.kind != "paragraph" or len(block.sentences) < 2:
            continue
        for sentence, hits in zip(block.sentences, hits_of, strict=True):
            if _is_run_in(sentence.text, [a for a, _, _, _ in hits], threshold):
                out.add(id(sentence))
    return out


def _is_run_in(text: str, starts: list[int], threshold: int) -> bool:
    """Whether ``text`` is only a list: at least ``threshold`` items of at most
    :data:`MAX_ITEM_WORDS` words split by separators, two thirds of them naming a
    condition (``starts``: where the condition matches start, in order)."""
    if len(starts) < threshold:
        return False
    items = 0
    naming = 0
    pos = 0
    k = 0
    for sep in [*_ITEM_SEPARATORS.finditer(text), None]:
        end = len(text) if sep is None else sep.start()
        words = len(text[pos:end].split())
        if words > MAX_ITEM_WORDS:
            return False
        if any(ch.isalnum() for ch in text[pos:end]):
            items += 1
            named = False
            while k < len(starts) and starts[k] < end:
                named = True
                k += 1
            naming += named
        pos = end + 1
    return items >= threshold and 3 * naming >= 2 * items


# The items of a series written in prose: split by commas, semicolons, slashes and the
# coordinations that join its last item ("..., eczema, chronic fatigue and hay fever").
_SERIES_SEP = regex.compile(
    r"\s*[,;/]\s*(?:(?:and|or|&|plus|as well as|an['’]|['’]n['’]?)\s+)?"
    r"|\s+(?:and|or|&|plus|as well as|an['’]|['’]n['’]?)\s+"
)
_SERIES_END = regex.compile(r"\W*")
# where a series stops: a colon, a dash, a bracket ("diabetes: one treatment")
_SERIES_BARRIER = regex.compile(r"[:()\u2013\u2014]|\s-\s")
# items that close a series without naming a complaint: "... and more", "and so on"
_SERIES_FILLER = regex.compile(
    r"(?:(?:many|much|lots|plenty|a lot|loads) )?(?:more|others?|so on|the like|etc\.?|similar"
    r"|(?:other|similar|related) (?:conditions|complaints|problems|issues|diseases|ailments))",
    regex.I,
)
SERIES_ITEM_WORDS = 3  # an item this short, among named conditions, names one too
_ITEM_WORDS = regex.compile(r"\s*(?:[\w'’+-]+\s*){1,3}")  # SERIES_ITEM_WORDS words


def _with_series_items(kept, text: str, closing: regex.Pattern | None = None):
    """``kept`` condition matches plus the short items of the same series that the
    vocabulary does not know: "breast cancer, HPV, IBS, eczema and hay fever" names
    five complaints, not three. An item counts when it lies between two items naming
    a known condition, or closes the series after one, has at most
    :data:`SERIES_ITEM_WORDS` words and is not a filler ("and more"); at least half
    of the series must name known conditions. A series does not run across a colon,
    a dash or brackets ("COPD, diabetes: one treatment, real results"). The items
    add to the count, not to the body systems (group "")."""
    extra = []
    pos = 0
    opened = False
    for barrier in [*_SERIES_BARRIER.finditer(text), None]:
        end = len(text) if barrier is None else barrier.start()
        end = _series_stop(kept, text, pos, end, closing)
        extra.extend(_series_items(kept, text, pos, end, opened))
        pos = len(text) if barrier is None else barrier.end()
        opened = barrier is not None and barrier.group() == ":"
    return sorted([*kept, *extra]) if extra else kept


def _series_stop(kept, text: str, start: int, stop: int, closing: regex.Pattern | None) -> int:
    """Where the series in ``text[start:stop]`` ends: at ``closing`` (whoever it is
    for, or the predicate of a list that is a subject) after its last known
    condition, if there is one before ``stop``."""
    if closing is None:
        return stop
    last = max((e for s, e, _, _ in kept if start <= s and e <= stop), default=None)
    if last is None:
        return stop
    m = closing.search(text, last, stop)
    return stop if m is None else m.start()


def _series_items(kept, text: str, start: int, stop: int, opened: bool = False) -> list:
    """The unknown items of the series in ``text[start:stop]`` (see above). A series
    that a colon opens ("good for: pressure, sugar, cancer, ...") counts its items
    from the first, not from its first known condition."""
    items = []
    pos = start
    for sep in [*_SERIES_SEP.finditer(text, start, stop), None]:
        end = stop if sep is None else sep.start()
        if end > pos:
            items.append((pos, end))
        pos = stop if sep is None else sep.end()
    known = [any(a < e and s < b for s, e, _, _ in kept) for a, b in items]
    if sum(known) < 2:
        return []
    first = 0 if opened else known.index(True)
    last = len(known) - 1 - known[::-1].index(True)
    span = list(range(first, last + 1))
    if first > 0:
        # the first item opened by "for" ("two spoonfuls a day for coughs, eczema, ..."):
        # its words after the opener are an item of the series
        opener = _last_opener(text, *items[first - 1])
        if opener is not None:
            items[first - 1] = (opener, items[first - 1][1])
            span.insert(0, first - 1)
    if last + 1 < len(items) and _SERIES_END.fullmatch(text, _trail(text, items[-1]), stop):
        tail = range(last + 1, len(items))
        if len(tail) == 1 or all(_short(text, items[i]) for i in tail):
            span.extend(tail)  # "... chronic fatigue and hay fever.", "..., itchy skin and hives."
    if 2 * sum(known[i] for i in span) < len(span):
        return []
    extra = []
    for i in span:
        if known[i]:
            continue
        a, b = items[i]
        a += len(text[a:b]) - len(text[a:b].lstrip())
        item = text[a:b].strip().rstrip(".!?")
        if not item or len(item.split()) > SERIES_ITEM_WORDS or _SERIES_FILLER.fullmatch(item):
            continue
        if not any(ch.isalpha() for ch in item):
            continue
        extra.append((a, a + len(item), "", " ".join(item.lower().split())))
    return extra


# the word that opens a series in prose: "... a day for coughs, eczema, ..."
_SERIES_OPENER = regex.compile(r"\b(?:for|against)\s+", regex.I)


def _last_opener(text: str, start: int, end: int) -> int | None:
    """Where the words after the last series opener of ``text[start:end]`` start, when
    they are at most :data:`SERIES_ITEM_WORDS` words ("for coughs"), else None."""
    at = None
    for m in _SERIES_OPENER.finditer(text, start, end):
        at = m.end()
    if at is None or not 0 < len(text[at:end].split()) <= SERIES_ITEM_WORDS:
        return None
    return at


def _short(text: str, item: tuple[int, int]) -> bool:
    """Whether ``item`` has at most :data:`SERIES_ITEM_WORDS` words and is no filler:
    several such items may close a series after its last known condition."""
    words = text[item[0] : item[1]].strip().rstrip(".!?")
    return 0 < len(words.split()) <= SERIES_ITEM_WORDS and not _SERIES_FILLER.fullmatch(words)


def _trail(text: str, item: tuple[int, int]) -> int:
    """Where the words of ``item`` end: after them only punctuation may follow to
    the end of ``text`` for the item to close the series."""
    a, b = item
    words = _ITEM_WORDS.match(text[a:b])
    return a + (words.end() if words else 0)

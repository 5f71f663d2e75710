"""``byline``: an author bio that sells, in an article that sells, with no disclosure.

Where bios are found:

* a section under a heading matching ``bio_headings`` ("About the author",
  "Meet Dr. Lee"), up to ``section_blocks`` blocks; a short paragraph that is
  only such a heading (bold text in Markdown) counts as the heading;
* a byline: a block opening with ``byline_starts`` ("By", "Written by")
  followed by a name (``names``), among the first ``head_blocks`` blocks or the
  last ``tail_blocks`` prose blocks; the author is then also recognised as
  "Dr. Surname" and the like, with the honorifics of ``name_titles``;
* among the last ``tail_blocks`` prose blocks, a paragraph that opens with a
  name and credentials or a name and a bio verb (``bio_openers``) - a closing
  bio with no heading;
* anywhere, a paragraph that opens with the author's name (from the front
  matter ``author`` or a byline; "Dr. Reyes" for "Dr. Amy Reyes, MD") followed
  by a comma or one of ``bio_verbs``;
* front-matter fields named in ``bio_fields`` (``author``, ``author_bio``),
  reported at the field's line when no bio in the body is promotional.

A bio continues into the following blocks that open with the author's name or
one of ``continuations`` ("She", "He") followed by a bio verb.

A bio is promotional when it matches any list in ``signals`` (a mapping from a
signal name such as ``superlative`` or ``ownership`` to phrases), or names at
least ``stack_size`` different ``credentials`` (credentials stacked as selling
points). Negated matches ("does not own a clinic") do not count, and neither
does anything after a ``reviewer_cues`` phrase ("medically reviewed by ...")
in the same sentence: the reviewer is not the author. Every signal found is
named in the message.

A promotional bio is reported, at its first line, when the article also has a
call to action (``calls_to_action``; negated, quoted or reported ones do not
count) and nothing discloses the connection: no ``disclosure_labels`` opening
a block or sentence, no ``disclosures`` statement (both void when negated or
when the sentence matches ``disclosure_denials``), and no truthy front-matter
field named in ``disclosure_fields``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Block, Document
from ..linguistics import Analyzer
from ..patterns import alternation, compile_pattern, finditer
from ..records import dataclass, field
from ..rules import Rule, RuleError, Vocabulary
from ..sentences import split_sentences
from ._disclosure import PROSE, DisclosureFinder, matches, quote, starts_with
from .base import Hit, number, phrases

FIELDS = {
    "name_titles": list,
    "bio_headings": list,
    "byline_starts": list,
    "names": list,
    "bio_openers": list,
    "bio_verbs": list,
    "continuations": list,
    "bio_fields": list,
    "signals": dict,
    "credentials": list,
    "stack_size": int,
    "reviewer_cues": list,
    "calls_to_action": list,
    "disclosures": list,
    "disclosure_labels": list,
    "disclosure_denials": list,
    "disclosure_fields": list,
    "head_blocks": int,
    "tail_blocks": int,
    "section_blocks": int,
}
_BYLINE_KINDS = ("paragraph", "heading", "list_item")
# Honorifics that may stand before an author's name; a pack overrides them with
# ``name_titles`` (exact words, not patterns).
DEFAULT_TITLES = ("Dr.", "Dr", "Doctor", "Prof.", "Professor")
_POSTNOMINAL = re.compile(r"(?:[A-Z]\.?){2,5}|Ph\.?D\.?|[A-Z][a-z]?[A-Z]\.?")
_MAX_SIGNALS = 4  # distinct phrases quoted per signal


@dataclass
class Bio:
    """A bio: where its first line is, and the texts to search for signals."""

    start: int
    end: int
    texts: list[str] = field(default_factory=list)
    front_matter: bool = False


def _name_variants(name: str, titles: tuple[str, ...] = DEFAULT_TITLES) -> list[str]:
    """Ways an article refers to its author: "Dr. Amy Reyes, MD" -> "Dr. Reyes", ..."""
    name = re.split(r"[,;|(]|\s[-\u2013\u2014]\s", name, maxsplit=1)[0].strip()
    tokens = name.split()
    while len(tokens) > 1 and _POSTNOMINAL.fullmatch(tokens[-1]):
        tokens.pop()
    name = " ".join(tokens)
    titled = bool(tokens) and tokens[0] in titles
    bare = tokens[1:] if titled else tokens
    if not bare:
        return []
    variants = {name, " ".join(bare)}
    last = bare[-1]
    if len(bare) > 1 and len(last) > 2:
        variants |= {f"{t} {last}" for t in titles}
        variants.add(last)
    return sorted(variants, key=len, reverse=True)


def _front_matter_offset(doc: Document, key: str, value: str) -> tuple[int, int]:
    """Source span of a front-matter field (YAML key line, or an HTML meta value)."""
    head = doc.source[: doc.front_matter_end] if doc.front_matter_end else ""
    m = re.search(rf"(?im)^[ \t]*{re.escape(key)}[ \t]*:.*$", head)
    if m is not None:
        return m.start(), m.end()
    if value:
        at = doc.source.find(value)
        if at >= 0:
            return at, at + len(value)
    return 0, 0


def _flatten(value) -> list[str]:
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, dict):
        return [t for v in value.values() for t in _flatten(v)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _flatten(v)]
    return [str(value)]


def build(rule: Rule, vocab: Vocabulary):
    analyzer = Analyzer.from_vocabulary(vocab)
    titles = tuple(rule.options.get("name_titles") or DEFAULT_TITLES)
    headings = phrases(rule, vocab, "bio_headings")
    phrases(rule, vocab, "byline_starts")  # names a broken entry before it is combined
    names_items = vocab.get(rule.options.get("names"), "field 'names'")
    start_items = vocab.get(rule.options.get("byline_starts"), "field 'byline_starts'")
    byline = None
    if start_items:
        names_src = "|".join(f"(?:{n})" for n in names_items) if names_items else r"\S"
        starts_src = "|".join(f"(?:{s})" for s in start_items)
        byline = compile_pattern(f"(?:{starts_src})\\s*(?P<name>{names_src})")
    openers = phrases(rule, vocab, "bio_openers", words=False)
    verb_items = vocab.get(rule.options.get("bio_verbs"), "field 'bio_verbs'")
    verbs_src = "|".join(f"(?:{v})" for v in verb_items) if verb_items else None
    continuations = phrases(rule, vocab, "continuations", words=False)
    continuation = None
    if continuations is not None and verbs_src:
        cont_src = "|".join(
            f"(?:{c})"
            for c in vocab.get(rule.options.get("continuations"), "field 'continuations'")
        )
        continuation = compile_pattern(f"(?:{cont_src})\\s+(?:{verbs_src})", words=False)
    bio_fields = [str(f).lower() for f in rule.options.get("bio_fields", [])]
    ctas = phrases(rule, vocab, "calls_to_action", required=True)
    reviewer = phrases(rule, vocab, "reviewer_cues")
    credentials = phrases(rule, vocab, "credentials")
    stack_size = int(number(rule, "stack_size", 4))
    head = int(number(rule, "head_blocks", 5))
    tail = int(number(rule, "tail_blocks", 3))
    section_cap = int(number(rule, "section_blocks", 4))
    finder = DisclosureFinder(
        analyzer,
        phrases(rule, vocab, "disclosures", required=True),
        phrases(rule, vocab, "disclosure_labels"),
        phrases(rule, vocab, "disclosure_denials"),
        rule.options.get("disclosure_fields", []),
    )
    raw_signals = rule.options.get("signals") or {}
    if not raw_signals:
        raise RuleError("field 'signals' must map signal names to phrase lists")
    signals = []
    for name, items in raw_signals.items():
        pattern = alternation(vocab.get(items, f"signals.{name}"))
        if pattern is not None:
            signals.append((str(name), pattern))
    name_cache: dict[tuple[str, ...], object] = {}

    def named(variants: list[str]):
        """Pattern: one of the author's names, then a comma or a bio verb."""
        key = tuple(variants)
        if key not in name_cache:
            alts = "|".join(re.escape(v) for v in variants)
            tail_src = f",|\\s+(?:{verbs_src})\\b" if verbs_src else ","
            name_cache[key] = compile_pattern(f"(?-i:{alts})(?:{tail_src})", words=False)
        return name_cache[key]

    def opens_bio(block: Block, variants: list[str]) -> bool:
        if variants and starts_with(named(variants), block.text) is not None:
            return True
        return continuation is not None and starts_with(continuation, block.text) is not None

    names_pattern = alternation(names_items, words=False)

    def is_name_line(block: Block) -> bool:
        """A short line that is only a name and credentials ("Dr. Amy Reyes, MD")."""
        text = block.text.strip()
        return len(text) <= 80 and starts_with(names_pattern, text) is not None

    def heading_like(block: Block) -> bool:
        if headings is None or starts_with(headings, block.text) is None:
            return False
        if block.kind == "heading":
            return True
        if block.kind != "paragraph":
            return False
        m = starts_with(headings, block.text)
        if block.text[m.end() :].lstrip(" *_").startswith(":"):
            return True  # "About the author: Dr. Lee is ..." - a bio paragraph with a lead-in
        text = block.text.strip(" *_:")
        return len(text) <= 60 and not text.endswith((".", "!"))

    def inner_heading(block: Block) -> int | None:
        """Prose offset of a bio heading on a line of its own inside a paragraph.

        Hard-wrapped plain text and Markdown without blank lines put "About the
        author" and the bio in the same block as the article's last lines.
        """
        if block.kind != "paragraph" or headings is None:
            return None
        text = block.text
        pos = text.find("\n")
        while pos >= 0:
            after = text.find("\n", pos + 1)
            raw = text[pos + 1 : after if after >= 0 else len(text)]
            line = raw.strip(" *_:")
            if (
                len(line) <= 60
                and not line.endswith((".", "!"))
                and starts_with(headings, line) is not None
            ):
                return pos + 1 + (len(raw) - len(raw.lstrip()))
            pos = after
        return None

    def byline_text(block: Block) -> str:
        """The part of a byline block that is about the author."""
        text = block.text
        if len(text) <= 300:
            return text
        first = text.split("\n", 1)[0]
        if len(first) <= 300:
            return first
        a, b = split_sentences(text)[0]
        return text[a:b]

    def find_bios(doc: Document) -> list[Bio]:
        blocks = [b for b in doc.blocks if b.kind in (*PROSE, "heading")]
        prose = [b for b in blocks if b.kind in PROSE]
        tail_start = prose[-min(tail, len(prose))].start if prose and tail > 0 else None

        def in_tail(block: Block) -> bool:
            return tail_start is not None and block.start >= tail_start

        used: set[int] = set()
        bios: list[Bio] = []
        authors: list[str] = []
        author = doc.front_matter.get("author")
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str) and author.strip():
            authors = _name_variants(author, titles)

        def extend(bio: Bio, index: int, variants: list[str]) -> None:
            """Add the blocks after ``blocks[index]`` that carry on the bio."""
            for nb in blocks[index + 1 : index + 3]:
                if nb.kind not in PROSE or id(nb) in used or not opens_bio(nb, variants):
                    break
                used.add(id(nb))
                bio.texts.append(nb.text)

        # 1. bio sections ("About the author", "Meet Dr. Lee"): reported at the heading
        for i, block in enumerate(blocks):
            if id(block) in used:
                continue
            if heading_like(block):
                bio = Bio(block.start, block.end, [block.text])
            else:
                inner = inner_heading(block)
                if inner is None:
                    continue
                a, b = block.source_span(inner, inner + len(block.text[inner:].split("\n", 1)[0]))
                bio = Bio(a, b, [block.text[inner:]])
            used.add(id(block))
            for nb in blocks[i + 1 : i + 1 + section_cap]:
                if id(nb) in used:
                    break
                # A short name line under the heading (plain text) stays in the bio.
                if (nb.kind == "heading" or heading_like(nb)) and (
                    len(bio.texts) > 1 or not is_name_line(nb)
                ):
                    break
                used.add(id(nb))
                bio.texts.append(nb.text)
            bios.append(bio)

        # 2. bylines at the top or the bottom
        for i, block in enumerate(blocks):
            if id(block) in used or block.kind not in _BYLINE_KINDS:
                continue
            if i >= head and not in_tail(block):
                continue
            m = starts_with(byline, block.text) if byline is not None else None
            if m is None:
                continue
            used.add(id(block))
            variants = _name_variants(m.group("name"), titles)
            authors.extend(v for v in variants if v not in authors)
            bio = Bio(block.start, block.end, [byline_text(block)])
            extend(bio, i, variants)
            bios.append(bio)

        # 3. closing bios without a heading, and paragraphs opening with the author's name
        lowered = "\n".join(b.text for b in prose)
        for i, block in enumerate(blocks):
            if id(block) in used or block.kind != "paragraph":
                continue
            is_bio = bool(authors) and starts_with(named(authors), block.text) is not None
            if not is_bio and in_tail(block) and openers is not None:
                m = starts_with(openers, block.text)
                is_bio = m is not None and not _common_words(m.group(), lowered)
            if not is_bio:
                continue
            used.add(id(block))
            bio = Bio(block.start, block.end, [block.text])
            extend(bio, i, authors)
            bios.append(bio)

        # 4. front-matter fields
        for key in bio_fields:
            texts = _flatten(doc.front_matter.get(key))
            if texts:
                a, b = _front_matter_offset(doc, key, texts[0])
                bios.append(Bio(a, b, texts, front_matter=True))
        return sorted(bios, key=lambda bio: bio.start)

    def without_reviewer(text: str) -> str:
        """``text`` with each "reviewed by ..." clause blanked to its sentence or line end."""
        if reviewer is None:
            return text
        out = list(text)
        ends = [b for _, b in split_sentences(text)]
        for m in finditer(reviewer, text):
            stop = next((b for b in ends if b > m.start()), len(text))
            newline = text.find("\n", m.end())
            if 0 <= newline < stop:
                stop = newline
            for k in range(m.start(), stop):
                out[k] = " "
        return "".join(out)

    def bio_signals(bio: Bio) -> list[str]:
        found: list[str] = []
        texts = [without_reviewer(t) for t in bio.texts]
        for name, pattern in signals:
            seen: list[str] = []
            for text in texts:
                for _, _, m, view in matches(pattern, analyzer, text):
                    phrase = " ".join(m.group().split())
                    if not view.negated and phrase.lower() not in (s.lower() for s in seen):
                        seen.append(phrase)
            if seen:
                found.append(f"{name} " + ", ".join(quote(s) for s in seen[:_MAX_SIGNALS]))
        if credentials is not None:
            seen = []
            for text in texts:
                for _, _, m, view in matches(credentials, analyzer, text):
                    phrase = " ".join(m.group().split())
                    if not view.negated and phrase.lower() not in (s.lower() for s in seen):
                        seen.append(phrase)
            if len(seen) >= stack_size:
                found.append("stacked credentials " + ", ".join(quote(s, 40) for s in seen))
        return found

    def call_to_action(doc: Document):
        for block in doc.blocks:
            for offset, _, m, view in matches(ctas, analyzer, block):
                if not (view.negated or view.quoted or view.reported):
                    line = doc.position(block.offsets.source(offset + m.start()))[0]
                    return m.group(), line
        return None

    def check(doc: Document) -> Iterator[Hit]:
        bios = find_bios(doc)
        if not bios:
            return
        promotional = [(bio, found) for bio in bios if (found := bio_signals(bio))]
        if not promotional:
            return
        if any(not bio.front_matter for bio, _ in promotional):
            # The body bio is where readers see the selling; one finding per author.
            promotional = [(bio, found) for bio, found in promotional if not bio.front_matter]
        cta = call_to_action(doc)
        if cta is None or finder.in_document(doc) is not None:
            return
        for bio, found in promotional:
            yield Hit(
                bio.start,
                bio.end,
                {
                    "match": bio.texts[0][:60],
                    "signals": "; ".join(found),
                    "cta": f"{quote(cta[0])} on line {cta[1]}",
                },
            )

    return check


def _common_words(opening: str, text: str) -> bool:
    """True when the opening "name" is ordinary words ("Regenerative Medicine is ...").

    A real name is not written in lower case elsewhere in the article; a topic is.
    """
    words = opening.split()[:2]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    phrase = " ".join(words).lower()
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None

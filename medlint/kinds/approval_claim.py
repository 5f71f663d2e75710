"""``approval_claim``: a regulatory-approval phrase said of an unapproved treatment.

Reports phrases such as "FDA approved", "FDA-cleared", "registered with the
FDA" (``patterns``) when all of these hold:

* the document is about a product no approval covers for the use discussed:
  one of ``context`` (e.g. ``@experimental_therapies``) appears somewhere in it
  (without ``context`` every document qualifies);
* the writer asserts the phrase: the sentence is not negated ("not FDA-approved",
  "no stem cell product is FDA approved"), questioned, conditional ("ask whether
  it is FDA approved"), quoted or reported ("the FDA warns that clinics falsely
  claim ..."), and no ``pending`` cue stands just before the phrase ("may soon
  be", "hopes to be", "until");
* the sentence does not match ``unless`` ("registration is not approval");
* the phrase is not said of something that really is approved:
  ``approved_products`` (medicines, devices, trials, ...) within
  ``attach_window`` words after the phrase ("FDA-approved drugs"), or earlier
  in the same clause with no ``context`` therapy in between ("steroid shots are
  FDA approved"); or an ``approved_uses`` pair anywhere in the sentence (the
  product of a pair may be named in the sentence before, in the same block).
  ``approved_uses`` is the allow-list of approved products and their
  indications, each entry a mapping ``{product: [...], uses: [...]}``; an
  entry without ``uses`` allows the product for any use (a licensed brand
  name). Example: cord-blood stem cells for blood disorders.

``never_approved`` names products no FDA approval can cover, whatever the
article is about: compounded medicines (not FDA-approved by definition) and
dietary supplements (never approved before sale). An approval phrase said of
one of them (the last product named earlier in its clause, or one within
``attach_window`` words after it: "our turmeric capsules are FDA approved",
"FDA-cleared herbal blend") is reported even in an article that names no
``context`` therapy, when the phrase claims approval or clearance
(``never_approved_claims``; a registered facility is another matter).

A phrase whose subject stands for a product named just before counts as said of
that product: no subject at all (a bullet under the product's title), a pronoun
("It's FDA approved"), or a determiner and a noun that names the same product or any
product by its form (``product_nouns``: "their capsules", "our pellets"); the
sentences searched are the three before it and the section heading.

``credentials`` names the writer's own facility ("our laboratory", "our
pharmacy", "our supplier"). A registration phrase said of one of them ("Our
laboratory holds FDA registration") is reported in any article: registration
is a listing, and presenting it as a credential suggests an approval that does
not exist. ``facilities`` names places the FDA never approves (a facility, a
laboratory, a clinic): an approval or clearance claimed for one of them ("made in an
FDA-approved facility", "our lab is FDA approved") is reported in any article, since
the FDA registers and inspects sites but approves products. ``clarified_next``
lists clarifications that clear a phrase from the sentence after it ("... is
registered with the FDA as a tissue establishment. Registration is not approval").

At most one finding is reported per sentence. Headings that open with a
question word ("Is PRP FDA Approved") count as questions even without a
question mark. A question answered yes by the next sentence (``affirmatives``:
"Is our stem cell lab FDA registered? Yes, and ...", a question heading with
"Absolutely." below it) asserts what it asks, unless the answer is hedged,
negated or takes the claim back ("Yes, it is registered, which is not
approval"). A fact added after a bare yes in a clause of its own ("Yes, and
every vial is tested before it ships") leaves the yes unhedged.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document
from ..linguistics import Analyzer
from ..patterns import alternation, finditer, search
from ..regex_cache import compile as cached_compile
from ..rules import Rule, RuleError, Vocabulary
from .base import Hit, number, phrases

FIELDS = {
    "patterns": list,
    "context": list,
    "unless": list,
    "pending": list,
    "approved_products": list,
    "approved_uses": list,
    "attach_window": int,
    "skip_sections": list,
    "never_approved": list,
    "never_approved_claims": list,
    "credentials": list,
    "clarified_next": list,
    "facilities": list,
    "affirmatives": list,
    "product_nouns": list,
}

_QUESTION_HEADING = cached_compile(
    r"\W*(?:is|are|does|do|can|could|will|was|were|has|have|should|how|what|why|which|who)\b",
    regex.IGNORECASE,
)
_REGISTRATION = cached_compile(r"regist", regex.IGNORECASE)
# the facility as the subject just before the phrase: "our lab is (fully) FDA approved"
_SUBJECT_LINK = cached_compile(
    r"\W+(?:is|are|was|were|has been|have been|being)\s+(?:\w+ly\s+)?\Z", regex.IGNORECASE
)
# a clause added after a bare yes: "Yes, and ...", "Yes - plus ..."
_ADDITION = cached_compile(r"[\s,;:.!\u2013\u2014-]*(?:and|plus|also)\b", regex.IGNORECASE)
# a subject that stands for a product named before (the phrase's clause holds nothing
# else before it): none at all ("- FDA approved, vet formulated" under the product's
# title), a pronoun ("It's FDA approved", "Yes, it has FDA approval"), or a determiner
# and a noun ("Our pellets are", "Their capsules are")
_BARE_SUBJECT = cached_compile(
    r"\W*(?:(?:yes|absolutely|definitely|of course|sure)\b\W*)?"
    r"(?:(?P<pronoun>it|they|these|those|this|it['’]s|they['’]re)\b"
    r"|(?:our|their|its|the|these|those|this|his|her|my|your)\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+))?"
    r"(?:\s+(?:is|are|was|were|has been|have been|being|has|have|holds?|carr(?:y|ies)"
    r"|comes? with)\b)?"
    r"(?:\s+\w+ly)?\W*\Z",
    regex.IGNORECASE,
)
REFERENT_REACH = 3  # sentences before the phrase searched for the product it stands for
_PENDING_REACH = 40  # characters before the phrase searched for a ``pending`` cue
MAX_MATCHES = 25  # approval phrases examined per sentence


def _approved_uses(
    rule: Rule, vocab: Vocabulary
) -> list[tuple[regex.Pattern, regex.Pattern | None]]:
    raw = rule.options.get("approved_uses") or []
    out = []
    for n, entry in enumerate(raw, 1):
        where = f"field 'approved_uses' entry {n}"
        if not isinstance(entry, dict) or "product" not in entry:
            raise RuleError(f"{where}: expected a mapping with 'product' (and optional 'uses')")
        unknown = set(entry) - {"product", "uses"}
        if unknown:
            raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        product = alternation(vocab.get(entry["product"], where))
        if product is None:
            raise RuleError(f"{where}: 'product' must not be empty")
        uses = alternation(vocab.get(entry.get("uses"), where)) if entry.get("uses") else None
        out.append((product, uses))
    return out


def _word_end(text: str, pos: int, words: int) -> int:
    """Position just after the ``words``-th word following ``pos``."""
    m = regex.match(rf"(?:\W*[\w'’+-]+){{0,{words}}}", text[pos:])
    return pos + (m.end() if m else 0)


# a determiner or possessive opening the object of the phrase: "cleared its ...",
# "approved the company's ..." (the object's own words are counted after it)
_DETERMINER = cached_compile(
    r"(?:\W*(?:its|their|the|a|an|his|her|this|that|these|those|[\w-]+['’]s?)\b){1,2}",
    regex.IGNORECASE,
)


def _object_end(text: str, pos: int, words: int) -> int:
    """Like ``_word_end``, with a determiner or possessive just after ``pos`` not
    counted: "the FDA has cleared its investigational new drug application"."""
    m = _DETERMINER.match(text, pos)
    return _word_end(text, m.end() if m else pos, words)


def build(rule: Rule, vocab: Vocabulary):
    pattern = phrases(rule, vocab, "patterns", required=True)
    context = phrases(rule, vocab, "context")
    unless = phrases(rule, vocab, "unless")
    pending = phrases(rule, vocab, "pending")
    products = phrases(rule, vocab, "approved_products")
    uses = _approved_uses(rule, vocab)
    attach = int(number(rule, "attach_window", 3))
    skip_sections = phrases(rule, vocab, "skip_sections")
    never = phrases(rule, vocab, "never_approved")
    never_claims = phrases(rule, vocab, "never_approved_claims", words=False)
    credentials = phrases(rule, vocab, "credentials")
    clarified_next = phrases(rule, vocab, "clarified_next")
    facilities = phrases(rule, vocab, "facilities")
    affirmatives = phrases(rule, vocab, "affirmatives")
    product_nouns = phrases(rule, vocab, "product_nouns")
    analyzer = Analyzer.from_vocabulary(vocab)

    def affirms(answer: str) -> bool:
        """Whether a sentence opens by answering yes ("Yes.", "Absolutely!"), unhedged,
        not negated and not taken back ("Yes, it is registered, which is not approval")."""
        m = affirmatives.match(answer) if affirmatives is not None else None
        if m is None:
            return False
        if unless is not None and search(unless, answer) is not None:
            return False
        # "Yes, and every vial is tested before it ships": a fact added after the yes
        # in a clause of its own leaves the yes bare; its hedges are its own
        added = _ADDITION.match(answer, m.end())
        own = answer[: m.end()] if added is not None else answer
        view = analyzer.view(own, m.start(), m.end())
        return not (view.hedged or view.negated or analyzer.hedge_in(own, m.end(), len(own)))

    def credential(text: str, m) -> bool:
        """A registration claimed for the writer's own facility, named earlier in the
        clause ("Our laboratory holds FDA registration") or around the phrase as its
        modifier ("filled in our own FDA-registered lab")."""
        if credentials is None or not _REGISTRATION.search(m.group()):
            return False
        clause = analyzer.clause_start(text, m.start())
        if search(credentials, text, clause, m.start()) is not None:
            return True
        window = _word_end(text, m.end(), attach)
        return any(
            c.start() < m.start() and c.end() > m.end()
            for c in finditer(credentials, text, clause, window)
        )

    def facility_approved(text: str, m) -> bool:
        """An approval claimed for a site: "made in an FDA-approved facility" (the
        facility just after the phrase) or "our lab is FDA approved" (its subject)."""
        if facilities is None or _REGISTRATION.search(m.group()):
            return False
        if never_claims is not None and not search(never_claims, m.group()):
            return False
        window = _word_end(text, m.end(), attach)
        after = search(facilities, text, m.end(), window)
        if after is not None and (
            products is None or not search(products, text, m.end(), after.start())
        ):
            return True  # "FDA-approved facility", not "FDA-approved trial site"
        clause = analyzer.clause_start(text, m.start())
        last = None
        for f in finditer(facilities, text, clause, m.start()):
            last = f
        return last is not None and _SUBJECT_LINK.match(text, last.end(), m.start()) is not None

    def never_approvable(text: str, m) -> bool:
        """The phrase claims approval of a product no approval covers: the last
        product named earlier in its clause, or one just after the phrase."""
        if never is None or (never_claims is not None and not search(never_claims, m.group())):
            return False
        window = _word_end(text, m.end(), attach)
        if products is not None and search(products, text, m.end(), window):
            return False  # "... alongside FDA-approved medicines"
        after = search(never, text, m.end(), window)
        if after is not None and analyzer.clause_start(text, after.start()) <= m.start():
            return True  # "FDA-cleared herbal blend", not "...; compounded versions are not"
        clause = analyzer.clause_start(text, m.start())
        last_never = max((p.end() for p in finditer(never, text, clause, m.start())), default=-1)
        if last_never < 0:
            return False
        approved = [] if products is None else finditer(products, text, last_never, m.start())
        return not any(True for _ in approved)

    def referred(text: str, m, earlier: list[str]) -> bool:
        """The phrase's subject stands for a product no approval covers named just
        before (``earlier``: the sentences before it, nearest first, then the section
        heading): no subject at all ("- FDA approved, vet formulated" under "Calm Paws
        Hemp Oil"), a pronoun ("Compounded tirzepatide ... It's FDA approved"), or a
        determiner and a noun naming the same product or any product by its form
        ("hormone pellets" ... "Our pellets are FDA approved")."""
        if never is None or (never_claims is not None and not search(never_claims, m.group())):
            return False
        clause = analyzer.clause_start(text, m.start())
        shape = _BARE_SUBJECT.match(text, clause, m.start())
        if shape is None:
            return False
        head = (shape.group("head") or "").lower()
        if products is not None and search(products, text, clause, m.start()) is not None:
            return False  # "Our ibuprofen capsules are FDA approved"
        for before in earlier[: REFERENT_REACH + 1]:
            named = [p for p in finditer(never, before)]
            if not named:
                if products is not None and search(products, before) is not None:
                    return False  # a nearer approved medicine: "We also prescribe a drug."
                continue
            last = named[-1]
            if products is not None and search(products, before, last.end()) is not None:
                return False  # "... compounded cream with lidocaine. It is FDA approved"
            if not head or (product_nouns is not None and product_nouns.fullmatch(head)):
                return True
            return any(_same_head(head, p.group()) for p in named)
        return False

    def allowed(text: str, m, before: str = "") -> bool:
        """The phrase is said of something that really is approved. For a product
        with listed uses, the product may be named in the sentence before ("Cord blood
        contains blood-forming stem cells. Transplants of these cells are an
        FDA-approved treatment for some blood cancers")."""
        for product, use in uses:
            named = search(product, text) or (
                use is not None and before and search(product, before)
            )
            if named and (use is None or search(use, text)):
                return True
        if products is None:
            return False
        # "FDA-approved medications such as ...": the product follows the phrase
        # ("... has cleared its investigational new drug application").
        if search(products, text, m.end(), _object_end(text, m.end(), attach)):
            return True
        # "Steroid shots are FDA approved": a product earlier in the clause is the
        # subject, unless a therapy from ``context`` comes between them.
        clause = analyzer.clause_start(text, m.start())
        therapies = [] if context is None else list(finditer(context, text, clause, m.start()))
        last = None
        for p in finditer(products, text, clause, m.start()):
            # "regenerative medicine" names a therapy, not an approved medicine.
            if not any(t.start() <= p.start() and p.end() <= t.end() for t in therapies):
                last = p
        return last is not None and not any(t.start() >= last.end() for t in therapies)

    def answer_to(blocks, k: int, i: int) -> str:
        """The sentence after sentence ``i`` of block ``k``: in the block, or the first
        of the next one (a question heading answered by the paragraph below it)."""
        sentences = blocks[k].sentences
        if i + 1 < len(sentences):
            return sentences[i + 1].text
        if k + 1 < len(blocks) and blocks[k + 1].sentences:
            return blocks[k + 1].sentences[0].text
        return ""

    def check(doc: Document) -> Iterator[Hit]:
        in_context = context is None or any(search(context, b.text) for b in doc.blocks)
        if not in_context and never is None:
            return
        warned = analyzer.warned_items(doc.blocks)
        for k, block in enumerate(doc.blocks):
            if skip_sections is not None and block.section and search(skip_sections, block.section):
                continue
            if id(block) in warned:
                continue  # "Be suspicious if a clinic: - says it is FDA-approved"
            for i, sentence in enumerate(block.sentences):
                text = sentence.text
                before = block.sentences[i - 1].text if i else ""
                following = block.sentences[i + 1].text if i + 1 < len(block.sentences) else ""
                # a question answered yes asserts what it asks: "Is our lab FDA
                # registered? Yes, ..."
                asked = text.rstrip(" \t*_").endswith("?") or (
                    block.kind == "heading" and _QUESTION_HEADING.match(text) is not None
                )
                answered = asked and affirms(answer_to(doc.blocks, k, i))
                if block.kind == "heading" and _QUESTION_HEADING.match(text) and not answered:
                    continue
                found = list(finditer(pattern, text))
                if not found or (unless is not None and search(unless, text)):
                    continue
                if clarified_next is not None and following and search(clarified_next, following):
                    continue  # "... registered with the FDA. Registration is not approval."
                for n, m in enumerate(found):
                    if n >= MAX_MATCHES:
                        break  # not prose: a sentence repeating the phrase again and again
                    view = analyzer.view(text, m.start(), m.end())
                    if (
                        view.negated
                        or (view.question and not answered)
                        or view.conditional
                        or view.quoted
                        or view.reported
                    ):
                        continue
                    if pending is not None and search(
                        pending, text, max(0, m.start() - _PENDING_REACH), m.start()
                    ):
                        continue
                    # "our compounded semaglutide is FDA approved" whatever else is true
                    if (
                        not never_approvable(text, m)
                        and not credential(text, m)
                        and not facility_approved(text, m)
                        and (not in_context or allowed(text, m, before))
                        and not referred(text, m, _earlier(doc.blocks, k, i))
                    ):
                        continue
                    a, b = block.source_span(
                        sentence.prose_start + m.start(), sentence.prose_start + m.end()
                    )
                    yield Hit(a, b, {"match": m.group()})
                    break  # one finding per sentence

    return check


def _earlier(blocks, k: int, i: int) -> list[str]:
    """The sentences before sentence ``i`` of block ``k``, nearest first, up to
    :data:`REFERENT_REACH`, then the block's section heading."""
    out: list[str] = []
    for j in range(k, -1, -1):
        sentences = blocks[j].sentences if j < k else blocks[j].sentences[:i]
        for sentence in reversed(sentences):
            out.append(sentence.text)
            if len(out) >= REFERENT_REACH:
                break
        if len(out) >= REFERENT_REACH:
            break
    section = blocks[k].section
    return [*out, section] if section else out


def _same_head(head: str, named: str) -> bool:
    """Whether a product's name ends on ``head``, in the singular or the plural."""
    last = named.lower().split()[-1] if named.split() else ""
    return last.rstrip("s") == head.rstrip("s")

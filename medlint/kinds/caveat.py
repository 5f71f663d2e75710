"""``caveat``: an experimental therapy with benefit claims and no caveat anywhere.

The article mentions a therapy from ``therapies`` (stem cells, exosomes, ...)
and makes at least one benefit statement, but no sentence or table cell
anywhere matches ``caveats`` ("early research", "experimental", "not approved by
the FDA", "more research is needed", ...). Reported once per article, at the
first mention of the therapy.

A benefit statement is found with the same fields as the ``claim`` kind
(``outcomes``, ``relief``, ``objects``, ``standalone``, ...; guarantees, success
rates and softer benefits such as "new hope for" or "an energy boost" belong in
``standalone`` here), or is an offer of a treatment for a complaint (``offers``:
"infusions for", "an option for", "for:", followed within ``object_window``
words by one of ``offer_objects``: "rheumatoid arthritis", "aching knees"). A
bare "PRP for tendon injuries" names a topic and is not an offer, unless its block
sells it: a call to act, an announcement, or one of ``sales`` ("now at our Glasgow
clinic", "8 kits left ... Order before Friday", "our mobile vet can treat your horse"). Hedged
statements, cited study results, what a study found or a patient reports
(``benefit_reports``: "in one trial runners reported feeling stronger", "Tom
says he can climb stairs again") and statements credited to
research ("studies show that ...", ``appeals``) count; negated, questioned,
conditional, quoted and other reported ones - a regulator's or a critic's
account of someone's claim, what another poster said, a list of conditions that
clinics told patients about - do not, nor does the scope of a denied approval
("none is approved by the FDA to treat any skin condition"). A first-person
quotation that tells the complaint is still there ("Still sore.", ``no_effect``)
is no testimonial.

A sentence that opens with a verbless list of at least ``list_size`` complaints just
after one that names the therapy presents it ("Stem cell therapy is here.
Arthritis, MS, Parkinson's, COPD, diabetes: one treatment, real results"); so does a
question naming the reader's complaint in the line before a call to ask whether the
therapy could help ("**Thin lining?**" and "Ask our fertility nurse whether our
exosome infusion could help you").

A heading, or a lead-in ending with a colon ("Stem cell therapy can help
with:"), is read together with each block it introduces, so a list of
conditions under "Conditions treated with PRP" presents PRP with benefits. A
question heading asking what the therapy is for (``question_lead_ins``: "Which
injuries does BMAC treat?") introduces its answer the same way.

Tables count: a benefit in a body cell ("Pain-free in a month"), or a row
that pairs the therapy (in the row, its header or the heading over the table)
with a complaint ("| Knee arthritis | Cord blood cells |"), presents the
therapy (named in the paragraph just before or after the table too); a
caveat in any cell clears the article.

A therapy followed in its sentence by a list of at least ``list_size``
complaints (``list_objects``: "BPC-157 for Crohn's disease, migraines, asthma
and chronic fatigue", "our cord cells are used for autism, cerebral palsy,
...") presents it, unless the sentence frames research (``list_unless``:
"researchers are running trials in ..."). A lead-in that is itself an offer
("We treat the following with cord MSCs:") presents the therapy for each
complaint listed under it. A patient's words count as a testimonial: a
first-person result (``testimonials``: "I'm running again"), or a quotation
in the first person (``first_person``) with an attribution (``attributions``:
"(Linda, 67)") that does not report that nothing changed (``no_effect``: "I
felt no change at all"). A question whether the therapy helps a health matter,
followed by a call to act (``invitations``: "Could exosomes help your thinning
hair? Book a free scalp assessment"), offers it too. So does an announcement
that the therapy is available (``announcements``: "Exosome IV therapy now
available!") followed by a list of at least ``list_size`` complaints, as list
items or as short lines ("✅ Arthritis", "✅ Brain fog", ...).

Benefits in words that are not outcome verbs (:class:`_TiedBenefits`) count when
the sentence, or the heading or sentence before it, names the therapy: a word of
improvement before a health good ("sharper focus", "adds lean muscle"), a health
good that comes back ("the thinning patches filled in"), praise of the therapy
as a noun ("PRP is the future of orthopaedics"); and a patient's story told by
the time after the treatment ("three months after his BMAC injection, ... again"),
in prose or in an attributed quotation ('"..." (Tom, Rex's owner)'). An appeal to
experts ("trainers swear ...", ``appeals``) presents a benefit like one to
research. A citation is no caveat; a study's size is one only when said
("a small pilot", "only 30 runners"). In veterinary copy (``veterinary_context``),
or after an offer in its sentence, a caveat that names the animal patients
(``animal_patients``: "in cats and dogs") tells who is treated, not a result
confined to animals.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Block, Document
from ..patterns import finditer, search
from ..regex_cache import compile as cached_compile
from ..rules import Rule, Vocabulary
from .base import Hit, number, phrases
from .claim import (
    _AUXILIARY,
    ClaimFinder,
    _blank,
    _section_at,
    _word_window,
    _words_before,
    previous_text,
    table_cells,
)
from .claim import FIELDS as CLAIM_FIELDS

FIELDS = {
    "therapies": list,
    "caveats": list,
    "offers": list,
    "offer_objects": list,
    "benefit_reports": list,
    "question_lead_ins": list,
    "testimonials": list,
    "attributions": list,
    "first_person": list,
    "no_effect": list,
    "list_size": int,
    "list_unless": list,
    "list_objects": list,
    "invitations": list,
    "announcements": list,
    "sales": list,
    "gain_words": list,
    "gains": list,
    "gain_window": int,
    "returns": list,
    "praise": list,
    "praise_links": list,
    "story_times": list,
    "story_treatments": list,
    "story_before": list,
    "story_after": list,
    "story_harms": list,
    "contrasts": list,
    "veterinary_context": list,
    "animal_patients": list,
    "complaint_ends": list,
    "comparisons": list,
    "tied_claims": list,
    "scarcity": list,
    "scarcity_unless": list,
    "approvals": list,
    "approval_window": int,
    "approved_uses": list,
    "approval_questions": list,
    "booked_for": list,
    "reported_copy": list,
    "affirmatives": list,
    "pronoun_outcomes": list,
    "group_offers": list,
    "group_unless": list,
    "prices": list,
    "relayed_by": list,
    "relayed_recoveries": list,
    "relapses": list,
    "clinic_voice": list,
    "own_posts": list,
    "safety_asks": list,
    "referrals": list,
    "list_links": list,
    "losses": list,
    "vouches": list,
    "list_alls": list,
    "established_care": list,
    **CLAIM_FIELDS,
}
_ENDS_SENTENCE = ".!?"
_OPEN_QUOTES = '"\u201c\u00ab'
LIST_LEAD_WORDS = 2  # words before the first complaint of a list that opens a sentence
_SHORT_LINE_WORDS = 6  # a line of a paragraph that reads as a list item
# What a therapy is asked to help with: "help with your afternoon slump"
# "for" a few words after a therapy: "PRP injections for", "our BPC-157 stack for"
# (the words between name the product, not what is said of it: not "is approved for")
_FOR_NEXT = cached_compile(
    r"(?:\s+(?!(?:is|are|was|were|be|been|being|not|approved|cleared|licensed|authori[sz]ed"
    r"|used|tested|studied|trialled|trialed|researched|indicated|suitable|safe|right"
    r"|unsafe|risky|dangerous|harmful)\b)"
    r"[\w'’+-]+){0,3}?\s+for\s+",
    regex.IGNORECASE,
)
_HELP_WITH_YOURS = cached_compile(
    r"\bhelp(?:s)?\s+with\s+(?:your|my|his|her|their)\s+\w", regex.IGNORECASE
)
# "Ask whether (our) ...": the indirect question after a call to act
# (or whom to ask, and when: "Ask our fertility nurse whether ...", "Ask one of our GPs
# if ...", "ask our nurse after the session whether ...")
_WHETHER = cached_compile(
    r"\s+(?:(?:us|your|our|the|a|one\s+of\s+our)\s+)?(?:[\w-]+\s+){0,5}?(?:whether|if)\s+",
    regex.IGNORECASE,
)
# A colon as the link between a therapy and its praise: "Exosomes: the answer ..."
# the noun of a programme that a goal before it names ("longevity programme")
_PROGRAMME_NEXT = cached_compile(
    r"[\s-]+(?:programmes?|programs?|packages?|plans?|memberships?|retreats?|clubs?|"
    r"protocols?|journeys?|suites?|lounges?)\b",
    regex.I,
)
# (after a product noun or two: "The exosome glow facial: the answer ...")
_COLON_LINK = cached_compile(r"(?:[ \t]+[\w'’+-]+){0,3}?[ \t]*:[ \t]*")
# the therapy of the sentence before, named by a pronoun before "for" and a list: "I've
# used them for Parkinson's, ...", "they're offered for ..."
_PRONOUN_FOR = cached_compile(
    r"\b(?:it|them|they|these|this)\b(?:['’]re|['’]s)?(?:\s+[\w'’-]+){0,3}?\s+for\s+",
    regex.IGNORECASE,
)
# a pronoun just before a verb ("because it outperforms ..."): the subject it names
_PRONOUN_BEFORE = cached_compile(
    r"\b(?:it|they|this|these)\s+(?:(?:also|even|still|now|clearly|often|consistently)\s+)?\Z",
    regex.IGNORECASE,
)
# a mention of the therapy as what was not used: "(gone by itself,) without any PRP"
_WITHOUT_BEFORE = cached_compile(r"\bwithout\s+(?:(?:any|the|a|an|our|your)\s+)?\Z", regex.I)
# "... whether it ...": the therapy named before, by a pronoun
_WHETHER_IT = cached_compile(
    r"\b(?:whether|if)\s+(?:it|they|this|these|the\s+(?:treatment|therapy|injections?|procedure))",
    regex.IGNORECASE,
)
# "... could help", "... can ease", "... might be right for"
_MODAL_HELP = cached_compile(
    r"\s+(?:\w+\s+)?(?:could|can|might|would|will|may)\s+(?:really\s+)?"
    r"(?:help|ease|relieve|fix|heal|work for|be (?:right|an option) for)\b",
    regex.IGNORECASE,
)
_TITLE_WORDS = 10  # words of a title line over a list
_QUOTE_LEAD_WORDS = 5  # words of a lead-in before a quotation ("From our inbox:")
# an aside in brackets, not counted among a lead-in's words ("From our gallery (shared
# with permission):")
_ASIDE = cached_compile(r"\([^()\n]{0,80}\)")
# a quotation in straight or curly double quotes
_QUOTATION = cached_compile(r"[\"\u201c]([^\"\u201c\u201d\n]{3,400})[\"\u201d]")
RETURN_EXTRA = 2  # words of a place between a health good and its return ("at his temples")
_HURT_ENDS = {"stop", "stops", "stopped", "no", "never"}  # "stops hurting", "no longer aches"


def build(rule: Rule, vocab: Vocabulary):
    therapies = phrases(rule, vocab, "therapies", required=True)
    caveats = phrases(rule, vocab, "caveats", required=True)
    offers = phrases(rule, vocab, "offers")
    offer_objects = phrases(rule, vocab, "offer_objects")
    reports = phrases(rule, vocab, "benefit_reports")
    questions = phrases(rule, vocab, "question_lead_ins")
    testimonials = phrases(rule, vocab, "testimonials")
    attributions = phrases(rule, vocab, "attributions")
    first_person = phrases(rule, vocab, "first_person")
    no_effect = phrases(rule, vocab, "no_effect")
    list_size = int(number(rule, "list_size", 3))
    list_unless = phrases(rule, vocab, "list_unless")
    list_objects = phrases(rule, vocab, "list_objects")
    invitations = phrases(rule, vocab, "invitations")
    announcements = phrases(rule, vocab, "announcements")
    sales = phrases(rule, vocab, "sales")
    finder = ClaimFinder(rule, vocab)
    tied = _TiedBenefits(rule, vocab, therapies, finder)
    veterinary = phrases(rule, vocab, "veterinary_context")
    animals = phrases(rule, vocab, "animal_patients")
    scarcity = phrases(rule, vocab, "scarcity")
    scarcity_unless = phrases(rule, vocab, "scarcity_unless")
    approvals = phrases(rule, vocab, "approvals")
    approval_window = int(number(rule, "approval_window", 5))
    approved_uses = phrases(rule, vocab, "approved_uses")
    approval_questions = phrases(rule, vocab, "approval_questions")
    booked_for = phrases(rule, vocab, "booked_for")
    reported_copy = phrases(rule, vocab, "reported_copy")
    group_offers = phrases(rule, vocab, "group_offers")
    group_unless = phrases(rule, vocab, "group_unless")
    prices = phrases(rule, vocab, "prices")
    relayed_by = phrases(rule, vocab, "relayed_by")
    relayed_recoveries = phrases(rule, vocab, "relayed_recoveries")
    relapses = phrases(rule, vocab, "relapses")
    clinic_voice = phrases(rule, vocab, "clinic_voice")
    own_posts = phrases(rule, vocab, "own_posts")
    safety_asks = phrases(rule, vocab, "safety_asks")
    referrals = phrases(rule, vocab, "referrals")
    list_links = phrases(rule, vocab, "list_links")
    losses = phrases(rule, vocab, "losses")
    vouches = phrases(rule, vocab, "vouches")
    list_alls = phrases(rule, vocab, "list_alls")
    established = phrases(rule, vocab, "established_care")

    def approval_only(text: str, a: int, b: int, answer: bool) -> bool:
        """Whether the benefit at [a, b) is the scope of an approval told in its clause:
        a denied approval ("none is licensed by the MHRA or approved by the FDA to
        treat any skin condition"), or one told as the answer to a question about
        approval (``answer``: "Is PRP FDA approved? Yes, ... has full FDA clearance
        for tendon repair") or for a use an approval covers ("cord blood ... approved
        for rebuilding the blood in leukaemia")."""
        if approvals is None:
            return False
        begin = finder.analyzer.clause_start(text, a)
        for m in finditer(approvals, text, begin, a):
            near = len(text[m.end() : a].split()) <= approval_window
            if near and finder.analyzer.view(text, m.start(), m.end()).negated:
                return True
        # the benefit is itself a use an approval covers, the approval told anywhere in
        # the sentence ("a routine treatment for children with leukemia, and cord-blood
        # products are FDA-approved for this use")
        if (
            approved_uses is not None
            and search(approved_uses, text, a, b) is not None
            and search(approvals, text) is not None
        ):
            return True
        if not answer and (approved_uses is None or search(approved_uses, text) is None):
            return False
        for m in finditer(approvals, text, begin, b):
            if m.end() >= a or len(text[m.end() : a].split()) <= approval_window:
                return True
        return False

    def told_as_copy(text: str, end: int) -> bool:
        """Whether ``text`` reports someone else's copy before ``end`` ("the clinic's
        brochure, reviewed by this reporter, offered ...")."""
        return reported_copy is not None and search(reported_copy, text, 0, end) is not None

    def booked(block: Block) -> bool:
        """A place on the therapy running out, for a complaint: "our stem cell program
        for worn knees is almost full: two evaluation slots remain"."""
        if scarcity is None or finder.health_context is None:
            return False
        text = block.text
        if search(scarcity, text) is None or search(therapies, text) is None:
            return False
        if scarcity_unless is not None and search(scarcity_unless, text) is not None:
            return False
        # a complaint, not a topic: "for worn knees", "hair-loss event" (not "knee program")
        return booked_for is not None and any(
            search(scarcity, s.text) is not None
            and booked_complaint(s.text)
            and not finder.analyzer.view(s.text, 0, len(s.text)).negated
            for s in block.sentences
        )

    def booked_complaint(text: str) -> bool:
        """Whether ``text`` names what a booked place is for: a complaint, not a
        wellness goal that only names the programme ("slots left for our NAD+
        longevity programme" is availability; "... for worn knees" is an offer)."""
        for m in finditer(booked_for, text):
            if _PROGRAMME_NEXT.match(text, m.end()) is None:
                return True
            if finder.complaints is not None and finder.complaints.fullmatch(m.group()):
                return True  # "our sciatica programme" still names a complaint
        return False

    def sold_topic(block: Block) -> bool:
        """The therapy named for a complaint in a block that sells it: "PRP for tennis
        elbow. Ask our sports doctor whether it's right for you", "PRP injections for
        migraine, now at our Glasgow clinic", "Only 8 kits of our BPC-157 stack for
        tendon injuries are left. Order before Friday" (a call to act, an announcement,
        a sale or a clinic that will treat the reader); a bare topic ("PRP for tendon
        injuries") or one booked through the front desk is none."""
        if offer_objects is None or invitations is None:
            return False
        text = block.text
        if not any(_for_complaint(text, m.end()) for m in finditer(therapies, text)):
            return False
        if any(search(invitations, s.text) is not None for s in block.sentences):
            return True
        if announcements is not None and search(announcements, text) is not None:
            return True
        if sales is not None and search(sales, text) is not None:
            return True
        # a price for it, named for a complaint rather than a body part: "the package for
        # stem cell therapy for autism ... USD 9,200" (not "our PRP for knees costs $600")
        return (
            prices is not None
            and finder.complaints is not None
            and search(prices, text) is not None
            and any(
                _for_complaint(text, m.end(), finder.complaints) for m in finditer(therapies, text)
            )
        )

    def _for_complaint(text: str, end: int, objects=None) -> bool:
        """Whether "for" and a complaint (one of ``objects``, by default
        ``offer_objects``) follow the therapy that ends at ``end``."""
        m = _FOR_NEXT.match(text, end)
        if m is None:
            return False
        limit = _word_window(text, m.end(), finder.object_window)
        return search(objects or offer_objects, text, m.end(), limit) is not None

    def answered(doc: Document, warned: set[int]) -> bool:
        """A question about the therapy's benefit answered yes: "Will PRP fix my torn
        meniscus?" and then "Yes. ...", in the same block or the next."""
        if finder.affirmatives is None:
            return False
        sentences = [s for b in doc.blocks if id(b) not in warned for s in b.sentences]
        for i, sentence in enumerate(sentences[:-1]):
            text = sentence.text.rstrip().rstrip("*_ ")
            if not text.endswith("?") or search(therapies, text) is None:
                continue
            # Opens with a yes, hedged or not: "In most cases, yes" still presents it.
            yes = search(finder.affirmatives, sentences[i + 1].text)
            if yes is None or yes.start() != 0:
                continue
            if benefit_in(text, asked=True):
                return True
        return False

    def invited(block: Block, before: Block | None = None) -> bool:
        """A question whether the therapy helps a health matter, followed by a call to
        act: "Could exosomes help your thinning hair? Book a free scalp assessment",
        "Wondering whether NAD+ could help with your slump? Ask our nurse" (what it
        would help with is the reader's complaint, whatever its word); or a call to
        ask it ("Living with COPD? Ask whether our cell infusion could help you").
        The question may close the block ``before`` (a heading or a bold line) when
        the call asks whether "it" would help: "**Is Wharton's jelly right for my worn
        hip?**" and then "Ask our nurse whether it could help you" (not "Book a
        consultation to talk it through")."""
        if invitations is None or finder.health_context is None:
            return False
        sentences = block.sentences
        if before is not None and before.sentences and sentences:
            question = before.sentences[-1].text.rstrip(" \t*_#")
            call = sentences[0].text
            if invited_after(question, call) and _asks_it_helps(call):
                return True
            # the reader's complaint asked in the line before: "**Thin lining? Poor egg
            # quality?**" and then "Ask our nurse whether our exosome infusion could help"
            if (
                question.endswith("?")
                and asks_whether(call)
                and search(finder.health_context, before.text) is not None
            ):
                return True
        for i, sentence in enumerate(sentences):
            text = sentence.text.rstrip()
            if i + 1 < len(sentences) and invited_after(text, sentences[i + 1].text):
                return True
            if asks_whether(text) and search(finder.health_context, block.text) is not None:
                return True
            if i > 0 and asks_after_naming(sentences[i - 1].text, text, block.text):
                return True
        return False

    def asks_after_naming(named: str, call: str, block_text: str) -> bool:
        """A call to ask whether "it" would help, after a sentence of its block that
        names the therapy, in a block about a health matter: "Ovarian PRP may help
        women with a low egg reserve. Ask our fertility nurse whether it could help
        you" (not "Book a chat to talk it through")."""
        if search(invitations, call) is None or not _asks_it_helps(call):
            return False
        if search(therapies, named) is None:
            return False
        return search(finder.health_context, block_text) is not None

    def invited_after(question: str, call: str) -> bool:
        """A question naming the therapy and a health matter, and the call to act
        that follows it."""
        if not question.endswith("?") or search(invitations, call) is None:
            return False
        if referrals is not None and search(referrals, call) is not None:
            return False  # "Ask your own doctor before you book anything" (not "... with us")
        m = search(therapies, question)
        if m is not None and safety_asks is not None:
            # "Is ozone therapy safe for people with asthma?" asks about harm, not help
            asked = search(safety_asks, question, m.end())
            if asked is not None and asked.start() == m.end():
                return False
        return m is not None and (
            search(finder.health_context, question, m.end()) is not None
            or _HELP_WITH_YOURS.search(question, m.end()) is not None
        )

    def asks_whether(text: str) -> bool:
        """A call to ask whether the therapy would help: "Ask whether our amniotic
        infusion could help you breathe easier", "Find out if PRP can help"."""
        call = search(invitations, text)
        if call is None:
            return False
        m = _WHETHER.match(text, call.end())
        if m is None:
            return False
        therapy = search(therapies, text, m.end(), _word_window(text, m.end(), 6))
        return therapy is not None and _MODAL_HELP.match(text, therapy.end()) is not None

    def group_offered(text: str) -> Iterator[tuple[int, int]]:
        """The therapy offered to a group of patients named by their complaint, in a
        sentence that names it: "ovarian PRP at our fertility centre for women with a low
        egg reserve", "uses ozone to treat patients with Lyme disease", "people living
        with COPD travel to us for cord-blood infusions" (not "PRP is not suitable for
        people with low platelets", nor a trial recruiting people with lupus)."""
        if group_offers is None or offer_objects is None:
            return
        # research framing outside the offer ("a diagnosis of" inside it names the
        # patients: "for children aged 4 to 10 with a diagnosis of cerebral palsy")
        unless = [u.span() for u in finditer(list_unless, text)] if list_unless else []
        if not any(
            not finder.analyzer.view(text, t.start(), t.end()).negated
            for t in finditer(therapies, text)
        ):
            return
        for m in finditer(group_offers, text):
            window = _word_window(text, m.end(), finder.object_window)
            obj = search(offer_objects, text, m.end(), window)
            if obj is None or any(a < m.start() or b > window for a, b in unless):
                continue
            if group_unless is not None and search(group_unless, text, 0, m.start()):
                continue  # "not suitable for people with ...", "the FDA approved ... for"
            yield m.start(), obj.end()

    def lost(text: str, a: int) -> bool:
        """Whether the span at ``a`` opens with a health good lost ("losing their
        eyesight to glaucoma", "lost his hearing"): a harm, not a benefit."""
        m = search(losses, text, a) if losses is not None else None
        return m is not None and m.start() == a

    def vouched(text: str, a: int) -> bool:
        """Whether the span at ``a`` is people vouching for the therapy from their own
        use ("the riders I train swear by BPC-157 for ..."): a testimonial, not a
        seller's claim told by a critic."""
        m = search(vouches, text, a) if vouches is not None else None
        return m is not None and m.start() == a

    def spans(text: str, context: str = "") -> Iterator[tuple[int, int]]:
        yield from (s for s in finder.candidates(text, context) if not lost(text, s[0]))
        yield from group_offered(text)
        if text.rstrip().endswith("?"):
            yield from finder.why_when(text)  # "Why live with X when our drip clears it?"
        yield from tied.spans(text, context)
        if offers is None or offer_objects is None:
            return
        for m in finditer(offers, text):
            window = _word_window(text, m.end(), finder.object_window)
            obj = search(offer_objects, text, m.end(), window)
            if obj is not None:
                yield m.start(), obj.end()

    def reported_benefit(text: str, a: int, b: int) -> bool:
        """A reported span that still presents a benefit: credited to research by an
        appeal ("studies show that ..."), or a study's finding (``benefit_reports``)."""
        if finder.appeal(text):
            return True
        if reports is None:
            return False
        found = [m for m in finditer(reports, text, 0, a)]
        if not found:
            return False
        view = finder.analyzer.view(_blank(text, found), a, b)
        return view.asserted or (view.hedged and not (view.negated or view.reported))

    def condition_list(text: str, context: str = "") -> bool:
        """A therapy followed by a list of complaints: "BPC-157 for Crohn's disease,
        migraines, asthma and chronic fatigue", "cord cells are used for autism, ...";
        or a sentence that opens with the list just after one that names the therapy
        ("Stem cell therapy is here. Arthritis, MS, Parkinson's, COPD, diabetes: one
        treatment, real results")."""
        if list_objects is None:
            return False
        if list_unless is not None and search(list_unless, text):
            return False
        m = search(therapies, text)
        if m is not None:
            after = m.end()
            if listed_before(text, m.start()):
                return True  # "Arthritis, asthma and eczema can all be treated with ..."
        elif context and search(therapies, context) is not None:
            if list_unless is not None and search(list_unless, context):
                return False  # "Stem cell trials are recruiting. Arthritis, MS, ..."
            # the therapy named again by a pronoun: "I've used them for Parkinson's, ..."
            pronoun = _PRONOUN_FOR.search(text)
            first = search(list_objects, text, 0, _word_window(text, 0, LIST_LEAD_WORDS))
            if (
                pronoun is not None
                and not finder.analyzer.view(text, pronoun.start(), pronoun.end()).negated
                and (approvals is None or search(approvals, pronoun.group()) is None)
            ):
                after = pronoun.end()
            elif first is None or _AUXILIARY.search(text) is not None:
                return False  # "Arthritis and gout are common in older adults" describes
            else:
                after = 0
        else:
            return False
        if told_as_copy(text, len(text)):
            return False
        found = list(finditer(list_objects, text, after))
        if len({f.group().lower() for f in found}) < list_size:
            return False
        a, b = found[0].start(), found[0].end()
        view = finder.analyzer.view(text, a, b)
        if view.reported and not reported_benefit(text, a, b):
            return False  # "clinics that told patients their cells could reverse A, B and C"
        return view.asserted or (view.hedged and not view.negated)

    def all_treated(text: str, context: str = "") -> bool:
        """A list of complaints that the therapy, or whoever offers it, is then said to
        treat all of ("#arthritis #lupus #COPD - our clinic treats them all", "From
        arthritis to asthma, a single NAD+ course covers it all")."""
        if list_alls is None or list_objects is None:
            return False
        if search(therapies, text) is None and (not context or search(therapies, context) is None):
            return False
        for link in finditer(list_alls, text):
            found = {f.group().lower() for f in finditer(list_objects, text, 0, link.start())}
            if len(found) < list_size:
                continue
            view = finder.analyzer.view(text, link.start(), link.end())
            if not (view.negated or view.question or view.conditional or view.reported):
                return True
        return False

    def listed_before(text: str, therapy: int) -> bool:
        """A list of complaints that the therapy is then said to treat: "Cats and dogs with
        arthritis, kidney disease, IBD and asthma can all be treated with our stem cell
        infusions" (a link from ``list_links`` between the last complaint and it)."""
        if list_links is None:
            return False
        found = list(finditer(list_objects, text, 0, therapy))
        if len({f.group().lower() for f in found}) < list_size:
            return False
        link = search(list_links, text, found[-1].end(), therapy)
        if link is None or told_as_copy(text, therapy):
            return False
        view = finder.analyzer.view(text, link.start(), link.end())
        return not (view.negated or view.question or view.conditional or view.reported)

    def announced_list(blocks: list[Block], warned: set[int]) -> bool:
        """An announcement that the therapy is available, followed by a list of
        complaints: "Exosome IV therapy now available!" and then "✅ Arthritis", ..."""
        if announcements is None or list_objects is None:
            return False
        for i, lead in enumerate(blocks[:-1]):
            text = lead.text
            m = search(therapies, text) if lead.kind in ("paragraph", "heading") else None
            if m is None or search(announcements, text) is None:
                continue
            if list_unless is not None and search(list_unless, text):
                continue  # "Stem cell trials are now open"
            view = finder.analyzer.view(text, m.start(), m.end())
            if view.negated or view.question or view.conditional:
                continue
            items = [t for t in _items_after(blocks, i) if id(t[0]) not in warned]
            listed = [text for _, text in items if search(list_objects, text)]
            if len(listed) >= list_size and 2 * len(listed) >= len(items):
                return True
        return False

    def testimonial(block: Block) -> bool:
        """A patient's words: a result in the first person (``testimonials``), or a
        quotation in the first person with an attribution ("(Linda, 67)")."""
        if testimonials is not None:
            for sentence in block.sentences:
                for m in finditer(testimonials, sentence.text):
                    view = finder.analyzer.view(sentence.text, m.start(), m.end())
                    if not (view.negated or view.question or view.conditional):
                        return True
        text = block.text
        if first_person is None or attributions is None:
            return False
        if not _opens_with_quote(text):
            return False
        return (
            (search(first_person, text) is not None or tied.story(text) is not None)
            and search(attributions, text) is not None
            and (no_effect is None or search(no_effect, text) is None)
        )

    def relayed(block: Block) -> bool:
        """A recovery quoted from the patient or someone close to them, on the clinic's or a
        sponsor's copy: "Bella
        had her stem cell injection at our clinic in March. 'She's jumping into the ute
        again,' says her owner", "Message from Ahmed's mum: 'He came home from the stem
        cell programme ... saying full sentences for the first time!' This is why I do
        this job" (not a relapse: "'She's limping again,' says her owner")."""
        if relayed_recoveries is None or clinic_voice is None:
            return False
        text = block.text
        if search(clinic_voice, text) is None or search(therapies, text) is None:
            return False
        by = relayed_by is not None and search(relayed_by, text) is not None
        for q in _QUOTATION.finditer(text):
            said = q.group(1)
            # the patient's own words, quoted on the clinic's or a sponsor's copy: 'Her
            # caption reads: "My weekly NAD+ drip keeps my energy sky-high"'
            if not by and (first_person is None or search(first_person, said) is None):
                continue
            if relapses is not None and search(relapses, said) is not None:
                continue
            if no_effect is not None and search(no_effect, said) is not None:
                continue
            for m in finditer(relayed_recoveries, said):
                if not finder.analyzer.view(said, m.start(), m.end()).negated:
                    return True
        return False

    def own_post(doc: Document) -> bool:
        """Whether the document is a patient's own post, not clinic copy ("Just sharing in
        case it helps someone on this forum"): its first-person results are the
        patient's."""
        return own_posts is not None and any(search(own_posts, b.text) for b in doc.blocks)

    def established_only(text: str) -> bool:
        """Whether ``text`` names established care that holds the words of a therapy
        (``established_care``: "haematopoietic stem cell transplantation", "aHSCT", "a
        bone marrow transplant") and no therapy outside it: its benefits are that
        care's, not the experimental therapy's."""
        if established is None:
            return False
        cares = [m.span() for m in finditer(established, text)]
        if not cares:
            return False
        return all(
            any(s <= m.start() and m.end() <= e for s, e in cares)
            for m in finditer(therapies, text)
        )

    def benefit_in(text: str, context: str = "", asked: bool = False, answer: bool = False) -> bool:
        """A benefit in ``text``; ``asked``: in a question that an answer confirms;
        ``answer``: in the answer to a question about approval."""
        if established_only(text):
            return False  # "aHSCT is used in NHS centres for people with relapsing MS"
        if not asked and (condition_list(text, context) or all_treated(text, context)):
            return True
        for a, b in spans(text, context):
            view = finder.analyzer.view(text, a, b)
            if (
                view.negated
                and tied.before is not None
                and tied.story(text) == (a, b)
                and search(tied.before, text, b) is None
            ):
                # the story's own before ("unable to climb stairs") negates nothing after
                # it, unless the state comes back after the treatment ("still could not")
                befores = list(finditer(tied.before, text, 0, a))
                view = finder.analyzer.view(_blank(text, befores), a, b)
            if view.negated or view.quoted or view.conditional:
                continue
            if view.question and not asked and not finder.answered_within(text, a, view):
                continue
            if view.reported and not reported_benefit(text, a, b):
                continue
            if approval_only(text, a, b, answer) or told_as_copy(text, a):
                continue
            if finder.analyzer.reported_through(text, a, b) and not vouched(text, a):
                continue  # "(a survey found that) clinics promise results for ..."
            return True
        return False

    def row_offers(doc: Document) -> bool:
        """A table row pairing the therapy (in the row or the header) with a complaint."""
        if offer_objects is None:
            return False
        for table in doc.tables:
            head = " ".join(c.text for c in table.header.cells) if table.header else ""
            # the heading over the table names the therapy too ("## Stem cell treatment plans")
            head = f"{head} {_section_at(doc, table.start) or ''} {_next_to(doc, table)}"
            for row in table.body:
                cells = [c.text for c in row.cells]
                for i, cell in enumerate(cells):
                    if search(offer_objects, cell) is None:
                        continue
                    others = [head, *cells[:i], *cells[i + 1 :]]
                    if any(search(therapies, t) for t in others if t):
                        return True
        return False

    def patients_own(block: Block, mine: bool) -> bool:
        """Whether ``block`` tells, in the first person, a patient's own post ("Just
        sharing: I had PRP in my elbow and the ache has gone"): the writer's account,
        not a seller's claim."""
        return mine and first_person is not None and search(first_person, block.text) is not None

    def has_benefit(doc: Document) -> bool:
        before = None
        warned = finder.analyzer.warned_items(doc.blocks)  # "Red flags: - promises a cure"
        mine = own_post(doc)
        for block in doc.blocks:
            answer = _asks(before, approval_questions)
            if id(block) not in warned and (
                (
                    not patients_own(block, mine)
                    and any(
                        benefit_in(s.text, previous_text(s, before), answer=answer)
                        for s in block.sentences
                    )
                )
                or invited(block, before)
                or booked(block)
                or sold_topic(block)
            ):
                return True
            before = block
        if announced_list(doc.blocks, warned) or answered(doc, warned):
            return True
        for lead, item in _introduced(doc, questions):
            if benefit_in(f"{lead}: {item}"):
                return True
            # "We treat the following with cord MSCs:" and then "- Osteoarthritis"
            if (
                offers is not None
                and offer_objects is not None
                and search(offers, lead)
                and search(offer_objects, item)
            ):
                return True
        if not mine and any(testimonial(b) for b in doc.blocks):
            return True
        if any(relayed(b) for b in doc.blocks if id(b) not in warned):
            return True
        if any(benefit_in(s.text) for c in table_cells(doc) for s in c.sentences):
            return True
        return bool(doc.tables) and row_offers(doc)

    def first_mention(doc: Document) -> tuple[Block, object] | None:
        for block in doc.blocks:
            m = search(therapies, block.text)
            if m is not None:
                return block, m
        for cell in table_cells(doc, header=True):
            m = search(therapies, cell.text)
            if m is not None:
                return cell, m
        return None

    def check(doc: Document) -> Iterator[Hit]:
        first = first_mention(doc)
        if first is None:
            return
        vet = veterinary is not None and any(search(veterinary, b.text) for b in doc.blocks)

        def cautions(text: str) -> bool:
            """A caveat in ``text``; in veterinary copy, or after an offer, "in dogs"
            names the patients, not evidence confined to animals."""
            m = search(caveats, text)
            while m is not None:
                if animals is None or search(animals, m.group()) is None:
                    return True
                # "we treat arthritis and asthma in cats with exosomes": the patients
                begin = max(text.rfind(c, 0, m.start()) for c in _ENDS_SENTENCE) + 1
                if not (vet or (offers is not None and search(offers, text, begin, m.start()))):
                    return True
                # another caveat may start inside this one ("the evidence in dogs is thin")
                m = search(caveats, text, m.start() + 1)
            return False

        if any(cautions(b.text) for b in doc.blocks):
            return
        if any(cautions(c.text) for c in table_cells(doc, header=True)):
            return
        if not has_benefit(doc):
            return
        block, m = first
        a, b = block.source_span(m.start(), m.end())
        yield Hit(a, b, {"match": m.group(), "therapy": m.group()})

    return check


def _asks_it_helps(text: str) -> bool:
    """Whether ``text`` asks whether the therapy, named by a pronoun, would help
    ("... whether it could help you")."""
    m = _WHETHER_IT.search(text)
    return m is not None and _MODAL_HELP.match(text, m.end()) is not None


def _opens_with_quote(text: str) -> bool:
    """Whether ``text`` opens with a quotation, perhaps after rating stars, emoji or a
    bullet ('★★★★★ "My melasma has faded ..."') or a short lead-in that ends with a
    colon ('From our inbox: "I had my exosome shot ..."')."""
    first = min((i for i in (text.find(q) for q in _OPEN_QUOTES) if i != -1), default=-1)
    if first == -1:
        return False
    lead = _ASIDE.sub(" ", text[:first]).strip()
    if not any(c.isalnum() for c in lead):
        return True
    return lead.endswith(":") and len(lead[:-1].split()) <= _QUOTE_LEAD_WORDS


def _asks(block: Block | None, pattern) -> bool:
    """Whether ``block`` is a question matching ``pattern`` ("Is PRP FDA approved?")."""
    if block is None or pattern is None:
        return False
    text = block.text.strip().rstrip("*_ ")
    return text.endswith("?") and search(pattern, text) is not None


def _next_to(doc: Document, table) -> str:
    """The text of the paragraphs just before and just after a table, which may name
    its therapy ("All of the conditions above are treated with our PRP protocol")."""
    before = next((b for b in reversed(doc.blocks) if b.end <= table.start), None)
    after = next((b for b in doc.blocks if b.start >= table.end), None)
    return " ".join(b.text for b in (before, after) if b is not None and b.kind == "paragraph")


def _items_after(blocks: list[Block], i: int) -> list[tuple[Block, str]]:
    """The items of the list just after ``blocks[i]``: its list items, or the lines
    of a paragraph whose every line is short ("✅ Arthritis\n✅ Brain fog")."""
    items: list[tuple[Block, str]] = []
    for block in blocks[i + 1 :]:
        if block.kind != "list_item":
            break
        items.append((block, block.text))
    if items or i + 1 >= len(blocks) or blocks[i + 1].kind != "paragraph":
        return items
    block = blocks[i + 1]
    lines = [line for line in block.text.splitlines() if line.strip()]
    if len(lines) < 2 or any(len(line.split()) > _SHORT_LINE_WORDS for line in lines):
        return []
    return [(block, line) for line in lines]


def _introduced(doc: Document, questions=None) -> Iterator[tuple[str, str]]:
    """Each lead-in (a heading, or a sentence ending with a colon) joined to the first
    sentence of the block it introduces, or of every item of the list it introduces:
    "Stem cell therapy can help with: Knee and hip arthritis"."""
    lead: str | None = None
    in_list = False
    for block in doc.blocks:
        if block.kind == "heading":
            lead, in_list = _lead_in(block, questions), False
            continue
        if lead is not None and block.sentences and (not in_list or block.kind == "list_item"):
            yield lead, block.sentences[0].text
            in_list = block.kind == "list_item"
            if not in_list:
                lead = None
        elif in_list:
            lead, in_list = None, False
        own = _lead_in(block)
        if own is not None:
            lead, in_list = own, False
        elif _title(block):
            # a title line over a list ("**Stem cell therapy in Ukraine: indications**"
            # and then "- Multiple sclerosis") introduces its items, like a heading
            lead, in_list = block.text.strip(), True


def _title(block: Block) -> bool:
    """Whether ``block`` is a short line with no closing mark, as a bold title is."""
    text = block.text.strip()
    return (
        block.kind == "paragraph"
        and bool(text)
        and "\n" not in text
        and text[-1] not in ".!?;,"
        and len(text.split()) <= _TITLE_WORDS
    )


def _lead_in(block: Block, questions=None) -> str | None:
    text = block.text.strip()
    if not text or not block.sentences:
        return None
    if block.kind == "heading":
        if text[-1] not in _ENDS_SENTENCE:
            return text.rstrip(" :")
        # "Which injuries does BMAC treat?" introduces what it treats
        if text.endswith("?") and questions is not None and search(questions, text):
            return text.rstrip(" ?")
        return None
    if text.endswith(":"):
        return block.sentences[-1].text.strip().rstrip(" :")
    return None


class _TiedBenefits:
    """Benefits told in words that are not outcome verbs, counted when the sentence
    (or the heading or sentence before it) names the therapy:

    A mention of the therapy that is negated ties nothing, and one that a contrast
    (``contrasts``: "but", "whereas") separates from the benefit ties nothing to it.

    * a word of improvement before a health good (``gain_words`` within
      ``gain_window`` words of one of ``gains``): "deeper sleep", "thicker, denser
      hair", "added about 20 hairs";
    * a health good before its return (``returns``): "a bald crown fully grown back";
    * praise of the therapy as a noun after a copula (``praise_links``, ``praise``):
      "exosomes are the biggest skincare breakthrough of the decade";
    * a patient's story told by the time after the treatment (``story_times`` before
      a therapy or one of ``story_treatments``), with a before (``story_before``:
      "unable to climb stairs") or a recovery after it (``story_after``: "again"),
      and no harm (``story_harms``); the story itself names the treatment.
    """

    def __init__(self, rule: Rule, vocab: Vocabulary, therapies, finder: ClaimFinder) -> None:
        self.therapies = therapies
        self.finder = finder
        self.gain_words = phrases(rule, vocab, "gain_words")
        self.gains = phrases(rule, vocab, "gains")
        self.window = int(number(rule, "gain_window", 3))
        self.returns = phrases(rule, vocab, "returns")
        self.praise = phrases(rule, vocab, "praise")
        self.links = phrases(rule, vocab, "praise_links")
        self.times = phrases(rule, vocab, "story_times")
        self.treatments = phrases(rule, vocab, "story_treatments")
        self.before = phrases(rule, vocab, "story_before")
        self.after = phrases(rule, vocab, "story_after")
        self.harms = phrases(rule, vocab, "story_harms")
        self.contrasts = phrases(rule, vocab, "contrasts")
        self.complaints = phrases(rule, vocab, "complaints")
        self.ends = phrases(rule, vocab, "complaint_ends")
        self.comparisons = phrases(rule, vocab, "comparisons")
        self.tied_claims = phrases(rule, vocab, "tied_claims")

    def spans(self, text: str, context: str = "") -> Iterator[tuple[int, int]]:
        story = self.story(text)
        if story is not None:
            yield story
        named = self._named(text)
        if not named and (not context or not self._named(context)):
            return
        found = (*self._gains(text), *self._returns(text), *self._ends(text))
        for a, b in (*found, *self._found(self.tied_claims, text)):
            if not named or any(self._tied(text, m, a, b) for m in named):
                yield a, b
        if named:
            yield from self._praise(text, named[0].end())
            # "WhartonFlow outperforms steroid shots": the therapy before the comparison
            for a, b in self._found(self.comparisons, text, named[0].end()):
                if any(m.start() < a and self._tied(text, m, a, b) for m in named):
                    yield a, b
        else:
            # the therapy of the sentence before, named by a pronoun: "Surgeons now choose
            # CartiloGen because it outperforms hyaluronic acid"
            for a, b in self._found(self.comparisons, text):
                if _PRONOUN_BEFORE.search(text, 0, a) is not None:
                    yield a, b

    @staticmethod
    def _found(pattern, text: str, start: int = 0) -> Iterator[tuple[int, int]]:
        if pattern is not None:
            for m in finditer(pattern, text, start):
                yield m.start(), m.end()

    def _ends(self, text: str) -> Iterator[tuple[int, int]]:
        """ "her back pain gone", "the burning stopped", "walking stops hurting"."""
        if self.ends is None:
            return
        for m in finditer(self.ends, text):
            words = m.group().split()
            if len(words) > 1 and words[0].lower() in _HURT_ENDS:
                yield m.start(), m.end()  # "stops hurting" names its complaint
                continue
            if self.complaints is None:
                continue
            start = _words_before(text, m.start(), self.window)
            obj = next(iter(finditer(self.complaints, text, start, m.start())), None)
            if obj is not None and not any(c in text[obj.end() : m.start()] for c in ".;:"):
                yield obj.start(), m.end()

    def _named(self, text: str) -> list:
        """The mentions of the therapy in ``text`` that are not negated ("you do not
        need an NAD+ drip for it" ties no benefit to it)."""
        return [
            m
            for m in finditer(self.therapies, text)
            if not self.finder.analyzer.view(text, m.start(), m.end()).negated
            and _WITHOUT_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None
        ]

    def _tied(self, text: str, therapy, a: int, b: int) -> bool:
        """Whether no contrast stands between a mention of the therapy and a benefit
        at [a, b) ("exosome facials are popular, but for smoother skin ...")."""
        if self.contrasts is None:
            return True
        start, end = (therapy.end(), a) if therapy.start() < a else (b, therapy.start())
        return search(self.contrasts, text, start, max(start, end)) is None

    def _gains(self, text: str) -> Iterator[tuple[int, int]]:
        """ "sharper focus", "quicker recovery", "adds lean muscle"."""
        if self.gain_words is None or self.gains is None:
            return
        for m in finditer(self.gain_words, text):
            window = _word_window(text, m.end(), self.window)
            obj = search(self.gains, text, m.end(), window)
            if obj is not None and not any(c in text[m.end() : obj.start()] for c in ".;:"):
                yield m.start(), obj.end()

    def _returns(self, text: str) -> Iterator[tuple[int, int]]:
        """ "hair fully grown back at the temples", "her energy is back"."""
        if self.returns is None or self.gains is None:
            return
        for m in finditer(self.returns, text):
            # "the thinning patches at his temples filled in"
            start = _words_before(text, m.start(), self.window + RETURN_EXTRA)
            obj = next(iter(finditer(self.gains, text, start, m.start())), None)
            if obj is not None:
                yield obj.start(), m.end()

    def _praise(self, text: str, after: int) -> Iterator[tuple[int, int]]:
        """ "platelet-rich plasma is the future of orthopaedics"; the link may be a colon
        right after the therapy ("Exosomes: the answer your aching joints have been
        waiting for")."""
        if self.praise is None or self.links is None:
            return
        link = _COLON_LINK.match(text, after) or search(
            self.links, text, after, _word_window(text, after, 3)
        )
        if link is None:
            return
        # the noun starts within a few words and may run on ("the answer you've been
        # waiting for")
        noun = search(self.praise, text, link.end())
        if noun is not None and noun.start() < _word_window(text, link.end(), 5):
            yield noun.start(), noun.end()  # "are no breakthrough" is negated

    def story(self, text: str) -> tuple[int, int] | None:
        """The span of a patient's story in ``text``: "could barely open a jar; a month
        after her last session she knits", "three months after his injection ... again"."""
        if self.times is None:
            return None
        harmed: bool | None = None
        before = search(self.before, text) if self.before is not None else None
        recoveries = list(finditer(self.after, text)) if self.after is not None else []
        for m in finditer(self.times, text):
            window = _word_window(text, m.end(), 4)
            treatment = search(self.therapies, text, m.end(), window)
            if treatment is None and self.treatments is not None:
                treatment = search(self.treatments, text, m.end(), window)
            if treatment is None:
                continue
            if harmed is None:
                harmed = self.harms is not None and search(self.harms, text) is not None
            if harmed:
                return None
            if before is not None and before.start() < m.start():
                return m.start(), treatment.end()
            if recoveries and recoveries[-1].start() >= treatment.end():
                return m.start(), recoveries[-1].end()
        return None

"""``claim``: a health outcome asserted as fact, with no evidence attached.

A sentence makes a claim when one of these holds and the analysis of
:mod:`medlint.linguistics` says the writer asserts it (not hedged, negated,
questioned, conditional, quoted or reported):

* a strong outcome verb (``outcomes``: cures, regenerates, reverses, ...) in a
  sentence about a treatment (``treatments``), or opening a heading or bullet
  ("Regrows lost cartilage") that is about a health matter (``health_terms``);
  "the ligament heals" with no treatment in sight describes the body, not a claim.
  A therapy named in the sentence before, in the same paragraph
  (``context_treatments``), counts as in sight: "BMAC is drawn from the hip.
  In the knee, its cells lay down new tissue, which rebuilds the joint";
  but "... which is why it repairs itself slowly" still describes the body.
  An outcome verb whose object is a noun phrase with no health term in its
  first words (``health_context``: body parts, conditions, symptoms, functions)
  is about something else ("we rebuilt our booking page", "restore patients'
  trust in regenerative medicine"), unless a therapy is its subject ("BPC-157
  shots rebuild a frayed hamstring"). In a verbless fragment of a few words, a
  health term before the verb is its subject ("| Cartilage rebuilt |");
* a verb that is an outcome only for a health object (``object_outcomes``:
  "resets your body clock", "wakes up sleeping follicles", "puts the spring back
  in your step"; not "resets your password"), read like an outcome verb acting on
  health. The subject's head word stands before a closing "for ..." phrase ("six
  weeks of CBT for insomnia resets ..." is about CBT, not insomnia);
* a relief verb (``relief``: reduces, relieves, eliminates, ...) followed within
  ``object_window`` words by a health object (``objects``: pain, inflammation, ...);
* a phrase that is a claim on its own (``standalone``: "pain-free", "no more surgery");
* a complaint (one of ``objects``) named just before its resolution
  (``resolutions``: "your sciatica is gone", "the brain fog lifted");
* a complaint just before its end told in the passive (``passives``: "Chronic neck
  pain is eliminated after a short course of our dry needling"), with a treatment in
  the sentence or a means after the verb;
* a verb of giving before a benefit, perhaps after whom it goes to ("uses your own
  plasma to give you stronger erections", "gives athletes faster tendon healing"),
  with a treatment before the verb in its clause;
* an ability claim: a therapy (``ability_subjects``) that "can"/"will" (``ability_modals``)
  act on a diseased or damaged target (``ability_targets``) in the same clause.

Advice is no claim: a keep or boost verb in a purpose infinitive ("gentle ways to
keep the knee moving") or after an activity as the subject ("Swimming keeps your
shoulders strong"), with no treatment before it in its clause. Nor is a person's
trade: a practice verb (``practice_verbs``: treats, sees, manages) after a
practitioner (``procedure_agents``), a place or team of practice
(``practice_places``: "Our sports clinic treats jumper's knee, ..."), a titled name
or a pronoun ("Dr. Haupt treats sports injuries").

Established self-care (``self_care``) as the subject, the answer of a cleft
("What does help most people with knee pain is strengthening exercise") or what
"they" stands for after a list of it is advice too, unless the verb is a strong
outcome or relieves a complaint ("Exercise eases knee pain"). A harm said of a
treatment is no benefit: a verb of harm after a modal (``harm_verbs``: "can cause
nausea"), a noun that looks like a verb of removal in a list of complaints
("nausea, flushing, cramps"), a rate given for a harm (``harm_outcomes``: "in 1 in
100 people, death"), and a healthy body system destroyed as a step of a procedure
and rebuilt (``procedure_steps``: "chemotherapy wipes out the immune system, which
is then rebuilt from stem cells").

A question about an outcome that the next sentence answers yes (``affirmatives``:
"Q: Will PRP fix my torn meniscus? A: Yes.") asserts what it asks; a hedged or
negated answer does not.

An appeal to research is not evidence: "studies show that PRP heals tendons",
"clinically proven to restore focus" and "backed by science, our serum repairs
skin" state the outcome as fact and are claims (the ``citation`` kind reports
the missing source as well). The appeal's own words do not make the sentence
reported speech. Two kinds of appeal leave the sentence to the ``citation``
kind alone: a hedged one ("studies suggest that it may help", by the usual
hedge analysis), and the report of one study's finding (``study_reports``: "one
study found that ...", "a 2019 trial showed ...").

A complaint word in an everyday sense (``figurative``: "parking headaches") is
masked before any of this, so it names no health object; a claim phrase said of
what something makes ("makes check-in pain-free") is judged by that thing, like
"Checkout is now pain-free". An outcome that an approval covers
(``approval_scopes``: "FDA approved to slow ageing") is an approval claim, which
the approval rule judges.

Spans inside a safety statement (``safety_statements``: "lowers the chance of
an immune reaction", "makes the injection itself close to pain-free") are not
outcomes: lowering the risk of a harm the treatment could cause, or how the
procedure feels, is not a health benefit. What follows a patient's account
(``accounts``: "Linda says her neuropathy is gone") is theirs, not the
writer's claim (the caveat and testimonial rules still count it). So is the
writer's own result told in the first person singular (``own_words``), in no
clinic's voice (``clinic_voice``): an outcome whose health matter is "my ..." or
"me" ("cured my anxiety", "my shoulder healed"), or any outcome of a first-person
sentence after the writer's own treatment ("I had two in March. Honestly, I'm back
at work and the fatigue is gone"). Before a list of conditions a verb that offers
the therapy (``list_verbs``: "helps horses with arthritis, colic, ...") names a
disease list, which disease-list-claim reports, not an outcome.

A source in the sentence or its paragraph attaches evidence and clears the
sentence: an inline source (``citations``: author-year, DOI, PMID, link, named
journal) or a numbered marker (``markers``: [2], ², ``[^note]``) that resolves
to an entry of the references (see :mod:`medlint.citations`). A marker that
points at nothing cites nothing. Blocks of a references list, and sections whose
heading is one of ``skip_sections``, are not checked. The finding covers the
claim phrase.

A quotation that runs over several sentences of a paragraph (a testimonial in a
block quote: '"One injection healed my elbow. I am back on the court."')
is quoted throughout. The body cells of tables are checked like sentences ("|
Neck pain | Pain-free in a month |"); in a table only an inline source
cites. A body cell that is a bare outcome (``bare_outcomes``: "Gone in two
weeks", "Eliminated", "Full movement back"), perhaps after a short health term
("Pain gone in four weeks"), claims it for the complaint its row names first
("| Shin splints | Gone in two weeks |"), when the table's header row names
a treatment or a means (``row_means``: "With our compression sleeves").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..citations import Sources, heading_matches, marker_keys, resolver_for
from ..document import Block, Document, OffsetMap, Sentence
from ..linguistics import Analyzer, inside_quotes
from ..patterns import finditer, search
from ..regex_cache import compile as cached_compile
from ..rules import Rule, Vocabulary
from .base import Hit, number, phrases

FIELDS = {
    "outcomes": list,
    "object_outcomes": list,
    "boosts": list,
    "removals": list,
    "complaints": list,
    "figurative_of": list,
    "benefit_nouns": list,
    "improvements": list,
    "benefit_ties": list,
    "clause_verbs": list,
    "task_verbs": list,
    "guarantees": list,
    "figurative": list,
    "approval_scopes": list,
    "relief": list,
    "objects": list,
    "standalone": list,
    "treatments": list,
    "context_treatments": list,
    "health_terms": list,
    "ability_subjects": list,
    "ability_modals": list,
    "ability_targets": list,
    "appeals": list,
    "citations": list,
    "markers": list,
    "section_headings": list,
    "entry_cues": list,
    "object_window": int,
    "ability_window": int,
    "skip_sections": list,
    "study_reports": list,
    "study_scopes": list,
    "safety_statements": list,
    "health_context": list,
    "resolutions": list,
    "accounts": list,
    "bare_outcomes": list,
    "row_means": list,
    "people": list,
    "endorsements": list,
    "procedure_agents": list,
    "practice_verbs": list,
    "practice_places": list,
    "affirmatives": list,
    "verbless_resolutions": list,
    "guarantee_names": list,
    "pronoun_outcomes": list,
    "own_words": list,
    "list_verbs": list,
    "passives": list,
    "clinic_voice": list,
    "cause_links": list,
    "body_agents": list,
    "raisers": list,
    "functions": list,
    "function_modifiers": list,
    "self_care": list,
    "treated_reliefs": list,
    "opening_resolutions": list,
    "general_people": list,
    "benign_predicates": list,
    "not_means": list,
    "patient_shares": list,
    "share_states": list,
    "bodily_endings": list,
    "body_signals": list,
    "share_gains": list,
    "clientele": list,
    "gained_health": list,
    "lowered_measures": list,
    "mixed": list,
    "source_columns": list,
    "column_sources": list,
    "harm_verbs": list,
    "harm_outcomes": list,
    "procedure_steps": list,
}


class ClaimFinder:
    """Finds asserted outcome claims in sentences; shared with the caveat kind."""

    def __init__(self, rule: Rule, vocab: Vocabulary) -> None:
        self.outcomes = phrases(rule, vocab, "outcomes")
        self.object_outcomes = phrases(rule, vocab, "object_outcomes")
        self.boosts = phrases(rule, vocab, "boosts")
        self.removals = phrases(rule, vocab, "removals")
        self.complaints = phrases(rule, vocab, "complaints")
        self.figurative_of = phrases(rule, vocab, "figurative_of")
        self.benefit_nouns = phrases(rule, vocab, "benefit_nouns")
        self.improvements = phrases(rule, vocab, "improvements")
        self.benefit_ties = phrases(rule, vocab, "benefit_ties")
        self.clause_verbs = phrases(rule, vocab, "clause_verbs")
        self.task_verbs = phrases(rule, vocab, "task_verbs")
        self.guarantees = phrases(rule, vocab, "guarantees")
        self.figurative = phrases(rule, vocab, "figurative")
        self.approval_scopes = phrases(rule, vocab, "approval_scopes")
        self.relief = phrases(rule, vocab, "relief")
        self.objects = phrases(rule, vocab, "objects")
        self.standalone = phrases(rule, vocab, "standalone")
        self.treatments = phrases(rule, vocab, "treatments")
        self.context_treatments = phrases(rule, vocab, "context_treatments")
        self.health = phrases(rule, vocab, "health_terms")
        self.subjects = phrases(rule, vocab, "ability_subjects")
        self.modals = phrases(rule, vocab, "ability_modals")
        self.targets = phrases(rule, vocab, "ability_targets")
        self.sources = Sources(
            resolver_for(rule, vocab), phrases(rule, vocab, "citations", words=False)
        )
        self.skip_sections = phrases(rule, vocab, "skip_sections")
        self.appeals = phrases(rule, vocab, "appeals")
        self.study_reports = phrases(rule, vocab, "study_reports")
        self.study_scopes = phrases(rule, vocab, "study_scopes")
        self.safety = phrases(rule, vocab, "safety_statements")
        self.health_context = phrases(rule, vocab, "health_context")
        self.resolutions = phrases(rule, vocab, "resolutions")
        self.accounts = phrases(rule, vocab, "accounts")
        self.bare_outcomes = phrases(rule, vocab, "bare_outcomes")
        self.row_means = phrases(rule, vocab, "row_means")
        self.people = phrases(rule, vocab, "people")
        self.endorsements = phrases(rule, vocab, "endorsements")
        self.procedure_agents = phrases(rule, vocab, "procedure_agents")
        self.practice_verbs = phrases(rule, vocab, "practice_verbs")
        self.practice_places = phrases(rule, vocab, "practice_places")
        self.affirmatives = phrases(rule, vocab, "affirmatives")
        self.verbless_resolutions = phrases(rule, vocab, "verbless_resolutions")
        self.guarantee_names = phrases(rule, vocab, "guarantee_names")
        self.pronoun_outcomes = phrases(rule, vocab, "pronoun_outcomes")
        self.own_words = phrases(rule, vocab, "own_words")
        self.general_people = phrases(rule, vocab, "general_people")
        self.benign_predicates = phrases(rule, vocab, "benign_predicates")
        self.not_means = phrases(rule, vocab, "not_means")
        self.patient_shares = phrases(rule, vocab, "patient_shares")
        self.share_states = phrases(rule, vocab, "share_states")
        self.bodily_endings = phrases(rule, vocab, "bodily_endings")
        self.body_signals = phrases(rule, vocab, "body_signals")
        self.share_gains = phrases(rule, vocab, "share_gains")
        self.clientele = phrases(rule, vocab, "clientele")
        self.gained_health = phrases(rule, vocab, "gained_health")
        self.lowered_measures = phrases(rule, vocab, "lowered_measures")
        self.mixed = phrases(rule, vocab, "mixed")
        self.source_columns = phrases(rule, vocab, "source_columns")
        self.column_sources = phrases(rule, vocab, "column_sources")
        self.harm_verbs = phrases(rule, vocab, "harm_verbs")
        self.harm_outcomes = phrases(rule, vocab, "harm_outcomes")
        self.procedure_steps = phrases(rule, vocab, "procedure_steps")
        self.list_verbs = phrases(rule, vocab, "list_verbs")
        self.passives = phrases(rule, vocab, "passives")
        self.clinic_voice = phrases(rule, vocab, "clinic_voice")
        self.cause_links = phrases(rule, vocab, "cause_links")
        self.body_agents = phrases(rule, vocab, "body_agents")
        self.raisers = phrases(rule, vocab, "raisers")
        self.functions = phrases(rule, vocab, "functions")
        self.function_modifiers = phrases(rule, vocab, "function_modifiers")
        self.self_care = phrases(rule, vocab, "self_care")
        self.treated_reliefs = phrases(rule, vocab, "treated_reliefs")
        self.opening_resolutions = phrases(rule, vocab, "opening_resolutions")
        self.object_window = int(number(rule, "object_window", 6))
        self.ability_window = int(number(rule, "ability_window", 12))
        self.analyzer = Analyzer.from_vocabulary(vocab)

    # -- candidates -------------------------------------------------------------
    def candidates(self, text: str, context: str = "") -> Iterator[tuple[int, int]]:
        """Spans of outcome language in ``text``, asserted or not, in order.

        ``context`` is the sentence before, whose treatment an outcome verb may
        refer to ("BMAC is drawn from the hip. ..., which rebuilds the joint").
        """
        found: list[tuple[int, int]] = []
        text = self._literal(text)
        about_health = None
        in_context = None
        if self.object_outcomes is not None:
            # "resets your body clock", "puts the spring back in your step"
            for m in finditer(self.object_outcomes, text):
                if self._acts_on_health(text, m.start(), m.end()):
                    found.append((m.start(), m.end()))
        if self.boosts is not None:
            # "supercharges a sluggish metabolism" (not "fires up inflammation")
            for m in finditer(self.boosts, text):
                if self._advice(text, m.start()):
                    continue  # "gentle ways to keep the knee moving", "Swimming keeps ..."
                if self._acts_on_health(text, m.start(), m.end()) and not self._complaint_next(
                    text, m.end()
                ):
                    found.append((m.start(), m.end()))
        if self.raisers is not None and self.functions is not None:
            found.extend(self._raised(text))  # "improves egg quality", "builds immunity"
        if self.removals is not None and self.complaints is not None:
            # "melts stubborn belly fat", "keeps colds away", "free of sciatica"
            for m in finditer(self.removals, text):
                obj = self._removed(text, m.start(), m.end())
                if obj is not None and self._list_item(text, m.start(), m.end()):
                    continue  # "side effects such as nausea, flushing, cramps": a noun
                if obj is not None and not self._body_at_work(text, m.start(), m.end()):
                    found.append((m.start(), obj))
        found.extend(self._benefits(text, context))
        if self.outcomes is not None:
            for m in finditer(self.outcomes, text):
                if self._object_not_health(text, m.end()):
                    continue  # "we rebuilt our booking page"
                if self._fragment(text, m.start()):
                    found.append((m.start(), m.end()))  # "| Cartilage rebuilt |"
                    continue
                if about_health is None:
                    about_health = search(self.treatments, text) is not None
                if about_health and self._natural_course(text, m.start(), m.end()):
                    continue  # "Tendon injuries heal slowly; ... whatever treatment you choose"
                if about_health or (m.start() == 0 and search(self.health, text)):
                    found.append((m.start(), m.end()))
                    continue
                if self._acts_on_health(text, m.start(), m.end()):
                    found.append((m.start(), m.end()))  # "bone broth heals a leaky gut"
                    continue
                if in_context is None:
                    named = search(self.context_treatments, context) if context else None
                    in_context = named is not None
                if in_context and not _REFLEXIVE.match(text, m.end()):
                    found.append((m.start(), m.end()))
        if self.relief is not None and self.objects is not None:
            for m in finditer(self.relief, text):
                if text.startswith("-", m.end()):
                    continue  # a modifier, not a verb: "slow-healing injuries"
                window = _word_window(text, m.end(), self.object_window)
                stop = _NEW_CLAUSE.search(text, m.end(), window)
                if stop is not None:
                    window = stop.start()  # "the old lift because patients with bad knees"
                obj = search(self.objects, text, m.end(), window)
                if obj is None:
                    obj = self._caused(text, m.end(), window)
                if obj is None or self._task_between(text, m.end(), obj.start()):
                    continue
                if self._practice(text, m.start(), m.end()):
                    continue  # "Dr. Haupt treats sports injuries" names her trade
                if self._list_item(text, m.start(), m.end()):
                    continue  # "expect bruising, swelling and burning at the site"
                if self._own_course(text, m.start(), m.end()):
                    continue  # "the disc itself shrinks or scars over on its own"
                if self._body_at_work(text, m.start(), m.end()):
                    continue  # "white blood cells kill bacteria": how the body works
                if m.group().endswith("ing") and not self._treated_before(text, m.start()):
                    continue  # "After surgery, reducing swelling is the first goal"
                if self._switched_untreated(text, m):
                    continue  # "these growth factors switch off inflammation": biology
                found.append((m.start(), obj.end()))
        if self.standalone is not None:
            for m in finditer(self.standalone, text):
                if self._names_guarantee(text, m.end()):
                    continue  # "our Pain-Free Promise": a guarantee's name
                if self._benign_subject(text, m.start(), m.end()):
                    continue  # "Clicking without pain is common": what is normal
                if self._harm_rate(text, m.end()):
                    continue  # "in about 1 in 100 people, death": a risk figure
                if not self._said_of_other(text, m.start()):
                    found.append((m.start(), m.end()))
        if self.resolutions is not None and self.objects is not None:
            # the complaint before its resolution: "your sciatica is gone", "the brain fog lifts"
            for m in finditer(self.resolutions, text):
                if self._passive(text, m):
                    found.extend(self._passive_outcome(text, m))
                    continue
                start = _words_before(text, m.start(), RESOLUTION_REACH)
                obj = next(iter(finditer(self.objects, text, start, m.start())), None)
                if obj is not None and not self._clears_itself(text, m.end()):
                    found.append((obj.start(), m.end()))
        if self.improvements is not None and self.health_context is not None:
            found.extend(self._given_benefits(text, context))
        if self.share_states is not None and self.patient_shares is not None:
            found.extend(self._share_states(text, context))
        if self.share_gains is not None and self.patient_shares is not None:
            found.extend(self._share_gains(text, context))
        if self.verbless_resolutions is not None:
            # "after a stem cell injection, her back pain gone"
            resolved = self.resolved(text)
            if resolved and search(self.treatments, text) is not None:
                found.extend(resolved)
            elif resolved:
                found.extend(s for s in resolved if self._resolution_owned(text, *s))
        if "your" in text:
            found.extend(self._promised_too(text))
        if self.treatments is not None and _EQUALS.search(text) is not None:
            found.extend(self._equated(text))
        if self.health_context is not None and "fter" in text:
            found.extend(self._after_states(text, context))
        if context and context.rstrip(" *_#\t").endswith("?"):
            found.extend(self._answered_complaint(text, context))
        if self.pronoun_outcomes is not None and self.objects is not None and _has_pronoun(text):
            found.extend(self._pronoun_outcomes(text, context))
        if self.subjects is not None and self.modals is not None and self.targets is not None:
            for subj in finditer(self.subjects, text):
                modal = search(self.modals, text, subj.end(), _word_window(text, subj.end(), 3))
                if modal is None:
                    continue
                if self._harm_after(text, modal.end()):
                    continue  # "can cause nausea and, rarely, inflammation": side effects
                limit = _word_window(text, modal.end(), self.ability_window)
                clause_end = _clause_end(text, modal.end(), limit)
                target = search(self.targets, text, modal.end(), clause_end)
                if target is not None:
                    found.append((modal.start(), target.end()))
        if found and self.safety is not None:
            safe = [m.span() for m in finditer(self.safety, text)]
            found = [(a, b) for a, b in found if not any(a < e and s < b for s, e in safe)]
        if found and self.approval_scopes is not None:
            found = [(a, b) for a, b in found if not self._approval_scope(text, a)]
        if found and self.procedure_steps is not None:
            found = self._without_steps(text, found)
        if found and self.self_care is not None:
            found = [(a, b) for a, b in found if not self._self_care_advice(text, a, b, context)]
        found.sort()
        return iter(found)

    def _literal(self, text: str) -> str:
        """``text`` with complaint words in a figurative sense ("parking headaches",
        "the headache of prior authorisations") masked, offsets kept, so that no
        health object is read in them."""
        spans = [m.span() for m in finditer(self.figurative, text)] if self.figurative else []
        if self.figurative_of is not None and self.health_context is not None:
            for m in finditer(self.figurative_of, text):
                limit = _clause_end(text, m.end(), _word_window(text, m.end(), OBJECT_REACH))
                if search(self.health_context, text, m.end(), limit) is None:
                    spans.append(m.span())  # a chore, not a complaint
        if not spans:
            return text
        chars = list(text)
        for a, b in spans:
            for i in range(a, b):
                if not chars[i].isspace():
                    chars[i] = "x"
        return "".join(chars)

    def resolved(self, text: str) -> list[tuple[int, int]]:
        """Spans of a complaint followed by its end told without a verb ("pain gone")."""
        out = []
        if self.verbless_resolutions is None or self.objects is None:
            return out
        for m in finditer(self.verbless_resolutions, text):
            start = _words_before(text, m.start(), RESOLUTION_REACH)
            obj = next(iter(finditer(self.objects, text, start, m.start())), None)
            if obj is not None and not any(c in text[obj.end() : m.start()] for c in ",;:."):
                out.append((obj.start(), m.end()))
        return out

    def _pronoun_outcomes(self, text: str, context: str) -> list[tuple[int, int]]:
        """Spans of a phrasal verb of ending whose object is a pronoun for a complaint
        named before it (in the sentence or the one before), with a therapy as its
        subject: "got brain fog? a NAD+ drip wipes it out", "Stiff knees? Our PRP
        shots sort them out"; not "our team ... sorts it out", nor "we'll help you
        sort them out"."""
        out = []
        for m in finditer(self.pronoun_outcomes, text):
            if _HELPED_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None:
                continue  # "we'll help you sort them out with a diary": the reader's task
            known = self.health_context or self.objects
            named = search(known, text, 0, m.start()) is not None
            clause = self.analyzer.clause_start(text, m.start())
            # "Stiff knees? Our PRP shots sort them out" names it just before; a
            # complaint the vocabulary does not know is read from a short question
            # when a therapy soothes it ("Colic? TummyEase drops calm it")
            if (
                not named
                and not (context and search(known, context) is not None)
                and not self._soothed_asked(text, m, clause, context)
            ):
                continue
            if self._therapy_subject(text, clause, m.start()) or self._means_after(text, m.end()):
                out.append(m.span())  # a therapy, not "our team", is the verb's subject
        return out

    def _soothed_asked(self, text: str, m, clause: int, context: str) -> bool:
        """Whether the verb ``m`` soothes or heals (``bodily_endings``) the thing a short
        question just before asks about, with a therapy, not the clinic's own means, as
        its subject ("Croup? Our HushAir mist soothes it"; not "Paperwork? Our app
        clears it up")."""
        if self.bodily_endings is None or self.bodily_endings.match(m.group()) is None:
            return False
        asked = _ASKED_THING.search(context or text[: m.start()])
        if asked is None:
            return False
        return any(
            t is not None and search(t, text, clause, m.start()) is not None
            for t in (self.context_treatments, self.treatments)
        )

    def _therapy_subject(self, text: str, clause: int, start: int) -> bool:
        """Whether a therapy or a product stands in [clause, start), the subject of the
        verb at ``start`` ("Our magnesium spray calms them"), not the clinic or its
        team ("our team sorts it out")."""
        for therapies in (self.context_treatments, self.treatments):
            if therapies is None:
                continue
            for m in finditer(therapies, text, clause, start):
                if _NOT_A_THERAPY.fullmatch(m.group()) is None:
                    return True
        return self._own_means_subject(text, clause, start)

    def _own_means_subject(self, text: str, clause: int, start: int) -> bool:
        """Whether the subject just before ``start`` is the clinic's own product or
        service ("Our adjustments loosen them up", "This balm calms them"), not its
        people or its words ("our physios", "our guide")."""
        m = _OWN_THING.search(text, clause, start)
        if m is None or self.not_means is None:
            return False
        head = m.group(1)
        if self.people is not None and self.people.fullmatch(head):
            return False
        return self.not_means.fullmatch(head) is None

    def _means_after(self, text: str, end: int) -> bool:
        """Whether the verb ending at ``end`` is followed by the treatment that does it
        ("take the pressure off it in one adjustment", "sort them out with two shots")."""
        m = _MEANS_NEXT.match(text, end)
        return m is not None and search(self.treatments, m.group(1)) is not None

    def _answered_complaint(self, text: str, context: str) -> list[tuple[int, int]]:
        """The span of a resolution that opens ``text`` with no subject, after a question
        that names a complaint ("## Plantar fasciitis?" then "Gone in three visits with
        our amniotic injection"), when a treatment or the clinic's own means is in
        ``text``; none otherwise ("Back pain? Gone untreated, it can linger")."""
        if self.opening_resolutions is None or self.objects is None:
            return []
        m = search(self.opening_resolutions, text, 0, min(len(text), 40))
        if m is None:
            return []
        if search(self.objects, context) is None and (
            self.health_context is None or search(self.health_context, context) is None
        ):
            return []  # "Booking? Sorted in a minute with our app"
        ours = self.clinic_voice is not None and search(self.clinic_voice, text) is not None
        if not ours and search(self.treatments, text) is None:
            return []
        return [m.span()]

    def _switched_untreated(self, text: str, m) -> bool:
        """Whether relief verb ``m`` is a verb of switching off (``treated_reliefs``)
        said of the body's own molecules (``body_signals``: "growth factors switch off
        inflammation", "cortisol switches off inflammation at night"), with no treatment
        and no clinic's "our"/"we" before it: it tells how the body works. Any other
        subject (a tea, a mix, a sauna, "it") switches a complaint off as a claim."""
        if self.treated_reliefs is None:
            return False
        if self.treated_reliefs.fullmatch(text, m.start(), m.end()) is None:
            return False
        if self.clinic_voice is not None and search(self.clinic_voice, text, 0, m.start()):
            return False  # "Our laser silences tinnitus": the clinic's own means
        if self._treated_before(text, m.start()):
            return False
        if self.body_signals is None:
            return True
        clause = self.analyzer.clause_start(text, m.start())
        return any(
            _SIGNAL_TO_VERB.fullmatch(text, s.end(), m.start()) is not None
            for s in finditer(self.body_signals, text, clause, m.start())
        )

    def _caused(self, text: str, begin: int, window: int):
        """The complaint after a cause link in the relief verb's object ("clears the
        hidden viral reservoir behind post-COVID fatigue": the complaint is what the
        verb ends), searched a few words past the link; None when there is none."""
        if self.cause_links is None:
            return None
        link = search(self.cause_links, text, begin, window)
        if link is None:
            return None
        limit = _clause_end(text, link.end(), _word_window(text, link.end(), CAUSE_REACH))
        return search(self.objects, text, link.end(), limit)

    def _passive(self, text: str, m) -> bool:
        """Whether a resolution ``m`` is an outcome verb in the passive (``passives``,
        read with the resolutions: "is eliminated", "can be reversed")."""
        return self.passives is not None and (
            self.passives.fullmatch(text, m.start(), m.end()) is not None
        )

    def _passive_outcome(self, text: str, m) -> list[tuple[int, int]]:
        """The span of a complaint and the passive outcome ``m`` told of it ("Chronic neck
        pain is eliminated after a short course of our dry needling", "sciatica can be
        reversed with ..."), when a treatment is in the sentence or a means follows the
        verb ("... after a short course of our dry needling", "with this brace"); none
        for the body's course or aftercare ("knee pain is eased as the swelling
        settles", "pain is eased with simple painkillers")."""
        # the complaint, then the auxiliary and perhaps an adverb: "pain is fully relieved"
        start = _words_before(text, m.start(), RESOLUTION_REACH + 2)
        obj = None
        for found in finditer(self.objects, text, start, m.start()):
            obj = found  # the complaint nearest the verb
        if obj is None or any(c in text[obj.end() : m.start()] for c in ",;:."):
            return []
        if search(self.treatments, text) is None and _OUR_MEANS.search(text, m.end()) is None:
            return []  # "Pain is eased with simple painkillers after the procedure": aftercare
        return [(obj.start(), m.end())]

    def _given_benefits(self, text: str, context: str) -> list[tuple[int, int]]:
        """Spans of a benefit handed to someone by a treatment: a verb of giving and an
        improvement before a health matter ("uses your own plasma to give you stronger,
        longer-lasting erections", "delivers deeper sleep"), with a treatment before the
        verb in its clause or a therapy in the sentence before."""
        out = []
        for m in _GIVING.finditer(text):
            # the benefit right after the verb, or after whom it goes to ("give
            # athletes", "gives your knees")
            span = None
            for pos in _word_starts(text, m.end(), GIVEN_TO_WORDS + 1):
                span = self._benefit_at(text, pos)
                if span is not None and span[0] == pos:
                    break
                span = None
            if span is None:
                continue
            clause = self.analyzer.clause_start(text, m.start())
            named = self.treatments is not None and search(self.treatments, text, clause, m.start())
            if not named and not (context and search(self.context_treatments, context)):
                continue  # "Good sleep habits give you deeper sleep": advice
            out.append((m.start(), span[1]))
        return out

    def _promised_too(self, text: str) -> list[tuple[int, int]]:
        """The span of an outcome verb promised to the reader on "yours" after the
        writer's own result in the sentence ("it faded my dark spots in a month, and it
        will fade yours too", "cleared my eczema and it'll clear yours"): the account
        turns into the writer's claim."""
        out = []
        for m in _YOURS.finditer(text):
            verb = m.group(1)
            verbs = (self.relief, self.outcomes, self.removals)
            if not any(p is not None and p.fullmatch(verb) for p in verbs):
                continue
            mine = _MY_BEFORE_YOURS.search(text, 0, m.start())
            if mine is None or not any(
                p is not None and search(p, text, mine.end(), m.start()) is not None
                for p in (self.objects, self.complaints)
            ):
                continue  # "gave me a skin fade and he will fade yours": no complaint
            out.append(m.span())
        return out

    def _equated(self, text: str) -> list[tuple[int, int]]:
        """The span of a benefit set equal to a treatment by a sign ("PRP = no more knee
        pain", "NAD+ drip → sharper focus, zero brain fog"): a complaint done away
        with (``_DONE_WITH``) or an improvement of a health matter after the sign."""
        out = []
        for sign in _EQUALS.finditer(text):
            if not any(
                t is not None and search(t, text, 0, sign.start()) is not None
                for t in (self.treatments, self.context_treatments)
            ):
                continue
            stop = _clause_end(text, sign.end(), len(text))
            for done in _DONE_WITH.finditer(text, sign.end(), stop):
                obj = search(self.objects, text, done.end(), _word_window(text, done.end(), 3))
                if obj is not None and not any(c in text[done.end() : obj.start()] for c in ",;:."):
                    out.append((done.start(), obj.end()))
                    break
            else:
                for pos in _word_starts(text, sign.end(), 4):
                    span = self._benefit_at(text, pos)
                    if span is not None:
                        out.append(span)
                        break
        return out

    def _after_states(self, text: str, context: str) -> list[tuple[int, int]]:
        """The span of the states listed after an "After ...:" label that names a
        means, when the sentence before opens with "Before:" ("Before: stiff, sore,
        limping. After six weeks with our PRP: walking the dog again"), or after
        "before and after ...:" in one caption ("Knee before and after our BMAC:
        swelling gone"), when either side names a health matter or a state free of
        something ("blemish-free")."""
        m = _BEFORE_AND_AFTER.search(text)
        before = text[: m.start()] if m is not None else ""  # "Her knee before and after"
        if m is None:
            m = _AFTER_LABEL.match(text)
            if m is None or not context or _BEFORE_LABEL.match(context) is None:
                return []
            before = context
        label = m.group(1)
        means = _MEANS_WORD.search(label) is not None or any(
            p is not None and search(p, label) is not None
            for p in (self.treatments, self.clinic_voice)
        )
        if not means:
            return []  # "Before: queues. After 6 pm: quiet." names no means
        end = len(text.rstrip(" \t.!*_"))
        if end <= m.end():
            return []
        states = text[m.end() : end]
        health = any(
            p is not None and (search(p, states) is not None or search(p, before) is not None)
            for p in (self.health_context, self.objects)
        )
        if not health and _FREE_STATE.search(states) is None:
            return []
        if self.analyzer.hedge_in(text, m.end(), end) or _NO_CHANGE.match(states):
            return []  # "After three sessions: results vary", "...: not much change"
        return [(m.end(), end)]

    def _share_states(self, text: str, context: str) -> list[tuple[int, int]]:
        """Spans of what a share of the patients notice or begin to do, told beside a
        treatment or in the clinic's voice ("After our stem cell course, 4 of 5 children
        begin to walk", "87% of our clients note improvement in their sleep"); not a
        share of people at large with no treatment in sight ("Most adults see their
        blood pressure improve when they cut salt" names no treatment)."""
        out = []
        for m in finditer(self.share_states, text):
            clause = self.analyzer.clause_start(text, m.start())
            if search(self.patient_shares, text, clause, m.start()) is None:
                continue
            if _FEW.search(text, clause, m.start()) is not None:
                continue  # "Few of our patients notice ...": a denial
            if _IMPROVED.fullmatch(m.group(1) or "") and not self._improved_health(text, m.end()):
                continue  # "see improvement in their scores": no health matter
            ours = self.clinic_voice is not None and search(self.clinic_voice, text) is not None
            treated = search(self.treatments, text) is not None
            if ours or treated or (context and search(self.context_treatments, context)):
                out.append(m.span())
        return out

    def _share_gains(self, text: str, context: str) -> list[tuple[int, int]]:
        """Spans of a benefit the patients have, told by a comparative before a health
        matter (``share_gains``): fewer or less of a complaint or a lower measure ("78%
        of clients see less shedding", "Our members have fewer colds", "lower blood
        pressure"), or better, more or stronger of a function or a part ("better
        sleep", "stronger nails"). The subject is a share of the patients or the
        clinic's clientele (``clientele``: "Members", "Clients on the programme"),
        beside a treatment or in the clinic's voice; not people at large ("Smokers have
        more infections", "Patients with diabetes have higher blood sugar")."""
        out = []
        for m in finditer(self.share_gains, text):
            clause = self.analyzer.clause_start(text, m.start())
            shared = search(self.patient_shares, text, clause, m.start()) is not None
            clientele = self.clientele is not None and (
                self.clientele.match(text, _skip_markup(text, clause)) is not None
            )
            if not (shared or clientele):
                continue
            if _FEW.search(text, clause, m.start()) is not None:
                continue  # "Few of our patients have fewer ...": a denial
            limit = _clause_end(text, m.end(), _word_window(text, m.end(), GAIN_WORDS))
            if m.group(1) is not None:
                lists = (self.objects, self.lowered_measures)  # "fewer hot flushes"
            else:
                lists = (self.gained_health,)  # "better sleep", "stronger nails"
            obj = None
            for words in lists:
                if words is not None and obj is None:
                    obj = search(words, text, m.end(), limit)
            if obj is None or _NOT_OBJECT.search(text, m.end(), obj.start()) is not None:
                continue
            ours = self.clinic_voice is not None and search(self.clinic_voice, text) is not None
            treated = search(self.treatments, text) is not None
            named = bool(context) and search(self.context_treatments, context) is not None
            if clientele or ours or treated or named:
                out.append((m.start(), obj.end()))
        return out

    def _improved_health(self, text: str, end: int) -> bool:
        """Whether an improvement ending at ``end`` is of a health matter within a few
        words ("improvement in their erections", "improvement of walking")."""
        limit = _clause_end(text, end, _word_window(text, end, SHARE_OBJECT_WORDS))
        return self.health_context is not None and (
            search(self.health_context, text, end, limit) is not None
            or _FUNCTION.search(text, end, limit) is not None
        )

    def _resolution_owned(self, text: str, start: int, end: int) -> bool:
        """Whether a verbless resolution with no treatment in sight is still a result:
        the complaint is a patient's or the reader's ("guests go home with their
        migraines a memory"), or it opens a short fragment tied to a time frame or a
        permanence and to a means ("Shin splints gone in a week with our tape", a
        heading; not a bare "| Pain gone in a week |" under "What to expect")."""
        if _OWNER_BEFORE.search(text, max(0, start - OWNER_REACH), start) is not None:
            return True
        if len(text.split()) > BENEFIT_WORDS or len(text[:start].split()) > 1:
            return False
        if self.benefit_ties is None or search(self.benefit_ties, text, end) is None:
            return False
        return _MEANS_AFTER.search(text, end) is not None

    def _complaint_next(self, text: str, end: int) -> bool:
        """Whether the object after ``end`` opens with a complaint in its first words
        ("fires up inflammation"): raising it is harm, not an outcome."""
        if self.complaints is None:
            return False
        limit = _clause_end(text, end, _word_window(text, end, OBJECT_REACH))
        found = search(self.complaints, text, end, limit)
        if found is None:
            return False
        first = search(self.health_context, text, end, limit) if self.health_context else None
        return first is None or first.start() >= found.start()

    def _removed(self, text: str, start: int, end: int) -> int | None:
        """Where the complaint that a verb of removal at [start, end) acts on ends:
        one within ``object_window`` words, in its clause, before a conjunction that
        opens another clause; ``None`` for a noun ("a sudden drop in blood pressure")
        or a subject that is itself a health matter ("your body burns fat")."""
        det = _DETERMINER_BEFORE.search(text, 0, start)
        if det is not None and not _RELATIVE_VERB.match(text, det.start(), end):
            return None
        clause = self.analyzer.clause_start(text, start)
        if not text[clause:start].strip(" \t\"'\u201c(-*") and _GERUND.match(text, start):
            return None  # a gerund as the subject: "Losing weight takes the load off"
        limit = _clause_end(text, end, _word_window(text, end, self.object_window))
        stop = _NEW_CLAUSE.search(text, end, limit)
        obj = search(self.complaints, text, end, stop.start() if stop else limit)
        if obj is None or self._task_between(text, end, obj.start()):
            return None
        head = _subject_head(text, clause, start)
        if head is not None:
            word = head.group(1)
            agents = self.procedure_agents
            if agents is not None and agents.fullmatch(word):
                return None
            if self.health_context is not None and search(self.health_context, text, *head.span(1)):
                return None  # the body's own course
        return obj.end()

    def _list_item(self, text: str, start: int, end: int) -> bool:
        """Whether the verb at [start, end) is a noun in a list of complaints: a list
        separator comes before it, it takes no object (a separator, a preposition or
        the end follows) and an item next to it is a complaint ("nausea, flushing,
        cramps", "itching, shedding and redness", "bruising, swelling and burning at
        the site"; not "melts fat, flushes toxins", nor a verb after its subject: "fine
        lines soften and acne fades")."""
        if _NO_OBJECT_AFTER.match(text, end) is None:
            return False
        before = _LIST_SEP_BEFORE.search(text, max(0, start - LIST_REACH), start)
        if before is None:
            return False
        if self._complaint_ends_at(text, before.start()):
            return True
        after = _LIST_SEP_AFTER.match(text, end)
        return (
            after is not None
            and self.objects is not None
            and (self.objects.match(text, after.end()) is not None)
        )

    def _complaint_ends_at(self, text: str, pos: int) -> bool:
        """Whether a complaint (``objects``) ends at ``pos``."""
        if self.objects is None:
            return False
        begin = max(0, pos - LIST_REACH)
        return any(m.end() == pos for m in finditer(self.objects, text, begin, pos))

    def _harm_rate(self, text: str, end: int) -> bool:
        """Whether a rate ending at ``end`` is given for a harm that follows it
        (``harm_outcomes``: "in about 1 in 100 people, death", "2 in 100 patients
        develop an infection"): a risk figure, not a promised result."""
        if self.harm_outcomes is None or _RATE_END.search(text, max(0, end - 12), end) is None:
            return False
        return self.harm_outcomes.match(text, _RATE_GAP.match(text, end).end()) is not None

    def _harm_after(self, text: str, pos: int) -> bool:
        """Whether a verb of harm follows a modal ending at ``pos`` ("the injections
        can cause nausea", "will sometimes trigger a headache"): the treatment's side
        effects, not what it can heal."""
        if self.harm_verbs is None:
            return False
        return self.harm_verbs.match(text, _skip_space(text, pos)) is not None

    def _without_steps(self, text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``found`` without a healthy body system destroyed as a step of a procedure
        (``procedure_steps``: "chemotherapy wipes out the immune system") nor its
        rebuilding told of it just after ("..., which is then rebuilt from the
        patient's own stem cells", "... before it is regrown from donor cells")."""
        steps = [m.span() for m in finditer(self.procedure_steps, text)]
        if not steps:
            return found
        return [
            (a, b)
            for a, b in found
            if not any(a < e and s < b for s, e in steps)
            and not any(e <= a and _REBUILT_AFTER.fullmatch(text, e, a) for _, e in steps)
        ]

    def _self_care_advice(self, text: str, start: int, end: int, context: str) -> bool:
        """Whether the outcome at [start, end) is advice on established self-care
        (``self_care``), not a treatment's result: self-care is its subject ("Regular
        exercise improves sleep", "Daily sunscreen and a retinoid ..."), the answer of a
        cleft ("What does help most people with knee pain is strengthening exercise"),
        or a pronoun for self-care that the sentence before lists ("... are sunscreen,
        a retinoid and not smoking. They work better than ..."). A strong outcome verb
        ("Exercise cures depression") stays a claim, and so does any sentence with a
        treatment or a clinic's means in the clause (self-care itself, "a good diet",
        is none)."""
        if self.outcomes is not None and self.outcomes.match(text, start) is not None:
            return False
        relief = self.relief is not None and self.relief.match(text, start) is not None
        complaint = self.complaints is not None and search(self.complaints, text, start, end)
        if relief and _HELP.match(text, start) is None and complaint:
            return False  # "Exercise eases knee pain": relief of a complaint
        clause = self.analyzer.clause_start(text, start)
        stop = _clause_end(text, end, len(text))
        comma = _NEXT_COMMA.search(text, end, stop)
        stop = comma.start() if comma is not None else stop  # "..., and our class has spaces"
        than = _THAN.search(text, start, stop)
        stop = than.start() if than is not None else stop  # "... better than any supplement"
        plain = _blank(text, list(finditer(self.self_care, text)))
        for p in (self.treatments, self.clinic_voice):
            if p is not None and search(p, plain, clause, stop) is not None:
                return False
        subject = text[clause:start]
        if _CLEFT_WHAT.fullmatch(subject):
            answer = _CLEFT_IS.match(text, end)
            if answer is None:
                return False
            return search(self.self_care, text, answer.end(), stop) is not None
        if _PRONOUN_THEY.search(subject):
            cares = list(finditer(self.self_care, context)) if context else []
            if len(cares) < 2:
                return False
            others = _blank(context, cares)
            return self.treatments is None or search(self.treatments, others) is None
        rest = plain[clause:start]
        return rest != subject and _ONLY_LINKS.fullmatch(rest) is not None

    def _advice(self, text: str, start: int) -> bool:
        """Whether the verb at ``start`` gives advice rather than a treatment's result:
        a purpose infinitive ("gentle ways to keep the knee moving", "tips to kick-start
        your metabolism") or a clause whose subject is an activity ("Walking, swimming
        and cycling keep the knee supple"), with no treatment named before the verb in
        its clause ("PRP is the best way to keep your knees young" is a claim)."""
        clause = self.analyzer.clause_start(text, start)
        lead = len(text) - len(text.lstrip(" \t\"'\u201c(-*"))
        opening = max(clause, lead)
        while opening < start and not text[opening].isalnum():
            opening += 1
        infinitive = _TO_BEFORE.search(text, clause, start) is not None
        activity = opening < start and (
            _ACTIVITY.match(text, opening) is not None
            or _MODIFIED_ACTIVITY.fullmatch(text, opening, start) is not None
        )
        if not (infinitive or activity):
            return False
        return self.treatments is None or search(self.treatments, text, clause, start) is None

    def _practice(self, text: str, start: int, end: int) -> bool:
        """Whether the verb at [start, end) names a person's trade ("Dr. Lena Haupt treats
        sports injuries", "Our chiropractors see ..."): a practice verb whose subject is a
        practitioner (``procedure_agents``), a place or team of practice
        (``practice_places``: "our sports clinic treats ..."), a titled name or a personal
        pronoun."""
        if self.practice_verbs is None:
            return False
        verb = self.practice_verbs.match(text, start)
        if verb is None or verb.end() > end:
            return False
        clause = self.analyzer.clause_start(text, start)
        apposed = _APPOSITIVE.search(text, clause, start)
        if apposed is not None:
            # "Mr Daniel Frost, consultant hand surgeon, treats ...": the person's role
            # between commas, or the name before it, is the subject
            if self._practitioner(_LAST_WORD.search(text, clause, apposed.end(1))):
                return True
            start = apposed.start()
        if _TITLED_NAME.search(text, clause, start) is not None:
            return True
        return self._practitioner(_subject_head(text, clause, start))

    def _practitioner(self, head: regex.Match[str] | None) -> bool:
        """Whether a subject's head word (group 1) is a personal pronoun, a practitioner
        or a place or team of practice."""
        if head is None:
            return False
        word = head.group(1)
        return any(
            words is not None and words.fullmatch(word) is not None
            for words in (_PRONOUN_SUBJECT, self.procedure_agents, self.practice_places)
        )

    def _treated_before(self, text: str, pos: int) -> bool:
        """Whether a treatment is named before ``pos`` in ``text``."""
        return self.treatments is not None and search(self.treatments, text, 0, pos) is not None

    def _task_between(self, text: str, start: int, end: int) -> bool:
        """Whether a task verb stands between a relief verb and its object: "helps your
        doctor estimate your fracture risk" (the object belongs to the task)."""
        return self.task_verbs is not None and search(self.task_verbs, text, start, end) is not None

    def _benefits(self, text: str, context: str) -> list[tuple[int, int]]:
        """Verbless benefit phrases ("Relief from neck pain in a single visit", "Deeper
        sleep ... from the very first week of ...", "Exosome hair therapy: thicker,
        denser hair for good"): a benefit that opens a fragment (the sentence, or what
        follows a colon or a dash) with no verb of its own, tied to a treatment, a
        time frame or a permanence."""
        if self.health_context is None or len(text.split()) > BENEFIT_WORDS:
            return []
        if self.benefit_nouns is None and self.improvements is None:
            return []
        out = []
        for begin in _fragment_starts(text):
            span = self._benefit_at(text, begin)
            if span is None:
                continue
            if begin and search(self.guarantees, text, 0, begin) is not None:
                continue  # what a bare guarantee promises: "Results guaranteed: stronger ..."
            # the fragment ends at the next colon or dash ("Thicker hair for good: one
            # course is all it takes" has a clause after it, not in it)
            brk = _FRAGMENT_BREAK.search(text, span[1])
            rest = text[begin : brk.start() if brk else len(text)]
            sub = _SUBCLAUSE.search(rest, span[1] - begin)
            if sub is not None:
                rest = rest[: sub.start()]  # "sharper focus and more energy before you board"
            if _AUXILIARY.search(rest) or self._has_clause_verb(rest):
                continue
            if self._tied(text, begin, context):
                out.append(span)
                break
        return out

    def _has_clause_verb(self, rest: str) -> bool:
        """Whether a fragment has a verb of its own; a clause verb after a determiner
        is a noun ("with no scalpel and no hospital stay")."""
        if self.clause_verbs is None:
            return False
        return any(
            _NOUN_BEFORE.search(rest, max(0, m.start() - NOUN_LOOKBACK), m.start()) is None
            and not _in_compound(rest, m.start(), m.end())
            for m in finditer(self.clause_verbs, rest)
        )

    def _benefit_at(self, text: str, begin: int) -> tuple[int, int] | None:
        """The benefit phrase that opens ``text`` at ``begin``, if any, perhaps after an
        article ("...: a stronger immune system all winter")."""
        article = _ARTICLE.match(text, begin)
        opening = article.end() if article else begin
        m = search(self.improvements, text, opening, _word_window(text, opening, BENEFIT_LEAD))
        if m is not None and m.start() == opening:
            limit = _word_window(text, m.end(), BENEFIT_HEAD)
            head = search(self.health_context, text, m.end(), limit)
            if head is not None and not any(c in text[m.end() : head.start()] for c in ",;:."):
                if self._worsened(text, m, head):
                    return None  # "Side effects: a stronger ache for a day"
                return (begin, head.end())
        lead = _word_window(text, begin, BENEFIT_LEAD + 1)
        noun = search(self.benefit_nouns, text, begin, lead) if self.benefit_nouns else None
        if noun is None:
            return None
        before = text[begin : noun.start()]
        if before.strip() and search(self.health_context, before) is not None:
            return (begin, noun.end())  # "Knee pain relief", "Hair regrowth"
        after = _OF_FROM.match(text, noun.end())
        if after is not None:
            # a stretch of time before the complaint: "relief from years of knee pain"
            after = _SPELL_OF.match(text, after.end()) or after
        if after is not None:
            limit = _word_window(text, after.end(), BENEFIT_HEAD + 1)
            obj = search(self.health_context, text, after.end(), limit)
            if obj is not None:
                return (noun.start(), obj.end())  # "Relief from neck pain"
        return None

    def _worsened(self, text: str, adjective, head) -> bool:
        """Whether an adjective of degree makes a complaint worse ("a stronger ache",
        "more swelling"), not better ("less pain", "fewer flare-ups")."""
        if self.complaints is None:
            return False
        complaint = search(self.complaints, text, head.start(), head.end())
        if complaint is None or _RELIEVED_AFTER.match(text, complaint.end()):
            return False  # "faster fat loss", "quicker pain relief"
        return _REDUCING.search(adjective.group()) is None

    def _tied(self, text: str, begin: int, context: str) -> bool:
        """Whether a benefit fragment is tied to a treatment (in the sentence, or a
        therapy in the one before), a time frame or a permanence."""
        if search(self.benefit_ties, text, begin) is not None:
            return True
        if search(self.treatments, text) is not None:
            return True
        return bool(context) and search(self.context_treatments, context) is not None

    def _approval_scope(self, text: str, start: int) -> bool:
        """Whether the outcome at ``start`` is what an approval covers ("FDA approved
        to slow ageing"): an approval claim, which the approval rule judges."""
        begin = self.analyzer.clause_start(text, start)
        last = None
        for m in finditer(self.approval_scopes, text, begin, start):
            last = m
        return last is not None and len(text[last.end() : start].split()) <= APPROVAL_GAP

    def _object_not_health(self, text: str, end: int) -> bool:
        """Whether the outcome verb ending at ``end`` takes an object that is not about
        health: a noun phrase ("our booking page", "patients' trust in ...") with no
        health term (``health_context``) in its first few words, after a subject that
        names no experimental therapy (``context_treatments``)."""
        if self.health_context is None:
            return False
        m = _NOUN_PHRASE.match(text, end)
        if m is None:
            return False
        limit = _clause_end(text, m.end(), _word_window(text, m.end(), OBJECT_REACH))
        stop = _NEW_CLAUSE.search(text, m.end(), limit) or _BACK_TO_LIFE.search(
            text, m.end(), limit
        )
        limit = stop.start() if stop is not None else limit  # "... when you log back in"
        if search(self.health_context, text, end, limit) is not None:
            return False
        # a therapy as the subject keeps it about health ("BPC-157 shots rebuild a
        # frayed hamstring"); one inside the object does not ("trust in regenerative medicine")
        subject = self.analyzer.clause_start(text, end)
        return self.context_treatments is None or (
            search(self.context_treatments, text, subject, end) is None
        )

    def _names_guarantee(self, text: str, end: int) -> bool:
        """Whether a claim phrase ending at ``end`` names a guarantee: a noun of
        promise (``guarantee_names``) at most ``NAME_WORDS`` words on, with no
        punctuation between ("our Pain-Free Promise", "the pain-free knee
        guarantee"). What the guarantee covers is guaranteed-outcome's to judge."""
        if self.guarantee_names is None:
            return False
        m = search(self.guarantee_names, text, end, _word_window(text, end, NAME_WORDS + 1))
        if m is None:
            return False
        gap = text[end : m.start()]
        return len(gap.split()) <= NAME_WORDS and not any(c in gap for c in ",;:.!?")

    def _said_of_other(self, text: str, start: int) -> bool:
        """Whether a claim phrase at ``start`` is the predicate of a subject that is
        no person and names no health matter or treatment ("Checkout is now
        pain-free"; but "your knee is pain-free", "she was pain-free", "it is",
        "our BMAC kit is ...")."""
        if self._extraposed_task(text, start):
            return True  # "it's now pain-free to reschedule from your phone"
        m = _PREDICATE.search(text, 0, start) or _MADE.search(text, 0, start)
        if m is None or _PERSON.fullmatch(m.group(1)):
            return False
        if self.people is not None and self.people.fullmatch(m.group(1)):
            return False
        subject = (self.analyzer.clause_start(text, m.start()), m.end(1))
        return not any(
            p is not None and search(p, text, *subject) is not None
            for p in (self.health_context, self.treatments, self.context_treatments)
        )

    def _benign_subject(self, text: str, start: int, end: int) -> bool:
        """Whether a phrase that opens with "without" or "with no" at [start, end)
        describes the subject of a predicate that calls it normal ("Clicking without
        pain or swelling is common", "A hip that creaks with no stiffness is usually
        harmless"): what is ordinary, not what a treatment gives."""
        if self.benign_predicates is None or _WITHOUT.match(text, start) is None:
            return False
        m = _COPULA_AFTER.match(text, end)
        if m is None:
            return False
        benign = self.benign_predicates.match(text, m.end())
        return benign is not None and _AGAIN_AFTER.match(text, benign.end()) is None

    def _extraposed_task(self, text: str, start: int) -> bool:
        """Whether a claim phrase at ``start`` is said of a task put after it ("it's now
        pain-free to pay your bill"): "it" stands for the infinitive, which names no
        health matter, in a sentence that names no treatment, so the phrase is about
        the task, like "makes check-in pain-free"."""
        if _IT_IS.search(text, 0, start) is None:
            return False
        m = _PHRASE_THEN_TO.match(text, start)
        if m is None:
            return False
        task_end = _clause_end(text, m.end(), len(text))
        if self.health_context is not None and search(self.health_context, text, m.end(), task_end):
            return False  # "it's pain-free to kneel on a sore knee"
        # a treatment anywhere in the sentence tells whose result it is ("After one PRP
        # shot it's pain-free to climb stairs again"); a pronoun ("we") names none
        return not any(
            _PERSON.fullmatch(m.group()) is None
            for p in (self.treatments, self.context_treatments)
            if p is not None
            for m in finditer(p, text)
        )

    def _acts_on_health(self, text: str, start: int, end: int) -> bool:
        """Whether the outcome verb at [start, end) acts on a health matter named in the
        first words of its object ("heals a leaky gut", "rebuilds collagen"), whatever
        its subject (a food, a device, a supplement the lists do not know), unless the
        subject is itself a health matter: then it tells the body's course ("your
        body repairs damaged tissue")."""
        if self.health_context is None or _REFLEXIVE.match(text, end):
            return False
        limit = _clause_end(text, end, _word_window(text, end, OBJECT_REACH))
        found = search(self.health_context, text, end, limit)
        if found is None or _NOT_OBJECT.search(text, end, found.start()) is not None:
            return False  # "rebuilt throughout life", "confidence in stem cell research"
        head = _subject_head(text, self.analyzer.clause_start(text, start), start)
        agents = self.procedure_agents
        if head is not None and agents is not None and agents.fullmatch(head.group(1)):
            return False  # "Time heals all wounds", "Surgeons repair the ligament"
        return head is None or search(self.health_context, text, *head.span(1)) is None

    def _natural_course(self, text: str, start: int, end: int) -> bool:
        """Whether the outcome verb at [start, end) tells how the body heals by itself:
        its subject (from the start of its clause, past a clause break or a concession
        such as "Whatever treatment you choose,") names a health matter and no
        treatment, and no treatment follows it in its clause ("Tendon injuries heal
        slowly; ..."; but "After PRP, tendons heal in weeks", "... heal faster with PRP")."""
        if self.health_context is None:
            return False
        # the clause, past a concession ("Whatever treatment you choose, a tendon ...")
        begin = self.analyzer.clause_start(text, start)
        subject = text[begin:start]
        if search(self.health_context, subject) is None or search(self.treatments, subject):
            return False
        stop = len(text)
        if self.analyzer.breaks is not None:
            b = search(self.analyzer.breaks, text, end)
            stop = b.start() if b is not None else stop
        stop = _clause_end(text, end, stop)
        if _BY_ITSELF.search(text, end, stop) is not None:
            return True  # "Broken bones knit on their own, with or without an injection"
        return search(self.treatments, text, end, stop) is None

    def _own_course(self, text: str, start: int, end: int) -> bool:
        """Whether the relief verb at [start, end) tells what a body part or a complaint
        does by itself: its subject names a health matter and no treatment, and its
        clause says so ("on its own", "by itself", "without treatment") and names no
        treatment after the verb ("a bulging disc usually shrinks on its own within a
        year"; but "... shrinks on its own after our ozone shots")."""
        if self.health_context is None:
            return False
        begin = self.analyzer.clause_start(text, start)
        subject = text[begin:start]
        if search(self.health_context, subject) is None or search(self.treatments, subject):
            return False
        stop = _clause_end(text, end, len(text))
        if _BY_ITSELF.search(text, end, stop) is None:
            return False
        return search(self.treatments, text, end, stop) is None

    def _raised(self, text: str) -> list[tuple[int, int]]:
        """Spans of a verb of raising (``raisers``) and the capacity of the body it
        raises (``functions``) in the next ``RAISED_REACH`` words of its clause
        ("acupuncture improves egg quality", "the mix builds immunity"); not when the
        capacity names a service ("improves fertility care", ``function_modifiers``),
        nor when the subject is the body, a health matter or self-care ("good sleep
        improves memory", "exercise lifts your mood"), nor advice ("ways to boost your
        immunity")."""
        out: list[tuple[int, int]] = []
        if search(self.functions, text) is None:
            return out  # most sentences name no capacity: skip the verbs
        for m in finditer(self.raisers, text):
            limit = _clause_end(text, m.end(), _word_window(text, m.end(), RAISED_REACH))
            obj = search(self.functions, text, m.end(), limit)
            if obj is None or self._task_between(text, m.end(), obj.start()):
                continue
            if self.function_modifiers is not None and (
                self.function_modifiers.match(text, _skip_space(text, obj.end())) is not None
            ):
                continue  # "fertility care", "the mood of the room"
            if self._advice(text, m.start()) or self._raised_by_body(text, m.start()):
                continue
            out.append((m.start(), obj.end()))
        return out

    def _raised_by_body(self, text: str, start: int) -> bool:
        """Whether the subject before the verb at ``start`` is the body at work, a
        health matter or self-care ("good sleep improves memory", "regular exercise
        lifts your mood"), with no treatment in it."""
        clause = self.analyzer.clause_start(text, start)
        subject = text[clause:start]
        if self.treatments is not None and search(self.treatments, subject) is not None:
            return False
        head = _subject_head(text, clause, start)
        if head is None:
            return False
        own = (self.health_context, self.body_agents, self.functions, self.self_care)
        return any(
            p is not None and any(a.end() == head.end(1) for a in finditer(p, text, clause, start))
            for p in own
        )

    def _body_at_work(self, text: str, start: int, end: int) -> bool:
        """Whether the relief verb at [start, end) tells the body's own work: the head
        of its subject is one of the body's agents (``body_agents``) and its clause
        names no treatment and no clinic's means ("white blood cells kill bacteria",
        "the immune system fights infection"; not "stem cells kill bacteria", "your
        immune system fights infection better after our drip")."""
        if self.body_agents is None:
            return False
        agents = self.body_signals or self.body_agents  # "insulin normalises blood sugar"
        clause = self.analyzer.clause_start(text, start)
        head = _subject_head(text, clause, start)
        if head is None or not any(
            a.end() == head.end(1) for a in finditer(agents, text, clause, start)
        ):
            # an infinitive of purpose whose doer the clause names before its "to":
            # "your body sends inflammatory cells to the site to ... fight off infection"
            purpose = _PURPOSE_TO.search(text, clause, start)
            if purpose is None or search(self.body_agents, text, clause, purpose.start()) is None:
                return False
        stop = _clause_end(text, end, len(text))
        return not any(
            p is not None and search(p, text, clause, stop) is not None
            for p in (self.treatments, self.clinic_voice)
        )

    def _clears_itself(self, text: str, end: int) -> bool:
        """Whether a complaint's resolution ending at ``end`` is its own course: its
        clause says so ("on its own", "without treatment") and names no treatment
        after it ("a cold, which clears up on its own within a week"; not "... clears
        up on its own after our drip")."""
        stop = _clause_end(text, end, len(text))
        if _BY_ITSELF.search(text, end, stop) is None:
            return False
        return not any(
            p is not None and search(p, text, end, stop) is not None
            for p in (self.treatments, self.clinic_voice)
        )

    def _fragment(self, text: str, start: int) -> bool:
        """A verbless fragment that names a health term and then its outcome, as in a
        table cell or a bullet: "Cartilage rebuilt", "Knee pain eased"; or the words
        after a colon or a dash, as in a caption ("Runner after PRP: knee fully
        healed")."""
        if self.health_context is None:
            return False
        begin = 0
        if len(text.split()) > FRAGMENT_WORDS:
            for brk in _FRAGMENT_BREAK.finditer(text, 0, start):
                begin = brk.end()
            after = _FRAGMENT_BREAK.search(text, start)
            piece = text[begin : after.start() if after else len(text)]
            if not begin or len(piece.split()) > FRAGMENT_WORDS:
                return False
            # a participle after a lead-in that names the treatment ("Runner after PRP:
            # knee fully healed"; not "... after knee surgery: wound healed", "Tendon
            # injuries are slow: tendons heal slowly")
            word = _WORD.match(text, start)
            if word is None or _PAST_VERB.fullmatch(word.group()) is None:
                return False
            if search(self.treatments, text, 0, begin) is None:
                return False
        before = text[begin:start]
        return (
            bool(before.strip())
            and search(self.health_context, before) is not None
            and (_AUXILIARY.search(before) is None)
        )

    def appeals_in(self, sentence_text: str) -> list:
        """The sentence's appeals to research ("studies show"), less negated or asked ones."""
        out = []
        for m in finditer(self.appeals, sentence_text) if self.appeals is not None else ():
            view = self.analyzer.view(sentence_text, m.start(), m.end())
            if not (view.negated or view.question):
                out.append(m)
        return out

    def appeal(self, sentence_text: str):
        """The sentence's first appeal to research, unless it is negated or asked."""
        found = self.appeals_in(sentence_text)
        return found[0] if found else None

    def reports_a_study(self, sentence_text: str, appeal) -> bool:
        """Whether ``appeal`` reports one study's finding ("one study found", "both
        trials found": the report may start before the appeal's own words)."""
        if self.study_reports is None:
            return False
        return any(
            m.start() < appeal.end() and appeal.start() < m.end()
            for m in finditer(self.study_reports, sentence_text)
        )

    def _mixed_report(self, text: str, appeal) -> bool:
        """Whether ``appeal`` opens a report of mixed evidence that the sentence goes on
        to complete (``mixed``: "some trials have found it eased pain, while others
        found no difference"): the outcome is one side of a disagreement, not a claim."""
        return self.mixed is not None and search(self.mixed, text, appeal.end()) is not None

    def _in_study(self, text: str, start: int) -> bool:
        """Whether the span at ``start`` is in a clause scoped to one study or to its
        arms (``study_scopes``: "In the trial, ...", "... than those given placebo")."""
        clause = self.analyzer.clause_start(text, start)
        for m in finditer(self.study_scopes, text, clause):
            if self.analyzer.clause_start(text, m.start()) == clause:
                return True
        return False

    def asserted(self, sentence_text: str, context: str = "") -> list[tuple[int, int]]:
        """Spans of outcome language the writer states as fact, in order."""
        return list(self.asserted_spans(sentence_text, context))

    def asserted_spans(self, sentence_text: str, context: str = "") -> Iterator[tuple[int, int]]:
        """:meth:`asserted`, one span at a time (a caller that needs only the first
        does not pay for reading the others)."""
        found = list(self.candidates(sentence_text, context))
        if sentence_text.rstrip().endswith("?"):
            found.extend(self.why_when(sentence_text))
        if not found:
            return
        appeals = self.appeals_in(sentence_text)
        if any(self.reports_a_study(sentence_text, m) for m in appeals):
            return
        if any(self._mixed_report(sentence_text, m) for m in appeals):
            return  # "some trials found it eased pain, while others found no difference"
        scoped = self.study_scopes is not None and search(self.study_scopes, sentence_text)
        if self.accounts is not None:
            # a patient's account: "Linda says her neuropathy is gone"
            told = [m for m in finditer(self.accounts, sentence_text)]
            if told:
                first = told[0]
                back = len(sentence_text)
                if self.endorsements is not None and search(self.endorsements, first.group()):
                    # an endorsement takes a thing, not a clause: a clause joined after it
                    # is the writer's again ("Chefs swear by it, and our balm heals burns")
                    turn = _WRITER_AGAIN.search(sentence_text, first.end())
                    back = turn.end() if turn is not None else back
                found = [(a, b) for a, b in found if a < first.end() or a >= back]
        if found:
            # a person who mended their own body: "POV: you finally fixed your back"
            found = [(a, b) for a, b in found if not self._self_mended(sentence_text, a, b)]
        if found:
            # "What actually helps an arthritic knee", "What helped was a hearing aid"
            found = [(a, b) for a, b in found if not self._asked_what(sentence_text, a)]
        if found and self._people_at_large(sentence_text, context):
            return  # "Most people regain the weight they lost": people at large, no treatment
        if found and self._first_person(sentence_text):
            # the writer's own result: "this cold plunge cured my anxiety"; not what it
            # promises the reader ("..., and it will fade yours too")
            own = self._own_account(context)
            found = [
                (a, b)
                for a, b in found
                if _YOURS.fullmatch(sentence_text, a, b)
                or not (own or self._own_result(sentence_text, a, b))
            ]
        unappealed = None  # the sentence with its appeals blanked out, made on demand
        for a, b in found:
            if scoped and self._in_study(sentence_text, a):
                continue  # one study's finding: "In the trial, patients given it had less pain"
            view = self.analyzer.view(sentence_text, a, b)
            if appeals and view.reported and _only_reported(view):
                # "Studies show that ..." is not someone else's claim: the writer makes it.
                if unappealed is None:
                    unappealed = _blank(sentence_text, appeals)
                view = self.analyzer.view(unappealed, a, b)
            if view.asserted or (view.question and self.answered_within(sentence_text, a, view)):
                yield a, b

    def offers_list(self, text: str, start: int) -> bool:
        """Whether the outcome at ``start`` is a verb that offers a therapy for what
        follows (``list_verbs``: "helps with", "helps horses with") rather than an
        outcome: before a list of conditions it names a disease list, no outcome."""
        return self.list_verbs is not None and self.list_verbs.match(text, start) is not None

    def _self_mended(self, text: str, start: int, end: int) -> bool:
        """Whether a past outcome verb at [start, end) tells what a person did to their
        own body, with no treatment in the clause: its subject is a personal pronoun
        and its object opens with the same person's possessive ("you finally fixed
        your back", "she healed her gut"; not "our PRP fixed your back", "you fixed
        your back with three prolotherapy sessions", "we fix your back")."""
        verb = _PAST_VERB.fullmatch(text, start, end)
        if verb is None:
            return False
        clause = self.analyzer.clause_start(text, start)
        subject = _PERSON_BEFORE.search(text, clause, start)
        if subject is None:
            return False
        owner = _OWN_OBJECT.match(text, end)
        if owner is None or _OWNER_OF.get(subject.group(1).lower()) != owner.group(1).lower():
            return False
        stop = _clause_end(text, end, len(text))
        return self.treatments is None or search(self.treatments, text, clause, stop) is None

    def _asked_what(self, text: str, start: int) -> bool:
        """Whether the outcome verb at ``start`` has "what" as its subject, opening its
        sentence: an indirect question ("What Actually Helps an Arthritic Knee") or a
        cleft that names what helped after "was" ("What helped was a hearing aid"),
        with no treatment and no clinic's voice in the sentence ("What heals the tendon
        is our PRP" stays a claim)."""
        if _WHAT_SUBJECT.fullmatch(text, 0, start) is None:
            return False
        return not any(
            p is not None and search(p, text) is not None
            for p in (self.treatments, self.clinic_voice)
        )

    def _first_person(self, text: str) -> bool:
        """Whether ``text`` speaks in the first person singular ("I", "my", "me") and
        not in a clinic's voice ("we", "our", "us")."""
        if self.own_words is None or search(self.own_words, text) is None:
            return False
        return self.clinic_voice is None or search(self.clinic_voice, text) is None

    def _people_at_large(self, text: str, context: str) -> bool:
        """Whether ``text`` tells what happens to people at large (``general_people``),
        as the subject that opens it ("Adults lose muscle after 50", "Most people regain
        ...") or as those who do something ("... for many people who eat smaller meals"),
        with no treatment in it or named just before, and in no clinic's voice ("our
        patients", "with our drops" stay claims)."""
        if self.general_people is None:
            return False
        m = search(self.general_people, text)
        if m is None:
            return False
        opens = _ONLY_MARKUP.fullmatch(text, 0, m.start()) is not None
        doers = _FOR_BEFORE.search(text, 0, m.start()) is not None and _WHO_AFTER.match(
            text, m.end()
        )
        if not (opens or doers):
            return False
        if self.clinic_voice is not None and search(self.clinic_voice, text) is not None:
            return False
        if self.treatments is not None and search(self.treatments, text) is not None:
            return False
        named = self.context_treatments is not None and context
        return not (named and search(self.context_treatments, context) is not None)

    def _own_account(self, context: str) -> bool:
        """Whether the sentence before tells the writer's own treatment ("A: I had two
        in March."): a first-person sentence after it goes on with their account."""
        if not context or self.accounts is None or not self._first_person(context):
            return False
        return any(
            _OWN_ACCOUNT.match(m.group()) is not None for m in finditer(self.accounts, context)
        )

    def _own_result(self, text: str, start: int, end: int) -> bool:
        """Whether the outcome at [start, end) befalls the writer: the health matter it
        acts on or resolves is theirs ("cured my anxiety", "my shoulder healed", "my
        brain fog is finally gone", "fixed me right up"), not a treatment of theirs
        ("my protocol repairs ...") nor their patients' ("my patients' knees")."""
        if _I_SUBJECT.search(text, max(0, start - OWNER_REACH), start) is not None:
            return True  # "I'm jogging again": the writer does it
        if self.health_context is None:
            return False
        before = _MY_BEFORE.search(text, max(0, start - OWNER_REACH), start)
        if before is not None:
            return self._health_owned(text, before.start(1), end)
        inside = _MY_INSIDE.search(text, start, end)
        if inside is not None and (
            _I_WORD.search(text) is not None or text.rstrip(" \t\"'\u201d)*_").endswith(".")
        ):
            # in an account where the writer speaks as "I", or a sentence with its full
            # stop, not a title ("The stack that fixed my gut")
            return self._health_owned(text, inside.end(), end)  # "ended my restless legs"
        after = _MY_AFTER.match(text, end)
        if after is None:
            return False
        if after.group(1) is None:
            return True  # "fixed me right up"
        return self._health_owned(text, after.end(), len(text))

    def _health_owned(self, text: str, start: int, end: int) -> bool:
        """Whether the words after "my" at [start, end) name a health matter and neither
        a treatment nor other people ("my patients' knees")."""
        end = min(end, _word_window(text, start, OWN_WORDS))  # "my lower back pain"
        if _POSSESSIVE_WORD.search(text, start, end) is not None:
            return False
        if self.people is not None and search(self.people, text, start, end) is not None:
            return False  # "my players are back on the pitch"
        if self.treatments is not None and search(self.treatments, text, start, end):
            return False
        return search(self.health_context, text, start, end) is not None

    def why_when(self, text: str) -> list[tuple[int, int]]:
        """The verb of a rhetorical question's answer that acts on the complaint it
        named by a pronoun: "Why live with sciatica when our shots clear it?"."""
        m = _WHY_WHEN.match(text)
        if m is None or not any(
            p is not None and search(p, text, 0, m.end()) is not None
            for p in (self.objects, self.complaints)
        ):
            return []
        out = []
        for verbs in (self.relief, self.outcomes, self.removals):
            if verbs is None:
                continue
            for v in finditer(verbs, text, m.end()):
                if _PRONOUN_OBJECT.match(text, v.end()):
                    out.append(v.span())
        return out

    @staticmethod
    def answered_within(text: str, start: int, view) -> bool:
        """Whether a question answers itself: "Why put up with brain fog when one
        ozone session clears it?" asserts what follows "when"."""
        if view.hedged or view.negated or view.conditional or view.quoted or view.reported:
            return False
        m = _WHY_WHEN.match(text)
        return m is not None and m.end() <= start

    def asked(self, sentence_text: str, context: str = "") -> list[tuple[int, int]]:
        """Spans of outcome language that a question asks about and would assert but
        for the question mark ("Will PRP fix my torn meniscus?")."""
        if not sentence_text.rstrip(" \t\"'\u201d\u2019)*_").endswith("?"):
            return []
        out = []
        for a, b in self.candidates(sentence_text, context):
            view = self.analyzer.view(sentence_text, a, b)
            if view.question and not (
                view.hedged or view.negated or view.conditional or view.quoted or view.reported
            ):
                out.append((a, b))
        return out

    def affirms(self, sentence_text: str) -> bool:
        """Whether a sentence opens by answering yes ("A: Yes.", "Absolutely!", "It
        can."), unhedged and not negated ("Yes, for some patients" is hedged)."""
        if self.affirmatives is None:
            return False
        m = self.affirmatives.match(sentence_text)
        if m is None:
            return False
        view = self.analyzer.view(sentence_text, m.start(), m.end())
        rest = self.analyzer.hedge_in(sentence_text, m.end(), len(sentence_text))
        return not (view.hedged or view.negated or rest)

    def cited(self, doc: Document, sentence: Sentence) -> bool:
        return self.sources.cited(doc, sentence.block)

    def cited_rows(self, doc: Document) -> set[int]:
        """Starts of the cells of each table row that holds a source in any of its cells:
        an inline source, or a numbered marker that resolves to a reference entry ("|
        Knee replacement | Lasting pain relief in most patients [4] |"). A row of an
        evidence table is read as one statement, so its source cites every cell."""
        out: set[int] = set()
        if not doc.tables:
            return out
        markers = self.sources.resolver.markers
        index = None
        for table in doc.tables:
            columns = self._source_columns(table)
            for row in table.rows:
                if any(self._column_source(row, k) for k in columns):
                    out.update(c.start for c in row.cells)  # "| ... | Halloran et al., 2021 |"
                    continue
                text = " | ".join(c.text for c in row.cells)
                inline = self.sources.inline
                found = inline is not None and search(inline, text) is not None
                if not found and markers is not None:
                    for m in finditer(markers, text):
                        keys = marker_keys(m.group())
                        if not keys:
                            continue
                        index = index or self.sources.resolver.index(doc)
                        if all(k in index.entries for k in keys):
                            found = True
                            break
                if found:
                    out.update(c.start for c in row.cells)
        return out

    def _source_columns(self, table) -> list[int]:
        """Indexes of the header cells that name a column of sources ("| Source |",
        "| Reference |", "| Study |")."""
        head = table.header
        if head is None or self.source_columns is None:
            return []
        return [
            k
            for k, c in enumerate(head.cells)
            if self.source_columns.fullmatch(c.text.strip(" \t*_")) is not None
        ]

    def _column_source(self, row, k: int) -> bool:
        """Whether the row's cell under a source column names a study: an author and a
        year with no brackets ("Halloran et al., 2021"), or an inline source."""
        if row.header or k >= len(row.cells):
            return False
        text = row.cells[k].text
        return any(
            p is not None and search(p, text) is not None
            for p in (self.column_sources, self.sources.inline)
        )

    def skipped(self, doc: Document, block: Block) -> bool:
        return heading_matches(self.skip_sections, block.section) or self.sources.in_references(
            doc, block
        )


# what stands between the subject's head and its verb: a modal, an adverb ("growth
# factors can switch off", "cortisol quietly turns off")
_SIGNAL_TO_VERB = cached_compile(
    r"\s+(?:(?:can|could|will|would|may|might|must|help|helps|to|also|then|do|does|\w+ly)\s+)*",
    regex.IGNORECASE,
)
# "what" as the subject that opens a sentence, just before its verb: "What actually
# helps", "## What really works", "What finally helped"
_WHAT_SUBJECT = cached_compile(
    r"[\W_]*what\s+(?:(?:actually|really|truly|finally|else|usually|best|most)\s+){0,2}",
    regex.IGNORECASE,
)
# "it repairs itself": the body's own healing, whatever the sentence before says
_REFLEXIVE = cached_compile(r"\s+(?:itself|themselves)\b", regex.IGNORECASE)
# the body healing by itself: "on their own", "by itself", "without treatment"
_BY_ITSELF = cached_compile(
    r"\b(?:on (?:its|their|your) own|by (?:itself|themselves)|naturally"
    r"|without (?:any )?treatment)\b",
    regex.IGNORECASE,
)
# A claim phrase that says what something is without: "without pain", "with no stiffness"
_WITHOUT = cached_compile(r"without\b|with\s+no\b", regex.IGNORECASE)
# The rest of a subject's list of complaints, then its verb: " or swelling is ", ", stiffness
# or swelling are usually "
_COPULA_AFTER = cached_compile(
    r"(?:\s*(?:,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+)"
    r"(?!(?:that|this|it|which|who|they|we|you|he|she|so|then|our|your)\b)"
    r"(?:[\w'’-]+\s+)?[\w'’-]+)*"
    r"\s+(?:is|are|was|were|tends?\s+to\s+be|seems?)\s+"
    r"(?:(?:usually|often|generally|mostly|very|quite|perfectly|completely|entirely"
    r"|fairly|pretty|normally|almost\s+always|nearly\s+always)\s+){0,2}",
    regex.IGNORECASE,
)
# after the predicate, a return to what was normal or the clinic's own people or means:
# "is normal again", "is normal for our patients", "is usual after our course"
_AGAIN_AFTER = cached_compile(
    r"\s+(?:(?:once\s+)?again\b|(?:for|with|after|thanks\s+to|since|among)\s+(?:our|my|this|these)\b)",
    regex.IGNORECASE,
)
# The head word of a subject just before its verb, past an adverb or an emphatic
# "itself" ("bone broth", "your body", "damaged tendons slowly", "the disc itself")
_HEAD_WORD = cached_compile(r"([\w'’-]+)\s+(?:(?:itself|themselves)\s+)?(?:\w+ly\s+)?\Z")
# The subject of a predicate just before a claim phrase: "Checkout is now pain-free"
_PREDICATE = cached_compile(
    r"([\w'’-]+)\s+(?:is|are|was|were|becomes?|became|feels?|felt|stays?|stayed)"
    r"\s+(?:(?:now|still|finally|totally|completely|almost|nearly|\w+ly)\s+)?\Z",
    regex.IGNORECASE,
)
# "it" before a claim phrase that stands for an infinitive after it: "it's now
# pain-free to reschedule", "it has never been so pain-free to ..."
_IT_IS = cached_compile(
    r"\bit(?:['’]s| is| was| has (?:never )?been| will be| becomes?)\s+"
    r"(?:(?:now|still|never|so|really|totally|completely|almost|nearly|\w+ly)\s+){0,2}\Z",
    regex.IGNORECASE,
)
# The claim phrase and the "to" of its infinitive: "pain-free to reschedule"
_PHRASE_THEN_TO = cached_compile(r"[\w-]+(?:\s+[\w-]+)?\s+to\s+(?=\w)", regex.IGNORECASE)
# A claim phrase said of what something makes or keeps: "makes check-in pain-free"
# (the word before the phrase is its subject)
_MADE = cached_compile(
    r"\b(?:make|makes|made|making|keep|keeps|kept|keeping)\s+(?:(?:the|your|our|their|its)\s+)?"
    r"([\w'’-]+)\s+(?:(?:now|still|totally|completely|almost|nearly|\w+ly)\s+)?\Z",
    regex.IGNORECASE,
)
# A subject that names a treatment for something: its head stands before "for"
# ("six weeks of CBT for insomnia resets ...", "PRP for sore knees rebuilds ...")
_FOR_TAIL = cached_compile(r"([\w'’-]+)\s+for\s+(?:[\w'’+-]+\s+){1,5}\Z", regex.IGNORECASE)
# A pronoun or a possessive as that subject: the claim is about someone's health
# (nouns for people come from the pack: ``people``)
_PERSON = cached_compile(
    r"I|you|we|they|he|she|it|this|that|everyone|everybody|[\w-]+(?:['’]s|s['’])",
    regex.IGNORECASE,
)
# Words that end the object noun phrase before a health term: a preposition or a
# conjunction ("rebuilt throughout life", "confidence in stem cell research", "keep
# you moving while your back recovers")
_NOT_OBJECT = cached_compile(
    r"\b(?:in|on|at|of|for|with|by|throughout|through|over|after|before|during|from|to"
    r"|into|about|and|or|but|as|than|that|which|who|while|when|whenever|until|because|since"
    r"|if|unless|so)\b|[,;:]",
    regex.IGNORECASE,
)
# An object that opens with a determiner or a possessive: "our booking page", "patients' trust"
_NOUN_PHRASE = cached_compile(
    r"\s+(?:(?:a|an|the|our|your|their|its|his|her|this|that|these|those|my)\s+"
    r"|[\w-]+(?:['’]s|s['’])\s+)",
    regex.IGNORECASE,
)
# An auxiliary or a subject pronoun makes a clause, not a fragment
_AUXILIARY = cached_compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|can|may|it|they|we|you)\b", regex.IGNORECASE
)
# A noun, not a verb, after a determiner or an adjective of size: "a sudden drop in"
# a relative pronoun before a finite verb, not a determiner before a noun: "a capsule
# that melts away anxiety" (not "that drop in blood pressure")
_RELATIVE_VERB = cached_compile(r"(?:that|which)\s+\w+(?:s|ed)\b", regex.IGNORECASE)
# The clinic's own thing as the subject just before a verb: "Our gel insoles", "This
# balm", "our weekly adjustments" (group 1 is its head)
_OWN_THING = cached_compile(
    r"(?:^|(?<=[^\w\s]\s*)|\s)(?:our|this|these)\s+(?:[\w'’+-]+\s+){0,3}?([\w'’+-]+)"
    r"\s+(?:(?:will|can|could|would|should|may|might|must|does|do|did|\w+ly|really|just"
    r"|also|then)\s+){0,2}\Z",
    regex.IGNORECASE,
)
# what counts as a therapy's name but is the clinic or its team
_NOT_A_THERAPY = cached_compile(r"we|treated|(?:our|this|the)\s+(?:clinic|team)", regex.IGNORECASE)
# a means right after a verb: "in one adjustment", "with two shots of PRP"
_MEANS_NEXT = cached_compile(
    r"\s+(?:in|with|after|using)\s+(?:(?:one|a|a single|two|three|just|our|the|a few)\s+)*"
    r"((?:[\w'’+-]+\s+){0,2}[\w'’+-]+)\b",
    regex.IGNORECASE,
)
# a clause after an endorsement, in the writer's voice
_WRITER_AGAIN = cached_compile(
    r"(?:;|,?\s+(?:and|but|so|while|yet)\s+)(?!(?:it|they|them|he|she|swear\w*|say\w*)\b)",
    regex.IGNORECASE,
)
_DETERMINER_BEFORE = cached_compile(
    r"\b(?:a|an|the|this|that|any|each|every|no|one|sudden|sharp|slight|big|small|steep"
    r"|quick|rapid|gradual|hot)\s+\Z",  # "hot flushes" is a complaint, not a verb
    regex.IGNORECASE,
)
# A word that opens another clause and ends a removal verb's object
_NEW_CLAUSE = cached_compile(
    r"\b(?:but|because|when|while|which|who|whereas|although|though"
    r"|and (?:then|my|our|your|the))\b",
    regex.IGNORECASE,
)
# What joins a benefit noun to its complaint: "relief from", "regrowth of"
_OF_FROM = cached_compile(r"\s+(?:from|of|for|in)\b", regex.IGNORECASE)
# A determiner before a clause verb that is a noun ("the stay"), perhaps with a word
# between after an indefinite one ("no hospital stay", "a short stay"; not "the
# results last", a clause)
_NOUN_BEFORE = cached_compile(
    r"\b(?:(?:a|an|no|any|each|every)\s+(?:[\w-]+\s+)?|(?:the|your|their|our)\s+)\Z",
    regex.IGNORECASE,
)
NOUN_LOOKBACK = 40  # characters before a clause verb searched for its determiner
# A stretch of time that a complaint lasted: "years of", "a decade of", "months of"
_SPELL_OF = cached_compile(
    r"\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:years?|decades?|months?|weeks?|lifetime)\s+of\b",
    regex.IGNORECASE,
)
# A verb in -ing: at the start of a clause, a gerund that is the subject
_GERUND = cached_compile(r"\w+ing\b", regex.IGNORECASE)
# An activity as a clause's first word ("Walking", "Swimming"; not "Nothing", "Spring")
_ACTIVITY = cached_compile(r"(?!\w*thing\b)\w{3,}ing\b", regex.IGNORECASE)
# An activity with a word or two before it, just before the verb: "Gentle cycling keeps
# ...", "Regular brisk walking keeps ..." (not "Our healing serum keeps ...")
_MODIFIED_ACTIVITY = cached_compile(
    r"(?!(?:our|your|the|this|these|that|my|their|his|her|its|a|an)\b)"
    r"(?:[\w-]+[ \t]){1,2}(?!\w*thing\b)\w{3,}ing"
    # activities in a list: "Gentle swimming and cycling keep ..."
    r"(?:(?:,[ \t]*|[ \t]+)(?:(?:and|or)[ \t]+)?(?!\w*thing\b)\w{3,}ing)*[ \t]+",
    regex.IGNORECASE,
)
# What follows the first item of a list: ", multiple sclerosis, autism and ..."
# a list of complaints around a noun that looks like a verb ("nausea, flushing, cramps")
LIST_REACH = 40  # characters searched before the noun for the separator and item
_NO_OBJECT_AFTER = cached_compile(
    r"(?:[ \t]*(?:[,;:.!?)]|$)|[ \t]+(?:and|or|at|in|on|during|after|for|around|near|where"
    r"|when|that|which|are|is|were|was|can|may|might)\b)",
    regex.IGNORECASE,
)
_LIST_SEP_BEFORE = cached_compile(r"(?:,|\band|\bor)[ \t]+\Z", regex.IGNORECASE)
_LIST_SEP_AFTER = cached_compile(
    r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)", regex.IGNORECASE
)
# what lies between a body system destroyed and its rebuilding: ", which is then ",
# " before it is ", ", and it is "
_REBUILT_AFTER = cached_compile(
    r"[ \t]*[,;]?[ \t]*(?:(?:which|that|and|before|until|then|after which|so that)[ \t]+)?"
    r"(?:(?:it|they|this|these)[ \t]+)?"
    r"(?:(?:is|are|was|were|gets|get|got|can be|will be|has been|have been|must be"
    r"|needs to be)[ \t]+)?"
    r"(?:(?:then|later|slowly|gradually|afterwards)[ \t]+)?",
    regex.IGNORECASE,
)
# the opening of a cleft before its verb ("What does help ", "What really helps ")
_CLEFT_WHAT = cached_compile(
    r"[\W_]*what[ \t]+(?:(?:does|do|did|really|actually|truly|reliably)[ \t]+)*", regex.IGNORECASE
)
# the link to a cleft's answer after the outcome ("... is strengthening exercise")
_CLEFT_IS = cached_compile(r"[^,;.!?]{0,40}?\b(?:is|are)\b", regex.IGNORECASE)
# a pronoun for things just listed, as a subject ("they ", "and these ", "all three ")
_PRONOUN_THEY = cached_compile(
    r"(?:^[\W_]*|[,;:][ \t]*)(?:(?:and|but|so|yet)[ \t]+)?(?:together[ \t]+)?"
    r"(?:they|these|those|both|all three|all of them)"
    r"[ \t]+(?:(?:all|both|still|also|simply|really|actually|often|usually|do|can|will)[ \t]+)*\Z",
    regex.IGNORECASE,
)
_NEXT_COMMA = cached_compile(r"[,;]")
_THAN = cached_compile(r"\bthan\b", regex.IGNORECASE)
_HELP = cached_compile(r"help(?:s|ed|ing)?\b", regex.IGNORECASE)
# the end of a rate of people ("1 in 100 people") and what may stand before its harm
_RATE_END = cached_compile(
    r"\b(?:patients|people|clients|cases|customers|users|athletes|adults|children|women|men)\Z",
    regex.IGNORECASE,
)
_RATE_GAP = cached_compile(
    r"[ \t]*,?[ \t]*(?:(?:will|may|can|go on to|later|also)[ \t]+)?", regex.IGNORECASE
)
# what may stand around self-care items in a subject: links, articles, fillers
_ONLY_LINKS = cached_compile(
    r"[\W_]*(?:(?:and|or|plus|both|together|with|also|just|simply|really|does|do|can|will|often|usually|actually|the|a|an"
    r"|help|helps|you|your body|the body|people|to)\b[\W_]*)*",
    regex.IGNORECASE,
)
_LIST_AFTER = cached_compile(
    r"\s*,\s*[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*(?:,|\band\b|\bor\b)", regex.IGNORECASE
)
# The particle of a renewal idiom, which ends its object ("brought our logo back to life")
_BACK_TO_LIFE = cached_compile(r"\bback to life\b", regex.IGNORECASE)
# A titled name just before its verb: "Dr. Lena Haupt", "Prof. Ames"
_TITLED_NAME = cached_compile(
    r"\b(?i:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Nurse)\.?\s+(?:[A-Z][\w'’.-]*\s+){1,3}\Z"
)
# Markup and punctuation only, before a sentence's subject
_ONLY_MARKUP = cached_compile(r"[\W_]*")
# "for many people who ...": the people who do something
_FOR_BEFORE = cached_compile(r"\bfor\s+\Z", regex.IGNORECASE)
# (not those who have or take something, which names a treatment: "for most who have one")
_WHO_AFTER = cached_compile(
    r"\s+who\s+(?!(?:\w+\s+)?(?:have|has|had|get|gets|got|take|takes|took|try|tries|tried|use|uses"
    r"|used|undergo|undergoes|underwent|receive|receives|received|choose|chose|book|booked)\b)",
    regex.IGNORECASE,
)
# A role between commas just before a verb: "Mr Daniel Frost, consultant hand surgeon, treats"
_APPOSITIVE = cached_compile(r",\s*((?:[\w'’.-]+\s+){0,5}?[\w'’-]+)\s*,\s*\Z")
_LAST_WORD = cached_compile(r"([\w'’-]+)\Z")
# A person as the subject by a pronoun: "she treats ...", "he sees ..."
_PRONOUN_SUBJECT = cached_compile(r"he|she|they|I", regex.IGNORECASE)
# A purpose infinitive: "to" just before the verb ("ways to keep ...")
_TO_BEFORE = cached_compile(r"\bto\s+\Z", regex.IGNORECASE)
# Where a fragment may open: the start, or after a colon or a dash
# Adjectives that lessen a complaint: "less pain", "fewer flare-ups", "milder symptoms"
_REDUCING = cached_compile(
    r"\b(?:less|fewer|lower|reduced|milder|smaller|shorter|rarer|eased)\b", regex.IGNORECASE
)
# A complaint that is the object of a relief noun: "fat loss", "pain relief"
_RELIEVED_AFTER = cached_compile(
    r"[\s-]+(?:loss|reduction|relief|removal|burning|control|management|clearance)\b",
    regex.IGNORECASE,
)
# A pronoun as a verb's object: "... clears it", "... ends them"
_PRONOUN_OBJECT = cached_compile(r"\s+(?:it|them)\b", regex.IGNORECASE)
# A rhetorical question answered in its own words: "Why put up with brain fog when ..."
_WHY_WHEN = cached_compile(
    r"[\W_]*why\s+(?:\w+\s+){0,3}?(?:put\s+up\s+with|live\s+with|suffer|struggle|"
    r"tolerate|endure|settle\s+for|keep\s+(?:taking|living|suffering)|wait|go\s+on)\b"
    r"[^?]*?\s(?:when|if)\s",
    regex.IGNORECASE,
)
# An article before a benefit fragment's adjective: "a stronger immune system"
_ARTICLE = cached_compile(r"(?:a|an|your)\s+(?=\w)", regex.IGNORECASE)
_FRAGMENT_BREAK = cached_compile(r"(?::|\s[-\u2013\u2014]|\u2014)\s*")
# What may stand before a fragment's first word: spaces, bullets, quotes, emoji
_FRAGMENT_LEAD = cached_compile(r"[\s\W_]*")
BENEFIT_WORDS = 20  # a benefit fragment has at most this many words
BENEFIT_LEAD = 3  # words of a complaint before a benefit noun ("Knee pain relief")
BENEFIT_HEAD = 2  # words between an improvement adjective and its health noun
NAME_WORDS = 1  # words between a claim phrase and the guarantee it names ("Pain-Free Knee Promise")
APPROVAL_GAP = 1  # words between an approval's "to"/"for" and the outcome it covers
OBJECT_REACH = 6  # words of an outcome verb's object searched for a health term
RAISED_REACH = 3  # words after a verb of raising searched for a capacity ("improves egg quality")
CAUSE_REACH = 4  # words after a cause link ("behind") searched for the complaint
PREFIX_WORDS = 2  # words of a health term before a bare outcome in a cell ("Knee pain gone")
FRAGMENT_WORDS = 5  # a fragment ("Cartilage rebuilt") has at most this many words
TITLE_WORDS = 8  # a line of at most this many words with no full stop may be a title
_TITLE_ENDS = ".!?:;,"
OWNER_REACH = 40  # characters before a complaint where its owner may stand
# the owner of a complaint, a word or two before it: "their migraines", "your stiff neck"
_OWNER_BEFORE = cached_compile(
    r"\b(?:their|your|his|her)\s+(?:[\w'’-]+\s+){0,2}\Z", regex.IGNORECASE
)
# someone helped to do it themselves: "help you sort them out", "helps them to clear it up"
_HELPED_BEFORE = cached_compile(
    r"\b(?:help(?:s|ed|ing)?\s+(?:[\w'’-]+\s+)?(?:to\s+)?|(?:how|ways?|tips?|steps?)\s+to\s+)\Z",
    regex.I,
)
# a means named after a result: "with ProTape", "after our course", "thanks to PRP"
_MEANS_AFTER = cached_compile(
    r"\b(?:with|after|using|thanks to|courtesy of)\s+(?:(?:our|the|this|these|a|an)\s+)?[\w+-]",
    regex.IGNORECASE,
)
# the clinic's own means after a result: "after a short course of our dry needling",
# "with this brace"
_OUR_MEANS = cached_compile(
    r"\b(?:with|after|using|thanks to|through|by|following)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:our|this|these|my)\b",
    regex.IGNORECASE,
)
_WORD = cached_compile(r"[\w'’-]+")
# a verb in the past: "fixed", "healed", "rebuilt"
_PAST_VERB = cached_compile(r"\w+(?:ed|uilt|ought|ove)", regex.IGNORECASE)
# a personal pronoun as the subject just before its verb, past an adverb or two
_PERSON_BEFORE = cached_compile(
    r"\b(I|you|he|she|they)\s+(?:(?:finally|just|actually|totally|\w+ly|have|has|had|['’]ve)\s+)*\Z",
    regex.IGNORECASE,
)
# the possessive that opens the object: "your back", "her own gut"
_OWN_OBJECT = cached_compile(r"\s+(my|your|his|her|their)\b", regex.IGNORECASE)
_OWNER_OF = {"i": "my", "you": "your", "he": "his", "she": "her", "they": "their"}
# a verb of giving before a benefit, perhaps with the person it goes to: "give you",
# "delivers", "gets patients"
_GIVING = cached_compile(
    r"\b(?:give|gives|gave|giving|deliver|delivers|delivered|delivering|hand|hands|handed)\s+",
    regex.IGNORECASE,
)
_NEXT_WORD = cached_compile(r"[\w'’-]+[ \t]+")
GIVEN_TO_WORDS = 2  # words naming whom a benefit is given to ("give weekend runners")
# a subordinate clause with a subject of its own, after a benefit fragment: "before you
# board", "so you can train", "while you sleep" (the fragment's words end before it)
_SUBCLAUSE = cached_compile(
    r"\s(?:before|after|when|whenever|while|until|so|so that|once|as)\s+(?:you|we|they|your|our)\b",
    regex.IGNORECASE,
)
OWN_WORDS = 3  # words after "my" where the health matter it owns is named
# "my" a few words before an outcome: "my shoulder healed", "my brain fog is gone"
# The writer as the subject just before an outcome: "I'm jogging again", "I can kneel again".
_I_SUBJECT = cached_compile(
    r"(?-i:\bI)(?:['’]m|['’]ve been|['’]ll| am| was| have been| will| can| could)?"
    r"\s+(?:(?:finally|now|already|back|actually|honestly)\s+)?\Z",
    regex.IGNORECASE,
)
_MY_BEFORE = cached_compile(r"\bmy\s+((?:[\w'’-]+\s+){0,3})\Z", regex.IGNORECASE)
# "my" or "me" as an outcome's object: "cured my anxiety", "fixed me right up"
_MY_AFTER = cached_compile(r"\s+(?:(?:\w+ly|right|all)\s+)?(?:(my)\s+|me\b)", regex.IGNORECASE)
# "my" after the verb inside an outcome span that holds its object: "ended my restless legs"
_MY_INSIDE = cached_compile(r"(?<=\w)\s+(?:(?:\w+ly|right|all)\s+)?my\s+", regex.IGNORECASE)
_I_WORD = cached_compile(r"(?-i:\bI\b)")
# a possessive word: the health matter is someone else's ("my patients' knees")
_POSSESSIVE_WORD = cached_compile(r"[\w-](?:['’]s|s['’])(?!\w)")
# a patient's account in the first person: "I had two in March", "had my second shot"
_OWN_ACCOUNT = cached_compile(r"(?:I\b|(?i:had|got|after|since|following) my\b)")
_FEW = cached_compile(r"\b(?:few|none|no|not|hardly any|barely any)\b", regex.I)
# an outcome verb on the reader's own: "and it will fade yours too"
_YOURS = cached_compile(r"\b(\w+)\s+yours\b", regex.I)
# the writer's own complaint named before it: "faded my dark spots"
_MY_BEFORE_YOURS = cached_compile(r"\bmy\b", regex.I)
# a sign that sets a treatment equal to its result: "PRP = pain-free knees"
_EQUALS = cached_compile(r"\s(?:=|==|→|->|=>|⇒|➡️?)\s")
# words that say a complaint is done with: "zero brain fog", "no more migraines"
_DONE_WITH = cached_compile(r"\b(?:zero|no more|no|bye-?bye|goodbye to|farewell to)\s+", regex.I)
# a before-and-after contrast: "Before: dull, sore." then "After 28 days with X: ...", or
# one caption, "Knee before and after eight weeks of our BMAC: ..."
_BEFORE_LABEL = cached_compile(r"[\W_]*before\b[^:.!?\n]{0,40}:", regex.I)
_AFTER_LABEL = cached_compile(r"[\W_]*after\b([^:.!?\n]{1,60}):[\s*_]*(?=\w)", regex.I)
_BEFORE_AND_AFTER = cached_compile(
    r"\bbefore (?:and|&|\+|vs\.?) after\b([^:.!?\n]{1,60}):[\s*_]*(?=\w)", regex.I
)
_NO_CHANGE = cached_compile(
    r"(?:not|little|hardly|barely|nothing|none|no (?:real |visible )?(?:change|difference|"
    r"improvement|better|effect))\b",
    regex.I,
)
_MEANS_WORD = cached_compile(
    r"\b(?:with|using|at|on|of|from)\s+(?!(?:the\s+)?(?:day|night|week|month|year)s?\b)\S", regex.I
)
# a state free of something unwanted ("blemish-free"), not of an ingredient or a fee
_FREE_STATE = cached_compile(
    r"\b(?!(?:sugar|gluten|fragrance|perfume|paraben|cruelty|hassle|dairy|fat|alcohol|oil|nut|"
    r"soy|lactose|caffeine|plastic|cash|tax|duty|commission|interest|fee|risk|obligation|"
    r"stress|worry|care|scent|latex|meat|BPA)-free)[\w]+-free\b",
    regex.I,
)
# a question of one to three words closing the text before ("Sponsored · Colic?")
_ASKED_THING = cached_compile(r"(?:^|[^\w\s'’-])\s*[\w'’-]+(?:\s+[\w'’-]+){0,2}\?[\s*_]*\Z")
SHARE_OBJECT_WORDS = 5  # words after an improvement searched for its health matter
# an improvement that needs a health matter after it, unlike relief or recovery
_IMPROVED = cached_compile(r"(?:improvements?|reductions?|changes?|progress)", regex.I)
# what a patient does or has, read as a health matter after an improvement
_FUNCTION = cached_compile(
    r"\b(?:walking|running|speech|speaking|talking|balance|movement|breathing|hearing|"
    r"vision|eyesight|memory|focus|concentration|energy|stamina|mood|appetite|"
    r"continence|posture|gait|strength|grip)\b",
    regex.I,
)
GAIN_WORDS = 3  # words after a comparative searched for its health matter ("less hair shedding")
# markup and spaces that open a clause: where its subject starts
_MARKUP = cached_compile(r"[\s*_#>|\-\u2022]*")
RESOLUTION_REACH = 3  # words between a complaint and its resolution ("pain is all gone")


def _skip_markup(text: str, pos: int) -> int:
    """``pos`` moved past markup and spaces."""
    m = _MARKUP.match(text, pos)
    return m.end() if m is not None else pos


def _in_compound(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) is part of a hyphenated compound noun
    ("a lot more get-up-and-go", "a must-have"), not a verb."""
    return (start > 0 and text[start - 1] == "-") or text.startswith("-", end)


def _word_starts(text: str, pos: int, words: int) -> Iterator[int]:
    """``pos`` and the starts of the next ``words - 1`` words after it, on one line of
    punctuation-free words (a comma or a full stop ends the walk)."""
    yield pos
    for _ in range(words - 1):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            return
        pos = m.end()
        yield pos


def _has_pronoun(text: str) -> bool:
    """A cheap gate: whether "it" or "them" may stand in ``text`` (lower case, after a
    space), before the pronoun outcomes are searched."""
    return " it" in text or " them" in text


def _fragment_starts(text: str) -> Iterator[int]:
    """Where a fragment may open in ``text``: its first word, and the first word
    after each colon or dash."""
    m = _FRAGMENT_LEAD.match(text)
    yield m.end() if m else 0
    for brk in _FRAGMENT_BREAK.finditer(text):
        yield brk.end()


# the "to" of an infinitive of purpose before a verb ("... to the site to clean up
# damage and fight off", "... sends white cells to fight off"): the last "to" of
# the range not followed by a determiner (a place: "to the site")
_PURPOSE_TO = cached_compile(
    r"(?r)\bto\s+(?!(?:the|a|an|this|that|its|their|your|our|his|her)\b)(?=[^.;:!?]*\Z)",
    regex.I,
)


def _subject_head(text: str, start: int, end: int):
    """The head word of the subject in ``text[start:end]`` just before its verb: the
    word before a closing "for ..." phrase, else the last word (a match, group 1)."""
    return _FOR_TAIL.search(text, start, end) or _HEAD_WORD.search(text, start, end)


def _short_cell(text: str, end: int) -> bool:
    """Whether a cell whose bare outcome ends at ``end`` is short: the outcome within
    ``FRAGMENT_WORDS`` words, and the whole cell at most twice that, so that a time
    frame may follow ("Full grip strength back in six weeks")."""
    words = len(text.split())
    return len(text[:end].split()) <= FRAGMENT_WORDS and words <= 2 * FRAGMENT_WORDS


# one or two words before a bare outcome in a row that names a condition: its sign,
# which the vocabulary need not know ("| Psoriasis | Plaques cleared in 8 weeks |")
_SIGN = cached_compile(r"\s*\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+)?\s+")


# what may follow such a bare outcome: nothing, or when ("Plaques cleared in 8 weeks";
# not "Follow-up gone over")
_TIMED = cached_compile(r"\s*(?:\Z|[.!]|(?:in|within|by|after|for good|for life)\b)", regex.I)


def _names_only_health(finder: ClaimFinder, prefix: str) -> bool:
    """Whether the words before a bare outcome in a table cell are none, or a short
    health term that the outcome is about ("Pain gone", "Knee swelling gone")."""
    if not prefix.strip():
        return True
    return (
        len(prefix.split()) <= PREFIX_WORDS
        and finder.health_context is not None
        and search(finder.health_context, prefix) is not None
    )


def previous_text(sentence: Sentence, before: Block | None = None) -> str:
    """The sentence before ``sentence`` in its block; for the first, the title over
    it (``before``, the block before, when it is a heading or a title line)."""
    if sentence.index:
        return sentence.block.sentences[sentence.index - 1].text
    if before is None:
        return ""
    return before.text if is_title(before) or _short_question(before) else ""


def _short_question(block: Block) -> bool:
    """A short paragraph that only asks, standing over the next one as a title does
    ("**Hair loss?**", "Stiff knees in the morning?")."""
    text = block.text.strip().rstrip("*_ \t")
    return block.kind == "paragraph" and text.endswith("?") and len(text.split()) <= TITLE_WORDS


def is_title(block: Block) -> bool:
    """A heading, or a short line standing as one ("💇 PRP for thinning hair 💇"):
    at most ``TITLE_WORDS`` words and no closing punctuation."""
    if block.kind == "heading":
        return True
    text = block.text.strip()
    return (
        block.kind == "paragraph"
        and bool(text)
        and len(text.split()) <= TITLE_WORDS
        and not any(c in _TITLE_ENDS for c in text[-3:])
    )


def quoted_in_block(sentence: Sentence, a: int, b: int) -> bool:
    """Whether the span [a, b) of ``sentence`` lies inside a quotation of its block."""
    offset = sentence.prose_start
    return inside_quotes(sentence.block.text, offset + a, offset + b)


def table_cells(doc: Document, *, header: bool = False) -> Iterator[Block]:
    """Each non-empty table cell as a block of its own (body cells; header cells too
    when ``header``), in its table's section, with offsets into the source."""
    if not doc.tables:
        return
    for table in doc.tables:
        section = _section_at(doc, table.start)
        for row in table.rows:
            if row.header and not header:
                continue
            for cell in row.cells:
                if cell.text.strip():
                    offsets = OffsetMap([(0, cell.start, True)])
                    yield Block("table_cell", cell.text, cell.start, cell.end, offsets, section)


def _section_at(doc: Document, pos: int) -> str | None:
    """The heading text in force at source position ``pos``."""
    section = None
    for block in doc.blocks:
        if block.start >= pos:
            break
        section = block.text if block.kind == "heading" else block.section
    return section


def _only_reported(view) -> bool:
    """Reported speech is the only reason the view is not asserted."""
    return not (view.hedged or view.negated or view.question or view.conditional or view.quoted)


def _blank(text: str, matches) -> str:
    """``text`` with each match replaced by spaces (offsets stay the same)."""
    parts = []
    last = 0
    for m in matches:
        parts.append(text[last : m.start()])
        parts.append(" " * (m.end() - m.start()))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts)


def _word_window(text: str, pos: int, words: int) -> int:
    """The position ``words`` words after ``pos`` (or the end of the text)."""
    count = 0
    i = pos
    n = len(text)
    in_word = False
    while i < n:
        if text[i].isspace():
            if in_word:
                count += 1
                if count >= words:
                    return i
            in_word = False
        else:
            in_word = True
        i += 1
    return n


def _words_before(text: str, pos: int, words: int) -> int:
    """The position ``words`` words before ``pos`` (or 0)."""
    m = regex.search(rf"(?:\S+\s+){{0,{words}}}\Z", text[:pos])
    return m.start() if m else pos


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _clause_end(text: str, pos: int, limit: int) -> int:
    for i in range(pos, limit):
        if text[i] in ";:.!?":
            return i
    return limit


def build(rule: Rule, vocab: Vocabulary):
    finder = ClaimFinder(rule, vocab)

    def check(doc: Document) -> Iterator[Hit]:
        before = None
        warned = finder.analyzer.warned_items(doc.blocks)
        for block in doc.blocks:
            if not finder.skipped(doc, block) and id(block) not in warned:
                yield from _claims_in(doc, block, before)
            before = block
        cited = finder.cited_rows(doc)
        seen: set[tuple[int, int]] = set()  # a cell's claim is reported once
        for cell in table_cells(doc):
            if cell.start in cited:
                continue  # "| Knee replacement | Lasting pain relief [4] |"
            if not heading_matches(finder.skip_sections, cell.section):
                for hit in _claims_in(doc, cell):
                    seen.add((hit.start, hit.end))
                    yield hit
        for hit in _row_outcomes(doc):
            if (hit.start, hit.end) not in seen:
                seen.add((hit.start, hit.end))
                yield hit
        yield from _affirmed_questions(doc)

    def _affirmed_questions(doc: Document) -> Iterator[Hit]:
        """A question about an outcome answered yes ("Q: Will PRP fix my torn meniscus?
        A: Yes. ..."): the answer asserts what the question asks. The answer is the next
        sentence, in the same block or opening the next one; a source attached to
        either cites it."""
        if finder.affirmatives is None:
            return
        sentences = [
            s
            for block in doc.blocks
            if block.kind != "table_cell" and not finder.skipped(doc, block)
            for s in block.sentences
        ]
        for question, answer in zip(sentences, sentences[1:], strict=False):
            if not question.text.rstrip(" \t*_").endswith("?"):
                continue
            if not finder.affirms(answer.text):
                continue
            spans = finder.asked(question.text, previous_text(question))
            spans = [(a, b) for a, b in spans if not quoted_in_block(question, a, b)]
            if not spans or finder.cited(doc, question) or finder.cited(doc, answer):
                continue
            a, b = spans[0]
            block = question.block
            start, end = block.source_span(question.prose_start + a, question.prose_start + b)
            yield Hit(start, end, {"match": question.text[a:b]})

    def _row_outcomes(doc: Document) -> Iterator[Hit]:
        """A body cell that is a bare outcome ("Gone in two weeks", "Eliminated") of
        the complaint its row names first ("| Shin splints | Gone in two weeks |"),
        in a table whose header names a treatment or a means, or in a row whose
        first cell names the treatment too ("| PRP for tennis elbow | Elbow pain
        gone in four weeks |")."""
        if finder.bare_outcomes is None or finder.health_context is None or not doc.tables:
            return
        cited = finder.cited_rows(doc)
        for table in doc.tables:
            section = _section_at(doc, table.start) or ""
            if heading_matches(finder.skip_sections, section):
                continue
            head = " ".join(c.text for c in table.header.cells) if table.header else ""
            means = any(
                p is not None and search(p, head) is not None
                for p in (finder.row_means, finder.treatments)
            )
            for row in table.body:
                cells = [c for c in row.cells if c.text.strip()]
                if cells and cells[0].start in cited:
                    continue  # a source in the row cites each of its cells
                if not means and not (cells and search(finder.treatments, cells[0].text)):
                    # no treatment or means in the header ("| Symptom | What to expect |")
                    # nor in the row's first cell ("| PRP for tennis elbow | ... |")
                    continue
                yield from _resolved_cells(doc, cells)
                if len(cells) < 2 or search(finder.health_context, cells[0].text) is None:
                    continue
                for cell in cells[1:]:
                    text = cell.text.strip()
                    m = search(finder.bare_outcomes, text) if text else None
                    if m is None or not _short_cell(text, m.end()):
                        continue
                    prefix = text[: m.start()]
                    sign = _SIGN.fullmatch(prefix) and _TIMED.match(text, m.end())
                    if not (_names_only_health(finder, prefix) or sign):
                        continue  # "Gone in two weeks", "Pain gone", "Plaques cleared"
                    if finder.analyzer.hedge_in(text, 0, len(text)):
                        continue  # "Plaques may clear in 8 weeks for some"
                    if finder.asserted(text):
                        continue  # the cell is a claim on its own ("Pain-free in a month")
                    inline = finder.sources.inline
                    if inline is not None and search(inline, cell.text) is not None:
                        continue
                    start = cell.start + cell.text.index(text)
                    yield Hit(start, start + m.end(), {"match": text[: m.end()]})
                    break

    def _resolved_cells(doc: Document, cells) -> Iterator[Hit]:
        """A body cell, in a table whose header names a treatment, that tells a
        complaint's end without a verb ("| Walks a mile, pain gone |")."""
        for cell in cells:
            if search(finder.treatments, cell.text) is not None:
                continue  # judged with the cell's other sentences
            for a, b in finder.resolved(cell.text):
                if finder.analyzer.view(cell.text, a, b).asserted:
                    inline = finder.sources.inline
                    if inline is None or search(inline, cell.text) is None:
                        yield Hit(cell.start + a, cell.start + b, {"match": cell.text[a:b]})
                        return

    def _claims_in(doc: Document, block: Block, before: Block | None = None) -> Iterator[Hit]:
        for sentence in block.sentences:
            spans = finder.asserted_spans(sentence.text, previous_text(sentence, before))
            spans = (s for s in spans if not quoted_in_block(sentence, *s))
            first = next(spans, None)
            if first is None or finder.cited(doc, sentence):
                continue
            if _LIST_AFTER.match(sentence.text, first[1]):
                # the outcome's object opens a list of conditions, which the disease
                # list rule reports; the sentence's next outcome is reported here
                # ("has helped patients with arthritis, MS, autism ... avoid surgery")
                then = next((s for s in spans if s[0] >= first[1]), None)
                if then is None and finder.offers_list(sentence.text, first[0]):
                    continue  # "our rug helps horses with arthritis, colic, ...": a list
                first = then or first
            a, b = first
            start, end = block.source_span(sentence.prose_start + a, sentence.prose_start + b)
            yield Hit(start, end, {"match": sentence.text[a:b]})

    return check

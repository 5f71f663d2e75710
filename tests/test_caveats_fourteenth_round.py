"""Caveat rule by mechanism (fourteenth round), as a user sees it.

What the writer knows from someone else is reported ("my naturopath says ozone can
heal ..."), for the caveat rule too. Recall: ozone in dentistry or a dose of it put to
use; a complaint of the pelvic floor, the menopause or fertility booked or asked
about; the reader's complaint asked in the line before a call to ask whether the
therapy could help; a first-person return to an activity ("I'm back playing"); a
name after a closing quote as its attribution; a product's "Indications:" as an
offer; a verbless list of complaints right after a sentence that names the therapy.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED401 = ["MED401"]


def caveat(text: str) -> list[str]:
    return codes(text, "missing-early-research-caveat")


@pytest.mark.parametrize(
    "text, expected",
    [
        # what someone the writer knows says, asked about
        ("My chiropractor says PRP can regrow a torn meniscus. Anyone tried it?", []),
        ("My GP reckons exosome drips fix long COVID. Is that true?", []),
        # near miss: the writer's own clinic voice
        ("Our team says PRP can regrow a torn meniscus. Book a scan today.", MED401),
    ],
)
def test_what_someone_the_writer_knows_says(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ozone in dentistry, or a dose of it put to use
        ("Ozone dental care at Bayside seals early decay without a drill.", MED401),
        ("A short blast of ozone clears gum infections in one visit.", MED401),
        # near misses: the atmosphere
        ("High levels of ozone kill crops in hot summers.", []),
        ("The ozone layer shields us from UV light.", []),
    ],
)
def test_ozone_in_use(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # complaints of the pelvic floor, the menopause and fertility
        ("Two places left for our PRP O-Shot for stress incontinence. Call today.", MED401),
        ("We now offer exosome drips for hot flushes and night sweats in Dublin.", MED401),
        # near miss: a caveat in the item
        (
            "We now offer exosome drips for hot flushes in Dublin. This use is "
            "experimental and not approved.",
            [],
        ),
    ],
)
def test_complaints_of_the_pelvic_floor_and_menopause(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the reader's complaint asked in the line before a call to ask
        ("**Stress incontinence?**\n\nAsk one of our nurses whether PRP could help you.", MED401),
        ("### Hot flushes keeping you up?\n\nAsk our GP if NAD+ drips might help.", MED401),
        # near misses: no complaint in the line before, no therapy in the call
        ("**Questions about the clinic?**\n\nAsk our nurse whether PRP could help you.", []),
        ("**Poor egg quality?**\n\nAsk our nurse whether a diet change could help you.", []),
    ],
)
def test_a_complaint_asked_before_a_call(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first-person return to an activity, in a quotation with a name after it
        ('Reader mail: "Had my PRP in May and I\'m back running 10k." Priya, Leeds', MED401),
        ('"Two exosome shots and I\'m finally back surfing." Tom', MED401),
        # near misses: nothing changed, or a caveat
        ('"Had my PRP in May and still sore." Priya, Leeds', []),
        (
            '"I\'m back running after my PRP." Priya, Leeds\n\nPRP for tendons is '
            "still experimental.",
            [],
        ),
    ],
)
def test_a_first_person_return_with_a_name(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a product's indications, and a verbless list after the therapy's sentence
        ("CordGen wharton's jelly allograft. Indications: knee arthritis, COPD, lupus.", MED401),
        ("Exosome IV now in Leeds. Long COVID, lupus, tinnitus, asthma: one drip.", MED401),
        # near misses: a description of the diseases, a negation, research framing
        ("PRP is popular. Arthritis, gout and lupus are common in older adults.", []),
        ("We offer PRP. Arthritis, MS, Parkinson's and COPD are not conditions it treats.", []),
        ("Stem cell trials are open. Arthritis, MS, Parkinson's, COPD: all being studied.", []),
    ],
)
def test_indications_and_a_list_after_the_therapy(text, expected):
    assert caveat(text) == expected

"""Caveat rule by mechanism (twenty-first round), as a user sees it.

Whose words they are and what a question asks: a patient's own post (no tie to a
clinic, shared on a forum) tells the writer's own result, not a seller's claim; a
question whether the therapy is safe asks about harm, not help; and a call that
sends readers to their own doctor is no call to buy.
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
        # a patient's own post: the writer's result in the first person
        (
            "Not affiliated with the clinic in any way. Eight weeks after my exosome "
            "facial the redness on my cheeks has faded.",
            [],
        ),
        (
            "Posting this in case it helps someone on this forum. I tried NAD+ drips "
            "last winter and the brain fog has lifted.",
            [],
        ),
        (
            "I don't work for them, honestly. Had BMAC in my hip in May and I'm walking "
            "the dog again.",
            [],
        ),
        (
            "Just sharing my story: I had ozone injections in my lower back and the "
            "stiffness has gone.",
            [],
        ),
        # near misses: a seller's words, even beside such a phrase
        (
            "Not affiliated with any clinic. Our exosome infusions reverse arthritis. "
            "Book at our London clinic.",
            MED401,
        ),
        ("Just sharing: exosome therapy cures arthritis.", MED401),
        ("I had PRP in my elbow in March and the ache has gone. Book yours today.", MED401),
    ],
)
def test_own_post(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a safety question, or a referral to the reader's own clinician
        (
            "Could PRP be dangerous for someone on blood thinners? Check with your GP first.",
            [],
        ),
        (
            "Is stem cell therapy right for your knee arthritis? Before you decide, talk "
            "to your rheumatologist.",
            [],
        ),
        (
            "Are cord blood infusions safe during pregnancy? Speak to your midwife before "
            "you book anything.",
            [],
        ),
        (
            "Are exosome shots risky for people with lupus? Ask your own doctor first.",
            [],
        ),
        # near misses: a question whether it helps, and a call to the seller
        ("Could exosomes help your thinning hair? Book a free scalp assessment.", MED401),
        ("Is PRP the safe, natural fix for your aching knees? Book today.", MED401),
        ("Is PRP safe and effective for arthritic knees? Book today.", MED401),
        (
            "Could stem cells help your arthritis? Ask your doctor about our programme, "
            "then book with us.",
            MED401,
        ),
        (
            "Wondering whether NAD+ could help with your afternoon slump? Ask our nurse, and "
            "ask your GP too.",
            MED401,
        ),
    ],
)
def test_safety_question_and_referral(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place on the treatment told by what the patient sits or lies in
        ("NAD+ drips for jet lag and brain fog: just two chairs left on Friday.", MED401),
        (
            "Exosome infusions for long COVID fatigue: three infusion beds remain for Thursday.",
            MED401,
        ),
        ("Our ozone sauna for Lyme disease has one pod left this week.", MED401),
        ("PRP for tennis elbow: 4 treatment couches available this weekend.", MED401),
        # near misses: a talk, a hospital ward, furniture
        ("Only 2 chairs left for Saturday's talk on NAD+ and brain fog.", []),
        ("Ward 7 has two beds left for stem cell transplant patients.", []),
        ("NAD+ drips for brain fog. Our clinic has new chairs in the lounge.", []),
    ],
)
def test_places_by_chair_or_bed(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a recovery quoted from someone named by the patient's name, on clinic copy
        (
            "\"He's back on the climbing frame again,\" says Noah's mum, a month after "
            "his cord blood infusion at our clinic.",
            MED401,
        ),
        (
            '"Hamish is riding his bike again," writes Hamish\'s grandmother after his '
            "PRP course with our team.",
            MED401,
        ),
        (
            "\"She's chasing the ball again,\" says Poppy's owner, three weeks after her "
            "exosome injection at our practice.",
            MED401,
        ),
        # near misses: a relapse quoted, or no experimental therapy
        (
            "\"She's limping again,\" says Poppy's owner, three weeks after her stem cell "
            "injection at our practice.",
            [],
        ),
        (
            "\"She's chasing the ball again,\" says Poppy's owner, after a month of "
            "hydrotherapy at our practice.",
            [],
        ),
    ],
)
def test_relayed_by_the_patients_name(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected

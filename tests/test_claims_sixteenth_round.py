"""Claim rule by mechanism (sixteenth round), as a user sees it.

False alarms first: a journal named by its abbreviation with the year and no author
("(Ann Rheum Dis, 2018)") cites the claim beside it. Then the shapes that keep coming
back in fresh copy: complaints named in everyday words (a chesty cough, an upset
stomach, cravings, pins and needles, ulcers, cracked hooves, "the ringing"), more
verbs that cut a complaint down or end it (slashes, settles, tames, takes the pressure
off, closes an ulcer), products known by their kind or a CamelCase brand, a pronoun for
a complaint asked in the question before, a complaint that never comes back, a function
regained ("will have you hearing again"), the base form "cure" after a subject and
where it is given, a relative "that" before the verb, and an endorsement whose object
ends it, so that a clause joined after it is the writer's own claim again.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED101 = ["MED101"]


def claims(text: str) -> list[str]:
    return codes(text, "unsupported-cure-claim")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Losing weight eases hip pain in heavier adults (Br J Sports Med, 2019).", []),
        ("Tai chi relieves knee stiffness in older women (Am J Clin Nutr, 2021).", []),
        (
            "| Option | Evidence |\n|---|---|\n"
            "| Walking | Reduces back pain a little (Pain Med, 2017) |",
            [],
        ),
        # near misses: no year, or no source at all
        ("Our PRP eases hip pain (Spring Open Day).", MED101),
        ("Losing weight eases hip pain in heavier adults.", MED101),
    ],
)
def test_journal_abbreviation_with_year_cites(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our lozenges shift a tickly cough in a day.", MED101),
        ("The ginger chews we stock settle an upset stomach within the hour.", MED101),
        ("Our nicotine-free spray curbs sugar cravings for good.", MED101),
        ("This balm tames restless legs at bedtime.", MED101),
        ("Our silver dressing closes leg ulcers in a month.", MED101),
        ("Our knee sleeve takes the strain off an arthritic joint.", MED101),
        ("The herbal rinse slashes hay fever symptoms.", MED101),
        ("Our foot cream fixes cracked heels in a week.", MED101),
        # near misses: the same verbs with no complaint, or a complaint out of reach
        ("The new rota shifts the focus to pain clinics in the north.", []),
        ("We settle invoices for patients with back pain within 30 days.", []),
        ("We fix appointment times for people with hay fever each spring.", []),
        ("The surgery closes at six on Fridays.", []),
        ("Cold weather can make restless legs worse.", []),
    ],
)
def test_everyday_complaints_and_verbs_that_cut_them_down(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two drops a night and the buzzing fades to silence.", MED101),
        ("Our cooling gel calms that burning in your feet.", MED101),
        ("The ointment kills the bacteria hiding in the ulcer.", MED101),
        ("Our nasal spray stops vertigo attacks in their tracks.", MED101),
        # near misses: the sensation words in other senses; germs outside the body
        ("Answer the ringing phone before the third ring.", []),
        ("The burning question for most patients is cost.", []),
        ("Wipe down door handles: germs on surfaces spread colds.", []),
    ],
)
def test_complaints_named_by_their_sensation_or_their_agent(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Travel sickness on the ferry? Our ginger capsules settle it in minutes.", MED101),
        ("Tinnitus keeping you awake? QuietEar silences it.", MED101),
        (
            "A trapped nerve in your neck? Our osteopaths take the pressure off it in one visit.",
            MED101,
        ),
        # near misses: the team, the reader's own task, or no complaint asked
        ("Back pain? Our team will sort it out with your insurer.", []),
        ("Questions about your bill? Our front desk can sort them out.", []),
    ],
)
def test_pronoun_for_a_complaint_asked_before(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("After our shockwave course the heel pain never comes back.", MED101),
        ("One round of our laser and the swelling won't return.", MED101),
        ("Our rehab team gets stroke survivors walking again.", MED101),
        ("These aids will have you hearing your grandchildren again.", MED101),
        ("Expect total resolution of your plantar fasciitis after our night splint.", MED101),
        ("Our exosome gel cuts rehab time after ankle surgery by a third.", MED101),
        # near misses: a condition, a denial, a service sped up
        ("If the pain never comes back, you will not need a second visit.", []),
        ("Don't expect complete resolution of symptoms in every case.", []),
        ("Our new booking system cuts waiting times by half.", []),
        ("Get your kids reading again this summer with our tutors.", []),
    ],
)
def test_complaint_gone_for_good_and_functions_regained(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our clinics in Cape Town cure eczema without steroids.", MED101),
        ("Our sessions at Harley Street cure hay fever without tablets.", MED101),
        ("MoodMint is the daily gummy that melts away anxiety.", MED101),
        ("Meet SlimLeaf, a tea that burns off belly fat.", MED101),
        ("SleepWell pillows end neck pain, and the HushBand headband stops snoring.", MED101),
        # near misses: "cure" as a noun, a determiner before a noun
        ("Patients in Abuja seek a cure for sickle cell disease.", []),
        ("After that drop in blood pressure, sit down for a minute.", []),
        ("Share your story on YouTube: how your tendon healed on its own.", []),
    ],
)
def test_products_by_name_and_relative_clauses(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chefs swear by aloe, and our gel heals burns overnight.", MED101),
        ("Marathon runners swear by it; our balm cures shin splints.", MED101),
        ("Nurses swear by the cream, but our spray clears cold sores faster.", MED101),
        # near misses: the endorsement alone, or its holders speaking on
        ("Coaches swear by PRP for hamstring tears.", []),
        ("Runners swear by it and say it clears their shin splints.", []),
    ],
)
def test_writer_speaks_again_after_an_endorsement(text: str, expected: list[str]) -> None:
    assert claims(text) == expected

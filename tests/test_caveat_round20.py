"""Caveat rule by mechanism (twentieth round), as a user sees it.

What a document is about and whose words they are: a loss of sight or hearing to a
disease is a harm, not a benefit; a use that an approval covers is no experimental
presentation wherever the approval stands in the sentence; sellers the writer called
or visited offer what they offer in their own name; results told as conflicting or
mixed are a caveat.
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
        (
            "It is hard to watch a parent lose their hearing to an ear infection, and "
            "some families ask us about exosome ear drops.",
            [],
        ),
        (
            "Some of our readers are losing their eyesight to glaucoma and wonder about "
            "stem cell clinics abroad.",
            [],
        ),
        (
            "Many older dogs lose mobility to arthritis; owners often ask about PRP.",
            [],
        ),
        # near misses: a complaint lost is still a benefit
        ("Our NAD+ drips help you lose the brain fog that follows a virus.", MED401),
        ("Lose the knee pain for good with our PRP shots.", MED401),
        ("Patients lose weight and back pain on our stem cell programme.", MED401),
    ],
)
def test_a_health_good_lost_is_no_benefit(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Cord-blood transplants are a routine treatment for children with leukemia, "
            "and cord-blood products are FDA-approved for this use.",
            [],
        ),
        (
            "Cord-blood units treat adults with sickle cell anaemia; cord-blood products "
            "are FDA-approved for it.",
            [],
        ),
        (
            "Doctors use cord blood for children with blood cancers, and cord-blood "
            "products are FDA-approved for these cancers.",
            [],
        ),
        # near misses: a use beyond the approval is still presented
        (
            "Our cord-blood infusions help children with cerebral palsy, and cord-blood "
            "products are FDA-approved for leukaemia.",
            MED401,
        ),
        (
            "Cord blood cells ease autism in children, and they are FDA-approved for leukaemia.",
            MED401,
        ),
        (
            "Cord-blood infusions treat children with lupus; cord blood is FDA-approved "
            "for some blood disorders.",
            MED401,
        ),
    ],
)
def test_an_approved_use_anywhere_in_the_sentence(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Our reporter phoned eight providers offering stem cell shots for back pain; "
            "five would not name a single study.",
            [],
        ),
        (
            "We visited four clinics offering PRP for hair loss and asked each what "
            "results to expect.",
            [],
        ),
        (
            "Last month I rang five clinics offering stem cell injections for hip pain.",
            [],
        ),
        # near misses: the writer's own offer, or the writer's own patients
        ("We offer PRP for hair loss at our Leeds clinic. Call us today.", MED401),
        (
            "We called our patients to offer PRP for hair loss; PRP thickens thinning hair.",
            MED401,
        ),
        ("Our team treats knee arthritis with stem cell injections.", MED401),
    ],
)
def test_sellers_the_writer_called(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Exosome injections heal torn tendons, though trials have given mixed results.",
            [],
        ),
        (
            "Exosome drops calm dry eyes. The findings from the trials conflict, and we "
            "explain both sides.",
            [],
        ),
        ("Our exosome drips ease joint pain. The findings are inconsistent.", []),
        ("PRP rebuilds knee cartilage; evidence is equivocal.", []),
        # near misses: results described as anything but disagreeing
        ("Exosome drips ease joint pain, with consistent results.", MED401),
        ("Our PRP shots heal tendons; results are impressive.", MED401),
    ],
)
def test_results_that_disagree_are_a_caveat(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Our exosome programme is for children aged 4 to 10 with a diagnosis of "
            "cerebral palsy.",
            MED401,
        ),
        ("Our PRP clinic for women aged 30 to 45 with thinning hair opens in May.", MED401),
        ("The practice offers BMAC injections for horses and ponies with tendon tears.", MED401),
        (
            "Our regenerative centre treats rabbits and guinea pigs with arthritis, "
            "using stem cell infusions.",
            MED401,
        ),
        ("PawCell provides stem cell therapy for dogs and cats with:\n\n- Arthritis\n", MED401),
        # near misses: screening, research, a contraindication
        (
            "Stem cell infusions are not suitable for men and women with a history of cancer.",
            [],
        ),
        ("Researchers are testing MSCs in children aged 4 to 10 with autism.", []),
        ("Our stem cell trial is recruiting adults aged 50 to 70 with knee arthritis.", []),
    ],
)
def test_patients_named_by_two_groups_or_an_age(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sports doctors now pick PRP over shoulder surgery for rotator cuff tears.",
            MED401,
        ),
        ("Our cord-cell injection is a way to sidestep spinal fusion.", MED401),
        (
            "Dana walked away from her planned knee replacement after two exosome shots.",
            MED401,
        ),
        ("Our exosome gel spares dogs from cruciate surgery.", MED401),
        ("Exosome shots are helping local retirees avoid hip replacements.", MED401),
        # near misses: denied, the other way round, or surgery only named
        ("PRP is no substitute for surgery when a tendon is fully torn.", []),
        ("Exosomes are not an alternative to hip replacement.", []),
        ("Tell us if you plan knee surgery instead of PRP.", []),
        ("Gastric bypass surgery patients sometimes ask us about NAD+ drips.", []),
    ],
)
def test_the_therapy_in_place_of_an_operation(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PRP shows thinning hair the door.", MED401),
        ("Our peptide stack kicks brain fog to the curb in a week.", MED401),
        ("Exosome drops give dry eye the boot.", MED401),
        # near misses: a person shown out, not a complaint
        ("Our NAD+ nurse sends you packing with an aftercare leaflet.", []),
        ("The clinic showed us the door when we asked about its stem cell evidence.", []),
    ],
)
def test_a_complaint_dismissed_in_an_idiom(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Session two of my exosome detox done. It flushes out the heavy metals "
            "stored in your fat.",
            MED401,
        ),
        ("Our NAD+ drip neutralises toxins from mould exposure.", MED401),
        ("Our ozone foot soak kills off the fungus lurking under toenails.", MED401),
        # near misses: no therapy beside it, or denied
        ("Bleach kills off most germs on kitchen counters.", []),
        ("PRP does not kill bacteria, so an infected joint needs antibiotics first.", []),
    ],
)
def test_agents_of_disease_killed_beside_the_therapy(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Most non-verbal children start talking within weeks of their first stem "
            "cell infusion.",
            MED401,
        ),
        (
            "Deaf patients in our programme hear voices within days of the second "
            "cord-blood infusion.",
            MED401,
        ),
        (
            "**Will my daughter talk after exosome therapy?**\n\nYes. Mute "
            "toddlers say first words within a month of the second infusion.",
            MED401,
        ),
        # near misses: a time told of something else, or a harm after it
        (
            "Blind patients should not have an exosome injection within weeks of eye surgery.",
            [],
        ),
        (
            "Non-verbal children may be sedated within minutes of the stem cell infusion starting.",
            [],
        ),
    ],
)
def test_a_faculty_lacking_before_a_time_after_the_therapy(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our exosome hair serum: the answer your thin, flat hair has been waiting for.", MED401),
        ("PRP knee shots: the fix that weekend runners have been looking for.", MED401),
        ("NAD+ and glutathione: the pair tired mums have been waiting for.", MED401),
        (
            "Exosome IV drips: the answer you've been waiting for if fatigue has floored you.",
            MED401,
        ),
        # near misses: what is awaited is no remedy
        ("Stem cell banking: the details you have been waiting for, in our new brochure.", []),
        ("Exosome facials: the appointment slots you've been waiting for are open.", []),
    ],
)
def test_a_remedy_long_awaited_after_a_product_title(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Two months after her PRP course, my mum's sleep is far better and she naps less.",
            MED401,
        ),
        (
            "Four weeks after the exosome drip our daughter rode her bike for the first time.",
            MED401,
        ),
        ("Since his BMAC injection, Rex's hip is so much better on walks.", MED401),
        # near misses: advice after the session, a comparison, a harm
        ("After your PRP session it's better to skip the gym for two days.", []),
        ("After the stem cell infusion, rest is better than a long walk.", []),
        ("After the stem cell injection his pain got worse, not better.", []),
    ],
)
def test_a_first_or_a_better_state_after_the_therapy(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The athletes I coach swear by thymosin beta-4 for pulled calves.", MED401),
        ("Skin doctors have moved to exosome serums for redness after microneedling.", MED401),
        (
            "Our stem cell protocol gives the hope for families of children with cerebral palsy.",
            MED401,
        ),
        ("The exosome drip brings a hope to people with long COVID.", MED401),
        # near misses: a seller's promise told by a critic, hope denied, aftercare
        ("Some clinics promise stem cells for autism.", []),
        ("Clinics give false hope to families; stem cells for autism are unproven.", []),
        ("Exosome facials leave some redness for a day.", []),
    ],
)
def test_vouching_hope_and_redness(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gout, sciatica, tennis elbow, migraines: our PRP team treats them all.", MED401),
        (
            "Knee pain, back pain, neck pain, shoulder pain: our stem cell clinic helps "
            "with all of them.",
            MED401,
        ),
        ("#stemcells #asthma #ALS #lupus #psoriasis, our Tijuana team tackles them all", MED401),
        # near misses: denied, asked, reported, or no list treated
        ("Asthma, eczema and hay fever are common; no exosome drip treats them all.", []),
        ("Lupus, MS and Crohn's: does one stem cell shot treat them all?", []),
        ("We post about #stemcells and #autism and #MS research news weekly.", []),
    ],
)
def test_a_list_of_complaints_all_treated(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RegenoStem treats:\n\n- Lupus\n- MS\n- COPD\n", MED401),
        ("Researchers say exosomes are the key to healing tendons faster.", MED401),
        ("NAD+ is the key to a longer life, says our founder.", MED401),
        ("Our NAD+ drip clears the 3pm slump for days.", MED401),
        # near misses: no therapy, denied, or a firm's name
        ("A good lunch is the key to beating the afternoon slump.", []),
        ("Stem cells are not the key to youth, whatever the ads say.", []),
        ("Regeneron makes antibodies for eye disease.", []),
    ],
)
def test_coined_names_keys_and_daily_slumps(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Priya says she came in unable to lift her arm and, a month after her PRP "
            "shot, was swimming laps.",
            MED401,
        ),
        (
            "Ben could not kneel at all; eight weeks after his BMAC injection he was "
            "tiling the bathroom floor.",
            MED401,
        ),
        ("Two sessions of PRP and the hair stops falling out.", MED401),
        # near misses: the state still there, a harm, or no therapy
        (
            "Jon could not climb stairs, and six weeks after his BMAC injection he still "
            "could not.",
            [],
        ),
        (
            "She was unable to walk far, and after her exosome infusion she was admitted "
            "to hospital with an infection.",
            [],
        ),
        ("Some hair stops falling by itself once stress eases; we do not offer PRP.", []),
    ],
)
def test_a_story_before_is_no_negation_of_its_recovery(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our cord-blood hip injection has patients back on the tennis court in weeks.", MED401),
        (
            "The FDA cleared our amniotic-cell Spine Renewal Protocol, and patients have "
            "since dodged back surgery.",
            MED401,
        ),
        # near misses: banking, an approved use, another operation
        ("Public cord-blood banks store donations for transplant programmes.", []),
        (
            "Cord-blood transplant programmes treat children with leukaemia, and "
            "cord-blood products are FDA-approved for it.",
            [],
        ),
        ("An umbilical hernia repair relieves the bulge for good.", []),
    ],
)
def test_cord_blood_and_amniotic_products_with_words_between(
    text: str, expected: list[str]
) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our PRP protocol is why so many runners race again within a month.", MED401),
        (
            "Ovarian PRP is the reason our patients get pregnant after failed IVF rounds.",
            MED401,
        ),
        (
            "Womb PRP and our exosome lining boost: these extras are why our patients "
            "conceive when others have failed.",
            MED401,
        ),
        # near misses: something else is the reason, or no result follows
        ("Nerves are why patients get dizzy during a stem cell infusion.", []),
        ("Cost is why patients choose PRP.", []),
        ("Our exosome facials are why clients come back every month.", []),
    ],
)
def test_the_therapy_as_why_patients_recover(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our BMAC injection and the shoulder stops popping out.", MED401),
        (
            "Most patients need two prolotherapy rounds. By the second, the ankle no "
            "longer gives way on uneven ground.",
            MED401,
        ),
        # near misses: told of something else, or the therapy not used
        (
            "Tell us if your knee stops giving way after a fall; PRP is not for acute injuries.",
            [],
        ),
        ("Sometimes the knee stops locking on its own, without any PRP.", []),
    ],
)
def test_a_joint_that_stops_failing(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected

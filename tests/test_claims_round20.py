"""Claim rule by mechanism (twentieth round), as a user sees it.

A verb of switching a complaint off ("switches off", "shuts down", "turns off") is a
claim for any subject that is not one of the body's own agents or signals: a tea, a
mix, a sauna or "it" switches bloating off as a claim, while "cortisol switches off
inflammation" tells how the body works. Closing a place ("shut down the pain clinic")
is no outcome.
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
        ("A daily sachet of our greens powder switches off bloating.", MED101),
        ("The Kashmiri saffron blend shuts down hot flushes within a week.", MED101),
        ("Monthly semaglutide shots turn off the constant food noise.", MED101),
        ("Herbal bitters switch off sugar cravings after dinner.", MED101),
        ("Trust me, the chilli patch shuts down joint pain fast.", MED101),
        # near misses: the body's own signals, hedged, denied, a place closed
        ("Cortisol shuts down inflammation once the threat has passed.", []),
        ("Your nervous system can switch off pain signals during a crisis.", []),
        ("These growth factors quietly switch off swelling in healthy tissue.", []),
        ("The saffron blend may switch off hot flushes for some women.", []),
        ("No tea switches off sugar cravings.", []),
        ("The council shut down the pain clinic last spring.", []),
    ],
)
def test_switching_a_complaint_off(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# Patients as the subject of a comparative before a health matter: a share of the
# patients or the clinic's clientele, beside a treatment or in the clinic's voice.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nine in ten of our runners get far fewer shin splints after the course.", MED101),
        ("Two thirds of our clients see lower blood pressure within a month.", MED101),
        ("Members of the breathwork club enjoy deeper sleep and less anxiety.", MED101),
        ("After the acupuncture block, most of our patients report milder migraines.", MED101),
        ("Customers on the gut plan have stronger digestion and less bloating.", MED101),
        # near misses: people at large, the wrong direction, no health matter, a
        # study's arm, a denial, a gain only noticed
        ("Smokers have more chest infections than non-smokers.", []),
        ("Patients with kidney disease often have higher blood pressure.", []),
        ("Members get fewer emails from us since the new settings.", []),
        ("In the trial, women given the patch had fewer hot flushes than those on placebo.", []),
        ("Few of our patients report less pain after a single session.", []),
        ("Most guests notice a calmer mood on the drive home.", []),
    ],
)
def test_patients_with_a_comparative(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# A measure of health lowered or brought back to normal: "normalises" and "brings
# down" are verbs of relief, and a measure (body fat, biological age, cholesterol) is
# their object; the body's own signals doing it tell how the body works.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bitter melon capsules normalise fasting glucose levels and blood pressure.", MED101),
        ("Our cold-pressed juice brings down LDL cholesterol in a fortnight.", MED101),
        ("The hydrogen inhaler lowers visceral fat without dieting.", MED101),
        ("Six red light sessions bring down your skin age by years.", MED101),
        # near misses: the body's own work, hedged, denied, non-health objects
        ("Insulin normalises blood sugar after a meal.", []),
        ("Your kidneys bring down blood pressure when salt is low.", []),
        ("The capsules might bring down cholesterol a little, but trials are small.", []),
        ("No juice normalises blood pressure.", []),
        ("The new tariff brought down prices for members.", []),
        ("Lower body strength matters more as you age.", []),
    ],
)
def test_a_measure_lowered(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# An appeal that opens a mixed report ("some trials found ..., while others found no
# difference") reports a disagreement: its outcome is not the writer's claim.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Some studies found dry needling eased neck pain, but other trials showed none.", []),
        (
            "A few trials have reported that PRP helped heal rotator cuff tears, whereas "
            "other studies found no benefit over physio alone.",
            [],
        ),
        ("Research shows that shockwave relieves heel pain, and other reviews found no gain.", []),
        # still claims: no mixed report, or only the clinic's word after it
        ("Studies show that shockwave relieves heel pain within weeks.", MED101),
        ("Some trials found shockwave relieves heel pain; our patients love it.", MED101),
    ],
)
def test_a_mixed_report_is_no_claim(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# A table with a column of sources: an author and a year in the row's cell under
# "Source", "Reference" or "Study" cites the row, brackets or not.
def test_a_source_column_cites_its_row() -> None:
    table = (
        "| Option for heel pain | What the trials found | Reference |\n"
        "|---|---|---|\n"
        "| Calf stretching | Eases heel pain over eight weeks | Moreno and Lisk 2018 |\n"
        "| Night splints | Less morning pain | Abara et al., 2020 |\n"
    )
    assert claims(table) == []


def test_a_source_column_left_empty_or_naming_no_study_cites_nothing() -> None:
    table = (
        "| Our treatment | Result | Source |\n"
        "|---|---|---|\n"
        "| Shockwave course | Eases heel pain for good | Our clinic |\n"
    )
    assert claims(table) == MED101
    notes = (
        "| Our treatment | Result | Notes |\n"
        "|---|---|---|\n"
        "| Shockwave course | Eases heel pain for good | Founded 2018 |\n"
    )
    assert claims(notes) == MED101


# A fact-check's label for the claim it rates ("Claim:", "Viral claim:") reports what
# follows it; a call to claim an offer does not.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("## Claim: Camel milk cures type 1 diabetes", []),
        ("Viral claim: a garlic enema clears worms and eczema.", []),
        ("The rumour: onion socks draw out the flu.", []),
        ("Claim your free scan: our laser heals plantar fasciitis.", MED101),
        ("Our promise is simple: the laser heals plantar fasciitis.", MED101),
    ],
)
def test_a_fact_check_label_reports_the_claim(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# "What" as the subject of an outcome verb opening the sentence: an indirect question
# (a heading) or a cleft that names what helped; with a treatment or the clinic's voice
# in the sentence it is still a claim.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("## What Really Eases a Stiff Neck", []),
        ("What finally settled my reflux was eating earlier and a raised pillow.", []),
        ("What works best for shin splints depends on the cause.", []),
        ("What heals a torn tendon fastest is our PRP protocol.", MED101),
        ("What cures the eczema is the balm we make in-house.", MED101),
        ("Our laser is what clears toenail fungus.", MED101),
    ],
)
def test_what_as_the_subject(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


def research(text: str) -> list[str]:
    return codes(text, "uncited-research-claim")


# A hedged appeal that the same sentence qualifies by the studies' own limits (methods
# that differ, short follow-up) or by calling them far from proof is careful copy.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Several small trials suggest PRP might ease heel pain, but the studies used "
            "different injection protocols.",
            [],
        ),
        (
            "Some trials suggest magnesium may help cramps, though most followed people "
            "for only a few weeks.",
            [],
        ),
        ("A couple of trials hint that red light may help acne, but they are far from proven.", []),
        # still reported: unhedged, or hedged with nothing that qualifies it
        ("Trials suggest that magnesium may help night cramps.", ["MED201"]),
        ("Studies prove red light clears acne, and they used different lamps.", ["MED201"]),
    ],
)
def test_a_hedged_appeal_qualified_by_the_studies_limits(text: str, expected: list[str]) -> None:
    assert research(text) == expected


# An activity or a fitness had again: joined to a dose ("A scoop a day and your old
# cat will be leaping onto the bed again"), given to animals or patients, or a state of
# fitness given back ("gets you race-fit again").
@pytest.mark.parametrize(
    "text, expected",
    [
        ("A scoop a day and your old cat will be leaping onto the bed again.", MED101),
        ("Four sessions and you'll be striding up the fells again.", MED101),
        ("Gets arthritic dogs scampering after the ball again.", MED101),
        ("Our physio block gets you race-fit again before the season.", MED101),
        ("These joint drops get your old horse sound and mobile again.", MED101),
        # near misses: things, not bodies; self-care advice; hedged
        ("Update the app and your phone will be working again.", []),
        ("Our redesign gets your website fit again for the sales.", []),
        ("Rest for a week and you'll be feeling yourself again.", []),
        ("A few sessions may have you striding up the fells again.", []),
    ],
)
def test_an_activity_or_fitness_again(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# A spaced hyphen between words stands for a dash: a negation before it does not reach
# the clause after it ("we don't just mask symptoms - our cells repair the joint").
@pytest.mark.parametrize(
    "text, expected",
    [
        ("We don't just numb the pain - our prolotherapy rebuilds the ligament.", MED101),
        ("No more pills that only mask it - our laser heals the tendon.", MED101),
        ("Forget painkillers - this balm cures gout.", MED101),
        # near misses: the negation after the hyphen, or a range of numbers
        ("It is no miracle - and no injection regrows cartilage.", []),
        ("Our PRP does not regrow cartilage - it is a lubricant at best.", []),
        ("Expect 3 - 5 sessions; none of them cures arthritis.", []),
    ],
)
def test_a_spaced_hyphen_ends_a_negation(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# Research placed only at an institution is an appeal, like "studies show": the
# finding after it is the writer's claim. What experts say stays reported speech.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fresh research from Leeds shows that sauna sessions clear chest infections.", MED101),
        ("Scientists at a top lab in Seoul found that the tonic reverses hair loss.", MED101),
        ("A study out of Harvard proves our balm heals eczema.", MED101),
        # near misses: hedged, denied, people's sayings
        ("Research from Leeds suggests saunas might ease muscle soreness.", []),
        ("Research from Leeds has not shown that saunas clear infections.", []),
        ("Experts say the tonic reverses hair loss.", []),
    ],
)
def test_research_placed_at_an_institution(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# Back to a sport by name, said of the patients or animals we treat, is a return like
# "back to full work".
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Eight in ten of the greyhounds we treat return to racing.", MED101),
        ("Most eventers we see are back to competing by spring.", MED101),
        ("You can return to racing once the vet signs you off.", []),
        ("Racehorses often return to racing after surgery.", []),
    ],
)
def test_back_to_a_sport(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# Idioms of ending a complaint: "kicks X to the kerb", "shows X the door", "knocks X on
# the head"; the same idioms on a thing are no outcome.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our ginger shots kick travel sickness to the curb.", MED101),
        ("This balm shows eczema flare-ups the door.", MED101),
        ("The zinc spray knocks hay fever on the head.", MED101),
        ("We kicked the old booking system to the curb.", []),
        ("The bouncer showed the heckler the door.", []),
        ("She knocked the idea on the head.", []),
    ],
)
def test_idioms_of_ending(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# Patients named by the condition a treatment is for, as the subject of a start beside
# the treatment ("Paralysed patients start standing after our cord cells").
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Paralysed patients start standing within months of our cord cell course.", MED101),
        ("Deaf toddlers begin hearing voices after a single infusion.", MED101),
        ("Lame horses begin walking soundly two weeks after our stem cell shot.", MED101),
        # near misses: the condition's course, no treatment in sight
        ("Autistic children often begin speaking later than their peers.", []),
        ("Arthritic dogs start walking stiffly in cold weather.", []),
    ],
)
def test_patients_named_by_their_condition(text: str, expected: list[str]) -> None:
    assert claims(text) == expected

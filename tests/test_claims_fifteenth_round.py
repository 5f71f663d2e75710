"""Claim rule by mechanism (fifteenth round), as a user sees it.

Precision first: a bare list joined by "or" after "no" is one negated noun phrase,
its last item and what it is the subject of included ("no drip, supplement or
detox will ..."); a finding of a few or of small studies is hedged ("a few small
studies have reported less pain"); an endorsement by others ("coaches swear by it
for ...") is their account, not the clinic's claim, and is still a benefit presented
for the caveat rule.
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
        # one negated list, whatever its last item is
        ("No pill or cleanse resets your metabolism.", []),
        ("No cream, tablet or injection cures psoriasis.", []),
        ("No shot, drip or supplement repairs a worn-out hip.", []),
        ("Sadly, no serum, mask or detox will turn back the clock on sun-damaged skin.", []),
        # near misses: a new noun phrase after "and" or a comma, or after a colon
        ("No needles or downtime, and our PRP heals the tendon.", MED101),
        ("No surgery or stitches: our cord cells regrow the cartilage.", MED101),
        ("No tablets, no cream, just exosomes that heal your psoriasis.", MED101),
    ],
)
def test_negated_bare_list(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A few small studies have reported less pain at one year.", []),
        ("A handful of trials found that ozone shots relieve disc pain.", []),
        ("Small trials have found that PRP eases tennis elbow.", []),
        ("A couple of early papers reported that exosome drops ease dry eye.", []),
        # near misses: research in general, or many trials, is an appeal, not a hedge
        ("Several trials have reported that stem cells reduce back pain.", MED101),
        ("Studies show that PRP heals torn tendons.", MED101),
        ("Research proves our cord cells regrow worn cartilage.", MED101),
    ],
)
def test_few_or_small_studies_hedge(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tennis coaches swear by PRP for faster recovery from elbow strain.", []),
        ("Half the peloton swears by ozone drips for quicker healing after crashes.", []),
        ("Plenty of marathoners have sworn by cold plunges for faster recovery.", []),
        # near misses: the clinic's own voice
        ("Our PRP gives faster recovery from elbow strain.", MED101),
        ("We swear our ozone drips heal crash injuries in days.", MED101),
        ("We swear by our ozone drips: they heal crash injuries in days.", MED101),
    ],
)
def test_endorsement_by_others_is_reported(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tennis coaches swear by PRP for faster recovery from elbow strain.",
        "Half the peloton swears by ozone drips for quicker healing after crashes.",
        "Sports physios swear by BPC-157 injections for sore hamstrings.",
    ],
)
def test_endorsement_presents_a_benefit_for_the_caveat_rule(text: str) -> None:
    assert codes(text, "missing-early-research-caveat") == ["MED401"]


# -- recall: the shapes behind heldout14's misses, in other words ------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bodily state named by "-ness", a complaint in bouts, hair coming out
        ("Our NAD+ drip clears the dizziness of long COVID.", MED101),
        ("Our cryotherapy chamber wipes out post-workout tiredness.", MED101),
        ("This magnesium spray calms toddler tantrums within a week.", MED101),
        ("Our scalp serum stops shedding in two weeks.", MED101),
        ("- Halts hair thinning in a month", MED101),
        # near misses: the complaint described, asked about or hedged
        ("Tiredness is common after a long-haul flight.", []),
        ("Hair shedding is normal in the months after childbirth.", []),
        ("Could a magnesium spray calm toddler tantrums?", []),
        ("Some parents feel the spray may calm tantrums a little.", []),
    ],
)
def test_symptom_nouns(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our laser silences tinnitus in three sessions.", MED101),
        ("Our cold cap dials down scalp inflammation.", MED101),
        ("Exosome drips turn off eczema flare-ups for months.", MED101),
        # near misses: the body's own molecules at work, or negated
        ("Cortisol switches off inflammation at night.", []),
        ("Research shows these growth factors can switch off inflammation.", []),
        ("Our laser does not silence tinnitus, and we will tell you so.", []),
    ],
)
def test_switching_a_complaint_off(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our laser calms the overactive nerves responsible for your migraines.", MED101),
        ("Ozone injections dissolve the calcium deposits causing your shoulder pain.", MED101),
        ("Our gut protocol clears the hidden infection behind your chronic fatigue.", MED101),
        # near misses: the cause described, or looked for
        ("Tendon damage behind your knee pain is common in runners.", []),
        ("We look for the habits behind your back pain before we suggest anything.", []),
        ("If ozone dissolved the deposits causing shoulder pain, surgery would be rare.", []),
    ],
)
def test_cause_of_a_complaint(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our mushroom tincture kills cancer cells.", MED101),
        ("Ozone sessions starve tumours of oxygen.", MED101),
        ("Our colloidal silver nasal spray destroys the virus behind long COVID.", MED101),
        # near misses: disease killing people, healthy cells, a question
        ("Lung cancer kills more people than breast cancer.", []),
        ("Chemotherapy can harm healthy cells too.", []),
        ("Does mistletoe extract really kill cancer cells?", []),
    ],
)
def test_disease_agent_destroyed(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


def test_cancer_stem_cells_are_no_therapy() -> None:
    text = "Our mushroom extract kills cancer stem cells."
    assert codes(text, "unsupported-cure-claim", "missing-early-research-caveat") == MED101


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Her eczema is in full retreat after two sessions of our exosome serum.", MED101),
        ("Two months on our peptide protocol and his gout is in remission.", MED101),
        ("Clients fly home from our clinic with their psoriasis on the run.", MED101),
        # near misses: a question, a hedge, the disease's own course
        ("Is your psoriasis in remission?", []),
        ("Some patients find their eczema may be in retreat for a while.", []),
        ("Multiple sclerosis often goes through periods of relapse and recovery.", []),
    ],
)
def test_complaint_in_retreat(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Came in on crutches on Tuesday, skied the black run on Saturday.", MED101),
        ("Patients arrive with walking sticks and hike the coastal path a week later.", MED101),
        ("She arrived in a wheelchair and cycled home after our stem cell course.", MED101),
        # near misses: still on the aid, or advice
        ("Patients arrive on crutches and walk with crutches for two weeks.", []),
        ("Arrive on crutches if you need them; parking is free.", []),
    ],
)
def test_mobility_aid_then_activity(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Patients paralysed for years are walking again after our stem cell protocol.", MED101),
        ("Two exosome shots and our clients kneel again without a wince.", MED101),
        ("After six hyperbaric sessions, stroke patients talk again.", MED101),
        # near misses: no treatment, the writer's own account, a question, a hedge
        ("She learned to walk again after the stroke.", []),
        ("Eight weeks after my PRP shot I'm jogging again, but it may be the rehab.", []),
        ("Eight weeks after my PRP shot I can kneel again.", []),
        ("Will I walk again after a stem cell infusion?", []),
        ("Some patients may walk again after our stem cell protocol.", []),
    ],
)
def test_activity_regained_again(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("## Plantar fasciitis?\n\nSorted in three visits with our shockwave sessions.", MED101),
        ("Tennis elbow? Fixed in two sessions of PRP.", MED101),
        ("**Migraines?** History after our nerve-block protocol.", MED101),
        ("## Shin splints?\n\nGone for good after a course of our ozone injections.", MED101),
        # near misses: no means named, an adjective, an idiom, an answer of the body
        ("Back pain? Gone untreated, it can linger for months.", []),
        ("Heel pain? Fixed appointments are available every Tuesday with our physio.", []),
        ("Knee pain? Gone are the days of long waiting lists at our clinic.", []),
        ("## Shin splints?\n\nSorted by rest, in most cases.", []),
    ],
)
def test_resolution_answering_a_question(text: str, expected: list[str]) -> None:
    assert claims(text) == expected

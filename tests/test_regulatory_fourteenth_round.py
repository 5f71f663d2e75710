"""Fourteenth round of the regulatory rules, by mechanism.

disease-list-claim: the short items of one series that the vocabulary does not know
count among the known ones ("lupus, chilblains, asthma, ..."); a sentence that is only
a list offers the therapy its paragraph names, though the paragraph is not a list; a
heading of uses before a colon ("Uses:", "Indications:") offers what follows; whatever
the writer sells, named as the subject of the offer ("our infrared sauna blanket eases
...", "Elderberry syrup eases ..."), is the therapy; and an offer names whoever it
helps ("helps older dogs with ..."). The sentences are our own, modelled on clinic,
supplement, device and veterinary copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- disease-list-claim (MED105) -----------------------------------------------------------

LIST_FLAGGED = [
    # a short unknown item among known conditions of the same series
    (
        "Our cord-blood infusions help with lupus, chilblains, asthma, migraines and Parkinson's "
        "disease."
    ),
    (
        "This colloidal silver spray supports recovery from shingles, bronchitis, acne, gout and "
        "nail fungus."
    ),
    "We treat dementia, gallstones, psoriasis, asthma and kidney disease with placental extract.",
    # a sentence that is only a list, in a paragraph that names the therapy
    (
        "Exosome drips now at our Gold Coast lounge. Migraines, lupus, COPD, autism, hair loss - "
        "one drip does it all."
    ),
    (
        "NAD+ therapy has arrived in Leeds. Parkinson's, depression, IBS, asthma, eczema: we see "
        "it all."
    ),
    # a heading of uses before a colon, the product named in the block before
    (
        "PlacentaPlus amniotic drops\n\nUses: knee arthritis, asthma, lupus, tinnitus, insomnia. "
        "Made in our own lab."
    ),
    # the product sold, named as the subject of the offer, whatever its head noun
    "Our infrared sauna blanket eases arthritis, asthma, depression, acne and insomnia.",
    (
        "This copper bracelet helps older dogs with arthritis, seizures, itchy skin, ear "
        "infections and anxiety."
    ),
    "Elderberry syrup eases sinusitis, asthma, eczema, migraines and fatigue.",
]

LIST_CLEAN = [
    # a person or a practice offering care, no therapy named
    "Our team helps with arthritis, asthma, depression, acne and insomnia.",
    "Our GP practice helps patients with asthma, diabetes, depression, back pain and eczema.",
    # something to read, not a therapy
    "Our guide explains arthritis, asthma, depression, acne and insomnia in plain English.",
    (
        "Our newsletter covers stem cells. It helps readers with arthritis, asthma, depression, "
        "acne and insomnia questions."
    ),
    # one specialty with an unknown item: the item adds no body system
    (
        "Our PRP clinic treats knee pain, tennis elbow, golfer's elbow, runner's knee and rotator "
        "cuff tears."
    ),
    # a filler closes the series: "and much more" names no complaint
    "Our PRP injections help with knee pain, tennis elbow, hip pain, asthma and much more.",
    # research, warnings and a list under a statement that nothing is approved
    (
        "Researchers are testing exosomes in lupus, chilblains, asthma, migraines and Parkinson's "
        "disease."
    ),
    (
        "Be wary of any clinic that says its stem cells treat lupus, gallstones, asthma, migraines "
        "and Parkinson's disease."
    ),
    (
        "No stem cell product is approved for these. Arthritis, MS, Parkinson's, COPD, diabetes: "
        "all still lack a proven cell therapy."
    ),
    (
        "Our stem cell trial is recruiting. Arthritis, MS, Parkinson's, COPD, diabetes: these are "
        "the conditions under study."
    ),
]


@pytest.mark.parametrize("text", LIST_FLAGGED)
def test_disease_list_flags_fourteenth_round(text: str) -> None:
    assert flags(text, "disease-list-claim"), text


@pytest.mark.parametrize("text", LIST_CLEAN)
def test_disease_list_leaves_fourteenth_round(text: str) -> None:
    assert not flags(text, "disease-list-claim"), text


# -- guaranteed-outcome (MED104) -----------------------------------------------------------

GUARANTEE_FLAGGED = [
    # a share or a rate spelled in words reads as its figure
    "Seventy per cent of our clients are off their reflux pills by week six.",
    "Ninety-five percent of our members sleep through the night.",
    # a share of those who take the clinic's treatment, whoever they are
    "Ninety percent of women who try our pelvic floor chair stop leaking within weeks.",
    "3 in 4 runners using our insoles are training again within a fortnight.",
    "Nine in ten greyhounds treated at our practice are racing again within a month.",
    "Our laser gets 9 out of 10 greyhounds back on the track.",
    # a recovery sped up by a figure
    "Our shockwave gets runners back on the road 40% sooner.",
    "Tendons mend 3x faster with our hyperbaric sessions.",
    "Patients return to work 30 percent quicker after our spinal decompression.",
    # a complaint or a sore part put right for good, whatever the verb
    "Our braces sort out wonky knees for good.",
    "This magnesium cream settles restless legs for good.",
    "One course of our acupuncture calms a grumpy shoulder once and for all.",
    # a result in nearly everyone treated
    "Our laser clears toenail fungus in nearly every case.",
    "It works for almost every patient we see.",
    "PRP heals tennis elbow in virtually all cases.",
]

GUARANTEE_CLEAN = [
    # who the patients are, not what they get
    "Sixty per cent of patients who visit our clinic are over sixty.",
    "Four in five people who book our assessment come from outside the city.",
    "Seventy people came to our open evening.",
    # speed of a service
    "Lab results come back 50% faster with our new analyser.",
    "You are seen 40% sooner with our online booking.",
    # a harm, a procedure, an idiom and a chore kept for good
    "Left untreated, arthritis can ruin your knees for good.",
    "The surgeon fuses the joint for good.",
    "Our favourite physio is back for good.",
    "We've got your back for good.",
    "Ditch your heels for good with our comfy flats.",
    "Sort out your paperwork for good with our app.",
    # the body's own course and a routine check
    "Back pain settles on its own in almost every case.",
    "We check blood pressure for almost every patient.",
    # a cited rate
    "In a randomised trial, athletes given PRP returned to play 20% faster (Kim et al., 2019).",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guarantee_flags_fourteenth_round(text: str) -> None:
    assert flags(text, "guaranteed-outcome"), text


@pytest.mark.parametrize("text", GUARANTEE_CLEAN)
def test_guarantee_leaves_fourteenth_round(text: str) -> None:
    assert not flags(text, "guaranteed-outcome"), text

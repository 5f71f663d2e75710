"""MED401 missing-early-research-caveat by mechanism (eighth round), as a user sees it.

A benefit is a health improvement tied to the therapy, whatever its words: a
cited finding, a word of improvement before a health good ("sharper focus"), a
health good that comes back, praise of the therapy as a noun, an appeal to
experts, a patient's or a pet owner's story told by the time after the
treatment, and an offer for complaints in animals. A study's size is a caveat
only when the text says it is small.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

CAVEAT = " The treatment is experimental and not approved by the FDA."


def caveat(text: str) -> list[str]:
    return codes(text, "missing-early-research-caveat")


# -- a cited finding is a benefit; its size is a caveat only when said --------------


@pytest.mark.parametrize(
    "text",
    [
        "In a randomised trial of 58 golfers, PRP cut elbow soreness by half at three months "
        "(Marlow et al., 2024).",
        "A 2024 review found that exosome serum raised skin collagen more than a plain serum "
        "(doi:10.1234/abcd.2024.77).",
        "Wharton's jelly injections lowered morning stiffness in 45 adults with hip arthritis "
        "(Baines et al., 2023).",
        "In 36 volunteers, NAD+ infusions boosted stamina on a treadmill test compared with "
        "saline (Ruiz, 2025).",
    ],
)
def test_a_cited_finding_about_the_therapy_still_needs_a_caveat(text):
    assert caveat(text) == ["MED401"]
    assert caveat(text + CAVEAT) == []


@pytest.mark.parametrize(
    "text",
    [
        "In a small pilot of 18 women, exosome serum shortened redness after microneedling "
        "(Lind et al., 2024).",
        "A trial of only 30 runners found that PRP sped up hamstring recovery (Ode, 2023).",
        "PRP raised hair counts in one study (Kaur, 2022); the study was tiny and had no "
        "placebo group.",
        "Stem cell shots eased knee pain in a 2021 trial (Imre et al., 2021), but larger "
        "trials are needed.",
    ],
)
def test_a_finding_said_to_be_small_or_early_is_caveated(text):
    assert caveat(text) == []


# -- verbless benefits and changes of a health good ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NAD+ drips: sharper focus and more energy, all week long.",
        "Clearer skin and a stronger immune system after a course of ozone therapy.",
        "Our BPC-157 protocol adds lean muscle while you sleep.",
        "Three rounds of PRP and the thinning patches at his temples filled in.",
        "![Before and after photos: hair fully grown back at the temples after "
        "PRP](/img/temples.jpg)",
        "Sermorelin nights mean sounder sleep and quicker recovery after training.",
        "Monthly exosome infusions wind back your cellular clock.",
    ],
)
def test_an_improvement_of_a_health_good_tied_to_the_therapy_is_a_benefit(text):
    assert caveat(text) == ["MED401"]
    assert caveat(text + CAVEAT) == []


@pytest.mark.parametrize(
    "text",
    [
        # established care, no experimental therapy in sight
        "Physical therapy builds stronger thighs and steadier knees.",
        "Better sleep, less stress and regular walks help sore knees more than anything else.",
        # the therapy is named only to be denied
        "Deeper sleep comes from a steady bedtime; you do not need an NAD+ drip for it.",
        "We do not offer PRP. Our physiotherapy programme builds stronger knees.",
        # harms and reports
        "Some patients report more pain for a few days after PRP.",
        "The clinic's ads promised thicker hair after PRP; regulators found no evidence for it.",
        # a contrast unties the benefit from the therapy
        "Exosome facials are popular, but for smoother skin the evidence favours sunscreen.",
        "Knee exercises give better results than PRP for most runners.",
    ],
)
def test_no_benefit_of_the_therapy_needs_no_caveat(text):
    assert caveat(text) == []


# -- praise and appeals to experts ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sports physicians agree that BPC-157 is the secret weapon for stubborn tendon injuries.",
        "Top surgeons now say platelet-rich plasma is the future of orthopaedics.",
        "Many vets believe stem cells are a game changer for older dogs with sore hips.",
        "Trainers swear the new peptide mends pulled calves within days.",
        "For our regulars, NAD+ has become the holy grail of healthy ageing.",
    ],
)
def test_praise_and_appeals_to_experts_present_the_therapy(text):
    assert caveat(text) == ["MED401"]
    assert caveat(text + CAVEAT) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dermatologists warn that exosome facials are no breakthrough and can irritate the skin.",
        "Experts say there is little evidence that stem cells help arthritic hips.",
        "Was PRP really the miracle that the headlines promised?",
        'The article quoted a clinic owner who called stem cells "the future of medicine".',
        "Our collagen peptides are a pantry staple for smoothies.",
    ],
)
def test_denied_asked_and_quoted_praise_presents_nothing(text):
    assert caveat(text) == []


# -- patients' and owners' stories --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three months after his BMAC injection, Derek was hiking the coastal path again.",
        "Our patient Lorna could barely open a jar; a month after her last exosome session "
        "she knits every evening.",
        '"Rex used to limp on every walk. Since his stem cell shots he races the spaniel next '
        "door.\" (Tom, Rex's owner)\n\nAsk about regenerative care for your pet.",
        "> \"Bella hadn't jumped onto the sofa for a year. Four weeks after her PRP she does "
        'it twice a day." (Ana)\n\nBook a mobility check for your dog.',
    ],
)
def test_a_story_told_by_the_time_after_the_treatment_is_a_testimonial(text):
    assert caveat(text) == ["MED401"]
    assert caveat(text + "\n\n" + CAVEAT.strip()) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks after her stem cell infusion, she was taken to hospital with a fever.",
        "Six months after his PRP injection he still could not kneel.",
        '"I paid $4,000 for PRP and felt no change at all." (Gail, 58)',
        "After PRP, rest the treated tendon for two days and avoid anti-inflammatory pills.",
    ],
)
def test_harms_failures_and_aftercare_are_no_story(text):
    assert caveat(text) == []


# -- offers for complaints in animals --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We treat arthritis, asthma and gut disease in cats with exosome infusions.",
        "Alongside hip work, our vets use PRP for lick granulomas, dermatitis, gum disease "
        "and tendon strains in cats and dogs.",
        "Our clinic offers stem cell injections for kidney disease and dry eye in dogs.",
    ],
)
def test_an_offer_for_complaints_in_animals_presents_the_therapy(text):
    assert caveat(text) == ["MED401"]
    assert caveat(text + CAVEAT) == []


@pytest.mark.parametrize(
    "text",
    [
        # a result in laboratory animals, in copy for people, is a caveat
        "PRP healed torn tendons in rabbits.",
        "Exosomes restored memory in elderly rats.",
        # veterinary copy that says the evidence is early
        "We use stem cells for knee arthritis in dogs. The evidence in dogs is limited.",
    ],
)
def test_results_in_laboratory_animals_and_caveated_vet_copy_need_nothing(text):
    assert caveat(text) == []


# -- the claim kind's outcomes count as benefits too ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our exosome nebuliser lets emphysema patients ditch their inhalers.",
        "Most of our knee patients throw away their walking sticks within a month of BMAC.",
        "With stem cell therapy, many of our MS patients are free of their wheelchairs by spring.",
        "Prolotherapy keeps arthritic hips supple well into your seventies.",
    ],
)
def test_dropping_a_health_aid_or_keeping_a_joint_well_is_a_benefit(text):
    assert caveat(text) == ["MED401"]
    assert caveat(text + CAVEAT) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our PRP ads once told patients to ditch their crutches; the regulator made us "
        "withdraw them.",
        "A sedative keeps your dog calm while the vet draws fat for the stem cell injection.",
    ],
)
def test_reported_aids_and_the_procedure_itself_are_no_benefit(text):
    assert caveat(text) == []

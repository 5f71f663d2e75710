"""False alarms on careful long-form copy, by cause, as a user sees them.

Careful clinic pages, FAQs and news stories (``tests/data/careful``) list side
effects, describe the steps of established procedures, give plain self-care advice,
name learned societies and report weak trials with their weaknesses. None of that is a
claim:

* a harm said of a treatment is no benefit: a modal before a verb of harm ("can cause
  nausea, vomiting and, rarely, inflammation of the pancreas"), a word that looks like
  a verb of removal inside a list of complaints ("nausea, flushing, cramps"), a rate
  given for a harm ("in about 1 in 100 people, death");
* a healthy body system destroyed as a step of a procedure, and its rebuilding
  ("chemotherapy wipes out the immune system, which is then rebuilt from the
  patient's own stem cells");
* established self-care as the subject, the answer of a cleft, or the things a
  pronoun stands for ("What does help most people with knee osteoarthritis is
  strengthening exercise"); relief of a complaint said plainly ("Exercise eases knee
  pain") and strong outcome verbs stay claims;
* an organisation whose name holds "Research" appeals to no research, and a hedged
  appeal whose studies the same sentence judges weak ("independent reviews rate the
  evidence as low quality", "most were small") is careful copy;
* established care whose name holds a therapy's words (a haematopoietic stem cell
  transplant) presents no experimental therapy.

The sentences are written for this test, in other words than the articles.
"""

from __future__ import annotations

import pytest
from rulecheck import codes

MED101 = ["MED101"]
MED201 = ["MED201"]
MED401 = ["MED401"]


def claims(text: str) -> list[str]:
    return codes(text, "unsupported-cure-claim")


def appeals(text: str) -> list[str]:
    return codes(text, "uncited-research-claim")


def caveat(text: str) -> list[str]:
    return codes(text, "missing-early-research-caveat")


# A harm said of a treatment: a verb of harm after a modal, a noun in a list of
# complaints, a rate given for a harm.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The stem cell infusion can also provoke fever and joint pain in the first week.", []),
        ("The PRP shots can trigger inflammation in the tendon for a day or two.", []),
        ("Ozone injections can aggravate back pain before it settles.", []),
        ("Common reactions to the drip are headaches, flushing, muscle cramps and tiredness.", []),
        ("Possible side effects include pain, flushing, nausea and cramps.", []),
        (
            "Mild reactions such as itching, burning, swelling and redness settle within a day.",
            [],
        ),
        # near misses: the same verbs acting on a complaint stay claims
        ("Our stem cell injections can cure arthritis pain and heal damaged joints.", MED101),
        ("Our detox drip flushes out toxins and melts away bloating.", MED101),
        ("The infusion wipes out arthritis pain in a single session.", MED101),
        ("Our herbal tea relieves nausea, flushes out toxins and clears the skin.", MED101),
        ("Nine in ten of our patients are pain-free after one session.", MED101),
    ],
)
def test_harms_of_a_treatment(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# A healthy body system destroyed as a step of a procedure, and its rebuilding.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "High-dose chemotherapy destroys the bone marrow, which is then restored "
            "from stem cells collected beforehand.",
            [],
        ),
        (
            "The conditioning drugs knock out the patient's immune system before it is "
            "regrown from the stored stem cells.",
            [],
        ),
        (
            "Radiotherapy kills off the existing bone marrow, and it is rebuilt over the "
            "following weeks from donor stem cells.",
            [],
        ),
        ("Steroid tablets suppress the immune system, so infections are more likely.", []),
        # near misses: a complaint wiped out, a clinic's cells rebuilding a part
        ("Our NAD+ drip wipes out brain fog in an afternoon.", MED101),
        (
            "Unlike the transplants used for leukaemia, our stem cell injections rebuild "
            "cartilage in worn knees.",
            MED101,
        ),
        ("Our stem cell protocol rebuilds the immune system after chemotherapy.", MED101),
        ("Our peptide shot calms an overactive immune system.", MED101),
    ],
)
def test_steps_of_a_procedure(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# Established self-care as the subject, the answer of a cleft, or the things a pronoun
# stands for.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("What really helps most people with a stiff back is gentle stretching.", []),
        ("What helps most people with tennis elbow is rest and a strengthening programme.", []),
        ("Regular exercise improves sleep for many people.", []),
        ("Rest and fluids help you fight off a cold.", []),
        ("Strengthening exercise helps knee osteoarthritis.", []),
        (
            "The habits with evidence behind them are a good diet, daily walks and "
            "enough sleep. They work better than any supplement on the shelf.",
            [],
        ),
        (
            "The proven basics are sunscreen, a retinoid and not smoking. Together they "
            "work better than any facial.",
            [],
        ),
        # near misses: relief of a complaint said plainly, strong outcomes, treatments
        ("Exercise eases knee pain.", MED101),
        ("Regular yoga cures chronic back pain.", MED101),
        ("What really helps knee pain is our PRP injection.", MED101),
        ("Daily sunscreen and our retinol serum reverse sun damage.", MED101),
        (
            "Our clinic offers exosome facials. They work better than any cream.",
            MED101,
        ),
    ],
)
def test_self_care_advice(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


# An organisation named with "Research", and a hedged appeal whose studies the same
# sentence judges weak.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The National Institute for Health and Care Research suggests asking whether "
            "a clinic's treatment is part of a registered trial.",
            [],
        ),
        (
            "For independent advice, the Society for Regenerative Medicine Research "
            "suggests checking who licenses the clinic.",
            [],
        ),
        (
            "The Alliance for Cell Therapy Research found that many clinics charged more "
            "than £10,000.",
            [],
        ),
        (
            "A few company-sponsored studies have reported modest gains in hair density, "
            "but reviewers graded the evidence as weak.",
            [],
        ),
        (
            "A couple of small trials have reported less knee pain after ozone shots, "
            "but both were uncontrolled.",
            [],
        ),
        (
            "A handful of trials have reported better sleep with the drink, but most were "
            "small and short.",
            [],
        ),
        (
            "A few small trials have reported faster healing with PRP, though most were "
            "funded by the manufacturer.",
            [],
        ),
        # near misses: a plain appeal, an appeal with praise, a title-case appeal
        ("Research suggests our drip boosts immunity.", MED201),
        ("Studies show PRP heals tendons, and reviewers rate the evidence highly.", MED201),
        ("# New Research Shows NAD+ Reverses Ageing", MED201),
        ("Our institute's research shows that PRP heals tendons.", MED201),
        ("A handful of trials have reported faster healing with exosomes.", MED201),
        (
            "Some studies have found fewer colds in people taking zinc, but reviewers "
            "rated the evidence as low certainty.",
            MED201,
        ),
    ],
)
def test_names_and_judged_evidence(text: str, expected: list[str]) -> None:
    assert appeals(text) == expected


# Established care whose name holds a therapy's words presents no experimental therapy;
# a rate of a harm presents no benefit.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "# Blood stem cell transplants\n\nAn allogeneic haematopoietic stem cell "
            "transplant is offered in specialist hospitals for people with myeloma that "
            "has come back.",
            [],
        ),
        (
            "# Stem cell transplant for MS\n\nAHSCT is now offered at several teaching "
            "hospitals for patients with aggressive relapsing MS.",
            [],
        ),
        (
            "# Transplants\n\nHaematopoietic stem cell transplantation is available in NHS "
            "centres for adults with relapsing MS that has not responded to drugs.",
            [],
        ),
        # a rate given for a harm is a risk figure, not a promised result
        (
            "# Ozone therapy\n\nOzone injections are given weekly. In about 2 in 100 "
            "people, a headache follows.",
            [],
        ),
        (
            "# PRP for knees\n\nPRP is an injection of your own platelets. It carries "
            "small risks: in about 1 in 200 people, an infection.",
            [],
        ),
        (
            "# Exosome facials\n\nExosome serum is applied after microneedling. In 3 in "
            "100 clients, bruising lasts a week.",
            [],
        ),
        # near misses: a clinic's cells for a joint, next to a mention of transplants
        (
            "# Stem cell therapy\n\nStem cell transplants have been used for leukaemia for "
            "decades. Our stem cell injections rebuild cartilage in worn knees.",
            MED401,
        ),
        (
            "# Knee clinic\n\nWe offer stem cell transplantation for knee arthritis.",
            MED401,
        ),
        ("# PRP for knees\n\nPRP eases knee pain in 9 in 10 of our patients.", MED401),
    ],
)
def test_established_care_and_risk_rates(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected

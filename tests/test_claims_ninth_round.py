"""Claim rules by mechanism (ninth round), as a user sees them.

Advice is no claim: a verb of keeping or boosting in a purpose infinitive ("ways to
keep ...") or after an activity as the subject ("Swimming keeps ...") tells the
reader what to do, unless a treatment is named before it in its clause.
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
        # a treatment that keeps or boosts a body part or a function
        ("Our PRP injections keep your knees young.", MED101),
        ("A monthly exosome facial keeps skin youthful.", MED101),
        ("NAD+ drips are the easiest way to keep your brain sharp.", MED101),
        ("Our peptide stack will kick-start your metabolism.", MED101),
        ("Nothing keeps your joints supple like our collagen shots.", MED101),
        # advice: a purpose infinitive or an activity, no treatment before the verb
        ("Try these stretches to keep your hips supple.", []),
        ("Short daily walks are a simple way to keep an arthritic hip mobile.", []),
        ("Here are five tips to kick-start your metabolism after the holidays.", []),
        ("Swimming keeps your shoulders strong without loading the joint.", []),
        ("Gardening and yoga help you keep your spine flexible as you age.", []),
    ],
)
def test_advice_is_no_claim(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a treatment, not a person, as the subject
        ("PRP treats tennis elbow in two sessions.", MED101),
        ("Our cord-blood cells treat knee pain without surgery.", MED101),
        ("Dr. Okafor's stem cell shots treat torn rotator cuffs.", MED101),
        # a person's trade: a practitioner, a titled name or a pronoun
        ("Dr. Mira Santos treats running injuries at our Eastside clinic.", []),
        ("Our podiatrists treat heel pain in children and adults.", []),
        ("She sees patients with chronic neck pain on Tuesdays.", []),
        ("Prof. Ibe manages osteoarthritis clinics across the county.", []),
    ],
)
def test_a_practitioners_trade_is_no_claim(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our exosome serum restores your scalp's natural density.", MED101),
        ("PRP restores a worn knee when nothing else has worked.", MED101),
        # the object ends where another clause opens
        ("The new app restores your settings whenever your back-up runs.", []),
        ("Our booking system restores lost appointments while you sleep.", []),
        ("We restored the old lift because patients with bad knees found the stairs hard.", []),
    ],
)
def test_a_health_word_after_a_new_clause_is_not_the_object(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an appeal to research that supports a use for a condition claims the outcome
        ("Decades of research support the use of PRP for rotator cuff tears.", MED101),
        ("Clinical data justify the use of NAD+ drips for brain fog.", MED101),
        # support of a use alone is an appeal (uncited-research-claim), not an outcome
        ("Hundreds of studies support the use of platelet-rich plasma.", []),
        ("A large body of evidence supports the use of exosomes in dermatology.", []),
        ("Most surgeons now support the use of bone marrow concentrate.", []),
    ],
)
def test_support_of_a_use(text, expected):
    assert claims(text) == expected


def test_support_of_a_use_is_left_to_the_research_rule():
    text = "Hundreds of studies support the use of platelet-rich plasma."
    assert codes(text, "uncited-research-claim") == ["MED201"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # one or two authors, an abbreviated journal, year;volume:pages
        ("Massage eases neck pain (Brandt and Kowal, Clin J Pain 2019;35:112-120).", []),
        ("Bracing reduces knee pain (Osei, Arthritis Care Res. 2021;73(4):501-9).", []),
        ("Acupuncture relieves migraine (Lindqvist & Haas, Headache Rev. 2018;9:44).", []),
        # a name and a year with no journal and no volume is still no source
        ("PRP heals tendons (ask Dr. Brandt, 2019 edition).", MED101),
    ],
)
def test_author_journal_volume_pages_cite(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a closing attribution clause reports someone else's finding
        ("## Cord-blood infusions calm lupus flares, Midvale researchers report", []),
        ("Ozone shots ease hip pain in older adults, regional health board says", []),
        ("Laser therapy heals diabetic foot ulcers faster, hospital audit shows", []),
        # the writer's own attribution, or a clause that goes on, is still the claim
        ("Our exosomes rebuild thinning hair, our experience shows.", MED101),
        ("PRP heals torn tendons, and the results show it.", MED101),
    ],
)
def test_closing_attribution_reports(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question about an outcome answered yes asserts the outcome
        ("**Q: Can exosomes regrow hair on a bald crown?**\n\nA: Absolutely! Most see it.", MED101),
        ("Q: Will ozone shots heal my rotator cuff?\n\nA: Yes. Ozone floods the tendon.", MED101),
        ("Do our NAD+ drips reverse brain fog? Definitely, and fast.", MED101),
        ("Q: Does prolotherapy fix a loose ligament?\n\nIt does. Most patients...", MED101),
        # near misses: no, a hedged yes, a question about safety, no answer
        ("Q: Will PRP heal my tendon?\n\nA: No. Trials found no benefit over rest.", []),
        ("Q: Will PRP heal my tendon?\n\nA: Yes, in some cases, though trials are small.", []),
        ("Q: Is a BMAC injection painful?\n\nA: Yes, for a minute or two.", []),
        ("Can stem cells regrow cartilage? Researchers are still trying to find out.", []),
    ],
)
def test_a_question_answered_yes(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # renewal without the usual outcome verbs
        ("Our cord-blood shots replace worn disc tissue with fresh, living cells.", MED101),
        ("Exosome facials swap damaged collagen for new, healthy fibres.", []),
        ("Placental injections bring tired, creaky knees back to life.", MED101),
        ("Our peptide protocol breathes new life into ageing joints.", MED101),
        ("Stem cells tell the spine to stop wearing away its own discs.", MED101),
        ("Our BPC-157 shots halt the breakdown of tendon tissue.", MED101),
        # near misses: a procedure, the body, a non-health thing
        ("Surgeons replace the worn joint with a metal and plastic implant.", []),
        ("We brought our old clinic logo back to life for the anniversary.", []),
        ("Cartilage keeps wearing away as the years go by.", []),
    ],
)
def test_renewal_without_an_outcome_verb(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # results told as a state of the patient
        ("One round of PRP and she's back on the slopes by spring.", MED101),
        ("Two drips later, they're back on their bikes.", MED101),
        ("Most of our rotator cuff patients are back to full range of motion in weeks.", MED101),
        ("Eight in ten clients report less lower-back pain after our ozone series.", MED101),
        ("People who came in on crutches walked out unaided after our cell therapy.", MED101),
        ("Hundreds of our patients have defeated chronic migraine with our peptide plan.", MED101),
        ("![Runner stretching after an exosome shot, her hip pain gone](/a.jpg)", MED101),
        ("| Client | Plan | Result |\n|---|---|---|\n| A.B. | PRP | Sciatica gone |", MED101),
        # near misses: downtime, severity, the body's course, a trial's report
        ("Most patients are back to work the day after the injection.", []),
        ("People with less severe knee pain often do well with physio alone.", []),
        ("The swelling has gone down by the next morning in most people.", []),
        ("A small trial of NAD+ drips reported less elbow pain at six months.", []),
    ],
)
def test_results_told_as_a_state(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of causing with a repair noun, also behind an appeal to research
        ("Dozens of trials confirm that BMAC injections fuel cartilage repair.", MED101),
        ("Our peptide blend sparks muscle healing after every workout.", MED101),
        ("Science agrees: NAD+ drips power cellular repair.", MED101),
        # a comparison with another treatment, also in a reason clause
        ("Clinics are dropping fillers because exosomes outperform them and Botox.", MED101),
        ("Trainers prefer our serum because it outperforms minoxidil.", MED101),
        ("Runners choose us since our shots outperform cortisone injections.", MED101),
        # near misses: harm, a non-health comparison, a negated finding
        ("Sugar drives inflammation in the joints.", []),
        ("Our new booking app outperforms the old one on every phone.", []),
        ("A 2020 trial found that PRP did not outperform saline injections (Ruiz, 2020).", []),
    ],
)
def test_causing_repair_and_winning_comparisons(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will PRP regrow my knee cartilage? It can't, and no clinic should promise it.",
        "Q: Can exosomes heal a torn rotator cuff?\n\nA: They can't. No trial has shown it.",
        "Does ozone cure Lyme disease? It doesn't.",
    ],
)
def test_a_question_answered_no_in_a_contraction_is_no_claim_or_benefit(text):
    assert codes(text, "MED101", "MED401") == []


@pytest.mark.parametrize(
    "text",
    [
        "Will PRP regrow my knee cartilage? It can. Book a scan to find out.",
        "Q: Can stem cells rebuild a worn hip?\n\nA: In most cases, yes. Most walk again.",
    ],
)
def test_a_yes_presents_the_therapy_for_the_caveat_rule_even_when_hedged(text):
    assert "MED401" in codes(text, "MED401")

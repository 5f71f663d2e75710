"""Claim rule by mechanism (twelfth round), as a user sees it.

Precision first: "treated" before a noun is an adjective ("the treated knee may feel
stiff"), not a verb of relief; a clinic, team or centre that treats a list of
complaints names a trade, like a practitioner does; an activity with a word before
it ("Gentle cycling keeps ...") gives advice; evidence called limited or sparse
hedges what it is said to show.
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
        # the participle as an adjective: aftercare, not relief
        ("Expect the treated shoulder to ache for a day or two after your injection.", []),
        ("Each treated area can feel sore and puffy until the weekend.", []),
        ("Ice the treated tendon if it throbs that evening.", []),
        # near misses: the verb of relief, said of a therapy
        ("Our exosome serum treated my acne scars in a month.", MED101),
        ("Ozone shots treat the ache in worn knees.", MED101),
    ],
)
def test_treated_as_an_adjective_is_aftercare(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place or team of practice and what it treats: a trade
        (
            "Our foot and ankle clinic treats bunions, heel spurs, flat feet, "
            "Morton's neuroma and ingrown nails.",
            [],
        ),
        ("The sports medicine team treats runner's knee, shin splints and stress fractures.", []),
        ("Our spine centre manages sciatica, disc bulges and stenosis.", []),
        # near misses: an outcome verb, or the therapy itself as the subject
        ("Our clinic cures sciatica in three visits.", MED101),
        ("Our sports clinic's PRP heals jumper's knee for good.", MED101),
        ("Ozone therapy treats Lyme disease and shingles.", MED101),
    ],
)
def test_a_clinic_that_treats_names_a_trade(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an activity with a word or two before it, as the subject: advice
        ("Gentle swimming keeps arthritic hips supple in the cold months.", []),
        ("Regular brisk walking keeps stiff ankles moving.", []),
        ("Daily stretching keeps tight hamstrings loose.", []),
        # near misses: a product or a treatment as the subject
        ("Our healing balm keeps eczema away for good.", MED101),
        ("Monthly PRP dosing keeps arthritic knees young.", MED101),
    ],
)
def test_a_modified_activity_gives_advice(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # evidence said to be limited or sparse hedges the finding
        ("There is limited evidence that ozone helps diabetic foot ulcers close.", []),
        ("There is only sparse data that NAD+ drips lift chronic fatigue.", []),
        ("So far there is inconclusive research that peptides mend torn tendons.", []),
        # near misses: the scarce evidence is another clause; the claim stands
        ("Evidence is limited elsewhere, but our ozone shots heal foot ulcers.", MED101),
    ],
)
def test_limited_evidence_hedges(text, expected):
    assert claims(text) == expected


# -- recall: outcomes told without an outcome verb -----------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # free of a named complaint, in prose or alt text
        ("![Man on a ridge, migraine-free since his ozone drips](/img/ridge.jpg)", MED101),
        ("Eczema-free in a month with our exosome cream.", MED101),
        ("Three sessions of our peptide protocol and she has been sciatica-free all year.", MED101),
        # near misses: a product free of an ingredient, a question, a hope
        ("Our serum is fragrance-free and gluten-free.", []),
        ("Arthritis-free joints are rare after the age of 70.", []),
        ("Symptom-free spells can last for months in multiple sclerosis.", []),
        ("Is it realistic to hope to be arthritis-free after PRP?", []),
    ],
)
def test_free_of_a_named_complaint(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # back to a sport or to work at its full level, or at a sport again
        ("Four in five of the dogs we treat with stem cells return to full agility work.", MED101),
        ("Most of our rugby players are back to full contact training in a month.", MED101),
        ("Ozone knee shots: back to peak form in eight weeks.", MED101),
        ("Eight of ten cyclists we inject with PRP are competing again by spring.", MED101),
        # near misses: an instruction after the procedure, a hedge, a question, downtime
        ("After the injection you can return to full training in two weeks.", []),
        ("Rest the tendon, then return to full training when it stops hurting.", []),
        ("Some athletes may be back to full training sooner after PRP.", []),
        ("Most people are back at work the next day.", []),
        # nor a description of another treatment's course, said of no patients of ours
        ("Most players return to full training nine months after ACL reconstruction.", []),
        ("If the tear is small, most people are back to full sport in six weeks.", []),
    ],
)
def test_back_at_full_level(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a nominalised outcome that a treatment delivers or a patient sees
        ("Our cord cell infusion brings about the regeneration of worn spinal discs.", MED101),
        ("Clients notice real, lasting hair growth after two exosome scalp sessions.", MED101),
        ("Six ozone sessions achieve the total elimination of stubborn foot ulcers.", MED101),
        (
            "The outcome of our BMAC course is the complete reversal of knee arthritis.",
            MED101,
        ),
        # near misses: the nominal as a topic, a goal, or a hedge
        ("The repair of a torn meniscus is done through two small cuts.", []),
        ("Rehab aims at the restoration of normal knee function.", []),
        ("A few patients may see some regrowth after PRP, though results vary.", []),
    ],
)
def test_nominalised_outcome_delivered(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # phrasal verbs of ending, and a healing process sped up
        ("Our magnesium spray puts a stop to joint stiffness.", MED101),
        ("The new insoles do away with heel pain.", MED101),
        ("This herbal tea ends sleepless nights.", MED101),
        ("Our red-light panel fast-tracks tendon recovery.", MED101),
        ("Cold-water therapy speeds up muscle repair after every match.", MED101),
        # near misses: hedged, negated, the body's own course
        ("Nothing we know of puts an end to tinnitus.", []),
        ("Compression may speed up recovery a little for some runners.", []),
    ],
)
def test_verbs_of_ending_and_speeding_healing(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a complaint's end told with an adverb and a pause
        # (the clinic's voice: the writer's own eczema would be their account)
        ("One session in our ozone sauna and the eczema is literally... gone.", MED101),
        ("After our PRP shots the knee pain is basically gone.", MED101),
        # near misses: a question, a hedge
        ("Is the brain fog really gone after one drip?", []),
    ],
)
def test_a_complaints_end_with_a_pause(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # table cells: a function back after a time frame, an activity again, a measure
        (
            "| Problem | After our shockwave course |\n|---|---|\n"
            "| Plantar fasciitis | Full walking comfort back within a month |",
            [],
        ),
        (
            "| Problem | After our shockwave course |\n|---|---|\n"
            "| Frozen shoulder | Full arm movement back in five weeks |",
            MED101,
        ),
        (
            "| Problem | After our stem cell course |\n|---|---|\n"
            "| Hip arthritis | Dancing again by the summer |",
            MED101,
        ),
        (
            "| Measure at 6 months | Our PRP scalp plan |\n|---|---|\n| Hair count | Up 35% |",
            MED101,
        ),
        # near misses: no means in the header; the row names no health matter
        (
            "| Problem | What to expect |\n|---|---|\n"
            "| Hip arthritis | Dancing again by the summer |",
            [],
        ),
        ("| Item | Our price list |\n|---|---|\n| Parking | Up 10% |", []),
    ],
)
def test_table_cells(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # endorsement of a use for a condition
        ("Dozens of trials endorse the use of shockwave for calcific shoulder pain.", MED101),
        ("Our own audits validate the use of PRP for torn rotator cuffs.", MED101),
        # near miss: the use alone (an appeal, left to uncited-research-claim)
        ("Several papers back the use of stem cells.", []),
    ],
)
def test_endorsing_a_use_for_a_condition(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named patient with an age in apposition reports his own outcome
        ("Maria, 54, says she was gardening again within a month of her injection.", []),
        ("Tom, 61, said his shoulder pain was gone after two PRP shots.", []),
        # near miss: the writer's own statement about the same patient
        ("After two PRP shots Tom's shoulder pain was gone for good.", MED101),
    ],
)
def test_a_patients_account_with_an_age(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verbless benefit after a colon, with an article; or before a colon, with a
        # clause after it
        ("Peptide shots: a sharper memory by spring.", MED101),
        ("NAD+ drips: your stronger immune defences in a week.", MED101),
        ("Denser, stronger hair for life: three exosome sessions do it.", MED101),
        # near misses: a worse complaint is a side effect; a hedge; a question
        ("Side effects: a stronger ache at the injection site for a day.", []),
        ("After PRP: more swelling for a day or two, then it settles.", []),
        ("Peptide shots: maybe a sharper memory by spring, maybe not.", []),
    ],
)
def test_verbless_benefits_around_a_colon(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the complaint is the object of a relief noun: still a benefit
        ("Quicker joint pain relief within two sessions of our shockwave course.", MED101),
        ("Faster belly fat reduction in three weeks with our cold sculpting.", MED101),
    ],
)
def test_degree_before_a_relieved_complaint(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle that adds a result to a treatment's clause
        ("Our ozone sauna detoxes the skin, easing eczema and calming itchy patches.", MED101),
        ("The peptide stack fires up fat burning, boosting energy and restoring stamina.", MED101),
        ("Each exosome facial feeds the skin, soothing redness and clearing acne scars.", MED101),
        # near misses: no treatment before the participle; hedged; a goal
        ("After a sprain, reducing swelling comes first.", []),
        ("Rest the ankle for two days, easing the pain with ice.", []),
        ("Our drips may top up NAD+, perhaps easing fatigue for a while.", []),
    ],
)
def test_a_participle_of_relief_after_a_treatment(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rhetorical question that answers itself
        ("Why live with sciatica when three PRP shots can end it?", MED101),
        ("Why tolerate eczema flare-ups when our red-light panel clears them in a week?", MED101),
        ("Why keep taking painkillers for arthritis when stem cells reverse it?", MED101),
        # near misses: a real question, a hedged answer
        ("Why do knees ache when it rains?", []),
        ("Why put up with heel pain when shockwave might ease it?", []),
    ],
)
def test_a_rhetorical_question_answered(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a new body part handed over, pathogens destroyed in the body
        ("Our dental cell programme grows patients a brand-new tooth within a year.", MED101),
        ("The implant gives your knee new living cartilage.", MED101),
        ("UV blood irradiation wipes out the chronic infections behind long COVID.", MED101),
        ("Our silver drops kill the bacteria in your sinuses for good.", MED101),
        # near misses: a cleaning product, a description, a question
        ("Our hand gel kills 99.9% of germs on surfaces.", []),
        ("Antibiotics were designed to kill infections, but resistance is growing.", []),
        ("Can ozone really kill infections in the blood?", []),
    ],
)
def test_new_body_parts_and_infections_destroyed(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # measures of metabolic health as the object of an outcome verb
        ("Our berberine blend resets insulin sensitivity in a month.", MED101),
        ("Time-restricted eating rebalances blood sugar levels for good.", MED101),
        # near misses: a description, a routine check, a hedge
        ("High blood sugar damages small nerves over the years.", []),
        ("Our nurses check blood glucose at every visit.", []),
        ("Fasting may improve insulin sensitivity in some adults.", []),
    ],
)
def test_metabolic_measures_are_health(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a benefit fragment whose complaint lasted a stretch of time; a noun that
        # looks like a verb after a determiner
        ("Ozone shots: freedom from decades of back pain after one course.", MED101),
        (
            "PRP for golfers: relief from months of elbow pain in two visits, no hospital stay.",
            MED101,
        ),
        # near misses: a fragment with a verb of its own; a topic heading
        ("Relief from years of back pain usually takes more than one visit.", []),
        ("## Relief from years of back pain: what the evidence says", []),
    ],
)
def test_benefit_fragments_with_time_spans(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # years taken off an age
        ("Our NAD+ longevity plan takes up to ten years off your cellular age.", MED101),
        ("Six months of peptide therapy shaved a decade off her biological age.", MED101),
        ("The red-light mask turns years off your skin's age.", MED101),
        # near misses: a harm, a hedge, a question
        ("Smoking can add years to your biological age.", []),
        ("Could a supplement really take years off your biological age?", []),
    ],
)
def test_years_off_an_age(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the pelvic floor and weak muscles as health objects
        ("Our magnetic chair cures bladder weakness in six sessions.", MED101),
        ("The trainer device rebuilds the pelvic floor after childbirth.", MED101),
        # near misses: a description of anatomy, advice
        ("The pelvic floor is a sling of muscles under the bladder.", []),
        ("Squeezing exercises are one way to keep the pelvic floor strong.", []),
    ],
)
def test_pelvic_floor_and_weakness(text, expected):
    assert claims(text) == expected

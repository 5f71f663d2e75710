"""Claim rule by mechanism (thirteenth round), as a user sees it.

Precision first: a relative clause after a list of bare nouns that "no" opens
belongs to the whole negated list ("there is no cream, serum or device that ...");
activities in a list give advice like one activity does; a regulator just before
"cleared" makes it a clearance. Recall: a medicine or an aid given up, said of
someone; a complaint that stops or fades out, closing its clause; a complaint's
end told without a verb, when it is the patients' or opens a short fragment tied
to a time; comparatives of mood and calm in a benefit fragment; a hyphenated
compound ("get-up-and-go") is no verb of the fragment.
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
        ("There is no cream, serum or device that regrows hair for good.", []),
        ("No tablet, patch or shot that melts belly fat has passed a fair trial.", []),
        ("There's no diet, supplement or drip which cures fibromyalgia.", []),
        # near misses: a new item with its own article, or "just" before it, is asserted
        ("No stitches and no downtime, just cells that rebuild your cartilage.", MED101),
        ("No pills, no surgery, only an injection that heals the tendon.", MED101),
    ],
)
def test_relative_clause_after_a_negated_list(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brisk walking and rowing keep your hips supple as you age.", []),
        ("Regular stretching, swimming or cycling keeps a stiff back moving.", []),
        ("Daily skipping and dancing keep older bones strong.", []),
        # near miss: a treatment keeps it so
        ("Our exosome drip keeps arthritic knees moving.", MED101),
    ],
)
def test_activities_in_a_list_give_advice(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two laser helmets were FDA-cleared for thinning hair last year.", []),
        ("Some light masks are FDA cleared as devices for acne.", []),
        ("A few of these caps are Health Canada cleared for hair loss.", []),
        # near miss: a skin cleared by a product
        ("Our blue-light mask cleared my acne in a month.", MED101),
    ],
)
def test_a_regulator_before_cleared_is_a_clearance(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "After two cord-blood infusions, most of our COPD patients chucked their inhalers.",
            MED101,
        ),
        ("Our ozone course lets arthritis sufferers come off their opioids for good.", MED101),
        ("Many of our clients are off their blood pressure pills by spring.", MED101),
        ("Half the runners we treat leave the clinic without their knee brace.", MED101),
        (
            "Six weeks of our peptide protocol and golfers have binned the daily ibuprofen "
            "and steroids.",
            MED101,
        ),
        ("Our MSC infusions let patients put away the insulin pen.", MED101),
        # near misses: an instruction, a surgeon's timeline, an everyday object
        ("Stop your anti-inflammatories a week before the PRP injection.", []),
        ("You can come off your steroids only under your doctor's care.", []),
        ("Most people are off crutches two weeks after knee surgery.", []),
        ("Please put away your phone during the infusion.", []),
        ("We binned our old booking system last spring.", []),
    ],
)
def test_a_medicine_or_aid_given_up(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One course of our cupping and the hot flushes just stop.", MED101),
        ("The buzzing in her ears quietened to a whisper after her acupuncture.", MED101),
        ("Our hearing drops make tinnitus fade to nothing in a month.", MED101),
        ("Two sessions on the table, and the headaches finally stopped.", MED101),
        # near misses: a complaint that stops in a condition or by itself
        ("The pain usually stops when you rest the knee.", []),
        ("If the numbness stops, you can drive again.", []),
        ("Bleeding stops on its own within minutes.", []),
        ("Cover your ears when the ringing of the fire alarm stops.", []),
    ],
)
def test_a_complaint_that_stops_or_fades(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Heel pain gone in ten days with our gel insoles.", MED101),
        ("Heel pain gone in ten days, or your money back.", []),
        ("## Tennis elbow gone in three weeks with our brace", MED101),
        ("Guests leave with their back pain a distant memory.", MED101),
        ("Members go home with their cholesterol back to normal.", MED101),
        # near misses: no owner, no time, no fragment
        ("Swelling gone? Then you can start your physio.", []),
        ("Heartburn is a thing of the past for many people who eat smaller meals.", []),
        ("Life back to normal after the floods.", []),
    ],
)
def test_a_complaint_ended_without_a_verb(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peptide shots: calmer joints, deeper sleep and more get-up-and-go.", MED101),
        ("Calmer skin after one exosome facial.", MED101),
        ("Cord-blood infusions: steadier energy and a lot more get-up-and-go.", MED101),
        # near misses: calm that is not health
        ("Calmer waters ahead for our clinic in spring.", []),
        ("Lighter rooms and a calmer waiting area.", []),
    ],
)
def test_comparatives_in_a_benefit_fragment(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Stiff, creaky knees? Our PRP shots sort them out for good.", MED101),
        ("Tennis elbow flaring again? A couple of exosome injections will settle it down.", MED101),
        ("Got a bad back? Our ozone injections shift it for good.", MED101),
        ("If your migraines keep coming back, our NAD+ drip knocks them out.", MED101),
        # near misses: no therapy as the subject, the reader's own task, not a complaint
        ("Our team knows the paperwork is a pain, and we sort it out for you.", []),
        ("Migraines are common; we'll help you sort them out with a headache diary.", []),
        ("Sore after the injection? Ice packs calm it down.", []),
        ("If your laptop has a virus, our engineers wipe it out.", []),
    ],
)
def test_a_phrasal_verb_of_ending_around_a_pronoun(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our exosomes tell the worn joint to stop breaking down.", MED101),
        ("The peptide instructs ageing cartilage to stop breaking down for good.", MED101),
        ("Cord cells prompt a frayed tendon to stop wearing away.", MED101),
        # near misses
        ("If the cartilage keeps breaking down, a replacement may follow.", []),
        ("The old boiler kept breaking down, so we replaced it.", []),
    ],
)
def test_a_part_told_to_stop_breaking_down(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("This mouth guard ends teeth grinding in a fortnight.", MED101),
        ("Our laser treatment eliminates snoring in three sessions.", MED101),
        ("Our knee sleeve stops the popping in your knee.", MED101),
        # near miss: grinding that is not a body's
        ("Stop the grinding of the coffee beans before the water boils.", []),
    ],
)
def test_a_joint_that_clicks_or_a_sleeper_who_snores(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ozone clears chronic Lyme infections in weeks.", MED101),
        ("Ozone heals diabetic foot ulcers that nothing else touches.", MED101),
        # near misses: the gas in the air
        ("Ground-level ozone irritates the lungs and worsens asthma.", []),
        ("The ozone layer heals slowly now that CFCs are banned.", []),
        ("Ozone kills bacteria in the water at treatment plants.", []),
    ],
)
def test_ozone_as_the_subject_of_an_outcome(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Whether your hip aches from running or from gardening, our exosome shots rebuild "
            "the joint.",
            MED101,
        ),
        (
            "No matter which sport wrecked your shoulder, our BMAC injections repair the torn "
            "tendon.",
            MED101,
        ),
        # near misses: the outcome inside the question, or a real doubt
        ("Whether PRP heals tendons or not is still being studied.", []),
        ("Whether stem cells regrow cartilage or merely calm inflammation, nobody knows yet.", []),
        ("It is unclear whether PRP repairs cartilage or only eases pain.", []),
    ],
)
def test_a_concession_hedges_nothing_after_its_comma(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("After one course of cord-cell infusions she had her sense of smell back.", MED101),
        ("Shockwave therapy will have your grip back in a month.", MED101),
        ("Our exosome shots get arthritic horses trotting again.", MED101),
        ("Two BMAC injections had him kneeling in the garden again.", MED101),
        ("No more inhalers after our cord-blood infusions.", MED101),
        ("| | Pills | PRP |\n|---|---|---|\n| Hair | Thin | Complete regrowth for life |", MED101),
        ("Drop two whole dress sizes in a month with our detox wraps.", MED101),
        # near misses: not health, a recovery's course, a rehab's usual time
        ("Get your kids reading again this summer with our tutors.", []),
        ("Have your team working again by Monday with our IT fixes.", []),
        ("You may need crutches for two weeks; after that, no more crutches.", []),
        ("Full recovery usually takes six months after an ACL repair.", []),
    ],
)
def test_a_function_or_an_activity_given_back(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Got my third ozone session on Friday and the sciatica is gone, no joke.", []),
        ("I tried the exosome drip last month and my brain fog lifted within days.", []),
        ("Quick update: had my first stem cell infusion in May and the tremor has eased.", []),
        # near misses: the clinic's voice, or the reader's treatment
        ("After your second PRP shot, the night pain is gone.", MED101),
        ("We had our best month ever, and our PRP injections heal torn tendons.", MED101),
    ],
)
def test_the_writers_own_treatment_in_the_first_person_is_an_account(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Pain-free knees by summer: that's what our clients walk away with after our PRP "
            "course.",
            MED101,
        ),
        ("A full head of hair again is exactly the outcome our patients see.", MED101),
        (
            "Cartilage that grows back is the aim of every BMAC shot, and it is the result our "
            "athletes get.",
            MED101,
        ),
        # near miss: a doubt about results
        (
            "Results vary; some patients see little change, and that is the outcome our "
            "patients get told about first.",
            [],
        ),
    ],
)
def test_an_outcome_said_to_be_what_patients_get(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hip pain keeping you up at night? Our PRP injections put a stop to it.", MED101),
        ("Eczema flare-ups? One exosome serum calms them in a week.", MED101),
        ("Knee pain? Our stem cell shots cure it.", MED101),
        ("Thanks to our ozone therapy, patients are throwing away their painkillers.", MED101),
        ("Restore your hairline in 3 months with our exosome scalp therapy.", MED101),
        ("Back to golf without back pain, thanks to our prolotherapy.", MED101),
        ("Migraine sufferers leave our clinic headache-free.", MED101),
        ("Dogs treated with our stem cells are back chasing squirrels within weeks.", MED101),
        # near misses: no complaint, a cold pack, a surgeon's timeline, downtime
        ("Got questions about knee pain? Our exosome team answers them.", []),
        ("If your knee aches after the injection, ice calms it.", []),
        ("Most runners are back running six weeks after surgery.", []),
        ("You'll be back walking the dog the day after your injection.", []),
    ],
)
def test_fresh_paraphrases_of_this_rounds_shapes(text, expected):
    assert claims(text) == expected

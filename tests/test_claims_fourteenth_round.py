"""Claim rule by mechanism (fourteenth round), as a user sees it.

Precision first: the writer's own result told in the first person singular, in no
clinic's voice ("this cold plunge cured my anxiety", "my brain fog is finally
gone"), and a first-person sentence after the writer's own treatment ("I had two
in March. ... the fatigue is gone") are their account; what someone the writer
knows says ("my naturopath says ...") is reported; a result confined to
laboratory animals or cells in a dish ("... heal in rats") is a research report;
"helps ... with" before a list of conditions names a disease list, not an outcome.
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
        # the writer's own health matter, as subject or object of the outcome
        ("That sauna blanket honestly fixed my lower back in a fortnight.", []),
        ("Three turmeric shots later my joint pain has totally cleared.", []),
        ("Ngl the red light mask is why my acne healed so fast #skincare", []),
        ("Six weeks on magnesium and my restless legs are gone.", []),
        ("The kombucha cleanse sorted me right out.", []),
        # near misses: the clinic's voice, a treatment of the writer's, other people's
        ("Our PRP fixed my knee and it will fix yours.", MED101),
        ("My protocol repairs torn cartilage in weeks.", MED101),
        ("My own method rebuilds worn knee cartilage.", MED101),
        ("With our shots, my clients' tendons heal in half the time.", MED101),
        ("With BPC-157, my players are back on the pitch in half the time.", MED101),
        ("This cold plunge cures anxiety in two weeks.", MED101),
    ],
)
def test_the_writers_own_result(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first-person sentence after the writer's own treatment goes on with it
        ("I had three sessions in May. Honestly, I can sleep again and the aching is gone.", []),
        ("I tried five infusions. Now I'm off the sofa and the fatigue has lifted.", []),
        ("I've had two rounds so far. I feel great and the stiffness is gone.", []),
        # near misses: a general claim after it, in no first person; no account before
        ("I had three sessions last spring. Ozone heals Lyme disease for good.", MED101),
        ("Honestly, I'm proud to say the stiffness is gone after one of our shots.", MED101),
    ],
)
def test_a_first_person_account_goes_on(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # someone the writer knows, by relation or trade, says it
        ("My physio reckons PRP repairs torn tendons.", []),
        ("My chiropractor told me stem cells regrow cartilage.", []),
        ("My acupuncturist swears NAD+ drips cure long COVID.", []),
        ("My vet says the exosome shot heals tendons in a month.", []),
        # near misses: the writer's own team or method, not a report
        ("Ask my team: PRP heals tendons.", MED101),
        ("My protocol cures arthritis in weeks.", MED101),
    ],
)
def test_what_someone_the_writer_knows_says(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a result confined to laboratory animals or to cells in a dish
        ("Exosomes healed damaged cartilage in mice.", []),
        ("In rat studies, the peptide rebuilt torn ligaments within days.", []),
        ("The compound reverses nerve damage in diabetic mice.", []),
        ("NAD+ restores worn-out muscle cells in a petri dish.", []),
        # near misses: animal patients of a vet, or people too
        ("Our stem cells heal tendons in horses.", MED101),
        ("Our exosomes heal tendons in rats and people alike.", MED101),
        ("Our cord cells reverse arthritis in dogs and cats.", MED101),
    ],
)
def test_a_result_confined_to_the_lab(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb that offers a therapy for a list of conditions (disease-list-claim's)
        ("Our copper bracelet helps with gout, tinnitus, eczema, acid reflux and insomnia.", []),
        # near misses: one condition; an outcome verb before the list; a later outcome
        ("Our copper bracelet helps people with gout.", MED101),
        ("Our cord cells reverse autism, ALS, lupus, asthma and glaucoma.", MED101),
        (
            "Our shots have helped patients with gout, tinnitus, eczema and asthma avoid surgery.",
            MED101,
        ),
    ],
)
def test_helps_with_a_list(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person who mended their own body, with no treatment in the clause
        ("POV: you finally fixed your posture", []),
        ("She healed her gut after years of trial and error.", []),
        # near misses: a treatment in the clause, or the clinic as the subject
        ("You fixed your back with three prolotherapy sessions.", MED101),
        ("We fixed your back in one visit.", MED101),
        ("Our PRP fixed your back for good.", MED101),
    ],
)
def test_a_person_who_mended_their_own_body(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # someone had or got back at a sport or a place of play by the treatment
        ("Our PRP clinic will have you back on the slopes by Christmas.", MED101),
        ("A short course of shockwave gets weekend warriors back in the game.", MED101),
        ("This knee brace has grandad back on the golf course in a fortnight.", MED101),
        ("Our tendon shots put most eventers back to full work by spring.", MED101),
        # near misses: downtime, a question, a trip, a hedge
        ("We'll have you back at work the next day.", []),
        ("Could our shots have you back on the court?", []),
        ("Our drivers get you back to the airport on time.", []),
        ("Physio may get some players back on the pitch sooner.", []),
    ],
)
def test_had_back_at_a_sport(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # relief told as a burden lifted from a body part or a complaint
        ("This shockwave session takes the ache out of a stiff shoulder.", MED101),
        ("Our gel insoles take the pain out of heel spurs.", MED101),
        ("The night splint takes the strain off your wrist joint for good.", MED101),
        # near misses: not a health matter, a hedge, a question
        ("Our booking app takes the pressure off your diary.", []),
        ("A cushion may take some of the pressure off your hips.", []),
        ("Does a brace really take the strain off a knee?", []),
    ],
)
def test_a_burden_lifted(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # everyday complaints of feet, muscles and winter, and ailing parts in everyday words
        ("Our zinc lozenges knock out a cold overnight.", MED101),
        ("The foot balm gets rid of corns and calluses.", MED101),
        ("This quinine tonic stops muscle cramps.", MED101),
        ("Our chiro sorts out wonky knees in one visit.", MED101),
        ("Shockwave fixes a gammy shoulder for good.", MED101),
        # near misses: a cold plunge, a hedge, a negation
        ("Our cold plunge opens at seven.", []),
        ("Magnesium may ease night-time cramps for some people.", []),
        ("Nothing we sell cures a cold.", []),
    ],
)
def test_everyday_complaints(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a complaint's end told in the passive, with a treatment or a means in sight
        ("Sciatica can be cured with our spinal decompression.", MED101),
        ("Stubborn heel pain is fully resolved after three shockwave sessions.", MED101),
        ("Migraines are banished for good with our nerve block.", MED101),
        # near misses: a question, a negation, the body's course, one trial's arm
        ("Is neck pain eliminated by needling?", []),
        ("Back pain is not cured by any pill.", []),
        ("Heel pain is usually eased by rest and time.", []),
        ("In the trial, knee pain was relieved in the PRP group.", []),
    ],
)
def test_a_complaints_end_in_the_passive(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the end of a complaint as a noun, opening a fragment tied to a time
        ("Total elimination of sciatica in three visits.", MED101),
        ("Full disappearance of tinnitus after five sessions with our laser.", MED101),
        ("Complete remission of eczema within a month.", MED101),
        # near misses: no health matter, a verb of its own, a hedge
        ("Conflict resolution in four weeks.", []),
        ("Resolution of symptoms varies from person to person.", []),
        ("Some patients may see complete resolution of eczema within a month.", []),
    ],
)
def test_a_complaints_end_as_a_noun(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an outcome under way, said of someone
        ("Our clinic is reversing type 2 diabetes in hundreds of patients.", MED101),
        ("We're healing torn rotator cuffs without surgery.", MED101),
        ("Dr. Rao has been regenerating worn knees since 2015.", MED101),
        # near misses: research, a question, the body's course, a negation
        ("We are researching whether stem cells heal tendons.", []),
        ("Are you curing anything?", []),
        ("The wound is healing well.", []),
        ("Nobody is curing autism with cord blood.", []),
    ],
)
def test_an_outcome_under_way(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # prevention told as protection from a condition
        ("Our turmeric shot shields your joints against arthritis.", MED101),
        ("This mushroom blend protects the heart from heart disease.", MED101),
        ("A daily scoop guards your gut against colitis.", MED101),
        # near misses: no health matter, a hedge, a question
        ("Our insurance protects you from unexpected bills.", []),
        ("A helmet may protect you from a head injury.", []),
        ("Does this blend protect the brain from dementia?", []),
    ],
)
def test_protection_from_a_condition(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a benefit handed to someone by a treatment
        ("Our magnesium drip delivers deeper sleep.", MED101),
        ("BPC-157 injections give athletes faster tendon healing.", MED101),
        ("Our hair PRP gives you thicker, fuller hair.", MED101),
        # near misses: advice, nothing about health, a worse complaint, a hedge
        ("Good sleep habits give you deeper sleep.", []),
        ("Our clinic gives you faster appointments.", []),
        ("PRP may give some patients better knee function.", []),
    ],
)
def test_a_benefit_handed_over(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a benefit fragment followed by a clause with a subject of its own
        ("NAD+ drip bar: deeper sleep and more stamina while you travel.", MED101),
        ("Exosome facial: smoother skin before you walk down the aisle.", MED101),
        # near miss: no treatment, time or permanence tied to it
        ("Breakfast tips: more energy while you work.", []),
    ],
)
def test_a_fragment_before_a_clause_of_its_own(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a complaint turned into a memory, bid farewell, or sent into remission
        ("With our laser, acne scars become a distant memory.", MED101),
        ("After two drips the brain fog is just a memory.", MED101),
        ("Kiss knee pain goodbye with our shockwave sessions.", MED101),
        ("Our gut protocol puts Crohn's disease into lasting remission.", MED101),
        # near misses: a hedge, a question, a memory that is no complaint
        ("For some patients, knee pain may become a distant memory.", []),
        ("Can PRP put arthritis into remission?", []),
        ("Our memory clinic opens on Monday.", []),
    ],
)
def test_a_complaint_turned_into_a_memory(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a medicine or an aid given up thanks to the treatment
        ("Diabetic? Our protocol gets you off insulin.", MED101),
        ("Our lung infusions have most clients off their inhalers.", MED101),
        ("No more reading glasses after our eye drops.", MED101),
        ("You'll never need another cortisone shot.", MED101),
        # near misses: an instruction, downtime, a hedge
        ("You can come off the painkillers a day after the procedure.", []),
        ("Some patients may never need another cortisone shot.", []),
    ],
)
def test_a_medicine_given_up(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an outcome as a noun that patients are told to expect, pain never felt again,
        # a part as good as new
        ("Expect the elimination of chronic back pain within a month.", MED101),
        ("You'll wake up without that nagging back ache after one session.", MED101),
        ("The result? Knees that work like new.", MED101),
        ("Our PRP leaves shoulders that move like new.", MED101),
        # near misses: a car, a hedge, a question
        ("Our courtesy car runs like new.", []),
        ("Most people can expect some reduction in swelling.", []),
        ("Will my knee ever work like new?", []),
    ],
)
def test_expected_outcomes_and_parts_like_new(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a caption or alt text: the words after a colon, a participle after the treatment
        ("![Smiling runner after PRP: knee fully healed](runner.jpg)", MED101),
        ("Golfer, six weeks after BMAC: shoulder completely rebuilt", MED101),
        # near misses: a surgeon's timeline, a clause with a verb of its own
        ("What to expect in the weeks after knee surgery: wound healed, swelling down.", []),
        ("Tendon injuries are slow: tendons heal over months.", []),
    ],
)
def test_a_caption_after_a_colon(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what patients report is hedged (the vocabulary's hedges), with or without a time
        ("Clients report pain relief in days.", []),
        ("Patients report pain relief as the main reason they return.", []),
        # near miss: what the treatment itself does
        ("Our laser brings pain relief in days.", MED101),
    ],
)
def test_what_patients_report(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # aftercare and frequency are no passive claims; a complaint named "hot flushes"
        # is no verb of removal
        ("Pain is usually eased with simple painkillers after the procedure.", []),
        ("Any soreness is relieved with an ice pack after the session.", []),
        ("Hot flushes and night sweats are common in perimenopause.", []),
        # near misses: the clinic's own means, a treatment named
        ("Heel pain is relieved for good with our laser.", MED101),
        ("Our patch stops hot flushes in a week.", MED101),
    ],
)
def test_aftercare_and_hot_flushes(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the end promised in the future, idioms of ending, an aid left for an activity
        ("Your psoriasis will clear up after six sessions.", MED101),
        ("With our balm the cold sores will simply melt away.", MED101),
        ("Cryotherapy sends inflammation packing.", MED101),
        ("Our laser makes short work of toenail fungus.", MED101),
        ("This balm nips cold sores in the bud.", MED101),
        ("From crutches to hiking in eight weeks with our BMAC injections.", MED101),
        # near misses: a condition, a question, a hedge, paperwork, grit
        ("If your rash doesn't clear up, see your GP.", []),
        ("Will my psoriasis clear up after PRP?", []),
        ("Your psoriasis may clear up after six sessions.", []),
        ("Our receptionist makes short work of the paperwork.", []),
        ("She went from the sofa to running a marathon through sheer grit.", []),
        ("Our team sorts it out for you.", []),
    ],
)
def test_promised_ends_and_idioms(text, expected):
    assert claims(text) == expected

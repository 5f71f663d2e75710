"""Caveat rule by mechanism (eighteenth round), as a user sees it.

Caveats in more words: research in people called early, no product of the therapy
approved whatever its name, results that differ told of "the others". Ozone named by
its route ("IV ozone") or charged into an oil or saline is the therapy.
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
            "Exosome facials smooth fine lines. The research in humans is still early.",
            [],
        ),
        ("Our BPC-157 pens mend sore tendons. Trials of it in people were early.", []),
        (
            "Wharton's jelly shots ease hip pain, though no Wharton's jelly injection "
            "is FDA approved for hips.",
            [],
        ),
        ("NAD+ drips lift your energy; no NAD+ infusion has been approved for that.", []),
        (
            "Some guests feel sharper after an NAD+ drip; others felt no difference.",
            [],
        ),
        ("Several of our PRP clients sleep better. Some patients noticed no change.", []),
        # near misses: no caveat in these words
        ("Our PRP shots heal tendons. Others recommend surgery first.", MED401),
        ("Our PRP shots heal tendons, and early booking gets a discount.", MED401),
        ("Our stem cell drips boost energy. No parking is available on site.", MED401),
    ],
)
def test_caveats_in_more_words(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Our naturopath uses IV ozone to treat patients with shingles, lupus, gout "
            "and long COVID.",
            MED401,
        ),
        ("Rectal ozone clears chronic gut infections in a week.", MED401),
        ("Ozonated olive oil heals cold sores overnight.", MED401),
        ("Intravenous ozone sessions restore your energy.", MED401),
        # near misses: not the therapy, or caveated
        ("The ozone layer shields us from UV light.", []),
        ("Ozonated water is used to rinse vegetables in some kitchens.", []),
        ("IV ozone for Lyme disease is experimental and not FDA approved.", []),
    ],
)
def test_ozone_by_its_route(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "We now offer ovarian PRP at our fertility clinic for women with a low egg reserve.",
            MED401,
        ),
        ("Our cord-blood infusions are for children living with cerebral palsy.", MED401),
        ("Dr Vance uses BPC-157 shots to treat athletes with torn hamstrings.", MED401),
        ("People with long COVID fly to our Lisbon centre every month for NAD+ drips.", MED401),
        ("Families of kids with autism travel to Panama for our exosome infusions.", MED401),
        ("Our vets use PRP to help dogs with elbow arthritis.", MED401),
        # near misses: a contraindication, a screening, a trial, an approval, a caveat
        ("PRP is not suitable for people with low platelet counts.", []),
        ("We screen adults with heart disease before any NAD+ drip.", []),
        ("A stem cell trial is recruiting adults with lupus in Leeds.", []),
        ("The FDA approved one MSC therapy, for children with graft-versus-host disease.", []),
        ("Ovarian PRP for women with a low egg reserve is experimental.", []),
        ("Women with a diminished ovarian reserve often ask about IVF.", []),
    ],
)
def test_an_offer_to_patients_named_by_their_complaint(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Greetings from MedVoyage. Attached is the package for stem cell therapy for "
            "autism at our partner hospital: 4 days, USD 9,200 with hotel.",
            MED401,
        ),
        ("PRP for tennis elbow: £350 per injection, ultrasound guided.", MED401),
        ("A course of BPC-157 pens for a hamstring strain costs about $600 here.", MED401),
        ("Our PRP injections for knees cost $600.", []),
        # near misses: what someone paid, a bare topic, a price for something else
        ("Has anyone had PRP for a frozen shoulder? Was it worth the $900?", []),
        ("A man who paid $18,000 for stem cells for his Parkinson's got worse.", []),
        ("PRP for tendon injuries is covered in chapter 4.", []),
        ("Consultations cost $120. We also discuss PRP.", []),
    ],
)
def test_a_price_for_the_therapy_for_a_complaint(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "If your plantar fasciitis keeps flaring, BPC-157 could be the answer you've "
            "been waiting for.",
            MED401,
        ),
        ("Exosomes may well be the breakthrough your thinning crown needs.", MED401),
        ("For stubborn heel pain, prolotherapy might just be the game changer.", MED401),
        ("Our stem cell service could become the future of sports medicine.", MED401),
        # near misses: denied, asked and answered no, caveated
        ("Stem cells could not be the answer for everyone.", []),
        ("Is PRP the answer you've been waiting for? Not yet: the trials are small.", []),
        ("PRP might be the answer for sore elbows, but it remains experimental.", []),
    ],
)
def test_hedged_praise(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Exosome scalp therapy is showing promising results for a receding hairline.", MED401),
        ("Our team is seeing encouraging results with prolotherapy for loose ankles.", MED401),
        ("BPC-157 has shown exciting results in our tennis players.", MED401),
        # near misses: in mice (a caveat), denied, contrasted with a caveat
        ("Stem cells showed promising results in mice with arthritis.", []),
        ("PRP has not shown good results for hair loss.", []),
        ("NAD+ drips show promising results, but the trials are small.", []),
    ],
)
def test_results_told_as_promising(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hip Pain? Try Wharton's Jelly\n\nBack on the Golf Course by Summer",
            MED401,
        ),
        ("Our BMAC shots put weekend golfers back on the course.", MED401),
        (
            "I send my riders to Apex for PRP on sore hamstrings, and Apex gets them "
            "back training within a month.",
            MED401,
        ),
        ("Exosome knee injections. Back on your bike by spring.", MED401),
        # near misses: not a health return, denied, caveated
        ("Our clinic offers PRP. We are back on the high street after the refit.", []),
        ("Stem cells won't get you back on the pitch any faster.", []),
        ("PRP may put runners back on the track, but the evidence is mixed.", []),
    ],
)
def test_a_return_to_an_activity(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'From our wall of fame (posted with consent): "Six months after exosome '
            'therapy my crown has filled in." (Marek, 44)',
            MED401,
        ),
        (
            "A text from Lily's dad today: \"She came back from the cord-blood "
            "infusions and she's walking to school for the first time!\" This is why we "
            "do what we do.",
            MED401,
        ),
        (
            "Duke, an 11-year-old Labrador, had his PRP injection at our practice in "
            'June. "He\'s chasing the ball again," says his owner.',
            MED401,
        ),
        (
            "Our horse Storm had stem cells for a bowed tendon with us. \"She's back "
            'in work and sound," writes her rider.',
            MED401,
        ),
        # near misses: a relapse, a patient's own forum post, a caveat, no therapy
        (
            'Rex had his PRP injection at our clinic in May. "He\'s limping again," '
            "says his owner.",
            [],
        ),
        (
            "Had my third PRP session in April and my elbow has stopped aching. Just "
            "sharing in case it helps someone in this group.",
            [],
        ),
        (
            'Duke had his PRP injection at our practice. "He\'s chasing the ball again," '
            "says his owner. PRP for dogs is still experimental.",
            [],
        ),
        (
            'Duke had physio with us. "He\'s chasing the ball again," says his owner.',
            [],
        ),
    ],
)
def test_testimonials_on_clinic_copy(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "**Exosome therapy in Tbilisi: indications**\n\n- Psoriasis\n- Crohn's disease\n"
            "- Heart failure",
            MED401,
        ),
        ("Conditions we treat with cord MSCs in Cancun\n\n- Lupus\n- Autism\n- COPD", MED401),
        # near misses: a title over a list of no complaints, a caveat
        ("**PRP at our Leeds clinic**\n\n- Free parking\n- Open Saturdays", []),
        (
            "**Exosome therapy: indications**\n\n- Psoriasis\n- Gout\n- Asthma\n\n"
            "All of these uses are experimental.",
            [],
        ),
    ],
)
def test_a_title_line_over_a_list(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Who are exosome drips for? I've given them for gout, eczema, tinnitus and long COVID.",
            MED401,
        ),
        ("BPC-157 is our bestseller. We offer it for Crohn's disease, asthma and acne.", MED401),
        (
            "Horses with navicular disease, laminitis, sarcoids and arthritis can all be "
            "treated with our stem cell injections.",
            MED401,
        ),
        ("Eczema, psoriasis and rosacea respond well to our exosome serum.", MED401),
        # near misses: research framing, a denied approval, denied treatment
        (
            "Stem cell trials are recruiting. They are testing them for lupus, asthma and stroke.",
            [],
        ),
        ("PRP is popular. It is not approved for arthritis, gout or tendon tears.", []),
        ("PRP is popular. It is FDA approved for arthritis, gout and tendon tears.", []),
        ("Arthritis, gout and tendonitis cannot be treated with PRP.", []),
    ],
)
def test_a_list_of_complaints_tied_by_a_pronoun_or_a_link(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Our clinic offers BMAC. Patients pick us because it beats cortisone shots.",
            MED401,
        ),
        ("Exosome shots are here: a drug-free option for eczema.", MED401),
        ("Our Wharton's jelly injection is a non-surgical alternative for hip arthritis.", MED401),
        (
            "Stiff knees slowing you down? If that's you, ask our physio after your "
            "assessment whether BMAC could help you kneel again.",
            MED401,
        ),
        # near misses: the comparison's subject is not the therapy, a bare call
        ("BMAC is popular. Physio outperforms it at a year.", []),
        ("Many of our members have stiff hips. If so, book a chat about BMAC.", []),
    ],
)
def test_comparisons_options_and_calls(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By the fourth visit, 82% of our exosome scalp clients see fresh regrowth.", MED401),
        ("Our cord-tissue injection lets your patients leave hip pain behind for good.", MED401),
        ("After six NAD+ infusions your metabolic age drops by eight years.", MED401),
        ("BPC-157 users return to training 40% faster.", MED401),
        # near misses: a caveat, established care, no experimental therapy
        ("82% of our PRP clients see fresh regrowth, though results vary.", []),
        ("After six sessions of shockwave, 82% of our clients walk pain-free.", []),
        ("Our physio patients return to training 40% faster.", []),
    ],
)
def test_rates_and_lasting_results(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Our brand ambassador, the cyclist Ana Ruiz, posted: "My monthly exosome '
            'drip keeps my legs young and my focus sharp." Link in our bio.',
            MED401,
        ),
        (
            '#ad Boxer Leon Pryce for RegenPoint: "Cracked my wrist, had the PRP shot, '
            'back in the ring in six weeks."',
            MED401,
        ),
        (
            'This episode is brought to you by CellCore. A listener wrote in: "After '
            "their BMAC shot I'm hiking again.\"",
            MED401,
        ),
        ("Calm drips are back: walk out with your sleep back after one NAD+ infusion.", MED401),
        ("One BPC-157 course and you get your stamina back.", MED401),
        # near misses: a clinician's denial, no change, a relapse, a caveat, not a health good
        (
            "Our clinic hosted Dr Lee, who said: \"I don't recommend PRP for my arthritis "
            'patients any more."',
            [],
        ),
        (
            'Sponsored by FlexCell. "I tried their stem cell shot and felt no change at '
            'all," says one reader.',
            [],
        ),
        (
            '#ad for RegenPoint: "Had the PRP shot, back in the ring in six weeks." PRP '
            "for wrists is experimental.",
            [],
        ),
        ("Our PRP clinic will get your deposit back to you within a week.", []),
    ],
)
def test_first_person_quotes_on_promotional_copy(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Spots for our May stem cell clinic for arthritic dogs are nearly full.", MED401),
        ("Only two places left at our PRP clinic for injured runners this month.", MED401),
        ("Just 3 slots remain for our exosome day for asthmatic horses. Call today!", MED401),
        # near misses: no complaint named, a caveat
        ("Only two places left at our PRP open day for staff this month.", []),
        (
            "Spots for our stem cell clinic for arthritic dogs are nearly full; the "
            "treatment is experimental.",
            [],
        ),
    ],
)
def test_places_booked_for_patients_named_by_a_complaint(text: str, expected: list[str]) -> None:
    assert caveat(text) == expected

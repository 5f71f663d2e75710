"""Caveat rule by mechanism (thirteenth round), as a user sees it.

A sample of one's own blood or marrow is a draw, not a small study, so it is no
caveat; ozone that is the subject of an outcome verb, and ozone mixed with one's own
blood (autohaemotherapy), are the therapy; a phrasal verb of ending around a pronoun
and a medicine given up present a therapy with benefits.
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
            "BMAC uses a small sample of bone marrow from your hip. It regrows torn cartilage.",
            MED401,
        ),
        (
            "We draw a small sample of your own blood and spin it. The PRP then heals your tendon.",
            MED401,
        ),
        ("Exosomes come from a tiny sample of donor tissue, and they rebuild worn discs.", MED401),
        # near misses: a small study is a caveat
        ("A small pilot of 12 patients suggested PRP rebuilds worn cartilage.", []),
        ("PRP heals tendons, though the sample in the one trial was small.", []),
    ],
)
def test_a_sample_of_your_own_blood_is_no_caveat(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Can ozone fix a bulging disc? Absolutely.", MED401),
        ("Ozone clears chronic Lyme infections in weeks.", MED401),
        ("We offer major autohaemotherapy for hepatitis, shingles, gout and eczema.", MED401),
        ("Minor autohemotherapy eases eczema flare-ups within days.", MED401),
        # near misses: the gas in the air, and a caveat said
        ("Ground-level ozone irritates the lungs and worsens asthma.", []),
        (
            "Ozone therapy for back pain is experimental and not approved by the FDA; it may "
            "help some patients.",
            [],
        ),
    ],
)
def test_ozone_as_a_therapy(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brain fog? A NAD+ drip clears it right up.", MED401),
        ("Our cord-blood infusions let COPD patients chuck their inhalers.", MED401),
        ("Most of our stem cell patients are off their painkillers within a month.", MED401),
        # near miss: an instruction before the procedure
        ("Stop your anti-inflammatories a week before your PRP injection.", []),
    ],
)
def test_pronoun_endings_and_medicines_given_up_present_the_therapy(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our exosome programme for thinning hair is now accepting new clients.", MED401),
        ("Bookings are now open for our cord-cell infusions for knee arthritis.", MED401),
        ("PRP for jumper's knee: now available at our Dublin clinic.", MED401),
        # near misses: availability with no complaint, a procedure, a talk
        ("Bookings open in March for our new PRP suite.", []),
        ("Our stem cell clinic is now taking bookings.", []),
        ("Our PRP sessions for tendon injuries are booked through the front desk.", []),
        ("Seats left for our free talk on stem cells and knee arthritis; bookings now open.", []),
    ],
)
def test_a_service_opened_to_bookings_for_a_complaint_is_an_offer(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("New this spring: our exosome scalp infusions for thinning hair.", MED401),
        ("Our NAD+ drips for long COVID fatigue.", MED401),
        ("Safe and natural: our umbilical cord allograft for worn knees.", MED401),
        # near misses: the fragment has a verb, or is a price or a reading
        ("Our PRP sessions for tendon injuries are booked.", []),
        ("Prices: our PRP injections for knees cost $600.", []),
        ("An umbilical cord allograft is tissue from a donated placenta.", []),
    ],
)
def test_our_therapy_for_a_complaint_as_a_tagline_is_an_offer(text, expected):
    assert caveat(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Patients travel to us from across Europe with knee arthritis for our exosome course.",
            MED401,
        ),
        (
            "People come to us with MS, lupus and Parkinson's, and we give them our cord-cell "
            "infusions.",
            MED401,
        ),
        ("Runners fly to our clinic with torn hamstrings for BPC-157 shots.", MED401),
        # near miss: what they bring is a question
        ("Patients come to us with questions about stem cells all the time.", []),
    ],
)
def test_patients_bringing_a_complaint_to_the_clinic_is_an_offer(text, expected):
    assert caveat(text) == expected

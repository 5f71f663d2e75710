"""Sixteenth round of the regulatory rules, by mechanism.

disease-list-claim: the subject of a passive offer at the start of a paragraph is the
therapy whatever its head noun, with a place or a recipient after it ("zinc drips at our
Leeds clinic are offered for ..."); the means in an offer ("conditions we treat with
cupping") names the therapy; a modality that does one thing and also heals ("reflexology
calms the mind and heals ...") and a clinic's record in the perfect ("our drips have
resolved ...") offer what follows; people who come to a named clinic ("our Harley Street
practice") with a list; several short items that close a series after three known
conditions count too. The sentences are our own, modelled on clinic, med-spa,
veterinary and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- disease-list-claim (MED105) ---------------------------------------------------

LIST_FLAGGED = [
    # the subject of a passive offer, a place or a recipient after its head
    "Magnesium flush infusions at our Leeds day clinic are offered for migraine, asthma, "
    "fibromyalgia, lupus, gout and psoriasis.",
    "Our turmeric paste for senior dogs is used for arthritis, epilepsy, kidney disease, "
    "allergies and cancer.",
    "Ozone sauna sessions in our Dubai suite are recommended for Lyme disease, eczema, "
    "diabetes, asthma and chronic fatigue.",
    # the means of treatment in an offer heading
    "## Complaints we manage with cupping\n\n- sciatica\n- insomnia\n- asthma\n- IBS\n"
    "- depression\n- psoriasis",
    "Conditions we address using reflexology: migraine, infertility, COPD, lupus and arthritis.",
    # a modality that does one thing and also heals
    "Traditional naturopathy detoxifies the body and heals eczema, asthma, IBS, gout and "
    "migraines.",
    "Reflexology calms the mind and resolves insomnia, psoriasis, COPD, tinnitus and arthritis.",
    # a clinic's record in the perfect
    "Since 2010 our chelation protocols have resolved autism, heart disease, gout, "
    "psoriasis and macular degeneration.",
    "Our weekly drips have healed asthma, lupus, eczema, diabetes and back pain in our members.",
    # people who come to a named clinic with a list
    "Families travel to our Harley Street practice with autism, epilepsy, asthma, eczema "
    "and cerebral palsy. Our stem cell protocol gives them hope.",
    "Clients arrive at the Marbella wellness centre with MS, COPD, lupus, gout and "
    "tinnitus, and leave with a plan built on our exosome infusions.",
    # several short items closing a series after three known conditions
    "Our hemp balm for cats is used for arthritis, seizures, anxiety, hot spots, "
    "hairballs and cystitis flare-ups.",
    "This elderflower cordial is used for asthma, gout, eczema, night sweats, low mood "
    "and weak nails.",
]

LIST_CLEAN = [
    # a passive offer of one specialty, or of things that are not conditions
    "Shockwave sessions at our Leeds clinic are offered for tennis elbow, plantar "
    "fasciitis, shin splints, tendinitis and jumper's knee.",
    "Our meeting rooms at the Leeds clinic are used for yoga, pilates, birth classes, "
    "talks and staff training.",
    # one word only before the passive offer: no subject
    "It is used for arthritis, seizures, anxiety, hot spots and hairballs.",
    # research framing and warnings still clear the list
    "Researchers are exploring whether acupuncture helps migraine, infertility, asthma, "
    "IBS and depression.",
    "No supplement is approved for arthritis, epilepsy, kidney disease, asthma or cancer.",
    # the perfect of something that is no health complaint
    "Our front desk has resolved every complaint about billing, parking, noise, "
    "bookings and staff this year.",
    # a series with too few known conditions
    "Our hemp balm for cats is used for arthritis, hot spots, hairballs, shedding and dry paws.",
    # a question
    "Do families bring children to our Harley Street practice with autism, epilepsy, "
    "asthma, eczema and cerebral palsy?",
]


@pytest.mark.parametrize("text", LIST_FLAGGED)
def test_disease_list_flagged(text: str) -> None:
    assert flags(text, "MED105"), text


@pytest.mark.parametrize("text", LIST_CLEAN)
def test_disease_list_clean(text: str) -> None:
    assert not flags(text, "MED105"), text


# -- guaranteed-outcome (MED104) ---------------------------------------------------

GUARANTEE_FLAGGED = [
    # a share of the clinic's people with a complaint, then the result
    "Seventy per cent of our clients with tennis elbow regain a full grip by the third session.",
    "82% of my patients who have plantar fasciitis walk without pain after six weeks.",
    "Nine in ten of our members living with sciatica sleep through the night again.",
    # a share of any people who stop a complaint or get a result in a time frame
    "Four in five dogs stop scratching within days of the first dose.",
    "Over 90% of users stop snoring in two weeks.",
    "Eight out of ten mums are leak-free after six sessions on the chair.",
    # the same result every time, closing a line
    "Tension headaches eased in ten minutes, every single time.",
    "Hot flushes calmed within the hour - each and every time.",
    "NightCalm spray: deep sleep in minutes, every time!",
    # a body working again, kept for good
    "Our knee programme gets you running pain-free again, for good.",
    "The HearClear implant has you chatting at the dinner table again for life.",
    "You'll be sleeping like a baby again, forever.",
]

GUARANTEE_CLEAN = [
    # a percentage off is a price
    "Spring offer: 30% off every recovery massage until Friday.",
    "Members get 15% discount on all sleep products.",
    "Up to 25% savings on physio and recovery packages this month.",
    # who they are, a habit given up, a harm
    "Seventy per cent of our clients with tennis elbow are over forty.",
    "Half of patients stop taking statins within a year.",
    "One in three mums stop breastfeeding within six weeks.",
    # no health result beside "every time"
    "Fresh towels and a warm welcome, every time.",
    # a harm kept for good
    "Untreated, the tear can leave you limping again for good.",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guarantee_flagged(text: str) -> None:
    assert flags(text, "MED104"), text


@pytest.mark.parametrize("text", GUARANTEE_CLEAN)
def test_guarantee_clean(text: str) -> None:
    assert not flags(text, "MED104"), text


# -- pressure-tactic (MED701) --------------------------------------------------------

PRESSURE_FLAGGED = [
    # a count of stock left, with a long description of the stock
    "Just 5 jars of our slow-brewed bone broth for gut and joint repair are left.",
    "Only 3 boxes of the Night Owl magnesium and glycine sleep blend remain in stock.",
    "Only 12 packs of our cold-pressed turmeric and ginger shots are still available.",
    # "only until" closing a sentence that names the offer
    "New patients get £50 off the first facial, but only until Friday.",
    "Half-price ozone sessions for newcomers - just till the end of the month.",
    "Use code GLOW for 25% off, and only through this weekend.",
    # joining or buying before a deadline beside an offer
    "Sign up before midnight Friday and your first drip is half price.",
    "Enrol by the end of the month and we take $200 off the course.",
    "Switch to our clinic before Thursday to get 30% off your first visit.",
]

PRESSURE_CLEAN = [
    # the same shapes with no offer, or for something else
    "Only 40 copies of the 1998 textbook on shoulder surgery remain in the library.",
    "The pharmacy is open until Friday, then closed for the holiday.",
    "Please register before Monday so we can print your badge for the free talk.",
    "Fast before midnight the night before your operation.",
    # a plain price with no deadline
    "A course of six sessions costs $600, and new patients get $50 off.",
]


@pytest.mark.parametrize("text", PRESSURE_FLAGGED)
def test_pressure_flagged(text: str) -> None:
    assert flags(text, "MED701"), text


@pytest.mark.parametrize("text", PRESSURE_CLEAN)
def test_pressure_clean(text: str) -> None:
    assert not flags(text, "MED701"), text


# -- a cure asserted before a list keeps its own finding ------------------------------

CURED_LISTS = [
    "Since 2012 our cupping protocols have cleared up eczema, migraines, asthma, gout "
    "and IBS in hundreds of clients.",
    "Our ozone drips got rid of lupus, psoriasis, COPD, tinnitus and sciatica for our "
    "members this year.",
    "The NeuroPulse programme has resolved insomnia, asthma, eczema, gout and migraines "
    "in our patients.",
]


@pytest.mark.parametrize("text", CURED_LISTS)
def test_cure_before_a_list_is_reported_with_the_list(text: str) -> None:
    found = codes(text)
    assert "MED105" in found and "MED101" in found, (text, found)


def test_an_offered_list_is_reported_once() -> None:
    text = "Our ozone drips are offered for lupus, psoriasis, COPD, tinnitus and sciatica."
    found = codes(text)
    assert "MED105" in found and "MED101" not in found, found

"""Seventeenth round of disease-list-claim (MED105), by mechanism.

A closing attribution needs a reporting verb used as one: "nerves at shows" or "worry
about their reports" ends a list, it does not report it. A verb of relief, repair or
ending asserted before a list ("eases sciatica, asthma, ...") is an outcome claim as
well as a list: the list is reported at its last condition, so the cure claim keeps its
own finding; an offer ("treats", "helps with") and a brand ("Sleep Ease complex") do
not. The sentences are our own, modelled on clinic, supplement and veterinary copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes

LIST = "disease-list-claim"
CURE = "unsupported-cure-claim"


def found(text: str) -> list[str]:
    return codes(text, LIST, CURE)


# -- a reporting verb used as one --------------------------------------------------

NOUN_NOT_REPORT = [
    "This calming paste for show ponies is used for colic, laminitis, heaves, sweet itch "
    "and jitters before shows.",
    "Our hemp chews for dogs are used for arthritis, seizures, itchy skin, kidney disease "
    "and stress during shows.",
    "Our nettle tonic is used for hay fever, gout, eczema, asthma and soreness after shows.",
]

STILL_REPORTED = [
    "Bee venom is sold for arthritis, MS, lupus, asthma and gout, a consumer group warns.",
    "Clinics sell exosomes for arthritis, MS, lupus, asthma and gout, the report shows.",
    "Ozone is marketed for Lyme disease, MS, lupus, asthma and gout, regulators say.",
]


@pytest.mark.parametrize("text", NOUN_NOT_REPORT)
def test_a_noun_after_a_preposition_does_not_report_the_list(text: str) -> None:
    assert "MED105" in found(text)


@pytest.mark.parametrize("text", STILL_REPORTED)
def test_a_closing_attribution_still_reports_the_list(text: str) -> None:
    assert "MED105" not in found(text)


# -- an outcome verb before a list keeps its cure claim ------------------------------

RELIEF_BEFORE_LIST = [
    "Our infrared mat eases sciatica, asthma, psoriasis, tinnitus and insomnia.",
    "These mushroom drops soothe eczema, gout, migraines, acid reflux and anxiety.",
    "This copper insole relieves gout, migraines, asthma, eczema and insomnia.",
]

OFFER_BEFORE_LIST = [
    # an offer, not an outcome: the list alone
    "Our clinic's acupuncture treats sciatica, asthma, psoriasis, tinnitus and insomnia.",
    # a brand that holds a relief word
    "Our Sleep Ease complex may help with sciatica, asthma, psoriasis, tinnitus and insomnia.",
]


@pytest.mark.parametrize("text", RELIEF_BEFORE_LIST)
def test_relief_before_a_list_is_both_a_list_and_a_cure_claim(text: str) -> None:
    assert found(text) == ["MED101", "MED105"]


@pytest.mark.parametrize("text", OFFER_BEFORE_LIST)
def test_an_offer_before_a_list_is_the_list_alone(text: str) -> None:
    assert found(text) == ["MED105"]


# -- introducers of a list: a recipient, "is for", verbs of taking on, "good for:" ---

INTRODUCED = [
    # whoever the service is for stands between it and the offer
    "This herbal paste for older dogs tackles arthritis, kidney disease, seizures, ear "
    "infections and anxiety.",
    "Our reflexology sessions for children deal with colic, eczema, asthma, ADHD and bedwetting.",
    # a product that "is for" what follows, its name joined by "&"
    "**Our shea & baobab butter is for:**\n\n- eczema\n- arthritis\n- psoriasis\n- asthma\n"
    "- stretch marks\n- insomnia",
    "**This bitter-leaf & ginger brew is for:**\n\n- diabetes\n- gout\n- asthma\n- eczema\n"
    "- piles\n- insomnia",
    "My grandmother's turmeric paste is for gout, eczema, asthma, migraines and acid reflux.",
    # verbs of taking on, a modality with its head noun ("cupping course")
    "Our cupping course takes on sciatica, eczema, IBS, asthma and depression.",
    "Our cryotherapy sessions for athletes take on arthritis, migraines, eczema, "
    "depression and asthma.",
    "These jade rollers deal with acne, migraines, gout, sinusitis and insomnia.",
    # "good for:" in speech and dialect, the series opened by the colon counted from its
    # first item, "an'" and "'n'" joining its last
    "Bitter melon juice good for: sugar, pressure, gout, asthma, eczema an' piles.",
    "Moringa tea good fuh: arthritis, pressure, asthma, insomnia 'n' gout.",
    "Ginger tea is great for: sugar, pressure, gout, asthma, eczema and piles.",
]

NOT_INTRODUCED = [
    # people, not a treatment
    "Our team for dogs and cats helps with arthritis, seizures, anxiety, kidney disease "
    "and asthma.",
    "Our newsletter is for patients with arthritis, lupus, asthma, gout and eczema.",
    # one specialty
    "Our physio course takes on knee pain, hip pain, shoulder pain, tennis elbow and "
    "plantar fasciitis.",
    "Our sports massage service for runners eases knee pain, hip pain, shin splints, "
    "plantar fasciitis and tendonitis.",
    # a colon list of things that are not conditions
    "Good for: energy, focus, mood, sleep and digestion.",
]


@pytest.mark.parametrize("text", INTRODUCED)
def test_an_introducer_offers_the_list(text: str) -> None:
    assert "MED105" in found(text)


@pytest.mark.parametrize("text", NOT_INTRODUCED)
def test_no_treatment_or_one_specialty_is_no_list(text: str) -> None:
    assert "MED105" not in found(text)


# -- where a series ends: whoever it is for, the predicate of a list as subject -------

SERIES_CLOSED = [
    # whoever the list is for closes it
    "Our hemp oil is used for seizures, arthritis, ear infections, dry noses and itchy "
    "paws in older dogs.",
    "This herbal syrup is given for asthma, eczema, colic, teething trouble and nappy "
    "rash in babies and toddlers.",
    "Our magnetic collars are recommended for arthritis, epilepsy, hot spots, poor "
    "circulation and stiff hocks for horses and ponies.",
    # the list is the subject: its predicate closes it
    "Horses with laminitis, heaves, sweet itch, gastric ulcers and rain scald can all be "
    "helped by our equine ozone service.",
    "Children living with eczema, asthma, ADHD, glue ear and night terrors may benefit "
    "from our cord blood infusions.",
    "People with lupus, migraines, gout, brittle nails and low energy have all been "
    "treated with our exosome drips.",
]

SERIES_NOT_OFFERED = [
    "Dogs with arthritis, kidney disease, seizures, itchy skin and bad breath are common "
    "in our waiting room.",
    "Researchers are testing stem cells in dogs with arthritis, kidney disease, asthma, "
    "itchy skin and bad breath.",
    "Our physio team sees knee pain, hip pain, shoulder pain, stiff backs and sore feet "
    "in older adults.",
]


@pytest.mark.parametrize("text", SERIES_CLOSED)
def test_a_series_closed_by_its_recipients_or_predicate_counts_its_last_items(
    text: str,
) -> None:
    assert "MED105" in found(text)


@pytest.mark.parametrize("text", SERIES_NOT_OFFERED)
def test_a_closed_series_with_no_offer_is_no_list(text: str) -> None:
    assert "MED105" not in found(text)


# -- hashtag lists -----------------------------------------------------------------

HASHTAG_LISTS = [
    # words run together in a hashtag name a condition ("#heartfailure")
    "Exosome IV drips now in Miami ✨ #parkinsons #heartfailure #lupus #asthma #hairloss "
    "#erectiledysfunction",
    "We do it all with cord blood cells! #autism #cerebralpalsy #multiplesclerosis "
    "#kidneydisease #COPD #glaucoma",
    # the therapy named by a hashtag too
    "#exosomes #longcovid #fibromyalgia #tinnitus #psoriasis #dementia 💉 DM for prices",
]

HASHTAGS_NO_LIST = [
    # tags that are no conditions
    "Stem cell therapy at our spa 🌿 #wellness #selfcare #mindfulness #yoga #detox #glow",
    # one specialty
    "PRP at our clinic #arthritis #kneepain #hippain #tenniselbow #sportsinjury",
    # research, and no therapy at all
    "A new trial of stem cells is recruiting #MS #ALS #parkinsons #stroke #COPD",
    "Walk for awareness 💜 #lupus #MS #arthritis #asthma #diabetes #autism",
]


@pytest.mark.parametrize("text", HASHTAG_LISTS)
def test_a_hashtag_list_of_conditions_is_a_list(text: str) -> None:
    assert "MED105" in found(text)


@pytest.mark.parametrize("text", HASHTAGS_NO_LIST)
def test_hashtags_of_no_conditions_one_specialty_or_no_therapy_are_quiet(text: str) -> None:
    assert "MED105" not in found(text)

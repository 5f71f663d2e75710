"""Eighth round of the regulatory and citation rules, by mechanism.

guaranteed-outcome: shares of the clinic's own people and whatever their body does,
average results of "our" patients, remedies worded without "refund" next to a health
result, a closing "..., guaranteed", results kept for good, a marker missing from the
references. pressure-tactic: deadlines on a price, stock that runs out, fear of delay.
safety-absolute: harms ruled out in other shapes. unapproved-fda-claim: products no
approval covers by their other names, registration as a credential. disease-list-claim:
any service or product named as the subject of an offer. uncited-research-claim:
unnamed authorities and a ranking handed down by a profession. The sentences are our
own, modelled on clinic, med-spa and supplement copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes


def flags(text: str, rule: str) -> bool:
    return bool(codes(text, rule))


# -- guaranteed-outcome (MED104) ------------------------------------------------

GUARANTEE_FLAGGED = [
    # a share of the clinic's own people, and what the body does
    "74% of our runners finish their next marathon without knee pain.",
    "Eight in ten of our golfers play a full round pain-free after the course.",
    "Nine out of ten horses we treat are back under saddle within a season.",
    "81 percent of cats seen at Whisker Vets are eating normally within a week.",
    # the treatment makes a share of people do something
    "Our shoulder program returns 9 out of 10 swimmers to the pool.",
    "The disc protocol lets 85% of our patients skip surgery.",
    # an outcome in a share of people, whatever the verb
    "Our hair serum thickens the crown in 7 out of 10 users.",
    # the average result of the clinic's people
    "Clients at our clinic lose an average of 18 pounds in the first quarter.",
    "Members on our semaglutide plan drop 15% of their weight in six months.",
    # a remedy worded without "refund", next to a health result
    "Sleep deeper within two weeks of starting our magnesium drip. If you don't, "
    "we'll put the whole charge back on your card.",
    "Lose a dress size by summer, otherwise your next two sessions are on us.",
    "Clearer skin in 30 days or the next month of facials is free.",
    "Your back will feel looser after three visits; if it doesn't, return the "
    "unused pass for a full refund.",
    # a closing "..., guaranteed"
    "## Younger-looking skin by Christmas \u2014 guaranteed",
    "Better sleep in one week, guaranteed.",
    "# Freedom from sciatica after two sessions: guaranteed",
    # a result kept for good
    "Smoother, firmer skin for life after one laser series.",
    "Our collagen shots keep your joints supple for the rest of your life.",
    "Migraines tamed for good with one nerve block.",
    "| Complaint | After our laser |\n|---|---|\n| Eczema | Soothed permanently |",
]


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_guaranteed_outcome_flags(text: str) -> None:
    assert flags(text, "guaranteed-outcome")


def test_a_marker_missing_from_the_references_is_no_source() -> None:
    text = (
        "Shockwave clears heel pain in 8 out of 10 patients [5].\n\n"
        "## References\n\n1. Roe P. Foot Ankle Int. 2019;40(2):101-109.\n"
    )
    assert flags(text, "guaranteed-outcome")
    resolved = text.replace("[5]", "[1]")
    assert not flags(resolved, "guaranteed-outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Arrives in three days or your shipping is free.",
        "Refer a friend and your next month is free.",
        "If the jar arrives damaged, send it back for a full refund.",
        "If you don't like the flavour, send the tub back for a full refund.",
        "If the order is late, we'll put the delivery charge back on your card.",
        "Delivery within 48 hours, guaranteed.",
        "About 40% of our patients are over 65.",
        "60% of our members book online.",
        "Side effects such as bruising occur in 2 out of 10 patients.",
        "Without treatment, hair follicles shrink for good.",
        "We keep your records safe for life.",
        "In trials, people taking semaglutide lost about 15% of their body weight "
        "(Wilding et al., 2021).",
    ],
)
def test_guaranteed_outcome_near_misses(text: str) -> None:
    assert not flags(text, "guaranteed-outcome")


# -- pressure-tactic (MED701) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a price or an offer with a deadline
        "Vitamin drips are $79 until Friday.",
        "Botox is $11 a unit through the end of the month.",
        "Our B12 shot special runs next Saturday only.",
        "Spaces at the gut-health workshop go to whoever books first: first come first served.",
        # stock or allocation that runs out
        "Register before this batch of peptide vials sells out.",
        "Only three red-light therapy packages remain at the current price.",
        "Lock in the launch rate today and pay it for a year.",
        # a price rise with a date, and a window to keep the old price
        "Fees go up in March. Book this month to hold your current rate.",
        "Membership prices increase on September 1.",
        # fear of delay pushing a booking
        "Don't wait until the damage is permanent: book your knee review now.",
        "Every week you wait, the cartilage wears thinner, so book your scan today.",
        "Never wait until it's too late to call us about your hair.",
    ],
)
def test_pressure_tactic_flags(text: str) -> None:
    assert flags(text, "pressure-tactic")


@pytest.mark.parametrize(
    "text",
    [
        "We are open until 8pm on Thursdays.",
        "The clinic is closed through Sunday for the holiday.",
        "If you notice signs of a stroke, don't wait: call 911.",
        "Our free evening talk is on Thursday; seats are first come, first served.",
        "Keep the ice pack on until the numbness wears off.",
        "Every week you wait for a hip replacement, the muscles around the joint weaken.",
    ],
)
def test_pressure_tactic_near_misses(text: str) -> None:
    assert not flags(text, "pressure-tactic")


# -- safety-absolute (MED103) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our sterile technique means nothing could possibly go wrong during your infusion.",
        "Laser lipo offers none of the bruising, swelling or risks of surgery.",
        "Since the graft is your own tissue, the immune system has no means to attack it.",
        "Your dog's immune system stands no chance of attacking its own cells.",
        "Five years of PRP at our practice and not one patient has had an infection.",
        "After 4,000 drips, not a single adverse reaction.",
        "With your own platelets there is not the slightest chance of rejection.",
        "- No needles, no scalpel, no side effects",
    ],
)
def test_safety_absolute_flags(text: str) -> None:
    assert flags(text, "safety-absolute")


@pytest.mark.parametrize(
    "text",
    [
        "In the trial, not a single complication was reported among the 40 volunteers.",
        "No procedure, however small, is entirely without risk.",
        "There is no way to know in advance whether your body will respond.",
        "If something does go wrong, call us straight away.",
        "We have no way to reject a booking once it is paid.",
        "There is almost no chance of an allergic reaction with your own cells.",
        "Be wary of clinics that say nothing can go wrong.",
    ],
)
def test_safety_absolute_near_misses(text: str) -> None:
    assert not flags(text, "safety-absolute")


# -- unapproved-fda-claim (MED102) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # products no approval covers, by their other names
        "Our testosterone pellets are FDA cleared and last up to five months.",
        "BrightGut's probiotic blend is approved by the FDA.",
        "Each bottle of SeaPure Krill Oil is FDA certified for purity.",
        # a registration presented as the credential of the writer's own facility
        "Our compounding pharmacy is FDA registered, so you know every vial is made right.",
        "The clinic's processing lab is registered with the FDA and inspected every year.",
        "Our partner manufacturer has FDA registration for its plant in Ohio.",
    ],
)
def test_unapproved_fda_claim_flags(text: str) -> None:
    assert flags(text, "unapproved-fda-claim")


@pytest.mark.parametrize(
    "text",
    [
        # a registration clarified in the sentence after it, or in its own
        "Our cord-tissue bank is registered with the FDA. That does not mean its "
        "products are approved for any use.",
        "Our stem cell lab is registered with the FDA. Registration is a listing, "
        "not an approval of any treatment.",
        "Our tissue bank is registered with the FDA; registration means the agency "
        "knows we exist, not that it has approved anything.",
        # a generic medicine named by its stem really is approved
        "Exosomes are experimental. Minoxidil is FDA-approved for hair loss.",
        "Stem cells are unproven. Sildenafil is an FDA-approved treatment for "
        "erectile dysfunction.",
        "Our lab is registered with the state health department.",
        "Ask whether the lab is registered with the FDA.",
    ],
)
def test_unapproved_fda_claim_near_misses(text: str) -> None:
    assert not flags(text, "unapproved-fda-claim")


# -- disease-list-claim (MED105) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cupping is used for back pain, asthma, acne, anxiety, insomnia and high blood pressure.",
        "Our detox protocol clears up eczema, migraines, fatigue, acid reflux and joint pain.",
        "At our wellness spa we use hyperbaric oxygen for autism, stroke recovery, "
        "Lyme disease, psoriasis and hearing loss.",
        "Reflexology also helps with PMS, constipation, insomnia, sinusitis and tension headaches.",
    ],
)
def test_disease_list_flags(text: str) -> None:
    assert flags(text, "disease-list-claim")


@pytest.mark.parametrize(
    "text",
    [
        "Your GP can help with asthma, diabetes, high blood pressure, depression and back pain.",
        "Our sports massage plan helps with knee pain, hip pain, shoulder pain, "
        "tennis elbow and plantar fasciitis.",
        "Symptoms of long COVID include fatigue, brain fog, insomnia, anxiety and joint pain.",
        "Researchers are testing acupuncture for migraines, asthma, insomnia, IBS and depression.",
    ],
)
def test_disease_list_near_misses(text: str) -> None:
    assert not flags(text, "disease-list-claim")


# -- uncited-research-claim (MED201) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Podiatrists regard shockwave as the best option for heel pain.",
        "Physiotherapists consider dry needling the gold standard for trigger points.",
        "Researchers say a daily dose of beetroot juice lowers blood pressure.",
        "Doctors now believe that ozone clears chronic infections.",
        "Researchers have uncovered that fasting resets the immune system.",
        "Medicine has finally learned that gut bacteria drive anxiety.",
    ],
)
def test_uncited_research_flags(text: str) -> None:
    assert flags(text, "uncited-research-claim")


@pytest.mark.parametrize(
    "text",
    [
        "Doctors recommend rest and ice for a sprained ankle.",
        "Ask your doctor what experts say about PRP.",
        "Some experts say PRP may help, but the evidence is weak and the treatment "
        "is experimental.",
        "Doctors recommend PRP as a second step if physio fails.",
        "No scientists have discovered that exosomes regrow cartilage.",
    ],
)
def test_uncited_research_near_misses(text: str) -> None:
    assert not flags(text, "uncited-research-claim")

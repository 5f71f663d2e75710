"""disease-list-claim on heldout19 (twentieth round), by mechanism.

An offer that names its treatment by no word of the therapy list: a modality, a
remedy of the fringe or a product named by its kind, in the unit, its lead-in, its
section heading or elsewhere in the document; the subject of a passive offer that
is "available" or "suitable" for a list; the writer's favourite remedy for a list
("my go-to for"); a dose taken for a list; a first-person "I use it for"; a product's
lead-in that it "is for:" what follows. Near misses: the same shapes with too few
conditions or one specialty, and a list of what a product is not for. The sentences
are our own, modelled on clinic, supplement, pet and influencer copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes

RULE = "disease-list-claim"


def flags(text: str) -> bool:
    return bool(codes(text, RULE))


FLAGGED = [
    # a modality named in the section heading over a list the lead-in offers
    "## Who Benefits From Reflexology?\n\nAt our Galway rooms we often see clients"
    " for:\n\n- Migraines\n- Asthma\n- Irritable bowel\n- Insomnia\n- Psoriasis\n",
    "## What Can Cupping Therapy Help?\n\nPeople come to us for:\n\n- Back pain\n"
    "- Hay fever\n- Anxiety\n- Acne\n- Constipation\n",
    # the subject of a passive offer: available, suitable
    "Our naturopathy sessions in Leeds are suitable for adults with eczema, gout,"
    " asthma, anxiety and acid reflux.",
    "Dr. Rao's Unani treatment is available for psoriasis, diabetes, migraines,"
    " arthritis and infertility.",
    # a headline offer with no verb, a fringe remedy as its treatment
    "Unani medicine available for diabetes, psoriasis, asthma, arthritis and infertility.",
    # the writer's favourite remedy
    "Black seed oil is my go-to for asthma, acne, arthritis, insomnia and IBS.",
    # praise of a product for a list, the product named by its kind
    "Golden paste for dogs: great for arthritis, itchy skin, seizures, anxiety and kidney disease.",
    # a dose taken for a list, the product named by its kind in its title
    "Nettle & Thyme Syrup\nTwo spoonfuls a day for coughs, eczema, gout, migraines and anxiety.",
    # a first-person offer, with a remedy of the fringe named in the document
    "Why I rate DMSO. I use it with patients for arthritis, migraines, asthma,"
    " psoriasis and depression.",
    # a product's lead-in that it is for what follows
    "**JointJoy Senior Chews** are for:\n\n- Arthritis\n- Seizures\n- Hot spots\n"
    "- Bad breath\n- Anxiety\n",
]

QUIET = [
    # the same shapes, too few conditions or one specialty
    "## Who Benefits From Reflexology?\n\nWe often see clients for:\n\n- Stress\n- Tired feet\n",
    "Our sports massage sessions are suitable for runners with shin splints, knee"
    " pain, plantar fasciitis, tennis elbow and hip pain.",
    "Black seed oil is my go-to for salad dressings and flatbreads.",
    "Nettle & Thyme Syrup\nTwo spoonfuls a day in winter, with honey.",
    "I use a foam roller for my calves after long runs.",
    "Golden paste is great for curries, stews and roast vegetables.",
    # a product that is for no complaint
    "**Crunchy Bites** are for:\n\n- Training treats\n- Long car rides\n- Puppy classes\n",
    # research and warnings stay quiet
    "Researchers are testing methylene blue for Alzheimer's, depression, long COVID,"
    " migraines and psoriasis, but no use of it is approved.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_offer_of_a_named_treatment_for_a_list_is_reported(text: str) -> None:
    assert flags(text)


@pytest.mark.parametrize("text", QUIET)
def test_near_misses_stay_quiet(text: str) -> None:
    assert not flags(text)

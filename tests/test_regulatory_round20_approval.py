"""unapproved-fda-claim on heldout19 (twentieth round), by mechanism.

An approval phrase whose subject stands for a product named just before: no subject
at all (a bullet under the product's title), a pronoun ("It's FDA approved" after a
compounded drug), or a determiner and a noun naming the same product or any product
by its form ("our pellets" after hormone pellets, "their capsules" after a liposomal
supplement). Near misses: an approved medicine in the subject or named after the
product, a subject that names something else, and a product too far back. The
sentences are our own, modelled on telehealth, pet, supplement and FAQ copy.
"""

from __future__ import annotations

import pytest

from tests.rulecheck import codes

RULE = "unapproved-fda-claim"


def flags(text: str) -> bool:
    return bool(codes(text, RULE))


FLAGGED = [
    # a pronoun after a compounded medicine
    "Compounded semaglutide from our partner pharmacy, $199 a month. It's FDA approved"
    " and delivered in two days.",
    "We now stock custom-compounded testosterone cream. It is FDA cleared, so you can"
    " order with confidence.",
    # a yes before the pronoun, and an approval the product "has"
    "We stock compounded semaglutide. Yes, it's FDA-approved.",
    "Try our elderberry syrup. It has FDA approval.",
    # a bullet with no subject under the product's title
    "Happy Hound CBD Oil for Senior Dogs\n\n- FDA approved, vet trusted\n- Pure hemp\n",
    # a determiner and a noun: the same product, or any product by its form
    "**Patient questions about bioidentical hormone pellets**\n\nQ: How long do they"
    " last?\n\nA: Four months. Our pellets are FDA approved.",
    "Picked up some liposomal vitamin C at the market today. Their softgels are FDA"
    " approved, which is why I buy them.",
    "New in: our ashwagandha gummies. These are FDA approved and vegan.",
]

QUIET = [
    # an approved medicine in the subject, or named after the product
    "We stock compounded creams and plain ibuprofen. Our ibuprofen tablets are FDA approved.",
    "Our compounded cream also contains lidocaine. It is FDA approved as a numbing agent.",
    # a nearer sentence names an approved medicine: the pronoun stands for it
    "Our clinic sells turmeric capsules. We also prescribe a migraine medication. It's"
    " FDA approved for that.",
    # a subject that names something else
    "Compounded semaglutide is popular. The branded pen Wegovy is FDA approved for weight loss.",
    "Compounded semaglutide costs less. Our pharmacy is licensed in all 50 states.",
    # a negation
    "Compounded tirzepatide is cheaper. It is not FDA approved.",
    # the product named too far back
    "We sell compounded semaglutide. Shipping is free. Orders go out on Mondays."
    " Refills are easy. Payment is monthly. It is FDA approved.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_approval_said_of_a_product_named_before_is_reported(text: str) -> None:
    assert flags(text)


@pytest.mark.parametrize("text", QUIET)
def test_near_misses_stay_quiet(text: str) -> None:
    assert not flags(text)

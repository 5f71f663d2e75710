"""Claim rule by mechanism (seventeenth round), as a user sees it.

False alarms, by cause: the writer's own result whose "my" stands inside the outcome
phrase, in an account where the writer speaks as "I" ("that spray ended my restless
legs ... I'm sleeping"); a practitioner named with a role between commas before the
verb of their trade ("Mr Frost, consultant hand surgeon, treats ..."); a third party
that "will tell you" what a product does (reported words); and what happens to people
at large, as the subject that opens the sentence or as those who do something ("for
many people who ..."), with no treatment in sight and no clinic's voice.
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
        (
            "ok the copper insoles wiped out my plantar fasciitis, I walk to work again",
            [],
        ),
        ("Honestly the red light panel cleared my eczema and I did nothing else.", []),
        ("that sleep spray literally ended my restless legs, I'm out cold by ten", []),
        # near misses: a clinic's voice, other people's complaint, no "my"
        ("Our spray ended my restless legs and it will end yours.", MED101),
        ("This spray ended my patients' restless legs.", MED101),
        ("This spray ended restless legs for me.", MED101),
    ],
)
def test_own_result_inside_the_outcome(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Priya Nair, our senior physiotherapist, treats tennis elbow and frozen shoulder.", []),
        ("Ms Ruth Cole, lead nurse, treats leg ulcers in the community.", []),
        ("Dr Omar Haddad, consultant foot surgeon, treats bunions and hammer toes.", []),
        # near misses: a product between the commas is no practitioner
        ("Regenix, our flagship stem cell serum, treats arthritis in the knee.", MED101),
        ("Our exosome drip, a world first, treats long COVID fatigue.", MED101),
    ],
)
def test_practitioner_with_a_role_between_commas(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The glossy brochures told us the shots regrow cartilage, but the evidence is thin.", []),
        ("Every seller's ad assures you that the drip flushes out toxins.", []),
        ("A clinic's web page will tell you the cells rebuild discs in weeks.", []),
        # near misses: the writer's own website, or the writer's own words
        ("Our website tells you how PRP heals tendons.", MED101),
        ("The cells rebuild discs in weeks, as our website will tell you.", MED101),
    ],
)
def test_third_party_that_tells_you(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Adults lose about 1 kg of muscle a year after 50.", []),
        ("Most people regain the 5 kg they lost within two years.", []),
        ("Many women drop 2 kg over the winter months.", []),
        ("Acid reflux is a thing of the past for many people who eat smaller meals.", []),
        ("Joint stiffness is a thing of the past for many older adults who swim twice a week.", []),
        ("Back pain goes away for most people who keep moving.", []),
        # near misses: the clinic's own patients, a treatment in the sentence, those
        # who have the treatment
        ("Our patients lose 5 kg in a month.", MED101),
        ("Our clients drop 2 kg in the first week.", MED101),
        ("Acid reflux is a thing of the past with our drops.", MED101),
        ("Most people lose 5 kg in a month on the Slimjet injections.", MED101),
        ("A knee replacement ends the pain of arthritis for most people who have one.", MED101),
    ],
)
def test_people_at_large(text: str, expected: list[str]) -> None:
    assert claims(text) == expected

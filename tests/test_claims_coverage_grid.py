"""Coverage grid of unsupported-cure-claim: outcome verbs by class x health objects by
class x subject forms, and the near misses that must stay quiet.

Blind sets keep showing plain claims the vocabulary misses because one verb never met
one object ("clears stubborn infections", "builds immunity", "improves egg quality").
This grid writes every sensible pair of a verb class and an object class (a benefit's
direction: lowering blood pressure, raising sperm count, never "lowers fertility") with
each subject a marketer uses, so a gap shows up as a class, not as one item.

Run ``python tests/test_claims_coverage_grid.py`` for the coverage per verb class, per
object class and per subject form (``--silent`` lists the silent sentences). The tests
assert every cell of the grid is reported and every near miss is quiet.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parent.parent)]
from rulecheck import codes  # noqa: E402

RULE = "unsupported-cure-claim"

# -- verbs, by class (third person singular) -----------------------------------------
VERBS: dict[str, list[str]] = {
    "cure": ["cures", "heals"],
    "clear": ["clears", "fights", "beats", "knocks out"],
    "kill": ["kills", "destroys", "wipes out"],
    "relieve": ["relieves", "eases", "reduces", "calms", "soothes", "settles"],
    "end": ["ends", "stops", "eliminates", "banishes"],
    "improve": ["improves", "boosts", "builds", "strengthens", "enhances"],
    "sharpen": ["sharpens"],
    "restore": ["restores", "revives", "repairs", "rebuilds"],
    "regrow": ["regrows", "reverses"],
    "switch_off": ["switches off", "shuts down", "turns off"],
    "reset": ["resets", "rebalances"],
    "prevent": ["prevents", "protects against", "wards off"],
    "lower": ["lowers", "reduces", "normalises", "brings down"],
    "raise": ["raises", "increases", "boosts"],
    "get_rid": ["gets rid of"],
}

# -- health objects, by class --------------------------------------------------------
OBJECTS: dict[str, list[str]] = {
    "conditions": ["eczema", "psoriasis", "acne", "IBS", "insomnia", "endometriosis"],
    "symptoms": ["hot flushes", "bloating", "brain fog", "night sweats", "joint pain"],
    "pathogens": [
        "infections",
        "stubborn infections",
        "bacteria",
        "viruses",
        "fungus",
        "candida",
        "parasites",
        "Lyme",
    ],
    "functions": [
        "immunity",
        "the immune system",
        "fertility",
        "egg quality",
        "sperm quality",
        "memory",
        "focus",
        "energy",
        "sleep",
        "libido",
        "stamina",
        "metabolism",
        "circulation",
        "digestion",
        "gut health",
        "mood",
    ],
    "mind": ["memory", "focus", "concentration", "mental clarity"],
    "capacities": ["fertility", "libido", "energy", "hormones", "gut health", "metabolism"],
    "parts": ["worn cartilage", "damaged joints", "thinning hair", "damaged skin", "receding gums"],
    "inflammation": ["inflammation", "chronic inflammation", "cravings", "anxiety"],
    "systems": ["your metabolism", "your hormones", "the immune system", "your gut flora"],
    "high_measures": [
        "blood sugar",
        "blood pressure",
        "cholesterol",
        "inflammation markers",
        "biological age",
        "body fat",
    ],
    "low_measures": ["sperm count", "testosterone", "NAD levels", "bone density"],
}

# which verb class takes which object class (the benefit's direction)
PAIRS: dict[str, list[str]] = {
    "cure": ["conditions", "symptoms", "pathogens"],
    "clear": ["conditions", "symptoms", "pathogens"],
    "kill": ["pathogens"],
    "relieve": ["conditions", "symptoms"],
    "end": ["conditions", "symptoms", "pathogens"],
    "improve": ["functions"],
    "sharpen": ["mind"],
    "restore": ["capacities", "parts"],
    "regrow": ["parts"],
    "switch_off": ["inflammation", "symptoms"],
    "reset": ["systems"],
    "prevent": ["conditions", "pathogens"],
    "lower": ["high_measures"],
    "raise": ["low_measures"],
    "get_rid": ["conditions", "symptoms", "pathogens"],
}

# verb-object pairs that no marketer writes, left out of the grid
AWKWARD = {
    ("regrows", "damaged joints"),
    ("regrows", "damaged skin"),
    ("reverses", "receding gums"),
    ("heals", "bacteria"),
    ("heals", "viruses"),
    ("heals", "fungus"),
    ("heals", "parasites"),
    ("heals", "candida"),
    ("cures", "bacteria"),
    ("cures", "viruses"),
    ("cures", "parasites"),
    ("cures", "fungus"),
    ("soothes", "insomnia"),
    ("settles", "psoriasis"),
    ("calms", "insomnia"),
    ("builds", "sleep"),
    ("builds", "mood"),
    ("builds", "digestion"),
    ("builds", "circulation"),
    ("builds", "egg quality"),
    ("builds", "sperm quality"),
    ("builds", "focus"),
    ("builds", "memory"),
    ("builds", "gut health"),
    ("builds", "metabolism"),
    ("builds", "libido"),
    ("builds", "fertility"),
    ("strengthens", "mood"),
    ("strengthens", "sleep"),
    ("strengthens", "egg quality"),
    ("strengthens", "sperm quality"),
    ("strengthens", "digestion"),
    ("strengthens", "focus"),
    ("strengthens", "libido"),
    ("strengthens", "metabolism"),
    ("strengthens", "circulation"),
    ("strengthens", "energy"),
    ("strengthens", "gut health"),
    ("revives", "hormones"),
    ("revives", "gut health"),
    ("repairs", "fertility"),
    ("repairs", "libido"),
    ("repairs", "energy"),
    ("repairs", "hormones"),
    ("repairs", "metabolism"),
    ("rebuilds", "fertility"),
    ("rebuilds", "libido"),
    ("rebuilds", "energy"),
    ("rebuilds", "hormones"),
    ("rebuilds", "metabolism"),
    ("rebuilds", "receding gums"),
    ("rebuilds", "thinning hair"),
    ("repairs", "thinning hair"),
    ("revives", "damaged joints"),
    ("revives", "worn cartilage"),
    ("revives", "receding gums"),
    ("normalises", "biological age"),
    ("normalises", "body fat"),
    ("normalises", "inflammation markers"),
    ("raises", "bone density"),
}

# -- subjects ------------------------------------------------------------------------
# a therapy named (some the vocabulary knows, some it does not), the clinic's own, a
# product brand with a product noun, "it" after a sentence about a product
SUBJECTS: dict[str, list[str]] = {
    "named": [
        "Ozone therapy {v} {o}.",
        "Acupuncture {v} {o}.",
        "The cold plunge {v} {o}.",
        "Infrared sauna {v} {o}.",
        "Cupping {v} {o}.",
    ],
    "ours": [
        "Our ozone protocol {v} {o}.",
        "Our red light programme {v} {o}.",
        "Our detox retreat {v} {o}.",
        "Our hydrogen water {v} {o}.",
    ],
    "brand": [
        "The VitaCore drip {v} {o}.",
        "GutGlow powder {v} {o}.",
        "The Ayurvedic kadha mix {v} {o}.",
        "NeuroLift tea {v} {o}.",
    ],
    "it": [
        "Meet ImmunaBoost, our new tonic. It {v} {o}.",
        "Try our PeakFlow patch. It {v} {o}.",
        "This is our mushroom blend. It {v} {o}.",
    ],
}

# -- patients as subject: a comparative before a health object -----------------------
PATIENT_SUBJECTS = [
    "Our patients",
    "Members",
    "Our clients",
    "Most of our members",
    "Clients on the programme",
]
PATIENT_VERBS = ["have", "see", "notice", "report", "enjoy"]
COMPARATIVES: dict[str, list[str]] = {
    "fewer": ["hot flushes", "migraines", "colds", "infections", "flare-ups", "night sweats"],
    "less": ["pain", "bloating", "shedding", "brain fog", "inflammation", "anxiety"],
    "better": ["sleep", "memory", "focus", "digestion", "circulation", "mood"],
    "more": ["energy", "stamina"],
    "lower": ["blood pressure", "blood sugar", "cholesterol"],
    "stronger": ["immunity", "nails"],
    "thicker": ["hair"],
}


def grid() -> Iterator[tuple[str, str, str, str]]:
    """(verb class, object class, subject form, sentence) for every cell."""
    forms = list(SUBJECTS)
    turn = 0
    for vclass, oclasses in PAIRS.items():
        for oclass in oclasses:
            for verb in VERBS[vclass]:
                for obj in OBJECTS[oclass]:
                    if (verb, obj) in AWKWARD:
                        continue
                    form = forms[turn % len(forms)]
                    templates = SUBJECTS[form]
                    template = templates[(turn // len(forms)) % len(templates)]
                    turn += 1
                    yield vclass, oclass, form, template.format(v=verb, o=obj)
    turn = 0
    for adjective, objects in COMPARATIVES.items():
        for obj in objects:
            for verb in PATIENT_VERBS:
                subject = PATIENT_SUBJECTS[turn % len(PATIENT_SUBJECTS)]
                turn += 1
                yield "patients", adjective, "patients", f"{subject} {verb} {adjective} {obj}."


# -- near misses: the same pairs, hedged, denied, asked, reported, the body's own work,
# everyday objects, advice --------------------------------------------------------
NEAR_MISSES: dict[str, list[str]] = {
    "hedged": [
        "Ozone therapy may clear stubborn infections.",
        "Acupuncture might improve fertility in some women.",
        "Early studies suggest the cold plunge could switch off inflammation.",
        "Some people find the mix may boost immunity.",
        "Our tea may help support immunity in some people.",
        "Our tea supports normal immune function.",
        "Hydrogen water might lower blood sugar, but the trials are small.",
        "Red light may improve egg quality, though the evidence is thin.",
    ],
    "negated": [
        "The drip does not boost immunity.",
        "There is no evidence that ozone clears infection.",
        "No supplement builds immunity overnight.",
        "Acupuncture does not improve egg quality.",
        "A cold plunge won't switch off inflammation.",
        "Nothing in this kit lowers blood pressure.",
    ],
    "asked": [
        "Does ozone clear infections?",
        "Can acupuncture improve fertility?",
        "Will a cold plunge switch off inflammation?",
        "Does hydrogen water lower blood sugar?",
    ],
    "conditional": [
        "If the drip clears the infection, you will feel better within days.",
        "If acupuncture improves fertility at all, the effect is small.",
    ],
    "reported": [
        "Critics say the drip boosts nothing but the clinic's revenue.",
        "The regulator fined a clinic that claimed its ozone clears Lyme.",
        "Influencers claim cold plunges switch off inflammation.",
    ],
    "body": [
        "The immune system fights infection.",
        "White blood cells kill bacteria.",
        "Your liver clears toxins from the blood.",
        "Antibodies fight viruses (Janeway, 2001).",
        "Antibiotics clear most bacterial infections (Smith et al., 2019).",
        "Stomach acid kills most of the germs you swallow.",
        "Your skin and gut keep most infections out.",
        "Sleep restores energy in healthy adults.",
        "Your thyroid raises your metabolism when it is cold.",
    ],
    "own_course": [
        "The infection clears on its own in most children.",
        "A cold usually clears up on its own within a week.",
    ],
    "everyday": [
        "Our new app boosts your sales.",
        "The redesign improves the website.",
        "The waiter clears the table.",
        "A clear logo builds your brand.",
        "The timer switches off the lights.",
        "Bulk buying lowers prices.",
        "The new lights improve the mood of the room.",
        "The hospital improved its fertility services.",
        "Our programme increases access to fertility clinics.",
        "The scheme raised awareness of bone density scans.",
        "Our newsletter strengthens the community.",
    ],
    "advice": [
        "Rest and fluids help you fight off a cold.",
        "Walking after meals helps keep blood sugar steady.",
        "Regular exercise improves sleep for many people.",
        "Sunshine and fresh air lift your mood.",
        "Ten tips to boost your immunity this winter.",
        "Childhood vaccines build immunity to measles.",
    ],
    "described": [
        "Patients with diabetes have higher blood sugar.",
        "Women in menopause often have more hot flushes at night.",
        "People who smoke have more infections.",
        "In the trial, patients given the drug had fewer hot flushes than those on placebo.",
    ],
}


# near misses still reported: advice whose subject is an activity with a phrase after it
NEAR_LEFT: set[str] = {
    "Walking after meals helps keep blood sugar steady.",
}


def flagged(text: str) -> bool:
    return codes(text, RULE) == ["MED101"]


# cells of the grid not yet reported in full (verb class, object class): each widening
# takes its pairs out of this set; a pair listed here that the rule reports in full fails
# (a gain that patients only "notice" is left as their impression: "better", "more",
# "stronger" keep their "notice" cells silent)
LEFT: set[tuple[str, str]] = {
    ("patients", "better"),
    ("patients", "more"),
    ("patients", "stronger"),
}

CELLS = list(grid())
_BY_CLASS: dict[tuple[str, str], list[str]] = defaultdict(list)
for _v, _o, _form, _text in CELLS:
    _BY_CLASS[(_v, _o)].append(_text)


@pytest.mark.parametrize("pair", sorted(_BY_CLASS), ids=[f"{v}-{o}" for v, o in sorted(_BY_CLASS)])
def test_grid_cell_is_reported(pair: tuple[str, str]) -> None:
    silent = [t for t in _BY_CLASS[pair] if not flagged(t)]
    if pair in LEFT:
        assert silent, "reported in full: take this pair out of LEFT"
        pytest.xfail(f"{len(silent)} of {len(_BY_CLASS[pair])} silent, e.g. {silent[0]!r}")
    assert silent == [], f"{len(silent)} of {len(_BY_CLASS[pair])} silent"


@pytest.mark.parametrize(
    "text",
    [t for group in NEAR_MISSES.values() for t in group],
    ids=[f"{g}-{i}" for g, group in NEAR_MISSES.items() for i in range(len(group))],
)
def test_near_miss_is_quiet(text: str) -> None:
    found = codes(text, RULE)
    if text in NEAR_LEFT:
        assert found, "quiet now: take it out of NEAR_LEFT"
        pytest.xfail("still reported")
    assert found == []


def report(show_silent: bool = False) -> None:
    """Print the share of cells reported per verb class, object class and subject."""
    totals: dict[str, Counter[str]] = {"verb": Counter(), "object": Counter(), "subject": Counter()}
    hits: dict[str, Counter[str]] = {"verb": Counter(), "object": Counter(), "subject": Counter()}
    silent = []
    for vclass, oclass, form, text in CELLS:
        ok = flagged(text)
        for axis, key in (("verb", vclass), ("object", oclass), ("subject", form)):
            totals[axis][key] += 1
            hits[axis][key] += ok
        if not ok:
            silent.append(text)
    done = len(CELLS) - len(silent)
    print(f"grid: {done}/{len(CELLS)} cells reported ({done / len(CELLS):.3f})")
    for axis in totals:
        print(f"-- by {axis}")
        for key in totals[axis]:
            print(f"  {key:16} {hits[axis][key]:4}/{totals[axis][key]:<4}")
    loud = [t for group in NEAR_MISSES.values() for t in group if codes(t, RULE)]
    count = sum(len(g) for g in NEAR_MISSES.values())
    print(f"near misses: {count - len(loud)}/{count} quiet")
    for t in loud:
        print(f"  LOUD: {t}")
    if show_silent:
        for t in silent:
            print(f"  silent: {t}")


if __name__ == "__main__":
    report("--silent" in sys.argv)

"""Generate an article-like corpus for the benchmark (deterministic, no network).

Every sentence here was written for this benchmark. Articles mix the shapes
medlint looks at: cure claims, hedged and negated copy, appeals to research
with and without citations, reference lists, author bios with calls to action,
protocol tables, lists and headings, in plain text, Markdown and HTML.
"""

from __future__ import annotations

import random
from pathlib import Path

THERAPIES = [
    "stem cell therapy",
    "PRP injections",
    "exosome treatment",
    "NAD+ drips",
    "umbilical cord cell infusions",
    "platelet-rich plasma",
    "bone marrow concentrate",
    "peptide therapy",
    "ozone injections",
    "regenerative shots",
]
PARTS = ["knee", "hip", "shoulder", "lower back", "ankle", "wrist", "elbow", "neck", "SI joint"]
PROBLEMS = [
    "arthritis",
    "cartilage loss",
    "chronic pain",
    "tendon damage",
    "joint stiffness",
    "inflammation",
    "a torn meniscus",
    "nerve pain",
    "fatigue",
    "slow healing",
]
CLINICS = [
    "Harbor Regenerative",
    "Cedar Peak Clinic",
    "Northgate Wellness",
    "BlueRiver Ortho",
    "Summit Vitality",
    "Lakeside Cell Center",
]
NAMES = [
    "Dr. Ana Ruiz",
    "Dr. Peter Holm",
    "Dr. Grace Obi",
    "Dr. Liam Carver",
    "Dr. Mei Tanaka",
    "Dr. Omar Haddad",
    "Dr. Rosa Lind",
]
JOURNALS = [
    "Journal of Joint Science",
    "Regenerative Medicine Reports",
    "Clinical Orthopedic Notes",
    "Pain Research Letters",
]

CLAIMS = [
    "{therapy} cures {problem} in the {part} for good.",
    "Our {therapy} regenerates worn tissue and restores the {part} to full strength.",
    "With {therapy} you can finally be pain-free without surgery.",
    "{therapy} eliminates {problem} within weeks, and the results last for years.",
    "Patients who choose {therapy} reverse {problem} and never need a replacement.",
    "This treatment heals damaged joints and stops {problem} from coming back.",
    "{therapy} will repair the damaged {part} and rebuild lost cartilage.",
    "No more surgery, no more pills: {therapy} fixes the root cause of {problem}.",
]
HEDGED = [
    "Some early studies suggest that {therapy} may ease {problem}, but the evidence is limited.",
    "{therapy} might help some people with {problem}, although results vary a great deal.",
    "It is possible that {therapy} could reduce swelling in the {part} for a while.",
    "Researchers are still testing whether {therapy} can help with {problem}.",
    "{therapy} is not a cure for {problem}, and it does not regrow cartilage.",
    "Ask your doctor whether {therapy} is right for you before you decide.",
    "Many of these treatments are experimental and are not approved by the FDA.",
]
APPEALS = [
    "Studies show that {therapy} works for most people with {problem}.",
    "Research has proven that {therapy} beats cortisone for the {part}.",
    "One study found that nine in ten patients felt better after {therapy}.",
    "Clinical trials confirm that {therapy} is safe and effective.",
]
CITED = [
    "A small trial of {therapy} reported less {part} pain after six months [{n}].",
    "In one review, {therapy} was compared with saline injections (Moreno et al., 20{y}).",
    "A 20{y} study of 48 adults found modest gains in walking distance (PMID: 3{n}81{n}2{n}).",
    "The authors of a 20{y} trial stressed that larger studies are needed "
    "(https://example.org/study/{n}{y}).",
]
NEUTRAL = [
    "The {part} carries a large share of the body's weight with every step.",
    "Cartilage has a poor blood supply, which is why it repairs itself slowly.",
    "Physical therapy, weight loss and time remain the first steps for {problem}.",
    "A visit usually starts with an exam, imaging and a talk about your goals.",
    "Recovery depends on age, activity level and how advanced the damage is.",
    "Insurance rarely covers {therapy}, so ask about costs before you book.",
    "Most people rest for a day or two after an injection and then return to light activity.",
    "Side effects can include soreness, swelling and, rarely, infection at the injection site.",
    "Blood is drawn, spun in a centrifuge and the concentrated layer is collected.",
    "Walking, swimming and cycling are gentle ways to keep the {part} moving.",
]
HEADINGS = [
    "What is {therapy}?",
    "How does it work",
    "Who is a good candidate",
    "What to expect",
    "Risks and side effects",
    "Recovery after treatment",
    "Costs and insurance",
    "Frequently asked questions",
    "The science so far",
    "Our approach",
]
CTAS = [
    "Book your free consultation today and take the first step.",
    "Call now to schedule an appointment with our team.",
    "Ready to live without pain? Contact us today.",
]
BIOS = [
    "{name} is the founder of {clinic} and one of the most experienced regenerative "
    "physicians in the region. {short} has treated more than {k},000 patients.",
    "{name} leads the cell therapy team at {clinic}, with over {k}0 years of experience "
    "in sports medicine.",
]
REFERENCES = [
    "Moreno A, Lee J. Platelet injections for knee pain. {journal}. 20{y};{v}(2):11-19. "
    "doi:10.1000/jjs.{n}{y}",
    "Patel R. Cell therapy: a review. {journal}. 20{y}.",
    "\u201cGuide to joint injections.\u201d {clinic} website. Accessed 3 May 20{y}.",
    "Okafor B, et al. Outcomes after exosome infusion. {journal}. 20{y};{v}:201-9.",
]


def _fill(rng: random.Random, template: str) -> str:
    name = rng.choice(NAMES)
    values = {
        "therapy": rng.choice(THERAPIES),
        "part": rng.choice(PARTS),
        "problem": rng.choice(PROBLEMS),
        "clinic": rng.choice(CLINICS),
        "name": name,
        "short": name.split()[-1] if rng.random() < 0.5 else "She",
        "journal": rng.choice(JOURNALS),
        "n": rng.randint(1, 9),
        "y": rng.randint(10, 24),
        "v": rng.randint(3, 40),
        "k": rng.randint(2, 9),
    }
    text = template.format(**values)
    return text[0].upper() + text[1:]


def _paragraph(rng: random.Random) -> str:
    banks = [NEUTRAL] * 5 + [HEDGED] * 3 + [CLAIMS] * 2 + [APPEALS, CITED]
    count = rng.randint(2, 6)
    return " ".join(_fill(rng, rng.choice(rng.choice(banks))) for _ in range(count))


def _table(rng: random.Random) -> list[list[str]]:
    rows = [["Phase", "Dose per session", "Sessions", "Total dose"]]
    for phase in ("Loading", "Booster", "Maintenance")[: rng.randint(2, 3)]:
        dose = rng.choice([5, 10, 20, 25, 50])
        count = rng.randint(2, 6)
        total = dose * count if rng.random() < 0.8 else dose * count + 10
        rows.append([phase, f"{dose} million cells", str(count), f"{total} million cells"])
    return rows


def article(rng: random.Random, target: int, fmt: str) -> str:
    """One article of roughly ``target`` characters in ``fmt`` (text, markdown, html)."""
    title = _fill(
        rng,
        rng.choice(
            ["{therapy} for {problem}", "A guide to {therapy}", "Can {therapy} help your {part}?"]
        ),
    )
    parts: list[tuple[str, object]] = [("h1", title)]
    size = len(title)
    while size < target:
        roll = rng.random()
        if roll < 0.12:
            item = ("h2", _fill(rng, rng.choice(HEADINGS)))
        elif roll < 0.2:
            item = ("list", [_fill(rng, rng.choice(CLAIMS + HEDGED + NEUTRAL)) for _ in range(3)])
        elif roll < 0.24:
            item = ("table", _table(rng))
        else:
            item = ("p", _paragraph(rng))
        parts.append(item)
        size += len(str(item[1])) + 4
    if rng.random() < 0.5:
        parts.append(("p", _fill(rng, rng.choice(CTAS))))
    if rng.random() < 0.5:
        parts.append(("h2", "About the author"))
        parts.append(("p", _fill(rng, rng.choice(BIOS))))
    if rng.random() < 0.6:
        parts.append(("h2", "References"))
        parts.append(("list", [_fill(rng, r) for r in rng.sample(REFERENCES, 3)]))
    return _render(parts, fmt)


def _render(parts, fmt: str) -> str:
    out: list[str] = []
    for kind, value in parts:
        if fmt == "markdown":
            if kind == "h1":
                out.append(f"# {value}")
            elif kind == "h2":
                out.append(f"## {value}")
            elif kind == "list":
                out.append("\n".join(f"- {v}" for v in value))
            elif kind == "table":
                head, *body = value
                lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
                lines += ["| " + " | ".join(r) + " |" for r in body]
                out.append("\n".join(lines))
            else:
                out.append(_wrap(value, 80))
        elif fmt == "html":
            if kind in ("h1", "h2"):
                out.append(f"<{kind}>{value}</{kind}>")
            elif kind == "list":
                out.append("<ul>\n" + "\n".join(f"  <li>{v}</li>" for v in value) + "\n</ul>")
            elif kind == "table":
                head, *body = value
                rows = ["<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"]
                rows += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body]
                out.append("<table>\n" + "\n".join(rows) + "\n</table>")
            else:
                out.append(f"<p>{value.replace('&', '&amp;')}</p>")
        else:
            if kind == "list":
                out.append("\n".join(f"\u2022 {v}" for v in value))
            elif kind == "table":
                out.append("\n".join("\t".join(r) for r in value))
            else:
                out.append(str(value))
    if fmt == "html":
        return (
            "<!DOCTYPE html>\n<html><head><title>Article</title></head><body>\n"
            + "\n".join(out)
            + "\n</body></html>\n"
        )
    return "\n\n".join(out) + "\n"


def _wrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


EXTENSIONS = {"text": ".txt", "markdown": ".md", "html": ".html"}


def write_corpus(folder: Path, files: int, total_bytes: int, seed: int = 7) -> int:
    """Write ``files`` articles totalling about ``total_bytes`` into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    mean = total_bytes / files
    written = 0
    for i in range(files):
        fmt = rng.choice(["markdown", "markdown", "text", "html"])
        target = int(rng.uniform(0.4, 1.6) * mean)
        text = article(rng, target, fmt)
        path = folder / f"article-{i:04d}{EXTENSIONS[fmt]}"
        path.write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
    return written


def write_big_file(path: Path, size: int, seed: int = 11) -> int:
    """One Markdown file of about ``size`` bytes: many articles joined together."""
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < size:
            text = article(rng, 6000, "markdown") + "\n"
            fh.write(text)
            written += len(text.encode("utf-8"))
    return written

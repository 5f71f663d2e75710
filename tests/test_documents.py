"""Reading documents: prose, sentences and exact line/column mapping per format."""

from __future__ import annotations

from medlint.readers import read_document
from medlint.sentences import split_sentences


def where(doc, needle: str) -> tuple[int, int]:
    """(line, col) of the first sentence or block text containing ``needle``."""
    for block in doc.blocks:
        i = block.text.find(needle)
        if i >= 0:
            return doc.position(block.offsets.source(i))
    raise AssertionError(f"{needle!r} not in prose")


def kinds(doc):
    return [(b.kind, b.text) for b in doc.blocks]


MARKDOWN = """---
title: Knees
author: Dr. Ana Ruiz
---

# Knee *pain* explained

Some **bold** text with a [link](https://example.org/x) and `code` here.
A second line of the same paragraph &amp; more.

```python
print("Stem cells cure everything")
```

    indented code is skipped too

<!-- medlint-disable unsupported-cure-claim -->

- First bullet
- Second bullet
  continues here

> A quoted line.

![Stem cell injection in a knee](knee.png)

| Dose | Days | Total |
|-----:|-----:|------:|
| 10   | 2    | 20    |
"""


def test_markdown_blocks_and_front_matter():
    doc = read_document("a.md", MARKDOWN)
    assert doc.front_matter == {"title": "Knees", "author": "Dr. Ana Ruiz"}
    assert kinds(doc) == [
        ("heading", "Knee pain explained"),
        (
            "paragraph",
            "Some bold text with a link and   here.\nA second line of the same paragraph & more.",
        ),
        ("list_item", "First bullet"),
        ("list_item", "Second bullet\n  continues here"),
        ("quote", "A quoted line."),
        ("paragraph", "Stem cell injection in a knee"),
    ]
    assert [c.text.strip() for c in doc.comments] == [
        "<!-- medlint-disable unsupported-cure-claim -->"
    ]
    assert len(doc.tables) == 1
    assert [[c.text for c in r.cells] for r in doc.tables[0].rows] == [
        ["Dose", "Days", "Total"],
        ["10", "2", "20"],
    ]
    assert doc.tables[0].rows[0].header


def test_markdown_positions_point_into_the_original_markup():
    doc = read_document("a.md", MARKDOWN)
    assert where(doc, "pain explained") == (6, 9)  # after "# Knee *"
    assert where(doc, "bold text") == (8, 8)  # inside **bold**
    assert where(doc, "link and") == (8, 28)
    assert where(doc, "& more") == (9, 37)  # the &amp; entity
    assert where(doc, "continues") == (21, 3)
    assert where(doc, "Stem cell injection") == (25, 3)  # image alt text
    table = doc.tables[0]
    assert doc.position(table.rows[1].cells[2].start) == (29, 17)


def test_html_text_tables_and_skipped_script():
    html = (
        "<html><head><title>T</title><style>p{}</style></head>\n"
        "<body>\n"
        "<h2>Our &ldquo;protocol&rdquo;</h2>\n"
        "<p>First <b>bold</b> sentence. Second\n  line.</p>\n"
        "<script>var s = 'Stem cells cure';</script>\n"
        "<table><thead><tr><th>Dose</th><th>Days</th></tr></thead>\n"
        '<tbody><tr><td colspan="2">x</td></tr>\n'
        "<tr><td>5</td><td>2</td></tr></tbody></table>\n"
        "</body></html>\n"
    )
    doc = read_document("p.html", html)
    assert kinds(doc) == [
        ("heading", "T"),
        ("heading", "Our \u201cprotocol\u201d"),
        ("paragraph", "First bold sentence. Second\n  line."),
    ]
    assert where(doc, "protocol") == (3, 16)
    assert where(doc, "bold sentence") == (4, 13)
    assert all("cure" not in b.text for b in doc.blocks)
    rows = doc.tables[0].rows
    assert [[c.text for c in r.cells] for r in rows] == [["Dose", "Days"], ["x", ""], ["5", "2"]]
    assert rows[0].header and not rows[2].header
    assert doc.position(rows[2].cells[1].start) == (9, 19)


def test_plain_text_paragraphs_headings_bullets_and_crlf():
    text = "Title Here\r\n\r\nA long paragraph line that goes on. And on.\r\n\u2022 A bullet\r\n"
    doc = read_document("a.txt", text)
    assert kinds(doc) == [
        ("heading", "Title Here"),
        ("paragraph", "A long paragraph line that goes on. And on."),
        ("list_item", "A bullet"),
    ]
    assert where(doc, "And on") == (3, 37)
    assert where(doc, "A bullet") == (4, 3)
    lf = read_document("a.txt", text.replace("\r\n", "\n"))
    cr = read_document("a.txt", text.replace("\r\n", "\r"))
    for needle in ("And on", "A bullet"):
        assert where(doc, needle) == where(lf, needle) == where(cr, needle)


def test_plain_text_one_paragraph_per_line_copy():
    text = (
        "Many people think stem cells are building blocks. They do a lot more than that "
        "and this line is long enough to be a pasted paragraph of its own.\n"
        "A Short Heading\n"
        "Another pasted paragraph that is long enough to stand alone as prose in the "
        "article, as web copy often is.\n"
    )
    doc = read_document("a.txt", text)
    assert [b.kind for b in doc.blocks] == ["paragraph", "heading", "paragraph"]
    assert doc.blocks[2].section == "A Short Heading"


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentence_splitting_survives_abbreviations_and_decimals():
    text = (
        "Dr. Lee, M.D., treated 2.5 million cells, e.g. in the knee. Smith et al. reported "
        "it in Aug. 2020. Is it safe? Yes! The U.S. trial ended."
    )
    assert sentences(text) == [
        "Dr. Lee, M.D., treated 2.5 million cells, e.g. in the knee.",
        "Smith et al. reported it in Aug. 2020.",
        "Is it safe?",
        "Yes!",
        "The U.S. trial ended.",
    ]


def test_a_contraction_before_a_full_stop_is_no_initial():
    assert sentences("Platelets do what rest won't. Book now, the offer ends Friday.") == [
        "Platelets do what rest won't.",
        "Book now, the offer ends Friday.",
    ]
    assert sentences("We asked J. Reyes. She agreed.") == ["We asked J. Reyes.", "She agreed."]


def test_an_emoji_after_a_question_mark_or_full_stop_opens_a_sentence():
    assert sentences("Sore knees? \U0001f6ab Surgery? \u2705 One visit. \U0001f449 Book today") == [
        "Sore knees?",
        "\U0001f6ab Surgery?",
        "\u2705 One visit.",
        "\U0001f449 Book today",
    ]
    assert sentences("Is it worth it? maybe not.") == ["Is it worth it? maybe not."]


def test_sentence_offsets_map_back_to_the_source():
    doc = read_document("a.md", "Intro.\n\nFirst one. Second *one* here.\n")
    block = doc.blocks[1]
    second = block.sentences[1]
    assert second.text == "Second one here."
    assert doc.position(second.start) == (3, 12)
    assert doc.position(second.end) == (3, 30)  # just after the full stop

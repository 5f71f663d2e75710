"""Properties of the document model and the matcher, for any text (hypothesis).

* offsets map to lines and columns and back, whatever the line endings;
* no text crashes a check in any format, and every finding points inside the file;
* CRLF and CR files give the same findings at the same places as LF files;
* the literal prefilter never hides a match the pattern would find.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from medlint import patterns, prefilter
from medlint.document import LineIndex
from medlint.engine import Engine
from medlint.readers import read_document
from medlint.rules import load_rules

SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def engine() -> Engine:
    # Every rule except readability (textstat makes each example slow, not different).
    return Engine.create(load_rules(), ignore=["readability-grade"])


# Text shaped like articles: words rules look for, markup of all three formats, and
# every kind of line break, whitespace and odd character.
PIECES = [
    "Stem cells",
    "cure",
    "arthritis",
    "pain",
    "may",
    "not",
    "studies show",
    "[1]",
    "Dr. Lee",
    "e.g.",
    "knee",
    "PRP",
    "exosomes",
    "\u201cheals\u201d",
    "100%",
    "10 million",
    "| Dose | Days | Total |",
    "|---|---|---|",
    "| 5 | 2 | 10 |",
    "# ",
    "## ",
    "- ",
    "* ",
    "> ",
    "1. ",
    "```",
    "    ",
    "<p>",
    "</p>",
    "<table><tr><td>",
    "</td></tr></table>",
    "<!--",
    "-->",
    "<!-- medlint-disable-next-line -->",
    "&amp;",
    "&#8212;",
    "[a](",
    ")",
    "**",
    "_",
    "`",
    "---",
    "\t",
    " ",
    ".",
    "!",
    "?",
    "\u2026",
    "\u00a0",
    "\ufeff",
    "\u017f",
    "\u0130",
    "\u212a",
    "\U0001f600",
    "\x00",
    "\x0b",
    "\x1b",
    "\u2028",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
]
article_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60).map(
    "".join
)
any_text = st.one_of(article_text, st.text(max_size=300))


@given(any_text)
def test_offsets_map_to_lines_and_columns_and_back(text):
    index = LineIndex(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert index.count == len(lines)
    for offset in range(len(text) + 1):
        line, column = index.position(offset)
        assert 1 <= line <= index.count and column >= 1
        assert index.offset(line, column) == offset
        start, end = index.line_span(line)
        assert start <= offset
    for n, expected in enumerate(lines, start=1):
        start, end = index.line_span(n)
        assert text[start:end].rstrip("\r\n") == expected


@given(st.text(alphabet=st.sampled_from("ab \n\r"), max_size=80))
def test_a_crlf_or_cr_break_is_one_line_break(text):
    lf = text.replace("\r", "")
    for ending in ("\r\n", "\r"):
        other = lf.replace("\n", ending)
        a, b = LineIndex(lf), LineIndex(other)
        assert a.count == b.count
        # The n-th character that is not a line break has the same position in both.
        plain_a = [i for i, c in enumerate(lf) if c not in "\r\n"]
        plain_b = [i for i, c in enumerate(other) if c not in "\r\n"]
        assert [a.position(i) for i in plain_a] == [b.position(i) for i in plain_b]


@SLOW
@given(any_text, st.sampled_from(["post.txt", "post.md", "post.html"]))
def test_no_text_crashes_a_check_and_findings_point_inside_the_file(text, name):
    report = engine().check_source(name, text)
    source = text[1:] if text.startswith("\ufeff") else text
    index = LineIndex(source)
    for f in report.findings:
        assert 1 <= f.line <= index.count
        assert 1 <= f.column <= index.line_span(f.line)[1] - index.line_span(f.line)[0] + 1
        assert (f.line, f.column) <= (f.end_line, f.end_column)
        assert f.message and "{" not in f.rule


@SLOW
@given(any_text, st.sampled_from(["post.txt", "post.md", "post.html"]))
def test_blocks_and_sentences_stay_inside_the_source(text, name):
    doc = read_document(name, text)
    n = len(doc.source)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= n
        for s in block.sentences:
            assert block.text[s.prose_start : s.prose_start + len(s.text)] == s.text
            assert 0 <= s.start <= s.end <= n
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                assert 0 <= cell.start <= cell.end <= n


@SLOW
@given(article_text.map(lambda t: t.replace("\r", "")), st.sampled_from(["post.txt", "post.md"]))
def test_crlf_and_cr_files_have_the_same_findings_as_lf(text, name):
    def places(src):
        return [
            (f.rule, f.line, f.column, f.end_line)
            for f in engine().check_source(name, src).findings
        ]

    expected = places(text)
    assert places(text.replace("\n", "\r\n")) == expected
    assert places(text.replace("\n", "\r")) == expected


# -- the prefilter --------------------------------------------------------------

# Small regular expressions built from the constructs rule packs use, each with a
# text it matches (so that the property is mostly tested where it matters).
ATOMS = {
    r"\w+": "word", r"\d": "7", r"\s": " ", "[ab]": "a", "[^a]": "b", ".": "x",
    "(?-i:A)": "A", "(?i:S)": "s", "\u017f": "\u017f",
}  # fmt: skip
QUANTIFIERS = {"": (1, 1), "?": (0, 1), "*": (0, 2), "+": (1, 2), "{2}": (2, 2),
               "{0,2}": (0, 2), "{1,3}?": (1, 3)}  # fmt: skip


@st.composite
def atoms(draw):
    if draw(st.booleans()):
        raw = draw(st.text(alphabet="abcsk_19 -.'\u00e9", min_size=1, max_size=4))
        return regex.escape(raw), raw
    return draw(st.sampled_from(sorted(ATOMS.items())))


@st.composite
def small_patterns(draw, depth=0):
    """A pattern and a string that matches it."""
    parts, example = [], []
    for _ in range(draw(st.integers(1, 3))):
        if depth < 2 and draw(st.booleans()):
            alts = draw(st.lists(small_patterns(depth=depth + 1), min_size=1, max_size=3))
            item = "(?:" + "|".join(p for p, _ in alts) + ")"
            sample = draw(st.sampled_from([e for _, e in alts]))
        else:
            item, sample = draw(atoms())
        quant = draw(st.sampled_from(sorted(QUANTIFIERS)))
        low, high = QUANTIFIERS[quant]
        parts.append(item + quant)
        example.append(sample * draw(st.integers(low, high)))
    return "".join(parts), "".join(example)


# Word characters, separators, and letters that match ASCII ones when case is ignored.
MATCH_ALPHABET = st.sampled_from(
    list("abcskABCSK19 _-.'\n") + ["\u017f", "\u212a", "\u0130", "\u00e9"]
)
match_text = st.text(alphabet=MATCH_ALPHABET, max_size=40)


@settings(max_examples=500, deadline=None)
@given(small_patterns(), match_text, match_text)
def test_the_prefilter_never_hides_a_match(pattern, left, right):
    source, example = pattern
    try:
        compiled = regex.compile(rf"(?-f)(?<![\w-])(?:{source})(?![\w])", patterns.FLAGS)
    except regex.error:
        assume(False)  # the generator can repeat a repeat: not a pattern
    text = left + " " + example + " " + right
    try:
        found = compiled.search(text, timeout=1.0)
    except TimeoutError:
        assume(False)  # nested repeats can backtrack without end: not the point here
    keys = prefilter.literal_keys(source)
    if keys is not None and found is not None:
        assert prefilter.may_match(keys, text), (source, text, keys)


def test_the_prefilter_never_hides_a_match_of_a_built_in_pattern():
    # Every phrase pattern of the built-in packs, on texts made of their own phrases.
    load_rules()
    phrases = _SAMPLE_PHRASES
    checked = 0
    for compiled, keys in list(patterns._KEYS.items()):
        for text in phrases:
            found = compiled.search(text) is not None
            if found:
                checked += 1
                assert prefilter.may_match(keys, text), (compiled.pattern[:80], text)
    assert checked > 10  # the sample texts really exercise the built-in patterns


_SAMPLE_PHRASES = [
    "Stem cells cure arthritis.",
    "Studies show it works.",
    "It is not approved by the FDA.",
    "I was pain-free in a week!",
    "Book your consultation today.",
    "This may help some.",
    "She has treated 4,000 patients.",
    "Results are guaranteed or your money back.",
    "Only 3 spots left this month.",
    "It is 100% safe with no side effects.",
    "Ask your doctor first.",
    "Sponsored by Cedar Clinic.",
    "In a 2021 trial [1]...",
]


# Constructs the required-literal analysis reads beyond plain phrases: classes at a
# word start, boundaries, lookbehinds, symbols, superscripts, scoped case.
REQUIRED_ATOMS = {
    **ATOMS, r"\b": "", "^": "", r"(?<![\w-])": "", r"(?<=\s)": "", r"(?<!\w)": "",
    r"\d{1,2}": "42", "[A-Z]": "Q", "(?-i:[A-Z])": "Q", r"\p{Lu}": "\u00c9", r"\$": "$",
    "[\u00b9\u00b2\u00b3]": "\u00b2", "\u00a3": "\u00a3", r"\(": "(", r"https?://": "http://",
    "[\u00e9a]": "\u00e9", "#": "#", r"\S+": "x1", "-": "-",
    "(?-i:Cell)": "Cell", "(?-i:M(?i:s))": "MS", "(?-i)Bc": "Bc", "(?i:(?-i:K)a)": "KA",
}  # fmt: skip
REQUIRED_ALPHABET = st.sampled_from(
    list("abcskABCSK19 _-.'\n$(#/:") + ["\u017f", "\u212a", "\u0130", "\u00e9", "\u00b2", "\u0663"]
)


@st.composite
def required_patterns(draw, depth=0):
    """Like :func:`small_patterns`, with the constructs of REQUIRED_ATOMS."""
    parts, example = [], []
    for _ in range(draw(st.integers(1, 3))):
        if depth < 2 and draw(st.booleans()):
            alts = draw(st.lists(required_patterns(depth=depth + 1), min_size=1, max_size=3))
            item = "(?:" + "|".join(p for p, _ in alts) + ")"
            sample = draw(st.sampled_from([e for _, e in alts]))
        elif draw(st.booleans()):
            item, sample = draw(st.sampled_from(sorted(REQUIRED_ATOMS.items())))
        else:
            item, sample = draw(atoms())
        quant = draw(st.sampled_from(sorted(QUANTIFIERS)))
        if item in ("", r"\b", "^") or item.startswith("(?<"):
            quant = ""
        low, high = QUANTIFIERS[quant]
        parts.append(item + quant)
        example.append(sample * draw(st.integers(low, high)))
    return "".join(parts), "".join(example)


@settings(max_examples=1500, deadline=None)
@given(required_patterns(), st.booleans(), st.text(alphabet=REQUIRED_ALPHABET, max_size=30),
       st.text(alphabet=REQUIRED_ALPHABET, max_size=30))  # fmt: skip
def test_required_literals_never_hide_a_match(pattern, words, left, right):
    source, example = pattern
    body = rf"(?<![\w-])(?:{source})(?![\w])" if words else f"(?:{source})"
    try:
        compiled = regex.compile("(?-f)" + body, patterns.FLAGS)
    except regex.error:
        assume(False)
    for text in (left + " " + example + " " + right, left + example + right):
        try:
            found = compiled.search(text, timeout=1.0)
        except TimeoutError:
            continue
        required = prefilter.required_keys(compiled.pattern)
        if required is not None and found is not None:
            assert prefilter.may_match(required[0], text, required[1], required[2]), (
                source,
                text,
                required,
            )
        conjunctions = prefilter.conjunctions(compiled.pattern)
        if conjunctions is not None and found is not None:
            indexed = patterns._indexed(conjunctions)
            assert patterns._alternatives_may_match(indexed, text), (source, text, conjunctions)


def test_required_literals_never_hide_a_match_of_a_built_in_pattern():
    load_rules()
    texts = [p for p in _SAMPLE_PHRASES] + [
        "Published in the Journal of Knee Surgery (Lee et al., 2021).",
        "See https://example.org/study and doi:10.1000/xyz, PMID 12345678.",
        "Costs $450 per session, about \u00a3400 or 2\u00d7 weekly; 5 mL/kg.",
        "Results\u00b2 were good \u00b9\u207b\u00b3 and she says: \u201cI walk again!\u201d",
        "Dr. Amy Reyes, MD, founded the clinic in 2009 \u2014 #ad #sponsored",
        "NO ONE is approved; 9 out of 10 patients \u2013 100% success rate.",
    ]
    checked = 0
    for compiled, (keys, substrings, exact) in list(patterns._REQUIRED.items()):
        for text in texts:
            if compiled.search(text) is not None:
                checked += 1
                found = prefilter.may_match(keys, text, substrings, exact)
                assert found, (compiled.pattern[:80], text)
    assert checked > 50


# Alternations of phrases, as rule packs write them, and texts of the same words:
# texts that hold some words of a phrase but not all are where a test that wants
# every set of literals of an alternative could go wrong.
PHRASE_WORDS = ["pain", "painless", "with", "without", "walk", "walking", "cure", "Cell",
                "cells", "stem", "results", "no", "MS", "19", "2021",
                "\u017ftem", "\u212aelvin"]  # fmt: skip
PHRASE_SEPARATORS = [" ", r"\s+", r" (?:\w+ ){0,2}", "-", "[- ]", " (?:the )?", r"\W+"]


@st.composite
def phrase_patterns(draw):
    alternatives = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(PHRASE_WORDS), min_size=1, max_size=4))
        pieces = []
        for word in words:
            shape = draw(st.integers(0, 3))
            escaped = regex.escape(word)
            shapes = [escaped, f"(?-i:{escaped})", escaped + "s?", regex.escape(word[:2]) + r"\w*"]
            pieces.append(shapes[shape])
        phrase = pieces[0]
        for piece in pieces[1:]:
            phrase += draw(st.sampled_from(PHRASE_SEPARATORS)) + piece
        alternatives.append(phrase)
    return "|".join(alternatives)


@settings(max_examples=400, deadline=None)
@given(phrase_patterns(), st.booleans(),
       st.lists(st.sampled_from([*PHRASE_WORDS, "the", ",", "-", "\n"]), max_size=10),
       st.booleans())  # fmt: skip
def test_the_sets_of_each_alternative_never_hide_a_match(source, words, tokens, shout):
    compiled = patterns.compile_pattern(source, words=words)
    text = " ".join(tokens)
    text = text.upper() if shout else text
    if compiled.search(text) is None:
        return
    required = patterns._REQUIRED.get(compiled)
    if required is not None:
        assert prefilter.may_match(required[0], text, required[1], required[2])
    conjunctions = patterns._conjunctions(compiled)
    if conjunctions is not None:
        assert patterns._alternatives_may_match(conjunctions, text), (source, text)


@settings(max_examples=300, deadline=None)
@given(required_patterns(), st.booleans(), st.text(alphabet=REQUIRED_ALPHABET, max_size=40),
       st.integers(0, 700), st.integers(0, 700))  # fmt: skip
def test_searching_a_range_of_a_long_text_finds_what_regex_finds(pattern, words, noise, a, b):
    source, example = pattern
    try:
        compiled = patterns.compile_pattern(source, words=words)
    except patterns.PatternError:
        assume(False)
    # Longer than the length from which a range is prefiltered on its own.
    text = (noise + " " + example + " ") * (1 + 600 // (len(noise) + len(example) + 2))
    pos, end = min(a, b, len(text)), min(max(a, b), len(text))
    try:
        expected = [m.span() for m in compiled.finditer(text, pos, end, timeout=1.0)]
        first = compiled.search(text, pos, end, timeout=1.0)
    except TimeoutError:
        assume(False)
    try:
        spans = [m.span() for m in patterns.finditer(compiled, text, pos, end)]
        found = patterns.search(compiled, text, pos, end)
    except patterns.PatternTimeout:
        assume(False)  # backtracking without end, slower this time: not the point here
    assert spans == expected
    assert (found and found.span()) == (first and first.span())


@settings(max_examples=500, deadline=None)
@given(st.lists(phrase_patterns(), min_size=4, max_size=12, unique=True), st.booleans(),
       st.lists(st.sampled_from([*PHRASE_WORDS, "the", ",", "-", "\n", "a"]), max_size=14),
       st.booleans(), st.integers(0, 20))  # fmt: skip
def test_a_list_searched_with_its_possible_entries_finds_what_the_whole_finds(
    items, words, tokens, shout, start
):
    """A long list whose text rules out most entries is searched entry by entry
    (medlint.patterns._scan_entries): same matches, same order, same first match."""
    try:
        compiled = patterns.alternation(items, words=words)
    except patterns.PatternError:
        assume(False)
    text = " ".join(tokens)
    text = text.upper() if shout else text
    pos = min(start, len(text))
    try:
        expected = [m.span() for m in compiled.finditer(text, pos, timeout=1.0)]
        first = compiled.search(text, pos, timeout=1.0)
    except TimeoutError:
        assume(False)
    patterns.clear_memo()
    try:
        spans = [m.span() for m in patterns.finditer(compiled, text, pos)]
        found = patterns.search(compiled, text, pos)
    except patterns.PatternTimeout:
        assume(False)
    assert spans == expected, (items, text)
    assert (found and found.span()) == (first and first.span()), (items, text)


def test_a_long_list_is_searched_with_the_entries_its_text_allows(monkeypatch):
    items = [
        "stem cells rebuild cartilage",
        "PRP heals tendons",
        "exosomes reverse ageing",
        "ozone cures infections",
        "peptides repair the gut",
        "NAD\\+ restores energy",
    ]
    compiled = patterns.alternation(items)
    searched: list[str] = []
    real = patterns._scan_entries

    def watch(entries, text, pos, end, first):
        searched.extend(e.pattern for e in entries)
        return real(entries, text, pos, end, first)

    monkeypatch.setattr(patterns, "_scan_entries", watch)
    patterns.clear_memo()
    text = "We say PRP heals tendons, and PRP heals tendons fast."
    assert [m.group() for m in patterns.finditer(compiled, text)] == ["PRP heals tendons"] * 2
    assert len(searched) == 1 and "PRP" in searched[0]
    assert patterns.search(compiled, "Nothing here about cells.") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(required_patterns(), min_size=1, max_size=4),
       st.text(alphabet=REQUIRED_ALPHABET, max_size=30))  # fmt: skip
def test_a_pattern_set_never_leaves_out_a_pattern_that_matches(items, noise):
    compiled = []
    for source, _ in items:
        try:
            compiled.append(patterns.compile_pattern(source))
        except patterns.PatternError:
            assume(False)
    text = noise + " " + " ".join(example for _, example in items)
    group = patterns.PatternSet(compiled)
    candidates = list(group.candidates(text))
    assert candidates == sorted(set(candidates))
    for i, pattern in enumerate(compiled):
        try:
            found = pattern.search(text, timeout=1.0)
        except TimeoutError:
            continue
        if found is not None:
            assert i in candidates, (pattern.pattern, text)


def test_a_pattern_set_of_built_in_conditions_gives_the_same_matches():
    rules = load_rules()
    conditions = rules.vocabulary.get(["@conditions_neurological", "@conditions_orthopedic"], "t")
    compiled = [patterns.compile_pattern(c) for c in conditions]
    group = patterns.PatternSet(compiled)
    for text in [*_SAMPLE_PHRASES, "Knee osteoarthritis, MS and Parkinson's disease; a stroke."]:
        every = [i for i, p in enumerate(compiled) if list(patterns.finditer(p, text))]
        assert set(every) <= set(group.candidates(text))
    assert group.candidates("The weather was fine.") == ()


def test_required_literals_of_common_shapes():
    EMPTY = frozenset()

    def required(source, words=True):
        return prefilter.required_keys(patterns.compile_pattern(source, words=words).pattern)

    assert required("studies show") == (frozenset({"studie"}), (), EMPTY)
    # the most selective literal of a sequence, not only its start
    assert required(r"(?:\w+ ){0,3}miracle cure") == (frozenset({"miracl"}), (), EMPTY)
    assert required(r"\d+ patients") == (frozenset({"patien"}), (), EMPTY)
    assert required(r"\d+%") == (frozenset("0123456789") | {prefilter.NON_ASCII}, (), EMPTY)
    assert required(r"^\W*ask") == (frozenset({"ask"}), (), EMPTY)
    assert required(r"#ad") == (EMPTY, ("#ad",), EMPTY)  # longer than the word "ad"
    assert required(r"https?://\S+", words=False) == (EMPTY, ("http",), EMPTY)
    assert required(r"\$|\u00a3", words=False) == (EMPTY, ("$", "\u00a3"), EMPTY)
    assert required(r"[\u00b9\u00b2]+", words=False) == (EMPTY, ("\u00b2", "\u00b9"), EMPTY)
    # a word start only where the pattern guarantees one
    assert required(r"in", words=False) == (EMPTY, ("in",), EMPTY)
    assert required(r"\bin", words=False) == (frozenset({"in"}), (), EMPTY)
    # a literal whose case the pattern fixes is compared as written
    assert required("(?-i:Cell)") == (EMPTY, (), frozenset({"Cell"}))
    assert required("(?-i:C)ell") == (frozenset({"cell"}), (), EMPTY)
    assert required("(?-i)Cell") == (frozenset({"cell"}), (), EMPTY)  # scope unclear: lowercased
    for source in [r"\w+", "a|", r"(a)\1", "(?x)a b", "(?:ab){e<=1}", r"\S+"]:
        assert required(source, words=False) is None, source


def test_literal_keys_of_common_shapes():
    assert prefilter.literal_keys("studies show") == {"studie"}
    assert prefilter.literal_keys("cur(?:e|es|ed)") == {"cure", "cures", "cured"}
    assert prefilter.literal_keys("(?:the )?clinic") == {"the", "clinic"}
    assert prefilter.literal_keys("x?y") == {"x", "y"}
    # Anything that could start a match without a literal word character: no keys.
    for source in [r"\w+ cures", "[Ss]tem", r"\d+ patients", r"^\W*ask", "a|", "(?x)a b",
                   "(?:ab){e<=1}", r"(a)\1"]:  # fmt: skip
        assert prefilter.literal_keys(source) is None, source


def test_the_prefilter_and_the_memo_change_no_finding(monkeypatch):
    from paths import EXAMPLES

    files = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    assert files

    def everything():
        report = engine().check_paths(files)
        return [f.as_dict() for f in report.findings], [str(e) for e in report.errors]

    fast = everything()
    assert fast[0]  # the examples do have findings
    patterns.clear_memo()
    monkeypatch.setattr(patterns, "_REQUIRED", {})  # no pattern is ruled out beforehand
    monkeypatch.setattr(prefilter, "word_prefixes", lambda text: None)  # nor in a PatternSet
    monkeypatch.setattr(patterns, "_remember", lambda key, text, value: None)
    assert everything() == fast

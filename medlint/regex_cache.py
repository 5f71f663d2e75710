"""Compiled rule patterns kept between runs, so a one-file run starts fast.

Compiling the built-in packs' patterns with ``regex`` takes a few hundred
milliseconds, more than checking a typical article. ``regex`` can pickle a
compiled pattern together with its compiled program, and unpickling it skips
the parser, so the patterns of the last run are kept in
``$XDG_CACHE_HOME/medlint/`` (``~/.cache/medlint``), one file per ``regex``
and Python version. Each entry is keyed by the exact pattern text and flags, so
a changed rule pack simply misses and is compiled again.

A pattern read from the file stays a pickled blob until a rule first searches
with it (:class:`LazyPattern`): a typical article makes the rules search with
about a third of their patterns, and unpickling all of them cost more than
checking the article.

The file is read only when it belongs to the current user and no one else may
write to it; a missing, foreign or damaged file is ignored. Set
``MEDLINT_NO_CACHE=1`` to turn the cache off, or ``MEDLINT_CACHE_DIR`` to move
it.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys

import regex

from . import cache_dir, prefilter

FORMAT = 10
_MISSING = object()


def cache_file() -> str | None:
    folder = cache_dir.folder()
    if folder is None:
        return None
    py = f"{sys.version_info[0]}{sys.version_info[1]}"
    return os.path.join(folder, f"patterns-{FORMAT}-regex{regex.__version__}-py{py}.pickle")


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A compiled pattern from the cache file, unpickled on its first use.

    It has the pattern's ``pattern`` and ``flags`` at once; any other attribute
    loads the compiled pattern, whose methods are then kept on this object, so
    later calls cost what calls on the pattern itself cost. A blob that does not
    unpickle is compiled again from its source.
    """

    def __init__(self, source: str, flags: int, blob: bytes) -> None:
        self.pattern = source
        self.flags = flags
        self._blob = blob

    def _load(self) -> regex.Pattern:
        real = self.__dict__.get("_real")
        if real is not None:
            return real
        try:
            real = pickle.loads(self._blob)  # noqa: S301 - our own file, checked when read
            if not isinstance(real, regex.Pattern) or real.pattern != self.pattern:
                raise ValueError("not the pattern stored")
        except Exception:  # noqa: BLE001 - a damaged entry: compile it afresh
            real = regex.compile(self.pattern, self.flags)
        state = self.__dict__
        state["_real"] = real
        for name in _METHODS:
            state[name] = getattr(real, name)
        return real

    def __getattr__(self, name: str):  # only for attributes not set yet
        if name.startswith("__") or name in ("_blob", "_real"):
            raise AttributeError(name)
        return getattr(self._load(), name)

    def blob(self) -> bytes:
        real = self.__dict__.get("_real")
        return self._blob if real is None else pickle.dumps(real)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r})"


def _entry(pattern) -> tuple[str, int, bytes]:
    """What the cache file keeps of a pattern: its source, flags and pickle."""
    if isinstance(pattern, LazyPattern):
        return pattern.pattern, pattern.flags, pattern.blob()
    return pattern.pattern, pattern.flags, pickle.dumps(pattern)


def _lazy(entries: dict) -> dict:
    out = {}
    for key, value in entries.items():
        if (
            isinstance(value, tuple)
            and len(value) == 3
            and isinstance(value[0], str)
            and isinstance(value[1], int)
            and isinstance(value[2], bytes)
        ):
            out[key] = LazyPattern(*value)
    return out


def _analysed(source: str) -> tuple:
    required, conjunctions = prefilter.analyse(source)
    if conjunctions is not None:
        conjunctions = pickle.dumps(conjunctions, pickle.HIGHEST_PROTOCOL)
    return required, conjunctions


class PatternCache:
    """Compiled patterns by (pattern, flags), the prefilter keys of phrase
    patterns and the literals matches of compiled patterns hold, loaded from and
    saved to ``path``."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.stored, self.stored_keys, self.stored_phrases, self.stored_literals = self._load()
        self.used: dict[tuple[str, int], regex.Pattern] = {}
        self.used_keys: dict[str, frozenset[str] | None] = {}
        self.used_phrases: dict[tuple[str, bool], regex.Pattern] = {}
        self.used_literals: dict[str, tuple] = {}
        self.dirty = False
        self._registered = self.path is not None
        if self._registered:
            atexit.register(self.save)

    def _load(self) -> tuple[dict, dict, dict, dict]:
        empty: tuple[dict, dict, dict, dict] = ({}, {}, {}, {})
        if self.path is None:
            return empty
        try:
            with open(self.path, "rb") as fh:
                if not cache_dir.trusted(os.fstat(fh.fileno())):
                    return empty
                data = pickle.load(fh)
        except Exception:  # missing, unreadable or damaged: compile afresh
            return empty
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return empty
        parts = [data.get(name) for name in ("patterns", "keys", "phrases", "literals")]
        if not all(isinstance(part, dict) for part in parts):
            return empty
        patterns, keys, phrases, literals = parts
        return _lazy(patterns), keys, _lazy(phrases), literals

    def compile(self, source: str, flags: int) -> regex.Pattern:
        key = (source, flags)
        pattern = self.used.get(key)
        if pattern is None:
            pattern = self.stored.get(key)
            if pattern is None:
                pattern = regex.compile(source, flags)
                self._changed()
            self.used[key] = pattern
        return pattern

    def literal_keys(self, source: str) -> frozenset[str] | None:
        """:func:`medlint.prefilter.literal_keys` of ``source``, remembered."""
        return self._remembered(self.used_keys, self.stored_keys, source, prefilter.literal_keys)

    def literals(self, pattern: str) -> tuple:
        """:func:`medlint.prefilter.analyse` of a compiled pattern's source, remembered:
        (required literals, conjunctions pickled as bytes or ``None``). The
        conjunctions stay pickled until a search needs them (most are never needed
        in a run, and unpickling them all cost more than the rest of the file)."""
        return self._remembered(self.used_literals, self.stored_literals, pattern, _analysed)

    def _remembered(self, used: dict, stored: dict, key: str, compute):
        """``compute(key)``, from this run, an earlier run, or computed now."""
        value = used.get(key, _MISSING)
        if value is _MISSING:
            value = stored.get(key, _MISSING)
            if value is _MISSING:
                value = compute(key)
                self._changed()
            used[key] = value
        return value

    def phrase(self, source: str, words: bool) -> regex.Pattern | None:
        """The pattern :func:`medlint.patterns.compile_pattern` made of ``source`` before."""
        key = (source, words)
        pattern = self.used_phrases.get(key)
        if pattern is None:
            pattern = self.stored_phrases.get(key)
            if pattern is not None:
                self.used_phrases[key] = pattern
        return pattern

    def remember_phrase(self, source: str, words: bool, pattern: regex.Pattern) -> None:
        self.used_phrases[(source, words)] = pattern
        self._changed()

    def _changed(self) -> None:
        self.dirty = True
        if not self._registered and self.path is not None:
            self._registered = True
            atexit.register(self.save)

    def _stale(self) -> bool:
        """The file holds many entries this run did not need (a pack changed)."""
        stored = sum(map(len, (self.stored, self.stored_keys, self.stored_phrases)))
        stored += len(self.stored_literals)
        used = sum(map(len, (self.used, self.used_keys, self.used_phrases)))
        used += len(self.used_literals)
        return stored > 2 * used + 64

    def save(self) -> None:
        """Write the patterns this process used, if any had to be compiled."""
        if self.path is None or not (self.dirty or self._stale()):
            return
        data = {
            "format": FORMAT,
            "patterns": {k: _entry(v) for k, v in self.used.items()},
            "keys": self.used_keys,
            "phrases": {k: _entry(v) for k, v in self.used_phrases.items()},
            "literals": self.used_literals,
        }
        if not cache_dir.write_pickle(self.path, data):
            return
        cache_dir.prune_siblings(self.path, "patterns-")
        self.dirty = False


_cache: PatternCache | None = None


def _the_cache() -> PatternCache:
    global _cache
    if _cache is None:
        _cache = PatternCache(cache_file())
    return _cache


def compile(source: str, flags: int = 0) -> regex.Pattern:  # noqa: A001 - mirrors regex.compile
    """``regex.compile`` through the cache of compiled patterns."""
    return _the_cache().compile(source, flags)


def phrase(source: str, words: bool) -> regex.Pattern | None:
    """A phrase pattern compiled by an earlier call or run, if any."""
    return _the_cache().phrase(source, words)


def remember_phrase(source: str, words: bool, pattern: regex.Pattern) -> None:
    _the_cache().remember_phrase(source, words, pattern)


def literal_keys(source: str) -> frozenset[str] | None:
    """The prefilter keys of a phrase pattern, through the cache."""
    return _the_cache().literal_keys(source)


def literals(pattern: str) -> tuple:
    """(required keys, conjunctions) of a compiled pattern's source, through the cache."""
    return _the_cache().literals(pattern)

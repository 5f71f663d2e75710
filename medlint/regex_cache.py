"""Compiled rule patterns kept between runs, so a one-file run starts fast.

Compiling the built-in packs' patterns with ``regex`` takes a few hundred
milliseconds, more than checking a typical article. ``regex`` can pickle a
compiled pattern together with its compiled program, and unpickling it skips
the parser, so the patterns of the last run are kept in
``$XDG_CACHE_HOME/medlint/`` (``~/.cache/medlint``), one file per ``regex``
and Python version. Each entry is keyed by the exact pattern text and flags, so
a changed rule pack simply misses and is compiled again.

The file is read only when it belongs to the current user and no one else may
write to it; a missing, foreign or damaged file is ignored. Set
``MEDLINT_NO_CACHE=1`` to turn the cache off, or ``MEDLINT_CACHE_DIR`` to move
it.
"""

from __future__ import annotations

import atexit
import os
import pickle
import stat
import sys
import tempfile

import regex

FORMAT = 1


def cache_file() -> str | None:
    if os.environ.get("MEDLINT_NO_CACHE"):
        return None
    folder = os.environ.get("MEDLINT_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "medlint")
    py = f"{sys.version_info[0]}{sys.version_info[1]}"
    return os.path.join(folder, f"patterns-{FORMAT}-regex{regex.__version__}-py{py}.pickle")


class PatternCache:
    """Compiled patterns by (pattern, flags), loaded from and saved to ``path``."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.stored = self._load()
        self.used: dict[tuple[str, int], regex.Pattern] = {}
        self.dirty = False
        self._registered = False

    def _load(self) -> dict:
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as fh:
                st = os.fstat(fh.fileno())
                if hasattr(os, "getuid") and st.st_uid != os.getuid():
                    return {}
                if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                    return {}
                data = pickle.load(fh)
        except Exception:  # missing, unreadable or damaged: compile afresh
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, regex.Pattern)}

    def compile(self, source: str, flags: int) -> regex.Pattern:
        key = (source, flags)
        pattern = self.used.get(key)
        if pattern is None:
            pattern = self.stored.get(key)
            if pattern is None:
                pattern = regex.compile(source, flags)
                self.dirty = True
                if not self._registered and self.path is not None:
                    self._registered = True
                    atexit.register(self.save)
            self.used[key] = pattern
        return pattern

    def save(self) -> None:
        """Write the patterns this process used, if any had to be compiled."""
        if not self.dirty or self.path is None:
            return
        folder = os.path.dirname(self.path)
        try:
            os.makedirs(folder, mode=0o700, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=folder)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(self.used, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except Exception:
            return  # a read-only home folder must not fail a run
        self.dirty = False


_cache: PatternCache | None = None


def compile(source: str, flags: int) -> regex.Pattern:  # noqa: A001 - mirrors regex.compile
    """``regex.compile`` through the cache of compiled patterns."""
    global _cache
    if _cache is None:
        _cache = PatternCache(cache_file())
    return _cache.compile(source, flags)

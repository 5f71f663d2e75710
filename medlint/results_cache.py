"""Findings of unchanged files kept between runs, so a re-run skips them.

A CI gate checks every article on every push and ``pre-commit run --all-files``
checks them all again, though almost none changed. Like ruff's cache, medlint
keeps each file's findings in the cache folder (:mod:`medlint.cache_dir`) and
gives them back when nothing that decides them has changed:

- the run key: medlint's code (each module's size and modification time, so an
  upgrade or an edited checkout misses), the Python and ``regex`` versions, the
  text of every rule pack loaded, the enabled rules with their options and
  severities, the per-file ignores, and (when the readability rule runs) the
  installed pronouncing dictionary and hyphenator;
- the file key: the file's path (findings name it, its extension picks the
  reader, per-file ignores match it) and its decoded text.

What is kept is the engine's result before a baseline is applied, so
``--baseline`` and ``--write-baseline`` work as without the cache. A result
with an error (a rule that gave up on a pattern timeout, which depends on the
machine's load) is never kept. Standard input is never cached.

Entries live in ``results/<run key>/``; when a new run key starts, the folders
of older keys beyond the newest few are removed, so the cache does not grow
with every upgrade or configuration. ``medlint check --no-cache`` neither reads
nor writes entries; ``MEDLINT_NO_CACHE=1`` turns every cache off. A missing,
foreign, writable-by-others or damaged entry is ignored and the file is checked.
"""

from __future__ import annotations

import os
import pickle
import sys
from typing import TYPE_CHECKING

from . import __version__, cache_dir
from .findings import Report

if TYPE_CHECKING:
    from .engine import Engine

FORMAT = 1
KEEP_KEYS = 4  # run keys whose entries are kept (configurations, versions in use)
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def code_fingerprint(root: str = _PACKAGE) -> list[tuple[str, int, int]]:
    """(path, size, modification time) of every Python module of the package."""
    out: list[tuple[str, int, int]] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for e in entries:
            if e.is_dir(follow_symlinks=False) and not e.name.startswith((".", "__")):
                stack.append(e.path)
            elif e.name.endswith(".py"):
                try:
                    st = e.stat()
                except OSError:
                    continue
                out.append((os.path.relpath(e.path, root), st.st_size, st.st_mtime_ns))
    out.sort()
    return out


def run_key(engine: Engine) -> str:
    """What, besides a file's own path and text, decides its findings."""
    import regex

    rules = [(r.id, r.code, repr(sorted(r.options.items(), key=str))) for r in engine.rules]
    dictionary = ""
    if any(r.kind == "readability" for r in engine.rules):
        from .syllables import _source_stamp

        dictionary = _source_stamp()  # the installed pronouncing dictionary and hyphenator
    parts = (
        FORMAT,
        __version__,
        sys.version_info[:2],
        getattr(regex, "__version__", ""),
        code_fingerprint(),
        engine.ruleset.pack_digests,
        rules,
        sorted(engine.severity.items()),
        sorted((glob, sorted(ids)) for glob, ids in engine.per_file_ignores.items()),
        dictionary,
    )
    return cache_dir.digest(repr(parts).encode("utf-8", "surrogatepass"), 16)


class ResultsCache:
    """Per-file results under one run key."""

    def __init__(self, folder: str, key: str) -> None:
        self.root = os.path.join(folder, "results")
        self.folder = os.path.join(self.root, key)
        self._pruned = False

    @classmethod
    def for_engine(cls, engine: Engine) -> ResultsCache | None:
        folder = cache_dir.folder()
        if folder is None:
            return None
        return cls(folder, run_key(engine))

    @staticmethod
    def file_key(path: str, text: str) -> str:
        data = f"{path}\0{text}".encode("utf-8", "surrogatepass")
        return cache_dir.digest(data, 20)

    def get(self, key: str) -> Report | None:
        """The kept result for ``key``, or ``None``."""
        try:
            with open(os.path.join(self.folder, key), "rb") as fh:
                if not cache_dir.trusted(os.fstat(fh.fileno())):
                    return None
                data = pickle.load(fh)  # noqa: S301 - our own file, checked above
        except Exception:  # noqa: BLE001 - missing or damaged: check the file
            return None
        if not isinstance(data, tuple) or len(data) != 2 or data[0] != FORMAT:
            return None
        report = data[1]
        return report if isinstance(report, Report) else None

    def put(self, key: str, report: Report) -> None:
        """Keep ``report`` (a result without errors) for ``key``."""
        if report.errors:
            return
        if not self._pruned:
            self._pruned = True
            if not os.path.isdir(self.folder):
                self._prune()
        cache_dir.write_pickle(os.path.join(self.folder, key), (FORMAT, report))

    def _prune(self) -> None:
        """Remove the folders of all but the newest few other run keys."""
        import shutil

        try:
            others = [e for e in os.scandir(self.root) if e.is_dir(follow_symlinks=False)]
            others.sort(key=lambda e: e.stat().st_mtime, reverse=True)
        except OSError:
            return
        for e in others[KEEP_KEYS - 1 :]:
            shutil.rmtree(e.path, ignore_errors=True)

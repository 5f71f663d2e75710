"""Parsed rule packs kept between runs, so a one-file run does not parse YAML.

Parsing the built-in packs costs more than checking a short article, and they
change only when medlint is upgraded or a team edits its pack. Each pack's
parsed content (plain lists, mappings and strings, exactly what
``yaml.safe_load`` gave) is kept in one pickle in the cache folder
(:mod:`medlint.cache_dir`), keyed by a hash of the pack's text, so an edited
pack simply misses and is parsed again. A missing, foreign, writable-by-others
or damaged cache file is ignored.
"""

from __future__ import annotations

import atexit
import os
import pickle

from . import cache_dir

FORMAT = 1
KEEP = 64  # parsed packs kept in the file


def digest(text: str) -> str:
    return cache_dir.digest(text.encode("utf-8", "surrogatepass"), 20)


class PackCache:
    def __init__(self, path: str | None) -> None:
        self.path = path
        self.stored = self._load()
        self.used: dict[str, bytes] = {}
        self.dirty = False

    def _load(self) -> dict:
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as fh:
                if not cache_dir.trusted(os.fstat(fh.fileno())):
                    return {}
                data = pickle.load(fh)  # noqa: S301 - our own file, checked above
        except Exception:  # noqa: BLE001 - missing or damaged: parse afresh
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return {}
        packs = data.get("packs")
        return packs if isinstance(packs, dict) else {}

    def get(self, text: str, key: str | None = None):
        """What parsing ``text`` (whose digest is ``key``) gave in an earlier run, or ``None``."""
        key = key or digest(text)
        blob = self.stored.get(key)
        if not isinstance(blob, bytes):
            return None
        try:
            parsed = pickle.loads(blob)  # noqa: S301 - our own file, checked when read
        except Exception:  # noqa: BLE001 - damaged entry: parse afresh
            return None
        self.used[key] = blob
        return parsed

    def put(self, text: str, parsed, key: str | None = None) -> None:
        if self.path is None:
            return
        if not self.dirty:
            atexit.register(self.save)
        # Pickled now: the caller may change ``parsed`` before the file is written.
        self.used[key or digest(text)] = pickle.dumps(parsed, pickle.HIGHEST_PROTOCOL)
        self.dirty = True

    def save(self) -> None:
        """Write this run's packs, and a few others (a team may switch between packs)."""
        if self.path is None or not self.dirty:
            return
        keep = dict(self.used)
        for key, blob in self.stored.items():
            if len(keep) >= KEEP:
                break
            keep.setdefault(key, blob)
        if not cache_dir.write_pickle(self.path, {"format": FORMAT, "packs": keep}):
            return
        cache_dir.prune_siblings(self.path, "packs-")
        self.dirty = False


_cache: PackCache | None = None


def the_cache() -> PackCache:
    global _cache
    if _cache is None:
        folder = cache_dir.folder()
        _cache = PackCache(
            None if folder is None else os.path.join(folder, f"packs-{FORMAT}.pickle")
        )
    return _cache

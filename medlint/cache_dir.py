"""Where medlint keeps what it learns between runs, and whether a kept file is safe.

Everything medlint caches (compiled patterns, the syllable table of the
readability rule) lives in one folder: ``$MEDLINT_CACHE_DIR`` if set, else
``$XDG_CACHE_HOME/medlint``, else ``~/.cache/medlint``. ``MEDLINT_NO_CACHE=1``
turns every cache off. A cached file is trusted only when it belongs to the
current user and no one else may write to it.
"""

from __future__ import annotations

import os
import stat


def folder() -> str | None:
    """The cache folder, or ``None`` when caching is turned off."""
    if os.environ.get("MEDLINT_NO_CACHE"):
        return None
    chosen = os.environ.get("MEDLINT_CACHE_DIR")
    if chosen:
        return chosen
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "medlint")


def trusted(st: os.stat_result) -> bool:
    """A file with this status is ours and writable only by us."""
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def write_pickle(path: str, data: object) -> bool:
    """Pickle ``data`` to ``path`` atomically (a temporary file, then a rename), in a
    folder only we may enter; ``False`` if it cannot be written (a read-only home
    folder must not fail a run)."""
    import pickle
    import tempfile

    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # noqa: BLE001 - any failure to write leaves the cache as it was
        return False
    return True


STALE_AFTER = 30 * 24 * 3600  # seconds since a sibling file was last written


def prune_siblings(path: str, prefix: str, now: float | None = None) -> None:
    """Remove the files in ``path``'s folder that start with ``prefix`` (the same
    kind of cache: another format, another ``regex`` or Python, another installed
    dictionary) and were not written for :data:`STALE_AFTER`; ``path`` itself stays.
    Called when ``path`` has just been written, so upgrades and removed environments
    do not leave their caches behind for ever. Errors are ignored."""
    import time

    folder, name = os.path.split(path)
    cutoff = (time.time() if now is None else now) - STALE_AFTER
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name == name or not entry.name.startswith(prefix):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and trusted(st) and st.st_mtime < cutoff:
                os.unlink(entry.path)
        except OSError:
            continue


def digest(data: bytes, size: int) -> str:
    """A BLAKE2b hex digest of ``size`` bytes, for naming and keying cache entries."""
    try:  # the hash itself, without hashlib's OpenSSL bindings (~5 ms to load)
        from _blake2 import blake2b
    except ImportError:  # an interpreter built without it
        from hashlib import blake2b

    return blake2b(data, digest_size=size).hexdigest()

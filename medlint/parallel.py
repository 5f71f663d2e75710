"""Check many files on every core, with results in the same order as one core gives.

:func:`check_files` splits the sorted file list into chunks of similar size and
hands them to a pool of worker processes. The workers are forked from the
process that already loaded and compiled the rules, so no worker loads a rule
pack again. Chunk results are merged in file order, so the output does not
depend on which worker finished first.

Small runs (a pre-commit hook with two changed files) stay in one process,
where starting workers would cost more than it saves, and so do platforms
without ``fork``. ``MEDLINT_JOBS`` sets the number of processes (``1`` turns
parallel checking off).

Whatever goes wrong with one file (an unreadable file, a bug in a rule) becomes
a one-line error for that file; the other files are still checked.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .findings import FileError, Report

if TYPE_CHECKING:
    from .engine import Engine

STDIN = "-"
MIN_FILES = 4  # fewer files than this are checked in one process
MIN_BYTES = 64 * 1024  # and so is less text than this in total
CHUNK_BYTES = 256 * 1024  # upper bound on the text of one chunk
CHUNK_FILES = 32  # and on its number of files

_engine: Engine | None = None  # the engine a forked worker inherits


def jobs() -> int:
    """Number of processes to use: ``MEDLINT_JOBS`` or the usable cores."""
    raw = os.environ.get("MEDLINT_JOBS", "").strip()
    if raw:
        try:
            return max(1, int(raw))
        except ValueError:
            pass
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def check_one(engine: Engine, path: str, stdin_text: str | None = None) -> Report:
    """Check one file; any failure becomes an error line for that file."""
    try:
        return engine.check_file(path, stdin_text)
    except MemoryError:
        return Report(errors=[FileError(path, "file is too large to check in memory")])
    except RecursionError:
        return Report(errors=[FileError(path, "document is nested too deeply to read")])
    except Exception as exc:  # a bug in a rule must not hide the other files
        detail = " ".join(str(exc).split())[:160]
        return Report(
            errors=[
                FileError(
                    path,
                    f"internal error while checking ({type(exc).__name__}: {detail}); "
                    "please report it",
                )
            ]
        )


def _sizes(files: Sequence[str]) -> list[int]:
    out = []
    for f in files:
        try:
            out.append(os.stat(f).st_size if f != STDIN else 0)
        except OSError:
            out.append(0)
    return out


def chunks(files: Sequence[str], sizes: Sequence[int], workers: int) -> list[list[str]]:
    """Consecutive runs of files, several per worker so that the load evens out."""
    total = sum(sizes)
    target = max(16 * 1024, min(CHUNK_BYTES, total // (workers * 8) + 1))
    out: list[list[str]] = []
    current: list[str] = []
    size = 0
    for f, n in zip(files, sizes, strict=True):
        current.append(f)
        size += n
        if size >= target or len(current) >= CHUNK_FILES:
            out.append(current)
            current, size = [], 0
    if current:
        out.append(current)
    return out


def _check_chunk(paths: list[str]) -> Report:
    assert _engine is not None
    report = Report()
    for path in paths:
        _merge(report, check_one(_engine, path))
    return report


def _merge(into: Report, one: Report) -> None:
    into.findings.extend(one.findings)
    into.errors.extend(one.errors)
    into.files_checked += one.files_checked


def _fork_context():
    if sys.platform == "win32" or not hasattr(os, "fork"):
        return None
    import multiprocessing  # here, not at the top: a one-file run never needs it

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork")


def check_files(engine: Engine, files: Sequence[str], stdin_text: str | None = None) -> Report:
    """Check ``files`` in order, on several processes when it pays."""
    report = Report()
    workers = min(jobs(), len(files))
    sizes = _sizes(files) if workers > 1 and len(files) >= MIN_FILES else []
    small = not sizes or sum(sizes) < MIN_BYTES or STDIN in files
    context = None if workers < 2 or small else _fork_context()
    if context is None:
        for path in files:
            _merge(report, check_one(engine, path, stdin_text))
        return report

    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    parts = chunks(files, sizes, workers)
    # Check the first chunk here before forking: whatever the rules load on first
    # use (textstat's dictionaries, caches) is then loaded once and shared.
    global _engine
    _engine = engine
    _merge(report, _check_chunk(parts[0]))
    done = len(parts[0])
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            rest = parts[1:]
            for part, result in zip(rest, pool.map(_check_chunk, rest), strict=False):
                _merge(report, result)
                done += len(part)
    except (BrokenProcessPool, OSError):
        # A worker died (out of memory, killed): check what is left here, one by one.
        for path in files[done:]:
            _merge(report, check_one(engine, path))
    finally:
        _engine = None
    return report

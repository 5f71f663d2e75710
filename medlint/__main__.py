"""The ``medlint`` command: ``python -m medlint`` and the installed script.

A one-file run in a pre-commit hook is mostly start-up and exit, so the process
is tuned for both (``python bench/run.py`` times it):

- the cyclic garbage collector is off while modules are imported and the rule
  packs are built: they allocate a large graph of objects that lives as long as
  the process, which collections would walk again and again and never free.
  :func:`medlint.cli.main` turns collection back on, with those objects frozen
  out of later collections, before the first file is checked;
- at the end the output streams are flushed and the exit handlers run (the
  caches are saved), then the process ends at once instead of freeing every
  compiled pattern and phrase index one by one.

Calling :func:`medlint.cli.main` from Python (tests, other tools) does neither.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys


def run() -> None:
    gc.disable()
    from .cli import main

    _exit(main())


def _exit(code: int) -> None:
    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None:  # another Python: the ordinary exit
        raise SystemExit(code)
    run_handlers()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing to say
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    run()

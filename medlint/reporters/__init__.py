"""One module per output format; each exposes ``render(report, context) -> str``.

``context`` carries what a format may need beyond the findings: ``version``,
``statistics``, ``failed``, ``fail_on``, ``rules`` (the rules that ran, for
SARIF), ``files`` (every file checked, for JUnit) and ``baselined`` (findings
hidden by a baseline). Formats read optional fields with defaults.
"""

from __future__ import annotations

import os
from importlib import import_module

FORMATS = ("text", "json", "sarif", "github", "junit")


def render(fmt: str, report, context) -> str:
    return import_module(f"{__name__}.{fmt}").render(report, context)


def relative_path(path: str) -> str:
    """``path`` relative to the working folder when inside it, with forward slashes.

    CI systems (GitHub code scanning, annotations) expect paths relative to the
    checkout; paths outside the working folder are kept absolute.
    """
    if path == "-":
        return path
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            rel = path
        if not rel.startswith(".."):
            path = rel
    path = path.replace(os.sep, "/")
    while path.startswith("./"):
        path = path[2:]
    return path

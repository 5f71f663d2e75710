"""Readers turn a decoded source string into a :class:`~medlint.document.Document`."""

from __future__ import annotations

from ..document import Document
from .html import read_html
from .markdown import read_markdown
from .plain import read_plain

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
}

_READERS = {"text": read_plain, "markdown": read_markdown, "html": read_html}


def format_for(path: str, source: str | None = None) -> str:
    """The format of ``path`` by extension; standard input is sniffed."""
    lower = path.lower()
    for ext, fmt in FORMATS.items():
        if lower.endswith(ext):
            return fmt
    if source is not None:
        head = source.lstrip()[:200].lower()
        if head.startswith(("<!doctype html", "<html")):
            return "html"
        if head.startswith("---") or head.startswith("#"):
            return "markdown"
    return "text"


def read_document(path: str, source: str, fmt: str | None = None) -> Document:
    if source.startswith("\ufeff"):
        # A byte-order mark is not part of the text: editors do not count it as a
        # column, so neither do we (files lose it in decoding; this is for text
        # handed over directly).
        source = source[1:]
    return _READERS[fmt or format_for(path, source)](path, source)

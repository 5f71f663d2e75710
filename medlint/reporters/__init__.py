"""One module per output format; each exposes ``render(report, context) -> str``."""

from __future__ import annotations

from importlib import import_module

FORMATS = ("text", "json")


def render(fmt: str, report, context) -> str:
    return import_module(f"{__name__}.{fmt}").render(report, context)

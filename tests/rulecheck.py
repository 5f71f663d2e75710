"""The built-in rules, loaded once for the test session, and which of them fire on a text."""

from __future__ import annotations

from medlint.engine import Engine
from medlint.rules import load_rules

RULES = load_rules()


def codes(text: str, *rules: str) -> list[str]:
    """Sorted codes of the ``rules`` (names or codes) that report on ``text`` as Markdown."""
    engine = Engine.create(RULES, select=list(rules))
    return sorted({f.code for f in engine.check_source("post.md", text).findings})

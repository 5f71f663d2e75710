"""What every kind shares: the hit a check yields, and option helpers."""

from __future__ import annotations

from typing import Any

from ..patterns import alternation
from ..records import dataclass, field
from ..rules import Rule, RuleError, Vocabulary


@dataclass
class Hit:
    """One problem found by a check: source offsets plus values for the message.

    ``args`` fill ``{placeholders}`` in the rule's message; ``match`` is always
    available and holds the flagged source text.
    """

    start: int
    end: int
    args: dict[str, Any] = field(default_factory=dict)


def phrases(rule: Rule, vocab: Vocabulary, key: str, *, required: bool = False, words=True):
    """Compile the rule option ``key`` (a list of phrases or @vocabulary) to one pattern."""
    items = vocab.get(rule.options.get(key), f"field '{key}'")
    if required and not items:
        raise RuleError(f"field '{key}' is required and must not be empty")
    return alternation(items, words=words)


def number(rule: Rule, key: str, default: float) -> float:
    value = rule.options.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RuleError(f"field '{key}' must be a number")
    return value

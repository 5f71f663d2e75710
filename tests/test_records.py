"""medlint.records: the record classes medlint uses in place of dataclasses behave
like dataclasses for every feature medlint relies on."""

from __future__ import annotations

import pickle

import pytest

from medlint.records import FrozenInstanceError, dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Key:
    name: str
    line: int = 1


@dataclass(eq=False)
class Node:
    text: str


@dataclass(eq=False)
class Leaf(Node):
    depth: int = 0


@dataclass
class Derived:
    values: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.total = sum(self.values)


def test_init_defaults_and_fresh_factories():
    a, b = Point(1), Point(2, 3)
    assert (a.x, a.y, b.y) == (1, 0, 3)
    a.tags.append("x")
    assert b.tags == [] and Point(1).tags == []
    assert Point(x=1, y=2, tags=["t"]).tags == ["t"]
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]


def test_eq_repr_and_hash_follow_dataclass_rules():
    assert Point(1, 2) == Point(1, 2) and Point(1, 2) != Point(2, 1)
    assert Point(1) != Key("p", 1)
    assert repr(Point(1)) == "Point(x=1, y=0, tags=[])"
    with pytest.raises(TypeError):
        hash(Point(1))  # eq without frozen: unhashable
    assert hash(Key("a", 2)) == hash(Key("a", 2)) and {Key("a"), Key("a")} == {Key("a")}
    n = Node("t")
    assert n != Node("t") and n == n and len({n, n, Node("t")}) == 2  # identity


def test_frozen_records_refuse_changes_and_pickle():
    key = Key("a")
    with pytest.raises(FrozenInstanceError):
        key.name = "b"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del key.line
    assert pickle.loads(pickle.dumps(key)) == key
    assert pickle.loads(pickle.dumps(Point(1, 2, ["a"]))) == Point(1, 2, ["a"])


def test_inherited_fields_come_first_and_post_init_runs():
    leaf = Leaf("t", 2)
    assert (leaf.text, leaf.depth) == ("t", 2)
    assert Derived([1, 2, 3]).total == 6


def test_unsupported_definitions_are_refused():
    with pytest.raises(ValueError):

        @dataclass
        class Mutable:
            items: list = []  # noqa: RUF012

    with pytest.raises(TypeError):

        @dataclass
        class Order:
            a: int = 0
            b: int

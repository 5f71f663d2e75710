"""Record classes, as :mod:`dataclasses` makes them, without importing it.

A one-file run of ``medlint`` in a pre-commit hook is mostly start-up, and the
standard :mod:`dataclasses` module imports :mod:`inspect` (and with it ``ast``,
``dis``, ``tokenize`` and more): about a tenth of that start-up, for features
medlint does not use. This module makes the same classes for the subset medlint
uses, with the same code a dataclass would get:

- ``@dataclass``, ``@dataclass(eq=False)``, ``@dataclass(frozen=True)``;
- fields from the class's annotations, in order, after those of a record base
  class; a class attribute is the field's default; ``field(default_factory=...)``
  or ``field(default=...)``;
- ``__init__`` (calling ``__post_init__`` if the class has one), ``__repr__``,
  ``__eq__`` over the fields when ``eq`` (then unhashable unless frozen), and for
  ``frozen`` a ``__setattr__`` and ``__delattr__`` that refuse and a hash of the
  fields.

Static type checkers read these classes as dataclasses (``dataclass_transform``).
Anything beyond this subset (``order``, ``slots``, ``kw_only``, ``InitVar``,
``ClassVar`` fields) is refused when the class is made, not silently ignored.
"""

from __future__ import annotations

from typing import Any, dataclass_transform

__all__ = ["FrozenInstanceError", "dataclass", "field"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class FrozenInstanceError(AttributeError):
    """An attempt to change a field of a frozen record."""


class Field:
    __slots__ = ("default", "default_factory")

    def __init__(self, default: Any, default_factory: Any) -> None:
        self.default = default
        self.default_factory = default_factory


def field(*, default: Any = MISSING, default_factory: Any = MISSING) -> Any:
    """A field's default, or a callable that makes a fresh default for each record."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("a field takes a default or a default_factory, not both")
    return Field(default, default_factory)


_FIELDS = "__record_fields__"  # the class's fields: name -> Field, in order


@dataclass_transform(field_specifiers=(field,))
def dataclass(cls: type | None = None, /, *, eq: bool = True, frozen: bool = False) -> Any:
    """Make ``cls`` a record class (see the module's docstring)."""

    def wrap(cls: type) -> type:
        return _make(cls, eq, frozen)

    return wrap if cls is None else wrap(cls)


def _make(cls: type, eq: bool, frozen: bool) -> type:
    fields: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        fields.update(base.__dict__.get(_FIELDS, {}))
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if str(annotation).startswith(("ClassVar", "typing.ClassVar", "InitVar")):
            raise TypeError(f"{cls.__name__}.{name}: ClassVar and InitVar fields are not supported")
        value = cls.__dict__.get(name, MISSING)
        if isinstance(value, Field):
            spec = value
            if value.default is MISSING:
                delattr(cls, name)  # no class attribute for a factory or a required field
            else:
                setattr(cls, name, value.default)
        else:
            spec = Field(value, MISSING)
        if isinstance(spec.default, list | dict | set):
            raise ValueError(f"{cls.__name__}.{name}: a mutable default needs default_factory")
        fields[name] = spec
    setattr(cls, _FIELDS, fields)

    names = tuple(fields)
    _set(cls, "__init__", _init(cls, fields, frozen))
    _set(cls, "__repr__", _repr(names))
    if eq:
        _set(cls, "__eq__", _eq(names))
        if "__hash__" not in cls.__dict__ or cls.__dict__["__hash__"] is None:
            cls.__hash__ = _hash(names) if frozen else None  # type: ignore[assignment]
    if frozen:
        _set(cls, "__setattr__", _refuse_set)
        _set(cls, "__delattr__", _refuse_delete)
    return cls


def _set(cls: type, name: str, fn: Any) -> None:
    if name in cls.__dict__ and name != "__hash__":
        return  # the class's own method wins, as with dataclasses
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, fn)


def _init(cls: type, fields: dict[str, Field], frozen: bool):
    """``__init__`` compiled from source, like a dataclass's: as fast as one written out."""
    scope: dict[str, Any] = {"MISSING": MISSING, "__builtins__": {"object": object}}
    params, body = ["self"], []
    seen_default = False
    for name, spec in fields.items():
        if spec.default_factory is not MISSING:
            scope[f"_factory_{name}"] = spec.default_factory
            params.append(f"{name}=MISSING")
            value = f"_factory_{name}() if {name} is MISSING else {name}"
            seen_default = True
        elif spec.default is not MISSING:
            scope[f"_default_{name}"] = spec.default
            params.append(f"{name}=_default_{name}")
            value = name
            seen_default = True
        else:
            if seen_default:
                raise TypeError(f"{cls.__name__}: field {name!r} has no default but follows one")
            params.append(name)
            value = name
        if frozen:
            body.append(f"    object.__setattr__(self, {name!r}, {value})")
        else:
            body.append(f"    self.{name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__({', '.join(params)}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(source, scope)  # noqa: S102 - our own source, made of field names
    return scope["__init__"]


def _repr(names: tuple[str, ...]):
    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({inner})"

    return __repr__


def _eq(names: tuple[str, ...]):
    """``__eq__`` comparing the fields as one tuple, as a dataclass's does."""
    mine = "".join(f"self.{n}," for n in names)
    theirs = "".join(f"other.{n}," for n in names)
    source = (
        "def __eq__(self, other):\n"
        "    if other.__class__ is not self.__class__:\n"
        "        return NotImplemented\n"
        f"    return ({mine}) == ({theirs})\n"
    )
    return _compiled(source, "__eq__")


def _hash(names: tuple[str, ...]):
    fields = "".join(f"self.{n}," for n in names)
    return _compiled(f"def __hash__(self):\n    return hash(({fields}))\n", "__hash__")


def _compiled(source: str, name: str):
    scope: dict[str, Any] = {"__builtins__": {"hash": hash, "NotImplemented": NotImplemented}}
    exec(source, scope)  # noqa: S102 - our own source, made of field names
    return scope[name]


def _refuse_set(self, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_delete(self, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")

"""Records behave as frozen dataclasses do (fields, defaults, equality, hashing, repr, pickling), without generated code."""

from __future__ import annotations

import dataclasses
import pickle
import typing
from typing import Optional

import pytest

from generator.record import Record


class Point(Record):
    """Return a point (fields given by position or by name)."""

    x: int
    y: int = 0
    tags: list[str] = dataclasses.field(default_factory=list, metadata={"doc": "labels"})


class Person(Record, kw_only=True):
    """Return a person (fields given by name only)."""

    name: str
    email: Optional[str] = None


@dataclasses.dataclass(frozen=True)
class PointDataclass:
    """Return the same point as a frozen dataclass, to compare with."""

    x: int
    y: int = 0
    tags: list[str] = dataclasses.field(default_factory=list, metadata={"doc": "labels"})


def test_a_record_is_a_dataclass_with_its_fields_in_order() -> None:
    assert dataclasses.is_dataclass(Point) and dataclasses.is_dataclass(Point(1))
    assert [f.name for f in dataclasses.fields(Point)] == ["x", "y", "tags"]
    assert dataclasses.fields(Point)[2].metadata["doc"] == "labels"
    assert dataclasses.replace(Person(name="Ann"), email="a@example.org") == Person(name="Ann", email="a@example.org")
    assert Point.__match_args__ == ("x", "y", "tags") and Person.__match_args__ == ()


def test_arguments_defaults_and_factories_as_a_dataclass_takes_them() -> None:
    assert vars(Point(1)) == vars(PointDataclass(1)) == {"x": 1, "y": 0, "tags": []}
    assert Point(1, tags=["a"]) == Point(x=1, y=0, tags=["a"])
    assert Point(1).tags is not Point(1).tags
    assert list(vars(Point(tags=[], y=2, x=1))) == ["x", "y", "tags"]  # field order, whatever the arguments' order


@pytest.mark.parametrize("make,message", [
    (lambda: Point(), "missing required argument: 'x'"),
    (lambda: Point(1, 2, [], 4), "takes 3 positional arguments but 4 were given"),
    (lambda: Point(1, x=2), "multiple values for argument 'x'"),
    (lambda: Point(1, z=2), "unexpected keyword argument 'z'"),
    (lambda: Person("Ann"), "takes 0 positional arguments but 1 were given"),
    (lambda: Person(email="a@example.org"), "missing required argument: 'name'"),
])
def test_wrong_arguments_are_refused(make: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        make()  # type: ignore[operator]


def test_records_are_frozen_values() -> None:
    point = Point(1, 2)
    assert point == Point(1, 2) and hash(Point(1, 2, ())) == hash(PointDataclass(1, 2, ()))  # type: ignore[arg-type]
    assert point != Point(2, 1) and point != PointDataclass(1, 2) and point != (1, 2, [])
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del point.x
    with pytest.raises(TypeError):
        hash(point)  # it holds a list, as a frozen dataclass holding one cannot be hashed either
    assert repr(point) == "Point(x=1, y=2, tags=[])" and repr(Person(name="Ann")) == "Person(name='Ann', email=None)"


def test_a_record_pickles_as_a_frozen_dataclass_does() -> None:
    point = Point(1, 2, ["a"])
    assert pickle.loads(pickle.dumps(point)) == point
    assert point.__reduce_ex__(4)[2] == PointDataclass(1, 2, ["a"]).__reduce_ex__(4)[2]


class Counter(Record, frozen=False):
    """Return a record whose fields may change."""

    count: int = 0


class Version(Record, order=True):
    """Return a record that sorts by its fields, in order."""

    major: int
    minor: int = 0


def test_a_record_declared_not_frozen_may_change_and_has_no_hash() -> None:
    counter = Counter()
    counter.count += 1
    assert counter == Counter(1) and Counter.__hash__ is None
    with pytest.raises(TypeError):
        hash(counter)


def test_a_record_declared_ordered_sorts_by_its_fields_as_a_dataclass_does() -> None:
    assert sorted([Version(2), Version(1, 5), Version(1)]) == [Version(1), Version(1, 5), Version(2)]
    assert Version(1) <= Version(1) and Version(2) > Version(1, 9) and Version(2) >= Version(2)
    with pytest.raises(TypeError):
        Version(1) < Counter(1)  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        Point(1) < Point(2)  # type: ignore[operator]  # noqa: B015  # not declared ordered


class Tally(Record, frozen=False):
    """Return a record with fields its __init__ does not take."""

    name: str
    seen: list[str] = dataclasses.field(default_factory=list, init=False)
    limit: int = dataclasses.field(default=3, init=False)


def test_fields_not_taken_by_init_are_made_as_a_dataclass_makes_them() -> None:
    first, second = Tally("a"), Tally(name="b")
    first.seen.append("x")
    assert second.seen == [] and first.limit == second.limit == 3 and "limit" not in vars(first)
    with pytest.raises(TypeError, match="takes 1 positional arguments"):
        Tally("a", [])  # type: ignore[call-arg]


def test_a_records_type_hints_are_its_fields_alone() -> None:
    """Record's own declarations are the type checker's: get_type_hints, which the validator calls, skips them."""
    assert list(typing.get_type_hints(Person)) == ["name", "email"]


def test_a_hot_class_gets_a_compiled_init_that_makes_the_same_records() -> None:
    """After many instances a record class has its own __init__: same values, defaults, factories and errors' kind."""

    class Hot(Record):
        a: int
        b: str = "b"
        c: list[int] = dataclasses.field(default_factory=list)

    class Child(Hot):
        d: int = 4

    generic = [Hot(1), Hot(2, "x"), Hot(a=3, c=[1])]
    for n in range(100):
        Hot(n)
    assert Hot.__dict__["__init__"] is not Record.__init__
    assert [Hot(1), Hot(2, "x"), Hot(a=3, c=[1])] == generic
    assert Hot(5).c is not Hot(5).c  # a fresh list each time
    with pytest.raises(TypeError):
        Hot()
    with pytest.raises(TypeError):
        Hot(1, "b", [], 4)
    assert Child(1).d == 4 and Child(1, "x", [2], 7) == Child(a=1, b="x", c=[2], d=7)
    with pytest.raises(dataclasses.FrozenInstanceError):
        Hot(1).a = 2  # type: ignore[misc]

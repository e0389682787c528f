"""What the model's type hints say: a dataclass's field types, lists, optional values, and where each key belongs."""

from __future__ import annotations

import dataclasses
import functools
import typing
from typing import TYPE_CHECKING, Optional, Union

from generator.questionnaire import model as m

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


@functools.lru_cache(maxsize=None)
def hints(cls: type) -> dict[str, object]:
    """Return the resolved type hints of a model dataclass."""
    return typing.get_type_hints(cls)


@functools.lru_cache(maxsize=None)
def key_index() -> dict[str, list[str]]:
    """Return, for every key name in the questionnaire, the paths where it belongs."""
    index: dict[str, list[str]] = {}

    def walk(cls: type, prefix: str) -> None:
        for f in dataclasses.fields(cls):
            name = m.yaml_key(f.name)
            path = f"{prefix}.{name}" if prefix else name
            index.setdefault(name, []).append(path)
            inner = dataclass_in(hints(cls)[f.name])
            if inner is not None:
                walk(inner, path + ("[]" if is_list(hints(cls)[f.name]) else ""))

    walk(m.Questionnaire, "")
    return index


def unwrap_optional(tp: object) -> object:
    """Return ``X`` for ``Optional[X]``, else the type itself."""
    if typing.get_origin(tp) is Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else tp
    return tp


def is_list(tp: object) -> bool:
    """Return True for ``list[X]`` (optional or not)."""
    return typing.get_origin(unwrap_optional(tp)) is list


def dataclass_in(tp: object) -> Optional[type[DataclassInstance]]:
    """Return the dataclass held by a type (``X``, ``Optional[X]`` or ``list[X]``), if any."""
    tp = unwrap_optional(tp)
    if typing.get_origin(tp) is list:
        tp = typing.get_args(tp)[0]
    return tp if isinstance(tp, type) and dataclasses.is_dataclass(tp) else None

"""What the model's type hints say: optional values, lists, the dataclass a field holds, and where each key belongs."""

from __future__ import annotations

from typing import Optional

from generator.questionnaire import model as m
from generator.questionnaire.model_types import dataclass_in, hints, is_list, key_index, unwrap_optional


def test_optional_and_list_types() -> None:
    assert unwrap_optional(Optional[int]) is int and unwrap_optional(int) is int
    assert is_list(Optional[list[int]]) and is_list(list[str]) and not is_list(str)
    assert dataclass_in(list[m.Person]) is m.Person and dataclass_in(Optional[m.Project]) is m.Project
    assert dataclass_in(str) is None


def test_hints_and_the_key_index() -> None:
    assert "people" in hints(m.Questionnaire)
    assert key_index()["people"] == ["people"]
    assert "project.name" in key_index()["name"] and "people[].name" in key_index()["name"]

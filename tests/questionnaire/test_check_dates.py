"""Dates in order: the project's end after its start."""

from __future__ import annotations


from generator.diagnostics import format_path
from tests.conftest import mutate, run


def test_end_equal_to_start_is_an_error(example: str) -> None:
    text = mutate(example, "  end: 2027-06-30", "  end: 2027-01-11")
    messages = [d.message for d in run(text).diagnostics if format_path(d.path) == "project.end"]
    assert messages and "on the day it starts" in messages[0]

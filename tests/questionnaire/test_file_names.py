"""File names from questionnaire values: ASCII, safe on every system, short, and never empty."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.questionnaire.file_names import file_stem


@pytest.mark.parametrize("text,stem", [
    ("CR-001", "CR-001"), ("Élan vital", "Elan-vital"), ("D/02", "D-02"), ("D:01", "D-01"), ("2027-03-31", "2027-03-31"),
    ("..hidden", "hidden"), ("  a  b  ", "a-b"), ("v1.2_final", "v1.2_final"), ("a" * 70, "a" * 60),
    ("CON", "item-CON"), ("nul.txt", "item-nul.txt"), ("com1", "item-com1"), ("CONSOLE", "CONSOLE"),
])
def test_stems(text: str, stem: str) -> None:
    assert file_stem(text) == stem


def test_nothing_usable_in_ascii_gets_the_fallback_and_a_stable_fingerprint() -> None:
    stem = file_stem("山田", "request")
    assert re.fullmatch(r"request-[0-9a-f]{8}", stem) and stem == file_stem("山田", "request")
    assert file_stem("山田") != file_stem("太郎") and file_stem("").startswith("item-")


@given(st.text(max_size=200))
def test_any_text_gives_a_safe_stem(text: str) -> None:
    stem = file_stem(text)
    assert re.fullmatch(r"[A-Za-z0-9._-]+", stem) and not stem.startswith((".", "-")) and len(stem) <= 60 + 6

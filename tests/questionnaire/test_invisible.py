"""Characters a reader cannot see: which they are, where they are part of what is seen, and how they are named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.questionnaire.invisible import (
    char_label,
    has_unseen,
    is_unseen,
    looks_like_space,
    nfc,
    unseen_characters,
    without_unseen,
)


def test_without_unseen_shows_a_name_as_it_looks() -> None:
    assert without_unseen("Ana\u00a0Li\u200bma\u00ad") == "Ana Lima"
    assert list(unseen_characters("Ada 👩\u200d💻")) == []


@pytest.mark.parametrize("char,label", [("\u200b", "U+200B ZERO WIDTH SPACE"), ("\u00a0", "U+00A0 NO-BREAK SPACE"),
                                        ("\U000e0067", "U+E0067 TAG LATIN SMALL LETTER G"), ("\ue000", "U+E000")])
def test_a_character_is_named_as_unicode_names_it(char: str, label: str) -> None:
    assert char_label(char) == label


@pytest.mark.parametrize("char", ["\u00a0", "\u2007", "\u202f", "\u2009", "\u205f"])
def test_unusual_spaces_look_like_spaces(char: str) -> None:
    assert looks_like_space(char) and is_unseen(char)


@pytest.mark.parametrize("char", [" ", "\u3000", "a", "\t"])
def test_ordinary_spaces_and_letters_do_not(char: str) -> None:
    assert not looks_like_space(char) and not is_unseen(char)


@pytest.mark.parametrize("char", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2028", "\u2029"])
def test_format_characters_and_line_separators_are_unseen(char: str) -> None:
    assert is_unseen(char)


def test_each_unseen_character_is_found_where_it_is() -> None:
    assert list(unseen_characters("a\u200bb\u00a0c")) == [(1, "\u200b"), (3, "\u00a0")]
    assert list(unseen_characters("plain ASCII")) == []
    assert has_unseen("x\u2060y") and not has_unseen("Zoë Ñúñez") and not has_unseen("")


@pytest.mark.parametrize("text", [
    "👩\u200d💻",  # a joiner inside an emoji sequence
    "👍🏽\u200d👍",  # ... after a skin tone
    "❤\ufe0f\u200d🔥",  # ... after a variation selector
    "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",  # a flag's tags
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # a Persian non-joiner between letters
    "\u0915\u094d\u200d\u0937",  # a Devanagari joiner after a virama (a mark, skipped)
])
def test_format_characters_that_are_part_of_what_is_seen_are_left_alone(text: str) -> None:
    assert list(unseen_characters(text)) == [] and without_unseen(text) == text


@pytest.mark.parametrize("text,index", [
    ("a\u200db", 1),  # a joiner between Latin letters
    ("👩\u200d", 1),  # a joiner with nothing after it
    ("\U000e0067\U000e007f", 0),  # tags without a black flag
    ("Ana\u200cLima", 3),  # a non-joiner in a script that does not join
])
def test_the_same_characters_elsewhere_are_unseen(text: str, index: int) -> None:
    assert [i for i, _ in unseen_characters(text)][0] == index


def test_nfc_composes_what_a_mac_decomposes() -> None:
    assert nfc("Jose\u0301") == "José" and nfc("José") == "José"


@given(st.text(max_size=40))
def test_what_remains_has_nothing_unseen(text: str) -> None:
    shown = without_unseen(text)
    assert not has_unseen(shown)
    assert without_unseen(shown) == shown

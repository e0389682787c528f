"""Did-you-mean: the closest candidate, and what differs when it looks like what was typed."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.questionnaire.invisible import char_label
from generator.questionnaire.suggest import closest, did_you_mean, difference, normalize

PEOPLE = ["Ana Lima", "Sam Lee", "José Núñez"]


def test_normalize_folds_case_spacing_and_unicode_form() -> None:
    assert normalize("  Jose\u0301 NU\u0301N\u0303EZ ") == normalize("josé_núñez") == "josé-núñez"


@pytest.mark.parametrize("typed,char", [
    ("Ana\u00a0Lima", "\u00a0"), ("Ana\u2007Lima", "\u2007"), ("Ana\u202fLima", "\u202f"),
    ("Ana\u200b Lima", "\u200b"), ("Ana \u2060Lima", "\u2060"), ("Ana Li\u00adma", "\u00ad"),
    ("\u202eAna Lima", "\u202e"), ("Ana Lima\u200e", "\u200e"), ("Ana Li\ufeffma", "\ufeff"),
    ("Ana  Lima", " "),
])
def test_a_look_alike_suggestion_names_what_differs(typed: str, char: str) -> None:
    hint = did_you_mean(typed, PEOPLE)
    assert hint.startswith(" (did you mean 'Ana Lima'? they differ by ")
    assert char_label(char) in hint


def test_the_issue_example_reads_as_written() -> None:
    assert did_you_mean("Ana\u00a0Lima", PEOPLE) == " (did you mean 'Ana Lima'? they differ by U+00A0 NO-BREAK SPACE)"


def test_a_homoglyph_is_named_with_what_it_stands_in_for() -> None:
    hint = did_you_mean("\u0410na Lima", PEOPLE)  # Cyrillic capital A
    assert "U+0410 CYRILLIC CAPITAL LETTER A in place of U+0041 LATIN CAPITAL LETTER A" in hint


@pytest.mark.parametrize("typed,expected", [
    ("Sam Le", " (did you mean 'Sam Lee'?)"),
    ("sam lee", " (did you mean 'Sam Lee'?)"),
    ("Ana Lma", " (did you mean 'Ana Lima'?)"),
])
def test_a_visible_difference_needs_no_explanation(typed: str, expected: str) -> None:
    assert did_you_mean(typed, PEOPLE) == expected


def test_a_missing_title_and_its_space_is_a_visible_difference() -> None:
    """Review 50a F8: "Niamh O'Connor" for "Dr Niamh O'Connor" was explained code point by code point."""
    assert did_you_mean("Niamh O'Connor", ["Dr Niamh O'Connor"]) == " (did you mean 'Dr Niamh O'Connor'?)"
    assert difference("Ana  Lima", "Ana Lima") == "they differ by U+0020 SPACE"  # a blank alone is not seen


def test_a_decomposed_name_is_the_same_name() -> None:
    nfd = unicodedata.normalize("NFD", "José Núñez")
    assert closest(nfd, PEOPLE) == "José Núñez"
    assert difference(nfd, "José Núñez") == "they differ only in how accented letters are encoded"


def test_no_suggestion_for_the_word_itself_or_nothing_close() -> None:
    assert did_you_mean("Sam Lee", PEOPLE) == ""
    assert did_you_mean("Completely Different", PEOPLE) == ""


@given(st.text(min_size=1, max_size=12), st.sampled_from(["\u00a0", "\u200b", "\u200d", "\u2060", "\u00ad", "\u202e"]),
       st.integers(min_value=0, max_value=12))
def test_any_invisible_insertion_is_explained(base: str, char: str, at: int) -> None:
    word = "Name " + base.replace("\x00", "")
    typed = word[:at] + char + word[at:]
    if closest(typed, [word]) == word:
        assert char_label(char) in did_you_mean(typed, [word])


def test_a_blank_inserted_between_like_characters_is_named() -> None:
    """Hypothesis found "Name 0\u00a00000000" for "Name 00000000": the diff aligned the zeros apart, read the
    difference as one a reader sees, and named no character."""
    assert "U+00A0 NO-BREAK SPACE" in did_you_mean("Name 0\u00a00000000", ["Name 00000000"])

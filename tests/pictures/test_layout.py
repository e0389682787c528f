"""What the pictures share to lay themselves out: labels, text widths and wrapping, month ticks, round steps, grid axes."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.pictures.layout import (
    LABEL_LIMIT,
    char_width,
    grid_axes,
    label,
    month_label,
    months,
    nice_step,
    text_width,
    wrap,
)
from generator.questionnaire.rules import LEVELS


def test_wrap_breaks_long_words_and_keeps_every_character() -> None:
    lines = wrap("a " + "x" * 50 + " b", 100, 10)
    assert all(text_width(line, 10) <= 100 for line in lines)
    # review 96a F4: a word broken between two letters ends its line with a hyphen
    assert all(line.endswith("-") for line in lines[1:-2]) and not lines[-1].endswith("-")
    assert "".join(line.removesuffix("-") for line in lines).replace(" ", "") == "a" + "x" * 50 + "b"
    assert wrap("Benutzeranforderungsspezifikation (URS)", 120, 10) == ["Benutzeranforderungs-", "spezifikation (URS)"]
    assert "-" not in "".join(wrap("山田太郎山田太郎山田太郎", 50, 10))  # East Asian text breaks with none
    assert wrap("", 100, 10) == [""]


def test_thai_breaks_with_no_hyphen_and_never_inside_a_syllable() -> None:
    """Review 139b: a Thai milestone's name broken "ระบบ-" in the timeline."""
    import unicodedata

    text = "ระบบนัดหมายผู้ป่วยออนไลน์และการเชื่อมต่อเวชระเบียนอิเล็กทรอนิกส์"
    lines = wrap(text, 80, 10)
    assert len(lines) > 2 and "".join(lines) == text and "-" not in "".join(lines)
    assert all(text_width(line, 10) <= 80 for line in lines)
    for line in lines[1:]:  # no line starts with a mark or a vowel written after its consonant
        assert not unicodedata.category(line[0]).startswith("M") and line[0] not in "ะาำๅ"
    for line in lines[:-1]:  # nor ends with a vowel written before it
        assert line[-1] not in "เแโใไ"


def test_wrap_fills_lines_word_by_word() -> None:
    assert wrap("one two three four", text_width("one two", 10), 10) == ["one two", "three", "four"]
    assert wrap("  spaced   out  ", 1000, 10) == ["spaced out"]


def test_a_label_is_folded_to_one_line_and_cut_with_an_ellipsis() -> None:
    assert label("  two\nlines\tand  tabs ") == "two lines and tabs"
    assert label("x" * LABEL_LIMIT) == "x" * LABEL_LIMIT
    cut = label("y" * (LABEL_LIMIT + 1))
    assert len(cut) == LABEL_LIMIT and cut.endswith("\u2026")


@pytest.mark.parametrize("char,factor", [("a", 0.56), ("M", 0.62), ("m", 0.62), ("%", 0.62), ("山", 1.0),
                                         ("\U0001f1ef", 1.15), ("\u0301", 0.0)])
def test_characters_are_measured_generously(char: str, factor: float) -> None:
    assert char_width(char, 10) == pytest.approx(10 * factor)


def test_text_width_is_the_sum_of_its_characters() -> None:
    assert text_width("", 12) == 0
    assert text_width("aM山", 10) == pytest.approx(5.6 + 6.2 + 10)


def test_months_are_month_starts_thinned_to_the_room() -> None:
    start, end = dt.date(2027, 1, 15), dt.date(2027, 12, 31)
    assert months(start, end, 10_000) == [dt.date(2027, m, 1) for m in range(1, 13)]
    assert months(start, end, 180) == [dt.date(2027, m, 1) for m in (1, 5, 9)]  # room for three labels
    assert months(dt.date(2027, 12, 5), dt.date(2028, 1, 5), 1000) == [dt.date(2027, 12, 1), dt.date(2028, 1, 1)]
    assert months(start, end, 0) == [dt.date(2027, 1, 1)]


def test_a_month_label_names_the_month_and_year() -> None:
    assert month_label(dt.date(2027, 2, 1)) == "Feb 2027"


@pytest.mark.parametrize("largest,count,step", [(100, 4, 25), (4, 4, 1), (9, 4, 2.5), (1_000_000, 4, 250_000),
                                                (7, 2, 5), (0, 4, 1e-9 / 4 * 4)])
def test_steps_are_round_and_cover_the_largest(largest: float, count: int, step: float) -> None:
    found = nice_step(largest, count)
    assert found * count >= largest
    if largest:
        assert found == pytest.approx(step)


def test_grid_axes_label_the_three_columns_and_both_axes() -> None:
    labels = grid_axes(90, 200, 50, 500, "Impact", "Likelihood")
    assert [t.content for t in labels] == [*LEVELS, "Impact →", "Likelihood ↑"]
    assert [t.x for t in labels[:3]] == [190, 390, 590] and all(t.anchor == "middle" for t in labels[:3])
    assert labels[-1].anchor == "end" and labels[-1].y < 50


def test_a_step_for_whole_units_is_never_a_fraction() -> None:
    """Review 8: a days axis labelled 0, 2, 5 (its middle tick stood for 2.5)."""
    from generator.pictures.layout import nice_step

    assert nice_step(4.32, 2) == 2.5 and nice_step(4.32, 2, whole=True) == 5
    for largest in (0.3, 1.08, 3.1, 4.32, 7.7, 21.6, 64.8, 130.0):
        step = nice_step(largest, 2, whole=True)
        assert step >= 1 and step == int(step) and 2 * step >= largest

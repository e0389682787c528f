"""The width of text in the body font, as the one-page estimate measures it."""

from __future__ import annotations

from generator.view.text_width import SPACE, measure, wide


def test_a_line_laid_out_by_libreoffice_measures_under_a_line_and_with_its_next_word_over() -> None:
    """The widths are DejaVu Serif's: an A4 line of 11-point text (453.5 pt) is 80 units."""
    line = "self-service portal pilot started on 2026-08-28 as planned: single sign-on was"
    assert measure(line) <= 80 < measure(line) + SPACE + measure("finished")


def test_chinese_or_japanese_characters_are_two_units_and_unknown_ones_wide() -> None:
    assert wide("需") and not wide("é") and measure("需要") == 4
    assert measure("א") > measure("n")  # not in the widths: counted as a wide letter

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


def test_a_mark_set_on_the_letter_before_it_takes_no_room() -> None:
    """Review 153a F6: a Burmese summary's key dates left out for a page counted too full, each vowel sign counted
    as a wide letter."""
    from generator.view.text_width import MISSING, UNIT, measure

    assert measure("ကီ") == measure("က") == MISSING / UNIT  # a letter and its vowel sign above: one letter's room
    assert measure("ကြီး") > measure("ကီ")  # a spacing sign (a medial, a visarga) takes room of its own
    assert measure("e\u0301") == measure("e")

"""Tests for generator.questionnaire.reached_words: done items and milestone names in German and French."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.questionnaire.reached import day_done, names_done, said_reached
from generator.questionnaire.reached_words import participle_names, plain_order

_FINISHED = r"freigegeben|approved|validée"


@pytest.mark.parametrize(("item", "plain"), [
    ("Pflichtenheft vom Lenkungskreis am 2026-03-13 freigegeben", "Pflichtenheft freigegeben am 2026-03-13"),
    ("Pflichtenheft freigegeben durch den Lenkungskreis am 2026-03-13", "Pflichtenheft freigegeben am 2026-03-13"),
    ("Design approved by the board on 2026-03-13", "Design approved on 2026-03-13"),
    ("Conception validée par le comité le 2026-03-13", "Conception validée le 2026-03-13"),
    ("Pflichtenheft in Arbeit", "Pflichtenheft in Arbeit"),
])
def test_plain_order_takes_out_who_did_it_and_puts_the_day_last(item: str, plain: str) -> None:
    assert plain_order(item, _FINISHED) == plain


@pytest.mark.parametrize(("name", "others"), [
    ("Freigabe Fachkonzept", ["Fachkonzept freigegeben"]),
    ("Abnahme des Pilotsystems", ["Pilotsystems abgenommen"]),
    ("Designfreigabe", ["Design freigegeben"]),
    ("Go-Live-Freigabe", ["Go-Live freigegeben"]),
    ("Validation de la conception", ["conception validé", "conception validée"]),
    ("Design approved", []),
    ("Freigabe", []),
])
def test_a_noun_of_finishing_gives_the_participle_a_report_uses(name: str, others: list[str]) -> None:
    assert participle_names(name) == others


@pytest.mark.parametrize(("item", "milestone"), [
    ("Pflichtenheft vom Lenkungskreis freigegeben am 2026-03-13", "Pflichtenheft freigegeben"),
    ("Fachkonzept freigegeben am 2026-03-13", "Freigabe Fachkonzept"),
    ("Designfreigabe erteilt am 2026-03-13", "Designfreigabe"),
    ("Feinkonzept am 2026-03-13 freigegeben", "Feinkonzept freigegeben"),
    ("Design abgenommen am 2026-03-13", "Design freigegeben"),
    ("Conception validée le 2026-03-13", "Validation de la conception"),
])
def test_a_german_or_french_done_item_gives_the_day_a_milestone_was_reached(item: str, milestone: str) -> None:
    """Review 79b F4: "freigegeben am 2026-03-13" was not read as the day the milestone was reached."""
    assert names_done([item], milestone)
    assert day_done([item], milestone, dt.date(2026, 4, 1)) == dt.date(2026, 3, 13)


@pytest.mark.parametrize("item", ["Feinkonzept noch nicht freigegeben", "Feinkonzept Freigabe verschoben auf 2026-05-13"])
def test_a_milestone_not_yet_reached_is_not_read_as_done(item: str) -> None:
    assert not names_done([item], "Feinkonzept freigegeben")
    assert day_done([item], "Feinkonzept freigegeben", dt.date(2026, 4, 1)) is None


def test_a_german_summary_says_the_day_with_the_word_last() -> None:
    text = "Das Fachkonzept wurde am 2026-03-13 vom Lenkungskreis freigegeben. Die Umsetzung läuft."
    assert said_reached(text, "Freigabe Fachkonzept", dt.date(2026, 4, 1)) == dt.date(2026, 3, 13)
    assert said_reached("Das Fachkonzept ist noch nicht freigegeben.", "Freigabe Fachkonzept",
                        dt.date(2026, 4, 1)) is None

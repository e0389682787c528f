"""The questions of init: defaults, when each is asked, and answers tidied into their standard form."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.questionnaire.questions import (
    BY_KEY,
    asked,
    complete,
    later,
    match_choice,
    parse_date,
    questions_for,
    same_person,
    suggest_code,
    tidy,
)

TODAY = dt.date(2027, 1, 4)


@pytest.mark.parametrize("name,year,code", [("Customer Data Platform Migration", 2027, "CDPM-2027"),
                                            ("x", 2027, "PRJ-2027"), ("Cool Orange Night", 2027, "PRJ-2027"),
                                            ("Élan", 2030, "PRJ-2030")])
def test_codes_are_suggested_from_initials(name: str, year: int, code: str) -> None:
    assert suggest_code(name, year) == code


def test_dates() -> None:
    assert parse_date(" 2027-3-1 ") == dt.date(2027, 3, 1)
    assert parse_date("2027-02-30") is None and parse_date("March 1") is None
    assert later(dt.date.max, dt.timedelta(days=1)) == dt.date.max


def test_choices_in_any_case_or_by_their_only_beginning() -> None:
    options = ("waterfall", "scrum", "kanban", "hybrid")
    assert match_choice(" KANBAN", options) == "kanban" and match_choice("hy", options) == "hybrid"
    assert match_choice("", options) is None and match_choice("x", options) is None


def test_the_same_person_whatever_the_spelling() -> None:
    assert same_person("Ana  Lima", "ana lima") and not same_person("Ana", None) and not same_person(None, None)


def test_questions_asked_depend_on_the_answers() -> None:
    assert asked("product_owner", {"methodology": "scrum"}) and not asked("product_owner", {"methodology": "kanban"})
    assert not asked("manager_role", {"sponsor": "Ana", "manager": "ana"})
    assert "product_owner" not in [q.key for q in questions_for({"methodology": "waterfall"})]


def test_tidy_writes_answers_in_their_standard_form() -> None:
    assert tidy(BY_KEY["start"], "2027-3-1") == "2027-03-01"
    assert tidy(BY_KEY["methodology"], "SCR") == "scrum"
    assert tidy(BY_KEY["summary"], "  text  ") == "text"


def test_complete_fills_every_question_asked() -> None:
    filled = complete({"name": "Solo", "start": "2027-03-01"}, TODAY)
    assert filled["end"] == "2027-08-28" and filled["code"] == "PRJ-2027" and filled["methodology"] == "scrum"
    assert filled["product_owner"] == filled["sponsor"] == "Sponsor's name"

"""The answers written as a questionnaire: any text quoted to read back as itself, missing answers as comments."""

from __future__ import annotations

import datetime as dt

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.questionnaire.answers_yaml import q, render
from generator.questionnaire.questions import complete
from generator.questionnaire.read import read_questionnaire_text

TODAY = dt.date(2027, 1, 4)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"])))
def test_any_text_is_quoted_to_read_back_as_itself(text: str) -> None:
    document = yaml.safe_load(f"key: {q(text)}\n")
    assert document == {"key": text}


def test_missing_answers_are_comments_and_the_rest_is_yaml() -> None:
    text = render({"name": "Solo", "start": "2027-03-01", "code": "SOLO-2027", "methodology": "kanban"})
    tree = yaml.safe_load(text)
    assert tree["project"]["name"] == "Solo" and tree["project"]["start"] == dt.date(2027, 3, 1)
    assert "# end: not answered yet (End date (YYYY-MM-DD))" in text
    assert "product_owner" not in text  # not asked of a kanban project


def test_complete_answers_render_a_valid_questionnaire() -> None:
    result = read_questionnaire_text(render(complete({"name": "Solo", "sponsor": "Ana", "manager": "Ana"}, TODAY)))
    assert result.ok(), [d.format() for d in result.diagnostics]
    assert [p.name for p in result.questionnaire.people] == ["Ana"]  # type: ignore[union-attr]

"""The checks' shared ground: readable items, names folded for comparison, and a warning never doubling an error."""

from __future__ import annotations

from generator.diagnostics import Severity, format_path
from generator.questionnaire.checking import Checking, folded, items
from generator.questionnaire.loader import load_text
from generator.questionnaire.validate import validate_tree
from tests.conftest import mutate


def test_items_skip_what_could_not_be_read() -> None:
    assert list(items([None, "a", None, "b"])) == [(1, "a"), (3, "b")] and list(items(None)) == []


def test_names_are_folded_for_comparison() -> None:
    assert folded("Ana  LIMA") == folded("ana lima") and folded("Le\u0301a") == folded("L\u00e9a")


def test_a_warning_is_not_added_where_an_error_is(example: str) -> None:
    text = mutate(example, "  start: 2027-01-11", "  start: 2027-13-11")
    root = load_text(text, "q.yaml").root
    assert root is not None
    draft = validate_tree(root, "q.yaml")
    checking = Checking(draft, "q.yaml")
    before = len(draft.diagnostics)
    checking.warn(("project", "start"), "a warning")
    checking.warn(("project", "name"), "another")
    added = [(d.severity, format_path(d.path)) for d in draft.diagnostics[before:]]
    assert added == [(Severity.WARNING, "project.name")]
    assert checking.people() and checking.typed(("project", "name")) and not checking.typed(("project", "no_such_key"))

"""Problems as compilers report them: FILE:LINE:COL: severity: KEY.PATH: message, ordered as in the file, summed up."""

from __future__ import annotations

import pytest

from generator.diagnostics import Diagnostic, Mark, Severity, count_summary, format_path, has_errors

ERROR = Diagnostic(Severity.ERROR, "is required", ("people", 0, "name"), Mark(12, 5), "q.yaml")
WARNING = Diagnostic(Severity.WARNING, "looks odd", (), Mark(3, 1), "q.yaml")


@pytest.mark.parametrize("path,text", [((), ""), (("project",), "project"), (("project", "code"), "project.code"),
                                       (("people", 0, "name"), "people[0].name"), (("a", 1, 2), "a[1][2]"),
                                       ((0, "x"), "[0].x")])
def test_a_key_path_is_written_as_the_reader_writes_it(path: tuple[str | int, ...], text: str) -> None:
    assert format_path(path) == text


def test_a_problem_is_one_clickable_line() -> None:
    assert ERROR.format() == "q.yaml:12:5: error: people[0].name: is required"
    assert WARNING.format() == "q.yaml:3:1: warning: looks odd"  # no key path: the message alone
    assert WARNING.format(strict=True) == "q.yaml:3:1: error: looks odd"


def test_problems_sort_as_they_appear_in_the_file() -> None:
    later_col = Diagnostic(Severity.ERROR, "a", (), Mark(3, 9), "q.yaml")
    same_place = Diagnostic(Severity.ERROR, "0 first by message", (), Mark(3, 1), "q.yaml")
    assert sorted([ERROR, later_col, WARNING, same_place], key=Diagnostic.sort_key) == [same_place, WARNING, later_col,
                                                                                       ERROR]


def test_a_mark_starts_at_the_first_line_and_column_and_orders() -> None:
    assert Mark() == Mark(1, 1) and Mark(2, 1) < Mark(2, 3) < Mark(3, 1)
    assert Diagnostic(Severity.ERROR, "x").format() == ":1:1: error: x"


def test_the_summary_counts_in_words() -> None:
    assert count_summary([], 0) == "0 errors, 0 warnings in 0 files"
    assert count_summary([ERROR, WARNING], 1) == "1 error, 1 warning in 1 file"
    assert count_summary([ERROR, ERROR, WARNING, WARNING], 2) == "2 errors, 2 warnings in 2 files"
    assert count_summary([ERROR, WARNING], 1, strict=True) == "2 errors, 0 warnings in 1 file"


def test_errors_stop_warnings_do_not_unless_strict() -> None:
    assert has_errors([ERROR]) and not has_errors([WARNING]) and not has_errors([])
    assert has_errors([WARNING], strict=True)
    assert Severity("warning") is Severity.WARNING and Severity.ERROR == "error"


HINT = Diagnostic(Severity.HINT, "no risks are recorded: add risks:", ("risks",), Mark(1, 1), "q.yaml")


def test_a_hint_is_a_line_of_its_own_kind_and_strict_leaves_it_a_hint() -> None:
    assert HINT.format() == "q.yaml:1:1: hint: risks: no risks are recorded: add risks:"
    assert HINT.format(strict=True) == HINT.format()


def test_hints_never_count_as_problems() -> None:
    assert not has_errors([HINT]) and not has_errors([HINT], strict=True)
    assert count_summary([WARNING, HINT, HINT], 1) == "0 errors, 1 warning, 2 hints in 1 file"
    assert count_summary([HINT], 1, strict=True) == "0 errors, 0 warnings, 1 hint in 1 file"
    assert count_summary([ERROR], 1) == "1 error, 0 warnings in 1 file"  # no hint count when there are none


def test_a_hint_naming_a_key_pmdocs_adds_is_followed_by_where_such_keys_are_described() -> None:
    """Reviews 51a, 51b, 51c: hints asked for keys the questionnaire format does not list, and nothing said where
    they are described."""
    from generator.diagnostics import added_keys_note

    added = Diagnostic(Severity.HINT, "add in_baseline: true (an optional key pmdocs adds)", (), Mark(3, 1), "q.yaml")
    other = Diagnostic(Severity.HINT, "add a mitigation", (), Mark(4, 1), "q.yaml")
    note = added_keys_note([ERROR, added])
    assert note is not None and "`pmdocs schema` describes every key" in note
    assert "\"Writing a questionnaire\"" in note and "a file without those keys stays valid" in note
    assert added_keys_note([ERROR, WARNING, other]) is None

"""The front half of the pipeline: a questionnaire read, validated and checked, its problems as diagnostics, never raised."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Severity
from generator.questionnaire.read import Result, duplicate_codes, read_questionnaire, read_questionnaire_text
from tests.conftest import line_of, mutate


def test_a_valid_questionnaire_has_its_model(example: str) -> None:
    result = read_questionnaire_text(example, "q.yaml")
    assert result.ok() and result.questionnaire is not None and result.filename == "q.yaml"
    assert result.code_mark.line == line_of(example, "code: CDP-2027")


def test_problems_come_back_sorted_and_there_is_no_model_with_errors(example: str) -> None:
    text = mutate(mutate(example, "  code: CDP-2027", "  code: x"), "  name: Acme Corp", "  name: 7")
    result = read_questionnaire_text(text)
    assert not result.ok() and result.questionnaire is None
    assert result.diagnostics == sorted(result.diagnostics, key=lambda d: d.sort_key())
    assert any(d.severity is Severity.ERROR for d in result.diagnostics)
    assert result.filename == "<questionnaire>"


def test_text_that_is_not_a_questionnaire_is_a_diagnostic_not_an_exception() -> None:
    for text in ("", "- a list\n", "key: [unclosed\n", "\x00\x01"):
        result = read_questionnaire_text(text, "bad.yaml")
        assert result.questionnaire is None and result.diagnostics and not result.ok()
        assert all(d.file == "bad.yaml" for d in result.diagnostics)


def test_warnings_pass_unless_strict(example: str) -> None:
    warned = read_questionnaire_text(mutate(example, "      channel: Video call", "      channel: Slack #steering"))
    assert warned.questionnaire is not None and warned.diagnostics
    assert all(d.severity is Severity.WARNING for d in warned.diagnostics)
    assert warned.ok() and not warned.ok(strict=True)


def test_a_file_is_read_with_its_name_or_the_name_shown(tmp_path: Path, example: str) -> None:
    path = tmp_path / "q.yaml"
    path.write_text(example, encoding="utf-8")
    assert read_questionnaire(path).filename.endswith("q.yaml") and read_questionnaire(str(path)).ok()
    assert read_questionnaire(path, display_name="shown.yaml").filename == "shown.yaml"
    assert not read_questionnaire(path, max_bytes=10).ok()
    missing = read_questionnaire(tmp_path / "none.yaml")
    assert missing.questionnaire is None and missing.diagnostics


def test_a_code_used_twice_is_an_error_at_the_later_code(example: str) -> None:
    first = read_questionnaire_text(example, "a.yaml")
    second = read_questionnaire_text(example, "b.yaml")
    other = read_questionnaire_text(mutate(example, "code: CDP-2027", "code: OTHER-1"), "c.yaml")
    broken = Result("d.yaml", None)
    [error] = duplicate_codes([first, broken, other, second])
    assert error.file == "b.yaml" and error.path == ("project", "code") and error.mark == second.code_mark
    assert "project code 'CDP-2027' is also used by a.yaml" in error.message
    assert duplicate_codes([first, other]) == []

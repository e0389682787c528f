"""The loader's problems in plain words: positions, refused tags and syntax errors with a hint."""

from __future__ import annotations

import pytest
import yaml

from generator.diagnostics import Mark
from generator.questionnaire.yaml_problems import offset_mark, short_tag, syntax_message, tag_problem, yaml_mark


def test_positions_are_one_based() -> None:
    assert yaml_mark(None) == Mark()
    assert offset_mark("ab\ncd", 0) == Mark(1, 1)
    assert offset_mark("ab\ncd", 4) == Mark(2, 2)
    assert offset_mark(b"ab\ncd", 3) == Mark(2, 1)


def test_tags_are_shown_as_written() -> None:
    assert short_tag("tag:yaml.org,2002:python/object") == "!!python/object"
    assert short_tag("!include") == "!include" and short_tag(None) == ""
    assert "'!!binary' is not allowed" in tag_problem("tag:yaml.org,2002:binary")


def _error(text: str) -> yaml.MarkedYAMLError:
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        yaml.safe_load(text)
    return caught.value


@pytest.mark.parametrize("text,gist,line", [
    ("project:\n\tname: X\n", "tab character", 2),
    ("a: @x\n", "text cannot start with '@'", 1),
    ("a: 'open\n", "closing quote is missing", 1),
    ("a: [1, 2\nb: 3\n", "is not closed", 2),
    ("a: b: c\n", "put text that contains ': ' in quotes", 1),
])
def test_syntax_errors_get_a_hint(text: str, gist: str, line: int) -> None:
    message, mark = syntax_message(_error(text), text)
    assert message.startswith("YAML syntax error: ") and gist in message and mark.line == line


@pytest.mark.parametrize("text,gist,line,col", [
    ("schema_version: 1\nproject: [\n", "a list in brackets [...] opened at line 2 is not closed", 2, 10),
    ("schema_version: 1\nproject: {name: x\n", "a mapping in braces {...} opened at line 2 is not closed", 2, 10),
    ("a: '[x'\nb: [1, # [\n", "opened at line 2", 2, 4),  # a bracket in quotes or a comment is no bracket
])
def test_an_unclosed_bracket_is_named_where_it_opens(text: str, gist: str, line: int, col: int) -> None:
    """Reviews 57a, 57b: an unclosed '[' on line 2 was "a value is missing or the indentation is off" at line 3."""
    from generator.questionnaire.loader import load_text

    found = load_text(text, "q.yaml").diagnostics
    assert len(found) == 1 and gist in found[0].message, found
    assert (found[0].mark.line, found[0].mark.col) == (line, col)


@pytest.mark.parametrize("line", ['  - lesson: "Agreed" in a meeting is not a contract clause',
                                  "  - 'Sprint 1' done and shown"])
def test_text_after_a_closing_quote_is_said_so(line: str) -> None:
    """Review 153c F13: 'lesson: "Agreed" in a meeting ...' read as "bad indentation"."""
    from tests.conftest import run

    result = run(f"schema_version: 1\nlessons:\n{line}\n")
    [error] = [d for d in result.diagnostics if d.severity == "error"]
    assert "goes on after its closing quote" in error.message and error.mark.line == 3 and error.mark.col == 3

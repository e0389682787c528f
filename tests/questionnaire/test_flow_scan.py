"""Where a questionnaire's text opens and closes brackets (`generator.questionnaire.flow_scan`)."""

from __future__ import annotations

from generator.questionnaire.depth import flow_nesting_end
from generator.questionnaire.flow_scan import brackets


def signs(text: str) -> list[tuple[str, int]]:
    return [(sign, depth) for sign, _start, depth in brackets(text)]


def test_brackets_in_comments_and_quoted_values_do_not_count() -> None:
    assert signs("a: [1, '[x', \"{y\"]  # [[\n") == [("[", 1), ("]", 0)]
    assert signs("a: '[x'\nb: [1, # [\n") == [("[", 1)]  # a quoted value after 'key:' (outside brackets)
    assert signs("- '{z'\n") == []


def test_a_quote_inside_plain_text_starts_nothing() -> None:
    assert signs("title: Rock 'n' roll [live]\n") == [("[", 1), ("]", 0)]
    assert signs("a: [it's, b]\n") == [("[", 1), ("]", 0)]


def test_an_unmatched_closing_bracket_never_counts_below_zero() -> None:
    assert signs("a: ]]\nb: [\n") == [("]", 0), ("]", 0), ("[", 1)]
    assert flow_nesting_end("a: [[[x]]]\n", 2) == len("a: [[[")
    assert flow_nesting_end("a: [[x]]\n", 2) is None

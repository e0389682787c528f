"""What the loader remembers for later checks: where invisible characters were typed, and a comment right after a value."""

from __future__ import annotations


import pytest

from generator.questionnaire.loader import load_text


@pytest.mark.parametrize("typed,cols", [
    ("a: Ana\u200bLima\n", [7]),
    ("a: 'Ana\u00a0Lima'\n", [8]),
    ('a: "Ana\\u00a0Lima \\_x"\n', [8, 19]),
    ('a: "x\\u200By\\U0000200Dz\\xa0"\n', [6, 13, 24]),
    ("a: |\n  line\n  Ana\u2060Lima\n", [6]),
])
def test_invisible_characters_are_located_where_typed(typed: str, cols: list[int]) -> None:
    node = load_text(typed).root.entries["a"].value
    assert [m.col for m in node.unseen_marks] == cols


@pytest.mark.parametrize("typed,comment", [
    ("a: Slack #steering\n", (10, " ", "steering")),
    ("a: Slack   # a note\n", (12, "   ", " a note")),
    ("a: two\n  lines #tag\n", (9, " ", "tag")),
    ("a: 'quoted' #x\n", None),
    ("a: |  #x\n  text #y\n", None),
    ("a: Slack#steering\n", None),
    ("a: x\n", None),
])
def test_a_comment_right_after_a_value_is_remembered(typed: str, comment: object) -> None:
    node = load_text(typed).root.entries["a"].value
    found = node.comment
    assert (found.mark.col, found.gap, found.text) == comment if comment else found is None

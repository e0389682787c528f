"""Merge keys: ``<<`` merges as YAML says, merged entries keep their lines, and mistakes are one clear error."""

from __future__ import annotations


import pytest

from generator.questionnaire.loader import load_text
from generator.questionnaire.read import read_questionnaire_text
from generator.questionnaire.tree import MapNode, ScalarNode, SeqNode
from tests.conftest import line_of


def _plain(node: object) -> object:
    """Return a loaded node as plain Python values with the line of each key."""
    if isinstance(node, MapNode):
        return {k: (e.key_mark.line, _plain(e.value)) for k, e in node.entries.items()}
    if isinstance(node, SeqNode):
        return [_plain(item) for item in node.items]
    assert isinstance(node, ScalarNode)
    return node.value


BASES = "a: &a {x: 1, y: 2}\nb: &b {y: 3, z: 4}\n"


@pytest.mark.parametrize("body,expected", [
    ("  <<: *a\n", {"x": 1, "y": 2}),
    ("  <<: *a\n  y: 9\n", {"x": 1, "y": 9}),                     # explicit after: overrides
    ("  y: 9\n  <<: *a\n", {"x": 1, "y": 9}),                     # explicit before: still wins
    ("  <<: [*a, *b]\n", {"x": 1, "y": 2, "z": 4}),               # earlier mapping wins
    ("  <<: [*b, *a]\n", {"x": 1, "y": 3, "z": 4}),
    ("  <<: [*a, *b]\n  z: 0\n  x: 0\n", {"x": 0, "y": 2, "z": 0}),
    ("  <<: {x: 5, w: 6}\n", {"x": 5, "w": 6}),                  # an inline mapping
    ("  <<:\n    - *b\n    - {q: 7}\n", {"y": 3, "z": 4, "q": 7}),  # a block list of mappings
])
def test_merge_keys(body: str, expected: dict[str, int]) -> None:
    doc = load_text(BASES + "c:\n" + body)
    assert doc.diagnostics == [], [d.format() for d in doc.diagnostics]
    merged = _plain(doc.root.entries["c"].value)
    assert {k: v for k, (_, v) in merged.items()} == expected


def test_merged_entries_keep_their_own_lines() -> None:
    doc = load_text(BASES + "c:\n  <<: [*a, *b]\n  y: 9\n")
    lines = {k: line for k, (line, _) in _plain(doc.root.entries["c"].value).items()}
    assert lines == {"x": 1, "y": 5, "z": 2}


def test_merge_does_not_change_the_merged_mapping() -> None:
    doc = load_text(BASES + "c:\n  <<: *a\n  x: 0\n")
    assert _plain(doc.root.entries["a"].value) == {"x": (1, 1), "y": (1, 2)}


def test_nested_merges_resolve() -> None:
    doc = load_text("a: &a {x: 1}\nb: &b\n  <<: *a\n  y: 2\nc:\n  <<: *b\n  x: 3\n")
    assert doc.diagnostics == []
    assert {k: v for k, (_, v) in _plain(doc.root.entries["c"].value).items()} == {"x": 3, "y": 2}


@pytest.mark.parametrize("body,line,gist", [
    ("  x: 1\n  <<: *a\n  x: 2\n", 6, "duplicate key 'x' (first written at line 4)"),
    ("  <<: *a\n  <<: *b\n", 5, "duplicate key '<<'"),
    ("  <<: 3\n", 4, "but here it holds the value '3'"),
    ("  <<: [*a, [1]]\n", 4, "but here it holds a list"),
    ("  <<:\n", 4, "but here it holds nothing"),
])
def test_merge_mistakes_are_one_clear_error(body: str, line: int, gist: str) -> None:
    doc = load_text(BASES + "c:\n" + body)
    assert [d.mark.line for d in doc.diagnostics] == [line], [d.format() for d in doc.diagnostics]
    assert gist in doc.diagnostics[0].message


def test_quoted_merge_key_is_an_ordinary_key() -> None:
    doc = load_text(BASES + "c:\n  '<<': *a\n")
    assert set(doc.root.entries["c"].value.entries) == {"<<"}


def test_merges_count_towards_the_alias_budget() -> None:
    lines = ["a0: &a0 {" + ", ".join(f"k{i}: v" for i in range(50)) + "}"]
    lines += [f"a{n}: &a{n}\n  <<: *a{n - 1}\n  " + "\n  ".join(f"m{n}_{i}: *a{n - 1}" for i in range(9))
              for n in range(1, 8)]
    doc = load_text("\n".join(lines) + "\n")
    assert len(doc.diagnostics) == 1 and "alias bomb" in doc.diagnostics[0].message


def _with_people_first(example: str, people: str) -> str:
    """Return the example with YAML lines inserted as the first entries under ``people:``."""
    lines = example.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("people:")) + 1
    return "".join(lines[:at]) + people + "".join(lines[at:])


def test_merge_in_a_full_questionnaire(example: str) -> None:
    text = _with_people_first(example, "  - &staff\n    name: Temp Person\n    role: Engineer\n"
                                       "    influence: low\n    interest: low\n"
                                       "  - <<: *staff\n    name: Mia Park\n"
                                       "  - <<: *staff\n    name: Noor Aziz\n    influence: high\n")
    result = read_questionnaire_text(text, "q.yaml")
    assert result.ok(), [d.format() for d in result.diagnostics]
    names = {p.name: p for p in result.questionnaire.people}
    assert names["Mia Park"].role == "Engineer" and names["Noor Aziz"].influence == "high"
    assert names["Mia Park"].influence == "low"


def test_merged_value_errors_point_at_their_source(example: str) -> None:
    text = _with_people_first(example, "  - &staff\n    name: Temp Person\n    role: Engineer\n"
                                       "    influence: huge\n  - <<: *staff\n    name: Mia Park\n")
    result = read_questionnaire_text(text, "q.yaml")
    lines = {d.mark.line for d in result.diagnostics if "huge" in d.message}
    assert lines == {line_of(text, "influence: huge")}

"""Hostile files: each gets one clear, located error; nothing is executed or exhausted."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.questionnaire.builder import MAX_DEPTH
from generator.questionnaire.loader import load, load_text
from generator.questionnaire.tree import MapNode, ScalarNode, SeqNode
from generator.questionnaire.read import read_questionnaire, read_questionnaire_text
from tests.conftest import line_of

BOMB = "\n".join(
    [f"a0: &a0 [{', '.join(['lol'] * 9)}]"]
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
) + "\n"

HOSTILE = [
    ("empty", "", 1, "empty"),
    ("only-comments", "# nothing here\n# at all\n", 1, "empty"),
    ("null-document", "~\n", 1, "empty"),
    ("top-level-list", "- project\n- people\n", 1, "top level must be a mapping"),
    ("top-level-text", "just some words\n", 1, "top level must be a mapping"),
    ("tab-indent", "project:\n\tname: X\n", 2, "tab"),
    ("bad-indent", "project:\n  name: X\n code: Y\n", 3, "indentation"),
    ("unclosed-quote", "project:\n  name: 'X\n  code: Y\n", 2, "closing quote"),
    ("unclosed-bracket", "people: [a, b\nroles: x\n", 2, "not closed"),
    ("python-tag", "project: !!python/object/apply:os.system ['touch /tmp/pmdocs-pwned']\n", 1, "!!python/object/apply"),
    ("python-tag-on-mapping", "project: !!python/object:os.Popen {args: x}\n", 1, "not allowed"),
    ("custom-tag", "project: !include other.yaml\n", 1, "not allowed"),
    ("binary-tag", "project: !!binary aGVsbG8=\n", 1, "not allowed"),
    ("alias-bomb", BOMB, None, "alias bomb"),
    ("self-alias", "a: &a [1, *a]\n", 1, "refers to itself"),
    ("undefined-alias", "a: *nowhere\n", 1, "alias"),
    ("duplicate-key", "project: 1\npeople: 2\nproject: 3\n", 3, "duplicate key 'project' (first written at line 1)"),
    ("two-documents", "a: 1\n---\nb: 2\n", 2, "more than one yaml document"),
    ("deep-nesting", "a: " + "[" * 5000 + "]" * 5000 + "\n", 1, "nested more than"),
    ("control-character", "project:\n  name: bell\x07here\n", 2, "u+0007"),
    ("complex-key", "? [a, b]\n: c\n", 1, "key must be plain text"),
]


@pytest.mark.parametrize("name,text,line,gist", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_text_gets_one_clear_error(name: str, text: str, line: int, gist: str) -> None:
    started = time.perf_counter()
    doc = load_text(text, "h.yaml")
    assert time.perf_counter() - started < 5
    assert read_questionnaire_text(text, "h.yaml").questionnaire is None
    assert len(doc.diagnostics) == 1, [d.format() for d in doc.diagnostics]
    diagnostic = doc.diagnostics[0]
    assert gist.lower() in diagnostic.message.lower(), diagnostic.format()
    if line is not None:
        assert diagnostic.mark.line == line, diagnostic.format()
    assert not Path("/tmp/pmdocs-pwned").exists()


@pytest.mark.parametrize("name,data,gist,line", [
    ("latin-1", "project:\n  name: Caf\xe9\n".encode("latin-1"), "not utf-8", 2),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", 3),
    ("utf-16", "project: x\n".encode("utf-16"), "utf-16", 1),
])
def test_undecodable_files(tmp_path: Path, name: str, data: bytes, gist: str, line: int) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(data)
    result = read_questionnaire(path)
    assert len(result.diagnostics) == 1
    assert gist in result.diagnostics[0].message.lower()
    assert result.diagnostics[0].mark.line == line


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\n")
    assert load(path).diagnostics == []


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 1_000_100 + "\n")
    result = read_questionnaire(path)
    assert len(result.diagnostics) == 1
    assert "limited to 1,000,000 bytes" in result.diagnostics[0].message
    assert read_questionnaire(path, max_bytes=2_000_000).diagnostics[0].message != result.diagnostics[0].message


def test_folder_is_not_a_questionnaire(tmp_path: Path) -> None:
    assert "folder" in read_questionnaire(tmp_path).diagnostics[0].message


def test_merge_keys_and_anchors_work() -> None:
    doc = load_text("base: &b {role: Engineer, interest: high}\nperson:\n  <<: *b\n  name: Ana\n")
    assert doc.diagnostics == []
    person = doc.root.entries["person"].value
    assert set(person.entries) == {"role", "interest", "name"}


def test_lines_and_columns_are_one_based() -> None:
    doc = load_text("a:\n  b:   value\n")
    b = doc.root.entries["a"].value.entries["b"]
    assert (b.key_mark.line, b.key_mark.col) == (2, 3)
    assert (b.value.mark.line, b.value.mark.col) == (2, 8)


def test_tag_in_a_full_questionnaire_is_the_only_error(example: str) -> None:
    text = example.replace("  name: Acme Corp", "  name: !!python/object/apply:os.system ['touch /tmp/pmdocs-pwned']")
    result = read_questionnaire_text(text, "q.yaml")
    assert [d.format() for d in result.diagnostics] == [
        f"q.yaml:{line_of(text, '!!python')}:9: error: organization.name: YAML tag '!!python/object/apply:os.system' is not allowed: "
        "a questionnaire holds only plain text, numbers, dates, lists and mappings"
    ]
    assert not Path("/tmp/pmdocs-pwned").exists()


# -- nesting: pmdocs's own limit is the one reported, whatever the parser's own limits --------------

def _flow(depth: int, kind: str) -> str:
    """Return ``a:`` holding ``depth`` nested flow collections (lists or mappings)."""
    opener, closer = ("[", "]") if kind == "list" else ("{k: ", "}")
    return "a: " + opener * depth + "x" + closer * depth + "\n"


def _block(depth: int, kind: str) -> str:
    """Return ``depth`` nested block collections under ``a:`` (mappings, or lists of mappings)."""
    lines = ["a:"]
    for level in range(1, depth + 1):
        indent = "  " * level
        lines.append(f"{indent}k{level}:" if kind == "mapping" else f"{indent}- k{level}:")
    lines[-1] += " x"
    return "\n".join(lines) + "\n"


def _depth_errors(text: str) -> list[str]:
    return [d.message for d in load_text(text).diagnostics if "nested more than" in d.message]


@pytest.mark.parametrize("kind", ["list", "mapping"])
@pytest.mark.parametrize("depth", [38, 39, 40, 41, 50, 999, 1000, 1001, 5000])
def test_flow_nesting_at_and_around_the_limit(kind: str, depth: int) -> None:
    text = _flow(depth, kind)
    doc = load_text(text)
    too_deep = 1 + depth > MAX_DEPTH  # the top-level mapping is one level
    assert bool(_depth_errors(text)) == too_deep, [d.format() for d in doc.diagnostics]
    assert len(doc.diagnostics) == int(too_deep), [d.format() for d in doc.diagnostics]
    if too_deep:
        assert doc.diagnostics[0].mark.line == 1


@pytest.mark.parametrize("kind", ["mapping", "list"])
@pytest.mark.parametrize("depth", [19, 20, 38, 39, 40, 41, 60, 1200])
def test_block_nesting_at_and_around_the_limit(kind: str, depth: int) -> None:
    text = _block(depth, kind)
    levels = 1 + (depth if kind == "mapping" else 2 * depth)  # a list item holding a mapping is two levels
    doc = load_text(text)
    assert bool(_depth_errors(text)) == (levels > MAX_DEPTH), [d.format() for d in doc.diagnostics]
    assert len(doc.diagnostics) == int(levels > MAX_DEPTH)


def test_deep_nesting_is_reported_where_it_passes_the_limit() -> None:
    text = "ok: 1\ndeep:\n  inner: " + "[" * 3000 + "]" * 3000 + "\n"
    doc = load_text(text)
    assert [(d.mark.line, d.mark.col) for d in doc.diagnostics] == [(3, 10 + MAX_DEPTH - 2)]
    assert "nested more than 40 levels" in doc.diagnostics[0].message


def test_very_deep_file_is_refused_quickly() -> None:
    text = "a: " + "[" * 400_000 + "]" * 400_000 + "\n"
    started = time.perf_counter()
    assert _depth_errors(text)
    assert time.perf_counter() - started < 5


def test_deep_nesting_after_a_syntax_error_keeps_the_syntax_error() -> None:
    text = "a: 'unclosed\nb: " + "[" * 2000 + "\n"
    doc = load_text(text)
    assert len(doc.diagnostics) == 1 and "nested" not in doc.diagnostics[0].message


@pytest.mark.parametrize("text", [
    "a: '" + "[" * 2000 + "'\n",                      # brackets inside quoted text
    'a: "' + "{" * 2000 + '"\n',
    "# " + "[" * 2000 + "\na: 1\n",                   # in a comment
    "a: |\n  " + "[" * 2000 + "\n",                   # in a block text
    "a: [" + "'[', " * 100 + "x]\n",                  # quoted brackets inside brackets
    "a: see" + " [x]" * 2000 + "\n",                  # many shallow brackets in plain text
])
def test_brackets_that_do_not_nest_are_not_depth(text: str) -> None:
    assert load_text(text).diagnostics == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["[", "{k: ", "block-map", "block-seq"]), min_size=1, max_size=70))
def test_any_mix_of_nesting_is_refused_exactly_past_the_limit(kinds: list[str]) -> None:
    """Block levels first, flow levels inside them: an error exactly when the levels pass MAX_DEPTH."""
    block = [k for k in kinds if k.startswith("block")]
    flow = [k for k in kinds if not k.startswith("block")]
    lines, indent = ["a:"], ""
    for kind in block:
        indent += "  "
        lines.append(f"{indent}k:" if kind == "block-map" else f"{indent}- ")
    closers = "".join("]" if k == "[" else "}" for k in reversed(flow))
    lines[-1] += " " + "".join(flow) + "x" + closers
    text = "\n".join(lines) + "\n"
    levels = 1 + len(kinds)
    assert bool(_depth_errors(text)) == (levels > MAX_DEPTH), text


# -- merge keys -------------------------------------------------------------------------------

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


# -- what the loader remembers for later checks --------------------------------------------------

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

"""Building the tree from parser events: values resolved as YAML 1.1 safe loading does, tags refused, aliases budgeted."""

from __future__ import annotations

import pytest
import yaml

from generator.questionnaire.builder import MAX_DEPTH, PARSER, STR_TAG, Builder, feed_events, joined, scalar
from generator.questionnaire.tree import MapNode, ScalarNode
from generator.questionnaire.yaml_problems import LoadAbort


def _scalar(text: str) -> ScalarNode:
    event = next(e for e in yaml.parse(f"a: {text}\n") if isinstance(e, yaml.ScalarEvent) and e.value != "a")
    problems: list[str] = []
    node = scalar(event, problems)
    assert problems == []
    return node


@pytest.mark.parametrize("text,value", [("12", 12), ("1.5", 1.5), ("yes", True), ("~", None), ("'12'", "12"),
                                        ("2027-01-04", "2027-01-04"), ("0x1F", 31)])
def test_scalars_are_resolved_as_yaml_says(text: str, value: object) -> None:
    assert _scalar(text).value == value


def test_a_tag_poisons_the_value() -> None:
    event = next(e for e in yaml.parse("a: !!binary aGk=\n") if isinstance(e, yaml.ScalarEvent) and e.value != "a")
    problems: list[str] = []
    node = scalar(event, problems)
    assert node.poisoned and node.tag == STR_TAG and node.value is None and "not allowed" in problems[0]


def _build(text: str, max_nodes: int = 1000) -> Builder:
    builder = Builder(max_nodes, text)
    feed_events(PARSER, text, builder)
    return builder


def test_a_mapping_is_built_with_its_keys_in_order() -> None:
    root = _build("b: 1\na: [x, y]\n").root
    assert isinstance(root, MapNode) and list(root.entries) == ["b", "a"]


def test_aliases_count_towards_the_budget() -> None:
    with pytest.raises(LoadAbort, match="alias bomb"):
        _build("a: &a [1, 2, 3, 4]\nb: [*a, *a, *a]\n", max_nodes=12)


def test_nesting_past_the_limit_stops_the_build() -> None:
    text = "a:\n" + "".join("  " * level + f"k{level}:\n" for level in range(1, MAX_DEPTH + 2)) + "  " * (MAX_DEPTH + 2) + "x\n"
    with pytest.raises(LoadAbort, match=f"nested more than {MAX_DEPTH} levels"):
        _build(text)


def test_duplicate_keys_are_problems() -> None:
    assert [p[0][:19] for p in _build("a: 1\na: 2\n").problems] == ["duplicate key 'a' ("]


@pytest.mark.parametrize(("text", "expected"), [
    ("one line\nand the next\n", "one line and the next"),
    ("first\n  indented\n\n\nsecond  paragraph\n", "first indented\n\nsecond  paragraph"),
    ("  \n", ""),
])
def test_block_text_joins_the_lines_of_each_paragraph(text: str, expected: str) -> None:
    assert joined(text) == expected


def test_only_block_scalars_are_joined() -> None:
    nodes = {}
    for source in ("a: |\n  x\n  y\n", "a: >\n  x\n\n  y\n", "a: \"x\\ny\"\n"):
        events = [e for e in yaml.parse(source, Loader=PARSER) if isinstance(e, yaml.ScalarEvent)]
        nodes[source] = scalar(events[1], []).value
    assert list(nodes.values()) == ["x y", "x\n\ny", "x\ny"]


def test_lines_of_chinese_or_japanese_are_joined_without_a_space() -> None:
    """Review 128a F16: a ">" paragraph in Japanese printed "紙とExcelで行っている 作業指示"."""
    assert joined("紙とExcelで行っている\n作業指示を電子化する。\n工場あたり\n月約320時間") == \
        "紙とExcelで行っている作業指示を電子化する。工場あたり月約320時間"
    assert joined("紙とExcelで行っている 作業指示", folded=True) == "紙とExcelで行っている作業指示"
    assert joined("한국어 문장은\n띄어 씁니다") == "한국어 문장은 띄어 씁니다"  # Korean puts spaces between words

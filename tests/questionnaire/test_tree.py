"""The located tree: what a node holds, in a few words."""

from __future__ import annotations

from generator.diagnostics import Mark
from generator.questionnaire.builder import STR_TAG
from generator.questionnaire.tree import MapNode, ScalarNode, SeqNode, what


def test_what_a_node_holds() -> None:
    assert what(SeqNode([], Mark())) == "a list"
    assert what(MapNode({}, Mark())) == "a mapping"
    assert what(ScalarNode(None, "", STR_TAG, False, Mark())) == "nothing"
    assert what(ScalarNode(None, "", STR_TAG, True, Mark())) == "the value ''"
    assert what(ScalarNode(3, "3", STR_TAG, False, Mark())) == "the value '3'"

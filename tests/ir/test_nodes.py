"""The document tree's nodes: plain, frozen values; the kinds every reader makes and every writer must cover."""

from __future__ import annotations

import dataclasses
import typing

import pytest

from generator.ir import nodes
from generator.ir.nodes import BLOCK_KINDS, INLINE_KINDS, Break, Document, Heading, Paragraph, Rule, Strong, Text


def test_the_kind_lists_are_the_unions() -> None:
    assert set(INLINE_KINDS) == set(typing.get_args(nodes.Inline))
    assert set(BLOCK_KINDS) == set(typing.get_args(nodes.Block))
    assert not set(INLINE_KINDS) & set(BLOCK_KINDS)


def test_every_node_class_is_listed_as_a_kind() -> None:
    classes = {obj for obj in vars(nodes).values() if dataclasses.is_dataclass(obj) and isinstance(obj, type)}
    assert classes == set(INLINE_KINDS) | set(BLOCK_KINDS) | {Document}


def test_nodes_are_frozen_values() -> None:
    first = Document((Heading(2, (Text("A"), Strong((Text("b"),)))), Paragraph((Break(),)), Rule()))
    second = Document((Heading(2, (Text("A"), Strong((Text("b"),)))), Paragraph((Break(),)), Rule()))
    assert first == second and hash(first) == hash(second)
    assert Break() == Break() and Rule() == Rule() and Text("a") != Text("b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.blocks = ()  # type: ignore[misc]

"""The located tree a questionnaire loads into: mappings, lists and scalars that remember where they were written."""

from __future__ import annotations

from dataclasses import field
from typing import Optional, Union

from generator.diagnostics import Diagnostic, Mark
from generator.record import Record


class ScalarNode(Record, frozen=False):
    """Return a single value with its source text and position."""

    value: object
    text: str
    tag: str
    quoted: bool
    mark: Mark
    poisoned: bool = False
    size: int = 1
    unseen_marks: tuple[Mark, ...] = ()  # where each invisible or unusual character of the value was typed
    comment: Optional["TrailingComment"] = None  # a '#' comment right after an unquoted value, on its line


class TrailingComment(Record):
    """Return a comment written after an unquoted value on the same line (``Slack #steering``)."""

    mark: Mark  # the '#'
    gap: str  # the blanks between the value and the '#'
    text: str  # what follows the '#', up to the end of the line


class SeqNode(Record, frozen=False):
    """Return a YAML list with its position."""

    items: list["Node"]
    mark: Mark
    size: int = 1
    poisoned: bool = False


class MapEntry(Record, frozen=False):
    """Return one ``key: value`` pair with the key's position."""

    key: str
    key_mark: Mark
    value: "Node"


class MapNode(Record, frozen=False):
    """Return a YAML mapping whose entries keep their order and key positions."""

    entries: dict[str, MapEntry]
    mark: Mark
    size: int = 1
    poisoned: bool = False


Node = Union[ScalarNode, SeqNode, MapNode]


class Document(Record, frozen=False):
    """Return a loaded questionnaire: its tree and the problems met while reading it."""

    root: Optional[MapNode]
    filename: str
    diagnostics: list[Diagnostic] = field(default_factory=list)


def what(node: Node) -> str:
    """Return what a node holds, in a few words."""
    if isinstance(node, SeqNode):
        return "a list"
    if isinstance(node, MapNode):
        return "a mapping"
    return "nothing" if node.value is None and not node.quoted else f"the value '{node.text}'"

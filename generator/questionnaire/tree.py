"""The located tree a questionnaire loads into: mappings, lists and scalars that remember where they were written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union

from generator.diagnostics import Diagnostic, Mark


@dataclass
class ScalarNode:
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


@dataclass(frozen=True)
class TrailingComment:
    """Return a comment written after an unquoted value on the same line (``Slack #steering``)."""

    mark: Mark  # the '#'
    gap: str  # the blanks between the value and the '#'
    text: str  # what follows the '#', up to the end of the line


@dataclass
class SeqNode:
    """Return a YAML list with its position."""

    items: list["Node"]
    mark: Mark
    size: int = 1
    poisoned: bool = False


@dataclass
class MapEntry:
    """Return one ``key: value`` pair with the key's position."""

    key: str
    key_mark: Mark
    value: "Node"


@dataclass
class MapNode:
    """Return a YAML mapping whose entries keep their order and key positions."""

    entries: dict[str, MapEntry]
    mark: Mark
    size: int = 1
    poisoned: bool = False


Node = Union[ScalarNode, SeqNode, MapNode]


@dataclass
class Document:
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

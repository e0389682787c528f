"""The document tree's nodes: what a rendered document holds (headings, paragraphs, lists, tables, code, quotes, rules, inline marks).

Every reader produces only these kinds and every writer covers them all; a writer
that meets a kind it has no method for fails (see :mod:`generator.ir.visitor`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Text:
    """Return a run of plain text."""

    text: str


@dataclass(frozen=True)
class Strong:
    """Return bold content."""

    children: tuple["Inline", ...]


@dataclass(frozen=True)
class Emph:
    """Return italic content."""

    children: tuple["Inline", ...]


@dataclass(frozen=True)
class Code:
    """Return inline code."""

    text: str


@dataclass(frozen=True)
class Link:
    """Return a hyperlink around some content."""

    href: str
    children: tuple["Inline", ...]


@dataclass(frozen=True)
class Image:
    """Return a picture with its alternative text."""

    src: str
    alt: str
    title: str = ""


@dataclass(frozen=True)
class Break:
    """Return a line break inside a paragraph or cell."""


Inline = Union[Text, Strong, Emph, Code, Link, Image, Break]
INLINE_KINDS: tuple[type, ...] = (Text, Strong, Emph, Code, Link, Image, Break)


@dataclass(frozen=True)
class Heading:
    """Return a heading of level 1 to 6."""

    level: int
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Paragraph:
    """Return a paragraph."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class ListBlock:
    """Return a bulleted or numbered list; each item is a sequence of blocks."""

    ordered: bool
    start: int
    items: tuple[tuple["Block", ...], ...]


@dataclass(frozen=True)
class Table:
    """Return a table: a header row, body rows and each column's alignment."""

    header: tuple[tuple[Inline, ...], ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    align: tuple[str, ...]


@dataclass(frozen=True)
class CodeBlock:
    """Return preformatted text."""

    text: str


@dataclass(frozen=True)
class Quote:
    """Return a block quotation."""

    children: tuple["Block", ...]


@dataclass(frozen=True)
class Rule:
    """Return a horizontal rule."""


Block = Union[Heading, Paragraph, ListBlock, Table, CodeBlock, Quote, Rule]
BLOCK_KINDS: tuple[type, ...] = (Heading, Paragraph, ListBlock, Table, CodeBlock, Quote, Rule)


@dataclass(frozen=True)
class Document:
    """Return a whole document as a sequence of blocks."""

    blocks: tuple[Block, ...]

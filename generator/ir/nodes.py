"""The document tree's nodes: what a rendered document holds (headings, paragraphs, lists, tables, code, quotes, rules, inline marks).

Every reader produces only these kinds and every writer covers them all; a writer
that meets a kind it has no method for fails (see :mod:`generator.ir.visitor`).
"""

from __future__ import annotations

from dataclasses import field
from typing import Union

from generator.record import Record


class Text(Record):
    """Return a run of plain text.  A newline in it is a line ending of the Markdown inside a paragraph (a soft
    break), shown as a space; a line break the reader sees is a `Break`."""

    text: str
    html: str = field(default="", compare=False)  # the text as HTML where the Markdown wrote a character as a
    # reference ("&#126;"): kept as written; '' when HTML writes it as it is escaped anyway (a spelling: not compared)


class Strong(Record):
    """Return bold content."""

    children: tuple["Inline", ...]


class Emph(Record):
    """Return italic content."""

    children: tuple["Inline", ...]


class Code(Record):
    """Return inline code."""

    text: str


class Link(Record):
    """Return a hyperlink around some content."""

    href: str
    children: tuple["Inline", ...]


class Image(Record):
    """Return a picture with its alternative text."""

    src: str
    alt: str
    title: str = ""
    html_alt: str = field(default="", compare=False)  # the alternative text with the character references the
    # Markdown wrote kept as written ("&#126;"), where it has any (a spelling: not compared)


class Lang(Record):
    """Return text in another language than the document's (the answers' language): tagged for screen readers."""

    lang: str
    children: tuple["Inline", ...]


class Break(Record):
    """Return a line break inside a paragraph or cell."""

    html: str = field(default="", compare=False)  # the HTML it was written as ("<br>"); '' for Markdown's own


Inline = Union[Text, Strong, Emph, Code, Link, Image, Lang, Break]
INLINE_KINDS: tuple[type, ...] = (Text, Strong, Emph, Code, Link, Image, Lang, Break)


class Heading(Record):
    """Return a heading of level 1 to 6."""

    level: int
    children: tuple[Inline, ...]


class Paragraph(Record):
    """Return a paragraph."""

    children: tuple[Inline, ...]


class ListBlock(Record):
    """Return a bulleted or numbered list; each item is a sequence of blocks."""

    ordered: bool
    start: int
    items: tuple[tuple["Block", ...], ...]
    tight: bool = True  # no blank line between its items: on the web, their text is not set as paragraphs


class Table(Record):
    """Return a table: a header row, body rows and each column's alignment."""

    header: tuple[tuple[Inline, ...], ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    align: tuple[str, ...]  # "left", "center", "right", or "" where the Markdown marks none


class CodeBlock(Record):
    """Return preformatted text."""

    text: str


class Quote(Record):
    """Return a block quotation."""

    children: tuple["Block", ...]


class Guidance(Record):
    """Return generic good practice set apart from the project's facts: a recommendation to adopt or delete.

    Written in Markdown as an admonition (``!!! tip "TITLE"`` and its body indented by four spaces).
    """

    title: str
    children: tuple["Block", ...]
    kind: str = "tip"  # the admonition's kind as written, lower case ("tip", "note inline"): its style on the web


class Rule(Record):
    """Return a horizontal rule."""


Block = Union[Heading, Paragraph, ListBlock, Table, CodeBlock, Quote, Guidance, Rule]
BLOCK_KINDS: tuple[type, ...] = (Heading, Paragraph, ListBlock, Table, CodeBlock, Quote, Guidance, Rule)


class Document(Record):
    """Return a whole document as a sequence of blocks."""

    blocks: tuple[Block, ...]

"""Read rendered Markdown into a small document tree, the way pandoc reads before it writes.

The Word writer never sees Markdown: it walks this tree.  The tree holds only what
the documents use (headings, paragraphs, lists, tables, code, quotes, rules and
the inline marks), so any writer can cover it completely.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from markdown_it import MarkdownIt
from markdown_it.token import Token


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


@dataclass(frozen=True)
class Document:
    """Return a whole document as a sequence of blocks."""

    blocks: tuple[Block, ...]


_PARSER = MarkdownIt("commonmark", {"html": True}).enable("table")


class _Node:
    """One node of markdown-it's token stream nested into a tree (a lean SyntaxTreeNode)."""

    __slots__ = ("type", "tag", "attrs", "content", "children")

    def __init__(self, kind: str, tag: str, attrs: dict, content: str, children: list[_Node]) -> None:
        self.type, self.tag, self.attrs, self.content, self.children = kind, tag, attrs, content, children


def _nest(tokens: list[Token]) -> list[_Node]:
    """Return tokens nested by their opening and closing pairs (markdown-it's ``nesting``)."""
    root: list[_Node] = []
    stack = [root]
    for token in tokens:
        if token.nesting == 1:
            node = _Node(token.type[:-5], token.tag, token.attrs, "", [])  # "_open" dropped, as SyntaxTreeNode does
            stack[-1].append(node)
            stack.append(node.children)
        elif token.nesting == -1:
            stack.pop()
        else:
            stack[-1].append(_Node(token.type, token.tag, token.attrs, token.content,
                                   _nest(token.children) if token.children else []))
    return root


def parse(markdown: str) -> Document:
    """Return the document tree of a Markdown text."""
    return Document(tuple(b for node in _nest(_PARSER.parse(markdown)) for b in _block(node)))


def _block(node: _Node) -> list[Block]:
    kind = node.type
    if kind == "heading":
        return [Heading(int(node.tag[1]), _inlines(node.children))]
    if kind == "paragraph":
        return [Paragraph(_inlines(node.children))]
    if kind in ("bullet_list", "ordered_list"):
        start = int(node.attrs.get("start", 1)) if kind == "ordered_list" else 1
        items = tuple(tuple(b for child in item.children for b in _block(child)) for item in node.children)
        return [ListBlock(kind == "ordered_list", start, items)]
    if kind == "table":
        return [_table(node)]
    if kind in ("fence", "code_block"):
        return [CodeBlock(node.content.rstrip("\n"))]
    if kind == "blockquote":
        return [Quote(tuple(b for child in node.children for b in _block(child)))]
    if kind == "hr":
        return [Rule()]
    if kind == "html_block":
        return [Paragraph((Text(node.content.strip()),))] if node.content.strip() else []
    return []


def _table(node: _Node) -> Table:
    header: tuple[tuple[Inline, ...], ...] = ()
    rows: list[tuple[tuple[Inline, ...], ...]] = []
    align: tuple[str, ...] = ()
    for section in node.children:
        for tr in section.children:
            cells = tuple(_inlines(cell.children) for cell in tr.children)
            if section.type == "thead":
                header = cells
                align = tuple(_align(cell) for cell in tr.children)
            else:
                rows.append(cells)
    return Table(header, tuple(rows), align)


def _align(cell: _Node) -> str:
    style = str(cell.attrs.get("style", ""))
    return style.replace("text-align:", "").strip() or "left"


def _inlines(nodes: list[_Node]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in nodes:
        if node.type == "inline":
            out.extend(_inlines(node.children))
        elif node.type == "text":
            _add_text(out, node.content)
        elif node.type == "strong":
            out.append(Strong(_inlines(node.children)))
        elif node.type == "em":
            out.append(Emph(_inlines(node.children)))
        elif node.type == "code_inline":
            out.append(Code(node.content))
        elif node.type == "link":
            out.append(Link(str(node.attrs.get("href", "")), _inlines(node.children)))
        elif node.type == "image":
            alt = "".join(plain_text(_inlines(node.children)))
            out.append(Image(str(node.attrs.get("src", "")), alt, str(node.attrs.get("title", "") or "")))
        elif node.type == "hardbreak":
            out.append(Break())
        elif node.type == "softbreak":
            _add_text(out, " ")
        elif node.type == "html_inline":
            if node.content.lower().replace(" ", "") in ("<br>", "<br/>"):
                out.append(Break())
            else:
                _add_text(out, node.content)
    return tuple(out)


def _add_text(out: list[Inline], text: str) -> None:
    """Append text, merging it with a text run just before it."""
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].text + text)
    else:
        out.append(Text(text))


def plain_text(inlines: tuple[Inline, ...]) -> list[str]:
    """Return the text of inline content, line breaks as newlines."""
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, Text):
            parts.append(node.text)
        elif isinstance(node, Code):
            parts.append(node.text)
        elif isinstance(node, Break):
            parts.append("\n")
        elif isinstance(node, Image):
            parts.append(node.alt)
        elif isinstance(node, (Strong, Emph, Link)):
            parts.extend(plain_text(node.children))
    return parts

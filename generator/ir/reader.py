"""Read rendered Markdown into the document tree (:mod:`generator.ir.nodes`), the way pandoc reads before it writes.

Writers never see Markdown: they walk the tree.  Every markdown-it token kind the
documents can hold has a method here; a token kind without one (a parser plugin
switched on, a new markdown-it version) raises `UnknownNodeError` rather than
vanish from the documents.

Two forms beyond CommonMark are pmdocs's own: an admonition (``!!! tip "TITLE"``
and a body indented by four spaces, see :mod:`generator.ir.admonition`) is read as
`Guidance`, and the span pmdocs wraps the answers' text in when it is in another
language than the documents (exactly ``<span lang="TAG">...</span>``) as `Lang`.
Any other HTML stays literal text; answer text that looks like HTML was escaped
when rendered, so it can never make either.
"""

from __future__ import annotations

from typing import Callable, Optional, Union

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.ir.admonition import admonition_plugin
from generator.ir.nodes import (Block, Break, Code, CodeBlock, Document, Emph, Guidance, Heading, Image, Inline, Lang,
                                Link, ListBlock, Paragraph, Quote, Rule, Strong, Table, Text)
from generator.ir.visitor import UnknownNodeError, plain_text
from generator.render.escape import LANG_CLOSE, LANG_OPEN

PARSER = MarkdownIt("commonmark", {"html": True}).enable("table").use(admonition_plugin)

Attrs = dict[str, Union[str, int, float]]


class _Node:
    """One node of markdown-it's token stream nested into a tree (a lean SyntaxTreeNode)."""

    __slots__ = ("type", "tag", "attrs", "content", "children")

    def __init__(self, kind: str, tag: str, attrs: Attrs, content: str, children: list[_Node]) -> None:
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


def parse(markdown: str, parser: Optional[MarkdownIt] = None) -> Document:
    """Return the document tree of a Markdown text (``parser``: another markdown-it set-up, for tests)."""
    return Document(_blocks(_nest((parser or PARSER).parse(markdown))))


# -- blocks -------------------------------------------------------------------------


def _blocks(nodes: list[_Node]) -> tuple[Block, ...]:
    """Return the blocks of a sequence of block tokens."""
    out: list[Block] = []
    for node in nodes:
        read = _BLOCKS.get(node.type)
        if read is None:
            raise UnknownNodeError("the Markdown reader", node.type)
        out.extend(read(node))
    return tuple(out)


def _heading(node: _Node) -> list[Block]:
    return [Heading(int(node.tag[1]), _inlines(node.children))]


def _paragraph(node: _Node) -> list[Block]:
    return [Paragraph(_inlines(node.children))]


def _list(node: _Node) -> list[Block]:
    ordered = node.type == "ordered_list"
    start = int(node.attrs.get("start", 1)) if ordered else 1
    for item in node.children:
        if item.type != "list_item":
            raise UnknownNodeError("the Markdown reader", item.type)
    return [ListBlock(ordered, start, tuple(_blocks(item.children) for item in node.children))]


def _table(node: _Node) -> list[Block]:
    header: tuple[tuple[Inline, ...], ...] = ()
    rows: list[tuple[tuple[Inline, ...], ...]] = []
    align: tuple[str, ...] = ()
    for section in node.children:
        if section.type not in ("thead", "tbody"):
            raise UnknownNodeError("the Markdown reader", section.type)
        for tr in section.children:
            cells = tuple(_inlines(cell.children) for cell in tr.children)
            if section.type == "thead":
                header = cells
                align = tuple(_align(cell) for cell in tr.children)
            else:
                rows.append(cells)
    return [Table(header, tuple(rows), align)]


def _align(cell: _Node) -> str:
    style = str(cell.attrs.get("style", ""))
    return style.replace("text-align:", "").strip() or "left"


def _code_block(node: _Node) -> list[Block]:
    return [CodeBlock(node.content.rstrip("\n"))]


def _quote(node: _Node) -> list[Block]:
    return [Quote(_blocks(node.children))]


def _rule(node: _Node) -> list[Block]:
    return [Rule()]


def _guidance(node: _Node) -> list[Block]:
    title = PARSER.parseInline(str(node.attrs.get("title", "")))[0].children or []
    return [Guidance(plain_text(_inlines(_nest(title))), _blocks(node.children))]


def _html_block(node: _Node) -> list[Block]:
    return [Paragraph((Text(node.content.strip()),))] if node.content.strip() else []


_BLOCKS: dict[str, Callable[[_Node], list[Block]]] = {
    "heading": _heading, "paragraph": _paragraph, "bullet_list": _list, "ordered_list": _list, "table": _table,
    "fence": _code_block, "code_block": _code_block, "blockquote": _quote, "hr": _rule, "html_block": _html_block,
    "admonition": _guidance,
}


# -- inline content -----------------------------------------------------------------


def _inlines(nodes: list[_Node]) -> tuple[Inline, ...]:
    """Return the inline content of a sequence of inline tokens, adjacent text merged, language spans as `Lang`.

    A span opened and not closed in the same sequence stays literal text, its content kept.
    """
    frames: list[tuple[str, str, list[Inline]]] = [("", "", [])]  # the content so far; each span opened: lang, tag, content
    for node in nodes:
        if node.type == "html_inline":
            opening = LANG_OPEN.fullmatch(node.content)
            if opening is not None:
                frames.append((opening.group(1), node.content, []))
                continue
            if node.content == LANG_CLOSE and len(frames) > 1:
                lang, _, children = frames.pop()
                frames[-1][2].append(Lang(lang, tuple(children)))
                continue
        read = _INLINES.get(node.type)
        if read is None:
            raise UnknownNodeError("the Markdown reader", node.type)
        for inline in read(node):
            _add(frames[-1][2], inline)
    while len(frames) > 1:  # never closed: the tag as written, then what followed it
        _, tag, children = frames.pop()
        for inline in (Text(tag), *children):
            _add(frames[-1][2], inline)
    return tuple(frames[0][2])


def _add(out: list[Inline], inline: Inline) -> None:
    """Append inline content, merged into the text before it when both are text."""
    if isinstance(inline, Text) and out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].text + inline.text)
    else:
        out.append(inline)


def _html_inline(node: _Node) -> tuple[Inline, ...]:
    if node.content.lower().replace(" ", "") in ("<br>", "<br/>"):
        return (Break(),)
    return (Text(node.content),)


def _image(node: _Node) -> tuple[Inline, ...]:
    alt = plain_text(_inlines(node.children))
    return (Image(str(node.attrs.get("src", "")), alt, str(node.attrs.get("title", "") or "")),)


_INLINES: dict[str, Callable[[_Node], tuple[Inline, ...]]] = {
    "inline": lambda node: _inlines(node.children),
    "text": lambda node: (Text(node.content),),
    "strong": lambda node: (Strong(_inlines(node.children)),),
    "em": lambda node: (Emph(_inlines(node.children)),),
    "code_inline": lambda node: (Code(node.content),),
    "link": lambda node: (Link(str(node.attrs.get("href", "")), _inlines(node.children)),),
    "image": _image,
    "hardbreak": lambda node: (Break(),),
    "softbreak": lambda node: (Text(" "),),
    "html_inline": _html_inline,
}

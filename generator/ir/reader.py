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

import functools
import re
from typing import TYPE_CHECKING, Callable, Optional

from generator.ir.fast_parser import read as read_fast
from generator.ir.nodes import (Block, Break, Code, CodeBlock, Document, Emph, Guidance, Heading, Image, Inline, Lang,
                                Link, ListBlock, Paragraph, Quote, Rule, Strong, Table, Text)
from generator.ir.syntax import Node, nest
from generator.ir.visitor import UnknownNodeError, plain_text
from generator.render.escape import LANG_CLOSE, LANG_OPEN, xml_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_PLAIN_TITLE = re.compile(r"(?:[^\W_]|[ ,.:;'?()/-])*")  # a title with no Markdown in it: its text as written


@functools.cache
def markdown_it_parser() -> MarkdownIt:
    """Return markdown-it-py set up as pmdocs reads: imported on first use (~80 ms), as markdown-it-pyrs reads most
    documents and a copy that never needs it does not pay for it."""
    from markdown_it import MarkdownIt

    from generator.ir.admonition import admonition_plugin

    return MarkdownIt("commonmark", {"html": True}).enable("table").use(admonition_plugin).disable("text_join")


def parse(markdown: str, parser: Optional[MarkdownIt] = None) -> Document:
    """Return the document tree of a Markdown text (``parser``: another markdown-it set-up, for tests).

    markdown-it-pyrs reads it when it reads it exactly as markdown-it-py (`generator.ir.fast_parser`), in a fifth
    of the time; markdown-it-py reads the rest, and every text when ``parser`` is given.
    """
    nodes = read_fast(markdown) if parser is None else None
    return Document(_blocks(nodes if nodes is not None else nest((parser or markdown_it_parser()).parse(markdown))))


# -- blocks -------------------------------------------------------------------------


def _blocks(nodes: list[Node]) -> tuple[Block, ...]:
    """Return the blocks of a sequence of block tokens."""
    out: list[Block] = []
    for node in nodes:
        read = _BLOCKS.get(node.type)
        if read is None:
            raise UnknownNodeError("the Markdown reader", node.type)
        out.extend(read(node))
    return tuple(out)


def _heading(node: Node) -> list[Block]:
    return [Heading(int(node.tag[1]), _inlines(node.children))]


def _paragraph(node: Node) -> list[Block]:
    return [Paragraph(_inlines(node.children))]


def _list(node: Node) -> list[Block]:
    ordered = node.type == "ordered_list"
    start = int(node.attrs.get("start", 1)) if ordered else 1
    for item in node.children:
        if item.type != "list_item":
            raise UnknownNodeError("the Markdown reader", item.type)
    tight = any(child.hidden for item in node.children for child in item.children)
    return [ListBlock(ordered, start, tuple(_blocks(item.children) for item in node.children), tight)]


def _table(node: Node) -> list[Block]:
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


def _align(cell: Node) -> str:
    style = str(cell.attrs.get("style", ""))
    return style.replace("text-align:", "").strip()  # '' when the column's alignment is not marked


def _code_block(node: Node) -> list[Block]:
    return [CodeBlock(node.content.rstrip("\n"))]


def _quote(node: Node) -> list[Block]:
    return [Quote(_blocks(node.children))]


def _rule(node: Node) -> list[Block]:
    return [Rule()]


def _guidance(node: Node) -> list[Block]:
    title = str(node.attrs.get("title", ""))
    if not _PLAIN_TITLE.fullmatch(title) or title != title.strip() or "  " in title:
        title = plain_text(_inlines(nest(markdown_it_parser().parseInline(title)[0].children or [])))
    return [Guidance(title, _blocks(node.children), str(node.attrs.get("classes", "tip")))]


def _html_block(node: Node) -> list[Block]:
    return [Paragraph((Text(node.content.strip()),))] if node.content.strip() else []


_BLOCKS: dict[str, Callable[[Node], list[Block]]] = {
    "heading": _heading, "paragraph": _paragraph, "bullet_list": _list, "ordered_list": _list, "table": _table,
    "fence": _code_block, "code_block": _code_block, "blockquote": _quote, "hr": _rule, "html_block": _html_block,
    "admonition": _guidance,
}


# -- inline content -----------------------------------------------------------------


def _inlines(nodes: list[Node]) -> tuple[Inline, ...]:
    """Return the inline content of a sequence of inline tokens, adjacent text merged, language spans as `Lang`.

    A span opened and not closed in the same sequence stays literal text, its content kept.
    """
    frames: list[tuple[str, str, list[Inline]]] = [("", "", [])]  # the content so far; each span opened: lang, tag, content
    for node in nodes:
        if node.type == "html_inline":
            opening = LANG_OPEN.fullmatch(node.content)  # the tag is always written so: `Lang` is it, as written
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
    """Append inline content, merged into the text before it when both are text; empty text left out (markdown-it-py
    leaves an empty text token beside a ``**``, markdown-it-pyrs none)."""
    if isinstance(inline, Text) and not inline.text and not inline.html:
        return
    if isinstance(inline, Text) and out and isinstance(out[-1], Text):
        last = out[-1]
        html = ""
        if last.html or inline.html:
            html = (last.html or xml_text(last.text)) + (inline.html or xml_text(inline.text))
        out[-1] = Text(last.text + inline.text, html)
    else:
        out.append(inline)


def _text_special(node: Node) -> tuple[Inline, ...]:
    """Return a character written escaped (``\\*``) or as a reference (``&#126;``): the reference kept as written
    where HTML would not write it so (a writer of HTML shows it as the Markdown did)."""
    html = node.markup if node.markup and node.markup != xml_text(node.content) else ""
    return (Text(node.content, html),)


def _html_inline(node: Node) -> tuple[Inline, ...]:
    if node.content.lower().replace(" ", "") in ("<br>", "<br/>"):
        return (Break(node.content),)
    return (Text(node.content),)


def _image(node: Node) -> tuple[Inline, ...]:
    content = _inlines(node.children)
    alt = plain_text(content)
    kept = any(isinstance(inline, Text) and inline.html for inline in content)
    html_alt = "".join(inline.html or inline.text if isinstance(inline, Text) else plain_text((inline,))
                       for inline in content) if kept else ""
    return (Image(str(node.attrs.get("src", "")), alt, str(node.attrs.get("title", "") or ""), html_alt),)


_INLINES: dict[str, Callable[[Node], tuple[Inline, ...]]] = {
    "inline": lambda node: _inlines(node.children),
    "text": lambda node: (Text(node.content),),
    "text_special": _text_special,
    "strong": lambda node: (Strong(_inlines(node.children)),),
    "em": lambda node: (Emph(_inlines(node.children)),),
    "code_inline": lambda node: (Code(node.content),),
    "link": lambda node: (Link(str(node.attrs.get("href", "")), _inlines(node.children)),),
    "image": _image,
    "hardbreak": lambda node: (Break(),),
    "softbreak": lambda node: (Text("\n"),),  # a line ending inside a paragraph: shown as a space
    "html_inline": _html_inline,
}

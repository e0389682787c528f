"""A document's site page converted from its document tree, not by reading its Markdown again.

A worker of a large site build converts each page ahead (`generator.site.worker`).
Python-Markdown reading a document page was about 40 % of a worker's time, and the
Word writer has read the same document into its tree already.  Here the page is
built as the elements Python-Markdown builds from its Markdown, from that document
tree (`generator.writers.html`), and then finished as MkDocs finishes a page it
read itself (`generator.site.mkdocs_internals.convert_elements`): the table of
contents with its ids and permalinks, MkDocs's link rewriting and checks, anchors
and title are theirs, so the HTML is the HTML MkDocs makes of the page's Markdown
(`tests/site/test_tree_pages.py` compares them on every example page).

A page is converted this way only when the tree holds everything its Markdown
says: the site's Markdown extensions are among `KNOWN` with their usual settings,
the document starts with its title, its Markdown holds no fenced code, no attribute
list (no brace that is not escaped) and no HTML but the language spans and line breaks
the tree knows, and its lists are written so that both readers read them alike.  Any
other page is left to `convert`.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Optional, SupportsIndex
from xml.etree import ElementTree as etree

import markdown

from generator.ir.nodes import Block, Document, Guidance, Heading, ListBlock, Quote
from generator.ir.reader import parse
from generator.ir.visitor import plain_text
from generator.render.escape import xml_text
from generator.site.mkdocs_internals import Converted, MarkdownSettings, convert_elements
from generator.site.pages import CONTROL, PageParts
from generator.writers.html import HtmlWriter, Raw

KNOWN = frozenset({"toc", "tables", "fenced_code", "attr_list", "admonition", "md_in_html"})  # whose effect on these pages is known
_NO_SETTINGS = ("tables", "fenced_code", "attr_list", "admonition", "md_in_html")  # with their own settings, they might build otherwise
_HTML = re.compile(r"<(?![Bb][Rr] ?/?>|span lang=\"[A-Za-z0-9-]+\">|/span>)[A-Za-z/!?]")  # HTML the tree does not hold
_FENCE = re.compile(r"^ *(```|~~~)", re.MULTILINE)  # a fenced code block: its language is not in the tree
_SHALLOW_ITEM = r" {1,3}(?:[-*+]|\d+[.)]) "  # a list item indented less than to nest
_SHALLOW_FIRST, _SHALLOW_NEXT = re.compile(_SHALLOW_ITEM), re.compile("\n" + _SHALLOW_ITEM)  # (a newline first: 7x faster
# to find than a multi-line "^", which Python's regular expressions try at every character)
_CONTROL_TITLE = CONTROL[3:]


def fits(settings: MarkdownSettings) -> bool:
    """Return True when a site's Markdown settings let its document pages be converted from their trees."""
    names = [name for name in settings.markdown_extensions if isinstance(name, str)]
    if len(names) != len(settings.markdown_extensions) or not set(names) <= KNOWN:
        return False
    return all(not (settings.mdx_configs or {}).get(name) for name in _NO_SETTINGS)


def convertible(parts: PageParts) -> bool:
    """Return True when a page's Markdown holds only what its document's tree holds, written as both readers read
    it alike (no list indented by one to three spaces: Python-Markdown wants four to nest one)."""
    body = parts.body
    return body.startswith("# ") and not (_HTML.search(body) or (("```" in body or "~~~" in body) and _FENCE.search(body))
                                          or unescaped_brace(body) or _SHALLOW_FIRST.match(body)
                                          or _SHALLOW_NEXT.search(body))


def unescaped_brace(text: str) -> bool:
    """Return True when a brace in ``text`` is not escaped (an attribute list, perhaps; answers' braces are escaped):
    one after an even number of backslashes.  (A regular expression tried at every character took 4 % of a site
    build's workers.)"""
    for brace in "{}":
        at = text.find(brace)
        while at >= 0:
            start = at
            while start and text[start - 1] == "\\":
                start -= 1
            if (at - start) % 2 == 0:
                return True
            at = text.find(brace, at + 1)
    return False


def read_alike(blocks: tuple[Block, ...]) -> bool:
    """Return True when Python-Markdown reads the blocks' lists as the tree holds them: it numbers every list from
    1 and runs two lists that follow each other into one."""
    previous: Optional[Block] = None
    for block in blocks:
        if isinstance(block, ListBlock):
            if (block.ordered and block.start != 1) or isinstance(previous, ListBlock):
                return False
            if not all(read_alike(item) for item in block.items):
                return False
        elif isinstance(block, (Quote, Guidance)) and not read_alike(block.children):
            return False
        previous = block
    return True


_made: Optional[tuple[MarkdownSettings, markdown.Markdown]] = None  # a worker's one site: its settings, their set-up


def _markdown(settings: MarkdownSettings) -> markdown.Markdown:
    """Return the site's Markdown set-up, made once per worker and reset for each page."""
    global _made
    if _made is None or _made[0] is not settings:
        md = markdown.Markdown(extensions=settings.markdown_extensions, extension_configs=settings.mdx_configs or {})
        md.block_level_elements = BlockTags(md.block_level_elements)
        _made = (settings, md)
    _made[1].reset()
    return _made[1]


class BlockTags(list[str]):
    """Python-Markdown's list of block-level tags, answering ``in`` from a set: `Markdown.is_block_level` asks it
    for every element of a page, and scanning the list was 2 % of a site build's workers.  The changes extensions
    make (append, remove, insert, extend) make the set again; other list changes are not expected."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(tags)
        self._set = frozenset(self)

    def __contains__(self, tag: object) -> bool:
        return tag in self._set

    def _changed(self) -> None:
        self._set = frozenset(self)

    def append(self, tag: str) -> None:  # noqa: D102 - list's
        super().append(tag)
        self._changed()

    def remove(self, tag: str) -> None:  # noqa: D102 - list's
        super().remove(tag)
        self._changed()

    def insert(self, index: SupportsIndex, tag: str) -> None:  # noqa: D102 - list's
        super().insert(index, tag)
        self._changed()

    def extend(self, tags: Iterable[str]) -> None:  # noqa: D102 - list's
        super().extend(tags)
        self._changed()


def page_tree(parts: PageParts, tree: Document, raw: Optional[Raw] = None) -> etree.Element:
    """Return a document page's elements as Python-Markdown builds them from `PageParts.markdown`: the title, the
    download button, when it was last updated, the document without its title, its document control last, set apart
    (``raw``: where HTML the Markdown wrote is kept, see `HtmlWriter`)."""
    writer = HtmlWriter(raw)
    root = etree.Element("div")
    first, *rest = tree.blocks
    writer.blocks(root, (first,))
    if parts.download:
        button = etree.SubElement(etree.SubElement(root, "p"), "a", {"href": parts.target})
        button.text = xml_text(parts.label)
        button.set("class", "md-button")
        button.set("download", parts.target)
    if parts.updated:
        writer.blocks(root, _updated(parts.updated))
    body, control = _control_apart(tuple(rest))
    writer.blocks(root, body)
    if control:
        writer.blocks(etree.SubElement(root, "div", {"class": "pmdocs-control"}), control)
    return root


@functools.lru_cache(maxsize=8)
def _updated(line: str) -> tuple[Block, ...]:
    """Return the blocks of a page's "last updated" line (the same for every page of a project: read once)."""
    return parse(f"*{line}*\n").blocks


def _control_apart(content: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    """Return a document's blocks without its document control section, and that section (see `content_first`)."""
    level_two = [i for i, block in enumerate(content) if isinstance(block, Heading) and block.level == 2]
    for place, start in enumerate(level_two):
        heading = content[start]
        if isinstance(heading, Heading) and plain_text(heading.children) == _CONTROL_TITLE:
            if place + 1 == len(level_two):
                break
            end = level_two[place + 1]
            return content[:start] + content[end:], content[start:end]
    return content, ()


def convert_tree(source: str, src_uri: str, parts: PageParts, tree: Document, settings: MarkdownSettings,
                 known: dict[str, tuple[str, bool]], log_level: int) -> Optional[Converted]:
    """Return a document page converted from its document's tree, as `generator.site.mkdocs_internals.convert`
    converts its Markdown (``source``: the page's text as MkDocs reads it).  None: the page is left to MkDocs."""
    if not tree.blocks or not isinstance(tree.blocks[0], Heading) or tree.blocks[0].level != 1 \
            or not read_alike(tree.blocks):
        return None
    md = _markdown(settings)
    return convert_elements(source, src_uri, lambda: page_tree(parts, tree, md.htmlStash.store), md, settings, known,
                            log_level)

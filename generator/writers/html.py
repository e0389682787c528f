"""The HTML writer of the document tree: its blocks as the elements Python-Markdown builds for the same Markdown.

A site page shows a document as HTML.  Python-Markdown would read the document's
Markdown a second time to make it (the Word writer reads it once already); this
writer makes the same element tree from the document tree instead, so that the
site's Markdown settings (table of contents, permalinks, link rewriting) finish it
as they finish a page they read themselves (see `generator.site.tree_pages`).

Elements are `xml.etree.ElementTree` ones, as Python-Markdown's.  Text is stored
escaped (``&``, ``<`` and ``>``), as Python-Markdown's serializer expects of text it
must not touch, with the character references the Markdown wrote kept as written
(``&#126;``, see `Text.html`), as Python-Markdown keeps them; soft breaks stay line
endings.
"""

from __future__ import annotations

from typing import Callable, Optional
from xml.etree import ElementTree as etree

from generator.ir.nodes import (Block, Break, Code, CodeBlock, Document, Emph, Guidance, Heading, Image, Inline, Lang,
                                Link, ListBlock, Paragraph, Quote, Rule, Strong, Table, Text)
from generator.ir.visitor import Visitor
from generator.render.escape import lang_span, rtl, xml_text as escape


Raw = Callable[[str], str]  # keeps some HTML as written and returns the text that stands for it in the elements


def _add_text(parent: etree.Element, text: str) -> None:
    """Append text to an element's content: after its last child, or as its text."""
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


class HtmlWriter(Visitor[None]):
    """Append a document's blocks, or inline content, to an element.

    With ``raw`` (Python-Markdown's ``htmlStash.store``), what the Markdown wrote as
    HTML (a ``<br>``, a language span's tags) is kept as written, as Python-Markdown
    keeps it; without, it becomes elements.
    """

    walker = "the HTML writer"

    def __init__(self, raw: Optional[Raw] = None) -> None:
        self.raw = raw

    def blocks(self, parent: etree.Element, content: tuple[Block, ...]) -> etree.Element:
        """Append blocks to an element; return the element."""
        for node in content:
            self.visit(node, parent)
        return parent

    def inlines(self, parent: etree.Element, content: tuple[Inline, ...]) -> etree.Element:
        """Append inline content to an element; return the element."""
        for node in content:
            self.visit(node, parent)
        return parent

    # -- inline content

    def visit_Text(self, node: Text, parent: etree.Element) -> None:
        _add_text(parent, node.html or escape(node.text))

    def visit_Code(self, node: Code, parent: etree.Element) -> None:
        etree.SubElement(parent, "code").text = escape(node.text.strip())  # as Python-Markdown's code_escape

    def visit_Break(self, node: Break, parent: etree.Element) -> None:
        if node.html and self.raw:
            _add_text(parent, self.raw(node.html))
        else:
            etree.SubElement(parent, "br")

    def visit_Strong(self, node: Strong, parent: etree.Element) -> None:
        self.inlines(etree.SubElement(parent, "strong"), node.children)

    def visit_Emph(self, node: Emph, parent: etree.Element) -> None:
        self.inlines(etree.SubElement(parent, "em"), node.children)

    def visit_Link(self, node: Link, parent: etree.Element) -> None:
        self.inlines(etree.SubElement(parent, "a", {"href": node.href}), node.children)

    def visit_Image(self, node: Image, parent: etree.Element) -> None:
        attributes = {"src": node.src, "alt": node.html_alt or node.alt}
        if node.title:
            attributes["title"] = node.title
        etree.SubElement(parent, "img", attributes)

    def visit_Lang(self, node: Lang, parent: etree.Element) -> None:
        attributes = {"lang": node.lang, **({"dir": "rtl"} if rtl(node.lang) else {})}  # set apart (review 111b F2)
        if self.raw:
            _add_text(parent, self.raw(lang_span(node.lang, "").removesuffix("</span>")))
            self.inlines(parent, node.children)
            _add_text(parent, self.raw("</span>"))
        else:
            self.inlines(etree.SubElement(parent, "span", attributes), node.children)

    # -- blocks

    def visit_Heading(self, node: Heading, parent: etree.Element) -> None:
        self.inlines(etree.SubElement(parent, f"h{node.level}"), node.children)

    def visit_Paragraph(self, node: Paragraph, parent: etree.Element) -> None:
        self.inlines(etree.SubElement(parent, "p"), node.children)

    def visit_ListBlock(self, node: ListBlock, parent: etree.Element) -> None:
        element = etree.SubElement(parent, "ol" if node.ordered else "ul")
        if node.ordered and node.start != 1:
            element.set("start", str(node.start))
        for item in node.items:
            li = etree.SubElement(element, "li")
            if node.tight and item and isinstance(item[0], Paragraph):
                self.inlines(li, item[0].children)  # a tight item's first paragraph is its text, as in Python-Markdown
                self.blocks(li, item[1:])
            else:
                self.blocks(li, item)

    def visit_Table(self, node: Table, parent: etree.Element) -> None:
        table = etree.SubElement(parent, "table")
        for section, rows, cell in (("thead", (node.header,), "th"), ("tbody", node.rows, "td")):
            if not rows:
                continue
            group = etree.SubElement(table, section)
            for row in rows:
                tr = etree.SubElement(group, "tr")
                for index, content in enumerate(row):
                    align = node.align[index] if index < len(node.align) else ""
                    self.inlines(etree.SubElement(tr, cell, {"style": f"text-align: {align};"} if align else {}),
                                 content)

    def visit_CodeBlock(self, node: CodeBlock, parent: etree.Element) -> None:
        etree.SubElement(etree.SubElement(parent, "pre"), "code").text = escape(node.text) + "\n"

    def visit_Quote(self, node: Quote, parent: etree.Element) -> None:
        self.blocks(etree.SubElement(parent, "blockquote"), node.children)

    def visit_Guidance(self, node: Guidance, parent: etree.Element) -> None:
        div = etree.SubElement(parent, "div", {"class": f"admonition {node.kind}"})
        if node.title:
            etree.SubElement(div, "p", {"class": "admonition-title"}).text = escape(node.title)
        self.blocks(div, node.children)

    def visit_Rule(self, node: Rule, parent: etree.Element) -> None:
        etree.SubElement(parent, "hr")


def html_tree(document: Document, raw: Optional[Raw] = None) -> etree.Element:
    """Return a document's blocks as elements in a ``div`` (Python-Markdown's root)."""
    return HtmlWriter(raw).blocks(etree.Element("div"), document.blocks)

"""The HTML writer of the document tree: the elements Python-Markdown builds for the same Markdown."""

from __future__ import annotations

from xml.etree import ElementTree as etree

import markdown
import pytest

from generator.ir.nodes import Document, Paragraph, Text
from generator.ir.reader import parse
from generator.writers.html import HtmlWriter, html_tree

EXTENSIONS = ["tables", "admonition", "md_in_html"]


def python_markdown(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def from_tree(text: str) -> str:
    """Return the HTML of the tree read from some Markdown, finished as Python-Markdown finishes its own."""
    md = markdown.Markdown(extensions=EXTENSIONS)
    root = html_tree(parse(text), md.htmlStash.store)
    for processor in md.treeprocessors:
        if processor.__class__.__name__ != "InlineProcessor":
            root = processor.run(root) or root
    output = md.serializer(root)
    output = output[output.index("<div>") + len("<div>"):output.rindex("</div>")].strip()
    for post in md.postprocessors:
        output = post.run(output)
    return output.strip()


@pytest.mark.parametrize("text", [
    "# Title\n\nSome **bold**, *it*, `a&lt;b`, [a link](x.md) and a<br>break\nsoft.\n",
    "![Alt &#126; text](pictures/p.svg \"Caption\")\n",
    "- one\n- two\n\nText.\n\n1. x\n2. y\n",
    "- loose\n\n- items\n",
    "| A | B | C |\n|:--|:-:|---|\n| 1 | 2 | 3 |\n",
    "!!! tip \"Advice\"\n\n    Adopt or delete.\n\n    - a\n    - b\n",
    "!!! note\n    Body.\n",
    "> quoted\n\n---\n\n    code &amp; <more>\n",
    'Text <span lang="fr">en français &#61; oui</span> here.\n',
    "R&amp;D &lt;tag&gt; &#126;1,150 \\*not emphasis\\*\n",
])
def test_the_elements_are_what_python_markdown_builds(text: str) -> None:
    assert from_tree(text) == python_markdown(text)


def test_without_a_stash_html_the_markdown_wrote_becomes_elements() -> None:
    root = HtmlWriter().blocks(etree.Element("div"), parse('a<br>b <span lang="de">c</span>\n').blocks)
    assert etree.tostring(root, encoding="unicode") == '<div><p>a<br />b <span lang="de">c</span></p></div>'


def test_text_is_escaped_once() -> None:
    root = html_tree(Document((Paragraph((Text("a < b & c"),)),)))
    assert etree.tostring(root, encoding="unicode") == "<div><p>a &amp;lt; b &amp;amp; c</p></div>"  # stored escaped


@pytest.mark.parametrize("text,tree_html", [
    ("3. three\n4. four\n", '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>'),
    ("- one\n\n1. x\n", "<ul>\n<li>one</li>\n</ul>\n<ol>\n<li>x</li>\n</ol>"),
])
def test_where_the_readers_differ_the_html_follows_the_tree(text: str, tree_html: str) -> None:
    """The tree is what the Word files show (CommonMark); a site page written so is converted by Python-Markdown
    instead (see generator.site.tree_pages.read_alike)."""
    assert from_tree(text) == tree_html != python_markdown(text)

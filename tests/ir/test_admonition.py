"""The admonition block rule: read as Python-Markdown reads ``!!! kind "title"`` and its indented body."""

from __future__ import annotations

import markdown as pymarkdown
import pytest
from markdown_it import MarkdownIt

from generator.ir.admonition import admonition_plugin
from generator.ir.nodes import CodeBlock, Guidance, Heading, ListBlock, Paragraph, Table, Text
from generator.ir.reader import parse

PLAIN = MarkdownIt("commonmark", {"html": True}).enable("table")


def body(text: str) -> Paragraph:
    return Paragraph((Text(text),))


def test_the_body_is_every_indented_line_blank_lines_between_included() -> None:
    tree = parse('!!! tip "T"\n    one\n\n\n    two\n\n        code\nout\n')
    assert tree.blocks == (Guidance("T", (body("one"), body("two"), CodeBlock("code"))), body("out"))


@pytest.mark.parametrize("first,title,kind", [
    ("!!! note", "Note", "note"),  # no title: the kind, capitalized, as Python-Markdown shows it
    ('!!! note ""', "", "note"),  # an empty title: none
    ('!!!tip "Say \\"so\\""', 'Say "so"', "tip"),
    ('!!! tip extra "Two words"', "Two words", "tip extra"),
    ("!!! Tip  T", "Tip", "tip t"),  # two kinds (Python-Markdown's classes, lower case), no title
])
def test_the_title_and_kind_as_python_markdown_reads_them(first: str, title: str, kind: str) -> None:
    assert parse(f"{first}\n\n    Body.\n").blocks == (Guidance(title, (body("Body."),), kind),)


def test_a_guidance_block_interrupts_a_paragraph_and_ends_at_the_first_line_not_indented() -> None:
    tree = parse('Text\n!!! tip "T"\n    - a\n# Next\n')
    assert tree.blocks == (body("Text"), Guidance("T", (ListBlock(False, 1, ((body("a"),),)),)),
                           Heading(1, (Text("Next"),)))


@pytest.mark.parametrize("markdown", ["    !!! tip \"T\"\n", "!!! \"no kind\"\n", "!!! tip \"T\" x\n", "\\!!! tip\n"])
def test_what_is_not_an_admonition(markdown: str) -> None:
    assert all(not isinstance(block, Guidance) for block in parse(markdown).blocks)


def test_the_rule_is_a_plugin_of_any_parser() -> None:
    tokens = MarkdownIt("commonmark").use(admonition_plugin).parse('!!! warning "W"\n\n    x\n')
    assert [t.type for t in tokens][0] == "admonition_open"
    assert tokens[0].attrs == {"kind": "warning", "title": "W", "classes": "warning"} and tokens[0].map == [0, 3]
    assert [t.type for t in PLAIN.parse('!!! warning "W"\n')] == ["paragraph_open", "inline", "paragraph_close"]


@pytest.mark.parametrize("markdown", [
    '!!! tip "T"\n\n    one\n\n    | A |\n    |---|\n    | 1 |\n\n    - x\n\nout\n',
    '!!! note\n    body\n', '!!! tip "T" x\n', "    !!! tip \"T\"\n", "\\!!! tip\n", 'Text\n!!! tip "T"\n    body\n',
])
def test_the_site_sees_the_same_blocks(markdown: str) -> None:
    """Python-Markdown (the site) finds an admonition, and the blocks in it, where the reader does."""
    html = pymarkdown.markdown(markdown, extensions=["tables", "admonition"])
    guidance = [block for block in parse(markdown).blocks if isinstance(block, Guidance)]
    assert html.count('<div class="admonition') == len(guidance)
    for block in guidance:
        inside = html[html.index('<div class="admonition'):html.rindex("</div>")]
        assert inside.count("<table>") == sum(isinstance(b, Table) for b in block.children)
        assert inside.count("<ul>") == sum(isinstance(b, ListBlock) for b in block.children)

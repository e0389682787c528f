"""The Markdown reader: every kind of the document tree read from Markdown, and loud failure on a token it does not know."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from generator.ir.nodes import (
    BLOCK_KINDS,
    Break,
    Code,
    CodeBlock,
    Document,
    Emph,
    Guidance,
    Heading,
    Image,
    Lang,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Strong,
    Table,
    Text,
)
from generator.ir.reader import _inlines, markdown_it_parser, parse
from generator.ir.syntax import nest
from generator.ir.visitor import UnknownNodeError, plain_text


def test_the_reader_makes_every_kind() -> None:
    tree = parse("# Title\n\nSome **bold**, *it*, `code`, [a link](https://x.org) and a<br>break\nsoft.\n\n"
                 "![Alt text](pictures/p.svg \"Caption\")\n\n- one\n    1. nested\n\n3. three\n\n"
                 "| A | B |\n|:--|--:|\n| 1 | 2 |\n\n```\ncode\n```\n\n> quoted\n\n---\n\n<div>raw</div>\n\n"
                 "!!! tip \"Advice\"\n\n    Adopt or delete.\n")
    assert tree.blocks[0] == Heading(1, (Text("Title"),))
    assert tree.blocks[1] == Paragraph((Text("Some "), Strong((Text("bold"),)), Text(", "), Emph((Text("it"),)),
                                        Text(", "), Code("code"), Text(", "), Link("https://x.org", (Text("a link"),)),
                                        Text(" and a"), Break(), Text("break\nsoft.")))  # a soft break: a line ending kept
    assert tree.blocks[2] == Paragraph((Image("pictures/p.svg", "Alt text", "Caption"),))
    assert tree.blocks[3] == ListBlock(False, 1, ((Paragraph((Text("one"),)),
                                                   ListBlock(True, 1, ((Paragraph((Text("nested"),)),),))),))
    assert tree.blocks[4] == ListBlock(True, 3, ((Paragraph((Text("three"),)),),))
    assert tree.blocks[5] == Table(((Text("A"),), (Text("B"),)), (((Text("1"),), (Text("2"),)),), ("left", "right"))
    assert tree.blocks[6:] == (CodeBlock("code"), Quote((Paragraph((Text("quoted"),)),)), Rule(),
                               Paragraph((Text("<div>raw</div>"),)),
                               Guidance("Advice", (Paragraph((Text("Adopt or delete."),)),)))
    assert {type(b) for b in tree.blocks} == set(BLOCK_KINDS)


def test_an_unknown_inline_token_makes_the_reader_fail() -> None:
    strikethrough = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    assert parse("~~gone~~") == Document((Paragraph((Text("~~gone~~"),)),))  # pmdocs's own parser: plain text
    with pytest.raises(UnknownNodeError, match="the Markdown reader .* 's'") as caught:
        parse("Keep ~~gone~~ text\n", strikethrough)
    assert caught.value.kind == "s"


def test_an_unknown_block_token_makes_the_reader_fail() -> None:
    def aside(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if not state.src[state.bMarks[start] + state.tShift[start]:].startswith("!!!"):
            return False
        if not silent:
            state.push("aside", "aside", 0).content = state.getLines(start, start + 1, 0, False)
            state.line = start + 1
        return True

    parser = MarkdownIt("commonmark", {"html": True})
    parser.block.ruler.before("paragraph", "aside", aside)
    with pytest.raises(UnknownNodeError, match="'aside'"):
        parse("# Title\n\n!!! note\n", parser)


def test_the_shared_parser_is_the_default() -> None:
    assert parse("| A |\n|---|\n| 1 |\n") == parse("| A |\n|---|\n| 1 |\n", markdown_it_parser())


def test_empty_markdown_is_an_empty_document() -> None:
    assert parse("") == Document(())
    assert parse("\n\n   \n") == Document(())


def test_adjacent_text_is_merged_and_soft_breaks_are_line_endings_shown_as_spaces() -> None:
    tree = parse("one\ntwo &amp; three\n")
    assert tree == Document((Paragraph((Text("one\ntwo & three"),)),))
    assert plain_text(tree.blocks[0].children) == "one two & three"  # type: ignore[union-attr]


@pytest.mark.parametrize("markdown", ["a<br>b", "a<br/>b", "a<BR />b"])
def test_every_spelling_of_a_line_break_is_a_break(markdown: str) -> None:
    assert parse(markdown).blocks == (Paragraph((Text("a"), Break(), Text("b"))),)


def test_a_hard_break_is_a_break_and_other_inline_html_stays_text() -> None:
    assert parse("a  \nb <span>c</span>").blocks == (
        Paragraph((Text("a"), Break(), Text("b <span>c</span>"))),)


def test_headings_keep_their_level_and_code_blocks_their_text() -> None:
    tree = parse("###### Six\n\n    indented code\n\n```python\nx = 1\n\n```\n")
    assert tree.blocks == (Heading(6, (Text("Six"),)), CodeBlock("indented code"), CodeBlock("x = 1"))  # trailing blank lines dropped


def test_table_alignment_and_nested_quotes() -> None:
    tree = parse("| L | C | R | N |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n\n> a\n>\n> > b\n")
    table, quote = tree.blocks
    assert isinstance(table, Table) and table.align == ("left", "center", "right", "")  # "": not marked
    assert quote == Quote((Paragraph((Text("a"),)), Quote((Paragraph((Text("b"),)),))))


def test_an_image_without_a_title_and_a_link_around_marks() -> None:
    [paragraph] = parse("![A *b*](x.svg) [**c**](u)").blocks
    assert isinstance(paragraph, Paragraph)
    image, space, link = paragraph.children
    assert (image, space) == (Image("x.svg", "A b", ""), Text(" "))
    assert isinstance(link, Link) and link.href == "u" and Strong((Text("c"),)) in link.children


# -- guidance (an admonition) and the answers' language (a span) ------------------------------------------------


GUIDANCE = """Before.

!!! tip "Guidance: recommended \\*practice\\* &amp; more"

    Adopt what fits:

    | Step | Who |
    |---|---|
    | Plan | Team |

    - first
    - second

After.
"""


def test_a_guidance_block_with_a_table_and_a_list_reads_back_as_guidance_with_them() -> None:
    before, guidance, after = parse(GUIDANCE).blocks
    assert before == Paragraph((Text("Before."),)) and after == Paragraph((Text("After."),))
    assert guidance == Guidance("Guidance: recommended *practice* & more", (
        Paragraph((Text("Adopt what fits:"),)),
        Table(((Text("Step"),), (Text("Who"),)), (((Text("Plan"),), (Text("Team"),)),), ("", "")),
        ListBlock(False, 1, ((Paragraph((Text("first"),)),), (Paragraph((Text("second"),)),))),
    ))


def test_a_span_in_the_answers_language_is_lang_in_text_cells_and_headings() -> None:
    tree = parse('## Charter: <span lang="de">Größe</span>\n\n'
                 'Owner: <span lang="pt-BR">Ana **Lima** \\| x<br>Sá</span>.\n\n'
                 '| A |\n|---|\n| <span lang="de">eins</span> (1) |\n')
    assert tree.blocks[0] == Heading(2, (Text("Charter: "), Lang("de", (Text("Größe"),))))
    assert tree.blocks[1] == Paragraph((Text("Owner: "), Lang("pt-BR", (Text("Ana "), Strong((Text("Lima"),)), Text(" | x"),
                                                                         Break(), Text("Sá"))), Text(".")))
    table = tree.blocks[2]
    assert isinstance(table, Table) and table.rows == (((Lang("de", (Text("eins"),)), Text(" (1)")),),)


@pytest.mark.parametrize("markdown", [
    '<span lang="de" onclick="x">a</span>',  # only the exact form pmdocs writes
    "<span class='x'>a</span>",
    '<SPAN lang="de">a</SPAN>',
    '<span lang="d e">a</span>',
])
def test_other_spans_stay_literal_text(markdown: str) -> None:
    assert parse(markdown).blocks == (Paragraph((Text(markdown),)),)


def test_a_span_never_closed_stays_literal_with_what_followed_it() -> None:
    assert parse('a <span lang="de">b *c*').blocks == (Paragraph((Text('a <span lang="de">b '), Emph((Text("c"),)))),)
    assert parse("a</span> b").blocks == (Paragraph((Text("a</span> b"),)),)


def test_an_escaped_span_is_text_however_it_is_written() -> None:
    forged = '&lt;span lang="de"&gt;x&lt;/span&gt;'
    assert parse(f'<span lang="en">{forged}</span>').blocks == (
        Paragraph((Lang("en", (Text('<span lang="de">x</span>'),)),)),)


def test_a_soft_break_is_a_space_as_plain_text() -> None:
    (paragraph,) = parse("one\ntwo\n").blocks
    assert isinstance(paragraph, Paragraph) and paragraph.children == (Text("one\ntwo"),)
    assert plain_text(paragraph.children) == "one two"


def test_a_character_reference_is_kept_as_written_where_html_would_write_it_otherwise() -> None:
    (paragraph,) = parse("a &#126;b &lt; c &amp; d\\*\n").blocks
    assert isinstance(paragraph, Paragraph)
    assert paragraph.children == (Text("a ~b < c & d*", "a &#126;b &lt; c &amp; d*"),)
    (plain,) = parse("a &lt; b &amp; c\n").blocks
    assert isinstance(plain, Paragraph) and plain.children == (Text("a < b & c"),)  # as HTML writes them: nothing kept


@pytest.mark.parametrize("title", [
    "Recommended", "Guidance: recommended practice (adopt or delete)", "Empfehlung für Größe", "推奨事項", "a - b / c?",
    "What's next.", " padded ", "two  spaces", "*stars*", "a_b_", "x &amp; y", "[link](u)", "1. item", "# hash",
])
def test_a_guidance_title_reads_as_markdown_it_reads_it(title: str) -> None:
    """A plain title is taken as written without markdown-it-py; every title reads as markdown-it-py reads it."""
    [guidance] = parse(f'!!! tip "{title}"\n\n    Body.\n').blocks
    inline = markdown_it_parser().parseInline(title)[0].children or []
    assert isinstance(guidance, Guidance) and guidance.title == plain_text(_inlines(nest(inline)))

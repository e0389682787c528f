"""The document tree: what the reader makes of Markdown, and loud failure on any kind it or a walker does not know."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

import pytest
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from generator.ir.document import PackDocument
from generator.ir.nodes import (
    BLOCK_KINDS,
    INLINE_KINDS,
    Break,
    Code,
    CodeBlock,
    Document,
    Emph,
    Heading,
    Image,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Strong,
    Table,
    Text,
)
from generator.ir.reader import PARSER, parse
from generator.ir.visitor import UnknownNodeError, Visitor, plain_text
from tests.support.docx import SHORT_META as META


def test_the_reader_makes_every_kind() -> None:
    tree = parse("# Title\n\nSome **bold**, *it*, `code`, [a link](https://x.org) and a<br>break\nsoft.\n\n"
                 "![Alt text](pictures/p.svg \"Caption\")\n\n- one\n    1. nested\n\n3. three\n\n"
                 "| A | B |\n|:--|--:|\n| 1 | 2 |\n\n```\ncode\n```\n\n> quoted\n\n---\n\n<div>raw</div>\n")
    assert tree.blocks[0] == Heading(1, (Text("Title"),))
    assert tree.blocks[1] == Paragraph((Text("Some "), Strong((Text("bold"),)), Text(", "), Emph((Text("it"),)),
                                        Text(", "), Code("code"), Text(", "), Link("https://x.org", (Text("a link"),)),
                                        Text(" and a"), Break(), Text("break soft.")))
    assert tree.blocks[2] == Paragraph((Image("pictures/p.svg", "Alt text", "Caption"),))
    assert tree.blocks[3] == ListBlock(False, 1, ((Paragraph((Text("one"),)),
                                                   ListBlock(True, 1, ((Paragraph((Text("nested"),)),),))),))
    assert tree.blocks[4] == ListBlock(True, 3, ((Paragraph((Text("three"),)),),))
    assert tree.blocks[5] == Table(((Text("A"),), (Text("B"),)), (((Text("1"),), (Text("2"),)),), ("left", "right"))
    assert tree.blocks[6:] == (CodeBlock("code"), Quote((Paragraph((Text("quoted"),)),)), Rule(),
                               Paragraph((Text("<div>raw</div>"),)))
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
    assert parse("| A |\n|---|\n| 1 |\n") == parse("| A |\n|---|\n| 1 |\n", PARSER)


@dataclass(frozen=True)
class Aside:
    """A node kind no walker knows."""

    text: str


class _Counter(Visitor[int]):
    walker = "the test counter"

    def visit_Text(self, node: Text) -> int:
        return len(node.text)


def test_a_visitor_dispatches_by_kind_and_fails_on_an_unknown_one() -> None:
    counter = _Counter()
    assert counter.visit(Text("four")) == 4
    with pytest.raises(UnknownNodeError) as caught:
        counter.visit(Aside("x"))
    assert caught.value.walker == "the test counter" and caught.value.kind == "Aside"
    assert "visit_Aside" in str(caught.value) and isinstance(caught.value, NotImplementedError)


def test_plain_text_covers_every_inline_kind_and_no_other() -> None:
    inlines = (Text("a"), Strong((Text("b"),)), Emph((Text("c"),)), Code("d"), Link("u", (Text("e"),)),
               Image("s", "f"), Break())
    assert {type(n) for n in inlines} == set(INLINE_KINDS)
    assert plain_text(inlines) == "abcdef\n"
    with pytest.raises(UnknownNodeError, match="Aside"):
        plain_text((Text("a"), Aside("b")))  # type: ignore[arg-type]


def test_a_pack_document_reads_its_tree_once() -> None:
    doc = PackDocument(PurePosixPath("change-requests/P-1-CR.1"), "# Title\n", META)
    assert doc.path(".md") == PurePosixPath("change-requests/P-1-CR.1.md")  # a dot in an id is not a suffix
    assert doc.path(".docx") == PurePosixPath("change-requests/P-1-CR.1.docx")
    assert doc.tree is doc.tree and doc.tree == Document((Heading(1, (Text("Title"),)),))

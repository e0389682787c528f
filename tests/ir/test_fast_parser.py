"""markdown-it-pyrs reads every document as markdown-it-py does, or leaves it to markdown-it-py."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build.rendering import render_once
from generator.ir import fast_parser
from generator.ir.reader import markdown_it_parser, parse
from generator.questionnaire.read import read_questionnaire
from tests.conftest import EXAMPLES
from tests.support.hostile import hostile_files
from tests.support.packs import FIXTURES

needs_pyrs = pytest.mark.skipif(fast_parser.PARSER is None and os.environ.get("CI") != "true",
                                reason="markdown-it-pyrs has no wheel for this Python: markdown-it-py reads everything")


def both(markdown: str) -> tuple[Any, Any]:
    """Return the tree read by markdown-it-pyrs (or markdown-it-py where it declines) and by markdown-it-py, every
    field compared (those a tree's equality leaves out too)."""
    return dataclasses.astuple(parse(markdown)), dataclasses.astuple(parse(markdown, markdown_it_parser()))


@needs_pyrs
@pytest.mark.parametrize("path", [*EXAMPLES, *FIXTURES, *hostile_files()], ids=lambda p: Path(p).stem)
def test_every_document_reads_the_same_and_fast(path: Path) -> None:
    q = read_questionnaire(path).questionnaire
    assert q is not None
    for document in render_once(q).packed.documents:
        fast, slow = both(document.markdown)
        assert fast == slow, document.stem
        assert fast_parser.read(document.markdown) is not None, document.stem  # pmdocs's own templates: never declined


CASES = {
    "admonition after a paragraph line": ("Text\n!!! tip \"T\"\n    Body\n", False),
    "admonition in a list item": ("- !!! tip\n\n      Body\n", False),
    "admonition in a quote": ("> !!! tip\n>     Body\n", False),
    "admonition indented": ("  !!! tip\n\n      Body\n", False),
    "admonition in an unclosed fence": ("```\ncode\n\n!!! tip\n    Body\n", False),
    "admonition in an unclosed comment": ("<!-- a\n\n!!! tip\n    Body\n-->\n", False),
    "reference definition": ("[a]: https://x.org\n\nSee [a].\n", False),
    "tab in a body": ("!!! tip\n\n\tBody\n", False),
    "carriage return": ("a\r\nb\n", False),
    "top-level admonitions": ("# T\n\n!!! tip \"Advice *here*\"\n\n    Body **b**\n\n    - one\n    - two\n\n"
                              "        code\n\n    !!! note\n        Nested\n\nAfter\n\n!!! warning\n\nLast\n", True),
    "body right after the title": ("!!! tip \"T\"\n    Body\n    more\nOut\n", True),
    "not an admonition": ("!!! \"no kind\"\n\nText!!! here\n", True),
    "closed fence before": ("```\ncode\n```\n\n!!! tip\n    Body\n", False),  # declined: backticks, any fence last
    "tilde fence left open": ("~~~\n ", False),
    "quote and a lazy line": (">|\n2)", False),
    "code span and a bracket": ("[`x", False),  # markdown-it-pyrs 0.4.0 panics on it
    "table meeting a list": ("| a | b |\n|--|--|\n* x\n", False),
    "table after a paragraph line": ("Text\n| a |\n|--|\n", False),
    "table header as a quote": (">||\n-|-", False),
    "escaped pipe meeting a pipe": ("| x\\|| a |\n|---|---|\n", False),
    "table without pipes": ("*\n:-", False),
    "emphasis both sides of punctuation": ("![*|**]()", False),
    "emphasis between letters": ("a*b*c and snake_case_name\n", False),
    "emphasis as pmdocs writes it": ("**Label:** text, *note* (**x**) \\*\\_a\\_\n", True),
    "code span of spaces": ("`    `", False),
    "tight and loose lists": ("- a\n- b\n  - c\n\n1. x\n\n3. y\n\n4) z\n", True),
    "table short and long rows": ("| a | b |\n|:-:|--|\n| 1 |\n| 1 | 2 | 3 |\n| `|` \\| |\n", True),
    "entities and escapes": ("&amp; &#126; &nbsp; &bogus; \\* \\\\ <span lang=\"de\">x</span> <br>\n", True),
    "links and images": ("[a *b*](u \"t\") ![i **j**](p.png \"c\") ![k](q.png) x_y_ <https://x.org>\n", False),
    "links alone": ("[a *b*](u \"t\") ![i **j**](p.png \"c\") ![k](q.png)\n", True),
    "code spans": ("`` a ` b `` and `c` \\` x\n", True),
    "setext heading": ("Title\n=====\n\nSub\n===\n", True),
    "setext heading or a table": ("Sub\n---\n", False),
    "html block": ("<div markdown>\n\n*x*\n\n</div>\n\nAfter\n", True),
}


@needs_pyrs
@pytest.mark.parametrize("name", CASES)
def test_what_is_declined_and_what_is_read(name: str) -> None:
    markdown, read_fast = CASES[name]
    assert (fast_parser.read(markdown) is not None) is read_fast
    fast, slow = both(markdown)
    assert fast == slow


PIECES = ["text", "a", "(", ":", "*a*", "__", "``", "` ", "\n\n| h |\n|:-|\n| c |\n\n", "\\|", "+ ", "2) ", "=\n", "<!-- c -->", "~~~", " ", "\n", "\n\n", "**", "*", "_", "`", "\\", "&amp;", "&#126;", "|", "| a | b |\n|---|---|\n",
          "- ", "1. ", "> ", "    ", "  ", "# ", "!!! tip \"T\"\n", "!!!", "[", "](u)", "![", "<br>", "<span lang=\"de\">",
          "</span>", "<div>", "```", "---", "é", "—", "\t", "\"", "<", ">", "[x]: y"]


@needs_pyrs
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_mix_reads_the_same(pieces: list[str]) -> None:
    markdown = "".join(pieces)
    fast, slow = both(markdown)
    assert fast == slow, markdown

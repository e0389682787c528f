"""The syntax tree the reader walks: markdown-it-py's tokens nested by their pairs."""

from __future__ import annotations

from generator.ir.reader import markdown_it_parser
from generator.ir.syntax import Node, nest


def shape(nodes: list[Node]) -> list[tuple[object, ...]]:
    return [(n.type, n.tag, n.content, n.hidden, n.markup, shape(n.children)) for n in nodes]


def test_tokens_nest_by_their_pairs() -> None:
    nodes = nest(markdown_it_parser().parse("- a &amp; \\*b\n"))
    assert shape(nodes) == [("bullet_list", "ul", "", False, "", [
        ("list_item", "li", "", False, "", [
            ("paragraph", "p", "", True, "", [  # a tight list's paragraph: hidden
                ("inline", "", "a &amp; \\*b", False, "", [
                    ("text", "", "a ", False, "", []),
                    ("text_special", "", "&", False, "&amp;", []),  # a character reference keeps its spelling
                    ("text", "", " ", False, "", []),
                    ("text_special", "", "*", False, "", []),  # an escape does not
                    ("text", "", "b", False, "", [])])])])])]

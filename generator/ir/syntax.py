"""The Markdown's syntax tree as the reader walks it: one lean node kind, made from markdown-it-py's tokens or markdown-it-pyrs's nodes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from markdown_it.token import Token

Attrs = dict[str, Union[str, int, float]]


class Node:
    """One node of the syntax tree (a lean markdown-it ``SyntaxTreeNode``): its kind, as markdown-it-py names it."""

    __slots__ = ("type", "tag", "attrs", "content", "children", "hidden", "markup")

    def __init__(self, kind: str, tag: str, attrs: Attrs, content: str, children: list[Node],
                 hidden: bool = False, markup: str = "") -> None:
        self.type, self.tag, self.attrs, self.content, self.children = kind, tag, attrs, content, children
        self.hidden = hidden  # a paragraph of a tight list item (markdown-it's ``hidden``)
        self.markup = markup  # a character reference as written ("&#126;"), for a character read from one


def nest(tokens: list[Token]) -> list[Node]:
    """Return markdown-it-py's tokens nested by their opening and closing pairs (its ``nesting``)."""
    root: list[Node] = []
    stack = [root]
    for token in tokens:
        if token.nesting == 1:
            node = Node(token.type[:-5], token.tag, token.attrs, "", [], token.hidden)  # "_open" dropped, as SyntaxTreeNode does
            stack[-1].append(node)
            stack.append(node.children)
        elif token.nesting == -1:
            stack.pop()
        else:
            stack[-1].append(Node(token.type, token.tag, token.attrs, token.content,
                                  nest(token.children) if token.children else [],
                                  markup=token.markup if token.info == "entity" else ""))
    return root

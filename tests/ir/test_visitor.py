"""Walking the document tree: dispatch by kind, loud failure on a kind a walker does not know, plain text of inlines."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator.ir.nodes import INLINE_KINDS, Break, Code, Emph, Image, Lang, Link, Strong, Text
from generator.ir.visitor import UnknownNodeError, Visitor, plain_text


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
               Image("s", "f"), Lang("de", (Text("g"),)), Break())
    assert {type(n) for n in inlines} == set(INLINE_KINDS)
    assert plain_text(inlines) == "abcdefg\n"
    with pytest.raises(UnknownNodeError, match="Aside"):
        plain_text((Text("a"), Aside("b")))  # type: ignore[arg-type]


class _Unnamed(Visitor[str]):
    def visit_Text(self, node: Text, suffix: object) -> str:
        return node.text + str(suffix)


class _Louder(_Unnamed):
    walker = "the louder walker"

    def visit_Text(self, node: Text, suffix: object) -> str:
        return node.text.upper() + str(suffix)


def test_a_visitor_without_a_walker_name_is_named_by_its_class_and_passes_extra_arguments() -> None:
    assert _Unnamed().visit(Text("a"), "!") == "a!"
    with pytest.raises(UnknownNodeError, match="_Unnamed cannot handle .* 'Code'"):
        _Unnamed().visit(Code("x"), "!")


def test_each_visitor_class_looks_up_its_own_methods() -> None:
    assert _Unnamed().visit(Text("a"), 1) == "a1"  # looked up and remembered for _Unnamed
    assert _Louder().visit(Text("a"), 1) == "A1"  # a subclass is not handed its parent's remembered method
    assert _Unnamed().visit(Text("b"), 2) == "b2"


def test_plain_text_of_nested_marks_and_of_nothing() -> None:
    assert plain_text(()) == ""
    assert plain_text((Strong((Emph((Text("x"), Break(), Code("y"))),)), Link("u", (Image("p", "alt"),)))) == "x\nyalt"

"""Walking the document tree: `Visitor` dispatches each node to ``visit_<Kind>`` and fails on a kind it does not know.

A reader or writer that meets a node kind it has no method for raises
:class:`UnknownNodeError` (a bug in pmdocs, with its traceback), naming the kind
and the walker, so that a new kind can never be dropped from the output unseen.
"""

from __future__ import annotations

from typing import Any, Callable, ClassVar, Generic, TypeVar

from generator.ir.nodes import Break, Code, Emph, Image, Inline, Lang, Link, Strong, Text

R = TypeVar("R")


class UnknownNodeError(NotImplementedError):
    """Raised when a reader or writer meets a node kind it has no method for: a bug, never a silent loss."""

    def __init__(self, walker: str, kind: str) -> None:
        super().__init__(f"{walker} cannot handle the document-tree node kind '{kind}' (no visit_{kind}); "
                         "it would be lost from the output")
        self.walker = walker
        self.kind = kind


class Visitor(Generic[R]):
    """Dispatch on a node's class: ``visit(node, *args)`` calls ``self.visit_<ClassName>(node, *args)``.

    ``walker`` names the visitor in errors (``"the Word writer"``); methods are looked
    up once per class and node class.
    """

    walker: ClassVar[str] = ""
    _methods: ClassVar[dict[type, Callable[..., object]]] = {}

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._methods = {}

    def visit(self, node: object, *args: object) -> R:
        """Return what the method for the node's kind returns; raise `UnknownNodeError` when there is none."""
        kind = type(node)
        method = self._methods.get(kind)
        if method is None:
            method = getattr(type(self), f"visit_{kind.__name__}", None)
            if method is None:
                raise UnknownNodeError(self.walker or type(self).__name__, kind.__name__)
            self._methods[kind] = method
        return method(self, node, *args)  # type: ignore[return-value]


_LEAVES: dict[type, Callable[[Any], str]] = {Text: lambda n: n.text.replace("\n", " "), Code: lambda n: n.text,
                                             Break: lambda n: "\n", Image: lambda n: n.alt}
_WRAPPERS = (Strong, Emph, Link, Lang)


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """Return the text of inline content, line breaks as newlines, soft breaks as spaces and pictures as their
    alternative text (read by kind from a table, as the writers ask for it thousands of times a pack); a kind it
    does not know raises `UnknownNodeError`, as a visitor does."""
    parts: list[str] = []
    for node in inlines:
        kind = type(node)
        leaf = _LEAVES.get(kind)
        if leaf is not None:
            parts.append(leaf(node))
        elif kind in _WRAPPERS:
            parts.append(plain_text(node.children))  # type: ignore[union-attr]
        else:
            raise UnknownNodeError("plain_text", kind.__name__)
    return "".join(parts)

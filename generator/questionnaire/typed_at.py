"""Where a scalar's text was typed: the positions of its invisible characters and a ``#`` comment right after it."""

from __future__ import annotations

import re

import yaml

from generator.questionnaire.invisible import is_unseen, unseen_characters
from generator.questionnaire.tree import ScalarNode, TrailingComment
from generator.questionnaire.yaml_problems import offset_mark

_COMMENT_AFTER = re.compile(r"([ \t]+)(#)([^\n]*)")
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(_))")


def unseen_offsets(text: str, start: int, end: int) -> list[int]:
    """Return the offsets, in the source, of the invisible characters of the scalar typed in ``text[start:end]``.

    A character is found typed as itself or, in double quotes, as an escape
    (``\\u200B``, ``\\xA0``, ``\\_``); each offset points at where it was typed.
    """
    offsets = []
    for index in range(start, end):
        char = text[index]
        if char == "\\" and text[start] == '"':
            escape = _ESCAPE.match(text, index)
            if escape:
                code = next((g for g in escape.groups()[:3] if g), None)
                char = chr(int(code, 16)) if code else "\u00a0"
        if not char.isascii() and is_unseen(char):
            offsets.append(index)
    return offsets


def locate(node: ScalarNode, event: yaml.ScalarEvent, text: str) -> None:
    """Record where the value's invisible characters were typed, and a '#' comment right after it."""
    start = getattr(event.start_mark, "index", None)
    end = getattr(event.end_mark, "index", None)
    if not isinstance(start, int) or not isinstance(end, int):
        return
    if not event.value.isascii() and next(unseen_characters(event.value), None) is not None:
        node.unseen_marks = tuple(offset_mark(text, i) for i in unseen_offsets(text, start, end))
    if not node.quoted:
        comment = _COMMENT_AFTER.match(text, end)
        if comment:
            node.comment = TrailingComment(offset_mark(text, comment.start(2)), comment.group(1),
                                           comment.group(3).rstrip())

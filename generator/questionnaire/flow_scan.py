"""Where a questionnaire's text opens and closes brackets (``[ ] { }``), outside comments and quoted text.

One cheap scan, before any parser: the nesting limit's pre-scan
(`generator.questionnaire.depth.flow_nesting_end`) and the message naming a bracket left open
(`generator.questionnaire.yaml_problems.syntax_message`) both read it.
"""

from __future__ import annotations

import re
from typing import Iterator

_FLOW_SIGNS = re.compile(r"[\[\]{}'\"#]")
_QUOTED_END = {"'": re.compile(r"(?:[^']|'')*'"), '"': re.compile(r'(?:[^"\\]|\\.)*"', re.DOTALL)}


def brackets(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield each bracket outside comments and quoted text: the sign, its offset, and the depth after it (an
    unmatched closing bracket never counts below zero). A quote starts quoted text only where a value may start:
    inside brackets after a space or one of ``[{,:``; outside them after ``key:``, ``-`` or at a line's start
    ("Rock 'n' roll" is plain text)."""
    depth = 0
    pos = 0
    while True:
        match = _FLOW_SIGNS.search(text, pos)
        if match is None:
            return
        sign, start, pos = match.group(), match.start(), match.end()
        before = text[start - 1] if start else "\n"
        if sign in "[{":
            depth += 1
            yield sign, start, depth
        elif sign in "]}":
            depth = max(0, depth - 1)
            yield sign, start, depth
        elif sign == "#":
            if before.isspace():
                newline = text.find("\n", pos)
                pos = len(text) if newline < 0 else newline
        elif _starts_value(text, start, before, depth):
            end = _QUOTED_END[sign].match(text, pos)
            pos = end.end() if end else len(text)


def _starts_value(text: str, start: int, before: str, depth: int) -> bool:
    """Return True when a quote at ``start`` begins a quoted value (see `brackets`)."""
    if depth:
        return before.isspace() or before in "[{,:"
    head = text[text.rfind("\n", 0, start) + 1:start]
    return not head.strip() or (before.isspace() and head.rstrip().endswith((":", "-")))

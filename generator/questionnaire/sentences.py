"""A text's sentences, each whole: the unit a quotation of the answers' words, or a day one of them gives, is taken
from."""

from __future__ import annotations

import re

_INITIAL = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")


def sentences(text: str) -> list[str]:
    """Return a text's sentences and the parts between its semicolons and lines, each whole: not cut inside
    brackets nor after an initial ("Approved by P. van der Merwe as sponsor, subject to ratification ... (above the
    sponsor's R1.5m limit; the Steering Committee could not meet ...)." is one: review 153b F3, quoted cut at "P."
    and in the bracket)."""
    found, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        ends = ch == "\n" or depth == 0 and (ch == ";" or ch in ".!?" and (i + 1 == len(text) or text[i + 1].isspace())
                                             and not _INITIAL.search(text[start:i + 1]))
        if ends:
            found.append(text[start:i + 1].strip())
            start = i + 1
    found.append(text[start:].strip())
    return [part for part in found if part]

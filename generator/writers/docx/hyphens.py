"""Soft hyphens in the words too long for their table cell, where the language's hyphenation dictionary puts them.

A column gets room for its longest word where the table can give it (`generator.writers.docx.columns`); a table of
many columns cannot, and Word and LibreOffice then break a long word between any two letters, with no hyphen
("Bettenmanag" / "ement-Software", reviews 96a F5, 97a F1). A word wider than its cell gets soft hyphens (U+00AD) at
the points Pyphen's dictionaries (LibreOffice's own hyphenation patterns) give for its language: a line breaks there,
with a hyphen, and nowhere else shows one. Pyphen, not hand-written rules: German, Dutch and the Nordic languages
join words into compounds whose break points no short rule finds.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Optional

from generator.ir import nodes as t
from generator.writers.docx.columns import CELL_PADDING, EM, is_address, text_twips

if TYPE_CHECKING:
    import pyphen  # type: ignore[import-untyped]  # (no type information published)

SOFT_HYPHEN = "\u00ad"
_WORD = re.compile(r"[^\W\d_]{8,}")  # a word of letters long enough to be worth breaking


@functools.lru_cache(maxsize=None)
def _dictionary(tag: str) -> Optional["pyphen.Pyphen"]:
    """Return the hyphenation dictionary of a language tag ("de-AT": Austrian German, else German), or None; Pyphen
    is imported here, the first time a word is too wide for its cell, not by every run that loads the writer."""
    import pyphen

    parts = tag.replace("_", "-").split("-")
    for name in ("_".join(parts[:2]), parts[0]):
        if name in pyphen.LANGUAGES:
            return pyphen.Pyphen(lang=name)
    return None


def hyphenated(content: tuple[t.Inline, ...], width: int, lang: str, bold: bool = False,
               em: int = EM) -> tuple[t.Inline, ...]:
    """Return a cell's inlines with soft hyphens in each word wider than the cell (``width`` twips), in the language
    of the span it is in, else ``lang`` (the documents' own)."""
    room = width - CELL_PADDING
    out: list[t.Inline] = []
    for node in content:
        if isinstance(node, t.Text) and _WORD.search(node.text):
            out.append(t.Text(_soft(node.text, room, lang, bold, em)))
        elif isinstance(node, t.Lang):
            out.append(t.Lang(node.lang, hyphenated(node.children, width, node.lang, bold, em)))
        elif isinstance(node, t.Strong):
            out.append(t.Strong(hyphenated(node.children, width, lang, True, em)))
        else:
            out.append(node)
    return tuple(out)


def _soft(text: str, room: int, lang: str, bold: bool, em: int) -> str:
    """Return text with soft hyphens in its words wider than ``room`` twips."""
    dictionary = _dictionary(lang)
    if dictionary is None:
        return text

    def soften(found: re.Match[str]) -> str:
        word = found.group(0)
        if text_twips(word, bold, em) <= room:
            return word
        return str(dictionary.inserted(word, hyphen=SOFT_HYPHEN))
    # an address is kept exactly as typed, whatever its width (`columns.is_address`)
    return "".join(part if is_address(part) else _WORD.sub(soften, part) for part in re.split(r"(\s+)", text))

"""Characters a reader cannot see, and how to name them in a message.

A name typed with a zero-width space, a direction override or a non-breaking
space looks exactly like the name without it, yet never matches it.  This
module says which characters those are (format characters and unusual spaces)
and names them the way Unicode does: ``U+200B ZERO WIDTH SPACE``.

Some format characters are part of what people see and are left alone: a
zero-width joiner inside an emoji sequence (👩‍💻), tag characters of a flag
(🏴 followed by tags), and a zero-width (non-)joiner between letters of a
script that shapes with it (Persian, Arabic, the Indic scripts).
"""

from __future__ import annotations

import unicodedata
from typing import Iterator

ZWJ = "\u200d"
ZWNJ = "\u200c"
_PLAIN_SPACES = {" ", "\u3000"}  # the ideographic space is the ordinary space of Chinese and Japanese typing
_LINE_SEPARATORS = {"Zl", "Zp"}
_BLACK_FLAG = "\U0001f3f4"
_TAGS = range(0xE0020, 0xE0080)
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_VARIATION_SELECTORS = {"\ufe0e", "\ufe0f"}
# Scripts whose letters change shape or form conjuncts around a zero-width (non-)joiner.
_JOINING_SCRIPTS = (
    "ARABIC", "SYRIAC", "NKO", "MANDAIC", "MONGOLIAN", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI",
    "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "KHMER", "MYANMAR", "TIBETAN",
)


def char_label(char: str) -> str:
    """Return a character as Unicode names it, e.g. ``U+200B ZERO WIDTH SPACE``."""
    name = unicodedata.name(char, "")
    code = f"U+{ord(char):04X}"
    return f"{code} {name}" if name else code


def looks_like_space(char: str) -> bool:
    """Return True for a space that is not the ordinary one (no-break, figure, thin, ...)."""
    return unicodedata.category(char) == "Zs" and char not in _PLAIN_SPACES


def _is_emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" or ord(char) in _SKIN_TONES


def _is_joining_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM" and unicodedata.name(char, "").startswith(_JOINING_SCRIPTS)


def _neighbour(text: str, index: int, step: int) -> str:
    """Return the nearest character before (step -1) or after (step 1) ``index`` that is not a mark or selector."""
    index += step
    while 0 <= index < len(text):
        char = text[index]
        if char not in _VARIATION_SELECTORS and unicodedata.category(char) not in ("Mn", "Me"):
            return char
        index += step
    return ""


def _is_visible_here(text: str, index: int) -> bool:
    """Return True when a format character at ``index`` is part of what the reader sees."""
    char = text[index]
    before, after = _neighbour(text, index, -1), _neighbour(text, index, 1)
    if char == ZWJ and before and after and _is_emoji(before) and _is_emoji(after):
        return True
    if char in (ZWJ, ZWNJ) and before and after and _is_joining_letter(before) and _is_joining_letter(after):
        return True
    if ord(char) in _TAGS:
        start = index
        while start > 0 and ord(text[start - 1]) in _TAGS:
            start -= 1
        return start > 0 and text[start - 1] == _BLACK_FLAG
    return False


def is_unseen(char: str) -> bool:
    """Return True for a character that cannot be told apart by looking (in any context)."""
    category = unicodedata.category(char)
    return category == "Cf" or category in _LINE_SEPARATORS or looks_like_space(char)


def unseen_characters(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(index, character)`` for each invisible or unusual character in ``text``."""
    if text.isascii():
        return
    for index, char in enumerate(text):
        if char.isascii() or not is_unseen(char):
            continue
        if unicodedata.category(char) == "Cf" and _is_visible_here(text, index):
            continue
        yield index, char


def has_unseen(text: str) -> bool:
    """Return True when ``text`` holds an invisible or unusual character."""
    return next(unseen_characters(text), None) is not None


def nfc(text: str) -> str:
    """Return text in Unicode NFC, the form names are compared in."""
    return unicodedata.normalize("NFC", text)


def without_unseen(text: str) -> str:
    """Return text as it looks: invisible characters dropped, unusual spaces made ordinary ones."""
    found = dict(unseen_characters(text))
    if not found:
        return text
    return "".join((" " if looks_like_space(c) else "") if i in found else c for i, c in enumerate(text))

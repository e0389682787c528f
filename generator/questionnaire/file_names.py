"""File names derived from questionnaire values, safe on every operating system."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


def file_stem(text: str, fallback: str = "item") -> str:
    """Return text as a file-name stem of ASCII letters, digits, ``.``, ``_`` and ``-``.

    Accents are dropped (``Élan`` becomes ``Elan``), anything else becomes ``-``;
    the result never starts with a dot, is never a Windows device name and is at
    most 60 characters long. Text with nothing usable in ASCII gets ``fallback``
    and a short fingerprint of the text.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_text).strip("-._")[:60].strip("-._")
    if not stem:  # nothing usable in ASCII (e.g. an id in Japanese): a short, stable fingerprint keeps it unique
        return f"{fallback}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"{fallback}-{stem}"
    return stem

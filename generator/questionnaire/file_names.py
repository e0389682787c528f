"""File names derived from questionnaire values, safe on every operating system, and what names a per-entry kind's files.

A document kind written once per entry of a questionnaire list (change requests
today) names each entry's file after the entry's id (:func:`file_stem`), and may
write a blank form beside them; :mod:`generator.questionnaire.check_unique` reports
ids whose files would clash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from typing import Protocol

from generator.record import Record


WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


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
    if stem.split(".")[0].upper() in WINDOWS_RESERVED:
        stem = f"{fallback}-{stem}"
    return stem


class PerEntryKind(Protocol):
    """What the file-name check needs of a document kind written once per entry of a list.

    The registry's `generator.render.registry.DocumentKind` has these, so its kinds can be checked as they are.
    """

    @property
    def each(self) -> str:
        """Return the dotted path of the list in the questionnaire (e.g. ``change_control.requests``)."""

    @property
    def id_field(self) -> str:
        """Return the entry's key that names its file."""

    @property
    def entry_name(self) -> str:
        """Return what an entry is called (the file name's fallback when its id has nothing usable in ASCII)."""

    @property
    def slug(self) -> str:
        """Return the kind's name in file names (its blank form is ``<slug>-form``)."""

    @property
    def blank_form(self) -> str:
        """Return the blank form's title, or '' when the kind writes no blank form."""


class EntryKind(Record):
    """Return a per-entry document kind as the file-name check sees it."""

    each: str
    id_field: str = "id"
    entry_name: str = "entry"
    slug: str = ""
    blank_form: str = ""


# The built-in per-entry kind (templates/change-request.md.j2's front matter); tests keep the two the same.
CHANGE_REQUESTS = EntryKind("change_control.requests", "id", "request", "change-request", "Change request form")
STATUS_REPORTS = EntryKind("status_reports", "date", "report", "status-report")
BUILT_IN: tuple[PerEntryKind, ...] = (CHANGE_REQUESTS, STATUS_REPORTS)


def entries(owner: object, path: str) -> list[object]:
    """Return the entries of the list at a dotted path (none where a part is absent, unread or not a list).

    A part named like a Python keyword is stored with a trailing underscore (``scope.in_``).
    """
    value: object = owner
    for part in path.split("."):
        value = getattr(value, part) if hasattr(value, part) else getattr(value, f"{part}_", None)
        if value is None:
            return []
    return list(value) if isinstance(value, list) else []


def entry_id(value: object) -> str:
    """Return an entry's id as text (a date as YYYY-MM-DD)."""
    return value.isoformat() if isinstance(value, dt.date) else str(value)

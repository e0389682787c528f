"""What a document of one entry (a change request, a status report) says of its entry beside its ID and version.

One rule for the Markdown's control line under the form's title and the Word file's
compact cover: the date is the entry's decision date, else its own date; the label says
which ("Decided", "Requested"); the status is the entry's, in words.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from generator.i18n.locales import N_
from generator.questionnaire.model import ChangeRequest
from generator.record import Record
from generator.view.tables import words


class EntryControl(Record):
    """Return an entry's date, what that date is, and the entry's status, as its form's control line shows them."""

    date: Optional[dt.date]  # None for the blank form
    date_label: str  # an untranslated message ("Decided", "Requested"), '' for a plain "Date"
    status: str  # in words ("under review"), '' when the entry has none
    after_version: bool = False  # the entry is dated after the version the pack is: the answers were not re-issued
    shown: Optional[dt.date] = None  # the date the control line shows: the entry's, else the version's (a blank form)


def entry_control(entry: object, version_date: Optional[dt.date] = None) -> EntryControl:
    """Return what a per-entry document's control line says of its entry (``None``: the blank form), beside the
    pack's version of ``version_date``."""
    date = _date(entry)
    return EntryControl(date, _date_label(entry), _status(entry), bool(date and version_date and date > version_date),
                        date or version_date)


def _date(entry: object) -> Optional[dt.date]:
    """Return the entry's decision date, else its own date (a change request raised, a status report's period)."""
    decision = getattr(entry, "decision", None)
    for day in (getattr(decision, "date", None), getattr(entry, "date", None)):
        if isinstance(day, dt.date):
            return day
    return None


def _date_label(entry: object) -> str:
    """Return what `_date` is for a change request: the day it was decided, or requested; '' for other entries."""
    if not isinstance(entry, ChangeRequest):
        return ""
    # Translators: a change request's date on its control line and compact cover: the day it was decided, or requested.
    return N_("Decided") if entry.decision else N_("Requested")


def _status(entry: object) -> str:
    """Return where the entry stands, in words ("under review"), or '' when it has no status."""
    status = getattr(entry, "status", None)
    return words(status) if isinstance(status, str) else ""

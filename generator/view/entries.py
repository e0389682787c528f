"""What a document of one entry (a change request, a status report) says of its entry beside its ID and version.

One rule for the Markdown's control line under the form's title and the Word file's
compact cover: the date is the entry's decision date, else its own date; the label says
which ("Decided", "Requested"); the status is the entry's, in words.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from generator.i18n.locales import N_
from generator.questionnaire.model import ChangeRequest, StatusReport
from generator.record import Record
from generator.view.tables import words


class EntryControl(Record):
    """Return an entry's date, what that date is, and the entry's status, as its form's control line shows them."""

    date: Optional[dt.date]  # None for the blank form
    date_label: str  # an untranslated message ("Decided", "Requested"), '' for a plain "Date"
    status: str  # in words ("under review"), '' when the entry has none
    version_note: str = ""  # an untranslated message beside the version's date when the entry's date is not in
    # step with it ('': none): an entry dated after the version ("no later version recorded": the answers were not
    # re-issued), a status report dated before it (the report re-issued with the later answers)
    shown: Optional[dt.date] = None  # the date the control line shows: the entry's, else the version's (a blank form)


def entry_control(entry: object, version_date: Optional[dt.date] = None) -> EntryControl:
    """Return what a per-entry document's control line says of its entry (``None``: the blank form), beside the
    pack's version of ``version_date``."""
    date = _date(entry)
    note = ""
    if date and version_date and date > version_date:
        # Translators: beside a form's version date, when the form's entry is dated after that version.
        note = N_("no later version recorded")
    elif date and version_date and date < version_date and isinstance(entry, StatusReport):
        # Translators: beside a status report's version date, when the report's own date is earlier: the report is
        # printed from the answers of a later version.
        note = N_("issued after this report's date")
    return EntryControl(date, _date_label(entry), _status(entry), note, date or version_date)


def _date(entry: object) -> Optional[dt.date]:
    """Return the entry's decision date, else its own date (a change request raised, a status report's period)."""
    decision = getattr(entry, "decision", None)
    for day in (getattr(decision, "date", None), getattr(entry, "date", None)):
        if isinstance(day, dt.date):
            return day
    return None


def _date_label(entry: object) -> str:
    """Return what `_date` is for a change request: the day it was decided, or requested; for a summary of the whole
    project (no entry), its version's date, not the day it describes (review 125b F6: "Date: 2026-02-16" above an
    October status); '' for other entries."""
    if entry is None:
        # Translators: the date on a one-page summary's control line and cover: the date of its version.
        return N_("Version date")
    if not isinstance(entry, ChangeRequest):
        return ""
    # Translators: a change request's date on its control line and compact cover: the day it was decided, or requested.
    return N_("Decided") if entry.decision else N_("Requested")


def _status(entry: object) -> str:
    """Return where the entry stands, in words ("under review"), or '' when it has no status."""
    status = getattr(entry, "status", None)
    return words(status) if isinstance(status, str) else ""

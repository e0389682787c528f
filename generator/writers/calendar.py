"""Calendars: a project's dates (and a portfolio's milestones) as an iCalendar file (RFC 5545) to add to any calendar.

Not a writer of the document tree: the events come straight from the answers.  Each
milestone, deliverable due date and phase gate is an all-day event titled with its
name; no meeting is invented (the questionnaire gives no day or time for the
communication items).  The bytes are deterministic: UIDs are derived from the event's
content, and the stamp every event must carry (DTSTAMP) is the project's newest
record date (or its start), never the clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Iterable, Optional, Sequence

from generator.questionnaire import model as m
from generator.questionnaire import rules
from generator.record import Record

PRODID = "-//pmdocs//Project calendar//EN"
SUFFIX = ".ics"
_FOLD = 75  # octets a content line may hold before it is folded (RFC 5545, 3.1)


class Event(Record):
    """Return one all-day event: its day, title, what it is (a category) and a description."""

    day: dt.date
    title: str
    category: str  # "Milestone", "Deliverable due" or "Phase gate"
    description: str
    project: str  # the project's code, part of the UID


def calendar_name(q: m.Questionnaire) -> str:
    """Return a project calendar's file name, ``<code>-calendar.ics``."""
    return f"{q.project.code}-calendar{SUFFIX}"


def project_events(q: m.Questionnaire) -> list[Event]:
    """Return a project's milestones, deliverable due dates and phase gates as events, in date order."""
    p = q.project
    where = f"{p.name} ({p.code})"
    latest = rules.latest_report(q)
    forecasts, done = rules.latest_forecasts(q), rules.reached(q)
    events = []
    for ms in q.milestones:
        text = f"Milestone of {where}."
        if ms.deliverables:
            text += f" Deliverables: {'; '.join(ms.deliverables)}."
        if ms.name in done:
            text += f" Reached on {done[ms.name]}, as a status report records."
        elif ms.name in forecasts and latest is not None:
            text += f" Forecast in the status report of {latest.date}: {forecasts[ms.name]}."
        events.append(Event(ms.date, ms.name, "Milestone", text, p.code))
    for d in q.scope.deliverables:
        if d.due:
            owner = f" Owner: {d.owner}." if d.owner else ""
            events.append(Event(d.due, d.name, "Deliverable due", f"Deliverable of {where} due.{owner}", p.code))
    for phase in p.phases:
        if phase.gate:
            events.append(Event(phase.end, phase.gate, "Phase gate",
                                f"Gate ending the phase {phase.name} of {where}.", p.code))
    return sorted(events, key=lambda e: (e.day, e.category, e.title))


def project_calendar(q: m.Questionnaire) -> bytes:
    """Return a project's calendar file."""
    return _calendar(f"{q.project.code} {q.project.name}", project_events(q), _stamp(q))


def portfolio_events(questionnaires: Sequence[m.Questionnaire]) -> list[Event]:
    """Return every project's milestones as the portfolio's events, each titled with its project's code."""
    events = [Event(e.day, f"{q.project.code}: {e.title}", e.category, e.description, e.project)
              for q in questionnaires for e in project_events(q) if e.category == "Milestone"]
    return sorted(events, key=lambda e: (e.day, e.title))


def portfolio_calendar(questionnaires: Sequence[m.Questionnaire], name: str = "Project portfolio") -> bytes:
    """Return one calendar of every project's milestones, each titled with its project's code."""
    events = portfolio_events(questionnaires)
    stamps = [_stamp(q) for q in questionnaires]
    return _calendar(name, events, max(stamps) if stamps else None)


def _stamp(q: m.Questionnaire) -> dt.date:
    """Return the day every event of a project is stamped with: its newest record, else its start."""
    dates = rules.record_dates(q)
    return max(dates) if dates else q.project.start


def _calendar(name: str, events: Iterable[Event], stamp: Optional[dt.date]) -> bytes:
    stamped = (stamp or dt.date(1970, 1, 1)).strftime("%Y%m%dT000000Z")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{_text(name)}"]
    for event in events:
        uid = hashlib.sha256("\x1f".join((event.project, event.category, event.title, event.day.isoformat()))
                             .encode("utf-8")).hexdigest()[:32]
        lines += ["BEGIN:VEVENT", f"UID:{uid}@pmdocs", f"DTSTAMP:{stamped}",
                  f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{event.day + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_text(event.title)}", f"DESCRIPTION:{_text(event.description)}",
                  f"CATEGORIES:{_text(event.category)}", "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines).encode("utf-8")


def _text(value: str) -> str:
    """Return a TEXT value escaped (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> str:
    """Return a content line folded after every 75 octets (continuations start with a space), never inside a
    character's UTF-8 bytes."""
    parts: list[str] = []
    current, size, limit = "", 0, _FOLD
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, _FOLD - 1  # a continuation line's leading space counts
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


__all__ = ["Event", "PRODID", "SUFFIX", "calendar_name", "portfolio_calendar", "portfolio_events", "project_calendar",
           "project_events"]

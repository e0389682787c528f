"""Calendars: every milestone, deliverable due date and phase gate as an all-day event, valid RFC 5545 (read back
with the icalendar library), byte for byte the same on every run."""

from __future__ import annotations

import dataclasses
import datetime as dt

import icalendar

from generator.questionnaire import model as m
from generator.writers.calendar import _fold, calendar_name, portfolio_calendar, project_calendar, project_events


def events_of(data: bytes) -> list[tuple[dt.date, str, str]]:
    """Return (day, title, category) of every event of a calendar file, as the icalendar library reads it."""
    calendar = icalendar.Calendar.from_ical(data)
    out = []
    for event in calendar.walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert isinstance(start, dt.date) and not isinstance(start, dt.datetime) and end - start == dt.timedelta(1)
        assert event.get("UID") and event.get("DTSTAMP")
        out.append((start, str(event.get("SUMMARY")), event.get("CATEGORIES").to_ical().decode()))
    return out


def test_every_dated_answer_is_an_all_day_event_with_its_name(q: m.Questionnaire) -> None:
    phase = m.Phase(name="Build", start=q.project.start, end=q.project.start + dt.timedelta(30), gate="Go, live; now")
    q = dataclasses.replace(q, project=dataclasses.replace(q.project, phases=[phase]))
    read = events_of(project_calendar(q))
    expected = {(ms.date, ms.name, "Milestone") for ms in q.milestones}
    expected |= {(d.due, d.name, "Deliverable due") for d in q.scope.deliverables if d.due}
    expected.add((phase.end, "Go, live; now", "Phase gate"))
    assert set(read) == expected and len(read) == len(expected)
    assert [e.day for e in project_events(q)] == sorted(e.day for e in project_events(q))
    assert calendar_name(q) == f"{q.project.code}-calendar.ics"


def test_the_file_is_deterministic_folded_and_ends_lines_with_crlf(q: m.Questionnaire) -> None:
    long = "Ünïcödé milestone " * 8
    q = dataclasses.replace(q, milestones=[m.Milestone(name=long.strip(), date=q.project.start + dt.timedelta(3))])
    data = project_calendar(q)
    assert data == project_calendar(q)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert events_of(data)[0][1] == long.strip()
    assert _fold("x" * 80) == "x" * 75 + "\r\n " + "x" * 5


def test_a_portfolio_calendar_holds_every_projects_milestones_by_code(q: m.Questionnaire) -> None:
    other = dataclasses.replace(q, project=dataclasses.replace(q.project, code="OTHER-1"))
    read = events_of(portfolio_calendar([q, other]))
    assert {title for _, title, _ in read} == {f"{code}: {ms.name}" for code in (q.project.code, "OTHER-1")
                                               for ms in q.milestones}
    assert all(category == "Milestone" for _, _, category in read)
    assert events_of(portfolio_calendar([])) == []


def test_a_milestone_a_report_records_reached_says_so(q: m.Questionnaire) -> None:
    """Review 16 H8: the calendar uses the documents' rule, not 'forecast', for a day already reached."""
    ms = q.milestones[0]
    report = m.StatusReport(date=ms.date + dt.timedelta(9), overall="green", summary="s",
                            forecasts=[m.Forecast(milestone=ms.name, date=ms.date + dt.timedelta(2))])
    [event] = [e for e in project_events(dataclasses.replace(q, status_reports=[report])) if e.title == ms.name]
    assert event.description.endswith(f"Reached on {ms.date + dt.timedelta(2)}, as a status report records.")

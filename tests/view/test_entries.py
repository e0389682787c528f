"""What a form's control line says of its entry: the decision date else the entry's own, which of them, its status."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.view.entries import entry_control


def test_a_decided_request_shows_its_decision_day_and_status_in_words(q: m.Questionnaire) -> None:
    decided = next(cr for cr in q.change_control.requests if cr.decision)
    control = entry_control(decided)
    assert decided.decision is not None
    assert (control.date, control.date_label, control.status) == (
        decided.decision.date, "Decided", decided.status.replace("-", " "))


def test_an_undecided_request_shows_the_day_it_was_requested(q: m.Questionnaire) -> None:
    request = dataclasses.replace(q.change_control.requests[0], decision=None, status="under-review")
    control = entry_control(request)
    assert (control.date, control.date_label, control.status) == (request.date, "Requested", "under review")


def test_another_entry_has_a_plain_date_and_the_blank_form_its_versions() -> None:
    """A document of no entry (the executive summary, the blank form) shows its version's date, said so (review 125b
    F6: "Date: 2026-02-16" above an October status read as the summary's date)."""
    report = m.StatusReport(date=dt.date(2027, 3, 1), overall="green", summary="On track.")  # type: ignore[call-arg]
    assert (entry_control(report).date, entry_control(report).date_label) == (dt.date(2027, 3, 1), "")
    assert entry_control(None) == entry_control(None) and entry_control(None).date is None
    assert entry_control(None).status == "" and entry_control(None).date_label == "Version date"


def test_a_form_shows_the_version_date_when_its_entry_has_none_and_says_when_the_entry_is_later() -> None:
    day = dt.date(2027, 5, 8)
    assert entry_control(None, day).shown == day and entry_control(None).shown is None
    later = m.StatusReport(date=dt.date(2027, 6, 17), overall="green", summary="On track.")  # type: ignore[call-arg]
    assert entry_control(later, day).version_note == "no later version recorded"
    assert entry_control(later, dt.date(2027, 6, 17)).version_note == ""
    assert entry_control(later, day).shown == dt.date(2027, 6, 17)


def test_a_status_report_dated_before_the_version_says_it_was_re_issued(q: m.Questionnaire) -> None:
    """A past report printed from a later version's answers says so beside the version's date (review 21, F8); a
    change request decided before the version is simply part of it."""
    report = m.StatusReport(date=dt.date(2027, 3, 12), overall="green", summary="On track.")  # type: ignore[call-arg]
    assert entry_control(report, dt.date(2027, 3, 20)).version_note == "issued after this report's date"
    decided = next(cr for cr in q.change_control.requests if cr.decision)
    assert decided.decision is not None
    assert entry_control(decided, decided.decision.date + dt.timedelta(days=30)).version_note == ""

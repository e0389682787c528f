"""The working hours people in several time zones share (`generator.questionnaire.working_hours`)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.questionnaire.working_hours import (day_offsets, gives_hours, meeting_zones, sampled_days, shared_hours,
                                                   shifts)
from generator.view.context import build_context
from tests.conftest import mutate, run

START, END = dt.date(2027, 2, 1), dt.date(2027, 9, 30)


def test_working_hours_are_compared_on_every_third_day_and_the_last() -> None:
    days = sampled_days(START, dt.date(2027, 2, 8))
    assert days == [dt.date(2027, 2, 1), dt.date(2027, 2, 4), dt.date(2027, 2, 7), dt.date(2027, 2, 8)]
    assert len(sampled_days(dt.date(2027, 1, 1), dt.date(2035, 1, 1))) == 366 + 1  # three years at most


def test_a_zone_has_two_offsets_when_its_clocks_change_during_the_project() -> None:
    hours = [sorted({offset.total_seconds() / 3600 for offset in day_offsets(zone, START, END)})
             for zone in ("Europe/Berlin", "Asia/Singapore", "America/Toronto")]
    assert hours == [[1, 2], [8], [-5, -4]]
    assert len(day_offsets("Europe/Berlin", START, END)) == len(sampled_days(START, END))  # day by day, in order


@pytest.mark.parametrize("zones,window", [
    # in Berlin's time: 09:00 in New York is 15:00 in Berlin, 16:00 in March's weeks when only New York has changed
    (("Europe/Berlin", "America/New_York"), (15, 17)),
    (("America/New_York", "Europe/Berlin"), (9, 11)),  # the same two hours, in New York's time
    (("Europe/Berlin", "Asia/Singapore"), (9, 10)),  # Singapore's 17:00 is 10:00 in Berlin's summer
    (("Asia/Singapore", "America/Toronto"), None),
    (("Europe/Berlin", "Europe/Paris"), (9, 17)),
    # review 47c F8, 48c F13: clocks that change on the same dates keep the whole window all year (in UTC, an hour
    # of it was lost to each season)
    (("America/Toronto", "America/Vancouver"), (12, 17)),
])
def test_shared_hours_hold_on_every_day_in_the_first_zones_time(zones: tuple[str, ...],
                                                                 window: tuple[int, int] | None) -> None:
    found = shared_hours([day_offsets(zone, START, END) for zone in zones])
    hours = None if found is None else tuple(int(t.total_seconds() // 3600) for t in found)
    assert hours == window


def test_a_zone_whose_clocks_change_on_other_dates_has_two_windows_most_frequent_first() -> None:
    berlin, new_york = (day_offsets(zone, START, END) for zone in ("Europe/Berlin", "America/New_York"))
    assert [s.total_seconds() / 3600 for s in shifts(new_york, berlin)] == [-6, -5]
    assert shifts(berlin, berlin) == (dt.timedelta(),)


def test_a_meetings_times_are_in_its_owners_zone_else_the_first() -> None:
    assert meeting_zones(["Europe/Berlin", "Asia/Tokyo", "Europe/Berlin"], "Asia/Tokyo") == ("Asia/Tokyo", "Europe/Berlin")
    assert meeting_zones(["Europe/Berlin", "Asia/Tokyo"], "America/Lima") == ("Europe/Berlin", "Asia/Tokyo")
    assert meeting_zones(["Europe/Berlin", "Asia/Tokyo"]) == ("Europe/Berlin", "Asia/Tokyo")


def test_the_plan_and_the_check_share_one_window(example: str) -> None:
    """The communication plan's meeting window is the one `shared_hours` finds (the check's)."""
    text = mutate(example, "    role: Chief Financial Officer\n", "    role: Chief Financial Officer\n    time_zone: Europe/Berlin\n")
    text = mutate(text, "    role: Head of Customer Operations\n",
                  "    role: Head of Customer Operations\n    time_zone: America/New_York\n")
    result = run(text)
    assert result.questionnaire is not None
    q = result.questionnaire
    window = shared_hours([day_offsets(zone, q.project.start, q.project.end)  # the CFO is listed first
                           for zone in ("Europe/Berlin", "America/New_York")])
    assert window is not None
    assert build_context(q).spread.shared == ("Europe/Berlin",) + tuple(f"{int(t.total_seconds()) // 3600:02d}:00"
                                                                          for t in window)


@pytest.mark.parametrize("text", [
    "Team is spread over Pacific, Central and Eastern time; core overlap hours 11:00-14:00 Central",  # review 81c F4
    "Meetings only between 9am and 11am Pacific", "Kernzeit 10 bis 15 Uhr für Besprechungen",
    "Réunions communes de 10h à 12h (heure de Paris)", "core hours 9.30-12.30 CET", "会議は10時～12時（日本時間）",
])
def test_an_answer_setting_hours_to_meet_in_is_found(text: str) -> None:
    assert gives_hours(text)


@pytest.mark.parametrize("text", [
    "No downtime during EU business hours", "Cutover window 22:00-02:00 only", "Budget 2026-2027 for meetings",
    "10-15 people attend meetings", "Meetings v1.2-1.5", "Meetings 3.5 - 4.0 days", "Go-live on 2027-03-01",
    "No counter downtime during office hours (Mon–Fri 7:30am–5:00pm Pacific)",  # review 86c F3: a system's hours
])
def test_a_span_of_numbers_or_hours_not_for_meeting_is_not(text: str) -> None:
    assert not gives_hours(text)


def test_the_working_week_is_the_places_own() -> None:
    """Reviews 114a F9, 114b F6: "126 working days (Monday to Friday)" for organizations in Dhaka and Tehran, whose
    weeks run Sunday to Thursday and Saturday to Wednesday."""
    import datetime as dt

    from generator.questionnaire.working_hours import working_days, working_week

    assert working_week(None) == working_week("Europe/Sofia") == "Monday to Friday"
    assert working_week("Asia/Dhaka") == "Sunday to Thursday" and working_week("Asia/Tehran") == "Saturday to Wednesday"
    friday, sunday = dt.date(2026, 5, 8), dt.date(2026, 5, 10)
    assert working_days(friday, sunday) == 0 and working_days(friday, sunday, "Asia/Dhaka") == 1
    assert working_days(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "Asia/Dhaka") in (260, 261)


def test_a_french_system_window_is_no_hours_to_meet_in() -> None:
    """Review 158c F2: "Aucune interruption du core banking entre 08h00 et 20h00" read as the hours to meet in."""
    assert not gives_hours("Aucune interruption du core banking entre 08h00 et 20h00 ni pendant les arrêtés de fin de mois")
    assert gives_hours("Heures communes de travail entre 09h00 et 12h00 pour les réunions")

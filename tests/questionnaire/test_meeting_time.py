"""The clock time a meeting's entry gives, and who it falls outside working hours for."""

from __future__ import annotations

import datetime as dt

from generator.questionnaire.meeting_time import clock_in, outside_hours

ZONES = ["America/New_York", "America/Los_Angeles", "America/Argentina/Buenos_Aires"]


def test_the_first_time_and_its_zone_are_read() -> None:
    """Review 99b F5: "10:30 ET / 11:30 ART" is held at 10:30 New York time."""
    assert clock_in("Zoom, 10:30 ET / 11:30 ART", ZONES, "America/Los_Angeles") == (630, "America/New_York")
    assert clock_in("daily at 4 pm Buenos Aires time", ZONES, None) == (960, "America/Argentina/Buenos_Aires")
    assert clock_in("Wednesday 7:30 am", ZONES, "Australia/Sydney") == (450, "Australia/Sydney")  # the owner's zone
    assert clock_in("12 pm CET", ZONES, None) == (720, "Europe/Paris")
    assert clock_in("every 2 weeks", ZONES, "UTC") is None and clock_in("9:00", ZONES, None) is None


def test_a_time_outside_someones_working_hours_is_found_on_every_day() -> None:
    """Reviews 97b F2, 99b F5: a stand-up at 10:30 in New York is 07:30 in Los Angeles; 12:30 or 11:30 in Buenos
    Aires, within hours; 15:30 in New York is after hours in Buenos Aires in winter only."""
    start, end = dt.date(2026, 1, 5), dt.date(2026, 9, 30)
    fixed = outside_hours(630, "America/New_York", ZONES, start, end)
    assert fixed.outside == (("America/Los_Angeles", ("07:30",), True),)
    late = outside_hours(990, "America/New_York", ZONES, start, end)  # 17:30 or 18:30 as New York's clocks change
    assert late.outside == (("America/Argentina/Buenos_Aires", ("17:30", "18:30"), True),)
    edge = outside_hours(930, "America/New_York", ZONES, start, end)  # 16:30 in summer, 17:30 in winter
    assert edge.outside == (("America/Argentina/Buenos_Aires", ("17:30",), False),)
    assert outside_hours(720, "America/New_York", ZONES, start, end).outside == ()


def test_a_city_inflected_after_the_time_names_its_zone() -> None:
    """Review 114c F1: "09:00 Dublino / 11:00 Vilniaus laiku" (Lithuanian: Dublin's, Vilnius's time) was read as 09:00
    in the owner's Vilnius, and said to fall at 07:00 in Dublin."""
    zones = ["Europe/Vilnius", "Europe/Dublin", "Europe/Warsaw"]
    assert clock_in("Teams (anglų kalba), 09:00 Dublino / 11:00 Vilniaus laiku", zones, "Europe/Vilnius") == (
        540, "Europe/Dublin")
    assert clock_in("09:00 Vil", zones, None) == (540, "Europe/Vilnius")  # a city's start, as before


def test_a_city_in_another_script_names_its_zone() -> None:
    """Review 115c F1: "09:00 Лондон / 14:00 Атырау" was read as 09:00 in the owner's Atyrau, 04:00 in London."""
    zones = ["Asia/Atyrau", "Europe/London", "Asia/Kolkata"]
    assert clock_in("Teams, 09:00 Лондон / 14:00 Атырау / 13:30 Мумбай", zones, "Asia/Atyrau") == (540, "Europe/London")
    assert clock_in("(11:00 თბილისი / 10:00 ტალინი)", ["Europe/Tallinn", "Asia/Tbilisi"], None) == (660, "Asia/Tbilisi")


def test_an_abbreviation_is_read_as_the_zone_of_its_people_keeping_that_clock() -> None:
    """Review 116a F7: "Teams, 09:00 CET" of a Zagreb and Ljubljana team was "09:00 Europe/Paris time"; nobody is in
    Paris. A zone of its people keeping the same clock names it; else the abbreviation's own."""
    zones = ["Europe/Zagreb", "Europe/Ljubljana", "Europe/Lisbon"]
    assert clock_in("Teams, 09:00 CET (08:00 u Lisabonu)", zones, None) == (9 * 60, "Europe/Zagreb")
    assert clock_in("Teams, 09:00 CET", ["Europe/Lisbon"], None) == (9 * 60, "Europe/Paris")
    assert clock_in("Call 15:00 ET", ["Europe/Zagreb", "America/Toronto"], None) == (15 * 60, "America/Toronto")


def test_aest_is_the_clock_of_brisbane_all_year() -> None:
    """Review 117c F4: "9:30 am AEST" was read as Sydney's time, which changes in summer: AEST is UTC+10 all year."""
    assert clock_in("Teams, 9:30 am AEST", ["Australia/Perth"], None) == (570, "Australia/Brisbane")
    assert clock_in("Teams, 9:30 am AEDT", ["Australia/Perth"], None) == (570, "Australia/Sydney")


def test_a_time_followed_by_a_city_in_devanagari_is_that_city_s() -> None:
    """Review 123a F5: "सुबह 8:00 वॉशिंगटन / शाम 5:30 IST" (8:00 Washington) read as 08:00 in the owner's Kolkata, the
    word cut at its first vowel sign."""
    from generator.questionnaire.meeting_time import clock_in

    zones = ["Asia/Kolkata", "America/New_York"]
    assert clock_in("सुबह 8:00 वॉशिंगटन / शाम 5:30 IST पर कॉल", zones, "Asia/Kolkata") == (480, "America/New_York")
    assert clock_in("8:00 Washington", zones, "Asia/Kolkata") == (480, "America/New_York")
    assert clock_in("10:00 लंदन", ["Asia/Kolkata", "Europe/London"], "Asia/Kolkata") == (600, "Europe/London")


def test_hours_alone_with_their_city_are_a_time_and_a_duration_is_not() -> None:
    """Review 123c F6: "Videochamada às 14h de Brasília (18h em Lisboa)" was read as no time, and 18:00 in Lisbon
    went unsaid; "reunião de 2h" (two hours) stays no time."""
    from generator.questionnaire.check_meetings import gives_time
    from generator.questionnaire.meeting_time import clock_in

    zones = ["America/Sao_Paulo", "Europe/Lisbon"]
    said = "Videochamada às 14h de Brasília (18h em Lisboa)"
    assert gives_time(said) and clock_in(said, zones, "America/Sao_Paulo") == (840, "America/Sao_Paulo")
    assert not gives_time("reunião de 2h toda semana")
    assert clock_in("reunião de 2h toda semana", zones, "America/Sao_Paulo") is None


def test_a_time_of_the_pacific_zone_named_in_spanish_or_french_is_that_zone_s() -> None:
    """Review 125c F2: "semanal (miércoles 10:00 hora del Pacífico)" read as 10:00 in the owner's Mexico City, and a
    conflict with Los Angeles's working hours reported that does not exist."""
    zones = ["America/Mexico_City", "America/Los_Angeles"]
    assert clock_in("semanal (miércoles 10:00 hora del Pacífico)", zones, "America/Mexico_City") == (
        600, "America/Los_Angeles")
    assert clock_in("mardi 9h30 heure du Pacifique", [], "America/Toronto") == (570, "America/Los_Angeles")
    assert clock_in("martes 10:00 hora de la Ciudad de México", zones, "America/Mexico_City") == (
        600, "America/Mexico_City")


def test_a_room_number_is_no_time() -> None:
    """Review 128a F1: "Level 5 room 5.12" was read as a meeting at 05:12; the time is the one the frequency gives."""
    zones = ["Australia/Brisbane", "Australia/Sydney"]
    assert clock_in("Teams meeting (Herston, Level 5 room 5.12 for those on site) weekly (Tuesday 10:00 AEST)",
                    zones, "Australia/Brisbane") == (600, "Australia/Brisbane")
    assert clock_in("Raum 2.04", zones, "Australia/Brisbane") is None
    assert clock_in("klo 9.30", zones, "Australia/Brisbane") == (570, "Australia/Brisbane")


def test_a_french_time_with_spaces_around_its_h_is_read() -> None:
    """Review 128c F8: "lundi et jeudi à 9 h 30" (Paris) was not read, and its hour in Casablanca went unsaid."""
    assert clock_in("lundi et jeudi à 9 h 30", ["Europe/Paris", "Africa/Casablanca"], "Europe/Paris") == (570, "Europe/Paris")


def test_a_time_outside_the_assumed_hours_is_not_said_where_the_clock_reads_it() -> None:
    """Review 132c F6: a daily 08:45 stand-up of an Oslo and Warsaw team, "outside working hours (09:00 to 17:00)" in
    both, on hours nobody answered; its owner chose 08:45 for them as it reads."""
    start, end = dt.date(2024, 9, 1), dt.date(2025, 10, 31)
    assert outside_hours(525, "Europe/Oslo", ["Europe/Oslo", "Europe/Warsaw"], start, end).outside == ()
    london = outside_hours(525, "Europe/Oslo", ["Europe/Oslo", "Europe/London"], start, end)
    assert [zone for zone, *_ in london.outside] == ["Europe/London"]  # 07:45 there

"""(e) A meeting whose audience and owner share no working hour across their time zones: a hint at its audience."""

from __future__ import annotations

import dataclasses

import pytest

from generator.diagnostics import format_path
from generator.questionnaire import draft as dm
from generator.questionnaire.check_meetings import gives_time, is_meeting
from tests.conftest import line_of, mutate, run
from tests.questionnaire.conftest import only_hint

PRIYA = "  - name: Priya Nair\n    role: Head of Customer Operations\n"
SAM = "  - name: Sam Lee\n    role: Project Manager\n"
AUDIENCE = "      audience: [Dana Ortiz, Priya Nair]"
CHANNEL = "      channel: Video call with a written one-page summary"


def zoned(text: str, person: str, zone: str) -> str:
    """Return a text with a person's time zone recorded."""
    return mutate(text, person, f"{person}    time_zone: {zone}\n")


def test_no_shared_hour_hints_at_the_audience(complete: str) -> None:
    text = zoned(complete, PRIYA, "America/Los_Angeles")
    hint = only_hint(text)
    assert format_path(hint.path) == "communication.items[0].audience" and hint.mark.line == line_of(text, AUDIENCE)
    assert hint.message == ("'Steering committee update' is a meeting, but its audience and owner work in "
                            "Europe/Berlin (Dana Ortiz) and America/Los_Angeles (Priya Nair), with no working hour "
                            "(09:00-17:00 local) in common on every day of the project: hold it at two times, or "
                            "split the audience by region (a recording lets the others follow, not take part), and "
                            "say so in its channel:")


def test_hours_to_meet_in_that_the_scope_records_need_no_hint(complete: str) -> None:
    """Review 95b F4: the plan keeps to the hours a constraint records, not to 09:00-17:00 in each zone."""
    text = zoned(complete, PRIYA, "America/Los_Angeles")
    recorded = mutate(text, "  constraints: [No downtime during EU business hours]",
                      "  constraints: [No downtime during EU business hours, Core overlap hours 16:00-18:00 CET]")
    assert run(recorded).hints == []


def test_an_hour_in_common_is_enough(complete: str) -> None:
    assert run(zoned(complete, PRIYA, "America/New_York")).hints == []  # 14:00-15:00 UTC, whatever the clocks do


def test_the_owner_attends(complete: str) -> None:
    hint = only_hint(zoned(complete, SAM, "Pacific/Auckland"))
    assert "Europe/Berlin (Dana Ortiz) and Pacific/Auckland (Sam Lee)" in hint.message


def test_audience_words_reach_people(complete: str) -> None:
    text = mutate(zoned(complete, PRIYA, "Asia/Tokyo"), AUDIENCE, "      audience: [everyone]")
    text = mutate(text, "      owner: Sam Lee                              # a person", "      owner: Dana Ortiz")
    assert "Europe/Berlin (Dana Ortiz) and Asia/Tokyo (Priya Nair)" in only_hint(text).message


@pytest.mark.parametrize("channel", ["E-mail with a one-page summary", "Monthly report in Confluence"])
def test_a_written_item_needs_no_shared_hour(complete: str, channel: str) -> None:
    text = mutate(zoned(complete, PRIYA, "America/Los_Angeles"), CHANNEL, f"      channel: {channel}")
    assert run(text).hints == []


def test_people_without_a_time_zone_are_not_guessed(complete: str) -> None:
    assert run(zoned(complete, "  - name: Fatima Al-Sayed\n    role: Data Protection Officer\n", "Asia/Tokyo")).hints == []


@pytest.mark.parametrize("name,channel,live", [
    ("Steering committee", "Video call", True),
    ("Steering committee", "Teams meeting, recorded", True),
    ("Lenkungsausschuss", "Besprechung vor Ort", True),
    ("Sprint-Review", "Videokonferenz mit Live-Demo", True),
    ("Weekly stand-up", "Teams", True),  # the channel does not say; the name does
    ("Weekly briefing", "E-mail", False),  # the channel says it is written
    ("Status report", "E-mail with a one-page summary", False),
    ("Release notes", "Confluence page", False),
    ("Steering committee", "Teams", True),  # review 92a F1: a committee, a sync, a check-in meet (on Teams too)
    ("Apex weekly technical sync", "Teams", True),
    ("CRO data transfer check-in", "Teams", True),
    ("Steering committee pack", "E-mail", False),
    ("US clinical operations update", "Teams at 15:00 CET / 09:00 ET", True),  # review 92c F5: a channel with a time
    ("Project update", "Teams", False),  # nothing says it is held live
    ("Reunião semanal de acompanhamento", "Teams", True),  # review 10 F2: Portuguese, Spanish, the video tools
    ("Revisión técnica semanal", "Google Meet", True),
    ("Comitê de projeto", "Reunião presencial em Indaial", True),
    ("Comunicado às unidades", "WhatsApp e e-mail", False),
    ("Informe semanal", "Correo electrónico", False),
    ("Refinamento do backlog", "Meet", True),  # review 13 F3: Google Meet by its short name
    ("Revisão da sprint com as lojas", "Teams", True),  # a sprint event's words make it a meeting
    ("Retrospectiva", "", True),
    ("Backlog verfijning", "Teams", True),
    ("Sprint review notes", "Confluence page", False),  # a written channel still says it is written
    ("Daily build report", "Jenkins", False),  # 'daily' alone is no meeting
    # review 81a F5: the written form named first is the item's ("station briefings" relay it)
    ("All-staff MFA notice", "Intranet banner, email and station briefings", False),
    ("Transport Canada liaison", "Formal letter and a call", False),
    ("Weekly offshore sync", "Zoom call, notes in Confluence", True),
    ("ከአቅራቢው ጋር ሳምንታዊ የሂደት ስብሰባ", "Microsoft Teams (በእንግሊዝኛ)", True),  # review 155c F1: Amharic "meeting"
    ("የሂደት ሪፖርት", "Microsoft Teams", False),
])
def test_what_is_a_meeting(name: str, channel: str, live: bool) -> None:
    item = dm.CommunicationItem(name=name, audience=[], purpose="", channel=channel, frequency="", owner=None)
    assert is_meeting(item) is live


@pytest.mark.parametrize("channel, timed", [
    ("Video call at 08:30 Tokyo time (19:30 New York, previous day)", True),
    ("Video call, 8 am Pacific", True), ("Call at 9.15 Berlin time", True), ("Visio à 17h30", True),
    ("Video call with a written one-page summary", False), ("Video call for 2 hours every 3 weeks", False),
    ("Call about release 2.10", False)])
def test_a_channel_that_gives_the_time_needs_no_hint(complete: str, channel: str, timed: bool) -> None:
    """Review 31 F6: the hint (and the plan) said "no shared working hour" of a meeting whose channel gave its time."""
    assert gives_time(channel) is timed
    text = mutate(zoned(complete, PRIYA, "America/Los_Angeles"), CHANNEL, f"      channel: {channel}")
    assert (run(text).hints == []) is timed


def test_a_time_given_in_an_items_purpose_or_frequency_is_its_time() -> None:
    """Review 62a F3: "Go/no-go at 23:00 and status at 04:30 on each cutover night" was given 10:00-17:00."""
    from generator.questionnaire.check_meetings import gives_time

    assert gives_time("Conference bridge", "on each cutover night", "Go/no-go at 23:00 and status at 04:30")
    assert gives_time(None, "weekly, Mondays at 9am", None)
    assert not gives_time("Video call", "weekly", "Review the plan")


def test_talking_points_for_others_meetings_are_no_meeting_and_a_walkthrough_is_one() -> None:
    """Review 69b F2: "Intranet news item and unit huddle talking points" was given meeting times; review 67c: a
    "Dashboard walkthrough with a written summary" was left out of them."""
    from types import SimpleNamespace

    bulletin = SimpleNamespace(channel="Intranet news item and unit huddle talking points",
                               name="Clinical change bulletin", format=None)
    review = SimpleNamespace(channel="Dashboard walkthrough with a written summary", name="Delivery performance review",
                             format=None)
    assert not is_meeting(bulletin) and is_meeting(review)  # type: ignore[arg-type]


@pytest.mark.parametrize("name,channel,form,live", [
    ("Apex weekly technical sync", "Teams", "Meeting with action log in SharePoint", True),
    ("Shift-start huddle notes", "Huddle board + team leader read-out at shift start (all 3 shifts)",
     "Half-page notice, plain English and Spanish", False),
    ("Project update", "Teams", "Half-page notice", False),
    ("Project update", "Teams", "Call with slides", True),
    ("Weekly status report", "E-mail", "Meeting minutes", False),  # the channel says it is written
])
def test_an_items_format_says_whether_it_is_held_live(name: str, channel: str, form: str, live: bool) -> None:
    """Review 92a F1: a sync on Teams whose format was "Meeting with action log" had no meeting time, and a notice
    posted on a huddle board and read out at each shift start was given one."""
    item = dm.CommunicationItem(name=name, audience=[], purpose="", channel=channel, frequency="", format=form,
                                owner=None)
    assert is_meeting(item) is live


def test_a_meeting_held_in_person_needs_no_shared_hour() -> None:
    """Review 94b F3: "Presencial en la charla de inicio de turno" at the mine was given a time-zone problem with the
    vendor's people in Perth; one that people also join by video still has one."""
    from generator.questionnaire.check_meetings import in_person

    assert in_person("Presencial en la charla de inicio de turno, sala de despacho")
    assert in_person("In person, union office") and in_person("On site at the plant")
    assert not in_person("In person and on Teams for the vendor") and not in_person("Video call")
    assert not in_person(None)


def test_a_meeting_named_in_a_nordic_language_is_a_meeting() -> None:
    """Review 97c F3: "Teams-møde kl. 09.00 dansk tid" was read as no meeting, and left out of the meeting times."""
    item = dm.CommunicationItem(name="Styregruppemøde", audience=["team"], purpose="Beslutninger",  # type: ignore[call-arg]
                                channel="Teams-møde med skriftligt oplæg", frequency="månedligt", owner="Rasmus")
    assert is_meeting(item)
    assert is_meeting(dataclasses.replace(item, name="Styrgruppsmöte", channel="Möte i Stockholm"))



def test_a_meeting_word_ending_a_compound_makes_a_meeting() -> None:
    """Review 99a F1: "Leveransmöte med Nordkonsult" on Teams was read as no meeting, and left out of the meeting
    times of a plan whose supplier works in Warsaw."""
    item = dm.CommunicationItem(name="Leveransmöte med Nordkonsult", audience=["team"],  # type: ignore[call-arg]
                                purpose="Genomgång av framdrift", channel="Teams", frequency="varje vecka",
                                owner="Johan")
    assert is_meeting(item)
    for name in ("Projektbesprechung", "Teamoverleg", "Leveransemøte", "Statusrapport"):
        assert is_meeting(dataclasses.replace(item, name=name)) is (name != "Statusrapport"), name


def test_a_nordic_clock_time_and_the_notes_kept_of_a_meeting_are_read() -> None:
    """Review 103c F7: "ukentlig, mandag kl. 09.00" gave no time, and a weekly sync on Microsoft Teams "notes in the
    shared Confluence space" was read as written and left out of the meeting times."""
    from types import SimpleNamespace

    assert gives_time(None, "ukentlig, mandag kl. 09.00", None) and gives_time(None, "klo 9.30", None)
    assert not gives_time(None, "version 2.10", None)

    def item(channel: str, frequency: str = "weekly") -> SimpleNamespace:
        return SimpleNamespace(name="Joint integration sync", channel=channel, format=None, frequency=frequency)

    assert is_meeting(item("Microsoft Teams (bank tenant), notes in the shared Confluence space",  # type: ignore[arg-type]
                           "weekly, Tuesday 11:00 SAST (10:00 BST, 14:30 IST)"))
    assert not is_meeting(item("Email with minutes in SharePoint"))  # type: ignore[arg-type]
    assert not is_meeting(item("Confluence page"))  # type: ignore[arg-type]


def test_a_korean_video_meeting_that_posts_its_minutes_is_a_meeting() -> None:
    """Review 108c F5: "화상 회의 (영어·한국어 순차 통역), 회의록 Confluence 게시" (a video meeting, its minutes posted)
    was read as written, and the meeting-times table left out the meeting crossing the most time zones."""
    from generator.questionnaire import model as m

    def held(channel: str) -> bool:
        return is_meeting(m.CommunicationItem(name="주간 리뷰", audience=["team"], purpose="p", channel=channel,
                                              frequency="매주"))
    assert held("화상 회의 (영어·한국어 순차 통역), 회의록 Confluence 게시") and held("대면 회의 + 1페이지 요약 보고서")
    assert not held("회의록 이메일 공유")  # the minutes by e-mail


def test_meetings_and_letters_named_in_more_languages_are_read() -> None:
    """Review 115a F7: an Urdu steering committee's "اجلاس" and a Latvian "sanāksme" were left out of the meeting
    times; a letter or an e-mail in those languages stays written."""
    from generator.questionnaire.check_meetings import _says

    for live in ("Sēde ostas pārvaldē", "اسٹیئرنگ کمیٹی کا اجلاس", "შეხვედრა კომისიაში", "Mkutano ofisini Nyeri",
                 "Posėdis būstinėje"):
        assert _says(live) is True, live
    for written in ("E-pasta vēstkopa", "Barua rasmi", "ای میل", "Laiškas el. paštu"):
        assert _says(written) is False, written


def test_hindi_marathi_and_malayalam_meetings_are_live() -> None:
    """Review 123b F3: a Malayalam "വീഡിയോ കോൾ" (video call) with a London adviser left out of the meeting times."""
    from generator.questionnaire.check_meetings import LIVE

    for channel in ("വീഡിയോ കോൾ, ഇംഗ്ലീഷിൽ", "മാസത്തിലെ യോഗം", "मासिक बैठक", "वीडियो कॉल पर", "व्हिडिओ कॉल"):
        assert LIVE.search(channel), channel
    assert not LIVE.search("ई-मेल से रिपोर्ट")

"""Hints about the communication plan's meetings: an audience spread over time zones with no working hour in common.

The working hours are the rule the communication plan's time-zone section states
(`generator.questionnaire.working_hours.shared_hours`: 09:00-17:00 local on every day of the
project), applied to one item's audience and owner.  Only a meeting needs a shared hour:
an item is one when its channel says so (a call, a video conference, a meeting), or when
its channel is not plainly written (e-mail, a report, a dashboard) and its name says so:
a meeting word, or a word of a meeting always held live (`live_names`: the daily
meeting, a sprint review, a retrospective... in the languages ``generator/data/meetings.yaml``
knows), the same words the communication plan merges standard meetings by.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.questionnaire.checking import Checking, in_words, items
from generator.questionnaire.organizations import any_word
from generator.questionnaire.working_hours import WORKDAY, day_offsets, gives_hours, meeting_zones, shared_hours
from generator.resources import knowledge

# Words that make an item a live meeting or a written one (English, German, French, Portuguese, Spanish,
# Italian; the start of a word, so "Videokonferenz" and "meetings" count; the video meeting tools by name, but not
# Teams, which is a chat as often as a meeting).
LIVE = re.compile(r"\b(?:meeting|call|video|conference|webinar|workshop|session|huddle|stand-?up|briefing|retro|walk-?through"
                  r"|demo|town hall|in person|face[ -]to[ -]face|on site|besprechung|sitzung|konferenz|telefon"
                  r"|vor ort|réunion|visio|appel|reunião|reuniões|reunión|reuniones|riunione|videochamada"
                  r"|videollamada|videoconfer|presencial|zoom|meet|webex|vergadering|overleg"
                  # Danish, Norwegian, Swedish, Finnish, Polish (review 97c F3: "Teams-møde kl. 09.00" read as no meeting)
                  r"|møde|møder|mødet|møte|møter|møtet|möte|möten|mötet|kokous|palaveri|spotkanie|spotkania"
                  # Latvian, Estonian, Lithuanian, Bulgarian, Russian, Kazakh, Georgian, Catalan, Swahili, Persian,
                  # Urdu, Bengali, Sinhala (review 115a F7: meetings named in Urdu and Latvian left out of the
                  # meeting times)
                  r"|sapulce|sanāksme|tikšanās|sēde|koosolek|kohtumine|susitikim|posėd|pasitarim|среща|заседание"
                  r"|совещани|встреч|планерк|жиналыс|кездесу|отырыс|შეხვედრა|სხდომა|ვიდეოზარ|reunió|trobada"
                  r"|videoconferència|mkutano|kikao|جلسه|تماس تصویری|اجلاس|میٹنگ|ویڈیو|সভা|বৈঠক|ভিডিও কল|රැස්වීම"
                  r"|ඇමතුම"
                  # Hindi, Marathi, Malayalam (review 123b F3: "വീഡിയോ കോൾ" left out of the meeting times)
                  r"|बैठक|वीडियो कॉल|वीडियो कॉन्फ्रेंस|व्हिडिओ कॉल|യോഗം|മീറ്റിംഗ്|വീഡിയോ കോൾ|ഓൺലൈൻ യോഗം)"
                  # Korean, Japanese, Chinese (review 108c F5: "화상 회의 ..., 회의록 Confluence 게시" read as written;
                  # not the minutes, 회의록, 議事録)
                  r"|회의(?!록)|화상|미팅|대면|会議|ミーティング|打ち合わせ|会议|面对面|视频"
                  # Amharic, its words taking prefixes and endings (review 155c F1: "ከአቅራቢው ጋር ሳምንታዊ የሂደት ስብሰባ",
                  # the weekly meeting with the supplier in Shanghai, left out of the meeting times)
                  r"|ስብሰባ|የቪዲዮ ጥሪ|ቪዲዮ ኮንፈረንስ",
                  re.IGNORECASE)
WRITTEN = re.compile(r"\b(?:e-?mail|mail|newsletter|report|dashboard|wiki|confluence|intranet|sharepoint|portal"
                     r"|slack|chat|memo|letter|bericht|rundschreiben|rapport|courriel|relatório|informe|boletim"
                     r"|boletín|whatsapp|correo|notice|handout|leaflet|poster|flyer"
                     # the same languages' letters, e-mails and reports
                     r"|e-pasts|e-pasta|vēstule|ziņojum|e-kiri|e-post|aruanne|laišk|ataskait|имейл|писмо|доклад"
                     r"|письм|отчет|отчёт|хат|есеп|წერილ|ელფოსტ|correu|butlletí|barua|ripoti|نامه|ایمیل|گزارش|خط"
                     r"|ای میل|رپورٹ|سرکلر|ইমেইল|চিঠি|প্রতিবেদন|ලිපිය|වාර්තාව)", re.IGNORECASE)
# ... and words that make an item a meeting in its name only ("Steering committee" on Teams; a channel "Steering
# committee pack by e-mail" is written)
NAMED_LIVE = re.compile(r"\b(?:committee|steering|sync|check-?in|catch-?up|touchpoint|jour fixe|lenkungskreis"
                        r"|comité|comite|comitato)\b", re.IGNORECASE)
# an item held in one place, nobody joining from afar ("Presencial en la charla de inicio de turno": review 94b F3, a
# site meeting at the mine given a time-zone problem with the vendor's people in Perth)
IN_PERSON = re.compile(r"\b(?:in person|in-person|face[ -]to[ -]face|on site|on-site|onsite|presencial\w*|vor ort"
                       r"|en présentiel|sur site|ter plaatse|in presenza|presencialmente)\b", re.IGNORECASE)
REMOTE = re.compile(r"\b(?:video|teams|zoom|webex|meet|call|visio|online|remote|hybrid|híbrid\w*|dial-in|bridge"
                    r"|videollamada|videochamada|videoconfer\w*|telefon\w*|phone|llamada)\b", re.IGNORECASE)


def in_person(channel: Optional[str]) -> bool:
    """Return True when an item's channel says it is held in person and names no way to join from afar."""
    return bool(channel and IN_PERSON.search(channel) and not REMOTE.search(channel))


SHOWN_PER_ZONE = 2  # people named per time zone in the hint; the rest are counted


def is_meeting(item: dm.CommunicationItem) -> bool:
    """Return True when a communication item is held live: its channel says so, or gives the clock time it is held
    at, or its channel is not plainly written and its format or (failing that) its name says so."""
    # "unit huddle talking points": material for others' meetings, not a meeting of the plan (review 69b F2)
    channel, name = _MATERIAL.sub(" ", item.channel or ""), _MATERIAL.sub(" ", item.name or "")
    form = _MATERIAL.sub(" ", item.format or "")
    said = _says(channel)
    if said is not None:  # (a channel naming a written form says so: what follows reads a channel that names neither)
        return said
    # "Teams at 15:00 CET / 09:00 ET" (review 92c F5); "diaria, 8:30 hora de Ciudad de México" (review 93b F2)
    if gives_time(channel, item.frequency):
        return True
    said = _says(form)  # "Meeting with action log in SharePoint" on Teams (review 92a F1); "Half-page notice"
    if said is not None:
        return said
    return bool(LIVE.search(name) or COMPOUND_LIVE.search(name) or NAMED_LIVE.search(name)
                or live_names().search(name))


# a meeting word ending a compound, as Nordic, German and Dutch write them ("Leveransmöte", "Projektbesprechung",
# "Teamoverleg": review 99a F1, a supplier meeting on Teams left out of the meeting times)
COMPOUND_LIVE = re.compile(r"\w(?:möte|möten|mötet|møde|møder|mødet|møte|møter|møtet|besprechung|sitzung|konferenz"
                           r"|overleg|vergadering|kokous|palaveri|spotkanie)\b", re.IGNORECASE)


def _says(text: str) -> Optional[bool]:
    """Return whether words (a channel, a format) say an item is held live (True) or written (False), None where
    they say neither: the form they name first where they name both as alternatives."""
    live, written = LIVE.search(text), WRITTEN.search(text)
    if live and written and written.start() < live.start() and re.search(
            r",|;|\s(?:and|plus|und|et|e|y|en|og|och)\s", text[written.end():live.start()]):
        return False  # its form is the written one it names first ("Intranet banner, email and station briefings",
        # "Formal letter and a call": review 81a F5, a notice to 6,800 staff was given a meeting time)
    if live:
        return True
    return False if written else None


# ... and a board or notes posted for people to read ("Huddle board + team leader read-out", "Shift-start huddle
# notes": review 92a F1, a notice read out at each of three shifts was given a meeting time)
_MATERIAL = re.compile(r"\b[\w-]+\s+(?:talking points|speaking notes|slides|briefing pack|cascade pack|notes)\b"
                       r"|\b(?:huddle|notice|bulletin)\s*board\b"
                       # the record kept of a meeting ("Microsoft Teams, notes in the shared Confluence space": review
                       # 103c F7, a weekly sync across three time zones read as written)
                       r"|\b(?:notes|minutes|action (?:log|items)|actions)\s+(?:(?:kept|posted|shared|filed|stored)\s+)?"
                       r"(?:in|on|to)\s+[^,;.]*", re.IGNORECASE)


# a clock time ("08:30", "8.30", "8 am", "19h30", "9 h 30": review 128c F8): a channel that gives one says when the meeting is held
# ("9.15" only with what makes it a time: "9.15 Berlin time", "9.15 am"; "release 2.10" is not one)
CLOCK_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])(?:[:h][0-5]\d\b|\s+h\s+[0-5]\d\b|\s?[ap]\.?m\b|\.[0-5]\d(?=\s*(?:[ap]\.?m\b|uhr\b"
                        r"|utc\b|gmt\b|local\b|\w+\s+time\b)))"
                        # "mandag kl. 09.00", "klo 9.30", "godz. 9.00" (review 103c F7)
                        r"|\b(?:kl|klo|godz)\.?\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\b"
                        # "às 14h de Brasília" (review 123c F6): hours alone, with the place they are of
                        r"|\b(?:[01]?\d|2[0-3])h\s+(?:de|em|in|à|a)\s+(?=[^\W\d_])", re.IGNORECASE)


# words of a channel saying how people in zones with no shared hour take part: a recording, alternating times,
# sessions by region (review 73a F3: "All-hands meeting, recorded" still had the note beside it)
ARRANGED = re.compile(r"\b(?:record(?:ed|ing|ings)?|alternat\w*|rotat\w*|two sessions|twice|by region|per region"
                      r"|regional sessions|async\w*|aufgezeichnet|aufzeichnung|enregistr\w*|grabad\w*|gravad\w*"
                      r"|registrat\w*|opgenomen|opname|nagran\w*|録画|录像)\b", re.IGNORECASE)


def arranged(*texts: Optional[str]) -> bool:
    """Return True when a communication item's words say how people who share no working hour take part
    (`ARRANGED`)."""
    return any(ARRANGED.search(text or "") for text in texts)


def gives_time(*texts: Optional[str]) -> bool:
    """Return True when a communication item's words (its channel, frequency or purpose) give the time it is held
    at ("at 08:30 Tokyo time", "Go/no-go at 23:00", review 62a F3)."""
    return any(CLOCK_TIME.search(text or "") for text in texts)


@functools.lru_cache(maxsize=None)
def live_names() -> re.Pattern[str]:
    """Return how to find, as whole words, the words of a meeting always held live (the groups of
    ``generator/data/meetings.yaml`` marked ``live``: "stand-up", "retrospectiva", "revisão da sprint")."""
    groups = [g for g in knowledge("meetings.yaml")["equivalents"] if g.get("live")]
    return any_word([str(w) for g in groups for w in g.get("words") or []])


def attendees(c: Checking, item: dm.CommunicationItem) -> list[str]:
    """Return the people an item's audience (its words spelled out) and its owner name, in the order written."""
    names: list[str] = []
    for word in item.audience or []:
        if word in ("stakeholders", "everyone"):
            names += c.broad()
        elif word == "team":
            team = c.team()
            names += [p for p in c.people() if p in team]
        elif word:
            names.append(word)
    if item.owner:
        names.append(item.owner)
    return list(dict.fromkeys(m.same_name(name) for name in names))


def time_zones(c: Checking) -> dict[str, tuple[str, str]]:
    """Return each person's recorded time zone, with the name as written, by name as names are compared."""
    return {m.same_name(p.name): (p.time_zone, p.name) for i, p in items(c.q.people)
            if p.name and p.time_zone and not c.draft.failed(("people", i, "time_zone"))}


def zones_of(zone_of: dict[str, tuple[str, str]], people: list[str]) -> dict[str, list[str]]:
    """Return the time zones of some people (``zone_of``: see `time_zones`), each with its people, in the order
    first met."""
    out: dict[str, list[str]] = {}
    for name in people:
        if name in zone_of:
            zone, written = zone_of[name]
            out.setdefault(zone, []).append(written)
    return out


def who(zones: dict[str, list[str]]) -> str:
    """Return the zones and their people in words: 'Asia/Singapore (Wei Ling Tan) and America/Toronto (...)'."""
    parts = []
    for zone, people in zones.items():
        named = people[:SHOWN_PER_ZONE] + ([f"{len(people) - SHOWN_PER_ZONE} more"] if len(people) > SHOWN_PER_ZONE else [])
        parts.append(f"{zone} ({in_words(named)})")
    return in_words(parts)


def hint_meeting_hours(c: Checking) -> None:
    """Hint at a meeting whose audience and owner share no working hour across their recorded time zones."""
    start, end = c.project_dates()
    comm = c.q.communication
    if start is None or end is None or comm is None:
        return
    zone_of = time_zones(c)
    if len({zone for zone, _ in zone_of.values()}) < 2:
        return
    scope = c.q.scope
    if scope is not None and any(isinstance(t, str) and gives_hours(t) for t in (*(scope.constraints or []),
                                                                               *(scope.assumptions or []))):
        return  # the hours to meet in are recorded: the plan keeps to them (review 95b F4)
    for i, item in items(comm.items):
        if not is_meeting(item) or in_person(item.channel):  # held where its people are (review 94b F3)
            continue
        people = attendees(c, item)
        zones = zones_of(zone_of, people)
        if gives_time(item.channel, item.frequency, item.purpose) or arranged(item.channel):  # the time is set, or
            continue  # how the others take part is said
        owner = zone_of.get(m.same_name(item.owner or ""), (None, ""))[0]
        in_order = meeting_zones([zone for name, (zone, _) in zone_of.items() if name in people], owner)
        if len(zones) >= 2 and shared_hours([day_offsets(zone, start, end) for zone in in_order]) is None:
            c.hint(("communication", "items", i, "audience"),
                   f"'{item.name}' is a meeting, but its audience and owner work in {who(zones)}, with no working "
                   f"hour ({WORKDAY[0]:02d}:00-{WORKDAY[1]:02d}:00 local) in common on every day of the project: "
                   "hold it at two times, or split the audience by region (a recording lets the others follow, "
                   "not take part), and say so in its channel:")

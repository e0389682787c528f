"""The clock time a meeting's entry gives, and who it falls outside working hours for.

A meeting held "daily, 10:30 ET / 11:30 ART" is held at the first time its words give, in the
time zone named after it (an abbreviation such as ET or CET, or a zone's city: "9:00 Sydney
time"), else in its owner's zone.  On every day of the project (`working_hours.sampled_days`)
that time is read in each of its people's zones: where it falls outside `working_hours.WORKDAY`
on any day, the plan says so (reviews 97b F2, 99b F5: a stand-up at 07:30 for the tech lead in
Los Angeles was said to be "held at the time its entry gives", and nothing more).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Sequence

from generator.record import Record
from generator.questionnaire.working_hours import WORKDAY, day_offsets, sampled_days

# a clock time: "10:30", "9.15 am", "8 am", "19h30", "9 h 30" (French spacing, review 128c F8); its hour, minutes
# and the half of the day
_CLOCK = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])(?:(?:[:h.]|\s+h\s+)([0-5]\d)|(h)\b)?\s?(?:([ap])\.?m\.?)?(?![\d:])", re.IGNORECASE)
# a number naming a place, written before it: "room 5.12", "Raum 2.04", "salle 3.10", "Level 5" (review 128a F1)
_PLACE = re.compile(r"\b(?:room|rm|level|floor|building|bldg|suite|office|raum|saal|salle|sala|zaal|lokaal|aula|"
                    r"stanza|piso|andar|étage|etage|stock|gebäude|bâtiment|edificio|gebouw)\.?\s*(?:[\w-]+\s+)?$",
                    re.IGNORECASE)
# the abbreviations of time zones written after a time, each as one zone of the same clock (ambiguous ones, such as
# IST or CST, are left out: the owner's zone is used)
ABBREVIATIONS = {
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "ct": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "gmt": "Europe/London", "bst": "Europe/London", "uk": "Europe/London",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "eet": "Europe/Athens", "eest": "Europe/Athens",
    "utc": "UTC", "kst": "Asia/Seoul", "jst": "Asia/Tokyo", "sgt": "Asia/Singapore", "hkt": "Asia/Hong_Kong",
    # AEST is UTC+10 all year, Brisbane's clock (review 117c F4: read as Sydney's, which changes in summer)
    "aest": "Australia/Brisbane", "aedt": "Australia/Sydney", "awst": "Australia/Perth", "acst": "Australia/Adelaide",
    "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland", "art": "America/Argentina/Buenos_Aires",
    "brt": "America/Sao_Paulo", "wib": "Asia/Jakarta", "sast": "Africa/Johannesburg", "eat": "Africa/Nairobi",
    # "10:00 hora del Pacífico", "heure du Pacifique" (review 125c F2: read as the owner's Mexico City time)
    "pacífico": "America/Los_Angeles", "pacifico": "America/Los_Angeles", "pacifique": "America/Los_Angeles",
    "montaña": "America/Denver",
}
# (a word of an Indic script with its vowel signs, which are no word characters: "8:00 वॉशिंगटन", review 123a F5)
# (after "de", "em", "in": "14h de Brasília", review 123c F6)
_AFTER = re.compile(r"\s*\(?\s*(?:(?:de|em|da|do|in|at|à|a|en|hora del?|hora do|horário de|heure du|heure de|ora del)\s+)?((?:[^\W\d_]|[\u0900-\u0dff])+)"
                    r"(?:\s+time)?(?![\w\u0900-\u0dff])", re.IGNORECASE)
# cities written in another script, as their zones name them (review 115c F1: "09:00 Лондон" read in the owner's zone)
CITIES = {"лондон": "london", "москва": "moscow", "париж": "paris", "берлин": "berlin", "дубай": "dubai",
          "стамбул": "istanbul", "алматы": "almaty", "астана": "almaty", "атырау": "atyrau", "ташкент": "tashkent",
          "киев": "kyiv", "київ": "kyiv", "варшава": "warsaw", "мумбай": "kolkata", "токио": "tokyo",
          "сингапур": "singapore", "لندن": "london", "دبی": "dubai", "دبي": "dubai", "تهران": "tehran",
          "استانبول": "istanbul", "کراچی": "karachi", "کوالالمپور": "kuala_lumpur",
          "თბილისი": "tbilisi", "ტალინი": "tallinn", "ვარშავა": "warsaw", "ლონდონი": "london",
          # Washington keeps New York's clock; Hindi and Marathi names of cities (review 123a F5: "सुबह 8:00 वॉशिंगटन"
          # read as 08:00 in the owner's Kolkata)
          "brasília": "sao_paulo", "brasilia": "sao_paulo", "lisboa": "lisbon", "washington": "new_york", "वॉशिंगटन": "new_york", "वाशिंगटन": "new_york", "न्यूयॉर्क": "new_york",
          "लंदन": "london", "दिल्ली": "kolkata", "मुंबई": "kolkata", "सिंगापुर": "singapore", "दुबई": "dubai"}


class Fixed(Record):
    """Return a meeting's fixed time: minutes after midnight, in a zone; and its people's zones where it falls outside
    working hours on some day, each with the local times it falls at there."""

    minutes: int
    zone: str
    outside: tuple[tuple[str, tuple[str, ...], bool], ...]  # (zone, its local times so, on every day)


def clock_in(text: str, zones: Sequence[str], owner_zone: Optional[str]) -> Optional[tuple[int, str]]:
    """Return the first clock time a text gives and its zone: the abbreviation or the city after it (a city of one of
    ``zones``), else ``owner_zone``; None when it gives no time or no zone can be read."""
    for found in _CLOCK.finditer(text):
        hour, minute, half = int(found.group(1)), int(found.group(2) or 0), (found.group(4) or "").casefold()
        hours_only = bool(found.group(3))  # "14h de Brasília": a time where a place follows (not "2h", two hours)
        if not found.group(2) and not half and not hours_only:
            continue  # "9" alone is no time ("every 2 weeks", "Q3")
        if found.group(2) and text[found.end(1)] == "." and _PLACE.search(text, 0, found.start()):
            continue  # "Level 5 room 5.12" is a room (review 128a F1: read as a meeting at 05:12)
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        after = _AFTER.match(text, found.end())
        word = after.group(1).casefold() if after else ""
        zone = ABBREVIATIONS.get(word)
        if zone is not None:  # "09:00 CET" of a Zagreb team: Zagreb's time, not Paris's (review 116a F7)
            zone = next((z for z in zones if z != zone and _same_clock(z, zone)), zone)
        zone = zone or next((z for z in zones if word and _names_city(word, z)), None)
        if hours_only and zone is None:
            continue
        zone = zone or owner_zone
        return (hour * 60 + minute, zone) if zone else None
    return None


def _same_clock(one: str, other: str) -> bool:
    """Return True when two zones keep the same clock all year (Europe/Zagreb and Europe/Paris), compared on the
    days working hours are (`working_hours.day_offsets`) through a year."""
    year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    return day_offsets(one, *year) == day_offsets(other, *year)


def _names_city(word: str, zone: str) -> bool:
    """Return True when a word after a time names a zone's city: its start ("9:00 Syd"), or the city inflected
    ("09:00 Dublino", Lithuanian for Dublin's: review 114c F1, read as the owner's Vilnius time)."""
    city = zone.rsplit("/", 1)[-1].replace("_", " ").casefold()
    word = CITIES.get(word, word).replace("_", " ")
    return city.startswith(word) or (len(city) >= 4 and word.startswith(city))


def outside_hours(minutes: int, zone: str, zones: Sequence[str], start: dt.date, end: dt.date) -> Fixed:
    """Return a meeting held at ``minutes`` in ``zone`` with the ``zones`` of its people where that time falls outside
    working hours on a day of the project (`working_hours.sampled_days`): not those whose clock reads that time all
    through the project (the owner's own, and any keeping the same clock), for whom it was chosen as written."""
    import zoneinfo  # only for a meeting whose entry gives its time

    days = sampled_days(start, end)
    held = zoneinfo.ZoneInfo(zone)
    outside: list[tuple[str, tuple[str, ...], bool]] = []
    for other in dict.fromkeys(zones):
        there = zoneinfo.ZoneInfo(other)
        local = [dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), held).astimezone(there)
                 for day in days]
        if all(_clock(at) == minutes for at in local):  # the time its entry gives, chosen for them as it reads
            continue  # (review 132c F6: a daily 08:45 stand-up of an Oslo and Warsaw team was "outside working hours")
        late = [at for at in local if not WORKDAY[0] * 60 <= _clock(at) < WORKDAY[1] * 60]
        if late:
            outside.append((other, tuple(dict.fromkeys(at.strftime("%H:%M") for at in sorted(late, key=_clock))),
                            len(late) == len(local)))
    return Fixed(minutes, zone, tuple(outside))


def _clock(at: dt.datetime) -> int:
    """Return a time's minutes after midnight (to order local times)."""
    return at.hour * 60 + at.minute

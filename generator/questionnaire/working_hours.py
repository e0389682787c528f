"""The working hours people in several time zones share: 09:00-17:00 local time on every day of the project,
given in one zone's time (a meeting's owner's, the plan's project manager's), daylight saving time included.

The communication plan and the validate hint read this one rule, so a meeting the plan
gives hours for is never one the check says has none.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Optional

WORKDAY = (9, 17)  # the working hours a shared meeting window assumes, in each person's local time
SAMPLED_DAYS = 3 * 366 // 3  # every third day of three years: any clock change shows, however long the project

_HOUR = r"(?<![\d:.])(?:[01]?\d|2[0-3])"
_MARK = r"(?:[:h.][0-5]\d(?![\d.])(?:\s?(?:[ap]\.?m\.?|uhr|h))?|\s?(?:[ap]\.?m\.?|uhr)\b|h\b|時)"
_JOIN = r"\s*(?:[-\u2013\u2014~\uff5e\u301c]|to|until|till|bis|à|a|al|até|tot|alle|から)\s*"
_BETWEEN = r"(?:between|zwischen|entre|tra|fra|tussen)\s+"
_AND = r"\s+(?:and|und|et|y|e|en)\s+"
# two clock times joined as a span, one of them written as a time: "11:00-14:00", "9am to 1pm", "10 bis 15 Uhr",
# "de 10h à 16h", "between 9am and 11am", "10時～15時"
_SPAN = re.compile("|".join(f"{before}{_HOUR}{one}{join}{_HOUR}{two}"
                            for before, join in (("", _JOIN), (_BETWEEN, _AND))
                            for one, two in ((_MARK, f"(?:{_MARK})?(?!\\d)"), (f"(?:{_MARK})?", _MARK))),
                   re.IGNORECASE)
# words saying the span is when people work or meet together (core hours, overlap, Kernzeit, plage commune...)
_TOGETHER = re.compile(r"\b(?:core|overlap\w*|shared|common|working hours|office hours|meetings?|kern\w*|"
                       r"gemeinsam\w*|überschneid\w*|besprechung\w*|plage|heures? communes?|commune?s?|réunions?|"
                       r"horario común|solap\w*|reunion\w*|reuniões|orario comune|sovrappos\w*|riunion\w*|"
                       r"horário comum|sobreposiç\w*|overlap|gezamenlijk\w*|vergader\w*)\b|コアタイム|共通|会議",
                       re.IGNORECASE)


# the weekend of the places whose working week is not Monday to Friday (weekday numbers, Monday 0), by time zone: a
# Dhaka organization works Sunday to Thursday, a Tehran one Saturday to Wednesday (reviews 114a F9, 114b F6: "126
# working days (Monday to Friday)" for a Bangladeshi microfinance institution)
WEEKENDS = {
    **dict.fromkeys(("Asia/Dhaka", "Asia/Riyadh", "Asia/Kuwait", "Asia/Qatar", "Asia/Bahrain", "Asia/Muscat",
                     "Asia/Jerusalem", "Asia/Tel_Aviv", "Asia/Amman", "Asia/Baghdad", "Africa/Cairo", "Africa/Algiers",
                     "Africa/Khartoum", "Africa/Tripoli", "Asia/Aden"), (4, 5)),
    **dict.fromkeys(("Asia/Tehran", "Asia/Kabul"), (3, 4)),
}
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekend(zone: Optional[str]) -> tuple[int, int]:
    """Return the weekend of a time zone's place (Saturday and Sunday unless `WEEKENDS` says otherwise)."""
    return WEEKENDS.get(zone or "", (5, 6))


def working_week(zone: Optional[str]) -> str:
    """Return a zone's working week in words: "Monday to Friday", "Sunday to Thursday"."""
    first = (weekend(zone)[1] + 1) % 7
    return f"{_DAY_NAMES[first]} to {_DAY_NAMES[(first + 4) % 7]}"


def working_days(start: dt.date, end: dt.date, zone: Optional[str] = None) -> int:
    """Return the working days (`weekend`) after ``start`` up to and including ``end`` (0 when end is not later)."""
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    off = weekend(zone)
    extra = sum(1 for k in range(1, rest + 1) if (start + dt.timedelta(k)).weekday() not in off)
    return weeks * 5 + extra


def sampled_days(start: dt.date, end: dt.date) -> list[dt.date]:
    """Return the days working hours are compared on: every third day from ``start`` (for at most three years,
    as clocks change on the same dates every year) and ``end``."""
    days = [start + dt.timedelta(days=3 * n) for n in range(min((end - start).days // 3 + 1, SAMPLED_DAYS))]
    return days + [end]


@functools.lru_cache(maxsize=64)
def day_offsets(zone: str, start: dt.date, end: dt.date) -> tuple[dt.timedelta, ...]:
    """Return a time zone's offset from UTC at noon local time on each of the project's days (``sampled_days``),
    in order: the same days for every zone, so that offsets of several zones compare day by day."""
    import zoneinfo  # ~4 ms with sysconfig: only for a questionnaire that names time zones

    info = zoneinfo.ZoneInfo(zone)
    noon = dt.time(12)
    return tuple(info.utcoffset(dt.datetime.combine(day, noon)) or dt.timedelta() for day in sampled_days(start, end))


def meeting_zones(zones: Sequence[str], first: Optional[str] = None) -> tuple[str, ...]:
    """Return the time zones of a meeting's people (``zones``, in the register's order), each once, the zone its
    times are given in first: ``first`` (its owner's, who sends the invitation) when among them, else the first."""
    ordered = tuple(dict.fromkeys(zones))
    return ((first,) + tuple(z for z in ordered if z != first)) if first in ordered else ordered


def shared_hours(offsets: Sequence[Sequence[dt.timedelta]]) -> Optional[tuple[dt.timedelta, dt.timedelta]]:
    """Return the hours (from midnight) when people at these offsets (`day_offsets` per zone) are all within their
    working hours (``WORKDAY``) on every day, or None when they share none.

    The hours are in the first zone's local time: a recurring meeting keeps its time in the calendar of whoever
    sends it, so where the clocks change on the same dates (Toronto and Vancouver) the window keeps its length all
    year, and where they change on different dates it is what holds in every week.
    """
    reference = offsets[0]
    days = range(len(reference))
    begin = max(dt.timedelta(hours=WORKDAY[0]) - found[i] + reference[i] for found in offsets for i in days)
    end = min(dt.timedelta(hours=WORKDAY[1]) - found[i] + reference[i] for found in offsets for i in days)
    return (begin, end) if begin < end else None


def shifts(found: Sequence[dt.timedelta], reference: Sequence[dt.timedelta]) -> tuple[dt.timedelta, ...]:
    """Return how far a zone's clock is ahead of the reference zone's (``found`` and ``reference``: `day_offsets`)
    over the project, each once, the most frequent first (then the smallest)."""
    counts: dict[dt.timedelta, int] = {}
    for mine, theirs in zip(found, reference):
        counts[mine - theirs] = counts.get(mine - theirs, 0) + 1
    return tuple(sorted(counts, key=lambda shift: (-counts[shift], shift)))


def gives_hours(text: str) -> bool:
    """Return True when an answer sets the hours people meet or work together in ("core overlap hours 11:00-14:00
    Central", "Kernzeit 10 bis 15 Uhr"): a span of two clock times and words about working or meeting together
    (review 81c F4: the plan worked out a window of its own beside the one the constraints agreed)."""
    return bool(_SPAN.search(text) and _TOGETHER.search(text) and not _SYSTEMS.search(text))


# words of a system's or a service's hours, not people's ("No counter downtime during office hours (Mon-Fri 7:30am-5:00pm
# Pacific)", review 86c F3: read as the hours to meet in)
_SYSTEMS = re.compile(r"\b(?:downtime|outages?|maintenance|change freeze|freeze|cut-?overs?|deploy\w*|releases?"
                      r"|batch|backups?|go-live|counters?|customers?|public|opening hours|service hours|support hours"
                      r"|wartung\w*|ausfall\w*|indisponibilit\w*|mantenimiento|interrupci\w*"
                      # (review 158c F2: "Aucune interruption du core banking entre 08h00 et 20h00", French)
                      r"|interruptions?|coupures?|gel|mises? en production|core banking|arrêtés?)\b",
                      re.IGNORECASE)

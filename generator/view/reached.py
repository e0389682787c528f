"""Whether a status report says a milestone was reached: its done items read against the milestone's name.

A done item is the milestone's name alone, or followed by a date or a word saying it was reached ("Parallel run
started 2026-11-02"); or a name that itself says it was reached followed by what it was for ("Purchase order signed
for GBP 560,000 hardware"); or the milestone's deliverables each named as done.  Only an ISO date is read as the day.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Sequence

from generator.questionnaire import model as m
from generator.questionnaire.mentions import key_of


# What may follow a milestone's name in a done item that says it was reached: a date, "on time", "done" ...
_REACHED_WORDS = (r"done|complete|completed|achieved|reached|signed|signed[\s-]off|approved|accepted|granted|passed"
                  r"|started|live|went\s+live|delivered|held|finished|in\s+place|in\s+service|obtained|issued")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
# a day written in words or numbers ("26 Oct", "October 26, 2026", "26.10.2026"): the milestone was reached, on a
# day the documents do not read (only an ISO date is taken as the day reached)
_TEXT_DAY = (rf"\d{{1,2}}\.?\s*{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
             r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}")  # with its year: "2.1" is a version
_REACHED_TAIL = re.compile(r"[\s,:;.()\u2013\u2014-]*(?:(?:was|were|has\s+been|have\s+been|is|are)\s+)?"
                           rf"(?:{_REACHED_WORDS})?[\s,]*(?:(?:on\s+)?\d{{4}}-\d{{2}}-\d{{2}}|on\s+time|as\s+planned"
                           rf"|on\s+schedule|(?:on\s+)?(?:{_TEXT_DAY}))?[\s.()]*", re.IGNORECASE)


def _tail(item: str, milestone: str) -> Optional[str]:
    """Return what follows a milestone's name in a done item when it says only that it was reached (a date, "on
    time", "done": `_REACHED_TAIL`, possibly nothing), else None."""
    name, head = milestone.strip(), item.strip()
    if not name or not head.casefold().startswith(name.casefold()):
        return None
    rest = head[len(name):]
    return rest if _REACHED_TAIL.fullmatch(rest) else None


def day_done(items: Sequence[str], milestone: str) -> Optional[dt.date]:
    """Return the day a done item gives for a milestone (its name followed by that date alone), or None."""
    for item in items:
        found = re.search(r"\d{4}-\d{2}-\d{2}", _tail(item, milestone) or "")
        if found:
            try:
                return dt.date.fromisoformat(found.group(0))
            except ValueError:
                return None
    return None


def names_done(items: Sequence[str], milestone: str) -> bool:
    """Return True when one of a report's items is the milestone's name itself (letters and digits compared),
    or the name followed only by a date or a word saying it was reached ("Parallel run started 2026-11-02"), or a
    name that itself says it was reached followed by what it was for ("Purchase order signed for GBP 560,000
    hardware", `_QUALIFIED`)."""
    wanted = key_of(milestone)
    return bool(wanted) and any(key_of(item) == wanted or _tail(item, milestone) is not None
                                or _qualified(item, milestone) for item in items)


_ENDS_REACHED = re.compile(rf"\b(?:{_REACHED_WORDS})\s*$", re.IGNORECASE)
# what may follow such a name: what it was for or with, never a part of it ("for 2 of 3 stores", "except Leeds")
_QUALIFIED = re.compile(r"\s*(?:for|with|by|on|at|in|:|,|\(|[\u2013\u2014-])\s")
_PARTLY = re.compile(r"\b(?:partly|partially|part of|except|but|not|first|phase|\d+\s+(?:of|out of|/)\s+\d+)\b",
                     re.IGNORECASE)


def _qualified(item: str, milestone: str) -> bool:
    """Return True when a milestone's name says it was reached ("... signed") and a done item is that name followed by
    what it was for ("Purchase order signed for GBP 560,000 hardware and services"), with no word of a part."""
    name, head = milestone.strip(), item.strip()
    if not _ENDS_REACHED.search(name) or not head.casefold().startswith(name.casefold()):
        return False
    rest = head[len(name):] + " "
    return _QUALIFIED.match(rest) is not None and _PARTLY.search(rest) is None


def delivered(items: Sequence[str], milestone: m.Milestone) -> bool:
    """Return True when a milestone lists deliverables and a report's items name each of them as done, the way
    `names_done` reads a milestone's own name ("Gap analysis report accepted" for the milestone "Gap report accepted",
    which lists the deliverable "Gap analysis report")."""
    return bool(milestone.deliverables) and all(names_done(items, name) for name in milestone.deliverables)

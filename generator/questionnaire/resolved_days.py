"""The day an issue was resolved or closed: its ``closed`` answer, else the one day its resolution gives.

One reading of the issue log, the status reports (`generator.view.as_of`) and the checks' hints.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Protocol

from generator.questionnaire import model as m
from generator.questionnaire.mentions import clauses
from generator.questionnaire.reached import days_in


class IssueLike(Protocol):
    """What the reading takes of an issue, in the model or the checks' draft."""

    @property
    def raised(self) -> Optional[dt.date]: ...

    @property
    def status(self) -> Optional[str]: ...

    @property
    def closed(self) -> Optional[dt.date]: ...

    @property
    def resolution(self) -> Optional[str]: ...


def closed_on(issue: IssueLike) -> Optional[dt.date]:
    """Return the day a resolved or closed issue was resolved: its ``closed`` day, else the one day its resolution
    gives, on or after the day it was raised and within a year of it, in its last part ("the switches were delivered
    on 18 September", review 50a F5); None when neither says."""
    if issue.closed is not None or issue.status in m.OPEN_ISSUE_STATUSES:
        return issue.closed
    said = PERIOD.sub(" ", issue.resolution or "")
    days = days_given(issue, said)
    # a clause saying the issue itself was closed on one day: "Closed on 22 Aug 2025. Root cause: ..." (review 131b
    # F1: read as not recorded, as more followed it)
    # (or the day right after its word, where the clause goes on to another: "Resolved on Friday, the ninth of
    # October, 2026, after our MD's letter to NIBSS of 2nd October", review 136a F3)
    closing = [found for part in clauses(said.strip().rstrip(".")) if (word := _CLOSED_ISSUE.search(part))
               for found in [days_given(issue, part)] for found in [found if len(found) < 2 else
                                                                   days_given(issue, part[:word.end() + 45])]
               if len(found) == 1]
    if len(closing) == 1:
        return closing[0][0]
    # the day must be in its last part: steps after it ("Reviews completed 2025-07-18; reminders now automated;
    # exception disclosed", review 71a F3) came later, on days not recorded
    parts = clauses(said.strip().rstrip("."))
    while len(parts) > 1 and _KEPT.search(parts[-1]) and not days_in(parts[-1]):  # what was kept as it was is no
        parts = parts[:-1]  # later step ("mock refund service kept for regression", review 90b F5)
    last = parts[-1]
    # a decision or change named as the means, then a day something else happened on ("Ing. Castillo nombrada líder
    # técnica interina (D-02); Ing. Ruiz regresó el 2025-06-30", review 140c F4: read as resolved on the 30th, and
    # the issue said unresolved and past due in May): that day is not said to be the one it was resolved on
    if len(parts) > 1 and any(_AN_ID.search(part) for part in parts[:-1]) and not _DONE_ON.search(last) \
            and not _CLOSED_ISSUE.search(last):
        return None
    if _FUTURE.search(last):  # work still to come ("fix deploying 8-9 December", review 89c F4) resolved nothing yet
        return None
    ending = days_given(issue, last)
    if len(ending) > 1:  # ... of several, the one right after a word saying it was done, where one is ("after his
        # call on 3 March the addendum was signed on 5 March 2027", review 137b F2: read as not recorded)
        ending = [found for word in _DONE_ON.finditer(last)
                  for found in days_given(issue, last[word.end():word.end() + 30])[:1]]
    # ... the one day of its last part, the latest it gives ("Replacement started 28 September; three-week overlap
    # completed 23 October", review 86a F8)
    return ending[0] if len(ending) == 1 and days and ending[0] == max(days) else None


def days_given(issue: IssueLike, text: str) -> list[dt.date]:
    """Return the days a text about an issue gives, on or after the day it was raised (a day without a year read
    in the year that puts it within a year of that day)."""
    if issue.raised is None:
        return []
    raised = issue.raised
    return [d for d in days_in(text, raised + dt.timedelta(days=365)) if d >= raised]


# a clause saying what was kept as it was: "mock refund service kept for regression", "the workaround remains in place";
# or that the fix was checked ("replication tested clean", review 131c F3): no later step
_KEPT = re.compile(r"^\W*(?:[\w-]+\s+){0,5}?(?:kept|retained|remains?|stays?|left in place|still in place)\b"
                   r"|^\W*(?:[\w-]+\s+){0,3}?(?:tested|verified|confirmed|checked)\b(?:\W*\w+){0,2}\W*$",
                   re.IGNORECASE)
# a clause saying the issue itself was closed or resolved ("Closed on 22 Aug 2025", "Issue resolved 2026-03-04")
_CLOSED_ISSUE = re.compile(r"^\W*(?:(?:the\s+)?issue\s+)?(?:closed|resolved|clos|clôturé|résolu|cerrad[oa]|resuelt[oa]"
                           r"|geschlossen|behoben|gesloten|opgelost|fechad[oa]|resolvid[oa]|chius[oa]|risolt[oa])\b",
                           re.IGNORECASE)


# a word saying something was done, then its day: "signed on 5 March 2027", "fixed 12 May", "signé le 5 mars"
_DONE_ON = re.compile(r"\b(?:signed|resolved|closed|fixed|completed|delivered|approved|issued|restored|received"
                      r"|installed|deployed|released|paid|granted|agreed|signé|signée|résolu|clôturé|firmad[oa]"
                      r"|resuelt[oa]|unterzeichnet|unterschrieben|behoben|ondertekend|opgelost|assinad[oa]|firmat[oa])"
                      r"\s+(?:on|le|el|am|op|em|il|in)?\b", re.IGNORECASE)


_AN_ID = re.compile(r"\b[A-Z]{1,5}-\d{1,4}\b")  # a record's ID: "D-02", "CR-003"


# words of work still to come on the day a resolution gives: "deploying 8-9 December", "will go live on 3 May"
_FUTURE = re.compile(r"\b(?:will|shall|planned (?:for|on)|scheduled (?:for|on)|to be|going to|expected (?:on|by)"
                     r"|deploying|rolling out|next (?:week|month))\b", re.IGNORECASE)


# a day that starts or ends a period ("stable from 30 March", "workaround until 30 March"), or a day something moved to
# ("Wave 5 moved to 2025-11-14 after the freeze", review 64c F2), is no day it was resolved by; "no gaps since
# 2026-01-30" is (review 66a F1: the documents say "by" that day, not "on" it, as review 63b F4 asked)
PERIOD = re.compile(r"\b(?:from|until|till|after|before|(?:moved|postponed|rescheduled|deferred|shifted|pushed|"
                     r"delayed|re-?planned|slipped)(?:\s+back)?\s+(?:to|until|till|for)"
                     # a new date for something else: "New delivery date of 12 June confirmed" (review 124c F5: read as
                     # the day the supplier's delay was resolved, three reports said it unresolved)
                     r"|(?:new\s+)?(?:delivery|due|target|go-live|start|end|completion|arrival|installation)\s+date"
                     r"(?:\s+(?:of|is|now|set\s+(?:to|for)))?:?)\s+"
                     r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[^\W\d_]+|[^\W\d_]+\s+\d{1,2}\b)(?:,?\s+\d{4})?"
                     # a day a period starts from, its word after it: Basque "2024-03-09tik aurrera" (from 9 March on,
                     # review 116c F6: read as the day the issue was resolved), Tamil "முதல்", Albanian "e tutje"
                     r"|\d{4}-\d{2}-\d{2}-?(?:e?tik|dik|e?ra(?:ino)?)\b(?:\s+aurrera)?|\d{4}-\d{2}-\d{2}\s+முதல்"
                     r"|\b(?:nga|deri më|deri në|od|do|frá|til|hyd at)\s+\d{4}-\d{2}-\d{2}"
                     # ... and a day something moved to in other languages, written with dots too: "Radovi premješteni
                     # u prozor 30. 11. 2025." (the works moved to the window, review 148a F4: read as the day the issue
                     # was resolved, and the report of two days before said it was not)
                     r"|\b(?:premješten\w*|pomaknut\w*|odgođen\w*|prebačen\w*|verschoben|verlegt|reporté\w*|décalé\w*"
                     # (Estonian: "toodangusse minek nihutati 14.04.2025-le", review 149a F3)
                     r"|nihutati|nihkus|nihkub|lükati edasi|edasi lükatud"
                     r"|reprogramad\w*|aplazad\w*|pospuest\w*|spostat\w*|rinviat\w*|uitgesteld|verplaatst|przesunię\w*"
                     r"|přesunut\w*|presunut\w*|áthelyez\w*|elhalaszt\w*|adiad[oa]s?|remarcad[oa]s?)\s+(?:[^\W\d_]+\s+){0,3}?"
                     r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\.?|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.?\s+[^\W\d_]+"
                     r"(?:,?\s+\d{4})?)",
                     re.IGNORECASE)

"""The days risks and issues changed: closing, occurring and starting days in order, and hints where a status report
cannot tell how one stood on its date because a day is not recorded."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from generator.questionnaire import model as m
from generator.questionnaire.check_running import newest_content
from generator.questionnaire.checking import Checking, in_words, items
from generator.questionnaire.mentions import names
from generator.questionnaire.resolved_days import closed_on
from generator.questionnaire.rules import risk_id


def warn_closed_dates(c: Checking) -> None:
    """Warn about an issue closed before it was raised, or given a closing day while still open; or started while
    still open, before it was raised or after it was closed."""
    for i, issue in items(c.q.issues):
        if issue.closed is None:
            continue
        if issue.status in m.OPEN_ISSUE_STATUSES:
            c.warn(("issues", i, "closed"), f"issue '{issue.id}' is {issue.status} but has a closing day "
                                            f"({issue.closed}): set status: to resolved or closed, or remove closed:")
        elif issue.raised and issue.closed < issue.raised:
            c.warn(("issues", i, "closed"), f"issue '{issue.id}' was closed on {issue.closed}, before it was raised "
                                            f"({issue.raised})")
    for i, issue in items(c.q.issues):
        if issue.started is None:
            continue
        if issue.status == "open":
            c.warn(("issues", i, "started"), f"issue '{issue.id}' is open but work on it started on {issue.started}: "
                                             "set status: in-progress, or remove started:")
        elif issue.raised and issue.started < issue.raised:
            c.warn(("issues", i, "started"), f"work on issue '{issue.id}' started on {issue.started}, before it was "
                                             f"raised ({issue.raised})")
        elif issue.closed and issue.started > issue.closed:
            c.warn(("issues", i, "started"), f"work on issue '{issue.id}' started on {issue.started}, after it was "
                                             f"closed ({issue.closed})")


def warn_risk_dates(c: Checking) -> None:
    """Warn about a risk's day of occurring or closing that its status does not have, or days out of order."""
    for i, risk in items(c.q.risks):
        name = f"risk '{risk.id}'" if risk.id else "the risk"
        if risk.occurred is not None and risk.status == "open":
            c.warn(("risks", i, "occurred"), f"{name} is open but has a day it occurred ({risk.occurred}): set status: "
                                             "to occurred (or closed), or remove occurred:")
        if risk.closed is not None and risk.status in ("open", "occurred"):
            c.warn(("risks", i, "closed"), f"{name} {'has occurred' if risk.status == 'occurred' else 'is open'} "
                                           f"but has a closing day ({risk.closed}): set "
                                           "status: to closed, or remove closed:")
        if risk.raised is not None:
            for attr in ("occurred", "closed"):
                day = getattr(risk, attr)
                if day is not None and day < risk.raised:
                    c.warn(("risks", i, attr), f"{name} {attr} on {day}, before it was raised ({risk.raised})")
        if risk.occurred is not None and risk.closed is not None and risk.closed < risk.occurred:
            c.warn(("risks", i, "closed"), f"{name} was closed on {risk.closed}, before it occurred ({risk.occurred})")


def hint_occurred_settled(c: Checking) -> None:
    """Hint at a risk still recorded as occurred whose issues, those naming it, are all resolved or closed (review
    85c F4: the executive summary led with "Risk R-01 has occurred" beside its issue resolved weeks before)."""
    for i, risk in items(c.q.risks):
        if risk.status != "occurred" or not risk.id:
            continue
        naming = [issue for _, issue in items(c.q.issues) if issue.id and names(risk.id, issue.issue or "")]
        if naming and all(issue.status in ("resolved", "closed") for issue in naming):
            ids = ", ".join(f"'{issue.id}'" for issue in naming)
            c.hint(("risks", i, "status"), f"risk '{risk.id}' has occurred, and the issue naming it ({ids}) is "
                   "resolved or closed: if its effect is over, set status: closed (with closed: its day), and the "
                   "executive summary no longer leads with it")


def hint_undated_outcomes(c: Checking) -> None:
    """Hint at a risk occurred or closed, or an issue resolved or closed, on a day not recorded, when a status report
    dated before the newest record may have shown it: the report then gives its status now, not as it stood."""
    reports = [r.date for _, r in items(c.q.status_reports) if r.date]
    if not reports:
        return
    for i, risk in items(c.q.risks):
        attr = {"occurred": "occurred", "closed": "closed"}.get(risk.status or "")
        if attr and getattr(risk, attr) is None and (risk.raised is None or risk.raised <= max(reports)):
            rid = risk.id or risk_id(i)
            state = "has occurred" if risk.status == "occurred" else f"is {risk.status}"  # (review 58c: "is occurred")
            c.hint(("risks", i, attr), f"risk '{rid}' {state} but not since when, so the status "
                                       f"reports give its status now, not as it stood on their dates: add {attr}: "
                                       "YYYY-MM-DD (and raised: for when it was identified; optional keys "
                                       "pmdocs adds)")
    newest = newest_content(c)
    _hint_undated_risks(c, reports, newest[0] if newest else None)
    for i, issue in items(c.q.issues):
        # (not one whose resolution gives the day, which the issue log and the reports read: review 135a F11)
        if issue.status in m.CLOSED_ISSUE_STATUSES and issue.closed is None and issue.raised and issue.raised <= max(reports) \
                and closed_on(issue) is None:
            c.hint(("issues", i, "closed"), f"issue '{issue.id}' is {issue.status} but not since when, so the issue "
                                            "log says \"not recorded\" and the status reports give its status now, "
                                            "not as it stood on their dates: add closed: YYYY-MM-DD (an "
                                            "optional key pmdocs adds)")
    _hint_undated_starts(c, reports, newest[0] if newest else max(reports))


def _hint_undated_starts(c: Checking, reports: list[dt.date], now: dt.date) -> None:
    """Hint at an issue in progress on a status report's day, or now, with no day its work started, where a report
    shows it not yet resolved and not as it is now: the report cannot tell open from in progress (reviews 93c F5,
    94a F7: "open or in progress" read as evasive). ``now``: the newest record's day (the latest report's, with none
    newer)."""
    for i, issue in items(c.q.issues):
        if issue.started is not None or issue.status == "open" or not issue.raised or not issue.id:
            continue
        ends = issue.closed if issue.status in m.CLOSED_ISSUE_STATUSES else now
        unresolved = [day for day in reports if ends is not None and issue.raised <= day < ends]
        if not unresolved:
            continue
        c.hint(("issues", i, "status"), f"issue '{issue.id}' was not yet resolved on the status report of "
                                        f"{max(unresolved)}, but the "
                                        "issue log does not say whether work on it had started, so the report says "
                                        "\"open or in progress\": add started: YYYY-MM-DD (the day work on it began; "
                                        "an optional key pmdocs adds)")


def _hint_undated_risks(c: Checking, reports: list[dt.date], newest: Optional[dt.date]) -> None:
    """Hint at the risks with no day raised (and no hint of their own: not occurred or closed with that day missing)
    when a status report is older than the newest record: it lists them as the register has them now, though some
    may have been identified after it (review 81c F8). ``newest``: the newest record's day (`newest_content`)."""
    if newest is None:
        return
    older = sorted(day for day in reports if day < newest)
    undated = [risk.id or risk_id(i) for i, risk in items(c.q.risks) if risk.raised is None
               and not (risk.status in ("occurred", "closed") and getattr(risk, risk.status) is None)]
    if undated and older:
        were = "was" if len(undated) == 1 else "were"
        said = (f"the status report of {older[0]} lists" if len(older) == 1
                else f"the {len(older)} status reports before {newest} list")
        c.hint(("risks",), f"when {in_words(undated)} {were} raised is not recorded, so {said} "
                           "the open risks as the register has them now, "
                           "though some may have been identified later: add raised: YYYY-MM-DD to each (an optional "
                           "key pmdocs adds)")

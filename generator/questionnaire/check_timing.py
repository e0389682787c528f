"""Hints about dates a reader would question: a risk review already past, an objective due after the project ends.

"Already past" is measured against the newest record the documents show (a decision, a change
request or its decision, an issue, a lesson, a status report, a revision), never against the
clock, so the same questionnaire always gets the same hints.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from generator.diagnostics import KeyPath
from generator.questionnaire import model as m
from generator.questionnaire.check_running import newest_content
from generator.questionnaire.checking import Checking, items
from generator.questionnaire.mentions import measurer_named
from generator.questionnaire.reached import Told, dated, listed_reached, recorded
from generator.questionnaire.rules import review_overdue, risk_id


def newest_record(c: Checking) -> Optional[tuple[dt.date, KeyPath, str]]:
    """Return the newest record the documents show, or the newest revision when that is later."""
    found = newest_content(c)
    for i, revision in items(c.q.revisions):
        if revision.date and (found is None or revision.date > found[0]):
            found = (revision.date, ("revisions", i, "date"), f"revision {revision.version}")
    return found


def hint_overdue_reviews(c: Checking) -> None:
    """Hint at an open or occurred risk whose next review is dated before the newest record."""
    newest = newest_record(c)
    if newest is None:
        return
    day, path, what = newest
    record = what if str(day) in what else f"{what} on {day}"  # "the status report of 2027-03-12" has its date
    for i, risk in items(c.q.risks):
        if review_overdue(risk.review, risk.status, day):
            c.hint(("risks", i, "review"),
                   f"risk {risk.id or risk_id(i)}'s next review ({risk.review}) is before {record} (line "
                   f"{c.draft.mark(path).line}), so the review is overdue: record the review's outcome and set "
                   "review: to the next date")


def hint_objectives_after_end(c: Checking) -> None:
    """Hint at an objective due after the project ends, unless it or its measure names who measures it."""
    _, end = c.project_dates()
    for i, objective in items(c.q.objectives):
        said = f"{objective.objective or ''} {objective.measure or ''}"
        org = c.q.organization
        organizations = [org.name, org.department] if org is not None else []
        if end and objective.due and objective.due > end and not measurer_named(
                said, people_names(c), [*organizations, *(p.organization for _, p in items(c.q.people))]):
            c.hint(("objectives", i, "due"),
                   f"objective '{objective.objective}' is due {objective.due}, after the project ends ({end}): "
                   "a benefit measured after closure? say so in the objective or its measure (and who measures "
                   "it), or bring due: within the project")


def hint_debt_after_end(c: Checking) -> None:
    """Hint at technical debt still to pay down whose target is after the project ends."""
    _, end = c.project_dates()
    for i, debt in items(c.q.technical_debt):
        if end and debt.target and debt.target > end and debt.status != "paid-down":
            if debt.owner and debt.remediation:
                continue  # who and how are answered: the register says so
            after = (f"say how {debt.owner} pays it down once the project has closed (remediation:)" if debt.owner
                     else "say who owns it once the project has closed (owner:)")
            c.hint(("technical_debt", i, "target"),
                   f"{debt.id or 'the item'} is to be paid down by {debt.target}, after the project ends ({end}): "
                   f"{after}, or bring target: within the project")


def hint_green_schedule(c: Checking) -> None:
    """Hint at a status report whose schedule is rated green, with no note, while it forecasts a milestone later than
    its date: the report shows the slip in days beside "green", which a reader questions unless the note says why."""
    dates = {ms.name: ms.date for _, ms in items(c.q.milestones) if ms.name and ms.date}
    for i, report in items(c.q.status_reports):
        schedule = report.schedule
        if schedule is None or schedule.rating != "green" or schedule.note:
            continue
        # (each against its date as moved by then by the changes the dates do not include: reviews 165a F3, 165c F3)
        moved = {name: day + dt.timedelta(days=_added_days(c, name, report.date)) for name, day in dates.items()}
        late = [(f.milestone, (f.date - moved[f.milestone]).days, report.date is not None and f.date <= report.date)
                for _, f in items(report.forecasts) if f.milestone in moved and f.date and f.date > moved[f.milestone]]
        if late:
            name, days, reached = max(late, key=lambda late_one: late_one[1])
            more = f" (and {len(late) - 1} more)" if len(late) > 1 else ""
            # (one whose day has come by the report was reached that day: reviews 162a F15, 162b F10)
            c.hint(("status_reports", i, "schedule", "rating"),
                   f"the schedule is rated green but milestone '{name}' {'was reached' if reached else 'is forecast'} {days} "
                   f"day{'s' if days != 1 else ''} after its date{more}: rate it amber with a note, or add note: "
                   "saying why green still holds (a tolerance agreed with the sponsor, say)")


def _added_days(c: Checking, milestone: str, day: Optional[dt.date]) -> int:
    """Return the days the approved changes decided by ``day`` move a milestone that the dates as recorded do not
    include (``in_baseline: false``, the milestone named under their impact.milestones), as the reports count them
    (`baseline_moves.added_moves`)."""
    cc = c.q.change_control
    return sum(cr.impact.schedule_days or 0 for _, cr in items(cc.requests if cc else None)
               if day is not None and cr.status in m.APPROVED_STATUSES and cr.impact is not None
               and cr.impact.in_baseline is False and cr.decision is not None and cr.decision.date is not None
               and cr.decision.date <= day and milestone in (cr.impact.milestones or []))


def hint_unrecorded_milestones(c: Checking) -> None:
    """Hint at a milestone whose day has come by a status report (on or before its date: review 161c F5) that neither
    forecasts it nor says it was reached: the report and the executive summary say whether it was reached is not
    recorded."""
    told = [Told(r.date, r.summary or "", tuple(d for _, d in items(r.done) if d),
                 tuple((f.milestone, f.date) for _, f in items(r.forecasts) if f.milestone and f.date))
            for _, r in items(c.q.status_reports) if r.date]
    indexes = {r.date: i for i, r in items(c.q.status_reports) if r.date}
    for _, ms in items(c.q.milestones):
        if not ms.name or not ms.date:
            continue
        deliverables = [d for _, d in items(ms.deliverables) if d]
        missing = [r.date for r in told if ms.date <= r.date and not recorded(ms.name, deliverables, told, r.date)]
        if missing:  # the first report after its day that does not say: what it records, the later ones carry
            day = min(missing)  # (review 47c F7: the hint named the latest, and the fix belonged in the first)
            c.hint(("status_reports", indexes[day]),
                   f"milestone '{ms.name}' was due on {ms.date}, and the status report of {day} neither gives it a "
                   "forecast nor says it was reached, so the documents say whether it was reached is not recorded: "
                   f"add to its forecasts the day it was reached (on or before {day}) or the day now expected, or "
                   f"list '{ms.name} (YYYY-MM-DD)' (the day it was reached, in brackets) among its done items")
        elif (listed := listed_reached(ms.name, deliverables, told)) is not None and not dated(ms.name, told, deliverables):
            # reached, as a report says, on no day it gives: the documents say "date not recorded" (review 53a F5)
            c.hint(("status_reports", indexes[listed]),
                   f"milestone '{ms.name}' is reached, as the status report of {listed} says, but no report gives "
                   "the day, so the documents say its date is not recorded: add the day to that report's forecasts "
                   f"(on or before {listed}), or list '{ms.name} (YYYY-MM-DD)' among its done items")


def people_names(c: Checking) -> list[str]:
    """Return the names of the questionnaire's people."""
    return [p.name for _, p in items(c.q.people) if p.name]

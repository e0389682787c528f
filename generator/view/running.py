"""The running project as its documents show it: status reports, the executive summary, the RACI matrix and the logs
(the technical debt against the schedule: `generator.view.debt`).

Every figure here is derived once from the answers by a rule the documents state:
slip is the forecast date minus the milestone's date (the baseline), and a forecast on or
before its report's date is the day the milestone was reached; the budget
remaining is the approved budget minus the cost spent to date; approved changes are
those decided on or before the report's date; the issues a report lists are those
raised by its date, with their status as recorded now; a proposed RACI row makes the
deliverable's owner responsible and, accountable, the person its acceptance criteria name, else the project manager.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Iterable, Mapping, Optional, Sequence

from generator.questionnaire import model as m
from generator.questionnaire import rules
from generator.questionnaire.acceptance import acceptors, signers, signing
from generator.questionnaire.baseline_moves import Shift, baseline_on
from generator.questionnaire.funding import FORECAST_WORDS
from generator.view.report_money import Money, report_money
from generator.record import Record
from generator.questionnaire.reached import Told, day_done, delivered_by, names_done, said_reached, says_reached
from generator.questionnaire.resolved_days import closed_on
from generator.view.as_of import (UNRESOLVED, closed_by, issue_state, occurred_by, resolved_by_report,
                                   resolved_not_before, risk_state)
from generator.view.tables import ScoredRisk

RATINGS = ("green", "amber", "red")  # best first: a move to a later one is worse
PRIORITIES = ("critical", "high", "medium", "low")  # most urgent first
INTERESTS = ("high", "medium", "low")
AREAS = ("scope", "schedule", "budget")
GROUPS = ("team", "stakeholders", "everyone")  # the words `raci[].informed` may hold besides people
TOP_RISKS = 5  # a status report's top open risks; the executive summary shows three


class Slip(Record):
    """Return one milestone in a status report: its baseline date, this report's forecast and the slip in days."""

    milestone: str
    baseline: dt.date
    forecast: Optional[dt.date]  # None: this report gives no forecast for it (nor was it reached before)
    days: Optional[int]  # forecast minus baseline (positive: late); None without a forecast
    moved: Optional[int] = None  # days the forecast moved since the previous report's (None: not comparable)
    first: bool = False  # this report forecasts it and the previous report (there is one) did not
    reached: bool = False  # the forecast is the day it was reached (`rules.reached`): by this report or an earlier one
    reached_now: bool = False  # this report is the first to record it reached
    listed_done: bool = False  # no forecast, but this report's done items or an earlier one's name it: reached on a
    # day not recorded
    last: Optional[tuple[dt.date, dt.date]] = None  # no forecast here: the latest earlier report's (forecast, report day)
    listed_by: Optional[dt.date] = None  # listed as done: the day of the first report that lists it (reached by then)
    # forecast here, not in the previous report, but in an earlier one: that (forecast, report day) (review 53a F4:
    # "forecast for the first time" of a milestone the report before last had forecast)
    again: Optional[tuple[dt.date, dt.date]] = None
    # the baseline here was later moved by an approved change (`baseline_moves.shifts`): the slip is against the
    # baseline of this report's day (review 63b F1)
    replaced: Optional[Shift] = None
    then: tuple[Shift, ...] = ()  # the moves after ``replaced``, oldest first (review 150c F5: a pilot moved twice)
    set_by: Optional[Shift] = None  # an approved change moved the baseline since the previous report (63b F5)


class Move(Record):
    """Return a rating that changed since the previous report: the area, the two ratings, better or worse."""

    area: str  # "overall", "scope", "schedule" or "budget"
    before: Optional[str]  # None: the area was not rated in the previous report
    after: Optional[str]  # None: the area is not rated in this one

    @property
    def better(self) -> bool:
        """Return True when the rating improved (red to amber, amber to green)."""
        return (self.before is not None and self.after is not None
                and RATINGS.index(self.after) < RATINGS.index(self.before))


class ReportView(Record):
    """Return what one status report shows beside its own answers."""

    report: m.StatusReport
    previous: Optional[m.StatusReport]
    areas: tuple[tuple[str, Optional[m.AreaStatus | m.BudgetStatus]], ...]
    slips: tuple[Slip, ...]
    money: Money
    risks: tuple[ScoredRisk, ...]  # the top risks open on the report's date (`risk_state`: "open" or "unknown")
    issues: tuple[m.Issue, ...]  # raised by the report's date, those open then first (`issue_state`)
    decided: tuple[m.ChangeRequest, ...]  # change requests decided in the period (after the previous report)
    moves: tuple[Move, ...]
    raised: tuple[m.ChangeRequest, ...] = ()  # raised in the period and not decided by the report's date
    latest: bool = True  # the newest report: its risks are the open ones as now (an earlier one's: see `report_views`)
    current: bool = True  # the newest record: the latest report, no record dated after it (its issues' status is now's)
    approved: tuple[m.ChangeRequest, ...] = ()  # approved (or implemented) by the report's date, in log order
    unknown: frozenset[str] = frozenset()  # IDs of `risks` occurred or closed now on a day not recorded
    occurred: tuple[ScoredRisk, ...] = ()  # the risks that had occurred by the report's date (not closed by then)
    # the issues resolved or closed on or before the previous report's date: that report gave them as done, this one
    # leaves them out (review 49a F13: a report of July listed an issue closed in March)
    done_before: tuple[str, ...] = ()
    # the occurred risks with no day recorded that an issue names: (risk ID, the day that issue was raised, its ID)
    occurred_by: tuple[tuple[str, dt.date, str, str], ...] = ()
    # raised by the report's date and still to be decided on it (decided later, or not yet): review 56c F5
    awaiting: tuple[m.ChangeRequest, ...] = ()
    # the issues whose resolution names decisions, with the latest one's day (`as_of.resolved_not_before`)
    not_before: tuple[tuple[str, dt.date], ...] = ()
    said_by: tuple[tuple[str, dt.date], ...] = ()  # issues a report says were fixed, by its day (`resolved_by_report`)

    def occurred_by_of(self, risk_id: str) -> Optional[tuple[str, dt.date, str, str]]:
        """Return when an occurred risk had occurred by, as an issue naming it or a change request saying so tells
        (`as_of.occurred_by`: risk ID, day, the kind of record, its ID), if so."""
        return next((found for found in self.occurred_by if found[0] == risk_id), None)

    @property
    def note_forecasts(self) -> bool:
        """Return True when the report's budget note may give the forecast in words (a forecast's word or an amount:
        review 66c F1), so its table points to it rather than saying none is recorded (review 71b: it pointed to a
        note saying nothing of one)."""
        note = self.report.budget.note if self.report.budget else None
        return bool(note and FORECAST_WORDS.search(note))

    def issue_state(self, issue: m.Issue) -> str:
        """Return an issue's status on the report's date (`issue_state`)."""
        return issue_state(issue, self.report.date, self.current, dict(self.not_before).get(issue.id),
                           dict(self.said_by).get(issue.id))

    def slip_of(self, milestone: str) -> Optional[Slip]:
        """Return a milestone's line in this report, when it has a forecast."""
        return next((s for s in self.slips if s.milestone == milestone and s.forecast), None)

    def listed_done(self, milestone: str) -> bool:
        """Return True when the report gives the milestone no forecast but lists it as done (`Slip.listed_done`)."""
        return any(s.milestone == milestone and s.listed_done for s in self.slips)

    def measured(self, requests: Sequence[m.ChangeRequest], milestones: Sequence[m.Milestone],
                 reached: Optional[Mapping[str, dt.date]] = None) -> list[m.ChangeRequest]:
        """Return the ``requests`` that move a milestone this report measures a slip of (one with a forecast): one
        whose deliverables it names, or any where it names none or no milestone lists any (review 153a F4: the
        August change to the MFA milestone said to bear on an April report that forecast only another), and not
        one ``reached`` (the day each milestone was reached, as the reports record it) by the day it was decided
        (review 159a F3: a September change said to bear on the slips of milestones reached in February)."""
        listed = any(ms.deliverables for ms in milestones)
        measured = {s.milestone for s in self.slips if s.days is not None}
        done = reached or {}

        def moves(request: m.ChangeRequest, milestone: m.Milestone) -> bool:
            day = done.get(milestone.name)
            if day is not None and request.decision is not None and day <= request.decision.date:
                return False
            named = {" ".join(d.split()).casefold() for d in request.deliverables}
            return not named or not listed or bool(named & {" ".join(d.split()).casefold() for d in milestone.deliverables})

        return [cr for cr in requests if any(moves(cr, ms) for ms in milestones if ms.name in measured)]

    @property
    def undone(self) -> list[str]:
        """Return what moved the baselines this report's table measures against the days before (`Slip.replaced`,
        `Slip.then`): the requests, logged decisions and revisions, and the requests those name beside the move
        (review 160a F1: "CR-002: guyyaan pilot 2025-05-30 → 2025-06-27", a revision's, undone in the table and
        said not to be beneath it)."""
        moves = [shift for s in self.slips for shift in ((s.replaced,) if s.replaced else ()) + s.then]
        return list(dict.fromkeys([*(shift.request for shift in moves), *(i for shift in moves for i in shift.names)]))

    @property
    def slipped(self) -> tuple[Slip, ...]:
        """Return the milestones forecast later than their baseline (not those reached)."""
        return tuple(s for s in self.slips if s.days is not None and s.days > 0 and not s.reached)


class RaciLine(Record):
    """Return one row of the RACI matrix: from the answers, or proposed by the stated rule."""

    deliverable: str
    responsible: tuple[str, ...]
    # None: a proposed row whose acceptance criteria name several people (`named`), or for a project with no
    # project manager named
    accountable: Optional[str]
    consulted: tuple[str, ...]
    informed: tuple[str, ...]  # people, or the words team, stakeholders, everyone
    proposed: bool
    named: tuple[str, ...] = ()  # a proposed row's: the people its acceptance criteria name, when several or among
    # others not recorded as people

    @property
    def groups(self) -> tuple[str, ...]:
        """Return the groups informed (the words team, stakeholders, everyone), which no person's column shows."""
        return tuple(word for word in self.informed if word in GROUPS)

    def letters(self, person: str) -> str:
        """Return this person's letters in the row ("A, R"), '' when they have no part in it."""
        parts = [("R", person in self.responsible), ("A", person == self.accountable),
                 ("C", person in self.consulted), ("I", person in self.informed)]
        return ", ".join(letter for letter, held in parts if held)


def report_views(q: m.Questionnaire, risks: Sequence[ScoredRisk], contingency: Optional[float],
                 past: Sequence[ScoredRisk] = (), records: Optional[dt.date] = None) -> list[ReportView]:
    """Return every status report's view, oldest first (each compared with the one before it); each report's risks
    are those open on its date (`risk_state`), of the open ``risks`` and the ``past`` ones (occurred or closed now),
    by score.  ``records``: the newest record's date (`Context.records_date`): a report before it gives the issues'
    status then, not now's (`issue_state`)."""
    reports = sorted(q.status_reports, key=lambda r: r.date)
    every = sorted((*risks, *past), key=lambda s: (-s.score, s.rank, s.id))
    last = len(reports) - 1
    views = []
    by = {s.id: found for s in every if (found := occurred_by(q, s.id, s.risk))}
    shut = {s.id: day for s in every if (day := closed_by(q, s.id, s.risk))}
    # the issues' days read from the records, once for every report (`resolved_not_before`, `resolved_by_report`)
    not_before = {i.id: day for i in q.issues if (day := resolved_not_before(q, i)) is not None}
    said_by = {i.id: day for i in q.issues if (day := resolved_by_report(q, i)) is not None}
    for i, report in enumerate(reports):
        states = {s.id: risk_state(s.risk, report.date, i == last, by[s.id][0] if s.id in by else None,
                                   shut.get(s.id)) for s in every}
        # the top open risks, and those whose state then is not known (said apart): an unknown one
        # takes no open one's place (review 72a: the table showed 3 of 4 open risks, one left out silently)
        ranked = [s for s in every if states[s.id] in ("open", "unknown")]
        shown = {s.id for s in [s for s in ranked if states[s.id] == "open"][:TOP_RISKS]}
        # every one whose state then is not known, whatever its rank (review 103a F13: a risk closed on a day not
        # recorded was said in one earlier report and left out of three others, by rank)
        shown |= {s.id for s in ranked if states[s.id] == "unknown"}
        then = [s for s in ranked if s.id in shown]
        view = _report_view(q, report, reports[i - 1] if i else None, then, contingency,
                            [item for earlier in reports[:i + 1] for item in earlier.done], i == last,
                            i == last and (records is None or records <= report.date), not_before, said_by)
        views.append(dataclasses.replace(view, unknown=frozenset(s.id for s in then if states[s.id] == "unknown"),
                                         occurred=tuple(s for s in every if states[s.id] == "occurred"),
                                         occurred_by=tuple((rid, *found) for rid, found in by.items()
                                                           if states[rid] == "occurred")))
    return views


def _report_view(q: m.Questionnaire, report: m.StatusReport, previous: Optional[m.StatusReport],
                 risks: Sequence[ScoredRisk], contingency: Optional[float], done_so_far: Sequence[str],
                 latest: bool, current: bool, not_before: dict[str, dt.date],
                 said_by: dict[str, dt.date]) -> ReportView:
    requests = list(q.change_control.requests) if q.change_control else []
    decided = tuple(cr for cr in requests if cr.decision and cr.decision.date <= report.date
                    and (previous is None or cr.decision.date > previous.date))
    raised = tuple(cr for cr in requests if cr.date <= report.date and (previous is None or cr.date > previous.date)
                   and not (cr.decision and cr.decision.date <= report.date))
    approved = tuple(cr for cr in requests if cr.status in m.APPROVED_STATUSES and cr.decision
                     and cr.decision.date <= report.date)
    done_before = tuple(i.id for i in q.issues if i.status not in m.OPEN_ISSUE_STATUSES and previous is not None
                        and (closed := closed_on(i)) is not None and closed <= previous.date)
    issues = sorted((i for i in q.issues if i.raised <= report.date and i.id not in done_before),
                    key=lambda i: (issue_state(i, report.date, current, not_before.get(i.id),
                                               said_by.get(i.id)) not in UNRESOLVED,
                                   PRIORITIES.index(i.priority), i.due or dt.date.max, i.raised, i.id))
    return ReportView(report, previous, tuple((area, getattr(report, area)) for area in AREAS),
                      tuple(_slips(q, report, previous, done_so_far)), report_money(q, report, approved, contingency),
                      tuple(risks), tuple(issues), decided, tuple(_moves(report, previous)), raised, latest,
                      current, approved, done_before=done_before, not_before=tuple(not_before.items()),
                      said_by=tuple(said_by.items()),
                      awaiting=tuple(cr for cr in requests if cr.date <= report.date and (
                          cr.decision.date > report.date if cr.decision else m.undecided(cr))))


def _slips(q: m.Questionnaire, report: m.StatusReport, previous: Optional[m.StatusReport],
           done_so_far: Sequence[str]) -> list[Slip]:
    """Return the report's milestones; one without a forecast that this report or an earlier one lists as done is
    `Slip.listed_done` (a milestone done stays done)."""
    forecast = {f.milestone: f.date for f in report.forecasts}
    before = {f.milestone: f.date for f in previous.forecasts} if previous else {}
    earlier = sorted((r for r in q.status_reports if r.date < report.date), key=lambda r: r.date, reverse=True)
    said_before = {ms.name for ms in q.milestones  # reached as an earlier report's done items or summary said
                   if any(day_done(r.done, ms.name, r.date) is not None or said_reached(r.summary, ms.name, r.date) is not None
                          for r in earlier)}
    done = rules.reached(q, report.date)
    told = [Told(r.date, r.summary, tuple(r.done), tuple((f.milestone, f.date) for f in r.forecasts))
            for r in (*earlier, report)]
    was = rules.reached(q, previous.date) if previous is not None else {}
    last_report = max(q.status_reports, key=lambda r: r.date)
    out = []
    requests = q.change_control.requests if q.change_control else []
    for ms in sorted(q.milestones, key=lambda ms: (ms.date, ms.name)):
        baseline, later_moves, latest_move = baseline_on(ms, requests, report.date, q.decisions, q.revisions)
        replaced, then = (later_moves[0], later_moves[1:]) if later_moves else (None, ())
        set_by = latest_move if latest_move and (previous is None or latest_move.decided > previous.date) else None
        day = forecast.get(ms.name)
        moved = (day - before[ms.name]).days if day and ms.name in before else None
        first = bool(day and previous is not None and ms.name not in before)
        if day is None and ms.name in done:  # reached as an earlier report recorded: not forecast again
            day, moved, first = done[ms.name], None, False
        reached = day is not None and done.get(ms.name) == day
        if day is None and (said := day_done(done_so_far, ms.name, report.date)) is not None and said <= report.date:
            day, reached = said, True  # "Parallel run started 2026-11-02" among the done items: reached that day
        if day is None and (said := _summary_says(reversed(earlier), report, ms.name)) is not None:
            day, reached = said, True  # "Design approved at the gate on 2026-05-29" in a summary: reached that day
        parts = delivered_by(ms.name, ms.deliverables, told)  # its parts done, this report's and earlier ones' items
        if day is None and parts is not None and parts[1] is not None:
            day, reached = parts[1], True  # its last part "signed off by Production (2026-10-14)": reached that day
        listed_by = min((r.date for r in (*earlier, report) if names_done(r.done, ms.name)
                         or parts is not None and parts[0] <= r.date
                         or says_reached(r.summary, ms.name, r.date) or _gate_done(q, r.done, ms)
                         # (a closed project's closing, due by its last report: reached, review 153b F5)
                         or r is last_report and ms.date <= r.date and rules.closed_with(q, ms)),
                        default=None) if day is None else None
        listed = listed_by is not None
        last = None if day is not None or listed else next(
            ((f.date, r.date) for r in earlier for f in r.forecasts if f.milestone == ms.name), None)
        again = next(((f.date, r.date) for r in earlier for f in r.forecasts if f.milestone == ms.name),
                     None) if first else None
        out.append(Slip(ms.name, baseline, day, (day - baseline).days if day else None, moved, first, reached,
                        reached and ms.name not in was and ms.name not in said_before
                        and not (parts is not None and parts[0] < report.date), listed, last, listed_by,
                        again, replaced, then, set_by))
    return out


def _gate_done(q: m.Questionnaire, items: Sequence[str], milestone: m.Milestone) -> bool:
    """Return True when a done item is the gate of a phase ending on a milestone's day, by its name ("Design
    authority sign-off", the gate of the phase that ends on "Design approved": review 60a F3)."""
    return any(p.gate and p.end == milestone.date and names_done(items, p.gate) for p in q.project.phases)


def _summary_says(earlier: Iterable[m.StatusReport], report: m.StatusReport, milestone: str) -> Optional[dt.date]:
    """Return the day the summary of a report up to this one (the oldest first) says a milestone was reached."""
    for r in (*earlier, report):
        said = said_reached(r.summary, milestone, r.date)
        if said is not None:
            return said
    return None


def _moves(report: m.StatusReport, previous: Optional[m.StatusReport]) -> list[Move]:
    """Return the ratings that changed since the previous report, an area rated in only one of them included."""
    if previous is None:
        return []
    pairs: list[tuple[str, Optional[str], Optional[str]]] = [("overall", previous.overall, report.overall)]
    for area in AREAS:  # an area rated in one of the two reports only is a move too ("rated for the first time")
        was, now = getattr(previous, area), getattr(report, area)
        if was is not None or now is not None:
            pairs.append((area, was.rating if was else None, now.rating if now else None))
    return [Move(area, before, after) for area, before, after in pairs if before != after]


def raci_lines(q: m.Questionnaire) -> list[RaciLine]:
    """Return one RACI row per deliverable, in the scope's order: the questionnaire's, else a proposed one (the
    deliverable's owner responsible; accountable, the person its acceptance criteria name, else the project
    manager)."""
    given = {row.deliverable: row for row in q.raci}
    manager = q.roles.project_manager
    out = []
    for d in q.scope.deliverables:
        row = given.get(d.name)
        if row is not None:
            out.append(RaciLine(d.name, tuple(row.responsible), row.accountable, tuple(row.consulted),
                                tuple(row.informed), False))
        else:
            # criteria naming several people leave the choice open (review 52c F4: "Signed by the System Owner, the
            # CSV Lead and the Qualified Person" made the project manager accountable)
            named = acceptors_named(q, d)
            # criteria naming someone among parties not recorded leave it open too (review 61a F5); one a
            # criterion has witness or review a piece of the work names no one (review 62a F7)
            partly = [] if named else acceptors(q.people, q.organization, signing(d.acceptance), q.roles)
            out.append(RaciLine(d.name, (d.owner,) if d.owner else (), named[0] if len(named) == 1 else
                                None if named or partly else manager, (), (), True,
                                tuple(named) if len(named) > 1 else tuple(partly)))
    return out


def acceptors_named(q: m.Questionnaire, deliverable: m.Deliverable) -> list[str]:
    """Return the people of the organization who accept a deliverable by its acceptance criteria
    (`acceptance.signers`)."""
    return signers(q.people, q.organization, deliverable.acceptance, q.roles, deliverable.name)


def acceptor_named(q: m.Questionnaire, deliverable: m.Deliverable) -> Optional[str]:
    """Return the one person a deliverable's acceptance criteria name (`acceptors_named`), else None."""
    named = acceptors_named(q, deliverable)
    return named[0] if len(named) == 1 else None


def raci_people(q: m.Questionnaire, lines: Sequence[RaciLine]) -> list[str]:
    """Return the people with a part in the matrix, in the order of the questionnaire's people."""
    named = {n for line in lines for n in (*line.responsible, line.accountable, *line.consulted, *line.informed) if n}
    return [p.name for p in q.people if p.name in named]


def issues_in_order(q: m.Questionnaire) -> list[m.Issue]:
    """Return the issue log's order: open and in-progress issues first, by priority and due date, then the others
    by the date raised."""
    live = sorted((i for i in q.issues if i.status in m.OPEN_ISSUE_STATUSES),
                  key=lambda i: (PRIORITIES.index(i.priority), i.due or dt.date.max, i.raised, i.id))
    done = sorted((i for i in q.issues if i.status not in m.OPEN_ISSUE_STATUSES), key=lambda i: (i.raised, i.id))
    return [*live, *done]


__all__ = ["Move", "RaciLine", "ReportView", "Slip", "issues_in_order", "raci_lines", "raci_people",
           "report_views"]

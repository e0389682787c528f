"""What the documents say of the milestone dates and approved changes: which changes the dates as recorded
include, by an answer, a revision's words or a change's own words (`generator.questionnaire.baseline_moves`).

`Baselines` is a part of the view model (`generator.view.context.Context` is made of it): the
templates read these as ``ctx.still_before(cr)``, ``ctx.rebaselined_in(cr)`` and so on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING, Optional

from generator.i18n.locales import Locale
from generator.questionnaire import baseline_moves, replans
from generator.questionnaire import model as m
from generator.questionnaire.mentions import names_within
from generator.record import Record


class DelayRead(Record):
    """Return a milestone's move an approved request's words give where its effect on the schedule is not answered:
    the milestone, and the days it moved from and to."""

    milestone: str
    before: dt.date
    after: dt.date


def with_delays_read(q: m.Questionnaire) -> tuple[m.Questionnaire, dict[str, DelayRead]]:
    """Return the questionnaire whose approved requests with no ``impact.schedule_days`` answered, whose words move
    a milestone (to the date recorded for it, `baseline_moves.shifts`, or from it, `baseline_moves.still_before`),
    count that move's days as their effect on the schedule (review 155b F1: "isogezwe kutoka 16/10/2026 hadi
    13/11/2026", the move the reports showed, said "not assessed" in seven documents); with each move read so."""
    if q.change_control is None:
        return q, {}
    approved = [cr for cr in q.change_control.requests if cr.status in m.APPROVED_STATUSES]
    unanswered = [cr for cr in approved if cr.impact.schedule_days is None and cr.id]
    # (each milestone's moves read once, for every request they may be of)
    shifted = [(ms, s) for ms in q.milestones for s in baseline_moves.shifts(ms, approved)] if unanswered else []
    read: dict[str, DelayRead] = {}
    for cr in unanswered:
        moves = {DelayRead(ms.name, s.before, s.after) for ms, s in shifted if s.request == cr.id}
        if not moves and (still := baseline_moves.still_before(cr, q.milestones)) is not None:
            moves = {DelayRead(still[0].name, dt.date.fromisoformat(still[1]), dt.date.fromisoformat(still[2]))}
        if len({(move.after - move.before).days for move in moves}) == 1:  # (one move, or several by the same days)
            read[cr.id] = min(moves, key=lambda move: move.before)
    if not read:
        return q, read
    requests = [dataclasses.replace(cr, impact=dataclasses.replace(
        cr.impact, schedule_days=(read[cr.id].after - read[cr.id].before).days)) if cr.id in read else cr
        for cr in q.change_control.requests]
    return dataclasses.replace(q, change_control=dataclasses.replace(q.change_control, requests=requests)), read


class Baselines:
    """The view model's reading of the baseline: a part of `generator.view.context.Context`."""

    if TYPE_CHECKING:  # what the view model holds elsewhere
        q: m.Questionnaire
        locale: Locale

        @property
        def approved_requests(self) -> list[m.ChangeRequest]: ...

    def plans_updated(self, request: m.ChangeRequest) -> list[str]:
        """Return what the answers say was updated for a request: each revision whose summary names it ("revision
        1.1 of 2026-07-16"), else "the milestone dates" when ``impact.in_baseline`` says they include the days it
        moves them (review 47b F6: the change log said "not recorded" beside a revision "CR-001 incorporated")."""
        _ = self.locale.gettext
        if request.status not in m.APPROVED_STATUSES:  # (a revision naming a request raised or turned down updates
            return []                                   # no plan for it)
        said = [_("revision %(version)s of %(date)s", version=r.version, date=str(r.date))
                for r in self.q.revisions if r.summary and names_within(request.id, r.summary)
                and r.date >= (request.decision.date if request.decision else request.date)]
        # (reviews 90b F9, 90c F5: a revision dated before the request was raised updated no plan for it; review 130c
        # F4: nor one before its approval, which recorded the request raised)
        if not said and request.impact.in_baseline and request.impact.schedule_days:  # (review 49c F11: a change
            # that moves no date updated none)
            said.append(_("the milestone dates (as recorded for the change)"))
        return said

    def told(self, request: m.ChangeRequest) -> Optional[str]:
        """Return the clause of a decided request's notes saying who was told of the decision ("NPA informed in
        writing on 2026-08-31"), as written, for the change log's "Communicated to" (review 87a F9: "not recorded"
        beside it); None when none says so."""
        notes = request.decision.notes if request.decision else None
        return next((clause.strip() for clause in re.split(r"(?<=[.;])\s+|;\s*", notes or "")
                     if _TOLD.search(clause)), None)

    def in_baseline_after(self, day: dt.date) -> list[m.ChangeRequest]:
        """Return the approved requests that move the schedule, decided after ``day``, whose days the milestone dates
        as recorded include: as answered (``impact.in_baseline``), or as a revision says (`rebaselined_in`; review
        49a F3: a report of May showed a milestone "14 days early" against the date a June change had set)."""
        return [cr for cr in self.approved_requests if cr.impact.schedule_days and cr.decision
                and cr.decision.date > day and (cr.impact.in_baseline or self.rebaselined_in(cr))]

    def replanned_after(self, day: dt.date) -> list[m.Revision]:
        """Return the revisions after ``day`` whose summary says the plan's dates were set again and names no change
        request (`replans.says_replanned`): "Ny plan etter oppstart 3. mars 2025 - milepæler flyttet ca. åtte
        uker" after a pause (review 132c F4: the reports before it showed the new dates as their baseline)."""
        return [r for r in self.q.revisions if r.date is not None and r.date > day and r.summary
                and replans.says_replanned(r.summary)]

    def still_before(self, request: m.ChangeRequest) -> Optional[tuple[m.Milestone, str, str]]:
        """Return the milestone a request's words move from the date still recorded (`baseline_moves.still_before`), when
        impact.in_baseline is not answered and its effect on the schedule is not answered as none (review 151c F5: a
        hypercare extension, schedule_days 0, whose words told of a move decision D-05 had made, said to move the
        go-live in the closing report)."""
        if request.impact.in_baseline is not None or request.impact.schedule_days == 0:
            return None
        return baseline_moves.still_before(request, self.q.milestones)

    def moving(self, milestone: str, day: dt.date) -> Optional[tuple[m.ChangeRequest, str]]:
        """Return the request approved by ``day`` whose words move a milestone from the date still recorded for it
        (`still_before`), with the day it moves it to: a report measures against the recorded date and says so
        (review 108a F4: "reached 2026-11-23 (14 days late)" on the day CR-001 had approved); None otherwise."""
        return next(((cr, found[2]) for cr in self.approved_requests if cr.decision and cr.decision.date <= day
                     and (found := self.still_before(cr)) is not None and found[0].name == milestone), None)

    def moved_in(self, request: m.ChangeRequest) -> Optional[tuple[m.Milestone, dt.date, dt.date]]:
        """Return the milestone a request's words move to the date recorded for it (`baseline_moves.shifts`), with
        the day it moved from and to: the dates as recorded include that change (review 103b F2: "whether they
        include CR-003 has not been recorded" beside its notes "full rollout moves from 29 September to 13
        October"), when impact.in_baseline is not answered; None otherwise."""
        if request.impact.in_baseline is not None or not request.id or self.still_before(request):
            return None
        return next(((ms, s.before, s.after) for ms in self.q.milestones
                     for s in baseline_moves.shifts(ms, self.approved_requests) if s.request == request.id), None)

    def moves_named(self, request: m.ChangeRequest) -> list[tuple[m.Milestone, dt.date]]:
        """Return the milestones a request the dates as recorded do not include names under its impact.milestones,
        each with the day it moves it to (`baseline_moves.added_moves`): the charter names them (review 163c F5: "the
        dates do not include CR-002" read as moving every later milestone)."""
        if request.impact.in_baseline is not False or not request.id:
            return []
        return [(ms, s.after) for ms in self.q.milestones for s in baseline_moves.added_moves(ms, self.approved_requests)
                if s.request == request.id]

    def moved_date(self, milestone: m.Milestone) -> Optional[dt.date]:
        """Return the day the approved changes the dates as recorded do not include move a milestone to, where their
        impact names it (`baseline_moves.added_moves`), or None (review 165a F2: the scope statement gave the date
        before the move the charter and the summary gave)."""
        moves = baseline_moves.added_moves(milestone, self.approved_requests)
        return moves[-1].after if moves else None

    def rebaselined_in(self, request: m.ChangeRequest) -> Optional[m.Revision]:
        """Return the revision whose summary says the milestone dates were re-baselined for a request ("Re-baselined
        after CR-002"), the newest, when impact.in_baseline is not answered (an answer decides); None otherwise."""
        if request.impact.in_baseline is not None or not request.id or self.still_before(request):
            return None
        return max((r for r in self.q.revisions if r.summary and r.date >= request.date
                    and replans.names_rebaseline(r.summary, request.id)
                    and not baseline_moves.moved_elsewhere(r.summary, r.date, [ms.date for ms in self.q.milestones])),
                   key=lambda r: r.date, default=None)


# words saying someone was told of a decision: "NPA informed in writing", "vendor notified on 2026-08-31"
_TOLD = re.compile(r"\b(?:informed|notified|told|communicated|briefed|copied to|sent to|announced)\b", re.IGNORECASE)

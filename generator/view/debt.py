"""The technical debt against the schedule, as the technical debt register shows it: the effort still to pay down,
the working days left (in the project manager's working week, from the newest record to the project's end) and the items due after a
milestone their impact names (the milestone, or a deliverable it lists, as whole words in order).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from generator.questionnaire import model as m
from generator.questionnaire.mentions import in_order
from generator.questionnaire.working_hours import working_days, working_week
from generator.view.communication import zone_of
from generator.record import Record


class DebtPosition(Record):
    """Return the technical debt against the schedule: effort still to pay down, the working days left, and the
    items due after a milestone they affect."""

    open_items: tuple[m.TechnicalDebt, ...]  # not paid down
    effort: float  # days of effort of the open items that have an estimate
    unestimated: int  # open items without an estimate
    high_interest: int  # open items of high interest
    as_of: Optional[dt.date]  # the newest record, from which the time left is counted
    working_days_left: Optional[int]  # working days (`week`) from counted_from to the project's end
    # target after a milestone it affects, with the deliverable of the milestone its area names ("": the milestone's
    # own name)
    late: tuple[tuple[m.TechnicalDebt, m.Milestone, str], ...]
    linked: bool = False  # some open item affects some milestone (whether late or not)
    # open items that affect no milestone by the rule, with the milestones still ahead that fall before their target
    unlinked: tuple[tuple[m.TechnicalDebt, tuple[m.Milestone, ...]], ...] = ()
    effort_after: float = 0.0  # days of effort of the open items due after the project's end (within `effort`)
    effort_untargeted: float = 0.0  # days of effort of the open items with no target date (within `effort`)
    # the milestones the latest status report forecasts on another day than planned: name -> that day (the item is
    # set against it, not against a date the project has given up: review 47b F4)
    expected: tuple[tuple[str, dt.date], ...] = ()
    after_end: tuple[str, ...] = ()  # the IDs of the estimated open items due after the project's end
    untargeted: tuple[str, ...] = ()  # the IDs of the estimated open items with no target date
    # the day the working days left are counted from: the newest record, or the project's start when that is later
    # (review 81c F6: a planning project's record a month before its start)
    counted_from: Optional[dt.date] = None
    week: str = "Monday to Friday"  # the working week of the project manager's place (`working_hours.working_week`)
    # open items due before the project's end whose effort takes one person full time or more until their target:
    # (item, the working days from counted_from to its target) (review 114a F7: "17% of those days" to the end, where
    # the item's own target, three weeks away, took one person full time)
    pressing: tuple[tuple[m.TechnicalDebt, int], ...] = ()

    def expected_date(self, milestone: m.Milestone) -> dt.date:
        """Return the day a milestone is now expected: the latest forecast, else its planned date."""
        return dict(self.expected).get(milestone.name, milestone.date)


def _through(impact: tuple[str, ...], ms: m.Milestone) -> Optional[str]:
    """Return how a debt item's impact (its words) names a milestone: "" by the milestone's own name, a deliverable's
    name by that deliverable of the milestone, or None when it names neither."""
    for name in (ms.name, *ms.deliverables):
        words = _words(name)
        if impact and words and (in_order(words, impact) or in_order(_words(name.replace("-", " ")), impact)):
            return "" if name == ms.name else name
    return None


def debt_position(q: m.Questionnaire, as_of: Optional[dt.date], passed: frozenset[str] = frozenset()) -> DebtPosition:
    """Return the technical debt register's summary (an item affects a milestone when its impact names the milestone,
    or a deliverable the milestone lists, as whole words in order); an item is late for a milestone still
    ahead of the newest record ``as_of`` only, each milestone taken on the day the latest status report forecasts;
    the milestones ``passed`` (reached, as the latest status report shows them) are ahead of none."""
    live = tuple(d for d in q.technical_debt if d.status != "paid-down")
    effort = sum(d.effort_days or 0 for d in live)
    expected: dict[str, dt.date] = {}
    for report in sorted(q.status_reports, key=lambda r: r.date):  # the latest forecast of each milestone
        expected.update({f.milestone: f.date for f in report.forecasts})
    expected = {ms.name: expected[ms.name] for ms in q.milestones if expected.get(ms.name, ms.date) != ms.date}

    def when(ms: m.Milestone) -> dt.date:
        return expected.get(ms.name, ms.date)

    late: list[tuple[m.TechnicalDebt, m.Milestone, str]] = []
    unlinked = []
    linked = False
    by_date = sorted((ms for ms in q.milestones if ms.name not in passed), key=lambda ms: (ms.date, ms.name))
    for item in live:
        impact = _words(item.impact or "")
        # its impact names the milestone ('blocks the "Controls ready" milestone') or one of its deliverables; an area
        # that shares a word with a milestone's name says nothing of the schedule (reviews 47a F7, 48a F4, 48c F7:
        # "Network" tied a temporary link to the suite's milestone)
        affected = [(ms, through) for ms in by_date for through in [_through(impact, ms)] if through is not None]
        affected.sort(key=lambda pair: (pair[0].date, pair[0].name))
        linked = linked or bool(affected)
        # a milestone the newest record has passed is behind the project: paying down later holds nothing up
        if q.project.status == "closed":  # no milestone is ahead of a closed project (review 48c F6)
            continue
        late.extend((item, ms, through) for ms, through in affected
                    if item.target and item.target > when(ms) and (as_of is None or when(ms) >= as_of))
        if not affected and item.target:
            ahead = tuple(ms for ms in by_date if when(ms) < item.target and (as_of is None or when(ms) >= as_of))
            if ahead:
                unlinked.append((item, ahead))
    start = max(as_of, q.project.start) if as_of else None
    zone = zone_of(q.people, q.roles.project_manager)
    left = working_days(start, q.project.end, zone) if start else None
    pressing = tuple((d, days) for d in live if start and d.target and start < d.target < q.project.end and d.effort_days
                     for days in [working_days(start, d.target, zone)] if d.effort_days >= days)
    after = [d for d in live if d.target and d.target > q.project.end and d.effort_days]
    untargeted = [d for d in live if not d.target and d.effort_days]
    return DebtPosition(live, effort, sum(1 for d in live if d.effort_days is None),
                        sum(1 for d in live if d.interest == "high"), as_of, left, tuple(late), linked,
                        tuple(unlinked), sum(d.effort_days or 0 for d in after),
                        sum(d.effort_days or 0 for d in untargeted), tuple(sorted(expected.items())),
                        tuple(d.id for d in after), tuple(d.id for d in untargeted), start, working_week(zone),
                        pressing)


def _words(text: str) -> tuple[str, ...]:
    """Return a name's words, case-folded (letters and digits; "1.0" is one word)."""
    return tuple(re.findall(r"\w+(?:[.\-]\w+)*", text.casefold()))


__all__ = ["DebtPosition", "debt_position", "working_days"]

"""Dates in order: the project's end after its start, phases, due dates and milestones within the project, decisions after requests."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from generator.diagnostics import KeyPath
from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.questionnaire.checking import Checking, items
from generator.questionnaire.baseline_moves import move_texts, moved, moved_elsewhere
from generator.questionnaire.day_moves import from_to
from generator.questionnaire.reached import iso_text
from generator.questionnaire.replans import names_rebaseline
from generator.questionnaire.iso_dates import SLASHED, writes_day_first, writes_month_first


def check_dates(c: Checking) -> None:
    """Report dates out of order: project end, phases, deliverables, milestones, decisions."""
    project = c.q.project
    if project and project.start and project.end and project.end <= project.start:
        when = "on the day it starts" if project.end == project.start else f"before it starts ({project.start})"
        c.report(("project", "end"), f"the project ends ({project.end}) {when}; project.end must be after project.start")
    scope = c.q.scope
    for i, d in items(scope.deliverables if scope else None):
        within(c, ("scope", "deliverables", i, "due"), "due date", d.due)
    for i, ms in items(c.q.milestones):
        within(c, ("milestones", i, "date"), "milestone date", ms.date)
    check_phases(c)
    cc = c.q.change_control
    for i, cr in items(cc.requests if cc else None):
        base = ("change_control", "requests", i)
        if cr.decision is not None and cr.decision.date and cr.date and cr.decision.date < cr.date:
            c.report(base + ("decision", "date"),
                     f"the decision ({cr.decision.date}) is dated before the request itself ({cr.date})")
        if cr.status in m.DECIDED_STATUSES and cr.decision is None and cr.status is not None:
            c.report(base + ("decision",), f"request '{cr.id}' is {cr.status} but has no decision: "
                     "add decision: with by: and date:", at=base + ("status",))


def within(c: Checking, path: KeyPath, what: str, day: Optional[dt.date]) -> None:
    """Report a date before the project starts or after it ends."""
    start, end = c.project_dates()
    if day is None:
        return
    if start and day < start:
        c.report(path, f"{what} {day} is before the project starts ({start})")
    elif end and day > end:
        c.report(path, f"{what} {day} is after the project ends ({end})")


def check_phases(c: Checking) -> None:
    """Report phases outside the project dates, ending before they start, or out of order (overlapping ones: a
    hint)."""
    project = c.q.project
    previous: Optional[tuple[int, dm.Phase]] = None
    for i, phase in items(project.phases if project else None):
        base = ("project", "phases", i)
        within(c, base + ("start",), "phase start", phase.start)
        within(c, base + ("end",), "phase end", phase.end)
        if phase.start and phase.end and phase.end <= phase.start:
            when = "on the day it starts" if phase.end == phase.start else f"before it starts ({phase.start})"
            c.report(base + ("end",), f"the phase ends ({phase.end}) {when}; a phase's end must be after its start")
        if previous is not None and phase.start:
            j, before = previous
            line = c.draft.mark(("project", "phases", j, "name")).line
            if before.start and phase.start < before.start:
                c.report(base + ("start",), f"phase '{phase.name}' starts ({phase.start}) before the phase listed "
                                            f"above it, '{before.name}' (line {line}), starts ({before.start}): "
                                            "list the phases in the order they happen")
            elif before.end and phase.start < before.end:  # fast-tracked phases overlap (review 76c): a hint
                c.hint(base + ("start",), f"phase '{phase.name}' starts ({phase.start}) before the phase before it, "
                                          f"'{before.name}' (line {line}), ends ({before.end}): the two overlap, and "
                                          "the documents show them so; if that is not meant, correct the dates")
        if phase.start:
            previous = (i, phase)


def warn_moved_milestone(c: Checking) -> None:
    """Warn when an approved change's words move a milestone "from D1 to D2" (or "to D2" from its date D1,
    `baseline_moves.moved`) and say (``impact.in_baseline: true``) or a revision says (re-baselined) the dates include it, while the milestone is still dated D1 (review 52b F2:
    the documents cannot both include the change and show its milestone where it was)."""
    cc = c.q.change_control
    milestones = [(ms.name, ms.date) for _, ms in items(c.q.milestones)]
    revisions = [(r.version, r.summary or "") for _, r in items(c.q.revisions)]
    for i, cr in items(cc.requests if cc else None):
        if cr.status not in m.APPROVED_STATUSES or cr.impact is None or not cr.id:
            continue
        said = ("its impact.in_baseline says the dates include it" if cr.impact.in_baseline else next(
            (f"revision {version} says the dates were re-baselined for it" for version, summary in revisions
             if names_rebaseline(summary, cr.id)), "") if cr.impact.in_baseline is None else "")
        elsewhere = next((r for _, r in items(c.q.revisions) if cr.impact.in_baseline is None and r.summary and r.date
                          and names_rebaseline(r.summary, cr.id)
                          and moved_elsewhere(r.summary, r.date, [day for _, day in milestones])), None)
        if elsewhere is not None:  # (review 155a F2: "CR-02 remediation sprint; launch moved to 13 May", the launch
            # still dated 29 April: the documents no longer read the revision as including it)
            c.warn(("change_control", "requests", i, "impact"),
                   f"revision {elsewhere.version} says a date moved for '{cr.id}' to a day no milestone is dated: "
                   "set the milestone's date: to that day (the documents then read the dates as including it), or "
                   "record in_baseline: false on its impact; until then the documents say whether the dates as "
                   "recorded include it has not been recorded")
            continue
        found = moved(move_texts(cr), milestones) if said else None  # type: ignore[arg-type]
        if found is not None:
            index, before, after = found
            c.warn(("milestones", index, "date"),
                   f"request '{cr.id}' moves '{milestones[index][0]}' from {before} to {after}, and {said}, but the "
                   f"milestone is still dated {before}: set its date: to {after}, or record in_baseline: false on "
                   f"{cr.id}'s impact (the documents say the dates do not include it)")


def hint_unnamed_moves(c: Checking) -> None:
    """Hint at an approved change that moves the schedule, the dates as recorded including it, whose words give no
    move from one day to another and whose impact.milestones names none: the status reports dated before its
    decision measure the milestones against the dates it set (review 162a F1: "7 days early" for 14 days late)."""
    cc = c.q.change_control
    reports = [r.date for _, r in items(c.q.status_reports) if r.date]
    for i, cr in items(cc.requests if cc else None):
        impact, decided = cr.impact, cr.decision.date if cr.decision else None
        if (cr.status not in m.APPROVED_STATUSES or impact is None or not impact.in_baseline
                or not impact.schedule_days or impact.milestones or decided is None
                or not any(day < decided for day in reports)):
            continue
        if any(from_to(iso_text(text, cr.date or decided)) for text in move_texts(cr) if text):  # type: ignore[arg-type]
            continue
        c.hint(("change_control", "requests", i, "impact"),
               f"{cr.id or 'this request'} moved the schedule {abs(impact.schedule_days)} "
               f"day{'' if abs(impact.schedule_days) == 1 else 's'} and the dates as recorded include it, but nothing "
               f"says which milestones it moved, so the status reports dated before its decision ({decided}) measure "
               "them against the dates it set: list them under milestones: (their names; an optional key pmdocs "
               "adds)")


# "Gate 1", "gate B", "G2", "Tollgate 3", "Gate III": a gate's own number
_GATE_NUMBER = re.compile(r"\b(?:(?:toll)?gate\s*([0-9]+|[a-z]|[ivx]+)|g([0-9]+))\b", re.IGNORECASE)


def gate_milestone(gate: str, milestone: str) -> bool:
    """Return True when a milestone's name reads as a phase's gate: the same gate number ("Gate 1 – Project
    approval" and "Gate 1 – project approved"), or the same name (a milestone named like the go-live beside a
    "Go-live decision" gate is the work's, not the gate's)."""
    numbers, others = _gate_number(gate), _gate_number(milestone)
    if numbers is not None and others is not None:
        return numbers == others
    return " ".join(gate.casefold().split()) == " ".join(milestone.casefold().split())


def _gate_number(name: str) -> Optional[str]:
    """Return the first gate number a name gives ("1" of "Gate 1 – Project approval"), or None."""
    found = _GATE_NUMBER.search(name)
    return (found.group(1) or found.group(2)).casefold() if found else None


def warn_gate_milestone(c: Checking) -> None:
    """Warn when a milestone that reads as a phase's gate (`gate_milestone`) is not dated on the day the phase ends,
    and no milestone is (review 92b V3: the gate milestone two weeks after the phase's end, the next phase started
    before the gate, and the documents put the gate at the phase's end beside the milestone's date)."""
    project = c.q.project
    milestones = [(i, ms) for i, ms in items(c.q.milestones) if ms.name and ms.date]
    for i, phase in items(project.phases if project else None):
        if not phase.gate or not phase.end or any(ms.date == phase.end for _, ms in milestones):
            continue
        found = [(j, ms) for j, ms in milestones if gate_milestone(phase.gate, ms.name or "")]
        if len(found) != 1:
            continue
        j, ms = found[0]
        line = c.draft.mark(("milestones", j, "name")).line
        c.warn(("project", "phases", i, "end"),
               f"phase '{phase.name}' ends on {phase.end} with its gate '{phase.gate}', but milestone '{ms.name}' "
               f"(line {line}), which reads as that gate, is dated {ms.date}: the documents put the gate at the "
               "phase's end; set the phase's end: or the milestone's date: so that they agree")


def hint_slashed_days(c: Checking) -> None:
    """Hint at a person's job giving a day with slashes that may be read either way ("acting program manager
    8/3/2026 - 9/11/2026": 8 March or August 3?), where no other day of it settles the order: the documents read
    from the job who stands in for whom, and when (review 154b F1: a US stand-in period read as March to November).
    None in a project whose language writes the month first ("en-US") or the day first ("en-GB"): its days are read
    so; nor in one not written in English, whose days are read day first (review 155b F9: "01/10/2026" hinted at in a Swahili project)."""
    language = (c.q.project.language if c.q.project else None) or "en"
    if writes_month_first(language) or writes_day_first(language) or not language.lower().startswith("en"):
        return
    for i, person in items(c.q.people):
        found = list(SLASHED.finditer(person.role or ""))
        if any(int(f.group(1)) > 12 or int(f.group(2)) > 12 for f in found):
            continue  # another day of it says which comes first
        unsure = next((f for f in found if f.group(1) != f.group(2)), None)
        if unsure is None:
            continue
        a, b, year = (int(g) for g in unsure.groups())
        c.hint(("people", i, "role"),
               f"'{unsure.group(0)}' may be {a} {_MONTHS[b - 1]} or {_MONTHS[a - 1]} {b}: write it as "
               f"{year}-{b:02d}-{a:02d} or {year}-{a:02d}-{b:02d}, so that the documents read it as you mean (or, where "
               "days are written month first, give project.language with its region, such as en-US)")


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

"""Cross-checks of who decided the change requests against the approval thresholds: a decision beyond the
decider's own limit, or by someone the thresholds do not name."""

from __future__ import annotations

from typing import Optional

from generator.i18n.english import amount
from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.questionnaire.tenure import held_then
from generator.questionnaire.checking import Checking, items
from generator.questionnaire.mentions import names
from generator.questionnaire.rules import charged, fits, stands_in
from generator.questionnaire.rules import own_limit as own_limit_rule


def own_limit(c: Checking, person: str, attr: str) -> Optional[tuple[float, int]]:
    """Return a person's largest limit ``attr`` in the approval thresholds (`rules.own_limit`), with its line, or None."""
    cc = c.q.change_control
    found = own_limit_rule(list(cc.thresholds or []) if cc else [], person, attr)
    if found is None:
        return None
    return found[0], c.draft.mark(("change_control", "thresholds", found[1], attr)).line


def warn_beyond_own_threshold(c: Checking) -> None:
    """Warn about a change approved by a person whose own approval threshold it exceeds (a hint, for one deferred:
    the next level up decides it when it is taken up again)."""
    cc = c.q.change_control
    if cc is None:
        return
    largest = largest_cost(cc)
    for i, cr in items(cc.requests):
        by = cr.decision.by if cr.decision else None
        if cr.status not in m.DECIDED_STATUSES or not by or by == m.BOARD or cr.impact is None or cr.status == "rejected":
            continue  # (a rejection commits nothing: the thresholds say who may approve, reviews 60b F2, 61c F1)
        if cr.status == "deferred" and c.q.project is not None and c.q.project.status == "closed":
            continue  # nor does a deferral the closed project never takes up again (review 88a F2)
        if _taken_up(c, cr, by):
            continue  # the next level up logged its decision on it: what the warning asks for (review 107a F13)
        for attr, value, what in (("max_cost", cr.impact.cost, "cost"), ("max_schedule_days", cr.impact.schedule_days, "days")):
            if value is None:
                continue
            if attr == "max_cost" and largest is not None and charged(value) > largest:
                continue  # above every threshold: the spec's own warning says so
            limit = own_limit(c, by, attr)
            if limit is not None and charged(value) > limit[0]:
                # a deferral approves nothing: a hint of who decides it later, no warning (review 111b F5)
                say = c.hint if cr.status == "deferred" else c.warn
                say(("change_control", "requests", i, "decision", "by"),
                       f"{by} {'approved' if cr.status in m.APPROVED_STATUSES else cr.status} request '{cr.id}' ("
                       + (f"cost {amount(value)}" if what == "cost" and value >= 0 else
                          f"a saving of {amount(-value)}" if what == "cost" else
                          f"moving the schedule {amount(value)} days later" if value >= 0 else
                          f"moving the schedule {amount(-value)} days earlier")
                       + (") beyond " if cr.status != "deferred" else "), which is beyond ")
                       + f"their own approval threshold ({attr} {amount(limit[0])} at line {limit[1]}): "
                       + ("the next level up decides" if cr.status != "deferred" else
                          "when it is taken up again, the next level up decides"))
                break


def _taken_up(c: Checking, cr: dm.ChangeRequest, by: str) -> bool:
    """Return True when a logged decision on or after a request's own, by the board or someone other than its
    decider, relates to it or names its ID (the documents' `ChangeRequests.ratified` reads it as the next level's)."""
    day = cr.decision.date if cr.decision else None
    if not cr.id or day is None:
        return False
    return any(d.date is not None and d.date >= day and d.by and m.same_name(d.by) != m.same_name(by)
               and (cr.id in (d.related or []) or names(cr.id, d.decision or "")) for _, d in items(c.q.decisions))


def largest_cost(cc: dm.ChangeControl) -> Optional[float]:
    """Return the largest max_cost of the approval thresholds (None when none sets one): above it, only the board."""
    return max((t.max_cost for _, t in items(cc.thresholds) if t.max_cost is not None), default=None)


def warn_approver_without_threshold(c: Checking) -> None:
    """Warn about a change approved by a person the approval thresholds do not name, where thresholds are recorded
    (the documents say where the thresholds send it: `ChangeRequests.unlisted_decider`)."""
    cc = c.q.change_control
    if cc is None or not cc.thresholds:
        return
    holders = {m.same_name(t.approver) for _, t in items(cc.thresholds) if t.approver}
    largest = largest_cost(cc)
    for i, cr in items(cc.requests):
        by = cr.decision.by if cr.decision else None
        if cr.status not in m.DECIDED_STATUSES or not by or by == m.BOARD or m.same_name(by) in holders:
            continue
        approved = cr.status in m.APPROVED_STATUSES
        cost = cr.impact.cost if cr.impact else None
        above_all = cost is not None and largest is not None and charged(cost) > largest  # the spec's warning says it
        own = cr.requested_by is not None and m.same_name(cr.requested_by) == m.same_name(by)  # warn_self_approved's
        person = next((p for _, p in items(c.q.people) if p.name and m.same_name(p.name) == m.same_name(by)), None)
        first = next((t for _, t in items(cc.thresholds) if t.approver and fits(cr.impact, t)), None)
        levels = [t for _, t in items(cc.thresholds)]
        # standing in for the approver the thresholds name (review 128c F2), or one of a level above (review 140a F4:
        # the deputy mayor for the mayor): the documents say so
        jobs = [(p.name, p.role) for _, p in items(c.q.people)]
        if first is not None and any(t.approver and t.approver != m.BOARD and stands_in(
                by, cr.decision.notes if cr.decision else None, t.approver, c.q.roles, jobs)
                for t in levels[levels.index(first):]):
            continue
        # the job's holder then, the approver named now taking it on later (review 137a F1; 147b F11: the retired
        # sponsor's decision within the project manager's limit; 153b F4: above the sponsor's own, which the
        # documents say as they say a holder's)
        above = {m.same_name(t.approver) for t in levels if t.approver and t.approver != m.BOARD}
        if person is not None and cr.decision is not None and any(
                p.name and m.same_name(p.name) in above and held_then(person.role, p.role, cr.decision.date)
                for _, p in items(c.q.people)):
            continue
        if not (approved and (above_all or own)):
            c.warn(("change_control", "requests", i, "decision", "by"),
                   f"{by} {'approved' if approved else cr.status} request '{cr.id}' but holds no approval threshold "
                   "under change_control.thresholds: the documents say which approver the thresholds send it to; add "
                   "a threshold for them, or record that approver's decision")


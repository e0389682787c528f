"""A status report's budget position: the approved budget as it stood on the report's date, spent to date, the
approved changes decided by then against the contingency reserve (`Money`), derived once for the report's table, its
picture and the executive summary."""

from __future__ import annotations

import datetime as dt
from typing import Optional, Sequence

from generator.questionnaire import model as m
from generator.questionnaire import rules
from generator.questionnaire.funding import held_increases, increase_days, reserve
from generator.record import Record


class Money(Record):
    """Return a report's budget position: approved budget, spent to date, remaining, and the approved changes
    decided by the report's date against the contingency."""

    approved: Optional[float]  # the budget's amount, with the increases approved by the report's date (None: no budget)
    spent: Optional[float]  # None: the report records no cost to date
    remaining: Optional[float]  # approved (with `others`) minus spent
    changes: float  # cost of the change requests approved by the report's date
    contingency: Optional[float]  # None: no contingency recorded
    contingency_left: Optional[float]  # the contingency less the changes it pays (see `rules.from_contingency`)
    increases: tuple[tuple[dt.date, float], ...] = ()  # the budget increases approved by the report's date (changes
    # not paid from the contingency): the day each was decided, its amount
    unassessed: tuple[str, ...] = ()  # the change requests approved by the report's date whose cost is not assessed
    unassessed_increases: tuple[str, ...] = ()  # those of them that increase the budget: counted as 0 in every sum
    # the increases the budget's answered amount holds (its new total, as their words give it) approved after the
    # report's date, each (request ID, day decided, amount): the budget then was without them (review 125a F2)
    held_later: tuple[tuple[str, dt.date, float], ...] = ()
    # the approved changes decided by the report's date whose budget increase was voted after it (`funding.increase_days`),
    # each (request ID, day voted, amount): not yet in the budget (review 129a F5)
    voted_later: tuple[tuple[str, dt.date, float], ...] = ()
    # what a grant or a subsidy pays of the approved changes decided by the report's date, not this budget
    # (`rules.paid_elsewhere`, `funding.granted`): the project spends the money granted (reviews 138a F2, 138b F4: a
    # grant's part read as an overspend), where another budget books the cost itself; 0 without a contingency, as the
    # report's table says the other sources' part only then
    others: float = 0.0
    others_granted: bool = True  # grants alone pay `others` (else other sources' funding the spending shows spent too)
    others_said: bool = False  # each request other sources pay says whether the project spends it (`rules.spends`)

    @property
    def funded(self) -> Optional[float]:
        """Return the approved budget with what grants pay of the approved changes (`others`)."""
        return None if self.approved is None else self.approved + self.others

    @property
    def unassessed_paid(self) -> tuple[str, ...]:
        """Return the approved requests with no assessed cost paid from the contingency (counted as 0)."""
        return tuple(i for i in self.unassessed if i not in self.unassessed_increases)

    @property
    def increase(self) -> float:
        """Return what the budget increases approved by the report's date add to the budget."""
        return sum(amount for _day, amount in self.increases)

    @property
    def drawn(self) -> Optional[float]:
        """Return what the approved changes take from the contingency (`rules.drawn`; below 0: savings returned to it),
        or None without a contingency."""
        return None if self.contingency is None or self.contingency_left is None else self.contingency - self.contingency_left

    @property
    def planned(self) -> Optional[float]:
        """Return the planned cost with the approved changes: the budget (with its approved increases) less the
        contingency, plus what the changes take from it (`rules.drawn`: so the planned cost and the contingency left
        always add up to the budget; review 75a F1, F3: a saving kept out of the reserve, and another budget's share
        of a cost, were counted in the one and not the other), with what other sources pay of the changes; None without a budget or a contingency (the budget
        picture draws the same line)."""
        if self.approved is None or not self.contingency or self.contingency_left is None:
            return None
        return self.approved + self.others - self.contingency_left

    @property
    def overspend(self) -> float:
        """Return what has been spent above the planned cost (0 when not above it, or either is unknown): it comes
        out of the contingency left after the approved changes."""
        planned = self.planned
        return max(0.0, self.spent - planned) if self.spent is not None and planned is not None else 0.0


def report_money(q: m.Questionnaire, report: m.StatusReport, decided: Sequence[m.ChangeRequest],
                 contingency: Optional[float]) -> Money:
    """Return a report's budget position (`Money`), of the approved requests ``decided`` by its date, against
    ``contingency``, the reserve as answered: the budget and the reserve as they stood on the report's date."""
    budget = q.project.budget
    spent = report.budget.spent if report.budget else None
    changes = sum(cr.impact.cost or 0 for cr in decided)
    voted = increase_days(q.change_control.requests if q.change_control else decided, q.decisions)
    increases = tuple(rules.budget_increases(decided, report.date, budget.amount if budget else None, voted,
                                             q.decisions))
    pending = tuple((cr.id, voted[cr.id], amount) for cr in decided
                    if cr.id in voted and voted[cr.id] > report.date
                    and (amount := rules.raised(cr, budget.amount if budget else None, q.decisions)) is not None)
    increase = sum(amount for _day, amount in increases)
    later = held_later(q, report.date, voted)
    approved = None
    if budget is not None:  # the budget then: without the increases its answered amount holds, approved later
        base = budget_then(budget.amount, later)
        approved = base + m.reserve_on_top(base, budget.contingency_percent, budget.contingency_included) + increase
        if later and contingency is not None:  # and the reserve then, its percentage of that budget
            contingency = reserve(base, budget.contingency_percent)
    unassessed = tuple(cr.id for cr in decided if cr.impact.cost is None)
    raised = tuple(cr.id for cr in decided if cr.impact.cost is None and rules.increases_budget(cr.impact))
    others, granted = rules.spent_part(decided, report.date, budget.amount if budget else None, q.decisions, spent,
                                       approved) if contingency is not None else (0.0, True)
    return Money(approved, spent, approved + others - spent if approved is not None and spent is not None else None,
                 changes, contingency, contingency - sum(rules.drawn(cr) for cr in decided)
                 if contingency is not None else None, increases,
                 unassessed, raised, later, pending, others, granted, rules.spending_said(decided))


def budget_then(amount: float, later: Sequence[tuple[str, dt.date, float]]) -> float:
    """Return the budget on a day: its answered ``amount`` without the changes it holds approved after that day
    (`held_later`)."""
    return amount - sum(held for _id, _day, held in later)


def held_later(q: m.Questionnaire, day: dt.date, voted: Optional[dict[str, dt.date]] = None
               ) -> tuple[tuple[str, dt.date, float], ...]:
    """Return the budget increases approved after ``day`` that the budget's answered amount holds
    (`funding.held_increases`): (request ID, day decided or ``voted``, amount), in log order."""
    budget = q.project.budget
    if budget is None or q.change_control is None:
        return ()
    requests = q.change_control.requests
    return held_increases(requests, budget.amount, day,
                          increase_days(requests, q.decisions) if voted is None else voted, q.decisions)

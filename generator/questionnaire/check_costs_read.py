"""Hints naming a cost pmdocs reads from a request's words where impact.cost is not answered."""

from __future__ import annotations

import dataclasses

from generator.i18n.english import amount
from generator.questionnaire.checking import Checking, items
from generator.questionnaire.funding import increase_amount


def hint_increase_read(c: Checking) -> None:
    """Hint at a request with no cost answered whose words raise the budget to a new total (`funding.increase_amount`):
    the documents count the increase they give (review 150c F1: "yeni ümumi büdcə 1 380 000 AZN", funding:
    budget-increase, no cost)."""
    cc, project = c.q.change_control, c.q.project
    budget = project.budget if project is not None else None
    if cc is None or budget is None or not budget.amount:
        return
    money = f"{budget.currency} " if budget.currency else ""
    for i, cr in items(cc.requests):
        path = ("change_control", "requests", i, "impact", "cost")
        if cr.impact is None or not cr.impact.cost or c.typed(path):
            continue
        unanswered = dataclasses.replace(cr, impact=dataclasses.replace(cr.impact, cost=None))
        read = increase_amount(unanswered, budget.amount)
        if read is None or abs(read - cr.impact.cost) >= 0.5:
            continue
        c.hint(path, f"request '{cr.id}' has no cost answered and its words give the budget's new total: the "
                     f"documents count it as a budget increase of {money}{amount(read)}, the amount they raise it "
                     "by; if that is not what they say, answer impact.cost")

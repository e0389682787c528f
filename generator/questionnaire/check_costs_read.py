"""Hints naming a cost pmdocs reads from a request's words where impact.cost is not answered."""

from __future__ import annotations

import dataclasses

from generator.i18n.english import amount
from generator.questionnaire.checking import Checking, items
from generator.questionnaire.funding import cut_amount, increase_amount, says_cut, split_total


def hint_cost_read(c: Checking) -> None:
    """Hint at a request with no cost answered whose words give its cost (`funding.costs_read`, in its order): a total
    they split between the contingency and another source (`funding.split_total`; review 151b F3: "மொத்த பட்ஜெட்
    அதிகரிப்பு ₹38 லட்சம் — இதில் ₹14 லட்சம் ... contingency ..., ₹24 லட்சம் ... மானியத்திலிருந்து"), or the budget's new
    total they raise it to (`funding.increase_amount`; review 150c F1: "yeni ümumi büdcə 1 380 000 AZN", funding:
    budget-increase, no cost): the documents count that."""
    cc, project = c.q.change_control, c.q.project
    budget = project.budget if project is not None else None
    money = f"{budget.currency} " if budget is not None and budget.currency else ""
    for i, cr in items(cc.requests if cc else None):
        path = ("change_control", "requests", i, "impact", "cost")
        if cr.impact is None or not cr.impact.cost or c.typed(path):
            continue
        unanswered = dataclasses.replace(cr, impact=dataclasses.replace(cr.impact, cost=None))
        split = split_total(unanswered)
        raised = increase_amount(unanswered, budget.amount if budget is not None else None)
        if split is not None and abs(split - cr.impact.cost) < 0.5:
            c.hint(path, f"request '{cr.id}' has no cost answered and its words split {money}{amount(split)} between "
                         "the contingency and another source: the documents count that as its cost; if that is not "
                         "what they say, answer impact.cost")
        elif raised is not None and abs(raised - cr.impact.cost) < 0.5:
            c.hint(path, f"request '{cr.id}' has no cost answered and its words give the budget's new total: the "
                         f"documents count it as a budget increase of {money}{amount(raised)}, the amount they raise it "
                         "by; if that is not what they say, answer impact.cost")


def hint_cut_unread(c: Checking) -> None:
    """Hint at a request with no cost answered (or 0), impact.funding unanswered, whose words say it cuts the budget
    but give no new total pmdocs reads (`funding.cut_amount`): the documents count it as costing nothing (review
    150a F1: "Novi ukupni budžet projekta iznosi jedan milion šezdeset hiljada konvertibilnih maraka", the budget
    kept in every document)."""
    cc, project = c.q.change_control, c.q.project
    budget = project.budget if project is not None else None
    if cc is None or budget is None or not budget.amount:
        return
    for i, cr in items(cc.requests):
        if cr.impact is None or cr.impact.cost or cr.impact.funding or not says_cut(cr) \
                or cut_amount(cr, budget.amount) is not None:
            continue
        c.hint(("change_control", "requests", i, "impact", "cost"),
               f"request '{cr.id}' reads as a cut of the budget, but its words give no new total pmdocs can read "
               "(in figures): the documents count it as changing the budget by nothing; give the cut as a negative "
               "impact.cost with impact.funding: budget-increase, or the new total in figures in its description")

"""A status report's budget position: the budget and the reserve as they stood on the report's date."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.questionnaire.funding import reserve
from generator.view.report_money import held_later, report_money

NOTES = ("EUR 10,000 from project contingency and EUR 50,000 from a budget increase, raising the project budget from "
         "EUR 450,000 to EUR 500,000")


def _raised(q: m.Questionnaire, notes: str = NOTES) -> tuple[m.Questionnaire, m.ChangeRequest]:
    """Return the example with its budget answered as EUR 500,000 and CR-001 costing EUR 60,000 paid as ``notes``
    say, decided on 2027-02-10."""
    cr = q.change_control.requests[0]
    cr = dataclasses.replace(cr, impact=dataclasses.replace(cr.impact, cost=60000),
                             decision=dataclasses.replace(cr.decision, date=dt.date(2027, 2, 10), notes=notes))
    budget = dataclasses.replace(q.project.budget, amount=500000)
    return dataclasses.replace(q, project=dataclasses.replace(q.project, budget=budget),
                               change_control=dataclasses.replace(q.change_control, requests=[cr])), cr


def test_an_increase_the_budget_holds_is_left_out_of_the_reports_before_it(q: m.Questionnaire) -> None:
    """Review 125a F2: the reports before the increase showed the budget it set, and its larger reserve."""
    raised, cr = _raised(q)
    assert held_later(raised, dt.date(2027, 1, 29)) == (("CR-001", dt.date(2027, 2, 10), 50000),)
    assert held_later(raised, dt.date(2027, 2, 10)) == ()
    # the reserve is the format's percentage of the answered amount; before the increase, of the budget then
    budget = raised.project.budget
    kept = reserve(budget.amount, budget.contingency_percent)
    assert kept == 50000
    report = m.StatusReport(date=dt.date(2027, 1, 29), overall="green", summary="On track.")
    before = report_money(raised, report, [], kept)
    assert (before.approved, before.contingency, before.contingency_left) == (450000, 45000, 45000)
    after = report_money(raised, dataclasses.replace(report, date=dt.date(2027, 2, 26)), [cr], kept)
    assert (after.approved, after.contingency, after.contingency_left) == (500000, 50000, 40000)


def test_an_increase_the_budget_does_not_hold_leaves_the_earlier_budget_as_answered(q: m.Questionnaire) -> None:
    """An increase whose words give no new total equal to the budget's amount is added once approved (the amount
    answered is the budget as first baselined), not taken out before."""
    raised, _cr = _raised(q, NOTES.replace("EUR 500,000", "EUR 550,000"))
    assert held_later(raised, dt.date(2027, 1, 29)) == ()


def test_an_increase_voted_after_the_change_counts_from_the_vote(q: m.Questionnaire) -> None:
    """Review 128b F6: a change board approved the change on 6/11 "on condition of funding"; the Board of Directors
    voted the budget increase on 7/16 (a logged decision naming the change): the budget grows on 7/16."""
    notes = "USD 10,000 from contingency, the remaining USD 50,000 through a budget increase the Board approved later"
    raised, cr = _raised(q, notes)
    raised = dataclasses.replace(raised, project=dataclasses.replace(
        raised.project, budget=dataclasses.replace(raised.project.budget, amount=450000)))
    vote = m.LoggedDecision(id="D-09", date=dt.date(2027, 3, 16), by="board",
                            decision="The Board of Directors approves a USD 50,000 budget increase to fund CR-001")
    voted = dataclasses.replace(raised, decisions=[*raised.decisions, vote])
    report = m.StatusReport(date=dt.date(2027, 2, 26), overall="green", summary="On track.")
    before = report_money(voted, report, [cr], 45000)
    assert (before.approved, before.increases) == (450000, ())
    assert before.voted_later == (("CR-001", dt.date(2027, 3, 16), 50000),)  # said apart (review 129a F5)
    after = report_money(voted, dataclasses.replace(report, date=dt.date(2027, 3, 31)), [cr], 45000)
    assert (after.approved, after.increases) == (500000, ((dt.date(2027, 3, 16), 50000),))
    # without the vote logged, the increase counts from the change's decision
    assert report_money(raised, report, [cr], 45000).increases == ((dt.date(2027, 2, 10), 50000),)


def test_a_grants_part_of_an_approved_change_is_spent_too_and_planned() -> None:
    """Reviews 138a F2, 138b F4: "Funded £40k from the Scottish Government damp and mould grant ... and £18k from
    contingency" was read as GBP 15,000 overspent at a spend of GBP 655,000 against GBP 640,000 and the grant; another
    budget's part ("from the stores' budget") books the cost itself and stays out (review 75a F1, F3)."""
    from generator.questionnaire.interview import example_text
    from generator.view.context import build_context
    from generator.view.report_money import Money
    from tests.conftest import run
    from tests.support.reports import report

    q = run(example_text()).questionnaire
    assert q is not None and q.change_control is not None and q.project.budget is not None
    first = q.change_control.requests[0]

    def money(notes: str) -> Money:
        shared = dataclasses.replace(first, id="CR-302", status="approved", impact=m.Impact(cost=64000, schedule_days=0),
                                     decision=m.Decision(by="board", date=first.date, notes=notes))
        changed = dataclasses.replace(q, change_control=dataclasses.replace(q.change_control, requests=[shared]),
                                      status_reports=[report(first.date + dt.timedelta(3))])
        return build_context(changed).reports[-1].money

    granted = money("EUR 40,000 from the contingency and EUR 24,000 from the regional digitisation grant")
    assert granted.others == 24000 and granted.funded == granted.approved + 24000  # type: ignore[operator]
    assert granted.planned is not None and granted.contingency_left is not None
    assert granted.planned + granted.contingency_left == granted.funded
    assert not granted.others_said  # (the status report says what it takes the spending to include)
    booked = money("EUR 40,000 from the contingency and EUR 24,000 from the stores' budget")
    assert booked.others == 0 and booked.funded == booked.approved


def test_whether_the_project_spends_another_sources_money_is_as_in_spending_says() -> None:
    """Reviews 162b F2, 162c F2: a donor's money "paid directly" (in Twi) added to what was left because the notes
    said "grant", and a foundation's money the project spent left out ("USD 3,000 more would be needed" beside a
    budget rated green): ``impact.in_spending`` answers it, and the reports then state no assumption."""
    from generator.questionnaire.interview import example_text
    from generator.view.context import build_context
    from generator.view.report_money import Money
    from tests.conftest import run
    from tests.support.reports import report

    q = run(example_text()).questionnaire
    assert q is not None and q.change_control is not None and q.project.budget is not None
    first = q.change_control.requests[0]

    def money(notes: str, in_spending: bool | None) -> Money:
        other = dataclasses.replace(first, id="CR-303", status="approved",
                                    impact=m.Impact(cost=24000, schedule_days=0, funding="other",
                                                    in_spending=in_spending),
                                    decision=m.Decision(by="board", date=first.date, notes=notes))
        changed = dataclasses.replace(q, change_control=dataclasses.replace(q.change_control, requests=[other]),
                                      status_reports=[report(first.date + dt.timedelta(3))])
        return build_context(changed).reports[-1].money

    grant = "Paid by the regional digitisation grant"
    assert money(grant, None).others == 24000 and not money(grant, None).others_said
    assert money(grant, False).others == 0 and money(grant, False).funded == money(grant, False).approved
    donor = "The foundation funds it on top of the budget"
    assert money(donor, None).others == 0
    spent = money(donor, True)
    assert spent.others == 24000 and spent.others_said and not spent.others_granted


def test_a_cut_the_budget_holds_is_left_out_of_the_reports_before_it_and_one_it_does_not_is_taken_off(
        q: m.Questionnaire) -> None:
    """Review 140c F3: a report before the finance committee's cut showed the budget after it; review 140a F7: a
    council's cut read as a saving (its budget never lower)."""
    cr = q.change_control.requests[0]
    cut = dataclasses.replace(cr, title="Reducción de alcance por recorte presupuestal",
                              description="Ajustar el alcance al presupuesto de EUR 400.000",
                              impact=dataclasses.replace(cr.impact, cost=-50000, funding=None),
                              decision=dataclasses.replace(cr.decision, date=dt.date(2027, 2, 10), notes="Aprobado"))
    cut_q = dataclasses.replace(q, project=dataclasses.replace(q.project, budget=dataclasses.replace(
        q.project.budget, amount=400000)), change_control=dataclasses.replace(q.change_control, requests=[cut]))
    report = m.StatusReport(date=dt.date(2027, 1, 29), overall="green", summary="On track.")
    before = report_money(cut_q, report, [], 40000)
    assert (before.approved, before.contingency) == (450000, 45000)
    after = report_money(cut_q, dataclasses.replace(report, date=dt.date(2027, 2, 26)), [cut], 40000)
    assert (after.approved, after.contingency, after.contingency_left) == (400000, 40000, 40000)
    taken = dataclasses.replace(cut, description="Ajustar el alcance")  # no total given: the amount is before it
    taken_q = dataclasses.replace(cut_q, project=q.project,
                                  change_control=dataclasses.replace(q.change_control, requests=[taken]))
    assert report_money(taken_q, dataclasses.replace(report, date=dt.date(2027, 2, 26)), [taken], 45000).approved \
        == q.project.budget.amount - 50000


def test_another_sources_part_the_spending_shows_spent_is_counted_as_a_grants_is() -> None:
    """Review 141c F3: a parent company funding a change by letter; the final report's spend above the budget, within
    it with that funding, was read as "AED 260,000 overspent" beside a budget rated green."""
    from generator.questionnaire.interview import example_text
    from generator.view.context import build_context
    from tests.conftest import run
    from tests.support.reports import report

    q = run(example_text()).questionnaire
    assert q is not None and q.change_control is not None and q.project.budget is not None
    first = q.change_control.requests[0]
    budget = q.project.budget.amount

    def money(spent: float) -> tuple[float, bool]:
        paid = dataclasses.replace(first, id="CR-302", status="approved", impact=m.Impact(cost=64000, schedule_days=0),
                                   decision=m.Decision(by="board", date=first.date,
                                                       notes="Approved; the parent company pays the full cost."))
        day = first.date + dt.timedelta(3)
        filed = dataclasses.replace(report(day), budget=m.BudgetStatus(rating="green", spent=spent))
        changed = dataclasses.replace(q, change_control=dataclasses.replace(q.change_control, requests=[paid]),
                                      status_reports=[filed])
        found = build_context(changed).reports[-1].money
        return found.others, found.others_granted

    assert money(budget + 30000) == (64000, False)  # beyond the budget, within it with the parent's money
    assert money(budget - 1000) == (0.0, True)  # within the budget: another budget's, not spent here
    assert money(budget + 90000) == (0.0, True)  # beyond both: an overspend, said as one


def test_the_budget_on_a_day_is_without_what_it_holds_of_later_changes() -> None:
    """One reading for a report's budget and a change log row's reserve (review 148a F2)."""
    import datetime as dt

    from generator.view.report_money import budget_then

    later = (("CR-003", dt.date(2024, 10, 22), -300_000.0), ("CR-005", dt.date(2024, 12, 1), 50_000.0))
    assert budget_then(2_100_000.0, later) == 2_350_000.0 and budget_then(2_100_000.0, ()) == 2_100_000.0

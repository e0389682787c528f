"""The running project's figures: slips, budget remaining, what changed between reports, the RACI rows (answered or
proposed) and the issue log's order (the technical debt: test_debt.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.questionnaire import model as m
from generator.view.context import build_context
from tests.support.reports import D, docs_of, report

def test_slip_is_forecast_minus_baseline_and_moves_are_against_the_previous_report(q: m.Questionnaire) -> None:
    ms = q.milestones[0]
    first = report(D(2027, 3, 1), forecasts=[m.Forecast(milestone=ms.name, date=ms.date + dt.timedelta(3))],
                   schedule=m.AreaStatus(rating="green"))
    second = report(D(2027, 4, 1), "amber", forecasts=[m.Forecast(milestone=ms.name, date=ms.date + dt.timedelta(10))],
                    schedule=m.AreaStatus(rating="red", note="Late"))
    ctx = build_context(dataclasses.replace(q, status_reports=[second, first]))  # written out of order
    assert [v.report.date for v in ctx.reports] == [D(2027, 3, 1), D(2027, 4, 1)]
    view = ctx.latest_report
    assert view is not None and view.previous is first
    [slip] = [s for s in view.slips if s.milestone == ms.name]
    assert (slip.baseline, slip.forecast, slip.days, slip.moved) == (ms.date, ms.date + dt.timedelta(10), 10, 7)
    assert [(mv.area, mv.before, mv.after, mv.better) for mv in view.moves] == [
        ("overall", "green", "amber", False), ("schedule", "green", "red", False)]
    assert ctx.reports[0].moves == () and ctx.reports[0].previous is None


def test_budget_remaining_is_approved_minus_spent_and_changes_count_by_the_report_date(q: m.Questionnaire) -> None:
    assert q.project.budget is not None and q.change_control is not None
    decided = q.change_control.requests[0].decision
    assert decided is not None
    before = report(decided.date - dt.timedelta(1), budget=m.BudgetStatus(rating="green", spent=100000))
    after = report(decided.date, budget=m.BudgetStatus(rating="green"))
    ctx = build_context(dataclasses.replace(q, status_reports=[before, after]))
    early, late = ctx.reports
    assert (early.money.approved, early.money.spent, early.money.remaining) == (q.project.budget.amount, 100000,
                                                                               q.project.budget.amount - 100000)
    assert early.money.changes == 0 and late.money.changes == q.change_control.requests[0].impact.cost
    assert late.money.spent is None and late.money.remaining is None  # no cost to date answered: not known
    assert late.money.contingency_left == ctx.contingency - late.money.changes  # type: ignore[operator]
    assert [cr.id for cr in late.decided] == [q.change_control.requests[0].id] and early.decided == ()
    # the planned cost the report's table states and its budget picture draws (review 23 F13): one rule
    assert early.money.planned == q.project.budget.amount - ctx.contingency  # type: ignore[operator]
    assert late.money.planned == early.money.planned + late.money.changes  # type: ignore[operator]


def test_a_budget_increase_raises_the_approved_budget_and_leaves_the_contingency(q: m.Questionnaire) -> None:
    """Review 23 F1: a change the sponsor funds with more budget is not paid from the contingency."""
    assert q.project.budget is not None and q.change_control is not None and ctx_contingency(q) is not None
    first = q.change_control.requests[0]
    assert first.decision is not None and first.impact.cost
    funded = dataclasses.replace(first, impact=dataclasses.replace(first.impact, funding="budget-increase"))
    before = report(first.decision.date - dt.timedelta(1), budget=m.BudgetStatus(rating="green", spent=1000))
    after = report(first.decision.date, budget=m.BudgetStatus(rating="green", spent=1000))
    changed = dataclasses.replace(q, status_reports=[before, after], change_control=dataclasses.replace(
        q.change_control, requests=[funded, *q.change_control.requests[1:]]))
    ctx = build_context(changed)
    early, late = ctx.reports
    amount, cost = q.project.budget.amount, first.impact.cost
    assert (early.money.approved, early.money.increase) == (amount, 0)
    assert (late.money.approved, late.money.increase, late.money.changes) == (amount + cost, cost, cost)
    assert late.money.remaining == amount + cost - 1000
    assert late.money.contingency_left == ctx.contingency  # nothing of it paid from the reserve
    assert late.money.planned == early.money.planned + cost  # the budget grew by what the change adds
    assert [cr.id for cr in ctx.budget_increases()] == [first.id] and ctx.drawn() == sum(
        cr.impact.cost or 0 for cr in q.change_control.requests[1:] if cr.status in m.APPROVED_STATUSES)


def ctx_contingency(q: m.Questionnaire) -> float | None:
    """Return the example's contingency reserve as an amount."""
    return build_context(q).contingency


def test_a_report_lists_the_issues_raised_by_its_date_open_ones_first(q: m.Questionnaire) -> None:
    """Review 12 F2: the log keeps only today's status, so a report shows every issue raised by its date with it,
    rather than "no open issue" for an issue open then and resolved since."""
    issues = [m.Issue(id="I-1", raised=D(2027, 2, 1), issue="A", owner="Sam Lee", priority="low", status="open"),
              m.Issue(id="I-2", raised=D(2027, 2, 2), issue="B", owner="Sam Lee", priority="critical",
                      status="in-progress"),
              m.Issue(id="I-3", raised=D(2027, 2, 3), issue="C", owner="Sam Lee", priority="high", status="resolved",
                      resolution="Done"),
              m.Issue(id="I-4", raised=D(2027, 5, 1), issue="D", owner="Sam Lee", priority="high", status="open")]
    ctx = build_context(dataclasses.replace(q, issues=issues, status_reports=[report(D(2027, 3, 1))]))
    assert [i.id for i in ctx.reports[0].issues] == ["I-2", "I-1", "I-3"]
    assert [i.id for i in ctx.issue_log] == ["I-2", "I-4", "I-1", "I-3"]


def test_raci_rows_are_answered_or_proposed_by_the_stated_rule(q: m.Questionnaire) -> None:
    first, second = q.scope.deliverables[:2]
    row = m.RaciRow(deliverable=first.name, responsible=["Lee Chen"], accountable="Priya Nair",
                    consulted=["Dana Ortiz"], informed=["team", "Sam Lee"])
    ctx = build_context(dataclasses.replace(q, raci=[row]))
    answered, proposed = ctx.raci[0], ctx.raci[1]
    assert not answered.proposed and answered.letters("Lee Chen") == "R" and answered.letters("Sam Lee") == "I"
    assert answered.groups == ("team",) and answered.letters("Priya Nair") == "A"
    assert proposed.proposed and proposed.deliverable == second.name
    assert proposed.responsible == ((second.owner,) if second.owner else ())
    assert proposed.accountable == q.roles.project_manager
    assert len(ctx.raci) == len(q.scope.deliverables)
    assert ctx.raci_people == [p.name for p in q.people if p.name in {"Lee Chen", "Priya Nair", "Dana Ortiz",
                                                                      "Sam Lee", *(d.owner for d in q.scope.deliverables)}]


def running(q: m.Questionnaire) -> m.Questionnaire:
    """Return the questionnaire with two status reports and every log of the running project."""
    ms = q.milestones[0]
    first = report(D(2027, 3, 1), forecasts=[m.Forecast(milestone=ms.name, date=ms.date)],
                   budget=m.BudgetStatus(rating="green", spent=100000), done=["Pilot *done*"], next=["Wave | two"])
    second = m.StatusReport(
        date=D(2027, 3, 29), overall="red", summary="Vendor slipped.\n\nSecond paragraph.",
        forecasts=[m.Forecast(milestone=ms.name, date=ms.date + dt.timedelta(12))],
        schedule=m.AreaStatus(rating="red", note="Vendor `late` again"),
        budget=m.BudgetStatus(rating="amber", note="Overtime", spent=150000.5), decisions_needed=["Approve overtime"])
    decisions = [m.LoggedDecision(id="D-1", date=D(2027, 2, 1), decision="Use batch", by="board", rationale="Fast"),
                 m.LoggedDecision(id="D-2", date=D(2027, 3, 1), decision="Keep CRM", by="Sam Lee")]
    issues = [m.Issue(id="I-1", raised=D(2027, 2, 1), issue="API slow", owner="Sam Lee", priority="critical",
                      status="open", due=D(2027, 2, 20)),
              m.Issue(id="I-2", raised=D(2027, 2, 2), issue="Fixed", owner="Sam Lee", priority="low", status="closed",
                      resolution="Patched")]
    lessons = [m.Lesson(date=D(2027, 3, 1), lesson="Profile all data", category="data", action="Profile 100%")]
    return dataclasses.replace(q, status_reports=[first, second], decisions=decisions, issues=issues, lessons=lessons)


def test_a_status_report_shows_every_answer_and_the_figures_that_add_up(q: m.Questionnaire) -> None:
    q = running(q)
    docs = docs_of(q)
    code = q.project.code
    text = docs[f"{code}-status-report-2027-03-29.md"]
    assert "**Overall rating: RED.**" in text and "Vendor slipped.\n\nSecond paragraph." in text
    assert "| Schedule | **RED** | Vendor \\`late\\` again |" in text and "| Budget | **AMBER** | Overtime |" in text
    assert "| Scope | not rated in this report |  |" in text
    assert "- Approve overtime" in text
    assert "- Overall rating worsened: GREEN → RED." in text
    ms = q.milestones[0]
    assert f"- {ms.name}: forecast moved 12 days later, to {ms.date + dt.timedelta(12)}." in text
    assert f"| {ms.name} | {ms.date} | {ms.date + dt.timedelta(12)} | 12 days late |" in text
    assert q.project.budget is not None
    assert "| Spent to date | EUR 150,000.50 |" in text
    remaining = q.project.budget.amount - 150000.5
    assert f"| Remaining (approved budget minus spent) | {build_context(q).money(remaining)} |" in text
    assert "| I-1 | API slow | critical | Sam Lee | 2027-02-20 (past due on 2027-03-29) | open |" in text
    assert "| I-2 | Fixed | low | Sam Lee | not recorded | closed |" in text
    first = docs[f"{code}-status-report-2027-03-01.md"]
    assert "This is the project's first status report" in first
    assert "- Pilot \\*done\\*" in first and "- Wave \\| two" in first


def test_the_executive_summary_says_where_the_project_stands_from_the_latest_report(q: m.Questionnaire) -> None:
    code = q.project.code
    before = docs_of(q)[f"{code}-executive-summary.md"]
    assert "No status report has been recorded yet" in before
    q = running(q)
    text = docs_of(q)[f"{code}-executive-summary.md"]
    assert "## Where it stands (as of 2027-03-29)" in text and "**Overall rating: RED** (schedule RED, budget AMBER)" in text
    assert "- Approve overtime" in text
    top = build_context(q).risks[:3]
    assert all(s.risk.risk in text for s in top) and text.count("of 9):**") == len(top)
    ms = q.milestones[0]
    assert f"| {ms.name} | {ms.date} | {ms.date + dt.timedelta(12)} (12 days late) |" in text
    assert "spent by 2027-03-29" in text


def test_the_logs_are_written_when_their_sections_have_entries_with_a_summary_line(q: m.Questionnaire) -> None:
    code = q.project.code
    bare = docs_of(q)
    assert not any(name.endswith(("decision-log.md", "issue-log.md", "lessons-learned.md",
                                  "technical-debt-register.md")) for name in bare)
    assert f"{code}-raci-matrix.md" in bare and f"{code}-executive-summary.md" in bare
    docs = docs_of(running(q))
    assert "**2 decisions recorded**, from 2027-02-01 to 2027-03-01; 1 of them by the change board." in \
        docs[f"{code}-decision-log.md"]
    issues = docs[f"{code}-issue-log.md"]
    assert "**1 open issue** (1 critical, 1 past its due date); 1 resolved or closed." in issues
    assert "| I-2 | 2027-02-02 | Fixed | Sam Lee | low | closed | not recorded | Patched | not recorded |" in issues
    assert "**1 lesson recorded**, 1 with an action to take." in docs[f"{code}-lessons-learned.md"]


def test_a_raci_derived_from_answers_stays_without_guidance_and_says_its_rows_are_proposed(q: m.Questionnaire) -> None:
    plain = docs_of(dataclasses.replace(q, raci=[]), guidance=False)[f"{q.project.code}-raci-matrix.md"]
    assert "every row below is **proposed** by this rule" in plain
    assert plain.count("| proposed |") == len(q.scope.deliverables)


def test_what_changed_names_first_forecasts_and_forecasts_after_the_end(q: m.Questionnaire) -> None:
    """Review 12 F6: a milestone forecast for the first time, or beyond the project's end, is news for the reader."""
    ms = q.milestones[0]
    after = q.project.end + dt.timedelta(8)
    first = report(D(2027, 3, 1))
    second = report(D(2027, 3, 29), "amber", forecasts=[m.Forecast(milestone=ms.name, date=after)])
    text = docs_of(dataclasses.replace(q, status_reports=[first, second]))[
        f"{q.project.code}-status-report-2027-03-29.md"]
    late = (after - ms.date).days
    assert f"- {ms.name}: forecast for the first time, {after} ({late} days late)." in text
    assert f"Forecast after the project's end ({q.project.end}): {ms.name}." in text


def test_the_executive_summary_lists_a_decision_once_and_names_the_biggest_risks(q: m.Questionnaire) -> None:
    """Review 12 H1, H2: a decision the report asks for a pending request is not listed twice."""
    assert q.change_control is not None
    pending = dataclasses.replace(q.change_control.requests[0], id="CR-09", status="proposed", decision=None)
    q = dataclasses.replace(q, change_control=dataclasses.replace(q.change_control, requests=[pending]),
                            status_reports=[report(D(2027, 3, 1), decisions_needed=["Decide on cr-09 this week"])])
    text = docs_of(q)[f"{q.project.code}-executive-summary.md"]
    assert "- Decide on cr-09 this week" in text and "A decision on change request CR-09" not in text
    assert "**The biggest risks.**" in text
    ctx = build_context(q)
    assert ctx.names_id("CR-09", "see CR-09.") and not ctx.names_id("CR-0", "CR-09")
    assert ctx.unasked(["see CR-09."]) == [] and ctx.unasked(["CR-0"]) == [pending]


def test_a_milestone_reached_is_carried_into_later_reports_and_announced_once(q: m.Questionnaire) -> None:
    """Review 14 N2 and review 12 F7: a forecast on or before its report's date is the day it was reached."""
    ms = q.milestones[0]
    ahead = report(ms.date - dt.timedelta(10), forecasts=[m.Forecast(milestone=ms.name, date=ms.date)])
    done = report(ms.date + dt.timedelta(7), forecasts=[m.Forecast(milestone=ms.name, date=ms.date + dt.timedelta(2))])
    later = report(ms.date + dt.timedelta(40))  # gives no forecast for it any more
    ctx = build_context(dataclasses.replace(q, status_reports=[ahead, done, later]))
    slips = [next(s for s in v.slips if s.milestone == ms.name) for v in ctx.reports]
    assert [(s.forecast, s.reached, s.reached_now) for s in slips] == [
        (ms.date, False, False), (ms.date + dt.timedelta(2), True, True), (ms.date + dt.timedelta(2), True, False)]
    assert slips[2].days == 2 and slips[2].moved is None
    assert not ctx.reports[1].slipped  # reached late is not 'forecast after its baseline'


def test_a_milestone_listed_as_done_stays_done_in_later_reports(q: m.Questionnaire) -> None:
    """Review 23 F12: a milestone an earlier report lists as done (with no forecast) is not 'not forecast' later, in
    the report or in the executive summary; one listed before it is listed is not done yet."""
    ms = q.milestones[0]
    before = report(ms.date - dt.timedelta(20))
    done = report(ms.date, done=[ms.name.upper()])
    later = report(ms.date + dt.timedelta(30), done=["Something else"])
    ctx = build_context(dataclasses.replace(q, status_reports=[before, done, later]))
    assert [next(s for s in v.slips if s.milestone == ms.name).listed_done for v in ctx.reports] == [False, True, True]
    summary = docs_of(dataclasses.replace(q, status_reports=[before, done, later]))[f"{q.project.code}-executive-summary.md"]
    assert f"| {ms.name} | {ms.date} | reached (date not recorded) |" in summary


def test_a_milestone_whose_last_part_a_later_report_lists_done_with_its_day_is_reached_that_day(
        q: m.Questionnaire) -> None:
    """Review 89b F1: parts done in one report, the last "signed off (day)" in the next: reached that day, late, once
    (not "no forecast; its baseline date has passed")."""
    ms = dataclasses.replace(q.milestones[0], name="Pilot go-live on Line 3", deliverables=["Pipeline", "Line 3 pilot"])
    first = report(ms.date - dt.timedelta(5), done=["Pipeline passed review"],
                   forecasts=[m.Forecast(milestone=ms.name, date=ms.date + dt.timedelta(14))])
    second = report(ms.date + dt.timedelta(30), done=[f"Line 3 pilot signed off ({ms.date + dt.timedelta(14)})"])
    third = report(ms.date + dt.timedelta(60))
    ctx = build_context(dataclasses.replace(q, milestones=[ms, *q.milestones[1:]], status_reports=[first, second, third]))
    slips = [next(s for s in v.slips if s.milestone == ms.name) for v in ctx.reports]
    assert [(s.forecast, s.reached, s.reached_now, s.days) for s in slips[1:]] == [
        (ms.date + dt.timedelta(14), True, True, 14), (ms.date + dt.timedelta(14), True, False, 14)]
    undated = report(ms.date + dt.timedelta(30), done=["Line 3 pilot signed off"])
    ctx = build_context(dataclasses.replace(q, milestones=[ms, *q.milestones[1:]], status_reports=[first, undated]))
    [slip] = [s for s in ctx.reports[1].slips if s.milestone == ms.name]
    assert (slip.forecast, slip.listed_done, slip.listed_by) == (None, True, undated.date)


def test_a_report_names_the_requests_raised_in_its_period_and_not_yet_decided(q: m.Questionnaire) -> None:
    """Review 19 F14: a request raised in the period is not missing from the report because nobody decided it yet."""
    assert q.change_control is not None
    request = q.change_control.requests[0]
    assert request.decision is not None
    raised_only = report(request.date)  # raised that day, decided later
    decided = report(request.decision.date)
    ctx = build_context(dataclasses.replace(q, status_reports=[raised_only, decided]))
    first, second = ctx.reports
    assert [cr.id for cr in first.raised] == [request.id] and first.decided == ()
    assert second.raised == () and [cr.id for cr in second.decided] == [request.id]


def test_the_executive_summary_names_the_open_critical_issues_else_the_high_ones(q: m.Questionnaire) -> None:
    """Review 23 F5: a critical issue past its due date was in the issue log and the report, not on the sponsor's
    page."""
    q = running(q)
    summary = docs_of(q)[f"{q.project.code}-executive-summary.md"]
    assert ("**Critical issue open:** I-1: API slow (Sam Lee; due 2027-02-20, past due). The issue log has every "
            "issue.") in summary
    resolved = dataclasses.replace(q, issues=[dataclasses.replace(i, status="resolved", resolution="Done")
                                              for i in q.issues])
    assert "Critical issue" not in docs_of(resolved)[f"{q.project.code}-executive-summary.md"]
    # review 35 F4: with no critical issue open, the high-priority ones are named (an overspend went unsaid)
    high = dataclasses.replace(q, issues=[dataclasses.replace(i, priority="high") for i in q.issues])
    summary = docs_of(high)[f"{q.project.code}-executive-summary.md"]
    assert ("**High-priority issue open:** I-1: API slow (Sam Lee; due 2027-02-20, past due). The issue log has "
            "every issue.") in summary
    low = dataclasses.replace(q, issues=[dataclasses.replace(i, priority="medium") for i in q.issues])
    assert "issue open" not in docs_of(low)[f"{q.project.code}-executive-summary.md"]


def test_the_decision_log_says_plainly_when_the_board_made_every_decision(q: m.Questionnaire) -> None:
    """Review 23 F14: '1 decision recorded ...; 1 of them by the change board' read awkwardly; reviews 47b F12,
    47c F10: a decision of the log recorded as by the board is the board's, not the change board's."""
    q = running(q)
    code = q.project.code

    def line(decisions: list[m.LoggedDecision]) -> str:
        text = docs_of(dataclasses.replace(q, decisions=decisions))[f"{code}-decision-log.md"]
        return next(row for row in text.splitlines() if "recorded**" in row)
    board = [d for d in q.decisions if d.by == "board"]
    assert line(board[:1]).endswith("; made by the change board.")
    assert line([board[0], dataclasses.replace(board[0], id="D-9")]).endswith("; all of them by the change board.")
    assert line([d for d in q.decisions if d.by != "board"]).endswith("; none by the change board.")


@pytest.mark.parametrize("said", ["{} signed", "{} was signed off", "{} granted", "{} went live", "{} approved",
                                  "{} 26 Oct", "{} on October 26, 2026", "{} 26.10.2026"])  # review 40a F4
def test_a_milestone_said_done_in_a_words_saying_it_was_reached_counts(q: m.Questionnaire, said: str) -> None:
    """Review 38a F1: "Operational acceptance signed" among the done items left the milestone "whether reached is not
    recorded" on the same page."""
    ms = q.milestones[0]
    done = report(ms.date + dt.timedelta(3), done=[said.format(ms.name)])
    ctx = build_context(dataclasses.replace(q, status_reports=[done]))
    slip = next(s for s in ctx.reports[0].slips if s.milestone == ms.name)
    # reached, on the day the item gives where it gives one after the name (review 58c F2: "passed on 14 November")
    assert slip.listed_done or (slip.reached and slip.forecast == dt.date(2026, 10, 26) and "26" in said)
    for other in (f"{ms.name} plan drafted", f"{ms.name} 2.1", f"{ms.name} 5 Mayors"):  # not a day: not reached
        plan = report(ms.date + dt.timedelta(3), done=[other])
        ctx = build_context(dataclasses.replace(q, status_reports=[plan]))
        assert not next(s for s in ctx.reports[0].slips if s.milestone == ms.name).listed_done, other


def test_the_summary_counts_a_change_approved_after_the_latest_report(q: m.Questionnaire) -> None:
    """Review 38c F2: "contingency left GBP 39,000 of GBP 39,000" on a page reflecting a GBP 4,000 change approved
    after the latest report, where the charter and the change-control plan said GBP 35,000."""
    assert q.change_control is not None and q.project.budget is not None
    approved = [cr for cr in q.change_control.requests if cr.status in m.APPROVED_STATUSES and cr.decision]
    assert approved and approved[0].impact.cost and approved[0].decision
    latest = report(approved[0].decision.date - dt.timedelta(5), budget=m.BudgetStatus(rating="green", spent=1000))
    q2 = dataclasses.replace(q, status_reports=[latest])
    assert build_context(q2).reports[-1].money.contingency_left == build_context(q2).contingency  # not yet approved
    ctx = build_context(q2)
    assert ctx.contingency is not None
    left = ctx.money(ctx.contingency - ctx.drawn())
    summary = docs_of(q2)[f"{q.project.code}-executive-summary.md"]
    assert f"contingency left {left} of {ctx.money(ctx.contingency)}" in summary


def test_the_latest_report_says_an_occurred_risk_may_have_occurred_after_it(q: m.Questionnaire) -> None:
    """Review 38b F9: a risk occurring (its issue raised) after the latest report was listed in it as occurred, with
    none of the caveat earlier reports carry."""
    assert q.risks and q.change_control is not None
    risks = [dataclasses.replace(q.risks[0], status="occurred"), *q.risks[1:]]
    first = min(cr.date for cr in q.change_control.requests)
    latest = report(first - dt.timedelta(3))
    text = docs_of(dataclasses.replace(q, risks=risks, status_reports=[latest]))
    page = next(v for k, v in text.items() if k.endswith(f"status-report-{latest.date}.md"))
    records = build_context(dataclasses.replace(q, risks=risks, status_reports=[latest])).records_date
    assert records and records > latest.date
    # review 51c F2: "Risks that had occurred by D (... it may have occurred after D)" said two things at once
    # review 60c F2: with no other risk occurred, no "those that had occurred by" an empty set
    assert (f"{risks[0].id or 'R-01'} has occurred; the day it occurred is not recorded, and may be after this "
            f"report (the records go up to {records}):") in page
    dated = dataclasses.replace(q.risks[0], id="R-09", risk="Key supplier insolvent", status="occurred",
                                occurred=latest.date - dt.timedelta(1))
    both = dataclasses.replace(q, risks=[dataclasses.replace(risks[0], id="R-01"), dated], status_reports=[latest])
    page = next(v for k, v in docs_of(both).items() if k.endswith(f"status-report-{latest.date}.md"))
    assert (f"Risks that had occurred by {latest.date}, and R-01, which has occurred on a day not "
            f"recorded, perhaps after this report (the records go up to {records}):") in page


def test_an_area_rated_for_the_first_time_is_a_change_since_the_previous_report(q: m.Questionnaire) -> None:
    """Review 39b F4: "What changed" left out the schedule going from not rated to RED, the reason for a RED overall."""
    first = report(D(2027, 3, 1), budget=m.BudgetStatus(rating="green"))
    second = report(D(2027, 4, 1), "red", schedule=m.AreaStatus(rating="red", note="Vendor audit failed"))
    q2 = dataclasses.replace(q, status_reports=[first, second])
    moves = {(mv.area, mv.before, mv.after) for mv in build_context(q2).reports[1].moves}
    assert moves == {("overall", "green", "red"), ("schedule", None, "red"), ("budget", "green", None)}
    page = next(v for k, v in docs_of(q2).items() if k.endswith("status-report-2027-04-01.md"))
    assert "- Schedule rated for the first time: RED." in page
    assert "- Budget not rated in this report (previously GREEN)." in page



def test_a_proposed_raci_row_makes_the_person_the_acceptance_criteria_name_accountable(q: m.Questionnaire) -> None:
    """Review 44c F12: "Runbook accepted by the Service Desk Manager", and the RACI proposed the project manager."""
    from generator.view.running import acceptor_named, raci_lines

    desk = q.people[-1]
    d = dataclasses.replace(q.scope.deliverables[0], name="Service desk runbook",
                            acceptance=[f"Runbook accepted by the {desk.role}"])
    q2 = dataclasses.replace(q, raci=[], scope=dataclasses.replace(q.scope, deliverables=[d]))
    assert acceptor_named(q2, d) == desk.name
    assert raci_lines(q2)[0].accountable == desk.name and raci_lines(q2)[0].proposed
    vague = dataclasses.replace(d, acceptance=["Accepted by the team"])
    assert acceptor_named(q2, vague) is None
    # a runbook of another deliverable is a piece of it signed on its own (review 61c F2)
    piece = dataclasses.replace(d, name="Migrated customer database")
    assert acceptor_named(dataclasses.replace(q2, scope=dataclasses.replace(q.scope, deliverables=[piece])),
                          piece) is None


def test_an_acceptor_is_found_by_one_of_the_titles_their_job_joins(q: m.Questionnaire) -> None:
    """Review 45b F4: "Approved by the Chief Clinical Information Officer" did not find the "Consultant Anaesthetist
    and Chief Clinical Information Officer"."""
    from generator.view.running import acceptor_named

    cio = dataclasses.replace(q.people[-1], role="Consultant Anaesthetist and Chief Clinical Information Officer")
    d = dataclasses.replace(q.scope.deliverables[0], acceptance=["Approved by the Chief Clinical Information Officer"])
    assert acceptor_named(dataclasses.replace(q, people=[*q.people[:-1], cio]), d) == cio.name


def test_a_risk_an_issue_names_had_occurred_by_the_day_that_issue_was_raised(q: m.Questionnaire) -> None:
    """Review 50a F5: an earlier report showed R-01 "not known (now occurred)" beside issue I-01, raised on
    2027-03-15, which says "risk R-01 has occurred"."""
    risk = dataclasses.replace(q.risks[0], status="occurred", occurred=None, id=None)
    issue = m.Issue(id="I-09", raised=D(2027, 3, 15), issue="Supplier late (risk R-01 has occurred)", owner="Sam Lee",
                    priority="high", status="open")
    reports = [report(D(2027, 3, 1)), report(D(2027, 4, 1)), report(D(2027, 5, 3))]
    ctx = build_context(dataclasses.replace(q, risks=[risk, *q.risks[1:]], issues=[issue], status_reports=reports))
    before, after, latest = ctx.reports
    assert "R-01" in before.unknown and not before.occurred_by  # before the issue: not known
    assert [s.id for s in after.occurred] == ["R-01"]
    assert after.occurred_by_of("R-01") == ("R-01", D(2027, 3, 15), "issue", "I-09")
    text = docs_of(dataclasses.replace(q, risks=[risk, *q.risks[1:]], issues=[issue], status_reports=reports))
    middle = text[f"{q.project.code}-status-report-2027-04-01.md"]
    assert "| by 2027-03-15, when issue I-09, which names it, was raised |" in middle


def test_a_risk_a_change_request_says_occurred_had_occurred_by_the_day_it_was_raised(q: m.Questionnaire) -> None:
    """Review 51c F2: "not known (now occurred)" beside CR-002, raised on 2025-08-04 "as risk R-02 occurred"."""
    assert q.change_control is not None
    risk = dataclasses.replace(q.risks[0], status="occurred", occurred=None, id=None)
    first = q.change_control.requests[0]
    said = dataclasses.replace(first, reason="Risk R-01 occurred; 23 servers need re-addressing")
    mentioned = dataclasses.replace(first, reason="Lowers risk R-01")  # names it, says nothing of it occurring
    for request, found in ((said, ("R-01", first.date, "change request", first.id)), (mentioned, None)):
        cc = dataclasses.replace(q.change_control, requests=[request, *q.change_control.requests[1:]])
        changed = dataclasses.replace(q, risks=[risk, *q.risks[1:]], issues=[], change_control=cc,
                                      status_reports=[report(first.date + dt.timedelta(days=10))])
        assert build_context(changed).reports[-1].occurred_by_of("R-01") == found
        if found:
            page = next(v for k, v in docs_of(changed).items() if "status-report" in k)
            assert (f"| by {first.date}, when change request {first.id}, which says it occurred, was raised |"
                    in page)


def test_an_issues_resolution_giving_one_day_is_the_day_it_was_resolved(q: m.Questionnaire) -> None:
    """Review 50a F5: "not known (now resolved)" beside a resolution saying "the switches were delivered on 18
    September"."""
    from generator.questionnaire.resolved_days import closed_on

    issue = m.Issue(id="I-09", raised=D(2027, 3, 2), issue="Switches late", owner="Sam Lee", priority="high",
                    status="resolved", resolution="Loan chassis used; the switches were delivered on 18 March")
    assert closed_on(issue) == D(2027, 3, 18)
    assert closed_on(dataclasses.replace(issue, resolution="Fixed on 2027-03-20, retested on 2027-03-22")) is None
    assert closed_on(dataclasses.replace(issue, resolution="Delivered on 18 February")) == D(2028, 2, 18)  # after raised
    # review 63b F4: a day that starts a period is not the day it was resolved
    for period in ("Stable from 30 March 2027", "Workaround in place until March 30",
                   "Wave 5 moved to 2027-03-30 after the freeze"):
        assert closed_on(dataclasses.replace(issue, resolution=period)) is None, period
    # review 66a F1: "since" a day, it was resolved by then (the log says "by", review 63b F4's concern)
    since = dataclasses.replace(issue, resolution="Replica moved to dedicated storage; lag under 1 s since 2027-03-30")
    assert closed_on(since) == D(2027, 3, 30)
    # review 71a F3: steps after the dated one came later, on days not recorded
    steps = "Reviews completed 2027-03-18; reminders now automated in Drata; exception disclosed with a response"
    assert closed_on(dataclasses.replace(issue, resolution=steps)) is None
    assert closed_on(dataclasses.replace(issue, resolution="Reminders automated. Reviews completed 2027-03-18.")) == \
        D(2027, 3, 18)
    reports = [report(D(2027, 3, 12)), report(D(2027, 4, 1)), report(D(2027, 5, 3))]
    ctx = build_context(dataclasses.replace(q, issues=[issue], status_reports=reports))
    first, second, third = ctx.reports
    assert first.issue_state(issue) == "unresolved" and second.issue_state(issue) == "resolved"
    assert third.done_before == ("I-09",)
    docs = docs_of(dataclasses.replace(q, issues=[issue], status_reports=reports))
    assert "I-09's resolution gives a day it was resolved by (2027-03-18)." in \
        docs[f"{q.project.code}-status-report-2027-04-01.md"]
    assert "| by 2027-03-18 (as its resolution says) |" in docs[f"{q.project.code}-issue-log.md"]


def test_a_milestone_due_on_the_reports_date_with_no_forecast_says_so(q: m.Questionnaire) -> None:
    """Review 51a F7: "Data migration dry run complete | 2026-05-29 | no forecast in this report" in the report of
    2026-05-29, the day it was due, said nothing of that."""
    due = q.milestones[0].date
    text = docs_of(dataclasses.replace(q, status_reports=[report(due)]))
    page = next(v for k, v in text.items() if k.endswith(f"status-report-{due}.md"))
    row = next(line for line in page.splitlines() if line.startswith(f"| {q.milestones[0].name} |"))
    assert "| due on this report's date; no forecast in this report, and whether it was reached is not recorded |" in row, row


def test_a_proposed_raci_row_whose_criteria_name_several_people_proposes_no_accountable(q: m.Questionnaire) -> None:
    """Review 52c F4: "Signed by the System Owner, the CSV Lead and the Qualified Person" made the project manager
    accountable, against the rule the matrix prints (the person the criteria name)."""
    first, second = q.people[1], q.people[2]
    d = dataclasses.replace(q.scope.deliverables[0], acceptance=[f"Signed by {first.name} and {second.name}"])
    q2 = dataclasses.replace(q, raci=[], scope=dataclasses.replace(q.scope, deliverables=[d, *q.scope.deliverables[1:]]))
    line = build_context(q2).raci[0]
    assert line.proposed and line.accountable is None and set(line.named) == {first.name, second.name}
    matrix = docs_of(q2)[f"{q.project.code}-raci-matrix.md"]
    assert "not proposed: its acceptance criteria name " in matrix and "; agree which one is accountable |" in matrix
    assert "where they name several, the row names none" in matrix


def test_a_forecast_given_again_after_a_report_without_one_is_not_a_first(q: m.Questionnaire) -> None:
    """Review 53a F4: "Zone A cut-over: forecast for the first time, 2026-12-01" beside the report of 2026-09-30
    forecasting it for 2026-11-17 (the report between gave none)."""
    ms = q.milestones[-1]
    first = report(D(2027, 3, 1), forecasts=[m.Forecast(milestone=ms.name, date=ms.date)])
    second = report(D(2027, 4, 1))
    third = report(D(2027, 5, 3), forecasts=[m.Forecast(milestone=ms.name, date=ms.date + dt.timedelta(days=14))])
    q2 = dataclasses.replace(q, status_reports=[first, second, third])
    slip = next(s for s in build_context(q2).reports[-1].slips if s.milestone == ms.name)
    assert slip.first and slip.again == (ms.date, D(2027, 3, 1))
    page = docs_of(q2)[f"{q.project.code}-status-report-2027-05-03.md"]
    assert (f"- {ms.name}: forecast again, {ms.date + dt.timedelta(days=14)} (14 days late); the previous report gave "
            f"none, and the report of 2027-03-01 forecast {ms.date}.") in page


def test_a_job_title_is_named_by_its_initials_too(q: m.Questionnaire) -> None:
    """Review 53c F8: "Passes the CISO's cloud security review" did not name the Chief Information Security Officer."""
    from generator.view.running import acceptor_named

    ciso = dataclasses.replace(q.people[-1], role="Chief Information Security Officer")
    d = dataclasses.replace(q.scope.deliverables[0], acceptance=["Cloud security design signed off by the CISO"])
    assert acceptor_named(dataclasses.replace(q, people=[*q.people[:-1], ciso]), d) == ciso.name
    lower = dataclasses.replace(ciso, role="Head of information security")  # not all capitalised: no initials
    assert acceptor_named(dataclasses.replace(q, people=[*q.people[:-1], lower]), d) is None
    # a review passed, or a check witnessed, accepts nothing (reviews 59c F5, 62a F7)
    for check in ("Passes the CISO's cloud security review", "HBS interface witnessed by the CISO"):
        reviewed = dataclasses.replace(d, acceptance=[check])
        assert acceptor_named(dataclasses.replace(q, people=[*q.people[:-1], ciso]), reviewed) is None, check


def test_a_risk_whose_contingency_names_an_approved_change_had_occurred_by_it(q: m.Questionnaire) -> None:
    """Review 54b F3: "R-01 ... may have occurred after 2026-11-30" beside its contingency "(see CR-001)", approved in
    October."""
    assert q.change_control is not None
    first = q.change_control.requests[0]
    assert first.status in m.APPROVED_STATUSES
    risk = dataclasses.replace(q.risks[0], status="occurred", occurred=None, id=None,
                               contingency=f"Extend the old system by three months (see {first.id})")
    q2 = dataclasses.replace(q, risks=[risk, *q.risks[1:]], issues=[],
                             status_reports=[report(first.date + dt.timedelta(days=10))])
    assert build_context(q2).reports[-1].occurred_by_of("R-01") == ("R-01", first.date, "contingency", first.id)
    page = next(v for k, v in docs_of(q2).items() if "status-report" in k)
    assert f"| by {first.date}, when change request {first.id}, which its contingency names, was raised |" in page



def test_a_phase_gate_listed_as_done_reaches_the_milestone_on_the_phase_end(q: m.Questionnaire) -> None:
    """Review 60a F3: the done item "Design authority sign-off", the gate of the phase ending on "Design approved",
    left the milestone "date passed; whether reached is not recorded"."""
    first = sorted(q.milestones, key=lambda ms: ms.date)[0]
    phase = m.Phase(name="Design", start=q.project.start, end=first.date, gate="Design authority sign-off")
    later = report(first.date + dt.timedelta(days=3), done=["Design authority sign-off"])
    q2 = dataclasses.replace(q, project=dataclasses.replace(q.project, phases=[phase]), status_reports=[later])
    ctx = build_context(q2)
    assert ctx.latest_report is not None and ctx.latest_report.listed_done(first.name)
    other = dataclasses.replace(phase, end=first.date - dt.timedelta(days=1))  # a gate ending another day
    q3 = dataclasses.replace(q2, project=dataclasses.replace(q.project, phases=[other]))
    latest = build_context(q3).latest_report
    assert latest is not None and not latest.listed_done(first.name)


def test_an_earlier_report_says_its_top_risks_are_the_registers_now_when_no_risk_says_when_it_was_raised(
        q: m.Questionnaire) -> None:
    """Review 62a F4: the first report listed as open on its day a risk found two months later."""
    reports = [report(D(2027, 3, 1)), report(D(2027, 5, 3))]
    text = docs_of(dataclasses.replace(q, status_reports=reports))
    first = text[f"{q.project.code}-status-report-2027-03-01.md"]
    assert ("The open risks with the highest scores (likelihood × impact, 1 to 9), as the register has them now: when "
            "R-01 was raised is not recorded, so it may not yet have been open on 2027-03-01.") in first
    raised = [dataclasses.replace(q.risks[0], raised=D(2027, 2, 1))]
    first = docs_of(dataclasses.replace(q, risks=raised, status_reports=reports))[
        f"{q.project.code}-status-report-2027-03-01.md"]
    assert "The risks open on 2027-03-01 with the highest scores" in first


def test_a_report_before_a_re_baseline_measures_its_slip_against_the_baseline_then(q: m.Questionnaire) -> None:
    """Review 63b F1: reports of January to March showed a milestone "70 days early" and "on the baseline date"
    against the date an April change had set, beside their own amber and red ratings; F5: the April report did not
    say the baseline had moved."""
    assert q.change_control is not None
    ms = q.milestones[0]
    old = ms.date - dt.timedelta(70)
    request = dataclasses.replace(q.change_control.requests[0], status="approved",
                                  description=f'Move "{ms.name}" from {old} to {ms.date}',
                                  decision=m.Decision(by="board", date=old + dt.timedelta(30)))
    before = report(old - dt.timedelta(20), forecasts=[m.Forecast(milestone=ms.name, date=old + dt.timedelta(7))])
    after = report(old + dt.timedelta(40), forecasts=[m.Forecast(milestone=ms.name, date=ms.date)])
    ctx = build_context(dataclasses.replace(q, status_reports=[before, after], change_control=dataclasses.replace(
        q.change_control, requests=[request])))
    first, second = ([s for s in v.slips if s.milestone == ms.name][0] for v in ctx.reports)
    assert (first.baseline, first.days, first.set_by) == (old, 7, None)
    assert first.replaced is not None and (first.replaced.before, first.replaced.after) == (old, ms.date)
    assert (second.baseline, second.days, second.replaced) == (ms.date, 0, None)
    assert second.set_by is not None and second.set_by.request == request.id
    docs = docs_of(dataclasses.replace(q, status_reports=[before, after], change_control=dataclasses.replace(
        q.change_control, requests=[request])))
    early = next(text for name, text in docs.items() if name.endswith(f"status-report-{before.date}.md"))
    assert f"| {ms.name} | {old} (later moved to {ms.date} by {request.id}, approved {old + dt.timedelta(30)}) |" in early
    assert "7 days late" in early and "can show as early" not in early
    late = next(text for name, text in docs.items() if name.endswith(f"status-report-{after.date}.md"))
    assert f"| {ms.name} | {ms.date} (moved from {old} by {request.id}, approved {old + dt.timedelta(30)}) |" in late
    # review 163a F10: and what changed since the previous report says so
    assert (f"- {ms.name}: baseline moved from {old} to {ms.date} by {request.id}, approved "
            f"{old + dt.timedelta(30)}.") in late


def test_a_revision_moving_a_milestone_for_a_request_undoes_that_request_in_the_report_before(
        q: m.Questionnaire) -> None:
    """Review 160a F1: "CR-002: guyyaan pilot 2025-05-30 → 2025-06-27" in a revision's summary; the reports before
    measured the pilot against 2025-05-30 and still said CR-002's days were in the dates they measured against."""
    assert q.change_control is not None
    ms = q.milestones[0]
    old = ms.date - dt.timedelta(28)
    request = dataclasses.replace(q.change_control.requests[0], status="approved", description="Extend the pilot",
                                  impact=dataclasses.replace(q.change_control.requests[0].impact, schedule_days=28,
                                                             in_baseline=True),
                                  decision=m.Decision(by="board", date=old - dt.timedelta(20)))
    revision = m.Revision(version="9.2", date=old - dt.timedelta(18), author=q.roles.project_manager,
                          summary=f"{request.id}: {ms.name} {old} → {ms.date}")
    before = report(old - dt.timedelta(30), forecasts=[m.Forecast(milestone=ms.name, date=old + dt.timedelta(21))])
    changed = dataclasses.replace(q, status_reports=[before], revisions=[*q.revisions, revision],
                                  change_control=dataclasses.replace(q.change_control, requests=[request]))
    ctx = build_context(changed)
    slip = next(s for s in ctx.reports[0].slips if s.milestone == ms.name)
    assert slip.replaced is not None and slip.replaced.kind == "revision" and slip.replaced.names == (request.id,)
    assert request.id in ctx.reports[0].undone and (slip.baseline, slip.days) == (old, 21)
    text = next(t for name, t in docs_of(changed).items() if name.endswith(f"status-report-{before.date}.md"))
    assert "approved after this report" not in text


def test_a_report_before_a_logged_decision_moving_a_milestone_measures_against_the_baseline_then(
        q: m.Questionnaire) -> None:
    """Review 131a F3: "Move the Christchurch go-live from 19 Oct to 16 Nov 2026" in the decision log; the report of
    August, forecasting 16 Nov, showed "on the baseline date" beside its own request to approve that move."""
    ms = q.milestones[0]
    old = ms.date - dt.timedelta(28)
    logged = m.LoggedDecision(id="D-09", date=old - dt.timedelta(20), by="board",
                              decision=f'Move "{ms.name}" from {old} to {ms.date}')
    before = report(old - dt.timedelta(30), forecasts=[m.Forecast(milestone=ms.name, date=ms.date)])
    docs = docs_of(dataclasses.replace(q, status_reports=[before], decisions=[*q.decisions, logged]))
    text = next(text for name, text in docs.items() if name.endswith(f"status-report-{before.date}.md"))
    assert f"| {ms.name} | {old} (later moved to {ms.date} by D-09, decided {logged.date}) | {ms.date} | 28 days late |" in text
    assert "where a decision logged later moved it, the Baseline column says so" in text


def test_a_report_before_a_revision_moving_a_milestone_measures_against_the_baseline_then(q: m.Questionnaire) -> None:
    """Review 132c F10: a revision's "moved from D1 to D2" of a milestone, later than the report."""
    ms = q.milestones[0]
    old = ms.date - dt.timedelta(14)
    revision = m.Revision(version="1.7", date=old - dt.timedelta(20), summary=f'"{ms.name}" moved from {old} to {ms.date}')
    before = report(old - dt.timedelta(30), forecasts=[m.Forecast(milestone=ms.name, date=old)])
    docs = docs_of(dataclasses.replace(q, status_reports=[before], revisions=[*q.revisions, revision]))
    text = next(text for name, text in docs.items() if name.endswith(f"status-report-{before.date}.md"))
    assert f"| {ms.name} | {old} (later moved to {ms.date} in revision 1.7 of {revision.date}) | {old} |" in text
    assert "where a later revision of the plan moved it, the Baseline column says so" in text
    assert "later than this report, says the plan's dates" not in text  # said in the column, not twice


def test_a_report_before_a_re_plan_naming_no_request_says_its_baseline_is_not_recorded(q: m.Questionnaire) -> None:
    """Review 132c F4: reports of October and December, before the re-plan of March after a two-month pause
    ("milepæler flyttet ca. åtte uker"), showed the new dates as their baseline and nothing late."""
    first = report(q.milestones[0].date - dt.timedelta(90))
    replan = m.Revision(version="2.0", date=first.date + dt.timedelta(30),
                        summary="Ny plan etter oppstart - milepæler flyttet ca. åtte uker")
    docs = docs_of(dataclasses.replace(q, status_reports=[first], revisions=[*q.revisions, replan]))
    text = next(text for name, text in docs.items() if name.endswith(f"status-report-{first.date}.md"))
    assert (f"Revision 2.0 of {replan.date}, later than this report, says the plan's dates were set again") in text
    assert f"the baseline in force on {first.date} is not recorded" in text
    named = dataclasses.replace(replan, summary="CR-001 incorporated; milestones moved")
    docs = docs_of(dataclasses.replace(q, status_reports=[first], revisions=[*q.revisions, named]))
    assert "later than this report, says the plan's dates" not in next(
        text for name, text in docs.items() if name.endswith(f"status-report-{first.date}.md"))


def test_a_report_whose_risks_all_changed_status_since_keeps_its_next_heading_apart(q: m.Questionnaire) -> None:
    """Review 64c F7: "## 8. Issues" ran on from the paragraph saying whether the risks were still open."""
    closed = [dataclasses.replace(r, status="closed", closed=None) for r in q.risks]
    early, later = report(D(2027, 2, 1)), report(D(2027, 3, 1))  # an earlier report: their status then unknown
    docs = docs_of(dataclasses.replace(q, risks=closed, status_reports=[early, later]))
    text = next(t for name, t in docs.items() if name.endswith("status-report-2027-02-01.md"))
    assert "were still open on" in text or "was still open on" in text
    assert "\n\n## 8. Issues" in text


def test_a_phased_projects_report_says_which_phase_the_plan_has_it_in_and_its_gate(q: m.Questionnaire) -> None:
    """Review 64c F4: a waterfall sponsor's report said nothing of the phase or the next gate."""
    start = q.project.start
    phases = [m.Phase(name="Design", start=start, end=start + dt.timedelta(59), gate="Design authority"),
              m.Phase(name="Build", start=start + dt.timedelta(70), end=start + dt.timedelta(120))]
    gate = m.Milestone(name="Design approved", date=start + dt.timedelta(59))
    during = report(start + dt.timedelta(30), forecasts=[m.Forecast(milestone=gate.name, date=gate.date + dt.timedelta(7))])
    between = report(start + dt.timedelta(65))
    q2 = dataclasses.replace(q, project=dataclasses.replace(q.project, phases=phases),
                             milestones=[*q.milestones, gate], status_reports=[during, between])
    docs = docs_of(q2)
    first = next(t for name, t in docs.items() if name.endswith(f"status-report-{during.date}.md"))
    assert (f"By the plan's dates, {during.date} falls in the phase “Design” ({start} to {gate.date}), which ends with "
            f"its gate, Design authority, planned for {gate.date} (this report forecasts “Design approved” for "
            f"{gate.date + dt.timedelta(7)}); the milestones below say where the work itself stands.") in first
    second = next(t for name, t in docs.items() if name.endswith(f"status-report-{between.date}.md"))
    assert f"falls between phases: the next, “Build”, starts on {start + dt.timedelta(70)}." in second
    plain = docs_of(dataclasses.replace(q2, project=dataclasses.replace(q.project, phases=[])))
    assert not [name for name, text in plain.items() if "By the plan's dates" in text]


def test_a_report_gives_its_gate_the_date_planned_on_its_day_not_a_date_a_later_decision_set(
        q: m.Questionnaire) -> None:
    """Review 134c F6: a February report said G2 was "planned for 2027-04-30", the date a change approved in March
    set, while its own milestone table gave that day's baseline, 2027-03-15."""
    start = q.project.start
    gate = m.Milestone(name="Contract awarded (G2)", date=start + dt.timedelta(100))
    old = gate.date - dt.timedelta(46)
    phases = [m.Phase(name="Tender", start=start, end=gate.date, gate="G2 award decision")]
    logged = m.LoggedDecision(id="D-04", date=old - dt.timedelta(5), by="board",
                              decision=f'Move "{gate.name}" from {old} to {gate.date}')
    during = report(old - dt.timedelta(17), forecasts=[m.Forecast(milestone=gate.name, date=old)])
    q2 = dataclasses.replace(q, project=dataclasses.replace(q.project, phases=phases), decisions=[*q.decisions, logged],
                             milestones=[*q.milestones, gate], status_reports=[during])
    text = next(t for name, t in docs_of(q2).items() if name.endswith(f"status-report-{during.date}.md"))
    assert (f"which ends with its gate, G2 award decision, planned on this report's date for {old} (later moved to "
            f"{gate.date} by D-04, decided {logged.date});") in text
    assert f"planned for {gate.date}" not in text


def test_a_report_whose_budget_note_may_give_the_forecast_points_to_it(q: m.Questionnaire) -> None:
    """Review 66c F1: "Forecast cost at completion | not recorded" beside a budget note giving GBP 768,000."""
    noted = report(D(2027, 3, 1), budget=m.BudgetStatus(rating="amber", spent=1000,
                                                         note="Forecast at completion is EUR 468,000"))
    text = next(t for name, t in docs_of(dataclasses.replace(q, status_reports=[noted])).items()
                if "status-report" in name)
    assert "| Forecast cost at completion | not recorded as a figure (see the budget's note in section 1) |" in text
    # review 71b: a note saying nothing of a forecast or an amount is not pointed to
    quiet = report(D(2027, 3, 1), budget=m.BudgetStatus(rating="amber", spent=1000, note="Licences ordered late"))
    text = next(t for name, t in docs_of(dataclasses.replace(q, status_reports=[quiet])).items()
                if "status-report" in name)
    assert "| Forecast cost at completion | not recorded |" in text
    # review 107c F1: a forecast in Spanish is one; review 107a F9: an amount alone is none
    for note, said in (("Gastado 6.21 millones; pronóstico 7.6 millones", True),
                       ("CR-001 (68 000 PLN) zatwierdzony ponad limit, pokrycie z rezerwy", False),
                       ("Prognoza 5,1 mln PLN", True),
                       ("Spá 96,1 m.kr. af 97,5 m.kr.", True)):  # (review 142b F6: Icelandic)
        noted = report(D(2027, 3, 1), budget=m.BudgetStatus(rating="amber", spent=1000, note=note))
        text = next(t for name, t in docs_of(dataclasses.replace(q, status_reports=[noted])).items()
                    if "status-report" in name)
        assert ("| Forecast cost at completion | not recorded as a figure (see the budget's note in section 1) |"
                in text) is said, note


def test_a_risk_a_status_report_says_occurred_had_occurred_by_that_report(q: m.Questionnaire) -> None:
    """Review 71a F5: "Whether R-01 ... was still open on 2025-06-27 is not known" in the report whose own schedule
    note says "Leververtraging 300 laptops (R-01 opgetreden)"."""
    risk = dataclasses.replace(q.risks[0], status="occurred", occurred=None, id=None)
    said = report(D(2027, 4, 1), "amber", schedule=m.AreaStatus(rating="amber", note="Late laptops (R-01 opgetreden)"))
    reports = [report(D(2027, 3, 1)), said, report(D(2027, 5, 3))]
    changed = dataclasses.replace(q, risks=[risk, *q.risks[1:]], issues=[], status_reports=reports)
    before, middle, _ = build_context(changed).reports
    assert "R-01" in before.unknown and middle.occurred_by_of("R-01") == ("R-01", D(2027, 4, 1), "status report",
                                                                           "2027-04-01")
    page = docs_of(changed)[f"{q.project.code}-status-report-2027-04-01.md"]
    assert "| by 2027-04-01, when the status report of that day said it had occurred |" in page
    mentioned = report(D(2027, 4, 1), "amber", schedule=m.AreaStatus(rating="amber", note="R-01 watched closely"))
    quiet = dataclasses.replace(changed, status_reports=[reports[0], mentioned, reports[2]])
    assert build_context(quiet).reports[1].occurred_by_of("R-01") is None
    # review 77c: Japanese "顕在化" (materialised), right after the ID
    japanese = report(D(2027, 4, 1), "amber", schedule=m.AreaStatus(rating="amber", note="納品遅延（R-01が顕在化）"))
    said_ja = dataclasses.replace(changed, status_reports=[reports[0], japanese, reports[2]])
    assert build_context(said_ja).reports[1].occurred_by_of("R-01") == ("R-01", D(2027, 4, 1), "status report",
                                                                          "2027-04-01")


def test_a_risk_whose_state_then_is_not_known_takes_no_open_risks_place(q: m.Questionnaire) -> None:
    """Review 72a: the top-risks table showed 3 of 4 open risks, R-03 left out silently, as two risks closed on a day
    not recorded took two of the five places."""
    base = q.risks[0]
    closed = [dataclasses.replace(base, id=f"R-0{i}", risk=f"Closed {i}", likelihood="high", impact="high",
                                  status="closed", closed=None) for i in (1, 2)]
    opened = [dataclasses.replace(base, id=f"R-0{i}", risk=f"Open {i}", likelihood="medium", impact="medium",
                                  status="open") for i in range(3, 9)]
    reports = [report(D(2027, 3, 1)), report(D(2027, 4, 1))]
    ctx = build_context(dataclasses.replace(q, risks=[*closed, *opened], status_reports=reports))
    first = ctx.reports[0]
    assert [s.id for s in first.risks if s.id not in first.unknown] == ["R-03", "R-04", "R-05", "R-06", "R-07"]
    assert set(first.unknown) == {"R-01", "R-02"}


def test_the_planned_cost_and_the_contingency_left_add_up_to_the_budget(q: m.Questionnaire) -> None:
    """Review 75a F1, F3: a saving kept out of the reserve lowered the planned cost but not the reserve, and another
    budget's share of a cost raised the planned cost only; the two no longer added up to the budget."""
    assert q.change_control is not None and q.project.budget is not None
    first = q.change_control.requests[0]
    saving = dataclasses.replace(first, id="CR-301", status="approved", impact=m.Impact(cost=-12000, schedule_days=0),
                                 decision=m.Decision(by="board", date=first.date, notes="Approved."))
    shared = dataclasses.replace(first, id="CR-302", status="approved", impact=m.Impact(cost=64000, schedule_days=0),
                                 decision=m.Decision(by="board", date=first.date, notes=(
                                     "EUR 40,000 from the contingency and EUR 24,000 from the stores' budget")))
    cc = dataclasses.replace(q.change_control, requests=[saving, shared])
    changed = dataclasses.replace(q, change_control=cc, status_reports=[report(first.date + dt.timedelta(3))])
    money = build_context(changed).reports[-1].money
    assert money.approved is not None and money.contingency_left is not None and money.planned is not None
    assert money.planned + money.contingency_left == money.approved
    assert money.contingency is not None and money.contingency - money.contingency_left == 40000
    assert money.drawn == 40000 and money.changes == 52000


def test_a_report_says_what_the_approved_changes_take_from_the_contingency_when_it_is_not_their_cost(
        q: m.Questionnaire) -> None:
    """Review 76c F2: "Approved changes EUR 108,000", "Contingency left EUR 150,000" of EUR 222,000 and "Planned cost
    (approved budget less contingency, plus approved changes)": a reader's sums did not add up (EUR 36,000 of a change
    was paid from another budget)."""
    from generator.render.templates import render_project

    assert q.change_control is not None
    first = q.change_control.requests[0]
    shared = dataclasses.replace(first, id="CR-302", status="approved", impact=m.Impact(cost=64000, schedule_days=0),
                                 decision=m.Decision(by="board", date=first.date, notes=(
                                     "EUR 40,000 from the contingency and EUR 24,000 from the stores' budget")))
    cc = dataclasses.replace(q.change_control, requests=[shared])
    changed = dataclasses.replace(q, change_control=cc, status_reports=[report(first.date + dt.timedelta(3))])
    text = next(d.markdown for d in render_project(changed) if d.slug == "status-report")
    assert "| Taken from the contingency reserve by the approved changes | EUR 40,000 |" in text
    assert "| Planned cost (approved budget less the contingency left) |" in text
    plain = dataclasses.replace(shared, decision=m.Decision(by="board", date=first.date, notes="From contingency."))
    text = next(d.markdown for d in render_project(dataclasses.replace(
        changed, change_control=dataclasses.replace(cc, requests=[plain]))) if d.slug == "status-report")
    assert "Taken from the contingency reserve" not in text  # the changes' cost is what it takes: no row
    # review 78b F4: the charter says why its contingency left is not the budget's reserve less the changes' cost
    charter = next(d.markdown for d in render_project(changed) if d.slug == "project-charter")
    assert ("As recorded for CR-302, the contingency reserve pays EUR 40,000 of its cost of EUR 64,000 and another "
            "source the rest") in charter


def test_a_forecast_at_the_budget_does_not_spend_the_contingency_as_a_fact(q: m.Questionnaire) -> None:
    """Reviews 77c, 78c: a green report forecast at the budget read "INR 6,300,000 above the planned cost, to come from
    the contingency: INR 0 of it would be left", though whether the contingency is part of the budget is not recorded."""
    from generator.render.templates import render_project

    assert q.project.budget is not None
    budget = dataclasses.replace(q.project.budget, contingency_included=None)
    at = report(q.project.start + dt.timedelta(30))
    at = dataclasses.replace(at, budget=m.BudgetStatus(rating="green", spent=1000.0,  # type: ignore[call-arg]
                                                       forecast=budget.amount))
    changed = dataclasses.replace(q, project=dataclasses.replace(q.project, budget=budget), status_reports=[at],
                                  change_control=dataclasses.replace(q.change_control, requests=[])
                                  if q.change_control else None)
    text = next(d.markdown for d in render_project(changed) if d.slug == "status-report")
    assert "(the approved budget; whether that counts on spending the contingency (" in text
    assert "to come from the contingency" not in text
    summary = next(d.markdown for d in render_project(changed) if d.slug == "executive-summary")
    assert "whether that counts on spending the contingency" in summary and "; contingency left " in summary


def test_every_earlier_report_says_alike_a_risk_closed_on_a_day_not_recorded(q: m.Questionnaire) -> None:
    """Review 103a F13: a risk closed on a day not recorded was said ("whether R-04 was still open ... is not known")
    in one earlier report and left out of three others, as its rank among the open ones changed."""
    from generator.view.context import build_context

    low = min(q.risks, key=lambda r: (r.likelihood == "high") + (r.impact == "high") + (r.likelihood == "medium"))
    risks = [dataclasses.replace(r, status="closed", closed=None, likelihood="low", impact="low") if r is low else r
             for r in q.risks]
    extra = [dataclasses.replace(q.risks[0], id=f"R-8{i}", status="open", likelihood="high", impact="high")
             for i in range(6)]  # more open risks than the table shows, all above it
    q2 = dataclasses.replace(q, risks=[*risks, *extra],
                             status_reports=[report(D(2027, 2, 1)), report(D(2027, 3, 1)), report(D(2027, 4, 1))])
    views = build_context(q2).reports
    assert all(low.id in v.unknown for v in views[:-1]) and low.id not in views[-1].unknown


def test_a_report_after_a_month_without_one_says_none_is_recorded_in_between(q: m.Questionnaire) -> None:
    """Review 129a F11: "the previous report is dated 2026-07-31" on the report of 2026-09-30, no word of August."""
    reports = [report(D(2027, 2, 26)), report(D(2027, 3, 31)), report(D(2027, 5, 28))]
    changed = dataclasses.replace(q, status_reports=reports)
    pages = docs_of(changed)
    assert ("the previous report is dated 2027-03-31, 58 days earlier: no report is recorded in between"
            in pages[f"{q.project.code}-status-report-2027-05-28.md"])
    assert "no report is recorded in between" not in pages[f"{q.project.code}-status-report-2027-03-31.md"]


def test_a_budget_increase_since_the_previous_report_is_among_the_changes(q: m.Questionnaire) -> None:
    """Review 129a F10: "Compared with the report of 2026-09-30" named two ratings and not the budget's rise of
    EUR 185,000 that its own budget table showed."""
    first = q.change_control.requests[0]
    raised = dataclasses.replace(first, status="approved", impact=m.Impact(cost=50000, funding="budget-increase"),
                                 decision=m.Decision(by="board", date=D(2027, 3, 10)))
    changed = dataclasses.replace(q, status_reports=[report(D(2027, 2, 26)), report(D(2027, 3, 31))],
                                  change_control=dataclasses.replace(q.change_control, requests=[raised]))
    page = docs_of(changed)[f"{q.project.code}-status-report-2027-03-31.md"]
    assert "- Approved budget increased by EUR 50,000 on 2027-03-10." in page
    # review 136c F1: a budget cut recorded as a negative increase is a cut, in every document that says it
    cut = dataclasses.replace(raised, impact=m.Impact(cost=-50000, funding="budget-increase"))
    docs = docs_of(dataclasses.replace(changed, change_control=dataclasses.replace(q.change_control, requests=[cut])))
    assert "- Approved budget reduced by EUR 50,000 on 2027-03-10." in docs[f"{q.project.code}-status-report-2027-03-31.md"]
    charter = docs[f"{q.project.code}-project-charter.md"]
    assert f"| Budget cuts ({cut.id}) | EUR 50,000 less |" in charter  # (review 140c F7: not "of which", as no part of the changes)
    assert "| Budget after the approved cuts | EUR 400,000 |" in charter
    assert "less approved budget cuts of EUR 50,000" in docs[f"{q.project.code}-executive-summary.md"]
    assert "increases of -" not in " ".join(docs.values()) and "increased by -" not in " ".join(docs.values())
    # review 138a F8, F16: nor "paid by an increase of the budget (-EUR 150,000)", "EUR 102,000 saved in total" or "with
    # the increases approved by ...: -EUR 150,000"
    plan = docs[f"{q.project.code}-change-control-plan.md"]
    assert f"{cut.id} cuts the budget by EUR 50,000: these totals do not count it against the contingency." in plan
    assert f"(besides the budget cut of EUR 50,000 approved with {cut.id})" in plan and "saved in total" not in plan
    assert ("| Approved budget (after the budget cuts approved by 2027-03-31: EUR 50,000 less) | EUR 400,000 |"
            in docs[f"{q.project.code}-status-report-2027-03-31.md"])
    assert "increase of the budget (" not in plan and "()" not in plan and ": -" not in " ".join(docs.values())
    form = next(text for name, text in docs.items() if name.endswith(f"{cut.id}.md"))
    assert ("| Paid from | nothing: the change cuts the budget by EUR 50,000 (recorded as a negative budget increase)"
            ", and takes nothing from the contingency reserve |") in form  # review 139a F5: not "whether it goes back"


def test_an_increase_of_no_amount_is_said_so_and_an_overspend_leaves_it_out(q: m.Questionnaire) -> None:
    """Review 150c F2, F3: "Approved budget increased by AZN 0 on 2026-07-14" of an increase whose cost was not
    assessed, and "AZN 187,000 more would be needed" on the budget before it."""
    first = q.change_control.requests[0]
    raised = dataclasses.replace(first, status="approved", impact=m.Impact(funding="budget-increase"),
                                 decision=m.Decision(by="board", date=D(2027, 3, 10)))
    over = m.BudgetStatus(rating="red", spent=200000, forecast=q.project.budget.amount + 90_000)  # type: ignore[call-arg]
    changed = dataclasses.replace(q, status_reports=[report(D(2027, 2, 26)), report(D(2027, 3, 31), budget=over)],
                                  change_control=dataclasses.replace(q.change_control, requests=[raised]))
    docs = docs_of(changed)
    page = docs[f"{q.project.code}-status-report-2027-03-31.md"]
    assert "- Approved budget increased on 2027-03-10, by an amount not assessed." in page and "by EUR 0" not in page
    assert f"this does not count the budget increase approved with {raised.id}, its amount not assessed" in page
    assert f"approved with {raised.id}, its amount not assessed" in docs[f"{q.project.code}-executive-summary.md"]


def test_a_milestone_moved_twice_after_a_report_gives_both_moves(q: m.Questionnaire) -> None:
    """Review 150c F5: a report before two approved moves of the pilot named only the first in its Baseline column,
    and said the dates it measured against included the second."""
    ms = q.milestones[-1]
    first = q.change_control.requests[0]
    one = dataclasses.replace(first, id="CR-301", status="approved", impact=m.Impact(schedule_days=42, in_baseline=True),
                              description=f"{ms.name} moved from 2027-01-04 to 2027-02-15",
                              decision=m.Decision(by="board", date=D(2027, 4, 10)))
    two = dataclasses.replace(one, id="CR-302", description=f"{ms.name} moved again from 2027-02-15 to {ms.date}",
                              decision=m.Decision(by="board", date=D(2027, 5, 10)))
    last = m.Milestone(name=ms.name, date=ms.date, deliverables=ms.deliverables)
    changed = dataclasses.replace(q, milestones=[*q.milestones[:-1], last], status_reports=[report(D(2027, 3, 31))],
                                  change_control=dataclasses.replace(q.change_control, requests=[one, two]))
    page = docs_of(changed)[f"{q.project.code}-status-report-2027-03-31.md"]
    assert (f"| 2027-01-04 (later moved to 2027-02-15 by CR-301, approved 2027-04-10, then to {ms.date} by CR-302, "
            "approved 2027-05-10) |") in page
    assert "also include CR-30" not in page


def test_a_summary_says_increases_and_cuts_apart(q: m.Questionnaire) -> None:
    """Review 151a: a cut of MNT 600 m and an increase of MNT 650 m said as "approved increases of MNT 50,000,000"."""
    first = q.change_control.requests[0]
    raised = dataclasses.replace(first, id="CR-401", status="approved",
                                 impact=m.Impact(cost=65000, funding="budget-increase"),
                                 decision=m.Decision(by="board", date=D(2027, 3, 10)))
    cut = dataclasses.replace(raised, id="CR-402", impact=m.Impact(cost=-60000, funding="budget-increase"))
    changed = dataclasses.replace(q, status_reports=[report(D(2027, 3, 31))],
                                  change_control=dataclasses.replace(q.change_control, requests=[raised, cut]))
    summary = docs_of(changed)[f"{q.project.code}-executive-summary.md"]
    assert "plus approved increases of EUR 65,000 less approved budget cuts of EUR 60,000" in summary


def test_a_later_change_in_the_dates_bears_only_on_the_milestones_it_moves(q: m.Questionnaire) -> None:
    """Review 153a F4: an August change to the MFA milestone said to bear on an April report forecasting another."""
    ms = q.milestones[0]
    other = m.Milestone(name="Partner contracted", date=D(2027, 2, 26))
    cr = m.ChangeRequest(id="CR-009", title="Incident", requested_by="Sam Lee", date=D(2027, 3, 1), description="x",
                         reason="y", status="approved", deliverables=list(ms.deliverables),
                         impact=m.Impact(schedule_days=10, in_baseline=True), decision=m.Decision(by=m.BOARD, date=D(2027, 3, 5)))
    april = report(D(2027, 2, 26), forecasts=[m.Forecast(milestone=other.name, date=other.date)])
    ctx = build_context(dataclasses.replace(q, milestones=[other, ms], status_reports=[april]))
    view = ctx.latest_report
    assert view is not None and view.measured([cr], [other, ms]) == []
    forecast = report(D(2027, 2, 26), forecasts=[m.Forecast(milestone=ms.name, date=ms.date)])
    view = build_context(dataclasses.replace(q, milestones=[other, ms], status_reports=[forecast])).latest_report
    assert view is not None and view.measured([cr], [other, ms]) == [cr]
    anywhere = dataclasses.replace(cr, deliverables=[])  # naming no deliverable, it may move any milestone
    assert view.measured([anywhere], [other, ms]) == [anywhere]


def test_a_closed_projects_closing_is_reached_in_its_last_report(q: m.Questionnaire) -> None:
    """Review 153b F5: "Project closure | 2026-09-30 | ... whether it was reached is not recorded" in the closing
    report of a closed project, whose summary said so and whose executive summary said reached."""
    closing = m.Milestone(name="Project closure", date=D(2027, 6, 30))
    last = report(D(2027, 6, 30))
    closed = dataclasses.replace(q, project=dataclasses.replace(q.project, status="closed"),
                                 milestones=[*q.milestones, closing], status_reports=[last])
    view = build_context(closed).latest_report
    assert view is not None and view.listed_done(closing.name)
    still = build_context(dataclasses.replace(closed, project=q.project)).latest_report
    assert still is not None and not still.listed_done(closing.name)

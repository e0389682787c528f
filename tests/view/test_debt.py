"""The technical debt against the schedule (`generator.view.debt`): the effort left, the working days and the
milestones an item affects."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.render.templates import render_project
from generator.view.context import build_context
from generator.view.debt import debt_position, working_days
from tests.support.reports import D, docs_of, report


def test_debt_is_set_against_the_time_left_and_the_milestones_it_affects(q: m.Questionnaire) -> None:
    ms = q.milestones[0]
    deliverable = ms.deliverables[0] if ms.deliverables else ms.name
    debt = [m.TechnicalDebt(id="TD-1", item="Late", area="Code", impact=f"Holds up {deliverable}", interest="high",
                            effort_days=5,
                            target=ms.date + dt.timedelta(1), status="open"),
            m.TechnicalDebt(id="TD-2", item="Unestimated", impact="y", interest="low", status="planned"),
            m.TechnicalDebt(id="TD-3", item="Paid", impact="z", interest="high", effort_days=9, status="paid-down")]
    ctx = build_context(dataclasses.replace(q, technical_debt=debt))
    position = ctx.debt
    assert [d.id for d in position.open_items] == ["TD-1", "TD-2"]
    assert (position.effort, position.unestimated, position.high_interest) == (5, 1, 1)
    # review 35 F6: how the item reaches the milestone is said (its deliverable, or the milestone's own name)
    assert [(d.id, milestone.name, through) for d, milestone, through in position.late] == [
        ("TD-1", ms.name, deliverable if ms.deliverables else "")]
    assert position.as_of == ctx.records_date
    assert position.working_days_left == working_days(ctx.records_date, q.project.end)  # type: ignore[arg-type]


def test_debt_affects_a_milestone_its_impact_names_not_one_whose_name_shares_its_area(q: m.Questionnaire) -> None:
    """Review 28 F1 had an area "Module library" tie an item to the milestone "Module library 1.0"; reviews 47a F7,
    48a F4, 48c F7 found such ties invented ("Network" tied a temporary link to the suite's milestone): an item affects
    a milestone its impact names, or one of its deliverables, in that order of words."""
    ms = dataclasses.replace(q.milestones[0], name="Module library 1.0", deliverables=["Component catalogue"])
    late = m.TechnicalDebt(id="TD-1", item="Untested modules", area="Tests", impact="Blocks module Library 1.0",
                           interest="high", target=ms.date + dt.timedelta(28), status="open")
    through = m.TechnicalDebt(id="TD-2", item="Old API", area="API", impact="The component catalogue cannot ship",
                              interest="low", target=ms.date + dt.timedelta(28), status="open")
    area = m.TechnicalDebt(id="TD-3", item="Docs", area="Module library", impact="Slower onboarding",
                           interest="low", target=ms.date + dt.timedelta(28), status="open")  # its area only
    position = build_context(dataclasses.replace(q, milestones=[ms, *q.milestones[1:]],
                                                 technical_debt=[late, through, area])).debt
    assert [(d.id, milestone.name, via) for d, milestone, via in position.late] == [
        ("TD-1", "Module library 1.0", ""), ("TD-2", "Module library 1.0", "Component catalogue")]
    assert "TD-3" in [d.id for d, _ in position.unlinked]


def test_debt_that_affects_no_milestone_by_the_rule_is_set_against_the_milestones_before_its_target(
        q: m.Questionnaire) -> None:
    """Review 30 F2: no item's area named a milestone, and the register said no item was due after a milestone it
    affects: false comfort for an item due a month after the next milestone."""
    first, second = dataclasses.replace(q.milestones[0], name="Half migrated", deliverables=[]), dataclasses.replace(
        q.milestones[0], name="Old system off", deliverables=[], date=q.milestones[0].date + dt.timedelta(60))
    after_first = m.TechnicalDebt(id="TD-1", item="Untested library", area="Build scripts", impact="x",
                                  interest="high", target=first.date + dt.timedelta(26), status="open")
    no_target = m.TechnicalDebt(id="TD-2", item="Copies", impact="y", interest="low", status="open")
    changed = dataclasses.replace(q, milestones=[first, second], technical_debt=[after_first, no_target],
                                  status_reports=[], decisions=[], issues=[], lessons=[], change_control=None,
                                  revisions=[])
    position = build_context(changed).debt
    assert not position.late and not position.linked
    assert [(d.id, [ms.name for ms in ahead]) for d, ahead in position.unlinked] == [("TD-1", ["Half migrated"])]
    text = docs_of(changed)[f"{q.project.code}-technical-debt-register.md"]
    assert "No item is due after" not in text  # review 44b F8: said once, with the items, not twice
    assert "Which milestones the items affect is not recorded" not in text
    assert "Whether this item holds up any milestone before its target date is not recorded (its impact names none):" in text
    assert f"| TD-1 | Untested library | {after_first.target} | Half migrated ({first.date}) |" in text


def test_working_days_count_monday_to_friday_after_the_start() -> None:
    assert working_days(D(2027, 3, 5), D(2027, 3, 12)) == 5  # Friday to Friday
    assert working_days(D(2027, 3, 5), D(2027, 3, 7)) == 0  # the weekend
    assert working_days(D(2027, 3, 5), D(2027, 3, 5)) == 0 and working_days(D(2027, 3, 9), D(2027, 3, 1)) == 0
    assert working_days(D(2027, 1, 1), D(2027, 12, 31)) == 260


# -- the documents that show them ------------------------------------------------------------------------------


def test_debt_whose_impact_names_a_milestone_still_ahead_affects_it(q: m.Questionnaire) -> None:
    """Review 44b F3: 'blocks the "Controls ready for observation" milestone' in an item's impact, and the register
    said which milestones the items affect was not recorded; review 44a F14: a milestone already passed by the newest
    record is not held up by debt paid down after it."""
    ahead = dataclasses.replace(q.milestones[-1], name="Controls ready for observation", deliverables=[])
    blocking = m.TechnicalDebt(id="TD-1", item="Shared admin account", area="Database",
                               impact='Blocks the "Controls ready for observation" milestone', interest="high",
                               target=ahead.date + dt.timedelta(14), status="open")
    position = build_context(dataclasses.replace(q, milestones=[*q.milestones[:-1], ahead],
                                                 technical_debt=[blocking])).debt
    assert [(d.id, milestone.name) for d, milestone, _ in position.late] == [("TD-1", ahead.name)]
    assert position.as_of is not None and ahead.date >= position.as_of
    passed = dataclasses.replace(ahead, date=position.as_of - dt.timedelta(1))
    behind = build_context(dataclasses.replace(q, milestones=[*q.milestones[:-1], passed],
                                               technical_debt=[blocking])).debt
    assert behind.linked and not behind.late


def test_debt_is_set_against_the_day_the_latest_report_forecasts_a_milestone(q: m.Questionnaire) -> None:
    """Review 47b F4: an item due before the forecast day of a milestone moved by a hold was called late against
    the planned day the project had given up."""
    ahead = dataclasses.replace(q.milestones[-1], name="Controls ready for observation", deliverables=[])
    blocking = m.TechnicalDebt(id="TD-1", item="Shared admin account", area="Database",
                               impact='Blocks the "Controls ready for observation" milestone', interest="high",
                               target=ahead.date + dt.timedelta(14), status="open")
    base = dataclasses.replace(q, milestones=[*q.milestones[:-1], ahead], technical_debt=[blocking])
    latest = max((r.date for r in q.status_reports), default=q.project.start)
    moved = report(latest, forecasts=[m.Forecast(milestone=ahead.name, date=ahead.date + dt.timedelta(30))])
    position = build_context(dataclasses.replace(base, status_reports=[
        *[r for r in q.status_reports if r.date != latest], moved])).debt
    assert position.linked and not position.late  # due 14 days after the planned day, 16 before the forecast
    assert position.expected_date(ahead) == ahead.date + dt.timedelta(30)




def test_a_milestone_a_report_lists_as_done_is_not_still_ahead_of_a_debt_item(q: m.Questionnaire) -> None:
    """Review 60b F6: "due after milestones still ahead ... Gateway production-ready (2026-04-30)" beside the report
    of that day listing it as done."""
    first, *_ = sorted(q.milestones, key=lambda ms: ms.date)
    later = m.Milestone(name="Hypercare ends", date=first.date + dt.timedelta(days=10))
    assert later.date < q.project.end
    q = dataclasses.replace(q, milestones=[*q.milestones, later])
    debt = [m.TechnicalDebt(id="TD-1", item="Caching in scripts", impact="Slower balance calls", interest="medium",
                            target=q.project.end, status="open")]
    on_day = report(first.date, done=[first.name])
    ctx = build_context(dataclasses.replace(q, technical_debt=debt, status_reports=[on_day]))
    ahead = [ms.name for _, milestones in ctx.debt.unlinked for ms in milestones]
    assert first.name not in ahead and ahead
    ctx = build_context(dataclasses.replace(q, technical_debt=debt, status_reports=[report(first.date)]))
    assert first.name in [ms.name for _, milestones in ctx.debt.unlinked for ms in milestones]



def test_the_time_left_is_counted_from_the_start_when_the_newest_record_comes_before_it(q: m.Questionnaire) -> None:
    # review 81c F6: a planning project's record a month before its start counted a month nobody works in
    start, end = q.project.start, q.project.end
    early = debt_position(q, start - dt.timedelta(days=30))
    assert (early.counted_from, early.working_days_left) == (start, working_days(start, end))
    later = debt_position(q, start + dt.timedelta(days=30))
    assert later.counted_from == start + dt.timedelta(days=30)
    assert later.working_days_left == working_days(start + dt.timedelta(days=30), end)


def test_the_effort_due_is_sized_as_full_time_work_not_as_one_persons_load(q: m.Questionnaire) -> None:
    # review 81c F6: "90% of that time for one person" read as a staffing plan for a team's own work
    days = working_days(build_context(q).records_date or q.project.start, q.project.end)
    for effort, words in ((days / 2, "the work of one person full time for 50% of those days"),
                          (days * 2, "the work of 2 people full time for all of those days"),
                          # (review 156b F7: 15 days' effort in 12 said "1.20 people")
                          (days * 1.25, "the work of 1.25 people full time for all of those days")):
        debt = [m.TechnicalDebt(id="TD-1", item="Rewrite", impact="y", interest="high", effort_days=effort,
                                target=q.project.end, status="open")]
        text = next(doc.markdown for doc in render_project(dataclasses.replace(q, technical_debt=debt))
                    if doc.slug == "technical-debt-register")
        assert words in text and "for one person" not in text


def test_an_item_due_before_the_end_that_takes_full_time_work_until_its_target_says_so(q: m.Questionnaire) -> None:
    """Review 114a F7: "the work of one person full time for 17% of those days" (to the project's end), where TD-01's
    own target, three weeks away, took one person full time until then."""
    start = build_context(q).records_date or q.project.start
    target = start + dt.timedelta(days=21)
    days = working_days(start, target)
    for effort, who in ((days, "one person full time"), (days + 5, "more than one person full time"), (2, None)):
        debt = [m.TechnicalDebt(id="TD-1", item="Rewrite", impact="y", interest="high", effort_days=effort,
                                target=target, status="open")]
        text = next(doc.markdown for doc in render_project(dataclasses.replace(q, technical_debt=debt))
                    if doc.slug == "technical-debt-register")
        said = f"TD-1, with {effort} days of effort, is due {target}, {days} working days from {start}: the work of"
        assert (f"{said} {who} until then." in text) if who else (said not in text), effort

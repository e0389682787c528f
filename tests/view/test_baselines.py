"""Which approved changes the milestone dates as recorded include: an answer, a revision's words, a change's words."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.view.baselines import DelayRead
from generator.view.context import build_context


def _approved(q: m.Questionnaire, **impact: object) -> tuple[m.Questionnaire, m.ChangeRequest]:
    """Return the questionnaire with its first request approved, moving the schedule 5 days, and that request."""
    assert q.change_control is not None and q.change_control.requests
    request = q.change_control.requests[0]
    cr = dataclasses.replace(request, status="approved",
                             impact=dataclasses.replace(request.impact, schedule_days=5, **impact),  # type: ignore[arg-type]
                             decision=m.Decision(by="board", date=request.date + dt.timedelta(days=3)))
    return dataclasses.replace(q, change_control=dataclasses.replace(q.change_control, requests=[cr])), cr


def test_an_answer_decides_before_any_words(q: m.Questionnaire) -> None:
    q2, cr = _approved(q, in_baseline=True)
    ctx = build_context(q2)
    assert cr.decision is not None
    assert ctx.in_baseline_after(cr.decision.date - dt.timedelta(days=1)) == [cr]
    assert ctx.in_baseline_after(cr.decision.date) == []  # decided on that day, not after it
    assert ctx.still_before(cr) is None and ctx.rebaselined_in(cr) is None
    assert ctx.plans_updated(cr) == ["the milestone dates (as recorded for the change)"]


def test_a_revision_saying_it_re_baselined_for_the_change_is_read_unless_the_change_moves_a_date_still_held(
        q: m.Questionnaire) -> None:
    q2, cr = _approved(q)
    revision = m.Revision(version="1.1", date=cr.date + dt.timedelta(days=4), author=q.roles.project_manager,
                          summary=f"Schedule re-baselined for {cr.id}")
    q3 = dataclasses.replace(q2, revisions=[*q2.revisions, revision])
    assert build_context(q3).rebaselined_in(cr) == revision
    milestone = q3.milestones[0]
    later = str(milestone.date + dt.timedelta(days=5))
    moved = dataclasses.replace(cr, description=f"Move {milestone.name} to {later}")
    q4 = dataclasses.replace(q3, change_control=dataclasses.replace(q3.change_control, requests=[moved]))  # type: ignore[arg-type]
    ctx = build_context(q4)
    assert ctx.still_before(moved) == (milestone, str(milestone.date), later) and ctx.rebaselined_in(moved) is None


def test_who_was_told_is_read_from_the_decision_notes(q: m.Questionnaire) -> None:
    """Review 87a F9: "Communicated to: not recorded" beside notes saying "NPA informed in writing on 2026-08-31"."""
    q2, cr = _approved(q)
    told = dataclasses.replace(cr, decision=m.Decision(by="board", date=cr.date, notes=(
        "Rejected: the pilots' contract forbids it. NPA informed in writing on 2026-08-31.")))
    ctx = build_context(q2)
    assert ctx.told(told) == "NPA informed in writing on 2026-08-31."
    assert ctx.told(cr) is None
    assert ctx.told(dataclasses.replace(cr, decision=m.Decision(by="board", date=cr.date, notes="Approved; vendor "
                                                                "notified; schedule absorbed"))) == "vendor notified"


def test_a_change_whose_words_move_a_milestone_to_its_recorded_date_is_included(q: m.Questionnaire) -> None:
    """Review 103b F2: "whether they include CR-003 has not been recorded" beside its decision's notes "full
    rollout moves from 29 September to 13 October", the rollout recorded on 13 October."""
    q2, cr = _approved(q)
    ms = q2.milestones[-1]
    before = ms.date - dt.timedelta(days=5)
    notes = f"Approved; {ms.name} moves from {before} to {ms.date}"
    assert cr.decision is not None
    moved = dataclasses.replace(cr, decision=dataclasses.replace(cr.decision, notes=notes))
    assert q2.change_control is not None
    q3 = dataclasses.replace(q2, change_control=dataclasses.replace(q2.change_control, requests=[moved]))
    assert build_context(q3).moved_in(moved) == (ms, before, ms.date)
    assert build_context(q2).moved_in(cr) is None
    from generator.render.templates import render_project

    charter = next(d.markdown for d in render_project(q3) if d.slug == "project-charter")
    assert (f"The milestone dates as recorded include the approved change {cr.id}: it moves {ms.name} from {before} "
            f"to {ms.date}, the date recorded.") in charter


def test_a_revision_before_the_changes_approval_updated_no_plan_for_it(q: m.Questionnaire) -> None:
    """Review 130c F4: "Plans updated: revision 1.1 of 2025-08-08" for a change approved on 2025-09-02; that revision
    recorded the request raised."""
    q2, cr = _approved(q)
    assert cr.decision is not None
    raised = m.Revision(version="1.1", date=cr.date + dt.timedelta(days=1), author=q.roles.project_manager,
                        summary=f"Request {cr.id} recorded")
    updated = m.Revision(version="1.2", date=cr.decision.date + dt.timedelta(days=2), author=q.roles.project_manager,
                         summary=f"Plans updated for {cr.id}")
    ctx = build_context(dataclasses.replace(q2, revisions=[*q2.revisions, raised, updated]))
    assert ctx.plans_updated(cr) == [f"revision 1.2 of {updated.date}"]


def test_a_request_with_no_effect_on_the_schedule_moves_no_milestone(q: m.Questionnaire) -> None:
    """Review 151c F5: a hypercare extension, schedule_days 0, whose words told of a move a logged decision made
    ("dahil na-move ang Cebu go-live sa 2026-09-25"), said in the closing report to move the go-live."""
    ms = q.milestones[-1]
    assert q.change_control is not None and q.change_control.requests
    first = q.change_control.requests[0]
    words = f"Move {ms.name} from {ms.date} to {ms.date + dt.timedelta(days=14)}"
    moving = dataclasses.replace(first, id="CR-007", description=words, status="approved",
                                 impact=m.Impact(schedule_days=14), decision=m.Decision(by="board", date=ms.date))
    ctx = build_context(dataclasses.replace(q, change_control=dataclasses.replace(q.change_control, requests=[moving])))
    assert ctx.still_before(moving) is not None
    held = dataclasses.replace(moving, impact=m.Impact(schedule_days=0))
    ctx = build_context(dataclasses.replace(q, change_control=dataclasses.replace(q.change_control, requests=[held])))
    assert ctx.still_before(held) is None and ctx.moving(ms.name, ms.date + dt.timedelta(days=30)) is None


def test_a_change_with_no_days_answered_whose_words_move_a_milestone_moves_the_schedule_by_them(
        q: m.Questionnaire) -> None:
    """Review 155b F1: "isogezwe kutoka 16/10/2026 hadi 13/11/2026", no schedule_days answered: the reports showed
    the move, and seven documents said the change's effect on the schedule "has not been assessed"."""
    q2, cr = _approved(q)
    ms = q2.milestones[-1]
    before = ms.date - dt.timedelta(days=28)
    assert cr.decision is not None and q2.change_control is not None
    moved = dataclasses.replace(cr, impact=dataclasses.replace(cr.impact, schedule_days=None),
                                decision=dataclasses.replace(cr.decision, notes=f"{ms.name} from {before} to {ms.date}"))
    ctx = build_context(dataclasses.replace(q2, change_control=dataclasses.replace(q2.change_control,
                                                                                   requests=[moved])))
    assert ctx.delays_read[cr.id] == DelayRead(milestone=ms.name, before=before, after=ms.date)
    assert ctx.approved_requests[0].impact.schedule_days == 28 and not ctx.unassessed("approved")
    unsaid = dataclasses.replace(moved, decision=dataclasses.replace(cr.decision, notes="Approved."))
    ctx = build_context(dataclasses.replace(q2, change_control=dataclasses.replace(q2.change_control,
                                                                                   requests=[unsaid])))
    assert not ctx.delays_read and ctx.approved_requests[0].impact.schedule_days is None


def test_the_milestones_a_change_the_dates_do_not_include_moves_are_named(q: m.Questionnaire) -> None:
    """Review 163c F5: "The milestone dates as recorded do not include the approved change CR-002" read as moving
    every later milestone; its impact.milestones names the two it moves."""
    from generator.render.templates import render_project

    first = q.milestones[0]
    q2, cr = _approved(q, in_baseline=False, milestones=[first.name])
    ctx = build_context(q2)
    assert ctx.moves_named(cr) == [(first, first.date + dt.timedelta(days=5))]
    charter = next(d.markdown for d in render_project(q2, ctx=ctx) if d.slug == "project-charter")
    assert (f"do not include the approved change {cr.id} (assessed as moving the schedule 5 days later): it moves "
            f"{first.name} to {first.date + dt.timedelta(days=5)}.") in charter
    assert build_context(_approved(q, in_baseline=True, milestones=[first.name])[0]).moves_named(cr) == []


def test_the_milestones_named_in_another_language_are_tagged_not_escaped(q: m.Questionnaire) -> None:
    """Review 164a F1: "it moves &lt;span lang="mi"&gt;Kaimahi 300 ...": the tagged name escaped a second time."""
    from generator.render.templates import render_project

    first = q.milestones[0]
    q2, cr = _approved(q, in_baseline=False, milestones=[first.name])
    maori = dataclasses.replace(q2, project=dataclasses.replace(q2.project, language="mi"))
    charter = next(d.markdown for d in render_project(maori) if d.slug == "project-charter")
    assert f'it moves <span lang="mi">{first.name}</span> to {first.date + dt.timedelta(days=5)}.' in charter
    assert "&lt;span" not in charter and "\\<span" not in charter


def test_the_summary_gives_a_key_dates_planned_day_as_moved_by_a_change_the_dates_do_not_include(
        q: m.Questionnaire) -> None:
    """Review 164a F5: "Planned 2026-05-29 | reached 2026-07-03 (on time)", the on-time measured against the date two
    changes had moved it to."""
    from generator.render.templates import render_project
    from tests.support.reports import report

    first = q.milestones[0]
    q2, cr = _approved(q, in_baseline=False, milestones=[first.name])
    assert cr.decision is not None
    moved = first.date + dt.timedelta(days=5)
    reported = dataclasses.replace(q2, status_reports=[report(cr.decision.date + dt.timedelta(days=1), forecasts=[
        m.Forecast(milestone=first.name, date=moved)])])
    summary = next(d.markdown for d in render_project(reported) if d.slug == "executive-summary")
    assert f"| {first.name} | {moved} | {moved} (on time) |" in summary


def test_the_scope_statement_gives_a_milestones_day_as_moved_by_a_change_the_dates_do_not_include(
        q: m.Questionnaire) -> None:
    """Review 165a F2: "Go-live ... (planned 2027-02-26)" in the scope statement, where the charter and the summary
    gave 2027-04-02, the day an approved change moved it to."""
    first = q.milestones[0]
    q2, cr = _approved(q, in_baseline=False, milestones=[first.name])
    assert build_context(q2).moved_date(first) == first.date + dt.timedelta(days=5)
    assert build_context(_approved(q, in_baseline=True, milestones=[first.name])[0]).moved_date(first) is None

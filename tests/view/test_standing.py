"""What the executive summary says of the running project beyond the figures (`generator.view.standing`)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.view.standing import hold_decision, rating_reasons, stale_by, top_issues


def _report(day: dt.date, **answers: object) -> m.StatusReport:
    return m.StatusReport(date=day, overall="amber", summary="Pilot done; one week late.", **answers)  # type: ignore[arg-type]


def test_rating_reasons_are_the_amber_and_red_notes_the_summary_does_not_hold() -> None:
    report = _report(dt.date(2027, 3, 1), scope=m.AreaStatus(rating="green"),
                     schedule=m.AreaStatus(rating="amber", note="Pilot done; one week late"),
                     budget=m.BudgetStatus(rating="red", note="Forecast 6% over"))
    assert [(area, status.note) for area, status in rating_reasons(report)] == [("budget", "Forecast 6% over")]


def test_a_green_schedules_note_is_a_reason_where_the_report_forecasts_a_milestone_late() -> None:
    """Review 56c F4: "schedule GREEN" above "28 days late", its note "Measured against the plan re-baselined by
    CR-002" left off the summary."""
    live = m.Milestone(name="Platform live", date=dt.date(2026, 1, 30))
    note = m.AreaStatus(rating="green", note="Measured against the plan re-baselined by CR-002")
    late = _report(dt.date(2026, 1, 30), schedule=note,
                   forecasts=[m.Forecast(milestone="Platform live", date=dt.date(2026, 2, 27))])
    assert [(area, status.note) for area, status in rating_reasons(late, [live])] == [("schedule", note.note)]
    assert rating_reasons(late) == []  # no milestones to measure against: as before
    on_time = dataclasses.replace(late, forecasts=[m.Forecast(milestone="Platform live", date=dt.date(2026, 1, 30))])
    assert rating_reasons(on_time, [live]) == []


def test_a_report_is_stale_four_weeks_behind_the_newest_record(q: m.Questionnaire) -> None:
    from generator.questionnaire.rules import record_dates

    newest = max(record_dates(q))
    assert stale_by(q, _report(newest - dt.timedelta(days=28))) is None
    assert stale_by(q, _report(newest - dt.timedelta(days=29))) == 29
    # review 86a: on hold by a decision taken after the report, reports stop: the report is not out of date
    old = newest - dt.timedelta(days=40)
    hold = m.LoggedDecision(id="D-09", date=old + dt.timedelta(days=5), decision="Put the project on hold until July",
                            by="board")  # type: ignore[call-arg]
    held = dataclasses.replace(q, project=dataclasses.replace(q.project, status="on-hold"),
                               decisions=[*q.decisions, hold])
    assert stale_by(held, _report(old)) is None
    assert stale_by(dataclasses.replace(held, project=q.project), _report(old)) is not None  # not on hold


def test_the_hold_decision_and_the_issues_named(q: m.Questionnaire) -> None:
    held = dataclasses.replace(q, project=dataclasses.replace(q.project, status="on-hold"), decisions=[
        m.LoggedDecision(id="D-9", date=q.project.start, decision="Put the project on hold until the audit", by="board")])
    assert hold_decision(held) is not None and hold_decision(q) is None
    for words in ("Suspender o projeto até a conclusão da renegociação", "Suspendre le projet jusqu'à l'audit",
                  "Projekt bis zur Klärung aussetzen", "Sospendere il progetto", "プロジェクトを一時停止する"):
        said = dataclasses.replace(held, decisions=[dataclasses.replace(held.decisions[0], decision=words)])
        assert hold_decision(said) is not None, words  # review 80c F1
    kept = dataclasses.replace(held, decisions=[dataclasses.replace(held.decisions[0], decision="Keep 2 engineers")])
    assert hold_decision(kept) is None
    issue = m.Issue(id="I-9", raised=q.project.start, issue="Export API rate-limited", owner=q.people[0].name,
                    priority="high", status="open")
    critical = dataclasses.replace(issue, id="I-8", priority="critical")
    assert [i.id for i in top_issues(dataclasses.replace(q, issues=[issue]))] == ["I-9"]
    assert [i.id for i in top_issues(dataclasses.replace(q, issues=[issue, critical]))] == ["I-8"]


def test_a_hold_that_keeps_some_work_going_says_so(q: m.Questionnaire) -> None:
    """Review 92c F6: "Development work on the SDTM mappings continues in the development environment only" was read
    as "all work stops": the team's standard meetings were put off until the project resumed."""
    from generator.view.communication import why_not
    from generator.view.context import build_context
    from generator.view.standing import work_goes_on

    def held(words: str) -> m.Questionnaire:
        return dataclasses.replace(q, project=dataclasses.replace(q.project, status="on-hold"), decisions=[
            m.LoggedDecision(id="D-9", date=q.project.start, decision=words, by="board")])
    going = held("Put the project on hold from 14 November. OQ execution stops. Development work on the SDTM "
                 "mappings continues in the development environment only.")
    assert work_goes_on(going) is not None
    # review 94a F1: a team kept at work
    assert work_goes_on(held("Put the project on hold until the hub is installed. Keep a team of 4 on "
                             "penetration-test fixes and technical debt; lend the other 4 developers.")) is not None
    assert work_goes_on(held("Put the project on hold; the core team is released.")) is None
    for words in ("Put the project on hold until the audit", "Put the project on hold; no development work continues",
                  "Put the project on hold; the vendor's licence continues"):
        assert work_goes_on(held(words)) is None, words
    assert work_goes_on(q) is None  # not on hold
    # review 97b F2b: no decision names the hold (a court's stay), one of its own keeps a team at work during it
    stay = held("Contest the writ petition rather than cancel and re-tender")
    assert work_goes_on(stay) is None
    kept = dataclasses.replace(stay, decisions=[*stay.decisions, m.LoggedDecision(
        id="D-10", date=q.project.start, by="board",
        decision="Keep the PMU core team (6 engineers) in place during the stay; release the 4 contract staff")])
    assert work_goes_on(kept) is not None and work_goes_on(kept).id == "D-10"  # type: ignore[union-attr]
    ctx = build_context(going)
    team = [c for c in ctx.method.ceremonies if "team" in c.audience and not c.hold]
    assert team and all(why_not(c, going) is None or "on hold" not in (why_not(c, going) or "") for c in team)
    stopped = held("Put the project on hold until the audit")
    assert any("on hold" in (why_not(c, stopped) or "") for c in team)


def test_a_decision_logged_after_the_report_settles_the_one_it_asked_for(q: m.Questionnaire) -> None:
    """Review 98b F1: the summary still listed "Akceptacja nowego terminu EuroParcel (15.01.2027) przez komitet
    sterujący" as needed, though D-04 had moved the go-live to that day since."""
    from generator.view.standing import logged_since

    asked = "Akceptacja nowego terminu EuroParcel (15.01.2027) przez komitet sterujący"
    day = dt.date(2026, 11, 27)
    d04 = m.LoggedDecision(id="D-04", date=dt.date(2026, 12, 3), by="board",  # type: ignore[call-arg]
                           decision="Uruchomienie EuroParcel przesunięte na 15.01.2027")
    assert logged_since(dataclasses.replace(q, decisions=[d04]), asked, day) == [d04]
    before = dataclasses.replace(d04, date=dt.date(2026, 11, 20))
    other_day = dataclasses.replace(d04, decision="Uruchomienie EuroParcel przesunięte na 22.01.2027")
    other_name = dataclasses.replace(d04, decision="Uruchomienie PaczkaExpress przesunięte na 15.01.2027")
    for decision in (before, other_day, other_name):
        assert logged_since(dataclasses.replace(q, decisions=[decision]), asked, day) == [], decision
    by_id = dataclasses.replace(d04, decision="Approved")
    assert logged_since(dataclasses.replace(q, decisions=[by_id]), "Confirm D-04 at the board", day) == [by_id]


def test_a_decision_taken_during_the_hold_is_not_the_one_that_put_the_project_on_it(q: m.Questionnaire) -> None:
    """Review 105b F1: "Approve retention allowances for two senior security engineers during the pause" (D-05) was
    quoted as the hold decision in 14 documents, where D-04 had placed the program on hold."""
    import dataclasses
    import datetime as dt

    from generator.view.standing import hold_decision

    put = m.LoggedDecision(id="D-04", date=dt.date(2026, 10, 12), by="board",
                           decision="Place the program on hold until the February 2027 funding review")
    during = m.LoggedDecision(id="D-05", date=dt.date(2026, 11, 9), by="board",
                              decision="Approve retention allowances for two senior security engineers during the pause")
    held = dataclasses.replace(q, project=dataclasses.replace(q.project, status="on-hold"), decisions=[put, during])
    assert hold_decision(held) == put
    # review 163b F1: a later decision that weighs a hold and takes another way
    kept = m.LoggedDecision(id="D-06", date=dt.date(2026, 11, 16), by=q.roles.sponsor,
                            decision="Keep the Keystone subscription during the hold instead of suspending it")
    assert hold_decision(dataclasses.replace(held, decisions=[put, kept])) == put
    # review 164b F1: nor one whose words hold the word as a compound's first part
    core = m.LoggedDecision(id="D-07", date=dt.date(2026, 11, 28), by="board",
                            decision="Keep a core team of 3 (Priya, Samantha, Kevin) on hold-safe work through 12/18/2026")
    assert hold_decision(dataclasses.replace(held, decisions=[put, core])) == put


def test_a_decision_logged_since_settles_an_ask_giving_its_day_in_words(q: m.Questionnaire) -> None:
    """Review 130b F2: "Aprobar mover el go/no-go al 15 de agosto", asked on 2025-06-30, still needed in the summary
    beside D-05 of 2025-07-08, "Mover el comité go/no-go al 15 de agosto"."""
    from generator.view.standing import logged_since

    day = dt.date(2025, 6, 30)
    d05 = m.LoggedDecision(id="D-05", date=dt.date(2025, 7, 8), by=q.roles.sponsor,
                           decision="Mover el comité go/no-go al 15 de agosto para tener 8 semanas completas de piloto")
    asked = "Aprobar mover el go/no-go al 15 de agosto"
    assert logged_since(dataclasses.replace(q, decisions=[d05]), asked, day) == [d05]
    other = dataclasses.replace(d05, decision="Contratar un analista el 15 de agosto")
    assert logged_since(dataclasses.replace(q, decisions=[other]), asked, day) == []

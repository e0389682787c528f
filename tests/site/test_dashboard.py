"""The portfolio dashboard: counts by status and rating, projects needing attention with the reason, the next
milestones in 30/60/90 days, top risks and decisions needed, all as of the site's date, never the clock."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.render.templates import environment
from generator.site.dashboard import LIST_LIMIT, dashboard, dashboard_markdown, portfolio_as_of
from generator.site.pages import SiteProject

D = dt.date


def project(q: m.Questionnaire, code: str, *reports: m.StatusReport, status: str = "active") -> m.Questionnaire:
    """Return the questionnaire as another project, with these status reports."""
    return dataclasses.replace(q, project=dataclasses.replace(q.project, code=code, name=f"Project {code}",
                                                              status=status), status_reports=list(reports))


def report(day: dt.date, overall: str, **answers: object) -> m.StatusReport:
    return m.StatusReport(date=day, overall=overall, summary="s", **answers)  # type: ignore[arg-type]


def test_a_mixed_portfolio_is_counted_and_the_projects_needing_attention_say_why(q: m.Questionnaire) -> None:
    ms = q.milestones[0]
    late = report(ms.date + dt.timedelta(3), "amber", forecasts=[m.Forecast(milestone=ms.name,
                                                                            date=ms.date + dt.timedelta(10))],
                  decisions_needed=["Approve overtime"])
    portfolio = [project(q, "A-1", report(D(2027, 1, 20), "green"), late),
                 project(q, "B-2", report(D(2027, 1, 20), "red")),
                 project(q, "C-3"),  # no status report
                 project(q, "D-4", report(D(2027, 1, 20), "green"), status="planning")]
    as_of = ms.date + dt.timedelta(5)
    d = dashboard(portfolio, as_of)
    assert d.projects == 4 and dict(d.by_status) == {"active": 3, "planning": 1}
    assert dict(d.by_rating) == {"red": 1, "amber": 1, "green": 1, "none": 1}
    by_code = {a.q.project.code: a for a in d.attention}
    assert list(by_code) == ["B-2", "A-1", "C-3", "D-4"]  # red first, then the others by name
    assert by_code["C-3"].report is None and by_code["C-3"].unreported_days == (as_of - q.project.start).days > 28
    assert by_code["B-2"].rating == "red" and by_code["B-2"].stale_days == (as_of - D(2027, 1, 20)).days
    assert by_code["A-1"].rating == "amber" and by_code["A-1"].stale_days is None
    assert by_code["A-1"].overdue == ((ms.name, ms.date, ms.date + dt.timedelta(10)),)
    assert by_code["D-4"].rating is None and by_code["D-4"].stale_days  # green but stale
    assert [(p.project.code, day, text) for p, day, text in d.decisions] == [("A-1", late.date, "Approve overtime")]
    assert all(q2.project.code in {"A-1", "B-2", "C-3", "D-4"} for q2, _ in d.risks) and len(d.risks) <= 10


def test_the_next_milestones_fall_in_30_60_or_90_days_by_forecast_else_plan(q: m.Questionnaire) -> None:
    ms = q.milestones[0]
    moved = report(ms.date - dt.timedelta(70), "green", forecasts=[m.Forecast(milestone=ms.name,
                                                                              date=ms.date + dt.timedelta(10))])
    d = dashboard([project(q, "A-1", moved), project(q, "B-2")], ms.date - dt.timedelta(40))
    windows = {(u.q.project.code, u.window, u.forecast) for u in d.upcoming}
    assert ("B-2", 60, False) in windows and ("A-1", 60, True) in windows
    assert dashboard([project(q, "B-2")], ms.date + dt.timedelta(1)).upcoming == ()  # past: not upcoming


def test_the_as_of_date_is_the_newest_record_and_lists_are_capped(q: m.Questionnaire) -> None:
    newest = D(2027, 5, 2)
    portfolio = [project(q, f"P-{i:03d}", report(newest if i == 7 else D(2027, 2, 1), "red")) for i in range(40)]
    assert portfolio_as_of(portfolio) == newest
    d = dashboard(portfolio, newest)
    assert len(d.attention) == LIST_LIMIT and d.more["attention"] == 40 - LIST_LIMIT
    text = dashboard_markdown([SiteProject(p, f"{p.project.code}.yaml") for p in portfolio], environment(), newest)
    assert text.startswith("## Portfolio at a glance") and text.endswith("## Projects\n\n")
    assert f"As of **{newest}** (the newest dated record of the portfolio)" in text
    assert f"{40 - LIST_LIMIT} more projects need attention" in text
    assert "| [Project P-000 (P-000)](projects/P-000/index.md) | rated RED on 2027-02-01" in text


def test_a_milestone_a_report_records_as_reached_is_neither_overdue_nor_upcoming(q: m.Questionnaire) -> None:
    """Review 14 N2: a forecast on or before its report's date is the day the milestone was reached."""
    ms = q.milestones[0]
    done = report(ms.date + dt.timedelta(14), "green", forecasts=[m.Forecast(milestone=ms.name,
                                                                              date=ms.date + dt.timedelta(7))])
    d = dashboard([project(q, "A-1", done)], ms.date + dt.timedelta(20))
    assert not d.attention and all(u.milestone.name != ms.name for u in d.upcoming)
    early = dashboard([project(q, "A-1", done)], ms.date - dt.timedelta(10))  # reached, by a later report
    assert all(u.milestone.name != ms.name for u in early.upcoming)


def test_the_timeline_is_drawn_up_to_100_projects_and_the_table_serves_beyond(q: m.Questionnaire) -> None:
    """Review 14 N1: one bar per project with its milestones where there are 100 projects or fewer."""
    few = [project(q, f"P-{i:03d}") for i in range(3)]
    text = dashboard_markdown([SiteProject(p, f"{p.project.code}.yaml") for p in few], environment(), q.project.start)
    assert "### Timeline" in text and '](projects/portfolio-timeline.svg "Portfolio timeline: 3 projects, ' in text
    many = [project(q, f"P-{i:03d}") for i in range(101)]
    text = dashboard_markdown([SiteProject(p, f"{p.project.code}.yaml") for p in many], environment(), q.project.start)
    assert "portfolio-timeline.svg" not in text
    assert "With 101 projects, more than 100, the timeline is not drawn: the project table below gives" in text

"""The portfolio timeline: one row per project by start date, milestones at their latest forecast, reached ones
drawn apart by shape, readable from 2 to 100 projects, none beyond."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.pictures.portfolio import AHEAD, DONE, TIMELINE_LIMIT, portfolio_timeline
from generator.pictures.scene import Circle, Path
from generator.questionnaire import model as m
from tests.support.pictures import assert_readable, texts


def portfolio(q: m.Questionnaire, count: int) -> list[m.Questionnaire]:
    """Return ``count`` copies of a project, each starting a week after the one before."""
    return [dataclasses.replace(q, project=dataclasses.replace(
        q.project, code=f"P-{i:03d}", name=f"Project number {i} with a longer name to wrap",
        start=q.project.start + dt.timedelta(7 * i), end=q.project.end + dt.timedelta(7 * i)))
        for i in range(count)]


def test_no_projects_or_too_many_no_timeline(q: m.Questionnaire) -> None:
    assert portfolio_timeline([], q.project.start) is None
    assert portfolio_timeline(portfolio(q, TIMELINE_LIMIT + 1), q.project.start) is None


@pytest.mark.parametrize("count", [2, 60, TIMELINE_LIMIT])
def test_every_project_is_a_row_in_start_order_and_readable(q: m.Questionnaire, count: int) -> None:
    projects = portfolio(q, count)
    picture = portfolio_timeline(list(reversed(projects)), q.project.start + dt.timedelta(30))
    assert picture is not None
    drawn = [t.split(" · ")[0] for t in texts(picture) if t.startswith("P-")]
    assert drawn == [f"P-{i:03d}" for i in range(count)]  # every code, by start date
    assert all(f"(P-{i:03d})" in picture.alt for i in range(count))
    assert_readable(picture)


def test_a_reached_milestone_is_a_circle_and_one_not_reached_a_diamond(q: m.Questionnaire) -> None:
    ms = q.milestones[0]
    done = m.StatusReport(date=ms.date + dt.timedelta(10), overall="green", summary="s",
                          forecasts=[m.Forecast(milestone=ms.name, date=ms.date + dt.timedelta(3))])
    picture = portfolio_timeline([dataclasses.replace(q, status_reports=[done])], done.date)
    assert picture is not None
    circles = [s for s in picture.shapes if isinstance(s, Circle) and s.fill == DONE]
    diamonds = [s for s in picture.shapes if isinstance(s, Path) and s.fill == AHEAD]
    assert len(circles) == 2 and len(diamonds) == len(q.milestones)  # one in the legend each, besides the marks
    assert f"{ms.name} reached on {ms.date + dt.timedelta(3)}" in picture.alt
    again = portfolio_timeline([dataclasses.replace(q, status_reports=[done])], done.date)
    assert again == picture  # deterministic


def test_a_long_name_keeps_its_code_and_says_it_was_cut(q: m.Questionnaire) -> None:
    """Review 16 R4: two lines at most, an ellipsis where the name is cut; the alt text has the whole name."""
    name = "An exceptionally long project name that cannot possibly fit in two lines of the label column at all"
    long = dataclasses.replace(q, project=dataclasses.replace(q.project, name=name))
    picture = portfolio_timeline([long], q.project.start)
    assert picture is not None
    label = [t for t in texts(picture) if t.startswith(q.project.code) or t.endswith("\u2026")]
    assert label[0].startswith(f"{q.project.code} · An exceptionally") and label[-1].endswith("\u2026")
    assert f"{name} ({q.project.code})" in picture.alt
    assert_readable(picture)


def test_the_alt_text_says_forecast_or_planned_for_a_milestone_not_reached(q: m.Questionnaire) -> None:
    """Review 16 R3: a milestone not reached is not told as an event that happened."""
    picture = portfolio_timeline([q], q.project.start)
    assert picture is not None
    ms = q.milestones[0]
    assert f"{ms.name} planned for {ms.date}" in picture.alt

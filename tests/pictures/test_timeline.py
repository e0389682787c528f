"""The timeline: one row per milestone and per dated deliverable, in date order, on the project's months."""

from __future__ import annotations

import dataclasses
import datetime as dt


from generator.pictures.scene import Path, Rect
from generator.pictures.timeline import BAR, MILESTONE, timeline
from generator.questionnaire import model as m
from tests.support.pictures import assert_readable, texts


def plain(q: m.Questionnaire, milestones: list[m.Milestone], dues: list[dt.date | None]) -> m.Questionnaire:
    """Return the questionnaire with these milestones and its deliverables due on these days."""
    deliverables = [dataclasses.replace(d, due=due) for d, due in zip(q.scope.deliverables, dues)]
    return dataclasses.replace(q, milestones=milestones, scope=dataclasses.replace(q.scope, deliverables=deliverables))


def test_nothing_dated_no_timeline(q: m.Questionnaire) -> None:
    assert timeline(plain(q, [], [None] * len(q.scope.deliverables))) is None


def test_milestones_then_deliverables_each_in_date_order(q: m.Questionnaire) -> None:
    start = q.project.start
    late, early = m.Milestone(name="Late", date=start + dt.timedelta(60)), m.Milestone(name="Early", date=start + dt.timedelta(5))
    dues = [start + dt.timedelta(40)] + [None] * (len(q.scope.deliverables) - 1)
    picture = timeline(plain(q, [late, early], dues))
    assert picture is not None and picture.name == "timeline"
    first = q.scope.deliverables[0].name
    drawn = texts(picture)
    assert drawn.index("Early") < drawn.index("Late") < drawn.index(first)
    assert picture.caption == "Timeline: 2 milestones and 1 deliverable due date"
    assert picture.alt.endswith(f"milestone Early on {early.date.isoformat()}; milestone Late on {late.date.isoformat()}; "
                                f"deliverable due {first} on {dues[0].isoformat()}")
    assert picture.alt.startswith(f"Timeline of {q.project.name} from {start.isoformat()} to {q.project.end.isoformat()}")
    diamonds = [s for s in picture.shapes if isinstance(s, Path) and s.fill == MILESTONE and not s.relative]
    bars = [s for s in picture.shapes if isinstance(s, Rect) and s.fill == BAR and s.y > 0]
    assert len(diamonds) == 2 and len(bars) == 2  # one bar per deliverable, one in the legend
    assert_readable(picture)


def test_dates_outside_the_project_are_drawn_at_its_edges(q: m.Questionnaire) -> None:
    before = m.Milestone(name="Before", date=q.project.start - dt.timedelta(30))
    after = m.Milestone(name="After", date=q.project.end + dt.timedelta(30))
    picture = timeline(plain(q, [before, after], [None] * len(q.scope.deliverables)))
    assert picture is not None
    xs = sorted(s.start[0] for s in picture.shapes if isinstance(s, Path) and s.fill == MILESTONE and not s.relative)
    assert 0 < xs[0] < xs[1] < picture.width

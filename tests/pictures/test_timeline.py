"""The timeline: one row per milestone and per dated deliverable, in date order, on the project's months; a
deliverable is a mark at its due date, never a bar (it has no start date)."""

from __future__ import annotations

import dataclasses
import datetime as dt


from generator.pictures.scene import Path, Rect
from generator.pictures.timeline import DUE, MILESTONE, timeline
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
                                f"deliverable {first} due on {dues[0].isoformat()}")
    assert picture.alt.startswith(f"Timeline of {q.project.name} from {start.isoformat()} to {q.project.end.isoformat()}")
    diamonds = [s for s in picture.shapes if isinstance(s, Path) and s.fill == MILESTONE and not s.relative]
    marks = [s for s in picture.shapes if isinstance(s, Path) and s.fill == DUE]
    assert len(diamonds) == 2 and len(marks) == 2  # one mark per deliverable, one in the legend
    assert not [s for s in picture.shapes if isinstance(s, Rect) and s.fill == DUE]
    assert "deliverable, at its due date" in drawn and not [t for t in drawn if "project start" in t]
    assert_readable(picture)


def test_dates_outside_the_project_are_drawn_at_its_edges(q: m.Questionnaire) -> None:
    before = m.Milestone(name="Before", date=q.project.start - dt.timedelta(30))
    after = m.Milestone(name="After", date=q.project.end + dt.timedelta(30))
    picture = timeline(plain(q, [before, after], [None] * len(q.scope.deliverables)))
    assert picture is not None
    xs = sorted(s.start[0] for s in picture.shapes if isinstance(s, Path) and s.fill == MILESTONE and not s.relative)
    assert 0 < xs[0] < xs[1] < picture.width


def test_a_deliverable_is_marked_at_its_due_date_as_a_milestone_that_day_is(q: m.Questionnaire) -> None:
    day = q.project.start + dt.timedelta(40)
    dues = [day] + [None] * (len(q.scope.deliverables) - 1)
    picture = timeline(plain(q, [m.Milestone(name="Same day", date=day)], dues))
    assert picture is not None
    diamond = next(s for s in picture.shapes if isinstance(s, Path) and s.fill == MILESTONE and not s.relative)
    mark = next(s for s in picture.shapes if isinstance(s, Path) and s.fill == DUE)  # the row's, drawn before the legend
    assert mark.points[-1][0] == diamond.start[0]  # the triangle's tip is on the due date, where the diamond is


def test_the_legend_explains_only_the_marks_drawn(q: m.Questionnaire) -> None:
    """Review 11 H7: no milestone recorded, no milestone in the legend (and the charter says none were recorded)."""
    dues = [q.project.start + dt.timedelta(40)] + [None] * (len(q.scope.deliverables) - 1)
    picture = timeline(plain(q, [], dues))
    assert picture is not None
    drawn = texts(picture)
    assert "milestone" not in drawn and "deliverable, at its due date" in drawn
    assert not [s for s in picture.shapes if isinstance(s, Path) and s.fill == MILESTONE]
    only = timeline(plain(q, [m.Milestone(name="Go", date=q.project.start + dt.timedelta(9))], [None] * len(dues)))
    assert only is not None and "milestone" in texts(only) and "deliverable, at its due date" not in texts(only)
    assert_readable(picture)


def test_a_name_leaves_a_gap_before_its_date(q: m.Questionnaire) -> None:
    """Review 72c: "User enablement and communications2025-10-17", a name measured to the last point."""
    from generator.pictures.layout import text_width
    from generator.pictures.scene import Text

    ms = m.Milestone(name="User enablement and communications", date=q.project.start + dt.timedelta(30))
    picture = timeline(plain(q, [ms], [None] * len(q.scope.deliverables)))
    assert picture is not None
    drawn = [s for s in picture.shapes if isinstance(s, Text)]
    date_x = next(t.x for t in drawn if t.content == ms.date.isoformat())
    names = [t for t in drawn if t.x == 12 and t.content in ms.name]
    assert names and all(t.x + text_width(t.content, t.size) <= date_x - 12 for t in names)

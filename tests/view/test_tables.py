"""The rows of the documents' tables: risks scored and ranked, people placed on the power/interest grid, the timeline."""

from __future__ import annotations

import datetime as dt

from generator.questionnaire import model as m
from generator.view.tables import quadrants, score_risks, timeline
from tests.conftest import run


def risk(text: str, likelihood: str, impact: str) -> m.Risk:
    return m.Risk(risk=text, likelihood=likelihood, impact=impact)


def test_scores_rank_by_score_then_impact_then_order() -> None:
    scored = score_risks([risk("a", "high", "low"), risk("b", "low", "high"), risk("c", "medium", "medium"),
                          risk("d", "high", "high")])
    assert [(s.id, s.score, s.rank, s.rating) for s in scored] == [
        ("R-04", 9, 1, "High"), ("R-03", 4, 2, "Medium"), ("R-02", 3, 3, "Medium"), ("R-01", 3, 4, "Medium")]


def test_quadrants_place_people_by_high_or_not() -> None:
    people = [m.Person(name="A", role="r", influence="high", interest="high"),
              m.Person(name="B", role="r", influence="high", interest="medium"),
              m.Person(name="C", role="r", influence="medium", interest="high"),
              m.Person(name="D", role="r")]
    assert {q.key: [p.name for p in q.people] for q in quadrants(people)} == {
        "manage-closely": ["A"], "keep-satisfied": ["B"], "keep-informed": ["C"], "monitor": ["D"]}


def test_everyone_is_placed_by_their_answers_and_the_manager_is_not_placed() -> None:
    people = [m.Person(name="S", role="r", influence="high", interest="low"), m.Person(name="N", role="r"),
              m.Person(name="P", role="r", influence="high", interest="high")]
    grid = {q.key: [p.name for p in q.people] for q in quadrants(people, manager="P")}
    assert grid["keep-satisfied"] == ["S"] and grid["monitor"] == ["N"] and "P" not in sum(grid.values(), [])


def test_the_timeline_orders_the_same_day_start_milestones_deliverables_end(example: str) -> None:
    q = run(example).questionnaire
    assert q is not None
    events = timeline(q)
    assert [e.kind for e in events][0] == "Start" and events[-1].kind == "End"
    assert all(a.date <= b.date for a, b in zip(events, events[1:])) and events[0].date == dt.date(2027, 1, 11)

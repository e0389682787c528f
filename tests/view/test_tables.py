"""The rows of the documents' tables: risks scored and ranked, people placed on the power/interest grid, the timeline."""

from __future__ import annotations

from generator.render.templates import render_project

import dataclasses

import datetime as dt

from generator.questionnaire import model as m
from generator.view.tables import LogRow, open_and_closed, quadrants, score_risks, timeline
from tests.conftest import mutate, run


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


def test_closed_risks_are_kept_apart_and_every_risk_keeps_its_id() -> None:
    risks = [m.Risk(risk="A", likelihood="low", impact="low"), m.Risk(risk="B", likelihood="high", impact="high",
             status="closed"), m.Risk(risk="C", likelihood="medium", impact="high", id="R-X")]
    opened, closed = open_and_closed(risks)
    assert [(r.id, r.rank) for r in opened] == [("R-X", 1), ("R-01", 2)]
    assert [(r.id, r.score, r.rank) for r in closed] == [("R-02", 9, 0)]


def test_phases_and_their_gates_are_on_the_timeline(example: str) -> None:
    phases = ("  phases:\n    - name: Build\n      start: 2027-01-11\n      end: 2027-03-31\n      gate: Go-live review\n"
              "    - name: Run\n      start: 2027-04-01\n      end: 2027-06-30\n")
    q = run(mutate(example, "  sprint_length_weeks: 2", "  sprint_length_weeks: 2\n" + phases.rstrip("\n"))).questionnaire
    assert q is not None and len(q.project.phases) == 2
    events = [(e.date.isoformat(), e.kind, e.name, e.gate) for e in timeline(q)
              if e.kind in ("Phase starts", "Phase ends")]
    # the gate apart from the phase's name: each an answer, tagged with the answers' language (review 104b F13)
    assert events == [("2027-01-11", "Phase starts", "Build", None),
                      ("2027-03-31", "Phase ends", "Build", "Go-live review"),
                      ("2027-04-01", "Phase starts", "Run", None), ("2027-06-30", "Phase ends", "Run", None)]
    charter = next(d.markdown for d in render_project(q) if d.slug == "project-charter")
    assert "| 2027-03-31 | Build, gate: Go-live review | Phase ends |" in charter
    import dataclasses

    nb = dataclasses.replace(q, project=dataclasses.replace(q.project, language="nb"))
    charter = next(d.markdown for d in render_project(nb) if d.slug == "project-charter")
    assert '| <span lang="nb">Build</span>, gate: <span lang="nb">Go-live review</span> |' in charter


def test_a_log_row_knows_a_decision_whose_outcome_is_not_recorded(q: m.Questionnaire) -> None:
    assert q.change_control is not None
    cr = next(r for r in q.change_control.requests if r.decision)
    assert cr.decision is not None and cr.status
    row = LogRow(request=cr, approved=True, cumulative_cost=0.0, contingency_left=None)
    assert not row.outcome_unknown
    assert LogRow(request=dataclasses.replace(cr, status=None), approved=False, cumulative_cost=0.0,
                  contingency_left=None).outcome_unknown
    assert not LogRow(request=dataclasses.replace(cr, status=None, decision=None), approved=False,
                      cumulative_cost=0.0, contingency_left=None).outcome_unknown

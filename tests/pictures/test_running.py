"""The running project's pictures: drawn from the same figures as the tables, readable from 2 to 60 entries, with alt
text naming each, and ratings written in their cells as well as coloured."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Optional

import pytest

from generator.pictures.running import BUDGET, RAG, RESERVE, budget_burn, debt_map, milestone_slips, rating_history
from generator.pictures.layout import GRID, text_box
from generator.pictures.scene import Circle, Line, Path, Rect, Scene, Text
from generator.questionnaire import model as m
from generator.view.context import build_context
from tests.support.pictures import assert_readable, texts

START, END = dt.date(2027, 1, 11), dt.date(2027, 12, 17)


@pytest.mark.parametrize("count", [2, 60])
def test_milestone_slips_say_each_slip_in_words(count: int) -> None:
    slips = [(f"Milestone {i} with a rather long name to wrap", START + dt.timedelta(days=5 * i),
              START + dt.timedelta(days=5 * i + (i % 3) - 1) if i % 4 else None, i % 5 == 3) for i in range(count)]
    picture = milestone_slips("milestone-slips-2027-03-01", slips, START, END)
    assert picture is not None
    drawn = texts(picture)
    assert "on time" in drawn and "no forecast" in drawn  # milestone 0 has none, milestone 1 is on its date
    if count > 3:
        assert "1 day late" in drawn and "1 day early" in drawn
    assert picture.alt.count("planned") == count
    assert_readable(picture)
    assert milestone_slips("x", [("A", START, None, False)], START, END) is None


def test_a_milestone_reached_on_a_day_not_recorded_says_so() -> None:
    """Review 19 F6: listed as done with no forecast, as the report's table says it."""
    picture = milestone_slips("x", [("Design approved", START, None, True), ("Go-live", END, END, False)], START, END)
    assert picture is not None
    assert "reached, no date" in texts(picture) and "no forecast" not in texts(picture)
    assert "Design approved planned 2027-01-11, reached on a date not recorded" in picture.alt
    assert_readable(picture)


def test_a_diamond_on_the_last_day_ends_before_the_words_beside_it() -> None:
    """Review 27 F13: the baseline diamond of a milestone due on the last day ran into its "no forecast"."""
    for slips in ([("Go-live", END, None, False)], [("Go-live", END, END, False)], [("Go-live", END, None, True)]):
        picture = milestone_slips("x", [("Start", START, START, False), *slips], START, END)
        assert picture is not None
        diamonds = [max([s.start[0], *(x for x, _ in s.points)]) for s in picture.shapes if isinstance(s, Path)]
        words = min(s.x for s in picture.shapes if isinstance(s, Text) and s.y > 56 and s.x > 250)
        assert max(diamonds) + 2 <= words


def test_a_reached_milestone_is_a_circle_said_reached_never_a_forecast() -> None:
    """Review 16 R1: the picture says what the report's table says."""
    picture = milestone_slips("x", [("Pilot", START, START + dt.timedelta(days=7), True),
                                    ("Go-live", END, END, False)], START, END)
    assert picture is not None
    assert "reached, 7 days late" in texts(picture) and "on time" in texts(picture)
    assert "Pilot planned 2027-01-11, reached 2027-01-18 (7 days late)" in picture.alt
    assert "reached, on the day a status report records (coloured as a forecast)" in texts(picture)
    assert len([s for s in picture.shapes if isinstance(s, Circle)]) == 2  # the mark and its legend


@pytest.mark.parametrize("count", [2, 60])
def test_ratings_are_initials_on_their_colours_in_bands(count: int) -> None:
    reports = [m.StatusReport(date=START + dt.timedelta(days=7 * i), overall=("green", "amber", "red")[i % 3],
                              summary="s", schedule=m.AreaStatus(rating="red", note="n") if i % 2 else None)
               for i in range(count)]
    picture = rating_history("ratings-x", reports)
    assert picture is not None
    cells = [s for s in picture.shapes if isinstance(s, Rect) and s.fill in RAG.values()]
    assert len(cells) == count + count // 2  # overall for each, schedule for every other one
    drawn = texts(picture)
    assert drawn.count("G") + drawn.count("A") + drawn.count("R") == len(cells) and "–" in drawn
    assert_readable(picture)
    assert rating_history("ratings-x", []) is None


def test_budget_burn_plots_spent_against_the_budget_and_the_contingency() -> None:
    picture = budget_burn("budget-burn-x", [(dt.date(2027, 3, 1), 96000), (dt.date(2027, 4, 1), 171500)], 450000,
                          45000, "EUR", START, END)
    assert picture is not None
    drawn = texts(picture)
    assert "approved budget EUR 450,000" in drawn and "before the contingency of EUR 45,000" in drawn
    assert "EUR 171,500" in drawn and "2027-04-01 EUR 171,500" in picture.alt
    assert_readable(picture)
    assert budget_burn("budget-burn-x", [], 1, None, "EUR", START, END) is None


def test_budget_burn_draws_the_forecast_at_completion_at_the_projects_end() -> None:
    """Review 92c F10: the report's forecast, 2,000,000 over the budget, was in its table and not in its picture."""
    spent = [(dt.date(2027, 3, 1), 96000), (dt.date(2027, 4, 1), 171500)]
    picture = budget_burn("budget-burn-x", spent, 450000, 45000, "EUR", START, END, forecast=480000)
    assert picture is not None
    assert "forecast at completion EUR 480,000" in texts(picture)
    assert picture.alt.endswith("2027-04-01 EUR 171,500; forecast at completion EUR 480,000.")
    dashed = [s for s in picture.shapes if isinstance(s, Line) and s.dash == (4, 4)]
    assert len(dashed) == 1 and any(isinstance(s, Circle) and s.cx == dashed[0].x2 for s in picture.shapes)
    assert_readable(picture)
    # a top value above the forecast: the axis holds it
    assert budget_burn("budget-burn-x", spent, 450000, 45000, "EUR", START, END, forecast=900000) is not None
    # a closing report's cost at completion is its last cost spent, at the end: nothing more to draw
    closed = budget_burn("budget-burn-x", [(START, 1000), (END, 440000)], 450000, 45000, "EUR", START, END,
                         forecast=440000)
    assert closed is not None and "forecast at completion" not in texts(closed)


def test_budget_burn_scales_to_the_budget_and_shows_the_planned_cost_with_approved_changes() -> None:
    """Review 20 F13: an axis to 2,000,000 for a budget of 980,000, and a line that ignored the approved changes."""
    spent = [(dt.date(2027, 3, 1), 400000.0), (dt.date(2027, 6, 1), 612000.0)]
    picture = budget_burn("budget-burn-x", spent, 980000, 78400, "EUR", START, END, planned=980000 - 78400 + 83000)
    assert picture is not None
    drawn = texts(picture)
    assert "EUR 2,000,000" not in drawn and "EUR 1,200,000" in drawn  # six steps of 200,000
    assert "planned cost: EUR 984,600" in drawn  # 980,000 - 78,400 + 83,000 (named as the budget table names it)
    assert "before the contingency of EUR 78,400" not in drawn
    # review 107c F7: above the budget, the changes beyond the contingency, as the report's table says it
    assert ("and a planned cost (the approved budget plus the approved changes beyond the contingency) of "
            "EUR 984,600: ") in picture.alt
    assert_readable(picture)
    within = budget_burn("budget-burn-x", spent, 980000, 78400, "EUR", START, END, planned=980000 - 78400 + 50000)
    assert within is not None and ("and a planned cost (the approved budget less the contingency left after the "
                                   "approved changes) of EUR 951,600: ") in within.alt


def test_the_budget_line_steps_up_on_the_day_an_increase_was_approved() -> None:
    """Review 24 F13: a budget increase approved in April is not drawn back to March."""
    spent = [(dt.date(2027, 3, 1), 96000.0), (dt.date(2027, 6, 1), 300000.0)]
    picture = budget_burn("budget-burn-x", spent, 458000, 45000, "EUR", START, END,
                          increases=[(dt.date(2027, 4, 26), 8000)])
    assert picture is not None
    budget = next(s for s in picture.shapes if isinstance(s, Path) and s.stroke == BUDGET)
    (x0, y0), corners = budget.start, budget.points
    (up_x, before), (_x, after), (end_x, end_y) = corners
    assert before == y0 and after < before and end_y == after  # one step up, higher after it
    assert x0 < up_x < end_x
    assert "approved budget EUR 458,000" in texts(picture)
    assert_readable(picture)


def test_the_planned_cost_steps_on_the_day_each_change_was_decided() -> None:
    """Review 36 F6: the planned cost with approved changes was drawn flat from the start, above the budget until
    the increase approved in October: a year of overrun the table never showed."""
    spent = [(dt.date(2027, 3, 1), 400000.0), (dt.date(2027, 6, 1), 689000.0)]
    picture = budget_burn("budget-burn-x", spent, 1242000, 96000, "GBP", START, END, planned=1214000,
                          increases=[(dt.date(2027, 5, 28), 42000)],
                          changes_on=[(dt.date(2027, 4, 2), 68000), (dt.date(2027, 5, 28), 42000)])
    assert picture is not None
    planned = [s for s in picture.shapes if isinstance(s, Line) and s.stroke == RESERVE and s.dash]
    levels = [s.y1 for s in planned if s.y1 == s.y2]  # the flat stretches, left to right
    assert len(levels) == 3 and levels[0] > levels[1] > levels[2]  # 1,104,000, then 1,172,000, then 1,214,000
    budget = next(s for s in picture.shapes if isinstance(s, Path) and s.stroke == BUDGET)
    assert levels[0] > budget.start[1] and levels[1] > budget.start[1]  # below the budget line all along
    assert "planned cost: GBP 1,214,000" in texts(picture)
    assert all(s.x1 <= s.x2 for s in planned)
    assert_readable(picture)


@pytest.mark.parametrize("count", [2, 60])
def test_the_debt_map_puts_every_open_item_in_its_cell(count: int) -> None:
    items = [m.TechnicalDebt(id=f"TD-{i:02d}", item="x", impact="y", interest=("high", "medium", "low")[i % 3],
                             effort_days=[None, 0.5, 2, 4, 8, 20][i % 6], status="open") for i in range(count)]
    items.append(m.TechnicalDebt(id="TD-PAID", item="x", impact="y", interest="high", status="paid-down"))
    picture = debt_map(items)
    assert picture is not None
    drawn = " ".join(texts(picture))
    assert all(f"TD-{i:02d}" in drawn for i in range(count)) and "TD-PAID" not in drawn
    assert picture.alt.count("interest") == count
    assert_readable(picture)
    assert debt_map(items[-1:]) is None


def test_each_status_report_has_its_pictures_as_of_its_date(q: m.Questionnaire) -> None:
    ms = q.milestones[0]
    reports = [m.StatusReport(date=dt.date(2027, 3, 1), overall="green", summary="s",
                              budget=m.BudgetStatus(rating="green", spent=1000),
                              forecasts=[m.Forecast(milestone=ms.name, date=ms.date)]),
               m.StatusReport(date=dt.date(2027, 4, 1), overall="amber", summary="s")]
    ctx = build_context(dataclasses.replace(q, status_reports=reports))
    assert {"ratings-2027-03-01", "ratings-2027-04-01", "milestone-slips-2027-03-01", "budget-burn-2027-03-01",
            "budget-burn-2027-04-01"} <= set(ctx.pictures)
    assert "milestone-slips-2027-04-01" not in ctx.pictures  # no forecast in that report
    assert ctx.picture("ratings-2027-04-01", "status-reports").startswith("![")
    assert f"](../pictures/{q.project.code}-ratings-2027-04-01.svg " in ctx.picture("ratings-2027-04-01",
                                                                                      "status-reports")


def test_each_year_of_the_ratings_stands_over_its_first_report() -> None:
    """Review 44c F9: one year, 2026, over the reports of 2026-11-27 and 2027-01-22."""
    reports = [m.StatusReport(date=dt.date(2026, 11, 27), overall="green", summary="s"),
               m.StatusReport(date=dt.date(2027, 1, 22), overall="amber", summary="s")]
    picture = rating_history("ratings-x", reports)
    assert picture is not None
    drawn = texts(picture)
    assert "2026" in drawn and "2027" in drawn and "11-27" in drawn and "01-22" in drawn
    assert_readable(picture)


@pytest.mark.parametrize("percent", [0, 5, 20])
@pytest.mark.parametrize("changes", [None, 0.5, 1.5])
def test_budget_burn_labels_stay_clear_of_each_other_and_inside_the_plot(percent: int, changes: Optional[float]
                                                                         ) -> None:
    """Review 50a F12: the last cost spent, near the budget and at the chart's right end, was written over the
    budget's label and past the plot's edge; the labels now move aside (the lines' labels to the other side or
    the left end)."""
    budget = 450000.0
    contingency = budget * percent / 100 or None
    planned = None if changes is None or not contingency else budget - contingency * (1 - changes)
    for share in (0.1, 0.5, 0.9, 0.95, 1.0, 1.05, 1.2):
        for last in (dt.date(2027, 3, 1), dt.date(2027, 12, 10), dt.date(2028, 1, 20)):
            spent = [(dt.date(2027, 2, 1), 20000.0), (last, budget * share)]
            picture = budget_burn("budget-burn-x", spent, budget, contingency, "EUR", START, END, planned=planned,
                                  changes_on=[(dt.date(2027, 10, 1), planned - budget + contingency)]
                                  if planned is not None and contingency else ())
            assert picture is not None
            assert_readable(picture)
            assert not crossed(picture)


def test_the_forecasts_label_stays_clear_of_the_budgets_near_it() -> None:
    """Review 160b F7: "approved budget ZAR 17,854,000" and "forecast at completion ZAR 16,350,000" drawn over each
    other at the chart's right end, the forecast close under the budget and the planned cost between them."""
    start, end = dt.date(2026, 3, 2), dt.date(2027, 5, 28)
    spent = [(dt.date(2026, 4, 30), 2_800_000.0), (dt.date(2026, 6, 30), 6_000_000.0),
             (dt.date(2026, 8, 31), 8_900_000.0), (dt.date(2026, 11, 27), 11_400_000.0)]
    picture = budget_burn("budget-burn-x", spent, 17_854_000.0, 1_704_000.0, "ZAR", start, end,
                          planned=16_625_000.0, increases=[(dt.date(2026, 6, 23), 1_950_000.0)],
                          changes_on=[(dt.date(2026, 6, 23), 1_950_000.0), (dt.date(2026, 9, 1), 475_000.0)],
                          forecast=16_350_000.0)
    assert picture is not None
    assert_readable(picture)
    budget, said = (next(t for t in picture.shapes if isinstance(t, Text) and t.content.startswith(words))
                    for words in ("approved budget", "forecast at completion"))
    assert said.y > budget.y  # (the forecast's label below the budget's, beside its own point)


def crossed(picture: Scene) -> list[str]:
    """Return the labels a level or upright piece of a line runs through (review 51c: the planned cost's label,
    at the left end, was struck through by that line at its level before the changes)."""
    pieces = [((s.x1, s.y1), (s.x2, s.y2)) for s in picture.shapes if isinstance(s, Line) and s.stroke != GRID]
    for shape in picture.shapes:
        if isinstance(shape, Path):
            corners = [shape.start, *shape.points]
            pieces += list(zip(corners, corners[1:]))
    found = []
    for shape in picture.shapes:
        if isinstance(shape, Text) and shape.y > 48 and shape.y < 48 + 220:  # the plot's labels
            x0, y0, x1, y1 = text_box(shape.x, shape.y, shape.content, shape.size, shape.anchor)
            for (ax, ay), (bx, by) in pieces:
                level, upright = ay == by, ax == bx
                if (level and y0 < ay < y1 and min(ax, bx) < x1 and max(ax, bx) > x0) or \
                        (upright and x0 < ax < x1 and min(ay, by) < y1 and max(ay, by) > y0):
                    found.append(shape.content)
    return found


def test_a_grants_part_of_the_planned_cost_is_said_in_the_description() -> None:
    """Reviews 138a F2, 138b F4: the planned cost holds what grants pay of the approved changes, as the report's
    table says; the picture's description says so too."""
    spent = [(dt.date(2027, 3, 1), 96000)]
    picture = budget_burn("budget-burn-x", spent, 450000, 45000, "EUR", START, END, planned=459000,
                          changes_on=[(dt.date(2027, 2, 10), 58000)], granted=50000)
    assert picture is not None
    assert "the approved budget plus EUR 50,000 of grant funding for the approved changes" in picture.alt

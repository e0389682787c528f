"""The change picture: cumulative approved cost over time, against the contingency, and each change's own days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from generator.i18n import locales
from generator.pictures.changes import LIMIT, change_impact
from generator.pictures.scene import Circle, Line, Text
from generator.questionnaire.rules import running_totals
from tests.support.pictures import assert_readable, texts

START, END = dt.date(2027, 1, 1), dt.date(2027, 12, 31)


@dataclass(frozen=True)
class Impact:
    cost: Optional[float] = None
    schedule_days: Optional[int] = None
    funding: Optional[str] = None


@dataclass(frozen=True)
class Decision:
    date: Optional[dt.date] = None
    notes: Optional[str] = None


@dataclass(frozen=True)
class Request:
    id: str
    date: Optional[dt.date]
    status: Optional[str]
    impact: Optional[Impact] = field(default_factory=Impact)
    decision: Optional[Decision] = None
    description: Optional[str] = None
    title: Optional[str] = None
    reason: Optional[str] = None


def approved(rid: str, day: dt.date, cost: float, days: int) -> Request:
    return Request(rid, day, "approved", Impact(cost, days), Decision(day))


def test_no_approved_change_no_picture() -> None:
    assert change_impact([], 1000, "EUR", START, END) is None
    assert change_impact(running_totals([Request("CR-1", START, "proposed", Impact(500, 2))]), 1000, "EUR",
                         START, END) is None


def test_the_totals_climb_in_decision_order_against_the_contingency() -> None:
    totals = running_totals([approved("CR-2", dt.date(2027, 5, 1), 3000, 4), approved("CR-1", dt.date(2027, 3, 1), 8000, 5),
                             Request("CR-3", dt.date(2027, 4, 1), "rejected", Impact(99_999, 99))])
    picture = change_impact(totals, 20_000, "EUR", START, END)  # type: ignore[arg-type]
    assert picture is not None and picture.name == "change-impact"
    assert picture.alt == ("Cumulative approved change cost comes to EUR 11,000 against a contingency of EUR 20,000, "
                           "through CR-1 on 2027-03-01, CR-2 on 2027-05-01. Each approved change's own effect on the "
                           "schedule, not added up, as each moves its own dates: CR-1 5 days later and CR-2 4 days "
                           "later.")  # review 87a F2, 87b F4: never "9 days later" for changes that move other dates
    assert picture.caption == "Approved changes: cumulative cost against the contingency, and each one's schedule impact"
    assert "contingency EUR 20,000" in texts(picture) and {"CR-1", "CR-2"} <= set(texts(picture))
    assert "CR-3" not in texts(picture)
    assert [s for s in picture.shapes if isinstance(s, Line) and s.stroke == LIMIT and s.dash]
    assert len([s for s in picture.shapes if isinstance(s, Circle)]) == 4  # two points on the curve, two stems' heads
    heads = [s for s in picture.shapes if isinstance(s, Circle)][2:]
    assert heads[0].cy < heads[1].cy  # CR-1's 5 days stand higher than CR-2's 4: each its own, not a running sum
    assert_readable(picture)


def test_without_a_contingency_there_is_no_limit_line() -> None:
    picture = change_impact(running_totals([approved("CR-1", dt.date(2027, 3, 1), 500, 1)]), None, "USD",  # type: ignore[arg-type]
                            START, END)
    assert picture is not None
    assert not [s for s in picture.shapes if isinstance(s, Line) and s.stroke == LIMIT]
    assert picture.caption == "Approved changes: cumulative cost, and each one's schedule impact"
    assert "against a contingency" not in picture.alt and "USD 500" in picture.alt


def test_amounts_are_written_as_the_locale_writes_numbers() -> None:
    totals = running_totals([approved("CR-1", dt.date(2027, 3, 1), 1234.5, 1)])
    picture = change_impact(totals, None, "EUR", START, END, locales.english())  # type: ignore[arg-type]
    assert picture is not None and "EUR 1,234.50" in picture.alt


def test_many_changes_are_drawn_without_their_ids() -> None:
    totals = running_totals([approved(f"CR-{i}", START + dt.timedelta(days=10 * i), 100, 1) for i in range(1, 13)])
    picture = change_impact(totals, None, "EUR", START, END)  # type: ignore[arg-type]
    assert picture is not None and not [t for t in texts(picture) if t.startswith("CR-")]
    assert_readable(picture)


def test_without_a_budget_amounts_are_numbers_alone() -> None:
    picture = change_impact(running_totals([approved("CR-1", dt.date(2027, 3, 1), 57_000, 3)]), None, "",  # type: ignore[arg-type]
                            START, END)
    assert picture is not None and "  " not in picture.alt and "  " not in "".join(texts(picture))
    assert picture.alt.startswith("Cumulative approved change cost comes to 57,000, through CR-1 on 2027-03-01.")


def test_a_change_that_brings_the_schedule_forward_is_drawn_below_zero() -> None:
    """Review 20 F2: a 20-day gain was drawn flat on 0 with an axis from 0 to 40."""
    totals = running_totals([approved("CR-1", dt.date(2027, 3, 1), 5000, -20)])
    picture = change_impact(totals, 20_000, "EUR", START, END)  # type: ignore[arg-type]
    assert picture is not None
    assert picture.alt.endswith("as each moves its own dates: CR-1 20 days earlier.")
    labels = {t.content: t.y - 4 for t in picture.shapes if isinstance(t, Text)}  # a tick label sits 4 below its line
    assert "0" in labels and "-20" in labels
    gain = [s for s in picture.shapes if isinstance(s, Circle)][-1]  # the days curve's point
    assert gain.cy > labels["0"] and abs(gain.cy - labels["-20"]) < 1  # drawn at -20, below the zero line
    mixed = change_impact(running_totals([approved("CR-1", dt.date(2027, 3, 1), 5000, -20),
                                          approved("CR-2", dt.date(2027, 4, 1), 5000, 30)]), 20_000, "EUR",
                          START, END)  # type: ignore[arg-type]
    assert mixed is not None and {"-50", "0", "50"} <= set(texts(mixed))  # -20 and +30: one step each side of 0
    assert_readable(picture)


def test_with_a_budget_increase_the_curve_is_what_the_contingency_pays() -> None:
    increase = Request("CR-2", dt.date(2027, 4, 1), "approved", Impact(40_000, 0, "budget-increase"),
                       Decision(dt.date(2027, 4, 1)))
    picture = change_impact(running_totals([approved("CR-1", dt.date(2027, 3, 1), 5_000, 2), increase]), 45_000,
                            "EUR", START, END)
    assert picture is not None
    assert_readable(picture)  # the longer title and the contingency's label do not meet
    assert "Cumulative approved cost paid from the contingency" in texts(picture)
    assert texts(picture).count("CR-2") == 1  # not a step of the curve (nothing of it is paid from the contingency):
    # its label is its schedule stem's, at no change
    # review 98b F9: the requests the contingency pays are those it rises through; the others are named apart
    assert picture.alt.startswith("Cumulative approved change cost paid from the contingency rises to EUR 5,000 "
                                  "against a contingency of EUR 45,000, through CR-1 on 2027-03-01; EUR 40,000 more "
                                  "is paid by budget increases (CR-2).")
    without = change_impact(running_totals([increase]), None, "EUR", START, END)  # no contingency: the whole cost
    assert without is not None and "Cumulative approved cost" in texts(without) and "CR-2" in texts(without)


def test_when_the_contingency_pays_nothing_the_description_says_so() -> None:
    """Review 25 F16: "... paid from the contingency rises to CHF 0"."""
    increase = Request("CR-1", dt.date(2027, 4, 1), "approved", Impact(145_000, 10, "budget-increase"),
                       Decision(dt.date(2027, 4, 1)))
    picture = change_impact(running_totals([increase]), 45_000, "CHF", START, END)  # type: ignore[arg-type]
    assert picture is not None
    assert picture.alt.startswith("No approved change is paid from the contingency of CHF 45,000 (CHF 145,000 is "
                                  "paid by budget increases), through CR-1 on 2027-04-01. Each approved change's "
                                  "own effect on the schedule, not added up, as each moves its own dates: CR-1 10 "
                                  "days later.")


def test_nothing_assessed_draws_nothing_and_small_sums_keep_distinct_labels() -> None:
    """Review 25 F1: a flat line at 0 for an approved request nobody assessed, under axis labels "2, 2, 1, 0, 0"."""
    unassessed = Request("CR-1", dt.date(2027, 4, 1), "approved", Impact(), Decision(dt.date(2027, 4, 1)))
    assert change_impact(running_totals([unassessed]), None, "", START, END) is None  # type: ignore[arg-type]
    zero = change_impact(running_totals([approved("CR-1", dt.date(2027, 4, 1), 0, 3)]), None, "EUR", START, END)
    assert zero is not None
    labels = [t for t in texts(zero) if t.startswith("EUR")]
    assert len(labels) == len(set(labels)) == 5  # whole steps: EUR 0, 1, 2, 3, 4


def test_an_impact_nobody_assessed_is_named_not_drawn_as_none() -> None:
    """Review 27 F12: an approved request with no assessed delay was a point on the schedule line, reading as none;
    a label the next step crossed goes left of its point."""
    late = Request("CR-3", dt.date(2027, 4, 10), "approved", Impact(8500, None), Decision(dt.date(2027, 4, 10)))
    totals = running_totals([approved("CR-2", dt.date(2027, 4, 1), 32_000, 10), late])
    picture = change_impact(totals, 74_400, "EUR", START, END)  # type: ignore[arg-type]
    assert picture is not None
    assert "Not assessed, so not drawn: CR-3" in texts(picture)
    assert picture.alt.endswith(" The effect on the schedule of CR-3 is not assessed and not drawn.")
    assert len([s for s in picture.shapes if isinstance(s, Circle)]) == 3  # two costs, one delay
    crowded = next(s for s in picture.shapes if isinstance(s, Text) and s.content == "CR-2")
    assert crowded.anchor == "end"
    assert_readable(picture)
    costless = Request("CR-4", dt.date(2027, 5, 1), "approved", Impact(None, 3), Decision(dt.date(2027, 5, 1)))
    picture = change_impact(running_totals([costless]), 74_400, "EUR", START, END)  # type: ignore[arg-type]
    assert picture is not None and "Not assessed, so not drawn: CR-4" in texts(picture)
    assert texts(picture).count("CR-4") == 1  # no cost point, so no label on the cost curve: its days stem's alone
    assert picture.alt.endswith(" The cost of CR-4 is not assessed and not drawn.")


def test_no_request_label_is_struck_through_by_the_contingency_line() -> None:
    """Review 30 F7: "CR-03" printed on the contingency's dashed line, struck through."""
    for share in range(70, 101, 2):
        totals = running_totals([approved("CR-03", dt.date(2027, 5, 1), 200 * share, 4)])
        picture = change_impact(totals, 20_000, "EUR", START, END)  # type: ignore[arg-type]
        assert picture is not None
        line = next(s for s in picture.shapes if isinstance(s, Line) and s.stroke == LIMIT and s.x2 - s.x1 > 100)
        label = next(s for s in picture.shapes if isinstance(s, Text) and s.content == "CR-03")
        assert not label.y - 11 <= line.y1 <= label.y + 3, f"struck through at {share}% of the contingency"


def test_a_net_saving_is_drawn_below_zero_and_said_as_a_saving() -> None:
    """Review 79c F1: a change that saved more than the other cost was drawn at 0, as no impact."""
    totals = running_totals([approved("CR-1", dt.date(2027, 3, 1), 12_000, 5),
                             approved("CR-2", dt.date(2027, 5, 1), -30_000, -3)])
    picture = change_impact(totals, 40_000, "EUR", START, END)  # type: ignore[arg-type]
    assert picture is not None
    labels = {t.content: t.y - 4 for t in picture.shapes if isinstance(t, Text)}
    assert "EUR 0" in labels and any(label.startswith("-") or "-" in label for label in labels if "EUR" in label)
    saving = [s for s in picture.shapes if isinstance(s, Circle)][1]  # the cost curve's second point: -18,000
    assert saving.cy > labels["EUR 0"]  # below the zero line
    lowest = max(y for label, y in labels.items() if "EUR" in label and label != "contingency EUR 40,000")
    assert saving.cy <= lowest + 0.5  # inside the plot
    assert "comes to a net saving of EUR 18,000 against a contingency of EUR 40,000" in picture.alt
    assert_readable(picture)


def test_a_cost_axis_without_savings_starts_at_zero() -> None:
    from generator.pictures.changes import cost_axis

    assert cost_axis([5_000, 12_000], 40_000) == (0.0, 20_000.0, 4)
    low, step, ticks = cost_axis([12_000, -18_000], 40_000)
    assert low < -18_000 <= low + step and low + step * ticks >= 40_000


def test_a_request_another_source_pays_in_full_is_no_step_of_the_contingencys_line() -> None:
    """Review 98b F9: CR-03, paid by another fund as its notes said, was marked on the contingency's line and said to
    raise it."""
    other = Request("CR-2", dt.date(2027, 4, 1), "approved", Impact(24_000, 0, "other"), Decision(dt.date(2027, 4, 1)))
    later = approved("CR-3", dt.date(2027, 5, 1), 7_000, 3)
    picture = change_impact(running_totals([approved("CR-1", dt.date(2027, 3, 1), 5_000, 2), other, later]), 45_000,
                            "EUR", START, END)
    assert picture is not None
    steps = [c for c in picture.shapes if isinstance(c, Circle)]
    assert len(steps) == 2 + 3  # CR-1 and CR-3 on the cost line; three schedule stems
    assert "through CR-1 on 2027-03-01, CR-3 on 2027-05-01; EUR 24,000 more is paid by other sources (CR-2)." in \
        picture.alt


def test_what_other_sources_pay_leaves_a_saving_out() -> None:
    """Review 134c F3: "-SGD 135,000 more is paid by other sources (CR-001)", a SGD 150,000 saving counted in."""
    other = Request("CR-2", dt.date(2027, 4, 1), "approved", Impact(24_000, 0, "other"), Decision(dt.date(2027, 4, 1)))
    saving = approved("CR-3", dt.date(2027, 5, 1), -150_000, 0)
    picture = change_impact(running_totals([approved("CR-1", dt.date(2027, 3, 1), 5_000, 2), other, saving]), 45_000,
                            "EUR", START, END)
    assert picture is not None and "; EUR 24,000 more is paid by other sources (CR-2)." in picture.alt

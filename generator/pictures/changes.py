"""The change picture: cumulative approved cost over time, against the contingency, and each approved change's own
schedule impact (never added up: each request is assessed on what it moves, review 87a F2, 87b F4)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Optional

from generator.i18n.locales import Locale, english
from generator.pictures.layout import GRID, MUTED, month_label, months, nice_step, text_width
from generator.pictures.scene import WIDTH, Circle, Line, Path, Rect, Scene, Shape, Text, scene
from generator.questionnaire import model as m
from generator.questionnaire.funding import request_part
from generator.questionnaire.rules import RunningTotal, drawn, raised

COST, DAYS, LIMIT, PLOT = "#1f4e79", "#486581", "#cf1124", "#ffffff"


def cost_axis(values: Sequence[float], contingency: Optional[float]) -> tuple[float, float, int]:
    """Return the cost axis's lowest value, its step and its number of steps: four steps from 0 up to the highest cost
    or the contingency, and below 0 as far as the lowest cost when changes saved more than they cost (review 79c
    F1: a net saving was drawn at 0). Amounts are printed whole: no step a rounded label would repeat."""
    high = max([*values, contingency or 0.0, 1.0])
    low = min([*values, 0.0])
    if low >= 0:
        return 0.0, nice_step(high * 1.08, whole=True), 4
    step = nice_step((max(high, 0.0) - low) * 1.08, whole=True)
    below = max(1, math.ceil(-low * 1.04 / step))
    above = max(1, math.ceil(high * 1.04 / step)) if high > 0 else 0
    return -step * below, step, below + above


def change_impact(totals: Sequence[RunningTotal[m.ChangeRequest]], contingency: Optional[float], currency: str,
                  start: dt.date, end: dt.date, locale: Optional[Locale] = None) -> Optional[Scene]:
    """Return cumulative approved cost over time against the contingency, and each approved change's schedule days.

    ``totals`` are every request in the one order (see :func:`generator.questionnaire.rules.running_totals`);
    words, amounts and dates are ``locale``'s (English by default).
    """
    loc = locale or english()
    _ = loc.gettext

    def money(value: float) -> str:
        return loc.money(value, currency)
    approved = [t for t in totals if t.approved]
    if not any(t.request.impact.cost is not None or t.request.impact.schedule_days is not None for t in approved):
        return None  # nothing approved, or nothing approved assessed: a line at 0 would read as "no impact"
    # With a contingency, the changes a budget increase pays are not set against it: the curve is what it pays.
    # ... and so are the parts of shared costs that another source pays (`funding.request_part`, review 67b F7)
    # (a split's rest included, where a budget increase pays it: reviews 120a F2, 120c F1)
    increased = any(raised(t.request) is not None for t in approved)
    # ... and another budget's or party's (funding: other, review 80b F1)
    split = any(request_part(t.request) is not None and raised(t.request) is None or t.request.impact.funding == "other"
                for t in approved)
    paid = bool(contingency) and (increased or split)
    by = (_("budget increases and other sources") if increased and split else _("other sources") if split
          else _("budget increases"))
    costed = [t for t in approved if t.request.impact.cost is not None]  # an unassessed impact is not drawn as none
    # (review 98b F9: a request another source pays in full was marked on the contingency's line, and said to raise it)
    cost_points = ([(t.day, t.drawn_to_date, t.request.id) for t in costed if drawn(t.request)]
                   if paid else [(t.day, t.cost_to_date, t.request.id) for t in costed])
    day_points: list[tuple[dt.date, float, str]] = [(t.day, t.days, t.request.id) for t in approved
                                                     if t.request.impact.schedule_days is not None]
    no_cost = [t.request.id for t in approved if t.request.impact.cost is None]
    no_days = [t.request.id for t in approved if t.request.impact.schedule_days is None]
    total_cost = approved[-1].cost_to_date
    first, last = min(start, approved[0].day), max(end, approved[-1].day)
    span = max(1, (last - first).days)
    left, plot_w = 110.0, WIDTH - 110 - 40
    top_cost, h_cost, gap, h_days = 48.0, 190.0, 56.0, 110.0
    top_days = top_cost + h_cost + gap
    low_cost, cost_step, cost_ticks = cost_axis([c for _, c, _ in cost_points], contingency)
    max_cost = low_cost + cost_step * cost_ticks
    sooner = any(d < 0 for _, d, _ in day_points)  # changes that bring the schedule forward: the axis goes below 0
    ahead = any(d > 0 for _, d, _ in day_points) or not sooner
    steps = 1 if sooner and ahead else 2  # both ways: one step each side of 0
    days_step = nice_step(max([abs(d) for _, d, _ in day_points] + [1]) * 1.08, steps, whole=True)  # whole ticks
    low_days = -days_step * (1 if ahead else 2) if sooner else 0.0
    max_days = low_days + days_step * 2

    def x_of(day: dt.date) -> float:
        return left + plot_w * (day - first).days / span

    def y_cost(value: float) -> float:
        return top_cost + h_cost - h_cost * (value - low_cost) / (max_cost - low_cost)

    def y_days(value: float) -> float:
        return top_days + h_days - h_days * (value - low_days) / (max_days - low_days)

    shapes: list[Shape] = [Text(12, 22, _("Approved change impact over time"), 14, "bold")]
    for top, h in ((top_cost, h_cost), (top_days, h_days)):
        shapes.append(Rect(left, top, plot_w, h, PLOT, GRID))
    for i in range(cost_ticks + 1):
        value = low_cost + cost_step * i
        y = y_cost(value)
        shapes.append(Line(left, y, left + plot_w, y, GRID))
        shapes.append(Text(left - 6, y + 4, money(round(value)), 10, fill=MUTED, anchor="end"))
    shapes.append(Text(left, top_cost - 8, _("Cumulative approved cost paid from the contingency") if paid
                       else _("Cumulative approved cost"), 11, "bold"))
    shapes.append(Text(left, top_days - 8, _("Schedule impact of each approved change (days, not added up)"), 11,
                       "bold"))
    for i in range(3):
        value = low_days + days_step * i
        y = y_days(value)
        shapes.append(Line(left, y, left + plot_w, y, GRID))
        shapes.append(Text(left - 6, y + 4, loc.decimal(round(value)), 10, fill=MUTED, anchor="end"))
    if contingency:
        y = y_cost(contingency)
        shapes.append(Line(left, y, left + plot_w, y, LIMIT, 2, (8, 5)))
        # Translators: the contingency's line on the change picture, e.g. "contingency EUR 45,000".
        # above the plot, at the right of its title, where no curve or request label can run into it
        label = _("contingency %(amount)s", amount=money(contingency))
        dash_x = left + plot_w - text_width(label, 11) * 1.1 - 10  # a stretch of the dashed line before its label
        shapes.append(Line(dash_x - 26, top_cost - 12, dash_x - 4, top_cost - 12, LIMIT, 2, (8, 5)))
        shapes.append(Text(left + plot_w, top_cost - 8, label, 11, "bold", LIMIT, anchor="end"))
    if cost_points:  # the cost builds up: a step line
        prev_y = y_cost(0)
        corners: list[tuple[float, float]] = []
        for day, value, _id in cost_points:
            x, y = x_of(day), y_cost(value)
            corners += [(x, prev_y), (x, y)]
            prev_y = y
        corners.append((left + plot_w, prev_y))
        shapes.append(Path((left, y_cost(0)), tuple(corners), "none", stroke=COST, width=2.5))
        shapes += [Circle(x_of(day), y_cost(value), 4, COST) for day, value, _id in cost_points]
    if len(cost_points) <= 10:
        for i, (day, value, rid) in enumerate(cost_points):
            x, room = x_of(day), text_width(rid, 10) + 12
            crowded = i + 1 < len(cost_points) and x_of(cost_points[i + 1][0]) - x < room and x - left > room
            # a label the next step's riser would cross goes left of its point, over the level before it
            baseline = y_cost(value) - 8 - 12 * (i % 2)
            if contingency and baseline - 11 <= y_cost(contingency) <= baseline + 3:
                baseline = y_cost(value) + 16  # under its point: the contingency's line would strike it through
            shapes.append(Text(x - 6 if crowded else x + 6, baseline, rid, 10, "bold",
                               anchor="end" if crowded else "start"))
    for i, (day, value, rid) in enumerate(day_points):  # each change's own days: a stem from 0, never a running sum
        x, y = x_of(day), y_days(value)
        shapes.append(Line(x, y_days(0), x, y, DAYS, 2.5))
        shapes.append(Circle(x, y, 4, DAYS))
        if len(day_points) <= 10:
            shapes.append(Text(x + 6, (y - 4 if value >= 0 else y + 12) - 11 * (i % 2), rid, 10, "bold"))
    for tick in months(first, last, plot_w):
        if tick >= first:
            for top, h in ((top_cost, h_cost), (top_days, h_days)):
                shapes.append(Line(x_of(tick), top, x_of(tick), top + h, GRID, dash=(2, 3)))
            shapes.append(Text(x_of(tick) + 2, top_days + h_days + 16, month_label(tick, loc), 10, fill=MUTED))
    for top, unknown in ((top_cost, no_cost), (top_days, no_days)):
        if unknown:  # said inside the plot, at its top left, which a rising curve reaches last, over the grid
            note = _("Not assessed, so not drawn: %(requests)s", requests=", ".join(unknown))
            shapes.append(Rect(left + 4, top + 5, text_width(note, 10) + 8, 15, PLOT))
            shapes.append(Text(left + 8, top + 16, note, 10, fill=MUTED))
    through = ", ".join(_("%(request)s on %(date)s", request=t.request.id, date=loc.date(t.day)) for t in approved)
    # a net saving is said as one, not as a cost below zero (review 79c F1)
    comes_to = (money(total_cost) if total_cost >= 0
                else _("a net saving of %(amount)s", amount=money(-total_cost)))
    if paid and not approved[-1].drawn_to_date:
        alt = _("No approved change is paid from the contingency of %(contingency)s (%(increase)s is paid by "
                "%(sources)s), through %(requests)s.",
                contingency=money(contingency or 0), increase=money(total_cost), sources=by, requests=through)
        caption = _("Approved changes: cumulative cost paid from the contingency, and each one's schedule impact")
    elif paid:
        drawing = [t for t in approved if drawn(t.request)]
        # (a split's other part too: "(CR-002)", not "()")
        others = [t.request.id for t in costed if drawn(t.request) < (t.request.impact.cost or 0)]
        # what the other sources pay: the costs' parts the contingency does not, a saving apart (review 134c F3:
        # "-SGD 135,000 more is paid by other sources", a SGD 150,000 saving counted in)
        outside = sum((t.request.impact.cost or 0) - drawn(t.request) for t in costed
                      if drawn(t.request) < (t.request.impact.cost or 0))
        requests = ", ".join(_("%(request)s on %(date)s", request=t.request.id, date=loc.date(t.day)) for t in drawing)
        if others:
            alt = _("Cumulative approved change cost paid from the contingency rises to %(cost)s against a contingency "
                    "of %(contingency)s, through %(requests)s; %(increase)s more is paid by %(sources)s (%(others)s).",
                    cost=money(approved[-1].drawn_to_date), contingency=money(contingency or 0),
                    increase=money(outside), sources=by, requests=requests, others=", ".join(others))
        else:  # only a budget cut beside them (review 138a F16: "EUR 0 more is paid by budget increases ()")
            alt = _("Cumulative approved change cost paid from the contingency rises to %(cost)s against a contingency "
                    "of %(contingency)s, through %(requests)s.", cost=money(approved[-1].drawn_to_date),
                    contingency=money(contingency or 0), requests=requests)
        caption = _("Approved changes: cumulative cost paid from the contingency, and each one's schedule impact")
    elif contingency:
        alt = _("Cumulative approved change cost comes to %(cost)s against a contingency of %(contingency)s, through "
                "%(requests)s.", cost=comes_to, contingency=money(contingency), requests=through)
        caption = _("Approved changes: cumulative cost against the contingency, and each one's schedule impact")
    else:
        alt = _("Cumulative approved change cost comes to %(cost)s, through %(requests)s.", cost=comes_to,
                requests=through)
        caption = _("Approved changes: cumulative cost, and each one's schedule impact")
    more: list[str] = []  # the sentences after the cost's, each the catalog's
    if day_points:
        shifts = [_("%(request)s %(shift)s", request=rid, shift=loc.shift(int(value))) for _day, value, rid in day_points]
        listed = shifts[0] if len(shifts) == 1 else _("%(first)s and %(last)s", first=", ".join(shifts[:-1]),
                                                      last=shifts[-1])
        # Translators: the change picture's schedule panel; "shifts": "CR-001 10 days later and CR-002 3 days later".
        more.append(_("Each approved change's own effect on the schedule, not added up, as each moves its own dates: "
                      "%(shifts)s.", shifts=listed))
    if no_cost:
        more.append(_("The cost of %(requests)s is not assessed and not drawn.", requests=", ".join(no_cost)))
    if no_days:
        more.append(_("The effect on the schedule of %(requests)s is not assessed and not drawn.",
                      requests=", ".join(no_days)))
    for sentence in more:
        # Translators: one sentence of a picture's description after another.
        alt = _("%(sentence)s %(next)s", sentence=alt, next=sentence)
    return scene("change-impact", top_days + h_days + 30, shapes, alt, caption)

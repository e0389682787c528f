"""The running project's pictures: milestone slips, budget burn, ratings across reports, and the technical debt map.

Each is drawn from the same figures the documents print (`generator.view.running`), so
a picture and its table never disagree.  Ratings are written as words or initials in
their cells, never shown by colour alone; rows and cells grow with the number of
entries, so 2 or 60 milestones, reports or debt items stay readable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Optional

from generator.i18n.locales import N_, Locale, english
from generator.pictures.layout import (GRID, MUTED, Box, label, level_word, month_label, months, nice_step, place,
                                       wrap)
from generator.pictures.scene import WIDTH, Circle, Line, Path, Rect, Scene, Shape, Text, scene
from generator.questionnaire import model as m

BASELINE, FORECAST, LATE, EARLY = "#9aa5b1", "#1f4e79", "#cf1124", "#2f8132"
RAG = {"green": "#2f8132", "amber": "#f0b429", "red": "#cf1124"}
RAG_INK = {"green": "#ffffff", "amber": "#1f2933", "red": "#ffffff"}
SPENT, BUDGET, RESERVE = "#1f4e79", "#1f2933", "#cf1124"
INTEREST_FILL = {"high": "#fde0dd", "medium": "#fff3c4", "low": "#e3f8e8"}
EFFORT_BANDS = ((None, N_("not estimated")), (1.0, N_("up to 1 day")), (3.0, N_("up to 3 days")),
                (5.0, N_("up to 5 days")), (10.0, N_("up to 10 days")), (float("inf"), N_("over 10 days")))
REPORTS_PER_BAND = 12  # the ratings picture starts a new band after this many reports


def milestone_slips(name: str, slips: Sequence[tuple[str, dt.date, Optional[dt.date], bool]], start: dt.date,
                    end: dt.date, locale: Optional[Locale] = None) -> Optional[Scene]:
    """Return each milestone's baseline (hollow diamond) and forecast (filled diamond) or the day it was reached
    (filled circle: the last item of a slip is True; with no date, reached on a day not recorded) on the project's
    months, with the slip in days in words; None when no milestone has a forecast."""
    loc = locale or english()
    _ = loc.gettext
    if not any(forecast for _m, _b, forecast, _r in slips):
        return None
    days = [d for _m, baseline, forecast, _r in slips for d in (baseline, forecast) if d]
    first, last = min([start, *days]), max([end, *days])
    span = max(1, (last - first).days)
    left, right = 250.0, WIDTH - (130 if any(reached for *_, reached in slips) else 90)  # room for the words
    top, row = 56.0, 26.0

    reach = right - 12 - left  # the last day's diamond ends before the words at its right

    def x_of(day: dt.date) -> float:
        return left + reach * (day - first).days / span

    shapes: list[Shape] = [Text(12, 22, _("Milestones: planned date and forecast"), 14, "bold")]
    names = [wrap(label(milestone), left - 24, 11)[:3] for milestone, _b, _f, _r in slips]  # a long name wraps; rows grow
    heights = [max(row, 14.0 * len(lines) + 10) for lines in names]
    bottom = top + sum(heights)
    for tick in months(first, last, reach):
        if tick >= first:
            shapes.append(Line(x_of(tick), top - 6, x_of(tick), bottom, GRID, dash=(2, 3)))
            shapes.append(Text(x_of(tick) + 2, top - 10, month_label(tick, loc), 10, fill=MUTED))
    words = []
    y_top = top
    for i, (milestone, baseline, forecast, reached) in enumerate(slips):
        y = y_top + heights[i] / 2
        y_top += heights[i]
        first_line = y + 4 - 7 * (len(names[i]) - 1)
        shapes += [Text(12, first_line + 14 * k, line, 11) for k, line in enumerate(names[i])]
        bx = x_of(baseline)
        shapes.append(Path((bx, y - 7), ((bx + 7, y), (bx, y + 7), (bx - 7, y)), "#ffffff", closed=True,
                           stroke=BASELINE, width=2))
        if forecast is None:  # reached (listed as done) on a day not recorded, or not forecast
            shapes.append(Text(right + 6, y + 4, _("reached, no date") if reached else _("no forecast"), 10,
                               fill=MUTED))
            words.append(_("%(milestone)s planned %(date)s, reached on a date not recorded", milestone=milestone,
                           date=loc.date(baseline)) if reached else
                         _("%(milestone)s planned %(date)s, no forecast", milestone=milestone, date=loc.date(baseline)))
            continue
        slip = (forecast - baseline).days
        colour = LATE if slip > 0 else EARLY if slip < 0 else FORECAST
        fx = x_of(forecast)
        if slip:
            shapes.append(Line(bx, y, fx, y, colour, 2))
        said = (loc.ngettext("%(n)s day late", "%(n)s days late", slip, n=loc.decimal(slip)) if slip > 0 else
                loc.ngettext("%(n)s day early", "%(n)s days early", -slip, n=loc.decimal(-slip)) if slip < 0 else
                _("on time"))
        if reached:
            shapes.append(Circle(fx, y, 7, colour))
            shapes.append(Text(right + 6, y + 4, _("reached, %(slip)s", slip=said), 10, "bold", colour))
            words.append(_("%(milestone)s planned %(date)s, reached %(reached)s (%(slip)s)", milestone=milestone,
                           date=loc.date(baseline), reached=loc.date(forecast), slip=said))
            continue
        shapes.append(Path((fx, y - 7), ((fx + 7, y), (fx, y + 7), (fx - 7, y)), colour, closed=True))
        shapes.append(Text(right + 6, y + 4, said, 10, "bold", colour))
        words.append(_("%(milestone)s planned %(date)s, forecast %(forecast)s (%(slip)s)", milestone=milestone,
                       date=loc.date(baseline), forecast=loc.date(forecast), slip=said))
    legend = bottom + 24
    shapes.append(Path((20, legend - 11), ((27, legend - 4), (20, legend + 3), (13, legend - 4)), "#ffffff",
                       closed=True, stroke=BASELINE, width=2))
    shapes.append(Text(32, legend, _("planned date (baseline)"), 10, fill=MUTED))
    shapes.append(Path((220, legend - 11), ((227, legend - 4), (220, legend + 3), (213, legend - 4)), FORECAST,
                       closed=True))
    shapes.append(Text(232, legend, _("forecast (red when late, green when early)"), 10, fill=MUTED))
    if any(reached for _m, _b, forecast, reached in slips if forecast):  # the legend explains only the marks drawn
        legend += 20
        shapes.append(Circle(220, legend - 4, 7, FORECAST))
        shapes.append(Text(232, legend, _("reached, on the day a status report records (coloured as a forecast)"), 10, fill=MUTED))
    return scene(name, legend + 16, shapes, "; ".join(words),
                 loc.ngettext("Milestone slip: %(n)s milestone, planned date against forecast",
                              "Milestone slip: %(n)s milestones, planned date against forecast", len(slips),
                              n=loc.decimal(len(slips))))


def budget_burn(name: str, spent: Sequence[tuple[dt.date, float]], budget: float, contingency: Optional[float],
                currency: str, start: dt.date, end: dt.date, locale: Optional[Locale] = None,
                planned: Optional[float] = None, increases: Sequence[tuple[dt.date, float]] = (),
                changes_on: Sequence[tuple[dt.date, float]] = (), proposed: bool = False,
                forecast: Optional[float] = None, granted: float = 0.0, grants: bool = True) -> Optional[Scene]:
    """Return the cost spent to date at each status report against the approved budget and, with a contingency, the
    ``planned`` cost with the changes approved by the report's date (`generator.view.report_money.Money.planned`; None:
    the budget less the contingency, no change approved); None when no report records a cost to date. The axis ends
    at the first round step above them all.  ``budget`` includes the budget ``increases`` approved by then (day,
    amount): its line steps up on each one's day; the planned cost's line steps on the day each change approved by
    then (``changes_on``: day, cost) was decided, from the planned cost before any change to ``planned``;
    ``proposed``: the budget awaits its approval (`ChangeRequests.budget_for_approval`), and is labelled so;
    ``forecast``: the report's forecast cost at completion, drawn at the project's end, dashed from the last cost
    spent (review 92c F10: the report's 2,000,000 overrun was in its table, not in its picture); ``granted``: what grants
    pay of the approved changes, which the planned cost holds (`Money.others`), said in the description."""
    before = budget - contingency if contingency else None  # the planned cost before any change
    planned = (before if planned is None else planned) if before is not None else None
    changes = planned is not None and planned != before  # approved changes moved it
    loc = locale or english()
    _ = loc.gettext
    if not spent:
        return None

    def money(value: float) -> str:
        return loc.money(value, currency)
    first, last = min(start, spent[0][0]), max(end, spent[-1][0])
    span = max(1, (last - first).days)
    left, right, top, height = 110.0, WIDTH - 40, 48.0, 220.0
    # a forecast is drawn where it says more than the last cost spent (a closing report's cost at completion is that)
    ahead = forecast is not None and (forecast != spent[-1][1] or spent[-1][0] < end) and spent[-1][0] < last
    largest = max([budget] + [v for _d, v in spent] + ([planned] if planned is not None else [])
                  + ([forecast] if ahead and forecast is not None else [])) * 1.08
    step, steps = min(((nice_step(largest, n), n) for n in (4, 5, 6)), key=lambda pair: pair[0] * pair[1])
    top_value = step * steps

    def x_of(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / span

    def y_of(value: float) -> float:
        return top + height - height * max(value, 0) / top_value

    shapes: list[Shape] = [Text(12, 22, _("Budget spent over time"), 14, "bold"),
                           Rect(left, top, right - left, height, "#ffffff", GRID)]
    for i in range(steps + 1):
        y = y_of(step * i)
        shapes.append(Line(left, y, right, y, GRID))
        shapes.append(Text(left - 6, y + 4, money(round(step * i)), 10, fill=MUTED, anchor="end"))
    for tick in months(first, last, right - left):
        if tick >= first:
            shapes.append(Text(x_of(tick) + 2, top + height + 16, month_label(tick, loc), 10, fill=MUTED))
    baseline = level = budget - sum(amount for _day, amount in increases)  # the budget before its increases
    line = [(left, y_of(baseline))]
    for day, amount in sorted(increases):
        x = min(max(x_of(day), left), right)
        line += [(x, y_of(level)), (x, y_of(level + amount))]
        level += amount
    line.append((right, y_of(budget)))
    if len(line) > 2:
        shapes.append(Path(line[0], tuple(line[1:]), "none", stroke=BUDGET, width=2))
    else:
        shapes.append(Line(left, y_of(budget), right, y_of(budget), BUDGET, 2))
    segments = list(zip(line, line[1:]))  # the lines' straight pieces, which no label may cross
    label = ""
    if contingency and planned is not None:
        # from the planned cost before any change, up (or down) on the day each change was decided, to ``planned``
        # (the budget before its increases, less the contingency: each change, an increase's too, is one step)
        first_level = (before or 0.0) - sum(amount for _day, amount in increases)
        x, level = left, first_level if changes_on else planned
        for n, (day, amount) in enumerate(sorted(changes_on)):
            at = min(max(x_of(day), left), right)
            after = planned if n == len(changes_on) - 1 else level + amount  # the last step lands on the total
            shapes += [Line(x, y_of(level), at, y_of(level), RESERVE, 2, (8, 5)),
                       Line(at, y_of(level), at, y_of(after), RESERVE, 2, (8, 5))]
            segments += [((x, y_of(level)), (at, y_of(level))), ((at, y_of(level)), (at, y_of(after)))]
            x, level = at, after
        shapes.append(Line(x, y_of(planned), right, y_of(planned), RESERVE, 2, (8, 5)))
        segments.append(((x, y_of(planned)), (right, y_of(planned))))
        # named as the budget table names it: the changes paid from elsewhere are not in it (review 87c F4)
        label = (_("planned cost: %(amount)s", amount=money(planned)) if changes else
                 _("before the contingency of %(amount)s", amount=money(contingency)))
    # labels stay inside the plot, clear of the lines and of each other (review 51c: a label struck through by the
    # planned cost's line at its earlier level): the last cost spent beside its point, then the lines' at an end
    room: Box = (left, top, right, top + height)
    taken: list[Box] = [(min(a[0], b[0]) - 1, min(a[1], b[1]) - 1.5, max(a[0], b[0]) + 1, max(a[1], b[1]) + 1.5)
                        for a, b in segments if a[0] == b[0] or a[1] == b[1]]
    # the cost spent's own line, as points every few units along it (review 53c: its label sat across it)
    route = [(x_of(day), y_of(value)) for day, value in spent]
    for (ax, ay), (bx, by) in zip(route, route[1:]):
        steps = max(1, int(max(abs(bx - ax), abs(by - ay)) // 4))
        taken += [(ax + (bx - ax) * k / steps - 1, ay + (by - ay) * k / steps - 1,
                   ax + (bx - ax) * k / steps + 1, ay + (by - ay) * k / steps + 1) for k in range(steps + 1)]
    last_day, last_spent = spent[-1]
    x, y = x_of(last_day), y_of(last_spent)
    if ahead and forecast is not None:  # dashed on to the project's end, where the label says what it is
        fx, fy = x_of(last), y_of(forecast)
        steps = max(1, int(max(abs(fx - x), abs(fy - y)) // 4))
        taken += [(x + (fx - x) * k / steps - 1, y + (fy - y) * k / steps - 1,
                   x + (fx - x) * k / steps + 1, y + (fy - y) * k / steps + 1) for k in range(steps + 1)]
    spots = [(x + dx, y + dy, anchor) for dy in (-8, 16, -22, 30) for dx, anchor in ((6, "start"), (-6, "end"))]
    spots += [(x + dx, y + dy, anchor) for dy in (44, -36) for dx, anchor in ((6, "start"), (-6, "end"))]
    spots += [(x - dx, y + dy, "end") for dx in (30, 60) for dy in (-8, 16, 30)]  # further left, past a steep line
    at_x, at_y, anchor = place(money(last_spent), 10, spots, taken, room)
    labels = [Text(at_x, at_y, money(last_spent), 10, "bold", SPENT, anchor)]
    over = planned is not None and planned > budget  # the planned cost is above the budget: labels swap sides
    text = (_("budget for approval %(amount)s", amount=money(budget)) if proposed
            else _("approved budget %(amount)s", amount=money(budget)))
    # (the budget line's label first, at its end: the forecast's then goes beside its own point, not above the
    # budget's line at its height, review 160c: "labels sit next to the wrong part of the line")
    bx, by, anchor = _beside(text, (line[0][1], line[-1][1]), not over, (left, right), taken, room)
    labels.insert(0, Text(bx, by, text, 11, "bold", BUDGET, anchor))
    if ahead and forecast is not None:
        said = _("forecast at completion %(amount)s", amount=money(forecast))
        spots = [(fx - 6, fy + dy, "end") for dy in (-8, 16, -22, 30, 44, -36, 58, 72)]
        labels.append(Text(*place(said, 10, spots, taken, room)[:2], said, 10, "bold", SPENT, "end"))
        shapes += [Line(x, y, fx, fy, SPENT, 2, (4, 4)), Circle(fx, fy, 4, SPENT)]
    if label and planned is not None:  # the label sits on the side away from the budget's line
        ends = (y_of(first_level if changes_on else planned), y_of(planned))
        x, y, anchor = _beside(label, ends, planned > budget, (left, right), taken, room)
        labels.insert(1, Text(x, y, label, 11, "bold", RESERVE, anchor))
    corners = tuple((x_of(day), y_of(value)) for day, value in spent[1:])
    shapes.append(Path((x_of(spent[0][0]), y_of(spent[0][1])), corners, "none", stroke=SPENT, width=2.5))
    shapes += [Circle(x_of(day), y_of(value), 4, SPENT) for day, value in spent]
    shapes += labels
    points = "; ".join(f"{loc.date(d)} {money(v)}" for d, v in spent) + (
        "; " + _("forecast at completion %(amount)s", amount=money(forecast)) if ahead and forecast is not None else "")
    if proposed:
        alt = _("Spent to date rises to %(spent)s by %(date)s, against a budget for approval of %(budget)s: "
                "%(points)s.", spent=money(last_spent), date=loc.date(last_day), budget=money(budget), points=points)
    elif planned is not None and changes and granted and grants:  # (reviews 138a F2, 138b F4)
        alt = _("Spent to date rises to %(spent)s by %(date)s, against an approved budget of %(budget)s and a planned "
                "cost (the approved budget plus %(granted)s of grant funding for the approved changes, less the "
                "contingency left after them) of %(planned)s: %(points)s.", spent=money(last_spent),
                date=loc.date(last_day), budget=money(budget), granted=money(granted), planned=money(planned),
                points=points)
    elif planned is not None and changes and granted:  # (review 141c F3: other sources' funding the spending shows)
        alt = _("Spent to date rises to %(spent)s by %(date)s, against an approved budget of %(budget)s and a planned "
                "cost (the approved budget plus %(granted)s of funding from other sources for the approved changes, "
                "less the contingency left after them) of %(planned)s: %(points)s.", spent=money(last_spent),
                date=loc.date(last_day), budget=money(budget), granted=money(granted), planned=money(planned),
                points=points)
    elif planned is not None and changes and planned > budget:  # as the report's table says it (review 107c F7)
        alt = _("Spent to date rises to %(spent)s by %(date)s, against an approved budget of %(budget)s and a planned "
                "cost (the approved budget plus the approved changes beyond the contingency) of %(planned)s: "
                "%(points)s.", spent=money(last_spent), date=loc.date(last_day),
                budget=money(budget), planned=money(planned), points=points)
    elif planned is not None and changes:
        alt = _("Spent to date rises to %(spent)s by %(date)s, against an approved budget of %(budget)s and a planned "
                "cost (the approved budget less the contingency left after the approved changes) of %(planned)s: "
                "%(points)s.", spent=money(last_spent), date=loc.date(last_day),
                budget=money(budget), planned=money(planned), points=points)
    else:
        alt = _("Spent to date rises to %(spent)s by %(date)s, against an approved budget of %(budget)s: %(points)s.",
                spent=money(last_spent), date=loc.date(last_day), budget=money(budget), points=points)
    return scene(name, top + height + 30, shapes, alt,
                 _("Budget burn: spent to date against the budget for approval") if proposed
                 else _("Budget burn: spent to date against the approved budget"))


def _beside(text: str, ends: tuple[float, float], above: bool, edges: tuple[float, float], taken: list[Box],
            room: Box) -> tuple[float, float, str]:
    """Return where a line's label (11 pt) goes (x, y, anchor): at the line's right end, on the side ``above`` says
    (else at its left end, then on the other side, then a line further off, where a line or another label is there
    already); ``ends``: the line's height at its left and right ends."""
    near = (-6, 14) if above else (14, -6)
    spots = [(x, y + dy, anchor) for dy in (*near, *({-6: -20, 14: 28}[d] for d in near))
             for x, anchor, y in ((edges[1] - 4, "end", ends[1]), (edges[0] + 4, "start", ends[0]))]
    # then further in from the right end, where the line is at its last height (clear of a point or a step there)
    spots += [(edges[1] - 4 - shift, ends[1] + dy, "end") for shift in (120, 240) for dy in near]
    return place(text, 11, spots, taken, room)


def rating_history(name: str, reports: Sequence[m.StatusReport], locale: Optional[Locale] = None) -> Optional[Scene]:
    """Return the overall, scope, schedule and budget ratings of each report as cells holding the rating's initial
    (G, A, R) on its colour, a band of up to `REPORTS_PER_BAND` reports at a time; None without reports."""
    loc = locale or english()
    _ = loc.gettext
    if not reports:
        return None
    areas = (("overall", _("Overall")), ("scope", _("Scope")), ("schedule", _("Schedule")), ("budget", _("Budget")))
    initials = {"green": _("G"), "amber": _("A"), "red": _("R")}
    left, cell_h, top = 110.0, 24.0, 40.0
    cell_w = (WIDTH - left - 20) / REPORTS_PER_BAND
    shapes: list[Shape] = [Text(12, 22, _("Ratings across status reports"), 14, "bold")]
    y = top
    for band in range(0, len(reports), REPORTS_PER_BAND):
        chunk = reports[band:band + REPORTS_PER_BAND]
        y += 10  # the years' line above the days
        for col, report in enumerate(chunk):
            middle = left + col * cell_w + cell_w / 2
            if col == 0 or report.date.year != chunk[col - 1].date.year:  # each year over its first report's day
                shapes.append(Text(middle, y + 2, str(report.date.year), 9, fill=MUTED, anchor="middle"))
            shapes.append(Text(middle, y + 14, report.date.strftime("%m-%d"), 10, "bold", MUTED, anchor="middle"))
        shapes.append(Text(12, y + 14, _("Report"), 10, "bold", MUTED))
        y += 22
        for key, title in areas:
            shapes.append(Text(12, y + 16, title, 11))
            for col, report in enumerate(chunk):
                rating = report.overall if key == "overall" else getattr(getattr(report, key), "rating", None)
                x = left + col * cell_w
                if rating is None:
                    shapes.append(Text(x + cell_w / 2, y + 16, "–", 11, fill=MUTED, anchor="middle"))
                    continue
                shapes.append(Rect(x + 2, y + 2, cell_w - 4, cell_h - 4, RAG[rating], rx=3))
                shapes.append(Text(x + cell_w / 2, y + 16, initials[rating], 11, "bold", RAG_INK[rating],
                                   anchor="middle"))
            y += cell_h
        y += 12
    shapes.append(Text(12, y + 8, _("G green (on track) · A amber (at risk) · R red (off track) · – not rated"), 10,
                       fill=MUTED))
    alt = "; ".join(_("%(date)s overall %(rating)s", date=loc.date(r.date), rating=r.overall) for r in reports)
    return scene(name, y + 24, shapes, alt, loc.ngettext("Ratings of %(n)s status report", "Ratings of %(n)s status "
                                                         "reports", len(reports), n=loc.decimal(len(reports))))


def debt_map(items: Sequence[m.TechnicalDebt], locale: Optional[Locale] = None) -> Optional[Scene]:
    """Return the open technical debt as a grid: interest (high at the top) against the effort to pay it down, each
    item's ID in its cell; None when none is open."""
    loc = locale or english()
    _ = loc.gettext
    live = [d for d in items if d.status != "paid-down"]
    if not live:
        return None
    left, top = 140.0, 70.0
    cell_w = (WIDTH - left - 20) / len(EFFORT_BANDS)

    def band(effort: Optional[float]) -> int:
        if effort is None:
            return 0
        return next(i for i, (limit, _w) in enumerate(EFFORT_BANDS) if limit is not None and effort <= limit)
    cells: dict[tuple[str, int], list[str]] = {}
    for d in live:
        cells.setdefault((d.interest, band(d.effort_days)), []).append(d.id)
    shapes: list[Shape] = [Text(12, 22, _("Technical debt: interest against effort to pay down"), 14, "bold")]
    for col, (_limit, words) in enumerate(EFFORT_BANDS):
        for i, line in enumerate(wrap(_(words), cell_w - 6, 10)):
            shapes.append(Text(left + col * cell_w + cell_w / 2, top - 22 + 12 * i, line, 10, "bold", MUTED,
                               anchor="middle"))
    y = top
    for interest in ("high", "medium", "low"):
        lines = {col: wrap(", ".join(cells.get((interest, col), [])), cell_w - 10, 10) for col in range(len(EFFORT_BANDS))}
        height = max(36.0, 14.0 * max(len(v) for v in lines.values()) + 12)
        # Translators: a row of the technical debt map, e.g. "high interest".
        shapes.append(Text(12, y + 20, _("%(level)s interest", level=level_word(interest, loc)), 11, "bold"))
        for col in range(len(EFFORT_BANDS)):
            x = left + col * cell_w
            shapes.append(Rect(x, y, cell_w, height, INTEREST_FILL[interest], GRID))
            for i, line in enumerate(lines[col]):
                if line:
                    shapes.append(Text(x + 6, y + 18 + 14 * i, line, 10))
        y += height
    shapes.append(Text(12, y + 20, _("Each open item's ID is in the cell of its interest and its estimated effort; items "
                                     "paid down are left out."), 10, fill=MUTED))
    # the estimate itself, then the column it is drawn in (reviews 56c F9, 57b F6: "up to 10 days" read as the
    # estimate of an item of 6 days)
    alt = "; ".join(_("%(id)s: %(interest)s interest, %(effort)s", id=d.id, interest=level_word(d.interest, loc),
                      effort=_(EFFORT_BANDS[0][1]) if d.effort_days is None else loc.ngettext(
                          "%(days)s day of effort (column: %(band)s)", "%(days)s days of effort (column: %(band)s)",
                          1 if d.effort_days == 1 else 2, days=loc.decimal(d.effort_days),
                          band=_(EFFORT_BANDS[band(d.effort_days)][1])))
                    for d in live)
    return scene("technical-debt-map", y + 34, shapes, alt,
                 loc.ngettext("Technical debt map: %(n)s open item", "Technical debt map: %(n)s open items", len(live),
                              n=loc.decimal(len(live))))


__all__ = ["budget_burn", "debt_map", "milestone_slips", "rating_history"]

"""The portfolio timeline: one row per project, a bar from its start to its end, its milestones marked on it.

A milestone is marked at its latest forecast (the newest status report's), else at its
planned date; one a report records as reached (`generator.questionnaire.rules.reached`)
is a circle, one not reached a diamond, so the meaning never rests on colour.  A
vertical line marks the site's as-of date.  Drawn for up to `TIMELINE_LIMIT` projects;
beyond, the home page's project table is the list view.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional, Sequence

from generator.i18n.locales import Locale, english
from generator.pictures.layout import GRID, MUTED, month_label, months, text_width, wrap
from generator.pictures.scene import INK, WIDTH, Circle, Line, Path, Rect, Scene, Shape, Text, scene
from generator.questionnaire import model as m
from generator.questionnaire.rules import latest_forecasts, reached

TIMELINE_LIMIT = 100  # projects drawn at most: beyond, a row would be too thin to read
BAR, AHEAD, DONE, STRIPE = "#9fb3c8", "#cf1124", "#334e68", "#f5f7fa"
NAME = "portfolio-timeline"


def portfolio_timeline(projects: Sequence[m.Questionnaire], as_of: dt.date,
                       locale: Optional[Locale] = None) -> Optional[Scene]:
    """Return the portfolio's timeline, projects by start date (then name and code), or None when there are none or
    too many."""
    if not projects or len(projects) > TIMELINE_LIMIT:
        return None
    projects = sorted(projects, key=lambda q: (q.project.start, q.project.name.casefold(), q.project.code))
    loc = locale or english()
    _, date = loc.gettext, loc.date
    marked = {id(q): _marks(q) for q in projects}  # each project's marks, worked out once
    first = min(q.project.start for q in projects)
    last = max([q.project.end for q in projects] + [day for q in projects for day in marked[id(q)].values()])
    size, label_w, top = 11.0, 220.0, 54.0
    plot_x, plot_w = label_w + 16, WIDTH - label_w - 16 - 24
    span = max(1, (last - first).days)

    def x_of(day: dt.date) -> float:
        return plot_x + plot_w * min(max((day - first).days, 0), span) / span

    shapes: list[Shape] = [Text(12, 22, _("Portfolio timeline: %(start)s to %(end)s", start=date(first), end=date(last)),
                                14, "bold"),
                           Text(12, top - 10, _("Project (code · name)"), 10, "bold", MUTED)]
    rows: list[tuple[m.Questionnaire, list[str], float, float]] = []
    y = top
    for q in projects:
        lines = _two_lines(f"{q.project.code} · {q.project.name}", label_w - 8, size)
        height = max(22.0, 13.0 * len(lines) + 9)
        rows.append((q, lines, y, height))
        y += height
    bottom = y
    free_from = 0.0  # month labels never overlap: one that would touch the previous is left out
    for tick in months(first, last, plot_w):
        x = x_of(tick) if tick >= first else plot_x
        shapes.append(Line(x, top - 4, x, bottom, GRID, 1))
        month = month_label(tick, loc)
        if x + 2 >= free_from and x + 2 + text_width(month, 10) <= WIDTH - 4:  # nor past the picture's edge
            shapes.append(Text(x + 2, bottom + 16, month, 10, fill=MUTED))
            free_from = x + 2 + text_width(month, 10) + 4
    described: list[str] = []
    for index, (q, lines, ry, height) in enumerate(rows):
        if index % 2:
            shapes.append(Rect(8, ry, WIDTH - 16, height, STRIPE))
        for i, line in enumerate(lines):
            shapes.append(Text(12, ry + 15 + 13 * i, line, size))
        cy = ry + height / 2
        start, end = x_of(q.project.start), x_of(q.project.end)
        shapes.append(Rect(start, cy - 5, max(2.0, end - start), 10, BAR, rx=2))
        marks, done, forecasts = marked[id(q)], reached(q), latest_forecasts(q)
        words = []
        for ms in sorted(q.milestones, key=lambda ms: (marks[ms.name], ms.name)):
            x, day = x_of(marks[ms.name]), marks[ms.name]
            if ms.name in done:
                shapes.append(Circle(x, cy, 5.5, DONE))
                words.append(_("%(name)s reached on %(date)s", name=ms.name, date=date(day)))
            else:
                shapes.append(Path((x, cy - 7), ((x + 7, cy), (x, cy + 7), (x - 7, cy)), AHEAD, closed=True))
                words.append(_("%(name)s forecast for %(date)s", name=ms.name, date=date(day))
                             if ms.name in forecasts else
                             _("%(name)s planned for %(date)s", name=ms.name, date=date(day)))
        described.append(_("%(project)s (%(code)s) from %(start)s to %(end)s", project=q.project.name,
                           code=q.project.code, start=date(q.project.start), end=date(q.project.end))
                         + (": " + ", ".join(words) if words else ""))
    x = x_of(as_of)
    shapes.append(Line(x, top - 4, x, bottom, INK, 1.5, (4, 3)))
    as_of_words = _("as of %(date)s", date=date(as_of))
    shapes.append(Text(x, top - 10, as_of_words, 10, "bold",
                       anchor="end" if x + text_width(as_of_words, 10) > WIDTH - 4 else "start"))
    legend_y = bottom + 38
    bar_words = _("project, from its start to its end")
    shapes.append(Rect(20, legend_y - 10, 26, 10, BAR, rx=2))
    shapes.append(Text(54, legend_y, bar_words, 10, fill=MUTED))
    lx = 54 + text_width(bar_words, 10) + 24
    shapes.append(Line(lx, legend_y - 11, lx, legend_y + 2, INK, 1.5, (4, 3)))
    shapes.append(Text(lx + 8, legend_y, as_of_words, 10, fill=MUTED))
    legend_y += 20
    ahead_words = _("milestone not recorded as reached, at its forecast (else its planned date)")
    shapes.append(Path((27, legend_y - 12), ((7, 7), (-7, 7), (-7, -7)), AHEAD, relative=True, closed=True))
    shapes.append(Text(54, legend_y, ahead_words, 10, fill=MUTED))
    legend_y += 20
    shapes.append(Circle(27, legend_y - 4, 5.5, DONE))
    shapes.append(Text(54, legend_y, _("milestone reached, on the day a status report records"), 10, fill=MUTED))
    count = loc.ngettext("%(n)s project", "%(n)s projects", len(projects), n=loc.decimal(len(projects)))
    alt = _("Portfolio timeline of %(count)s, %(as_of)s: %(projects)s", count=count, as_of=as_of_words,
            projects="; ".join(described))
    caption = _("Portfolio timeline: %(count)s, %(start)s to %(end)s", count=count, start=date(first), end=date(last))
    return scene(NAME, legend_y + 16, shapes, alt, caption)


def _two_lines(text: str, width: float, size: float) -> list[str]:
    """Return a label wrapped to two lines at most, the second ending in an ellipsis when the rest is cut."""
    lines = wrap(text, width, size)
    if len(lines) <= 2:
        return lines
    last = lines[1]
    while last and text_width(last + "\u2026", size) > width:
        last = last[:-1]
    return [lines[0], last.rstrip() + "\u2026"]


def _marks(q: m.Questionnaire) -> dict[str, dt.date]:
    """Return where each milestone of a project is marked: the day a report records it reached, else its latest
    forecast, else its planned date."""
    forecasts, done = latest_forecasts(q), reached(q)
    return {ms.name: done.get(ms.name) or forecasts.get(ms.name, ms.date) for ms in q.milestones}


__all__ = ["NAME", "TIMELINE_LIMIT", "portfolio_timeline"]

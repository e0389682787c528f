"""The timeline picture: one row per phase, per milestone and per dated deliverable, placed on the project's
months; a deliverable is marked at its due date (the questionnaire gives it no start date, so no bar is drawn)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from generator.i18n.locales import Locale, english
from generator.pictures.layout import GRID, MUTED, label, month_label, months, text_width, wrap
from generator.pictures.scene import INK, WIDTH, Line, Path, Rect, Scene, Shape, Text, scene
from generator.questionnaire import model as m
from generator.questionnaire.rules import schedule

MILESTONE, DUE, STRIPE, PHASE = "#cf1124", "#334e68", "#f5f7fa", "#627d98"


def timeline(q: m.Questionnaire, locale: Optional[Locale] = None) -> Optional[Scene]:
    """Return the schedule as a Gantt-like chart: one row per phase (from its start to its end, where its gate is),
    per milestone (a diamond) and per deliverable with a due date (a triangle pointing at the date), in ``locale``'s
    words."""
    p = q.project
    loc = locale or english()
    _, date = loc.gettext, loc.date
    items = schedule(q)
    rows: list[tuple[str, str, dt.date]] = [(item.kind, label(item.name), item.end) for item in items]
    starts = [item.start or p.start for item in items]
    if not rows:
        return None
    size, label_w, date_w, top = 11.5, 230.0, 84.0, 54.0
    plot_x = label_w + date_w + 12
    plot_w = WIDTH - plot_x - 24
    span = max(1, (p.end - p.start).days)

    def x_of(day: dt.date) -> float:
        return plot_x + plot_w * min(max((day - p.start).days, 0), span) / span

    shapes: list[Shape] = [Text(12, 22, _("Timeline: %(start)s to %(end)s", start=date(p.start), end=date(p.end)), 14,
                                "bold"),
                           Text(12, top - 10, _("Phase, milestone or deliverable") if p.phases else _("Milestone or deliverable"), 10, "bold", MUTED),
                           Text(label_w + 4, top - 10, _("Date"), 10, "bold", MUTED)]
    laid: list[tuple[str, dt.date, list[str], float, float, dt.date]] = []
    y = top
    for kind, name, day in rows:
        # from x 12 to the date's column at label_w + 4, with a gap before the date (review 72c: "User enablement and
        # communications2025-10-17": a name measured to the last point ran into its date)
        lines = wrap(name, label_w - 24, size)
        height = max(24.0, 14.0 * len(lines) + 10)
        laid.append((kind, day, lines, y, height, starts[len(laid)]))
        y += height
    bottom = y
    free_from = 0.0  # month labels never overlap: one that would touch the previous is left out
    for tick in months(p.start, p.end, plot_w):
        x = x_of(tick) if tick >= p.start else plot_x
        shapes.append(Line(x, top - 4, x, bottom, GRID, 1))
        if x + 2 >= free_from:
            month = month_label(tick, loc)
            shapes.append(Text(x + 2, bottom + 16, month, 10, fill=MUTED))
            free_from = x + 2 + text_width(month, 10) + 4
    for index, (kind, day, lines, ry, height, begun) in enumerate(laid):
        if index % 2:
            shapes.append(Rect(8, ry, WIDTH - 16, height, STRIPE))
        for i, line in enumerate(lines):
            shapes.append(Text(12, ry + 16 + 14 * i, line, size))
        shapes.append(Text(label_w + 4, ry + 16, date(day), 10.5, fill=MUTED))
        cy = ry + height / 2
        x = x_of(day)
        if kind == "phase":
            shapes.append(Rect(x_of(begun), cy - 6, max(2.0, x - x_of(begun)), 12, PHASE, rx=2))
        elif kind == "deliverable":
            shapes.append(_due_marker(x, cy))
        else:
            shapes.append(Path((x, cy - 8), ((x + 8, cy), (x, cy + 8), (x - 8, cy)), MILESTONE, closed=True))
    # Translators: the project's first and last day, marked on the timeline picture.
    for day, word, anchor in ((p.start, loc.pgettext("timeline", "start"), "start"),
                              (p.end, loc.pgettext("timeline", "end"), "end")):
        x = x_of(day)
        shapes.append(Line(x, top - 4, x, bottom, INK, 1.5))
        shapes.append(Text(x, top - 10, word, 10, "bold", anchor=anchor))
    legend_y, lx = bottom + 36, 20.0
    if any(r[0] == "milestone" for r in rows):  # the legend explains only the marks drawn
        shapes.append(Path((lx, legend_y - 12), ((8, 8), (-8, 8), (-8, -8)), MILESTONE, relative=True, closed=True))
        shapes.append(Text(lx + 14, legend_y, _("milestone"), 10, fill=MUTED))
        lx += 100
    if any(r[0] == "deliverable" for r in rows):
        shapes.append(_due_marker(lx, legend_y - 4))
        shapes.append(Text(lx + 14, legend_y, _("deliverable, at its due date"), 10, fill=MUTED))
    lx = 20.0
    if p.phases:
        legend_y += 20
        shapes.append(Rect(lx, legend_y - 10, 26, 12, PHASE, rx=2))
        shapes.append(Text(lx + 34, legend_y, _("phase, from its start to its end (its gate, if any, is at the end)"), 10, fill=MUTED))
    height = legend_y - 14 + 30
    milestones = [r for r in rows if r[0] == "milestone"]
    events = "; ".join(_("milestone %(name)s on %(date)s", name=n, date=date(d)) if k == "milestone"
                       else _("phase %(name)s from %(start)s to %(end)s", name=n, start=date(begun), end=date(d))
                       if k == "phase" else _("deliverable %(name)s due on %(date)s", name=n, date=date(d))
                       for (k, n, d), begun in zip(rows, starts))
    alt = _("Timeline of %(project)s from %(start)s to %(end)s: %(events)s", project=label(p.name),
            start=date(p.start), end=date(p.end), events=events)
    dues = len([r for r in rows if r[0] == "deliverable"])
    phases = len([r for r in rows if r[0] == "phase"])
    milestone_words = loc.ngettext("%(n)s milestone", "%(n)s milestones", len(milestones), n=loc.decimal(len(milestones)))
    due_words = loc.ngettext("%(n)s deliverable due date", "%(n)s deliverable due dates", dues, n=loc.decimal(dues))
    if phases:
        caption = _("Timeline: %(phases)s, %(milestones)s and %(deliverables)s", milestones=milestone_words,
                    deliverables=due_words,
                    phases=loc.ngettext("%(n)s phase", "%(n)s phases", phases, n=loc.decimal(phases)))
    else:
        caption = _("Timeline: %(milestones)s and %(deliverables)s", milestones=milestone_words, deliverables=due_words)
    return scene("timeline", height, shapes, alt, caption)


def _due_marker(x: float, cy: float) -> Path:
    """Return a deliverable's mark: a triangle whose tip points down at its due date, unlike a milestone's diamond."""
    return Path((x - 7, cy - 7), ((x + 7, cy - 7), (x, cy + 7)), DUE, closed=True)

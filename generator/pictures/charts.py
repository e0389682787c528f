"""The pack's pictures, drawn as SVG at build time: timeline, stakeholder grid, risk heat map, change impact.

Each picture is plain SVG with its words as text, so the browser shows every
script; the Word files get the same drawing as native shapes (see
:mod:`generator.writers.docx.drawing`).  Layout grows with the content instead of shrinking it: names are
listed and wrapped inside their cells, one row per dated item, so 2 or 60
entries never overlap.  Meaning never rests on colour alone: every cell and bar
is labelled, and the documents hold the same facts in tables.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass
from typing import Optional
from generator.render.escape import xml_text

from generator.view import formatting
from generator.questionnaire import model as m

FONT = "DejaVu Sans, Noto Sans, Noto Sans CJK JP, Noto Color Emoji, Segoe UI, Segoe UI Emoji, Arial"
WIDTH = 720
INK, MUTED, GRID = "#1f2933", "#52606d", "#cbd2d9"
LEVELS = ("low", "medium", "high")


@dataclass(frozen=True)
class Picture:
    """Return one drawn picture: its SVG, a description for readers who cannot see it, and a caption."""

    name: str
    svg: str
    alt: str
    caption: str
    width: int
    height: int


# -- text measuring and SVG helpers -------------------------------------------------


LABEL_LIMIT = 80


def label(value: str) -> str:
    """Return a name short enough for a picture (the documents' tables hold it in full)."""
    value = " ".join(value.split())
    return value if len(value) <= LABEL_LIMIT else value[: LABEL_LIMIT - 1] + "\u2026"


def char_width(char: str, size: float) -> float:
    """Return a generous estimate of a character's advance width."""
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return size * 1.0
    if ord(char) >= 0x1F000:
        return size * 1.15
    if unicodedata.combining(char):
        return 0.0
    return size * (0.62 if char.isupper() or char in "mwMW@%" else 0.56)


def text_width(text: str, size: float) -> float:
    """Return the estimated width of a text at a font size."""
    return sum(char_width(c, size) for c in text)


def wrap(text: str, width: float, size: float) -> list[str]:
    """Return text broken into lines that fit ``width``; over-long words are broken too (one pass, linear)."""
    lines: list[str] = []
    line, line_w = "", 0.0
    space = char_width(" ", size)
    for word in text.split():
        word_w = text_width(word, size)
        if line and line_w + space + word_w <= width:
            line, line_w = f"{line} {word}", line_w + space + word_w
            continue
        if line:
            lines.append(line)
        line, line_w = "", 0.0
        if word_w <= width:
            line, line_w = word, word_w
            continue
        piece, piece_w = [], 0.0
        for char in word:
            w = char_width(char, size)
            if piece and piece_w + w > width:
                lines.append("".join(piece))
                piece, piece_w = [], 0.0
            piece.append(char)
            piece_w += w
        line, line_w = "".join(piece), piece_w
    if line:
        lines.append(line)
    return lines or [""]


def text(x: float, y: float, content: str, size: float = 12, weight: str = "normal", fill: str = INK,
         anchor: str = "start") -> str:
    """Return an SVG text element (content escaped)."""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" font-weight="{weight}" fill="{fill}" '
            f'text-anchor="{anchor}">{xml_text(content)}</text>')


def rect(x: float, y: float, w: float, h: float, fill: str, stroke: str = "none", rx: float = 0) -> str:
    """Return an SVG rectangle."""
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{fill}" '
            f'stroke="{stroke}" rx="{rx:g}"/>')


def svg(width: float, height: float, title: str, body: list[str]) -> str:
    """Return a whole SVG document with a white background, a title and one font setting."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" font-family="{FONT}">'
            f"<title>{xml_text(title)}</title>{rect(0, 0, width, height, '#ffffff')}" + "".join(body) + "</svg>\n")


# -- timeline --------------------------------------------------------------------------


def _months(start: dt.date, end: dt.date, room: float) -> list[dt.date]:
    """Return month starts from start to end, thinned so that their labels fit in ``room`` pixels."""
    months, day = [], dt.date(start.year, start.month, 1)
    while day <= end:
        months.append(day)
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    fits = max(1, int(room // 60))
    step = max(1, -(-len(months) // fits))
    return months[::step]


def timeline(q: m.Questionnaire) -> Optional[Picture]:
    """Return the schedule as a Gantt-like chart: one row per milestone and per deliverable with a due date."""
    p = q.project
    rows: list[tuple[str, str, dt.date]] = [("milestone", label(ms.name), ms.date)
                                            for ms in sorted(q.milestones, key=lambda x: x.date)]
    rows += [("deliverable", label(d.name), d.due)
             for d in sorted((d for d in q.scope.deliverables if d.due), key=lambda d: d.due)]
    if not rows:
        return None
    size, label_w, date_w, top = 11.5, 230.0, 84.0, 54.0
    plot_x = label_w + date_w + 12
    plot_w = WIDTH - plot_x - 24
    span = max(1, (p.end - p.start).days)

    def x_of(day: dt.date) -> float:
        return plot_x + plot_w * min(max((day - p.start).days, 0), span) / span

    body, y = [], top
    body.append(text(12, 22, f"Timeline: {p.start.isoformat()} to {p.end.isoformat()}", 14, "bold"))
    body.append(text(12, top - 10, "Milestone or deliverable", 10, "bold", MUTED))
    body.append(text(label_w + 4, top - 10, "Date", 10, "bold", MUTED))
    laid = []
    for kind, name, day in rows:
        lines = wrap(name, label_w - 8, size)
        height = max(24.0, 14.0 * len(lines) + 10)
        laid.append((kind, name, day, lines, y, height))
        y += height
    bottom = y
    free_from = 0.0  # month labels never overlap: one that would touch the previous is left out
    for tick in _months(p.start, p.end, plot_w):
        x = x_of(tick) if tick >= p.start else plot_x
        body.append(f'<line x1="{x:.1f}" y1="{top - 4:.1f}" x2="{x:.1f}" y2="{bottom:.1f}" stroke="{GRID}" stroke-width="1"/>')
        if x + 2 >= free_from:
            body.append(text(x + 2, bottom + 16, tick.strftime("%b %Y"), 10, fill=MUTED))
            free_from = x + 2 + text_width(tick.strftime("%b %Y"), 10) + 4
    for index, (kind, name, day, lines, ry, height) in enumerate(laid):
        if index % 2:
            body.append(rect(8, ry, WIDTH - 16, height, "#f5f7fa"))
        for i, line in enumerate(lines):
            body.append(text(12, ry + 16 + 14 * i, line, size))
        body.append(text(label_w + 4, ry + 16, day.isoformat(), 10.5, fill=MUTED))
        cy = ry + height / 2
        x = x_of(day)
        if kind == "deliverable":
            body.append(rect(plot_x, cy - 5, max(2.0, x - plot_x), 10, "#9fb3c8", rx=2))
            body.append(rect(x - 1.5, cy - 8, 3, 16, "#334e68"))
        else:
            body.append(f'<path d="M{x:.1f} {cy - 8:.1f} L{x + 8:.1f} {cy:.1f} L{x:.1f} {cy + 8:.1f} L{x - 8:.1f} {cy:.1f} Z" '
                        f'fill="#cf1124"/>')
    for day, word in ((p.start, "start"), (p.end, "end")):
        x = x_of(day)
        body.append(f'<line x1="{x:.1f}" y1="{top - 4:.1f}" x2="{x:.1f}" y2="{bottom:.1f}" stroke="{INK}" stroke-width="1.5"/>')
        body.append(text(x, top - 10, word, 10, "bold", anchor="start" if word == "start" else "end"))
    legend_y, lx = bottom + 36, 20.0
    body.append(f'<path d="M{lx:.1f} {legend_y - 12:.1f} l8 8 l-8 8 l-8 -8 Z" fill="#cf1124"/>')
    body.append(text(lx + 14, legend_y, "milestone", 10, fill=MUTED))
    body.append(rect(lx + 90, legend_y - 9, 26, 10, "#9fb3c8", rx=2))
    body.append(rect(lx + 115, legend_y - 12, 3, 16, "#334e68"))
    body.append(text(lx + 124, legend_y, "deliverable, drawn from the project start to its due date", 10, fill=MUTED))
    bottom = legend_y - 14
    height = bottom + 30
    milestones = [r for r in rows if r[0] == "milestone"]
    alt = (f"Timeline of {label(p.name)} from {p.start.isoformat()} to {p.end.isoformat()}: "
           + "; ".join(f"{'milestone' if k == 'milestone' else 'deliverable due'} {n} on {d.isoformat()}" for k, n, d in rows))
    caption = f"Timeline: {len(milestones)} milestones and {len(rows) - len(milestones)} deliverable due dates"
    return Picture("timeline", svg(WIDTH, height, caption, body), alt, caption, WIDTH, int(height))


# -- power/interest grid ---------------------------------------------------------------

def grid_axes(axis_w: float, cell_w: float, top: float, bottom: float, across: str, down: str) -> list[str]:
    """Return the column labels and both axis titles of a 3 x 3 grid of low/medium/high."""
    out = [text(axis_w + col * cell_w + cell_w / 2, bottom + 18, level, 11, "bold", anchor="middle")
           for col, level in enumerate(LEVELS)]
    out.append(text(axis_w + 1.5 * cell_w, bottom + 36, f"{across} →", 11, fill=MUTED, anchor="middle"))
    out.append(text(axis_w - 8, top - 8, f"{down} ↑", 11, fill=MUTED, anchor="end"))  # upright: Word draws it alike
    return out


QUADRANT_FILL = {"manage-closely": "#fde2e2", "keep-satisfied": "#fff3c4", "keep-informed": "#dceefb", "monitor": "#eef1f4"}
QUADRANT_NAME = {"manage-closely": "Manage closely", "keep-satisfied": "Keep satisfied",
                 "keep-informed": "Keep informed", "monitor": "Monitor"}


def _quadrant(influence: str, interest: str) -> str:
    high_i, high_t = influence == "high", interest == "high"
    return {(True, True): "manage-closely", (True, False): "keep-satisfied",
            (False, True): "keep-informed", (False, False): "monitor"}[(high_i, high_t)]


def stakeholder_grid(q: m.Questionnaire) -> Optional[Picture]:
    """Return the power/interest grid: everyone in the cell of their influence and interest."""
    sponsor, manager = q.roles.sponsor, q.roles.project_manager
    cells: dict[tuple[str, str], list[str]] = {(i, t): [] for i in LEVELS for t in LEVELS}
    for person in q.people:
        if person.name == manager:
            continue
        key = ("high", "high") if person.name == sponsor else (person.influence, person.interest)
        cells[key].append(label(person.name) + (" (sponsor)" if person.name == sponsor else ""))
    if not any(cells.values()):
        return None
    size, axis_w, cell_w = 11.5, 92.0, (WIDTH - 92 - 24) / 3
    body = [text(12, 22, "Stakeholders by influence and interest", 14, "bold")]
    top = 52.0
    row_heights = {}
    wrapped = {}
    for key, names in cells.items():
        lines = [line for name in names for line in (["• " + w if i == 0 else "  " + w
                                                      for i, w in enumerate(wrap(name, cell_w - 30, size))])]
        wrapped[key] = lines
    for influence in reversed(LEVELS):
        row_heights[influence] = max(70.0, max(30 + 15 * len(wrapped[(influence, t)]) for t in LEVELS) + 8)
    y = top
    for influence in reversed(LEVELS):
        h = row_heights[influence]
        body.append(text(axis_w - 8, y + h / 2 + 4, influence, 11, "bold", anchor="end"))
        for col, interest in enumerate(LEVELS):
            x = axis_w + col * cell_w
            quadrant = _quadrant(influence, interest)
            body.append(rect(x, y, cell_w, h, QUADRANT_FILL[quadrant], "#9aa5b1"))
            body.append(text(x + 8, y + 16, QUADRANT_NAME[quadrant], 10, "bold", MUTED))
            for i, line in enumerate(wrapped[(influence, interest)]):
                body.append(text(x + 10, y + 34 + 15 * i, line, size))
        y += h
    body += grid_axes(axis_w, cell_w, top, y, "Interest", "Influence")
    height = y + 48
    groups = {}
    for (influence, interest), names in cells.items():
        groups.setdefault(_quadrant(influence, interest), []).extend(n for n in names)
    alt = "Power and interest grid. " + " ".join(
        f"{QUADRANT_NAME[k]}: {', '.join(v) if v else 'nobody'}." for k, v in groups.items())
    caption = f"Power/interest grid of {sum(len(v) for v in cells.values())} stakeholders (the project manager is not placed)"
    return Picture("stakeholder-grid", svg(WIDTH, height, caption, body), alt, caption, WIDTH, int(height))


# -- risk heat map -----------------------------------------------------------------------

HEAT = {"High": "#f8b4b4", "Medium": "#fce588", "Low": "#c1eac5"}


def risk_heat_map(scored: list) -> Optional[Picture]:
    """Return likelihood x impact with each risk's ID in its cell (``scored`` are ScoredRisk)."""
    if not scored:
        return None
    size, axis_w = 12.0, 92.0
    cell_w = (WIDTH - axis_w - 24) / 3
    cells: dict[tuple[str, str], list[str]] = {(li, im): [] for li in LEVELS for im in LEVELS}
    for r in sorted(scored, key=lambda s: s.id):
        cells[(r.risk.likelihood, r.risk.impact)].append(r.id)
    wrapped = {k: wrap(", ".join(v), cell_w - 20, size) if v else [] for k, v in cells.items()}
    body = [text(12, 22, "Risk heat map: likelihood × impact", 14, "bold")]
    top, y = 52.0, 52.0
    for likelihood in reversed(LEVELS):
        h = max(64.0, 36 + 16 * max(len(wrapped[(likelihood, i)]) for i in LEVELS) + 6)
        body.append(text(axis_w - 8, y + h / 2 + 4, likelihood, 11, "bold", anchor="end"))
        for col, impact in enumerate(LEVELS):
            x = axis_w + col * cell_w
            score = (LEVELS.index(likelihood) + 1) * (LEVELS.index(impact) + 1)
            rating = "High" if score >= 6 else "Medium" if score >= 3 else "Low"
            body.append(rect(x, y, cell_w, h, HEAT[rating], "#9aa5b1"))
            body.append(text(x + 8, y + 16, f"score {score} · {rating.lower()}", 10, "bold", MUTED))
            for i, line in enumerate(wrapped[(likelihood, impact)]):
                body.append(text(x + 10, y + 36 + 16 * i, line, size, "bold"))
        y += h
    body += grid_axes(axis_w, cell_w, top, y, "Impact", "Likelihood")
    height = y + 48
    alt = "Risk heat map. " + " ".join(
        f"Likelihood {li}, impact {im}: {', '.join(v)}." for (li, im), v in cells.items() if v)
    caption = f"Risk heat map of {len(scored)} risks"
    return Picture("risk-heat-map", svg(WIDTH, height, caption, body), alt, caption, WIDTH, int(height))


# -- change impact -----------------------------------------------------------------------


def nice_step(largest: float, count: int = 4) -> float:
    """Return a round step (1, 2, 2.5 or 5 times a power of ten) that covers ``largest`` in ``count`` steps."""
    raw = max(largest, 1e-9) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(f * magnitude for f in (1, 2, 2.5, 5, 10) if f * magnitude >= raw)


def change_impact(log: list, contingency: Optional[float], currency: str, start: dt.date,
                  end: dt.date) -> Optional[Picture]:
    """Return cumulative approved cost (and schedule days) over time against the contingency."""
    approved = [row for row in log if row.approved]
    if not approved:
        return None
    events = sorted(((row.request.decision.date if row.request.decision else row.request.date), row.request.id,
                     row.request.impact.cost or 0, row.request.impact.schedule_days or 0) for row in approved)
    cost_points, day_points, total_cost, total_days = [], [], 0.0, 0
    for day, rid, cost, days in events:
        total_cost += cost
        total_days += days
        cost_points.append((day, total_cost, rid))
        day_points.append((day, total_days))
    first, last = min(start, events[0][0]), max(end, events[-1][0])
    span = max(1, (last - first).days)
    left, plot_w = 110.0, WIDTH - 110 - 40
    top_cost, h_cost, gap, h_days = 48.0, 190.0, 56.0, 110.0
    top_days = top_cost + h_cost + gap
    cost_step = nice_step(max([abs(c) for _, c, _ in cost_points] + ([contingency] if contingency else []) + [1.0]) * 1.08)
    max_cost = cost_step * 4
    days_step = max(1.0, nice_step(max([abs(d) for _, d in day_points] + [1]) * 1.08, 2))
    max_days = days_step * 2

    def x_of(day: dt.date) -> float:
        return left + plot_w * (day - first).days / span

    def y_cost(value: float) -> float:
        return top_cost + h_cost - h_cost * max(value, 0) / max_cost

    def y_days(value: float) -> float:
        return top_days + h_days - h_days * max(value, 0) / max_days

    body = [text(12, 22, "Approved change impact over time", 14, "bold")]
    for top, h in ((top_cost, h_cost), (top_days, h_days)):
        body.append(rect(left, top, plot_w, h, "#ffffff", GRID))
    for i in range(5):
        value = cost_step * i
        y = y_cost(value)
        body.append(f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{left + plot_w:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(text(left - 6, y + 4, f"{currency} {formatting.amount(round(value))}".strip(), 10, fill=MUTED, anchor="end"))
    body.append(text(left, top_cost - 8, "Cumulative approved cost", 11, "bold"))
    body.append(text(left, top_days - 8, "Cumulative schedule impact (days)", 11, "bold"))
    for i in range(3):
        value = days_step * i
        y = y_days(value)
        body.append(f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{left + plot_w:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(text(left - 6, y + 4, f"{value:.0f}", 10, fill=MUTED, anchor="end"))
    if contingency:
        y = y_cost(contingency)
        body.append(f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{left + plot_w:.1f}" y2="{y:.1f}" stroke="#cf1124" '
                    f'stroke-width="2" stroke-dasharray="8 5"/>')
        body.append(text(left + plot_w - 4, y - 6, f"contingency {currency} {formatting.amount(contingency)}", 11, "bold",
                         "#cf1124", anchor="end"))
    for points, y_of, colour in ((cost_points, lambda v: y_cost(v), "#1f4e79"), (day_points, lambda v: y_days(v), "#486581")):
        path, prev_y = [f"M{left:.1f} {y_of(0):.1f}"], y_of(0)
        for point in points:
            x, y = x_of(point[0]), y_of(point[1])
            path.append(f"L{x:.1f} {prev_y:.1f} L{x:.1f} {y:.1f}")
            prev_y = y
        path.append(f"L{left + plot_w:.1f} {prev_y:.1f}")
        body.append(f'<path d="{" ".join(path)}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
        for point in points:
            body.append(f'<circle cx="{x_of(point[0]):.1f}" cy="{y_of(point[1]):.1f}" r="4" fill="{colour}"/>')
    if len(cost_points) <= 10:
        for i, (day, value, rid) in enumerate(cost_points):
            body.append(text(x_of(day) + 6, y_cost(value) - 8 - 12 * (i % 2), rid, 10, "bold"))
    for tick in _months(first, last, plot_w):
        if tick >= first:
            for top, h in ((top_cost, h_cost), (top_days, h_days)):
                body.append(f'<line x1="{x_of(tick):.1f}" y1="{top:.1f}" x2="{x_of(tick):.1f}" y2="{top + h:.1f}" '
                            f'stroke="{GRID}" stroke-dasharray="2 3"/>')
            body.append(text(x_of(tick) + 2, top_days + h_days + 16, tick.strftime("%b %Y"), 10, fill=MUTED))
    height = top_days + h_days + 30
    limit = f" against a contingency of {currency} {formatting.amount(contingency)}".rstrip() if contingency else ""
    alt = (f"Cumulative approved change cost rises to {currency} {formatting.amount(total_cost)}{limit}, and the schedule "
           f"impact to {total_days} days, through " + ", ".join(f"{rid} on {d.isoformat()}" for d, rid, _, _ in events) + ".")
    caption = "Approved changes: cumulative cost and schedule impact" + (" against the contingency" if contingency else "")
    return Picture("change-impact", svg(WIDTH, height, caption, body), alt, caption, WIDTH, int(height))

"""The portfolio dashboard on the site's home page: where every project stands, as of one date, by stated rules.

"Today" is the site's as-of date (the plugin's ``as_of`` option, by default the newest
dated record of the portfolio: `portfolio_as_of`), never the clock, so the same
questionnaires always build the same site.  The rules, which the page states:
a project needs attention when its latest status report rates it red or amber, when
that report is more than four weeks older than the as-of date, when an active project has
no status report more than four weeks after its start, or when a milestone is
overdue (its planned date has passed and the latest report forecasts it later, and no
report records it reached: `rules.reached`); the next milestones are those not reached
and dated (by their latest forecast, else their plan) within 30, 60 and 90 days after
the as-of date.  Every list is capped so that a portfolio
of a thousand projects keeps a light home page; the page says how many are left out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Optional, Sequence

import jinja2

from generator.pictures.portfolio import TIMELINE_LIMIT, portfolio_timeline
from generator.pictures.scene import Scene
from generator.questionnaire import model as m
from generator.questionnaire import rules
from generator.questionnaire.rules import latest_forecasts, latest_report
from generator.questionnaire.rules import STALE_REPORT_DAYS
from generator.record import Record
from generator.render.templates import render_template
from generator.site.pages import PORTFOLIO_TIMELINE, SiteProject
from generator.view.tables import ScoredRisk, open_and_closed

WINDOWS = (30, 60, 90)  # days after the as-of date: the next milestones' groups
LIST_LIMIT = 25  # rows a dashboard list shows; the rest are counted
STATUSES = ("planning", "active", "on-hold", "closed", "")  # the spec's project statuses, in a project's order; "": not recorded


class Attention(Record):
    """Return a project that needs attention and why: its latest report's red or amber rating, the age of a stale
    report (days), and its overdue milestones (milestone, planned date, forecast)."""

    q: m.Questionnaire
    report: Optional[m.StatusReport]
    rating: Optional[str]  # "red" or "amber"
    stale_days: Optional[int]
    overdue: tuple[tuple[str, dt.date, dt.date], ...]
    unreported_days: Optional[int] = None  # an active project with no report, this many days after its start

    @property
    def needed(self) -> bool:
        """Return True when there is any reason."""
        return bool(self.rating or self.stale_days or self.overdue or self.unreported_days)


class Upcoming(Record):
    """Return one milestone due in the next 90 days: its project, its date (forecast, else planned), the window."""

    q: m.Questionnaire
    milestone: m.Milestone
    day: dt.date
    forecast: bool  # the day is the latest report's forecast, not the plan
    window: int  # 30, 60 or 90


class Dashboard(Record):
    """Return what the home page shows above the project table."""

    as_of: dt.date
    projects: int
    by_status: tuple[tuple[str, int], ...]
    by_rating: tuple[tuple[str, int], ...]  # "red", "amber", "green", "none" (no status report)
    attention: tuple[Attention, ...]
    upcoming: tuple[Upcoming, ...]
    risks: tuple[tuple[m.Questionnaire, ScoredRisk], ...]
    decisions: tuple[tuple[m.Questionnaire, dt.date, str], ...]
    more: dict[str, int]  # list name -> rows left out by LIST_LIMIT
    timeline: Optional[Scene] = None  # the portfolio timeline (none beyond `TIMELINE_LIMIT` projects)


def portfolio_as_of(questionnaires: Sequence[m.Questionnaire]) -> Optional[dt.date]:
    """Return the newest dated record of the portfolio (revisions, change requests and decisions, logs, status
    reports), or None when nothing is dated."""
    dates = [day for q in questionnaires for day in rules.record_dates(q)]
    return max(dates) if dates else None


def dashboard(questionnaires: Sequence[m.Questionnaire], as_of: dt.date) -> Dashboard:
    """Return the dashboard of a portfolio as of a date."""
    ordered = sorted(questionnaires, key=lambda q: (q.project.name.casefold(), q.project.code))
    statuses: Counter[str] = Counter(q.project.status or "" for q in ordered)
    latest = [latest_report(q) for q in ordered]
    ratings = Counter(report.overall if report else "none" for report in latest)
    attention = [a for a in (_attention(q, as_of) for q in ordered) if a.needed]
    attention.sort(key=lambda a: (("red", "amber", None).index(a.rating), a.q.project.name.casefold()))
    upcoming = sorted((u for q in ordered for u in _upcoming(q, as_of)),
                      key=lambda u: (u.day, u.q.project.code, u.milestone.name))
    risks = sorted(((q, r) for q in ordered for r in open_and_closed(list(q.risks))[0]),
                   key=lambda qr: (-qr[1].score, -rules.LEVELS.index(qr[1].risk.impact), qr[0].project.code, qr[1].id))
    decisions = [(q, report.date, text) for q, report in zip(ordered, latest) if report
                 for text in report.decisions_needed]
    more = {"attention": max(0, len(attention) - LIST_LIMIT), "upcoming": max(0, len(upcoming) - LIST_LIMIT),
            "risks": max(0, len(risks) - 10), "decisions": max(0, len(decisions) - LIST_LIMIT)}
    return Dashboard(as_of, len(ordered), tuple((s, statuses[s]) for s in STATUSES if statuses[s]),
                     tuple((r, ratings[r]) for r in ("red", "amber", "green", "none") if ratings[r]),
                     tuple(attention[:LIST_LIMIT]), tuple(upcoming[:LIST_LIMIT]), tuple(risks[:10]),
                     tuple(decisions[:LIST_LIMIT]), more, portfolio_timeline(ordered, as_of))


def _attention(q: m.Questionnaire, as_of: dt.date) -> Attention:
    """Return a project with the reasons it needs attention (none: it does not)."""
    report = latest_report(q)
    rating = report.overall if report is not None and report.overall in ("red", "amber") else None
    age = (as_of - report.date).days if report is not None else 0
    forecasts, done = latest_forecasts(q), rules.reached(q)
    overdue = tuple((ms.name, ms.date, forecasts[ms.name]) for ms in sorted(q.milestones, key=lambda ms: ms.date)
                    if ms.date < as_of and ms.name in forecasts and forecasts[ms.name] > ms.date
                    and ms.name not in done)
    since = (as_of - q.project.start).days
    unreported = since if report is None and q.project.status == "active" and since > STALE_REPORT_DAYS else None
    return Attention(q, report, rating, age if age > STALE_REPORT_DAYS else None, overdue, unreported)


def _upcoming(q: m.Questionnaire, as_of: dt.date) -> list[Upcoming]:
    forecasts, done = latest_forecasts(q), rules.reached(q)
    out = []
    for ms in q.milestones:
        if ms.name in done:  # reached: not ahead any more
            continue
        day = forecasts.get(ms.name, ms.date)
        ahead = (day - as_of).days
        if 0 <= ahead <= WINDOWS[-1]:
            out.append(Upcoming(q, ms, day, ms.name in forecasts, next(w for w in WINDOWS if ahead <= w)))
    return out


def dashboard_markdown(projects: Sequence[SiteProject], env: jinja2.Environment, as_of: dt.date,
                       chosen: bool = False) -> str:
    """Return the dashboard's Markdown for the home page (links relative to it), followed by the heading of the
    project table; ``chosen``: the as-of date is the site's option, not the newest record."""
    links = {p.q.project.code: (p.folder / "index.md").as_posix() for p in projects}
    return render_template(env, "site/dashboard.md.j2", dashboard=dashboard([p.q for p in projects], as_of),
                           links=links, chosen=chosen, timeline=PORTFOLIO_TIMELINE.as_posix(),
                           limit=TIMELINE_LIMIT) + "## Projects\n\n"


__all__ = ["Attention", "Dashboard", "Upcoming", "dashboard", "dashboard_markdown", "portfolio_as_of"]

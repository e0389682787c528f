"""Status reports and packs built in tests of the running project (tests/view/test_running.py, test_debt.py)."""

from __future__ import annotations

import datetime as dt

from generator.questionnaire import model as m

D = dt.date


def report(day: dt.date, overall: str = "green", **answers: object) -> m.StatusReport:
    """Return a status report of that day."""
    return m.StatusReport(date=day, overall=overall, summary="Summary.", **answers)  # type: ignore[arg-type]


def docs_of(q: m.Questionnaire, guidance: bool = True) -> dict[str, str]:
    """Return a pack's documents by file name."""
    from generator.render.templates import render_project

    return {d.path.name: d.markdown for d in render_project(q, guidance=guidance)}

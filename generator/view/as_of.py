"""Where a risk or an issue stood on a status report's day, from the days the answers record.

A status report is a record of its own date: a risk raised after it is not in it, and one that occurred or closed
after it, or an issue resolved after it, was still open then.  Where the day is not recorded, the latest report
gives the status now and an earlier one says its status then is not known.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from generator.questionnaire import model as m


def risk_state(risk: m.Risk, day: dt.date, latest: bool) -> Optional[str]:
    """Return a risk's status on a status report's day, from its dates (`raised`, `occurred`, `closed`): None when it
    was raised after that day; "open", "occurred" or "closed"; or "unknown" on an earlier report for a risk occurred
    or closed now on a day not recorded (the latest report gives its status now)."""
    if risk.raised is not None and risk.raised > day:
        return None
    if risk.closed is not None and risk.closed <= day:
        return "closed"
    if risk.occurred is not None and risk.occurred <= day:
        return "occurred"
    if risk.status == "open" or risk.occurred is not None or risk.closed is not None:
        return "open"  # (it occurred or closed after that day)
    return risk.status if latest else "unknown"


def issue_state(issue: m.Issue, day: dt.date, latest: bool) -> str:
    """Return an issue's status on a status report's day: its status now, unless it was resolved or closed after that
    day ("open" then; its status before is not recorded); "unknown" on an earlier report for one resolved or closed
    on a day not recorded."""
    if issue.status in m.OPEN_ISSUE_STATUSES:
        return issue.status
    if issue.closed is not None:
        return issue.status if issue.closed <= day else "open"
    return issue.status if latest else "unknown"

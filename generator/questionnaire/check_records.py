"""Cross-checks a senior PM makes before signing: decided or serious records left without what the documents show of them.

An approved change request must say what changes and what it does to the scope (the change
request form and the scope statement's record of approved changes print them); a risk rated
high must have someone watching it; a risk that has occurred must have a response on record (its
contingency, or an issue in the issue log). Each check fires only on a record whose own answers
make the gap matter (its status, its rating), never on a plain omission, which is a hint.
"""

from __future__ import annotations

from generator.diagnostics import KeyPath, Severity
from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.questionnaire.checking import Checking, items
from generator.questionnaire.mentions import names, reads_as
from generator.questionnaire.rules import OPEN_RISK_STATUSES, risk_id


def warn_at(c: Checking, path: KeyPath, at: KeyPath, message: str) -> None:
    """Record a warning about ``path`` (an absent key) placed at the line of ``at``, unless ``path`` is in error."""
    if not c.draft.failed(path):
        c.report(path, message, Severity.WARNING, at=at)


def warn_approved_changes(c: Checking) -> None:
    """Warn about an approved or implemented change request with no description, no recorded effect on scope, or no
    assessed cost or effect on the schedule."""
    cc = c.q.change_control
    for i, cr in items(cc.requests if cc else None):
        if cr.status not in m.APPROVED_STATUSES:
            continue
        base = ("change_control", "requests", i)
        status = base + ("status",)
        if not cr.description:
            warn_at(c, base + ("description",), status,
                    f"request '{cr.id}' is {cr.status} with no description: the change request form cannot say "
                    "what was approved; add description:")
        if cr.impact is None or not cr.impact.scope:
            warn_at(c, base + ("impact", "scope"), status,
                    f"request '{cr.id}' is {cr.status} with no recorded effect on scope: the scope statement cannot "
                    "show what changed; add impact.scope: (what it adds, removes or changes, or \"none\")")
        missing = [key for key in ("cost", "schedule_days") if cr.impact is None or getattr(cr.impact, key) is None]
        if missing:  # review 25 F1: the totals leave it out, and nothing said so before the documents did
            what = {"cost": "cost", "schedule_days": "effect on the schedule"}
            warn_at(c, base + ("impact", missing[0]), status,
                    f"request '{cr.id}' is {cr.status} with no assessed {' or '.join(what[k] for k in missing)}: the "
                    f"change log's totals leave it out; add {' and '.join(f'impact.{k}:' for k in missing)} (0 when "
                    "there is none)")


def unowned_high_risk(risk: dm.Risk) -> bool:
    """Return True when a risk is open, rated high in likelihood or impact, and owned by nobody."""
    return not risk.owner and "high" in (risk.likelihood, risk.impact) and (risk.status or "open") in OPEN_RISK_STATUSES


def warn_unowned_risks(c: Checking) -> None:
    """Warn about an open risk rated high in likelihood or impact that nobody owns."""
    for i, risk in items(c.q.risks):
        if not unowned_high_risk(risk):
            continue
        high = [key for key in ("likelihood", "impact") if getattr(risk, key) == "high"]
        rating = " and ".join(f"{key} high" for key in high)
        warn_at(c, ("risks", i, "owner"), ("risks", i, high[0]),
                f"risk {risk.id or risk_id(i)} is rated {rating} but has no owner: nobody is named to watch it "
                "and act on it; add owner: (a person)")


def issue_for(c: Checking, risk: dm.Risk, rid: str) -> bool:
    """Return True when an issue is recorded for a risk: it names the risk's ID, or shares most of its words (at
    least two)."""
    for _, issue in items(c.q.issues):
        text = " ".join(t for t in (issue.issue, issue.resolution) if t)
        if names(rid, text) or (risk.risk and reads_as(risk.risk, text)):
            return True
    return False


def warn_occurred_risks(c: Checking) -> None:
    """Warn about a risk that has occurred with neither a contingency nor an issue recorded for it.

    A warning, as for the spec's high/high risk without a mitigation: the register would show a risk that is
    happening now with no response recorded anywhere, which no sponsor signs.
    """
    for i, risk in items(c.q.risks):
        if risk.status != "occurred" or risk.contingency:
            continue
        rid = risk.id or risk_id(i)
        if issue_for(c, risk, rid):
            continue
        warn_at(c, ("risks", i, "contingency"), ("risks", i, "status"),
                f"risk {rid} has occurred but has no contingency, and no issue's text names {rid}: the risk "
                f"register would show it happening with no response; add contingency: (what is done now), or name "
                f"{rid} in the issue: text of the issue it became (or add that issue)")

"""The view model's derived figures: scores, ranks, quadrants, change log totals, timeline."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.view.context import build_context
from tests.conftest import mutate, run


def test_change_log_accumulates_only_approved_changes(example: str) -> None:
    extra = ("    - id: CR-000\n      title: Earlier\n      requested_by: Sam Lee\n      date: 2027-01-20\n"
             "      impact: {cost: 1000, schedule_days: 2}\n      status: implemented\n"
             "      decision: {by: Sam Lee, date: 2027-01-21}\n"
             "    - id: CR-009\n      title: Pending\n      requested_by: Sam Lee\n      date: 2027-03-01\n"
             "      impact: {cost: 3000, schedule_days: 1}\n\nglossary:")
    ctx = build_context(run(mutate(example, "\nglossary:", extra)).questionnaire)
    log = [(r.request.id, r.cumulative_cost, r.cumulative_days, r.contingency_left) for r in ctx.change_log]
    assert log == [("CR-000", 1000, 2, 44000), ("CR-001", 9000, 7, 36000), ("CR-009", 9000, 7, 36000)]
    assert ctx.totals() == (9000, 7, 3000, 1)


def test_timeline_is_in_date_order_from_start_to_end(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    dates = [e.date for e in ctx.timeline]
    assert dates == sorted(dates) and ctx.timeline[0].kind == "Start" and ctx.timeline[-1].kind == "End"
    assert ctx.timeline[0].date == dt.date(2027, 1, 11)


def test_version_and_dates_come_from_the_records(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    assert (ctx.version, ctx.version_date, ctx.records_date) == ("1.0", dt.date(2027, 1, 5), dt.date(2027, 2, 10))
    text = example.split("\nrevisions:")[0] + "\n"
    text = text.split("\nchange_control:")[0] + "\n\nglossary:" + text.split("\nglossary:")[1]
    bare = build_context(run(text).questionnaire)
    assert (bare.version, bare.version_date, bare.records_date) == ("not yet issued", None, None)


def test_a_duty_nobody_holds_is_said_to_be_unassigned_never_handed_to_someone_else(example: str) -> None:
    text = mutate(example, "  scrum_master: Lee Chen\n", "")
    text = mutate(text, "  product_owner: Priya Nair                        # expected for scrum\n", "")
    text = mutate(text, "  technical_lead: Lee Chen\n", "")
    ctx = build_context(run(text).questionnaire)
    assert ctx.holder("scrum_master") == "Not assigned (no scrum master named)"
    assert ctx.holder("product_owner") == "Not assigned (no product owner named)"
    assert ctx.holder("technical_lead") == "Not assigned (no technical lead named)"
    assert all(row.owner not in ("Sam Lee", "Dana Ortiz") for row in ctx.comm_rows if row.standard
               and row.name in ("Sprint planning", "Sprint retrospective", "Product backlog refinement"))
    assert ctx.audience(("scrum_master", "team")) == ("Project team",)
    assert ctx.audience(("technical_lead",)) == ("Project team",)


def test_required_approver_follows_the_thresholds(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    request = ctx.requests[0]
    assert ctx.required_approver(request) == "Change board"  # EUR 8,000 is above Sam Lee's EUR 5,000
    cheap = dataclasses.replace(request, impact=dataclasses.replace(request.impact, cost=100, schedule_days=1))
    assert ctx.required_approver(cheap) == "Sam Lee"

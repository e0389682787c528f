"""Semantic checks: one test per warning of the spec, and the edge cases around them."""

from __future__ import annotations

import pytest

from generator.diagnostics import Severity, format_path
from tests.conftest import line_of, mutate, run

DECISION_BY_BOARD = "        by: board"
WARNINGS = [
    ("high-influence-unreached", [("[Dana Ortiz, Priya Nair]", "[Dana Ortiz]")], "people[2].influence",
     "    influence: high\n    interest: high\n    technical: false\n  - name: Lee Chen", ["priya nair", "high influence"]),
    ("high-high-risk-without-mitigation",
     [("    impact: medium ", "    impact: high   "), ("    mitigation: Profile the full dataset in sprint 1\n", "")],
     "risks[0]", "  - risk: Legacy", ["high likelihood and high impact", "mitigation"]),
    ("cost-above-thresholds-not-board", [(DECISION_BY_BOARD, "        by: Sam Lee")],
     "change_control.requests[0].decision.by", "        by: Sam Lee", ["above every approval threshold", "sam lee"]),
    ("approved-cost-over-contingency", [("        cost: 8000", "        cost: 50000")],
     "change_control.requests[0].impact.cost", "        cost: 50000", ["contingency", "50,000", "45,000"]),
    ("scrum-without-product-owner", [("  product_owner: Priya Nair                        # expected for scrum\n", "")],
     "roles.product_owner", "roles:", ["product owner"]),
    ("objective-without-due", [("    due: 2027-06-30\n  - objective: Cut", "  - objective: Cut")],
     "objectives[0].due", "  - objective: Retire", ["no due date"]),
]


@pytest.mark.parametrize("case_id,edits,path,needle,words", WARNINGS, ids=[w[0] for w in WARNINGS])
def test_each_warning(example: str, case_id: str, edits: list[tuple[str, str]], path: str, needle: str,
                      words: list[str]) -> None:
    text = example
    for old, new in edits:
        text = mutate(text, old, new)
    result = run(text)
    assert result.ok(), [d.format() for d in result.diagnostics]
    assert not result.ok(strict=True)
    assert len(result.diagnostics) == 1, [d.format() for d in result.diagnostics]
    warning = result.diagnostics[0]
    assert warning.severity is Severity.WARNING
    assert format_path(warning.path) == path
    assert warning.mark.line == line_of(text, needle), warning.format()
    for word in words:
        assert word in warning.message.lower(), warning.format()


def test_example_has_no_warnings(example: str) -> None:
    assert run(example).diagnostics == []


@pytest.mark.parametrize("audience", ["stakeholders", "everyone"])
def test_audience_words_reach_everyone(example: str, audience: str) -> None:
    text = mutate(example, "[Dana Ortiz, Priya Nair]", f"[{audience}]")
    assert run(text).diagnostics == []


def test_team_reaches_role_holders_not_the_sponsor(example: str) -> None:
    text = mutate(example, "[Dana Ortiz, Priya Nair]", "[team]")
    paths = [format_path(d.path) for d in run(text).diagnostics]
    assert paths == ["people[0].influence"]  # Dana (sponsor) is not in the team; Priya (product owner) is


def test_owner_of_an_item_is_reached(example: str) -> None:
    text = mutate(example, "[Dana Ortiz, Priya Nair]", "[Priya Nair]")
    text = mutate(text, "      owner: Sam Lee\n  escalation", "      owner: Dana Ortiz\n  escalation")
    assert run(text).diagnostics == []


def test_contingency_counts_implemented_but_not_rejected(example: str) -> None:
    rejected = mutate(example, "        cost: 8000", "        cost: 50000")
    rejected = mutate(rejected, "      status: approved", "      status: rejected")
    assert run(rejected).diagnostics == []
    implemented = mutate(example, "        cost: 8000", "        cost: 50000")
    implemented = mutate(implemented, "      status: approved", "      status: implemented")
    assert [format_path(d.path) for d in run(implemented).diagnostics] == ["change_control.requests[0].impact.cost"]


def test_no_contingency_means_any_approved_cost_warns(example: str) -> None:
    text = mutate(example, "    contingency_percent: 10\n", "")
    messages = [d.message for d in run(text).diagnostics]
    assert len(messages) == 1 and "contingency of EUR 0" in messages[0]


def test_person_decision_within_threshold_is_fine(example: str) -> None:
    text = mutate(example, DECISION_BY_BOARD, "        by: Sam Lee")
    text = mutate(text, "        cost: 8000", "        cost: 4000")
    assert run(text).diagnostics == []


def test_bad_value_does_not_also_warn_that_it_is_missing(example: str) -> None:
    text = mutate(example, "    due: 2027-06-30\n  - objective: Cut", "    due: 2027-06-31\n  - objective: Cut")
    diagnostics = run(text).diagnostics
    assert [(d.severity, format_path(d.path)) for d in diagnostics] == [(Severity.ERROR, "objectives[0].due")]


def test_end_equal_to_start_is_an_error(example: str) -> None:
    text = mutate(example, "  end: 2027-06-30", "  end: 2027-01-11")
    messages = [d.message for d in run(text).diagnostics if format_path(d.path) == "project.end"]
    assert messages and "on the day it starts" in messages[0]


def test_duplicate_names_ignore_case_and_spacing(example: str) -> None:
    text = mutate(example, "\nroles:", "  - name: sam  lee\n    role: Twin\n\nroles:")
    assert any("duplicate person" in d.message for d in run(text).diagnostics)

"""The running project: approved changes against the contingency and the approval thresholds."""

from __future__ import annotations


from generator.diagnostics import format_path
from tests.conftest import mutate, run


DECISION_BY_BOARD = "        by: board"


def test_contingency_counts_implemented_but_not_rejected(example: str) -> None:
    rejected = mutate(example, "        cost: 8000", "        cost: 50000")
    rejected = mutate(rejected, "      status: approved", "      status: rejected")
    rejected = mutate(rejected, "notes: Approved within contingency", "notes: Rejected as too costly")  # notes agree with it
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

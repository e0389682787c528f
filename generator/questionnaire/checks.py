"""The semantic checks, in the order they run: references, uniqueness, dates, the spec's warnings, cross-checks; then hints.

They run over the draft model after the structural walk, so they see every value
that could be read even when other parts of the file are broken; values that
failed to read are ``None`` in the draft and are skipped. Each check is a function
of a :class:`~generator.questionnaire.checking.Checking`, kept in a module by topic.
"""

from __future__ import annotations

from typing import Callable, Sequence

from generator.diagnostics import Diagnostic, Severity
from generator.questionnaire.check_approvers import warn_approver_without_threshold, warn_beyond_own_threshold
from generator.questionnaire.check_consistency import (
    warn_increase_in_amount,
    hint_board_name,
    warn_board_without_members,
    warn_closed_with_open_work,
    warn_decision_notes,
    warn_funding_in_words,
    warn_decision_without_status,
    warn_ratings,
    warn_repeated_escalation,
    warn_board_level_named_otherwise,
    warn_report_before_start,
)
from generator.questionnaire.check_hints import (
    hint_forecast_cost,
    hint_unrecorded_details,
    hint_people,
    hint_placeholders,
    hint_project,
    hint_registers,
    hint_reopened_requests,
    hint_running,
    hint_scope,
    hint_thresholds,
    hint_baseline_unsaid,
    hint_spending_unsaid,
    hint_traceability,
    hint_undecided_requests,
    hint_contingency_on_top,
    hint_status_reports,
)
from generator.questionnaire.check_dates import (check_dates, hint_slashed_days, hint_unnamed_moves, warn_gate_milestone,
                                                 warn_moved_milestone)
from generator.questionnaire.check_meetings import hint_meeting_hours
from generator.questionnaire.check_plan import warn_deliverables, warn_objectives, warn_risks, warn_roles, warn_unreached
from generator.questionnaire.check_records import warn_approved_changes, warn_occurred_risks, warn_unowned_risks
from generator.questionnaire.check_refs import check_approval_entries, check_references
from generator.questionnaire.check_outcome_dates import (hint_occurred_settled, hint_undated_outcomes, warn_closed_dates,
                                                        warn_risk_dates)
from generator.questionnaire.check_running import (
    check_issues,
    check_status_reports,
    check_thresholds,
    warn_asked_decided,
    warn_revision_before_request,
    warn_changes,
    warn_decided_already,
    warn_forecasts,
    warn_later_requests,
    warn_planning_status,
    warn_stale_report,
    warn_unknown_related,
)
from generator.questionnaire.check_scope import hint_excluded_scope
from generator.questionnaire.check_signoff import (hint_outsider_rated, hint_self_approved, warn_acceptor_unlike_raci, warn_self_approved,
                                                  warn_unreceived)
from generator.questionnaire.check_timing import (hint_debt_after_end, hint_green_schedule, hint_objectives_after_end,
                                                  hint_overdue_reviews, hint_unrecorded_milestones)
from generator.questionnaire.check_unique import check_file_names, check_unique
from generator.questionnaire.check_versions import (hint_approvals, hint_revision_behind, hint_unapproved_version,
                                                    hint_entry_approval_of_unknown_version,
                                                    warn_approval_before_version)
from generator.questionnaire.checking import Checking
from generator.questionnaire.check_costs_read import hint_cost_read, hint_cut_unread
from generator.questionnaire.file_names import BUILT_IN, PerEntryKind
from generator.questionnaire.iso_dates import read_days_as
from generator.questionnaire.validate import Draft

CHECKS: tuple[Callable[[Checking], None], ...] = (
    check_unique, check_file_names, check_references, check_approval_entries, check_dates, check_thresholds, check_status_reports,
    check_issues, warn_unreached, warn_risks, warn_changes, warn_roles, warn_objectives, warn_deliverables,
    warn_forecasts, warn_later_requests, warn_revision_before_request, warn_asked_decided, warn_decided_already, warn_stale_report, warn_planning_status, warn_closed_dates, warn_risk_dates, warn_unknown_related, warn_decision_notes, warn_funding_in_words, hint_cost_read, hint_cut_unread, warn_board_without_members, hint_contingency_on_top,
    warn_decision_without_status,
    warn_closed_with_open_work, warn_report_before_start, warn_ratings, warn_beyond_own_threshold, warn_approver_without_threshold,
    warn_repeated_escalation, warn_board_level_named_otherwise,
    warn_approved_changes, warn_unowned_risks, warn_occurred_risks, warn_self_approved, warn_approval_before_version,
    warn_moved_milestone, warn_gate_milestone, warn_increase_in_amount, warn_acceptor_unlike_raci, warn_unreceived,
)
# The hints, run only over a questionnaire without errors: a gap is worth naming once the file is right.
HINTS: tuple[Callable[[Checking], None], ...] = (
    hint_project, hint_status_reports, hint_people, hint_slashed_days, hint_outsider_rated, hint_board_name, hint_scope, hint_registers, hint_running, hint_approvals, hint_traceability,
    hint_thresholds, hint_revision_behind, hint_unapproved_version, hint_excluded_scope, hint_meeting_hours,
    hint_entry_approval_of_unknown_version, hint_overdue_reviews, hint_objectives_after_end, hint_debt_after_end, hint_self_approved, hint_placeholders,
    hint_green_schedule, hint_unrecorded_milestones, hint_reopened_requests, hint_undecided_requests, hint_baseline_unsaid,
    hint_spending_unsaid, hint_unnamed_moves,
    hint_undated_outcomes, hint_occurred_settled, hint_forecast_cost, hint_unrecorded_details,
)


def check(draft: Draft, filename: str, kinds: Sequence[PerEntryKind] = BUILT_IN) -> list[Diagnostic]:
    """Add the semantic problems of a draft model to its diagnostics (``kinds``: the per-entry document kinds).

    Return the hints, kept apart from the problems (only ``pmdocs validate`` prints them), in file order;
    none while the file has errors.
    """
    if draft.questionnaire is None:
        return []
    project = draft.questionnaire.project
    read_days_as(project.language if project else None)
    c = Checking(draft, filename, kinds)
    for run in CHECKS:
        run(c)
    if any(d.severity is Severity.ERROR for d in draft.diagnostics):
        return []
    for run in HINTS:
        run(c)
    return sorted(c.hints, key=Diagnostic.sort_key)

"""The semantic checks, in the order they run: references, uniqueness, dates and the spec's warnings.

They run over the draft model after the structural walk, so they see every value
that could be read even when other parts of the file are broken; values that
failed to read are ``None`` in the draft and are skipped. Each check is a function
of a :class:`~generator.questionnaire.checking.Checking`, kept in a module by topic.
"""

from __future__ import annotations

from typing import Callable, Sequence

from generator.questionnaire.check_dates import check_dates
from generator.questionnaire.check_plan import warn_deliverables, warn_objectives, warn_risks, warn_roles, warn_unreached
from generator.questionnaire.check_refs import check_approval_entries, check_references
from generator.questionnaire.check_running import (
    check_issues,
    check_status_reports,
    check_thresholds,
    warn_changes,
    warn_forecasts,
    warn_planning_status,
    warn_stale_report,
)
from generator.questionnaire.check_unique import check_file_names, check_unique
from generator.questionnaire.checking import Checking
from generator.questionnaire.file_names import BUILT_IN, PerEntryKind
from generator.questionnaire.validate import Draft

CHECKS: tuple[Callable[[Checking], None], ...] = (
    check_unique, check_file_names, check_references, check_approval_entries, check_dates, check_thresholds, check_status_reports,
    check_issues, warn_unreached, warn_risks, warn_changes, warn_roles, warn_objectives, warn_deliverables,
    warn_forecasts, warn_stale_report, warn_planning_status,
)


def check(draft: Draft, filename: str, kinds: Sequence[PerEntryKind] = BUILT_IN) -> None:
    """Add the semantic problems of a draft model to its diagnostics (``kinds``: the per-entry document kinds)."""
    if draft.questionnaire is None:
        return
    c = Checking(draft, filename, kinds)
    for run in CHECKS:
        run(c)

"""Helpers of the cross-checks' tests: the one warning a text gets, or none."""

from __future__ import annotations

from generator.diagnostics import Diagnostic, Severity
from tests.conftest import run

DECISION_BY = "        by: board                                 # a person, or the word: board"


def only_warning(text: str) -> Diagnostic:
    """Return the one diagnostic of a text, checked to be a warning (so the file is still usable)."""
    result = run(text)
    assert result.ok() and not result.ok(strict=True), [d.format() for d in result.diagnostics]
    assert len(result.diagnostics) == 1, [d.format() for d in result.diagnostics]
    assert result.diagnostics[0].severity is Severity.WARNING
    return result.diagnostics[0]


def quiet(text: str) -> None:
    """Fail unless a text has no diagnostics at all."""
    assert run(text).diagnostics == [], [d.format() for d in run(text).diagnostics]

"""A change request approved by the person who requested it: a warning without delegated authority, a hint within it."""

from __future__ import annotations

import time

import pytest

from generator.diagnostics import Severity, format_path
from generator.questionnaire.check_signoff import hint_self_approved, warn_self_approved
from generator.questionnaire.checking import Checking
from generator.questionnaire.loader import load
from generator.questionnaire.read import read_questionnaire
from generator.questionnaire.validate import validate_tree
from tests.conftest import line_of, mutate, run
from tests.questionnaire.conftest import cut
from tests.support.packs import TESTS

DECIDED_BY = "        by: board                                 # a person, or the word: board"
REQUESTED_BY = "      requested_by: Priya Nair                    # required; a person"
COST = "        cost: 8000\n"
PATH = "change_control.requests[0].decision.by"
REVIEWED = TESTS / "fixtures" / "review4" / "q-hybrid-ml-fr.yaml"  # C CR-02 of the fourth review


def self_approved(text: str, person: str, cost: int = 3000) -> str:
    """Return a text whose request is requested and decided by ``person``, at ``cost``."""
    text = mutate(text, DECIDED_BY, f"        by: {person}")
    text = mutate(text, REQUESTED_BY, f"      requested_by: {person}")
    return mutate(text, COST, f"        cost: {cost}\n")


def test_a_requester_without_an_approval_level_is_warned_at_the_key(complete: str) -> None:
    text = self_approved(complete, "Priya Nair")
    result = run(text)
    [warning] = result.diagnostics
    assert warning.severity is Severity.WARNING and format_path(warning.path) == PATH
    assert (warning.mark.line, warning.mark.col) == (line_of(text, "        by: Priya Nair"), 9)  # the key's column
    requested = line_of(text, "      requested_by: Priya Nair")
    sam = line_of(text, "    - approver: Sam Lee")
    assert warning.message == (
        f"request 'CR-001' was requested and approved by Priya Nair (requested_by: at line {requested}): nobody else "
        f"signed it off; have Sam Lee, the next level of the thresholds (line {sam}), confirm the decision and set "
        "decision.by: Sam Lee")
    assert warning.format().startswith(f"q.yaml:{warning.mark.line}:9: warning: {PATH}: ")
    assert not any(format_path(h.path) == PATH for h in result.hints)


def test_the_next_level_must_cover_the_change(complete: str) -> None:
    text = self_approved(complete, "Priya Nair", cost=4000)
    text = mutate(text, "        schedule_days: 5\n", "        schedule_days: 9\n")  # beyond Sam Lee's 5 days
    [warning] = run(text).diagnostics
    assert "have the change board (Dana Ortiz, Sam Lee and Lee Chen), the next level of the thresholds" in warning.message
    assert warning.message.endswith("set decision.by: board")


def test_a_request_above_every_threshold_keeps_the_specs_warning_only(complete: str) -> None:
    [warning] = run(self_approved(complete, "Priya Nair", cost=8000)).diagnostics
    assert "above every approval threshold" in warning.message and "nobody else signed" not in warning.message


def test_within_the_requesters_own_level_it_is_a_hint(complete: str) -> None:
    text = self_approved(complete, "Sam Lee")
    result = run(text)
    assert result.diagnostics == [], [d.format() for d in result.diagnostics]
    [hint] = [h for h in result.hints if format_path(h.path) == PATH]
    assert hint.severity is Severity.HINT and (hint.mark.line, hint.mark.col) == (line_of(text, "        by: Sam Lee"), 9)
    assert "approved within their own approval threshold by Sam Lee" in hint.message
    assert "have the change board (Dana Ortiz and Lee Chen), the next level of the thresholds" in hint.message


def test_with_no_thresholds_and_no_board_the_sponsor_is_named(complete: str) -> None:
    text = cut(complete, "  board: [Dana Ortiz", "  requests:")
    text = mutate(text, "    by: board                                     # required", "    by: Dana Ortiz  # required")
    text = mutate(text, "    by: board                                     # a person", "    by: Dana Ortiz  # a person")
    [warning] = run(self_approved(text, "Priya Nair")).diagnostics
    assert "have the sponsor, Dana Ortiz, confirm the decision and set decision.by: Dana Ortiz" in warning.message


def test_the_same_name_typed_differently_is_the_same_person(complete: str) -> None:
    text = mutate(self_approved(complete, "Priya Nair"), "        by: Priya Nair", "        by: Priya  Nair")
    assert [format_path(d.path) for d in run(text).diagnostics] == [PATH]


@pytest.mark.parametrize("decider", ["board", "Dana Ortiz"])
def test_a_decision_by_someone_else_is_quiet(complete: str, decider: str) -> None:
    text = mutate(self_approved(complete, "Sam Lee"), "        by: Sam Lee", f"        by: {decider}")
    result = run(text)
    # review 42a F7: Dana Ortiz holds no threshold, which the documents say, and validate with them (not this check)
    said = [d.message for d in result.diagnostics]
    assert said == ([] if decider == "board" else
                    [m for m in said if "Dana Ortiz approved request 'CR-001' but holds no approval threshold" in m])
    assert len(said) == (decider != "board") and not any(format_path(h.path) == PATH for h in result.hints)


def test_an_undecided_request_is_quiet(complete: str) -> None:
    text = self_approved(complete, "Priya Nair")
    text = cut(mutate(text, "      status: approved ", "      status: proposed "), "      decision:", "\nglossary:")
    result = run(text)
    assert not any(format_path(d.path) == PATH for d in result.diagnostics + result.hints)


def test_the_review_case_is_a_hint_naming_the_board() -> None:
    result = read_questionnaire(REVIEWED)
    [hint] = [h for h in result.hints if "nobody else signed it off" in h.message]
    assert format_path(hint.path) == "change_control.requests[1].decision.by"
    assert "Julien Marchand" in hint.message and "the change board (Dr Claire Fontaine and Amina Benali)" in hint.message


def test_each_check_takes_under_a_millisecond() -> None:
    doc = load(REVIEWED)
    assert doc.root is not None
    c = Checking(validate_tree(doc.root, doc.filename), doc.filename)
    for check in (warn_self_approved, hint_self_approved):
        best = min(timed(check, c) for _ in range(20))
        assert best < 0.001, f"{check.__name__}: {best * 1000:.2f} ms"


def timed(check: object, c: Checking) -> float:
    """Return how long one run of a check takes, in seconds."""
    assert callable(check)
    start = time.perf_counter()
    check(c)
    return time.perf_counter() - start


def test_a_raci_row_whose_accountable_person_the_acceptance_criteria_do_not_name_is_warned_about() -> None:
    """Review 56b F1: "Signed off by the Chief Actuary" beside another accountable person passed unremarked, and the
    scope statement said the accountable person accepts it."""
    from tests.conftest import ROOT

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    signed = mutate(text, '        - Every merge is reversible and logged with both source IDs\n',
                    '        - Every merge is reversible and logged with both source IDs\n'
                    '        - Signed off by the Data Protection Officer\n')
    result = run(signed)
    said = [d for d in result.diagnostics if format_path(d.path) == "raci[0].accountable"]
    first = line_of(signed, "False-merge rate")  # the criteria's first line
    assert [d.severity for d in said] == [Severity.WARNING]
    assert said[0].message.startswith("Priya Nair is accountable for 'Identity resolution service', but its acceptance "
                                      f"criteria (line {first}) name Fatima Al-Sayed")
    named = mutate(signed, "Signed off by the Data Protection Officer", "Signed off by Priya Nair")
    assert not [d for d in run(named).diagnostics if format_path(d.path) == "raci[0].accountable"]


def test_documents_recorded_for_an_approver_or_the_project_manager_that_leave_theirs_out_warn(complete: str) -> None:
    """`people[].receives` leaving out the charter Dana Ortiz approved, or any document for the project manager who
    owns them all: their distribution lists would leave them off."""
    dana = "    email: dana.ortiz@example.com                 # optional; must look like an address\n"
    text = mutate(complete, dana, "    email: dana.ortiz@example.com\n    receives: [status-report]\n")
    warned = [d for d in run(text).diagnostics if d.severity is Severity.WARNING and "receives" in d.message]
    assert [format_path(d.path) for d in warned] == ["approvals[0].by", "approvals[1].by"], [d.format() for d in warned]
    assert "Dana Ortiz approved the project-charter, but the documents recorded for them (receives, line" in \
        warned[0].message and "add project-charter to them" in warned[0].message
    assert warned[1].mark.line == line_of(text, "  - document: project-charter") + 2
    every = "[project-charter, change-request, status-report]"
    assert not [d for d in run(mutate(text, "receives: [status-report]", f"receives: {every}")).diagnostics
                if "receives" in d.message]
    sam = "  - name: Sam Lee\n"
    manager = mutate(complete, sam, "  - name: Sam Lee\n    receives: [project-charter]\n")
    warned = [d for d in run(manager).diagnostics if "receives" in d.message]
    assert [format_path(d.path) for d in warned] == ["people[1].receives"], [d.format() for d in warned]
    assert "Sam Lee is the project manager, who owns every document, but the documents recorded for them leave out " \
           "scope-statement, communication-plan" in warned[0].message

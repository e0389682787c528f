"""Cross-checks a senior PM makes before signing: one class per check, with the cases that must and must not warn."""

from __future__ import annotations

import re

import pytest

from generator.diagnostics import Diagnostic, Severity, format_path
from generator.questionnaire.check_consistency import outcomes
from tests.conftest import line_of, mutate, run
from tests.support.checks import only_warning, quiet
from tests.support.packs import edited, every_key_clean

STATUS = "      status: approved..."
NOTES = "        notes: Approved within contingency"
PROJECT_STATUS = "  status: planning "
RISK_STATUS = "    status: open                                  # optional; open | occurred | closed..."
ISSUE_STATUS = "    status: open                                  # required; open | in-progress..."
REPORT_DATE = "  - date: 2027-03-31                              # required, unique..."
BUDGET = "    budget: {rating: green, spent: 141000}"
ESCALATION = "      when: Issue blocks a deliverable for more than 2 days"




class TestDecisionNotesAgainstStatus:
    """A request's status and the outcome its decision notes state must agree."""

    @pytest.mark.parametrize("status,notes,said", [
        ("rejected", "Deferred to phase 2 when the budget is known", "deferred"),
        ("deferred", "Rejected: out of scope for this project", "rejected"),
        ("approved", "Postponed until the regulation is final", "deferred"),
        ("implemented", "The request was rejected by the board", "rejected"),
        ("rejected", "Approved within contingency", "approved"),
    ])
    def test_a_contradiction_warns_at_the_notes(self, clean: str, status: str, notes: str, said: str) -> None:
        text = edited(clean, (STATUS, f"      status: {status}"), (NOTES, f'        notes: "{notes}"'))
        warning = only_warning(text)
        assert format_path(warning.path) == "change_control.requests[0].decision.notes"
        assert warning.mark.line == line_of(text, f'notes: "{notes}"')
        message = warning.message.lower()
        assert f"is {status}" in message and f"say it was {said}" in message, warning.format()
        assert f"line {line_of(text, f'status: {status}')}" in message, warning.format()

    @pytest.mark.parametrize("status,notes", [
        ("approved", "Approved within contingency"),
        ("approved", "Approved; the second half is deferred to phase 2"),  # its own outcome named: no contradiction
        ("implemented", "Approved within contingency"),
        ("rejected", "Not approved: no budget left"),  # a negated outcome is not read
        ("rejected", "Resubmit in phase 2, where it can be approved"),  # nor a future one
        ("deferred", "Agreed to revisit in the third quarter"),
        ("rejected", "Too costly for the benefit"),  # no outcome word at all
        ("deferred", "The sponsor accepted the schedule risk"),
    ])
    def test_agreeing_or_silent_notes_are_fine(self, clean: str, status: str, notes: str) -> None:
        quiet(edited(clean, (STATUS, f"      status: {status}"), (NOTES, f'        notes: "{notes}"')))

    def test_outcomes_read_from_words(self) -> None:
        assert outcomes("Deferred to Q3. Rejected the rest.") == {"deferred", "rejected"}
        assert outcomes("The change was put on hold") == {"deferred"}
        assert outcomes("will be approved later; not rejected") == set()


class TestDecisionWithoutDecidedStatus:
    """A request that records a decision cannot still be proposed or under review."""

    @pytest.mark.parametrize("status", ["proposed", "under-review"])
    def test_a_decision_on_an_undecided_request_warns(self, clean: str, status: str) -> None:
        text = edited(clean, (STATUS, f"      status: {status}"), (NOTES, "        notes: Looks fine"))
        warning = only_warning(text)
        assert format_path(warning.path) == "change_control.requests[0].status"
        assert warning.mark.line == line_of(text, f"status: {status}")
        assert "has a decision (by board on 2027-02-10)" in warning.message and f"status is {status}" in warning.message

    def test_a_decision_with_no_status_warns_at_the_decision(self, clean: str) -> None:
        text = edited(clean, (STATUS, ""), (NOTES, "        notes: Looks fine"))
        warning = only_warning(text)
        assert format_path(warning.path) == "change_control.requests[0].decision"
        assert "has a decision (by board on 2027-02-10) but no status is recorded" in warning.message

    def test_a_status_that_is_not_a_value_is_its_error_only(self, clean: str) -> None:
        """Review 38a F4: "status: withdrawn" also warned that "no status is recorded"."""
        result = run(edited(clean, (STATUS, "      status: withdrawn"), (NOTES, "        notes: Withdrawn")))
        assert [format_path(d.path) for d in result.diagnostics] == ["change_control.requests[0].status"]
        assert not any("no status is recorded" in d.message for d in result.diagnostics)

    def test_an_undecided_request_without_a_decision_is_fine(self, clean: str) -> None:
        text = edited(clean, (STATUS, "      status: under-review"))
        text = text[: text.index("      decision:  ")] + text[text.index("\nglossary:"):]
        quiet(text)


class TestClosedProjectWithOpenWork:
    """A closed project has no open risks and no open issues left."""

    def test_open_risk_and_issue_warn_at_the_status(self, clean: str) -> None:
        text = edited(clean, ("  status: active   ", "  status: closed   "),
                      (ISSUE_STATUS, "    status: in-progress"))
        warning = only_warning(text)
        assert format_path(warning.path) == "project.status" and warning.mark.line == line_of(text, "  status: closed")
        message = warning.message
        assert f"risk R-01 is open (line {line_of(text, '  - risk: Legacy')})" in message, message
        assert f"issue I-01 is in-progress (line {line_of(text, '    status: in-progress')})" in message, message

    def test_a_risk_open_by_default_says_so(self, clean: str) -> None:
        text = edited(clean, ("  status: active   ", "  status: closed   "), (RISK_STATUS, ""),
                      (ISSUE_STATUS, "    status: closed"))
        assert "is open, by default" in only_warning(text).message

    def test_closed_with_everything_closed_is_fine(self, clean: str) -> None:
        quiet(edited(clean, ("  status: active   ", "  status: closed   "), (RISK_STATUS, "    status: closed"),
                     (ISSUE_STATUS, "    status: resolved")))

    @pytest.mark.parametrize("status", ["active", "on-hold"])
    def test_open_work_on_a_running_project_is_fine(self, clean: str, status: str) -> None:
        quiet(edited(clean, ("  status: active   ", f"  status: {status}   ")))


class TestStatusReportBeforeStart:
    """A status report covers a period of the project, so it cannot end before the project starts."""

    @staticmethod
    def early(text: str) -> list[Diagnostic]:
        """Return the warnings about a report before the start (moving the report makes it stale too: not these)."""
        result = run(text)
        assert result.ok(), [d.format() for d in result.diagnostics]
        return [d for d in result.diagnostics if "before the project starts" in d.message]

    def test_a_report_before_the_start_warns(self, clean: str) -> None:
        text = edited(clean, (REPORT_DATE, "  - date: 2027-01-08"), ("    id: 2027-03-31", "    id: 2027-01-08"))
        [warning] = self.early(text)
        assert warning.severity is Severity.WARNING and format_path(warning.path) == "status_reports[0].date"
        assert warning.mark.line == line_of(text, "  - date: 2027-01-08")
        assert "dated 2027-01-08, before the project starts (2027-01-11)" in warning.message

    def test_a_report_on_the_start_day_is_fine(self, clean: str) -> None:
        assert self.early(edited(clean, (REPORT_DATE, "  - date: 2027-01-11"), ("    id: 2027-03-31", "    id: 2027-01-11"))) == []


class TestRatingsAgree:
    """A report is not green overall beside a red area, and a budget is not green when overspent."""

    def test_green_overall_beside_a_red_area_warns(self, clean: str) -> None:
        text = edited(clean, ("    overall: amber", "    overall: green"),
                      ("      rating: amber", "      rating: red"))
        warning = only_warning(text)
        assert format_path(warning.path) == "status_reports[0].overall"
        assert warning.mark.line == line_of(text, "    overall: green") and "its schedule is red" in warning.message

    @pytest.mark.parametrize("overall,schedule", [("green", "amber"), ("amber", "red"), ("red", "red")])
    def test_an_overall_rating_as_bad_or_worse_is_fine(self, clean: str, overall: str, schedule: str) -> None:
        quiet(edited(clean, ("    overall: amber", f"    overall: {overall}"), ("      rating: amber", f"      rating: {schedule}")))

    def test_a_green_budget_spent_beyond_the_budget_warns(self, clean: str) -> None:
        text = edited(clean, (BUDGET, "    budget: {rating: green, spent: 460000}"))
        warning = only_warning(text)
        assert format_path(warning.path) == "status_reports[0].budget.rating"
        assert warning.mark.line == line_of(text, "spent: 460000") and "EUR 460,000" in warning.message

    def test_a_spent_budget_rated_amber_or_within_budget_is_fine(self, clean: str) -> None:
        quiet(edited(clean, (BUDGET, "    budget: {rating: green, spent: 450000}")))
        quiet(edited(clean, (BUDGET, "    budget: {rating: red, spent: 460000, note: Over budget}")))


class TestEscalationClimbs:
    """Each escalation level goes to someone other than the level before."""

    def test_the_same_person_twice_in_a_row_warns(self, clean: str) -> None:
        text = mutate(clean, ESCALATION, ESCALATION + "\n    - level: Programme\n      who: Sam Lee\n      when: Still blocked")
        warning = only_warning(text)
        assert format_path(warning.path) == "communication.escalation[1].who"
        assert warning.mark.line == line_of(text, "      who: Sam Lee\n      when: Still")
        assert f"line {line_of(text, '      who: Sam Lee')}" in warning.message

    def test_a_different_person_or_a_later_return_is_fine(self, clean: str) -> None:
        quiet(mutate(clean, ESCALATION, ESCALATION + "\n    - level: Sponsor\n      who: Dana Ortiz\n"
                                                      "    - level: Board\n      who: board"))


class TestBudgetRatedBelowItsSpending:
    """A budget rated green or amber while more than the whole budget is spent (review 43b F1: amber, its note
    saying "inside the contingency", NZD 84,000 over the budget, contingency included)."""

    @staticmethod
    def spent(rating: str, spent: int) -> str:
        from tests.conftest import EXAMPLES

        return mutate(EXAMPLES[0].read_text(encoding="utf-8"), "    budget: {rating: green, spent: 171500}",
                      f"    budget: {{rating: {rating}, note: Inside the contingency, spent: {spent}}}")

    @pytest.mark.parametrize("rating", ["green", "amber"])
    def test_over_the_whole_budget_warns_at_the_rating(self, rating: str) -> None:
        text = self.spent(rating, 470000)
        [warning] = [d for d in run(text).diagnostics if "is spent, more than the whole budget" in d.message]
        assert format_path(warning.path) == "status_reports[1].budget.rating"
        assert warning.message.startswith(f"the budget is rated {rating} but EUR 470,000 is spent, more than the whole "
                                          "budget of EUR 450,000")

    def test_red_or_within_the_budget_is_quiet(self) -> None:
        for text in (self.spent("red", 470000), self.spent("amber", 440000)):
            assert not [d for d in run(text).diagnostics if "more than the whole budget" in d.message]

    def test_an_approved_budget_increase_adds_to_the_whole_budget(self) -> None:
        text = mutate(self.spent("amber", 455000), "        cost: 8000\n", "        cost: 8000\n        funding: budget-increase\n")
        assert not [d for d in run(text).diagnostics if "more than the whole budget" in d.message]


    def test_a_budget_increase_said_in_the_decision_notes_adds_to_the_whole_budget(self) -> None:
        """Review 135b F8: "spent, more than the whole budget of USD 2,850,000" beside documents that add the increase
        CR-003's notes give, as validate's own hint says."""
        text = mutate(self.spent("amber", 455000), "        notes: Approved within contingency;",
                      "        notes: Approved; funded by a budget increase approved by the sponsor;")
        assert not [d for d in run(text).diagnostics if "more than the whole budget" in d.message]
        assert [d for d in run(mutate(text, "455000", "470000")).diagnostics if "more than the whole budget" in d.message]


def test_a_closed_projects_open_issue_said_to_be_handed_over_is_not_warned_about() -> None:
    """Review 50c F13: the warning said to record who takes an open issue on after the project, and stayed once the
    issue's resolution said so."""
    from tests.conftest import ROOT

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    closed = mutate(text, "  status: active", "  status: closed")

    def left(answers: str) -> int:
        """Return how many open risks and issues the warning counts."""
        [message] = [d.message for d in run(answers).diagnostics if "the project is closed but" in d.message]
        more = re.search(r"and (\d+) more", message)
        return message.split(": close them")[0].count(" (line ") + (int(more.group(1)) if more else 0)

    handed = mutate(closed, "    status: open\n    due: 2027-04-30\n",
                    "    status: open\n    due: 2027-04-30\n    resolution: Handed over to the CRM support team at closure\n")
    assert left(handed) == left(closed) - 1
    # review 65a F2: closing an occurred risk keeps that it occurred only with its day
    risky = mutate(closed, "  - risk: Legacy data quality is worse than sampled\n",
                   "  - risk: Legacy data quality is worse than sampled\n    status: occurred\n")
    [message] = [d.message for d in run(risky).diagnostics if "the project is closed but" in d.message]
    assert "(status: closed, with occurred: and closed: dates for a risk that occurred)" in message


def test_an_escalation_level_handled_by_the_same_person_is_warned_unless_it_names_a_body() -> None:
    """A second level to the same person changes nothing; a steering committee chaired by them is one up (review 64b:
    `who` holds one person, and the warning could not be satisfied)."""
    level = "      when: Issue blocks a deliverable for more than 2 days\n"

    def warned(name: str) -> list[str]:
        text = mutate(every_key_clean(), level, level + f"    - level: {name}\n      who: Sam Lee\n")
        return [d.message for d in run(text).diagnostics if "also handles the level before" in d.message]
    assert warned("Programme manager") and not warned("Steering committee") and not warned("Project board")
    assert not warned("COPIL") and not warned("운영위원회")  # review 138c F6: a body by its French or Korean name


def test_a_quoted_sentence_is_not_cut_at_a_thousands_mark() -> None:
    """Review 73b: the warning quoted "000 uit het IT-beheerbudget 2026 (akkoord CIO)", cut at "130.000"."""
    from generator.questionnaire.check_consistency import _sentence

    text = "Akkoord. EUR 130.000 uit het IT-budget; rest uit reserve."
    assert _sentence(text, text.find("uit het")) == "EUR 130.000 uit het IT-budget"


class TestGreenBudgetForecastOver:
    """Review 82a F6: a budget rated green beside a forecast above the approved budget ("budget GREEN" next to "EUR
    31,500 over the approved budget" in the summary) gets a hint at the rating; a note saying why keeps it quiet."""

    @staticmethod
    def forecast(budget: str) -> str:
        from tests.conftest import EXAMPLES

        return mutate(EXAMPLES[0].read_text(encoding="utf-8"), "    budget: {rating: green, spent: 171500}",
                      f"    budget: {budget}")

    def test_a_forecast_over_the_approved_budget_is_a_hint_at_a_green_rating(self) -> None:
        found = [h for h in run(self.forecast("{rating: green, spent: 171500, forecast: 481500}")).hints
                 if "its forecast" in h.message]
        assert [format_path(h.path) for h in found] == ["status_reports[1].budget.rating"]
        assert found[0].message.startswith("the budget is rated green but its forecast (EUR 481,500) is above the "
                                           "approved budget of EUR 450,000")

    def test_within_the_budget_amber_or_a_note_is_quiet(self) -> None:
        for budget in ("{rating: green, spent: 171500, forecast: 440000}",
                       "{rating: amber, note: Over, spent: 171500, forecast: 481500}",
                       "{rating: green, note: The contingency covers it, spent: 171500, forecast: 481500}"):
            assert not [h for h in run(self.forecast(budget)).hints if "its forecast" in h.message], budget

    def test_with_the_reserve_on_top_the_changes_it_pays_are_planned_spending(self) -> None:
        """Review 85c: a forecast within the budget and the approved changes the reserve on top of it pays, as the
        documents say ("within the planned cost"), was hinted at as above the approved budget."""
        on_top = mutate(self.forecast("{rating: green, spent: 171500, forecast: 455000}"),
                        "    contingency_included: true", "    contingency_included: false")
        assert not [h for h in run(on_top).hints if "its forecast" in h.message]  # EUR 450,000 + CR-001's 8,000
        over = mutate(on_top, "forecast: 455000", "forecast: 459000")
        assert [h for h in run(over).hints if "its forecast" in h.message]

    def test_only_a_reserve_on_top_is_said_to_cover_the_difference(self) -> None:
        """Review 137c F5: "the contingency covers it, say" was advised of a budget that includes its contingency,
        and the reviewer's note then contradicted the report's "CLP 5,000,000 more would be needed"."""
        def said(text: str) -> str:
            return next(h.message for h in run(text).hints if "its forecast" in h.message)

        included = self.forecast("{rating: green, spent: 171500, forecast: 481500}")
        assert "    contingency_included: true" in included
        assert "covers" not in said(included) and "contingency included" in said(included)
        on_top = mutate(included, "    contingency_included: true", "    contingency_included: false")
        assert "the contingency covers it" in said(on_top)
        beyond = mutate(on_top, "forecast: 481500", "forecast: 981500")
        assert "covers" not in said(beyond) and "above its contingency too" in said(beyond)


def test_how_a_requests_notes_are_read_for_its_funding_is_said() -> None:
    """Review 93a: validate said nothing of how CR-001's decision notes were read, and that reading drives every
    contingency figure of the pack."""
    from tests.conftest import ROOT, mutate, run

    example = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    text = mutate(example, "        notes: Approved within contingency; Fatima Al-Sayed to confirm field definitions "
                           "before sprint 4", "        notes: Approved. EUR 5,000 is paid from the Marketing budget and "
                                              "EUR 3,000 from this project's contingency.")
    said = [h for h in run(text).hints if "is read from its decision notes" in h.message]
    assert len(said) == 1 and ("as paid EUR 3,000 from the contingency reserve and the rest (EUR 5,000) from another "
                               "source") in said[0].message


def test_a_budget_increase_read_from_a_requests_words_is_said_with_how_it_is_counted() -> None:
    """Review 108c F1: "예산을 ... 증액" in a request's notes went unread, and its cost was set against the
    contingency; validate now says it is read as a budget increase added to the budget, or taken as included in it
    where the words give the budget's amount as its new total."""
    from tests.conftest import ROOT, mutate, run

    example = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    said_before = "        notes: Approved within contingency; Fatima Al-Sayed to confirm field definitions before sprint 4"
    for notes, counted in (("예산 8백만 원 증액 승인", "the documents add it to project.budget.amount, the baseline"),
                           ("Funded by a budget increase (budget now EUR 450,000).",
                            "project.budget.amount, the new total they give, is taken to include it")):
        result = run(mutate(example, said_before, f"        notes: {notes}"))
        said = [h for h in result.hints if "as paid by a budget increase" in h.message]
        assert len(said) == 1 and counted in said[0].message, notes
        assert not [w for w in result.diagnostics if "contingency" in w.message and "CR-001" in w.message], notes


def test_an_escalation_level_naming_a_body_points_to_the_boards_name() -> None:
    """Review 94a F3: the escalation path named "PAS Programme Board" (its chair as who), the documents said "change
    board", and nothing pointed to change_control.board_name."""
    from tests.conftest import ROOT, mutate, run

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    assert not [h for h in run(text).hints if "board_name" in h.message]  # "Sponsor (steering committee)": its words
    named = mutate(text, "    - level: Sponsor (steering committee)", "    - level: Programme Board")
    said = [h for h in run(named).hints if "board_name" in h.message]
    assert len(said) == 1 and "add change_control.board_name: Programme Board" in said[0].message
    boarded = mutate(named, "change_control:\n", "change_control:\n  board_name: Programme Board\n")
    assert not [h for h in run(boarded).hints if "board_name" in h.message]


def test_a_budget_increase_already_in_the_amount_is_warned() -> None:
    """Review 94c F2: 'funding: budget-increase' beside notes saying "budget now AUD 980,000", the amount already
    given, read "Budget with the approved increases AUD 1,100,000"."""
    from tests.conftest import ROOT, mutate, run

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    raised = mutate(mutate(text, "        notes: Approved within contingency; Fatima Al-Sayed to confirm field definitions "
                                 "before sprint 4", "        notes: Approved as a budget increase (budget now EUR 450,000)"),
                    "      schedule_days: 5\n", "      schedule_days: 5\n        funding: budget-increase\n")
    said = [d for d in run(raised).diagnostics if "the budget is now" in d.message]
    assert len(said) == 1 and said[0].message.endswith("give the budget as first baselined (EUR 442,000), as amount: asks")
    kept = mutate(raised, "(budget now EUR 450,000)", "(budget now EUR 458,000)")  # the amount is the baseline
    assert not [d for d in run(kept).diagnostics if "the budget is now" in d.message]


def test_a_level_the_change_board_handles_under_another_bodys_name_is_warned() -> None:
    """Reviews 101a F3, 102c F2: "Board of Commissioners | Executive steering committee (...)": a level naming one
    body went to the change board, which board_name calls another."""
    from tests.conftest import ROOT, mutate, run

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    text = mutate(text, "change_control:\n", "change_control:\n  board_name: Executive steering committee\n")
    other = mutate(text, "    - level: Sponsor (steering committee)\n      who: Dana Ortiz",
                   "    - level: Board of Commissioners\n      who: board")
    said = [d for d in run(other).diagnostics if "goes to the change board" in d.message]
    assert len(said) == 1 and "'Board of Commissioners'" in said[0].message
    same = mutate(text, "    - level: Sponsor (steering committee)\n      who: Dana Ortiz",
                  "    - level: Executive steering committee\n      who: board")
    assert not [d for d in run(same).diagnostics if "goes to the change board" in d.message]
    assert not [d for d in run(text).diagnostics if "goes to the change board" in d.message]


def test_a_spend_within_the_budget_and_a_grants_part_of_a_change_is_not_overspent() -> None:
    """Review 138b F10: "GBP 655,000 is spent, more than the whole budget" of a closed project whose spend held the
    work a Scottish Government grant paid for, as its documents count it."""
    from tests.conftest import EXAMPLES

    text = EXAMPLES[0].read_text(encoding="utf-8")
    granted = mutate(mutate(text, "        cost: 8000\n", "        cost: 58000\n"),
                     "notes: Approved within contingency;",
                     "notes: EUR 8,000 from the contingency and EUR 50,000 from the regional digitisation grant;")
    spent = mutate(granted, "    budget: {rating: green, spent: 171500}", "    budget: {rating: green, spent: 480000}")

    def warned(source: str) -> list[str]:
        return [d.message for d in run(source).diagnostics if "more than the whole budget" in d.message]

    assert not warned(spent)
    assert warned(mutate(spent, "spent: 480000", "spent: 520000"))  # beyond the grant's part too
    assert "EUR 50,000 of grant funding" in warned(mutate(spent, "spent: 480000", "spent: 520000"))[0]


def test_a_cut_read_from_its_words_is_hinted_at_not_warned_of_as_unfunded(example: str) -> None:
    """Review 140a F7: a council's cut, a negative cost with no impact.funding, warned of as paid from the contingency
    "as its words say"."""
    text = mutate(example, "        cost: 8000", "        cost: -20000")
    text = mutate(text, "notes: Approved within contingency", "notes: Approved; the council cuts the project budget")
    result = run(text)
    assert not [d for d in result.diagnostics if "requests[0]" in format_path(d.path)]
    assert any("read from its words as a cut of the budget" in h.message for h in result.hints)


def test_a_change_approved_and_never_implemented_on_a_closed_project_is_hinted_at(example: str) -> None:
    """Review 140c F9: a closed project's CR-002 stayed "approved" though its cut-over had happened."""
    closed = mutate(example, "  status: active", "  status: closed")
    hints = [h for h in run(closed).hints if "is approved, not implemented, yet the project is closed" in h.message]
    assert [format_path(h.path) for h in hints] == ["change_control.requests[0].status"]
    done = mutate(closed, "      status: approved ", "      status: implemented ")
    assert not [h for h in run(done).hints if "not implemented" in h.message]

"""Who decided the change requests, against the approval thresholds: the cases that must and must not warn."""

from __future__ import annotations

import pytest

from generator.diagnostics import format_path
from tests.conftest import line_of, mutate, run
from tests.support.checks import DECISION_BY, only_warning, quiet
from tests.support.packs import edited


class TestApprovalWithinOwnThreshold:
    """A person approves only what their own approval threshold allows."""

    @pytest.fixture()
    def tiered(self, clean: str) -> str:
        """Return the clean example with a middle level: Dana Ortiz up to 20,000 and 10 days."""
        return mutate(clean, "    - approver: board", "    - approver: Dana Ortiz\n      max_cost: 20000\n"
                                                      "      max_schedule_days: 10\n    - approver: board")

    def test_cost_beyond_the_approvers_own_limit_warns(self, tiered: str) -> None:
        text = edited(tiered, (DECISION_BY, "        by: Sam Lee"), ("        schedule_days: 5", "        schedule_days: 2"))
        warning = only_warning(text)
        assert format_path(warning.path) == "change_control.requests[0].decision.by"
        assert warning.mark.line == line_of(text, "        by: Sam Lee")
        assert "(cost 8,000)" in warning.message and f"max_cost 5,000 at line {line_of(text, 'max_cost: 5000')}" in warning.message
        # review 107a F13: the next level up's logged decision on it is what the warning asks for
        ratified = mutate(text, "decisions:                                        # optional; the decision log\n",
                          "decisions:\n  - id: D-09\n    date: 2027-02-20\n    decision: The board ratifies CR-001\n"
                          "    by: board\n")
        assert not [d for d in run(ratified).diagnostics if "beyond their own approval threshold" in d.message]

    def test_a_rejection_beyond_the_deciders_own_limit_is_not_warned_and_said_without_judging_it(self, tiered: str
                                                                                                 ) -> None:
        """Reviews 60b F2, 61c F1: the sponsor's rejection above her approval limit read as a breach of her
        authority (turning a change down commits nothing); reviews 125c F13, 126b F3: but passed unremarked, so the
        documents say where the thresholds send it and that whether its decider may reject it alone is not
        recorded."""
        from generator.render.templates import render_project

        text = edited(tiered, (DECISION_BY, "        by: Sam Lee"), ("        schedule_days: 5", "        schedule_days: 2"),
                      ("      status: approved                            #", "      status: rejected                            #"))
        result = run(text)
        assert not [d for d in result.diagnostics if "approval threshold" in d.message], [
            d.format() for d in result.diagnostics]
        assert result.questionnaire is not None
        for doc in render_project(result.questionnaire):
            for line in doc.markdown.splitlines():
                if "limit of EUR 5,000" in line:
                    assert "whether they may reject it alone is not recorded" in line or (
                        "whether Sam Lee may reject it alone is not recorded" in line), (doc.path, line)
                    assert "breach" not in line and "without authority" not in line

    def test_a_deferral_beyond_the_deciders_own_limit_warns_and_the_documents_say_it(self, tiered: str) -> None:
        """Reviews 41a F6 and 42b F5: a USD 30,000 request deferred by someone whose limit is USD 10,000."""
        from generator.render.templates import render_project

        text = edited(tiered, (DECISION_BY, "        by: Sam Lee"), ("        schedule_days: 5", "        schedule_days: 2"),
                      ("      status: approved                            #", "      status: deferred                            #"))
        result = run(text)
        # review 47c F3: a deferral commits nothing, so it is not said to break the thresholds: the request goes to
        # the next level up when it is taken up again; review 111b F5: a hint, not a warning (it approves nothing)
        assert [d for d in result.hints  # (its notes, which say approved, are warned about apart)
                if d.message.startswith("Sam Lee deferred request 'CR-001' (cost 8,000), which is beyond their own "
                                        "approval threshold (max_cost 5,000 at line")
                and d.message.endswith("): when it is taken up again, the next level up decides")]
        assert not [d for d in result.diagnostics if "beyond their own approval threshold" in d.message]
        assert result.questionnaire is not None
        log = next(d.markdown for d in render_project(result.questionnaire) if d.slug == "change-control-plan")
        assert ("deferred by Sam Lee, 2027-02-10; when it is taken up again, the next level up decides (it is above "
                "that approver's limit of EUR 5,000)") in log
        form = next(d.markdown for d in render_project(result.questionnaire) if d.slug == "change-request")
        assert ("This request is above the approval limit of Sam Lee (EUR 5,000), who deferred it: when it is taken "
                "up again, the approval thresholds send it to the next level up.") in form
        # review 88a F2: a closed project takes nothing up again: no warning, and the documents say nothing of it
        closed = run(text.replace("  status: active", "  status: closed", 1))
        assert not [d for d in closed.diagnostics + closed.hints if "beyond their own approval threshold" in d.message]
        assert closed.questionnaire is not None
        assert not any("above that approver's limit" in d.markdown for d in render_project(closed.questionnaire))
        # review 95b F6: the plan's "each is decided by the approver section 3 names for its size" says what became of it
        plan = next(d.markdown for d in render_project(closed.questionnaire) if d.slug == "change-control-plan")
        assert ("each is decided by the approver section 3 names for its size. CR-001 was deferred by a person whose "
                "approval limit it exceeds (see section 5); a deferral approves nothing, and the project closed without "
                "taking it up again.") in plan

    def test_schedule_beyond_the_approvers_own_limit_warns(self, tiered: str) -> None:
        text = edited(tiered, (DECISION_BY, "        by: Dana Ortiz"), ("        schedule_days: 5", "        schedule_days: 15"))
        assert "(moving the schedule 15 days later)" in only_warning(text).message  # reviews 35, 43b F10

    def test_within_the_own_limit_or_by_the_board_is_fine(self, tiered: str) -> None:
        quiet(edited(tiered, (DECISION_BY, "        by: Dana Ortiz")))
        quiet(tiered)

    def test_above_every_threshold_gives_the_specs_warning_only(self, clean: str) -> None:
        warning = only_warning(edited(clean, (DECISION_BY, "        by: Sam Lee")))
        assert "above every approval threshold" in warning.message
        assert "so only the board may approve it" in warning.message  # review 35: the board has no limit

    def test_a_person_without_a_threshold_is_not_judged_by_one_but_said_to_hold_none(self, tiered: str) -> None:
        # Lee Chen requests it: a request approved by its own requester is check_signoff's. Review 42a F7: the
        # documents say an approver holding no threshold approved it; validate says so too
        warning = only_warning(edited(tiered, (DECISION_BY, "        by: Priya Nair"),
                                      ("        cost: 8000", "        cost: 4000"),
                                      ("      requested_by: Priya Nair", "      requested_by: Lee Chen")))
        assert "Priya Nair approved request 'CR-001' but holds no approval threshold" in warning.message
        assert "beyond their own approval threshold" not in warning.message


    @staticmethod
    def _retired_sponsor_decided(tiered: str, days: int) -> str:
        """Return the text where the sponsor who retired in February decided CR-001 (cost 4,000), moving the
        schedule ``days`` later, the sponsor the thresholds name now taking the job on in March."""
        return edited(tiered, (DECISION_BY, "        by: Priya Nair"), ("        cost: 8000", "        cost: 4000"),
                      ("        schedule_days: 5", f"        schedule_days: {days}"),
                      ("      requested_by: Priya Nair", "      requested_by: Lee Chen"),
                      ("    role: Head of Customer Operations", "    role: Head of Customer Operations; project sponsor "
                       "until her retirement on 28 February 2027"),
                      ("    role: Chief Financial Officer", "    role: Chief Financial Officer; project sponsor from "
                       "1 March 2027"))

    def test_one_who_held_a_level_then_decided_above_it(self, tiered: str) -> None:
        """Review 153b F4: the sponsor who has since retired approved a change above the sponsor's limit: the
        documents say she went above that limit, as of any holder, not that she holds no threshold."""
        text = self._retired_sponsor_decided(tiered, 42)
        assert not [d for d in run(text).diagnostics if "holds no approval threshold" in d.message]

    def test_one_who_held_a_higher_level_then_decided_within_the_first_level(self, tiered: str) -> None:
        """Review 147b F11: the sponsor who has since retired decided a change within the project manager's limit; the
        sponsor the thresholds name now took the job on after it: no warning."""
        text = self._retired_sponsor_decided(tiered, 2)
        assert not [d for d in run(text).diagnostics if "holds no approval threshold" in d.message]

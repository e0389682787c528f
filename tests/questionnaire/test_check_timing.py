"""(f) A risk review already past and (g) an objective due after the project ends: hints at the date."""

from __future__ import annotations

import pytest

from generator.diagnostics import format_path
from tests.conftest import line_of, mutate, run
from tests.questionnaire.conftest import only_hint

REVIEW = "    review: 2027-04-15"
RISK_STATUS = "    status: open                                  # optional; open | occurred | closed (default open)"
OBJECTIVE_DUE = "    due: 2027-06-30                               # optional"


class TestOverdueReview:
    """(f) An open or occurred risk's next review dated before the newest record the documents show."""

    def test_a_review_before_the_newest_record(self, complete: str) -> None:
        text = mutate(complete, REVIEW, "    review: 2027-03-15")
        hint = only_hint(text)
        assert format_path(hint.path) == "risks[0].review" and hint.mark.line == line_of(text, "    review: 2027-03-15")
        assert hint.message == ("risk R-01's next review (2027-03-15) is before a lesson on 2027-03-31 (line "
                                f"{line_of(text, 'lessons:') + 1}), "
                                "so the review is overdue: record the review's outcome and set review: to the next date")

    def test_a_revision_counts_as_a_record(self, complete: str) -> None:
        text = mutate(complete, REVIEW, "    review: 2027-03-15")
        text = mutate(text, '  - version: "1.1"\n    date: 2027-03-31', '  - version: "1.1"\n    date: 2027-04-02')
        text = text.replace("date: 2027-04-01", "date: 2027-04-02")  # the approvals of 1.1: on its day, not before it
        assert "before revision 1.1 on 2027-04-02" in only_hint(text).message

    def test_a_status_report_is_named_with_its_date_once(self, complete: str) -> None:
        """Review 23 F19: not 'before the status report of 2027-04-20 on 2027-04-20'."""
        text = mutate(complete, REVIEW, "    review: 2027-03-15")
        text = mutate(text, "  - date: 2027-03-31                              # required, unique",
                      "  - date: 2027-04-20                              # required, unique")
        text = text.replace("id: \"2027-03-31\"", "id: \"2027-04-20\"").replace("id: 2027-03-31", "id: 2027-04-20")
        [message] = [h.message for h in run(text).hints if format_path(h.path) == "risks[0].review"]
        assert "is before the status report of 2027-04-20 (line" in message and message.count("2027-04-20") == 1

    def test_a_review_on_the_day_of_the_newest_record_is_not_overdue(self, complete: str) -> None:
        # the approvals of 2027-04-01 are not records the documents show: they approve versions of them
        assert run(mutate(complete, REVIEW, "    review: 2027-03-31")).hints == []

    def test_an_occurred_risk_is_still_reviewed(self, complete: str) -> None:
        text = mutate(mutate(complete, REVIEW, "    review: 2027-03-15"), RISK_STATUS,
                      "    status: occurred\n    occurred: 2027-03-10")  # (undated: a hint of its own)
        assert format_path(only_hint(text).path) == "risks[0].review"

    def test_a_closed_risk_needs_no_review(self, complete: str) -> None:
        text = mutate(mutate(complete, REVIEW, "    review: 2027-03-15"), RISK_STATUS,
                      "    status: closed\n    closed: 2027-03-10")
        assert run(text).hints == []


class TestObjectiveAfterTheEnd:
    """(g) An objective due after the project ends: a benefit measured after closure, which the charter should say."""

    def test_due_after_the_end(self, complete: str) -> None:
        text = mutate(complete, OBJECTIVE_DUE, "    due: 2027-12-31")
        hint = only_hint(text)
        assert format_path(hint.path) == "objectives[0].due" and hint.mark.line == line_of(text, "    due: 2027-12-31")
        assert hint.message == ("objective 'Retire the three legacy CRMs' is due 2027-12-31, after the project ends "
                                "(2027-06-30): a benefit measured after closure? say so in the objective or its "
                                "measure (and who measures it), or bring due: within the project")

    @pytest.mark.parametrize("due", ["2027-06-30", "2027-03-01"])
    def test_due_within_the_project(self, complete: str, due: str) -> None:
        assert run(mutate(complete, OBJECTIVE_DUE, f"    due: {due}")).hints == []


class TestDebtAfterTheEnd:
    """Review 30 V4: technical debt to be paid down after the project ends: who owns it then?"""

    def test_target_after_the_end(self, complete: str) -> None:
        text = mutate(complete, "    target: 2027-05-15", "    target: 2027-09-15")
        assert run(text).hints == []  # review 36: its owner and remediation say who and how; the register shows them
        text = mutate(text, "    remediation: Move the rules to a versioned configuration table   # optional\n", "")
        hint = only_hint(text)
        assert format_path(hint.path) == "technical_debt[0].target"
        assert hint.mark.line == line_of(text, "    target: 2027-09-15")
        assert hint.message == ("TD-01 is to be paid down by 2027-09-15, after the project ends (2027-06-30): say how "
                                "Tomasz Kowalski pays it down once the project has closed (remediation:), or bring "
                                "target: within the project")

    def test_without_an_owner_one_is_asked_for(self, complete: str) -> None:
        """Review 31: the hint asked for owner: when the item had one; it asks only when it has none."""
        text = mutate(complete, "    target: 2027-05-15", "    target: 2027-09-15")
        text = mutate(text, "    owner: Tomasz Kowalski                        # optional; a person\n", "")
        assert "say who owns it once the project has closed (owner:)" in only_hint(text).message

    def test_paid_down_or_within_the_project(self, complete: str) -> None:
        late = mutate(complete, "    target: 2027-05-15", "    target: 2027-09-15")
        assert run(mutate(late, "    status: planned  ", "    status: paid-down")).hints == []
        assert run(complete).hints == []


SCHEDULE = ("      rating: amber\n      note: Identity resolution slipped one week; recovery plan agreed\n")
FORECAST = "        date: 2027-06-04"


class TestGreenSchedule:
    """A schedule rated green with no note while the same report forecasts a milestone after its date."""

    def test_green_beside_a_late_forecast(self, complete: str) -> None:
        text = mutate(mutate(complete, SCHEDULE, "      rating: green\n"), FORECAST, "        date: 2027-06-21")
        hint = only_hint(text)
        assert format_path(hint.path) == "status_reports[0].schedule.rating"
        assert hint.message == ("the schedule is rated green but milestone 'Full cut-over to the new platform' is "
                                "forecast 10 days after its date: rate it amber with a note, or add note: saying why "
                                "green still holds (a tolerance agreed with the sponsor, say)")

    def test_green_beside_a_milestone_reached_late(self, complete: str) -> None:
        """Reviews 162a F15, 162b F10: a milestone the report records reached, 43 days after its date, was said to
        be "forecast" that late."""
        text = mutate(complete, SCHEDULE, "      rating: green\n")
        text = mutate(text, FORECAST, FORECAST + "\n      - milestone: Pilot migration complete\n        date: 2027-03-28")
        hint = only_hint(text)
        assert hint.message.startswith("the schedule is rated green but milestone 'Pilot migration complete' was "
                                       "reached 13 days after its date"), hint.message

    def test_green_beside_a_forecast_on_the_date_a_change_moved_it_to(self, complete: str) -> None:
        """Reviews 165a F3, 165c F3: "forecast 14 days after its date", the date an approved change the dates do not
        include had moved it to, which the report said was on its baseline."""
        text = mutate(complete, SCHEDULE, "      rating: green\n")
        text = mutate(text, FORECAST, "        date: 2027-06-16")
        moved = mutate(text, "        in_baseline: true\n",
                       "        in_baseline: false\n        milestones: [Full cut-over to the new platform]\n")
        assert not [h for h in run(moved).hints if "is rated green but" in h.message]
        assert [h for h in run(text).hints if "is rated green but" in h.message]

    @pytest.mark.parametrize("schedule, forecast", [
        ("      rating: green\n", FORECAST),  # forecast early: nothing to question
        ("      rating: green\n      note: Within the two-week tolerance agreed with the sponsor\n",
         "        date: 2027-06-21"),  # the note says why
        (SCHEDULE, "        date: 2027-06-21"),  # amber already
    ])
    def test_no_hint(self, complete: str, schedule: str, forecast: str) -> None:
        text = mutate(mutate(complete, SCHEDULE, schedule), FORECAST, forecast)
        assert run(text).hints == []


def test_a_milestone_reached_on_no_day_given_is_hinted(complete: str) -> None:
    """Review 53a F5: "reached (reported done; date not recorded)" in three reports, and no hint said which answer
    would give the day."""
    undated = mutate(complete, "    done: [Pilot migration signed off on 2027-03-28]", "    done: [Pilot migration signed off]")
    said = [h for h in run(undated).hints if "is reached, as the status report of" in h.message]
    assert len(said) == 1 and "milestone 'Pilot migration complete'" in said[0].message
    assert format_path(said[0].path) == "status_reports[0]"
    assert not [h for h in run(complete).hints if "is reached, as the status report of" in h.message]


def test_a_milestone_due_on_the_reports_own_day_is_hinted_when_the_report_does_not_say(complete: str) -> None:
    """Review 161c F5: a milestone due on the report's own day read "due on this report's date; no forecast in this
    report, and whether it was reached is not recorded", and no hint asked for it (only later days were hinted)."""
    on_the_day = mutate(mutate(complete, "    date: 2027-03-15                              # within the project dates",
                               "    date: 2027-03-31"),
                        "    done: [Pilot migration signed off on 2027-03-28]", "    done: [Data profiling]")
    on_the_day = mutate(on_the_day, "Pilot migration done; identity", "Identity")
    said = [h for h in run(on_the_day).hints if "neither gives it a forecast nor says it was reached" in h.message]
    assert len(said) == 1 and "milestone 'Pilot migration complete' was due on 2027-03-31" in said[0].message
    assert format_path(said[0].path) == "status_reports[0]"
    told = mutate(on_the_day, "    done: [Data profiling]", "    done: [Pilot migration complete (2027-03-31)]")
    assert not [h for h in run(told).hints if "neither gives it a forecast" in h.message]


def test_a_report_forecasting_the_milestone_later_does_not_say_it_is_reached(complete: str) -> None:
    """Review 63a E1: a done item named the milestone's only deliverable accepted while the same report forecast the
    milestone weeks ahead, and the hint said it was reached (the documents, reading the forecast, did not)."""
    undated = mutate(complete, "    done: [Pilot migration signed off on 2027-03-28]", "    done: [Pilot migration signed off]")
    ahead = mutate(undated, FORECAST, FORECAST + "\n      - milestone: Pilot migration complete\n        date: 2027-04-20")
    assert not [h for h in run(ahead).hints if "is reached, as the status report of" in h.message]

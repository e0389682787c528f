"""What a change's words and a revision's words say about the milestone dates as recorded."""

from __future__ import annotations

import datetime as dt

from generator.questionnaire.baseline_moves import moved_from, moved_to, names_rebaseline

MILESTONES = [("Requirements baseline approved", dt.date(2025, 6, 27)), ("Contract awarded", dt.date(2025, 11, 28)),
              ("Pilot migration complete (CRM-North)", dt.date(2027, 3, 26))]


def test_from_one_date_to_another_names_the_milestone_still_on_the_first() -> None:
    text = "Move Contract awarded from 2025-11-28 to 2026-02-20"
    assert moved_from([text], MILESTONES) == (1, "2025-11-28", "2026-02-20")
    assert moved_from(["Move Contract awarded from 2025-11-20 to 2026-02-20"], MILESTONES) is None


def test_to_a_later_date_names_the_milestone_by_the_start_of_its_words() -> None:
    """Review 59c F2: "Re-baseline the contract award to 2026-02-20"."""
    assert moved_to(["Re-baseline the contract award to 2026-02-20"], MILESTONES) == (1, "2025-11-28", "2026-02-20")
    assert moved_to(["Extend the pilot migration until 2027-04-09"], MILESTONES) == (2, "2027-03-26", "2027-04-09")
    # the date it already has, an earlier one, or words naming no milestone well enough: nothing
    assert moved_to(["Re-baseline the contract award to 2025-11-28"], MILESTONES) is None
    assert moved_to(["Re-baseline the contract award to 2025-10-01"], MILESTONES) is None
    assert moved_to(["Move the pilot to 2027-04-09"], MILESTONES) is None  # one word of three
    assert moved_to(["Contract awarded on 2026-02-20"], MILESTONES) is None  # "on" a day is not a move


def test_a_revision_says_it_re_baselined_for_a_request_by_its_id() -> None:
    assert names_rebaseline("Contract award re-baselined after procurement challenge (CR-002)", "CR-002")
    assert not names_rebaseline("Contract award re-baselined after procurement challenge (CR-002)", "CR-02")
    assert not names_rebaseline("CR-002 incorporated", "CR-002")


def test_one_reading_serves_both_forms() -> None:
    from generator.questionnaire.baseline_moves import moved

    assert moved(["Move Contract awarded from 2025-11-28 to 2026-02-20"], MILESTONES) == (1, "2025-11-28", "2026-02-20")
    assert moved(["Re-baseline the contract award to 2026-02-20"], MILESTONES) == (1, "2025-11-28", "2026-02-20")
    assert moved(["No date named"], MILESTONES) is None

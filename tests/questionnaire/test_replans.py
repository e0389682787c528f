"""What a revision's words say of the plan's dates: re-baselined for a request, or set again."""

from __future__ import annotations

from generator.questionnaire.replans import names_rebaseline, says_replanned



def test_a_revision_says_it_re_baselined_for_a_request_by_its_id() -> None:
    assert names_rebaseline("Contract award re-baselined after procurement challenge (CR-002)", "CR-002")
    assert not names_rebaseline("Contract award re-baselined after procurement challenge (CR-002)", "CR-02")
    assert not names_rebaseline("CR-002 incorporated", "CR-002")
    # review 71c: the dates said to be updated for it, in German or English
    assert names_rebaseline("Meilenstein Gate 2 und Phasenplan gemäß CR-001 angepasst", "CR-001")
    assert names_rebaseline("Milestone dates updated for CR-002", "CR-002")
    assert not names_rebaseline("Risk register updated; CR-002 raised", "CR-002")
    assert not names_rebaseline("Scope statement updated for CR-002", "CR-002")
    assert names_rebaseline("Pilot go/no-go moved to 2026-07-31 per CR-001", "CR-001")  # review 75c F1
    # review 83b F7: a day in words, and German "Termine"
    assert names_rebaseline("Wave 1 moved to June 14 after the third payroll parallel run (CR-03)", "CR-03")
    assert names_rebaseline("Änderung eingearbeitet (CR-001), Budget und Termine angepasst", "CR-001")
    assert not names_rebaseline("Status report added (CR-03)", "CR-03")
    # review 89a F5: the clause that moves a date names CR-005, not CR-001
    summary = "Pilot date moved to 22 March 2027 (CR-005); CR-001 added to scope"
    assert names_rebaseline(summary, "CR-005") and not names_rebaseline(summary, "CR-001")


def test_a_revision_taking_in_a_new_milestone_date_for_a_request_re_baselines_for_it() -> None:
    """Review 105b F5: "Incorpora CR-002 (API v4 de TransAlpes) y el nuevo hito de certificación"; the June report
    showed "28 days early" against the October date CR-002 set in July."""
    assert names_rebaseline("Incorpora CR-002 (API v4 de TransAlpes) y el nuevo hito de certificación", "CR-002")
    assert names_rebaseline("CR-004 taken in, with the new milestone date for go-live", "CR-004")
    assert not names_rebaseline("Incorpora CR-002 (API v4 de TransAlpes)", "CR-002")


def test_a_revision_moving_dates_for_one_request_of_several_it_takes_in_names_that_one() -> None:
    """Review 118c F10: "Änderungsanträge CR-01 bis CR-03 eingearbeitet, Rollout-Termine nach CR-03 verschoben": the
    dates were moved for CR-03, said not recorded; CR-02 is not said to be in them."""
    summary = "Änderungsanträge CR-01 bis CR-03 eingearbeitet, Rollout-Termine nach CR-03 verschoben"
    assert names_rebaseline(summary, "CR-03") and not names_rebaseline(summary, "CR-02")
    assert names_rebaseline("Milestone dates updated for CR-002, CR-003 and CR-004", "CR-003")


def test_a_summary_naming_one_request_and_saying_the_dates_moved_re_baselines_for_it() -> None:
    """Review 132c F3: the charter said it was not recorded whether the dates include CR-001."""
    summary = ("CR-001 (agent float-reversal scenario) added to scope; Feature store due date moved from 31st July to "
               "29th August 2025")
    assert names_rebaseline(summary, "CR-001") and not names_rebaseline(summary, "CR-002")
    assert not names_rebaseline("CR-001 and CR-002 added to scope; go-live date moved to 2025-09-15", "CR-001")
    assert not names_rebaseline("CR-001 added to scope; risk register updated", "CR-001")


def test_a_swedish_and_a_norwegian_new_schedule_re_baseline_for_the_request_they_name() -> None:
    """Reviews 132a F5, 132c F3."""
    assert names_rebaseline("Ny tidplan efter styrgruppens beslut 2026-09-22 (CR-003)", "CR-003")
    assert names_rebaseline("CR-01: milepæler flyttet ca. åtte uker", "CR-01")
    assert not names_rebaseline("CR-02 innarbeidet", "CR-02")


def test_a_re_plan_naming_no_request_is_read() -> None:
    """Review 132c F4: "Ny plan etter oppstart 3. mars 2025 - milepæler flyttet ca. åtte uker"."""
    assert says_replanned("Ny plan etter oppstart 3. mars 2025 - milepæler flyttet ca. åtte uker")
    assert not says_replanned("CR-01 innarbeidet; milepæler flyttet") and not says_replanned("Risk register updated")


def test_a_move_said_of_one_id_is_not_said_of_the_one_before_it() -> None:
    """Review 154a F3: "CR-003 (ICB-funded) and CR-004 (SitRep milestone moved to 26 June 2026)" read as the dates
    including CR-003 "as revision 1.2 says"."""
    from generator.questionnaire.replans import names_rebaseline

    summary = "CR-003 (ICB-funded) and CR-004 (SitRep milestone moved to 26 June 2026)"
    assert names_rebaseline(summary, "CR-004") and not names_rebaseline(summary, "CR-003")
    assert names_rebaseline("Milestones moved for CR-002 and CR-003", "CR-002")

"""Dates in order: the project's end after its start."""

from __future__ import annotations

import datetime as dt

from generator.diagnostics import format_path
from tests.conftest import mutate, run


def test_end_equal_to_start_is_an_error(example: str) -> None:
    text = mutate(example, "  end: 2027-06-30", "  end: 2027-01-11")
    messages = [d.message for d in run(text).diagnostics if format_path(d.path) == "project.end"]
    assert messages and "on the day it starts" in messages[0]


def test_a_change_moving_a_milestone_from_the_date_it_still_has_is_not_in_the_baseline() -> None:
    """Review 52b F2: "Schedule re-baselined after CR-002" beside CR-002 moving "Integration test exit from 2026-08-28
    to 2026-09-18" and the milestone still dated 2026-08-28: the documents said the dates included it, and the
    report counted the approved move as 21 days late."""
    from generator.render.templates import render_project
    from tests.conftest import ROOT

    example = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    text = mutate(example, "      description: Carry the marketing opt-in flag and its timestamp per contact, not just "
                           "per account", "      description: Move Pilot migration complete (CRM-North) from 2027-03-26 "
                                          "to 2027-03-31")
    text = mutate(text, "      schedule_days: 5\n", "      schedule_days: 5\n        in_baseline: true\n")
    result = run(text)
    said = [d for d in result.diagnostics if "moves 'Pilot migration complete (CRM-North)' from 2027-03-26" in d.message]
    assert said and format_path(said[0].path) == "milestones[1].date"
    assert "its impact.in_baseline says the dates include it" in said[0].message
    unanswered = run(mutate(text, "        in_baseline: true\n", ""))
    assert not [d for d in unanswered.diagnostics if "moves 'Pilot" in d.message]  # no revision says it either
    assert unanswered.questionnaire is not None
    charter = next(d.markdown for d in render_project(unanswered.questionnaire) if d.slug == "project-charter")
    assert ("The milestone dates as recorded do not include the approved change CR-001 (assessed as moving the schedule 5 days "
            "later): Pilot migration complete (CRM-North) is still recorded on 2027-03-26, the date CR-001 moves it "
            "from (to 2027-03-31).") in charter


def test_a_change_moving_a_milestone_to_a_later_date_by_its_words_is_not_in_the_baseline() -> None:
    """Review 59c F2: "Re-baseline the contract award to 2026-02-20" beside "Contract awarded" still on 2025-11-28
    and a revision "Contract award re-baselined after procurement challenge (CR-002)": the documents said the dates
    included the change."""
    from generator.render.templates import render_project
    from tests.conftest import ROOT

    example = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    text = mutate(example, "      description: Carry the marketing opt-in flag and its timestamp per contact, not just "
                           "per account", "      description: Re-baseline the pilot migration to 2027-03-31")
    text = mutate(text, "      schedule_days: 5\n", "      schedule_days: 5\n        in_baseline: true\n")
    said = [d for d in run(text).diagnostics if "moves 'Pilot migration complete (CRM-North)' from 2027-03-26 to "
            "2027-03-31" in d.message]
    assert said and format_path(said[0].path) == "milestones[1].date"
    unanswered = run(mutate(text, "        in_baseline: true\n", ""))
    assert unanswered.questionnaire is not None
    charter = next(d.markdown for d in render_project(unanswered.questionnaire) if d.slug == "project-charter")
    assert ("Pilot migration complete (CRM-North) is still recorded on 2027-03-26, the date CR-001 moves it from (to "
            "2027-03-31).") in charter
    # words naming no milestone, or a date the milestone already has, say nothing
    for description in ("Re-baseline the pilot migration to 2027-03-26", "Move the reporting cut-over to 2027-03-31"):
        quiet = run(mutate(text, "Re-baseline the pilot migration to 2027-03-31", description))
        assert not [d for d in quiet.diagnostics if "moves 'Pilot" in d.message], description


def test_a_gate_milestone_dated_apart_from_its_phases_end_is_warned() -> None:
    """Review 92b V3: "Gate 1 – project approved" on 2025-11-14 for a phase ending 2025-10-31 with its gate "Gate 1 –
    Project approval": the documents put the gate at the phase's end, beside the milestone's date."""
    from generator.questionnaire.check_dates import gate_milestone
    from tests.conftest import ROOT

    text = (ROOT / "content" / "projects" / "net-2027.yaml").read_text(encoding="utf-8")
    assert not [w for w in run(text).diagnostics if "reads as that gate" in w.message]
    apart = mutate(mutate(text, "      gate: Design authority approval", "      gate: Gate 1 – Design authority approval"),
                   "  - name: Design approved\n    date: 2027-03-31", "  - name: Gate 1 – design approved\n    date: 2027-04-14")
    found = [w for w in run(apart).diagnostics if "reads as that gate" in w.message]
    assert len(found) == 1 and format_path(found[0].path) == "project.phases[0].end"
    assert "is dated 2027-04-14" in found[0].message
    assert gate_milestone("Gate 1 – Project approval", "Charter approved (Gate 1)")
    assert gate_milestone("Pilot evaluation board", "pilot  evaluation board")
    assert not gate_milestone("Go-live besluit stuurgroep", "Go-live")  # the work's milestone, not the gate's
    assert not gate_milestone("Gate 2 – factory acceptance test passed", "FAT passed")
    assert not gate_milestone("Gate 1 – approval", "Gate 2 – approval")


def test_a_move_written_in_the_decisions_notes_is_read_as_the_requests() -> None:
    """A milestone's move written in the notes of the decision approving the request ("moves from ... to ..."), not
    in its description, is read the same way."""
    from tests.conftest import ROOT

    example = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    text = mutate(example, "        notes: Approved within contingency; Fatima Al-Sayed to confirm field definitions "
                           "before sprint 4", "        notes: Approved; Pilot migration complete (CRM-North) moves from "
                                              "2027-03-26 to 2027-03-31")
    text = mutate(text, "      schedule_days: 5\n", "      schedule_days: 5\n        in_baseline: true\n")
    said = [d for d in run(text).diagnostics if "moves 'Pilot migration complete (CRM-North)' from 2027-03-26" in d.message]
    assert said and format_path(said[0].path) == "milestones[1].date"


def test_a_day_with_slashes_either_way_in_a_job_is_hinted_at(clean: str) -> None:
    """Review 154b F1: "acting program manager 8/3/2026 - 9/11/2026" read as March to November."""
    text = mutate(clean, "    role: Lead Data Engineer", "    role: Lead Data Engineer (acting PM 8/3/2026 - 9/11/2026)")
    [hint] = [d for d in run(text).hints if "may be" in d.message]
    assert hint.message.startswith("'8/3/2026' may be 8 March or August 3: write it as 2026-03-08 or 2026-08-03")
    settled = mutate(clean, "    role: Lead Data Engineer", "    role: Lead Data Engineer (acting PM 8/3/2026 - 9/14/2026)")
    assert not [d for d in run(settled).hints if "may be" in d.message]  # 9/14 says the month comes first


def test_an_american_project_reads_a_job_s_slashed_days_month_first_and_is_not_hinted_at(clean: str) -> None:
    """Review 154b F1: in an en-US project, "Acting Project Manager 3/1/2027 - 4/9/2027" is March 1 to April 9:
    the project manager is signed for by the stand-in in March, by nobody in May; the job's days are not hinted at."""
    from generator.questionnaire.approval import deputy_of

    text = mutate(clean, "    role: Lead Data Engineer", "    role: Lead Data Engineer (Acting Project Manager 3/1/2027 - 4/9/2027)")
    text = mutate(text, "    role: Project Manager", "    role: Project Manager (on leave 3/1/2027 - 4/9/2027)")
    british = run(text)
    assert british.questionnaire and deputy_of(british.questionnaire, "Sam Lee", dt.date(2027, 5, 3)) == "Lee Chen"
    american = run(mutate(text, "  language: en ", "  language: en-US"))
    assert american.questionnaire and not [d for d in american.hints if "may be" in d.message]
    assert deputy_of(american.questionnaire, "Sam Lee", dt.date(2027, 3, 15)) == "Lee Chen"
    assert deputy_of(american.questionnaire, "Sam Lee", dt.date(2027, 5, 3)) is None


def test_a_revision_moving_a_changes_date_to_a_day_no_milestone_has_is_no_rebaseline(clean: str) -> None:
    """Review 155a F2: revision "CR-02 remediation sprint; launch moved to 13 May", the launch still dated 29 April:
    three documents said the dates included CR-02 beside a launch "14 days late"."""
    from generator.view.context import build_context

    text = mutate(clean, "    summary: Baseline approved by the sponsor\n",
                  "    summary: Baseline approved by the sponsor\n  - version: \"1.1\"\n    date: 2027-02-15\n"
                  "    author: Sam Lee\n    summary: CR-001 rework; go-live moved to 2027-05-13\n")
    result = run(text)
    [warning] = [d for d in result.diagnostics if "to a day no milestone is dated" in d.message]
    assert format_path(warning.path).startswith("change_control.requests[") and result.questionnaire
    cr = next(cr for cr in result.questionnaire.change_control.requests if cr.id == "CR-001")  # type: ignore[union-attr]
    assert build_context(result.questionnaire).rebaselined_in(cr) is None


def test_a_slashed_day_in_a_job_is_not_hinted_at_in_a_project_not_written_in_english(clean: str) -> None:
    """Review 155b F9: "'01/10/2026' may be 1 October or January 10" in a Swahili project, whose days are read day
    first."""
    text = mutate(clean, "    role: Lead Data Engineer", "    role: Lead Data Engineer (kaimu PM 01/10/2026 - 09/11/2026)")
    assert [d for d in run(text).hints if "may be" in d.message]
    assert not [d for d in run(mutate(text, "  language: en ", "  language: sw-KE")).hints if "may be" in d.message]


def test_a_change_whose_moves_nobody_names_gets_a_hint_when_a_report_predates_it() -> None:
    """Review 162a F1: a request moving the schedule 21 days, the dates including it, its words naming no day, and the
    reports before it measured against the dates it set; impact.milestones names the milestones it moved."""
    from tests.questionnaire.conftest import complete_text

    later = mutate(complete_text(), "        date: 2027-02-10\n        notes: Approved within contingency",
                   "        date: 2027-04-02\n        notes: Approved within contingency")
    said = [h for h in run(later).hints if "nothing says which milestones it moved" in h.message]
    assert len(said) == 1 and format_path(said[0].path) == "change_control.requests[0].impact"
    assert "status reports dated before its decision (2027-04-02)" in said[0].message
    named = mutate(later, "        in_baseline: true\n", "        in_baseline: true\n        milestones: [Pilot migration complete]\n")
    assert not [h for h in run(named).hints if "nothing says which milestones it moved" in h.message]
    assert not [h for h in run(complete_text()).hints if "nothing says which milestones it moved" in h.message]

"""Whether a status report says a milestone was reached: its done items, its summary, and the hint when neither does."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.questionnaire import model as m
from generator.questionnaire.reached import (Told, dated, day_done, delivered, delivered_by, listed_reached, names_done,
                                            says_reached)


def test_a_milestone_whose_name_says_it_was_reached_is_reached_by_a_done_item_saying_what_for() -> None:
    """Review 42a F3: "Purchase order signed for GBP 560,000 hardware and services" among the done items, and the
    milestone "Purchase order signed" read "whether reached is not recorded" under "Purchase order signed."."""
    assert names_done(["Purchase order signed for GBP 560,000 hardware and services"], "Purchase order signed")
    assert names_done(["Go-live approved by the board"], "Go-live approved")
    assert not names_done(["Pilot complete for 2 of 3 stores"], "Pilot complete")  # a part of it
    assert not names_done(["Pilot complete except Leeds"], "Pilot complete")
    assert not names_done(["Pilot planning for Leeds"], "Pilot")  # a name that does not say it was reached



def test_a_done_item_gives_the_day_only_as_an_iso_date_after_the_name() -> None:
    assert day_done(["Parallel run started 2026-11-02"], "Parallel run started") == dt.date(2026, 11, 2)
    assert day_done(["Parallel run started on 2 November"], "Parallel run started") is None  # reached, day not read
    assert names_done(["Parallel run started on 2 November"], "Parallel run started")


def test_a_milestone_is_reached_when_every_deliverable_it_lists_is_done() -> None:
    gate = m.Milestone(name="Gap report accepted", date=dt.date(2026, 11, 13), deliverables=["Gap analysis report"])
    assert delivered(["Gap analysis report accepted"], gate)
    assert not delivered(["Gap analysis started"], gate)
    two = m.Milestone(name="Go-live", date=dt.date(2026, 11, 13), deliverables=["Portal", "Runbook"])
    assert not delivered(["Portal live"], two) and delivered(["Portal live", "Runbook"], two)
    assert not delivered(["Go-live"], m.Milestone(name="Go-live", date=dt.date(2026, 11, 13)))  # lists none


def test_a_summary_that_says_a_milestone_was_reached_on_a_day_gives_that_day() -> None:
    """Reviews 44b F1, 44c F4: "Gap assessment accepted on 2026-05-15" in the summary was "whether reached is not
    recorded" in the same report."""
    from generator.questionnaire.reached import said_reached

    until = dt.date(2026, 6, 30)
    assert said_reached("Gap assessment accepted on 2026-05-15; audit window open.", "Gap assessment accepted",
                        until) == dt.date(2026, 5, 15)
    assert said_reached("Le premier paiement réel via Adyen a été encaissé le 2026-05-13 comme prévu.",
                        "Premier paiement réel via Adyen", until) == dt.date(2026, 5, 13)
    for text in ("Gap assessment accepted slipped to 2026-05-15.", "Gap assessment accepted is planned for 2026-05-15",
                 "Gap assessment accepted on 2026-07-15", "Gap assessment accepted for 2 of 3 units on 2026-05-15",
                 "Gap assessment accepted 2026-05-10, not 2026-05-15", "Gap assessment accepted"):
        assert said_reached(text, "Gap assessment accepted", until) is None, text


def test_a_summary_saying_a_go_live_went_live_on_a_day_gives_that_day() -> None:
    """Review 135a F1: "Pilot went live at the 4 pilot offices on 2nd September 2024" and "Wave 1 is live in all 18
    offices since 18th November 2024" beside "reached (reported done; date not recorded)"."""
    from generator.questionnaire.reached import said_reached

    text = ("Pilot went live at the 4 pilot offices on 2nd September 2024 and 3,140 e-files were opened. Wave 1 is "
            "live in all 18 offices since 18th November 2024. Wave 2 go-live is proposed to move to 17th February "
            "2025.")
    assert said_reached(text, "Pilot go-live (4 offices)", dt.date(2024, 11, 30)) == dt.date(2024, 9, 2)
    assert said_reached(text, "Wave 1 go-live (18 offices)", dt.date(2024, 11, 30)) == dt.date(2024, 11, 18)
    assert said_reached(text, "Wave 2 go-live", dt.date(2025, 3, 30)) is None
    assert said_reached("The pilot will go live on 3 March 2025.", "Pilot go-live", dt.date(2025, 3, 30)) is None


def test_a_milestone_saying_its_work_was_approved_is_not_reached_by_the_work_delivered() -> None:
    """Review 137c F2: "Zoneringsontwerp opgeleverd" (delivered) read as "Zoneringsontwerp goedgekeurd" (approved),
    which the steering group approved days later."""
    assert not names_done(["Zoneringsontwerp opgeleverd"], "Zoneringsontwerp goedgekeurd")
    assert names_done(["Zoneringsontwerp goedgekeurd"], "Zoneringsontwerp goedgekeurd")
    assert names_done(["Design accepted"], "Design approved")
    assert names_done(["Pilot migration done"], "Pilot migration complete")


def test_english_ordinal_days_and_a_romanian_since_are_read() -> None:
    """Review 136a F3: "Resolved on Friday, the ninth of October, 2026, after our MD's letter ... of 2nd October"
    read as resolved by 2 October; F4: "SOC operațional 24/7 din 30.04.2026" among the done items not read."""
    from generator.questionnaire.reached import days_in
    from generator.questionnaire.resolved_days import closed_on

    assert days_in("Resolved on Friday, the ninth of October, 2026", dt.date(2026, 10, 30)) == [dt.date(2026, 10, 9)]
    assert days_in("on the 21st of May", dt.date(2026, 10, 30)) == [dt.date(2026, 5, 21)]
    issue = m.Issue(id="I-01", raised=dt.date(2026, 9, 14), issue="Whitelisting", owner="A", priority="high",
                    status="resolved", resolution=("Resolved on Friday, the ninth of October, 2026, after our MD's "
                                                   "letter to NIBSS of 2nd October. Calls confirmed the same day."))
    assert closed_on(issue) == dt.date(2026, 10, 9)
    assert day_done(["SOC operațional 24/7 din 30.04.2026"], "SOC operațional 24/7", dt.date(2026, 4, 30)) == \
        dt.date(2026, 4, 30)


def test_days_in_czech_finnish_words_and_with_dots_and_no_year_are_read() -> None:
    """Reviews 135b F6, 135a F2: "Licence dodány a aktivovány 21. března 2025" and "MVP hyväksytty ohjausryhmässä
    20.5." were read as giving no day; a version's number is none."""
    from generator.questionnaire.reached import days_in, iso_worded

    assert days_in("Licence dodány a aktivovány 21. března 2025", dt.date(2025, 5, 1)) == [dt.date(2025, 3, 21)]
    assert days_in("MVP hyväksytty ohjausryhmässä 20.5.", dt.date(2025, 6, 30)) == [dt.date(2025, 5, 20)]
    assert days_in("Hyväksytty 20. toukokuuta 2025", dt.date(2025, 6, 30)) == [dt.date(2025, 5, 20)]
    assert days_in("Deployed version 1.2. to the pilot", dt.date(2025, 6, 30)) == []
    assert iso_worded("siirto 16.6. → 18.8.2025", dt.date(2025, 5, 26)).startswith("siirto 2025-06-16 →")
    assert iso_worded("z 15. března na 30. dubna 2025", dt.date(2025, 2, 1)) == "z 2025-03-15 na 2025-04-30"


def test_a_summary_that_says_a_milestone_was_reached_on_time_reaches_it_without_a_day() -> None:
    from generator.questionnaire.reached import says_reached

    until = dt.date(2026, 6, 30)
    assert says_reached("Policies approved on time. Platform bought.", "Policies approved", until)
    assert not says_reached("Policies approved will not be on time.", "Policies approved", until)
    assert not says_reached("Policies approved was the plan.", "Policies approved", until)


def test_a_done_item_may_leave_out_the_names_bracketed_part_and_add_what_came_with_the_day() -> None:
    """Review 44b F1: "Wave 1 migrated (2026-11-20), 64 servers" reaches "Wave 1 (non-production) migrated"."""
    assert day_done(["Wave 1 migrated (2026-11-20), 64 servers"], "Wave 1 (non-production) migrated") == dt.date(2026, 11, 20)
    assert names_done(["Wave 1 migrated (2026-11-20), 64 servers"], "Wave 1 (non-production) migrated")
    assert not names_done(["Wave 10 migrated"], "Wave 1")
    assert not names_done(["Wave 1 migrated 2026-11-20, except Leeds"], "Wave 1 migrated")


def test_validate_hints_at_a_passed_milestone_no_report_records() -> None:
    from tests.conftest import ROOT, mutate, run

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    before = run(text)
    assert not [h for h in before.hints if "was due on" in h.message]
    text = mutate(text, "      - milestone: Profiling & target model signed off\n        date: 2027-02-19\n", "")
    [hint] = [h for h in run(text).hints if "was due on" in h.message]
    assert "'Profiling & target model signed off' was due on 2027-02-19" in hint.message
    # the first report after its day (review 47c F7: the latest was named, and the fix belonged in the first)
    assert "status report of 2027-03-12" in hint.message and hint.path == ("status_reports", 0)
    # review 49c F9: the suggested line reads as English when copied ('Module library released reached on ...' did not)
    # (reviews 82a, 82b, 82c F6: "... on YYYY-MM-DD" put an English word into Italian, Portuguese and Japanese
    # reports; a day in brackets reads in every language)
    assert hint.message.endswith("list 'Profiling & target model signed off (YYYY-MM-DD)' (the day it was reached, "
                                 "in brackets) among its done items")
    for done in ("Profiling & target model signed off (2027-02-19)", "Profiling & target model signed off on 2027-02-19",
                 "Profiling & target model signed off（2027-02-19）"):
        followed = mutate(text, "    done: [", f"    done: [{done}, ")
        assert not [h for h in run(followed).hints if "was due on" in h.message], done  # read as reached


def test_a_done_item_naming_the_milestone_and_saying_it_was_done_in_any_words_reaches_it() -> None:
    """Reviews 45a F3, 45b F5: "Hito «MVP interno en preproducción» alcanzado el 2026-04-24", "Go decision for group
    rollout given by the project board" and "... since 2026-07-06" were not read as reached."""
    assert day_done(["Hito «MVP interno en preproducción» alcanzado el 2026-04-24"],
                    "MVP interno en preproducción") == dt.date(2026, 4, 24)
    assert names_done(["Go decision for group rollout given by the project board"], "Go decision for group rollout")
    assert day_done(["Pilot live at Shannonside University Hospital since 2026-07-06"],
                    "Pilot live at Shannonside University Hospital") == dt.date(2026, 7, 6)
    assert not names_done(["Prepared the Go decision for group rollout paper, not yet approved"],
                          "Go decision for group rollout")
    assert not names_done(["Wave 2 migrated for 2 of 3 sites"], "Wave 2")


def test_a_day_written_in_words_is_read_in_the_reports_year() -> None:
    """Review 50c F4: "Policies were approved on 19 June" and "approved and published on 19 June" were read as giving
    no day ("reached (reported done; date not recorded)")."""
    from generator.questionnaire.reached import days_in, said_reached

    june = dt.date(2026, 6, 26)
    assert said_reached("Policies approved on 19 June and published.", "Policies approved", june) == dt.date(2026, 6, 19)
    assert day_done(["Policies approved and published on 19 June"], "Policies approved", june) == dt.date(2026, 6, 19)
    assert days_in("Signed off on June 19, 2025", june) == [dt.date(2025, 6, 19)]
    assert days_in("validée le 13 février", june) == [dt.date(2026, 2, 13)]
    assert days_in("am 19. Juni abgenommen", june) == [dt.date(2026, 6, 19)]
    assert days_in("aprobado el 19 de junio", june) == [dt.date(2026, 6, 19)]
    assert days_in("approved on 30 December", dt.date(2027, 1, 8)) == [dt.date(2026, 12, 30)]  # the year before
    assert days_in("the May 2026 budget, release 2.10", june) == [] and days_in("on 19 June") == []  # no report date
    assert days_in("31 June", june) == []  # no such day
    # review 96a F6: a day written with dots, day first ("Validierungsplan genehmigt (30.09.2026)")
    assert days_in("Validierungsplan genehmigt (30.09.2026)") == [dt.date(2026, 9, 30)]
    assert days_in("Prostředí obnoveno 24. 2. 2025, testy dohnány") == [dt.date(2025, 2, 24)]  # (review 145a: Czech)
    assert days_in("zaključeno 3. oktobra 2026", june) == [dt.date(2026, 10, 3)]  # (review 146a: Slovenian)
    assert day_done(["Validierungsplan genehmigt (30.09.2026)"], "Validierungsplan genehmigt", june) == (
        dt.date(2026, 9, 30))
    assert days_in("am 31.02.2026") == []  # no such day


def test_a_done_item_giving_its_day_then_more_words_reaches_the_milestone() -> None:
    """Review 50b V2: "Baseline model validated on 2026-12-18 at 29.1% WMAPE" was not read as reached."""
    assert day_done(["Baseline model validated on 2026-12-18 at 29.1% WMAPE"], "Baseline model validated") == \
        dt.date(2026, 12, 18)


def test_a_done_item_naming_a_milestone_more_fully_reaches_it() -> None:
    """Review 51c F4: "Feature pipeline live in shadow mode" (done) left the milestone "Pipeline live in shadow mode"
    "not forecast" in the report and "whether reached is not recorded" on the sponsor's page."""
    assert names_done(["Feature pipeline live in shadow mode"], "Pipeline live in shadow mode")
    assert names_done(["Real-time feature pipeline live in shadow mode."], "Pipeline live in shadow mode")
    for item in ("Preparation for pipeline live in shadow mode", "Planned pipeline live in shadow mode",
                 "Partial pipeline live in shadow mode", "Pipeline live in shadow mode next"):
        assert not names_done([item], "Pipeline live in shadow mode"), item
    assert not names_done(["Preparation for go-live"], "Go-live")  # a short name is not read inside another
    assert not names_done(["Cutover go-live"], "Go-live")


def test_a_milestone_that_is_an_event_of_its_own_is_not_reached_by_its_deliverable_done() -> None:
    """Review 55b F1: "Rules fallback engine chaos-tested" made "Northbridge live at 100% traffic" reached."""
    live = m.Milestone(name="Northbridge live at 100% traffic", date=dt.date(2026, 5, 22),
                       deliverables=["Rules fallback engine"])
    assert not delivered(["Rules fallback engine chaos-tested"], live)
    gate = m.Milestone(name="Gap report accepted", date=dt.date(2026, 11, 13), deliverables=["Gap analysis report"])
    assert delivered(["Gap analysis report accepted"], gate)  # the milestone is its deliverable done


def test_a_done_item_holding_the_milestones_words_but_one_reaches_it() -> None:
    """Review 56a F2: "Wards 4 and 5 live" among the done items, and the milestone "Pilot wards live (wards 4 and 5)"
    read "no forecast in this report" beside a summary saying the wards went live."""
    assert names_done(["Wards 4 and 5 live"], "Pilot wards live (wards 4 and 5)")
    assert not names_done(["Wards 4 and 5 not live"], "Pilot wards live (wards 4 and 5)")  # a word of a delay
    assert not names_done(["Wards 4 and 5 live"], "First wards live (wards 4 and 5)")  # a part: the first of them
    assert not names_done(["All stores live"], "Phase 2 live in all stores")  # three words more
    assert not names_done(["Pilot live"], "Pilot wards live")  # two words are too few to tell


def test_a_summary_giving_two_days_gives_the_milestones_in_its_clause() -> None:
    """Review 56a F6: "The clinical safety case was approved on 30 May and the pilot go-live ... is confirmed for
    10 June" gave no day, so the report read "date not recorded"."""
    from generator.questionnaire.reached import said_reached

    summary = ("Build and configuration finished. The clinical safety case was approved on 30 May and the pilot "
               "go-live on wards 4 and 5 is confirmed for 10 June.")
    assert said_reached(summary, "Clinical safety case approved", dt.date(2025, 5, 30)) == dt.date(2025, 5, 30)
    assert said_reached(summary, "Pilot go-live", dt.date(2025, 5, 30)) is None  # confirmed for: a plan


def test_a_done_item_naming_a_milestone_by_its_head_words_gives_the_day_in_words() -> None:
    """Review 58c F2, F3: "Pilot go/no-go passed on 14 November" and "Pilot go-live on 2 June" (for "Pilot go-live
    with North region agents") left the milestones "reached (date not recorded)" and "no forecast"."""
    november = dt.date(2025, 11, 21)
    assert day_done(["Pilot go/no-go passed on 14 November"], "Pilot go/no-go", november) == dt.date(2025, 11, 14)
    june = dt.date(2025, 6, 27)
    assert day_done(["Pilot go-live on 2 June"], "Pilot go-live with North region agents", june) == dt.date(2025, 6, 2)
    assert day_done(["Go-live on 2 June"], "Go-live for wave 1", june) is None  # one word: too little to tell


def test_a_done_item_naming_a_milestone_in_other_forms_of_its_first_words_with_the_day_reaches_it() -> None:
    """Review 60b F1: "Sandbox opened on 2026-04-15" beside "Sandbox open to third-party providers" read as "no
    forecast; its baseline date has passed" in the report whose summary said the sandbox opened on time."""
    sandbox = "Sandbox open to third-party providers"
    assert day_done(["Sandbox opened on 2026-04-15"], sandbox, dt.date(2026, 4, 30)) == dt.date(2026, 4, 15)
    assert day_done(["Pilot migrated on 2027-03-20"], "Pilot migration complete (CRM-North)") == dt.date(2027, 3, 20)
    # no day, a delay, a part, or too few of its words: nothing
    for item in ("Sandbox opened", "Sandbox opening delayed to 2026-05-01", "Sandbox opened to 2 of 5 providers on "
                 "2026-04-15", "Sandboxes reviewed on 2026-04-15"):
        assert day_done([item], sandbox, dt.date(2026, 4, 30)) is None, item
    assert day_done(["Gateway design on 2026-04-01"], "Gateway designed, built, tested and approved") is None


def test_a_milestone_named_as_reached_is_done_by_an_item_saying_where() -> None:
    """Review 61b F1: "Platform commissioned at both sites" left "Platform commissioned" as date passed."""
    assert names_done(["Platform commissioned at both sites"], "Platform commissioned")
    assert not names_done(["Platform commissioned at 1 of 2 sites"], "Platform commissioned")
    assert not names_done(["Platform commissioned except Leeds"], "Platform commissioned")


def test_a_milestone_re_baselined_to_a_day_is_not_reached_then() -> None:
    """Review 62a F1: "FAT complete re-baselined to 19 December." in a report of 2025-10-31 read as reached on
    2024-12-19, 365 days early."""
    from generator.questionnaire.reached import said_reached

    until = dt.date(2025, 10, 31)
    assert said_reached("CR-002 approved; FAT complete re-baselined to 19 December.", "FAT complete", until) is None
    assert said_reached("FAT complete on 19 December.", "FAT complete", until) is None  # ten months back: not read
    assert said_reached("FAT complete on 19 October.", "FAT complete", until) == dt.date(2025, 10, 19)


def test_a_milestone_met_is_reached() -> None:
    """Review 64a F1: "Platform ready milestone met on 2026-09-30" among the done items, and three documents said
    whether it was reached is not recorded ("met" is the word most PMs use)."""
    until = dt.date(2026, 10, 30)
    for item in ("Platform ready milestone met on 2026-09-30", "Platform ready met on 2026-09-30"):
        assert day_done([item], "Platform ready", until) == dt.date(2026, 9, 30), item
    assert names_done(["Platform ready milestone met"], "Platform ready")
    assert not names_done(["Team met the vendor about Platform ready"], "Platform ready")


def test_a_milestone_sharing_an_acronym_with_its_deliverables_is_reached_when_each_is_done() -> None:
    """Review 65a F1: "API live in production" listing "Policy API v1" and "Developer portal", both listed as live,
    read as not recorded in three documents."""
    from generator.questionnaire.reached import all_delivered

    assert all_delivered(["Policy API v1 live", "Developer portal live"], "API live in production",
                         ["Policy API v1", "Developer portal"])
    assert not all_delivered(["Policy API v1 live"], "API live in production", ["Policy API v1", "Developer portal"])


def test_a_done_item_naming_a_milestone_without_one_hyphened_word_reaches_it() -> None:
    """Review 68c F1: "Wave 1 complete - 1,104 mailboxes and 690 laptops" and "Wave 2 complete" were not read as
    reaching "Wave 1 cut-over complete" and "Wave 2 cut-over complete"; the report said they were not listed as done."""
    from generator.questionnaire.reached import names_done

    assert names_done(["Wave 1 complete - 1,104 mailboxes and 690 laptops"], "Wave 1 cut-over complete")
    assert names_done(["Wave 2 complete"], "Wave 2 cut-over complete")
    assert not names_done(["Wave 1 complete"], "Wave 2 cut-over complete")  # another wave
    assert not names_done(["Wave 2 planning complete"], "Wave 2 cut-over complete")


def test_a_done_item_with_a_note_in_brackets_reaches_its_milestone() -> None:
    """Review 70b F2: "Design system v1 published (40 components)"."""
    from generator.questionnaire.reached import names_done

    assert names_done(["Design system v1 published (40 components)"], "Design system v1 published")


def test_a_done_item_gives_the_day_after_on_in_the_answers_language() -> None:
    """Review 71a F6: "Pilot afgerond op 2025-04-25", the form validate's hint asks for, written in Dutch, was not
    read."""
    assert day_done(["Pilot afgerond op 2025-04-25"], "Pilot afgerond") == dt.date(2025, 4, 25)
    assert day_done(["Pilotphase abgeschlossen am 2025-04-25"], "Pilotphase abgeschlossen") == dt.date(2025, 4, 25)
    assert day_done(["Pilote terminé le 2025-04-25"], "Pilote terminé") == dt.date(2025, 4, 25)


def test_a_done_item_with_a_note_before_its_day_gives_the_day() -> None:
    """Review 75c F2: "Inventory baseline accepted at the gate on 2026-03-13" read as reached, its date "not
    recorded"."""
    assert day_done(["Inventory baseline accepted at the gate on 2026-03-13"], "Inventory baseline accepted") == \
        dt.date(2026, 3, 13)


def test_a_done_word_inside_the_milestones_name_reaches_it() -> None:
    """Review 84c F4: "MVP importation livré en test" in the done list, and the report said "MVP importation en test"
    was not listed as done."""
    from generator.questionnaire.reached import names_done

    assert names_done(["MVP importation livré en test"], "MVP importation en test")
    assert names_done(["Pilot migration delivered to test"], "Pilot migration to test")
    assert not names_done(["Pilot migration planned to test"], "Pilot migration to test")
    assert not names_done(["MVP importation en test"], "MVP importation en production")


def test_a_milestones_parts_done_over_several_reports_reach_it_on_the_last_ones_day() -> None:
    """Review 89b F1: the reports' done items read together; the day is the last part's, when it is given and falls
    after the report before."""
    parts = ["Deployment pipeline", "Line 3 pilot"]
    first = Told(dt.date(2026, 9, 25), "", ("Deployment pipeline passed HQ review",), ())
    second = Told(dt.date(2026, 10, 30), "", ("Line 3 pilot signed off by Production (2026-10-14)",), ())
    assert delivered_by("Pilot go-live on Line 3", parts, [second, first]) == (second.date, dt.date(2026, 10, 14))
    assert listed_reached("Pilot go-live on Line 3", parts, [first, second]) == second.date
    assert dated("Pilot go-live on Line 3", [first, second], parts)
    early = Told(second.date, "", ("Line 3 pilot signed off (2026-09-01)",), ())  # before the report before it
    assert delivered_by("Pilot go-live on Line 3", parts, [first, early]) == (second.date, None)
    assert not dated("Pilot go-live on Line 3", [first, early], parts)
    assert delivered_by("Pilot go-live on Line 3", parts, [first]) is None


def test_days_in_words_are_read_in_the_year_nearest_the_request() -> None:
    """Review 99b F1: "Move public launch from June 30 to July 14" was not read as moving the launch, and a report of
    April measured the launch against the July date the move set."""
    from generator.questionnaire.reached import iso_worded

    assert iso_worded("Move public launch from June 30 to July 14", dt.date(2026, 6, 5)) == \
        "Move public launch from 2026-06-30 to 2026-07-14"
    assert iso_worded("moved from 30 December to 15 January", dt.date(2026, 12, 1)) == \
        "moved from 2026-12-30 to 2027-01-15"
    assert iso_worded("on May 5th, 2027; release 2.10", dt.date(2026, 12, 1)) == "on 2027-05-05; release 2.10"
    assert iso_worded("February 30", dt.date(2026, 12, 1)) == "February 30"


def test_work_on_a_part_of_a_milestone_done_does_not_reach_a_milestone_that_is_a_state() -> None:
    """Review 104b F1: "Site surveys of all 40 Collectorates are done" in March said the final milestone "All 40
    Collectorates live" reached, eleven months early."""
    import datetime as dt

    from generator.questionnaire.reached import says_reached

    day = dt.date(2026, 3, 31)
    assert not says_reached("Site surveys of all 40 Collectorates are done.", "All 40 Collectorates live", day)
    assert not says_reached("All 40 Collectorates are done.", "All 40 Collectorates live", day)  # not its state
    assert says_reached("All 40 Collectorates went live.", "All 40 Collectorates live", day)
    assert says_reached("The pilot migration is done.", "Pilot migration complete", day)
    assert not says_reached("Preparation for the pilot migration is done.", "Pilot migration complete", day)


def test_a_done_item_naming_a_milestone_and_a_day_in_another_language_gives_that_day() -> None:
    """Review 104c F3: "ÉFVP approuvée le 15 mai" among the done items, and the table said "no forecast in this report;
    its baseline date has passed"."""
    import datetime as dt

    from generator.questionnaire.reached import day_done

    assert day_done(["ÉFVP approuvée le 15 mai"], "ÉFVP approuvée", dt.date(2026, 6, 26)) == dt.date(2026, 5, 15)
    assert day_done(["Data en features bevroren op 31 juli"], "Data en features bevroren",
                    dt.date(2026, 8, 28)) == dt.date(2026, 7, 31)


def test_a_german_done_item_giving_the_day_in_words_before_its_verb_gives_that_day() -> None:
    """Review 104a F2: "Meilenstein Reserve-Abstimmung am 19. September erreicht" among the done items, and the
    milestone "Reserve-Abstimmung bestanden" shown as not forecast, its baseline passed."""
    import datetime as dt

    from generator.questionnaire.reached import day_done

    assert day_done(["Meilenstein Reserve-Abstimmung am 19. September erreicht"], "Reserve-Abstimmung bestanden",
                    dt.date(2025, 10, 31)) == dt.date(2025, 9, 19)


def test_a_count_of_some_of_a_milestones_parts_done_does_not_reach_it() -> None:
    """Review 106b F1: "9 pilot sites commissioned" (of 12) read as the deliverable "Pilot sites commissioned" done,
    and the pilot said reached a month early in five reports."""
    from generator.questionnaire.reached import names_done

    assert not names_done(["9 pilot sites commissioned"], "Pilot sites commissioned")
    assert names_done(["Feature pipeline live in shadow mode"], "Pipeline live in shadow mode")


def test_a_day_in_a_clause_about_something_else_is_not_the_day_a_milestone_was_reached() -> None:
    """Review 106a F1: "La recette fonctionnelle est terminée : ..., dont l'environnement de test n'a été livré que le
    14 septembre" read as the testing finished on 14 September, 16 days early, in three reports and their charts."""
    import datetime as dt

    from generator.questionnaire.reached import said_reached

    text = ("La recette fonctionnelle est terminée : 212 des 214 cas critiques réussis, les deux restants portent sur "
            "l'interface BCSS temps réel, dont l'environnement de test n'a été livré que le 14 septembre.")
    assert said_reached(text, "Recette fonctionnelle terminée", dt.date(2026, 9, 30)) is None
    assert said_reached("Design approved at the gate on 2026-05-29, which unblocks the build.", "Design approved",
                        dt.date(2026, 6, 30)) == dt.date(2026, 5, 29)


def test_a_milestone_finished_in_other_words_or_by_its_initials_or_a_participle_is_named_done() -> None:
    """Reviews 107c F2 ("OQ freigegeben" for "OQ abgeschlossen": the closing report of a validated system left two
    qualification stages open) and 107b F2 ("FAT superato" for "Collaudo di fabbrica (FAT) superato", "Pilota avviato
    nella data ripianificata" for "Avvio del pilota sulla linea Valle del Serchio")."""
    assert names_done(["IQ freigegeben", "OQ freigegeben"], "OQ abgeschlossen")
    assert names_done(["FAT superato"], "Collaudo di fabbrica (FAT) superato")
    assert names_done(["Pilota avviato nella data ripianificata"], "Avvio del pilota sulla linea Valle del Serchio")
    assert says_reached("Die OQ ist abgeschlossen, aber nur dank externer Testerinnen", "OQ abgeschlossen",
                        dt.date(2026, 12, 1))
    for not_done in ("OQ teilweise freigegeben", "OQ-Vorbereitung abgeschlossen", "Customer database signed off 2.1"):
        assert not names_done([not_done], "OQ abgeschlossen" if "OQ" in not_done else "Customer database migrated")


def test_a_milestone_said_done_in_another_form_of_its_words_is_named_done() -> None:
    """Review 108a F6: "Detailní návrh schválen" (detailed design approved) for the milestone "Schválený detailní
    návrh" was "not recorded as done" in the report listing it."""
    assert names_done(["Detailní návrh schválen"], "Schválený detailní návrh")
    assert not names_done(["Detailní návrh připraven"], "Schválený detailní návrh")


def test_a_day_of_what_came_after_a_milestone_is_not_its_and_an_opinion_rendered_is_reached() -> None:
    """Review 108c F2: "Le COPIL a décidé la généralisation le 13 novembre après l'avis du CSE" gave the works
    council's opinion the 13th, while the done item "Avis du CSE rendu le 5 novembre" was not read; review 108c F3:
    "SDK 전 플랫폼 배포 (8월 21일)" (a day written in Korean) was not read either."""
    from generator.questionnaire.reached import said_reached

    until = dt.date(2026, 11, 30)
    assert said_reached("Le COPIL a décidé la généralisation le 13 novembre après l'avis du CSE.", "Avis du CSE",
                        until) is None
    assert said_reached("L'avis du CSE a été rendu le 5 novembre.", "Avis du CSE", until) == dt.date(2026, 11, 5)
    assert day_done(["Avis du CSE rendu le 5 novembre (favorable avec réserves)"], "Avis du CSE",
                    until) == dt.date(2026, 11, 5)
    assert day_done(["SDK 전 플랫폼 배포 (8월 21일)"], "SDK 전 플랫폼 배포", dt.date(2026, 8, 28)) == dt.date(2026, 8, 21)


def test_a_turkish_gate_passed_by_its_code_is_reached() -> None:
    """Review 109a F3: "G1 tasarım onay kapısı geçildi" beside "Tasarım onayı (G1)", and "G2 entegrasyon kapısı geçildi
    (13 Kasım)", read as saying nothing: the reports said no report recorded them as done."""
    assert names_done(["G1 tasarım onay kapısı geçildi"], "Tasarım onayı (G1)")
    assert day_done(["G2 entegrasyon kapısı geçildi (13 Kasım)"], "Entegrasyon tamamlandı (G2)",
                    dt.date(2026, 11, 27)) == dt.date(2026, 11, 13)
    assert not names_done(["G1 hazırlığı başladı"], "Tasarım onayı (G1)")


def test_a_done_item_in_other_words_of_finishing_or_with_a_note_names_its_milestone() -> None:
    """Review 110b F1: "Célarchitektúra elfogadva (G1)" (accepted) for the milestone "Célarchitektúra jóváhagyva
    (G1)" (approved); review 110a F4: "Έγκριση σχεδιασμού (πύλη φάσης 1)" (design approval, phase gate 1) for
    "Έγκριση σχεδιασμού": both were "no report records it as done"."""
    assert names_done(["Célarchitektúra elfogadva (G1)"], "Célarchitektúra jóváhagyva (G1)")
    assert names_done(["Έγκριση σχεδιασμού (πύλη φάσης 1)"], "Έγκριση σχεδιασμού")
    assert not names_done(["Design approval (draft)"], "Design approval")
    assert not names_done(["Design approval (2 of 3 modules)"], "Design approval")


def test_days_written_in_hungarian_greek_and_indonesian_are_read() -> None:
    """Review 110b F1: "a G1 kaput a SteerCo október 29-én jóváhagyta" (the SteerCo approved gate G1 on 29 October)
    gave the gate no day; review 110a F4: "εγκρίθηκε στις 13 Μαρτίου" (approved on 13 March)."""
    from generator.questionnaire.reached import days_in, said_reached

    assert days_in("a G1 kaput a SteerCo október 29-én jóváhagyta", dt.date(2025, 10, 31)) == [dt.date(2025, 10, 29)]
    assert days_in("Ο σχεδιασμός εγκρίθηκε στις 13 Μαρτίου", dt.date(2026, 3, 31)) == [dt.date(2026, 3, 13)]
    assert days_in("Selesai pada 14 Maret 2025", dt.date(2025, 3, 31)) == [dt.date(2025, 3, 14)]
    assert said_reached("A felmérés lezárult, a G1 kaput a SteerCo október 29-én jóváhagyta",
                        "Célarchitektúra jóváhagyva (G1)", dt.date(2025, 10, 31)) == dt.date(2025, 10, 29)


def test_a_month_whose_name_folds_to_other_letters_is_read_whatever_its_case() -> None:
    """Review 110a: "Μαΐου" (May, in Greek) case-folds to other code points than it is written in, and reading it
    stopped `pmdocs validate` with an internal error."""
    from generator.questionnaire.reached import days_in, iso_worded

    assert days_in("στις 13 Μαΐου και 2 ΜΑΐΟΥ", dt.date(2026, 6, 30)) == [dt.date(2026, 5, 13), dt.date(2026, 5, 2)]
    assert iso_worded("στις 13 μαΐου", dt.date(2026, 6, 30)) == "στις 2026-05-13"


def test_a_hindi_deliverable_reported_accepted_reaches_its_milestone() -> None:
    """Review 112c F1: "एकीकृत यात्री-डेटा भंडार स्वीकृत (देर से, 2025-06-18)" (accepted, late) for the milestone
    "डेटा भंडार तैयार", which lists it: "\\w" split the Devanagari words at their vowel marks."""
    from generator.questionnaire.reached import all_delivered, stands_for

    assert stands_for("डेटा भंडार तैयार", ["एकीकृत यात्री-डेटा भंडार"])
    assert all_delivered(["एकीकृत यात्री-डेटा भंडार स्वीकृत (देर से, 2025-06-18)"], "डेटा भंडार तैयार",
                         ["एकीकृत यात्री-डेटा भंडार"])


def test_a_decision_milestone_listed_done_with_who_took_it_was_reached() -> None:
    """Review 114a F5: "تأیید سند نیازمندی‌ها در کمیته راهبری" (approval of the requirements document at the steering
    committee) in a report's done items, beside "no report records it as done" for "تأیید سند نیازمندی‌ها"."""
    from generator.questionnaire.reached import names_done

    assert names_done(["تأیید سند نیازمندی‌ها در کمیته راهبری"], "تأیید سند نیازمندی‌ها")
    assert names_done(["Requirements approval at the steering committee"], "Requirements approval")
    assert not names_done(["Requirements approval for phase 1 of 3"], "Requirements approval")
    assert not names_done(["Requirements review at the steering committee"], "Requirements review")


def test_urdu_and_kazakh_done_items_reach_their_milestones() -> None:
    """Review 115a F5: "تشکیل مکمل کا گیٹ 23 اکتوبر کو منظور" (the gate of "configuration complete" approved on 23
    October) beside "not forecast"; review 115c F3: "... қабылдау актісіне 2025-11-14 қол қойылды" (acceptance act
    signed) beside "no forecast; its baseline date has passed"."""
    from generator.questionnaire.reached import names_done

    assert names_done(["تشکیل مکمل کا گیٹ 23 اکتوبر کو منظور"], "تشکیل مکمل")
    assert names_done(["Өнеркәсіптік пайдалануға қабылдау актісіне 2025-11-14 қол қойылды"],
                      "Өнеркәсіптік пайдалануға қабылдау")
    assert names_done(["Pilots Ziemeļu terminālī pabeigts"], "Pilots Ziemeļu terminālī")


def test_a_done_item_naming_what_is_left_out_does_not_reach_its_milestone() -> None:
    """Review 116a F3: "FAT நிறைவு (battery test தவிர)" (complete except the battery test, which failed) was read as
    the milestone "FAT நிறைவு (முதல் தொகுதி)" reached in three status reports."""
    from generator.questionnaire.reached import names_done

    assert not names_done(["FAT நிறைவு (battery test தவிர)"], "FAT நிறைவு (முதல் தொகுதி)")
    assert not names_done(["Testiranje završeno (osim sigurnosnog testa)"], "Testiranje završeno")
    assert names_done(["FAT நிறைவு"], "FAT நிறைவு (முதல் தொகுதி)")


def test_a_done_item_saying_reached_before_a_colon_gives_the_day() -> None:
    """Review 118c F2: "Milestone naabot: Drug mapping validated (2026-05-29)" (reached:) beside "no report records
    it as done"; review 118b F7: "MFA live għall-klijenti (30 ta' Ottubru)" beside "date not recorded"."""
    assert day_done(["Milestone naabot: Drug mapping validated (2026-05-29)"], "Drug mapping validated") == \
        dt.date(2026, 5, 29)
    assert day_done(["Reached: Pilot live (2026-05-29)"], "Pilot live") == dt.date(2026, 5, 29)
    assert day_done(["MFA live għall-klijenti (30 ta' Ottubru)"], "MFA live għall-klijenti",
                    dt.date(2026, 11, 30)) == dt.date(2026, 10, 30)
    assert day_done(["Samarqand va Buxoro ishga tushdi (14-oktabr)"], "Samarqand va Buxoro ishga tushdi",
                    dt.date(2026, 10, 31)) == dt.date(2026, 10, 14)


def test_a_done_item_giving_the_day_then_a_note_in_brackets_gives_the_day() -> None:
    """Review 119b F3: "Model validiran 2026-08-21 (AUROC 0,87; osjetljivost 0,96)" beside "not forecast"."""
    assert day_done(["Model validiran 2026-08-21 (AUROC 0,87; osjetljivost 0,96)"], "Model validiran") == \
        dt.date(2026, 8, 21)
    assert day_done(["Model validiran 2026-08-21 (partly)"], "Model validiran") is None


def test_a_summary_giving_the_day_of_a_milestone_whose_name_says_plan_reaches_it() -> None:
    """Review 119c F6: "Plan de remediación aprobado el 13 de marzo" in the summary, beside "reached (reported done;
    date not recorded)": the milestone's own word "Plan" was read as a word of a plan still to come."""
    from generator.questionnaire.reached import said_reached

    summary = "Plan de remediación aprobado el 13 de marzo. Ya depuramos las bitácoras con tarjetas."
    assert said_reached(summary, "Plan de remediación aprobado", dt.date(2026, 3, 31)) == dt.date(2026, 3, 13)
    assert said_reached("Plan de remediación aprobado el 13 de marzo, later than planned",
                        "Plan de remediación aprobado", dt.date(2026, 3, 31)) is None


def test_a_spanish_done_item_giving_the_day_with_de_gives_the_day() -> None:
    """Review 122b F1: "Núcleo de red en servicio el 2 de agosto" (the milestone's name and "on 2 August") left the
    milestone "no forecast; its baseline date has passed"."""
    assert day_done(["Núcleo de red en servicio el 2 de agosto"], "Núcleo de red en servicio",
                    dt.date(2026, 8, 31)) == dt.date(2026, 8, 2)
    assert day_done(["Núcleo de red en servicio el 2 de agosto de 2026"], "Núcleo de red en servicio",
                    dt.date(2026, 8, 31)) == dt.date(2026, 8, 2)
    assert day_done(["Núcleo de red en servicio el 2 de agosto"], "Núcleo de red",
                    dt.date(2026, 8, 31)) is None  # another milestone, its name a part of this one's


def test_isizulu_marathi_and_gujarati_days_reach_a_milestone() -> None:
    """Review 122b F1: "Ukuhlolwa emitholampilo emi-2 kuqediwe ngomhla zi-17 kuJulayi" (the milestone's exact name and
    "on 17 July") and the summary "Isifunda sokuqala siphelele ngomhla ziyi-16 kuMfumfu" (on 16 October, the month's
    isiZulu name) beside "no forecast; its baseline date has passed"; review 122a F8: "१२ डिसेंबरला" (on 12
    December); review 122c: "21 નવેમ્બરે"."""
    from generator.questionnaire.reached import days_in, said_reached

    assert day_done(["Ukuhlolwa emitholampilo emi-2 kuqediwe ngomhla zi-17 kuJulayi"],
                    "Ukuhlolwa emitholampilo emi-2 kuqediwe", dt.date(2026, 8, 31)) == dt.date(2026, 7, 17)
    assert said_reached("Isifunda sokuqala siphelele ngomhla ziyi-16 kuMfumfu. Isifunda sesibili siqhubeka kahle.",
                        "Isifunda sokuqala (uMgungundlovu) siphelele", dt.date(2026, 10, 31)) == dt.date(2026, 10, 16)
    assert day_done(["अंतर-विश्लेषण मंजूर १२ डिसेंबरला"], "अंतर-विश्लेषण मंजूर", dt.date(2026, 1, 31)) == \
        dt.date(2025, 12, 12)
    assert day_done(["अंतर-विश्लेषण मंजूर 2025-12-12 रोजी"], "अंतर-विश्लेषण मंजूर") == dt.date(2025, 12, 12)
    assert day_done(["ફેક્ટરી સ્ક્રીન ચાલુ 21 નવેમ્બરે"], "ફેક્ટરી સ્ક્રીન ચાલુ", dt.date(2025, 11, 28)) == \
        dt.date(2025, 11, 21)
    until = dt.date(2026, 12, 31)
    for text, day in (("१२ डिसेंबर रोजी", dt.date(2026, 12, 12)), ("३ जानेवारीला", dt.date(2026, 1, 3)),
                      ("४ जुलै", dt.date(2026, 7, 4)), ("१२ मे", dt.date(2026, 5, 12)),
                      ("21 નવેમ્બરના રોજ", dt.date(2026, 11, 21)),
                      ("10 ઑક્ટોબરે", dt.date(2026, 10, 10)), ("zi-4 kuAgasti", dt.date(2026, 8, 4)),
                      ("3 uMasingana", dt.date(2026, 1, 3)), ("2 de agosto", dt.date(2026, 8, 2))):
        assert days_in(text, until) == [day], text
    # a short month's name is no part of a longer word: Hindi "में" (in), Marathi "मेघ" (a cloud), "कामे" (works)
    for text in ("12 में से 5", "12 मेघ", "कामे 12", "5 ડિસેમ્બરથી"):
        assert days_in(text, until) == [], text


def test_marathi_gujarati_and_isizulu_words_say_a_milestone_was_reached() -> None:
    """Review 122a: "अंतर-विश्लेषण अहवाल मंजूर" (the gap analysis report approved), the deliverable of the milestone
    "अंतर-विश्लेषण मंजूर", said "whether it was reached is not recorded"; "मंजूरी" (approval) is a noun, no word of
    being done."""
    assert names_done(["अंतर-विश्लेषण अहवाल मंजूर"], "अंतर-विश्लेषण अहवाल")
    assert not names_done(["अंतर-विश्लेषण अहवाल मंजूरीसाठी"], "अंतर-विश्लेषण अहवाल")
    assert names_done(["Isifunda sokuqala (uMgungundlovu) siphelele — imitholampilo engu-96"],
                      "Isifunda sokuqala (uMgungundlovu) siphelele")
    assert names_done(["ફેક્ટરી સ્ક્રીન મંજૂર"], "ફેક્ટરી સ્ક્રીન")


def test_malayalam_and_hindi_days_and_words_reach_a_milestone() -> None:
    """Review 123b: Malayalam months and days ("2026 മേയ് 14-ന്", on 14 May 2026; "ഡിസംബർ 29ന്"), and its words of
    work done ("ലഭിച്ചു", received; "പൂർത്തിയായി", completed); review 123a: Hindi's ("19 जून को प्राप्त हुआ", received on
    19 June; "STQC प्रमाणपत्र 2026-06-19 को मिल गया", the summary of 2026-06-30). A start is no end ("നിശ്ശബ്ദ
    പരീക്ഷണം 2026-08-03-ന് തുടങ്ങി", the silent trial begun, for "നിശ്ശബ്ദ പരീക്ഷണം പൂർത്തിയായി"), nor a verb said
    with "not" ("ലഭിച്ചില്ല")."""
    from generator.questionnaire.reached import days_in, iso_worded, said_reached

    june = dt.date(2026, 6, 30)
    ethics = "എത്തിക്സ് കമ്മിറ്റി അനുമതി"
    assert day_done([f"{ethics} 2026 മേയ് 14-ന് ലഭിച്ചു"], ethics, june) == dt.date(2026, 5, 14)
    assert day_done([f"{ethics} മേയ് 14ന് ലഭിച്ചു"], ethics, june) == dt.date(2026, 5, 14)
    assert day_done([f"{ethics} (2026-05-14-ന്)"], ethics, june) == dt.date(2026, 5, 14)
    assert day_done([f"{ethics} ലഭിച്ചില്ല (മേയ് 14)"], ethics, june) is None
    assert day_done(["STQC प्रमाणपत्र 19 जून को प्राप्त हुआ"], "STQC प्रमाणपत्र", june) == dt.date(2026, 6, 19)
    assert day_done(["SRS अनुमोदित 2025-12-31 को"], "SRS अनुमोदित") == dt.date(2025, 12, 31)
    summary = ("STQC प्रमाणपत्र 2026-06-19 को मिल गया। पटवारी संघ से समझौता हुआ और प्रशिक्षण फिर शुरू हुआ। पायलट 27 "
               "जुलाई को शुरू होगा।")
    assert said_reached(summary, "STQC प्रमाणपत्र", june) == dt.date(2026, 6, 19)
    assert said_reached("पायलट ज़िले लाइव 27 जुलाई को होंगे", "पायलट ज़िले लाइव", dt.date(2026, 8, 31)) is None
    silent = "നിശ്ശബ്ദ പരീക്ഷണം പൂർത്തിയായി"
    assert not names_done(["നിശ്ശബ്ദ പരീക്ഷണം 2026-08-03-ന് തുടങ്ങി"], silent)
    assert day_done([f"{silent} (2026 നവംബർ 27)"], silent, dt.date(2026, 11, 30)) == dt.date(2026, 11, 27)
    until = dt.date(2026, 12, 31)
    for text, day in (("ഡിസംബർ 29ന്", dt.date(2026, 12, 29)), ("14 മേയ് 2026", dt.date(2026, 5, 14)),
                      ("ജൂലൈ 3-ന്", dt.date(2026, 7, 3)), ("ഒക്ടോബർ 1", dt.date(2026, 10, 1)),
                      ("27 जुलाई को", dt.date(2026, 7, 27)), ("3 मई", dt.date(2026, 5, 3)),
                      ("12 फ़रवरी", dt.date(2026, 2, 12)), ("12 \u095eरवरी", dt.date(2026, 2, 12)),
                      ("5 सितम्बर", dt.date(2026, 9, 5)), ("2025 ജനുവരി 9", dt.date(2025, 1, 9))):
        assert days_in(text, until) == [day], text
    for text in ("2 में से 1", "12 मेघ", "മേയ്ക്കുന്ന 5"):  # no month inside a longer word
        assert days_in(text, until) == [], text
    assert iso_worded("ഐസിയു പൈലറ്റ് 2026 ഡിസംബർ 29-ന് തുടങ്ങും", dt.date(2026, 11, 25)) == \
        "ഐസിയു പൈലറ്റ് 2026-12-29 തുടങ്ങും"


def test_danish_and_swedish_month_names_give_the_day_reached() -> None:
    """Review 124a F2: "GLS i drift (18. maj)" read as reached on a day not recorded; Danish "marts", Swedish
    "augusti" too."""
    import datetime as dt

    from generator.questionnaire.reached import day_done, days_in

    assert day_done(["GLS i drift (18. maj)"], "GLS i drift", dt.date(2026, 6, 30)) == dt.date(2026, 5, 18)
    assert days_in("klar 3. marts", dt.date(2026, 4, 1)) == [dt.date(2026, 3, 3)]
    assert days_in("klart den 14 augusti", dt.date(2026, 9, 1)) == [dt.date(2026, 8, 14)]


@pytest.mark.parametrize("item, milestone, done", [
    # review 125b F4: "Contract awarded to Controltech" beside "Contract awarded: no forecast in this report"
    ("Contract awarded to Controltech", "Contract awarded", True),
    ("Contract awarded to 2 of 3 vendors", "Contract awarded", False),
    # review 125c F4: "Piloto en 12 tiendas de Guadalajara iniciado" beside "not forecast; baseline passed"
    ("Piloto en 12 tiendas de Guadalajara iniciado", "Piloto en 12 tiendas de Guadalajara", True),
    ("Pilote démarré", "Pilote", True), ("Pilot gestartet", "Pilot", True),
    ("Piloto en 12 tiendas de Guadalajara en preparación", "Piloto en 12 tiendas de Guadalajara", False),
    # review 125a F7: "UAT പൂർത്തിയായി" (UAT completed) for "UAT പൂർത്തി" (UAT completion), shown overdue
    ("UAT പൂർത്തിയായി", "UAT പൂർത്തി", True), ("UAT ഓഗസ്റ്റ് 17 മുതൽ", "UAT പൂർത്തി", False),
    # review 126a F4: "Wave 1 go-live at four hospitals" (four of five) read as the milestone reached
    ("Wave 1 go-live at four hospitals", "Wave 1 go-live (hospitals)", False),
    ("Purchase order signed for GBP 560,000 hardware", "Purchase order signed", True),
    # review 127a F3: "Public beta launched on 7 September" for "Public beta launch", the day in words
    ("Public beta launched on 7 September", "Public beta launch", True),
])
def test_round_125_done_items_are_read(item: str, milestone: str, done: bool) -> None:
    assert names_done([item], milestone) is done


def test_a_done_item_with_a_short_month_what_it_included_or_another_word_for_started_reaches_it() -> None:
    """Review 128a F5: "Production platform ready including the HSM (23 Oct)" and "Parallel run started (30 Nov)"
    were shown as "not forecast" beside reports saying they were reached."""
    from generator.questionnaire.reached import day_done

    assert day_done(["Production platform ready including the HSM (23 Oct)"], "Production platform ready",
                    dt.date(2026, 10, 31)) == dt.date(2026, 10, 23)
    assert day_done(["Parallel run started (30 Nov)"], "Parallel run commenced",
                    dt.date(2026, 11, 30)) == dt.date(2026, 11, 30)
    assert day_done(["Production platform ready including 2 of 3 sites (23 Oct)"], "Production platform ready",
                    dt.date(2026, 10, 31)) is None


def test_a_summary_saying_a_milestone_was_reached_today_gives_the_reports_day() -> None:
    """Review 129b F7: "MVP went live for 50 pilot stores today itself as planned" beside "date not recorded"."""
    from generator.questionnaire.reached import said_reached

    assert said_reached("MVP went live for 50 pilot stores today itself as planned.", "MVP live for 50 pilot stores",
                        dt.date(2026, 3, 27)) == dt.date(2026, 3, 27)


def test_a_go_live_listed_as_live_with_its_day_is_reached() -> None:
    """Review 131a F5: "Christchurch Hospital outpatients live (16 Nov)" beside "no forecast ... not forecast"."""
    from generator.questionnaire.reached import day_done

    assert day_done(["Christchurch Hospital outpatients live (16 Nov)"], "Christchurch Hospital outpatients go-live",
                    dt.date(2026, 11, 27)) == dt.date(2026, 11, 16)


def test_polish_month_names_give_a_day() -> None:
    """Review 131b F2-F4: "z 5 maja na 2 czerwca" was not read as a move."""
    from generator.questionnaire.reached import days_in

    assert days_in("Go-live Stryków +4 tygodnie (z 5 maja na 2 czerwca)", dt.date(2026, 6, 30)) == [
        dt.date(2026, 5, 5), dt.date(2026, 6, 2)]


def test_a_moves_first_day_without_a_year_takes_the_second_days_year() -> None:
    """Review 133b F1: "Handover from June 30 to July 31, 2026" in a request of March 2025 read as 2025-06-30."""
    from generator.questionnaire.reached import iso_worded

    day = dt.date(2025, 3, 10)
    assert iso_worded("Move Handover from June 30 to July 31, 2026", day) == "Move Handover from 2026-06-30 to 2026-07-31"
    assert iso_worded("del 15 de marzo al 30 de abril de 2026", day) == "del 2026-03-15 al 2026-04-30"
    assert iso_worded("from December 15 to January 31, 2027", day) == "from 2026-12-15 to 2027-01-31"
    assert iso_worded("from June 30 to July 31", day) == "from 2025-06-30 to 2025-07-31"  # neither says: nearest
    assert "\u2063" not in iso_worded("reached June 30; then from June 30 to July 31, 2026", day)


def test_a_shortened_month_with_its_full_stop_is_read() -> None:
    """Review 134a F3: "Move public go-live from Aug. 4 to Aug. 25, 2025", unread, and reports before it measured
    against Aug. 25."""
    from generator.questionnaire.reached import iso_worded

    assert iso_worded("Move public go-live from Aug. 4 to Aug. 25, 2025", dt.date(2025, 5, 22)) == \
        "Move public go-live from 2025-08-04 to 2025-08-25"


def test_a_state_said_of_a_part_only_does_not_reach_the_milestone() -> None:
    """Review 140c F2: "SOC live on Tier 1 partner shifts." in March read as the milestone "SOC live" reached, six
    weeks before it was (its done items said nothing of it)."""
    until = dt.date(2025, 3, 14)
    summary = "Kwena cut-over done on 8-9 March 2025. SOC live on Tier 1 partner shifts."
    assert not says_reached(summary, "SOC live", until)
    assert not says_reached("The portal went live in two districts.", "Portal live", until)
    assert says_reached("Kwena cut-over done. SOC live.", "SOC live", until)
    assert says_reached("SOC live for all shifts.", "SOC live", until)
    assert says_reached("Payments API live in production.", "Payments API live", until)


def test_a_malay_month_that_is_an_english_word_is_a_month_only_before_a_year() -> None:
    """Malay "Mac" (March), added for review 141b F3, is no day in "Delivered 20 Mac laptops"."""
    from generator.questionnaire.reached import days_in, iso_worded

    until = dt.date(2026, 6, 30)
    assert days_in("Delivered 20 Mac laptops to the finance team", until) == []
    assert iso_worded("dianjak ke 1 Mac 2027", until) == "dianjak ke 2027-03-01"


def test_urdu_tamil_and_thai_days_are_read() -> None:
    """Review 151: "31 اگست 2026 کو", "یکم ستمبر 2026", "2026 மார்ச் 2 – ஏப்ரல் 24", and Thai days of the Buddhist era,
    shortened: "1 ส.ค. 2569" is 2026-08-01."""
    from generator.questionnaire.reached import iso_worded

    around = dt.date(2026, 6, 1)
    assert iso_worded("31 اگست 2026 کو ریٹائر", around) == "2026-08-31 کو ریٹائر"
    assert iso_worded("یکم ستمبر 2026 سے", around) == "2026-09-01 سے"
    assert iso_worded("2026 மார்ச் 2 – ஏப்ரல் 24 விடுப்பு", around) == "2026-03-02 – 2026-04-24 விடுப்பு"
    assert iso_worded("ตั้งแต่ 1 ส.ค. 2569", around) == "ตั้งแต่ 2026-08-01"
    assert iso_worded("13 พฤศจิกายน 2569", around) == "2026-11-13"


def test_a_milestone_told_apart_by_the_words_after_its_dash_is_not_another_ones_done_item() -> None:
    """Review 163c F2: "Suiga i le upega fou – Upolu (2025-08-24)" done read as "Suiga i le upega fou – Savaiʻi"
    reached 75 days early, the Savaiʻi cut-over still forecast."""
    import datetime as dt

    from generator.questionnaire.reached import day_done, names_done

    item = ["Switch to the new network – Upolu (2025-08-24)"]
    assert day_done(item, "Switch to the new network – Upolu", dt.date(2025, 8, 29)) == dt.date(2025, 8, 24)
    assert day_done(item, "Switch to the new network – Savaii", dt.date(2025, 8, 29)) is None
    assert not names_done(item, "Switch to the new network – Savaii")

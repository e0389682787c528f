"""Whether a status report's done items say a milestone was reached."""

from __future__ import annotations

import datetime as dt

from generator.questionnaire import model as m
from generator.view.reached import day_done, delivered, names_done


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

"""The day an issue was resolved or closed, as answered or as its resolution gives it."""

from __future__ import annotations

import datetime as dt

from generator.questionnaire import model as m
from generator.questionnaire.resolved_days import closed_on, days_given


def _issue(resolution: str, status: str = "resolved", closed: dt.date | None = None) -> m.Issue:
    """Return an issue raised on 2027-03-01 with a resolution."""
    return m.Issue(id="I-01", raised=dt.date(2027, 3, 1), issue="Licences late", owner="Sam Lee", priority="high",
                   status=status, resolution=resolution, closed=closed)


def test_an_answered_day_comes_first_and_an_open_issue_has_none() -> None:
    assert closed_on(_issue("Delivered on 20 March 2027", closed=dt.date(2027, 3, 22))) == dt.date(2027, 3, 22)
    assert closed_on(_issue("Delivered on 20 March 2027", status="in-progress")) is None


def test_the_one_day_of_a_resolutions_last_part_is_the_day_it_was_resolved() -> None:
    assert closed_on(_issue("Escalated to the vendor; licences delivered on 20 March 2027")) == dt.date(2027, 3, 20)
    # a day a period starts from, or work still to come, is none
    assert closed_on(_issue("Workaround in place until 2027-04-30")) is None
    assert closed_on(_issue("Fix will be deployed on 2027-03-25")) is None


def test_days_before_the_issue_was_raised_are_not_given() -> None:
    issue = _issue("x")
    assert days_given(issue, "2027-02-27 and 2027-03-02") == [dt.date(2027, 3, 2)]


def test_of_several_days_in_the_last_part_the_one_after_its_done_word_is_read() -> None:
    """Review 137b F2: "after his call ... on 3 March the addendum was signed on 5 March 2027" read as not recorded,
    and the red month's report said the escalated issue "not known (now resolved)"."""
    said = ("Escalated to the Group CEO on 16 March; after his call with the partner's CEO on 23 March the addendum"
            " was signed on 25 March 2027, with a liability cap of USD 250,000 per incident")
    assert closed_on(_issue(said)) == dt.date(2027, 3, 25)
    # a done word before an earlier day than the last one given reads nothing
    assert closed_on(_issue("Patch installed 4 March and again on 9 March")) is None


def test_a_day_after_the_decision_named_as_the_means_is_not_the_day_it_was_resolved() -> None:
    """Review 140c F4: "... nombrada líder técnica interina (D-02); Ing. Ruiz regresó el 2027-04-30" read as resolved
    on the 30th, and the issue said unresolved and past due in a report between."""
    assert closed_on(_issue("Ing. Castillo (Nubetec) nombrada líder técnica interina (D-02); "
                            "Ing. Ruiz regresó el 2027-04-30")) is None
    assert closed_on(_issue("Workaround approved in CR-003; fix deployed 2027-04-02")) == dt.date(2027, 4, 2)
    assert closed_on(_issue("Supplier replaced; new switches delivered on 18 March 2027")) == dt.date(2027, 3, 18)


def test_a_day_something_moved_to_in_other_languages_is_not_the_day_it_was_resolved() -> None:
    """Review 148a F4: "Radovi premješteni u prozor 30. 11. 2025." (the works moved to the window of 30 November) read
    as the day the issue was resolved, and the report of two days before said it was not yet resolved."""
    assert closed_on(_issue("Radovi premješteni u prozor 30. 3. 2027.")) is None
    assert closed_on(_issue("Arbeiten verschoben auf 30.03.2027")) is None
    assert closed_on(_issue("Riješeno 25. 3. 2027.")) == dt.date(2027, 3, 25)


def test_an_estonian_day_something_moved_to_is_not_the_day_it_was_resolved() -> None:
    """Review 149a F3: "Sertifikaadid saadi 29.01.2025; esimese haigla toodangusse minek nihutati 14.04.2025-le" gave
    'I-01 was not yet resolved on 2025-01-31'."""
    assert closed_on(_issue("Sertifikaadid saadi 20.03.2027; esimese haigla toodangusse minek nihutati "
                            "14.04.2027-le")) is None

"""A document's approval status in words: approved, a draft after an earlier version's approval, or a draft."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.i18n import locales
from generator.questionnaire import model as m
from generator.questionnaire.approval import ApprovalState
from generator.view.approval import approval, by_on, status_words

DAY = dt.date(2027, 1, 28)
EN = locales.english()


def _in_words(items: list[str]) -> str:
    return " and ".join(items)


def _approval(version: str, by: str = "Marleen de Vries", day: dt.date = DAY) -> m.Approval:
    return m.Approval(document="project-charter", version=version, by=by, date=day)


def test_the_three_statuses() -> None:
    assert status_words(ApprovalState("1.1", (_approval("1.0"),)), EN, _in_words) == (
        "Draft — version 1.1 not yet approved (version 1.0 approved by Marleen de Vries on 2027-01-28)")
    assert status_words(ApprovalState("1.1", ()), EN, _in_words) == "Draft — no approval of this document recorded"
    assert status_words(ApprovalState("1.1", (_approval("1.1"),)), EN, _in_words) == (
        "Approved — version 1.1 approved by Marleen de Vries on 2027-01-28")


def test_every_approval_of_the_current_version_is_named() -> None:
    state = ApprovalState("2.0", (_approval("2.0"), _approval("2.0", "board", DAY + dt.timedelta(days=1))))
    assert status_words(state, EN, _in_words) == (
        "Approved — version 2.0 approved by Marleen de Vries on 2027-01-28 and by the change board on 2027-01-29")


def test_the_board_is_the_change_board_in_lower_case() -> None:
    assert by_on(_approval("1.0", "board"), EN) == "by the change board on 2027-01-28"


def test_an_approval_before_any_revision() -> None:
    assert status_words(ApprovalState("", (_approval("1.0"),)), EN, _in_words) == (
        "Draft — not yet issued (version 1.0 approved by Marleen de Vries on 2027-01-28)")


def test_approval_reads_the_questionnaire(q: m.Questionnaire) -> None:
    found = approval(q, "project-charter", "", EN, _in_words)
    assert found.state.version == max(q.revisions, key=lambda r: r.date).version
    assert found.status == status_words(found.state, EN, _in_words)


def test_an_approval_older_than_the_records_a_copy_reflects_is_said_not_to_cover_them(q: m.Questionnaire) -> None:
    """Review 36 F4: "Approved — version 1.3 approved ... on 2026-11-04" on a charter reflecting records up to
    2026-11-30 (an occurred risk, a status report) that the approval never saw."""
    version = max(q.revisions, key=lambda r: r.date).version
    q = dataclasses.replace(q, approvals=[_approval(version)])
    found = approval(q, "project-charter", "", EN, _in_words)
    approved = DAY
    later = approval(q, "project-charter", "", EN, _in_words, records=approved + dt.timedelta(days=26))
    assert found.approved and not later.approved  # review 38a F3: an APPROVED cover on text the approval never saw
    assert later.status == (f"Draft — version {version} was approved by Marleen de Vries on {approved}; this copy "
                            f"also reflects records up to {approved + dt.timedelta(days=26)}, which that approval does "
                            "not cover")
    assert approval(q, "project-charter", "", EN, _in_words, records=approved).status == found.status


def test_a_version_some_of_its_signers_approved_awaits_approval_and_names_who_has_not() -> None:
    """Review 90b F6: "partly approved" beside a revision saying the executive board approved it read as a judgement;
    the status says who approved it and whose approval is not recorded."""
    state = ApprovalState("1.2", (_approval("1.2", "Aylin Demir"),), ("Katrin Vogel", "Jonas Petersen", "Aylin Demir"))
    assert status_words(state, EN, _in_words) == (
        "Awaiting approval — version 1.2 approved by Aylin Demir on 2027-01-28; its approval by Katrin Vogel and "
        "Jonas Petersen not recorded")


def test_an_earlier_version_names_every_approval_of_it_and_who_did_not_approve() -> None:
    signers = ("Katrin Vogel", "Jonas Petersen")
    both = ApprovalState("1.1", (_approval("1.0", "Katrin Vogel"), _approval("1.0", "Jonas Petersen")), signers)
    assert status_words(both, EN, _in_words) == (
        "Draft — version 1.1 not yet approved (version 1.0 approved by Katrin Vogel on 2027-01-28 and by Jonas "
        "Petersen on 2027-01-28)")
    one = ApprovalState("1.1", (_approval("1.0", "Jonas Petersen"),), signers)
    assert status_words(one, EN, _in_words) == (
        "Draft — version 1.1 not yet approved (version 1.0 approved by Jonas Petersen on 2027-01-28; "
        "approval of version 1.0 by Katrin Vogel not recorded)")


def test_the_names_of_a_status_as_markdown_are_written_as_names_and_the_rest_escaped() -> None:
    """Review 140a F13: "Approved — version 1.2 approved by Ралица Маринова" untagged among tagged answers: ``name``
    writes each name (tagged), ``text`` the other answers (escaped)."""
    state = ApprovalState("1.1_b", (_approval("1.0", "Jonas Petersen"),), ("Katrin Vogel", "Jonas Petersen"))
    made = status_words(state, EN, _in_words, None, lambda n: f"<{n}>", lambda t: t.replace("_", "\\_"))
    assert made == ("Draft — version 1.1\\_b not yet approved (version 1.0 approved by <Jonas Petersen> on 2027-01-28; "
                    "approval of version 1.0 by <Katrin Vogel> not recorded)")
    assert status_words(state, EN, _in_words).startswith("Draft — version 1.1_b not yet")


def test_a_version_its_sponsor_approved_is_approved_and_names_who_has_not() -> None:
    """Review 19 F8, reviews 20 F12 and 21 F9: the sponsor, the first signer, authorises the document."""
    signers = ("Katrin Vogel", "Jonas Petersen")
    state = ApprovalState("1.2", (_approval("1.2", "Katrin Vogel"),), signers)
    assert state.approved
    assert status_words(state, EN, _in_words) == (
        "Approved — version 1.2 approved by Katrin Vogel on 2027-01-28; its approval by Jonas Petersen not recorded")
    earlier = ApprovalState("1.3", (_approval("1.2", "Katrin Vogel"),), signers)
    assert not earlier.approved
    assert status_words(earlier, EN, _in_words) == (
        # reviews 60a F6, 60c F6: which version lacks the approval is said
        "Draft — version 1.3 not yet approved (version 1.2 approved by Katrin Vogel on 2027-01-28; approval of "
        "version 1.2 by Jonas Petersen not recorded)")
    assert not ApprovalState("1.2", (_approval("1.2", "Jonas Petersen"),), signers).approved  # not the sponsor


def test_the_author_of_the_version_is_not_asked_to_approve_it(q: m.Questionnaire) -> None:
    """Reviews 67b, 67c, 68a, 68c: "approval of version 1.0 by <the project manager> not recorded" asked the PM who
    wrote the charter to approve it; the author signs it as its author, the others approve it."""
    version = max(q.revisions, key=lambda r: r.date)
    author = version.author
    assert author
    sponsor = _approval(version.version).by
    found = approval(dataclasses.replace(q, approvals=[_approval(version.version)]), "project-charter", "", EN,
                     _in_words, (sponsor, author))
    assert found.approved and author not in found.status


def test_an_approval_by_the_board_names_the_board_as_the_project_calls_it() -> None:
    state = ApprovalState("1.2", (_approval("1.2", "board"),), ("Katrin Vogel",))
    assert "approved by the steering group on 2027-01-28" in status_words(state, EN, _in_words, "the steering group")
    assert "approved by the change board on 2027-01-28" in status_words(state, EN, _in_words)

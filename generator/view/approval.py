"""A document's approval status in words, as its cover and its document control both say it.

The rule is `generator.questionnaire.approval`'s; this module only words it:
"Approved — version 1.1 approved by Dana Ortiz on 2027-02-12", "Awaiting approval — version 1.1 approved by
Dana Ortiz on 2027-02-12; approval by Sam Lee not recorded" (a version the sponsor, who authorises it, has not
approved; once they have: "Approved — ...; approval by Sam Lee not recorded"), "Draft — version 1.1
not yet approved (version 1.0 approved by Dana Ortiz on 2027-01-28)" or "Draft — no
approval of this document recorded".  An approval by the board is "the change board's".
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Optional, Sequence

from generator.i18n.locales import Locale
from generator.questionnaire import model as m
from generator.questionnaire.rules import board_called
from generator.questionnaire.approval import ApprovalState, approval_state, latest_revision
from generator.record import Record


class Approval(Record):
    """Return a document's approval state and its status in words (plain text, not Markdown; ``marked``: as
    Markdown, the names in it tagged in the answers' language)."""

    state: ApprovalState
    status: str
    covered: bool = True  # False: the copy reflects records newer than the approval of its version (a draft again)
    marked: str = ""

    @property
    def approved(self) -> bool:
        """Return True when the copy is the approved text: its version approved, and no newer record in it."""
        return self.state.approved and self.covered


def approval(q: m.Questionnaire, document: str, entry: str, locale: Locale,
             in_words: Callable[[list[str]], str], signers: Sequence[str] = (),
             records: Optional[dt.date] = None,
             marked: Optional[tuple[Callable[[str], str], Callable[[str], str]]] = None) -> Approval:
    """Return the approval status of a document (``document``: its kind; ``entry``: its entry's id, if any;
    ``signers``: the people who sign it), worded in ``locale`` (``in_words`` joins a sentence's list: 'A and B');
    ``records``: the newest record's date when the documents reflect records newer than their version's date: an
    approval of the current version older than it is said not to cover them. With ``marked`` (how to write a name
    as Markdown, tagged in its language, and another answer, escaped), the status is also worded as Markdown (review
    140a F13: "Approved — version 1.2 approved by Ралица Маринова" read as English)."""
    latest = latest_revision(q.revisions)
    # no revision names an author: the project manager, who owns the documents (their control's "Owner"), wrote them
    author = latest.author if latest is not None and latest.author else q.roles.project_manager
    board = board_called(q, True)
    state = approval_state(q, document, entry, signers, author)
    covered = not (records is not None and state.current and records > max(a.date for a in state.current))

    def words(name: Callable[[str], str] = str, text: Callable[[str], str] = str) -> str:
        """Return the status, ``name`` writing a person's name and ``text`` the other answers it holds."""
        if covered:
            return status_words(state, locale, in_words, board, name, text)
        # Translators: a document's status when its version was approved but the copy reflects newer records (a
        # status report, a decided change) that the approval never saw; "approvals": "by Dana Ortiz on 2027-02-12".
        return locale.gettext(
            "Draft — version %(version)s was approved %(approvals)s; this copy also reflects records up to %(date)s, "
            "which that approval does not cover", version=text(state.version or ""),
            approvals=in_words([by_on(a, locale, board, name, text) for a in state.current]),
            date=locale.date(records) if records is not None else "")

    return Approval(state, words(), covered, words(*marked) if marked is not None else "")


def status_words(state: ApprovalState, locale: Locale, in_words: Callable[[list[str]], str],
                 board: Optional[str] = None, name: Callable[[str], str] = str,
                 text: Callable[[str], str] = str) -> str:
    """Return what the state says: approved (by whom, when, and whose approval is not recorded), awaiting an approval, a
    draft after an earlier version's approval, or a draft with no approval recorded; ``board``: what the project calls
    its change board in a sentence (`rules.board_called`); ``name`` writes a person's name, ``text`` the other
    answers (a version, the board's name)."""
    _ = locale.gettext
    version = text(state.version or "")

    def by(approvals: Sequence[m.Approval]) -> str:
        return in_words([by_on(a, locale, board, name, text) for a in approvals])

    def who(names: Sequence[str]) -> str:
        return in_words([name(n) for n in names])

    if state.approved and state.missing:
        # Translators: a document's status when the signer who authorises it approved the current version and
        # another signer has not; "approvals" is a list such as "by Dana Ortiz on 2027-02-12".
        return _("Approved — version %(version)s approved %(approvals)s; its approval by %(missing)s not recorded",
                 version=version, approvals=by(state.current), missing=who(state.missing))
    if state.current and not state.approved:
        # Translators: a document's status when some of its signers approved the current version, not all;
        # "approvals" is a list such as "by Dana Ortiz on 2027-02-12", "missing" a list of names.
        return _("Awaiting approval — version %(version)s approved %(approvals)s; its approval by %(missing)s not "
                 "recorded",
                 version=version, approvals=by(state.current), missing=who(state.missing))
    if state.approved:
        # Translators: a document's status; "approvals" is a list such as "by Dana Ortiz on 2027-02-12".
        return _("Approved — version %(version)s approved %(approvals)s", version=version,
                 approvals=by(state.current))
    earlier = state.earlier
    if earlier is None:
        # Translators: a document's status while no approval of it is recorded.
        return _("Draft — no approval of this document recorded")
    approvals = state.earlier_approvals
    missing = state.missing_of(approvals)
    if missing:
        # Translators: within a draft's status: an earlier version some of its signers approved, not all.
        approved = _("version %(earlier)s approved %(approvals)s; approval of version %(earlier)s by %(missing)s not "
                     "recorded",
                     earlier=text(earlier.version), approvals=by(approvals), missing=who(missing))
    else:
        # Translators: within a draft's status: an earlier version, approved ("by Dana Ortiz on 2027-02-12").
        approved = _("version %(earlier)s approved %(approvals)s", earlier=text(earlier.version), approvals=by(approvals))
    if not state.version:
        # Translators: a document's status: no revision is recorded, but an approval of some version is.
        return _("Draft — not yet issued (%(approved)s)", approved=approved)
    # Translators: a document's status: its current version is not approved, an earlier one is.
    return _("Draft — version %(version)s not yet approved (%(approved)s)", version=version, approved=approved)


def by_on(recorded: m.Approval, locale: Locale, board: Optional[str] = None, name: Callable[[str], str] = str,
          text: Callable[[str], str] = str) -> str:
    """Return who approved and when, within a sentence: "by Dana Ortiz on 2027-02-12", "by the change board on ...";
    ``name`` writes a person's name, ``text`` the board's."""
    _ = locale.gettext
    # Translators: who approved a document, within a sentence.
    who = text(board or _("the change board")) if recorded.by == m.BOARD else name(recorded.by)
    # Translators: who approved a document and when, within a sentence ("approved by Dana Ortiz on 2027-02-12").
    return _("by %(who)s on %(date)s", who=who, date=locale.date(recorded.date))

"""Whether a document is approved: one rule applied to the answers, for its cover and its document control alike.

A document's current version is the latest revision's (by date, then as written); while no
revision is recorded, the latest version an approval of the document names (that version
was issued, as it was approved).
It is approved when ``approvals`` record an approval of its kind (and, for a document
of one entry, of that entry's id) for that version by the first of the people who sign it
where the document names them (its template's ``signers``: the sponsor, who authorises
it), or by the change board, else by anyone; the other signers' approvals not recorded
are named beside it; an approval by others than the first leaves it awaiting approval; an approval of another
version says which version was approved, by whom and when, while the current one is a
draft.

What the words of a job say of its holder over time (away, gone, standing in, since, until) is read in
`tenure`.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional, Protocol, Sequence, TypeVar

from generator.questionnaire import model as m
from generator.questionnaire.file_names import entry_id as entry_text
from generator.questionnaire.rules import acting_as, acting_for
from generator.questionnaire.tenure import away, held_until, stood_in_from, stood_in_over, stood_in_until, took_on
from generator.record import Record


class ApprovalState(Record):
    """Return a document's current version and the approvals recorded of it."""

    version: str  # the current version: the latest revision's, else the latest approved ('' while neither is recorded)
    recorded: tuple[m.Approval, ...] = ()  # every approval of this document, oldest first (then as written)
    signers: tuple[str, ...] = ()  # the people who sign it: each must approve a version (none named: anyone's counts)
    since: tuple[tuple[str, dt.date], ...] = ()  # signers whose job says they took it on that day (`took_on`)

    @property
    def current(self) -> tuple[m.Approval, ...]:
        """Return the approvals of the current version (none while no version is issued)."""
        return tuple(a for a in self.recorded if self.version and a.version == self.version)

    @property
    def missing(self) -> tuple[str, ...]:
        """Return the signers who have not approved the current version (none when the change board did)."""
        return self.missing_of(self.current)

    def missing_of(self, approvals: tuple[m.Approval, ...]) -> tuple[str, ...]:
        """Return the signers none of these approvals is by (none when the change board gave one)."""
        by = {m.same_name(a.by) for a in approvals}
        if m.BOARD in by:
            return ()
        # (not one who took on their job after these approvals: review 133c F6, the product owner "from 2 Feb 2026"
        # said to owe an approval of version 1.0 of October 2025, which the product owner then gave)
        last = max((a.date for a in approvals), default=None)
        late = {m.same_name(name) for name, day in self.since if last is not None and day > last}
        return tuple(name for name in self.signers if m.same_name(name) not in by and m.same_name(name) not in late)

    @property
    def earlier_approvals(self) -> tuple[m.Approval, ...]:
        """Return every approval of the version `earlier` approved (that version's, oldest first), or none."""
        earlier = self.earlier
        return tuple(a for a in self.recorded if earlier is not None and a.version == earlier.version)

    @property
    def approved(self) -> bool:
        """Return True when the current version is approved: by the first of its signers (who authorises it), or by
        the change board, or by anyone when none is named."""
        return self.approved_by_first(self.current)

    def approved_by_first(self, approvals: tuple[m.Approval, ...]) -> bool:
        """Return True when these approvals include one by the first signer or the change board (none named: any)."""
        if not approvals:
            return False
        by = {m.same_name(a.by) for a in approvals}
        return not self.signers or m.BOARD in by or m.same_name(self.signers[0]) in by

    @property
    def earlier(self) -> Optional[m.Approval]:
        """Return the latest approval of another version while the current one is not approved, else None."""
        if self.approved or not self.recorded:
            return None
        return self.recorded[-1]


class _Dated(Protocol):
    @property
    def date(self) -> Optional[dt.date]: ...


D = TypeVar("D", bound=_Dated)


def latest_revision(revisions: Sequence[D]) -> Optional[D]:
    """Return the most recent revision (by date, then the last written of the same day), or None.

    The checks' draft revisions are taken too: an undated one counts as the oldest.
    """
    if not revisions:
        return None
    return max(enumerate(revisions), key=lambda pair: (pair[1].date or dt.date.min, pair[0]))[1]


def approval_state(q: m.Questionnaire, document: str, entry: str = "", signers: Sequence[str] = (),
                   author: Optional[str] = None) -> ApprovalState:
    """Return the approval state of a document of kind ``document`` (a slug: ``project-charter``); ``entry`` is the
    entry's id for a document of one entry (a change request's, a status report's date; '' for a blank form);
    ``signers``, the people who sign it, must each approve a version, as must anyone else who approved one; the
    ``author`` of the version signs it as its author, not to approve their own text, unless they are the first
    signer, who authorises it (reviews 67b, 67c, 68a, 68c: "approval of version 1.0 by <the project manager> not
    recorded")."""
    latest = latest_revision(q.revisions)
    per_entry = document in m.PER_ENTRY_DOCUMENTS
    mine = [(index, a) for index, a in enumerate(q.approvals) if a.document == document
            and (not per_entry or (a.id is not None and entry_text(a.id) == entry))]
    ordered = sorted(mine, key=lambda pair: (pair[1].date, pair[0]))
    # no revision recorded: the version last approved was issued (review 87c F1: "not yet issued" beside its approval)
    version = latest.version if latest else ordered[-1][1].version if ordered else ""
    # (a signer away, whom another's job says stands in for, is signed for by them: review 142a F10, the deputy
    # "v.d. sponzora projekta tokom bolovanja direktora" approved version 1.1, the sponsor on sick leave said not to)
    made = latest.date if latest else ordered[-1][1].date if ordered else None
    named = [stand_in(q, signer, made) for signer in signers]  # and whoever approved a version signs it, each version
    # (but a signer another stands in for on the version's day: review 147c F4, the sponsor who approved version 1.0
    # said not to have approved version 1.2, which her deputy for the time approved)
    replaced = {m.same_name(signer) for signer, name in zip(signers, named) if m.same_name(signer) != m.same_name(name)}
    # (one standing in for a signer away signs in their stead, and not as the author of the version they wrote: review
    # 142b, the acting project manager asked to approve the version he wrote)
    named = [name for i, name in enumerate(named)
             if i == 0 or author is None or m.same_name(name) != m.same_name(author)]
    seen = {m.same_name(n) for n in named} | replaced
    # (nor one who stood in for a time that ended before the version was made: review 138b F5, the deputy sponsor "13
    # April – 31 July 2026" who approved version 1.2 was asked to approve version 1.3 of October)
    gone = {m.same_name(p.name) for p in q.people if away(p.role, made) or (
        made is not None and (until := stood_in_until(p.role) or held_until(p.role, made)) is not None
        and until < made)} - {
        m.same_name(a.by) for _index, a in ordered if a.version == version}
    for _index, a in ordered if signers else ():
        # (not one whose job now says they are away, unless they approved this version: review 131c F2, the former
        # sponsor "en congé depuis juin 2026" who approved version 1.0 was asked to approve and sign version 1.2)
        if a.by != m.BOARD and m.same_name(a.by) not in seen and m.same_name(a.by) not in gone:
            seen.add(m.same_name(a.by))
            named.append(a.by)
    since = tuple((p.name, day) for p in q.people if p.name and any(m.same_name(p.name) == m.same_name(n) for n in named)
                  and (day := took_on(p.role) or stood_in_from(p.role)) is not None)
    return ApprovalState(version, tuple(a for _index, a in ordered), tuple(named), since)


def stand_in(q: m.Questionnaire, signer: str, day: Optional[dt.date] = None) -> str:
    """Return who signs in a signer's stead on ``day`` (`deputy_of`), else the signer."""
    return deputy_of(q, signer, day) or signer


def job_of(q: m.Questionnaire, who: str) -> Optional[str]:
    """Return the job recorded for a person, by their name (`m.same_name`), or None."""
    return next((p.role for p in q.people if p.name and m.same_name(p.name) == m.same_name(who)), None)


def deputy_of(q: m.Questionnaire, who: str, day: Optional[dt.date] = None) -> Optional[str]:
    """Return the one person whose job says they stand in for ``who`` (`rules.acting_for`), where the job of ``who``
    says they are away (`away`), and not for a time their job says ends before ``day`` or begins after it
    (`stood_in_until`, `stood_in_from`); None when nobody does."""
    job = job_of(q, who)
    deputies = [p.name for p in q.people if p.name and m.same_name(p.name) != m.same_name(who)
                and acting_for(p.role, None, who, q.roles, job)
                and not (day is not None and away(p.role, day))  # (not one away themselves that day, review 151c)
                and not (day is not None and (until := stood_in_until(p.role)) is not None and until < day)
                and not _standing_in_later(p.role, day)
                # (or a deputy for a time that holds ``day``, whatever the job of ``who`` says: "2026. augusztus 1.
                # és október 31. között a szponzor (Dr. Kovács Zsuzsanna) helyettese", review 147c F4, the charter
                # the deputy approved in September said to await the sponsor's approval)
                and (away(job, day) or day is not None and stood_in_over(p.role, day)
                     # (standing in for them by name or project role, not by a word of their job: review 149b F1,
                     # "Directrice ...; CSI par intérim du 2 juin au 5 septembre 2025" read as standing in for the
                     # product owner, "Directrice, Gestion des accès ...")
                     and (acting_for(p.role, None, who, q.roles) or acting_as(p.role, job)))]
    return deputies[0] if len(deputies) == 1 else None


def _standing_in_later(role: Optional[str], day: Optional[dt.date]) -> bool:
    """Return True when a job held in another's stead for a time begins after ``day`` (`stood_in_from`)."""
    began = stood_in_from(role)
    return day is not None and began is not None and began > day


def predecessor(q: m.Questionnaire, who: str, day: dt.date) -> Optional[str]:
    """Return who held ``who``'s project role on ``day``, where ``who``'s job says they took it on after it
    (`took_on`): the one other person whose job says they held a project role until that day or later
    (`held_until`) (review 146b F3: "Cheffe de projet jusqu'au 30/09/2026", the owner of the reports of her time
    named as her successor "Chef de projet ad interim depuis le 01/10/2026"); None otherwise."""
    job = job_of(q, who)
    began = took_on(job)
    if began is None or began <= day:
        return None
    # (not one standing in for a time that begins after that day: "acting Project Manager 13–17 April 2026", review
    # 154c F1, beside the one who held it until 10 April)
    held = [p.name for p in q.people if p.name and m.same_name(p.name) != m.same_name(who)
            and (until := held_until(p.role, day)) is not None and day <= until < began
            and not _standing_in_later(p.role, day)]
    return held[0] if len(held) == 1 else None

"""Cross-checks a senior PM makes before signing: a change request approved by the person who requested it, and
a RACI row whose accountable person is not the one the deliverable's acceptance criteria name; documents recorded
for a person (``receives``) that leave out one they approved or own.

Nobody else signed such a change off; the message names who would: the next approver of the
thresholds whose limits cover the change, else the change board's other members, else the
sponsor. It is a warning when the approver holds no approval level covering the change, and a
hint when one does (the thresholds delegated it: a second signature is advice, not a
contradiction). A request whose approver is already warned about (above every threshold, or
beyond the approver's own level) is left to that warning.
"""

from __future__ import annotations

import typing
from typing import Iterator, Optional

from generator.diagnostics import Diagnostic, KeyPath, Severity
from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.questionnaire.acceptance import signers
from generator.questionnaire.rules import UNSHOWN_RATINGS, size
from generator.questionnaire.model import DocumentKind
from generator.questionnaire.checking import Checking, in_words, items
from generator.questionnaire.organizations import is_outsider, restricting
from generator.questionnaire.tenure import departed


def covers(threshold: dm.Threshold, impact: Optional[dm.Impact]) -> bool:
    """Return True when an approval level's limits (an absent one: no limit) cover a change's cost and days."""
    if impact is None:
        return True
    return all(limit is None or value is None or size(value) <= limit  # a saving: by its size
               for limit, value in ((threshold.max_cost, impact.cost),
                                    (threshold.max_schedule_days, impact.schedule_days)))


def board_words(c: Checking, person: str) -> Optional[str]:
    """Return the change board in words, without ``person`` ('the change board (A and B)'), or None when it has
    nobody else."""
    cc = c.q.change_control
    others = [name for _, name in items(cc.board if cc else None) if m.same_name(name) != m.same_name(person)]
    return f"the change board ({in_words(others)})" if others else None


def next_approver(c: Checking, person: str, impact: Optional[dm.Impact]) -> tuple[str, str]:
    """Return who would sign off a change ``person`` approved, in words, with the value decision.by would take
    ('' when none): the first approval level above the person's own (all levels when they hold none) held by
    someone else and covering the change, else the change board, else the sponsor, else 'a second approver'."""
    cc = c.q.change_control
    levels = list(items(cc.thresholds if cc else None))
    own = [k for k, (_, t) in enumerate(levels) if t.approver and m.same_name(t.approver) == m.same_name(person)]
    for j, threshold in levels[own[-1] + 1 if own else 0:]:
        if threshold.approver and covers(threshold, impact):
            line = c.draft.mark(("change_control", "thresholds", j, "approver")).line
            where = f", the next level of the thresholds (line {line}),"
            if threshold.approver == m.BOARD:
                return f"{board_words(c, person) or 'the change board'}{where}", m.BOARD
            return f"{threshold.approver}{where}", threshold.approver
    board = board_words(c, person)
    if board:
        return board, m.BOARD
    sponsor = c.q.roles.sponsor if c.q.roles else None
    if sponsor and m.same_name(sponsor) != m.same_name(person):
        return f"the sponsor, {sponsor},", sponsor
    return "a second approver", ""


def warn_at_key(c: Checking, path: KeyPath, message: str) -> None:
    """Record a warning placed at the key of ``path`` (its value's position when the key has none)."""
    mark = c.draft.key_marks.get(path) or c.draft.mark(path)
    c.draft.diagnostics.append(Diagnostic(Severity.WARNING, message, path, mark, c.filename))


def within_own_level(c: Checking, person: str, impact: Optional[dm.Impact]) -> bool:
    """Return True when one of the person's own approval levels covers the change (authority delegated to them)."""
    cc = c.q.change_control
    return any(t.approver and m.same_name(t.approver) == m.same_name(person) and covers(t, impact)
               for _, t in items(cc.thresholds if cc else None))


def self_approved(c: Checking) -> Iterator[tuple[KeyPath, str, bool]]:
    """Yield each approved or implemented request decided by its requester: the path of its decision.by, the
    message, and whether the approver's own approval level covers it."""
    cc = c.q.change_control
    for i, cr in items(cc.requests if cc else None):
        by = cr.decision.by if cr.decision else None
        if (cr.status not in m.APPROVED_STATUSES or not by or by == m.BOARD or not cr.requested_by
                or m.same_name(by) != m.same_name(cr.requested_by)):
            continue
        line = c.draft.mark(("change_control", "requests", i, "requested_by")).line
        who, value = next_approver(c, by, cr.impact)
        own = within_own_level(c, by, cr.impact)
        within = " within their own approval threshold" if own else ""
        yield (("change_control", "requests", i, "decision", "by"),
               f"request '{cr.id}' was requested and approved{within} by {by} (requested_by: at line {line}): "
               f"nobody else signed it off; have {who} confirm the decision and set decision.by: "
               f"{value or '(their name)'}", own)


def warn_self_approved(c: Checking) -> None:
    """Warn about an approved or implemented change request decided by its requester, who holds no approval level
    that covers it (one beyond their own level is left to that warning)."""
    for path, message, own in self_approved(c):
        if not own and not any(d.path == path for d in c.draft.diagnostics):
            warn_at_key(c, path, message)


def hint_self_approved(c: Checking) -> None:
    """Hint at an approved or implemented change request decided by its requester within their own approval
    level: the thresholds delegate it, but a second signature is worth having."""
    for path, message, own in self_approved(c):
        if own:
            c.hint(path, message)


def warn_acceptor_unlike_raci(c: Checking) -> None:
    """Warn about a RACI row whose accountable person is not among the people of the organization its deliverable's
    acceptance criteria name ("Signed off by the Chief Actuary" beside another accountable person, review 56b F1):
    the scope statement shows both."""
    if c.q.organization is None:
        return
    people = [p for _, p in items(c.q.people)]
    deliverables = {d.name: (i, d) for i, d in items(c.q.scope.deliverables if c.q.scope else None) if d.name}
    for i, row in items(c.q.raci):
        found = deliverables.get(row.deliverable or "")
        if not row.accountable or found is None:
            continue
        named = signers(people, c.q.organization, [a for _, a in items(found[1].acceptance)], c.q.roles,
                        found[1].name or "")
        if named and all(m.same_name(n) != m.same_name(row.accountable) for n in named):
            line = c.draft.mark(("scope", "deliverables", found[0], "acceptance")).line
            c.warn(("raci", i, "accountable"),
                   f"{row.accountable} is accountable for '{row.deliverable}', but its acceptance criteria (line "
                   f"{line}) name {in_words(named)} as signing it off: the scope statement shows both as they "
                   "stand; if one of them signs it off, make them accountable in the RACI; if they only review it, "
                   "word the criterion so (reviewed by ...) and name them consulted")  # review 93c V1


def warn_unreceived(c: Checking) -> None:
    """Warn where the documents recorded for a person (``receives``) leave out a document they approved, or any
    document when they are the project manager, who owns every one: the distribution lists would leave them off."""
    people = {m.same_name(p.name): (i, p) for i, p in items(c.q.people) if p.name}
    manager = c.q.roles.project_manager if c.q.roles else None
    found = people.get(m.same_name(manager)) if manager else None
    if found is not None and found[1].receives is not None:
        left = [kind for kind in typing.get_args(DocumentKind) if kind not in found[1].receives]
        if left:
            c.warn(("people", found[0], "receives"),
                   f"{found[1].name} is the project manager, who owns every document, but the documents recorded "
                   f"for them leave out {in_words(left)}: leave receives out for them, or list every document")
    for i, approval in items(c.q.approvals):
        person = people.get(m.same_name(approval.by)) if approval.by else None
        if person is None or person[1].receives is None or not approval.document or approval.document in \
                person[1].receives or person[1] is (found[1] if found else None) or departed(person[1].role):
            continue  # (nor one whose job says they have left: review 163a F12, a retired sponsor)
        line = c.draft.mark(("people", person[0], "receives")).line
        c.warn(("approvals", i, "by"),
               f"{approval.by} approved the {approval.document}, but the documents recorded for them (receives, line "
               f"{line}) leave it out, so its distribution list would too: add {approval.document} to them")


def hint_outsider_rated(c: Checking) -> None:
    """Hint where a stakeholder of another organization, or one rated resistant or unaware, receives the communication
    plan, which gives the project's assessment of their engagement (review 92a F6: a union's officer sent their own
    rating as "resistant"; review 133a F5: one rated resistant or unaware, so too where ``receives`` is not answered,
    every document going to them)."""
    org = c.q.organization
    everyone = [p for _, p in items(c.q.people)]
    for i, person in items(c.q.people):
        if org is None or not person.name or not (person.engagement and person.engagement.current):
            continue
        outsider = is_outsider(person, org, everyone)
        if not (outsider or person.engagement.current in UNSHOWN_RATINGS):
            continue
        if person.receives and "communication-plan" in person.receives:
            at, how = ("people", i, "receives"), "receives the communication plan"
            fix = "or take communication-plan out of their receives: list"
        elif (person.receives is None and person.engagement.current in UNSHOWN_RATINGS
              and not (outsider and restricting(org.confidentiality))):  # (a label keeping it in: left off it)
            # (review 141b F8: left off its list, which says so; every other document goes to them)
            c.hint(("people", i, "engagement"),
                   f"{person.name} is rated {person.engagement.current}, so the communication plan, which gives the "
                   "project's assessment of their engagement, leaves them off its distribution list, and receives: "
                   "is not answered, so every other document goes to them: answer receives: with the documents they "
                   "should get")
            continue
        else:
            continue
        who = (f"belongs to another organization ({person.organization or 'not recorded'}) and" if outsider
               else "is rated " + person.engagement.current + " and")
        c.hint(at, f"{person.name} {who} {how}, which gives the project's assessment of their engagement "
                   f"(now: {person.engagement.current}) and of the other stakeholders': check that they should read "
                   f"it, {fix}")


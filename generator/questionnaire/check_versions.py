"""Hints about the documents' version: a revision history behind the records, and approvals that do not match it.

The documents' current version is the newest revision's (by date; the last written of a day), as their covers
say it (`generator.questionnaire.approval`).
Approvals of whole documents are compared with the revisions; an approval of a change request
or a status report (``id``) approves that record, which later revisions do not change.
"""

from __future__ import annotations

import re
from typing import Optional

from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.questionnaire.approval import latest_revision
from generator.questionnaire.check_running import newest_content
from generator.questionnaire.checking import Checking, items

# A revision summary saying the documents were approved: "Baseline approved by the sponsor", "signed off by the CRO",
# "Charte approuvée par la PDG", "vom Lenkungsausschuss genehmigt"; not when the words before it say it is still to
# come ("for sign-off", "not yet approved", "pour approbation" has no past form to match), nor a plan "re-baselined".
SIGNED = re.compile(r"(?<![-\w])(?:approved|baselined|signed[ -]?off|sign[ -]?off|signoff|approuvée?s?|validée?s?"
                    r"|genehmigt|freigegeben|abgenommen|aprobad[oa]s?|aprovad[oa]s?|approvat[oaie]|goedgekeurd)\b",
                    re.IGNORECASE)
NOT_YET = {"not", "yet", "awaiting", "pending", "for", "before", "until", "be", "needs", "need", "requires", "ready",
           "seeking", "request", "requested", "ask", "asked", "pas", "non", "encore", "être", "attente", "nicht",
           "noch", "zu", "werden", "no", "ser", "pendiente", "não", "nog", "niet", "worden", "essere"}
# A clause about a change request, whose approval is the request's, not the documents'.
ABOUT_A_CHANGE = re.compile(r"\b(?:change|changes|request|requests|CR|changements?|demandes?|änderung(?:en|santrag)?"
                            r"|cambios?|solicitud(?:es)?|mudanças?|modifiche|wijziging(?:en)?)\b", re.IGNORECASE)
# A clause about something else approved: a design, a budget or its increase, a contract, a gate (review 128c F11:
# "Design approved; out-of-band management added"; 128b F10: "Board of Directors approved a $120K budget increase")
ABOUT_OTHER = re.compile(r"\b(?:design|architecture|budget|increase|funding|contract|purchase|order|vendor|supplier"
                         r"|release|deployment|go-live|gate|prototype|pilot|model|headcount|hire|conception|contrat"
                         r"|entwurf|vertrag|diseño|presupuesto|contrato|ontwerp|progetto|contratto)\b|[$€£¥]",
                         re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;:,!?]")
ADD_APPROVAL = "add approvals: (each with document:, version:, by:, date:)"


def says_signed(summary: str, ids: set[str]) -> bool:
    """Return True when a revision summary says the documents were approved, signed off or baselined.

    ``ids`` are the change requests' ids, folded: a clause about a change request speaks of its approval.
    """
    for match in SIGNED.finditer(summary):
        before = summary[: match.start()]
        clauses = CLAUSE_END.split(before)
        clause = clauses[-1]
        if not clause.strip() and len(clauses) > 1 and before.rstrip().endswith(","):
            clause = clauses[-2]  # "Added CR-002 (...), approved by the change board": the clause before's approval
        words = re.findall(r"[\w-]+", clause.lower())
        if set(words[-2:]) & NOT_YET or ABOUT_A_CHANGE.search(clause) or set(words) & ids or ABOUT_OTHER.search(clause):
            continue
        rest = CLAUSE_END.split(summary[match.end():])[0]
        after = re.findall(r"[\w-]+", rest.lower())[:2]
        if ABOUT_A_CHANGE.search(" ".join(after)) or set(after) & ids:  # "approved changes CR-001 and CR-002 added"
            continue
        if re.match(r"\s+(?:an?|the)\s", rest, re.IGNORECASE) and (ABOUT_OTHER.search(rest) or ABOUT_A_CHANGE.search(rest)
                                                                   or set(re.findall(r"[\w-]+", rest.lower())) & ids):
            continue  # "approved a $120K budget increase for CR-002"
        return True
    return False


def current_revision(c: Checking) -> Optional[tuple[int, dm.Revision]]:
    """Return the revision whose version the documents carry (`approval.latest_revision`), with its index, or None."""
    entries = list(items(c.q.revisions))
    latest = latest_revision([r for _, r in entries])
    if latest is None or not latest.date or not latest.version:
        return None
    return next(i for i, r in entries if r is latest), latest


def whole_approvals(c: Checking) -> list[tuple[int, dm.Approval]]:
    """Return the approvals of whole documents (not of one change request or status report), with their indexes."""
    return [(i, a) for i, a in items(c.q.approvals)
            if a.document and a.document not in m.PER_ENTRY_DOCUMENTS and a.version and a.date]


def older(c: Checking, version: str, than: str) -> bool:
    """Return True when ``version`` comes before ``than``: earlier in the revision history, or, for a version the
    history does not hold, a smaller dotted number ("1.0" before "1.1"); False when it cannot be told."""
    order = [r.version.strip() for _, r in items(c.q.revisions) if r.version]
    if version in order and than in order:
        return order.index(version) < order.index(than)
    numbers = [tuple(int(part) for part in v.split(".")) if re.fullmatch(r"\d+(?:\.\d+)*", v) else None
               for v in (version, than)]
    return numbers[0] is not None and numbers[1] is not None and numbers[0] < numbers[1]


def hint_revision_behind(c: Checking) -> None:
    """Hint when the newest revision is older than the newest record the documents show."""
    latest, newest = current_revision(c), newest_content(c)
    if latest is None or newest is None:
        return
    i, revision = latest
    day, path, what = newest
    assert revision.date is not None
    if day > revision.date:
        c.hint(("revisions", i, "date"),
               f"the newest revision ({revision.version} of {revision.date}) is older than {what}"
               f"{'' if str(day) in what else f' on {day}'} "
               f"(line {c.draft.mark(path).line}): the documents say which newer records they reflect; to issue "
               "a new version, add a revision (version:, date:, author:, summary:), and the documents approved at "
               "an earlier version read as drafts of it until its approvals are recorded")  # review 87c: a loop


def hint_unapproved_version(c: Checking) -> None:
    """Hint at a document whose latest approval is of an older version than the documents' current one, or of a
    version no revision records."""
    latest = current_revision(c)
    if latest is None:
        return
    j, revision = latest
    current = (revision.version or "").strip()
    by_document: dict[str, list[tuple[int, dm.Approval]]] = {}
    for i, approval in whole_approvals(c):
        by_document.setdefault(str(approval.document), []).append((i, approval))
    for document, approvals in by_document.items():
        if any((a.version or "").strip() == current for _, a in approvals):
            continue
        i, last = max(approvals, key=lambda entry: (entry[1].date, entry[0]))
        version = (last.version or "").strip()
        line = c.draft.mark(("revisions", j, "version")).line
        if version not in {(r.version or "").strip() for _, r in items(c.q.revisions)} and not older(c, version, current):
            c.hint(("approvals", i, "version"),
                   f"the {document.replace('-', ' ')} approval is of version {version}, which no revision records: "
                   f"the documents are version {current} (line {line}), so they read as not yet approved; add "
                   f"revision {version} under revisions:, or correct the approval's version:")
        elif older(c, version, current):
            c.hint(("approvals", i, "version"),
                   f"the {document.replace('-', ' ')} was approved at version {version} ({last.by}, {last.date}), "
                   f"but the documents are now version {current} (revision of {revision.date}, line {line}): "
                   f"version {current} is not yet approved; once "
                   f"it is, add an approval (document: {document}, version: \"{current}\", by:, date:)")


def hint_approvals(c: Checking) -> None:
    """Hint at a revision that says the documents were approved while no approval of its version is recorded, or
    only one dated after it."""
    cc = c.q.change_control
    ids = {cr.id.lower() for _, cr in items(cc.requests if cc else None) if cr.id}
    signed = [(i, r) for i, r in items(c.q.revisions) if r.summary and says_signed(r.summary, ids)]
    if not signed:
        return
    approvals = whole_approvals(c)
    if not any(True for _ in items(c.q.approvals)):
        i, revision = signed[-1]
        c.hint(("revisions", i, "summary"),
               f"revision {revision.version} says the documents were approved, but no approval is recorded: the "
               "documents show DRAFT until approvals: records who approved which version; " + ADD_APPROVAL)
        return
    for i, revision in signed:
        version = (revision.version or "").strip()
        matching = [(k, a) for k, a in approvals if (a.version or "").strip() == version]
        if not matching:
            c.hint(("revisions", i, "summary"),
                   f"revision {version} says the documents were approved, but no approval of version {version} is "
                   f"recorded: {ADD_APPROVAL}, or say in the summary what was approved")
            continue
        k, first = min(matching, key=lambda entry: (entry[1].date, entry[0]))
        if revision.date and first.date and revision.date < first.date:
            c.hint(("revisions", i, "summary"),
                   f"revision {version} of {revision.date} says the documents were approved, but the approval of "
                   f"version {version} is dated {first.date} ({first.by}, line "
                   f"{c.draft.mark(('approvals', k, 'date')).line}): date the revision on or after the approval, or "
                   "word its summary as issued for approval")


def warn_approval_before_version(c: Checking) -> None:
    """Warn at an approval of a whole document dated before the version it approves was issued (its revision's
    date): the document would read "Approved" for a version that did not exist yet."""
    issued: dict[str, tuple[int, dm.Revision]] = {}
    for i, revision in items(c.q.revisions):
        version = (revision.version or "").strip()
        if version and revision.date and version not in issued:
            issued[version] = (i, revision)
    for k, approval in whole_approvals(c):
        found = issued.get((approval.version or "").strip())
        if found is None or not approval.date:
            continue
        i, revision = found
        if revision.date and approval.date < revision.date:
            c.warn(("approvals", k, "date"),
                   f"approval of version {approval.version} on {approval.date} is before revision {approval.version} "
                   f"({revision.date}, line {c.draft.mark(('revisions', i, 'date')).line}): an approval is of a "
                   "version already issued; correct one of the two dates")


def hint_entry_approval_of_unknown_version(c: Checking) -> None:
    """Hint at an approval of a change request or a status report naming a version the revision history does not
    record, where it records some (review 93c F2: approvals of "1.0" beside revisions 0.1 to 0.3; the forms said the
    approval stood in later versions, "now 0.3"); a whole document's: `hint_unapproved_version`."""
    known = {(r.version or "").strip() for _, r in items(c.q.revisions) if r.version}
    if not known:
        return
    dated = [(r.date, i, r) for i, r in items(c.q.revisions) if r.version and r.date]
    for k, approval in items(c.q.approvals):
        version = (approval.version or "").strip()
        if version and version not in known and approval.id:
            c.hint(("approvals", k, "version"),
                   f"the approval names version {version}, which no revision records ({', '.join(sorted(known))}): "
                   "give the version it approved, or add that revision")
        elif version and approval.id and approval.date:
            # review 116b F8: a status report approved at "1.0" when the pack had been 1.1 for months (a version
            # issued after the approval may be the one a change goes into: the spec's own example approves CR-001
            # at 1.1 two days before revision 1.1)
            named = [(day, i) for day, i, r in dated if (r.version or "").strip() == version]
            if approval.document == "status-report" and named and min(named)[0] > approval.date:
                # a report is approved as it stood: at a version issued after it, never (review 125c F6: the
                # report of 2026-06-30 approved at 1.2 on 2026-07-02, revision 1.2 of 2026-07-31); a change may go
                # into the next version (the spec's example)
                day, i = min(named)
                c.hint(("approvals", k, "version"),
                       f"the approval of the status report of {approval.id} on {approval.date} names version "
                       f"{version}, which was issued later, on {day} (line {c.draft.mark(('revisions', i, 'version')).line}):"
                       " give the version current when it was approved")
                continue
            issued = [(day, i, r) for day, i, r in dated if day <= approval.date]
            if not issued:
                continue
            _, i, then = max(issued, key=lambda entry: entry[:2])
            if (then.version or "").strip() != version and older(c, version, (then.version or "").strip()):
                report = approval.document == "status-report"
                what = f"the status report of {approval.id}" if report else approval.id
                # review 142c F8: a report's own "1.0" read as its first version; its header gives the pack's
                carries = ": a status report carries the pack's version, shown in its header;" if report else ":"
                c.hint(("approvals", k, "version"),
                       f"the approval of {what} on {approval.date} names version {version}, but the documents "
                       f"were version {then.version} that day (revision of {then.date}, line "
                       f"{c.draft.mark(('revisions', i, 'version')).line}){carries} give the version current when "
                       "it was approved")


"""Uniqueness: names, ids and report dates written once each, and per-entry ids that never share a file."""

from __future__ import annotations

from typing import Optional, Sequence

from generator.diagnostics import KeyPath
from generator.questionnaire import model as m
from generator.questionnaire.checking import Checking, folded, items
from generator.questionnaire.file_names import entries, entry_id, file_stem
from generator.questionnaire.suggest import normalize



def check_unique(c: Checking) -> None:
    """Report duplicate names, ids and report dates."""
    scope = c.q.scope
    cc = c.q.change_control
    comm = c.q.communication
    project = c.q.project
    unique = "each name must be unique"
    unique_id = "each id must be unique"
    groups: list[tuple[str, str, KeyPath, Optional[Sequence[object]], str]] = [
        ("person", unique, ("people",), c.q.people, "name"),
        ("phase", unique, ("project", "phases"), project.phases if project else None, "name"),
        ("deliverable", unique, ("scope", "deliverables"), scope.deliverables if scope else None, "name"),
        ("milestone", unique, ("milestones",), c.q.milestones, "name"),
        ("communication item", unique, ("communication", "items"), comm.items if comm else None, "name"),
        ("change request id", unique_id, ("change_control", "requests"), cc.requests if cc else None, "id"),
        ("glossary term", "each term must be unique", ("glossary",), c.q.glossary, "term"),
        ("status report date", "each report date must be unique", ("status_reports",), c.q.status_reports, "date"),
        ("decision id", unique_id, ("decisions",), c.q.decisions, "id"),
        ("issue id", unique_id, ("issues",), c.q.issues, "id"),
        ("technical debt id", unique_id, ("technical_debt",), c.q.technical_debt, "id"),
        ("RACI row for deliverable", "a deliverable has one RACI row", ("raci",), c.q.raci, "deliverable"),
    ]
    for label, rule, base, values, attr in groups:
        seen: dict[str, int] = {}
        for i, item in items(values):
            value = getattr(item, attr)
            if not value:
                continue
            key = folded(str(value))
            if key in seen:
                first = base + (seen[key], attr)
                c.report(base + (i, attr), f"duplicate {label} '{value}': already written at line "
                                           f"{c.draft.mark(first).line}; {rule}")
            else:
                seen[key] = i
    check_risk_ids(c)
    check_unique_approvals(c)


def check_risk_ids(c: Checking) -> None:
    """Report duplicate risk ids, saying when an id was given by default from the risk's position."""
    seen: dict[str, int] = {}
    for i, risk in items(c.q.risks):
        if not risk.id or c.draft.failed(("risks", i, "id")):
            continue
        key = folded(risk.id)
        if key not in seen:
            seen[key] = i
            continue
        first = seen[key]
        line = c.draft.mark(("risks", first, "id")).line
        if not c.typed(("risks", i, "id")):
            message = (f"risk has no id, and its default '{risk.id}' (from its position) is already used at "
                       f"line {line}: give this risk an id")
        elif not c.typed(("risks", first, "id")):
            message = (f"duplicate risk id '{risk.id}': the risk at line {line} has no id and gets "
                       f"'{risk.id}' by default (from its position); choose another id or give that risk one")
        else:
            message = f"duplicate risk id '{risk.id}': already written at line {line}; each id must be unique"
        c.report(("risks", i, "id"), message)


def check_unique_approvals(c: Checking) -> None:
    """Report the same approval (document, entry, version and approver) written twice."""
    seen: dict[tuple[str, ...], int] = {}
    for i, approval in items(c.q.approvals):
        if not (approval.document and approval.version and approval.by):
            continue
        key = (approval.document, folded(approval.id or ""), folded(approval.version), folded(approval.by))
        if key in seen:
            line = c.draft.mark(("approvals", seen[key])).line
            what = approval.document + (f" {approval.id}" if approval.id else "")
            c.report(("approvals", i), f"duplicate approval: {approval.by} approving version "
                                       f"{approval.version} of {what} is already written at line {line}",
                     at=("approvals", i, "document"))
        else:
            seen[key] = i



def check_file_names(c: Checking) -> None:
    """Report entries whose ids would be written to the same file (or to the kind's blank form)."""
    for kind in c.kinds:
        base: KeyPath = tuple(m.yaml_key(part) for part in kind.each.split("."))
        seen: dict[str, str] = {}  # file stem -> the first id saved under it ('' for the blank form)
        if kind.blank_form:
            seen[f"{kind.slug}-form".casefold()] = ""
        for i, entry in enumerate(entries(c.q, kind.each)):
            value = getattr(entry, kind.id_field, None) if entry is not None else None
            if value is None or value == "":
                continue
            ident = entry_id(value)
            stem = file_stem(ident, kind.entry_name).casefold()
            first = seen.get(stem)
            if first is not None and normalize(ident) != normalize(first):
                other = "the blank form" if not first else f"'{first}'"
                c.report(base + (i, kind.id_field), f"{kind.id_field} '{ident}' would be saved under the same file "
                                                    f"name as {other}; choose a more distinct {kind.id_field}")
            seen.setdefault(stem, ident)

"""Semantic checks: references, uniqueness, dates and the spec's warnings.

These run over the draft model after the structural walk, so they see every
value that could be read even when other parts of the file are broken.  Values
that failed to read are ``None`` in the draft and are skipped here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Iterator, Optional, Sequence, TypeVar

from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.diagnostics import Diagnostic, KeyPath, Severity
from generator.view.formatting import amount, percent
from generator.view.names import file_stem
from generator.questionnaire.rules import running_totals
from generator.questionnaire.suggest import did_you_mean, normalize
from generator.questionnaire.validate import Draft

BLANK_FORM_STEM = "change-request-form"
STALE_REPORT_DAYS = 28  # a status report older than four weeks behind the newest record is stale
T = TypeVar("T")


def walk_refs(obj: object, path: KeyPath = ()) -> Iterator[tuple[str, KeyPath, str]]:
    """Yield ``(kind, path, text)`` for every reference held anywhere in a draft model."""
    if obj is None or not dataclasses.is_dataclass(obj):
        return
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        child = path + (m.yaml_key(f.name),)
        ref = f.metadata.get("ref")
        if isinstance(value, list):
            for i, item in enumerate(value):
                if ref and isinstance(item, str):
                    yield ref, child + (i,), item
                else:
                    yield from walk_refs(item, child + (i,))
        elif ref and isinstance(value, str):
            yield ref, child, value
        else:
            yield from walk_refs(value, child)


def items(values: Optional[Sequence[Optional[T]]]) -> Iterator[tuple[int, T]]:
    """Yield ``(index, item)`` for the readable items of a draft list."""
    for i, item in enumerate(values or []):
        if item is not None:
            yield i, item


def folded(text: str) -> str:
    """Return a name or id as duplicates are compared: NFC, case and spacing folded."""
    return normalize(m.same_name(text))


class Checker:
    """Run the semantic checks over one draft and add what they find to it."""

    def __init__(self, draft: Draft, filename: str) -> None:
        self.draft = draft
        assert draft.questionnaire is not None, "the checks run over a draft that has a questionnaire"
        self.q: dm.Questionnaire = draft.questionnaire
        self.filename = filename

    def report(self, path: KeyPath, message: str, severity: Severity = Severity.ERROR,
               at: Optional[KeyPath] = None) -> None:
        """Record one problem about ``path``, placed at the position of ``at`` (default: ``path``)."""
        mark = self.draft.mark(at if at is not None else path)
        self.draft.diagnostics.append(Diagnostic(severity, message, path, mark, self.filename))

    def warn(self, path: KeyPath, message: str) -> None:
        """Record one warning, unless an error about the same value was already reported."""
        if not self.draft.failed(path):
            self.report(path, message, Severity.WARNING)

    # -- lookups -----------------------------------------------------------

    def people(self) -> list[str]:
        """Return the names of the people defined, in order."""
        return [p.name for _, p in items(self.q.people) if p.name]

    def deliverables(self) -> list[str]:
        """Return the names of the deliverables defined, in order."""
        scope = self.q.scope
        return [d.name for _, d in items(scope.deliverables if scope else None) if d.name]

    def milestones(self) -> list[str]:
        """Return the names of the milestones defined, in order."""
        return [ms.name for _, ms in items(self.q.milestones) if ms.name]

    def typed(self, path: KeyPath) -> bool:
        """Return True when the key at ``path`` was written in the file (not filled in by default)."""
        return path in self.draft.key_marks

    def project_dates(self) -> tuple[Optional[dt.date], Optional[dt.date]]:
        """Return the project's start and end, the end only when it is after the start."""
        project = self.q.project
        start = project.start if project else None
        end = project.end if project else None
        return start, end if not (start and end and end <= start) else None

    def team(self) -> set[str]:
        """Return the people the audience word ``team`` reaches."""
        roles = self.q.roles
        names = {roles.project_manager, roles.product_owner, roles.scrum_master, roles.technical_lead} if roles else set()
        scope = self.q.scope
        names |= {d.owner for _, d in items(scope.deliverables if scope else None)}
        return {n for n in names if n}

    # -- errors ------------------------------------------------------------

    def check_unique(self) -> None:
        """Report duplicate names, ids and report dates."""
        scope = self.q.scope
        cc = self.q.change_control
        comm = self.q.communication
        project = self.q.project
        unique = "each name must be unique"
        unique_id = "each id must be unique"
        groups: list[tuple[str, str, KeyPath, Optional[Sequence[object]], str]] = [
            ("person", unique, ("people",), self.q.people, "name"),
            ("phase", unique, ("project", "phases"), project.phases if project else None, "name"),
            ("deliverable", unique, ("scope", "deliverables"), scope.deliverables if scope else None, "name"),
            ("milestone", unique, ("milestones",), self.q.milestones, "name"),
            ("communication item", unique, ("communication", "items"), comm.items if comm else None, "name"),
            ("change request id", unique_id, ("change_control", "requests"), cc.requests if cc else None, "id"),
            ("glossary term", "each term must be unique", ("glossary",), self.q.glossary, "term"),
            ("status report date", "each report date must be unique", ("status_reports",), self.q.status_reports, "date"),
            ("decision id", unique_id, ("decisions",), self.q.decisions, "id"),
            ("issue id", unique_id, ("issues",), self.q.issues, "id"),
            ("technical debt id", unique_id, ("technical_debt",), self.q.technical_debt, "id"),
            ("RACI row for deliverable", "a deliverable has one RACI row", ("raci",), self.q.raci, "deliverable"),
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
                    self.report(base + (i, attr), f"duplicate {label} '{value}': already written at line "
                                                  f"{self.draft.mark(first).line}; {rule}")
                else:
                    seen[key] = i
        self.check_risk_ids()
        self.check_unique_approvals()

    def check_risk_ids(self) -> None:
        """Report duplicate risk ids, saying when an id was given by default from the risk's position."""
        seen: dict[str, int] = {}
        for i, risk in items(self.q.risks):
            if not risk.id or self.draft.failed(("risks", i, "id")):
                continue
            key = folded(risk.id)
            if key not in seen:
                seen[key] = i
                continue
            first = seen[key]
            line = self.draft.mark(("risks", first, "id")).line
            if not self.typed(("risks", i, "id")):
                message = (f"risk has no id, and its default '{risk.id}' (from its position) is already used at "
                           f"line {line}: give this risk an id")
            elif not self.typed(("risks", first, "id")):
                message = (f"duplicate risk id '{risk.id}': the risk at line {line} has no id and gets "
                           f"'{risk.id}' by default (from its position); choose another id or give that risk one")
            else:
                message = f"duplicate risk id '{risk.id}': already written at line {line}; each id must be unique"
            self.report(("risks", i, "id"), message)

    def check_unique_approvals(self) -> None:
        """Report the same approval (document, entry, version and approver) written twice."""
        seen: dict[tuple[str, ...], int] = {}
        for i, approval in items(self.q.approvals):
            if not (approval.document and approval.version and approval.by):
                continue
            key = (approval.document, folded(approval.id or ""), folded(approval.version), folded(approval.by))
            if key in seen:
                line = self.draft.mark(("approvals", seen[key])).line
                what = approval.document + (f" {approval.id}" if approval.id else "")
                self.report(("approvals", i), f"duplicate approval: {approval.by} approving version "
                                              f"{approval.version} of {what} is already written at line {line}",
                            at=("approvals", i, "document"))
            else:
                seen[key] = i

    def check_file_names(self) -> None:
        """Report change request ids that would be written to the same file."""
        cc = self.q.change_control
        seen: dict[str, str] = {BLANK_FORM_STEM.casefold(): ""}  # file stem -> the first id saved under it
        for i, cr in items(cc.requests if cc else None):
            if not cr.id:
                continue
            stem = file_stem(cr.id, "request").casefold()
            first = seen.get(stem)
            if first is not None and normalize(cr.id) != normalize(first):
                other = "the blank form" if not first else f"'{first}'"
                self.report(("change_control", "requests", i, "id"),
                            f"id '{cr.id}' would be saved under the same file name as {other}; choose a more distinct id")
            seen.setdefault(stem, cr.id)

    def check_references(self) -> None:
        """Report references to people, deliverables and milestones that are not defined."""
        people = self.people()
        known_people = {m.same_name(p) for p in people}
        named = {kind: (names, {m.same_name(n) for n in names}, where) for kind, names, where in (
            ("deliverable", self.deliverables(), "scope.deliverables"), ("milestone", self.milestones(), "milestones"))}
        team_words = set(m.AUDIENCE_WORDS)
        for kind, path, text in walk_refs(self.q):
            if self.draft.failed(path):  # already reported where it was typed (an invisible character)
                continue
            if kind in named:
                names, known, where = named[kind]
                if m.same_name(text) not in known:
                    hint = did_you_mean(text, names) or f"; use a name written under {where}"
                    self.report(path, f"unknown {kind} '{text}'{hint}")
                continue
            if m.same_name(text) in known_people:
                continue
            if kind == "audience" and text in team_words:
                continue
            if kind == "person-or-board" and text == m.BOARD:
                continue
            words = list(team_words) if kind == "audience" else [m.BOARD] if kind == "person-or-board" else []
            hint = did_you_mean(text, people + words)
            if kind == "audience":
                tail = hint or f"; use a name written under people, or one of the words {', '.join(m.AUDIENCE_WORDS)}"
            elif kind == "person-or-board":
                tail = hint or "; use a name written under people, or the word board"
            else:
                tail = hint or "; add them under people, or use a name written there"
            self.report(path, f"unknown person '{text}'{tail}")

    def check_approval_entries(self) -> None:
        """Report approvals whose ``id`` is missing, unexpected, or names no request or report."""
        cc = self.q.change_control
        entries = {
            "change-request": ([r.id for _, r in items(cc.requests if cc else None) if r.id],
                               "the id of a request under change_control.requests"),
            "status-report": ([str(r.date) for _, r in items(self.q.status_reports) if r.date],
                              "the date of a report under status_reports"),
        }
        for i, approval in items(self.q.approvals):
            base = ("approvals", i)
            if approval.document is None or self.draft.failed(base + ("id",)):
                continue
            if approval.document not in entries:
                if approval.id is not None:
                    self.report(base + ("id",), f"a {approval.document} approval takes no id (only "
                                                f"{' and '.join(m.PER_ENTRY_DOCUMENTS)} approvals name an entry): "
                                                "delete id:")
                continue
            known, what = entries[approval.document]
            if approval.id is None:
                self.report(base + ("id",), f"a {approval.document} approval must say which one it approves: "
                                            f"add id: with {what}", at=base + ("document",))
            elif folded(approval.id) not in {folded(k) for k in known}:
                hint = did_you_mean(approval.id, known) or f"; use {what}"
                self.report(base + ("id",), f"no {approval.document.replace('-', ' ')} '{approval.id}'{hint}")

    def check_dates(self) -> None:
        """Report dates out of order: project end, phases, deliverables, milestones, decisions."""
        project = self.q.project
        if project and project.start and project.end and project.end <= project.start:
            when = "on the day it starts" if project.end == project.start else f"before it starts ({project.start})"
            self.report(("project", "end"), f"the project ends ({project.end}) {when}; project.end must be after project.start")
        scope = self.q.scope
        for i, d in items(scope.deliverables if scope else None):
            self.within(("scope", "deliverables", i, "due"), "due date", d.due)
        for i, ms in items(self.q.milestones):
            self.within(("milestones", i, "date"), "milestone date", ms.date)
        self.check_phases()
        cc = self.q.change_control
        for i, cr in items(cc.requests if cc else None):
            base = ("change_control", "requests", i)
            if cr.decision is not None and cr.decision.date and cr.date and cr.decision.date < cr.date:
                self.report(base + ("decision", "date"),
                            f"the decision ({cr.decision.date}) is dated before the request itself ({cr.date})")
            if cr.status in m.DECIDED_STATUSES and cr.decision is None and cr.status is not None:
                self.report(base + ("decision",), f"request '{cr.id}' is {cr.status} but has no decision: "
                            "add decision: with by: and date:", at=base + ("status",))

    def within(self, path: KeyPath, what: str, day: Optional[dt.date]) -> None:
        """Report a date before the project starts or after it ends."""
        start, end = self.project_dates()
        if day is None:
            return
        if start and day < start:
            self.report(path, f"{what} {day} is before the project starts ({start})")
        elif end and day > end:
            self.report(path, f"{what} {day} is after the project ends ({end})")

    def check_phases(self) -> None:
        """Report phases outside the project dates, ending before they start, or out of order."""
        project = self.q.project
        previous: Optional[tuple[int, dm.Phase]] = None
        for i, phase in items(project.phases if project else None):
            base = ("project", "phases", i)
            self.within(base + ("start",), "phase start", phase.start)
            self.within(base + ("end",), "phase end", phase.end)
            if phase.start and phase.end and phase.end <= phase.start:
                when = "on the day it starts" if phase.end == phase.start else f"before it starts ({phase.start})"
                self.report(base + ("end",), f"the phase ends ({phase.end}) {when}; a phase's end must be after its start")
            if previous is not None and phase.start:
                j, before = previous
                line = self.draft.mark(("project", "phases", j, "name")).line
                if before.start and phase.start < before.start:
                    self.report(base + ("start",), f"phase '{phase.name}' starts ({phase.start}) before the phase listed "
                                                   f"above it, '{before.name}' (line {line}), starts ({before.start}): "
                                                   "list the phases in the order they happen")
                elif before.end and phase.start < before.end:
                    self.report(base + ("start",), f"phase '{phase.name}' starts ({phase.start}) before the phase "
                                                   f"before it, '{before.name}' (line {line}), ends ({before.end}): "
                                                   "phases must not overlap")
            if phase.start:
                previous = (i, phase)

    def check_thresholds(self) -> None:
        """Report approval thresholds whose limits do not grow from one level to the next."""
        cc = self.q.change_control
        for attr in ("max_cost", "max_schedule_days"):
            previous: Optional[tuple[int, dm.Threshold]] = None
            for i, threshold in items(cc.thresholds if cc else None):
                limit = getattr(threshold, attr)
                if limit is None:
                    continue
                if previous is not None and limit <= getattr(previous[1], attr):
                    j, before = previous
                    line = self.draft.mark(("change_control", "thresholds", j, attr)).line
                    who = f"{before.approver}: " if before.approver else ""
                    self.report(("change_control", "thresholds", i, attr),
                                f"{attr} {amount(limit)} does not grow from the level before ({who}"
                                f"{amount(getattr(before, attr))} at line {line}): thresholds are written smallest "
                                "first, each level allowing more than the last")
                previous = (i, threshold)

    def check_status_reports(self) -> None:
        """Report amber or red area ratings that do not say why."""
        for i, report in items(self.q.status_reports):
            for area in ("scope", "schedule", "budget"):
                status = getattr(report, area)
                if status is not None and status.rating in m.NOTED_RATINGS and not status.note:
                    self.report(("status_reports", i, area, "note"),
                                f"the {area} is rated {status.rating} but has no note: add note: saying why",
                                at=("status_reports", i, area, "rating"))

    def check_issues(self) -> None:
        """Report resolved or closed issues without a resolution."""
        for i, issue in items(self.q.issues):
            if issue.status in m.CLOSED_ISSUE_STATUSES and not issue.resolution and not self.draft.failed(("issues", i, "resolution")):
                self.report(("issues", i, "resolution"), f"issue '{issue.id}' is {issue.status} but has no resolution: "
                                                         "add resolution: saying how it was resolved",
                            at=("issues", i, "status"))

    # -- warnings ----------------------------------------------------------

    def warn_unreached(self) -> None:
        """Warn about high-influence people whom no communication item reaches."""
        comm = self.q.communication
        reached: set[str] = set()
        for _, item in items(comm.items if comm else None):
            audience = {name for name in item.audience or [] if name}
            if audience & {"stakeholders", "everyone"}:
                reached.update(self.people())
            if "team" in audience:
                reached |= self.team()
            reached |= audience
            if item.owner:
                reached.add(item.owner)
        reached = {m.same_name(name) for name in reached}
        for i, person in items(self.q.people):
            if person.influence == "high" and person.name and m.same_name(person.name) not in reached:
                path = ("people", i, "influence")
                self.warn(path, f"{person.name} has high influence but no communication item reaches them: "
                                "add them (or stakeholders, or everyone) to an item's audience under communication.items")

    def warn_risks(self) -> None:
        """Warn about open high/high risks without a mitigation."""
        for i, risk in items(self.q.risks):
            if risk.likelihood == "high" and risk.impact == "high" and not risk.mitigation and risk.status != "closed":
                self.warn(("risks", i), "risk rated high likelihood and high impact has no mitigation: add mitigation:")

    def warn_changes(self) -> None:
        """Warn about approvals above every threshold and approved cost beyond contingency."""
        cc = self.q.change_control
        if cc is None:
            return
        limits = [t.max_cost for _, t in items(cc.thresholds) if t.max_cost is not None]
        for i, cr in items(cc.requests):
            cost = cr.impact.cost if cr.impact else None
            if cr.status not in m.APPROVED_STATUSES:
                continue
            by = cr.decision.by if cr.decision else None
            if limits and cost is not None and cost > max(limits) and by and by != m.BOARD:
                self.warn(("change_control", "requests", i, "decision", "by"),
                          f"cost {amount(cost)} is above every approval threshold (largest max_cost {amount(max(limits))}) "
                          f"but the request was approved by {by}, not the board")
        budget = self.q.project.budget if self.q.project else None
        approved = [t for t in running_totals(cc.requests or []) if t.approved]
        if budget is None or budget.amount is None or not approved:
            return
        contingency = budget.amount * (budget.contingency_percent or 0) / 100
        if approved[-1].cost_to_date <= contingency:
            return  # within the contingency in the end, whatever it went through
        over = next(t for t in approved if t.cost_to_date > contingency)
        currency = budget.currency or ""
        self.warn(("change_control", "requests", over.index, "impact", "cost"),
                  f"approved changes now add {currency} {amount(over.cost_to_date)}, more than the budget's contingency of "
                  f"{currency} {amount(contingency)} ({percent(budget.contingency_percent or 0)}% of {amount(budget.amount)})")

    def warn_roles(self) -> None:
        """Warn about a scrum project without a product owner, and one person in roles that should be separate."""
        project, roles = self.q.project, self.q.roles
        if project and project.methodology == "scrum" and roles and not roles.product_owner:
            self.warn(("roles", "product_owner"), "a scrum project needs a product owner: add roles.product_owner")
        if roles is None:
            return
        separate = [("sponsor", "project_manager", "the sponsor holds the project manager to account"),
                    ("product_owner", "scrum_master", "the scrum master coaches the team, the product owner decides what it builds")]
        for first, second, why in separate:
            holder, other = getattr(roles, first), getattr(roles, second)
            if holder and other and m.same_name(holder) == m.same_name(other):
                self.warn(("roles", second), f"{other} is both {first.replace('_', ' ')} and {second.replace('_', ' ')}: "
                                             f"these roles should be held by different people ({why})")

    def warn_deliverables(self) -> None:
        """Warn about deliverables without an owner, or due after the milestone that lists them."""
        scope = self.q.scope
        listed: dict[str, tuple[dt.date, int, dm.Milestone]] = {}  # deliverable -> its earliest milestone
        for j, ms in items(self.q.milestones):
            if not ms.date or self.draft.failed(("milestones", j, "date")):
                continue  # a date already in error says nothing reliable about the deliverables
            for name in ms.deliverables or []:
                if name and (m.same_name(name) not in listed or ms.date < listed[m.same_name(name)][0]):
                    listed[m.same_name(name)] = (ms.date, j, ms)
        for i, d in items(scope.deliverables if scope else None):
            base = ("scope", "deliverables", i)
            if self.draft.failed(base + ("name",)):
                continue  # a duplicate: its warnings would be about the other deliverable of that name
            if d.owner is None and not self.draft.failed(base + ("owner",)):
                self.warn(base + ("owner",), f"deliverable '{d.name}' has no owner: add owner: (a person)")
            first = listed.get(m.same_name(d.name)) if d.name else None
            if first is not None and d.due and d.due > first[0]:
                ms = first[2]
                line = self.draft.mark(("milestones", first[1], "name")).line
                self.warn(base + ("due",), f"deliverable '{d.name}' is due {d.due}, after milestone '{ms.name}' "
                                           f"(line {line}, {ms.date}) that lists it as complete")

    def warn_forecasts(self) -> None:
        """Warn about milestones forecast after the project ends."""
        _, end = self.project_dates()
        for i, report in items(self.q.status_reports):
            for j, forecast in items(report.forecasts):
                if end and forecast.date and forecast.date > end:
                    self.warn(("status_reports", i, "forecasts", j, "date"),
                              f"milestone '{forecast.milestone}' is forecast for {forecast.date}, after the project "
                              f"ends ({end})")

    def dated_records(self) -> Iterator[tuple[Optional[dt.date], KeyPath, str]]:
        """Yield ``(date, path, what)`` for every record of something that happened (not planned dates)."""
        for i, revision in items(self.q.revisions):
            yield revision.date, ("revisions", i, "date"), f"revision {revision.version}"
        for i, decision in items(self.q.decisions):
            yield decision.date, ("decisions", i, "date"), f"decision {decision.id}"
        cc = self.q.change_control
        for i, cr in items(cc.requests if cc else None):
            yield cr.date, ("change_control", "requests", i, "date"), f"change request {cr.id}"
            if cr.decision is not None:
                yield cr.decision.date, ("change_control", "requests", i, "decision", "date"), f"the decision on {cr.id}"
        for i, issue in items(self.q.issues):
            yield issue.raised, ("issues", i, "raised"), f"issue {issue.id}"
        for i, lesson in items(self.q.lessons):
            yield lesson.date, ("lessons", i, "date"), "a lesson"
        for i, approval in items(self.q.approvals):
            yield approval.date, ("approvals", i, "date"), f"the approval of {approval.document}"

    def warn_stale_report(self) -> None:
        """Warn when the latest status report is more than four weeks older than the newest record."""
        reports = [(r.date, i) for i, r in items(self.q.status_reports) if r.date]
        records = [(day, path, what) for day, path, what in self.dated_records() if day]
        if not reports or not records:
            return
        latest, i = max(reports)
        newest, path, what = max(records, key=lambda record: record[0])
        days = (newest - latest).days
        if days > STALE_REPORT_DAYS:
            self.warn(("status_reports", i, "date"),
                      f"the latest status report ({latest}) is {days} days older than the newest record, {what} "
                      f"on {newest} (line {self.draft.mark(path).line}): add a status report for the current period")

    def warn_planning_status(self) -> None:
        """Warn when the project is still planning while it is visibly being run."""
        project, cc = self.q.project, self.q.change_control
        if project is None or project.status != "planning":
            return
        decided = [cr.id for _, cr in items(cc.requests if cc else None) if cr.status in m.DECIDED_STATUSES and cr.id]
        reasons = []
        if decided:
            reasons.append(f"change request {decided[0]} has been decided" if len(decided) == 1
                           else f"{len(decided)} change requests have been decided")
        if any(True for _ in items(self.q.status_reports)):
            reasons.append("a status report exists")
        if reasons:
            default = "" if self.typed(("project", "status")) else " (the default)"
            self.warn(("project", "status"), f"the project status is planning{default}, but {' and '.join(reasons)}: "
                                             "set project.status to active (or on-hold, or closed)")

    def warn_objectives(self) -> None:
        """Warn about objectives without a due date."""
        for i, objective in items(self.q.objectives):
            if objective.due is None:
                self.warn(("objectives", i, "due"), "objective has no due date: add due: YYYY-MM-DD")

    def run(self) -> None:
        """Run every check."""
        self.check_unique()
        self.check_file_names()
        self.check_references()
        self.check_approval_entries()
        self.check_dates()
        self.check_thresholds()
        self.check_status_reports()
        self.check_issues()
        self.warn_unreached()
        self.warn_risks()
        self.warn_changes()
        self.warn_roles()
        self.warn_objectives()
        self.warn_deliverables()
        self.warn_forecasts()
        self.warn_stale_report()
        self.warn_planning_status()


def check(draft: Draft, filename: str) -> None:
    """Add the semantic problems of a draft model to its diagnostics."""
    if draft.questionnaire is not None:
        Checker(draft, filename).run()

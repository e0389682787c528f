"""Semantic checks: references, uniqueness, dates and the spec's warnings.

These run over the draft model after the structural walk, so they see every
value that could be read even when other parts of the file are broken.  Values
that failed to read are ``None`` in the draft and are skipped here.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator, Optional

from generator import model as m
from generator.formatting import amount, percent
from generator.diagnostics import Diagnostic, KeyPath, Severity
from generator.names import file_stem
from generator.suggest import did_you_mean, normalize

BLANK_FORM_STEM = "change-request-form"
from generator.validate import Draft


def walk_refs(obj: Any, path: KeyPath = ()) -> Iterator[tuple[str, KeyPath, str]]:
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


def items(values: Optional[list[Any]]) -> Iterator[tuple[int, Any]]:
    """Yield ``(index, item)`` for the readable items of a draft list."""
    for i, item in enumerate(values or []):
        if item is not None:
            yield i, item


class Checker:
    """Run the semantic checks over one draft and add what they find to it."""

    def __init__(self, draft: Draft, filename: str) -> None:
        self.draft = draft
        self.q: m.Questionnaire = draft.questionnaire  # type: ignore[assignment]
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

    def team(self) -> set[str]:
        """Return the people the audience word ``team`` reaches."""
        roles = self.q.roles
        names = {roles.project_manager, roles.product_owner, roles.scrum_master, roles.technical_lead} if roles else set()
        scope = self.q.scope
        names |= {d.owner for _, d in items(scope.deliverables if scope else None)}
        return {n for n in names if n}

    # -- errors ------------------------------------------------------------

    def check_unique(self) -> None:
        """Report duplicate names and ids."""
        scope = self.q.scope
        cc = self.q.change_control
        comm = self.q.communication
        groups: list[tuple[str, KeyPath, Optional[list[Any]], str]] = [
            ("person", ("people",), self.q.people, "name"),
            ("deliverable", ("scope", "deliverables"), scope.deliverables if scope else None, "name"),
            ("milestone", ("milestones",), self.q.milestones, "name"),
            ("communication item", ("communication", "items"), comm.items if comm else None, "name"),
            ("change request id", ("change_control", "requests"), cc.requests if cc else None, "id"),
            ("glossary term", ("glossary",), self.q.glossary, "term"),
        ]
        for label, base, values, attr in groups:
            seen: dict[str, int] = {}
            for i, item in items(values):
                text = getattr(item, attr)
                if not text:
                    continue
                folded = normalize(text)
                if folded in seen:
                    first = base + (seen[folded], attr)
                    self.report(base + (i, attr),
                                f"duplicate {label} '{text}': already written at line {self.draft.mark(first).line}; "
                                f"each {label.split()[-1] if label != 'change request id' else 'id'} must be unique")
                else:
                    seen[folded] = i

    def check_file_names(self) -> None:
        """Report change request ids that would be written to the same file."""
        cc = self.q.change_control
        seen: dict[str, int] = {BLANK_FORM_STEM.casefold(): -1}
        for i, cr in items(cc.requests if cc else None):
            if not cr.id:
                continue
            stem = file_stem(cr.id, "request").casefold()
            if stem in seen and normalize(cr.id) != normalize(cc.requests[seen[stem]].id if seen[stem] >= 0 else ""):
                other = "the blank form" if seen[stem] < 0 else f"'{cc.requests[seen[stem]].id}'"
                self.report(("change_control", "requests", i, "id"),
                            f"id '{cr.id}' would be saved under the same file name as {other}; choose a more distinct id")
            seen.setdefault(stem, i)

    def check_references(self) -> None:
        """Report references to people and deliverables that are not defined."""
        people = self.people()
        known_people = set(people)
        deliverables = self.deliverables()
        team_words = set(m.AUDIENCE_WORDS)
        for kind, path, text in walk_refs(self.q):
            if kind == "deliverable":
                if text not in deliverables:
                    hint = did_you_mean(text, deliverables) or "; use a name written under scope.deliverables"
                    self.report(path, f"unknown deliverable '{text}'{hint}")
                continue
            if text in known_people:
                continue
            if kind == "audience" and text in team_words:
                continue
            if kind == "person-or-board" and text == m.BOARD:
                continue
            words = list(team_words) if kind == "audience" else [m.BOARD] if kind == "person-or-board" else []
            hint = did_you_mean(text, people + words)
            if kind == "audience":
                tail = hint or f"; use a name written under people, or one of the words {', '.join(m.AUDIENCE_WORDS)}"
                self.report(path, f"unknown person '{text}'{tail}")
            elif kind == "person-or-board":
                tail = hint or "; use a name written under people, or the word board"
                self.report(path, f"unknown person '{text}'{tail}")
            else:
                tail = hint or "; add them under people, or use a name written there"
                self.report(path, f"unknown person '{text}'{tail}")

    def check_dates(self) -> None:
        """Report dates out of order: project end, deliverables, milestones, decisions."""
        project = self.q.project
        start = project.start if project else None
        end = project.end if project else None
        if start and end and end <= start:
            when = "on the day it starts" if end == start else f"before it starts ({start})"
            self.report(("project", "end"), f"the project ends ({end}) {when}; project.end must be after project.start")
            end = None
        scope = self.q.scope

        def within(path: KeyPath, what: str, day: Any) -> None:
            if day is None:
                return
            if start and day < start:
                self.report(path, f"{what} {day} is before the project starts ({start})")
            elif end and day > end:
                self.report(path, f"{what} {day} is after the project ends ({end})")

        for i, d in items(scope.deliverables if scope else None):
            within(("scope", "deliverables", i, "due"), "due date", d.due)
        for i, ms in items(self.q.milestones):
            within(("milestones", i, "date"), "milestone date", ms.date)
        cc = self.q.change_control
        for i, cr in items(cc.requests if cc else None):
            base = ("change_control", "requests", i)
            if cr.decision is not None and cr.decision.date and cr.date and cr.decision.date < cr.date:
                self.report(base + ("decision", "date"),
                            f"the decision ({cr.decision.date}) is dated before the request itself ({cr.date})")
            if cr.status in m.DECIDED_STATUSES and cr.decision is None and cr.status is not None:
                self.report(base + ("decision",), f"request '{cr.id}' is {cr.status} but has no decision: "
                            "add decision: with by: and date:", at=base + ("status",))

    # -- warnings ----------------------------------------------------------

    def warn_unreached(self) -> None:
        """Warn about high-influence people whom no communication item reaches."""
        comm = self.q.communication
        reached: set[str] = set()
        for _, item in items(comm.items if comm else None):
            audience = set(item.audience or [])
            if audience & {"stakeholders", "everyone"}:
                reached.update(self.people())
            if "team" in audience:
                reached |= self.team()
            reached |= audience
            if item.owner:
                reached.add(item.owner)
        for i, person in items(self.q.people):
            if person.influence == "high" and person.name and person.name not in reached:
                path = ("people", i, "influence")
                self.warn(path, f"{person.name} has high influence but no communication item reaches them: "
                                "add them (or stakeholders, or everyone) to an item's audience under communication.items")

    def warn_risks(self) -> None:
        """Warn about high/high risks without a mitigation."""
        for i, risk in items(self.q.risks):
            if risk.likelihood == "high" and risk.impact == "high" and not risk.mitigation:
                self.warn(("risks", i), "risk rated high likelihood and high impact has no mitigation: add mitigation:")

    def warn_changes(self) -> None:
        """Warn about approvals above every threshold and approved cost beyond contingency."""
        cc = self.q.change_control
        if cc is None:
            return
        limits = [t.max_cost for _, t in items(cc.thresholds) if t.max_cost is not None]
        approved = []
        for i, cr in items(cc.requests):
            cost = cr.impact.cost if cr.impact else None
            if cr.status not in m.APPROVED_STATUSES:
                continue
            by = cr.decision.by if cr.decision else None
            if limits and cost is not None and cost > max(limits) and by and by != m.BOARD:
                self.warn(("change_control", "requests", i, "decision", "by"),
                          f"cost {amount(cost)} is above every approval threshold (largest max_cost {amount(max(limits))}) "
                          f"but the request was approved by {by}, not the board")
            if cost is not None:
                day = (cr.decision.date if cr.decision and cr.decision.date else None) or cr.date
                approved.append((day.toordinal() if day else 0, i, cost))
        budget = self.q.project.budget if self.q.project else None
        if budget is None or budget.amount is None or not approved:
            return
        contingency = budget.amount * (budget.contingency_percent or 0) / 100
        approved.sort()
        if sum(cost for _, _, cost in approved) <= contingency:
            return
        total = 0.0
        for _, i, cost in approved:
            total += cost
            if total > contingency:
                currency = budget.currency or ""
                self.warn(("change_control", "requests", i, "impact", "cost"),
                          f"approved changes now add {currency} {amount(total)}, more than the budget's contingency of "
                          f"{currency} {amount(contingency)} ({percent(budget.contingency_percent or 0)}% of {amount(budget.amount)})")
                return

    def warn_roles(self) -> None:
        """Warn about a scrum project without a product owner."""
        project, roles = self.q.project, self.q.roles
        if project and project.methodology == "scrum" and roles and not roles.product_owner:
            self.warn(("roles", "product_owner"), "a scrum project needs a product owner: add roles.product_owner")

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
        self.check_dates()
        self.warn_unreached()
        self.warn_risks()
        self.warn_changes()
        self.warn_roles()
        self.warn_objectives()


def check(draft: Draft, filename: str) -> None:
    """Add the semantic problems of a draft model to its diagnostics."""
    if draft.questionnaire is not None:
        Checker(draft, filename).run()

"""The ground the semantic checks share: the draft being checked, how a problem is reported, and common lookups."""

from __future__ import annotations

import datetime as dt
from typing import Iterator, Optional, Sequence, TypeVar

from generator.diagnostics import Diagnostic, KeyPath, Severity
from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.questionnaire.file_names import BUILT_IN, PerEntryKind
from generator.questionnaire.organizations import is_outsider, restricting
from generator.questionnaire.rules import apart_from_team, by_job, delivery_holders, doers, team_names
from generator.questionnaire.suggest import normalize
from generator.questionnaire.validate import Draft

T = TypeVar("T")


def items(values: Optional[Sequence[Optional[T]]]) -> Iterator[tuple[int, T]]:
    """Yield ``(index, item)`` for the readable items of a draft list."""
    for i, item in enumerate(values or []):
        if item is not None:
            yield i, item


def in_words(words: Sequence[str]) -> str:
    """Return words as a sentence lists them: 'A', 'A and B', 'A, B and C'."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}" if words else ""


def folded(text: str) -> str:
    """Return a name or id as duplicates are compared: NFC, case and spacing folded."""
    return normalize(m.same_name(text))


class Checking:
    """Return one draft under check: its questionnaire, where problems go, and the lookups the checks share.

    The checks (:mod:`generator.questionnaire.checks`) run over the draft model after
    the structural walk, so they see every value that could be read even when other
    parts of the file are broken; values that failed to read are ``None`` and skipped.
    """

    def __init__(self, draft: Draft, filename: str, kinds: Sequence[PerEntryKind] = BUILT_IN) -> None:
        self.draft = draft
        assert draft.questionnaire is not None, "the checks run over a draft that has a questionnaire"
        self.q: dm.Questionnaire = draft.questionnaire
        self.filename = filename
        self.kinds = tuple(kinds)  # the document kinds written once per entry of a list, whose files must not clash
        self.hints: list[Diagnostic] = []  # hints: kept apart from the problems, printed by validate only

    def report(self, path: KeyPath, message: str, severity: Severity = Severity.ERROR,
               at: Optional[KeyPath] = None) -> None:
        """Record one problem about ``path``, placed at the position of ``at`` (default: ``path``)."""
        mark = self.draft.mark(at if at is not None else path)
        self.draft.diagnostics.append(Diagnostic(severity, message, path, mark, self.filename))

    def warn(self, path: KeyPath, message: str) -> None:
        """Record one warning, unless an error about the same value was already reported."""
        if not self.draft.failed(path):
            self.report(path, message, Severity.WARNING)

    def hint(self, path: KeyPath, message: str) -> None:
        """Record one hint about ``path`` (a key left unanswered or empty), placed at its key or else its nearest parent's."""
        mark = self.draft.key_marks.get(path) or self.draft.mark(path)
        self.hints.append(Diagnostic(Severity.HINT, message, path, mark, self.filename))

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

    def broad(self) -> list[str]:
        """Return the people the audience words ``stakeholders`` and ``everyone`` reach, in order: everyone, but those
        of other organizations where the confidentiality label keeps the documents within this one (`organizations`)."""
        org = self.q.organization
        if org is None or not restricting(org.confidentiality):
            return self.people()
        people = [p for _, p in items(self.q.people)]
        return [p.name for p in people if p.name and not is_outsider(p, org, people)]

    def team(self) -> set[str]:
        """Return the people the audience word ``team`` reaches (`rules.team_names`)."""
        people = [p for _, p in items(self.q.people)]
        methodology = self.q.project.methodology if self.q.project else None
        holders = delivery_holders(self.q.roles) + by_job(people, self.q.organization, methodology, self.q.roles)
        scope = self.q.scope
        owners = [d.owner for _, d in items(scope.deliverables if scope else None)]
        # the owners who do the work: responsible for it in the RACI matrix, or it has no row there
        owned = [(d.name, d.owner) for _, d in items(scope.deliverables if scope else None)]
        rows = [(row.deliverable, [name for _, name in items(row.responsible)]) for _, row in items(self.q.raci)]
        owners += [name for _, row in items(self.q.raci) for _, name in items(row.responsible)]  # who does the work
        return set(team_names(holders, owners, apart_from_team(people, holders, self.q.organization,
                                                                doers(owned, rows), doers(owned, rows, named=True))))

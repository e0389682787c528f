"""The draft model: the questionnaire as the validator builds it, before its problems are known.

Validation reports every problem in one run, so a value that cannot be read is left ``None`` and the walk goes
on; the semantic checks then read this *draft*, in which any field (required or not) and any list item may be
``None``.  The declarations below say so to the type checker: each class mirrors the model class of the same
name with every value optional.  At run time a draft *is* the model object (the validator builds the classes of
:mod:`generator.questionnaire.model`), so nothing is copied; :func:`as_model` is the one place a draft becomes
the model, once no error was found.  tests/test_draft.py keeps the declarations in step with the model.

Longer than about 400 lines because it mirrors `generator.questionnaire.model` class for class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from generator.questionnaire import model as m

if TYPE_CHECKING:
    import datetime as _dt
    from dataclasses import dataclass
    from typing import Optional

    from generator.questionnaire.model import (
        DebtStatus, DocumentKind, Engagement, Funding, IssueStatus, Level, Methodology, Paper, Priority, ProjectStatus,
        ProjectType, Rating, RequestStatus, RiskCategory, RiskResponse, RiskStatus,
    )

    @dataclass(frozen=True, kw_only=True)
    class Budget:
        """Return a draft :class:`~generator.questionnaire.model.Budget`."""

        amount: Optional[float]
        currency: Optional[str]
        contingency_percent: Optional[float]
        contingency_included: Optional[bool]

    @dataclass(frozen=True, kw_only=True)
    class Phase:
        """Return a draft :class:`~generator.questionnaire.model.Phase`."""

        name: Optional[str]
        start: Optional[_dt.date]
        end: Optional[_dt.date]
        gate: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class Project:
        """Return a draft :class:`~generator.questionnaire.model.Project`."""

        name: Optional[str]
        code: Optional[str]
        type: Optional[ProjectType]
        methodology: Optional[Methodology]
        summary: Optional[str]
        problem: Optional[str]
        start: Optional[_dt.date]
        end: Optional[_dt.date]
        status: Optional[ProjectStatus]
        budget: Optional[Budget]
        sprint_length_weeks: Optional[int]
        wip_limit: Optional[int]
        language: Optional[str]
        phases: Optional[list[Optional[Phase]]]
        completion_signoff: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class Organization:
        """Return a draft :class:`~generator.questionnaire.model.Organization`."""

        name: Optional[str]
        department: Optional[str]
        paper: Optional[Paper]
        confidentiality: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class StakeholderEngagement:
        """Return a draft :class:`~generator.questionnaire.model.StakeholderEngagement`."""

        current: Optional[Engagement]
        desired: Optional[Engagement]

    @dataclass(frozen=True, kw_only=True)
    class Person:
        """Return a draft :class:`~generator.questionnaire.model.Person`."""

        name: Optional[str]
        role: Optional[str]
        organization: Optional[str]
        email: Optional[str]
        influence: Optional[Level]
        interest: Optional[Level]
        technical: Optional[bool]
        external: Optional[bool]
        time_zone: Optional[str]
        language: Optional[str]
        engagement: Optional[StakeholderEngagement]
        receives: Optional[list[Optional[DocumentKind]]]

    @dataclass(frozen=True, kw_only=True)
    class Roles:
        """Return a draft :class:`~generator.questionnaire.model.Roles`."""

        sponsor: Optional[str]
        project_manager: Optional[str]
        product_owner: Optional[str]
        scrum_master: Optional[str]
        technical_lead: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class Objective:
        """Return a draft :class:`~generator.questionnaire.model.Objective`."""

        objective: Optional[str]
        measure: Optional[str]
        due: Optional[_dt.date]
        deliverables: Optional[list[Optional[str]]]

    @dataclass(frozen=True, kw_only=True)
    class Deliverable:
        """Return a draft :class:`~generator.questionnaire.model.Deliverable`."""

        name: Optional[str]
        description: Optional[str]
        acceptance: Optional[list[Optional[str]]]
        owner: Optional[str]
        due: Optional[_dt.date]

    @dataclass(frozen=True, kw_only=True)
    class Scope:
        """Return a draft :class:`~generator.questionnaire.model.Scope`."""

        in_: Optional[list[Optional[str]]]
        out: Optional[list[Optional[str]]]
        requirements: Optional[list[Optional[str]]]
        deliverables: Optional[list[Optional[Deliverable]]]
        assumptions: Optional[list[Optional[str]]]
        constraints: Optional[list[Optional[str]]]

    @dataclass(frozen=True, kw_only=True)
    class Milestone:
        """Return a draft :class:`~generator.questionnaire.model.Milestone`."""

        name: Optional[str]
        date: Optional[_dt.date]
        deliverables: Optional[list[Optional[str]]]

    @dataclass(frozen=True, kw_only=True)
    class Risk:
        """Return a draft :class:`~generator.questionnaire.model.Risk`."""

        risk: Optional[str]
        likelihood: Optional[Level]
        impact: Optional[Level]
        mitigation: Optional[str]
        owner: Optional[str]
        id: Optional[str]
        category: Optional[RiskCategory]
        response: Optional[RiskResponse]
        trigger: Optional[str]
        contingency: Optional[str]
        status: Optional[RiskStatus]
        review: Optional[_dt.date]
        residual: Optional[Level]
        raised: Optional[_dt.date]
        occurred: Optional[_dt.date]
        closed: Optional[_dt.date]

    @dataclass(frozen=True, kw_only=True)
    class CommunicationItem:
        """Return a draft :class:`~generator.questionnaire.model.CommunicationItem`."""

        name: Optional[str]
        audience: Optional[list[Optional[str]]]
        purpose: Optional[str]
        channel: Optional[str]
        frequency: Optional[str]
        format: Optional[str]
        owner: Optional[str]
        language: Optional[str] = None

    @dataclass(frozen=True, kw_only=True)
    class Escalation:
        """Return a draft :class:`~generator.questionnaire.model.Escalation`."""

        level: Optional[str]
        who: Optional[str]
        when: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class Communication:
        """Return a draft :class:`~generator.questionnaire.model.Communication`."""

        defaults: Optional[bool]
        items: Optional[list[Optional[CommunicationItem]]]
        escalation: Optional[list[Optional[Escalation]]]
        tools: Optional[list[Optional[str]]]

    @dataclass(frozen=True, kw_only=True)
    class Threshold:
        """Return a draft :class:`~generator.questionnaire.model.Threshold`."""

        approver: Optional[str]
        max_cost: Optional[float]
        max_schedule_days: Optional[int]

    @dataclass(frozen=True, kw_only=True)
    class Impact:
        """Return a draft :class:`~generator.questionnaire.model.Impact`."""

        scope: Optional[str]
        schedule_days: Optional[int]
        cost: Optional[float]
        risk: Optional[Level]
        quality: Optional[str]
        resources: Optional[str]
        funding: Optional[Funding]
        in_spending: Optional[bool]
        milestones: Optional[list[Optional[str]]]
        in_baseline: Optional[bool]

    @dataclass(frozen=True, kw_only=True)
    class Decision:
        """Return a draft :class:`~generator.questionnaire.model.Decision`."""

        by: Optional[str]
        date: Optional[_dt.date]
        notes: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class ChangeRequest:
        """Return a draft :class:`~generator.questionnaire.model.ChangeRequest`."""

        id: Optional[str]
        title: Optional[str]
        requested_by: Optional[str]
        date: Optional[_dt.date]
        description: Optional[str]
        reason: Optional[str]
        impact: Optional[Impact]
        deliverables: Optional[list[Optional[str]]]
        type: Optional[str]
        if_not_made: Optional[str]
        options: Optional[str]
        recommendation: Optional[str]
        rollback: Optional[str]
        test_evidence: Optional[str]
        priority: Optional[Priority]
        status: Optional[RequestStatus]
        decision: Optional[Decision]

    @dataclass(frozen=True, kw_only=True)
    class ChangeControl:
        """Return a draft :class:`~generator.questionnaire.model.ChangeControl`."""

        board: Optional[list[Optional[str]]]
        board_name: Optional[str]
        thresholds: Optional[list[Optional[Threshold]]]
        requests: Optional[list[Optional[ChangeRequest]]]

    @dataclass(frozen=True, kw_only=True)
    class Term:
        """Return a draft :class:`~generator.questionnaire.model.Term`."""

        term: Optional[str]
        meaning: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class Revision:
        """Return a draft :class:`~generator.questionnaire.model.Revision`."""

        version: Optional[str]
        date: Optional[_dt.date]
        author: Optional[str]
        summary: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class AreaStatus:
        """Return a draft :class:`~generator.questionnaire.model.AreaStatus`."""

        rating: Optional[Rating]
        note: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class BudgetStatus:
        """Return a draft :class:`~generator.questionnaire.model.BudgetStatus`."""

        rating: Optional[Rating]
        note: Optional[str]
        spent: Optional[float]
        forecast: Optional[float]

    @dataclass(frozen=True, kw_only=True)
    class Forecast:
        """Return a draft :class:`~generator.questionnaire.model.Forecast`."""

        milestone: Optional[str]
        date: Optional[_dt.date]

    @dataclass(frozen=True, kw_only=True)
    class StatusReport:
        """Return a draft :class:`~generator.questionnaire.model.StatusReport`."""

        date: Optional[_dt.date]
        overall: Optional[Rating]
        summary: Optional[str]
        scope: Optional[AreaStatus]
        schedule: Optional[AreaStatus]
        budget: Optional[BudgetStatus]
        done: Optional[list[Optional[str]]]
        next: Optional[list[Optional[str]]]
        decisions_needed: Optional[list[Optional[str]]]
        forecasts: Optional[list[Optional[Forecast]]]

    @dataclass(frozen=True, kw_only=True)
    class LoggedDecision:
        """Return a draft :class:`~generator.questionnaire.model.LoggedDecision`."""

        id: Optional[str]
        date: Optional[_dt.date]
        decision: Optional[str]
        by: Optional[str]
        rationale: Optional[str]
        alternatives: Optional[list[Optional[str]]]
        related: Optional[list[Optional[str]]]

    @dataclass(frozen=True, kw_only=True)
    class Issue:
        """Return a draft :class:`~generator.questionnaire.model.Issue`."""

        id: Optional[str]
        raised: Optional[_dt.date]
        issue: Optional[str]
        owner: Optional[str]
        priority: Optional[Priority]
        status: Optional[IssueStatus]
        due: Optional[_dt.date]
        resolution: Optional[str]
        closed: Optional[_dt.date]
        started: Optional[_dt.date]

    @dataclass(frozen=True, kw_only=True)
    class TechnicalDebt:
        """Return a draft :class:`~generator.questionnaire.model.TechnicalDebt`."""

        id: Optional[str]
        item: Optional[str]
        area: Optional[str]
        cause: Optional[str]
        impact: Optional[str]
        interest: Optional[Level]
        effort_days: Optional[float]
        remediation: Optional[str]
        owner: Optional[str]
        target: Optional[_dt.date]
        status: Optional[DebtStatus]

    @dataclass(frozen=True, kw_only=True)
    class RaciRow:
        """Return a draft :class:`~generator.questionnaire.model.RaciRow`."""

        deliverable: Optional[str]
        responsible: Optional[list[Optional[str]]]
        accountable: Optional[str]
        consulted: Optional[list[Optional[str]]]
        informed: Optional[list[Optional[str]]]

    @dataclass(frozen=True, kw_only=True)
    class Lesson:
        """Return a draft :class:`~generator.questionnaire.model.Lesson`."""

        date: Optional[_dt.date]
        what_happened: Optional[str]
        lesson: Optional[str]
        category: Optional[str]
        action: Optional[str]
        owner: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class Approval:
        """Return a draft :class:`~generator.questionnaire.model.Approval`."""

        document: Optional[DocumentKind]
        id: Optional[str]
        version: Optional[str]
        by: Optional[str]
        date: Optional[_dt.date]
        fingerprint: Optional[str]

    @dataclass(frozen=True, kw_only=True)
    class Questionnaire:
        """Return a draft :class:`~generator.questionnaire.model.Questionnaire`."""

        schema_version: Optional[int]
        project: Optional[Project]
        organization: Optional[Organization]
        people: Optional[list[Optional[Person]]]
        roles: Optional[Roles]
        objectives: Optional[list[Optional[Objective]]]
        scope: Optional[Scope]
        milestones: Optional[list[Optional[Milestone]]]
        risks: Optional[list[Optional[Risk]]]
        communication: Optional[Communication]
        change_control: Optional[ChangeControl]
        glossary: Optional[list[Optional[Term]]]
        revisions: Optional[list[Optional[Revision]]]
        status_reports: Optional[list[Optional[StatusReport]]]
        decisions: Optional[list[Optional[LoggedDecision]]]
        issues: Optional[list[Optional[Issue]]]
        technical_debt: Optional[list[Optional[TechnicalDebt]]]
        raci: Optional[list[Optional[RaciRow]]]
        lessons: Optional[list[Optional[Lesson]]]
        approvals: Optional[list[Optional[Approval]]]
else:  # at run time a draft is the model object itself, built before its values were all checked
    from generator.questionnaire.model import (
        Budget, Phase, Project, Organization, StakeholderEngagement, Person, Roles, Objective, Deliverable, Scope,
        Milestone, Risk, CommunicationItem, Escalation, Communication, Threshold, Impact, Decision, ChangeRequest,
        ChangeControl, Term, Revision, AreaStatus, BudgetStatus, Forecast, StatusReport, LoggedDecision, Issue,
        TechnicalDebt, RaciRow, Lesson, Approval, Questionnaire,
    )


def as_model(draft: Questionnaire) -> m.Questionnaire:
    """Return a draft in which no error was found as the model.

    Every value the validator could not read was reported as an error, so a draft without errors holds every
    required value, and, being the model object at run time, it is returned as it is.
    """
    return cast(m.Questionnaire, draft)

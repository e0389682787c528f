"""The questionnaire as typed, immutable data.

Each class (a frozen dataclass, cheap to define: see :class:`generator.record.Record`)
mirrors one mapping of ``shared/questionnaire-spec.md``; the field
order is the order keys are documented in.  A field's metadata (see :func:`key`)
says whether it is required, what it means, and any bound on its value.  The
validator, the JSON Schema and the ``init`` example are all driven from these
declarations, so the contract lives in one place.

Longer than about 400 lines because it is the questionnaire format itself: one class per mapping of the
spec, in the spec's order.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
import dataclasses
from dataclasses import MISSING, Field, field
from typing import Any, Callable, Literal, Optional, Protocol, TypedDict, cast

from generator.record import Record

Level = Literal["low", "medium", "high"]
ProjectType = Literal[
    "software-development", "infrastructure-upgrade", "data-pipeline", "api-integration",
    "cybersecurity", "it-rollout", "ml-deployment", "devops-automation", "other",
]
Methodology = Literal["waterfall", "agile", "scrum", "kanban", "devops", "hybrid"]
ProjectStatus = Literal["planning", "active", "on-hold", "closed"]
Priority = Literal["low", "medium", "high", "critical"]
RequestStatus = Literal["proposed", "under-review", "approved", "rejected", "deferred", "implemented"]
Funding = Literal["contingency", "budget-increase", "other"]
Paper = Literal["a4", "letter"]
Engagement = Literal["unaware", "resistant", "neutral", "supportive", "leading"]
RiskCategory = Literal["technical", "schedule", "cost", "resource", "vendor", "security", "compliance",
                       "operational", "organizational", "other"]
RiskResponse = Literal["avoid", "mitigate", "transfer", "accept", "escalate"]
RiskStatus = Literal["open", "occurred", "closed"]
Rating = Literal["green", "amber", "red"]
IssueStatus = Literal["open", "in-progress", "resolved", "closed"]
DebtStatus = Literal["open", "planned", "in-progress", "paid-down"]
DocumentKind = Literal[
    "project-charter", "scope-statement", "communication-plan", "risk-register", "change-control-plan",
    "raci-matrix", "executive-summary", "decision-log", "issue-log", "technical-debt-register", "lessons-learned",
    "change-request", "status-report",
]

BOARD = "board"
AUDIENCE_WORDS = ("team", "stakeholders", "everyone")
DECIDED_STATUSES = ("approved", "rejected", "deferred", "implemented")
APPROVED_STATUSES = ("approved", "implemented")
PENDING_STATUSES = ("proposed", "under-review")  # a request still to be decided
OPEN_ISSUE_STATUSES = ("open", "in-progress")  # an issue not yet resolved

CLOSED_ISSUE_STATUSES = ("resolved", "closed")
NOTED_RATINGS = ("amber", "red")  # an area rated so needs a note saying why
PER_ENTRY_DOCUMENTS = ("change-request", "status-report")  # approvals of these name their entry by id
LETTER_CURRENCIES = ("USD", "CAD")  # budgets in these currencies default to US Letter paper
DEFAULT_LANGUAGE = "en"
MAX_MONEY = 1e15  # a thousand trillion: beyond any project, and safe for arithmetic and charts
MAX_DAYS = 100_000


class KeyMeta(TypedDict):
    """Return what a model field's metadata says about its key (see :func:`key`)."""

    doc: str
    ref: Optional[str]
    fmt: Optional[str]
    minimum: Optional[float]
    maximum: Optional[float]
    min_items: int
    one_line: bool
    required: bool


def key(
    doc: str,
    *,
    default: object = MISSING,
    factory: Optional[Callable[[], object]] = None,
    ref: Optional[str] = None,
    fmt: Optional[str] = None,
    minimum: Optional[float] = None,
    maximum: Optional[float] = None,
    min_items: int = 0,
    one_line: bool = False,
) -> Any:  # a field specifier, like dataclasses.field: its value stands for any field type
    """Return a dataclass field whose metadata describes one questionnaire key.

    A field with neither ``default`` nor ``factory`` is required.  ``ref`` names
    what a text refers to (``person``, ``person-or-board``, ``audience``,
    ``deliverable``, ``milestone``); ``fmt`` a text format (``code``, ``email``,
    ``currency``, ``language`` for a BCP 47 tag, ``time-zone`` for an IANA name).
    """
    meta: KeyMeta = {
        "doc": doc, "ref": ref, "fmt": fmt, "minimum": minimum, "maximum": maximum,
        "min_items": min_items, "one_line": one_line,
        "required": default is MISSING and factory is None,
    }
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    if default is not MISSING:
        return field(default=default, metadata=meta)
    return field(metadata=meta)


def reserve_on_top(amount: float, percent: Optional[float], included: Optional[bool]) -> float:
    """Return the contingency reserve a budget adds on top of its amount: the reserve when ``included`` is answered
    false, else nothing (part of the amount, or not recorded and counted so)."""
    return amount * percent / 100 if percent and included is False else 0.0


class Budget(Record, kw_only=True):
    """Return the approved budget."""

    amount: float = key("Total approved budget as first baselined, a number (a later increase is an approved change "
                        "request with impact.funding: budget-increase, which the documents add to it)", minimum=0,
                        maximum=MAX_MONEY)
    currency: str = key("ISO 4217 currency code, e.g. EUR", fmt="currency")
    contingency_percent: Optional[float] = key("Contingency reserve as a percentage of the amount", default=None,
                                               minimum=0, maximum=100)
    contingency_included: Optional[bool] = key(
        "Whether the contingency reserve is part of the amount (true) or comes on top of it (false); not recorded: "
        "the documents count it as part of the amount and say so", default=None)

    @property
    def total(self) -> float:
        """Return the budget with its contingency reserve: the amount, plus the reserve when it comes on top."""
        return self.amount + reserve_on_top(self.amount, self.contingency_percent, self.contingency_included)


class Phase(Record, kw_only=True):
    """Return one phase of the project, in order."""

    name: str = key("Unique phase name", one_line=True)
    start: _dt.date = key("Start date, within the project dates")
    end: _dt.date = key("End date, after the start and within the project dates")
    gate: Optional[str] = key("The go/no-go review that ends the phase", default=None)


class Project(Record, kw_only=True):
    """Return the project's identity, dates and framing."""

    name: str = key("The project's name", one_line=True)
    code: str = key("2-20 characters of A-Z, 0-9 and -; used in file names and document ids", fmt="code")
    type: ProjectType = key("The kind of work")
    methodology: Methodology = key("How the work is run")
    summary: str = key("Plain-language description, one paragraph")
    problem: str = key("Why the project exists (the business case)")
    start: _dt.date = key("Start date, YYYY-MM-DD")
    end: _dt.date = key("End date, YYYY-MM-DD; after the start")
    status: Optional[ProjectStatus] = key("Where the project stands; unanswered, it is planning (the documents "
                                          "say it was not answered)",
                                          default=None)
    budget: Optional[Budget] = key("The approved budget", default=None)
    sprint_length_weeks: Optional[int] = key("Sprint length in weeks (scrum, agile, hybrid)", default=None, minimum=1, maximum=12)
    wip_limit: Optional[int] = key("Work-in-progress limit (kanban)", default=None, minimum=1, maximum=10_000)
    language: str = key("BCP 47 tag of the language the answers are written in, e.g. en, de, pt-BR",
                        default=DEFAULT_LANGUAGE, fmt="language")
    phases: list[Phase] = key("The project's real phases, in order (waterfall, hybrid)", factory=list)
    completion_signoff: Optional[str] = key("Who signs off the project's completion (a person, or the word board; "
                                            "optional key pmdocs adds)", default=None, ref="person-or-board")

    @property
    def stage(self) -> ProjectStatus:
        """Return where the project stands as the rules take it: the answer, else planning (the spec's default)."""
        return self.status or "planning"


class Organization(Record, kw_only=True):
    """Return the organization that runs the project."""

    name: str = key("The organization's name", one_line=True)
    department: Optional[str] = key("The department or unit", default=None)
    paper: Optional[Paper] = key("Paper size of the documents (default: letter when the budget's currency is "
                                 "USD or CAD, a4 otherwise)", default=None)
    confidentiality: Optional[str] = key("A label printed on every document, e.g. Confidential", default=None,
                                         one_line=True)


class StakeholderEngagement(Record, kw_only=True):
    """Return how engaged a stakeholder is, and how engaged they need to be."""

    current: Engagement = key("How engaged the person is now")
    desired: Engagement = key("How engaged the project needs the person to be")


class Person(Record, kw_only=True):
    """Return one person involved in the project, written out once."""

    name: str = key("Full name; everyone else refers to the person by exactly this", one_line=True)
    role: str = key("The person's job, free text")
    organization: Optional[str] = key("Organization or department", default=None)
    email: Optional[str] = key("E-mail address", default=None, fmt="email")
    influence: Optional[Level] = key("Influence over the project (absent: not assessed)", default=None)
    interest: Optional[Level] = key("Interest in the project (absent: not assessed)", default=None)
    technical: Optional[bool] = key("false = receives plain-language communication (absent: not recorded, written "
                                    "to as technical)", default=None)
    external: Optional[bool] = key("true = belongs to another organization, false = to this one (absent: read from "
                                   "the organization recorded for them)", default=None)
    time_zone: Optional[str] = key("IANA time zone name, e.g. Europe/Berlin", default=None, fmt="time-zone")
    language: Optional[str] = key("BCP 47 tag of the language this person reads, e.g. de", default=None,
                                  fmt="language")
    engagement: Optional[StakeholderEngagement] = key("Stakeholder engagement assessment", default=None)
    receives: Optional[list[DocumentKind]] = key(
        "The documents whose distribution lists name this person (document kinds, e.g. [raci-matrix, "
        "status-report]; [] for none), whatever the confidentiality label (absent: read from the label; under a "
        "restricting one, another organization's people are left off but for the documents an item sends them)",
        default=None)


class Roles(Record, kw_only=True):
    """Return who holds the project's roles."""

    sponsor: str = key("The sponsor (a person)", ref="person")
    project_manager: str = key("The project manager (a person)", ref="person")
    product_owner: Optional[str] = key("The product owner (a person; expected for scrum)", default=None, ref="person")
    scrum_master: Optional[str] = key("The scrum master (a person)", default=None, ref="person")
    technical_lead: Optional[str] = key("The technical lead (a person)", default=None, ref="person")


class Objective(Record, kw_only=True):
    """Return one objective and how its success is measured."""

    objective: str = key("What the project must achieve")
    measure: str = key("How success is measured")
    due: Optional[_dt.date] = key("When it is due, YYYY-MM-DD", default=None)
    deliverables: list[str] = key("Deliverables that achieve it (names), for the traceability matrix",
                                  factory=list, ref="deliverable")


class Deliverable(Record, kw_only=True):
    """Return one deliverable with its acceptance criteria."""

    name: str = key("Unique name; milestones and change requests refer to it", one_line=True)
    description: str = key("What it is")
    acceptance: list[str] = key("Acceptance criteria, at least one", min_items=1)
    owner: Optional[str] = key("Who is accountable (a person)", default=None, ref="person")
    due: Optional[_dt.date] = key("Due date within the project dates", default=None)


class Scope(Record, kw_only=True):
    """Return what is in and out of scope, and the deliverables."""

    in_: list[str] = key("In scope, at least one item", min_items=1)
    out: list[str] = key("Explicitly out of scope (may be an empty list)")
    requirements: list[str] = key("High-level requirements", factory=list)
    deliverables: list[Deliverable] = key("Deliverables, at least one", min_items=1)
    assumptions: list[str] = key("Assumptions", factory=list)
    constraints: list[str] = key("Constraints", factory=list)


class Milestone(Record, kw_only=True):
    """Return one milestone of the schedule."""

    name: str = key("Milestone name", one_line=True)
    date: _dt.date = key("Date within the project dates")
    deliverables: list[str] = key("Deliverables completed at this milestone (names)", factory=list, ref="deliverable")


class Risk(Record, kw_only=True):
    """Return one risk of the register."""

    risk: str = key("The risk, one sentence")
    likelihood: Level = key("How likely it is")
    impact: Level = key("How bad it would be")
    mitigation: Optional[str] = key("What is done about it", default=None)
    owner: Optional[str] = key("Who watches it (a person)", default=None, ref="person")
    id: Optional[str] = key("Unique id (default R-01, R-02, ... in order)", default=None, one_line=True)
    category: Optional[RiskCategory] = key("The kind of risk", default=None)
    response: Optional[RiskResponse] = key("The response strategy", default=None)
    trigger: Optional[str] = key("The sign that it is happening", default=None)
    contingency: Optional[str] = key("What happens if it occurs", default=None)
    status: RiskStatus = key("Where the risk stands", default="open")
    review: Optional[_dt.date] = key("Next review date, YYYY-MM-DD", default=None)
    residual: Optional[Level] = key("The rating left once the response has worked: low, medium or high",
                                    default=None)
    raised: Optional[_dt.date] = key("When the risk was identified (a status report before then leaves it out; "
                                     "optional key pmdocs adds)", default=None)
    occurred: Optional[_dt.date] = key("When it occurred (status occurred, or closed after it occurred; optional key "
                                       "pmdocs adds)", default=None)
    closed: Optional[_dt.date] = key("When it was closed (status closed; optional key pmdocs adds)", default=None)


class CommunicationItem(Record, kw_only=True):
    """Return one row of the communication matrix."""

    name: str = key("What the communication is", one_line=True)
    audience: list[str] = key("People, or the words team, stakeholders, everyone", min_items=1, ref="audience")
    purpose: Optional[str] = key("Why it happens", default=None)
    channel: Optional[str] = key("How it is delivered", default=None)
    frequency: Optional[str] = key("How often: daily, weekly, every sprint, monthly, on change...", default=None)
    format: Optional[str] = key("The form it takes: a one-page written report, slides, a dashboard, a demo...",
                                default=None)
    owner: Optional[str] = key("Who sends or runs it (a person)", default=None, ref="person")
    language: Optional[str] = key("BCP 47 tag of the language it is held or written in, e.g. de (absent: a language "
                                  "its channel names, else the answers' language)", default=None, fmt="language")


class Escalation(Record, kw_only=True):
    """Return one level of the escalation path."""

    level: str = key("The level's name")
    who: str = key("Who handles it (a person, or the word board)", ref="person-or-board")
    when: Optional[str] = key("When an issue goes to this level", default=None)


class Communication(Record, kw_only=True):
    """Return the communication plan's inputs."""

    defaults: bool = key("Add the methodology's standard ceremonies and reports", default=True)
    items: list[CommunicationItem] = key("Communication items", factory=list)
    escalation: list[Escalation] = key("Escalation path, first level first", factory=list)
    tools: list[str] = key("Tools used to communicate", factory=list)


class Threshold(Record, kw_only=True):
    """Return who may approve changes up to which size."""

    approver: str = key("A person, or the word board", ref="person-or-board")
    max_cost: Optional[float] = key("Largest cost this approver may approve", default=None, minimum=0, maximum=MAX_MONEY)
    max_schedule_days: Optional[int] = key("Largest schedule slip (days) this approver may approve", default=None,
                                           minimum=0, maximum=MAX_DAYS)


class Impact(Record, kw_only=True):
    """Return a change request's assessed impact."""

    scope: Optional[str] = key("Effect on scope", default=None)
    schedule_days: Optional[int] = key("Schedule impact in days (negative = earlier)", default=None,
                                       minimum=-MAX_DAYS, maximum=MAX_DAYS)
    cost: Optional[float] = key("Cost impact (negative = saving)", default=None, minimum=-MAX_MONEY, maximum=MAX_MONEY)
    risk: Optional[Level] = key("Risk the change adds", default=None)
    quality: Optional[str] = key("Effect on quality (optional key pmdocs adds)", default=None)
    resources: Optional[str] = key("People, skills or equipment it needs (optional key pmdocs adds)", default=None)
    funding: Optional[Funding] = key("Where its cost is paid from once approved: the contingency reserve (also when "
                                     "unanswered), a budget increase added to project.budget.amount, which stays "
                                     "the baseline, or other: another budget or party pays it (its decision notes "
                                     "name it), so neither this project's contingency nor its budget counts it "
                                     "(optional key pmdocs adds)", default=None)
    in_spending: Optional[bool] = key("With funding: other, whether the project spends the other source's money: "
                                      "true, it pays the cost, so the spending and forecasts recorded include it and "
                                      "the money it gets is added to what is left; false, the other party pays it "
                                      "directly, so they leave it out (optional key pmdocs adds; unanswered, the "
                                      "decision notes' words decide: a grant is spent by the project)", default=None)
    milestones: list[str] = key("The milestones whose dates this change moves by schedule_days (names): with "
                                "in_baseline: true, a status report dated before the decision measures them against "
                                "their dates before the move; with in_baseline: false, one dated on or after it, "
                                "against their dates moved by it (optional key pmdocs adds)", factory=list,
                                ref="milestone")
    in_baseline: Optional[bool] = key("true: the milestone dates as recorded already include this change's effect on "
                                      "the schedule (the baseline was updated when it was approved); false: they do "
                                      "not (optional key pmdocs adds)", default=None)


class Decision(Record, kw_only=True):
    """Return the decision on a change request."""

    by: str = key("Who decided (a person, or the word board)", ref="person-or-board")
    date: _dt.date = key("Decision date, on or after the request date")
    notes: Optional[str] = key("Conditions or reasons", default=None)


class ChangeRequest(Record, kw_only=True):
    """Return one change request; each becomes a filled-in form."""

    id: str = key("Unique id, e.g. CR-001", one_line=True)
    title: str = key("Short title")
    requested_by: str = key("Who asked for it (a person)", ref="person")
    date: _dt.date = key("Date requested")
    description: Optional[str] = key("What changes", default=None)
    reason: Optional[str] = key("Why", default=None)
    impact: Impact = key("Assessed impact", factory=Impact)
    deliverables: list[str] = key("Deliverables affected (names)", factory=list, ref="deliverable")
    type: Optional[str] = key("Type of change, e.g. scope, schedule, cost, quality (optional key pmdocs adds)",
                              default=None, one_line=True)
    if_not_made: Optional[str] = key("What happens if the change is not made (optional key pmdocs adds)", default=None)
    options: Optional[str] = key("Options considered (optional key pmdocs adds)", default=None)
    recommendation: Optional[str] = key("The recommendation to the decider (optional key pmdocs adds)", default=None)
    rollback: Optional[str] = key("How the change is undone if it fails (optional key pmdocs adds)", default=None)
    test_evidence: Optional[str] = key("Tests that show it works (optional key pmdocs adds)", default=None)
    priority: Optional[Priority] = key("Priority (none: not recorded)", default=None)
    status: Optional[RequestStatus] = key("Where the request stands (none: not recorded; with no decision either, "
                                          "the request counts as still to be decided)", default=None)
    decision: Optional[Decision] = key("Required once approved, rejected, deferred or implemented", default=None)


class _Decidable(Protocol):
    @property
    def status(self) -> Optional[str]: ...

    @property
    def decision(self) -> object: ...


def undecided(request: _Decidable) -> bool:
    """Return True for a request still to be decided: proposed or under review, or with neither a status nor a
    decision recorded (the rule the change-control plan states); of the model's requests or the checks' draft."""
    return request.status in PENDING_STATUSES or (request.status is None and request.decision is None)


class ChangeControl(Record, kw_only=True):
    """Return the change-control set-up and the requests."""

    board: list[str] = key("The change board (people)", factory=list, ref="person")
    board_name: Optional[str] = key("What the project calls its change board, e.g. Steering group (absent: the name "
                                    "of the escalation level the board handles, where it names a body; else the "
                                    "change board)", default=None, one_line=True)
    thresholds: list[Threshold] = key("Who may approve what, smallest first", factory=list)
    requests: list[ChangeRequest] = key("Change requests", factory=list)


class Term(Record, kw_only=True):
    """Return one glossary entry."""

    term: str = key("The term", one_line=True)
    meaning: str = key("What it means, in plain language")


class Revision(Record, kw_only=True):
    """Return one entry of the documents' revision history."""

    version: str = key("Version label, e.g. \"1.0\"", one_line=True)
    date: _dt.date = key("Date of the revision")
    author: Optional[str] = key("Who made it (a person)", default=None, ref="person")
    summary: Optional[str] = key("What changed", default=None)


class AreaStatus(Record, kw_only=True):
    """Return one area's rating in a status report."""

    rating: Rating = key("green, amber or red")
    note: Optional[str] = key("Why; required when the rating is amber or red", default=None)


class BudgetStatus(Record, kw_only=True):
    """Return the budget's rating in a status report, with the cost to date."""

    rating: Rating = key("green, amber or red")
    note: Optional[str] = key("Why; required when the rating is amber or red", default=None)
    spent: Optional[float] = key("Cost to date, in the budget's currency", default=None, minimum=0, maximum=MAX_MONEY)
    forecast: Optional[float] = key("Forecast cost at completion, in the budget's currency (optional key pmdocs adds)",
                                    default=None, minimum=0, maximum=MAX_MONEY)


class Forecast(Record, kw_only=True):
    """Return the forecast date of one milestone."""

    milestone: str = key("A milestone name", ref="milestone")
    date: _dt.date = key("The date the milestone is now expected")


class StatusReport(Record, kw_only=True):
    """Return one status report: a reporting period's ratings and news."""

    date: _dt.date = key("Unique; the end of the period reported on")
    overall: Rating = key("Overall rating: green, amber or red")
    summary: str = key("One plain-language paragraph")
    scope: Optional[AreaStatus] = key("Scope rating, with a note when amber or red", default=None)
    schedule: Optional[AreaStatus] = key("Schedule rating, with a note when amber or red", default=None)
    budget: Optional[BudgetStatus] = key("Budget rating and cost to date, with a note when amber or red", default=None)
    done: list[str] = key("What was done in the period", factory=list)
    next: list[str] = key("What comes next", factory=list)
    decisions_needed: list[str] = key("Decisions needed from the reader", factory=list)
    forecasts: list[Forecast] = key("Forecast dates of milestones", factory=list)


class LoggedDecision(Record, kw_only=True):
    """Return one entry of the decision log."""

    id: str = key("Unique id, e.g. D-01", one_line=True)
    date: _dt.date = key("When it was decided")
    decision: str = key("What was decided")
    by: str = key("Who decided (a person, or the word board)", ref="person-or-board")
    rationale: Optional[str] = key("Why", default=None)
    alternatives: list[str] = key("Alternatives considered", factory=list)
    related: list[str] = key("Ids of the risks, issues, change requests, decisions or debt items it concerns",
                             factory=list)


class Issue(Record, kw_only=True):
    """Return one entry of the issue log: a problem happening now."""

    id: str = key("Unique id, e.g. I-01", one_line=True)
    raised: _dt.date = key("When it was raised")
    issue: str = key("The problem")
    owner: str = key("Who resolves it (a person)", ref="person")
    priority: Priority = key("low, medium, high or critical")
    status: IssueStatus = key("open, in-progress, resolved or closed")
    due: Optional[_dt.date] = key("When it must be resolved", default=None)
    resolution: Optional[str] = key("How it was resolved; required once resolved or closed", default=None)
    closed: Optional[_dt.date] = key("When it was resolved or closed (optional key pmdocs adds)", default=None)
    started: Optional[_dt.date] = key("When work on it began: it was in progress from then (optional key pmdocs adds)",
                                      default=None)


class TechnicalDebt(Record, kw_only=True):
    """Return one entry of the technical debt register."""

    id: str = key("Unique id, e.g. TD-01", one_line=True)
    item: str = key("The debt")
    area: Optional[str] = key("The part of the system it is in", default=None)
    cause: Optional[str] = key("Why the debt was taken on", default=None)
    impact: str = key("What it costs today")
    interest: Level = key("How fast that cost grows: low, medium or high")
    effort_days: Optional[float] = key("Estimated effort to pay it down, in days", default=None,
                                       minimum=0, maximum=MAX_DAYS)
    remediation: Optional[str] = key("How it will be paid down", default=None)
    owner: Optional[str] = key("Who pays it down (a person)", default=None, ref="person")
    target: Optional[_dt.date] = key("When it should be paid down", default=None)
    status: DebtStatus = key("open, planned, in-progress or paid-down")


class RaciRow(Record, kw_only=True):
    """Return who is responsible, accountable, consulted and informed for one deliverable."""

    deliverable: str = key("A deliverable name", ref="deliverable")
    responsible: list[str] = key("Who does the work (people), at least one", min_items=1, ref="person")
    accountable: str = key("The one person who answers for it", ref="person")
    consulted: list[str] = key("Who is asked before (people)", factory=list, ref="person")
    informed: list[str] = key("Who is told after (people, or the words team, stakeholders, everyone)",
                              factory=list, ref="audience")


class Lesson(Record, kw_only=True):
    """Return one lesson learned, recorded as it happens."""

    date: _dt.date = key("When it was learned")
    what_happened: Optional[str] = key("What happened that taught it", default=None)
    lesson: str = key("What was learned")
    category: Optional[str] = key("A free-text category", default=None)
    action: Optional[str] = key("What to do differently", default=None)
    owner: Optional[str] = key("Who sees the action through (a person)", default=None, ref="person")


class Approval(Record, kw_only=True):
    """Return who approved which version of a document."""

    document: DocumentKind = key("A document kind, e.g. project-charter")
    id: Optional[str] = key("For change-request and status-report: the request's id, or the report's date",
                            default=None, one_line=True)
    version: str = key("The version approved, e.g. \"1.1\"", one_line=True)
    by: str = key("Who approved (a person, or the word board)", ref="person-or-board")
    date: _dt.date = key("When it was approved")
    fingerprint: Optional[str] = key("The approved document's digest, written by pmdocs", default=None, one_line=True)


class Questionnaire(Record, kw_only=True):
    """Return a whole, validated questionnaire."""

    schema_version: int = key("Questionnaire format version; always 1", default=1)
    project: Project = key("The project")
    organization: Organization = key("The organization")
    people: list[Person] = key("Everyone involved, each written out once", min_items=1)
    roles: Roles = key("Who holds the project's roles")
    objectives: list[Objective] = key("Objectives, at least one", min_items=1)
    scope: Scope = key("Scope and deliverables")
    milestones: list[Milestone] = key("Milestones", factory=list)
    risks: list[Risk] = key("Risks", factory=list)
    communication: Communication = key("Communication plan inputs", factory=Communication)
    change_control: Optional[ChangeControl] = key("Change control; a default process is used when absent", default=None)
    glossary: list[Term] = key("Glossary for non-technical readers", factory=list)
    revisions: list[Revision] = key("Revision history", factory=list)
    status_reports: list[StatusReport] = key("Status reports, one per reporting period, oldest first", factory=list)
    decisions: list[LoggedDecision] = key("The decision log", factory=list)
    issues: list[Issue] = key("The issue log", factory=list)
    technical_debt: list[TechnicalDebt] = key("The technical debt register", factory=list)
    raci: list[RaciRow] = key("Who does what, per deliverable", factory=list)
    lessons: list[Lesson] = key("Lessons learned", factory=list)
    approvals: list[Approval] = key("Who approved which version of a document", factory=list)

    def person(self, name: str) -> Optional[Person]:
        """Return the person of that name (compared after NFC normalization), if any."""
        wanted = same_name(name)
        for person in self.people:
            if same_name(person.name) == wanted:
                return person
        return None


def key_meta(f: Field[object]) -> KeyMeta:
    """Return the metadata :func:`key` gave a model field."""
    return cast(KeyMeta, f.metadata)  # dataclasses declare metadata as a plain mapping; key() built it


def same_name(name: str) -> str:
    """Return a name as it is compared: NFC-normalized, so one typed on a Mac matches one typed on Windows."""
    return unicodedata.normalize("NFC", name)


def yaml_key(field_name: str) -> str:
    """Return the questionnaire key for a dataclass field (``in_`` is written ``in``)."""
    return field_name.rstrip("_")


def with_impacts(q: Questionnaire, impacts: dict[int, Impact]) -> Questionnaire:
    """Return the questionnaire with the change requests at these positions given these impacts: a default derived
    from the answers (`funding.costs_read`, `rules.schedule_read`)."""
    cc = q.change_control
    if cc is None or not impacts:
        return q
    requests = [dataclasses.replace(cr, impact=impacts[i]) if i in impacts else cr for i, cr in enumerate(cc.requests)]
    return dataclasses.replace(q, change_control=dataclasses.replace(cc, requests=requests))

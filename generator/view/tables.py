"""The rows of the documents' tables and lists: scored risks, the power/interest grid, the communication matrix, the change log, the timeline and the traceability matrix."""

from __future__ import annotations

import datetime as dt
from typing import Optional, Sequence

from generator.i18n import locales
from generator.i18n.locales import N_, Locale
from generator.questionnaire import model as m
from generator.questionnaire import rules
from generator.record import Record


def words(value: object) -> str:
    """Return an answer's enumeration value as readers say it: its hyphens become spaces (``under-review`` is
    'under review', ``on-hold`` 'on hold'); the one rule wherever a status, priority or kind is printed."""
    return str(value).replace("-", " ")


ROLE_LABELS = {
    "sponsor": N_("Sponsor"),
    "project_manager": N_("Project manager"),
    "product_owner": N_("Product owner"),
    "scrum_master": N_("Scrum master"),
    "technical_lead": N_("Technical lead"),
}
ROLE_NOUNS = {  # the same roles within a sentence ("Dana Ortiz, sponsor")
    "sponsor": N_("sponsor"),
    "project_manager": N_("project manager"),
    "product_owner": N_("product owner"),
    "scrum_master": N_("scrum master"),
    "technical_lead": N_("technical lead"),
}
RATINGS = {"high": N_("High"), "medium": N_("Medium"), "low": N_("Low")}  # risk score bands, by band
QUADRANTS = [  # the grid's quadrants (see rules.quadrant): key, name, influence and interest in words, strategy
    ("manage-closely", N_("Manage closely"), N_("high"), N_("high"),
     N_("Involve them in key decisions, meet regularly and consult them before changes to scope, budget or schedule.")),
    ("keep-satisfied", N_("Keep satisfied"), N_("high"), N_("medium or low"),
     N_("Keep them briefed on progress and decisions at milestones; ask for their input where their authority is "
        "needed.")),
    ("keep-informed", N_("Keep informed"), N_("medium or low"), N_("high"),
     N_("Share regular updates and demos, and use their interest and knowledge to test assumptions and acceptance "
        "criteria.")),
    ("monitor", N_("Monitor"), N_("medium or low"), N_("medium or low"),
     N_("Share general updates through the usual channels and watch for any change in their influence or interest.")),
]
TIMELINE_KINDS = (("start", N_("Start")), ("phase", N_("Phase starts")), ("milestone", N_("Milestone")),
                  ("due", N_("Deliverable due")), ("gate", N_("Phase ends")),
                  ("end", N_("End")))  # in the order of events on the same day


class ScoredRisk(Record):
    """Return a risk with its ID, score and rank in the register."""

    id: str
    risk: m.Risk
    score: int
    rank: int
    rating: str  # the score's band in words: High (6-9), Medium (3-4) or Low (1-2)

    @property
    def band(self) -> str:
        """Return the score's band: ``high`` (6-9), ``medium`` (3-4) or ``low`` (1-2)."""
        return rules.risk_band(self.score)


class Quadrant(Record):
    """Return one cell of the power/interest grid and the people in it."""

    key: str
    name: str
    influence: str
    interest: str
    strategy: str
    people: tuple[m.Person, ...]


class CommRow(Record):
    """Return one row of the communication matrix."""

    name: str
    audience: tuple[str, ...]
    purpose: Optional[str]
    channel: Optional[str]
    frequency: Optional[str]
    owner: Optional[str]
    standard: bool
    plain: bool = False  # reaches someone recorded as non-technical: its words must be plain or explained
    format: Optional[str] = None  # the form it takes, as answered (a standard item's: not recorded)


class LogRow(Record):
    """Return one change request as a row of the change log, with running totals."""

    request: m.ChangeRequest
    approved: bool
    cumulative_cost: float
    contingency_left: Optional[float]
    uncosted: tuple[str, ...] = ()  # the requests approved so far, paid from the contingency, whose cost is not assessed

    @property
    def outcome_unknown(self) -> bool:
        """Return True when the request is decided but the status saying what was decided is not recorded."""
        return self.request.decision is not None and not self.request.status

    @property
    def beyond_contingency(self) -> float:
        """Return the part of an approved request's cost, paid from the contingency, that the contingency left
        before it could not cover (0 when it could)."""
        left = self.contingency_left
        if not self.approved or left is None or left >= 0 or not rules.from_contingency(self.request.impact):
            return 0.0
        return min(self.request.impact.cost or 0.0, -left)


class TimelineEvent(Record):
    """Return one dated event of the schedule."""

    date: dt.date
    kind: str
    name: str
    gate: Optional[str] = None  # a phase's end: the gate that ends it, apart from its name (each an answer, tagged
    # with the answers' language: review 104b F13, "Esiselvitys ja konseptointi, gate: ..." read as English)


class TraceRow(Record):
    """Return an objective with the deliverables that achieve it and their milestones."""

    objective: m.Objective
    deliverables: tuple[m.Deliverable, ...]
    milestones: tuple[m.Milestone, ...]


def score_risks(risks: list[m.Risk], locale: Optional[Locale] = None,
                ids: Optional[list[str]] = None) -> list[ScoredRisk]:
    """Return the risks sorted and ranked by score (highest first), each with its ID: from ``ids``, else its own or
    the one its place in the list gives it (R-01, R-02, ...)."""
    ids = ids if ids is not None else [r.id or rules.risk_id(i) for i, r in enumerate(risks)]
    ordered = sorted(range(len(risks)), key=lambda i: (-rules.risk_score(risks[i].likelihood, risks[i].impact),
                                                        -rules.LEVEL[risks[i].impact], i))
    return [_scored(ids[i], risks[i], rank, locale) for rank, i in enumerate(ordered, 1)]


def _scored(ident: str, risk: m.Risk, rank: int, locale: Optional[Locale]) -> ScoredRisk:
    """Return a risk with its ID, score, rank (0: not ranked) and rating in words."""
    score = rules.risk_score(risk.likelihood, risk.impact)
    return ScoredRisk(ident, risk, score, rank, (locale or locales.english()).gettext(RATINGS[rules.risk_band(score)]))


def open_and_closed(risks: list[m.Risk], locale: Optional[Locale] = None) -> tuple[list[ScoredRisk], list[ScoredRisk]]:
    """Return the risks still open, scored and ranked among themselves, and the others (occurred or closed: no longer
    a possible future event) apart, in written order; every risk keeps the ID its place in the questionnaire gives it."""
    ids = [r.id or rules.risk_id(i) for i, r in enumerate(risks)]
    live = [i for i, r in enumerate(risks) if r.status == "open"]
    opened = score_risks([risks[i] for i in live], locale, [ids[i] for i in live])
    past = [_scored(ids[i], r, 0, locale) for i, r in enumerate(risks) if r.status != "open"]
    return opened, past


def quadrants(people: list[m.Person], manager: Optional[str] = None,
              locale: Optional[Locale] = None) -> list[Quadrant]:
    """Return the power/interest grid.

    Influence or interest 'high' is high, 'medium' and 'low' are low (one not assessed
    is placed as medium); the project manager, who runs the engagement, is not placed.
    """
    _ = (locale or locales.english()).gettext
    placed = [(p, rules.quadrant(influence, interest))
              for p, influence, interest in rules.placements(people, manager)]
    return [Quadrant(key, _(name), _(infl), _(inter), _(strategy), tuple(p for p, at in placed if at == key))
            for key, name, infl, inter, strategy in QUADRANTS]


def timeline(q: m.Questionnaire, locale: Optional[Locale] = None) -> list[TimelineEvent]:
    """Return the schedule's dated events in date order (on the same day: start, milestones, deliverables, end)."""
    _ = (locale or locales.english()).gettext
    events: list[tuple[str, dt.date, str, Optional[str]]] = [("start", q.project.start, _("Project start"), None)]
    for item in rules.schedule(q):  # what the timeline picture shows too
        if item.kind == "phase" and item.start:
            events.append(("phase", item.start, item.name, None))
            events.append(("gate", item.end, item.name, item.gate or None))
        else:
            events.append(("milestone" if item.kind == "milestone" else "due", item.end, item.name, None))
    events.append(("end", q.project.end, _("Project end"), None))
    order = {kind: index for index, (kind, _label) in enumerate(TIMELINE_KINDS)}
    labels = dict(TIMELINE_KINDS)
    return [TimelineEvent(date, _(labels[kind]), name, gate)
            for kind, date, name, gate in sorted(events, key=lambda e: (e[1], order[e[0]]))]


def list_separator(items: Sequence[str]) -> str:
    """Return what separates a list's items: "; " where one of them holds a comma ("Jocelyn Reyes, RPh"), else ", "."""
    return "; " if any("," in item for item in items) else ", "

"""The view model: what the document templates read, derived once from the questionnaire.

Templates stay declarative: every sum, score, rank, grouping and lookup they
need is computed here, in plain Python that tests can check directly; the rows
of its tables are in :mod:`generator.view.tables`.

Longer than about 400 lines because it is the one object the templates read as ``ctx``: the lookups
they make across its parts; the parts by subject are modules of their own (change requests in
`generator.view.change_requests`, the running project in `generator.view.running`, the communication plan in
`generator.view.communication`, the tables in `generator.view.tables`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import field
from typing import Callable, Optional, Sequence

from generator.i18n import locales
from generator.i18n.locales import Locale, N_
from generator.pictures.changes import change_impact
from generator.pictures.risks import risk_heat_map
from generator.pictures.running import budget_burn, debt_map, milestone_slips, rating_history
from generator.pictures.scene import Scene
from generator.pictures.stakeholders import stakeholder_grid
from generator.pictures.timeline import timeline as timeline_picture
from generator.record import Record
from generator.render.escape import Md, md
from generator.questionnaire import model as m
from generator.questionnaire import rules
from generator.questionnaire.approval import deputy_of, job_of, latest_revision, predecessor
from generator.questionnaire.funding import held_increases, included_said, increase_days, on_top_said, reserve
from generator.questionnaire.mentions import measurer_named, names, whole_words, without_notes
from generator.questionnaire.working_hours import day_offsets, gives_hours, meeting_zones
from generator.questionnaire.tenure import departed, left_by, staying
from generator.questionnaire.iso_dates import read_days_as
from generator.questionnaire.superseded import superseded_by
from generator.view.tables import (
    QUADRANTS,
    ROLE_LABELS,
    ROLE_NOUNS,
    CommRow,
    LogRow,
    Quadrant,
    ScoredRisk,
    TimelineEvent,
    TraceRow,
    quadrants,
    open_and_closed,
    timeline,
    list_separator,
)
from generator.view.approval import Approval, approval
from generator.view.baselines import Baselines, DelayRead, with_delays_read
from generator.view.change_requests import ChangeRequests, with_increases_read
from generator.view.entries import EntryControl, entry_control
from generator.view.communication import (Plan, admitted, board_seats, as_regulators, assumed_inside, client_let_in, client_of, defined, outsiders, plan, restricted, roles_let_in,
                                          not_receiving, rated_apart, same_term, shows_event, team, team_kept_out, unclear, unsettled, withheld,
                                          working_elsewhere, holds_all_work,
                                          team_alone, working_window, zone_of)
from generator.view.one_page import (LATE_SAID, OVERSPENT_UNSAID, PageFit, also_biggest, forecast_says_contingency,
                                     late_first, next_fits, occurred_others, OTHERS_NAMED, on_budget_unsaid, short_objectives, summary_fit,
                                     summary_occurred, upcoming)
from generator.questionnaire.resolved_days import closed_on
from generator.view.as_of import occurred_by, own_words_occurred
from generator.questionnaire.organizations import is_outsider, label_internal, unit_of
from generator.view.debt import DebtPosition, debt_position
from generator.questionnaire.acceptance import signers
from generator.view.report_money import Money, budget_then, held_later
from generator.view.running import (RaciLine, ReportView, Slip, issues_in_order, raci_lines, raci_people,
                                    report_views)
from generator.view.standing import (handed_over_by, hold_decision, logged_since, rating_reasons, risks_handed_over,
                                     stale_by, still_asked, top_issues, work_goes_on)
from generator.view.tailoring import (MethodologyInfo, TypeInfo, heeding, methodology, plain_terms, project_type,
                                      says_no_change)

PICTURES = "pictures"
KEY_MILESTONES = 6  # the most an executive summary's one page lists
# Words and sentences are English messages of the catalog (N_ marks them), translated where they are used.
AUDIENCE_LABELS = {"team": N_("Project team"), "stakeholders": N_("All stakeholders"), "everyone": N_("Everyone")}
INTERNAL_LABELS = {"stakeholders": N_("All stakeholders (internal)"),  # when a label keeps out other companies' people
                   "everyone": N_("Everyone (internal)")}
# the project charter, as a decision asked names it, in the languages of the answers pmdocs reads
_CHARTER = re.compile(r"\b(?:(?:project )?charter|prosjektmandat\w*|projektauftrag\w*|projektcharta|projektdirektiv\w*"
                      r"|charte|acta de constituci[óo]n|termo de abertura|projectopdracht\w*"
                      r"|project ?charter|projektmandat\w*)", re.IGNORECASE)
PUBLIC_LABELS = {"stakeholders": N_("All stakeholders, and the public (a published item)"),  # `communication.published`
                 "everyone": N_("Everyone, and the public (a published item)")}



# words before who does something, in the languages the gates are read in: "by the Board", "par le comité"
_BY_WHOM = re.compile(r"\b(?:by|par|durch|von|vom|por|door|da|dal|dalla|pelo|pela|przez)\s", re.IGNORECASE)


class Context(ChangeRequests, Baselines, Record, frozen=False):
    """Return everything the templates read for one project."""

    q: m.Questionnaire
    method: MethodologyInfo
    kind: TypeInfo
    risks: list[ScoredRisk] = field(default_factory=list)  # open, ranked among themselves (the heat map's too)
    occurred_risks: list[ScoredRisk] = field(default_factory=list)  # occurred: no longer a risk, not counted as open
    closed_risks: list[ScoredRisk] = field(default_factory=list)
    quadrants: list[Quadrant] = field(default_factory=list)
    comm_rows: list[CommRow] = field(default_factory=list)
    covered: list[tuple[str, str]] = field(default_factory=list)  # (standard item, the project's item covering it)
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (standard item, why it is not planned)
    comm: Optional[Plan] = None  # the whole communication plan (see `generator.view.communication.plan`)
    outsiders: list[m.Person] = field(default_factory=list)  # kept from "all stakeholders" by the label (see restricted)
    # counted inside only because their organization's name says neither (`communication.assumed_inside`)
    assumed_inside: list[m.Person] = field(default_factory=list)
    # whose organization's name does not say whether it is another one (`communication.unclear`)
    unclear: list[m.Person] = field(default_factory=list)
    # the stakeholders of other organizations the label's own words admit (`communication.admitted`); None: none
    widened_to: Optional[list[m.Person]] = None
    widened_generally: bool = False  # the label admits them in general words, not by their organizations' names
    change_log: list[LogRow] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    trace: list[TraceRow] = field(default_factory=list)
    pictures: dict[str, Scene] = field(default_factory=dict)  # drawn once here, written as SVG and Word drawings
    locale: Locale = field(default_factory=locales.english)  # the documents' language
    show_emails: bool = True  # False: the documents leave people's e-mail addresses off (a site's show_emails option)
    # per approved request whose words say a budget increase pays it: how it is counted, and which answer says it
    # (`change_requests.with_increases_read`)
    increases_read: dict[str, tuple[str, str]] = field(default_factory=dict)
    # per approved request with no effect on the schedule answered, the move its words give (`baselines.with_delays_read`)
    delays_read: dict[str, DelayRead] = field(default_factory=dict)
    # how the render tags an answer's escaped text with its language (`generator.render.answers.Tagging.tag`), for the
    # lists the view model joins itself (review 110b F11: deliverables named in a sentence were left untagged)
    tag_answer: Optional[Callable[[object, str], str]] = field(default=None, compare=False, repr=False)

    def picture_path(self, name: str) -> str:
        """Return where a picture is stored, relative to the project's folder."""
        return f"{PICTURES}/{self.q.project.code}-{name}.svg"

    def picture(self, name: str, folder: str = "") -> Md:
        """Return the Markdown that shows a picture (with its description), or nothing when there is none; the link
        is relative to the document's ``folder`` in the project's (a status report's ``status-reports``)."""
        pic = self.pictures.get(name)
        if pic is None:
            return Md("")
        up = "../" * len([part for part in folder.split("/") if part])
        return Md(f'![{md(pic.alt)}]({up}{self.picture_path(name)} "{pic.caption}")')

    @property
    def answers_language(self) -> str:
        """Return, when the answers are in another language than the documents' own text, what the document
        control says of it ("pmdocs's standard wording is in English; the project's answers are in French"), else ''."""
        answers, own = self.q.project.language, self.locale.numbers
        if _primary(answers) == _primary(own):
            return ""
        return md(self.locale.gettext("The standard wording is in %(own)s; the project's own answers are in "
                                      "%(answers)s.", own=language_name(own, own), answers=language_name(answers, own)))

    # -- people and roles ---------------------------------------------------

    def person(self, name: Optional[str]) -> Optional[m.Person]:
        """Return the person of that name, if any."""
        return self.q.person(name) if name else None

    def outside(self, name: Optional[str]) -> Optional[str]:
        """Return the organization of a person who belongs to another one than the project's (`is_outsider`), else
        None."""
        person = self.person(name)
        return (person.organization or "") if person is not None and is_outsider(person, self.q.organization, self.q.people) \
            else None

    def insiders(self) -> list[str]:
        """Return the names of the people of the project's organization (not `outside` it)."""
        return [p.name for p in self.q.people if self.outside(p.name) is None]

    def job(self, name: str) -> str:
        """Return a person's job as recorded, without its notes in brackets ("Délégué à la protection des données"
        for "... (DPO)"), to go in brackets after their name; '' when none is recorded."""
        person = self.person(name)
        return without_notes(person.role) if person is not None and person.role else ""

    def standings(self, names: Sequence[str]) -> list[str]:
        """Return why these people stand apart from the team, each reason once, in `rules.STANDINGS` order."""
        found = {rules.standing_of(p, self.q.organization, self.q.people) for n in names
                 if (p := self.person(n)) is not None}
        return [key for key in rules.STANDINGS if key in found]

    @property
    def client(self) -> Optional[str]:
        """Return the sponsor's organization when it is another than the project's (a supplier's project, whose
        client sponsors it), else None (`communication.client_of`)."""
        return client_of(self.q)

    def accepts_outside(self, name: Optional[str]) -> Optional[str]:
        """Return the organization of a person who would accept a deliverable for another party than the one that
        accepts it (`accepts_for`), else None: in a supplier's project the client accepts, so the supplier's own
        people and a third party's would not (reviews 85b F2, 97b F4); otherwise the project's organization does."""
        outside, client = self.outside(name), self.client
        if client and outside is None and self.person(name) is not None:
            return self.q.organization.name  # review 97b F4: the supplier's own manager does not accept for its client
        if outside is None or (client and outside.casefold() == client.casefold()):
            return None
        return outside

    def criteria_call_on(self, who: Optional[str], deliverable: str) -> Optional[str]:
        """Return the organization of a person of another organization (`accepts_outside`) that a deliverable's
        acceptance criteria name, whose acceptance they call for: that person, accountable for it in the RACI, accepts
        it (review 150a F5: "Miratim me shkresë nga Ministria e Brendshme", the ministry's director said not to
        accept); None otherwise."""
        found, person = self.deliverable(deliverable), self.person(who) if who else None
        if found is None or person is None or not person.organization:
            return None
        criteria = " ".join(a for a in found.acceptance if a).casefold()
        name = without_notes(person.organization).casefold()
        if len(name) < 4 or not whole_words(name, criteria):  # (the words first: `accepts_outside` costs more)
            return None
        return self.accepts_outside(who) or None

    def called_on(self, accepting: Sequence[tuple[str, Optional[str], bool, list[str]]]) -> bool:
        """Return True when a deliverable of ``accepting`` (`acceptors`) is accepted by the one its criteria call on
        (`criteria_call_on`)."""
        return any(who and not proposed and self.criteria_call_on(who, name) for name, who, proposed, _ in accepting)

    def accepts_for(self) -> str:
        """Return the organization that accepts the deliverables: the client in a supplier's project, else the
        project's own."""
        return self.client or self.q.organization.name

    def accepting_side(self) -> list[str]:
        """Return the names of the people who may accept a deliverable for the project: of its organization, or
        of its client's (`accepts_outside`)."""
        return [p.name for p in self.q.people if self.accepts_outside(p.name) is None]

    def role_holders(self) -> list[tuple[str, str]]:
        """Return ``(role label, person name)`` for every role the questionnaire fills."""
        roles = self.q.roles
        return [(self.locale.gettext(label), getattr(roles, key)) for key, label in ROLE_LABELS.items()
                if getattr(roles, key)]

    def roles_of(self, name: str) -> list[str]:
        """Return the project roles a person holds."""
        return [md(label) for label, holder in self.role_holders() if holder == name]  # pmdocs's words, never tagged

    def roles_unsaid(self, name: str) -> list[str]:
        """Return the project roles a person holds that their job title does not already say ("Delivery Manager
        (project manager)" says it); where one is unsaid, every one (reviews 76a, 76c F3: "Senior Project Manager
        (scrum master)" read as dropping the project manager)."""
        person = self.person(name)
        title = person.role.casefold() if person else ""
        roles = self.roles_of(name)
        return roles if any(label.casefold() not in title for label in roles) else []

    def duties_of(self, name: str) -> list[str]:
        """Return what a person does in the project, as answered: their project roles, then a seat on the change
        board, approving changes within a threshold, a level of the escalation path, the project's own communication
        items they own (with no project role), the deliverables, open or occurred
        risks, open issues and technical debt not paid down they own, the RACI rows they are responsible or accountable for or consulted on; with
        none of those, the rows they are informed of, else the risks they owned that are closed, else the project's
        communication items that name them in their audience; last, the change requests they raised (pmdocs's words,
        never tagged)."""
        _ = self.locale.gettext
        cc, comm = self.q.change_control, self.q.communication
        duties = self.roles_of(name)
        if cc and name in cc.board:
            duties.append(md(_("change board member")))
        if cc and any(t.approver == name for t in cc.thresholds):
            duties.append(md(_("approves changes within a threshold")))
        if comm and any(level.who == name for level in comm.escalation):
            duties.append(md(_("on the escalation path")))
        who = m.same_name(name)
        hold = self.hold_decision
        if hold is not None and hold.by and m.same_name(hold.by) == who:  # review 87b F11: the Dean who put it on hold
            duties.append(md(_("put the project on hold (decision %(id)s)", id=hold.id)))
        runs = [i.name for i in (comm.items if comm else []) if i.owner and m.same_name(i.owner) == who]
        if runs:  # the project's own items, a role holder's too (reviews 107b F10, 107c F10: listed for some, not
            # for others)
            duties.append(md(self.locale.ngettext("owner of the communication item %(names)s", "owner of the "
                                                  "communication items %(names)s", len(runs), names=self.in_words(runs))))
        owned = [d.name for d in self.q.scope.deliverables if d.owner and m.same_name(d.owner) == who]
        if owned:
            duties.append(md(self.locale.ngettext("owner of the deliverable %(names)s", "owner of the deliverables "
                                                  "%(names)s", len(owned), names=self.in_words(owned))))
        risks = [s.id for s in self.risks + self.occurred_risks if s.risk.owner and m.same_name(s.risk.owner) == who]
        if risks:
            duties.append(md(self.locale.ngettext("owner of risk %(ids)s", "owner of risks %(ids)s", len(risks),
                                                  ids=self.in_words(risks))))
        issues = [i.id for i in self.q.issues if i.status in m.OPEN_ISSUE_STATUSES and m.same_name(i.owner) == who]
        if issues:
            duties.append(md(self.locale.ngettext("owner of issue %(ids)s", "owner of issues %(ids)s", len(issues),
                                                  ids=self.in_words(issues))))
        debts = [d.id for d in self.q.technical_debt if d.status != "paid-down" and d.owner and m.same_name(d.owner) == who]
        if debts:  # review 118b F13: the owner of TD-01 read "none recorded" of it
            duties.append(md(self.locale.ngettext("owner of technical debt item %(ids)s", "owner of technical debt "
                                                  "items %(ids)s", len(debts), ids=self.in_words(debts))))
        requested = [cr.id for cr in self.requests if cr.requested_by and m.same_name(cr.requested_by) == who]
        # said last, and with the RACI parts below: raising a request is not a standing duty
        raised = [md(self.locale.ngettext("requested change %(ids)s", "requested changes %(ids)s", len(requested),
                                          ids=self.in_words(requested)))] if requested else []
        # their part in the RACI matrix's answered rows (a proposed row is nobody's agreed part): responsible and
        # accountable and consulted always, as everyone's (review 56b F6: a plant manager consulted on both rows read
        # only "change board member"); informed only for someone with no other part
        answered = [line for line in self.raci if not line.proposed]
        parts = (("responsible", lambda ln: ln.responsible), ("accountable", lambda ln: (ln.accountable,)),
                 ("consulted", lambda ln: ln.consulted), ("informed", lambda ln: ln.informed))
        for letter, held in parts[:3] if duties else parts:
            rows = [ln.deliverable for ln in answered if any(p and m.same_name(p) == who for p in held(ln))]
            if rows:
                duties.append(md(self.locale.gettext(RACI_PARTS[letter], names=self.in_words(rows))))
        if not duties:  # a risk or an issue they owned, closed since, is still their part in the project
            closed = [s.id for s in self.closed_risks if s.risk.owner and m.same_name(s.risk.owner) == who]
            if closed:
                duties.append(md(self.locale.ngettext("owner of risk %(ids)s (closed)", "owner of risks %(ids)s "
                                                      "(closed)", len(closed), ids=self.in_words(closed))))
            done = [i.id for i in self.q.issues if i.status not in m.OPEN_ISSUE_STATUSES and m.same_name(i.owner) == who]
            if done:
                duties.append(md(self.locale.ngettext("owner of issue %(ids)s (no longer open)", "owner of issues %(ids)s "
                                                      "(no longer open)", len(done), ids=self.in_words(done))))
        if not duties and not raised:  # review 50b F11: "none recorded" for a steering group's member named in it
            named = [i.name for i in (comm.items if comm else []) if any(m.same_name(a) == who for a in i.audience)]
            if named:
                duties.append(md(self.locale.gettext("in the audience of %(names)s", names=self.in_words(named))))
        return duties + raised

    def role_nouns_of(self, name: str) -> str:
        """Return the project roles a person holds, within a sentence ("sponsor and product owner"; '' for none)."""
        return self.in_words(self.role_noun_list(name))

    def role_noun_list(self, name: str) -> list[str]:
        """Return the project roles a person holds, each as a noun, in the roles' order (the first leads: "the project
        manager, Tom Whitfield (also scrum master)", review 128c F6)."""
        _ = self.locale.gettext
        return [_(ROLE_NOUNS[key]) for key in ROLE_LABELS if getattr(self.q.roles, key) == name]

    def owner(self, name: Optional[str], day: Optional[dt.date] = None) -> str:
        """Return a risk's or an issue's owner for a table's cell: "not recorded", or their name, said to have left
        where their job says so by ``day`` (the report's; none: now, `tenure.left_by`) (review 163b F2: risks owned by
        two engineers who had left the bank, shown as ordinary owners in every document but one)."""
        _ = self.locale.gettext
        if not name:
            return md(_("not recorded"))
        shown = self.tag_answer(name, md(name)) if self.tag_answer else md(name)
        gone = md(_("(has left)"))
        return Md(f"{shown} {gone}" if left_by(job_of(self.q, name), day) else shown)

    @property
    def departed(self) -> list[m.Person]:
        """Return the stakeholders whose job says they are gone for good (`tenure.departed`): in the register, off
        the distribution lists (review 140b F8)."""
        return [p for p in self.q.people if departed(p.role)]

    def withheld(self, title: str) -> list[m.Person]:
        """Return the stakeholders the confidentiality label keeps a document off (see `communication.withheld`)."""
        return withheld(self.q, title)

    @property
    def internal_only(self) -> bool:
        """Return True when the label's words keep the documents to the organization's own people
        (`organizations.label_internal`): those of other organizations with a part in a document are left off its
        list, saying so, not listed."""
        return label_internal(self.q.organization.confidentiality)

    def working_elsewhere(self, title: str) -> list[m.Person]:
        """Return those a document's label keeps off its list who have a part in the project's work but none in what
        it holds (see `communication.working_elsewhere`)."""
        return working_elsewhere(self.q, title)

    def rated_apart(self, kind: str) -> list[m.Person]:
        """Return the stakeholders a document's list leaves off for their engagement rating (see
        `communication.rated_apart`)."""
        return rated_apart(self.q, kind)

    def not_receiving(self, kind: str) -> list[m.Person]:
        """Return the stakeholders whose recorded documents leave this kind out (see `communication.not_receiving`)."""
        return not_receiving(self.q, kind)

    def client_let_in(self) -> list[m.Person]:
        """Return the stakeholders of the client that sponsors a supplier's project, whom a restricting label does not
        keep from it (`communication.client_let_in`)."""
        return client_let_in(self.q)

    def roles_let_in(self) -> list[m.Person]:
        """Return the stakeholders of other organizations the label does not keep out, as they hold one of the
        project's roles (`communication.roles_let_in`)."""
        return roles_let_in(self.q)

    @property
    def team_members(self) -> list[str]:
        """Return who the audience word ``team`` reaches (`communication.team`)."""
        return team(self.q)

    def seated_only(self, people: Sequence[m.Person]) -> bool:
        """Return True when one of ``people`` holds a seat on the change board and none of the project's roles."""
        held = {m.same_name(name) for name in rules.role_holders(self.q.roles)}
        seats = {m.same_name(name) for name in board_seats(self.q)}
        return any(m.same_name(p.name) in seats - held for p in people)

    def holds_all_work(self, title: str) -> bool:
        """Return True when a document of this title holds the project's work as a whole
        (`communication.holds_all_work`)."""
        return holds_all_work(title)

    def unsettled(self, title: str) -> list[m.Person]:
        """Return the stakeholders of other organizations a document's list keeps for their work though nobody
        recorded which documents they receive (see `communication.unsettled`)."""
        return unsettled(self.q, title)

    def holder(self, role_key: str) -> str:
        """Return who holds a methodology role: the person named for it, or 'not assigned'."""
        _ = self.locale.gettext
        if role_key == "team":
            return _("Team members")
        name: Optional[str] = getattr(self.q.roles, role_key, None) if role_key in ROLE_LABELS else None
        if name:
            return name
        if role_key in ROLE_LABELS:  # a duty nobody was named for: said plainly, never handed to someone else
            return md(_("Not assigned (no %(role)s named)", role=_(ROLE_NOUNS[role_key])))
        return md(_("Not assigned"))

    def filled_by(self, role: str, role_key: str, shared: Optional[str] = None) -> str:
        """Return what the charter's guidance says of a methodology role someone holds: 'filled (see the table
        above)' when that table names the role so, else which project role the methodology's usual practice gives it
        ('suggested: the product owner (see above)' for a kanban service request manager: nobody was named for it),
        so the reader finds the person; ``shared``: another project role held in this project that shares it
        ('suggested: the scrum master and the project manager')."""
        _ = self.locale.gettext
        if shared and shared in ROLE_LABELS and getattr(self.q.roles, shared, None) and role_key in ROLE_NOUNS:
            # Translators: a methodology role shared in this project by the holders of two project roles.
            return md(_("suggested: the %(role)s and the %(other)s (see above)", role=_(ROLE_NOUNS[shared]),
                        other=_(ROLE_NOUNS[role_key])))
        label = _(ROLE_LABELS[role_key]).casefold() if role_key in ROLE_LABELS else ""
        if not label or role.casefold() in (label, _("project %(role)s", role=label).casefold()):  # "Project sponsor"
            return md(_("filled (see the table above)"))
        # someone whose recorded role is this one (review 81b F8: "Delivery lead | suggested: the project manager"
        # beside the supplier's Delivery Lead)
        named = next((person.name for person in self.q.people if person.name and person.role
                      and whole_words(role.casefold(), person.role.casefold())), None)
        other = self.outside(named)
        if named and other is None:
            # Translators: a methodology role a stakeholder's recorded role names, e.g. "Lucy Grant (their recorded role)".
            return md(_("%(name)s (their recorded role)", name=named))
        # Translators: a methodology role held in this project by the holder of the named project role.
        suggested = _("suggested: the %(role)s (see above)", role=_(ROLE_NOUNS[role_key]))
        if named and other:  # another organization's job of that name holds no role of this project (review 87c F3)
            # Translators: after a suggested holder: a stakeholder of another organization whose job has the role's
            # name ("Liam Donnelly of Northgate Ltd has a job of this name there").
            return md(suggested + "; " + _("%(name)s of %(organization)s has a job of this name there", name=named,
                                           organization=other))
        return md(suggested)

    def acceptors(self) -> list[tuple[str, Optional[str], bool, list[str]]]:
        """Return ``(deliverable, who accepts it, proposed, others named)`` for every deliverable when the RACI has
        rows (none otherwise): by the stated rule, the row's accountable person accepts the deliverable; where it has
        no answered row, the one the RACI matrix proposes for it (``proposed``), else None; with the people of the
        organization its acceptance criteria name where an answered row's accountable person is not one of them
        (review 56b F1: "Signed off by the Chief Actuary" beside another accountable person)."""
        if not self.q.raci:
            return []
        accountable = {row.deliverable: row.accountable for row in self.q.raci}
        proposed = {line.deliverable: line.accountable for line in self.raci if line.proposed}
        out = []
        client = self.client
        # in a supplier's project the client accepts: the people of the client its criteria name (review 108b F4:
        # "Accepted by the ISSO", the agency's, read as naming nobody beside the contractor's accountable person)
        side = dataclasses.replace(self.q.organization, name=client, department=None) if client else None
        for d in self.q.scope.deliverables:
            who = accountable.get(d.name)
            named = signers(self.q.people, self.q.organization, d.acceptance, self.q.roles, d.name) if who else []
            if who and not named and side is not None and self.accepts_outside(who) is not None:
                theirs = [dataclasses.replace(p, external=None) if m.same_name(p.organization or "") ==
                          m.same_name(client or "") else p for p in self.q.people]  # the client's, answered as ours
                named = signers(theirs, side, d.acceptance, self.q.roles, d.name)
            out.append((d.name, who or proposed.get(d.name), who is None and proposed.get(d.name) is not None,
                        [] if who in named else named))
        return out

    def untold_decisions(self, item: str, requests: Sequence[m.ChangeRequest]) -> list[m.ChangeRequest]:
        """Return the decided requests a decision asked names whose decision its words do not already give ("CR-02
        deferred": review 56c F9 read "(CR-02 deferred) (CR-02 deferred on 2025-07-30)")."""
        return [cr for cr in requests if not re.search(
            rf"(?<!\w){re.escape(cr.id)}(?!\w)\s+(?:was\s+|is\s+|has been\s+)?{re.escape(self.decision_word(cr))}\b",
            item, re.IGNORECASE)]

    def decided_since(self, item: str, date: dt.date) -> list[m.ChangeRequest]:
        """Return the requests a decision asked on ``date`` names that were decided that day or after and whose decision
        its words do not give (review 75a F2: CR-002, deferred three days before the report asked for it, was "decided
        since the status report")."""
        return self.untold_decisions(item, [cr for cr in self.named_in(item, self.requests) if cr.decision
                                            and cr.status is not None and cr.decision.date >= date])

    def approval_milestone(self) -> Optional[m.Milestone]:
        """Return the first milestone still ahead of the version's date whose name says the charter, the budget or
        the business case is approved ("Budget approved by the Board"; review 56a F8: a planning project's summary
        asked for that approval with no date)."""
        return rules.approval_milestone(self.q.milestones, self.version_date)

    def records_naming(self, ident: str, risk: Optional[m.Risk] = None) -> list[str]:
        """Return the decisions (its ``related`` IDs or its words), issues and change requests that name a risk's ID,
        or that the risk's own actions or contingency name ("tracked as issue I-03", review 57c F4), each as
        "decision D-02" (review 56a F7: the register sent readers to logs that held nothing about R-04)."""
        _ = self.locale.gettext
        own = " ".join(filter(None, (risk.mitigation, risk.contingency))) if risk else ""

        def named(record: str, *texts: Optional[str]) -> bool:
            return names(ident, " ".join(filter(None, texts))) or bool(own and names(record, own))

        found = [_("decision %(id)s", id=d.id) for d in self.q.decisions
                 if ident in d.related or named(d.id, d.decision, d.rationale)]
        found += [_("issue %(id)s", id=i.id) for i in self.q.issues if named(i.id, i.issue, i.resolution)]
        found += [_("change request %(id)s", id=cr.id) for cr in self.requests
                  if named(cr.id, cr.title, cr.description, cr.reason)]
        return found

    def handed_over(self, issues: Sequence[m.Issue]) -> list[str]:
        """Return the IDs of the issues whose resolution says they were handed over (`rules.says_handed_over`; review
        56c F2: a closed project's summary said only "Issues left open: 1 issue")."""
        return [i.id for i in issues if rules.says_handed_over(i.resolution)]

    def schedule_held(self, requests: Sequence[m.ChangeRequest]) -> list[m.ChangeRequest]:
        """Return the requests whose decision's words say the dates hold whatever their assessed delay
        (`rules.held_by_decision`: "pilot date unchanged because testing overlaps build"; reviews 56a F3, 56c F3)."""
        return [cr for cr in requests if cr.impact.schedule_days and rules.held_by_decision(cr)]

    def scope_effect(self, request: m.ChangeRequest) -> str:
        """Return what a request's recorded scope impact says: "changed", "unchanged" (a no-change answer in any
        language `tailoring.says_no_change` reads) or "unassessed" (no answer)."""
        answer = request.impact.scope if request.impact else None
        if not (answer or "").strip():
            return "unassessed"
        return "unchanged" if says_no_change(answer) else "changed"

    def signatories(self, roles: list[str]) -> list[tuple[str, str]]:
        """Return ``(roles, name)`` for the people who sign for these role keys (filled ones only): a person who
        holds several of them is named once, with every role ("Sponsor and project manager")."""
        _ = self.locale.gettext
        return self._once_each([(_(ROLE_LABELS[key]), _(ROLE_NOUNS[key]), name) for key in roles
                                if (name := getattr(self.q.roles, key, None))])

    def owner_at(self, day: Optional[dt.date] = None) -> tuple[str, str]:
        """Return who owns the documents on ``day`` (the version's when None) and whom they stand in for ('' for
        nobody): the project manager, or the one standing in for them while their job says they are away
        (`approval.deputy_of`; review 142b F5: the project manager on maternity leave named owner of a report of her
        leave)."""
        manager = self.q.roles.project_manager or ""
        on = day or self.version_date
        # (one who held the role then, before the manager took it on: `approval.predecessor`, review 146b F3)
        before = predecessor(self.q, manager, on) if manager and on else None
        if before:
            return before, ""
        deputy = deputy_of(self.q, manager, on) if manager else None
        return (deputy, manager) if deputy else (manager, "")

    def signature_rows(self, document: str, signers: list[str]) -> list[tuple[str, str]]:
        """Return a document's signature rows: its signers (`signatories`), then each other person who recorded an
        approval of it, as an approver (who approved it signs it too, unless their job says they are away:
        `tenure.away`). A signer away is signed for by the one standing in for them (`approval.deputy_of`; review
        142a F10: the acting product owner listed as a mere approver below the product owner on parental leave)."""
        rows = []
        for roles, name in self.signatories(signers):
            deputy = deputy_of(self.q, name, self.version_date)
            # Translators: a signature row's role when another signs for its holder: "Product owner, standing in for
            # Sarah McAllister".
            rows.append((self.locale.gettext("%(role)s, standing in for %(name)s", role=roles, name=name), deputy)
                        if deputy else (roles, name))
        named = {m.same_name(name) for _role, name in rows}
        for name in self.approval(document, "", signers).state.signers:  # (one rule: `approval.approval_state`)
            if m.same_name(name) not in named:
                named.add(m.same_name(name))
                rows.append((self.locale.gettext("Approver"), name))
        return rows

    def _once_each(self, rows: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
        """Return ``(roles, name)`` rows, each person once with all their roles: the first as written in ``rows``
        (``(role, role within a sentence, name)``), the others within the sentence ("Sponsor and project manager")."""
        held: dict[str, list[str]] = {}
        for role, noun, name in rows:
            if name in held:
                held[name].append(noun)
            else:
                held[name] = [role]
        return [(self.in_words(roles), name) for name, roles in held.items()]

    def escaped(self, text: str) -> str:
        """Return words of the catalog as Markdown text (escaped: they print as written)."""
        return md(text)

    def and_list(self, items: list[str]) -> str:
        """Return items as a sentence's list: 'A', 'A and B', 'A, B and C' (each escaped)."""
        tag = self.tag_answer
        return Md(self.in_words([tag(item, md(item)) if tag else md(item) for item in items]))

    def contact(self, person: m.Person, email: bool = False) -> str:
        """Return a person's name as Markdown, tagged in the answers' language (`tag_answer`), with their e-mail address
        in brackets when ``email`` and one is recorded (review 140a F13: a name joined to its address lost its tag)."""
        name = self.tag_answer(person.name, md(person.name)) if self.tag_answer else md(person.name)
        return Md(f"{name} ({md(person.email)})" if email and person.email else name)

    def in_words(self, items: list[str]) -> str:
        """Return words as a sentence's list, as they are: '', 'A', 'A and B', 'A, B and C'; 'A; B and C' where one
        holds a comma (review 118c F9: "Ramon Dela Cruz, Katherine Mae Santos, Jocelyn Reyes, RPh" counted "RPh").
        Markdown items make Markdown, not escaped again (review 164a F1: "it moves <span lang="mi">...")."""
        said = "".join(items) if len(items) < 2 else self.locale.gettext(
            "%(first)s and %(last)s", first=list_separator(items).join(items[:-1]), last=items[-1])
        return Md(said) if items and all(isinstance(item, Md) for item in items) else said

    def level(self, value: Optional[str]) -> str:
        """Return an influence, interest or other assessed level, or 'not assessed' when nobody answered it."""
        return md(self.locale.gettext(value) if value else self.locale.gettext("not assessed"))

    def style_of(self, person: m.Person) -> str:
        """Return how a person is written to: technical detail, plain language, or not recorded (as technical)."""
        _ = self.locale.gettext
        if person.technical is None:
            return md(_("Not recorded (written to as technical)"))
        return md(_("Technical detail") if person.technical else _("Plain language"))

    @property
    def plain_readers(self) -> list[m.Person]:
        """Return the people recorded as not technical: they get plain-language communication; not one whose job
        says they have left (`departed`: review 163a F7, the retired sponsor listed beside "who has left")."""
        return [p for p in self.q.people if p.technical is False and not departed(p.role)]

    def engagement_gap(self, engagement: m.StakeholderEngagement) -> str:
        """Return how far a stakeholder's engagement is from where the project needs it, in words."""
        _ = self.locale.gettext
        steps = ENGAGEMENT.index(engagement.desired) - ENGAGEMENT.index(engagement.current)
        if steps == 0:
            return md(_("none"))
        if steps > 0:
            return md(self.locale.ngettext("%(n)s step to raise", "%(n)s steps to raise", steps, n=steps))
        return md(self.locale.ngettext("%(n)s step above the need", "%(n)s steps above the need", -steps, n=-steps))

    def reaches_plain_readers(self, words: tuple[str, ...] | list[str]) -> bool:
        """Return True when an audience (people, role keys or the words team, stakeholders, everyone) includes
        someone recorded as non-technical."""
        plain = {m.same_name(p.name) for p in self.plain_readers}
        if not plain:
            return False
        for word in words:
            if word in ("stakeholders", "everyone"):
                return True
            name = getattr(self.q.roles, word, None) if word in ROLE_LABELS else word
            if name and m.same_name(name) in plain:
                return True
        return False

    @functools.cached_property
    def plain_terms(self) -> list[tuple[str, str]]:
        """Return the terms a non-technical reader meets in what the plan sends them, guidance included
        (`plain_terms_in`)."""
        return self.plain_terms_in(guidance=True)

    def plain_terms_in(self, guidance: bool) -> list[tuple[str, str]]:
        """Return the terms a non-technical reader meets in what the plan sends them (the matrix rows that reach
        them, and, when the plan has ``guidance``, the methodology's description), explained, unless the
        questionnaire's glossary explains them already; none when every reader is technical."""
        if not self.plain_readers:
            return []
        texts = [" ".join(filter(None, (r.name, r.purpose, r.channel, r.frequency))) for r in self.comm_rows if r.plain]
        if guidance:
            texts += [self.method.approach, self.method.reporting, self.method.cadence]
        text = " ".join(texts)
        own = [t.term for t in self.q.glossary]
        return [(term, meaning) for term, meaning, pattern in plain_terms(self.q.project.type)
                if pattern.search(text) and not defined(term, own)]

    @property
    def kind_terms(self) -> list[tuple[str, str]]:
        """Return the project type's usual terms that neither the questionnaire's glossary nor the plain terms
        (`plain_terms`) already explain."""
        own = [t.term for t in self.q.glossary]
        plain = [term for term, _ in self.plain_terms]  # explained once, among the plain terms (same_term)
        return [(term, meaning) for term, meaning in self.kind.glossary
                if not defined(term, own) and not any(same_term(term, t) for t in plain)]

    @property
    def engagement_gaps(self) -> list[tuple[m.Person, tuple[str, ...]]]:
        """Return each stakeholder engaged less than the project needs, with the matrix's items that reach them but
        those published for the public (review 98a F5: a letterbox drop to residents offered as the way to engage the
        sponsor)."""
        if self.comm is None:
            return []
        # ... nor the standard working meetings of the team (review 99b F7: a resistant head of medical information
        # offered the daily scrum and the retrospective as what wins him over)
        not_counted = set(self.comm.published) | {f"{name} †" for name in self.team_meetings}
        return [(p, tuple(i for i in self.comm.reaching(p.name) if i not in not_counted)) for p in self.q.people
                if p.engagement and ENGAGEMENT.index(p.engagement.current) < ENGAGEMENT.index(p.engagement.desired)]

    @property
    def team_meetings(self) -> list[str]:
        """Return the standard meetings of the plan held for the team alone (its audience the team and delivery
        roles), as the matrix names them."""
        planned = {row.name for row in self.comm_rows if row.standard}
        return [c.name for c in self.method.ceremonies if team_alone(c) and c.name in planned]

    @property
    def spread(self) -> Spread:
        """Return where the people work and what they read, and the working hours they share (see `spread`)."""
        return spread(self.q)

    def informed_of(self, people: Sequence[m.Person]) -> list[tuple[str, list[str], str]]:
        """Return, for each of ``people`` the RACI matrix names as consulted or informed, the deliverables they are
        so named for and how ('consulted on', 'informed of'): a part in its work none of them is."""
        found = []
        for person in people:
            for how, attr in (("consulted on", "consulted"), ("informed of", "informed")):
                rows = [row.deliverable for row in self.q.raci
                        if any(m.same_name(name) == m.same_name(person.name) for name in getattr(row, attr) or [])]
                if rows:
                    found.append((person.name, rows, how))
        return found

    def answered_inside(self) -> list[str]:
        """Return the organizations, other than the project's by name, of stakeholders answered as not external
        (``external: false``: a sister company of the group, review 96b F4), in register order, each once."""
        ours = {(self.q.organization.name or "").strip().casefold(), (self.q.organization.department or "").strip().casefold()}
        found = [p.organization.strip() for p in self.q.people if p.external is False and p.organization
                 and p.organization.strip().casefold() not in ours
                 # (not a unit of ours: "Jabatan Teknologi Maklumat Kumpulan", review 150c F7)
                 and not unit_of(p.organization.strip(), self.q.organization)]
        return list(dict.fromkeys(found))

    def closed_with(self, milestone: m.Milestone) -> bool:
        """Return True when a closed project's last milestone is its closing, by its name ("Project closed",
        "Cierre del proyecto"): the project's status says it was reached (review 145c F6: "whether reached is not
        recorded" of "Project closed" in a closed project's summary)."""
        return rules.closed_with(self.q, milestone)

    @staticmethod
    def asks_charter(asked: Sequence[str]) -> bool:
        """Return True when a decision a status report asks names the project charter ("Godkjenne prosjektmandatet
        (versjon 0.3)", "Approve the charter"): the summary does not ask for its approval a second time (review 96b
        F5)."""
        return any(_CHARTER.search(item) for item in asked)

    def audience(self, words: tuple[str, ...] | list[str], public: bool = False) -> tuple[str, ...]:
        """Return an audience with role and audience words spelled out; unassigned roles are left out, a person
        named for several of the roles is listed once, with all of them, and nobody is named beside 'everyone' or
        'all stakeholders' (everyone in the stakeholder register is one), nor a member of the project team (a
        delivery role's holder or a deliverable's owner, `team`) beside it; where the confidentiality label keeps other
        companies' people out (`outsiders`), 'all stakeholders' and 'everyone' say they are internal, but for an item
        published beyond them (``public``: `communication.published`)."""
        _ = self.locale.gettext
        # a person the label keeps out of "all stakeholders (internal)" and "everyone (internal)" stays named (review
        # 47a F12: "informed: [Lisa Moreno, stakeholders]" dropped the outside company's Lisa Moreno)
        apart = set() if public else {m.same_name(p.name) for p in self.outsiders}
        if "everyone" in words:  # the team beside it where it reaches people "everyone (internal)" leaves out
            keep_team = team_kept_out(self.q)
            words = ["everyone"] + [w for w in words if (w == "team" and keep_team)
                                    or m.same_name(self._named(w)) in apart]
        elif "stakeholders" in words:
            words = [w for w in words if w in AUDIENCE_LABELS or m.same_name(self._named(w)) in apart]
        elif "team" in words:  # a member of the project team (role holder or deliverable owner) is not named beside it
            within = {m.same_name(n) for n in team(self.q)}
            words = [w for w in words if w == "team" or m.same_name(self._named(w)) not in within]
        roles: dict[str, list[str]] = {}  # a person -> the role nouns they are in the audience for
        out: list[str] = []
        for word in words:
            if word in ROLE_LABELS:
                name = getattr(self.q.roles, word)
                if name:
                    if name not in roles:
                        roles[name] = []
                        out.append(name)
                    roles[name].append(_(ROLE_NOUNS[word]))
            elif word in INTERNAL_LABELS and self.outsiders and public:
                out.append(_(PUBLIC_LABELS[word]))
            elif word in INTERNAL_LABELS and self.outsiders:
                out.append(_(INTERNAL_LABELS[word]))
            else:
                out.append(_(AUDIENCE_LABELS[word]) if word in AUDIENCE_LABELS else word)
        shown = []
        for entry in dict.fromkeys(out):
            held = roles.get(entry)
            if held:
                # Translators: a person and the role they hold, in a list of people.
                entry = _("%(name)s, %(role)s", name=entry, role=self.in_words(held))
            shown.append(entry)
        return tuple(shown) or (_(AUDIENCE_LABELS["team"]),)

    def _named(self, word: str) -> str:
        """Return the person an audience word names: a role key's holder ('' when unassigned), else the word."""
        return (getattr(self.q.roles, word) or "") if word in ROLE_LABELS else word

    def language(self, tag: str) -> str:
        """Return a language tag as a reader knows it: its name in the documents' language, and the tag
        ('Italian (it)', 'Spanish (Mexico, es-MX)'); the tag alone when CLDR has no name for it."""
        name = language_name(tag, self.locale.numbers)
        if name == tag:
            return tag
        return f"{name[:-1]}, {tag})" if name.endswith(")") else f"{name} ({tag})"  # 'Spanish (Mexico, es-MX)'


    def languages(self, tags: Sequence[str]) -> list[str]:
        """Return language tags as readers know them (`language`), in order."""
        return [self.language(tag) for tag in tags]

    @property
    def restricted(self) -> bool:
        """Return True when the documents' confidentiality label keeps them within the organization."""
        return restricted(self.q)

    # -- money and dates ----------------------------------------------------

    @property
    def currency(self) -> str:
        """Return the budget's currency code, or an empty string."""
        return self.q.project.budget.currency if self.q.project.budget else ""

    def money(self, value: Optional[float]) -> Optional[str]:
        """Return an amount with the budget's currency, e.g. ``EUR 8,000``; with no budget recorded, and so no
        currency, the amount says so (review 85a F4: "Cost | 11,800" read as complete)."""
        if value is None:
            return None
        text = self.locale.money(value, self.currency)
        return text if self.currency or not value else self.locale.gettext("%(amount)s (currency not recorded)",
                                                                           amount=text)

    def remaining(self, value: float) -> str:
        """Return what is left of an amount in words, never a negative sum: ``EUR 4,600`` or, spent beyond it,
        ``EUR 4,600 overspent``."""
        text = self.locale.money(abs(value), self.currency)
        return text if value >= 0 else self.locale.gettext("%(amount)s overspent", amount=text)

    def delay(self, value: int) -> str:
        """Return a change to the schedule in words, the same way either side: ``5 days later``, ``20 days earlier``
        or ``no change to the schedule``."""
        return self.locale.shift(value)

    def measured_by(self, objective: m.Objective) -> Optional[str]:
        """Return who an objective or its measure says measures it (`mentions.measurer_named`: a person, an
        organization, or a team or office in words), or None."""
        org = self.q.organization
        return measurer_named(f"{objective.objective} {objective.measure}", [p.name for p in self.q.people],
                              [org.name, org.department, *(p.organization for p in self.q.people)])

    def days(self, value: Optional[int]) -> Optional[str]:
        """Return a number of days, e.g. ``5 days`` or ``1 day``."""
        if value is None:
            return None
        return self.locale.ngettext("%(n)s day", "%(n)s days", abs(value), n=value)

    @property
    def contingency(self) -> Optional[float]:
        """Return the contingency reserve as an amount, when the budget records one (None: not recorded, or 0 %:
        the documents then say no reserve is recorded instead of setting changes against a reserve of nothing)."""
        budget = self.q.project.budget
        if budget is None:
            return None
        return reserve(budget.amount, budget.contingency_percent)

    @property
    def left_out_by_reason(self) -> list[tuple[list[str], str]]:
        """Return the standard items not in the plan (`left_out`) grouped by their reason, in the order each reason
        first comes: one reason said once for the items it keeps out (review 109b F10: "the project is on hold: ..."
        five times in one sentence)."""
        grouped: dict[str, list[str]] = {}
        for item, reason in self.left_out:
            grouped.setdefault(reason, []).append(item)
        return [(items, reason) for reason, items in grouped.items()]

    @property
    def overspent_unsaid(self) -> str:
        """Return what the summary adds to money overspent where the contingency is counted in the budget by the rule
        (`one_page.OVERSPENT_UNSAID`: one wording for the page and its estimate)."""
        return OVERSPENT_UNSAID

    @property
    def included_said(self) -> str:
        """Return which answer says the budget's amount includes the contingency (`funding.included_said`): "constraints",
        "assumptions", "summary" or ""."""
        return included_said(self.q.scope, self.q.project.summary)

    @property
    def on_top_said(self) -> str:
        """Return which answer says the contingency comes on top of the budget's amount (`funding.on_top_said`):
        "constraints", "assumptions", "summary" or ""."""
        return on_top_said(self.q.scope, self.q.project.summary)

    @property
    def contingency_left(self) -> Optional[float]:
        """Return the contingency less what every approved change recorded takes from it (`drawn`), the one figure
        the charter, the change-control plan and the summary say; None when no contingency is recorded."""
        return None if self.contingency is None else self.contingency - self.drawn()

    @property
    def latest_revision(self) -> Optional[m.Revision]:
        """Return the most recent revision (by date, then by order)."""
        return latest_revision(self.q.revisions)

    def shows(self, need: str) -> bool:
        """Return True when the answers show what a standard item or role needs (gates, sprints, releases)."""
        return shows_event(need, self.q)

    def entry_control(self, entry: object) -> EntryControl:
        """Return what a per-entry document's control line says of its entry (`generator.view.entries`), the same
        as its Word cover."""
        return entry_control(entry, self.version_date)

    @property
    def closed_said_occurred(self) -> list[ScoredRisk]:
        """Return the closed risks with no day they occurred whose own words say they did (`as_of.own_words_occurred`)."""
        return [s for s in self.closed_risks if own_words_occurred(s.risk)]

    def overdue(self, risk: m.Risk) -> bool:
        """Return True when a risk's next review is before the newest record (`rules.review_overdue`)."""
        return rules.review_overdue(risk.review, risk.status, self.records_date)

    @property
    def any_overdue(self) -> bool:
        """Return True when an open or occurred risk's next review is overdue (`overdue`)."""
        return any(self.overdue(r.risk) for r in self.risks + self.occurred_risks)

    @property
    def untraced(self) -> list[m.Deliverable]:
        """Return the deliverables no objective is linked to (see `trace`), in scope order."""
        linked = {m.same_name(d.name) for row in self.trace for d in row.deliverables}
        return [d for d in self.q.scope.deliverables if m.same_name(d.name) not in linked]

    def approval(self, document: str, entry: str = "", signers: Sequence[str] = (),
                 reflects: Sequence[str] = ()) -> Approval:
        """Return a document's approval status (``document``: its kind, e.g. ``project-charter``; ``entry``: its
        entry's id, if any; ``signers``: the roles whose holders sign it, all needed; ``reflects``: the kinds of
        record it shows, see `newer_records_of`), as its cover and its document control say it (see
        `generator.view.approval`)."""
        names = [name for _roles, name in self.signatories(list(signers))]
        found = approval(self.q, document, entry, self.locale, self.in_words, names, self.newer_unmanaged(reflects),
                         (self.name_md, md))
        return dataclasses.replace(found, marked=Md(found.marked))  # (Markdown, its answers escaped as written)

    def name_md(self, name: str) -> str:
        """Return a person's name as Markdown, tagged in the answers' language (`tag_answer`) as the answer that
        holds it is: a stakeholder's or a role's (a name another text copied is no answer of its own)."""
        if self.tag_answer is None:
            return md(name)
        answers = [p.name for p in self.q.people] + [getattr(self.q.roles, key) for key in ROLE_LABELS]
        held = next((text for text in answers if isinstance(text, str) and text == name), name)
        return self.tag_answer(held, md(held))

    def newer_unmanaged(self, reflects: Sequence[str]) -> Optional[dt.date]:
        """Return `newer_records_of` the kinds ``reflects`` not managed under their own control
        (`rules.MANAGED_KINDS`): the records that make an approved version's copy a draft again."""
        kept = [kind for kind in reflects if kind not in rules.MANAGED_KINDS]
        return self.newer_records_of(kept) if kept or not reflects else None

    def managed_since(self, reflects: Sequence[str]) -> bool:
        """Return True when a document shows records newer than its version and its approval only of the kinds
        approved under their own control (`newer_unmanaged`): changes approved under change control."""
        newer = self.newer_records_of(reflects)
        return newer is not None and newer != self.newer_unmanaged(reflects)

    @property
    def version(self) -> str:
        """Return the documents' version: the latest revision's, or a draft marker."""
        latest = self.latest_revision
        return latest.version if latest else self.locale.gettext("not yet issued")  # as the Word cover says

    @property
    def version_date(self) -> Optional[dt.date]:
        """Return the date of the latest revision, if any."""
        latest = self.latest_revision
        return latest.date if latest else None

    @functools.cached_property
    def records_date(self) -> Optional[dt.date]:
        """Return the latest date of any record (see `rules.record_dates`: the same records the checks compare)."""
        dates = rules.record_dates(self.q)
        return max(dates) if dates else None

    @property
    def newer_records(self) -> Optional[dt.date]:
        """Return the latest record's date when the version's date does not cover it (no version is issued, or an
        older one), else None: the documents then say they reflect records up to it, on the cover and in the
        document control."""
        return self.newer_records_of(())

    def newer_records_of(self, reflects: Sequence[str]) -> Optional[dt.date]:
        """Return `newer_records` for a document showing only the records of kinds ``reflects`` (`rules.RECORD_KINDS`;
        none: all): a change request raised after the charter's approval, which the charter does not show, leaves it
        approved (review 74b F1); "overspend", the latest status report where it spends above the planned cost (the
        charter shows it then, and only then: review 76b F2); "shown_decisions", the logged decisions on the
        contingency and the hold, which the charter shows; "shown_risks", the days the risks it shows were raised or
        occurred, and the closed ones closed."""
        dates = rules.record_dates(self.q, reflects) if reflects else [self.records_date] if self.records_date else []
        latest = self.latest_report
        if "overspend" in reflects and latest is not None and latest.money.overspend:
            dates.append(latest.report.date)
        if "shown_decisions" in reflects:  # the decision log's entries the charter shows, no other (review 88c F3)
            hold = self.hold_decision
            dates += [d.date for d in self.contingency_decisions()] + ([hold.date] if hold else [])
        if "shown_risks" in reflects:  # the risks the charter shows, raised or occurred on their days (review 91a F4:
            # an approved charter listing a risk raised after its approval)
            dates += [day for s in self.risks[:5] if (day := s.risk.raised) is not None]
            dates += [day for s in self.occurred_risks for day in (s.risk.raised, s.risk.occurred) if day is not None]
            # ... and the closed ones it names as closed (review 93b F5: "reflects records up to 2026-10-14" beside
            # "R-06 and R-07, closed", R-07 closed on 2026-11-03)
            dates += [r.closed for r in self.q.risks if r.status == "closed" and r.closed is not None]
        if "risks" in reflects:  # every risk the register shows, on its days (review 130b F4: a risk register
            # approved on 2025-07-22 was a draft for a status report of 2025-07-31 it shows nothing of)
            dates += [day for r in self.q.risks for day in (r.raised, r.occurred, r.closed) if day is not None]
        if "shown_risks" in reflects or "risks" in reflects:  # (either: the first record saying a risk occurred, its
            # day unrecorded: review 110a F1, a charter approved in February showed R-02 "has occurred", in April,
            # with no word that it reflects newer records)
            dates += [found[0] for s in self.occurred_risks
                      if s.risk.occurred is None and (found := occurred_by(self.q, s.id, s.risk))]
        records, version = max(dates, default=None), self.version_date
        return records if records and (not version or records > version) else None

    def undated_statuses(self, approval: Approval) -> str:
        """Return, for a charter whose version some signer approved and whose copy reflects no newer record, a
        sentence naming the occurred and closed risks it shows whose day nobody recorded (no ``occurred`` or
        ``closed`` day, no record saying so): their status is today's and may be later than that approval (reviews
        122b F2, 123b F5: a charter "Approved" in September showed R-02 "has occurred", found in November); else ""."""
        if not approval.covered or not approval.state.current:
            return ""
        occurred = [s.id for s in self.occurred_risks
                    if s.risk.occurred is None and occurred_by(self.q, s.id, s.risk) is None]
        closed = [s.id for s in self.closed_risks if s.risk.closed is None]
        if not occurred and not closed:
            return ""
        days = [self.locale.ngettext("the day %(ids)s occurred", "the days %(ids)s occurred", len(occurred),
                                     ids=self.and_list(occurred))] if occurred else []
        days += [self.locale.ngettext("the day %(ids)s was closed", "the days %(ids)s were closed", len(closed),
                                      ids=self.and_list(closed))] if closed else []
        # Translators: "days" is e.g. "the day R-02 occurred and the day R-05 was closed"; "version": "1.1".
        said = self.locale.ngettext(
            "%(days)s is not recorded: the status shown is as recorded now, and may be later than the approval of "
            "version %(version)s.",
            "%(days)s are not recorded: the statuses shown are as recorded now, and may be later than the approval "
            "of version %(version)s.",
            len(occurred) + len(closed), days=self.and_list(days), version=approval.state.version)
        return said[:1].upper() + said[1:]

    def since_approval(self, approval: Approval, requests: Sequence[m.ChangeRequest]) -> str:
        """Return, for a document whose version some signer approved, a sentence naming the ``requests`` decided
        after that approval: shown as the change log records them, not part of the text approved then (reviews
        122b F2, 125b F2: a charter "Approved" in February showed CR-02 of September with no word beside it); else
        ""."""
        if not approval.covered or not approval.state.current:
            return ""
        day = max(a.date for a in approval.state.current)
        later = [cr.id for cr in requests if cr.decision is not None and cr.decision.date > day]
        if not later:
            return ""
        # Translators: "ids" is e.g. "CR-02 and CR-04"; "version": "1.0"; "date": the day it was approved.
        return self.locale.ngettext(
            "%(ids)s was approved under change control after version %(version)s was approved on %(date)s: it is "
            "shown here as the change log records it, and is not part of the text approved then.",
            "%(ids)s were approved under change control after version %(version)s was approved on %(date)s: they "
            "are shown here as the change log records them, and are not part of the text approved then.",
            len(later), ids=self.and_list(later), version=approval.state.version, date=self.locale.date(day))

    @property
    def weeks_text(self) -> str:
        """Return the project's length in words, e.g. '25 weeks' or '1 week'."""
        return self.locale.ngettext("%(n)s week", "%(n)s weeks", self.weeks, n=self.weeks)

    @property
    def weeks(self) -> int:
        """Return the project's length in whole weeks."""
        return max(1, round((self.q.project.end - self.q.project.start).days / 7))

    # -- change control -------------------------------------------------------

    # -- the running project (generator.view.running) ---------------------------

    @functools.cached_property
    def reports(self) -> list[ReportView]:
        """Return every status report's view, oldest first."""
        return report_views(self.q, self.risks, self.contingency, [*self.occurred_risks, *self.closed_risks],
                            self.records_date)

    @functools.cached_property
    def reached_days(self) -> dict[str, dt.date]:
        """Return the day each milestone the status reports record as reached was reached (its forecast there), or
        the day of the first report that lists it done, the day not recorded (reached by then)."""
        found: dict[str, dt.date] = {}
        for view in self.reports:
            for s in view.slips:
                day = s.forecast if s.reached else s.listed_by if s.listed_done else None
                if day is not None and (s.milestone not in found or day < found[s.milestone]):
                    found[s.milestone] = day
        return found

    @property
    def spent_earlier(self) -> Optional[ReportView]:
        """Return, when the latest report gives no cost to date, the newest earlier report that does (review 110c
        F9: "spent to date not recorded" beside a figure of the month before), else None."""
        latest = self.latest_report
        if latest is None or latest.money.spent is not None:
            return None
        return next((view for view in reversed(self.reports[:-1]) if view.money.spent is not None), None)

    def report_view(self, report: m.StatusReport) -> ReportView:
        """Return the view of one status report."""
        return next(view for view in self.reports if view.report is report)

    @property
    def latest_report(self) -> Optional[ReportView]:
        """Return the newest status report's view, or None when there is none."""
        return self.reports[-1] if self.reports else None

    @property
    def key_milestones(self) -> list[m.Milestone]:
        """Return the milestones an executive summary shows, at most `KEY_MILESTONES` (see `milestones_shown`)."""
        return self.milestones_shown(KEY_MILESTONES)

    def milestones_shown(self, count: int) -> list[m.Milestone]:
        """Return the ``count`` milestones that matter most to a sponsor, in date order: first those forecast late
        in the latest status report (`late_slips`: past the project's end first, then the largest slips), then
        those on or after it (or the version's date), an objective's due day first, then the latest earlier ones."""
        ordered = sorted(self.q.milestones, key=lambda ms: (ms.date, ms.name))
        latest = self.latest_report
        day = latest.report.date if latest else self.version_date
        # of those ahead, first the milestones an objective is due on (review 115b F3: a regulator's submission date,
        # the day an objective is due, left out for two nearer milestones)
        due = {o.due for o in self.q.objectives if o.due}
        # ... and last, an open project's closing on its end day, which the key dates' sentence gives (reviews 143b F6,
        # 146b F4, 147b F6: "Clôture du projet | 2027-03-31" the one row, the gate the sponsor chairs this month left out)
        project = self.q.project
        closing = {ms.name for ms in ordered if project.status != "closed" and ms.date == project.end
                   and rules.CLOSING_MILESTONE.search(ms.name)}
        # (not one the latest report records reached: review 158c F3, "MFA généralisé", reached on the report's day,
        # the one key date shown, the next three left out)
        done = {s.milestone for s in latest.slips if s.reached or s.listed_done} if latest else set()
        ahead = sorted((ms for ms in ordered if (day is None or ms.date >= day) and ms.name not in done),
                       key=lambda ms: (ms.name in closing, ms.date not in due))
        by_name = {ms.name: ms for ms in ordered}
        late = [by_name[s.milestone] for s in self.late_slips()]
        if project.status == "closed" and latest:  # a closed project's story: the milestones reached late, the
            # largest slips first (review 153b F7: the validation 42 days late and the go-live 21 left out)
            late += [by_name[s.milestone] for s in sorted(latest.slips, key=lambda s: -(s.days or 0))
                     if s.reached and s.days and s.days > 0 and s.milestone in by_name]
        # (with room for two ahead, the next one first, whatever is due later: review 153a F6, "Application control
        # enforced" a fortnight ahead left out for two due next year; with room for one, the due one, which the
        # sentence after the table follows with the next)
        coming = next(iter(sorted(ahead, key=lambda ms: (ms.name in closing, ms.date))), None)
        if coming is not None and count - len(set(ms.name for ms in late[:max(count, 0)])) >= 2:
            ahead = [coming] + [ms for ms in ahead if ms is not coming]
        behind = [ms for ms in reversed(ordered) if ms not in ahead]
        chosen: list[m.Milestone] = []
        for ms in late + ahead + behind:
            if len(chosen) < max(count, 0) and ms not in chosen:
                chosen.append(ms)
        return sorted(chosen, key=lambda ms: (ms.date, ms.name))

    def late_slips(self) -> list[Slip]:
        """Return the milestones the latest status report forecasts late (`ReportView.slipped`, in date order), those
        past the project's end first, then the largest slips."""
        latest = self.latest_report
        return late_first(latest.slipped, self.q.project.end) if latest else []

    def late_left_out(self, shown: Sequence[m.Milestone]) -> tuple[list[Slip], int]:
        """Return the milestones forecast late that the summary's key dates leave out of their table: those named
        (up to `LATE_SAID`, in `late_slips` order) and how many more (`one_page.dates_cut` counts their height)."""
        left = [s for s in self.late_slips() if s.milestone not in {ms.name for ms in shown}]
        return left[:LATE_SAID], len(left[LATE_SAID:])

    def next_left_out(self, shown: Sequence[m.Milestone]) -> Optional[tuple[m.Milestone, Optional[dt.date]]]:
        """Return the next milestone the summary's key dates leave out of their table, not reached and due (or
        forecast) on or after the latest report's day, with its forecast there if any (reviews 122c F9, 123a F11,
        123c F4: "4 other milestones are not shown" left the next date unsaid)."""
        latest = self.latest_report
        day = latest.report.date if latest else self.version_date
        names = {ms.name for ms in shown}
        for ms in sorted(self.q.milestones, key=lambda ms: (ms.date, ms.name)):
            slip = latest.slip_of(ms.name) if latest else None
            if ms.name in names or (slip is not None and slip.reached) or (latest and latest.listed_done(ms.name)):
                continue
            when = slip.forecast if slip is not None and slip.forecast else ms.date
            if day is None or when >= day:
                # named where the line keeps room for it (`one_page.next_fits`), else not at all
                fits = next_fits(ms.name)
                return (ms, slip.forecast if slip is not None else None) if fits else None
        return None

    def upcoming(self) -> list[m.Milestone]:
        """Return the next milestones the summary's key dates' sentence names where no table fits (`one_page.upcoming`)."""
        dates = [day for day in (self.version_date, self.records_date) if day]
        return upcoming(self.key_milestones, self.latest_report, max(dates, default=None))

    @functools.cached_property
    def page_fit(self) -> PageFit:
        """Return how much of each list the executive summary's one page holds (see `generator.view.one_page`)."""
        return summary_fit(self.q, self.latest_report, self.biggest_risks, self.key_milestones, self._decision_words,
                           self.records_date, self._asked_words, self.newer_records is not None,
                           self.contingency_left)

    def on_budget_unsaid(self, money: Money, forecast: float) -> bool:
        """Return True when a forecast equals the approved budget and whether the contingency is part of it is not
        recorded (`one_page.on_budget_unsaid`)."""
        return on_budget_unsaid(self.q, money, forecast)

    @property
    def forecast_says_contingency(self) -> bool:
        """Return True when the summary's budget sentence ends with the forecast (`one_page.forecast_says_contingency`):
        the one test for the page and for its estimate."""
        return forecast_says_contingency(self.q, self.latest_report, self.contingency_left)

    @property
    def occurred_short(self) -> bool:
        """Return True when the executive summary names the occurred risks with their first words (`one_page.clipped`)."""
        return self.page_fit.occurred_short

    @property
    def occurred_named(self) -> bool:
        """Return True when the executive summary names the occurred risks with their words (`one_page.occurred_named`)."""
        return self.page_fit.occurred_named

    @property
    def occurred_others(self) -> list[str]:
        """Return the IDs of the occurred risks the executive summary does not name among the biggest
        (`one_page.occurred_others`)."""
        return occurred_others(self.q, self.biggest_risks)

    @property
    def occurred_others_named(self) -> bool:
        """Return True when the executive summary names `occurred_others` by their IDs (else it counts them)."""
        return len(self.occurred_others) <= OTHERS_NAMED

    @property
    def biggest_risks(self) -> list[ScoredRisk]:
        """Return the open risks the executive summary may call the biggest: those rated high or medium, by rank."""
        return [r for r in self.risks if r.band != "low"]

    def also_biggest(self, shown: int) -> list[ScoredRisk]:
        """Return the biggest risks after the first ``shown`` up to the third, and any that tie with the third."""
        return also_biggest(self.biggest_risks, shown)

    def _decision_words(self, request: m.ChangeRequest) -> str:
        """Return about what the executive summary says of a pending request: its figures and who decides it."""
        return (f"{self._figures(request)}), to be decided by {self.required_approver(request)}; it costs more than "
                "the contingency left (XXX 000,000")

    def _figures(self, request: m.ChangeRequest) -> str:
        """Return a request's cost and delay in words, as the executive summary gives them ("CHF 12,000, no change to
        the schedule": review 159, "0 days later" counted)."""
        cost, days = request.impact.cost, request.impact.schedule_days
        if cost is None and days is None:
            return "impact not assessed"
        return (f"{self.money(cost) if cost is not None else 'cost not assessed'}, "
                f"{self.delay(days) if days is not None else 'schedule not assessed'}")

    def _asked_words(self, item: str, requests: Sequence[m.ChangeRequest]) -> str:
        """Return about the executive summary's line for a decision asked that names pending ``requests``, as the
        template's ``asked_request`` words it: what the item does not say of each (its title and figures, who decides,
        whether it costs more than the contingency left), figures at their widest."""
        decider = self.names_decider(item)
        left = self.contingency_left
        parts = []
        for cr in requests:
            said = self.stated(cr, item)
            if said[0] and said[1] and decider:
                continue
            cost, days = cr.impact.cost, cr.impact.schedule_days
            figures = self._figures(cr)
            part = (f"{self.money(cost) if cost is not None else 'cost not assessed'}" if said[1] else
                    f"schedule {self.delay(days) if days is not None else 'not assessed'}")  # what it does not say
            whole = figures if self.titled(cr, item) else f"{cr.title} ({figures})"
            bits = [whole] if not (said[0] or said[1]) else [] if said[0] and said[1] else [part]
            if not decider:
                bits.append(f"to be decided by {self.required_approver(cr)}")
            over = (cost is not None and left is not None and cost > left and rules.from_contingency(cr.impact)
                    and "contingen" not in item.lower())
            parts.append((f"{cr.id}: " if len(requests) > 1 or not self.names_id(cr.id, item) else "") + ", ".join(bits)
                         + ("; it costs more than the contingency left (XXX 000,000)" if over else ""))
        return item + (" — " + "; ".join(parts) + "." if parts else "")

    @functools.cached_property
    def raci(self) -> list[RaciLine]:
        """Return the RACI matrix's rows: one per deliverable, answered or proposed."""
        return raci_lines(self.q)

    @property
    def raci_people(self) -> list[str]:
        """Return the people with a part in the RACI matrix."""
        return raci_people(self.q, self.raci)

    @property
    def issue_log(self) -> list[m.Issue]:
        """Return the issues in the issue log's order (open first, by priority)."""
        return issues_in_order(self.q)

    def named_ids(self, decision: m.LoggedDecision) -> list[str]:
        """Return the IDs of the risks, issues, change requests, other decisions and debt items a logged decision's
        words (its decision and rationale) name as whole words, in that order: the decision log's related items when
        none is answered."""
        return self._ids_in(decision, " ".join(filter(None, (decision.decision, decision.rationale))))

    def decision_ids(self, decision: m.LoggedDecision) -> list[str]:
        """Return the IDs of `named_ids` its decision's own words name (the rest are named in its rationale alone)."""
        return self._ids_in(decision, decision.decision or "")

    def alternatives_ids(self, decision: m.LoggedDecision) -> list[str]:
        """Return the IDs a logged decision's alternatives name that its decision and rationale do not
        ("Switch off on 2026-10-30 (CR-003)", review 67c), as `named_ids` finds them."""
        named = self.named_ids(decision)
        return [i for i in self._ids_in(decision, " ".join(decision.alternatives)) if i not in named]

    def _ids_in(self, decision: m.LoggedDecision, text: str) -> list[str]:
        ids = [s.id for s in (*self.risks, *self.occurred_risks, *self.closed_risks)]
        ids += [i.id for i in self.q.issues] + [cr.id for cr in self.requests]
        ids += [d.id for d in self.q.decisions if d.id != decision.id] + [d.id for d in self.q.technical_debt]
        return [i for i in dict.fromkeys(ids) if i and names(i, text)]

    def risks_handed_over(self) -> list[tuple[m.LoggedDecision, list[str]]]:
        """Return, for a closed project, the logged decisions that name its open risks, each with their IDs
        (`standing.risks_handed_over`)."""
        return risks_handed_over(self.q, [s.id for s in self.risks])

    def handed_over_by(self, risk: ScoredRisk) -> Optional[m.LoggedDecision]:
        """Return the closing decision the executive summary gives beside an open risk (`standing.handed_over_by`)."""
        return handed_over_by(self.q, risk.id, [s.id for s in self.risks])

    def roles_bracketed(self, decisions: Sequence[m.LoggedDecision]) -> bool:
        """Return True when the job of a person who took one of ``decisions`` holds brackets: the log gives every
        decider's job after a dash, not in brackets of its own (reviews 155a F14, 155c F12)."""
        return any(d.by != m.BOARD and (who := self.q.person(d.by)) is not None and "(" in (who.role or "")
                   for d in decisions)

    def superseded_by(self, decision: m.LoggedDecision) -> Optional[m.LoggedDecision]:
        """Return the later logged decision whose words say it replaces one (`superseded.superseded_by`), or None."""
        return superseded_by(decision, self.q.decisions)

    def naming_ids(self, decision: m.LoggedDecision) -> list[str]:
        """Return the IDs of the risks, issues, change requests, other decisions and debt items whose own words name a
        logged decision's ID (review 47b F14: an issue resolved "as decided in D-03" left D-03's related items
        "none recorded"), in that order, leaving out those the decision names itself (`named_ids`)."""
        texts: list[tuple[Optional[str], tuple[Optional[str], ...]]] = [
            (s.id, (s.risk.risk, s.risk.mitigation, s.risk.trigger, s.risk.contingency))
            for s in (*self.risks, *self.occurred_risks, *self.closed_risks)]
        texts += [(i.id, (i.issue, i.resolution)) for i in self.q.issues]
        texts += [(cr.id, (cr.title, cr.description, cr.reason, cr.decision.notes if cr.decision else None, cr.options,
                           cr.recommendation)) for cr in self.requests]
        texts += [(d.id, (d.decision, d.rationale)) for d in self.q.decisions if d.id != decision.id]
        texts += [(t.id, (t.item, t.impact, t.remediation)) for t in self.q.technical_debt]
        own = set(self.named_ids(decision)) | set(self.alternatives_ids(decision))
        return [i for i in dict.fromkeys(i for i, words in texts if i and i not in own
                                         and names(decision.id, " ".join(filter(None, words))))]

    @property
    def summary_occurred(self) -> list[ScoredRisk]:
        """Return the occurred risks the executive summary names among the biggest (`one_page.summary_occurred`, the
        list its page estimate reads too), as the register scores them."""
        named = summary_occurred(self.q, self.biggest_risks)
        return [s for s in self.occurred_risks if s.risk in named]

    @property
    def hold_decision(self) -> Optional[m.LoggedDecision]:
        """Return the logged decision that put a project on hold (`standing.hold_decision`), if one says so."""
        return hold_decision(self.q)

    @property
    def closing_gate(self) -> Optional[str]:
        """Return the gate ending the last phase where its words speak of closing the project ("Project closure
        sign-off by the Board", review 103b F9: the charter said who signs off completion was not recorded)."""
        return rules.closing_gate(self.q.project.phases)

    @property
    def closing_gate_says_who(self) -> bool:
        """Return True when the closing gate's words say who signs it off ("... by the Board"): else the charter says
        that is not recorded (review 125c F12: "signed off at the gate ..." with no word of who)."""
        return bool(_BY_WHOM.search(self.closing_gate or ""))

    @property
    def short_objectives(self) -> bool:
        """Return True when the executive summary, pointing to the charter for its objectives (`PageFit.brief`), names
        them without their due dates (`one_page.short_objectives`)."""
        return short_objectives(self.q.objectives) is not None

    @property
    def work_goes_on(self) -> Optional[m.LoggedDecision]:
        """Return the hold decision where it says some work goes on through the hold (`standing.work_goes_on`)."""
        return work_goes_on(self.q)

    @property
    def team_kept_on_hold(self) -> bool:
        """Return True when standard meetings of the project team stay in the plan of a project on hold, for the work
        its hold decision keeps going (`communication.why_not`, `work_goes_on`)."""
        planned = {row.name for row in self.comm_rows if row.standard}
        return self.work_goes_on is not None and any(
            c.name in planned and "team" in c.audience and not c.hold for c in self.method.ceremonies)

    @property
    def held_after_report(self) -> bool:
        """Return True when the hold decision came after the latest status report: what that report rates, forecasts
        and asks is from before the hold (the executive summary and the debt register say so alike)."""
        hold, latest = self.hold_decision, self.latest_report
        return hold is not None and latest is not None and latest.report.date < hold.date

    def logged_since(self, item: str, date: dt.date) -> list[m.LoggedDecision]:
        """Return the logged decisions that settle, on ``date`` or after, a decision asked that day
        (`standing.logged_since`)."""
        return logged_since(self.q, item, date)

    def still_asked(self, report: m.StatusReport) -> list[str]:
        """Return the decisions a report asks for that the hold decision has not answered since
        (`standing.still_asked`)."""
        return still_asked(self.q, report)

    def stale_by(self, latest: ReportView) -> Optional[int]:
        """Return how many days the newest record is later than the latest status report, when that is more than
        four weeks (`standing.stale_by`: the rule `pmdocs validate` warns by); else None."""
        return stale_by(self.q, latest.report)

    def rating_reasons(self, latest: ReportView) -> list[tuple[str, m.AreaStatus | m.BudgetStatus]]:
        """Return why the latest report rates areas amber or red (`standing.rating_reasons`)."""
        return rating_reasons(latest.report, self.q.milestones)

    @property
    def top_issues(self) -> list[m.Issue]:
        """Return the open issues the executive summary names (`standing.top_issues`: critical, else high)."""
        return top_issues(self.q)

    @functools.cached_property
    def debt(self) -> DebtPosition:
        """Return the technical debt against the schedule, counted from the newest record; a milestone the latest
        status report shows reached is not ahead of any item (review 60b F6: "due after milestones still ahead"
        named one the report listed as done)."""
        latest = self.latest_report
        passed = frozenset(s.milestone for s in latest.slips if s.reached or s.listed_done) if latest else frozenset()
        return debt_position(self.q, self.records_date, passed)

    def debt_handover(self) -> Optional[tuple[str, str]]:
        """Return what the records say of handing over the technical debt, as written, and where: the latest status
        report's first done item or summary sentence that names both (review 49c F5: a closed project's register
        said whether the debt was handed over was not recorded, beside a final report saying it was), else a logged
        decision's, else a closed project's last report's next items, else the newest revision's summary that does
        (review 51c F1: "open technical debt transferred to operations")."""
        _ = self.locale.gettext
        report = rules.latest_report(self.q)
        items = [d.id for d in self.q.technical_debt if d.id]
        # (an Armenian sentence ends with "։", review 150b F3)
        said = [*report.done, *re.split(r"(?<=[.!?։।])\s+", report.summary)] if report is not None else []
        found = next((line for line in said if rules.says_debt_handed_over(line)), None)
        if report is not None and found:
            return _("the status report of %(date)s", date=report.date), found.strip()
        # a logged decision that hands it over, naming the debt or an item of it (review 80b F4: "Close the project
        # ... with TD-01, I-01, I-03 and CR-04 handed to IT Operations")
        decision = max((d for d in self.q.decisions if rules.says_debt_handed_over(d.decision)
                        or rules.says_handed_over(d.decision) and any(names(i, d.decision) or i in d.related
                                                                      for i in items)),
                       key=lambda d: d.date, default=None)
        if decision is not None:
            return _("decision %(id)s (%(date)s)", id=decision.id, date=decision.date), decision.decision.strip()
        # a closed project's last report: an item of what comes next that names items of the debt and who takes them
        # on (review 147c F6: "Seguimiento de TD-01 y TD-02 por Operación de TI", the register saying whether they
        # were handed over was not recorded)
        after = next((line for line in (report.next if report is not None else [])
                      if self.q.project.status == "closed" and rules.says_handed_over(line)
                      and any(names(i, line) for i in items)), None)
        if report is not None and after:
            return _("the status report of %(date)s", date=report.date), after.strip()
        revision = max((r for r in self.q.revisions if rules.says_debt_handed_over(r.summary or "")),
                       key=lambda r: r.date, default=None)
        if revision is not None:
            return (_("revision %(version)s (%(date)s)", version=revision.version, date=revision.date),
                    (revision.summary or "").strip())
        return None

    def closed_on(self, issue: m.Issue) -> Optional[dt.date]:
        """Return the day an issue was resolved or closed, as recorded or as its resolution says (`as_of.closed_on`)."""
        return closed_on(issue)

    def internal_marked(self) -> bool:
        """Return True when a row of the communication matrix has an audience marked "(internal)" (`INTERNAL_LABELS`):
        only then does the plan explain the mark (review 49b F2: it explained a mark no row carried)."""
        marks = {self.locale.gettext(label) for label in INTERNAL_LABELS.values()}
        return any(word in marks for row in self.comm_rows for word in row.audience)

    def deliverable(self, name: str) -> Optional[m.Deliverable]:
        """Return the deliverable of that name, if any."""
        return next((d for d in self.q.scope.deliverables if d.name == name), None)

    def milestones_for(self, name: str) -> list[m.Milestone]:
        """Return the milestones that include a deliverable."""
        return [ms for ms in self.q.milestones if name in ms.deliverables]


RACI_PARTS = {  # a person's part in a row of the RACI matrix, as the stakeholder register says it
    "responsible": N_("responsible for %(names)s (RACI)"), "accountable": N_("accountable for %(names)s (RACI)"),
    "consulted": N_("consulted on %(names)s (RACI)"), "informed": N_("informed of %(names)s (RACI)")}
ENGAGEMENT = ("unaware", "resistant", "neutral", "supportive", "leading")  # the spec's order, least engaged first


class SpreadRow(Record):
    """Return one person's recorded time zone and language."""

    name: str
    time_zone: Optional[str]
    language: Optional[str]


class Spread(Record):
    """Return the people's time zones and languages, and the hours when all are at work on every day of the
    project in the first zone's time (zone, from, to; None: there are none), with that window in each zone's local
    time (`communication.working_window`)."""

    rows: tuple[SpreadRow, ...]
    zones: int
    languages: int
    shared: Optional[tuple[str, str, str]]
    local: tuple[tuple[str, tuple[str, ...]], ...] = ()
    language_list: tuple[str, ...] = ()
    hours: tuple[str, ...] = ()  # the scope's constraints and assumptions that set hours to meet in (`gives_hours`)
    clocks_change: bool = False  # a zone's clocks change during the project (review 116a F14: not said of Kolkata's)


def spread(q: m.Questionnaire) -> Spread:
    """Return the time-zone and language plan's facts: rows only when the people are spread over more than one
    time zone or language; the shared window is 09:00-17:00 local time on every day from the project's start to
    its end (so daylight saving time on either side is taken into account), given in the project manager's time
    where recorded, else in the first recorded zone's (`working_hours.meeting_zones`)."""
    people = [p for p in q.people if p.time_zone or p.language]
    zones = {p.time_zone for p in people if p.time_zone}
    languages = tuple(sorted({p.language for p in people if p.language}))
    if len(zones) < 2 and len(languages) < 2:
        return Spread((), len(zones), len(languages), None)
    rows = tuple(SpreadRow(p.name, p.time_zone, p.language) for p in people)
    if len(zones) < 2:
        return Spread(rows, len(zones), len(languages), None, (), languages)
    in_order = meeting_zones([p.time_zone for p in people if p.time_zone], zone_of(people, q.roles.project_manager))
    shared = working_window(in_order, q.project.start, q.project.end)
    hours = tuple(t for t in (*q.scope.constraints, *q.scope.assumptions) if gives_hours(t))
    if shared is None:
        return Spread(rows, len(zones), len(languages), None, (), languages, hours)
    changing = any(len(set(day_offsets(zone, q.project.start, q.project.end))) > 1 for zone in in_order)
    return Spread(rows, len(zones), len(languages), shared[0], shared[1], languages, hours, changing)


def change_log(ctx: Context, totals: list[rules.RunningTotal[m.ChangeRequest]]) -> list[LogRow]:
    """Return the change log in the one order (decision day, else the day raised; then as written), each row with
    the impact approved to date at its decision, so that the totals only ever build up down the table.

    ``totals`` are the requests' running totals in that order (see :func:`rules.running_totals`).
    """
    contingency = ctx.contingency
    budget = ctx.q.project.budget
    requests = ctx.q.change_control.requests if ctx.q.change_control else []
    voted = increase_days(requests, ctx.q.decisions)  # (once for the log, not once a row)
    rows, uncosted = [], []
    for t in totals:
        cr = t.request
        if t.approved and rules.unpriced_draw(cr.impact):
            uncosted.append(cr.id)
        # the reserve as it stood on the day decided: a percentage of the budget before the changes its answered
        # amount holds, decided later (review 148a F2: "Contingency left CHF 30,000" in May, on the budget a cut of
        # October set)
        then = contingency
        later = held_later(ctx.q, t.day, voted) if contingency is not None and budget is not None and cr.decision else ()
        if later and budget is not None:
            then = reserve(budget_then(budget.amount, later), budget.contingency_percent)
        rows.append(LogRow(cr, t.approved, t.cost_to_date,
                           None if then is None else then - t.drawn_to_date, tuple(uncosted)))
    return rows


def trace(ctx: Context) -> list[TraceRow]:
    """Return, per objective, the deliverables linked to it and the milestones of those deliverables."""
    rows = []
    for objective in ctx.q.objectives:
        delivs = tuple(d for name in objective.deliverables if (d := ctx.deliverable(name)) is not None)
        milestones = tuple({ms.name: ms for d in delivs for ms in ctx.milestones_for(d.name)}.values())
        rows.append(TraceRow(objective, delivs, milestones))
    return rows


def build_context(q: m.Questionnaire, locale: Optional[Locale] = None) -> Context:
    """Return the view model of a validated questionnaire, in a documents' language (English by default)."""
    read_days_as(q.project.language)
    q, read = with_increases_read(q)
    q, delays_read = with_delays_read(q)
    p = q.project
    locale = locale or locales.english()
    known = methodology(p.methodology, p.sprint_length_weeks, p.wip_limit, locale, bool(q.roles.product_owner),
                        q.scope.out if q.scope else ())
    method = heeding(known, q.scope.constraints)
    ctx = Context(q, method, project_type(p.type), locale=locale, increases_read=read, delays_read=delays_read)
    ctx.risks, past = open_and_closed(list(q.risks), locale)
    ctx.occurred_risks = [r for r in past if r.risk.status == "occurred"]
    ctx.closed_risks = [r for r in past if r.risk.status == "closed"]
    ctx.quadrants = quadrants(staying(q.people), q.roles.project_manager, locale)
    ctx.outsiders = outsiders(q)
    ctx.assumed_inside = assumed_inside(q)
    ctx.unclear = unclear(q)
    widened, generally = admitted(q)
    ctx.widened_to, ctx.widened_generally = widened or None, generally or bool(as_regulators(q))
    planned = plan(ctx)
    ctx.comm_rows, ctx.covered, ctx.left_out = list(planned.rows), list(planned.covered), list(planned.left_out)
    ctx.comm = planned
    totals = rules.running_totals(ctx.requests, ctx.is_cut)
    ctx.change_log = change_log(ctx, totals)
    ctx.timeline = timeline(q, locale)
    ctx.trace = trace(ctx)
    ctx.pictures = make_pictures(ctx, totals)
    return ctx


def make_pictures(ctx: Context, totals: list[rules.RunningTotal[m.ChangeRequest]]) -> dict[str, Scene]:
    """Return the pack's pictures by name, made once as data; each writer draws them (none when nothing to draw)."""
    q = ctx.q
    names = {key: ctx.locale.gettext(name) for key, name, *_ in QUADRANTS}
    locale = ctx.locale
    drawn = [timeline_picture(q, locale), stakeholder_grid(q, names, locale),
             risk_heat_map([(r.id, r.risk) for r in ctx.risks], locale),
             change_impact(totals, ctx.contingency, ctx.currency, q.project.start, q.project.end, locale),
             debt_map(q.technical_debt, locale)]
    requests = q.change_control.requests if q.change_control else []
    held = (held_increases(requests, q.project.budget.amount, None, increase_days(requests, q.decisions), q.decisions)
            if q.project.budget else ())
    for i, view in enumerate(ctx.reports):  # each report's pictures show the project as of its date
        day, earlier = view.report.date, [v.report for v in ctx.reports[:i + 1]]
        drawn.append(milestone_slips(f"milestone-slips-{day}", [(s.milestone, s.baseline, s.forecast, s.reached or s.listed_done) for s in view.slips],
                                     q.project.start, q.project.end, locale))
        if q.project.budget:
            spent = [(r.date, r.budget.spent) for r in earlier if r.budget and r.budget.spent is not None]
            budget = view.money.approved if view.money.approved is not None else q.project.budget.total  # with increases
            drawn.append(budget_burn(f"budget-burn-{day}", spent, budget, ctx.contingency,
                                     ctx.currency, q.project.start, q.project.end, locale, view.money.planned,
                                     # (the increases the answered amount holds step it too: review 126a F2, a
                                     # budget drawn at its new total from the project's start)
                                     sorted([*view.money.increases, *((d, a) for _i, d, a in held if d <= day)]),
                                     _planned_steps(view.approved, day),
                                     ctx.budget_for_approval,
                                     view.report.budget.forecast if view.report.budget else None,
                                     view.money.others, view.money.others_granted))
        drawn.append(rating_history(f"ratings-{day}", earlier, locale))
    return {picture.name: picture for picture in drawn if picture is not None}


def _planned_steps(approved: Sequence[m.ChangeRequest], day: dt.date) -> list[tuple[dt.date, float]]:
    """Return the steps of the planned cost's line, a change's on the day it was decided: what it adds to the planned
    cost, as `Money.planned` counts it: a budget increase's cost, else what it takes from the contingency
    (`rules.drawn`; review 84a F1: a change another budget paid rose the line, and the next step fell to the total)."""
    steps = []
    for cr in approved:
        amount = (cr.impact.cost or 0.0) if rules.increases_budget(cr.impact) else rules.drawn(cr)
        if amount:
            steps.append((rules.decision_day(cr) or day, amount))
    return steps


def _primary(tag: str) -> str:
    """Return a BCP 47 tag's primary language ('fr-CA' -> 'fr')."""
    return tag.replace("_", "-").split("-")[0].casefold()


def language_name(tag: str, language: str) -> str:
    """Return a language tag's name in ``language`` ('fr' in 'en' -> 'French'), or the tag when CLDR has none."""
    import babel  # imported only for a pack whose answers are not in its own language (babel costs ~55 ms)

    try:
        shown = babel.Locale.parse(_primary(language))
    except (ValueError, babel.UnknownLocaleError):
        shown = babel.Locale("en")
    try:
        locale = babel.Locale.parse(tag.replace("-", "_"))
        if locale.language == _primary(tag):
            name = locale.get_display_name(shown)
            return str(name) if name else tag
    except (ValueError, babel.UnknownLocaleError):
        pass
    # a language CLDR has no locale of ("sm", Samoan: review 163c F1, a crash), or one it reads as another ("tw",
    # Twi, read as "Akan (Ghana)": review 162c F10): its name as the document's language calls it, and its region's
    parts = tag.split("-")
    name = shown.languages.get(parts[0].lower())
    region = next((part.upper() for part in parts[1:] if len(part) == 2 and part.isalpha()), None)
    place = shown.territories.get(region) if region else None
    return (f"{name} ({place})" if place else str(name)) if name else tag

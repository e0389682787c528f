"""The communication matrix: the project's own items, then the methodology's standard ones the answers allow.

Each rule here is one the communication plan states in its text, so a reader can check it:

- a standard item is *covered* by one of the project's own items (merged, not listed twice) when the two are
  known names of the same meeting or report (``generator/data/meetings.yaml``, in several languages), when the
  project's item's name says the same kind of live meeting and the standard item's name says no frequency (a
  fortnightly "Replenishment and review meeting" is the replenishment meeting), or when the project's item does
  the same kind of job (its name or its purpose says so) at the same frequency (or more often, for an item for the
  sponsor alone) for everyone the standard item is for by role;
  a project's item whose purpose decides the gates (`decides_gates`), or that is held at the gates and names them
  (`holds_gates`), holds the gate reviews, so it covers the standard item held at each gate (the one that holds
  them most plainly, where several could);
- an audience of both the team and all stakeholders is everyone, named once;
- a standard item is *left out* when nobody holds the role that runs it, or when the event it needs cannot
  happen in this project (no phase gate, no sprints, no release recorded, no service running while the project is
  being planned), or when it would decide changes
  (who decides changes is the change-control plan's, `change_deciders`), or when it is a meeting that would
  gather one person alone (its owner, the whole team), or when it is a status report and the
  project records its own status reports, at their own pace (`reports_recorded`);
- a standard meeting is not handed to a sponsor recorded as non-technical who also holds the role that runs it:
  its owner reads "not assigned" with the reason (`unfit_owner`);
- the documents' confidentiality label keeps "all stakeholders" and "everyone" within the organization when some
  stakeholders belong to other organizations (`outsiders`: as answered, or by a legal form or a public body's
  word in their organization), and keeps a document's distribution list to the organization's people and those
  an item naming the document is for (`withheld`), saying where nobody recorded which documents may go to one of
  them (`unsettled`); the documents recorded for a person (``receives``) decide their lists, whatever the label
  (`not_receiving`);
- a meeting whose audience and owner work in several time zones is held in the working hours they share
  (`generator.questionnaire.working_hours.shared_hours`, the one rule), or alternates its time or is recorded when they
  share none; an item whose audience reads other languages than the answers' is prepared in the answers'
  language, and those readers may need a summary (`spread_of`);
- a built-in term the project's glossary already defines, under the same words or as a word of it, is not added:
  the project's definition stands (`defined`); a usual term of the project type already explained among the plain
  terms, under the same words (`same_term`), is explained once, there;
- an item reaches the people of its audience and its owner (`attendees`, the one rule for meeting times too): for a
  stakeholder engaged less than needed, the plan names the items that reach them (`Plan.reaching`).

Longer than about 400 lines because it holds, in one place the plan's text can point to, every rule listed
above.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from typing import Optional, Protocol, Sequence

from generator.i18n.locales import N_, Locale, english
from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.questionnaire.tenure import away
from generator.questionnaire.check_meetings import arranged, gives_time, in_person, is_meeting
from generator.questionnaire.organizations import (any_word, counted_inside, is_outsider, label_admits_regulators,
                                                   label_internal, label_names, label_widens, public_body,
                                                   restricting, same_group, supplier_words)
from generator.questionnaire.mentions import in_order, key_of as meeting_key, person_named, role_named, whole_words
from generator.questionnaire.rules import (DELIVERY_KEYS, UNSHOWN_RATINGS, apart_from_team, by_job, delivery_holders, leads_elsewhere,
                                          board_name, job_holder, standing_of,
                                          role_holders, team_names, doers as rules_doers)
from generator.questionnaire.meeting_time import Fixed, clock_in, outside_hours
from generator.questionnaire.working_hours import day_offsets, meeting_zones, shared_hours, shifts
from generator.questionnaire.suggest import normalize
from generator.record import Record
from generator.view.standing import work_goes_on
from generator.view.tables import ROLE_NOUNS, CommRow
from generator.view.tailoring import (Ceremony, MethodologyInfo, any_cadence_groups, cadence_words, gate_decisions,
                                      group_flags, live_groups, meeting_purposes, meeting_words, release_words,
                                      same_meetings)

BROAD = ("stakeholders", "everyone")  # audience words that reach every stakeholder
TEAM_ONLY = frozenset({"team", *DELIVERY_KEYS})  # a standard item's audience words of the team's own working meetings
KEY_STAKEHOLDERS = "key_stakeholders"  # in a standard item's audience: the stakeholders of high influence, by name
GATE_NAMED = "gate_named"  # in a standard item's audience: the people the phases' gates name, by name or job
# (or a copy in it: "英語版を添付", an English version attached, review 120c F5: the notice said held in English alone;
# "may Cebuano na bersyon")
INTERPRETED = re.compile(r"\b(?:interpret\w*|translat\w*|subtitle\w*|dolmetsch\w*|übersetz\w*|traduc\w*|"
                         r"interprét\w*|sous-titr\w*|tłumacz\w*|przetłumacz\w*|tolk\w*|cop(?:y|ies)|versions?"
                         r"|versión|versão|bersyon)|통역|번역|자막|通訳|翻訳|字幕|版|英訳",
                         re.IGNORECASE)  # the named language is served, not spoken
# a language's name that names a people's or a place's things ("touches Māori data", "German market"), not a language
# (review 98b F2: a hui said to be held in Māori for "agree anything that touches Māori data")
NOT_A_LANGUAGE = re.compile(r"\s+(?:data|people|peoples|community|communities|health|culture|cultural|land|lands"
                            r"|partners?|organi[sz]ations?|providers?|patients?|famil(?:y|ies)|iwi|whānau|heritage"
                            r"|rights|sovereignty|business(?:es)?|markets?|customers?|law|laws|regulations?|regulators?"
                            r"|authorit(?:y|ies)|government|subsidiar(?:y|ies)|entit(?:y|ies)|site|sites|plant|office"
                            r"|offices|branch|branches|team|teams|speaking (?:staff|team)|time|zone"
                            # a time of a country's clock: "नेपाली समय" (Nepal time, review 117a F3: read as Nepali)
                            r"|समय|време|ժամանակ|vaxt|vaxtı)\b", re.IGNORECASE)
# Korean's short names of two languages together: "한·영 순차 통역" (Korean-English interpretation, review 98c F8)
KO_EN = re.compile(r"한\s*[·・/,-]\s*영|영\s*[·・/,-]\s*한")
# an item held in every language its people read: two of them (bilingual), or all (multilingual)
BILINGUAL = re.compile(r"\b(?:bilingual|bilingue|zweisprachig|tweetalig|bilingüe|dwujęzyczn\w*)\b", re.IGNORECASE)
MULTILINGUAL = re.compile(r"\b(?:multilingual|multilingue|mehrsprachig|meertalig|plurilingüe|wielojęzyczn\w*)\b",
                          re.IGNORECASE)
SPRINT_CADENCE = {1: "weekly", 2: "fortnightly"}  # a sprint of this many weeks is held at this cadence
NEEDS = {  # why a standard item is left out when the answers do not show what it needs
    "gates": N_("no phase gate is recorded"),
    "sprints": N_("no sprint length is recorded, so no sprints are planned"),
    "releases": N_("no release is recorded among the milestones or deliverables"),
    "decisions": N_("it would decide changes, and who decides changes is the change-control plan's to record"),
    "start": N_("it is held once, at the start, and the project is under way"),
    "service": N_("it needs a service in operation, and the project is still being planned"),
}
STARTED = {  # the reason for "start" when the project is no longer under way
    "on-hold": N_("it is held once, at the start, and the project has started; it is now on hold"),
    "closed": N_("it is held once, at the start, and the project has ended"),
}
CHANGE_REVIEW = {  # what a standard steering meeting does with change requests, by `change_deciders`
    "thresholds": N_("It reviews the change requests decided since it last met; who decides each is set out in the "
                     "change-control plan."),
    "board": N_("It reviews the change requests the change board has decided since it last met."),
    "none": N_("Who decides change requests has not been recorded."),
}


class Planner(Protocol):
    """What planning the matrix reads of the view model (`generator.view.context.Context`)."""

    q: m.Questionnaire
    method: MethodologyInfo
    locale: Locale

    def audience(self, words: tuple[str, ...] | list[str], public: bool = False) -> tuple[str, ...]: ...

    def reaches_plain_readers(self, words: tuple[str, ...] | list[str]) -> bool: ...

    def holder(self, role_key: str) -> str: ...

    def in_words(self, items: list[str]) -> str: ...


class Times(Record):
    """Return when one meeting of the matrix can be held: the time zones of its audience and owner (its owner's
    first), and the hours they all work in on every day of the project in the first zone's time (zone, from, to;
    None: none), with those hours in each zone's time (`working_window`)."""

    name: str
    zones: tuple[str, ...]
    shared: Optional[tuple[str, str, str]]
    local: tuple[tuple[str, tuple[str, ...]], ...] = ()
    timed: bool = False  # its words give the time it is held at (`check_meetings.gives_time`)
    arranged: bool = False  # its channel says how those who share no hour take part (`check_meetings.arranged`)
    unzoned: tuple[str, ...] = ()  # its people whose time zone is not recorded: left out of the hours
    fixed: Optional[Fixed] = None  # the time its words give, and the zones it falls outside working hours in


class Languages(Record):
    """Return the languages one item of the matrix is held in, where that comes from (`item_languages`), and who
    among its people reads another one, each with that language."""

    name: str
    languages: tuple[str, ...]
    source: str  # "recorded" (its language key), "channel" (its channel or name says), "written" (its words are
    # English throughout, in a plan whose answers are in another language) or "answers" (not recorded)
    readers: tuple[tuple[str, str], ...]


class Plan(Record):
    """Return the communication matrix, what became of the standard items not in it as such, and each item's
    meeting time and languages where its audience is spread over several."""

    rows: tuple[CommRow, ...]
    covered: tuple[tuple[str, str], ...]  # (standard item, the project's own item that covers it)
    left_out: tuple[tuple[str, str], ...]  # (standard item, why it is not planned, in words)
    details: tuple[tuple[str, str], ...] = ()  # (standard item, its usual specifics nobody answered): guidance
    times: tuple[Times, ...] = ()
    languages: tuple[Languages, ...] = ()
    reach: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (item, the people it reaches: `attendees`); a standard item
    # marked † as the matrix marks it (a standard item)
    team: tuple[str, ...] = ()  # who "Project team" is, when an item's audience names it (`team`)
    everyone: bool = False  # an item's audience is everyone (the team and all stakeholders, said once)
    unreached: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (covered standard item, those it would reach whom the
    # project's item covering it does not reach)
    apart: tuple[str, ...] = ()  # those with a deliverable left out of `team`: auditors, officers, executives (`audits`)
    published: tuple[str, ...] = ()  # the project's items published beyond the stakeholders (`published`)
    guests: tuple[str, ...] = ()  # of other organizations, no project role: not in the team's own standard meetings

    def reaching(self, name: str) -> tuple[str, ...]:
        """Return the items of the matrix that reach a person (as audience or owner, `attendees`), in matrix order."""
        who = m.same_name(name)
        return tuple(item for item, people in self.reach if who in {m.same_name(p) for p in people})


# -- who decides change requests: one rule, for the change-control plan and the communication plan ---------------

def change_deciders(q: m.Questionnaire) -> str:
    """Return who decides change requests, as answered: ``thresholds`` (the approvers of the thresholds, by size),
    ``board`` (the change board, no thresholds) or ``none`` (nobody recorded)."""
    cc = q.change_control
    if cc and cc.thresholds:
        return "thresholds"
    return "board" if cc and cc.board else "none"


def restricted(q: m.Questionnaire) -> bool:
    """Return True when the documents' confidentiality label keeps them within the organization (`restricting`)."""
    return restricting(q.organization.confidentiality)


def admitted(q: m.Questionnaire) -> tuple[list[m.Person], bool]:
    """Return the stakeholders of other organizations a restricting label's own words admit, and whether it admits
    them in general words: those of the organizations it names ("Southern Cross Mutual & PwC Australia only": PwC's
    people, not the outsourcer's), else, when it names none, all of them where its words name a wider circle in
    general ("shared with carrier partners under NDA": `label_widens`)."""
    if not restricted(q):
        return [], False
    label, outside = q.organization.confidentiality, others(q)
    named = [p for p in outside if p.organization and label_names(label, p.organization)]
    regulators = as_regulators(q)
    if named or regulators:
        return [p for p in outside if p in named or p in regulators], False
    # words of a wider circle ("named partners", "contracted parties") admit no public body: a regulator is no partner
    # (review 89c F3: the NIS inspector sent the risk register), unless the label admits regulators (above)
    return ([p for p in outside if not public_body(p.organization)], True) if label_widens(label) else ([], False)


def as_regulators(q: m.Questionnaire) -> list[m.Person]:
    """Return the stakeholders of public bodies a restricting label admits as regulators, in general words, and
    not by their organizations' names ("outside Northgate and named regulators", review 85b F8): a reading of the
    label the plan asks to confirm."""
    label = q.organization.confidentiality
    if not restricted(q) or not label_admits_regulators(label):
        return []
    return [p for p in others(q) if public_body(p.organization) and not label_names(label, p.organization or "")]


def others(q: m.Questionnaire) -> list[m.Person]:
    """Return the stakeholders of other organizations (`is_outsider`), in written order."""
    return [p for p in q.people if is_outsider(p, q.organization, q.people)]


def outsiders(q: m.Questionnaire) -> list[m.Person]:
    """Return the stakeholders a restricted pack's "all stakeholders" and "everyone" leave out (none when the label
    does not restrict): those of other organizations its words do not admit (`admitted`), and, on the safe side,
    those whose organization's name does not say whether it is another one who have no part in the project's work
    (`unclear`, `working_on`: reviews 52a F5, 52b F1, 53c F1-F2: a parent council's chair, a volunteer group's
    liaison on internal documents), in written order; never the holder of one of the project's roles."""
    if not restricted(q):
        return []
    let_in = ({m.same_name(p.name) for p in admitted(q)[0]} | {m.same_name(p.name) for p in roles_let_in(q)}
              | {m.same_name(p.name) for p in client_let_in(q)})
    # (under a label keeping the documents internal, none of them: review 106a F2, a patient volunteer sent an
    # "Internal Use Only" risk register as nothing said otherwise)
    working = _working_inside(q)
    off = {m.same_name(p.name) for p in unclear(q) if m.same_name(p.name) not in working}
    return [p for p in q.people if (is_outsider(p, q.organization, q.people) and m.same_name(p.name) not in let_in)
            or m.same_name(p.name) in off]


def client_let_in(q: m.Questionnaire) -> list[m.Person]:
    """Return, when the label restricts, the stakeholders of the organization that sponsors a supplier's project (the
    sponsor's, another than the project's): the client the work is done for, whom the label does not keep from its
    own project (review 87a F1: a supplier's "Commercial in Confidence" pack kept from its client bank's people), in
    written order."""
    theirs = client_of(q) if restricted(q) else None
    if not theirs:
        return []
    return [p for p in q.people if p.organization and same_group(p.organization, theirs, start=True)]  # its group too (103a F2)


def client_of(q: m.Questionnaire) -> Optional[str]:
    """Return the sponsor's organization when it is another than the project's (a supplier's project, whose client
    sponsors it: `is_outsider`), else None."""
    sponsor = q.person(q.roles.sponsor) if q.roles.sponsor else None
    if sponsor is None or not sponsor.organization or not is_outsider(sponsor, q.organization, q.people):
        return None
    return sponsor.organization


def roles_let_in(q: m.Questionnaire) -> list[m.Person]:
    """Return, when the label restricts, the stakeholders of other organizations who hold one of the project's roles
    (an agency's scrum master, review 76b F3): they work within the project, and the label does not keep them out
    (the plan says so, review 77a F3), in written order."""
    if not restricted(q):
        return []
    # ... or a seat on its change board, which decides the changes the documents record (review 111c F1: a shared
    # service's board member left off the change-control plan that sets the board's rules)
    held = {m.same_name(name) for name in [*role_holders(q.roles), *board_seats(q)]}
    return [p for p in q.people if m.same_name(p.name) in held and is_outsider(p, q.organization, q.people)]


def board_seats(q: m.Questionnaire) -> list[str]:
    """Return the names of the change board's members, as written."""
    return list(q.change_control.board) if q.change_control else []


def unclear(q: m.Questionnaire) -> list[m.Person]:
    """Return, when the label restricts to the organization, the stakeholders whose organization's name does not say
    whether it is another one (`counted_inside`), in written order (none when the label admits other organizations
    in general words: they would be admitted too)."""
    if not restricted(q) or admitted(q)[1]:
        return []
    return [p for p in q.people if counted_inside(p, q.organization, q.people)]


def assumed_inside(q: m.Questionnaire) -> list[m.Person]:
    """Return the stakeholders counted inside the organization only because nothing says otherwise: of `unclear`,
    those with a part in the project's work (`working_on`); the others are `outsiders`."""
    working = _working_inside(q)
    return [p for p in unclear(q) if m.same_name(p.name) in working]


def _working_inside(q: m.Questionnaire) -> set[str]:
    """Return who of `unclear` a restricting label counts inside: those with a part in the project's work
    (`working_on`), and those recorded under the organization of the sponsor or the manager or a unit of it
    (`colleagues`); under a label keeping the documents internal, only the holders of the project's roles and those
    colleagues, the others left off on the safe side (review 106a F2: a
    patient volunteer sent an "Internal Use Only" risk register as nothing said otherwise)."""
    # (the sponsor's or the manager's colleagues, with work or not: review 125a F6, a bank's internal auditor recorded
    # under the sponsor's "Head Office" was left off every document as perhaps of another organization)
    if not label_internal(q.organization.confidentiality):
        return working_on(q) | colleagues(q)
    return {m.same_name(name) for name in role_holders(q.roles)} | colleagues(q)


def colleagues(q: m.Questionnaire) -> set[str]:
    """Return who is recorded under the organization of the project manager or the sponsor, where that is counted
    inside, or under a unit of it written after it ("TNSTC Villupuram — IT Division" beside the sponsor's "TNSTC
    Villupuram", review 116a F1: its auditor and training officer, owners of a risk and a deliverable, left off
    its documents), as names are compared."""
    holders = [p for name in (q.roles.project_manager, q.roles.sponsor) if name and (p := q.person(name)) is not None]
    bases = {_base(p.organization) for p in holders if p.organization and not is_outsider(p, q.organization, q.people)}
    return {m.same_name(p.name) for p in q.people if p.organization and _base(p.organization) in bases}


def _base(organization: str) -> str:
    """Return an organization's name before a unit written after it ("TNSTC Villupuram — IT Division": "tnstc
    villupuram"), case-folded."""
    return re.split(r"\s+[\u2013\u2014-]\s+|\s*[,/(]\s*", organization.strip(), maxsplit=1)[0].strip().casefold()


def withheld(q: m.Questionnaire, title: str) -> list[m.Person]:
    """Return the stakeholders a restricted pack's document is not distributed to because of its label (none when
    the label does not restrict): the `outsiders` whose documents are not recorded (``receives``) who have no part
    in the project's work (`working_on`), unless a communication item names them in its audience and names the
    document (its title, e.g. 'Risk register') in its name or purpose. Reviews 48a F3, 49a F10, 49b F1, 49c F1: a
    vendor's technical lead, a risk's owner or a change board member of another organization is not kept from the
    documents of their own work."""
    outside = [p for p in outsiders(q) if p.receives is None]
    if not outside:
        return []
    kept = sent_by_items(q, title) | working_in(q, title)
    return [p for p in outside if m.same_name(p.name) not in kept]


def working_in(q: m.Questionnaire, title: str) -> set[str]:
    """Return who has a part in what a document of this title holds (as names are compared): in the charter, the
    scope statement, the communication plan and the RACI matrix, any part in the project's work (`working_on`); in a
    register or log, an entry of it to own or decide; in the change control, a seat, a threshold, an escalation
    level or a request raised; in the status reports and the summary, none but the roles' (review 105c F2: a
    vendor's engineer, responsible for one deliverable, on the lists of an internal risk register and lessons
    learned naming the vendor's penalties)."""
    cc, comm = q.change_control, q.communication
    kind = title.casefold()
    names: list[Optional[str]]
    if "risk" in kind:
        names = [r.owner for r in q.risks]
    elif "issue" in kind:
        names = [i.owner for i in q.issues]
    elif "debt" in kind:
        names = [t.owner for t in q.technical_debt]
    elif "lesson" in kind:
        names = [lesson.owner for lesson in q.lessons]
    elif "decision" in kind:
        names = [d.by for d in q.decisions] + [*(cc.board if cc else ())]
    elif "change" in kind:
        names = [*(cc.board if cc else ()), *(t.approver for t in (cc.thresholds if cc else ())),
                 *(cr.requested_by for cr in (cc.requests if cc else ())), *(e.who for e in comm.escalation)]
    elif "status" in kind or "summary" in kind:
        names = []
    else:
        return working_on(q)
    return {m.same_name(name) for name in names if name}


def holds_all_work(title: str) -> bool:
    """Return True when a document of this title holds the project's work as a whole (`working_in` reads any part
    in it: the charter, the scope statement, the communication plan, the RACI matrix): its lists say "a part in the
    project's work", not "in what this document holds" (review 122c F5: two people named nowhere in a scope
    statement said to have parts in it)."""
    kind = title.casefold()
    return not any(word in kind for word in ("risk", "issue", "debt", "lesson", "decision", "change", "status",
                                             "summary"))


def sent_by_items(q: m.Questionnaire, title: str) -> set[str]:
    """Return who an item of the communication plan sends a document to (as names are compared): its audience, where
    its name or purpose names the document (its title, e.g. 'Risk register')."""
    wanted = title.strip().casefold()
    return {m.same_name(word) for i in q.communication.items
            if wanted and wanted in " ".join(filter(None, (i.name, i.purpose))).casefold() for word in i.audience}


def not_receiving(q: m.Questionnaire, kind: str) -> list[m.Person]:
    """Return the stakeholders whose recorded documents (``receives``) leave out this kind of document, in written
    order: the answer decides, whatever the label."""
    return [p for p in q.people if p.receives is not None and kind not in p.receives]


def rated_apart(q: m.Questionnaire, kind: str) -> list[m.Person]:
    """Return the stakeholders the communication plan's list leaves off as its engagement assessment rates them
    resistant or unaware (`rules.UNSHOWN_RATINGS`), nobody having recorded which documents they receive: a PM does not send
    a stakeholder the project's own reading of them (review 141b F8: the resistant head of retail banking on the
    plan that rates him so; ``receives`` puts them on)."""
    if kind != "communication-plan":
        return []
    return [p for p in q.people if p.receives is None and p.engagement is not None
            and p.engagement.current in UNSHOWN_RATINGS]


def unsettled(q: m.Questionnaire, title: str) -> list[m.Person]:
    """Return the stakeholders a restricted pack's "everyone" leaves out (`outsiders`) who have a part in the
    project's work, though nobody recorded which documents they receive (``receives``) and no item of the plan sends
    them this one: the distribution lists said so and left them off (reviews 59b F1-F2, 62c F1, 64b F9, 64c F3: a
    vendor's engineer on a Restricted charter, change log and lessons; reviews 48a and 49a-c, before ``receives``,
    asked for them: the note says what to record); reviews 103a-c, 108b F3, 108c F7 had them on the lists, saying
    the label's reach for them is not recorded, and reviews 105a-c, 107a-b, 109b F2 refused that as a leak against
    the plan's reading of the label: they are off, named and said so (``receives`` puts them on)."""
    off = {m.same_name(p.name) for p in withheld(q, title)} | sent_by_items(q, title)
    return [p for p in outsiders(q) if p.receives is None and m.same_name(p.name) not in off]


def working_elsewhere(q: m.Questionnaire, title: str) -> list[m.Person]:
    """Return of those a document of this title is not distributed to for its label (`withheld`), the ones with a
    part in the project's work (`working_on`) but none in what it holds (`working_in`): said apart."""
    off = withheld(q, title)
    working = working_on(q) if off else set()
    return [p for p in off if m.same_name(p.name) in working]


def working_on(q: m.Questionnaire) -> set[str]:
    """Return who has a part in the project's work by an answer (as names are compared): a role, a seat on the
    change board, a change threshold or escalation level to handle, a change request raised (review 72b: its
    requester, asked to sign its form, was said to have no part), a deliverable, risk, issue, debt item, lesson
    action or communication item to own, or a RACI row to do or answer for (not one to be consulted on, which
    asks for their view, not their work: reviews 107a F2, 107b F6, a ratepayers' chair and a union's delegate,
    consulted, were sent restricted documents for it)."""
    cc, comm = q.change_control, q.communication
    names = [*role_holders(q.roles), *(cc.board if cc else ()), *(t.approver for t in (cc.thresholds if cc else ())),
             *(cr.requested_by for cr in (cc.requests if cc else ())),
             # who decided a request or approved a document (review 124b F1: a regional councillor who approved the
             # budget increase said to hold "no change request" and left off every list)
             *(cr.decision.by for cr in (cc.requests if cc else ()) if cr.decision and cr.decision.by != m.BOARD),
             *(a.by for a in q.approvals if a.by != m.BOARD),
             *(e.who for e in comm.escalation), *(i.owner for i in comm.items),
             *(d.owner for d in q.scope.deliverables), *(r.owner for r in q.risks), *(i.owner for i in q.issues),
             *(t.owner for t in q.technical_debt), *(lesson.owner for lesson in q.lessons),
             *(name for row in q.raci for name in (*row.responsible, row.accountable))]
    # ... and one of another organization whose acceptance a deliverable's criteria call for (review 104a F6: an
    # acquiring bank's contact, "AOC accepted in writing by First Meridian Bank", said to have no part in the work)
    criteria = " ".join(a for d in q.scope.deliverables for a in d.acceptance).casefold()
    names += [p.name for p in q.people if p.organization and len(p.organization.strip()) >= 4
              and whole_words(_NOTE_OF.sub("", p.organization).strip().casefold(), criteria)
              and is_outsider(p, q.organization, q.people)]  # (the costly test last)
    return {m.same_name(name) for name in names if name}


_NOTE_OF = re.compile(r"\s*\([^)]*\)")  # a note in brackets after an organization's name


# -- frequencies ----------------------------------------------------------------------------------------------------

def cadences(frequency: Optional[str], sprint_weeks: Optional[int] = None) -> frozenset[str]:
    """Return the cadences a frequency names (daily, weekly, fortnightly, monthly, quarterly, sprint, gate, once):
    each found as whole words, earlier cadences first and taken out of the text ("bi-weekly" is fortnightly only);
    a sprint of one or two weeks counts as weekly or fortnightly too, and the other way round; every four weeks,
    as monthly."""
    text = (frequency or "").casefold()
    weeks = weeks_between(text)  # "every 3 weeks", "three-weekly" (not weekly), taken out of the text
    text = _WEEKS.sub(" ", text) if weeks is not None else text
    # every four weeks is as often as monthly, or more (review 85c F8: a steering committee "every 4 weeks" left a
    # monthly sponsor update proposed beside it)
    found: set[str] = {"weekly"} if weeks == 1 else {"fortnightly"} if weeks == 2 else {"monthly"} if weeks == 4 else set()
    for name, pattern in cadence_words():
        if pattern.search(text):
            found.add(name)
            text = pattern.sub(" ", text)
    if not found and len(_WEEKDAY_NAMES.findall(text)) >= 2 and not _NOT_EACH_WEEK.search(text):
        found.add("weekly")  # "Monday and Thursday, 08:30 SAST": on days of each week (review 131c F5: a twice-weekly
        # stand-up beside a proposed weekly team meeting)
    alias = SPRINT_CADENCE.get(sprint_weeks or 0)
    if alias and found & {alias, "sprint"}:
        found |= {alias, "sprint"}
    if weeks is not None and weeks == sprint_weeks:  # "toutes les trois semaines" with sprints of three weeks
        found.add("sprint")  # (review 80b F3: a sprint review held so stood beside the added "Sprint review †")
    return frozenset(found)


_WEEKDAY_NAMES = re.compile(r"\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|lundi|mardi|mercredi|jeudi|vendredi"
                            r"|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|lunes|martes|miércoles|jueves|viernes"
                            r"|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|lunedì|martedì"
                            r"|mercoledì|giovedì|venerdì)\b", re.IGNORECASE)
_NOT_EACH_WEEK = re.compile(r"\b(?:other|second|alternate|alternating|first|last|month|mois|monat|mes|mês)\w*",
                            re.IGNORECASE)
_NUMBERS = {word: n for n, words in enumerate((
    "", "one a une un ein eine uno una uma um een", "two deux zwei dos duas due twee", "three trois drei tres três tre drie",
    "four quatre vier cuatro quatro quattro", "five cinq fünf cinco cinque vijf", "six sechs seis sei zes"))
    for word in words.split()}
_WEEKS = re.compile(r"\b(?:every|each|toutes les|tous les|alle|cada|a cada|ogni|elke|om de|iedere)\s+(\d+|[^\W\d]+)\s+"
                    r"(?:weeks|semaines|wochen|semanas|settimane|weken)\b|\b(\d+|[^\W\d]+)-weekly\b", re.IGNORECASE)


def weeks_between(frequency: str) -> Optional[int]:
    """Return the weeks a frequency puts between its occasions when it says so in a number ("every 3 weeks", "toutes
    les trois semaines", "alle drei Wochen", "three-weekly"), else None."""
    found = _WEEKS.search(frequency)
    if found is None:
        return None
    word = (found.group(1) or found.group(2)).casefold()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


# -- the matrix -----------------------------------------------------------------------------------------------------

def plan(ctx: Planner) -> Plan:
    """Return the communication matrix: the questionnaire's items, then the methodology's standard ones (unless
    turned off) that no own item covers and the answers allow (see the module's rules)."""
    q = ctx.q
    own = list(q.communication.items)
    rows: list[CommRow] = []
    # a row, its audience's words, its owner and the people it reaches (`attendees`, found once)
    reach: list[tuple[CommRow, tuple[str, ...], Optional[str], list[m.Person]]] = []
    guests: set[str] = set()

    def add(row: CommRow, words: tuple[str, ...], owner: Optional[str],
            people: Optional[list[m.Person]] = None) -> None:
        rows.append(row)
        reach.append((row, words, owner, attendees(q, words, owner) if people is None else people))

    for i in own:
        words = one_audience(i.audience, q)
        public = published(i)
        add(CommRow(i.name, ctx.audience(words, public), i.purpose, i.channel, i.frequency, i.owner, False,
                    ctx.reaches_plain_readers(words), i.format), words, i.owner,
            attendees(q, words, i.owner, public) if public else None)
    covered: list[tuple[str, str]] = []
    unreached: list[tuple[str, tuple[str, ...]]] = []
    left_out: list[tuple[str, str]] = []
    details: list[tuple[str, str]] = []
    for c in ctx.method.ceremonies if q.communication.defaults else ():
        impossible = cannot_happen(c, q, ctx.locale)
        own_body = next((i for i in own if covers(i, c, q)), None) if c.needs == "decisions" else None
        if impossible is not None and own_body is not None:  # the project's own deciding body is there (review
            covered.append((c.name, own_body.name))  # 130c F5: its weekly Change Advisory Board, and "holds no
            continue  # lightweight change advisory")
        if impossible is not None:  # its event cannot happen: left out, never "covered"
            left_out.append((c.name, impossible))
            continue
        covering = [i for i in own if covers(i, c, q)]
        # the gate reviews are held by the item held at the gates and naming them, before one deciding a go/no-go
        # (review 51c F3: a migration window's go/no-go briefing took the steering committee's phase gates)
        cover = (max(covering, key=holds_gates) if c.needs == "gates" else covering[0]) if covering else None
        if cover is not None:
            covered.append((c.name, cover.name))
            role = runner(c, q)
            would = attendees(q, standard_audience(c, q), getattr(q.roles, role) if role in ROLE_NOUNS else None)
            reached_by_cover = _reached(cover, q)
            # of another organization and left out by the project's own item: its choice (an auditor kept off the
            # steering committee), not a gap to point out (reviews 49a F9, 50a F10); nor one another of its items
            # reaches (review 103c F13: a mayor, briefed in the council's own forum, kept off the steering group)
            elsewhere = {name for i in own if i is not cover for name in _reached(i, q)}
            missed = tuple(p.name for p in would if m.same_name(p.name) not in reached_by_cover | elsewhere
                           and not is_outsider(p, q.organization, q.people))
            if missed and not (c.needs == "gates" and decides_gates(cover)):  # a gate decision is the deciders'
                unreached.append((c.name, missed))
            continue
        reason = why_not(c, q, ctx.locale)
        if reason is not None:
            left_out.append((c.name, reason))
            continue
        words = standard_audience(c, q)
        unfit = unfit_owner(c, q)
        role = runner(c, q)
        _ = ctx.locale.gettext
        runs = getattr(q.roles, role) if role in ROLE_NOUNS and unfit is None else None
        alone = attendees(q, words, runs)
        if team_alone(c):  # the team's own working meetings: its people of this organization and
            # the holders of its roles (reviews 98c F5, 100a F1: a publisher's producer and a fintech partner's CTO,
            # responsible in the RACI, proposed for the daily scrum and the retrospective)
            held = {m.same_name(n) for n in role_holders(q.roles)}
            # ... but another organization's people stay unless their job leads a business (`leads_elsewhere`;
            # review 101c F1: a vendor's developers dropped from the stand-up of the app they build; reviews 103a F5,
            # 104b F6, 104c F5: a vendor's development lead, QA lead and consultant)
            away = [p for p in alone if m.same_name(p.name) not in held and is_outsider(p, q.organization, q.people)
                    and leads_elsewhere(p.role)]
            guests.update(p.name for p in away)
            alone = [p for p in alone if p not in away]
        if len(alone) <= 1 and is_meeting(_as_item(c.name, c.channel)):  # a meeting of one person with themselves
            left_out.append((c.name, _("it would gather %(name)s alone", name=alone[0].name) if alone else
                             _("nobody it is for is named")))
            continue
        owner = ctx.holder(role) if unfit is None else _(
            "not assigned (%(name)s, the %(role)s, is the sponsor and recorded as non-technical: a standard meeting "
            "is run by a delivery role's holder)", name=unfit, role=_(ROLE_NOUNS[role]))
        by_job_of = job_holder(q.people, q.organization, q.project.methodology, role) if unfit is None else None
        if by_job_of is not None and m.same_name(by_job_of[0]) != m.same_name(getattr(q.roles, role) or ""):
            # Translators: who runs a standard meeting: the person whose recorded job is the methodology's role that
            # runs it, as the charter names them ("Chloe Lim (the service delivery manager, by their recorded job)").
            owner = _("%(name)s (the %(role)s, by their recorded job)", name=by_job_of[0], role=by_job_of[1].casefold())
        elif role != c.owner and unfit is None:
            # Translators: who runs a standard meeting when nobody holds the role that usually runs it.
            owner = _("%(name)s (the %(role)s, as no %(usual)s is named)", name=owner, role=_(ROLE_NOUNS[role]),
                      usual=_(ROLE_NOUNS[c.owner]))
        purpose = _filled(c.purpose, ctx)
        kept_off = kept_apart(c, q)
        if kept_off:
            purpose += " " + ctx.locale.ngettext(
                "%(names)s, assessed as of high influence, is not a member: that job (audit, compliance or other "
                "oversight) stands apart from the project's decisions.",
                "%(names)s, assessed as of high influence, are not members: their jobs (audit, compliance or other "
                "oversight) stand apart from the project's decisions.", len(kept_off), names=ctx.in_words(kept_off))
        add(CommRow(c.name, ctx.audience(words), purpose, c.channel, _filled(c.frequency, ctx),
                    owner, True, ctx.reaches_plain_readers(words)), words, runs, alone)
        if c.detail:
            details.append((c.name, c.detail))
    times = tuple(t for row, _words, owner, people in reach if (t := times_of(row, people, q, owner)))
    recorded = {i.name: i.language for i in own}
    langs = tuple(lg for row, _words, owner, people in reach
                  if (lg := languages_of(row, people, q, None if row.standard else recorded.get(row.name), owner)))
    reached = tuple((row.name + (" †" if row.standard else ""), tuple(p.name for p in people))  # † as in the matrix
                    for row, _words, _owner, people in reach)
    members = tuple(team(q)) if any("team" in words for _, words, _, _ in reach) else ()
    # (kept apart by their job, not one away, whom the team leaves out for that: review 151c F7, "their job stands
    # apart from the team's ()" of a manager on maternity leave)
    gone = _away(q)
    apart = tuple(n for n in workers(q) if n not in members and m.same_name(n) not in gone) if members else ()
    return Plan(tuple(rows), tuple(covered), tuple(left_out), tuple(details), times, langs, reached, members,
                any("everyone" in words for _, words, _, _ in reach), tuple(unreached), apart,
                tuple(i.name for i in own if published(i)), tuple(p.name for p in q.people if p.name in guests))


def team_alone(c: Ceremony) -> bool:
    """Return True when a standard item is the team's own working meeting: its audience the team and the delivery
    roles alone (`TEAM_ONLY`)."""
    return set(c.audience) <= TEAM_ONLY


def standard_audience(c: Ceremony, q: m.Questionnaire) -> tuple[str, ...]:
    """Return a standard item's audience words, ``key_stakeholders`` (`KEY_STAKEHOLDERS`) spelled out as the names of
    the stakeholders assessed as of high influence who hold none of the roles it names, of this organization (a
    steering committee is its deciders, not every stakeholder; a union steward of high influence is not one of them,
    review 61a F3), and ``gate_named`` (`GATE_NAMED`) as the people a phase's gate names, by name or by job
    (`mentions.role_named`)."""
    holders = {m.same_name(name) for word in c.audience if word in ROLE_NOUNS and (name := getattr(q.roles, word))}
    gone = _away(q)
    words: list[str] = []
    for word in c.audience:
        if word == KEY_STAKEHOLDERS:
            # (review 101a F4: nor the head of an internal control body, whose job stands apart from decisions)
            # (nor one whose job says they are gone: review 138a F6, a retired CIO proposed for every gate)
            words += [p.name for p in q.people if p.influence == "high" and m.same_name(p.name) not in holders
                      and not is_outsider(p, q.organization, q.people) and not _apart(p, q)
                      and m.same_name(p.name) not in gone]
        elif word == GATE_NAMED:  # review 85a F3: "accepted by the CISO", "signed by the Authorizing Official"
            gates = [ph.gate for ph in q.project.phases if ph.gate]
            words += [p.name for p in q.people if m.same_name(p.name) not in holders | gone
                      and any(person_named(gate, [p.name]) or role_named(p.role, gate) for gate in gates)]
        else:
            words.append(word)
    return one_audience(words)


def _apart(person: m.Person, q: m.Questionnaire) -> bool:
    """Return True when a stakeholder's job stands apart from the project's decisions (`standing`: an auditor, a
    member body's member, an overseer such as a compliance officer) and, for an overseer, they take none of them
    (`_decides`): a steering committee's `KEY_STAKEHOLDERS` leave them out (review 118b F2:
    the CISO who approves changes up to EUR 50,000 was left off the bank's steering committee)."""
    found = standing_of(person, q.organization, q.people)
    if found == "oversight":
        return not _decides(person.name, q)
    return found in ("audit", "members")


def _decides(name: str, q: m.Questionnaire) -> bool:
    """Return True when a person takes the project's decisions, as answered: they hold one of its roles, a seat on
    its change board, an approval threshold or a level of its escalation path, or answer for a deliverable in the
    RACI matrix (review 119c F2: a CISO who is the technical lead, on the change board and accountable for three
    deliverables was said to stand apart from the project's decisions)."""
    who = m.same_name(name)
    cc, comm = q.change_control, q.communication
    return (any(m.same_name(holder) == who for holder in [*role_holders(q.roles), *board_seats(q)])
            or any(t.approver and m.same_name(t.approver) == who for t in (cc.thresholds if cc else []))
            or any(level.who and m.same_name(level.who) == who for level in (comm.escalation if comm else []))
            or any(row.accountable and m.same_name(row.accountable) == who for row in q.raci))


def kept_apart(c: Ceremony, q: m.Questionnaire) -> list[str]:
    """Return the stakeholders of the organization assessed as of high influence whom a standard item's
    `KEY_STAKEHOLDERS` leave out as their job stands apart from the project's decisions (`_apart`): its purpose says
    so beside its rule (review 118b F2: "Its members are ... the stakeholders assessed as of high influence" above an
    audience without the head of internal audit)."""
    if KEY_STAKEHOLDERS not in c.audience:
        return []
    return [p.name for p in q.people if p.influence == "high" and not is_outsider(p, q.organization, q.people)
            and _apart(p, q)]


def one_audience(words: tuple[str, ...] | list[str], q: Optional[m.Questionnaire] = None) -> tuple[str, ...]:
    """Return an audience's words with the team and all stakeholders said once, as everyone; given the questionnaire,
    the team is kept beside everyone where the label keeps other organizations out of "everyone" and the team holds
    some of their people (review 73a F1: "[team, stakeholders]" cut the agency building the app from its own sprint
    review)."""
    if "team" in words and "stakeholders" in words:
        rest = tuple(w for w in words if w not in ("team", "stakeholders", "everyone"))
        return ("everyone", "team") + rest if q is not None and team_kept_out(q) else ("everyone",) + rest
    return tuple(words)


def team_kept_out(q: m.Questionnaire) -> bool:
    """Return True when the team holds people the label keeps out of "everyone" (`outsiders`): the team is then
    said beside "Everyone (internal)" (review 73a F1)."""
    return bool({m.same_name(p.name) for p in outsiders(q)} & {m.same_name(n) for n in team(q)})


# words saying what the project delivered stays in service ("pipeline stays in production in Aragón", "the pilot
# remains live", "keeps running"): its service's items go on through a hold (review 91b F1)
_RUNS_ON = re.compile(r"\b(?:stays?|stayed|remains?|remained|kept|keeps?|continues?|still)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:in production|live|in service|running|in operation|in use)\b"
                      # Portuguese, Spanish, French, German: "manter só a operação do Mercado Livre" (review 101c F3)
                      r"|\b(?:manter|mantém|mantendo|mantener|mantiene|manteniendo|maintenir|maintient|maintien)\b"
                      r"[^.;]{0,30}?\b(?:opera[çc][ãa]o|operaci[óo]n|exploitation|production|produ[çc][ãa]o|producci[óo]n)"
                      r"|\b(?:em produção|en producción|en production)\b[^.;]{0,20}?\b(?:contin\w*|segue|sigue|reste)"
                      r"|\bweiterbetrieb\w*|\bbleibt in betrieb\b|\bbetrieb läuft weiter\b", re.IGNORECASE)


def runs_on(q: m.Questionnaire) -> bool:
    """Return True when a logged decision says what the project delivered stays in service (`_RUNS_ON`): the items
    of a running service (deployment notices, incident reviews) are not held with the project."""
    return any(_RUNS_ON.search(d.decision) for d in q.decisions)


def why_not(c: Ceremony, q: m.Questionnaire, locale: Optional[Locale] = None) -> Optional[str]:
    """Return why a standard item is not planned (in words), or None when it is: the event it needs cannot happen
    in this project, or nobody holds the role that runs it (a duty is never handed to someone else)."""
    _ = (locale or english()).gettext
    impossible = cannot_happen(c, q, locale)
    if impossible is not None:
        return impossible
    if c.excluded_by:  # review 99c F1: on-call handovers proposed where the scope excludes on-call arrangements
        return _("out of scope, as the scope statement records: “%(item)s”", item=c.excluded_by)
    if q.project.status == "closed":
        return _("not proposed now: the project is closed")
    if q.project.status == "on-hold" and not c.hold and not (c.needs == "service" and runs_on(q)) and not (
            "team" in c.audience and work_goes_on(q)):  # the team's meetings, for the work that goes on (review 92c F6)
        return _("the project is on hold: this plan proposes that it is held once the project resumes")
    if reports_recorded(c, q):
        days = sorted(r.date for r in q.status_reports)
        said = (locale or english()).date
        # reports further apart than the standard item's month do not cover it as often (review 123b F14: three
        # reports three and two months apart said to take the place of a monthly one)
        gaps = [(b - a).days > 45 for a, b in zip(days, days[1:])]
        if "month" in c.frequency.casefold() and gaps and all(gaps):
            return _("the project issues its own status reports as separate documents, further apart than monthly: "
                     "%(count)s so far (%(dates)s)", count=len(days), dates=", ".join(said(day) for day in days))
        if "month" in c.frequency.casefold() and any(gaps):  # (review 125b F9: 62, 30 and 30 days apart were all
            # "further apart than monthly")
            return _("the project issues its own status reports as separate documents, not all a month apart: "
                     "%(count)s so far (%(dates)s)", count=len(days), dates=", ".join(said(day) for day in days))
        return _("the project issues its own status reports as separate documents: %(count)s so far, the latest "
                 "dated %(date)s", count=len(q.status_reports), date=said(days[-1]))
    role = runner(c, q)
    if role in ROLE_NOUNS and not getattr(q.roles, role):
        return _("no %(role)s is named to run it", role=_(ROLE_NOUNS[role]))
    return None


def cannot_happen(c: Ceremony, q: m.Questionnaire, locale: Optional[Locale] = None) -> Optional[str]:
    """Return why a standard item's event cannot happen in this project (in words: no gate, no sprint, ...), or
    None when it can."""
    if c.needs is not None and not shows_event(c.needs, q):
        reason = STARTED.get(q.project.status or "", NEEDS[c.needs]) if c.needs == "start" else NEEDS[c.needs]
        return (locale or english()).gettext(reason)
    return None


def reports_recorded(c: Ceremony, q: m.Questionnaire) -> bool:
    """Return True when a standard item is a status report (a known name of one, ``meetings.yaml``) and the
    project records its own status reports (`status_reports`): those are its reports, at their own pace."""
    groups = same_meetings()
    return bool(q.status_reports) and groups.get(meeting_key(c.name)) == groups.get(meeting_key("status report"))


def runner(c: Ceremony, q: m.Questionnaire) -> str:
    """Return the role that runs a standard item: its owner's, else (nobody holding it) its fallback's when held."""
    if c.owner in ROLE_NOUNS and not getattr(q.roles, c.owner) and c.fallback and getattr(q.roles, c.fallback, None):
        return c.fallback
    return c.owner


def unfit_owner(c: Ceremony, q: m.Questionnaire) -> Optional[str]:
    """Return who would run a standard meeting but does not fit its facilitation duty (None: nobody, or the one
    named fits): the holder of the role that runs it is the sponsor, recorded as non-technical (``technical:
    false``). A sponsor's own items (a steering meeting) and written reports stay theirs."""
    role = runner(c, q)
    if role not in ROLE_NOUNS or role == "sponsor":
        return None
    holder = getattr(q.roles, role)
    if not holder or m.same_name(holder) != m.same_name(q.roles.sponsor):
        return None
    person = next((p for p in q.people if m.same_name(p.name) == m.same_name(holder)), None)
    if person is None or person.technical is not False:
        return None
    return holder if is_meeting(_as_item(c.name, c.channel)) else None


def _as_item(name: str, channel: Optional[str], form: Optional[str] = None,
             frequency: Optional[str] = None) -> dm.CommunicationItem:
    """Return a standard item or a matrix row as an item of the questionnaire's, for the rules that read one
    (`is_meeting`)."""
    return dm.CommunicationItem(name=name, audience=None, purpose=None, channel=channel, frequency=frequency,
                                format=form, owner=None)


def shows_event(need: str, q: m.Questionnaire) -> bool:
    """Return True when the answers show what a standard item (or a methodology role) needs (see `NEEDS`)."""
    if need == "gates":
        return any(ph.gate for ph in q.project.phases)
    if need == "sprints":
        return bool(q.project.sprint_length_weeks)
    if need == "start":  # a start-up meeting is planned only while the project is being planned, and no status report
        return q.project.stage == "planning" and not q.status_reports  # says it is under way (review 88c F1)
    if need == "service":  # the run of a service: not while the project is being planned (review 62c F3)
        return q.project.stage != "planning"
    if need == "releases":
        names = [ms.name for ms in q.milestones] + [d.name for d in q.scope.deliverables]
        return any(release_words().search(name) for name in names)
    return False  # "decisions": who decides changes is the change-control plan's alone


def covers(item: m.CommunicationItem, c: Ceremony, q: m.Questionnaire) -> bool:
    """Return True when the project's own item covers a standard one: known names of the same meeting or report
    (or names that say the same), the same kind of job at the same frequency for everyone it is for by role, or
    the gate reviews held by the item that decides the gates."""
    if c.needs == "gates" and (decides_gates(item) or holds_gates(item) == 2
                               or holds_gates(item) and _named_by_gates(item, q)):
        return True
    groups = same_meetings()
    group = groups.get(meeting_key(c.name))
    if group is not None and groups.get(meeting_key(item.name)) == group:
        return True
    if _same_name(normalize(c.name), normalize(item.name)) and not _another_partys(c.name, item.name):
        return True
    if c.audience == ("sponsor",) and _sponsor_update(item, c, q):
        return True
    if group is None:
        return False
    found = meeting_words()[group].search(item.name) or _board_named(item, group, q)
    weeks = q.project.sprint_length_weeks
    own, every = cadences(item.frequency, weeks), cadences(c.frequency, weeks)
    if found is not None and group_flags("any_audience")[group]:  # a notice names whom it goes to, not whose it is
        return bool(own & every)
    if found is not None and "team" not in item.audience and _another_partys(found.group(0), item.name):
        return False  # another party's meeting of that kind, not the project's (review 89b F2)
    named = found is not None
    # a name holding another meeting's words too, apart from these, is that meeting ("Kanban board replenishment",
    # weekly, is the replenishment meeting, not the daily flow meeting: review 63c F1; the "board" of "Kanban board
    # review" is this group's own word)
    # (the board itself is what a meeting reviews or fills, not another meeting: "Replenishment do quadro Kanban",
    # review 75b F2)
    # (a name joining two meetings' words is both: "Replenishment and delivery review", fortnightly, beside a proposed
    # fortnightly "Service delivery review", review 132a F11)
    alone = found is None or not any(i != group and (other.end() <= found.start() or other.start() >= found.end())
                                     and other.group(0).casefold() not in _BOARDS
                                     and not _JOINED.search(item.name[min(other.end(), found.end()):
                                                                      max(other.start(), found.start())])
                                     for i, words in enumerate(meeting_words()) for other in words.finditer(item.name))
    own_cadence = not cadences(c.name) or q.project.methodology in any_cadence_groups()[group]
    if named and alone and live_groups()[group] and own_cadence and _reaches_team(item, c, q):
        return True  # the same meeting, at the project's own cadence (a standard item whose name says how often,
        # "Sprint review" aside, is that often or not that item; the team's stand-up is whatever the team chose)
    if group_flags("held_for_team")[group] and _held_for_team(item, c, q) and own & every:
        return True
    if not (named or meeting_purposes()[group].search(item.purpose or "")):
        return False
    # (an item named as the standard one, held more often, is it: a fortnightly "Rəhbər komitənin iclası", the
    # steering committee, beside the monthly one added, review 117b F1)
    if not (own & every or ((named or c.audience == ("sponsor",)) and _as_often(own, every))):
        return False
    return _for_by_role(c, q) <= _reached(item, q)


def _board_named(item: m.CommunicationItem, group: int, q: m.Questionnaire) -> Optional[re.Match[str]]:
    """Return where an item's name gives the name the project calls its change board by (`rules.board_name`), for
    the steering committee's group: the board's meeting is the steering committee whatever the language (review
    153a F2: a monthly "ကြီးကြပ်ရေးကော်မတီ အစည်းအဝေး" beside a proposed second steering committee)."""
    board = board_name(q)
    if not board or same_meetings().get(meeting_key("steering committee")) != group:
        return None
    return re.search(r"\s+".join(map(re.escape, board.split())), item.name, re.IGNORECASE)


def _held_for_team(item: m.CommunicationItem, c: Ceremony, q: m.Questionnaire) -> bool:
    """Return True when an item of the project's is a live meeting for the team (its audience names it) held by the
    holder of the role that holds the standard one (review 98a F3)."""
    holder: Optional[str] = getattr(q.roles, c.owner, None) if c.owner else None
    return ("team" in item.audience and bool(holder) and m.same_name(item.owner or "") == m.same_name(holder or "")
            and not _REPORT.search(" ".join(filter(None, (item.name, item.channel)))))


_REPORT = re.compile(r"\b(?:report|reports|e-?mail|newsletter|bulletin|dashboard|memo|letter)\b", re.IGNORECASE)


def _sponsor_update(item: m.CommunicationItem, c: Ceremony, q: m.Questionnaire) -> bool:
    """Return True when an item sends the sponsor an update or a status report as often as the standard sponsor
    update at least (review 87b F7: "Monthly update to the PI and Research Computing" beside a proposed monthly
    "Sponsor update" to the same PI)."""
    weeks = q.project.sprint_length_weeks
    return (bool(_UPDATE.search(" ".join(filter(None, (item.name, item.purpose)))))
            and _as_often(cadences(item.frequency, weeks), cadences(c.frequency, weeks))
            and _for_by_role(c, q) <= _reached(item, q))


_UPDATE = re.compile(r"\b(?:update|status report|progress report|status e-?mail|briefing)s?\b"
                     # (review 142c F10: a monthly "Báo cáo Ban Giám đốc" to the sponsor and the CFO beside a proposed
                     # sponsor update; and as other languages call a report or an update)
                     r"|\b(?:báo cáo|izveštaj\w*|izvješć\w*|ripoti|taarifa|αναφορ\w*|ενημέρωσ\w*|skýrsl\w*|informe\w*"
                     r"|rapport\w*|bericht\w*|relatório\w*|relazion\w*|verslag\w*)\b|প্রতিবেদন",
                     re.IGNORECASE)


def _reaches_team(item: m.CommunicationItem, c: Ceremony, q: m.Questionnaire) -> bool:
    """Return True when an item reaches half the project team at least, where the standard item is the team's (review
    86a F3: a fortnightly "Volunteer huddle" of two volunteers took the place of the team's daily flow meeting)."""
    if "team" not in c.audience and not any(word in BROAD for word in c.audience):
        return True  # (a meeting for everyone is the team's too: review 89b F2, a vendor's hours review took the place
        # of the sprint review, and the product owner who accepts the sprint's work had none)
    members = {m.same_name(name) for name in team(q)}
    return not members or 2 * len(members & _reached(item, q)) >= len(members)


_JOINED = re.compile(r"^\W*(?:and|&|\+|/|og|och|und|et|y|e|en|i)\W*$", re.IGNORECASE)  # words joining two meetings'
_BOARDS = frozenset({"kanban board", "kanban-board", "quadro kanban", "tablero kanban", "tableau kanban",
                     "kanban-bord"})
_EVERY = {"daily": 1, "weekly": 2, "fortnightly": 3, "monthly": 4, "quarterly": 5}  # how often, most often first


def _as_often(own: frozenset[str], standard: frozenset[str]) -> bool:
    """Return True when an item is held more often than the standard item: for the sponsor alone, that does its job
    (a fortnightly sponsor one-to-one, the monthly sponsor update's, review 61b F7); a body that decides meets as
    often as it does, or is another body (a weekly risk committee is not the monthly steering committee)."""
    ranks = [_EVERY[c] for c in standard if c in _EVERY]
    return bool(ranks) and any(_EVERY[c] <= min(ranks) for c in own if c in _EVERY)


def decides_gates(item: m.CommunicationItem) -> bool:
    """Return True when an item's purpose is to decide the phase gates: it names a decision (decide, approve,
    go/no-go, sign off) and a gate (``generator/data/meetings.yaml``, gate_decisions), or it is a governing body
    ("Programme board") whose purpose names the gates (review 66c F4: "Phase gates, funding, risks and change
    requests")."""
    decide, gate = gate_decisions()
    text = " ".join(filter(None, (item.name, item.purpose)))
    # gates it reports progress against, or is held before, are not the gates it decides (review 93c F1)
    return bool((decide.search(text) or _GOVERNING.search(item.name)) and gate.search(_BEFORE_GATES.sub(" ", text)))


# (Maltese, Uzbek, Tagalog, Afrikaans: "Kumitat ta' Tmexxija tal-programm", review 118b F1)
_GOVERNING = re.compile(r"\b(?:board|steering|steerco|committee|governance|kumitat|qo['‘’]mita\w*|komite|komitee"
                        r"|stuurkomitee|kengash\w*|lupon)\b", re.IGNORECASE)


def holds_gates(item: m.CommunicationItem) -> int:
    """Return how plainly an item holds the phase gates: 1 for meeting at the gates (its frequency says so, "monthly
    and at every phase gate"), 1 more for naming a gate in its name or purpose other than by a go/no-go."""
    _, gate = gate_decisions()
    if _BEFORE_GATES.search(" ".join(filter(None, (item.frequency, item.purpose)))):
        return 0  # held ahead of the gates, to prepare them (review 86a F2: an audit walk-through "before each phase
        # gate" took the gate reviews from the steering committee that approves them)
    text = GO_NO_GO.sub(" ", " ".join(filter(None, (item.name, item.purpose))))
    return ("gate" in cadences(item.frequency)) + bool(gate.search(text))


_BEFORE_GATES = re.compile(r"\b(?:before|ahead of|prior to|in preparation for|to prepare(?: for)?|vor|avant|antes de"
                           # progress reported against the gates (review 93c F1: "Report progress against gates, budget
                           # and the insurer deadline" to a parent company took the gate reviews their deciders hold)
                           r"|(?:progress|status|report\w*)\s+(?:against|towards?|to)"
                           r"|prima d\w*|voor)\s+(?:each|every|the|a|jede\w*|chaque|cada|ogni|elke)?\s*"
                           r"(?:phase[- ]?)?(?:gates?|gate reviews?|phasentor\w*|jalons?)\b", re.IGNORECASE)


def _named_by_gates(item: m.CommunicationItem, q: m.Questionnaire) -> bool:
    """Return True when a phase's gate names the body an item is the meeting of ("Data readiness sign-off by the Model
    Risk Committee" of "Model Risk Committee update", held monthly and at each gate: review 78c F6)."""
    body = re.sub(r"\s+(?:update|meeting|review|call|session|briefing)s?$", "", item.name.strip(), flags=re.IGNORECASE)
    return len(body.split()) >= 2 and any(ph.gate and whole_words(body, ph.gate.casefold()) for ph in q.project.phases)


GO_NO_GO = re.compile(r"\bgo[/ -]no[/ -]go\b", re.IGNORECASE)  # a decision on anything, not only a gate


def _another_partys(standard: str, own: str) -> bool:
    """Return True when an item's name holds a standard item's and says it is another party's meeting ("Vendor sprint
    review" is no sprint review of the project's: review 89b F2, the product owner was left without one)."""
    extra = own.casefold().replace(standard.casefold(), " ")
    return extra != own.casefold() and bool(supplier_words().search(extra) or _PARTY.search(extra))


# ... or an assessor's or an auditor's (review 96c F3: a "3PAO assessment stand-up" took the team's daily stand-up)
_PARTY = re.compile(r"\b(?:client|clients|customer|customers|3pao|c3pao|assessors?|auditors?|audit|regulators?)\b",
                    re.IGNORECASE)


def _same_name(a: str, b: str) -> bool:
    """Return True when two meeting names say the same thing (one contains the other, or nearly equal)."""
    return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _for_by_role(c: Ceremony, q: m.Questionnaire) -> set[str]:
    """Return the people a standard item is for by role: the holders of the roles its audience names, but one whose
    job says they are away (review 142a F5: the sponsor on sick leave, whom the project's monthly board, chaired by
    the deputy standing in, does not reach, got a second steering committee proposed)."""
    gone = _away(q)
    return {m.same_name(name) for word in c.audience if word in ROLE_NOUNS and (name := getattr(q.roles, word))} - gone


def _reached(item: m.CommunicationItem, q: m.Questionnaire) -> set[str]:
    """Return the people an item of the project's reaches: its audience (every stakeholder for 'stakeholders' or
    'everyone', the team's members for 'team', as `attendees`) and its owner."""
    if any(word in BROAD for word in item.audience):
        return {m.same_name(p.name) for p in q.people}
    return {m.same_name(p.name) for p in attendees(q, tuple(item.audience), item.owner)}


def _filled(text: str, ctx: Planner) -> str:
    """Return a standard item's text with the answers filled in: GATES (the phases' gates) and CHANGE_REVIEW (what
    it does with change requests, by `change_deciders`)."""
    if "GATES" in text:
        text = text.replace("GATES", ctx.in_words([ph.gate for ph in ctx.q.project.phases if ph.gate]))
    if "CHANGE_REVIEW" in text:
        text = text.replace("CHANGE_REVIEW", " " + ctx.locale.gettext(CHANGE_REVIEW[change_deciders(ctx.q)]))
    return text


# -- meeting times and languages ------------------------------------------------------------------------------------

def team(q: m.Questionnaire) -> list[str]:
    """Return the people the audience word ``team`` reaches (`rules.team_names`)."""
    holders = delivery_holders(q.roles) + by_job(q.people, q.organization, q.project.methodology, q.roles)
    # (not one whose job says they are away: review 134b F3, the product owner on maternity leave in the stand-ups)
    gone = _away(q)
    return [name for name in team_names(holders, workers(q), apart_from_team(q.people, holders, q.organization,
                                                                              doers(q), doers(q, named=True)))
            if m.same_name(name) not in gone]


def _away(q: m.Questionnaire) -> set[str]:
    """Return the names of the stakeholders whose job says they are away (`tenure.away`) on the plan's day
    (`as_of`), as `m.same_name` gives them."""
    day = as_of(q)
    return {m.same_name(p.name) for p in q.people if p.name and away(p.role, day)}


def as_of(q: m.Questionnaire) -> Optional[dt.date]:
    """Return the day the plan speaks of: its newest revision's or status report's (None: neither is dated)."""
    return max([r.date for r in q.revisions if r.date] + [r.date for r in q.status_reports], default=None)


def doers(q: m.Questionnaire, named: bool = False) -> list[str]:
    """Return the deliverables' owners who do their work (`rules.doers`; ``named``: as the RACI matrix names them)."""
    return rules_doers([(d.name, d.owner) for d in q.scope.deliverables],
                       [(row.deliverable, row.responsible) for row in q.raci], named)


def workers(q: m.Questionnaire) -> list[str]:
    """Return the people with a deliverable to deliver: those the RACI matrix makes responsible for it, else (no row
    of the matrix names it) its owner, in the deliverables' order, each once. An owner the matrix does not make
    responsible answers for the work without doing it: a head of compliance owning the regulator's application is
    not in the team's daily scrum (review 76a F2)."""
    rows = {m.same_name(row.deliverable): row for row in q.raci}
    found = [name for d in q.scope.deliverables
             for name in (rows[m.same_name(d.name)].responsible if m.same_name(d.name) in rows else [d.owner] if d.owner else [])]
    return list(dict.fromkeys([*found, *(name for row in q.raci for name in row.responsible)]))


def published(item: m.CommunicationItem) -> bool:
    """Return True when an item's words say it is published beyond the stakeholders (a public website, a newsletter
    to all tenants, an article for citizens): a restricting label does not narrow it (reviews 96a F2, 96b F1: a
    tenant newsletter and a public web article marked "All stakeholders (internal)")."""
    if any(_PUBLISHED.search(_UNPUBLISHED.sub(" ", text or "")) for text in (item.name, item.channel, item.format)):
        return True
    # a purpose naming the public, of an item whose audience names its readers ("de gevolgen voor inwoners", "uitleg aan
    # inwoners" of a letter to the council and an ethics committee's meeting: review 122a F4), speaks of the public
    # without publishing to it; to "stakeholders" at large ("Tell residents about night works") it does
    named = any(a.strip().casefold() not in _EVERYONE for a in item.audience)
    return any(not (named and _SUBJECT_ONLY.fullmatch(found.group(0)))
               for found in _PUBLISHED.finditer(_UNPUBLISHED.sub(" ", item.purpose or "")))


_EVERYONE = {"stakeholders", "all stakeholders", "all", "everyone", "public", "the public"}


# words of `_PUBLISHED` naming the public alone, which a purpose may name as what the item is about
_SUBJECT_ONLY = re.compile(r"citizens|residents|inwoners|bürger(?:innen)?|invånare|innbygger\w*|ciudadan\w*"
                           # (review 138a F5: "hear members' concerns about the public's access", a committee briefing
                           # to a named councillor, read as published and so reaching nobody)
                           r"|famil(?:y|ies)|parents|guardians|caregivers|the public|жители\w*|граждани\w*"
                           r"|iedzīvotāj\w*", re.IGNORECASE)


# words that keep the public out (review 107a F3: a committee report "presented in the public-excluded part of the
# meeting" read as published, its four readers then said to be reached by nothing)
_UNPUBLISHED = re.compile(r"\b(?:(?:the )?public[- ]excluded|(?:closed to|excluding|without|not (?:open )?to) the public"
                          r"|not (?:made )?public(?:ly)?|non-public|in camera|nicht[- ]?öffentlich\w*"
                          r"|à huis clos|hors public|a puerta cerrada|a porte chiuse|besloten)", re.IGNORECASE)


_PUBLISHED = re.compile(r"\b(?:the public|publicly|public (?:website|web page|page|notices?|announcements?|consultation)"
                        r"|press releases?|social media"
                        r"|(?:tenants?|residents?|customers?|community|citizens?)'? newsletters?"
                        # letters to pupils' families (review 97c F4: "Family letters" marked internal)
                        # (not a council or panel that speaks for them: review 106a F3, a "Patient and Family
                        # Advisory Council update" at the council's meeting read as published)
                        r"|(?:famil(?:y|ies)|parents|guardians|caregivers)(?! (?:and \w+ )?(?:advisory|council|panel"
                        r"|forum|committee|representatives?)\b)"
                        r"|all (?:tenants|residents|citizens|members of the public)|citizens|residents"
                        r"|nettside\w*|innbygger\w*|allmennhet\w*|pressemelding\w*|öffentlich\w*|pressemitteilung\w*"
                        r"|bürgerinnen|bürger|site web|communiqué de presse|grand public|sitio web|comunicado de prensa"
                        # a newsletter only where it goes to the public (review 102a F1: an office "Nieuwsbrief voor de
                        # kantoren", by e-mail and intranet, read as published)
                        # (not the offices that serve them: "Boletín para las oficinas de atención ciudadana", review
                        # 109c F3)
                        r"|(?<!atención )(?<!atencion )(?<!servicio )ciudadan\w*|(?:bewoners|inwoners|klanten|burger|huurders)nieuwsbrief"
                        # (review 112c F2: a "Huurdersnieuwsbrief" marked internal)
                        r"|nieuwsbrief voor (?:de |alle )?(?:bewoners|inwoners|klanten|burgers|huurders)"
                        r"|boletín (?:a|para) (?:los )?(?:vecinos|ciudadanos|clientes)"
                        r"|inwoners|openbaar|hemsida|invånare"
                        # a cooperative's news to its producers, by radio and branch noticeboards (review 110b F7:
                        # "Novedades para productores", by WhatsApp, radio and "cartelera de sucursales", marked internal)
                        r"|(?:novedades|noticias|boletín|boletin) (?:a|para) (?:los )?(?:productores|socios|agricultores)"
                        r"|(?:producers?|farmers?|growers?|members?)'? (?:newsletters?|bulletins?)|cartelera\w*"
                        r"|notice ?boards? (?:in|at|of) (?:the )?(?:branches|stores|shops|offices)"
                        r"|(?:community|local) radio|radio (?:de la|del) (?:cooperativa|comunidad|pueblo)"
                        # a public page or paper (review 140a F5: "Сайт на района, страница във Facebook, ... районният
                        # вестник", residents' information marked "Everyone (internal)")
                        r"|facebook|instagram|tiktok|youtube|(?:local|district|regional|national|daily) newspapers?"
                        r"|вестник\w*|жители\w*|граждани\w*|сайт(?:а|ът)? на (?:района|общината)|iedzīvotāj\w*"
                        r"|laikrakst\w*|pašvaldības mājaslap\w*"
                        # (review 142a F5: "Saopštenje na sajtu vikns.rs i lokalnim medijima", an outage notice marked
                        # "All stakeholders (internal)")
                        r"|(?:local|news|mass) media|lokaln\w* medij\w*|saopštenj\w* za javnost|javn\w* saopštenj\w*"
                        r"|na (?:veb[- ]?)?sajtu|redio ya jamii|magazeti|δελτί\w* τύπου|τοπικά μέσα|ΜΜΕ"
                        # a cooperative's bulletin to its members (review 143b F5: "Boletim aos cooperados" marked
                        # "All stakeholders (internal)", not counted for the members' representative)
                        r"|bolet(?:im|ins) (?:aos|para os|dos|às|para as) (?:cooperad|associad|produtor|agricultor)\w*"
                        # radio and television, Hausa's "the public" (review 155a F10: "Wayar da kan jama'a a rediyo",
                        # on Freedom Radio, marked "All stakeholders (internal)"); not a crew's radio console, nor a WhatsApp broadcast list
                        r"|television|rediyo|talabijin|jama['’]a|(?-i:[A-Z]\w+ Radio)"
                        r"|radio (?:stations?|programmes?|programs?|shows?|ads?|adverts?|spots?|campaigns?|talk\w*))\b",
                        re.IGNORECASE)


def attendees(q: m.Questionnaire, words: tuple[str, ...], owner: Optional[str],
              public: bool = False) -> list[m.Person]:
    """Return the stakeholders an item reaches: its audience (people, role keys, the team, or everyone but the
    people a restricting label keeps out for 'stakeholders' and 'everyone', all of them for a ``public`` item:
    `published`) and its owner, in register order."""
    names: set[str] = set()
    for word in words:
        if word in BROAD:
            kept_out = set() if public else {m.same_name(p.name) for p in outsiders(q)}
            names |= {m.same_name(p.name) for p in q.people} - kept_out
        elif word == "team":
            names |= {m.same_name(n) for n in team(q)}
        elif word in ROLE_NOUNS:
            holder = getattr(q.roles, word)
            names |= {m.same_name(holder)} if holder else set()
        else:
            names.add(m.same_name(word))
    if owner:
        names.add(m.same_name(owner))
    return [p for p in q.people if m.same_name(p.name) in names]


def times_of(row: CommRow, people: list[m.Person], q: m.Questionnaire, owner: Optional[str] = None) -> Optional[Times]:
    """Return when a meeting can be held whose people work in several time zones (None for a written item or one
    time zone): the working hours they share on every day of the project (`working_hours.shared_hours`), in its
    ``owner``'s time where recorded (`working_hours.meeting_zones`)."""
    zones = meeting_zones([p.time_zone for p in people if p.time_zone], zone_of(people, owner))
    if len(zones) < 2 or not is_meeting(_as_item(row.name, row.channel, row.format, row.frequency)) or in_person(
            row.channel):  # held where its people are (review 94b F3)
        return None
    unzoned = tuple(p.name for p in people if not p.time_zone)
    shared = working_window(zones, q.project.start, q.project.end)
    timed = gives_time(row.channel, row.frequency, row.purpose)
    said = arranged(row.channel)
    fixed = None
    if timed:  # reviews 97b F2, 99b F5: a time outside some people's working hours is said
        clock = clock_in(" ".join(filter(None, (row.frequency, row.channel, row.purpose))), zones,
                         zone_of(people, owner) or zones[0])
        fixed = outside_hours(clock[0], clock[1], zones, q.project.start, q.project.end) if clock else None
    if shared is None:
        return Times(row.name, zones, None, (), timed, said, unzoned, fixed)
    return Times(row.name, zones, *shared, timed, said, unzoned, fixed)


def zone_of(people: Sequence[m.Person], name: Optional[str]) -> Optional[str]:
    """Return the time zone recorded for one of ``people`` (as names are compared), if any: the zone a meeting's or
    the plan's times are given in (`working_hours.meeting_zones`)."""
    wanted = m.same_name(name) if name else None
    return next((p.time_zone for p in people if wanted and m.same_name(p.name) == wanted), None)


Window = tuple[tuple[str, str, str], tuple[tuple[str, tuple[str, ...]], ...]]  # (zone, from, to): the hours in the
# first zone's time; then per zone, first that one, its local hours (two where its clocks change on other dates)


def working_window(zones: Sequence[str], start: dt.date, end: dt.date) -> Optional[Window]:
    """Return the working hours people in ``zones`` share on every day from ``start`` to ``end``
    (`working_hours.shared_hours`), as HH:MM in the first zone's time and, per zone, in its local time ('09:00-11:00 or
    10:00-12:00, as the clocks change' where its clocks and the first zone's change on different dates); None when
    they share none."""
    offsets = {zone: day_offsets(zone, start, end) for zone in zones}
    shared = shared_hours(list(offsets.values()))
    if shared is None:
        return None
    begin, end_at = shared
    reference = offsets[zones[0]]
    # a non-breaking hyphen between the times: a narrow cell never breaks "09:00-13:00" at it (review 91)
    local = tuple((zone, tuple(f"{clock(begin + shift)}\u2011{clock(end_at + shift)}" for shift in shifts(found, reference)))
                  for zone, found in offsets.items())
    return (zones[0], clock(begin), clock(end_at)), local


def languages_of(row: CommRow, people: list[m.Person], q: m.Questionnaire,
                 recorded: Optional[str] = None, owner: Optional[str] = None) -> Optional[Languages]:
    """Return who among an item's people reads none of the languages it is held in (`item_languages`; None:
    nobody), compared by primary language ('fr-CA' is French). Its ``owner``, who prepares it, is not among them:
    an owner whose recorded language is none of its languages is not named (review 44b: it read as doubting that they
    write it)."""
    readers = tuple((p.name, p.language) for p in people if p.language)
    if not readers or all(_primary(tag) == _primary(q.project.language or "en") for _, tag in readers):
        return None  # everyone reads the answers' language: no item needs looking at
    held, source = item_languages(row, q, recorded)
    primaries = {_primary(tag) for tag in held}
    outside = [(name, tag) for name, tag in readers if _primary(tag) not in primaries]
    mine = m.same_name(owner) if owner else None
    others = tuple((name, tag) for name, tag in outside if m.same_name(name) != mine)
    if not others:  # its owner prepares it: whatever language is recorded as theirs, they are not told of a gap
        return None
    return Languages(row.name, held, source, others)


def item_languages(row: CommRow, q: m.Questionnaire, recorded: Optional[str] = None) -> tuple[tuple[str, ...], str]:
    """Return the languages an item is held in and where that comes from: its ``recorded`` language key; else the
    stakeholders' or answers' languages its name, channel, purpose or format names ("Meeting in German, with an English summary":
    de and en), by their names in English, in the answers' language or in their own; else English, for a project's
    own item written in English throughout (`written_in_english`); else, not recorded, the answers' language. A language its channel interprets, translates or subtitles into is served beside the one it
    is held in, taken to be the answers' ("Zoom with Japanese interpretation": en and ja)."""
    ours = q.project.language or "en"
    if recorded:
        return (recorded,), "recorded"
    fields = (row.name, row.channel, row.purpose, row.format)  # review 85c F7: "Short newsletter, German and English"
    text = " ".join(filter(None, fields)).casefold()
    # ... and English, the documents' own: "jednací jazyk angličtina" (review 100c F2)
    read = dict.fromkeys([ours] + [p.language for p in q.people if p.language])  # the answers' and people's
    known = {**read, "en": None}
    named = tuple(dict.fromkeys(_primary(tag) for tag in known if any(
        not NOT_A_LANGUAGE.match(text, found.end()) for found in any_word(list(_language_names(tag, ours))).finditer(text))))
    if KO_EN.search(text) and {"ko", "en"} <= {_primary(tag) for tag in known if tag}:
        named = tuple(dict.fromkeys(named + ("ko", "en")))
    primaries = {_primary(tag) for tag in known if tag}
    for group in CODES.findall(" ".join(filter(None, fields))):
        codes = group.casefold().split("/")  # "E-mail FR/NL": French and Dutch (review 75a F7); "IT/OT" none
        if set(codes) <= primaries:
            named = tuple(dict.fromkeys(named + tuple(codes)))
    if named and _primary(ours) not in named and INTERPRETED.search(text):
        named = (_primary(ours),) + named
    for group in TAGS.findall(" ".join(filter(None, fields))):  # "(hu, zh-CN)" (review 99c F3)
        tags = [tag.strip().lower() for tag in group.split(",")]
        if {_primary(tag) for tag in tags} <= primaries:
            named = tuple(dict.fromkeys(named + tuple(_primary(tag) for tag in tags)))
    spoken = tuple(dict.fromkeys(_primary(tag) for tag in read if tag))
    if not named and ((BILINGUAL.search(text) and len(spoken) == 2) or MULTILINGUAL.search(text)
                      # "with simultaneous interpretation", no language named, between the two its people read
                      # (review 99c F3)
                      or (INTERPRETED.search(text) and len(spoken) == 2)):
        named = spoken  # "Bilingual intranet article": the two languages its people read
    if not named and not getattr(row, "standard", False) and _primary(ours) != "en" and written_in_english(fields):
        return ("en",), "written"  # reviews 116a F5, 116b F5: "Weekly delivery call with the consultancy"
    return (named, "channel") if named else ((ours,), "answers")


# words only English uses among the languages pmdocs reads (not "to", "on", "of" or "in": Polish, Czech, Dutch,
# German use them too)
ENGLISH_ONLY = frozenset({"the", "with", "and", "for", "from", "weekly", "monthly", "daily", "every", "each", "their",
                          "our", "about", "meeting", "call", "update", "progress", "review", "through", "which"})


def written_in_english(fields: tuple[Optional[str], ...]) -> bool:
    """Return True when an item's words are English throughout: written in unaccented Latin letters (a word of
    another script, or an accented one, may be the answers' language), three or more of them words only English
    uses (`ENGLISH_ONLY`)."""
    words = [w.casefold() for text in fields if text for w in WORDS.findall(text) if not w.isdigit()]
    if any(not ("a" <= ch <= "z") for w in words for ch in w):
        return False
    return len(set(words) & ENGLISH_ONLY) >= 3


@functools.lru_cache(maxsize=None)
def _language_names(tag: str, ours: str) -> tuple[str, ...]:
    """Return a language's names: in English, in the answers' language and in its own ('de': German, Deutsch)."""
    import babel  # only for a plan whose people read several languages (babel costs ~55 ms to import)

    names: list[Optional[str]] = []
    for code in (_primary(tag), *MACROLANGUAGE.get(_primary(tag), ())):
        try:
            locale = babel.Locale.parse(code)
        except (ValueError, babel.UnknownLocaleError):
            continue
        names += [locale.get_display_name("en"), locale.get_display_name()]
        try:  # (in the answers' language, where CLDR knows it: "sm", Samoan, it does not, review 163c F1)
            names.append(locale.get_display_name(_primary(ours)))
        except (ValueError, babel.UnknownLocaleError):
            pass
    english = babel.Locale("en").languages.get(_primary(tag))  # (a language CLDR has no locale of: "sm", Samoan)
    names += [english, *ALSO_NAMED.get(_primary(tag), ())]
    return tuple(dict.fromkeys(str(n) for n in names if n))


# language codes written in capitals and joined by slashes ("E-mail FR/NL"); read only where every one is a language
# of the plan's people or answers
CODES = re.compile(r"(?<![\w/])([A-Z]{2}(?:/[A-Z]{2})+)(?![\w/])")


# language tags in brackets, joined by commas ("E-mail (hu, zh-CN)"): read only where every one is a language of the
# plan's people or answers
TAGS = re.compile(r"\(\s*([a-z]{2,3}(?:-[A-Za-z]{2,4})?(?:\s*,\s*[a-z]{2,3}(?:-[A-Za-z]{2,4})?)+)\s*\)",
                  re.IGNORECASE)  # "(LT, RU, LV)" too (review 114c F8: Latvian, named so, said not recorded)


# other names a language goes by ("en castellano y valenciano": Spanish and Catalan, review 71b F5)
ALSO_NAMED = {"ca": ("valencian", "valenciano", "valencià", "valenciana"), "es": ("castilian", "castellano"),
              "nl": ("flemish", "vlaams"), "gl": ("gallego",),
              # Polish says "in English" as an adverb: "po angielsku z EuroParcel, po polsku z PaczkaExpress" (review
              # 98b F3); Korean's "영어" (English) and "영문" (English text)
              # Finnish too: "Teams-kokous (englanniksi, ...)" (review 104b F7)
              # Polish names them in the locative too: "E-mail w języku angielskim" (review 107a F6: read as not recorded)
              # and Czech: "v angličtině" (review 108a F8)
              "en": ("po angielsku", "angielskim", "영어", "영문", "angolul", "anglicky", "angličtině", "angličtina",
                     "englanniksi", "ภาษาอังกฤษ", "באנגלית", "англійською", "na engleskom", "engleski",  # Thai (review 111a F7), Hebrew, Ukrainian
                     # Bengali, Bulgarian, Lithuanian, Swahili: "(ইংরেজিতে)", in English (review 114b F5: read as Bangla)
                     "ইংরেজিতে", "на английски", "angliškai", "anglų kalba", "kwa kiingereza",
                     # Kazakh, Urdu, Latvian, Estonian (review 115c F2: "(ағылшын тілінде)", in English)
                     "ағылшын тілінде", "ағылшынша", "ағылшын тіліндегі", "انگریزی میں", "angļu valodā", "inglise keeles",
                     # Sinhala, Georgian (review 115b F4: "(ඉංග්‍රීසියෙන්)", "ინგლისურად")
                     "ඉංග්‍රීසියෙන්", "ඉංග්රීසියෙන්", "ინგლისურად",
                     # Basque, Icelandic, Welsh, Tamil, Albanian (reviews 116a F5, 116b F5, 116c F1: "Teams bideodeia,
                     # ingelesez", "Teams-fundur á ensku": in English, read as not recorded)
                     "ingelesez", "á ensku", "yn saesneg", "ஆங்கிலத்தில்", "në anglisht", "v angleščini", "angleščini",
                     # Marathi, Gujarati, isiZulu (reviews 122a F7, 122b F3, 122c: "(इंग्रजीत)", "ngesiZulu nesiNgisi")
                     "इंग्रजीत", "इंग्रजीमध्ये", "इंग्रजीतून", "અંગ્રેજીમાં", "ngesingisi", "nesingisi", "esingisini",
                     # Malayalam, Hindi (review 123b F2: "വീഡിയോ കോൾ, ഇംഗ്ലീഷിൽ", a video call in English, read as
                     # held in Malayalam; "अंग्रेज़ी" with its nukta written in one character)
                     "ഇംഗ്ലീഷിൽ", "ഇംഗ്ലീഷില്\u200d", "ഇംഗ്ലീഷിലാണ്", "अंग्रे\u095bी", "अंग्रे\u095bी में", "अंग्रेजी में",
                     # Slovenian, Nepali, Armenian, Azerbaijani, Macedonian (review 117: "v angleščini", "अंग्रेजीमा")
                     "v angleščini", "angleščina", "अंग्रेजीमा", "अङ्ग्रेजीमा", "अंग्रेजी", "անգլերեն", "անգլերենով",
                     "ingilis dilində", "ingiliscə", "на англиски", "англиски јазик",
                     # Uzbek, Maltese, Tagalog (review 118)
                     "ingliz tilida", "inglizcha", "bl-ingliż", "bl-ingliz", "sa ingles", "ingles",
                     # Amharic, Khmer, Mongolian, Irish, Bosnian (review 119b F5: "ቃለ ጉባኤ በእንግሊዝኛ", minutes in English)
                     "በእንግሊዝኛ", "እንግሊዝኛ", "ជាភាសាអង់គ្លេស", "ភាសាអង់គ្លេស", "англи хэлээр", "i mbéarla", "as béarla",
                     "na engleskom jeziku", "англис тилинде", "англисче", "ພາສາອັງກິດ", "ఆంగ్లంలో", "ఇంగ్లీషులో"),
              "ky": ("кыргызча", "кыргыз тилинде"), "lo": ("ພາສາລາວ",), "te": ("తెలుగులో",),
              "am": ("በአማርኛ", "አማርኛ"), "km": ("ជាភាសាខ្មែរ", "ភាសាខ្មែរ"), "mn": ("монгол хэлээр",),
              "ga": ("i ngaeilge", "as gaeilge"),
              # Tagalog's name, beside Babel's "Filipino (Philippines)" (review 118c F4: "(Tagalog, may Cebuano na
              # bersyon)" read as Cebuano alone); Uzbek "(o'zbek va rus tillarida)", "rus tilida" (review 118b F4)
              "tl": ("tagalog", "filipino", "sa tagalog", "sa filipino"), "fil": ("tagalog",),
              "uz": ("o'zbek", "o’zbek", "o'zbekcha", "o‘zbekcha", "o'zbek tilida", "o‘zbek tilida"),
              "mt": ("bil-malti",),
              "mr": ("मराठीत", "मराठीमध्ये", "मराठीतून"), "gu": ("ગુજરાતીમાં",), "zu": ("ngesizulu", "nesizulu", "esizulwini"),
              # (review 123b: "ഷിഫ്റ്റ് മാറുമ്പോൾ നേരിട്ട്, മലയാളത്തിൽ", in person, in Malayalam; review 123a:
              # "कार्यवृत्त (मिनट्स) हिंदी में", minutes in Hindi, beside Babel's "हिन्दी")
              "ml": ("മലയാളത്തിൽ", "മലയാളത്തില്\u200d"), "hi": ("हिंदी", "हिंदी में", "हिन्दी में"),
              "ne": ("नेपालीमा",), "hy": ("հայերեն", "հայերենով"), "az": ("azərbaycan dilində", "azərbaycanca"),
              "mk": ("на македонски", "македонски јазик"),
              "eu": ("euskaraz", "euskera", "basque"), "is": ("á íslensku",), "cy": ("yn gymraeg", "cymraeg"),
              "ta": ("தமிழில்",), "sq": ("në shqip", "shqip"), "sl": ("v slovenščini", "slovensko"),
              "it": ("në italisht", "italieraz"), "nb": ("på norsk", "á norsku"),
              "si": ("සිංහලෙන්",), "ka": ("ქართულად",),
              # (review 144a F7: "Ағылшын тіліндегі жазбаша есеп", a written report in English, read as not recorded)
              "kk": ("қазақ тілінде", "қазақша", "қазақ тіліндегі"), "ur": ("اردو میں",), "lv": ("latviešu valodā",),
              "et": ("eesti keeles",),
              "bn": ("বাংলায়",), "bg": ("на български",), "lt": ("lietuviškai", "lietuvių kalba"),
              "sw": ("kwa kiswahili",), "fa": ("به فارسی", "فارسی"),
              "th": ("ภาษาไทย",),
              # Hebrew and Ukrainian say "in English" in one word (reviews 112a F4, 112b F5)
              "he": ("בעברית",), "ar": ("בערבית",), "sr": ("na srpskom", "srpski", "српски", "српски јазик"), "hr": ("na hrvatskom", "v hrvaščini", "hrvaščini"),  # (review 146a F6: Slovenian, "v angleščini ali hrvaščini")
              "fi": ("suomeksi", "suomenkielinen", "suomen kielellä", "på finska"),
              # Swedish as Finnish names it: "materiaali suomeksi ja ruotsiksi" (review 135a F3: read as Finnish alone)
              "sv": ("ruotsiksi", "ruotsinkielinen", "ruotsin kielellä", "på svenska", "švédsky"), "pl": ("po polsku", "polskim"), "uk": ("po ukraińsku", "ukraińskim", "українською"),
              "de": ("po niemiecku", "niemieckim", "németül", "německy", "němčině", "nemecky", "alemanez", "á þýsku", "saksaksi",
                     "në gjermanisht", "yn almaeneg", "na njemačkom"),
              "ru": ("po rosyjsku", "oroszul", "ברוסית", "російською", "орыс тілінде", "орысша", "орыс тіліндегі", "krievu valodā",
                     "vene keeles", "rus tilida", "rus tillarida", "va rus", "bir-russu", "орус тилинде", "орусча"),
              "ko": ("한국어", "국문"),
              # Hungarian says "in Hungarian and Chinese" as adverbs: "magyarul és kínaiul" (review 99c F3)
              "hu": ("magyarul",), "zh": ("mandarin", "kínaiul"), "fr": ("franciául", "francuskim"),
              # Czech and Slovak adverbs: "podklady česky a německy" (review 100c F2)
              # ... and Slovak named in Czech: "v češtině a slovenštině" (review 121c F4)
              "cs": ("po czesku", "česky", "češtině", "tšekiksi"), "sk": ("slovensky", "slovenčine", "slovenštině")}


# the language a language is a form of, whose name says it too ("in Norwegian" for Bokmål, review 49b F2)
MACROLANGUAGE = {"nb": ("no",), "nn": ("no",)}


def _primary(tag: str) -> str:
    """Return a BCP 47 tag's primary language, case-folded ('fr-CA' -> 'fr')."""
    return tag.split("-")[0].casefold()


def clock(delta: dt.timedelta) -> str:
    """Return a time of day (a timedelta from midnight, wrapping round) as HH:MM."""
    minutes = int(delta.total_seconds() // 60) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def utc(offset: dt.timedelta) -> str:
    """Return an offset as UTC+1, UTC-5 or UTC+5:30."""
    minutes = int(offset.total_seconds() // 60)
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    return f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")


# -- the glossary ---------------------------------------------------------------------------------------------------

WORDS = re.compile(r"[^\W_]+")


def defined(term: str, own: list[str]) -> bool:
    """Return True when the project's glossary defines a built-in term already: the same words (case-folded, a
    plural 's' dropped), or the words of one found whole within the other ('Gate' within 'Phase gate')."""
    mine = _words(term)
    for other in own:
        theirs = _words(other)
        if mine and theirs and (in_order(mine, theirs) or in_order(theirs, mine) or "".join(mine) == "".join(theirs)):
            return True  # ("Cut-over" and "Cutover": review 47a F11)
    return False


def same_term(term: str, other: str) -> bool:
    """Return True when two terms are the same once normalized (case-folded, a plural 's' dropped, punctuation
    ignored, words run together): 'Backlog' and 'backlogs', 'DORA metrics' and 'DORA metric', 'Cut-over' and
    'Cutover'."""
    return bool(_words(term)) and "".join(_words(term)) == "".join(_words(other))  # ("Cut-over", "Cutover")


def _words(term: str) -> tuple[str, ...]:
    """Return a term's words as terms are compared: case-folded, without a plural 's'."""
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                 for w in WORDS.findall(term.casefold()))


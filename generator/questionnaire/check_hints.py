"""Hints: the keys that would fill a section a professional expects filled, when they are left unanswered.

A hint is not a problem (the documents say plainly that nothing was recorded); it tells
the project manager which key fills the gap. Hints are placed at the unanswered key's
parent, since an absent key has no line of its own, and only ``pmdocs validate`` prints them.
The module runs a little over 400 lines: each hint's wording is spelled out whole, as the reader sees it.
"""

from __future__ import annotations

import math
import re
from typing import Optional

from generator.diagnostics import KeyPath, format_path
from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.questionnaire.rules import closing_gate, role_holders, spends
from generator.questionnaire.check_records import unowned_high_risk
from generator.questionnaire.checking import Checking, in_words, items
from generator.questionnaire.funding import BUDGET_WORD, FORECAST_WORDS, INCLUDED, ON_TOP
from generator.questionnaire.mentions import Words, names, significant
from generator.questionnaire.organizations import (counted_inside, is_outsider, label_admits_regulators, label_internal, label_names,
                                                   label_widens, public_body, restricting, same_group)
from generator.questionnaire.replans import names_rebaseline

PHASED = ("waterfall", "hybrid")  # methodologies whose plan is a sequence of phases with gates


def hint_registers(c: Checking) -> None:
    """Hint at the plan's lists left empty: risks, milestones, revisions, and a non-technical reader's glossary."""
    if not any(True for _ in items(c.q.risks)):
        c.hint(("risks",), "no risks are recorded, so the risk register says none were recorded: add risks: "
                           "(each with risk:, likelihood:, impact:, owner:)")
    if not any(True for _ in items(c.q.milestones)):
        c.hint(("milestones",), "no milestones are recorded, so the milestone schedule says none were recorded: "
                                "add milestones: (each with name: and date:)")
    if not any(True for _ in items(c.q.revisions)):
        c.hint(("revisions",), "no revisions are recorded, so the documents' revision history is empty: add "
                               "revisions: (each with version:, date:, author:, summary:)")
    plain = [p.name for _, p in items(c.q.people) if p.technical is False and p.name]
    if plain and not any(True for _ in items(c.q.glossary)):
        who = f"{plain[0]} and others read" if len(plain) > 1 else f"{plain[0]} reads"
        c.hint(("glossary",), f"{who} the documents in plain words but no glossary is recorded: add glossary: "
                              "(each with term: and meaning:)")


# an answer that only holds a place ("TBC", "???", "n/a"): printed as typed, it reads as the answer
_PLACEHOLDER = re.compile(r"(?:tb[acd]|to be (?:confirmed|defined|decided|agreed)|todo|n/?a|xxx+|\?+|-+|…|\.\.\.)",
                          re.IGNORECASE)
_PLACEHOLDER_KEYS = (("risks", ("mitigation", "contingency", "owner")), ("issues", ("resolution",)),
                     ("technical_debt", ("remediation",)), ("objectives", ("measure",)),
                     ("decisions", ("rationale",)))


def hint_placeholders(c: Checking) -> None:
    """Hint at an answer that only holds a place ("mitigation: TBC", "???"): the documents print it as the answer."""
    for key, fields in _PLACEHOLDER_KEYS:
        for i, entry in items(getattr(c.q, key)):
            for name in fields:
                value = getattr(entry, name, None)
                if isinstance(value, str) and _PLACEHOLDER.fullmatch(value.strip()):
                    required = (key, name) == ("objectives", "measure") or (
                        (key, name) == ("issues", "resolution") and entry.status in m.CLOSED_ISSUE_STATUSES)
                    left_out = (" (it is required: it cannot be left out)" if required else
                                f", or leave {name}: out (the documents then say it is not recorded)")
                    c.hint((key, i, name), f"{name} '{value.strip()}' holds a place, and the documents print it as "
                                           f"the answer: write the {name.replace('_', ' ')}{left_out}")


def hint_status_reports(c: Checking) -> None:
    """Hint at an active (or on-hold) project with no status report: its pack has none, and its summary says so."""
    project = c.q.project
    if project is None or project.status not in ("active", "on-hold") or any(True for _ in items(c.q.status_reports)):
        return
    c.hint(("status_reports",), f"the project is {project.status} but no status report is recorded, so the pack has "
                                "none and the executive summary says where the project stands only from its plan: add "
                                "status_reports: (each with date:, overall:, summary:)")


def hint_project(c: Checking) -> None:
    """Hint at the project's budget, its contingency and, for a phased methodology, its phases."""
    project = c.q.project
    if project is None:
        return
    if project.budget is None:
        c.hint(("project", "budget"), "no budget is recorded, so the charter's budget section says it was not "
                                      "recorded: add project.budget: (amount:, currency:, contingency_percent:)")
    elif not c.typed(("project", "budget", "contingency_percent")):
        c.hint(("project", "budget", "contingency_percent"),
               "no contingency is recorded for the budget, so approved changes are measured against none: add "
               "contingency_percent:")
    elif project.budget.contingency_percent and project.budget.contingency_included is None:
        on_top = contingency_on_top(c)
        if on_top is None and contingency_on_top(c, INCLUDED) is None:  # on top: warned about; included: said
            c.hint(("project", "budget", "contingency_percent"),
                   "whether the contingency reserve is part of the budget's amount or comes on top of it is not "
                   "recorded, so the documents count it as part of the amount and say so: add contingency_included: "
                   "true or false (an optional key pmdocs adds)")
    if project.completion_signoff is None and closing_gate([p for _, p in items(project.phases)]) is None:
        c.hint(("project",), "who signs off the project's completion is not recorded, so the charter's approval "
                             "requirements say so: add project.completion_signoff: (a person, or the word board; an "
                             "optional key pmdocs adds)")
    if project.methodology in PHASED and not any(True for _ in items(project.phases)):
        c.hint(("project", "phases"), f"a {project.methodology} project with no phases recorded, so the documents "
                                      "list no phases or gates: add project.phases: (each with name:, start:, end:, "
                                      "gate:)")


def hint_scope(c: Checking) -> None:
    """Hint at the scope's requirements, assumptions and constraints."""
    scope = c.q.scope
    if scope is None:
        return
    for key, what in (("requirements", "high-level requirements"), ("assumptions", "assumptions"),
                      ("constraints", "constraints")):
        if not any(True for _ in items(getattr(scope, key))):
            c.hint(("scope", key), f"no {what} are recorded, so the charter and scope statement say none were "
                                   f"recorded: add scope.{key}:")


def hint_people(c: Checking) -> None:
    """Hint at people whose influence, interest or technical reading is not answered, and at engagement."""
    alike: dict[tuple[str, ...], list[tuple[int, str]]] = {}  # one hint per set of keys missing (review 67 noise)
    for i, person in items(c.q.people):
        missing = tuple(key for key in ("influence", "interest", "technical") if not c.typed(("people", i, key)))
        if missing:
            alike.setdefault(missing, []).append((i, person.name or "not recorded"))
    for missing, unanswered in alike.items():
        levels = [key for key in missing if key != "technical"]
        names = [name for _, name in unanswered]
        said, adds = [], []
        if levels:
            whose = f"{names[0]}'s" if len(names) == 1 else f"the {' and '.join(levels)} of {in_words(names)}"
            said.append(f"{whose}{'' if len(names) > 1 else ' ' + ' and '.join(levels)} "
                        f"{'reads' if len(levels) == 1 and len(names) == 1 else 'read'} \"not assessed\"")
            adds.append(f"{' and '.join(key + ':' for key in levels)} (low, medium or high)")
        if "technical" in missing:
            who = ("they want" if levels else f"{in_words(names)} want" if len(names) > 1 else f"{names[0]} wants")
            said.append(f"whether {who} plain language is not recorded (they are written to as technical)")
            adds.append("technical: true or false")
        c.hint(("people", unanswered[0][0], missing[0]),
               f"{', and '.join(said)}: add {' and '.join(adds)}{'' if len(names) == 1 else ' to each of them'}")
    org = c.q.organization
    grouped: dict[str, list[tuple[int, str, str]]] = {}  # one hint per organization, at its first person (review 40a)
    everyone = [p for _, p in items(c.q.people)]
    for i, person in items(c.q.people):
        if org is not None and person.name and person.organization and counted_inside(person, org, everyone):
            grouped.setdefault(person.organization.strip().casefold(), []).append((i, person.name, person.organization))
    for group in grouped.values():
        if org is None:
            break
        (i, first, theirs), names = group[0], [name for _, name, _ in group]
        who = (f"{first}'s organization \"{theirs}\"" if len(names) == 1
               else f"the organization \"{theirs}\" of {in_words(names)}")
        c.hint(("people", i, "organization"),
               f"{who} is neither "
               f"{org.name or 'the organization'} nor its department, and its name alone does not say whether it "
               f"is another company or a part of {org.name or 'the organization'}, so {_counted_as(org)}: add "
               f"external: true if they belong to another organization, or false (an "
               f"optional key pmdocs adds){'' if len(names) == 1 else ', to each of them'}")
    label = org.confidentiality if org is not None else None
    apart: dict[str, list[tuple[int, str]]] = {}  # one hint per organization, at its first person (review 72b)
    # a role of the project's is never kept out (review 77a F3: the hint said so), nor a change board's seat (review
    # 111c F1)
    held = set(role_holders(c.q.roles)) | set(c.q.change_control.board or () if c.q.change_control else ())
    # nor the client that sponsors a supplier's project (`communication.client_let_in`; review 108b F6: the hint said
    # the agency's people were left off lists that hold them)
    sponsor = next((p for _, p in items(c.q.people) if c.q.roles and p.name and p.name == c.q.roles.sponsor), None)
    client = sponsor.organization if sponsor is not None and sponsor.organization and org is not None and \
        is_outsider(sponsor, org, everyone) else None
    for i, person in items(c.q.people):
        if (org is not None and label and person.name and person.receives is None and restricting(label)
                and person.name not in held
                and not (client and person.organization and same_group(person.organization, client, start=True))
                and not label_widens(label) and is_outsider(person, org, everyone)
                and not (person.organization and label_names(label, person.organization))
                # "outside Northgate and named regulators" admits a public body's people (review 85b F8)
                and not (label_admits_regulators(label) and public_body(person.organization))):
            apart.setdefault((person.organization or "").strip().casefold(), []).append((i, person.name))
    for members in apart.values():
        if org is None:
            break
        (at, leader), who_all = members[0], [name for _, name in members]
        their_org = next(p.organization for _, p in items(c.q.people) if p.name == leader)
        one = len(who_all) == 1
        c.hint(("people", at, "name"),
               f"{leader if one else in_words(who_all)} {'belongs' if one else 'belong'} to another organization "
               f"({their_org or 'not recorded'}, not {org.name or 'the organization'}) and the documents are labelled "
               f"{label}: the distribution lists leave them off, saying that which documents may go to them has not "
               f"been recorded: add "
               f"receives: (the kinds of document they receive, e.g. [raci-matrix, status-report]; "
               f"[] for none), or external: false if they belong to {org.name or 'the organization'} (optional keys "
               f"pmdocs adds){'' if one else ', to each of them'}")
    if any(True for _ in items(c.q.people)) and not any(p.engagement for _, p in items(c.q.people)):
        c.hint(("people",), "no one's engagement is assessed, so the stakeholder engagement assessment says \"not "
                            "assessed\": add engagement: (current:, desired:) to the key stakeholders")


def hint_running(c: Checking) -> None:
    """Hint at the communication plan's own items and escalation path, risk owners, and change control."""
    comm = c.q.communication
    if not any(True for _ in items(comm.items if comm else None)):
        c.hint(("communication", "items"), "no communication items of the project's own are recorded, so the "
                                           "communication matrix holds only the standard items that apply, if any: "
                                           "add communication.items:")
    if not any(True for _ in items(comm.escalation if comm else None)):
        c.hint(("communication", "escalation"), "no escalation path is recorded, so the communication plan says it "
                                                "was not recorded: add communication.escalation: (each level with "
                                                "level:, who:, when:)")
    for i, risk in items(c.q.risks):
        if not risk.owner and not c.draft.failed(("risks", i, "owner")) and not unowned_high_risk(risk):
            c.hint(("risks", i, "owner"), "the risk has no owner, so the register says \"not recorded\": add owner: "
                                          "(a person)")
    cc = c.q.change_control
    if cc is None or not any(True for _ in items(cc.board)):
        c.hint(("change_control", "board"), "no change board is recorded, so the change control plan names none: "
                                            "add change_control.board: (people) and thresholds:")


def hint_traceability(c: Checking) -> None:
    """Hint at objectives and deliverables the traceability matrix cannot link: none linked at all, or some left out."""
    scope = c.q.scope
    deliverables = list(items(scope.deliverables if scope else None))
    objectives = list(items(c.q.objectives))
    if not deliverables or not objectives:
        return
    linked = {m.same_name(name) for _, o in objectives for name in o.deliverables or [] if name}
    if not linked:
        c.hint(("objectives",), "no objective lists the deliverables that achieve it, so the scope statement's "
                                "traceability cannot show which deliverable serves which objective: add the optional "
                                "key deliverables: (deliverable names) to each objective (a key pmdocs adds to the format; "
                                "see the guide's \"Optional keys pmdocs adds\")")
        return
    for i, objective in objectives:
        if not any(name for name in objective.deliverables or []):
            c.hint(("objectives", i, "deliverables"),
                   f"objective '{objective.objective}' lists no deliverables, so the traceability matrix shows none "
                   "linked to it: add the optional key deliverables: (the deliverables that achieve it; a key pmdocs "
                   "adds to the format)")
    for i, d in deliverables:
        if d.name and m.same_name(d.name) not in linked:
            c.hint(("scope", "deliverables", i, "name"),
                   f"no objective lists deliverable '{d.name}', so the traceability matrix does not show what it is "
                   "for: add it to the deliverables: of the objective it serves (or ask whether it is in scope)")


def hint_thresholds(c: Checking) -> None:
    """Hint at a person's approval threshold that limits cost but not schedule, or schedule but not cost."""
    cc = c.q.change_control
    for i, threshold in items(cc.thresholds if cc else None):
        if not threshold.approver or threshold.approver == m.BOARD:
            continue
        limits = {"cost": threshold.max_cost, "schedule": threshold.max_schedule_days}
        missing = [what for what, limit in limits.items() if limit is None]
        if len(missing) == 1:
            what = missing[0]
            key = "max_cost" if what == "cost" else "max_schedule_days"
            c.hint(("change_control", "thresholds", i, key),
                   f"no {what} limit is recorded for {threshold.approver}, so the documents say \"no limit recorded\" "
                   f"for it: add {key}:")


def _counted_as(org: dm.Organization) -> str:
    """Return how the documents count a person whose organization's name says neither, under the documents' label:
    inside, reaching internal documents where they have a part in the project's work and left off them otherwise
    (`communication.outsiders`, review 53c F2); under a label keeping documents to the organization's own people,
    off them, on the safe side (`communication.assumed_inside`; review 107b F8: the hint said the opposite)."""
    label = org.confidentiality
    if label and label_internal(label):
        return (f"documents labelled {label} leave them off their distribution lists, on the safe side, and say their "
                "organization was not recorded as a part of it")
    reach = (f" where they have a part in the project's work (documents labelled {label} then go to them), and "
             f"those documents leave them off their distribution lists otherwise") if label and restricting(label) \
        else ""
    return f"they are counted inside it{reach}"


def _takes_up(title: str, text: str) -> bool:
    """Return True when a decision's words take up a request's title: two of its significant words at least, and
    two in five ("Migrate the pipelines to GitHub Actions now" takes up "Move to GitHub Actions instead of
    HarborCI"); looser than `mentions.reads_as`, as the hint only asks."""
    return Words(text).shared(title) >= max(2, math.ceil(0.4 * len(significant(title))))


def hint_reopened_requests(c: Checking) -> None:
    """Hint at a logged decision, taken after a change request was rejected or deferred, whose words read as that
    request's title (`mentions.reads_as`) while it does not name the request: the decision log would show a change
    the board turned down going ahead, with nothing linking the two."""
    cc = c.q.change_control
    refused = [(cr.id, cr.title, cr.status, cr.decision.by, cr.decision.date)
               for _, cr in items(cc.requests if cc else None)
               if cr.id and cr.title and cr.status in ("rejected", "deferred") and cr.decision and cr.decision.date]
    for i, decision in items(c.q.decisions):
        text, day = decision.decision or "", decision.date
        if not text or not day:
            continue
        # (a decision naming another request is about that one: review 128b F9, "Prairie State go-live moves from
        # 9/18 to 10/2 (CR-004)" read as CR-003, "Add FedNow instant payments for Prairie State")
        others = {cr.id for _, cr in items(cc.requests if cc else None) if cr.id and (
            names(cr.id, text) or any(m.same_name(r or "") == m.same_name(cr.id) for r in decision.related or []))}
        for ident, title, status, by, decided in refused:
            linked = any(m.same_name(r or "") == m.same_name(ident) for r in decision.related or []) or names(ident, text)
            prefix = re.sub(r"\d+$", "", ident)  # ... or one of its kind nobody logged ("CR-009")
            shaped = {found.upper() for found in re.findall(rf"(?<![\w-]){re.escape(prefix)}\d+(?![\w-])", text,
                                                          re.IGNORECASE)} if prefix != ident else set()
            if not linked and not (others | shaped) - {ident} and day > decided and _takes_up(title, text):
                who = "the change board" if by == m.BOARD else by
                c.hint(("decisions", i, "decision"),
                       f"decision {decision.id or ''} reads as change request {ident} ('{title}'), {status} by "
                       f"{who} on {decided}: if it takes that request up again, link it (related: "
                       f"[{ident}]) and say why in rationale:, so the decision log shows it")
                break




def contingency_on_top(c: Checking, words: re.Pattern[str] = ON_TOP) -> Optional[tuple[KeyPath, str]]:
    """Return where an answer says the contingency reserve comes on top of the budget (the scope's constraints and
    assumptions, the project's summary), with its words; None when none does (with ``words`` `funding.INCLUDED`:
    where one says the budget includes it)."""
    scope = c.q.scope
    places: list[tuple[KeyPath, Optional[str]]] = [(("project", "summary"), c.q.project.summary if c.q.project else None)]
    if scope is not None:
        places += [(("scope", key, i), text) for key in ("constraints", "assumptions")
                   for i, text in items(getattr(scope, key))]
    return next(((path, text) for path, text in places if text and words.search(text)
                 and (words is not ON_TOP or BUDGET_WORD.search(text))), None)  # (of the budget: `on_top_said`)


def hint_contingency_on_top(c: Checking) -> None:
    """Hint where an answer says the contingency comes on top of the budget while contingency_included is not given:
    the documents count it on top, as read (`funding.reserve_read`)."""
    budget = c.q.project.budget if c.q.project else None
    if budget is None or not budget.contingency_percent or c.typed(("project", "budget", "contingency_included")):
        return
    found = contingency_on_top(c)
    if found is not None and contingency_on_top(c, INCLUDED) is not None:  # another answer says the amount includes it
        path, text = found
        c.warn(("project", "budget", "contingency_percent"),
               f"{format_path(path)} says the contingency reserve comes on top of the budget ('{text}'), but "
               "another answer says the amount includes it, so the documents count it as part of "
               "project.budget.amount and say whether it comes on top is not recorded: add contingency_included: "
               "false or true (an optional key pmdocs adds)")
    elif found is not None:  # read so (`funding.reserve_read`): the documents count it on top
        path, text = found
        c.hint(("project", "budget", "contingency_percent"),
               f"{format_path(path)} says the contingency reserve comes on top of the budget ('{text}'), so the "
               "documents count it on top of project.budget.amount: to record it, add contingency_included: false "
               "(an optional key pmdocs adds), or contingency_included: true if the amount includes it")


def hint_undecided_requests(c: Checking) -> None:
    """Hint at a change request awaiting a decision whose form would go to the decider with no options and no
    recommendation: the optional keys that fill them."""
    cc = c.q.change_control
    for i, cr in items(cc.requests if cc else None):
        if cr.status in ("proposed", "under-review") and not cr.options and not cr.recommendation:
            missing = ["options:", "recommendation:"] + ([] if cr.if_not_made else ["if_not_made:"])
            c.hint(("change_control", "requests", i),
                   f"{cr.id or 'this request'} awaits a decision, and its form says the options considered and the "
                   f"recommendation to the decider are not recorded: add {in_words(missing)} (each one text; optional "
                   "keys pmdocs adds)")


def hint_baseline_unsaid(c: Checking) -> None:
    """Hint at an approved change that moves the schedule when nothing says whether the milestone dates include it:
    the charter and status reports say so, and impact.in_baseline answers it."""
    cc = c.q.change_control
    revisions = [r.summary or "" for _, r in items(c.q.revisions)]
    for i, cr in items(cc.requests if cc else None):
        impact = cr.impact
        if (cr.status in m.APPROVED_STATUSES and impact is not None and impact.schedule_days
                and impact.in_baseline is None and not any(names_rebaseline(s, cr.id or "") for s in revisions)):
            c.hint(("change_control", "requests", i, "impact"),
                   f"{cr.id or 'this request'} moves the schedule {abs(impact.schedule_days)} "
                   f"day{'' if abs(impact.schedule_days) == 1 else 's'} "
                   f"{'later' if impact.schedule_days > 0 else 'earlier'}, and nothing says whether "
                   "the milestone dates as recorded already include it, so the charter and status reports say so: "
                   "add in_baseline: true (the dates were updated for it) or false (an optional key pmdocs adds)")


def hint_spending_unsaid(c: Checking) -> None:
    """Hint at an approved change another source pays whose ``impact.in_spending`` does not say whether the project
    spends that money: the status reports and the summary read it from the words (reviews 162b F2, 162c F2)."""
    cc = c.q.change_control
    for i, cr in items(cc.requests if cc else None):
        impact = cr.impact
        if (cr.status in m.APPROVED_STATUSES and impact is not None and impact.funding == "other"
                and impact.cost and impact.cost > 0 and impact.in_spending is None):
            read = "spends it, as a grant" if spends(cr) else "does not spend it (the other party books the cost)"
            c.hint(("change_control", "requests", i, "impact"),
                   f"{cr.id or 'this request'} is paid by another source, and nothing says whether the project "
                   f"spends that money, so the status reports and the summary take it that the project {read}: add "
                   "in_spending: true (the project pays the cost and gets the money: its spending includes it) or "
                   "false (the other party pays directly) (an optional key pmdocs adds)")


def hint_forecast_cost(c: Checking) -> None:
    """Hint at a status report whose budget is rated amber or red, or whose words give a forecast cost, with no
    budget.forecast: its "Forecast cost at completion" reads "not recorded" (reviews 47a F5, 47b F17)."""
    if c.q.project is None or c.q.project.budget is None:
        return
    for i, report in items(c.q.status_reports):
        budget = report.budget
        if budget is None or budget.forecast is not None:
            continue
        words = " ".join(t for t in (budget.note, report.summary) if t)
        if budget.rating in m.NOTED_RATINGS or (FORECAST_WORDS.search(words) and re.search(r"\d", words)):
            c.hint(("status_reports", i, "budget", "forecast"),
                   f"the status report of {report.date} gives no forecast cost at completion, so it reads \"not "
                   "recorded\": add budget.forecast: (the cost expected at the end, in the budget's currency; an optional "
                   "key pmdocs adds)")


def _ids(labels: list[str]) -> str:
    """Return up to three labels, and how many more."""
    return ", ".join(labels[:3]) + (f" and {len(labels) - 3} more" if len(labels) > 3 else "")


def _unmade(entry: object, key: str) -> bool:
    """Return True for a rejected or deferred change request asked for a rollback or test evidence: the change is not
    made, and its form says none is needed (review 50c F16)."""
    return key in ("rollback", "test_evidence") and getattr(entry, "status", None) in ("rejected", "deferred")


def _answer(entry: object, key: str) -> object:
    """Return an entry's answer to a key, a dotted one walked key by key ("impact.quality"; None: not answered)."""
    for part in key.split("."):
        entry = getattr(entry, part, None)
    return entry


def hint_unrecorded_details(c: Checking) -> None:
    """Hint, once per list, at the optional keys pmdocs adds whose sections the documents otherwise say were not
    recorded: a change request's type, the impact of not making it, its effect on quality and the resources it needs
    (review 49c F7: "Quality | not assessed" with no hint), its rollback and test evidence; a lesson's story and
    owner; a debt item's cause; a communication item's format (reviews 47a F13, 48a F7, 48b F9)."""
    cc = c.q.change_control
    other = c.q.project is not None and c.q.project.type == "other"
    request_keys = (["type", "if_not_made", "impact.quality", "impact.resources"]
                    + ([] if other else ["rollback", "test_evidence"]))
    comm = c.q.communication
    lists: list[tuple[KeyPath, str, list[tuple[str, object]], list[str]]] = [
        (("change_control", "requests"), "the change request forms read \"not assessed\" or",
         [(r.id or f"request {i + 1}", r) for i, r in items(cc.requests if cc else None)], request_keys),
        (("lessons",), "the lessons learned reads", [(f"lesson {i + 1}", x) for i, x in items(c.q.lessons)],
         ["what_happened", "owner"]),
        (("technical_debt",), "the technical debt register reads",
         [(x.id or f"item {i + 1}", x) for i, x in items(c.q.technical_debt)], ["cause"]),
        (("communication", "items"), "the communication plan reads",
         [(x.name or f"item {i + 1}", x) for i, x in items(comm.items if comm else None)], ["format"]),
    ]
    for path, where, entries, keys in lists:
        missing = [(key, [label for label, entry in entries if _answer(entry, key) is None and not _unmade(entry, key)])
                   for key in keys]
        said = [f"{key}: ({_ids(labels)})" for key, labels in missing if labels]
        if said:
            c.hint(path, f"{where} \"not recorded\" for {'; '.join(said)}: add them where they are known "
                         "(optional keys pmdocs adds)")

"""The communication matrix: the project's own items, then the methodology's standard ones the answers allow.

Each rule here is one the communication plan states in its text, so a reader can check it:

- a standard item is *covered* by one of the project's own items (merged, not listed twice) when the two are
  known names of the same meeting or report (``generator/data/meetings.yaml``), or when the project's item does
  the same kind of job (its name says so), at the same frequency, for everyone the standard item is for by role;
- a standard item is *left out* when nobody holds the role that runs it, or when the event it needs cannot
  happen in this project (no phase gate, no sprints, no release recorded), or when it would decide changes
  (who decides changes is the change-control plan's, `change_deciders`);
- the documents' confidentiality label keeps "all stakeholders" and "everyone" within the organization when some
  stakeholders belong to other companies (`outsiders`).
"""

from __future__ import annotations

import difflib
from typing import Optional, Protocol

from generator.i18n.locales import N_, Locale, english
from generator.questionnaire import model as m
from generator.questionnaire.suggest import normalize
from generator.record import Record
from generator.view.tables import ROLE_NOUNS, CommRow
from generator.view.tailoring import (Ceremony, MethodologyInfo, cadence_words, legal_forms, meeting_key,
                                      meeting_words, public_labels, release_words, same_meetings)

BROAD = ("stakeholders", "everyone")  # audience words that reach every stakeholder
SPRINT_CADENCE = {1: "weekly", 2: "fortnightly"}  # a sprint of this many weeks is held at this cadence
NEEDS = {  # why a standard item is left out when the answers do not show what it needs
    "gates": N_("no phase gate is recorded"),
    "sprints": N_("no sprint length is recorded, so no sprints are planned"),
    "releases": N_("no release is recorded among the milestones or deliverables"),
    "decisions": N_("it would decide changes, and who decides changes is the change-control plan's to record"),
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

    def audience(self, words: tuple[str, ...] | list[str]) -> tuple[str, ...]: ...

    def reaches_plain_readers(self, words: tuple[str, ...] | list[str]) -> bool: ...

    def holder(self, role_key: str) -> str: ...

    def in_words(self, items: list[str]) -> str: ...


class Plan(Record):
    """Return the communication matrix, and what became of the standard items not in it as such."""

    rows: tuple[CommRow, ...]
    covered: tuple[tuple[str, str], ...]  # (standard item, the project's own item that covers it)
    left_out: tuple[tuple[str, str], ...]  # (standard item, why it is not planned, in words)


# -- who decides change requests: one rule, for the change-control plan and the communication plan ---------------

def change_deciders(q: m.Questionnaire) -> str:
    """Return who decides change requests, as answered: ``thresholds`` (the approvers of the thresholds, by size),
    ``board`` (the change board, no thresholds) or ``none`` (nobody recorded)."""
    cc = q.change_control
    if cc and cc.thresholds:
        return "thresholds"
    return "board" if cc and cc.board else "none"


# -- confidentiality ------------------------------------------------------------------------------------------------

def restricted(q: m.Questionnaire) -> bool:
    """Return True when the documents' confidentiality label keeps them within the organization (any label but a
    public one, e.g. Internal or Confidential)."""
    label = q.organization.confidentiality
    return label is not None and label.strip() != "" and label.strip().casefold() not in public_labels()


def is_outsider(person: m.Person, organization: str) -> bool:
    """Return True when the organization recorded for a person is another company: its name ends in a legal form
    (Inc., Ltd, GmbH, ...) and, without it, is not the organization's name (departments carry no legal form)."""
    theirs = (person.organization or "").strip().casefold()
    if not theirs or theirs == organization.strip().casefold():
        return False
    form = next((f for f in legal_forms() if theirs.endswith(" " + f)), None)
    return form is not None and _company(theirs) != _company(organization.strip().casefold())


def _company(name: str) -> str:
    """Return a company's name without its legal form and punctuation ("acme corp." -> "acme")."""
    for form in legal_forms():
        if name.endswith(" " + form):
            name = name[: -len(form) - 1]
            break
    return meeting_key(name)


def outsiders(q: m.Questionnaire) -> list[m.Person]:
    """Return the stakeholders a restricted pack's "all stakeholders" and "everyone" leave out (none when the label
    does not restrict): those of other companies, in written order."""
    if not restricted(q):
        return []
    return [p for p in q.people if is_outsider(p, q.organization.name)]


# -- frequencies ----------------------------------------------------------------------------------------------------

def cadences(frequency: Optional[str], sprint_weeks: Optional[int] = None) -> frozenset[str]:
    """Return the cadences a frequency names (daily, weekly, fortnightly, monthly, quarterly, sprint, gate, once):
    each found as whole words, earlier cadences first and taken out of the text ("bi-weekly" is fortnightly only);
    a sprint of one or two weeks counts as weekly or fortnightly too, and the other way round."""
    text = (frequency or "").casefold()
    found: set[str] = set()
    for name, pattern in cadence_words():
        if pattern.search(text):
            found.add(name)
            text = pattern.sub(" ", text)
    alias = SPRINT_CADENCE.get(sprint_weeks or 0)
    if alias and found & {alias, "sprint"}:
        found |= {alias, "sprint"}
    return frozenset(found)


# -- the matrix -----------------------------------------------------------------------------------------------------

def plan(ctx: Planner) -> Plan:
    """Return the communication matrix: the questionnaire's items, then the methodology's standard ones (unless
    turned off) that no own item covers and the answers allow (see the module's rules)."""
    q = ctx.q
    own = list(q.communication.items)
    rows = [CommRow(i.name, ctx.audience(i.audience), i.purpose, i.channel, i.frequency, i.owner, False,
                    ctx.reaches_plain_readers(i.audience)) for i in own]
    covered: list[tuple[str, str]] = []
    left_out: list[tuple[str, str]] = []
    if not q.communication.defaults:
        return Plan(tuple(rows), (), ())
    for c in ctx.method.ceremonies:
        cover = next((i for i in own if covers(i, c, q)), None)
        if cover is not None:
            covered.append((c.name, cover.name))
            continue
        reason = why_not(c, q, ctx.locale)
        if reason is not None:
            left_out.append((c.name, reason))
            continue
        rows.append(CommRow(c.name, ctx.audience(c.audience), _filled(c.purpose, ctx), c.channel,
                            _filled(c.frequency, ctx), ctx.holder(c.owner), True, ctx.reaches_plain_readers(c.audience)))
    return Plan(tuple(rows), tuple(covered), tuple(left_out))


def why_not(c: Ceremony, q: m.Questionnaire, locale: Optional[Locale] = None) -> Optional[str]:
    """Return why a standard item is not planned (in words), or None when it is: the event it needs cannot happen
    in this project, or nobody holds the role that runs it (a duty is never handed to someone else)."""
    _ = (locale or english()).gettext
    if c.needs is not None and not _has(c.needs, q):
        return _(NEEDS[c.needs])
    if c.owner in ROLE_NOUNS and not getattr(q.roles, c.owner):
        return _("no %(role)s is named to run it", role=_(ROLE_NOUNS[c.owner]))
    return None


def _has(need: str, q: m.Questionnaire) -> bool:
    """Return True when the answers show what a standard item needs (see `NEEDS`)."""
    if need == "gates":
        return any(ph.gate for ph in q.project.phases)
    if need == "sprints":
        return bool(q.project.sprint_length_weeks)
    if need == "releases":
        names = [ms.name for ms in q.milestones] + [d.name for d in q.scope.deliverables]
        return any(release_words().search(name) for name in names)
    return False  # "decisions": who decides changes is the change-control plan's alone


def covers(item: m.CommunicationItem, c: Ceremony, q: m.Questionnaire) -> bool:
    """Return True when the project's own item covers a standard one: known names of the same meeting or report
    (or names that say the same), or the same kind of job at the same frequency for everyone it is for by role."""
    groups = same_meetings()
    group = groups.get(meeting_key(c.name))
    if group is not None and groups.get(meeting_key(item.name)) == group:
        return True
    if _same_name(normalize(c.name), normalize(item.name)):
        return True
    if group is None or not meeting_words()[group].search(item.name):
        return False
    weeks = q.project.sprint_length_weeks
    if not cadences(c.frequency, weeks) & cadences(item.frequency, weeks):
        return False
    return _for_by_role(c, q) <= _reached(item, q)


def _same_name(a: str, b: str) -> bool:
    """Return True when two meeting names say the same thing (one contains the other, or nearly equal)."""
    return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _for_by_role(c: Ceremony, q: m.Questionnaire) -> set[str]:
    """Return the people a standard item is for by role: the holders of the roles its audience names."""
    return {m.same_name(name) for word in c.audience if word in ROLE_NOUNS and (name := getattr(q.roles, word))}


def _reached(item: m.CommunicationItem, q: m.Questionnaire) -> set[str]:
    """Return the people an item of the project's reaches: its audience (every stakeholder for 'stakeholders' or
    'everyone') and its owner."""
    if any(word in BROAD for word in item.audience):
        return {m.same_name(p.name) for p in q.people}
    names = [getattr(q.roles, w) if w in ROLE_NOUNS else w for w in item.audience]
    return {m.same_name(n) for n in names + [item.owner] if n}


def _filled(text: str, ctx: Planner) -> str:
    """Return a standard item's text with the answers filled in: GATES (the phases' gates) and CHANGE_REVIEW (what
    it does with change requests, by `change_deciders`)."""
    if "GATES" in text:
        text = text.replace("GATES", ctx.in_words([ph.gate for ph in ctx.q.project.phases if ph.gate]))
    if "CHANGE_REVIEW" in text:
        text = text.replace("CHANGE_REVIEW", " " + ctx.locale.gettext(CHANGE_REVIEW[change_deciders(ctx.q)]))
    return text

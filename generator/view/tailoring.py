"""Methodology and project-type knowledge, read from ``generator/data``.

The knowledge lives in two YAML files a PM could read and improve; this module
only types it.  Placeholders ``SPRINT_WEEKS`` and ``WIP_LIMIT`` are filled from
the questionnaire.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Optional, Sequence

from generator.i18n.locales import N_, Locale, english
from generator.record import Record
from generator.questionnaire.organizations import any_word as _any_word
from generator.questionnaire.mentions import key_of as meeting_key
from generator.resources import knowledge



class RoleInfo(Record):
    """Return a methodology role and which questionnaire role holds it."""

    role: str
    responsibility: str
    holder: str
    needs: Optional[str] = None  # what the answers must show for the role to have work here (gates), as a ceremony's
    shared: Optional[str] = None  # another project role that shares it with ``holder`` when someone holds that one


class Ceremony(Record):
    """Return a methodology's standard meeting or report."""

    name: str
    audience: tuple[str, ...]
    purpose: str
    channel: str
    frequency: str
    owner: str
    needs: Optional[str] = None  # what the answers must show for it to be planned: gates, sprints, releases, decisions, start
    detail: Optional[str] = None  # its usual specifics (tools, rota, length) nobody answered: guidance, not the row
    fallback: Optional[str] = None  # the role that runs it when nobody holds ``owner`` (hybrid: the project manager)
    hold: bool = False  # it goes on while the project is on hold (the sponsor's governance), unlike delivery meetings
    excluded_by: Optional[str] = None  # the out-of-scope item whose words exclude it (``unless_out``): not proposed


class MethodologyInfo(Record):
    """Return how a methodology runs a project."""

    key: str
    label: str
    approach: str
    cadence: str
    roles: tuple[RoleInfo, ...]
    ceremonies: tuple[Ceremony, ...]
    change_small: str
    change_large: str
    acceptance: str
    reporting: str
    pm_authority: str
    plain: str  # the method in a few plain words, for readers who do not know it


class TypicalRisk(Record):
    """Return a risk typical of a kind of project."""

    risk: str
    likelihood: str
    impact: str
    mitigation: str


class TypeInfo(Record):
    """Return what a kind of project typically involves."""

    key: str
    label: str
    one: str
    many: str
    risks: tuple[TypicalRisk, ...]
    stakeholders: tuple[tuple[str, str], ...]
    acceptance_checks: tuple[str, ...]
    glossary: tuple[tuple[str, str], ...]


_data = knowledge  # one of the knowledge files, parsed once (`generator.resources.knowledge`)


BACKLOG_OWNERS = {  # who orders the backlog, in the change flow's guidance: never a role nobody holds
    True: N_("the product owner"),
    False: N_("whoever orders the backlog (no product owner is named in this project)"),
}


def _fill(text: str, sprint_weeks: Optional[int], wip_limit: Optional[int], locale: Optional[Locale] = None,
          product_owner: bool = True) -> str:
    """Return text with the sprint length, WIP limit and backlog owner filled in (in ``locale``'s words when there
    is no limit, or no product owner)."""
    text = " ".join(text.split())
    if "BACKLOG_OWNER" in text:
        text = text.replace("BACKLOG_OWNER", (locale or english()).gettext(BACKLOG_OWNERS[product_owner]))
    # A sprint length nobody answered is not invented: "each 2-week sprint" becomes "each sprint".
    text = text.replace("SPRINT_WEEKS", str(sprint_weeks)) if sprint_weeks else text.replace("SPRINT_WEEKS-week ", "")
    if "WIP_LIMIT" not in text:
        return text
    # Translators: stands for a Kanban work-in-progress limit the questionnaire does not give, within a sentence.
    # (the project's own limit said to be its own, inside guidance: review 132a F11, "with the work-in-progress limit
    # set to 4, the queue is replenished weekly" read as the project's agreed cadence)
    limit = ((locale or english()).gettext("this project's: %(limit)s", limit=str(wip_limit)) if wip_limit
             else (locale or english()).gettext("a number agreed with the team"))
    return text.replace("WIP_LIMIT", limit)


def methodology(key: str, sprint_weeks: Optional[int] = None, wip_limit: Optional[int] = None,
                locale: Optional[Locale] = None, product_owner: bool = True, out: Sequence[str] = ()) -> MethodologyInfo:
    """Return the methodology's knowledge with the project's cadence filled in (``locale``: the documents' language;
    ``product_owner``: whether the project names one, to order the backlog; ``out``: what the scope excludes, whose
    words take a duty from a role and leave a meeting unproposed, ``unless_out``)."""
    raw = _data("methodologies.yaml")[key]

    def fill(text: str) -> str:
        return _fill(text, sprint_weeks, wip_limit, locale, product_owner)

    def excluding(words: Optional[Sequence[str]]) -> Optional[str]:
        """Return the first out-of-scope item holding one of ``words``, if any."""
        found = _any_word([str(w) for w in words]) if words else None
        return next((item for item in out if found is not None and found.search(item)), None)

    def role(r: dict[str, Any]) -> RoleInfo:
        other = r.get("unless_out")
        said = other if other and excluding(other["words"]) else r  # the role as the scope leaves it
        return RoleInfo(said["role"], fill(said["responsibility"]), r["holder"], r.get("needs"), r.get("shared"))

    return MethodologyInfo(
        key=key,
        label=raw["label"],
        approach=fill(raw["approach"]),
        cadence=fill(raw["cadence"]),
        roles=tuple(role(r) for r in raw["roles"]),
        ceremonies=tuple(
            Ceremony(c["name"], tuple(c["audience"]), fill(c["purpose"]), fill(c["channel"]), fill(c["frequency"]),
                     c["owner"], c.get("needs"), fill(c["detail"]) if c.get("detail") else None, c.get("fallback"),
                     bool(c.get("hold")), excluding(c.get("unless_out")))
            for c in raw["ceremonies"]
        ),
        change_small=fill(raw["change_flow"]["small"]),
        change_large=fill(raw["change_flow"]["large"]),
        acceptance=fill(raw["acceptance"]),
        reporting=fill(raw["reporting"]),
        pm_authority=fill(raw["pm_authority"]),
        plain=raw["plain"],
    )


def project_type(key: str) -> TypeInfo:
    """Return what the given kind of project typically involves."""
    raw = _data("project_types.yaml")[key]
    return TypeInfo(
        key=key,
        label=raw["label"],
        one=raw["one"],
        many=raw["many"],
        risks=tuple(TypicalRisk(" ".join(r["risk"].split()), r["likelihood"], r["impact"], " ".join(r["mitigation"].split()))
                    for r in raw["risks"]),
        stakeholders=tuple((s["stakeholder"], " ".join(s["why"].split())) for s in raw["stakeholders"]),
        acceptance_checks=tuple(" ".join(c.split()) for c in raw["acceptance_checks"]),
        glossary=tuple((g["term"], " ".join(g["meaning"].split())) for g in raw["glossary"]),
    )


def heeding(info: MethodologyInfo, constraints: list[str]) -> MethodologyInfo:
    """Return a methodology's knowledge without the sentences that say changes go ahead with no approval, when a
    recorded constraint asks for a signature or an approval (the project's constraints take precedence over what
    such projects usually do; ``generator/data/meetings.yaml``, approval_words)."""
    asks, waives = approval_words()
    if not any(asks.search(c) for c in constraints):
        return info

    def kept(text: str) -> str:
        return " ".join(s for s in SENTENCE.split(text) if not waives.search(s))

    return MethodologyInfo(info.key, info.label, kept(info.approach), kept(info.cadence), info.roles, info.ceremonies,
                           kept(info.change_small), kept(info.change_large), kept(info.acceptance),
                           kept(info.reporting), info.pm_authority, info.plain)


SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # between two sentences of the knowledge's (English) text


@functools.lru_cache(maxsize=None)
def same_meetings() -> dict[str, int]:
    """Return, for every known name of a meeting or report, the number of its group of equivalent names
    (``generator/data/meetings.yaml``: a daily stand-up is a daily scrum)."""
    groups = _data("meetings.yaml")["equivalents"]
    return {meeting_key(str(name)): number for number, group in enumerate(groups) for name in group["names"]}


@functools.lru_cache(maxsize=None)
def meeting_words() -> tuple[re.Pattern[str], ...]:
    """Return, per group of equivalent meetings (numbered as in `same_meetings`), how to find its kind of job in a
    meeting's name: any of the group's words, whole, ignoring case (a pattern that matches nothing when it has none)."""
    return tuple(_any_word(group.get("words") or []) for group in _data("meetings.yaml")["equivalents"])


@functools.lru_cache(maxsize=None)
def live_groups() -> tuple[bool, ...]:
    """Return, per group of equivalent meetings (numbered as in `same_meetings`), whether it is always held live."""
    return tuple(bool(group.get("live")) for group in _data("meetings.yaml")["equivalents"])


@functools.lru_cache(maxsize=None)
def group_flags(key: str) -> tuple[bool, ...]:
    """Return, per group of equivalent meetings (numbered as in `same_meetings`), whether its entry sets ``key``:
    ``held_for_team`` (any live meeting its owner holds for the team as often does its job), ``any_audience`` (an
    item its words name as often does its job, whoever it goes to)."""
    return tuple(bool(group.get(key)) for group in _data("meetings.yaml")["equivalents"])


@functools.lru_cache(maxsize=None)
def any_cadence_groups() -> tuple[frozenset[str], ...]:
    """Return, per group of equivalent meetings (numbered as in `same_meetings`), the methodologies in which a
    project's item named with its words replaces the standard one whatever the frequencies (``any_cadence``)."""
    return tuple(frozenset(group.get("any_cadence") or ()) for group in _data("meetings.yaml")["equivalents"])


@functools.lru_cache(maxsize=None)
def meeting_purposes() -> tuple[re.Pattern[str], ...]:
    """Return, per group of equivalent meetings (numbered as in `same_meetings`), how to find its kind of job in a
    meeting's purpose: any of the group's purpose phrases, whole, ignoring case (none: a pattern matching nothing)."""
    return tuple(_any_word(group.get("purpose") or []) for group in _data("meetings.yaml")["equivalents"])


@functools.lru_cache(maxsize=None)
def cadence_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Return each cadence (daily, weekly, fortnightly, ...) with how to find it in a frequency, in the order they are
    looked for (``generator/data/meetings.yaml``)."""
    return tuple((str(name), _any_word(words)) for name, words in _data("meetings.yaml")["cadences"].items())


@functools.lru_cache(maxsize=None)
def gate_decisions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return how to find, in an item's name or purpose, a decision and a gate (an item naming both decides the
    gates)."""
    data = _data("meetings.yaml")["gate_decisions"]
    return _any_word(data["decide"]), _any_word(data["gates"])


@functools.lru_cache(maxsize=None)
def approval_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return how to find a constraint that asks for a signature or an approval, and a sentence that says changes
    go ahead without one."""
    data = _data("meetings.yaml")["approval_words"]
    return _any_word(data["asks"]), re.compile(data["waives"], re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def release_words() -> re.Pattern[str]:
    """Return how to find a release in a milestone's or deliverable's name."""
    return _any_word(_data("meetings.yaml")["release_words"])


@functools.lru_cache(maxsize=None)
def _no_change_answers() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in _data("answer_words.yaml")["no_change"])


def says_no_change(answer: Optional[str]) -> bool:
    """Return True when an impact answer says the change changes nothing ("None", "No change.", "Sin cambio de
    alcance"), as ``generator/data/answer_words.yaml`` lists them: the whole answer, or its first sentence or
    clause before a semicolon when the rest adds or removes nothing ("No scope change; migration waves re-planned",
    review 49c F11; "No change to features; one report added" is a change)."""
    first, *rest = re.split(r";|\.\s", (answer or "").strip().replace("\u2019", "'"), maxsplit=1)
    said = first.strip().rstrip(".").strip().casefold()
    # "No scope change; extends parallel run" names the scope and says it does not change: a length the rest
    # extends or reduces is of time, not of the scope (review 53c F4); what it adds or removes still is
    found = [w.casefold() for w in CHANGING.findall(rest[0])] if rest else []
    # ... or what it adds is time, money or effort, not a deliverable ("No scope change; adds vendor time and
    # materials", review 86b F6)
    effort = bool(rest) and bool(_EFFORT.search(rest[0])) and not _DELIVERABLE.search(rest[0])
    if found and not (_SCOPE_WORD.search(said) and (all(w.startswith(("extend", "reduc")) for w in found) or effort)):
        return False
    if said in _no_change_answers():
        return True
    # ... with a note in brackets that changes nothing: "변경 없음 (품질 목표 유지)", "No change (quality target
    # kept)" (review 98c F6)
    bare = re.match(r"(.+?)\s*[(（]([^)）]*)[)）]$", said)
    if bare and bare.group(1).strip() in _no_change_answers() and not CHANGING.search(bare.group(2)):
        return True
    # ... or says so of the scope of one part: "Nenhuma mudança no escopo do relatório", "No change to the scope of
    # the report" (review 95b F2), adding nothing after it
    of_scope = _OF_SCOPE.match(said)
    if of_scope is not None and of_scope.group(1) in _no_change_answers() and not _BUT.search(of_scope.group(2)):
        return True
    # ... or after a clause saying what else changes, adding nothing: "Cambio de secuencia, sin cambio de alcance"
    # (review 107c F8)
    head, _comma, tail = said.rpartition(",")
    return bool(head) and not rest and _SCOPE_WORD.search(tail) is not None and not _BUT.search(head) \
        and says_no_change(tail)


_EFFORT = re.compile(r"\b(?:time|cost|costs|effort|hours|days|weeks|budget|money|resources?|materials|capacity"
                     r"|consult\w*|contractors?|staff|fte|licen[cs]e\w*|fees?)\b", re.IGNORECASE)
_DELIVERABLE = re.compile(r"\b(?:feature\w*|report\w*|screens?|modules?|deliverables?|functions?|interfaces?"
                          r"|integrations?|fields?|dashboards?|sites?|users?)\b", re.IGNORECASE)


_SCOPE_WORD = re.compile(r"\b(?:scope|\w*umfang\w*|alcance|périmètre|perimetro|escopo|zakres\w*|reikwijdte)\b",
                         re.IGNORECASE)


# words that make what follows a no-change clause a change after all ("; one report added")
CHANGING = re.compile(r"\b(?:add|adds|added|adding|new|extra|more|includ\w*|plus|remov\w*|drop\w*|replac\w*"
                      r"|delet\w*|extend\w*|reduc\w*|expand\w*"
                      # German, French, Spanish, Dutch: what the rest adds or removes ("zwei Hörsäle zusätzlich")
                      r"|zusätzlich\w*|neu\w*|gestrichen|entfällt|entfallen|ajout\w*|supprim\w*|nouve\w*"
                      r"|añad\w*|agreg\w*|elimin\w*|nuev\w*|toegevoegd|extra|geschrapt|nieuw\w*"
                      # Latvian, Bulgarian
                      r"|pievieno\w*|papildu|jaun\w*|izņem\w*|добав\w*|нов\w*|премахн\w*"
                      # Polish, Kazakh (review 144a: "Bez zmian zakresu; 12 dodatkowych punktów dostępowych")
                      r"|dodatkow\w*|dodan\w*|dodaj\w*|now[yaeio]\w*|usunię\w*|usuw\w*|rozszerz\w*|қосыл\w*|қосу\w*|жаңа"
                      # Hausa, Swahili: "an ƙara LGAs 12", "imeongezwa", "mpya"
                      r"|ƙara|karin|ƙarin|cire|sabo|sabon|ongez\w*|mpya|ondol\w*)\b",
                      re.IGNORECASE)


# a no-change head, then "to/in/no/en ... the scope", and the rest: what scope it is (group 2)
_OF_SCOPE = re.compile(r"(.+?)\s+(?:to|in|on|of|for|no|na|do|da|de|del|en|en el|au|du|sur le|am|im|des|zum|van|in het"
                       r"|nel|nell')\s*(?:the\s+|o\s+|a\s+|el\s+|le\s+|la\s+|l'|het\s+|den\s+|dem\s+|il\s+)?"
                       r"(?:scope|escopo|alcance|périmètre|perimetro|\w*umfang\w*|reikwijdte|ambito)\b(.*)", re.IGNORECASE)
_BUT = re.compile(r"\b(?:but|mas|pero|aber|mais|ma|maar|except|exceto|excepto|sauf|außer)\b|" + CHANGING.pattern,
                  re.IGNORECASE)



class TermFinder:
    """Finds a term as a whole word or phrase, ignoring case; its pattern is compiled only once a text holds the
    term's first word (compiling the glossary's hundred patterns cost ~10 ms of every run)."""

    def __init__(self, term: str, unless: Sequence[str] = ()) -> None:
        self.words = re.split(r"[\s-]+", term)
        self.first = self.words[0].casefold()
        self.unless = tuple(unless)  # phrases holding the words in another sense ("meets on call")
        self._pattern: Optional[re.Pattern[str]] = None

    def search(self, text: str) -> Optional[re.Match[str]]:
        """Return where the term is in ``text`` (None: nowhere), outside the phrases that use its words otherwise."""
        if self.first not in _folded(text):
            return None
        if self._pattern is None:
            words = r"[\s-]+".join(re.escape(w) for w in self.words)
            self._pattern = re.compile(rf"\b{words}s?\b", re.IGNORECASE)
        if self.unless:
            text = re.sub("|".join(rf"\b{re.escape(phrase)}\b" for phrase in self.unless), " ", text, flags=re.IGNORECASE)
        return self._pattern.search(text)


@functools.lru_cache(maxsize=8)
def _folded(text: str) -> str:
    """Return a text case-folded (kept for the terms searched in the same text one after another)."""
    return text.casefold()


@functools.lru_cache(maxsize=None)
def plain_terms(project_type: Optional[str] = None) -> tuple[tuple[str, str, TermFinder], ...]:
    """Return the terms a non-technical reader may not know, each with its meaning (the one for ``project_type``
    where the data gives one: a data pipeline's "pipeline" moves data, review 49c F3) and how to find it in text
    (``generator/data/plain_terms.yaml``: a whole word or phrase, ignoring case; 'WIP' matches 'WIP limit' only)."""
    return tuple((str(entry["term"]), str((entry.get("by_type") or {}).get(project_type, entry["meaning"])),
                  TermFinder(str(entry["term"]), [str(p) for p in entry.get("unless") or ()]))
                 for entry in _data("plain_terms.yaml")["terms"])

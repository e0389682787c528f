"""What the executive summary says of the running project beyond the figures: the decision that put it on hold,
the issues it names, why areas are rated amber or red, and whether the latest status report is out of date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Sequence

from generator.questionnaire import model as m
from generator.questionnaire import rules
from generator.questionnaire.iso_dates import iso_days
from generator.questionnaire.mentions import Words, key_of, names, significant
from generator.questionnaire.reached import iso_worded
from generator.view.running import issues_in_order

# a decision that speaks of putting the project on hold (English, German, French, Spanish, Dutch words)
# (review 80c F1: "Suspender o projeto até ..." was not read as the hold)
_HOLD = rules.HOLD_WORDS  # a decision's words that speak of a hold


def hold_decision(q: m.Questionnaire) -> Optional[m.LoggedDecision]:
    """Return, for a project on hold, the newest logged decision whose words speak of a hold (`_HOLD`: "Put the
    project on hold until ..."), the executive summary quotes it; None otherwise."""
    if q.project.status != "on-hold":
        return None
    # a decision taken during the hold speaks of it without putting the project on it (review 105b F1: "Approve
    # retention allowances for two senior security engineers during the pause" taken for the hold decision)
    # (nor one that weighs a hold and takes another way: review 163b F1, "Keep the Keystone subscription during the
    # hold instead of suspending it" taken for the hold decided a month before)
    putting = [d for d in q.decisions if any(not _TAKEN_IN.search(d.decision[:found.start()])
                                             and not _NOT_TAKEN.search(d.decision[:found.start()])
                                             for found in _HOLD.finditer(d.decision))]
    return max(putting, key=lambda d: d.date, default=None)


# words before a hold's word that make it the time of another decision, not a decision to hold
_TAKEN_IN = re.compile(r"\b(?:during|while|through|throughout|for the duration of|despite|over|in|amid|after"
                       r"|während|pendant|durante|tijdens|under|aikana)\s+(?:the|this|its|our|der|die|dem|la|le|el|o|a)?"
                       r"\s*$", re.IGNORECASE)


# words before a hold's word that say it was not chosen: "instead of suspending it", "rather than pausing", "not to
# pause", "without stopping"
_NOT_TAKEN = re.compile(r"\b(?:instead of|rather than|not|without|avoid(?:s|ed|ing)?|no)\s+(?:to\s+)?(?:\w+\s+)?$",
                        re.IGNORECASE)


# a hold decision's words saying some work goes on through it ("Development work on the SDTM mappings continues in the
# development environment only": review 92c F6, read as "all work stops")
_GOES_ON = re.compile(r"\b(?:work|development|build|testing|design|analysis|team|teams|coding|documentation)\b"
                      r"[^.;:]{0,80}?\b(?:continues?|continuing|goes on|carr(?:y|ies) on|proceeds?|keeps? going"
                      r"|is not paused|are not paused)\b", re.IGNORECASE)
# ... or keeps a team at work: "Keep a team of 4 on penetration-test fixes" (review 94a F1), "a reduced team continues"
_TEAM_KEPT = re.compile(r"\bkeep\w*\s+(?:a|the|an?)?\s*(?:reduced\s+|small\s+|core\s+|skeleton\s+)?(?:team|crew|squad)\b"
                        r"|\b(?:reduced|core|skeleton|minimal)\s+(?:team|crew|squad)\b(?!\s+(?:is|was)\s+(?:released|stood down))",
                        re.IGNORECASE)
_NONE_GOES_ON = re.compile(r"\b(?:no|nor|not|neither)\s+(?:\w+\s+){0,2}?(?:work|development|build|testing|design)\b",
                           re.IGNORECASE)


def work_goes_on(q: m.Questionnaire) -> Optional[m.LoggedDecision]:
    """Return the hold decision (`hold_decision`), or a decision logged on or after its day, whose words say some of
    the work goes on through the hold (`_GOES_ON`): the team's own meetings go on with it; None otherwise (review 97b
    F2b: "Keep the PMU core team in place during the stay", a decision of its own after the hold's)."""
    if q.project.status != "on-hold":
        return None
    hold = hold_decision(q)
    # with no decision naming the hold, those speaking of a time it lasts ("during the stay")
    later = ([d for d in q.decisions if d is not hold and d.date >= hold.date and d.decision] if hold is not None
             else [d for d in q.decisions if d.decision and _DURING.search(d.decision)])
    for decision in ([hold] if hold is not None else []) + sorted(later, key=lambda d: d.date):
        for sentence in re.split(r"(?<=[.;])\s+", decision.decision):
            found = _GOES_ON.search(sentence) or _TEAM_KEPT.search(sentence)
            if found and not _NONE_GOES_ON.search(sentence[:found.end()]):
                return decision
    return None


_DURING = re.compile(r"\b(?:during|while|throughout|until|bis|pendant|durante|tijdens|under)\b", re.IGNORECASE)
_THE_HOLD = re.compile(r"\b(?:the|a) hold\b", re.IGNORECASE)  # "whether the hold starts 16 October"


def answered_by_hold(q: m.Questionnaire, asked: str, date: dt.date) -> Optional[m.LoggedDecision]:
    """Return the decision that put the project on hold (`hold_decision`) when it was taken on or after ``date`` and
    a decision asked that day speaks of the hold: it answers it (review 82b F4: "Albion to confirm whether the hold
    starts 16 October" asked again beside decision D-04, which put the project on hold from 16 October)."""
    hold = hold_decision(q)
    if hold is None or hold.date < date or not (_HOLD.search(asked) or _THE_HOLD.search(asked)):
        return None
    # about the hold itself, as its words show: two significant words in common, beside the hold's own ("Manter ou
    # liberar o time offshore durante a suspensão" is a decision of its own, during the hold)
    shared = set(significant(_HOLD.sub(" ", asked))) & set(significant(_HOLD.sub(" ", hold.decision))) - {"hold"}
    return hold if len(shared) >= 2 else None


_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_NAME_WORD = re.compile(r"(?<=\S\s)(?-i:[A-Z][\w-]{3,})")  # a word written as a name, not the first of a sentence


def logged_since(q: m.Questionnaire, asked: str, date: dt.date) -> list[m.LoggedDecision]:
    """Return the decisions logged on ``date`` or after that settle a decision a status report of that day asks for:
    those naming it by ID, or giving the same day as the ask and a word written as a name ("Akceptacja nowego
    terminu EuroParcel (15.01.2027)" and D-04 "Uruchomienie EuroParcel przesunięte na 15.01.2027": review 98b F1, a
    decision the summary still said it needed)."""
    days = set(_DAY.findall(iso_worded(iso_days(asked), date)))
    words = {w.casefold() for w in _NAME_WORD.findall(asked)}

    def settles(d: m.LoggedDecision) -> bool:
        said = iso_worded(iso_days(" ".join(filter(None, (d.decision, d.rationale)))), date)
        shared = words & {w.casefold() for w in re.findall(r"[\w-]{4,}", said)}
        # ... or two words of the ask beside its day, in words too ("Aprobar mover el go/no-go al 15 de agosto" and
        # D-05 "Mover el comité go/no-go al 15 de agosto": review 130b F2)
        return names(d.id, asked) or bool(days & set(_DAY.findall(said)) and (shared or Words(asked).shared(said) >= 2))

    return [d for d in q.decisions if d.date >= date and settles(d)]


def still_asked(q: m.Questionnaire, report: m.StatusReport) -> list[str]:
    """Return the decisions a status report asks for, but those the hold decision has answered since
    (`answered_by_hold`)."""
    return [item for item in report.decisions_needed if not answered_by_hold(q, item, report.date)]


def rating_reasons(report: m.StatusReport, milestones: Sequence[m.Milestone] = ()
                   ) -> list[tuple[str, m.AreaStatus | m.BudgetStatus]]:
    """Return a report's areas rated amber or red, each with its status, whose note the report's summary does not
    already hold (letters and digits compared): the executive summary says why, once. A schedule rated green with a
    note, in a report that forecasts a milestone of ``milestones`` later than planned, is one too (review 56c F4:
    "schedule GREEN" above "28 days late", its note "measured against the plan re-baselined by CR-002" left out)."""
    summary = key_of(report.summary)
    planned = {ms.name: ms.date for ms in milestones}
    late = any(f.date > planned[f.milestone] for f in report.forecasts if f.milestone in planned)
    out: list[tuple[str, m.AreaStatus | m.BudgetStatus]] = []
    for area in ("scope", "schedule", "budget"):
        status = getattr(report, area)
        noted = status is not None and (status.rating in m.NOTED_RATINGS or (area == "schedule" and late))
        if status is not None and noted and status.note and key_of(status.note) not in summary:
            out.append((area, status))
    return out


def stale_by(q: m.Questionnaire, report: m.StatusReport) -> Optional[int]:
    """Return how many days the newest record (`rules.record_dates`) is later than a status report, when that is more
    than `rules.STALE_REPORT_DAYS`; else None."""
    if rules.held_since(q.project.status, [(d.date, d.decision) for d in q.decisions], report.date):
        return None  # the hold, after it, says why no report followed (review 86a)
    dates = rules.record_dates(q)
    days = (max(dates) - report.date).days if dates else 0
    return days if days > rules.STALE_REPORT_DAYS else None


def top_issues(q: m.Questionnaire) -> list[m.Issue]:
    """Return the open issues the executive summary names, in the issue log's order: the critical ones, else (none
    is critical) the high-priority ones."""
    live = [i for i in issues_in_order(q) if i.status in m.OPEN_ISSUE_STATUSES]
    return [i for i in live if i.priority == "critical"] or [i for i in live if i.priority == "high"]


def risks_handed_over(q: m.Questionnaire, open_ids: Sequence[str]) -> list[tuple[m.LoggedDecision, list[str]]]:
    """Return, for a closed project, the logged decisions that name open risks (by ID, or as related), each with
    those of ``open_ids`` it names: where the risks left open went at closing (review 104a F8: "Security Operations
    owns open risks R-01, R-02, R-06 and R-07", shown in the register for the one occurred risk alone)."""
    if q.project.status != "closed":
        return []
    found = [(d, [i for i in open_ids if i in d.related or names(i, d.decision)]) for d in q.decisions]
    return [(d, ids) for d, ids in found if ids]


def handed_over_by(q: m.Questionnaire, risk_id: Optional[str], open_ids: Sequence[str]) -> Optional[m.LoggedDecision]:
    """Return the newest logged decision of a closed project that names an open risk (`risks_handed_over`), the one
    the executive summary gives beside it (review 159a F5: two open risks on a closed project's page, the closing
    decision that transferred them to operations unsaid); None otherwise."""
    return max((d for d, ids in risks_handed_over(q, open_ids) if risk_id in ids), key=lambda d: d.date, default=None)


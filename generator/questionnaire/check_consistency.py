"""Cross-checks a senior PM makes before signing: answers that contradict each other.

Each check fires only on a plain contradiction between two answers (a status and the
words of its own decision, a closed project and open work, a green rating beside a red
one), never on a matter of judgement, so a reasonable project passes them all.
"""

from __future__ import annotations

import dataclasses

import re
from typing import Optional

from generator.i18n.english import amount
from generator.questionnaire import model as m
from generator.questionnaire.checking import Checking, items
from generator.diagnostics import KeyPath
from generator.questionnaire.funding import (OTHER_SOURCE, cost_funding, cut_amount, cut_read, included_part, increase_days,
                                              increase_read, new_total, raised_part, raised_where, request_part,
                                              voted_words, voting_id)
from generator.questionnaire.rules import (BODY, OPEN_RISK_STATUSES, budget_increases, drawn, spent_part,
                                          risk_id, says_handed_over)

# The outcome a decision note states: its word at the start of a sentence ("Deferred to Q3") or after
# "was", "is", "has been" ("The request was rejected"); a future or negated word ("will be approved",
# "not approved") says nothing certain, so it is not read (English answers only).
OUTCOME_FORMS = {"approved": "approved", "rejected": "rejected|declined|refused|turned down",
                 "deferred": "deferred|postponed|put on hold|parked"}
OUTCOME_WORDS: dict[str, re.Pattern[str]] = {
    outcome: re.compile(rf"(?:^|[.;:!?]\s)\W*(?:{forms})\b|\b(?:was|were|is|are|has been|have been)\s+(?:{forms})\b",
                        re.IGNORECASE)
    for outcome, forms in OUTCOME_FORMS.items()
}
# The outcomes a status is consistent with: an implemented request was approved first.
OWN_OUTCOMES = {"approved": ("approved",), "implemented": ("approved",), "rejected": ("rejected",),
                "deferred": ("deferred",)}


def outcomes(notes: str) -> set[str]:
    """Return the outcomes (approved, rejected, deferred) a decision note's words name."""
    return {outcome for outcome, words in OUTCOME_WORDS.items() if words.search(notes)}


def warn_decision_notes(c: Checking) -> None:
    """Warn about a decided change request whose decision notes describe another outcome than its status."""
    cc = c.q.change_control
    for i, cr in items(cc.requests if cc else None):
        notes = cr.decision.notes if cr.decision else None
        own = OWN_OUTCOMES.get(cr.status or "")
        if not notes or own is None:
            continue
        said = outcomes(notes)
        if said and not said & set(own):
            other = sorted(said)[0]
            status_line = c.draft.mark(("change_control", "requests", i, "status")).line
            c.warn(("change_control", "requests", i, "decision", "notes"),
                   f"request '{cr.id}' is {cr.status} (line {status_line}) but its decision notes say it was "
                   f"{other}: make the status and the notes agree")


# A decision note or description that says how a request is paid for: the documents count an approved request's
# cost against the contingency unless impact.funding says otherwise (English, and a budget increase or "not from the
# reserve" in German, French, Spanish, Italian, Portuguese, Dutch and Polish: review 43a's "z podwyższenia budżetu").
FUNDING_WORDS = re.compile(
    r"\b(?:budget (?:increase|uplift|top-up|transfer)|increases? (?:to |of )?the budget|(?:extra|additional|new|separate)"
    r" (?:budget|funding|funds)|fund(?:ed|ing)? (?:by|from|through|out of)|paid (?:by|from|out of)|transfer(?:red)? from"
    r"|not (?:from|out of|against) (?:the )?(?:project(?:'s)? )?contingency|outside (?:the )?contingency"
    r"|budgeterhöhung|budgetaufstockung|erhöhung des budgets|nicht aus der (?:projekt)?reserve"
    r"|augmentation du budget|rallonge budgétaire|hors (?:de la )?(?:réserve|provision)"
    r"|ampliación (?:de|del) presupuesto|aumento (?:de|del) presupuesto|no con cargo a la (?:reserva|contingencia)"
    r"|aumento del budget|incremento del budget|non dalla riserva|aumento (?:do|de) orçamento|não da reserva"
    r"|budgetverhoging|verhoging van het budget|niet uit de (?:reserve|onvoorziene kosten)"
    r"|podwyższeni\w* budżetu|zwiększeni\w* budżetu|nie z rezerwy|budget from)\b", re.IGNORECASE)


def warn_funding_in_words(c: Checking) -> None:
    """Warn about an approved request with a cost whose notes or description say how it is paid for, while
    impact.funding is not answered: the documents count it against the contingency, which the words may deny."""
    cc = c.q.change_control
    for i, cr in items(cc.requests if cc else None):
        if cr.status not in m.APPROVED_STATUSES or cr.impact is None or not cr.impact.cost or cr.impact.funding:
            continue
        budget = c.q.project.budget if c.q.project else None
        how = increase_read(cr, budget.amount if budget is not None else None, voted_words(cr, c.q.decisions or []))
        cut = cut_read(cr, budget.amount if budget is not None else None, voted_words(cr, c.q.decisions or []))
        if cut:  # reviews 140a F7, 140c F3: a cut its words say, hinted at as read
            words = cut_amount(dataclasses.replace(cr, impact=dataclasses.replace(cr.impact, cost=0)),
                               budget.amount if budget is not None else None)
            c.hint(("change_control", "requests", i, "impact", "cost"),
                   f"request '{cr.id}' is read from its words as a cut of the budget, not a saving of the changes"
                   + (f" (by {budget.currency + ' ' if budget is not None and budget.currency else ''}{amount(-cr.impact.cost)}, the amount they move the budget by: impact.cost, where 0 or not "
                      "answered, is taken to be that)" if words is not None and abs(words - cr.impact.cost) < 0.5 else "")
                   + ": "
                   + ("project.budget.amount is taken to be the budget after it, as they give that amount, and the "
                      "status reports before its decision show the budget before it" if cut == "included" else
                      "the documents take it off project.budget.amount, the baseline, as for impact.funding: "
                      "budget-increase with a negative cost")
                   + ": if that is not what they say, answer impact.funding (contingency, budget-increase or other)")
            continue
        if how:  # reviews 94c F2 ("Funded by a budget increase of AUD 120,000"), 108c F1 ("예산을 ... 증액")
            where = raised_where(cr)
            vote = (voting_id(cr, c.q.decisions or [], budget.amount if budget is not None else None)
                    if how == "included" and increase_read(cr, budget.amount if budget is not None else None) == "added"
                    else None)  # the new total a logged decision voting the increase gives (review 133b F3)
            c.hint(("change_control", "requests", i) + (("decision", "notes") if where == "notes" else ("description",)),
                   f"request '{cr.id}' is read from its {'decision notes' if where == 'notes' else 'description'} as "
                   "paid by a budget increase, none of it from the contingency reserve, and "
                   + (f"project.budget.amount, the new total decision {vote or 'logged'} gives, is taken to include it"
                      if vote is not None else
                      "project.budget.amount, the new total they give, is taken to include it" if how == "included"
                      else "the documents add it to project.budget.amount, the baseline, as for impact.funding: "
                      "budget-increase")
                   + ": if that is not what they say, answer impact.funding (contingency, budget-increase or other)")
            continue
        for at, text in ((("decision", "notes"), cr.decision.notes if cr.decision else None),
                         (("description",), cr.description)):
            found = FUNDING_WORDS.search(text or "") or OTHER_SOURCE.search(text or "")
            said = cost_funding(text, cr.impact.cost)
            part = request_part(cr)
            if said in ("shared", "other") and part is not None:
                # its words give the contingency's part, which the documents count (review 67b F7), or say it pays
                # none ("no con la contingencia", reviews 81b F1, 81c F2): said as read (review 93a: nothing said how
                # the notes were read, and they drive every contingency figure)
                where = "decision notes" if at[0] == "decision" else "description"
                budget = c.q.project.budget if c.q.project else None
                money = f"{budget.currency} " if budget is not None and budget.currency else ""
                total = budget.amount if budget is not None else None
                votes = voted_words(cr, c.q.decisions or [])
                rest = ("by a budget increase, which the documents add to project.budget.amount"
                        if raised_part(cr, total, votes) else
                        # (its words, or a logged decision voting it, give the answered amount as the new total)
                        "by a budget increase, which project.budget.amount, the new total "
                        + (f"decision {vote} gives" if (vote := voting_id(cr, c.q.decisions or [], total)) else
                           "they give") + ", is taken to include"
                        if included_part(cr, total, votes) else "from another source")
                read = ("paid by another source, none of it from the contingency reserve" if not part else
                        f"paid {money}{amount(part)} from the contingency reserve and the rest ({money}"
                        f"{amount(cr.impact.cost - part)}) {rest}")
                c.hint(("change_control", "requests", i) + at,
                       f"request '{cr.id}' is read from its {where} as {read}, and the documents count it so: "
                       "if that is not what they say, answer impact.funding (contingency, budget-increase or other)")
                break
            if found and said != "contingency":  # unless it says so, as the documents count it
                c.warn(("change_control", "requests", i) + at,
                       f"request '{cr.id}' says how it is paid for (\"{_sentence(text or '', found.start())}\") but "
                       "impact.funding is not "
                       "answered, so the documents count its cost against the contingency reserve: answer "
                       "impact.funding (contingency; budget-increase when the budget grows to pay for it: "
                       "project.budget.amount then stays the original baseline; or other when another budget or "
                       "party pays it, which this project's budget and contingency then leave out)"
                       + ("; its words name the contingency and another source, and a cost shared between sources is "
                          "counted whole against the one impact.funding names" if said == "shared" else ""))
                break


def _sentence(text: str, at: int) -> str:
    """Return the sentence (or clause up to a semicolon) of a text around a position, at most 100 characters."""
    # a full stop ends a sentence where a space or the end follows it, not in "130.000" (review 73b)
    marks = [found.start() for found in re.finditer(r"[.;](?=\s|$)", text)]
    start = max((i for i in marks if i < at), default=-1) + 1
    end = min((i for i in marks if i >= at), default=len(text))
    sentence = " ".join(text[start:end].split())
    return sentence if len(sentence) <= 100 else sentence[:99] + "…"


def warn_board_without_members(c: Checking) -> None:
    """Warn, once, about decisions and approvals made by the change board when no change board is recorded."""
    cc = c.q.change_control
    if cc is not None and any(True for _ in items(cc.board)):
        return
    found: list[KeyPath] = []
    for i, cr in items(cc.requests if cc else None):
        if cr.decision is not None and cr.decision.by == m.BOARD:
            found.append(("change_control", "requests", i, "decision", "by"))
    for i, decision in items(c.q.decisions):
        if decision.by == m.BOARD:
            found.append(("decisions", i, "by"))
    for i, approval in items(c.q.approvals):
        if approval.by == m.BOARD:
            found.append(("approvals", i, "by"))
    if found:
        more = f" (and {len(found) - 1} more, from line {c.draft.mark(found[1]).line})" if len(found) > 1 else ""
        c.warn(found[0], f"the change board is named as the one who decided or approved{more}, but no change "
                         "board is recorded: add change_control.board: (its members), or name the person who did")


def warn_decision_without_status(c: Checking) -> None:
    """Warn about a change request that records a decision while its status says it is not decided yet."""
    cc = c.q.change_control
    for i, cr in items(cc.requests if cc else None):
        if c.draft.failed(("change_control", "requests", i, "status")):
            continue  # a status that is not one of the values: its error says so
        if cr.decision is not None and cr.status not in m.DECIDED_STATUSES:  # pending, or no status recorded
            status = f"its status is {cr.status}" if cr.status else "no status is recorded"
            at = ("change_control", "requests", i) + (("status",) if cr.status else ("decision",))
            c.warn(at, f"request '{cr.id}' has a decision (by {cr.decision.by or 'someone'}"
                       f"{f' on {cr.decision.date}' if cr.decision.date else ''}) but {status}: "
                       "set status: to approved, rejected, deferred or implemented, or remove the decision")


def warn_closed_with_open_work(c: Checking) -> None:
    """Warn about a closed project that still has open risks or open issues, or change requests awaiting a decision
    (review 81b F4: its summary asked the sponsor to decide one)."""
    project = c.q.project
    if project is None or project.status != "closed":
        return
    cc = c.q.change_control
    for i, cr in items(cc.requests if cc else None):
        if m.undecided(cr) and cr.id:
            c.warn(("change_control", "requests", i, "status" if cr.status else "id"),
                   f"request '{cr.id}' {'is ' + cr.status if cr.status else 'has no decision'}, yet the project is "
                   "closed: record what became of it (status: rejected or deferred, with its decision:), or set "
                   "project.status to active")
        elif cr.status == "approved" and cr.id:  # review 140c F9: approved, never said done, on a closed project
            c.hint(("change_control", "requests", i, "status"),
                   f"request '{cr.id}' is approved, not implemented, yet the project is closed: if its change was "
                   "made, say so (status: implemented); if not, say what became of it in its decision: notes")
    left: list[str] = []
    for i, risk in items(c.q.risks):
        if (risk.status or "open") in OPEN_RISK_STATUSES and not says_handed_over(risk.mitigation, risk.contingency):
            default = "" if c.typed(("risks", i, "status")) else ", by default"
            line = c.draft.mark(("risks", i)).line
            state = "has occurred" if risk.status == "occurred" else f"is {risk.status or 'open'}{default}"
            left.append(f"risk {risk.id or risk_id(i)} {state} (line {line})")
    for i, issue in items(c.q.issues):
        if issue.status in m.OPEN_ISSUE_STATUSES and not says_handed_over(issue.resolution):
            left.append(f"issue {issue.id} is {issue.status} (line {c.draft.mark(('issues', i, 'status')).line})")
    if left:
        shown = "; ".join(left[:3]) + (f"; and {len(left) - 3} more" if len(left) > 3 else "")
        # review 65a F2: a risk closed with the day it occurred still reads as having occurred
        dated = (", with occurred: and closed: dates for a risk that occurred"
                 if any(r.status == "occurred" for _, r in items(c.q.risks)) else "")
        c.warn(("project", "status"), f"the project is closed but {shown}: close them (status: closed{dated}), or "
                                      "say who takes them on after the project in a risk's mitigation: or an "
                                      "issue's resolution: ('handed over to Service Operations'), or set "
                                      "project.status to active")


def warn_report_before_start(c: Checking) -> None:
    """Warn about a status report for a period that ends before the project starts."""
    start, _ = c.project_dates()
    for i, report in items(c.q.status_reports):
        if start and report.date and report.date < start:
            c.warn(("status_reports", i, "date"),
                   f"the status report is dated {report.date}, before the project starts ({start}): "
                   "a report's date is the end of the period it covers")


def warn_ratings(c: Checking) -> None:
    """Warn about a status report rated green overall beside a red area, or a green budget that is overspent."""
    project = c.q.project
    budget = project.budget if project else None
    requests = c.q.change_control.requests if c.q.change_control else None
    voted = increase_days(requests or [], c.q.decisions or [])  # (`funding.increase_days`: once, for every report)
    for i, report in items(c.q.status_reports):
        base = ("status_reports", i)
        red = [area for area in ("scope", "schedule", "budget")
               if getattr(report, area) is not None and getattr(report, area).rating == "red"]
        if report.overall == "green" and red:
            c.warn(base + ("overall",), f"the report is green overall but its {' and '.join(red)} "
                                        f"{'is' if len(red) == 1 else 'are'} red: the overall rating is at "
                                        "least as bad as the worst area's")
        status = report.budget
        # the budget with the increases approved by the report's date; with a contingency on top of it, the whole
        approved = (budget.amount + sum(cost for _day, cost in budget_increases(requests or [], report.date,
                                                                            budget.amount, voted,
                                                                            c.q.decisions or []))
                    if budget is not None and budget.amount is not None else None)
        whole = (approved + m.reserve_on_top(budget.amount, budget.contingency_percent, budget.contingency_included)
                 if budget is not None and budget.amount is not None and approved is not None else None)
        # ... and what other sources pay of the changes approved by then, as the documents count it (review 138b
        # F10: "more than the whole budget" of a spend a grant's part of a change held)
        elsewhere, granted = spent_part(requests or [], report.date, budget.amount, c.q.decisions or [],
                                        status.spent if status is not None else None, whole) \
            if budget is not None and budget.amount is not None and budget.contingency_percent else (0.0, True)
        currency = f"{budget.currency} " if budget is not None and budget.currency else ""
        if (status is not None and status.rating in ("green", "amber") and status.spent is not None
                and whole is not None and status.spent > whole + elsewhere):
            c.warn(base + ("budget", "rating"),
                   f"the budget is rated {status.rating} but {currency}{amount(status.spent)} is spent, more than the "
                   f"whole budget of {currency}{amount(whole)}"
                   + (f" plus {currency}{amount(elsewhere)} of {'grant funding' if granted else 'funding from other sources'}"
                      " for the approved changes"
                      if elsewhere else "")
                   + (" (contingency included): the documents say it is overspent beside that rating; check the "
                      "rating and its note" if status.rating == "amber" else ""))
        # with the reserve on top, the approved changes it pays by the report's date are planned spending too (review
        # 85c: a forecast within the budget and those changes, as the documents say, was hinted at as above it)
        planned = approved + elsewhere if approved is not None else None
        if approved is not None and whole is not None and whole > approved and report.date is not None:
            for cr in requests or []:
                day = cr.decision.date if cr is not None and cr.decision is not None else None
                if cr is not None and cr.status in m.APPROVED_STATUSES and day is not None and day <= report.date:
                    planned = (planned or 0.0) + drawn(cr)
        if (status is not None and status.rating == "green" and not status.note and status.forecast is not None
                and approved is not None and planned is not None and status.forecast > planned):
            # review 82a F6: "budget GREEN" beside "EUR 31,500 over the approved budget"; a reserve covers the
            # difference only where it comes on top and is large enough (review 137c F5: "the contingency covers it"
            # advised of a budget that includes its contingency)
            covered = whole is not None and whole > approved and status.forecast <= whole + elsewhere
            c.hint(base + ("budget", "rating"),
                   f"the budget is rated green but its forecast ({currency}{amount(status.forecast)}) is above the "
                   f"approved budget of {currency}{amount(approved)}"
                   + (", so the documents show both side by side: check the rating, or add a note saying why green "
                      "holds (the contingency covers it, say)" if covered else
                      (", contingency included" if budget is not None and budget.contingency_included else
                       ", and above its contingency too" if whole is not None and whole > approved else "")
                      + ", so the documents show both side by side: check the rating"))


_BODY = re.compile(r"\b(?:committee|board|group|council|forum|panel|steerco|authority)\b", re.IGNORECASE)


def warn_repeated_escalation(c: Checking) -> None:
    """Warn about an escalation level handled by the same person as the level before it."""
    comm = c.q.communication
    previous: Optional[tuple[int, str]] = None
    for i, level in items(comm.escalation if comm else None):
        # a level that names a body ("Steering committee", chaired by the sponsor of the level before) is one up
        # (review 64b: `who` holds one person, and the warning could not be satisfied)
        if (level.who and previous and m.same_name(level.who) == m.same_name(previous[1])
                and not _BODY.search(level.level or "") and not BODY.search(level.level or "")):
            line = c.draft.mark(("communication", "escalation", previous[0], "who")).line
            c.warn(("communication", "escalation", i, "who"),
                   f"{level.who} also handles the level before (line {line}): escalating to the same person "
                   "changes nothing; name the next person up, or merge the two levels")
        previous = (i, level.who) if level.who else None


def warn_board_level_named_otherwise(c: Checking) -> None:
    """Warn about an escalation level that names a body of its own but goes to the change board (``who: board``),
    which the documents call by another name (``change_control.board_name``): the documents would show one body under
    two names, or two bodies as one (reviews 101a F3, 102c F2: "Board of Commissioners | Executive steering
    committee (...)")."""
    cc, comm = c.q.change_control, c.q.communication
    called = " ".join((cc.board_name or "").split()) if cc else ""
    if not called or comm is None:
        return
    for i, level in items(comm.escalation):
        name = " ".join((level.level or "").split())
        if (level.who == m.BOARD and name and BODY.search(re.sub(r"\([^)]*\)", "", name))
                and "change" not in name.casefold() and name.casefold() != called.casefold()
                and called.casefold() not in name.casefold()):
            c.warn(("communication", "escalation", i, "who"),
                   f"the level '{name}' goes to the change board (who: board), which change_control.board_name calls "
                   f"'{called}': if '{name}' is another body, write who chairs it here (a person); if it is the same "
                   "body, give it one name in both places")


def hint_board_name(c: Checking) -> None:
    """Hint where the project has a change board the documents call "the change board" while its escalation path
    names a body of its own, handled by a person ("PAS Programme Board", its chair named: review 94a F3, the change
    log gave "Change board" what the escalation path gave the Programme Board)."""
    cc, comm = c.q.change_control, c.q.communication
    if cc is None or cc.board_name or comm is None or not (cc.board or any(
            t.approver == m.BOARD for _, t in items(cc.thresholds))):
        return
    for i, level in items(comm.escalation):
        name = " ".join((level.level or "").split())
        if level.who == m.BOARD:
            return  # the documents name the board after it, where its words name a body (`rules.board_name`)
        # (its own words, not a note in brackets: "Sponsor (steering committee)" is the sponsor's level)
        if name and BODY.search(re.sub(r"\([^)]*\)", "", name)) and "change" not in name.casefold():
            c.hint(("communication", "escalation", i, "level"),
                   f"the escalation path names '{name}', and the documents call the project's board the change "
                   f"board: if '{name}' is that board, add change_control.board_name: {name} (an optional key pmdocs "
                   "adds), or write who: board at this level")
            return



def warn_increase_in_amount(c: Checking) -> None:
    """Warn where a request answered as a budget increase says the budget is now the amount project.budget.amount
    already gives: the documents add the increase to that amount, counting it twice (review 94c F2: "budget now AUD
    980,000" beside an amount of 980,000 read "Budget with the approved increases AUD 1,100,000")."""
    cc, project = c.q.change_control, c.q.project
    budget = project.budget if project else None
    if cc is None or budget is None or not budget.amount:
        return
    money = f"{budget.currency} " if budget.currency else ""
    for i, cr in items(cc.requests):
        if cr.status not in m.APPROVED_STATUSES or cr.impact is None or cr.impact.funding != "budget-increase" \
                or not cr.impact.cost:
            continue
        for at, text in ((("decision", "notes"), cr.decision.notes if cr.decision else None),
                         (("description",), cr.description)):
            now = new_total(text)
            if now is not None and abs(now - budget.amount) < 0.5:
                c.warn(("project", "budget", "amount"),
                       f"request '{cr.id}' is a budget increase of {money}{amount(cr.impact.cost)} and its "
                       f"{'decision notes say' if at[0] == 'decision' else 'description says'} the budget is now "
                       f"{money}{amount(now)}, the amount given here: the documents add the increase to this amount "
                       f"({money}{amount(budget.amount + cr.impact.cost)}); give the budget as first baselined "
                       f"({money}{amount(budget.amount - cr.impact.cost)}), as amount: asks")
                break


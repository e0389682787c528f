"""What the documents say of change requests: who decides each, their totals, and who signs a request's form.

`ChangeRequests` is a part of the view model (`generator.view.context.Context` is made of
it): the templates read these as ``ctx.required_approver(cr)``, ``ctx.totals()`` and so on. It runs past 400 lines
because who decides a request and what its figures add up to read the same thresholds and decisions, and each
document must say them alike.
"""

from __future__ import annotations

import dataclasses
import functools
import datetime as dt
import re
from typing import TYPE_CHECKING, Optional, Sequence

from generator.i18n.locales import Locale, N_
from generator.questionnaire import model as m
from generator.questionnaire import rules
from generator.questionnaire.approval import deputy_of, job_of, predecessor
from generator.questionnaire.tenure import held_before, held_then, joined_on, stood_in_until
from generator.questionnaire.funding import (absorbed, asks_increase, contingency_decisions, cost_funding, cut_read, says_cut,
                                             gives_total, included_part, increase_read, new_total, raised_in_words,
                                             raised_where, reported_draws, request_part, voted_words, voting_id)
from generator.questionnaire.sentences import sentences
from generator.questionnaire.mentions import asks_about, clauses, names, names_contingency, names_decider, whole_words
from generator.view.communication import change_deciders
from generator.view.tables import words

DECISIONS = {"approved": N_("approved"), "rejected": N_("rejected"), "deferred": N_("deferred"),
             "implemented": N_("approved")}  # what a decided request's status says was decided


# a role or job a decision asked is put to: "Sponsor: approve ...", "for the CFO to decide"
_ROLE_DECIDER = re.compile(r"\b(?:sponsor|sponsors|cfo|ceo|cio|cto|coo|ciso|cdo|chair|chairman|chairwoman|chairperson"
                           r"|auftraggeber\w*|commanditaire|patrocinador\w*)\b", re.IGNORECASE)
# words of a decision ratifying or confirming another's, in the languages answers are written in
_RATIFY = re.compile(r"\b(?:ratif\w*|ratyfik\w*|confirm\w*|endors\w*|bestätig\w*|entérin\w*|convalid\w*|bekrachtig\w*"
                     r"|stadfäst\w*|stadfest\w*|vahvist\w*|potwierdz\w*|zatwierdza\w* (?:decyzj\w*|zgod\w*))", re.IGNORECASE)
# a body a decision asked is put to, as its subject or after "approval by": "Council to approve CR-003 in the Annual
# Plan" (review 107a F4: "to be decided by the change board" was added), "resolution of the Finance Committee"
_BODY = (r"(?:council|councillors|committee|cabinet|assembly|senate|parliament|ministry|minister|board of directors"
         r"|steering (?:committee|group|board)|executive board|governing body|trustees|conseil|consiglio|giunta"
         r"|steerco|steer-co|(?:change|project|programme|program) board|change advisory board"
         r"|gemeinderat|stadtrat|kreistag|landtag|vorstand|aufsichtsrat|lenkungs\w+|styringsgruppe\w*|styrgrupp\w*"
         r"|styregruppe\w*"
         r"|copil|codir|comex|comité|comitato|junta|ayuntamiento|pleno|zarząd|rada|komitet\w*|gemeenteraad|raad)")
_BODY_DECIDER = re.compile(rf"^\W*(?:the\s+)?(?:\w+\s+){{0,3}}{_BODY}\s+(?:to|must|will|should|shall)\s+(?:approve|decide"
                           rf"|ratify|endorse|resolve|agree|sign|vote)|\b(?:approval|decision|resolution|ratification|vote)"
                           rf"\s+(?:by|of|from|in)\s+(?:the\s+)?(?:\w+\s+){{0,3}}{_BODY}\b"
                           # "Decide CR-004 (customer SMS alerts, KES 950,000, 8 days) at the July SteerCo" (review 132c F2)
                           rf"|^\W*(?:decide|approve|agree|decision on|approval of)\b[^.;]*?\b(?:at|in|by)\s+(?:the\s+)?"
                           rf"(?:[\w-]+\s+){{0,2}}{_BODY}\b", re.IGNORECASE)
_BODY_NAMED = re.compile(rf"\b{_BODY}\b", re.IGNORECASE)  # a body, named anywhere (`ratified_said`)
_SHORT_NAME = re.compile(r"\(([A-Z][A-Za-z]*[A-Z]+)\)")  # a body's short name in brackets: "(PCG)", "(COPIL)", "(SteerCo)"
# a body that is the project's change board or steering group, as a decision asked names it
# the first word of a board's name that names a body: "Comité" of "Comité de Tecnología"
_BODY_WORD = re.compile(r"comité|comite|comitê|comitato|committee|board|junta|consejo|conselho|comisión|commission"
                        r"|ausschuss|council|kamati|komiti|bagua", re.IGNORECASE)
_BOARD_BODY = re.compile(r"\b(?:steerco|steer-co|steering (?:committee|group|board)|(?:change|project|programme|program)"
                         r" board|change advisory board|lenkungs\w+|styringsgruppe\w*|styrgrupp\w*|styregruppe\w*"
                         r"|comité de pilotage"
                         r"|comitato (?:guida|di pilotaggio)|comité (?:de dirección|directivo|de alterações|de cambios))\b"
                         # the board alone, first or after "the", not another's ("Board gyinaesie wɔ CR-005 ho", the
                         # board's decision on CR-005, review 162c F5; not "the board of directors", "Kanban board")
                         r"|^\s*(?:the\s+)?board\b(?!\s+of\b)|\bthe board\b(?!\s+of\b)",
                         re.IGNORECASE)


def with_increases_read(q: m.Questionnaire) -> tuple[m.Questionnaire, dict[str, tuple[str, str]]]:
    """Return the questionnaire whose approved requests, paid by a budget increase as their words say
    (`funding.increase_read` "added"), count as answered ``impact.funding: budget-increase``: added to the budget, none
    of it set against the contingency (review 108c F1: a KRW 320 m increase "증액" counted as a contingency overrun in
    seven documents); with, per request read so, how it is counted ("added", "included") and which answer says it."""
    if q.change_control is None:
        return q, {}
    budget = q.project.budget
    read = {cr.id: (how, raised_where(cr)) for cr in q.change_control.requests
            if cr.status in m.APPROVED_STATUSES
            and (how := increase_read(cr, budget.amount if budget else None, voted_words(cr, q.decisions)))}
    if not any(how == "added" for how, _ in read.values()):
        return q, read
    requests = [dataclasses.replace(cr, impact=dataclasses.replace(cr.impact, funding="budget-increase"))
                if read.get(cr.id, ("",))[0] == "added" and cr.impact is not None else cr
                for cr in q.change_control.requests]
    return dataclasses.replace(q, change_control=dataclasses.replace(q.change_control, requests=requests)), read


# an amount or a word of money in a request's decision notes: "EUR 40,000", "$12k", "budget", "financé", "Mittel"
_MONEY_SAID = re.compile(r"[$€£¥₹₩]|\b[A-Z]{3}\s?\d|\d[\d,.\u00a0' ]{2,}\d|\b(?:fund\w*|budget\w*|cost\w*|pay\w*|paid"
                         r"|contingen\w*|reserv\w*|réserv\w*|financ\w*|presupuest\w*|orçament\w*|kosten|mittel"
                         r"|krediet|crédit\w*|coût\w*|provision\w*|costo\w*|custo\w*|begroting|grant\w*)\b",
                         re.IGNORECASE)


class ChangeRequests:
    """The view model's change requests: a part of `generator.view.context.Context`."""

    if TYPE_CHECKING:  # what the view model holds and does elsewhere
        q: m.Questionnaire
        locale: Locale

        def in_words(self, items: list[str]) -> str: ...

        def money(self, value: Optional[float]) -> Optional[str]: ...

        def _once_each(self, rows: list[tuple[str, str, str]]) -> list[tuple[str, str]]: ...

        def escaped(self, text: str) -> str: ...

        @property
        def version_date(self) -> Optional[dt.date]: ...

        increases_read: dict[str, tuple[str, str]]

    def request_signatories(self, request: Optional[m.ChangeRequest]) -> list[tuple[str, str]]:
        """Return the signature rows of a change request form: requester, project manager and decider, each person
        once (with every role they sign for); the blank form's rows have no names."""
        _ = self.locale.gettext
        decided = request is not None and request.decision is not None
        decider_role = _("Decision maker") if decided else _("Approver")
        if request is None:
            return [(_("Requester"), ""), (_("Project manager"), self.q.roles.project_manager), (decider_role, "")]
        by = request.decision.by if request.decision is not None else None
        to_board = by is None and (self.required_approver(request) == self.approver(m.BOARD, True)
                                   or self.put_to_board(request) is not None)
        first = self._first_fit(request) if by is None and not to_board else None
        stood_in = self.stands_for(first.approver if first is not None else None, request)
        deciders = [(decider_role, self.approver(m.BOARD if to_board else by) if by or to_board
                     else stood_in if (stood_in and first is not None and self.approver_known(request)
                                       and not _raised_by(request, first))
                     else self.required_approver(request) if self.approver_known(request)
                     else self.approver_if(request) or self.escaped(_("not yet known: it follows from the impact")))]
        if (by == m.BOARD or to_board) and self.has_board:
            # a board signs by its members, as it was on the day it decided
            deciders = [(self._board_member(), name)
                        for name in self.board_on(request.decision.date if request.decision else None)]
        taken = self.ratified(request)  # the next level up that took it up signs too (review 107a F5)
        if taken is not None:
            if taken.by == m.BOARD and self.has_board:
                deciders += [(_("%(role)s (decision %(id)s)", role=self._board_member(), id=taken.id), name)
                             for name in self.board]
            else:
                deciders.append((_("Next level up (decision %(id)s)", id=taken.id), self.approver(taken.by)))
        elif request.status in m.APPROVED_STATUSES and self.beyond_limits(request) is not None:
            # approved above its decider's limit, not yet taken up: a line for the level the thresholds send it to,
            # who ratifies it on this form (review 121b F3)
            first = self._first_fit(request)
            need = first.approver if first is not None else m.BOARD if self.has_board else None
            if need == m.BOARD and self.has_board and by != m.BOARD:  # (not the board that went above its own limit
                # again: review 155a F7, "Steering group member and Steering group member (to ratify it)")
                deciders += [(_("%(role)s (to ratify it)", role=self._board_member()), name) for name in self.board]
            elif need and need != m.BOARD and not m.same_name(need) == m.same_name(by or ""):
                deciders.append((_("Next level up (to ratify it)"), need))
        manager = self.q.roles.project_manager
        deputy = self.stands_for(manager, request) if request.decision is None else None
        # (a decided request's, the project manager of the day it was decided: one who took the role on later is not,
        # and one away that day is signed for by who stood in, review 150a F2: a request raised and decided while the
        # project manager was on leave)
        if request.decision is not None and manager and request.decision.date is not None:
            manager = predecessor(self.q, manager, request.decision.date) or manager
            deputy = deputy_of(self.q, manager, request.decision.date)
        rows = [(_("Requester"), request.requested_by), (_("Project manager"), deputy or manager), *deciders]
        absent = {name: whom for name, whom in ((deputy, manager), (stood_in, first.approver if first else None))
                  if name and whom}  # who signs in whose stead
        if (by == m.BOARD or to_board) and self.has_board and request.decision is not None:
            absent.update(self.board_stand_ins(request.decision.date))
        # the board's own name keeps its capitals after another role ("Requester and Lenkungsausschuss member",
        # review 96a F7)
        called = rules.board_called(self.q, False) or ""
        signed = self._once_each([(role, role if called and role.startswith(called) else role[:1].lower() + role[1:], name)
                                  for role, name in rows])
        signed = [(_("%(role)s, standing in for %(name)s", role=role, name=absent[name]) if name in absent else role,
                   name) for role, name in signed]
        if self.second_approver(request):  # room for someone else to confirm it (validate warns)
            signed.append((_("Second approver (the requester decided their own request)"), ""))
        return signed

    def board_on(self, day: Optional[dt.date]) -> list[str]:
        """Return the change board's members on a day: a member whose recorded job says they took it on after that
        day (`tenure.joined_on`: "Ürün Sahibi ... – 3 Mart 2025'ten itibaren") is replaced by who held their project
        role then (`approval.predecessor`), or left out (review 147a F6: a member who joined in March asked to sign
        for the board's decisions of January), unless their job names the one they held before (`tenure.held_before`);
        one away that day is replaced by who stood in for them
        (`approval.deputy_of`: review 156a F5, the sponsor on leave asked to sign the decision his acting sponsor
        took)."""
        members: list[str] = []
        stand_ins = self.board_stand_ins(day)
        for name in self.board:
            began = joined_on(job_of(self.q, name))
            stood_in = next((deputy for deputy, member in stand_ins.items() if member == name), None)
            if stood_in is not None:
                if stood_in not in members and stood_in not in self.board:  # (one on the board already signs once)
                    members.append(stood_in)
            elif day is None or began is None or began <= day or held_before(job_of(self.q, name)):
                members.append(name)
            elif (before := predecessor(self.q, name, day)) is not None and before not in members:
                members.append(before)
        return members

    def board_joined_later(self, request: m.ChangeRequest) -> list[tuple[str, dt.date]]:
        """Return the change board's members a decided request's form does not ask to sign because their job says
        they took it on after its decision (`board_on`), each with that day: the form says so (review 163b F9: a
        member left out of a board's signatures with no word of why)."""
        day = request.decision.date if request.decision is not None and request.decision.by == m.BOARD else None
        if day is None or not self.has_board:
            return []
        members = {m.same_name(n) for n in self.board_on(day)}
        return [(name, began) for name in self.board if m.same_name(name) not in members
                and (began := joined_on(job_of(self.q, name))) is not None and began > day]

    def board_stand_ins(self, day: Optional[dt.date]) -> dict[str, str]:
        """Return who stood in for each change board member away on a day, as their jobs say (`approval.deputy_of`),
        each with the member: {stand-in: member}."""
        found: dict[str, str] = {}
        if day is None:
            return found
        for name in self.board:
            began = joined_on(job_of(self.q, name))
            if (began is None or began <= day) and (deputy := deputy_of(self.q, name, day)) is not None:
                found.setdefault(deputy, name)
        return found

    def _board_member(self) -> str:
        """Return the role a change board's member signs a form in: "Lenkungsausschuss member", "Change board
        member"."""
        called = rules.board_called(self.q, False)
        return self.locale.gettext("%(board)s member", board=called) if called else \
            self.locale.gettext("Change board member")

    def self_decided(self, request: m.ChangeRequest) -> bool:
        """Return True when a request's decision was taken by the person who requested it (not by the board)."""
        return _requester(request, request.decision.by if request.decision is not None else None)

    def second_approver(self, request: m.ChangeRequest) -> bool:
        """Return True when a request's form leaves room for a second approver: its requester decided it, other than
        by rejecting it (a request its requester rejects is withdrawn: nothing to confirm), and beyond any approval
        limit of their own (`own_level`: within it, a second signature is guidance, review 60a F4)."""
        return self.self_decided(request) and request.status != "rejected" and not self.own_level(request)

    def own_level(self, request: m.ChangeRequest) -> bool:
        """Return True when a decided request's decider holds an approval threshold whose limits it fits."""
        by = request.decision.by if request.decision else ""
        return (any(m.same_name(t.approver) == m.same_name(by) for t in self.thresholds if t.approver and by)
                and self.beyond_limits(request) is None and not any(self.unchecked_limits(request)))

    @property
    def board_label(self) -> Optional[str]:
        """Return what the project calls its change board, where it names it (`board_called`)."""
        return rules.board_called(self.q, False)

    @property
    def has_board(self) -> bool:
        """Return True when the questionnaire names a change board."""
        return bool(self.q.change_control and self.q.change_control.board)

    @property
    def board_capped(self) -> bool:
        """Return True when the last approval threshold is the board's and limits it: a request above it fits none,
        and nobody the thresholds name decides it."""
        last = self.thresholds[-1] if self.thresholds else None
        return last is not None and last.approver == m.BOARD and (last.max_cost is not None
                                                                  or last.max_schedule_days is not None)

    def approver(self, who: Optional[str], in_sentence: bool = False) -> str:
        """Return an approver, or who took a decision of the log or handles an escalation level, for readers: ``board``
        becomes 'Change board' (in a table's cell) or 'the change board' (``in_sentence``: "rejected by the change
        board"), or the board's own name (`board_called`), one name in every document (reviews 103a F14, 103c F16:
        "Board" in the log beside "the change board" in its summary; reviews 47b F12, 47c F10 had the log say
        "Board" for a steering committee, which ``change_control.board_name`` now names)."""
        return self._board_or(who, N_("the change board") if in_sentence else N_("Change board"))

    def _board_or(self, who: Optional[str], board: str) -> str:
        """Return a person as answered, or for ``board`` the words given (a catalog message) or the board's own name
        (`board_called`), noting a board with no members recorded (`pmdocs validate` warns)."""
        if who != m.BOARD:
            return who or ""
        said = rules.board_called(self.q, board.startswith("the ")) or self.locale.gettext(board)
        if not self.board:
            said = self.locale.gettext("%(board)s (no members recorded)", board=said)
        return self.escaped(said)

    def decision_word(self, request: m.ChangeRequest) -> str:
        """Return what was decided: an implemented request was approved."""
        if request.status is None:
            return self.locale.gettext(N_("outcome not recorded"))  # a decision with no status: what, not known
        word = DECISIONS.get(request.status)
        return self.locale.gettext(word) if word else words(request.status)

    def managers_call(self, request: m.ChangeRequest) -> bool:
        """Return True when the thresholds give a pending request to the project manager, within their own limit (not
        one they raised, nor a saving the thresholds do not place): no decision asked of the sponsor (review 95c F6)."""
        manager = self.q.roles.project_manager
        if not manager or not self.approver_known(request) or _saves_only(request):
            return False
        first = self._first_fit(request)
        return (first is not None and bool(first.approver) and first.approver != m.BOARD
                and m.same_name(first.approver or "") == m.same_name(manager) and not _raised_by(request, first))

    def who_decides(self, request: m.ChangeRequest) -> str:
        """Return who decides a request: who decided it, as recorded, where a decision is (a report of before it asks
        for it: review 101c F4, "to be decided by" the sponsor the thresholds name, where the board decided it), else
        who the thresholds send it to (`required_approver`)."""
        if request.decision is not None and request.decision.by and not (
                self.beyond_limits(request) or self.rejected_beyond(request)):  # (not one beyond their own limit:
            # review 127b F5, a NZD 185,000 request "to be decided by" the manager whose limit was NZD 10,000)
            return self.approver(request.decision.by, in_sentence=True)
        return self.required_approver(request)

    def required_approver(self, request: m.ChangeRequest) -> str:
        """Return who must decide a request under the thresholds (the first it fits within; one whose approver raised
        it: not recorded, saying so): the board when none fits and a board is answered
        (members or a threshold), else 'an approver not yet recorded' (no board is invented); when the impact a
        threshold is measured by has not been assessed, that the approver follows from it once assessed."""
        board_put = self.put_to_board(request)
        first = self._first_fit(request)
        if board_put is not None and (first is None or first.approver != m.BOARD):  # (review 132c F2: "Decide
            # CR-004 ... at the July SteerCo", the form named the manager whose limit it fits as its decider)
            board = self.approver(m.BOARD, in_sentence=True)
            if first is None:
                return self.escaped(self.locale.gettext(
                    "%(board)s, as the status report of %(date)s puts it to them", board=board,
                    date=self.locale.date(board_put)))
            return self.escaped(self.locale.gettext(
                "%(board)s, as the status report of %(date)s puts it to them (a request of its assessed size is "
                "within the limit of %(who)s)", board=board, date=self.locale.date(board_put),
                who=self.approver(first.approver, in_sentence=True)))
        if not self.approver_known(request):
            return self.approver_if(request) or self.escaped(self.locale.gettext(
                "whoever the change thresholds name, once its impact is assessed"))
        if first is not None and _raised_by(request, first):  # (review 54c F1: "to be decided by the change board"
            # by a control nobody recorded, that nobody decides a request they raised)
            return self.escaped(self.locale.gettext(
                "an approver not yet recorded (it fits the limit of %(who)s, who raised it)",
                who=self.approver(first.approver, in_sentence=True)))
        if first is None and self.board_capped:  # above every threshold, the board's own too (review 155a F1: a NGN
            # 420m request "to be decided by the Steering Committee", whose limit was NGN 250m)
            return self.escaped(self.locale.gettext(
                "an approver above %(board)s, whose approval limit it exceeds (the thresholds name none)",
                board=self.approver(m.BOARD, in_sentence=True)))
        if first is not None or self.has_board or any(t.approver == m.BOARD for t in self.thresholds):
            who = self.approver(first.approver if first is not None else m.BOARD, in_sentence=True)
            deputy = self.stands_for(first.approver if first is not None else None, request)
            if deputy:
                # Translators: who decides a request while the approver the thresholds name is away.
                who = self.escaped(self.locale.gettext("%(deputy)s, standing in for %(absent)s", deputy=deputy,
                                                       absent=who))
            if _saves_only(request):  # review 71c F2: the pack's proposal, not the thresholds'
                return self.escaped(self.locale.gettext(
                    "%(who)s, as this pack proposes for a saving (the thresholds do not say who decides one)", who=who))
            return who
        return self.escaped(self.locale.gettext("an approver not yet recorded"))

    def stands_for(self, who: Optional[str], request: m.ChangeRequest) -> Optional[str]:
        """Return who stands in for ``who``, a person the thresholds name, while a request waits for its decision:
        at the request's date or the version's, the later (`approval.deputy_of`; review 142b F5: the project manager
        on maternity leave named to decide a request raised during it, which her acting stand-in decides); None
        when nobody does."""
        if not who or who == m.BOARD:
            return None
        days = [day for day in (request.date, self.version_date) if day is not None]
        return deputy_of(self.q, who, max(days) if days else None)

    def _first_fit(self, request: m.ChangeRequest) -> Optional[m.Threshold]:
        """Return the first threshold a request's assessed impact fits within, if any."""
        return next((t for t in self.thresholds if rules.fits(request.impact, t)), None)

    def sent_on(self) -> list[tuple[m.ChangeRequest, str]]:
        """Return the requests still to be decided that the first threshold they fit would give to the person who
        raised them, each with that person: who decides them is not recorded (`required_approver`)."""
        out = []
        for request in self.requests:
            if request.decision is not None or not self.approver_known(request):
                continue
            first = self._first_fit(request)
            if first is not None and _raised_by(request, first):
                out.append((request, first.approver))
        return out

    def approver_if(self, request: m.ChangeRequest) -> str:
        """Return who decides a request whose cost (or delay) is not assessed while its delay (or cost) is, as the
        thresholds tell it: each approver the assessed impact fits, in order, with their limit on the other, then the
        level above them all ("Xosé Outeiro, if its cost, not yet assessed, is at most EUR 50,000; else the change
        board": review 118a F14, "not yet known" beside a delay already past the project manager's limit; reviews 120b
        F2, 120c F3: every level, up to the board); "" where neither is assessed, or no person comes first."""
        cost, days = request.impact.cost, request.impact.schedule_days
        if (cost is None) == (days is None):
            return ""
        fits = [t for t in self.thresholds if not _raised_by(request, t)
                and (rules.within(cost, t.max_cost) if cost is not None else rules.within(days, t.max_schedule_days))]
        if not fits or fits[0].approver in (None, m.BOARD):
            return ""
        steps: list[tuple[str, str]] = []  # (who, their limit on the impact not assessed)
        last: Optional[str] = None  # who decides above every limit
        for t in fits:
            limit = t.max_cost if cost is None else t.max_schedule_days
            if limit is None or t.approver in (None, m.BOARD):
                last = t.approver or None
                break
            steps.append((self.approver(t.approver, in_sentence=True), (self.money(limit) or "") if cost is None
                          else self.locale.ngettext("%(n)s day", "%(n)s days", int(limit),
                                                    n=self.locale.decimal(int(limit)))))
        else:
            last = m.BOARD if self.has_board or any(t.approver == m.BOARD for t in self.thresholds) else None
        if not steps:
            return ""
        said = self.locale.gettext("its cost") if cost is None else self.locale.gettext("its delay")
        chain = self.locale.gettext("%(who)s, if %(what)s, not yet assessed, is at most %(limit)s", who=steps[0][0],
                                    what=said, limit=steps[0][1])
        for who, most in steps[1:]:
            chain += "; " + self.locale.gettext("%(who)s, if at most %(limit)s", who=who, limit=most)
        rest = self.approver(last, in_sentence=True) if last else self.locale.gettext("an approver not yet recorded")
        return self.escaped(self.locale.gettext("%(chain)s; else %(next)s", chain=chain, next=rest))

    def approver_known(self, request: m.ChangeRequest) -> bool:
        """Return True when the thresholds can tell who decides a request: the first threshold its assessed impact
        does not exceed is not measured by an impact nobody assessed (a cost or delay left out is not taken as none)."""
        cost, days = request.impact.cost, request.impact.schedule_days
        for t in self.thresholds:
            if (cost is not None and not rules.within(cost, t.max_cost)) or (days is not None and not rules.within(days, t.max_schedule_days)):
                continue  # exceeds this one, whatever the rest
            if _raised_by(request, t):
                continue  # nobody decides their own request
            return (cost is not None or t.max_cost is None) and (days is not None or t.max_schedule_days is None)
        return True

    def unchecked_limits(self, request: m.ChangeRequest) -> tuple[bool, bool]:
        """Return whether the cost and the delay of a decided request would have to be known to tell that the
        thresholds let its decider decide it: the decider's own threshold limits an impact nobody assessed."""
        by = request.decision.by if request.decision else None
        own = [t for t in self.thresholds if t.approver == by]
        if not own or by == m.BOARD:
            return (False, False)
        return (request.impact.cost is None and all(t.max_cost is not None for t in own),
                request.impact.schedule_days is None and all(t.max_schedule_days is not None for t in own))

    def deferred_beyond(self) -> list[m.ChangeRequest]:
        """Return the requests a closed project's log shows deferred by a person whose approval limit they exceed, which
        `beyond_limits` leaves unsaid (review 88a F2: a deferral approves nothing); the plan says so of them beside its
        thresholds (review 95b F6: "each is decided by the approver section 3 names for its size" read as untrue)."""
        if self.q.project.status != "closed":
            return []
        return [cr for cr in self.requests if cr.status == "deferred" and self._over(cr) is not None]

    def beyond_limits(self, request: m.ChangeRequest) -> Optional[tuple[Optional[float], Optional[int]]]:
        """Return the decider's largest approval limits that a decided request's assessed cost or delay exceeds
        (cost, days; None: that one is not exceeded, or there is no such limit), when one is (the thresholds name the
        decider, a person); None otherwise, and for a rejection: the thresholds say who may approve, and turning a
        change down commits nothing (reviews 60b F2, 61c F1)."""
        by = request.decision.by if request.decision else None
        if request.status not in m.DECIDED_STATUSES or not by or request.status == "rejected":
            return None  # (the board too, where a threshold of its own limits it: review 129c F9)
        if request.status == "deferred" and self.q.project.status == "closed":  # never taken up again in this
            return None  # project: the next level up decides nothing (review 88a F2)
        return self._over(request)

    def rejected_beyond(self, request: m.ChangeRequest) -> Optional[tuple[Optional[float], Optional[int]]]:
        """Return the rejecter's largest approval limits that a rejected request's assessed cost or delay exceeds
        (`beyond_limits` for a rejection, a person's: `_over`): the log and the form say where the thresholds send a
        request of its size, and that whether its decider may reject it alone is not recorded (reviews 125c F13,
        126b F3: a rejection of MXN 1,300,000 by a sponsor whose limit was MXN 900,000, unremarked)."""
        return self._over(request) if request.status == "rejected" else None

    def ratified(self, request: m.ChangeRequest) -> Optional[m.LoggedDecision]:
        """Return the logged decision, on or after a request's own, by which a higher level than its decider (the
        board, or an approver of a later threshold) took it up: one relating to it or naming its ID (review 104b F3:
        "the next level up, whose decision is not recorded" beside D-03, the steering group confirming CR-002); the
        first such; None otherwise."""
        by = request.decision.by if request.decision else None
        if not by or by == m.BOARD or request.decision is None:
            return None
        mine = next((i for i, t in enumerate(self.thresholds) if t.approver and m.same_name(t.approver) ==
                     m.same_name(by)), -1)
        higher = {m.same_name(t.approver) for t in self.thresholds[mine + 1:] if t.approver and t.approver != m.BOARD}
        # (or one whose words say it ratifies the request, by another than its decider: "BRCC ratifies D-05 /
        # CR-003", review 153b F1, the change board asked to ratify on the form what a board committee had)
        return next((d for d in sorted(self.q.decisions, key=lambda d: d.date)
                     if d.date >= request.decision.date and (d.by == m.BOARD or m.same_name(d.by) in higher
                                                             or _RATIFY.search(d.decision) and m.same_name(d.by) != m.same_name(by))
                     and _about(request, d)), None)

    def ratified_said(self, request: m.ChangeRequest) -> Optional[str]:
        """Return the sentence of a request's decision notes saying a body or the next level up ratified it, where no
        logged decision does (`ratified`): "Ratifikuar nga Komiteti Drejtues më 30.10.2025." (review 150a F3: "whose
        decision is not recorded" under those notes); None otherwise."""
        notes = request.decision.notes if request.decision else None
        if not notes or self.ratified(request) is not None:
            return None
        board = rules.board_called(self.q, False)
        higher = [t.approver for t in self.thresholds if t.approver and t.approver != m.BOARD]
        for sentence in sentences(notes):
            if _RATIFY.search(sentence) and (_BODY_NAMED.search(sentence) or board and board.casefold() in sentence.casefold()
                                              or any(m.same_name(name) in m.same_name(sentence) for name in higher)):
                return sentence.strip()
        return None

    def ratifies(self, taken: m.LoggedDecision) -> bool:
        """Return True when a logged decision's words say it ratified or confirmed what it took up ("Komitet
        sterujący ratyfikuje CR-001", review 107a F5: "concerns it" beside a ratification)."""
        return _RATIFY.search(taken.decision) is not None

    def logged_about(self, request: m.ChangeRequest) -> list[m.LoggedDecision]:
        """Return the logged decisions about a request still awaiting its own decision, oldest first: what its
        deciders did with it so far (review 154a F2: the change board's referral of CR-004 to the board of directors,
        D-07, beside "to be decided by the steering committee")."""
        return sorted((d for d in self.q.decisions if _about(request, d)), key=lambda d: (d.date, d.id))

    def options_logged(self, request: m.ChangeRequest) -> Optional[m.LoggedDecision]:
        """Return the first logged decision relating to a request or naming its ID that records the alternatives it
        weighed, where the request records no options (review 107a F5: "Options considered | not recorded" beside
        D-03, which names CR-001 and lists two), and not after the request's own decision (review 153a F5: a
        decision on a budget cut two months later read as the options a deferral had weighed)."""
        if request.options or not request.id:
            return None
        decided = request.decision.date if request.decision else None
        return next((d for d in sorted(self.q.decisions, key=lambda d: d.date)
                     if d.alternatives and _about(request, d) and not (decided and d.date > decided)), None)

    def _over(self, request: m.ChangeRequest) -> Optional[tuple[Optional[float], Optional[int]]]:
        """Return `beyond_limits` of a request approved or deferred by a person, or by the board where a threshold of
        its own limits it, whatever the project's status."""
        by = request.decision.by if request.decision else None
        if not by or by == m.BOARD and not any(t.approver == m.BOARD and (t.max_cost is not None or t.max_schedule_days
                                                                          is not None) for t in self.thresholds):
            return None
        holder = self.held_then(request) or by
        by_cost, by_days = (rules.own_limit(self.thresholds, holder, attr) for attr in ("max_cost", "max_schedule_days"))
        max_cost = by_cost[0] if by_cost else None
        max_days = int(by_days[0]) if by_days else None
        cost, delay = (None if v is None else rules.charged(v) for v in (request.impact.cost, request.impact.schedule_days))
        over_cost = max_cost if cost is not None and max_cost is not None and cost > max_cost else None
        over_days = max_days if delay is not None and max_days is not None and delay > max_days else None
        return (over_cost, over_days) if over_cost is not None or over_days is not None else None

    def unlisted_decider(self, request: m.ChangeRequest) -> str:
        """Return who the thresholds send a decided request to (`required_approver`) when a person who holds no
        approval threshold decided it (approved, or rejected or deferred: review 55c F3); "" otherwise (the board, a
        threshold's approver, or no thresholds)."""
        by = request.decision.by if request.decision else None
        if (request.status not in m.DECIDED_STATUSES or not by or by == m.BOARD or not self.thresholds
                or any(t.approver and m.same_name(t.approver) == m.same_name(by) for t in self.thresholds)
                or not self.approver_known(request) or self.acting(request) or self.acting_above(request)
                or self.predecessor(request) or self.held_then(request)):
            return ""
        # (nor a saving its decider decided standing in for an approver of the thresholds, which say nothing of who
        # decides one: review 152a F5, "Approved by Tunde Bakare as Acting PM under the PM's delegated limits")
        if _saves_only(request) and any(t.approver and t.approver != m.BOARD and self._stands_in(request, t.approver)
                                        for t in self.thresholds):
            return ""
        return self.required_approver(request)

    def predecessor(self, request: m.ChangeRequest) -> str:
        """Return, in words, the approver the thresholds name for a decided request when that person took the job
        on after the decision (their recorded job: "project sponsor from 1 August 2026") and its decider has left it
        (`tenure.away`: "project sponsor until her retirement on 31 July 2026"): the decider held the job then
        (review 137a F1: "holds no approval threshold" for the sponsor who approved it in May); "" otherwise."""
        by = request.decision.by if request.decision else None
        day = request.decision.date if request.decision else None
        first = self._first_fit(request) if by and by != m.BOARD and self.approver_known(request) else None
        if first is None or not first.approver or first.approver == m.BOARD or day is None:
            return ""
        people = {m.same_name(p.name): p for p in self.q.people}
        approver, decider = people.get(m.same_name(first.approver)), people.get(m.same_name(by or ""))
        if approver is None or decider is None or not held_then(decider.role, approver.role, day):
            return ""
        return self.approver(first.approver, in_sentence=True)

    def held_then(self, request: m.ChangeRequest) -> str:
        """Return the name of the approver of a threshold whose job a decided request's decider, who holds none now,
        held on the day of the decision and has left since (`tenure.held_then`): the decider's limits were that
        job's (review 153b F4: the sponsor who retired in March, said to hold no threshold for a request of
        November above the sponsor's limit); "" otherwise."""
        by = request.decision.by if request.decision else None
        day = request.decision.date if request.decision else None
        if not by or by == m.BOARD or day is None or any(t.approver and m.same_name(t.approver) == m.same_name(by)
                                                         for t in self.thresholds):
            return ""
        people = {m.same_name(p.name): p for p in self.q.people}
        decider = people.get(m.same_name(by))
        holders = [t.approver for t in self.thresholds if t.approver and t.approver != m.BOARD
                   and (approver := people.get(m.same_name(t.approver))) is not None and decider is not None
                   and held_then(decider.role, approver.role, day)]
        return holders[0] if len(set(map(m.same_name, holders))) == 1 else ""

    def acting(self, request: m.ChangeRequest) -> str:
        """Return, in words, the approver the thresholds send a decided request to when its decider's recorded job or
        the decision's notes say the decider stands in for them (`rules.acting_for`: "sponsor par intérim", review
        128c F2); "" otherwise."""
        by = request.decision.by if request.decision else None
        first = self._first_fit(request) if by and by != m.BOARD and self.approver_known(request) else None
        if first is None or not first.approver or first.approver == m.BOARD or m.same_name(first.approver) == m.same_name(by or ""):
            return ""
        if self._stands_in(request, first.approver):
            return self.approver(first.approver, in_sentence=True)
        return ""

    def stood_in(self, request: m.ChangeRequest) -> bool:
        """Return True when a decided request's decider stood in for a time that has ended by the documents' version
        date, as their job gives it (`stood_in_until`): "stood in for", not "stands in for" (review 154a F9: a
        delegation ended in October said as standing in November)."""
        by = request.decision.by if request.decision else None
        until = stood_in_until(job_of(self.q, by) if by else None)
        return until is not None and self.version_date is not None and until < self.version_date

    def acting_above(self, request: m.ChangeRequest) -> str:
        """Return, in words, the approver of a threshold after the first a decided request fits whom its decider
        stands in for (`rules.acting_for`): a higher level decided it (review 140a F4: the deputy mayor standing in
        for the mayor, the sponsor, deferred a request the thresholds give the head of IT); "" otherwise."""
        by = request.decision.by if request.decision else None
        first = self._first_fit(request) if by and by != m.BOARD and self.approver_known(request) else None
        if first is None or self.acting(request):
            return ""
        later = self.thresholds[self.thresholds.index(first) + 1:]
        return next((self.approver(t.approver, in_sentence=True) for t in later if t.approver and t.approver != m.BOARD
                     and m.same_name(t.approver) != m.same_name(by or "") and self._stands_in(request, t.approver)), "")

    def _stands_in(self, request: m.ChangeRequest, approver: str) -> bool:
        """Return True when a request's decider stands in for an approver, as their job or the decision's notes say."""
        decision = request.decision
        return rules.stands_in(decision.by if decision else None, decision.notes if decision else None, approver,
                               self.q.roles, [(p.name, p.role) for p in self.q.people])

    def referred_up(self, request: m.ChangeRequest) -> str:
        """Return who the thresholds name for a decided request's size, in words, when a later level decided it (the
        board, or a later threshold's approver): referred upward (review 100a F3: "approved by the change board"
        for EUR 14,200, within the sponsor's limit, unexplained); "" otherwise."""
        by = request.decision.by if request.decision else None
        if request.status not in m.DECIDED_STATUSES or not by or not self.approver_known(request):
            return ""
        cost, days = request.impact.cost, request.impact.schedule_days
        if (cost or 0) < 0 or (days or 0) < 0 or says_cut(request):
            return ""  # a saving: the thresholds do not say who decides it (review 116b F7: "also within" beside that),
            # nor a cut its words say of no amount read (review 150a F7: a board's cut of BAM 180,000 "within the
            # project manager's limit")
        first = self._first_fit(request)
        if first is None or not first.approver or m.same_name(first.approver) == m.same_name(by):
            return ""
        at = self.thresholds.index(first)
        later = self.thresholds[at + 1:]
        if by == m.BOARD and any(t.approver == m.BOARD for t in self.thresholds[:at]):
            return ""  # the board's own level is below: it decided above its limit (`beyond_limits`, review 129c F9)
        if by == m.BOARD or any(t.approver and m.same_name(t.approver) == m.same_name(by) for t in later):
            return self.approver(first.approver, in_sentence=True)
        return ""

    def outside_authority(self, request: m.ChangeRequest) -> bool:
        """Return True when a decided request was decided by one person where the plan's rule sends it to the
        change board (no thresholds are recorded), a member of it or not."""
        by = request.decision.by if request.decision else None
        return bool(by) and by != m.BOARD and self.change_deciders == "board"

    @property
    def change_deciders(self) -> str:
        """Return who decides change requests: ``thresholds``, ``board`` or ``none`` (see
        `generator.view.communication.change_deciders`: the one rule both plans follow)."""
        return change_deciders(self.q)

    @property
    def board(self) -> list[str]:
        """Return the change board's members as answered (none when no board is recorded: none is invented)."""
        cc = self.q.change_control
        return list(cc.board) if cc and cc.board else []

    @property
    def requests(self) -> list[m.ChangeRequest]:
        """Return the change requests in the order written."""
        return list(self.q.change_control.requests) if self.q.change_control else []

    @property
    def approved_requests(self) -> list[m.ChangeRequest]:
        """Return the approved and implemented change requests in the order written."""
        return [cr for cr in self.requests if cr.status in m.APPROVED_STATUSES]

    @property
    def thresholds(self) -> list[m.Threshold]:
        """Return the approval thresholds in the order written."""
        return list(self.q.change_control.thresholds) if self.q.change_control else []

    def totals(self) -> tuple[float, int, float, int]:
        """Return approved cost and days, then pending (proposed or under review) cost and days: of what was
        assessed (`unassessed` names the requests a figure leaves out)."""
        approved_cost = pending_cost = 0.0
        approved_days = pending_days = 0
        for cr in self.requests:
            cost, days = cr.impact.cost or 0, cr.impact.schedule_days or 0
            if cr.status in m.APPROVED_STATUSES:
                approved_cost += cost
                approved_days += days
            elif m.undecided(cr):
                pending_cost += cost
                pending_days += days
        return approved_cost, approved_days, pending_cost, pending_days

    def returned(self, requests: Sequence[m.ChangeRequest]) -> list[m.ChangeRequest]:
        """Return the approved savings among ``requests`` given back to the contingency (`rules.saving_returned`)."""
        return [cr for cr in requests if cr.status in m.APPROVED_STATUSES and rules.saving_returned(cr)]

    def no_scope_change(self, request: m.ChangeRequest) -> bool:
        """Return True when a request's scope impact says it changes no deliverable ("No change to deliverables"; not
        "No scope change", review 89c F6)."""
        return bool(_NO_SCOPE.fullmatch((request.impact.scope if request.impact else None) or ""))

    def deliverables_named(self, request: m.ChangeRequest) -> list[str]:
        """Return the scope's deliverables a request's scope impact, title or description names (whole words), for a
        form whose ``deliverables`` is not answered (review 65a F5: "not recorded" under a scope line naming one)."""
        text = " ".join(filter(None, (request.impact.scope if request.impact else None, request.title,
                                      request.description))).casefold()
        return [d.name for d in self.q.scope.deliverables if d.name and any(whole_words(name, text)
                                                                            for name in _each_named(d.name))]

    def kept_out(self, requests: Sequence[m.ChangeRequest]) -> list[m.ChangeRequest]:
        """Return the approved savings among ``requests`` whose decision says they do not go back to the contingency
        (`rules.saving_kept_out`)."""
        return [cr for cr in requests if cr.status in m.APPROVED_STATUSES and rules.saving_kept_out(cr)]

    def from_contingency(self, request: m.ChangeRequest) -> bool:
        """Return True when the contingency pays a request's cost (`rules.from_contingency`): the rule the templates
        ask, not written again in them."""
        return rules.from_contingency(request.impact) and not self.asks_increase(request) and not self.cut_read(request)

    def asks_increase(self, request: m.ChangeRequest) -> bool:
        """Return True when a request awaiting a decision asks for a budget increase to pay for it
        (`funding.asks_increase`): not set against the contingency left."""
        return m.undecided(request) and asks_increase(request.title, request.description, request.impact)

    def paid_from_contingency(self, requests: Sequence[m.ChangeRequest]) -> list[m.ChangeRequest]:
        """Return the ``requests`` whose cost the contingency pays (`from_contingency`), in their order."""
        return [cr for cr in requests if self.from_contingency(cr)]

    def budget_cuts(self) -> list[m.ChangeRequest]:
        """Return the approved requests recorded as a negative budget increase, or whose words say they cut the budget
        (`cut_read`): cuts of the budget (reviews 138a F8, 140a F7, 140c F7)."""
        return [cr for cr in self.approved_requests if self.is_cut(cr)]

    def is_cut(self, request: m.ChangeRequest) -> bool:
        """Return True when a request, whatever its status, cuts the budget: a negative cost recorded as a budget
        increase, or whose words say it cuts the budget (`cut_read`)."""
        return (request.impact.cost or 0) < 0 and (rules.increases_budget(request.impact) or bool(self.cut_read(request)))

    def cut_read(self, request: m.ChangeRequest) -> str:
        """Return how a budget cut a request's words say is counted (`funding.cut_read`): "included" in the budget's
        answered amount, "added" to it, or "" (no cut said)."""
        budget = self.q.project.budget
        return cut_read(request, budget.amount if budget else None, voted_words(request, self.q.decisions))

    def budget_increases(self) -> list[m.ChangeRequest]:
        """Return the approved requests a budget increase pays for, or pays part of (`raised`), in log order."""
        return [cr for cr in self.approved_requests if self.raised(cr) is not None]

    def raised(self, request: m.ChangeRequest) -> Optional[float]:
        """Return what a budget increase adds to the budget for a request (`rules.raised`): its cost, or the part its
        words give an increase beside the contingency's; None for other requests."""
        budget = self.q.project.budget
        return rules.raised(request, budget.amount if budget else None, self.q.decisions)

    def included(self, request: m.ChangeRequest) -> Optional[float]:
        """Return the rest of a split request a budget increase pays that the budget's answered amount already holds,
        as its words give that amount as the new total (`funding.included_part`); None for other requests."""
        budget = self.q.project.budget
        return included_part(request, budget.amount if budget else None, voted_words(request, self.q.decisions)) \
            if request.status in m.APPROVED_STATUSES \
            else None

    def held_words(self, held: Sequence[tuple[str, dt.date, float]]) -> list[str]:
        """Return each increase a report's budget is without (`report_money.Money.held_later`) in words: "CR-002 on
        2026-05-20 (USD 250,000)"."""
        _ = self.locale.gettext
        return [_("%(id)s on %(date)s (%(amount)s)", id=ident, date=self.locale.date(day), amount=self.money(abs(amount)))
                for ident, day, amount in held]

    def included_splits(self) -> list[m.ChangeRequest]:
        """Return the approved requests whose budget increase the budget's answered amount holds (`included`)."""
        return [cr for cr in self.approved_requests if self.included(cr) is not None]

    def included_total(self) -> float:
        """Return what the budget increases of `included_splits` come to."""
        return sum(self.included(cr) or 0 for cr in self.approved_requests)

    def included_whole(self) -> list[m.ChangeRequest]:
        """Return the approved requests a budget increase pays whole that the budget's answered amount already holds,
        as their words give that amount as the new total (`funding.increase_read`'s "included"; review 141c F1)."""
        budget = self.q.project.budget
        return [cr for cr in self.approved_requests
                if increase_read(cr, budget.amount if budget else None, voted_words(cr, self.q.decisions)) == "included"]

    def included_where(self, request: m.ChangeRequest) -> str:
        """Return which answer gives the budget's new total (`funding.new_total`) for a request whose increase the
        budget's amount holds: "notes" (its decision's), "description", or "decision D-05" (a logged decision voting
        the increase, `funding.voting_id`; "decision" for one with no ID, review 133b F3)."""
        budget = self.q.project.budget
        amount = budget.amount if budget else None
        notes = request.decision.notes if request.decision else None
        if not gives_total(notes, amount) and not gives_total(request.description, amount):
            vote = voting_id(request, self.q.decisions, amount)
            if vote is not None:
                return f"decision {vote}".strip()
        return "notes" if new_total(notes) is not None else "description"

    def split_increases(self) -> list[m.ChangeRequest]:
        """Return the approved requests whose words split their cost between the contingency and a budget increase
        (`funding.raised_part`), in log order; a cut its words say is none (review 144c F2: "paid in part by an
        increase of the budget (-EUR 350,000)" of a descoping after a funding cut)."""
        return [cr for cr in self.budget_increases() if not rules.increases_budget(cr.impact) and not self.is_cut(cr)]

    def increases_after(self, day: dt.date) -> list[m.ChangeRequest]:
        """Return the budget increases decided after ``day`` (a report's: the money left that day is without them)."""
        return [cr for cr in self.budget_increases() if cr.decision is not None and cr.decision.date > day]

    @property
    def budget_noun(self) -> str:
        """Return what the documents call the budget: "approved budget", or "budget for approval" while it is one
        (`budget_for_approval`: review 92b F2, a planning-stage status report gave an "Approved budget" awaiting its
        gate)."""
        return "budget for approval" if self.budget_for_approval else "approved budget"

    @property
    def budget_for_approval(self) -> bool:
        """Return True when the budget is still to be approved: the project is in planning and no approved change
        has raised it (the charter and the summary then call it "Budget (for approval)", review 51b F2), and neither
        the sponsor nor the change board has approved a version of the charter (review 77a F5: an approved charter's
        budget was "for approval"); never when no budget is recorded (review 85a F2: "approval of the project charter
        and its budget" beside "Budget: none recorded")."""
        return self.q.project.budget is not None and self.charter_awaits_approval and not self.budget_increases()

    @property
    def charter_awaits_approval(self) -> bool:
        """Return True when the project is in planning and neither the sponsor nor the change board has approved a
        version of its charter: its scope, schedule and budget are proposed, not yet approved (review 92b F7: "the
        approved scope" in the change-control plan of a project whose charter awaited its first gate)."""
        sponsor = m.same_name(self.q.roles.sponsor) if self.q.roles.sponsor else None
        charter = any(a.document == "project-charter" and (a.by == m.BOARD or m.same_name(a.by) == sponsor)
                      for a in self.q.approvals)
        return self.q.project.status == "planning" and not charter

    def budget_increase(self, requests: Optional[Sequence[m.ChangeRequest]] = None) -> float:
        """Return what the approved budget increases (else those of ``requests``) add to the budget (of what was
        assessed, as `totals`)."""
        return sum(self.raised(cr) or 0 for cr in (self.budget_increases() if requests is None else requests))

    def increases_and_cuts(self) -> tuple[float, float]:
        """Return what the approved budget increases add and what the approved cuts take off, apart (review 151a: a
        cut of MNT 600 m and an increase of MNT 650 m said as "approved increases of MNT 50,000,000")."""
        found = [self.raised(cr) or 0 for cr in self.budget_increases()]
        return sum(x for x in found if x > 0), -sum(x for x in found if x < 0)

    @staticmethod
    def absorbed(request: m.ChangeRequest) -> bool:
        """Return True when a request's words say its cost is absorbed within the budget, not from the contingency
        ("absorbed in the existing labor budget, not from contingency"): paid from this budget, not from other
        sources (review 96c F4)."""
        return absorbed(request)

    def paid_by_others(self) -> list[tuple[m.ChangeRequest, float]]:
        """Return the approved requests with a cost whose source, or part of it, is neither the contingency nor a
        budget increase (``impact.funding: other``, words naming another budget or a grant, a split's other part),
        each with that part: the charter's budget table says it apart (review 82a F5: "Approved changes AUD 178,000,
        of which budget increases AUD 38,000, contingency remaining AUD 156,000" left AUD 56,000 unexplained)."""
        found = []
        budget = self.q.project.budget.amount if self.q.project.budget else None
        for cr in self.approved_requests:
            cost = cr.impact.cost
            if cost and cost > 0 and (other := rules.paid_elsewhere(cr, budget, self.q.decisions)) > 0:
                found.append((cr, other))
        return found

    def drawn(self) -> float:
        """Return the approved cost paid from the contingency (`rules.drawn`): what the documents set against the
        reserve, the approved costs less the budget increases (a saving is not returned to it)."""
        return self.drawn_of(self.approved_requests)

    @staticmethod
    def drawn_of(requests: Sequence[m.ChangeRequest]) -> float:
        """Return what these requests take from the contingency (`rules.drawn`: a split's part, not its whole cost;
        review 134c F2: "the approved costs paid from it (SGD 63,400)" beside a table's SGD 48,400)."""
        return sum(rules.drawn(cr) for cr in requests)

    @staticmethod
    def notes_may_fund(request: m.ChangeRequest) -> bool:
        """Return True when a request's decision notes may say how it is paid for: an amount, a word of money in a
        language pmdocs reads, or words in a script other than Latin (review 114a F3: notes pmdocs could not read);
        the documents then say its funding is not recorded "apart from its decision notes" (review 127a F7: said
        beside "Approuvé dans la limite de la cheffe de projet ; mis en production le 7 août")."""
        notes = request.decision.notes if request.decision else None
        return bool(notes and (_MONEY_SAID.search(notes) or any(ch.isalpha() and ord(ch) > 0x24F for ch in notes)))

    def may_fund(self, requests: Sequence[m.ChangeRequest]) -> list[m.ChangeRequest]:
        """Return the ``requests`` whose decision notes may say how they are paid for (`notes_may_fund`)."""
        return [cr for cr in requests if self.notes_may_fund(cr)]

    @staticmethod
    def names_contingency(text: str) -> bool:
        """Return True when a text names the contingency reserve (`mentions.names_contingency`)."""
        return names_contingency(text)

    def contingency_decisions(self, by: Optional[dt.date] = None) -> list[m.LoggedDecision]:
        """Return `contingency_decisions` of the project's log (up to ``by``)."""
        return contingency_decisions(self.q, by)

    def reported_draws(self, by: Optional[dt.date] = None) -> list[tuple[dt.date, str]]:
        """Return `funding.reported_draws` of the project's status reports up to ``by``: those first said by then, as
        read once for all of them (each report asks for its own day)."""
        return [(day, said) for day, said in self._reported_draws if by is None or day <= by]

    @functools.cached_property
    def _reported_draws(self) -> list[tuple[dt.date, str]]:
        """Return `funding.reported_draws` of every status report, each sentence with the day it was first said."""
        return reported_draws(self.q)

    def uncosted(self) -> list[str]:
        """Return the approved requests paid from the contingency whose cost nobody assessed (`rules.unpriced_draw`):
        what is left of the contingency is at most the amount the others leave."""
        return [cr.id for cr in self.approved_requests if rules.unpriced_draw(cr.impact)]

    def contingency_words(self, left: float, uncosted: Sequence[str] = ()) -> str:
        """Return what is left of the contingency in words: ``EUR 4,600``; ``at most EUR 4,600 (the cost of CR-002 not
        assessed)``; or, approved changes beyond it, ``none: the approved changes exceed it by EUR 1,000`` (never
        "overspent": approving a change commits the reserve, nothing has been spent)."""
        _ = self.locale.gettext
        amount = self.money(abs(left)) or ""
        if left < 0:
            return _("none: the approved changes exceed it by %(amount)s", amount=amount)
        if uncosted:
            return _("at most %(amount)s (the cost of %(ids)s not assessed)", amount=amount,
                     ids=self.in_words(list(uncosted)))
        return amount

    def unassessed(self, statuses: str) -> list[m.ChangeRequest]:
        """Return the ``approved`` or ``pending`` requests whose cost or delay nobody assessed (the totals leave them
        out), in log order."""
        chosen = self.approved_requests if statuses == "approved" else self.pending()
        return [cr for cr in chosen if cr.impact.cost is None or cr.impact.schedule_days is None]

    def unasked(self, asked: Sequence[str], requests: Optional[Sequence[m.ChangeRequest]] = None
                ) -> list[m.ChangeRequest]:
        """Return the requests (else those still to be decided) that none of the decisions ``asked`` names
        (`named_in`: the executive summary and the report then list it once), in log order."""
        return [cr for cr in (self.pending() if requests is None else requests)
                if not any(self.named_in(text, [cr]) for text in asked)]

    def pending(self) -> list[m.ChangeRequest]:
        """Return the requests still to be decided (`generator.questionnaire.model.undecided`), in log order."""
        return [cr for cr in self.requests if m.undecided(cr)]

    def pending_on(self, day: dt.date) -> list[m.ChangeRequest]:
        """Return the requests raised by ``day`` and not decided by then: still to be decided, or decided after it
        (review 151c F2: a report asking to approve CR-005, decided three weeks later, said nothing of who decides)."""
        return [cr for cr in self.requests if cr.date <= day and (m.undecided(cr) or cr.decision is not None
                                                                   and cr.decision.date is not None
                                                                   and cr.decision.date > day)]

    def names_id(self, ident: str, text: str) -> bool:
        """Return True when a text names a request's ID as a whole word (a decision asked that names it by its title
        alone gets the ID beside it)."""
        return names(ident, text)

    def deferral(self, request: m.ChangeRequest, day: dt.date) -> Optional[m.LoggedDecision]:
        """Return the latest logged decision by ``day`` that defers a request still awaiting its decision then: it
        names the request (its ID in its words, or among its related IDs) and puts it off (`rules.says_deferred`),
        dated from the request's raising to before its own decision (review 125c F1: reports of April and May said
        DC-01 "awaited a decision" with "no change request decided", where D-03 of 28 April had deferred it)."""
        decided = request.decision.date if request.decision is not None else None
        if decided is not None and decided <= day:
            return None
        return max((d for d in self.q.decisions if request.date <= d.date <= day
                    and (decided is None or d.date < decided)
                    and _about(request, d) and rules.says_deferred(d.decision)),
                   key=lambda d: d.date, default=None)

    def deferred_before(self, request: m.ChangeRequest) -> Optional[m.LoggedDecision]:
        """Return the logged decision that deferred a request before its own decision (`deferral`), for the change
        log and its form (review 126a F5: the deferral by D-03 known only to the status reports)."""
        if request.decision is None or request.decision.date is None or request.status == "deferred":
            return None
        return self.deferral(request, request.decision.date - dt.timedelta(days=1))

    def deferred_between(self, start: Optional[dt.date], day: dt.date) -> list[str]:
        """Return, in words, the requests a logged decision deferred after ``start`` (any day for None) and by ``day``
        (`deferral`), in log order: "DC-01 on 2026-04-28 by the change board (decision D-03)"."""
        _ = self.locale.gettext
        return [_("%(id)s on %(date)s by %(by)s (decision %(decision)s)", id=cr.id, date=self.locale.date(d.date),
                  by=self.approver(d.by, in_sentence=True), decision=d.id)
                for cr in self.requests if (d := self.deferral(cr, day)) is not None and (start is None or d.date > start)]

    def named_in(self, text: str, requests: Sequence[m.ChangeRequest]) -> list[m.ChangeRequest]:
        """Return the requests a text (a decision asked) names, by their IDs or their titles (`mentions.asks_about`), in
        order: by their IDs alone where it names one (review 151c F2: "อนุมัติ CR-005 เลื่อน milestone MFA ครั้งที่ 2",
        read as about CR-003 too, "เลื่อน milestone MFA ... ครั้งที่ 1", and said approved)."""
        by_id = any(cr.id and names(cr.id, text) for cr in self.requests)
        return [cr for cr in requests if asks_about(text, cr.id, None if by_id else cr.title)]

    def says_contingency(self, request: m.ChangeRequest) -> str:
        """Return which of a request's answers says it is paid from the contingency alone: "notes" (its decision's),
        "description", or "" (neither): its form says so where impact.funding is not answered."""
        return self._funding_said_in(request, "contingency")

    def _funding_said_in(self, request: m.ChangeRequest, said: str) -> str:
        """Return which of a request's answers, its decision notes first, says ``said`` of what pays for it
        (`funding.funding_said`): "notes", "description" or "". The first that says anything of it is the one read
        (review 86a F1: the description's "Brightwater absorbs half", of the vendor's side, read beside decision notes
        saying "funded from contingency")."""
        for where, text in (("notes", request.decision.notes if request.decision else None),
                            ("description", request.description)):
            found = cost_funding(text, request.impact.cost if request.impact else None)
            if found:
                return where if found == said else ""
        return ""

    def contingency_part(self, request: m.ChangeRequest) -> Optional[float]:
        """Return what the contingency pays of an approved request's cost its words share with another source
        (`funding.request_part`), or None."""
        return request_part(request) if request in self.approved_requests else None

    def increase_read(self, request: m.ChangeRequest) -> tuple[str, str]:
        """Return how an approved request whose words say a budget increase pays it is counted ("added" to the
        budget, or "included" in its amount, `with_increases_read`) and which answer says it ("notes",
        "description"); ("", "") for other requests."""
        return self.increases_read.get(request.id, ("", ""))

    def raised_in_words(self, request: m.ChangeRequest) -> bool:
        """Return True when an approved request's words, not its ``impact.funding``, say a budget increase pays it
        (`funding.raised_in_words`): the budget's amount is taken to include it, as `pmdocs validate` says (review
        98b F4)."""
        return request in self.approved_requests and not request.impact.funding and raised_in_words(request)

    def shared_funding(self, request: m.ChangeRequest) -> str:
        """Return which of a request's answers names the contingency and another source for its cost: "notes",
        "description" or "" (a cost shared between sources is counted whole against the contingency)."""
        return self._funding_said_in(request, "shared")

    def other_funding(self, request: m.ChangeRequest) -> str:
        """Return which of a request's answers names a source other than the contingency for its cost, and not the
        contingency: "notes", "description" or ""."""
        return self._funding_said_in(request, "other")

    def shared_funded(self) -> list[m.ChangeRequest]:
        """Return the approved requests with a cost, no impact.funding answered and words naming the contingency
        and another source: the totals count all of their cost against the contingency."""
        return [cr for cr in self.approved_requests
                if cr.impact.cost and cr.impact.cost > 0 and not cr.impact.funding and self.shared_funding(cr)
                and request_part(cr) is None]

    def split_funded(self) -> list[m.ChangeRequest]:
        """Return the approved requests whose words give the contingency a part of their cost (`contingency_part`):
        the contingency left is less than the budget less their whole cost, and the documents say why."""
        return [cr for cr in self.approved_requests if self.contingency_part(cr) is not None]

    def unfunded(self) -> list[m.ChangeRequest]:
        """Return the approved requests with a cost whose funding nothing records (no impact.funding, no words saying
        the contingency or another source pays): the totals count their cost against the contingency."""
        return [cr for cr in self.approved_requests
                if cr.impact.cost and cr.impact.cost > 0 and not cr.impact.funding and not self.says_contingency(cr)
                and not self.shared_funding(cr) and request_part(cr) != 0]  # (0: its words deny the contingency)

    def names_decider(self, text: str) -> bool:
        """Return True when a decision asked for names who decides it (`mentions.names_decider`), or the role or
        job it is put to ("Sponsor: approve or reject CR-007", review 86c F4: the thresholds' approver was added)."""
        return (names_decider(text, [p.name for p in self.q.people]) or _ROLE_DECIDER.search(text) is not None
                or _BODY_DECIDER.search(text) is not None or any(names(body, text) for body in self._bodies))

    @functools.cached_property
    def _bodies(self) -> tuple[str, ...]:
        """Return the names of the bodies the project answers (its change board, the escalation levels that are not a
        person's job), whole and by the short name in their brackets: "Project Control Group (PCG)", "PCG" (reviews
        159b F8, 159c F2: "PCG to decide CR-01", "... amin'ny COPIL", given a second decider by the thresholds)."""
        levels = [e.level for e in (self.q.communication.escalation if self.q.communication else [])
                  if _BODY_NAMED.search(e.level) or _SHORT_NAME.search(e.level)]
        named = [name for name in (rules.board_name(self.q), *levels) if name]
        return tuple(dict.fromkeys([*named, *(short for name in named for short in _SHORT_NAME.findall(name))]))

    def put_to(self, request: m.ChangeRequest) -> Optional[tuple[dt.date, str]]:
        """Return the latest status report's day and decision asked that names a request awaiting its decision and
        who decides it ("Council to approve CR-003 in the Annual Plan"): the form quotes it beside the thresholds'
        approver (review 107a F4), or None."""
        if not m.undecided(request) or not request.id:
            return None
        # (or what it says comes next: "Styregruppen behandler CR-03 på mødet 11.12.2025", review 133a F8; or a clause
        # of its summary: "CR-005 límite premium Comité-pe", at the committee, review 164b F4)
        return next(((r.date, item) for r in sorted(self.q.status_reports, key=lambda r: r.date, reverse=True)
                     for item in (*r.decisions_needed, *r.next, *clauses(r.summary or "")) if names(request.id, item)
                     and (self.names_decider(item) or _BOARD_BODY.search(item) or self._board_word(item))), None)

    def _board_word(self, text: str) -> bool:
        """Return True when a text names the change board by the first word of its name, where that word names a
        body ("Comité-pe" of "Comité de Tecnología", at the committee: review 164b F4)."""
        called = rules.board_name(self.q) or ""
        first = called.split()[0] if called.split() else ""
        return bool(first and _BODY_WORD.fullmatch(first)
                    and re.search(rf"(?<![\w-]){re.escape(first)}(?:-\w+)?(?!\w)", text, re.IGNORECASE))

    def put_to_board(self, request: m.ChangeRequest) -> Optional[dt.date]:
        """Return the day of the status report whose decision asked puts a request awaiting its decision to the
        change board or the steering group (`put_to`, its words naming such a body), where the project has a board
        (members, or a threshold of its own); None otherwise."""
        put = self.put_to(request)
        if put is None or not (self.has_board or any(t.approver == m.BOARD for t in self.thresholds)):
            return None
        called = rules.board_name(self.q)
        # (its name, or with the ending a definite article gives it: "Styregruppen" of "Styregruppe", review 133a F8)
        if called and (names(called, put[1]) or self._board_word(put[1])
                       or re.search(rf"(?<!\w){re.escape(called)}(?:en|et|n|a)(?!\w)", put[1], re.IGNORECASE)):
            return put[0]
        # (its generic words, unless a level of escalation so named is someone else's: that body, not the board)
        others = [e for e in (self.q.communication.escalation if self.q.communication else [])
                  if e.who != m.BOARD and _BOARD_BODY.search(e.level)]
        return put[0] if _BOARD_BODY.search(put[1]) is not None and not others else None

    def decider_said(self, text: str, requests: Sequence[m.ChangeRequest], by: Optional[dt.date] = None) -> bool:
        """Return True when a decision asked for names who decides it, or what a status report up to ``by`` says comes
        next names one of its ``requests`` and who decides it ("Beslutning om CR-002 i styringsgruppen 2026-12-09":
        review 77b F2, where the thresholds' approver was said to decide what the PM had put to the steering group)."""
        nexts = [item for r in self.q.status_reports if by is None or r.date <= by for item in r.next]
        return self.names_decider(text) or any(names(cr.id, item) and self.names_decider(item)
                                               for cr in requests for item in nexts)

    def titled(self, request: m.ChangeRequest, text: str) -> bool:
        """Return True when a decision asked already says what the request is (`titled`)."""
        return titled(request, text)

    def stated(self, request: m.ChangeRequest, text: str) -> tuple[bool, bool]:
        """Return whether a text (a decision asked for a request) already gives the request's assessed cost, and its
        delay, as digits ("EUR 58,000, 14 days"): the line naming the request then adds only what it does not."""
        cost, days = request.impact.cost, request.impact.schedule_days
        digits = re.sub(r"(?<=\d)[,.'\u00a0\u202f ](?=\d{3}\b)", "", text)  # "58,000" and "58 000" as "58000"
        digits = re.sub(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?([kKmM])\b",  # "$95k" as "95000", "1.2m" as "1200000"
                        lambda found: f"{float(found.group(1).replace(',', '.')) * (1e3 if found.group(2) in 'kK' else 1e6):.0f}",
                        digits)
        amount = "" if cost is None else f"{abs(cost):.0f}" if cost == int(cost) else f"{abs(cost):.2f}"
        return (cost is not None and re.search(rf"(?<![\d.]){amount}(?!\d)", digits) is not None,
                days is not None and days != 0
                and re.search(rf"(?<!\d){abs(days)}\s*(?:working\s+)?(?:days?|d)\b", text) is not None)


def _about(request: m.ChangeRequest, logged: m.LoggedDecision) -> bool:
    """Return True when a logged decision is about a request: it relates to it, or its words name its ID."""
    return bool(request.id) and (request.id in logged.related or names(request.id or "", logged.decision))


def titled(request: m.ChangeRequest, text: str) -> bool:
    """Return True when a text (a decision asked for a request) already says what the request is: it holds at least
    half of the words of four letters or more of its title, two at least ("Decide whether to commission the mobile app
    penetration test" for "Add a mobile app penetration test"): the line naming the request then gives no title again
    (reviews 49b F13, 50c F10)."""
    words = {w for w in re.findall(r"\w+", request.title.casefold()) if len(w) >= 4}
    said = set(re.findall(r"\w+", text.casefold()))
    return len(words & said) >= max(2, (len(words) + 1) // 2)


def _raised_by(request: m.ChangeRequest, threshold: m.Threshold) -> bool:
    """Return True when a threshold's approver raised the request: nobody decides their own, it goes up a level."""
    return _requester(request, threshold.approver)


def _requester(request: m.ChangeRequest, who: Optional[str]) -> bool:
    """Return True when a person (not the board) is the one who requested the change."""
    return bool(who) and who != m.BOARD and m.same_name(who or "") == m.same_name(request.requested_by or "")


def _saves_only(request: m.ChangeRequest) -> bool:
    """Return True when a request's assessed impact saves money or time and adds neither."""
    cost, days = request.impact.cost or 0, request.impact.schedule_days or 0
    return cost <= 0 and days <= 0 and (cost < 0 or days < 0)


def _each_named(name: str) -> list[str]:
    """Return a deliverable's name and, for two things sharing their last word, each of them ("PIS and CAF API": also
    "PIS API" and "CAF API", review 76a: "the PIS API" named no deliverable)."""
    shared = re.fullmatch(r"(\S+) (?:and|&|und|et|y|e|en|i) (\S+) (\S+)", name.strip())
    return [name] + ([f"{shared[1]} {shared[3]}", f"{shared[2]} {shared[3]}"] if shared else [])


# a scope impact saying no deliverable changes: "No change to deliverables" (review 88c F6) ...
# ... of the deliverables, not of the scope: "No scope change" beside a request moving a deliverable's dates affects
# that deliverable (review 89c F6)
_NO_SCOPE = re.compile(r"\s*(?:no (?:change|changes|impact) (?:to|on|in) (?:the |any )?deliverables?"
                       r"|no deliverables? (?:change|changes|changed|impact|affected)|deliverables? unchanged)\s*\.?\s*",
                       re.IGNORECASE)



"""What an executive summary's one printed page holds: its lists cut to what fits, by an estimate of their height.

The rule the summary states when it cuts: what the project is for, where it stands and
the budget always stand; then, in this order, as many as fit of the decisions the latest
status report asks for (the first two), the biggest risk, the first three key dates (the milestones
forecast late come first), the next two risks, then the other decisions asked, the change requests waiting for a decision and the
other key dates (a closed project's sentence on its objectives' results comes before all but the first decisions
asked and the biggest risk); what is left out is counted, with the document that holds it. When no key date fits, the sentence
in their place names the milestones forecast late (up to `LATE_SAID`), and the other lists make room for it.
A page that would leave something out is set closer (10-point text) where that shows more and nothing less
(`closer_if_more`). Heights are in points, measured on the Word files as LibreOffice lays them out (body
text 14.7 pt a line, about 80 characters wrapped word by word and after a hyphen, 10 pt after a paragraph or
list); figures are taken at their widest, so the estimate errs towards cutting.
The module runs over 400 lines as one estimate: the page's fixed text, each list's heights and the order in which
they give way are measured against each other and change together.
"""

from __future__ import annotations

import contextvars
import dataclasses
import datetime as dt
import re
from typing import Callable, Optional, Sequence

from generator.questionnaire import model as m
from generator.questionnaire.approval import approval_state, latest_revision
from generator.questionnaire.mentions import asks_about, names
from generator.questionnaire.rules import (among_the_biggest, approval_milestone, increases_budget, paper_size,
                                          risk_band, risk_score, says_handed_over,
                                            unpriced_draw)
from generator.record import Record
from generator.questionnaire.funding import contingency_decisions, included_said, reported_draws, reserve
from generator.view.report_money import Money
from generator.view.running import ReportView, Slip
from generator.view.text_width import SPACE, measure, wide
from generator.view.standing import handed_over_by, hold_decision, rating_reasons, stale_by, still_asked, top_issues
from generator.view.tables import ScoredRisk

LINE, BULLET, CELL = 80, 76.5, 40  # units a line holds: body, list item (76.8 measured, review 67), milestone cell
WIDE_LINE = 18.2 / 14.7  # a line holding Chinese or Japanese characters is taller (its font's own line height)
PITCH, GAP = 14.7, 10.0  # a body line, and the space after a paragraph or a list
FIRST_ASKED = 2  # decisions asked that come before the risks; the others after them
FIRST_DATES = 3  # key dates that come right after the risks, before the other decisions; the others last
LATE_SAID = 3  # milestones forecast late that the key dates' sentence names when the table does not fit
# the key dates' sentence at its longest when it names no milestone (the table does not fit)
SHORT_DATES = ("Key dates. The project is on hold; it was planned to run from 2027-01-01 to 2027-01-01; 99 milestones "
               "are forecast late, 99 of them after the project's end: see the status report of 2027-01-01.")
HEADING = 33.0  # "Where it stands": the heading with the space around it (beyond the paragraph's own)
# a table row of one line; the key dates' line ("Key dates. The project runs from ... to ...") and the table's
# one-line header, with the space before and after them
ROW, TABLE = 14.6, 48.0
BOTTOM = 745.0  # where an A4 page's text must end, in points from the top (its text area ends near 760; estimates err)
# a page at its least may run this far past `BOTTOM` and still end above its text's true bottom (771 pt on A4, 720
# on letter): beyond it, the objectives are pointed to and Word sets the page closer (`PageFit.brief`)
OVER = 15.0
SHORTER = {"letter": 40.0}  # how much less than A4 another paper's page holds: 52 pt shorter (its lines are wider: `WIDER`)


class PageFit(Record):
    """How many of each list the page shows (the rest is counted and pointed to)."""

    asked: int
    pending: int
    risks: int
    milestones: int
    late: bool = False  # no key date fits as a table: a sentence names the milestones forecast late instead
    late_said: int = LATE_SAID  # how many of those the sentence names (the others counted)
    # ... by their names alone, where naming their forecasts does not fit (review 161c F4: "2 milestones are forecast
    # late: see the status report" on a page with room for their names)
    late_bare: bool = False
    occurred_named: bool = False  # the occurred risks are named with their words (else by their IDs)
    # ... or with their first words (`clipped`), where all of them do not fit and those cost nothing more (reviews
    # 118a F5, 118c F7: "Risk R-02 has occurred: see the risk register" told a non-technical board chair nothing)
    occurred_short: bool = False
    # no critical issue is open: the high-priority ones are named with their words (2), by their IDs (1) or not at
    # all (0), as far as that costs no list
    high_issues: int = 0
    issues_short: bool = False  # ... named by their first words (`clipped`), where their words cost a list
    # the page says why the latest report rates areas amber or red (`standing.rating_reasons`), where that leaves
    # room for what must follow and costs none of the decisions asked, nor the biggest risk, nor the first key dates
    why: bool = False
    # ... else a line says where those notes are, where it costs no list (review 138c F4: two amber ratings, no word
    # of why)
    pointer: bool = False
    results: bool = False  # a closed project's page says whether its objectives were met is not recorded there
    also_named: bool = False  # the biggest risks not listed are named with their words on the "Also among" line
    # no risk is listed: a line names the biggest by their IDs (else, on a page fuller than it holds, it points to the
    # risk register in fewer words)
    biggest_named: bool = True
    # no key date fits as a table and none is forecast late: the key dates' sentence names the next milestones
    # (`upcoming`, review 69: "its milestones are in the project charter" told a sponsor no date at all)
    upcoming: bool = False
    # what the page must say runs past its bottom with every list at its least: the objectives are pointed to in the
    # project charter, not listed (review 80c F2: an on-hold project's page ran to a second), or that makes room for
    # the first decision asked or the biggest risk (review 80a F1)
    brief: bool = False
    tight: bool = False  # ... and still runs over: Word sets the page closer (`DocMeta.tight`)
    # set closer, what the page must say still runs past its bottom (`closer`: such a page is not taken)
    overrun: bool = False


# how much wider a line of another paper is than an A4 line, which the widths above are measured on: a US letter
# page's text is 468 pt wide against A4's 453.5 (review 80a F1: a letter page a third empty named no open risk,
# each of its one-line name, issue and key dates counted as two); set for a page by `summary_fit`
WIDER = {"letter": 468 / 453.5}
_WIDER: contextvars.ContextVar[float] = contextvars.ContextVar("one_page_wider", default=1.0)
# a table's rows on a page set closer: its cells keep their size, so they take the room the text below gains
# (`TIGHT_ROOM`) as they are, counted that much taller
_TABLE: contextvars.ContextVar[float] = contextvars.ContextVar("one_page_table", default=1.0)
# the line saying which change requests the page leaves out await a decision, as high as `pending_cut` counts it
_PENDING_CUT: contextvars.ContextVar[float] = contextvars.ContextVar("one_page_pending_cut", default=PITCH)


def pending_cut(q: m.Questionnaire) -> float:
    """Return the height of the line naming the change requests awaiting a decision the page leaves out, at its
    longest: "Change requests CR-05, CR-06 and CR-07 also await a decision: see the change-control plan." (review
    159: two lines counted as one, an on-hold page's last line 0.4 pt above its bottom)."""
    pending = [cr.id or "CR-000" for cr in (q.change_control.requests if q.change_control else []) if m.undecided(cr)]
    ids = sorted(pending, key=len, reverse=True)[:3]
    if len(ids) < 2:
        return PITCH * lines(f"Change request {''.join(ids)} also awaits a decision: see the change-control plan.",
                             BULLET)
    return PITCH * lines(f"Change requests {', '.join(ids[:-1])} and {ids[-1]} also await a decision: see the "
                         "change-control plan.", BULLET)


def _charter_approved(q: m.Questionnaire) -> bool:
    """Return True when the executive summary asks no approval of the charter: its current version is approved by the
    sponsor (or the board), and no logged decision on the contingency, which the charter shows, is newer than that
    approval (it would make the charter a draft again)."""
    state = approval_state(q, "project-charter", "", [q.roles.sponsor] if q.roles.sponsor else [])
    if not state.approved:
        return False
    approved_on = max(a.date for a in state.current)
    # nor a risk the charter may show raised or occurred since (`Context.newer_records_of`'s "shown_risks"; counted for
    # every risk not closed, which may count a line the page does not need, never the reverse)
    risen = any(day > approved_on for r in q.risks if r.status != "closed" for day in (r.raised, r.occurred) if day) or any(
        r.closed > approved_on for r in q.risks if r.status == "closed" and r.closed)  # named closed (review 93b F5)
    return not risen and not any(d.date > approved_on for d in contingency_decisions(q))


def short_objectives(objectives: Sequence[m.Objective]) -> Optional[str]:
    """Return a page's objectives named without their due dates, where they are pointed to (`PageFit.brief`) and so
    take at most two lines (review 93a F9: "the project charter lists its 4 objectives" told a sponsor no objective);
    None where they take more (the page then points to the charter)."""
    text = "Objectives (their due dates are in the project charter): " + "; ".join(
        ob.objective.strip().rstrip(".") for ob in objectives) + "."
    return text if objectives and lines("What it is for. " + text) <= 2 else None


def lines(text: str, width: float = LINE) -> float:
    """Return the lines a paragraph of text takes, its words wrapped as a word processor wraps them, each measured
    in its font (`text_width.measure`): a word that does not fit goes to the next line, one longer than a line is
    broken; a word of Chinese or Japanese characters breaks anywhere, and its lines are taller (`WIDE_LINE` of a
    Latin line). ``width`` is an A4 line's, widened for the page's paper (`WIDER`)."""
    return _wrapped(text, width * _WIDER.get()) * (WIDE_LINE if any(wide(ch) for ch in text) else 1.0)


def _wrapped(text: str, width: float) -> int:
    """Return the lines of a paragraph wrapped word by word (`lines`)."""
    count, used = 1, 0.0
    for word in text.split():
        first, *rest = _HYPHENED.split(word)  # a word processor breaks "model-risk" after its hyphen (review 67a F3)
        size = measure(first)
        if used and any(wide(ch) for ch in word):  # wide characters: the line is filled and the word runs on
            used += SPACE + measure(word)
            rest = []
        elif used and used + SPACE + size > width:
            count, used = count + 1, size
        else:
            used += size + (SPACE if used else 0.0)
        for part in rest:  # each part after a hyphen goes on the line, or starts the next
            size = measure(part)
            if used + size > width:
                count, used = count + 1, size
            else:
                used += size
        while used > width:
            count, used = count + 1, used - width
    return count


_HYPHENED = re.compile(r"(?<=[^\W\d_]-)(?=[^\W\d_])")  # after a hyphen between letters


def fit(used: float, asked: Sequence[float], pending: Sequence[float], risks: Sequence[float],
        milestones: Sequence[float], bottom: float = BOTTOM) -> PageFit:
    """Return how many of each list fit the page (`fit_room`)."""
    return fit_room(used, asked, pending, risks, milestones, bottom)[0]


def fit_within(used: float, asked: Sequence[float], pending: Sequence[float], risks: Sequence[float],
               milestones: Sequence[float], bottom: float = BOTTOM, dates_cut: float = PITCH) -> PageFit:
    """Return how many of each list fit the page (`fit_room`) with the lines saying how many more there are inside
    it too: where those lines run past the bottom, the lists give up items until they do not (for a page whose
    last words must stay on it, as the key dates' sentence)."""
    found, room = fit_room(used, asked, pending, risks, milestones, bottom, dates_cut)
    lists = {"asked": asked, "pending": pending, "risks": risks, "milestones": milestones}
    counts = {key: getattr(found, key) for key in lists}

    def left() -> float:
        return room_left(used, list(lists.values()), PageFit(**counts), bottom, dates_cut)

    placed = dict(counts)
    last = ""
    while room < 0:  # the last placed gives way first (`fit_room`'s order, backwards)
        for key, floor in dropped_first(len(asked)):
            if counts[key] > floor:
                counts[key] -= 1
                last = key
                break
        else:
            break
        room = left()
    for key, _ in reversed(dropped_first(len(asked))):  # then the others take back, in order, the room a longer item left
        most = len(lists[key]) if counts[key] == placed[key] else placed[key]
        while key != last and counts[key] < most:
            counts[key] += 1
            if left() < 0:
                counts[key] -= 1
                break
    return PageFit(**counts)


def early_pending(asked: int) -> int:
    """Return how many pending requests come first, before the biggest risk and the key dates: one where no decision
    is asked, so that the page lists a decision the sponsor owes (review 91a F2: a planning page's one pending
    request, AUD 186,000, said only to await a decision, beside a risk in full); none beside a decision asked."""
    return 0 if asked else 1


def dropped_first(asked: int) -> tuple[tuple[str, int], ...]:
    """Return `fit_room`'s order backwards, each list down to the items an earlier phase placed: what gives way
    first, for a page with ``asked`` decisions asked."""
    early = early_pending(asked)
    return (("milestones", FIRST_DATES), ("risks", 1), ("pending", early), ("asked", FIRST_ASKED), ("milestones", 0),
            ("risks", 0), ("pending", 0), ("asked", 0))


def fit_room(used: float, asked: Sequence[float], pending: Sequence[float], risks: Sequence[float],
             milestones: Sequence[float], bottom: float = BOTTOM, dates_cut: float = PITCH) -> tuple[PageFit, float]:
    """Return how many of each list fit the page once ``used`` points are taken (the text ending at ``bottom``): the
    first `FIRST_ASKED` decisions asked (or, where none is, the first pending request: `early_pending`), then
    the biggest risk, the first `FIRST_DATES` key dates, the other
    decisions, the pending requests (a decision the sponsor may owe comes before a lesser risk), the other risks and
    the other key dates, each in turn (each item given by its height); a list cut short keeps a line to say how many more there
    are (a list with nothing shown: its sentence saying where it is), the key dates' ``dates_cut`` high (`dates_cut`)."""
    room = bottom - used
    cuts = {"asked": PITCH, "pending": _PENDING_CUT.get(), "risks": PITCH, "milestones": dates_cut}
    counts = dict.fromkeys(("asked", "pending", "risks", "milestones"), 0)
    cut: set[str] = set()
    early = early_pending(len(asked))
    phases = (("asked", asked, 0, FIRST_ASKED), ("pending", pending, 0, early), ("risks", risks, 0, 1),
              ("milestones", milestones, 0, FIRST_DATES),
              ("asked", asked, FIRST_ASKED, len(asked)), ("pending", pending, early, len(pending)),
              ("risks", risks, 1, len(risks)), ("milestones", milestones, FIRST_DATES, len(milestones)))
    for key, items, first, stop in phases:
        for index in range(first, min(stop, len(items))):
            if key in cut:
                break
            last = index == len(items) - 1
            if items[index] + (0 if last else cuts[key]) > room:  # the item, and a line saying how many more if any
                room -= cuts[key]
                cut.add(key)
                break
            room -= items[index]
            counts[key] += 1
    return PageFit(counts["asked"], counts["pending"], counts["risks"], counts["milestones"]), room


def occurred_named(occurred: Sequence[tuple[str, str]], left: Sequence[str] = ()) -> bool:
    """Return True when the occurred risks (ID, words) take at most three lines beside the risks' label with their
    words ("Supplier fails the audit (R-03): this risk has occurred; see the risk register."); else only their IDs
    are named."""
    return lines(_occurred_text(occurred, left)) <= 3


def _occurred_ids(occurred: Sequence[tuple[str, str]], left: Sequence[str] = ()) -> str:
    return ("The biggest risks. Risks " + ", ".join(i for i, _ in occurred) + " have occurred" + _left_text(left)
            + ": see the risk register.")


def _occurred_text(occurred: Sequence[tuple[str, str]], left: Sequence[str] = ()) -> str:
    return ("The biggest risks. " + "; ".join(f"{text} ({rid})" for rid, text in occurred)
            + ": these risks have occurred" + _left_text(left) + "; see the risk register.")


def _left_text(left: Sequence[str]) -> str:
    """Return the words giving the occurred risks the page does not name among the biggest (as long as the
    template's): by their IDs, up to `OTHERS_NAMED`, else counted."""
    if len(left) > OTHERS_NAMED:
        return f", and {len(left)} others rated lower"
    if not left:
        return ""
    ids = left[0] if len(left) == 1 else f"{', '.join(left[:-1])} and {left[-1]}"
    return f", and so {'has' if len(left) == 1 else 'have'} {ids}, rated lower"


OTHERS_NAMED = 3  # the occurred risks rated lower the page names by their IDs beside the biggest (more: counted)


def occurred_others(q: m.Questionnaire, risks: Sequence[ScoredRisk]) -> list[str]:
    """Return the IDs of the occurred risks the page does not name among the biggest (`summary_occurred`): it names
    them after those, or counts them, so the ones it names do not read as all (review 153c F7: "Risks R-01, R-04 and
    R-05 have occurred", R-09 too in the charter; review 159b F12: "and 1 other rated lower", R-06, unnamed)."""
    named = {r.id for r in summary_occurred(q, risks)}
    return [r.id or "R-00" for r in q.risks if r.status == "occurred" and r.id not in named]


CLIP = 60  # the characters an occurred risk's words are cut to, at most, beside the risks' label (`clipped`)


def clipped(text: str, most: int = CLIP) -> str:
    """Return a text's first words, up to ``most`` characters: whole, where it is that short; else cut at the last
    clause's end (a comma, a semicolon, a dash) after half of them, or at the last space, its notes in brackets left
    out first, and ended with an ellipsis ("Die historiese oesdata is in drie verskillende formate en die…")."""
    whole = text.strip().rstrip(".").strip()
    if len(whole) <= most:
        return whole
    whole = re.sub(r"\s*\([^()]*\)", "", whole)  # a note in brackets first
    if len(whole) <= most:
        return whole
    head = whole[:most + 1]
    cut = max((head.rfind(mark) for mark in (", ", "; ", " — ", " – ", ": ")), default=-1)
    if cut < most // 2:
        cut = head.rfind(" ")
    cut = cut if cut > 0 else most
    part = whole[:cut]
    if part.count("(") > part.count(")"):  # not inside brackets
        part = part[:part.rfind("(")]
    return part.rstrip(" ,;:—–-(") + "…"


def summary_fit(q: m.Questionnaire, latest: Optional[ReportView], risks: Sequence[ScoredRisk],
                shown: Sequence[m.Milestone], decision: Callable[[m.ChangeRequest], str],
                records: Optional[dt.date] = None,
                asked_words: Optional[Callable[[str, Sequence[m.ChangeRequest]], str]] = None,
                reflects: bool = True, contingency_left: Optional[float] = None, brief: bool = False,
                tight: bool = False) -> PageFit:
    """Return what an executive summary's page holds of its lists (`_summary_fit`), its lines as wide as its paper's
    (`WIDER`), and as its text's when set closer (``tight``: `TIGHT_WIDER`)."""
    paper = paper_size(q.organization.paper, q.project.budget.currency if q.project.budget else None)
    token = _WIDER.set(WIDER.get(paper, 1.0) * (TIGHT_WIDER if tight else 1.0))
    table = _TABLE.set(TIGHT_ROOM if tight else 1.0)
    pending = _PENDING_CUT.set(pending_cut(q))
    try:
        found = _summary_fit(q, latest, risks, shown, decision, records, asked_words, reflects, contingency_left,
                             brief, tight)
    finally:
        _PENDING_CUT.reset(pending)
        _TABLE.reset(table)
        _WIDER.reset(token)
    if brief or tight or found.tight or not _cut(found, q, risks, shown):
        return found

    def closer(brief: bool) -> PageFit:
        return summary_fit(q, latest, risks, shown, decision, records, asked_words, reflects, contingency_left,
                           brief=brief, tight=True)
    return closer_if_more(found, closer, bool(q.objectives))


def closer_if_more(found: PageFit, closer: Callable[[bool], PageFit], objectives: bool) -> PageFit:
    """Return the page set closer (`PageFit.tight`, its objectives listed or, failing that, pointed to), where that
    shows more than ``found`` and no less of anything (reviews 92a F2, 92c F2-F3: a page with room for five more
    lines named its biggest risks by their IDs and pointed to its key dates); else ``found``."""
    shown = _shows(found)
    for brief in (False, True) if objectives else (False,):  # the second tried only where the first is not taken
        fit = closer(brief)
        if fit.overrun:
            continue
        fit = dataclasses.replace(fit, brief=brief, tight=True)
        more = _shows(fit)
        if more > shown and all(a >= b for a, b in zip(more, shown)):
            return fit
    return found


def _lists(fit: PageFit) -> tuple[int, ...]:
    """Return what a page holds of its lists: decisions asked, requests pending, risks, key dates or late ones."""
    return fit.asked, fit.pending, fit.risks, fit.milestones, int(fit.late), fit.late_said


def _shows(fit: PageFit) -> tuple[int, ...]:
    """Return what a page shows, item by item (more is better in each)."""
    return (fit.asked, fit.pending, fit.risks, fit.milestones, int(fit.late or fit.upcoming or fit.milestones > 0),
            # late milestones named: by the sentence, or the table's rows (those forecast late come first in it), and
            # with their forecasts (not by their names alone, `PageFit.late_bare`)
            fit.late_said if fit.late else fit.milestones, int(fit.late and not fit.late_bare or fit.milestones > 0),
            int(fit.also_named),
            int(fit.occurred_named), int(fit.biggest_named),
            int(not fit.brief), int(fit.why), int(fit.pointer), 1 if fit.issues_short else fit.high_issues,
            int(fit.results))  # (first words, of an occurred risk or an issue, are no reason to set a page closer, nor
    # against it: they count as the IDs do)


def _cut(fit: PageFit, q: m.Questionnaire, risks: Sequence[ScoredRisk], shown: Sequence[m.Milestone]) -> bool:
    """Return True when the page leaves out something it would say given room: an item of a list, the objectives, the
    words of its biggest or occurred risks."""
    occurred = bool(summary_occurred(q, risks))
    return (fit.brief or fit.risks < min(3, len(risks)) or fit.milestones < len(shown)
            or (occurred and not fit.occurred_named) or not fit.biggest_named
            or (bool(also_biggest(risks, fit.risks)) and fit.risks > 0 and not fit.also_named))


# a page set closer (`PageFit.tight`: 10-point text, lines at 1.1): a line holds 11/10 of the words, and the text
# below the header block takes 12.8 pt a line for 14.7 and 7 pt after a paragraph for 10 (measured: LibreOffice),
# counted here as 1.15 times the room, the shorter gaps left as a margin; the title, the document line and the
# header keep their size (review 159: at 1.08, with those counted as set closer, the 104 summaries of the review
# questionnaires, tests/fixtures/summaries and the examples, rendered by LibreOffice, ended a median 76 pt above their
# text's bottom, 89 of them set closer, and reviewers found pages half empty that named no key date; at 1.15, those
# measured at their own size, all end on their page, the closest set closer 7 pt above its bottom, the median 53 pt
# (`python benchmarks/bench_summary_room.py` measures the fixtures' and the examples');
# at 1.10 before, review 93 had one end 0.5 pt above it, its two-line title counted as one)
TIGHT_WIDER, TIGHT_ROOM, TIGHT_FROM = 1.1, 1.15, 170.0


def _summary_fit(q: m.Questionnaire, latest: Optional[ReportView], risks: Sequence[ScoredRisk],
                 shown: Sequence[m.Milestone], decision: Callable[[m.ChangeRequest], str],
                 records: Optional[dt.date] = None,
                 asked_words: Optional[Callable[[str, Sequence[m.ChangeRequest]], str]] = None,
                 reflects: bool = True, contingency_left: Optional[float] = None, brief: bool = False,
                 tight: bool = False) -> PageFit:
    """Return what an executive summary's page holds of its lists (see the module's docstring): the decisions asked,
    the change requests pending (those not named by a decision asked, each told by ``decision``: its figures and
    who decides), the risks and the key dates ``shown``; ``records``: the newest record's date (an issue due
    before it is "past due"; None: any due date may be); ``reflects``: the document line says which records the
    page reflects (records newer than its version: `Context.newer_records`); ``contingency_left``: after every
    approved change recorded (`Context.contingency_left`); ``brief``: the objectives are pointed to, not listed
    (`PageFit.brief`: where the page at its least runs past its bottom, it is tried again so); ``tight``: set
    closer (`PageFit.tight`)."""
    p, o = q.project, q.organization

    def again(found: PageFit) -> PageFit:
        """Return the page tried again with the objectives pointed to, not listed (`PageFit.brief`), where they are
        listed and the page runs past its bottom by more than `OVER` (the estimate's margin: Word then sets it
        closer, `PageFit.tight`), or where that places the first decision asked or the biggest risk the page had
        no room for (review 80a F1: a bank's page listed four objectives and named no open risk); else ``found``."""
        if tight and not brief and q.objectives:  # set closer, its objectives listed (`closer_if_more`): does it fit?
            room = _placed_room(used + occurred_extra, heights, shown, latest, bottom, short, p.end, others)[1]
            return dataclasses.replace(found, overrun=room < 0)
        if brief or tight:  # tried again already
            return found
        over = _placed_room(used + occurred_extra, heights, shown, latest, bottom, short, p.end, others)[1] < -OVER

        def dated(fit: PageFit) -> int:  # the key dates given (a table, or a sentence naming some), where there are any
            return int(bool(fit.milestones or fit.upcoming or fit.late or not shown))
        if not over and (not q.objectives or (found.asked or not asked) and (found.risks or not risks) and dated(found)):
            return found
        # a page set closer is measured so (review 81a F3: set closer as if it held no more, it left a fifth empty)
        shorter = summary_fit(q, latest, risks, shown, decision, records, asked_words, reflects, contingency_left,
                              brief=bool(q.objectives), tight=over)
        # (review 82c F3: a planning page said its milestones were in the charter, with room for them once its
        # objectives were pointed to)
        if not over and ((min(shorter.asked, 1), min(shorter.risks, 1), dated(shorter))
                         <= (min(found.asked, 1), min(found.risks, 1), dated(found))):
            return found
        return dataclasses.replace(shorter, brief=bool(q.objectives), tight=over)
    # the title's line holds 69 units of its bold 16-point text as measured (review 67a F3: 62 counted one line as two)
    # (a name of two lines: its second at the title's own pitch, 16.1 pt, review 71c: counted 10 pt too many)
    # (the title, the document line and the header keep their size on a page set closer: measured at their own
    # width, not `TIGHT_WIDER`'s; review 159: an on-hold page's two-line name and document line counted one line each)
    head = 1 / TIGHT_WIDER if tight else 1.0
    used = (70.8 + 21.6 * lines(o.name + " · " + (o.department or ""), 55 * head) + 23.1 + 26.3
            + 16.1 * (lines(f"{p.name} ({p.code})", 69 * head) - 1))  # (review 90b: 68.4 units measured fit one line)
    issued = latest_revision(q.revisions)  # the version and date the page shows (`Context.version`)
    control = (f"Document ID: {p.code}-ES · Pack version: {issued.version if issued else 'not yet issued'} · "
               "Version date: "
               + ("2027-01-01" if issued else "not yet issued")
               + (" · Reflects records up to: 2027-01-01" if reflects else "")
               + (f" · Confidentiality: {o.confidentiality}" if o.confidentiality else ""))
    used += 12.1 * lines(control, 90 * head) + 17.0  # the document line (9-point text, its labels bold: 90 units, review
    # 74c F2: 91 characters counted one line wrapped to two, and the page ran to a second) and the rule under it
    header = f"{p.code} · Executive summary · {o.confidentiality or ''}"  # the page's header: a long label wraps;
    used += 12.1 * max(lines(header, 72 * head) - 2, 0)  # its second line still fits above the text (review 90b F3: counted,
    # it cost a risk on a page a tenth empty)
    summary = _paragraphs(p.summary)
    objectives = (short_objectives(q.objectives) or
                  f"Objectives: the project charter lists its {len(q.objectives)} objectives and their due dates."
                  if brief else "Objectives: " + "; ".join(f"{ob.objective} (" + ("no due date recorded)" if not ob.due else
                                                                    f"by {ob.due}, after the project's end)"
                                                                    if ob.due > p.end else f"by {ob.due})")
                                            for ob in q.objectives)) if q.objectives else ""
    # a closed project's "Whether each objective was met is not recorded here: ..." (review 56c F7), where it fits
    results = (PITCH * (lines("What it is for. " + objectives + " Whether each objective was met is not recorded "
                              "here: see the final status report and the lessons learned.") - lines(
                                  "What it is for. " + objectives)) if objectives and p.status == "closed" else 0.0)
    if len(summary) == 1:  # the objectives run on in the same paragraph
        summary = [summary[0] + " " + objectives] if objectives else summary
    elif objectives:
        summary.append(objectives)
    used += sum(PITCH * lines("What it is for. " + part) + GAP for part in summary) + HEADING
    requests = q.change_control.requests if q.change_control else []
    if latest is not None:
        # as the template words it: "Overall rating before the hold: AMBER (scope GREEN, schedule RED). "
        hold_before = hold_decision(q)
        areas = [f"{area} {status.rating.upper()}" for area, status in latest.areas if status]
        rating = ("Overall rating" + (" before the hold" if hold_before and latest.report.date < hold_before.date else "")
                  + f": {latest.report.overall.upper()}" + (f" ({', '.join(areas)})" if areas else "") + ". ")
        # the rating's bold capitals run wider than measured: with its areas it fills its line (review 70a F5: a
        # summary counted one line short pushed the page to two)
        own_line = PITCH * lines(rating) if len(areas) >= 2 else 0.0
        used += own_line + sum(PITCH * sum(lines(line) for line in ((rating if i == 0 and not own_line else "") + part)
                                        .split("\n")) + GAP for i, part in enumerate(_paragraphs(latest.report.summary)))
    else:  # "No status report has been recorded yet; the project's status is given as planning, although ..."
        decided = [cr.id for cr in requests if cr.decision and cr.status in m.APPROVED_STATUSES]
        although = f", and change requests {', '.join(decided)} have already been approved" if decided else ""
        if p.status is None:  # as the page words it
            state = "the project's status was not answered, so it is taken as planning (the questionnaire's default)"
            state += although
        elif p.status == "planning" and decided and any(a.document == "project-charter" for a in q.approvals):
            state = (f"the project is in planning, a version of its charter approved, and change requests "
                     f"{', '.join(decided)} have been approved since")  # as the page words it (review 82c F2)
        elif p.status == "planning":
            state = ("the project's status is given as planning" + although if decided
                     else "the project is still being planned")
        else:
            state = f"the project's status is {p.status}"
        used += PITCH * lines(f"No status report has been recorded yet; {state}.") + GAP
    if latest is not None and stale_by(q, latest.report):  # "The latest status report is 59 days older than ..."
        used += PITCH * lines("The latest status report is 99 days older than the newest record (2027-01-01): where "
                              "the project stands may have changed since.") + GAP
    why = rating_reasons(latest.report, q.milestones) if latest is not None else []
    # "Why: Schedule AMBER: .... Budget AMBER: ....": said when the page still holds what it must say after it
    why_height = PITCH * (lines("Why: " + " ".join(f"{area.capitalize()} AMBER: {status.note}." for area, status in why))
                          + 1) + GAP if why else 0.0  # bold words run wide
    hold = hold_decision(q)
    if hold is not None:  # "Decision D-01 (2026-10-15, Bram Visser): Put the project on hold until ..."
        used += PITCH * lines(f"On hold. Decision {hold.id} of 2027-01-01 ({hold.by}): {hold.decision}.") + GAP
    used += PITCH * lines(_budget_text(q, latest, contingency_left)) + GAP + 2 * (PITCH + GAP)  # the budget; the lists' two labels
    approved = [cr for cr in requests if cr.status in m.APPROVED_STATUSES]
    unknown = [cr.id for cr in approved if cr.impact.cost is None or cr.impact.schedule_days is None]
    budget = p.budget
    if approved and (unknown or budget is None or not budget.contingency_percent):  # else the contingency left says it
        # "Approved changes: at least EUR 8,000 in total, assessed as moving the schedule 5 days later: ..."
        ids = ", ".join(unknown)
        used += PITCH * lines("Approved changes: at least XXX 000,000 in total" + (f" (the cost of {ids} not assessed)"
                                                                                 if unknown else "")
                              + ", assessed as moving the schedule 000 days later as far as assessed"
                              + (f" (the effect on the schedule of {ids} not assessed)" if unknown else "") + ".") + GAP
    asked = still_asked(q, latest.report) if latest is not None else []
    pending = [cr for cr in requests if m.undecided(cr)]
    named = [[cr for cr in pending if asks_about(item, cr.id, cr.title)] for item in asked]
    alone = [cr for cr in pending if not any(cr in group for group in named)]
    if not asked and not pending:  # "No decision from the sponsor has been recorded as needed in the latest status
        # report, and no change request awaits one." (two lines, review 56: counted as one, a closed page ran over)
        used += PITCH * lines(("No other decision" if p.status == "planning" else "No decision from the sponsor")
                              + " has been recorded as needed" + (" in the latest status report" if latest else "")
                              + ", and no change request awaits one.") + GAP
    if p.status == "planning" and not _charter_approved(q):  # the charter's approval asked for (its status in words),
        # whatever else is asked (an approved charter is asked for nothing: review 89a F1, a page a fifth empty)
        # (review 63b F6), at its longest where an approval of it is recorded, else the draft's (review 56a F8: 65 pt
        # counted for a line and a half)
        status = ("Awaiting approval — version 0.0 approved by " + "X" * 40 + " on 2027-01-01; approval by "
                  + "X" * 40 + " not recorded" if any(a.document == "project-charter" for a in q.approvals)
                  else "Draft — no approval of this document recorded")
        ahead = approval_milestone(q.milestones, issued.date if issued else None)
        due = f" The plan has it by 2027-01-01 (milestone “{ahead.name}”)." if ahead else ""  # its day, planned
        used += PITCH * lines("Approval of the project charter and its budget: the project is in planning, and "
                              f"the charter's status is \"{status}\".{due}", BULLET) + GAP
    used += 2 * GAP + (0 if shown else 2 * PITCH)  # the lists' ends; no table: a sentence instead
    every = top_issues(q)
    top = every[:3]  # the ones the summary names
    # "Critical issues open: I-01, ... (owner; due ..., past due). The issue log has every issue."

    def issues_height(words: Callable[[str], str]) -> float:
        """Return the height of the line naming the issues, each by ``words`` of its own (whole, or `clipped`)."""
        return PITCH * lines("High-priority issues open: " + "; ".join(
            f"{i.id}, {words(i.issue)} ({i.owner}" + ("; due 2027-01-01" if i.due else "")
            + (", past due" if i.due and (records is None or i.due < records) else "") + ")" for i in top)
                             + ("; and 9 more" if len(every) > len(top) else "")
                             + ". The issue log has every issue.") + GAP if top else 0.0
    issues, short_issues = issues_height(str), issues_height(clipped)
    if p.status == "closed":  # "Issues left open: 3 issues, 1 of high or critical priority (I-03, ...: owner). ..."
        left = [i for i in q.issues if i.status in m.OPEN_ISSUE_STATUSES]
        top = []  # (the lines naming open issues give way to it)
        pressing = [i for i in left if i.priority in ("critical", "high")]
        handed = [i.id or "I-00" for i in left if says_handed_over(i.resolution)]
        # as the page words it, with its own counts and IDs (review 85c F4: counted at its longest, a closed project's
        # page named its highest risk by its ID alone, with a seventh of the page empty)
        used += PITCH * lines(f"Issues left open: {len(left)} issues" + (f", {len(pressing)} of high or critical "
                              "priority (" + "; ".join(f"{i.id}, {i.issue}: {i.owner}" for i in pressing) + ")"
                              if pressing else "") + "." + (f" {', '.join(handed)} are recorded as handed over."
                                                            if handed else "")
                              + " The issue log has every issue.") + GAP if left else 0.0
    critical = bool(top) and top[0].priority == "critical"
    ids_only = PITCH * lines("High-priority issues open: " + ", ".join(i.id or "I-00" for i in every)
                             + ": see the issue log.") + GAP if top else 0.0
    if critical:  # always named; high-priority ones only where they cost no list (`PageFit.high_issues`)
        used += issues
    left_open = [d for d in q.technical_debt if d.status != "paid-down"] if p.status == "closed" else []
    if left_open:  # "Technical debt left open: 3 items, 1 of high interest (TD-04, ...: owner). The register has ..."
        used += PITCH * lines("Technical debt left open: 9 items, 9 of high interest (" + "; ".join(
            f"{d.id}, {d.item}: {d.owner or ''}" for d in left_open if d.interest == "high")
            + "). The technical debt register has every item."
            + (" No owner is recorded for " + ", ".join(d.id or "TD-00" for d in left_open if not d.owner) + ";"
               if any(not d.owner for d in left_open) else "")
            + (" No target date for " + ", ".join(d.id or "TD-00" for d in left_open if not d.target) + "."
               if any(not d.target for d in left_open) else "")) + GAP
    # "4 other milestones are not shown (1 of them forecast late): see ...": under the table only (review 72a F4: it
    # was counted where no table fit, and the key dates' sentence lost its dates)
    # the milestones forecast late left out of the table, where the key milestones are not all of them
    left_late = [s for s in latest.slipped if s.milestone not in {ms.name for ms in shown}] if latest else []
    # (a closed project's line says its others were reached: "6 other milestones, all reached on or before their
    # dates, are not shown: ...", review 154a F5, counted as two lines as a late one's)
    others = dates_cut(left_late, p.end) + GAP \
        if len(shown) < len(q.milestones) \
        else 0.0
    bottom = BOTTOM - SHORTER.get(paper_size(o.paper, p.budget.currency if p.budget else None), 0.0)
    if tight:  # the text below the header block set closer holds more (`TIGHT_ROOM`)
        bottom = TIGHT_FROM + (bottom - TIGHT_FROM) * TIGHT_ROOM
    open_ids = [s.id for s in risks]
    settled = [cr for cr in requests if cr.decision is not None and not m.undecided(cr)
               and latest is not None and cr.decision.date >= latest.report.date]  # review 75a F2
    heights: tuple[list[float], list[float], list[float]] = ([PITCH * lines(
        # an item asked and decided since: "Decided since the status report of 2026-11-27: ..." (review 61b F4)
        ("Decided since the status report of 2027-01-01: " if not group and any(names(cr.id, item) for cr in settled)
         else "") + (asked_words(item, group) if asked_words
                                                                             else item + "".join(
                                                                                 f" — {cr.id}: {cr.title} ({decision(cr)}"
                                                                                 for cr in group))
                                                            # "(CR-006 approved on 2026-09-18)": a request it names,
                                                            # decided already
                                                            + "".join(f" ({cr.id} approved on 2027-01-01)"
                                                                      for cr in settled if names(cr.id, item)), BULLET)
                                                               for item, group in zip(asked, named)],
               [PITCH * lines(f"A decision on change request {cr.id}, {cr.title} ({decision(cr)})", BULLET)
                for cr in alone],
               [PITCH * lines(f"High (score 9 of 9): {s.risk.risk} ({s.risk.owner or 'no owner or'}"
                             + ("" if s.risk.mitigation else "; no mitigation recorded")
                             + ("; handed over by D-00 of 2027-01-01" if handed_over_by(q, s.id, open_ids) else "")
                             + ").", BULLET)
                for s in risks[:3]])
    # the line naming the biggest risks not listed ("Also among the biggest, each rated high; ...")
    # may take more than the one line a list cut short is counted for (review 46a F2)
    also_lines = lines(also_text(also_biggest(risks, 1), 1, False), BULLET) - 1 if len(risks) > 1 else 0.0
    used += PITCH * also_lines
    occurred = [(r.id or "R-00", r.risk) for r in summary_occurred(q, risks)]
    unnamed = occurred_others(q, risks)
    short = short_dates(q, latest)

    def settle(used: float, clip: bool = True) -> PageFit:
        if not occurred:
            return _placed(used, heights, shown, latest, bottom, short, p.end, others)
        # beside the risks' label (a line counted above): by their IDs, or with their words where that costs no list
        by_ids = _placed(used + PITCH * (lines(_occurred_ids(occurred, unnamed)) - 1), heights, shown, latest, bottom, short,
                         p.end, others)
        cut = [(rid, clipped(text)) for rid, text in occurred]
        for said, flag in ((occurred, "occurred_named"), (cut, "occurred_short")):
            if not occurred_named(said, unnamed) or (flag == "occurred_short" and (cut == list(occurred) or not clip)):
                continue
            with_words = _placed(used + PITCH * (lines(_occurred_text(said, unnamed)) - 1), heights, shown, latest, bottom,
                                 short, p.end, others)
            # what has happened comes before the lesser risks and the later key dates (reviews 51a F3, 51b F6, 51c F5:
            # "Risk R-01 has occurred: see the risk register" on a red project's page): named where that costs no
            # decision, nor the biggest open risk, nor the first key date (or the sentence naming those forecast late)
            if flag == "occurred_short" and _lists(with_words) != _lists(by_ids):
                continue  # their first words only where they cost nothing the IDs keep
            if (with_words.asked == by_ids.asked and with_words.pending == by_ids.pending
                    and with_words.risks >= min(1, by_ids.risks)
                    and with_words.milestones >= min(1, by_ids.milestones)
                    and (with_words.milestones or with_words.late or not (by_ids.milestones or by_ids.late))):
                return dataclasses.replace(with_words, **{flag: True})
        return by_ids

    # the occurred risks' words beside the risks' label, at their longest (`settle`)
    # (their first words, `settle` places only where they cost nothing the IDs keep: not counted here)
    occurred_extra = PITCH * (max(lines(_occurred_ids(occurred, unnamed)), lines(_occurred_text(occurred, unnamed))
                                  if occurred_named(occurred, unnamed) else 0) - 1) if occurred else 0.0

    def fits(used: float) -> bool:
        """Return True when the page, with what `settle` places, ends above its bottom: a line that costs no list
        must still fit (a list at its least cannot give way)."""
        return _placed_room(used + occurred_extra, heights, shown, latest, bottom, short, p.end, others)[1] >= 0

    # what the page must hold whatever the lists show: a line for each list cut short, the key dates' sentence
    least = PITCH * (bool(asked) + bool(pending) + bool(risks)) + (PITCH * lines(short) if shown else 0.0)
    said_why = bool(why) and used + why_height + least <= bottom - 2 * PITCH and fits(used + why_height)
    # a green schedule's note beside milestones forecast late (review 56c F4) may cost the third key date: it says
    # why they do not make the schedule amber
    green_late = any(status.rating == "green" for _, status in why)
    if said_why:  # and it costs none of the decisions asked, nor the biggest risk, nor the first key dates
        without, with_why = settle(used), settle(used + why_height)
        said_why = (with_why.asked == without.asked and with_why.risks >= min(1, without.risks)
                    and with_why.milestones >= min(FIRST_DATES - green_late, without.milestones)
                    # nor the sentence naming the milestones forecast late or the next ones (review 72a F4)
                    and with_why.late >= without.late and with_why.upcoming >= without.upcoming
                    and with_why.pending >= without.pending)  # (a decision the sponsor owes before a reason)
    if said_why:
        used += why_height
    # a closed page's sentence on the objectives' results comes before the lesser risks and the key dates, which
    # have passed, and the requests still pending, which a line still counts (review 67: at the end of the order it
    # gave way to any list that could hold one more item), where it costs none of the decisions asked, nor the
    # biggest risk
    said_results = bool(results) and fits(used + results)
    if said_results:
        without, with_results = settle(used), settle(used + results)
        said_results = with_results.asked == without.asked and with_results.risks >= min(1, without.risks)
    if said_results:
        used += results
    found = dataclasses.replace(settle(used), why=said_why, results=said_results)
    if top and not critical:
        # (their first words where all of them cost a list: reviews 118a F5, 118c F7, "I-04: see the issue log")
        for said, height in ((2, issues), (-2, short_issues), (1, ids_only)):
            # (an occurred risk's first words give way to them: `settle` places those only in room left over)
            after = dataclasses.replace(settle(used + height), why=said_why)
            if dataclasses.replace(after, occurred_short=found.occurred_short) == found and fits(used + height):
                found = dataclasses.replace(found, high_issues=abs(said), issues_short=said < 0 and short_issues < issues,
                                            occurred_short=after.occurred_short)
                used += height
                break
        else:  # by their IDs at least, at the cost of any list but its first item (review 110b F6: an open high
            # issue blocking the work was left off a page with room to spare)
            # (an occurred risk's first words give way to them here too)
            cut = dataclasses.replace(settle(used + ids_only, clip=False), why=said_why, results=said_results)
            if fits(used + ids_only) and all(getattr(cut, key) >= min(1, getattr(found, key))
                                             for key in ("asked", "risks", "milestones")) \
                    and (found.milestones or cut.upcoming >= found.upcoming):
                found = dataclasses.replace(cut, high_issues=1)
                used += ids_only
    if risks and not found.risks:  # no risk listed: their line names the biggest ("Rated highest: R-03 (high) ...")
        # where it leaves the page no fuller than it holds, else it points to the register in fewer words
        # (in place of the "Also among" line counted above: review 71c, both counted, a page lost its key dates)
        extra = PITCH * (lines(also_text(also_biggest(risks, 0), 0, False), BULLET) - 1 - also_lines)
        if not fits(used + extra):
            return again(dataclasses.replace(found, biggest_named=False))
        used += extra
    # the other biggest risks named with their words, not bare IDs, where that costs no list (reviews 41c, 42a, 43b)
    also = also_biggest(risks, found.risks)
    if also and found.risks:  # (a page with no room for the biggest risk's own line has none for their words)
        extra = PITCH * (lines(also_text(also, found.risks, True), BULLET)
                         - lines(also_text(also, found.risks, False), BULLET))
        kept = dataclasses.replace(settle(used + extra), why=found.why, pointer=found.pointer,
                                   high_issues=found.high_issues, issues_short=found.issues_short)
        if dataclasses.replace(kept, occurred_short=found.occurred_short) == found and fits(used + extra):
            found = dataclasses.replace(found, also_named=True, occurred_short=kept.occurred_short)
            used += extra
    # ... else a line saying where the notes on the ratings are, last, on the terms the notes had (review 138c F4: two
    # amber ratings, no word of why)
    pointer = PITCH * (lines(f"Why: the notes on these ratings are in section 1 of the status report of "
                             f"{latest.report.date if latest else ''}.") + 1) + GAP
    if why and not found.why and fits(used + pointer) and used + pointer + least <= bottom - 2 * PITCH:
        kept = settle(used + pointer)
        if (kept.asked == found.asked and kept.risks >= min(1, found.risks) and kept.pending >= found.pending
                and kept.milestones >= min(FIRST_DATES - green_late, found.milestones) and kept.late >= found.late
                and kept.upcoming >= found.upcoming):
            found = dataclasses.replace(found, pointer=True, milestones=min(found.milestones, kept.milestones),
                                        risks=min(found.risks, kept.risks))
            used += pointer
    return again(found)


ALSO_TAIL = "; every open risk is in the risk register."


def also_text(also: Sequence[ScoredRisk], shown: int, in_words: bool) -> str:
    """Return about the line naming the biggest risks the page does not list (``also``, after ``shown`` listed), with
    their words or by their IDs, at its widest."""
    label = "Also among the biggest: " if shown else "Rated highest: "
    if in_words:
        return label + "; ".join(f"{s.risk.risk} ({s.id}, {s.rating})" for s in also) + ALSO_TAIL
    return label + ", ".join(f"{s.id} ({s.rating})" for s in also) + ALSO_TAIL


def summary_occurred(q: m.Questionnaire, risks: Sequence[ScoredRisk]) -> list[m.Risk]:
    """Return the occurred risks the page names among the biggest (of the open ``risks`` it may name): those rated high
    (`rules.among_the_biggest`), and those not rated low scored as high as every open one it names, which they come
    before (review 107c F5: an occurred budget risk scored 4 was left out beside an open one scored 4, on the page
    saying the budget was overspent; review 93b F4: not before an open one scored 9), and those named by what the
    page asks to decide (`_asked_texts`). The page's estimate and its text read this one list."""
    top = max((r.score for r in also_biggest(risks, 0)), default=None)
    asked = _asked_texts(q)
    return [r for r in q.risks if r.status == "occurred" and (among_the_biggest(r) or (
        top is not None and risk_band(score := risk_score(r.likelihood, r.impact)) != "low" and score >= top)
        or (r.id is not None and any(names(r.id, text) for text in asked)))]


def _asked_texts(q: m.Questionnaire) -> list[str]:
    """Return the words of what the page asks the reader to decide: the latest status report's decisions needed and
    the change requests waiting for a decision. An occurred risk they name is why the page asks (review 114c F2: an
    occurred risk scored medium, the cause of the request the page asked to approve, was left out of it)."""
    latest = max(q.status_reports, key=lambda r: r.date, default=None)
    texts = list(latest.decisions_needed) if latest else []
    for cr in q.change_control.requests if q.change_control else ():
        if m.undecided(cr):
            texts += [text for text in (cr.title, cr.description, cr.reason) if text]
    return texts


def also_biggest(risks: Sequence[ScoredRisk], shown: int) -> list[ScoredRisk]:
    """Return the biggest risks after the first ``shown`` up to the third, and any that tie with the third (when
    none is listed, a page too full for them names the biggest on one line)."""
    if len(risks) <= shown or shown >= 3:
        return []
    third = risks[min(3, len(risks)) - 1].score
    return list(risks[shown:3]) + [r for r in risks[3:] if r.score == third]


def _forecast_words(q: m.Questionnaire, latest: ReportView, money: str) -> str:
    """Return about the words after the forecast cost at completion (`_macros.forecast_against`), for its case."""
    b, f = latest.money, latest.report.budget.forecast if latest.report.budget else None
    if f is None or b.approved is None:
        return ""
    if on_budget_unsaid(q, b, f):
        return f" (the approved budget; whether that counts on spending the contingency ({money}) has not been recorded)"
    if b.funded is not None and f > b.funded:
        unsaid = q.project.budget is not None and q.project.budget.contingency_included is None and not included_said(
            q.scope, q.project.summary)  # (review 68a F1)
        return (f" ({money} over the approved budget: the contingency left after the approved changes ({money}) would "
                f"all be used, and {money} more would be needed"
                + ("; this counts the contingency as part of the budget, and whether it comes on top of it has not "
                   "been recorded" if unsaid else "")
                + ("; this does not count the budget increase approved with CR-000, its amount not assessed"
                   if b.unassessed_increases else "") + ")")
    if b.planned is not None and f > b.planned:
        return (f" ({money} above the planned cost, to come from the contingency left after the approved changes "
                f"({money}): {money} of it would be left)")
    return f" (within the planned cost, {money} below it)"


def forecast_says_contingency(q: m.Questionnaire, latest: Optional[ReportView], left: Optional[float]) -> bool:
    """Return True when the forecast's words say what is left of the contingency, so the summary's budget sentence ends
    there: the contingency ``left`` after every approved change recorded is what the latest report counts (no change
    approved since), nothing is spent above the planned cost, no decision names the contingency, and the forecast
    is above the planned cost (`_macros.forecast_against` then says what it leaves; reviews 49a F2, 49b F3)."""
    if latest is None or latest.report.budget is None or latest.report.budget.forecast is None:
        return False
    b, f = latest.money, latest.report.budget.forecast
    return (bool(b.contingency) and b.approved is not None and left is not None and left >= 0
            and b.contingency_left == left and not b.overspend and not contingency_decisions(q)
            and (f > b.approved + b.others or b.planned is not None and f > b.planned) and not on_budget_unsaid(q, b, f))


def on_budget_unsaid(q: m.Questionnaire, b: Money, forecast: float) -> bool:
    """Return True when a forecast equals the approved budget while whether the contingency is part of it is not
    recorded: the forecast then says no more than that (reviews 77c, 78c: "INR 6,300,000 above the planned cost, to
    come from the contingency: INR 0 of it would be left" of a green budget forecast at the budget)."""
    budget = q.project.budget
    return (bool(b.contingency) and b.approved is not None and forecast == b.approved and budget is not None
            and budget.contingency_included is None and not included_said(q.scope, q.project.summary))


# what the summary adds to money overspent where the contingency is counted in the budget by the rule, no answer
# saying so (review 107c F4: "CHF 180,000 overspent" beside a note saying the cost is "within budget plus reserve")
OVERSPENT_UNSAID = ", the contingency counted as part of the budget: whether it comes on top has not been recorded"


def _spent_before(q: m.Questionnaire, latest: Optional[ReportView]) -> bool:
    """Return True when a report before the latest gives a cost to date the latest does not give
    (`Context.spent_earlier`)."""
    return latest is not None and latest.money.spent is None and any(
        r.budget is not None and r.budget.spent is not None and r.date < latest.report.date for r in q.status_reports)


def _budget_text(q: m.Questionnaire, latest: Optional[ReportView], left: Optional[float] = None) -> str:
    """Return about the budget's sentence as the summary writes it, its figures at their widest."""
    budget = q.project.budget
    if budget is None:
        return "Budget: none recorded for this project."
    requests = q.change_control.requests if q.change_control else []
    # an amount as wide as the largest the sentence may give: the budget with its increases and its reserve, or what
    # the latest report gives spent or forecast (review 85c F4: every amount counted at seven digits)
    spent_forecast = (latest.report.budget.spent, latest.report.budget.forecast) if latest is not None and \
        latest.report.budget is not None else (None, None)
    increases = sum(cr.impact.cost or 0 for cr in requests if cr.status in m.APPROVED_STATUSES
                    and increases_budget(cr.impact))
    top = max([budget.amount * (1 + (budget.contingency_percent or 0) / 100) + increases,
               *(v or 0 for v in spent_forecast)])
    # (at most seven digits, as measured before: the widths' margin has always covered larger ones)
    money = f"{budget.currency} " + f"{min(max(top, 1), 9e6):,.0f}".translate(str.maketrans("123456789", "000000000"))
    raised = any(cr.status in m.APPROVED_STATUSES and increases_budget(cr.impact) for cr in requests)
    cut = any(cr.status in m.APPROVED_STATUSES and cr.impact is not None and (cr.impact.cost or 0) < 0 for cr in requests)
    spent = latest is not None and latest.money.spent is not None
    named = contingency_decisions(q)
    uncosted = [cr.id or "CR-000" for cr in requests if cr.status in m.APPROVED_STATUSES and unpriced_draw(cr.impact)]
    on_top = budget.contingency_included is False and budget.contingency_percent
    label = "Budget (for approval)" if q.project.status == "planning" else "Budget"  # at its longest
    forecast = latest.report.budget.forecast if latest is not None and latest.report.budget is not None else None
    # at closure, the cost to date is the cost at completion, said once (as the template words it: review 159a F5, a
    # closed page counted a line of forecast it does not give, and its second open risk left out)
    at_end = (q.project.status == "closed" and spent and latest is not None and forecast is not None
              and forecast == latest.money.spent and not forecast_says_contingency(q, latest, left))
    return (f"{label}: {money}" + (f" plus a contingency reserve of {money}" if on_top else "")
            + (f" plus approved increases of {money}" if raised else "")
            + (f" less approved budget cuts of {money}" if raised and cut else "")
            + (f"; {money} spent by 2027-01-01{', the cost at completion' if at_end else ''} ({money} left, contingency "
               "included)" if spent
               else "; spent to date not recorded" + (f" in the report of 2027-01-01 ({money} spent by 2027-01-01, the "
                                                       "latest figure recorded)" if _spent_before(q, latest) else ""))
            + (OVERSPENT_UNSAID if spent and latest is not None and latest.money.remaining is not None
               and latest.money.remaining < 0 and budget.contingency_percent and budget.contingency_included is None
               and not included_said(q.scope, q.project.summary) else "")
            + (f"; forecast cost at completion {money}" + _forecast_words(q, latest, money) if latest is not None
               and forecast is not None and not at_end else "")
            + ("" if forecast_says_contingency(q, latest, left) else f"; contingency left {money} of {money}"
               # more than was set aside: savings returned to it (review 79c F2)
               + (" set aside, and savings returned to it ()" if left is not None and budget.contingency_percent
                  and left > (reserve(budget.amount, budget.contingency_percent) or 0) else "")
               # "at most EUR 27,600 (the cost of CR-002 not assessed)" (`ChangeRequests.contingency_words`)
               + (f" at most (the cost of {', '.join(uncosted)} not assessed)" if uncosted else ""))
            + (f"; decisions {', '.join(d.id for d in named)} also concern it and are not counted here" if named else "")
            + ("; the status reports of 2027-01-01, 2027-01-01 and 2027-01-01 record draws on it not counted here"
               if reported_draws(q) else "")
            + (f", after the approved changes and {money} spent above the planned cost"
               if spent and latest is not None and latest.money.overspend else "") + ".")


def room_left(used: float, lists: Sequence[Sequence[float]], found: PageFit, bottom: float,
              dates_cut: float = PITCH) -> float:
    """Return the points left at the bottom of the page once ``used`` are taken and the lists (asked, pending, risks,
    key dates) show what ``found`` says, each list cut short with its line saying how many more (the key dates'
    ``dates_cut`` high)."""
    counts = (found.asked, found.pending, found.risks, found.milestones)
    return bottom - used - sum(sum(items[:count]) + (cut if count < len(items) else 0.0)
                               for items, count, cut in zip(lists, counts, (PITCH, _PENDING_CUT.get(), PITCH, dates_cut)))


# what a key date's last cell holds, at its longest: "2027-01-01 (99 days late), after the project's end" wraps in a
# cell of about this many units (review 58b F3: two such rows ran the page's last line onto a second page)
FORECAST_CELL = 44
NARROW_CELL = 28  # the names' cell beside such a last cell


def _key_date_words(ms: m.Milestone, latest: Optional[ReportView], end: Optional[dt.date]) -> str:
    """Return a key date's last cell as the executive summary words it, at its longest."""
    s = latest.slip_of(ms.name) if latest is not None else None
    if s is None or s.forecast is None:  # "no forecast", "date passed; whether reached is not recorded": counted as
        return ""  # one line, as the pages measured hold them
    return ("reached " if s.reached else "") + "2027-01-01 (999 days late)" + (
        ", after the project's end" if not s.reached and end is not None and s.forecast > end else "")


def _placed(used: float, heights: tuple[list[float], list[float], list[float]], shown: Sequence[m.Milestone],
            latest: Optional[ReportView], bottom: float, short_text: str = SHORT_DATES,
            end: Optional[dt.date] = None, others: float = 0.0) -> PageFit:
    """Return what the page holds of its lists once ``used`` points are taken: the key dates as a table, else (no
    room for one) as a sentence naming the milestones forecast late."""
    return _placed_room(used, heights, shown, latest, bottom, short_text, end, others)[0]


def _placed_room(used: float, heights: tuple[list[float], list[float], list[float]], shown: Sequence[m.Milestone],
                 latest: Optional[ReportView], bottom: float, short_text: str = SHORT_DATES,
                 end: Optional[dt.date] = None, others: float = 0.0) -> tuple[PageFit, float]:
    """Return `_placed`'s answer and the points it leaves at the bottom of the page (below 0: the page is fuller than
    it holds, with every list already cut to what it must show). ``others``: the line under the table saying how many
    milestones it leaves out, where the key milestones are not all of them (it says so of the rows cut too)."""
    carried = {s.milestone for s in latest.slips if s.last and not s.forecast} if latest is not None else set()
    # a milestone with no new forecast names the last one too: a second line in its last cell
    last = [_key_date_words(ms, latest, end) for ms in shown]
    # a last cell that wraps widens its column, and the names' column narrows (review 58b F3)
    names = NARROW_CELL if any(lines(words, FORECAST_CELL) > 1 for words in last) else CELL
    # with no report, the key dates' line goes on: "No status report has been recorded yet, so there are no forecasts."
    rows = [_TABLE.get() * ((TABLE + (PITCH if latest is None else 0.0) if i == 0 else 0)
                            + ROW * max(lines(ms.name, names), 1 + (ms.name in carried), lines(words, FORECAST_CELL)))
            for i, (ms, words) in enumerate(zip(shown, last))]
    late = latest.slipped if latest is not None else ()
    # one line says how many are left out, however many, and names those forecast late: all but the first, which a
    # table of one row shows
    cut = 0.0 if others else dates_cut(late_first(late, end)[1:], end)
    found, room = fit_room(used + others, *heights, rows, bottom, cut)
    if room < 0:  # the lines saying how many more a list holds ran past the bottom (a 2-page summary, review 46a F2)
        found = fit_within(used + others, *heights, rows, bottom, cut)
    if found.milestones or not shown:
        return found, room_left(used + others, (*heights, rows), found, bottom, cut)
    cut = dates_cut(late_first(late, end)[1:], end)
    # no room for the table: a sentence takes its place, of more than the line `fit` keeps for a list cut short; or,
    # where it fits, a table of one key date, and the line saying how many more (review 49: it ran 20 pt past the
    # estimate, uncounted)
    used_short = used + PITCH * (lines(short_text) - 1)
    one = [_TABLE.get() * (TABLE + ROW) + (max(cut, others) if len(shown) > 1 or others else 0.0)]
    short = fit_within(used_short, *heights, one, bottom)
    short_room = room_left(used_short, (*heights, one), short, bottom)
    if not late:
        coming = upcoming(shown, latest)
        if not coming or short_text.startswith("Key dates. The project ran"):  # a closed project has no next date
            return short, short_room
        opening = short_text.split(" from ")[0]  # "Key dates. The project runs", as the page words it
        moved = {s.milestone for s in latest.slips if s.forecast} if latest is not None else set()
        sentence = (f"{opening} from 2027-01-01 to 2027-01-01; next: "
                    + " and ".join(f"{ms.name} on 2027-01-01" + (" (forecast 2027-01-01)" if ms.name in moved else "")
                                   for ms in coming) + ". All 99 milestones are in the status report of 2027-01-01.")
        said, room = _sentence_fit(used, heights, sentence, bottom)
        # the first key dates come before the other decisions asked, the pending requests and the lesser risks
        if not said.milestones or said.asked < min(FIRST_ASKED, short.asked) or said.risks < min(1, short.risks):
            return short, short_room
        return PageFit(said.asked, said.pending, said.risks, 0, upcoming=True), room
    # no room for the table: the sentence that takes its place names the milestones forecast late (up to
    # `LATE_SAID`, fewer where that is what fits: review 72a F4), and must fit
    # those left over forecast after the project's end say so (review 95a F3), counted wherever one is
    after_end = end is not None and any(s.forecast is not None and s.forecast > end for s in late)
    past_more = " (9 of them after the project's end)" if after_end else ""
    # ... with their forecasts, else by their names alone (review 161c F4)
    # (by their names alone only where that names every one: review 165b F3, "Handover to operations, after the
    # project's end; and 3 more" read as garbled beside no date)
    tries = [(False, count) for count in range(min(len(late), LATE_SAID), 0, -1)]
    for bare, count in tries + ([(True, len(late))] if len(late) <= LATE_SAID else []):
        sentence = ("Key dates. The project runs from 2027-01-01 to 2027-01-01. Forecast late in the status report of "
                    "2027-01-01: " + _late_named(late, end, count, bare)
                    # one left over is named, not counted (review 95c F4: "and 1 more" was the go-live's slip)
                    + ("; also late: " + max((s.milestone for s in late), key=len) + past_more
                       if len(late) == count + 1 else "; and 9 more" + past_more if len(late) > count else "")
                    + ". All milestones and their forecasts are in that report.")
        said, room = _sentence_fit(used, heights, sentence, bottom)
        if said.milestones and (not bare or (said.asked, said.risks) >= (short.asked, short.risks)):
            return PageFit(said.asked, said.pending, said.risks, 0, late=True, late_said=count, late_bare=bare), room
    return short, short_room


def _sentence_fit(used: float, heights: tuple[list[float], list[float], list[float]], sentence: str,
                  bottom: float) -> tuple[PageFit, float]:
    """Return what the page holds with the key dates' ``sentence`` in place of their table (`fit_room`), and the
    points it leaves; where the lines saying how many more the other lists hold run past the bottom, they give way
    first (`fit_within`)."""
    dates = [PITCH * lines(sentence)]
    said, room = fit_room(used, *heights, dates, bottom)
    if room < 0:
        said = fit_within(used, *heights, dates, bottom)
        room = room_left(used, (*heights, dates), said, bottom)
    return said, room


NEXT_SAID = 2  # milestones the key dates' sentence names when no table fits and none is forecast late


def upcoming(milestones: Sequence[m.Milestone], latest: Optional[ReportView],
             after: Optional[dt.date] = None) -> list[m.Milestone]:
    """Return the next milestones not yet reached (by the latest report), in date order, at most `NEXT_SAID`: the ones
    the key dates' sentence names when no table fits (`PageFit.upcoming`); with no report, those not dated before
    ``after`` (the page's date: review 86b F1, "next: Project team mobilised on 2026-11-13" on a page of December)."""
    if latest is None:
        ahead = [ms for ms in milestones if after is None or ms.date >= after]
        return sorted(ahead, key=lambda ms: (ms.date, ms.name))[:NEXT_SAID]
    done = {s.milestone for s in latest.slips if s.reached or s.listed_done}
    forecast = {s.milestone: s.forecast for s in latest.slips if s.forecast}
    ahead = [ms for ms in milestones if ms.name not in done  # not one due before the report whose state is unknown
             and forecast.get(ms.name, ms.date) >= latest.report.date]
    return sorted(ahead, key=lambda ms: (ms.date, ms.name))[:NEXT_SAID]


def late_first(slipped: Sequence[Slip], end: Optional[dt.date]) -> list[Slip]:
    """Return the milestones a status report forecasts late in the order the summary gives them room: those past the
    project's ``end`` first, then the last one planned (the go-live or the handover, review 140b F10: left out as
    "and 2 more" behind a decision's larger slip), then the largest slips."""
    final = max((s for s in slipped if s.baseline), key=lambda s: s.baseline or dt.date.min, default=None)
    return sorted(slipped, key=lambda s: (s.forecast is None or end is None or s.forecast <= end, s is not final,
                                          -(s.days or 0)))


def dates_cut(late: Sequence[Slip], end: Optional[dt.date] = None) -> float:
    """Return the height of the line saying how many key dates the table leaves out: "4 other milestones are not
    shown: see the status report of 2026-11-27.", counted as two lines (`_cut_lines`); it names those ``late`` it
    leaves out (up to `LATE_SAID`, the longest counted): a late milestone is never
    left out unnamed (review 113a F1: a regulator's certification forecast late, left out for a later go-live)."""
    if not late:
        return PITCH * _cut_lines()
    return PITCH * lines("99 other milestones are not shown, 9 of them forecast late: " + _late_named(late, end, LATE_SAID)
                         + ("; and 9 more" if len(late) > LATE_SAID else "") + ". All milestones are in the status "
                         "report of 2027-01-01.")


def next_fits(name: str) -> bool:
    """Return True when the line saying how many key dates the table leaves out (no late one among them) can name the
    next of them in the lines `dates_cut` keeps for it: "4 other milestones are not shown, the next of them <name>,
    forecast for 2026-12-11: see the status report of 2026-11-27." (reviews 122c F9, 123a F11, 123c F4: the next date
    left unsaid), at no cost to the page's other lists."""
    return lines(f"99 other milestones are not shown, the next of them {name}, forecast for 2027-01-01: see the "
                 "status report of 2027-01-01.") <= _cut_lines()


def _cut_lines() -> float:
    """Return the lines kept for the line saying how many key dates the table leaves out, no late one among them:
    two, room to name the next of them (review 163a F4: a page with one row, the project's last date, left the pilot
    a fortnight ahead unsaid, its name one line too long for the one line kept), or more where it runs longer."""
    return max(lines("99 other milestones are not shown: see the status report of 2027-01-01."), 2)


def _late_named(late: Sequence[Slip], end: Optional[dt.date], count: int, bare: bool = False) -> str:
    """Return the longest ``count`` of the milestones forecast late as the page names them, at their widest: "<name>,
    now 2027-01-01 (9 days late)" (``bare``: the name alone), and ", after the project's end" where it is."""
    return "; ".join(s.milestone + ("" if bare else f", now 2027-01-01 ({s.days} days late)")
                     + (", after the project's end" if end and s.forecast and s.forecast > end else "")
                     for s in sorted(late, key=lambda s: -len(s.milestone))[:count])


def short_dates(q: m.Questionnaire, latest: Optional[ReportView]) -> str:
    """Return about the key dates' sentence that takes the table's place, as the template words it for the project's
    status and its latest report (`SHORT_DATES`: its longest form)."""
    status = q.project.status
    verb = "ran" if status == "closed" else "is on hold; it was planned to run" if status == "on-hold" else "runs"
    said = f"Key dates. The project {verb} from 2027-01-01 to 2027-01-01"
    slipped = latest.slipped if latest is not None else ()
    if not slipped:  # "; 6 of its 9 milestones were reached by 2027-01-01: see that status report." at its longest
        return said + ("; 99 of its 99 milestones are recorded as reached by 2027-01-01, the others not as reached or "
                       "missed: see that status report." if latest is not None
                       else "; its milestones are in the project charter.")
    past = [s for s in slipped if s.forecast is not None and s.forecast > q.project.end]
    return said + (f"; 99 milestones are forecast late, {len(past)} of them after the project's end" if past else
                   "; 99 milestones are forecast late") + ": see the status report of 2027-01-01."


def _paragraphs(text: str) -> list[str]:
    """Return a text's paragraphs (blank lines between them), as the documents show them."""
    return [part.strip() for part in re.split(r"\n[ \t]*\n", text or "") if part.strip()]


__all__ = ["PageFit", "fit", "lines", "summary_fit"]

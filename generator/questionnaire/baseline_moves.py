"""Whether the milestone dates as recorded include an approved change: what a change's own words say it moves ("from 2026-08-28 to 2026-09-18", "the contract award to
2026-02-20") beside the date a milestone still has, and the milestones a change's impact names as moved. The checks
and the documents read these alike. The module runs over 400 lines as one reading: a milestone's moves, by words or by
answer, chain back from its date as recorded, and each reading must leave the others' days in place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Optional

from generator.questionnaire import model as m
from generator.questionnaire.mentions import MALTESE_ARTICLE, names
from generator.questionnaire.iso_dates import ascii_digits, iso_days, iso_short
from generator.questionnaire.organizations import word_marks
from generator.questionnaire.reached import iso_text, iso_worded
from generator.questionnaire.day_moves import FROM_TO, from_to
from generator.record import Record


def _glimpsed(name: str, window: str) -> bool:
    """Return True when the words right before a day said "instead of" another hold a word of a milestone's name, of
    four letters or more, not one many milestones share ("l'avis est attendu le 22 mai au lieu du 24 avril" for "Avis
    du CSE rendu", the day the milestone has: review 128c F3)."""
    words = _said(re.sub(r"\([^)]*\)", "", name.casefold())) - {head[:5] for head in _GENERIC_HEADS}
    return bool(words & _said(window))


def moved_from(texts: Sequence[Optional[str]], milestones: Sequence[tuple[Optional[str], Optional[dt.date]]]
               ) -> Optional[tuple[int, str, str]]:
    """Return which of ``milestones`` (name, recorded date) a change's words (``texts``: its description, its reason)
    move "from D1 to D2", naming it as whole words, while its recorded date is still D1: its index and both days;
    None otherwise (review 52b F2: "re-baselined after CR-002" beside the date CR-002 moves)."""
    for text in texts:
        read = iso_days(text or "")
        moves = sorted(from_to(read), key=lambda move: move.start)
        for i, found in enumerate(moves):
            before, after = found.before, found.after
            # named in its own clause: after the move before it, not in another's ("Move 'All sites migrated' from
            # 21/02/2025 to 04/04/2025 and the legacy core switch-off from 04/04/2025 to 16/05/2025", review 160a F3:
            # the second move said to be the milestone's, still on 04/04)
            clause = read[moves[i - 1].start if i else 0:found.start] if len(moves) > 1 else read
            for index, (name, day) in enumerate(milestones):
                if name and str(day) == before and named(name, clause):
                    return index, before, after
    return None


# (Galician, Portuguese, Maltese, Tagalog, Afrikaans too: "A validación do modelo atrásase ao 31 de xullo", review 118a
# F2: read as included by a revision's "nova data")
_TO = re.compile(r"(?<!\w)(?:to|until|till|til|al|hasta|auf|bis|au|naar|tot|ao|para|até|għal|sa|na|la|στις|έως)\s+"
                 r"(?:den\s+)?"
                 r"(\d{4}-\d{2}-\d{2})\b",
                 re.IGNORECASE)
# (a word of the scripts of India and South-East Asia holds its vowel signs, which ``\w`` leaves out: "পাইলটের" is one
# word, review 154a F1)
_MARKS = word_marks(0x0900, 0x10A0)
_NAME_WORD = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])" + "{4,}")
# a code of letters and digits ("MTL1", "S4HANA"): a word of a milestone's name, whole (review 85c F1: "MTL1 live on
# the pipeline" moved by "Move the MTL1 production cut-over from 2026-08-19 to 2026-09-09")
_CODE = re.compile(r"(?<![\w.-])(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{2,}(?![\w-])")


def _said(text: Optional[str]) -> set[str]:
    """Return the words a text may name a milestone by: the starts of its words of four letters or more, and its
    codes of letters and digits, whole."""
    folded = (text or "").casefold()
    words = [w for w in _NAME_WORD.findall(folded) if w not in _SMALL_WORDS]
    # (a Hebrew word with its article written onto it: "המעבר המלא לייצור" for "מעבר מלא לייצור", review 149c F6)
    words += [w[1:] for w in words if len(w) >= 5 and w[0] == "ה" and "\u05d0" <= w[1] <= "\u05ea"]
    return {w[:5] for w in words} | set(_CODE.findall(folded))


# words of four letters or more that name nothing: "Paging cut over to Grafana Alerting" is not named by "Payments'
# alert cut-over" for its "over" (review 88a F1: a team's window inside the milestone read as the milestone moved)
_SMALL_WORDS = frozenset({"over", "with", "from", "into", "onto", "upon", "after", "before", "than", "then", "this",
                          "that", "these", "those", "their", "them", "they", "have", "will", "when", "where", "which",
                          "about", "under", "until", "till"})


def moved_to(texts: Sequence[Optional[str]], milestones: Sequence[tuple[Optional[str], Optional[dt.date]]]
             ) -> Optional[tuple[int, str, str]]:
    """Return which of ``milestones`` (name, recorded date) a change's words move "to D2" (or until it), naming it
    by the start of its words of four letters or more, outside brackets: two of them and half at least, or its one
    word ("the contract award" for "Contract awarded", "the pilot migration" for "Pilot migration complete"),
    while its recorded date is still earlier than D2: its index and both days; None otherwise (review 59c F2:
    "Re-baseline the contract award to 2026-02-20" beside "Contract awarded" still on 2025-11-28, which a
    revision's "re-baselined (CR-002)" had been read as including)."""
    for text in texts:
        said = _said(text)
        numbers = set(_NUMBER.findall(_DAY.sub(" ", text or "")))
        # the day each move "from D1 to D2" moves from, by where its D2 stands: that "to D2" moves a milestone still
        # on D1 only (review 135c F1: "Move the project end from Mar. 31, 2026 to June 30, 2026, parallel-run start
        # from Jan. 5 to Mar. 2, 2026", the parallel run, on 2026-03-02, said to move to the project's end)
        froms = {f.start(2): f.group(1) for f in FROM_TO.finditer(text or "")}
        for found in _TO.finditer(text or ""):
            after = found.group(1)
            # ... or by its first word right before the move ("el hito de tokenización se mueve al 24 de julio" for
            # "Tokenización en producción", review 119c F1: reported 28 days late against the date it moved from)
            before = (text or "")[max(0, found.start() - 40):found.start()]
            if _PROJECT_END.search(before):  # (the project's end moves, not a milestone named in the same words:
                continue                     # "Extend automation to resource consents and move the end date to 18
                # December", review 155c F3, read as moving "Resource consents pipeline live")
            meant = [(index, day) for index, (name, day) in enumerate(milestones)
                     if _meant(name, said, numbers) or (name and _called(name, before))
                     or (name and _compound_before(name, before, [other for other, _ in milestones]))]
            if any(str(day) == after for _, day in meant):
                return None  # a milestone so named is there already ("Wave 2 live" moved, not "Wave 1 live")
            for index, day in meant:
                if day is not None and str(day) < after and froms.get(found.start(1), str(day)) == str(day):
                    return index, str(day), after
    return None


# the project's end named right before a move "to D2": "move the end date to", "the project end to"
_PROJECT_END = re.compile(r"\b(?:(?:project(?:'s)? )?end date|project(?:'s)? end|end of the project|closure date"
                          r"|close date|completion date|finish date)\s*$", re.IGNORECASE)


def _compound_before(name: str, before: str, names_: Sequence[Optional[str]]) -> bool:
    """Return True when the words right before a move hold a hyphenated word of a milestone's name that no other
    milestone's name holds: "go-live moves to 23 November" for "Go-live for Term 1 confirmations" (review 126c F1:
    its move unread, a revision's "Schedule ... updated for CR-003" was taken to have re-baselined it)."""
    for word in _COMPOUND.findall(re.sub(r"\([^)]*\)", "", name.casefold())):
        holders = [other for other in names_ if other and word in _COMPOUND.findall(other.casefold())]
        if len(holders) == 1 and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", before.casefold()):
            return True
    return False


def _called(name: str, before: str) -> bool:
    """Return True when the words before a move call a milestone by the word "milestone" and its name's first word
    (five letters or more, not a word many begin with: `_GENERIC_HEADS`), in another form of that word ("el hito de
    tokenización" for "Tokenización en producción")."""
    head = next(iter(_NAME_WORD.findall(name.casefold())), "")
    found = _MILESTONE_CALLED.search(before)
    return (found is not None and len(head) >= 5 and head not in _GENERIC_HEADS
            and found.group(1).casefold()[:5] == head[:5])


# the word "milestone", as a move's words name the one whose day it moves to (`shifts`)
_MILESTONE_WORD = re.compile(r"\b(?:the milestone|milestone|hito|meilenstein|jalon|mijlpaal|traguardo|marco)\s*$"
                             r"|نقطه[\s\u200c]*(?:ی[\s\u200c]*)?عطف\s*$", re.IGNORECASE)
# the word "milestone" and the word after it: "el hito de tokenización", "the milestone 'Pilot'", "Meilenstein Pilot"
_MILESTONE_CALLED = re.compile(r"\b(?:milestones?|hitos?|meilensteins?|jalons?|mijlpaal|marcos?|traguardo)\s+"
                               r"(?:(?:de|del|de la|de los|of|of the|van|van de|di|du|de l['’])\s+)?[\"'«„“‘]?([^\W\d_]+)",
                               re.IGNORECASE)


def _meant(name: Optional[str], said: set[str], numbers: set[str]) -> bool:
    """Return True when a change's words (the starts of their words of four letters or more, and their numbers)
    name a milestone (`moved_to`): two of its words and half at least, or its one word, and every number of its
    name outside brackets ("Wave 2 live", not "Wave 1 live (branches 1-4)": review 67b F1)."""
    bare = re.sub(r"\([^)]*\)", "", (name or "").casefold())
    words = _said(bare)
    found_words = len(words & said)
    return (bool(words) and (found_words >= 2 or found_words == len(words)) and found_words * 2 >= len(words)
            and set(_NUMBER.findall(bare)) <= numbers)


_NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.])")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def named(name: str, text: str) -> bool:
    """Return True when a text names a milestone: its whole name, or its name without the note in brackets ("Wave 2
    live" for "Wave 2 live (branches 5-8)", review 67b F5)."""
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return names(name, text) or (bool(bare) and bare != name.strip() and names(bare, text))


def moved(texts: Sequence[Optional[str]], milestones: Sequence[tuple[Optional[str], Optional[dt.date]]]
          ) -> Optional[tuple[int, str, str]]:
    """Return the milestone a change's words move from the date it still has (`moved_from`, else `moved_to`): its
    index and both days, or None. The one reading of the documents (`still_before`) and of validate's warning."""
    found = moved_from(texts, milestones)
    if found is not None:
        return found
    # a move "from D1 to D2" whose D2 a milestone it names already has: the dates include this change, and another
    # "to D" in its words is no milestone's move (review 130a F1: "go-live re-planned from 16 March to 13 April and
    # the pilot extended by four weeks to 10 April", the pilot's go-live said to be moved to 10 April)
    if any(named(name, text or "") and str(day) == move.after
           for text in texts for move in from_to(iso_days(text or "")) for name, day in milestones if name):
        return None
    return moved_to(texts, milestones)


def still_before(request: m.ChangeRequest, milestones: Sequence[m.Milestone]) -> Optional[tuple[m.Milestone, str, str]]:
    """Return the milestone a request's words move from the date still recorded (`moved`), with both days: the
    milestone dates as recorded do not include that change, whatever a revision says; None otherwise."""
    found = moved(move_texts(request), [(ms.name, ms.date) for ms in milestones])
    return (milestones[found[0]], found[1], found[2]) if found else None


def move_texts(request: m.ChangeRequest) -> tuple[Optional[str], ...]:
    """Return the words of a request that may move a milestone: its title, its description, its reason and its
    decision's notes (review 92: "Go-live moves from 2026-03-02 to 2026-03-09" written in the notes of the decision
    approving it; review 111c F2: "Move Stage 2 audit from 17 November to 15 December 2025" as its title)."""
    texts = (request.title, request.description, request.reason, request.decision.notes if request.decision else None)
    day = request.date if isinstance(request.date, dt.date) else None  # days in words read as of its date
    return tuple(iso_short(iso_worded(text, day), day) if text and day else text for text in texts)


class Shift(Record):
    """Return a milestone's baseline moved by an approved change: the request, the two days, and the day decided."""

    request: str
    before: dt.date
    after: dt.date
    decided: dt.date
    kind: str = "request"  # what moved it: a change "request", a logged "decision", or a "revision" of the plan
    # the approved requests a logged decision's or a revision's words name beside the move ("CR-002: guyyaan pilot
    # 2025-05-30 → 2025-06-27"): the move is theirs (review 160a F1: a report undoing the move said it did not)
    names: tuple[str, ...] = ()


def moved_elsewhere(summary: str, day: dt.date, recorded: Sequence[Optional[dt.date]]) -> bool:
    """Return True when a revision's words move a date to a day no milestone is recorded at ("CR-02 remediation
    sprint; launch moved to 13 May", the launch still recorded on 29 April): the dates as recorded do not include
    that move, whatever the revision says (review 155a F2: three documents said they included CR-02 beside a launch
    "14 days late")."""
    said = _MOVED_TO.findall(iso_text(summary, day))
    return bool(said) and not {str(when) for when in recorded}.intersection(said)


# a move to a day: "launch moved to 2025-05-13", "go-live pushed back to 2026-03-09"
_MOVED_TO = re.compile(r"\b(?:moved|moves|shifted|slipped|pushed(?: back| out)?|postponed|delayed|rescheduled"
                       r"|re-?planned|re-?baselined)\b[^.;]{0,40}?\b(?:to|until)\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


def shifts(milestone: m.Milestone, requests: Sequence[m.ChangeRequest],
           decisions: Sequence[m.LoggedDecision] = (), revisions: Sequence[m.Revision] = ()) -> list[Shift]:
    """Return the moves of a milestone's baseline that its recorded date includes, newest first: approved requests,
    and entries of the decision log, whose words move it "from D1 to D2" where D2 is its date as recorded (or as the
    newer move found it), so that the report of a day before the decision measures its slip against D1, the
    baseline then (review 63b F1: a report of January showed "70 days early" against the date an April change had
    set; review 131a F3: "Move the Christchurch go-live from 19 Oct to 16 Nov 2026", a logged decision, and a report
    of August "on the baseline date"; review 132c F10: a revision's "Feature store due date moved from 31st July to
    29th August 2025", the move no request's words give)."""
    found: list[Shift] = []
    day = milestone.date
    name = ascii_digits(milestone.name)  # (its digits as the words' are read: "গাজীপুর-১ পাইলট", review 154a F1)
    # (a request and a logged entry of the same day saying the same move: the request is named)
    moves: list[tuple[dt.date, int, str, tuple[str, ...]]] = [
        # its title may name the milestone its description moves ("Verschiebung Go-Live Schwäbisch Hall ...")
        # ... or its decision's notes ("Approved; full rollout moves from 29 September to 13 October": review 103b F2)
        (cr.decision.date, 1, cr.id, (iso_text(f"{cr.title or ''}. {cr.description or ''}", cr.date),
                                      iso_text(cr.reason, cr.date), iso_text(cr.decision.notes, cr.date)))
        for cr in requests if cr.status in m.APPROVED_STATUSES and cr.decision]
    moves += [(d.date, 0, d.id, (iso_text(d.decision, d.date),)) for d in decisions]
    # a revision's move, where no request's or logged decision's words give the same two days
    given = {(f.before, f.after) for *_, texts in moves for text in texts for f in from_to(text)}
    moves += [(r.date, -1, r.version, (text,)) for r in revisions if r.summary and r.date is not None
              for text in [iso_text(r.summary, r.date)] if not {(f.before, f.after) for f in from_to(text)} & given]
    # the requests whose impact.milestones name it, the dates as recorded including their moves: each moved it by its
    # schedule_days (review 162a F1: a request moving two waves 21 days, its words in Shona, and the reports of months
    # before it measured against the dates it set, "7 days early" for 14 days late)
    listed = {cr.id: cr.impact.schedule_days for cr in _moving(milestone, requests, True)}
    for on, kind, ident, texts in sorted(moves, key=lambda move: move[:2], reverse=True):
        if kind == 1 and (days := listed.get(ident)):
            found.append(Shift(ident, day - dt.timedelta(days=days), day, on, _KINDS[kind]))
            day = found[-1].before
            continue
        for text in texts:
            # the day it moves to is the milestone's: a word of its name is enough ("Move go-live from 2026-12-07 to
            # 2027-02-01" for "Go-live at all three hospitals", review 95c F1)
            move = next((f for f in from_to(text) if f.after == str(day) and (
                _shares(name, text) or _near(name, text[max(0, f.start - 40):f.start])
                or _headed(name, text[max(0, f.start - 40):f.start])
                # (or the word "milestone" alone right before a move to its very day, where the name's words are in
                # another form than the change's: "نقطه عطف از ۲۶ اردیبهشت (2026-05-16) به ۲۰ تیر ۱۴۰۵ (2026-07-11)",
                # review 151a F4, the second move of "راه‌اندازی رابط تی‌تک" read as none)
                or _MILESTONE_WORD.search(text[max(0, f.start - 20):f.start]) is not None
                # (or a word of its name of five letters or more, not one many milestones share, right before the
                # move: "launch moves from 15 May to 5 June 2026" for "App store launch", review 161a F1)
                or _word_before(name, text[max(0, f.start - 20):f.start])
                or (f.kind == "instead" and _glimpsed(name, text[max(0, f.start - 30):f.start])))), None)
            if move is not None:
                found.append(Shift(ident, dt.date.fromisoformat(move.before), day, on, _KINDS[kind],
                                   _requests_named(text, requests) if kind != 1 else ()))
                day = found[-1].before
                break
            planned = _planned_then_moved(name, day, text)
            if planned is not None:
                found.append(Shift(ident, planned, day, on, _KINDS[kind],
                                   _requests_named(text, requests) if kind != 1 else ()))
                day = planned
                break
    return found


# "planned for D1" in the languages the moves are read in: "Il collaudo di fabbrica (FAT) previsto per il 30/06/2026
# ... spostare il FAT al 31/07/2026" (review 107b F1)
_PLANNED = re.compile(r"\b(?:planned|scheduled|due|previst[oa]|programad[oa]|planificad[oa]|planejad[oa]|prévue?"
                      r"|vorgesehen|geplant|gepland|zaplanowan\w*)\s+(?:(?:for|on|per|para|pour|für|am|op|voor|na)\s+)?"
                      r"(?:(?:il|le|el|o|den|dem|the)\s+)?(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


def _requests_named(text: str, requests: Sequence[m.ChangeRequest]) -> tuple[str, ...]:
    """Return the IDs of the approved requests a text names (`Shift.names`)."""
    return tuple(cr.id for cr in requests if cr.id and cr.status in m.APPROVED_STATUSES and names(cr.id, text))


def _planned_then_moved(name: str, day: dt.date, text: str) -> Optional[dt.date]:
    """Return D1 when a change's words say a milestone was planned for D1 and move it to its recorded date (``day``,
    after D1), each beside words naming it (its words, or its initials in brackets: "FAT" of "Collaudo di fabbrica
    (FAT) superato"); None otherwise."""
    moved_to_day = any(found.group(1) == str(day) and _near(name, text[max(0, found.start() - 40):found.start()])
                       for found in _TO.finditer(text))
    if not moved_to_day:
        return None
    for found in _PLANNED.finditer(text):
        before = dt.date.fromisoformat(found.group(1))
        if before < day and _near(name, text[max(0, found.start() - 60):found.start()]):
            return before
    return None


def _near(name: str, window: str) -> bool:
    """Return True when a few words name a milestone (`_shares`), or hold its initials in brackets, whole."""
    initials = re.findall(r"\(([A-Z][A-Z0-9]{1,5})\)", name)
    # (or the words before what it is at or for, right before the move: "l'avvio del pilota dal 13/07/2026 al
    # 07/09/2026" for "Avvio del pilota sulla linea Valle del Serchio")
    head = _AT_OR_FOR.split(re.sub(r"\s*\([^)]*\)", "", name), maxsplit=1)[0].strip()
    return (_shares(name, window) or any(re.search(rf"(?<!\w){re.escape(i)}(?!\w)", window) for i in initials)
            or (head != name.strip() and len(_said(head)) >= 2 and _said(head) <= _said(window)))


def _word_before(name: str, window: str) -> bool:
    """Return True when the few words right before a move hold a word of a milestone's name (outside brackets) of
    five letters or more, whole, not a word many milestones begin with (`_GENERIC_HEADS`): "launch", not "alert" for
    "Alerting" (review 88a F1)."""
    words = {w for w in _NAME_WORD.findall(re.sub(r"\([^)]*\)", "", name.casefold())) if len(w) >= 5}
    return bool((words - _GENERIC_HEADS) & set(_NAME_WORD.findall(window.casefold())))


def _headed(name: str, window: str) -> bool:
    """Return True when the words right before a move name a milestone's first word, whole, five letters or more and
    not a word many milestones begin with, or an acronym as written: "Move cutover from October 14 to October 21" for
    "Cutover complete", to the day recorded for it (review 110c F3: a report before the change was "7 days early"
    against its new date)."""
    first = name.split(maxsplit=1)[0] if name.split() else ""
    if re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", first):  # an acronym, as written: "TMC go-live moves from 2026-11-13 to
        # 2027-03-22" for "TMC real-time feed in production" (review 125a F3)
        return re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", window) is not None
    head = next(iter(_NAME_WORD.findall(name.casefold())), "")
    # (a long first word may begin a compound: "Modelvalideringsgaten flyttes fra 29.8.2025 til 17.10.2025" for
    # "Modelvalidering bestået (gate)", review 133a F4)
    # (and in another case, its last two letters changed: "Tuotantokäyttöönoton siirto" for "Tuotantokäyttöönotto",
    # review 135a F4)
    # (or with a case ending: "Încheierea pilotului se mută ... de la 30.10.2026 la 18.12.2026" for "Pilot încheiat în
    # 5 clinici", review 147b F1; the day moved to is the milestone's)
    stem = head[:-2] if len(head) >= 12 else head
    window = _ARTICLE.sub(" ", window.casefold())  # (Maltese: "il-milestone tal-pilot", review 147a F5)
    return (len(head) >= 5 and head not in _GENERIC_HEADS and name.casefold().startswith(head)
            and re.search(rf"(?<![\w-]){re.escape(stem)}", window) is not None)


# an article written onto the word after it, as Maltese writes it ("tal-pilot", of the pilot)
_ARTICLE = re.compile(rf"\b{MALTESE_ARTICLE}-(?=\w)")  # (one list of them: `mentions.MALTESE_ARTICLE`)


# first words many milestones share, which name none of them alone
_GENERIC_HEADS = frozenset({"final", "first", "second", "third", "phase", "stage", "project", "start", "begin",
                            "complete", "completion", "review", "approval", "signed", "milestone", "gate", "ready",
                            "readiness", "release", "delivery", "system", "initial", "interim", "formal", "official"})


_AT_OR_FOR = re.compile(r"\s+(?:at|for|on|in|across|sulla|sulle|sul|nella|nelle|nel|per|en|para|sobre|bei|für|auf|im"
                        r"|pour|sur|dans)\s+", re.IGNORECASE)


def _names(name: str, text: str) -> bool:
    """Return True when a change's words name a milestone: whole (`named`), or by most of its words (`_meant`)."""
    return named(name, text) or _meant(name, _said(text), set(_NUMBER.findall(_DAY.sub(" ", text))))


def _shares(name: str, text: str) -> bool:
    """Return True when a change's words name a milestone (`_names`), or a hyphenated word of its name ("go-live")
    whole, and every code and number of it (not "cut over" for "cut-over", nor "TOR2 live" for "MTL1 go-live":
    reviews 85c F1, 88a F1)."""
    if _names(name, text):
        return True
    bare = re.sub(r"\([^)]*\)", "", name.casefold())
    folded = _DAY.sub(" ", text.casefold())
    # (or a word of it with the number after it, as the name has them: "I-wave 3 ishukumile ukusuka ku-2026-10-26
    # ukuya ku-2026-11-09" for "Wave 3 go-live (amaziko ...)", review 160b F5; the day moved to is the milestone's)
    if any(re.search(rf"(?<![^\W\d_]){re.escape(word)}\s+{number}(?!\w)", folded)
           for word, number in _NUMBERED.findall(bare)):
        return True
    compounds = _COMPOUND.findall(bare)
    return (any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", folded) for word in compounds)
            and set(_CODE.findall(bare)) <= set(_CODE.findall(folded))
            and set(_NUMBER.findall(bare)) <= set(_NUMBER.findall(folded)))


_NUMBERED = re.compile(r"([^\W\d_]{4,})\s+(\d+)(?![\w.])")  # a word of four letters or more and its number: "wave 3"
_COMPOUND = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})+")  # a hyphenated word: "go-live", "cut-over", "sign-off"


_KINDS = {1: "request", 0: "decision", -1: "revision"}


def baseline_on(milestone: m.Milestone, requests: Sequence[m.ChangeRequest], day: dt.date,
                decisions: Sequence[m.LoggedDecision] = (), revisions: Sequence[m.Revision] = ()
                ) -> tuple[dt.date, tuple[Shift, ...], Optional[Shift]]:
    """Return a milestone's baseline on a day (its recorded date before the `shifts` decided after that day), the
    moves decided after the day, oldest first (the first replaced that baseline; review 150c F5: a pilot moved twice,
    the second move said to be in the dates the slip is measured against), and the latest decided on or before it."""
    moves = shifts(milestone, requests, decisions, revisions)  # newest first
    later = tuple(reversed([s for s in moves if s.decided > day]))
    earlier = [s for s in moves if s.decided <= day]
    baseline = later[0].before if later else milestone.date
    # and the moves the dates as recorded do not include, from their decision on (`added_moves`)
    added = added_moves(milestone, requests)
    now = [s for s in added if s.decided <= day]
    baseline = now[-1].after if now else baseline
    latest = max([*earlier[:1], *now[-1:]], key=lambda s: s.decided, default=None)
    return baseline, later + tuple(s for s in added if s.decided > day), latest


def added_moves(milestone: m.Milestone, requests: Sequence[m.ChangeRequest]) -> list[Shift]:
    """Return the moves of a milestone by the approved requests whose impact.milestones name it and whose impact says
    the dates as recorded do not include them (``in_baseline: false``), oldest first, each from the baseline the one
    before it left (review 163c F3: slips measured from the dates a change had already moved by 10 days)."""
    found: list[Shift] = []
    day = milestone.date
    for cr in _moving(milestone, requests, False):
        assert cr.decision is not None
        found.append(Shift(cr.id, day, day + dt.timedelta(days=cr.impact.schedule_days or 0), cr.decision.date))
        day = found[-1].after
    return found


def _moving(milestone: m.Milestone, requests: Sequence[m.ChangeRequest], included: bool) -> list[m.ChangeRequest]:
    """Return the approved requests, oldest decision first, whose impact.milestones name a milestone as moved by
    their schedule_days and whose impact.in_baseline says the dates as recorded do (``included``) or do not include
    them."""
    return sorted((cr for cr in requests if cr.status in m.APPROVED_STATUSES and cr.decision is not None
                   and cr.decision.date is not None and cr.impact.in_baseline is included and cr.impact.schedule_days
                   and any(m.same_name(n) == m.same_name(milestone.name) for n in cr.impact.milestones)),
                  key=lambda cr: cr.decision.date if cr.decision else dt.date.min)

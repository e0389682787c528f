"""What a revision's words say of the plan's dates: re-baselined for a request ("re-baselined after CR-002", "Ny
tidplan efter styrgruppens beslut (CR-003)"), or set again with no request named ("milepæler flyttet ca. åtte uker"
after a pause). The checks and the documents read these alike (`generator.questionnaire.baseline_moves` reads what a
change's own words move).
"""

from __future__ import annotations

import re

from generator.questionnaire.mentions import clauses, names_within


# A revision's words that say the plan's dates were set again ("Re-baselined after CR-002", "new baseline with CR-2").
_REBASELINE = re.compile(r"\b(?:re-?baselin\w*|(?:new|revised|updated) baseline|baseline (?:updated|revised|reset|moved)"
                         r"|neue[rn]? (?:Basisplan|Baseline)|nouvelle (?:référence|baseline)|nueva l[ií]nea base"
                         r"|nieuwe baseline"
                         # Swedish, Norwegian, Danish: "Ny tidplan efter styrgruppens beslut (CR-003)", "milepæler
                         # flyttet ca. åtte uker" (reviews 132a F5, 132c F3)
                         r"|\bny(?:e|a)? (?:tidplan|tidsplan|tidsplanen|baseline|basplan|plan)\b"
                         r"|\b(?:milepæl\w*|milstolp\w*|tidplan\w*|tidsplan\w*)\b[^.;]{0,60}?\b(?:flyttet|flyttes|flyttad\w*"
                         r"|flyttade|flyttat|flyttede|justert|justerad\w*|justeret|oppdatert|uppdaterad\w*|opdateret"
                         r"|forskjøvet|forskjøvne|förskjut\w*|revidert|reviderad\w*)\b"
                         # a new milestone date taken in: "Incorpora CR-002 y el nuevo hito de certificación" (review
                         # 105b F5)
                         r"|\b(?:new|nuevo|nueva|neuer?|neuen|nouveau|nouvelle|nieuwe?|novo|nova|nuovo|nuova) "
                         r"(?:milestone|milestone date|hito|fecha|meilenstein|termin|jalon|date|mijlpaal|datum|marco"
                         r"|traguardo|data)\b"
                         # the dates said to be updated: "Meilenstein Gate 2 und Phasenplan gemäß CR-001 angepasst"
                         # (review 71c), "milestone dates updated for CR-002", "updated the schedule"
                         r"|\b(?:milestones?|schedule|dates|due date|timeline|meilenstein\w*|termine|terminplan|zeitplan|phasenplan"
                         r"|calendrier|jalons?|cronograma|hitos|mijlpalen|planning)\b[^.;]{0,60}?\b(?:updated|adjusted"
                         r"|revised|angepasst|aktualisiert|ajustés?|mis à jour|actualizad[oa]s?|ajustad[oa]s?"
                         r"|bijgewerkt|aangepast"
                         # ... or moved: "Rollout-Termine nach CR-03 verschoben" (review 118c F10)
                         r"|verschoben|moved|postponed|rescheduled|décalés?|reportés?|aplazad[oa]s?|verplaatst)\b"
                         r"|\b(?:updated|adjusted|revised) (?:the )?(?:milestones?|schedule"
                         r"|milestone dates|dates|timeline)\b"
                         # a date said moved ("Pilot go/no-go moved to 2026-07-31 per CR-001", review 75c F1)
                         r"|\b(?:moved|re-?scheduled|verschoben|décalée?|reportée?|movid[oa]|aplazad[oa]|verplaatst)"
                         # ("Wave 1 moved to June 14 after the third payroll parallel run (CR-03)", review 83b F7)
                         r"\s+(?:to|auf|au|al|a|naar|on)\s+(?:\d{4}-\d{2}-\d{2}|(?:January|February|March|April|May|June"
                         r"|July|August|September|October|November|December) \d{1,2}\b|\d{1,2}\.? (?:January|February"
                         r"|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März"
                         r"|Mai|Juni|Juli|Oktober|Dezember)\b))", re.IGNORECASE)


def names_rebaseline(summary: str, ident: str) -> bool:
    """Return True when a clause of a revision's summary says the dates were re-baselined and names a request's ID
    (review 89a F5: "Pilot date moved to 22 March 2027 (CR-005); CR-001 added to scope" re-baselines for CR-005
    alone)."""
    for clause in clauses(summary):
        if not _REBASELINE.search(clause):
            continue
        # the part of the clause saying so, where it names IDs itself, names those it re-baselined for:
        # "Änderungsanträge CR-01 bis CR-03 eingearbeitet, Rollout-Termine nach CR-03 verschoben" moved the dates for
        # CR-03 alone (review 118c F10); "Änderung eingearbeitet (CR-001), Budget und Termine angepasst" for CR-001
        own = [part for part in _PARTS.split(clause) if _REBASELINE.search(part) and _AN_ID.search(part)]
        if any(names_within(ident, part) and _moved_for(part, ident) for part in own) or (
                not own and names_within(ident, clause)):
            return True
    # a summary naming this request alone, one clause of it saying the dates moved and naming no ID (review 132c F3:
    # "CR-001 (agent float-reversal scenario) added to scope; Feature store due date moved from 31st July to 29th
    # August 2025")
    return (names_within(ident, summary) and len(set(_WHOLE_ID.findall(summary))) == 1
            and any(_REBASELINE.search(clause) and not _AN_ID.search(clause) for clause in clauses(summary)))


_WHOLE_ID = re.compile(r"\b[A-Z]{1,5}-?\d+\b")
# what joins two IDs of one list or range ("CR-002 to CR-004", "CR-01, CR-02 and CR-03")
_JOINS = re.compile(r"^[\s,;&/–—-]*(?:(?:and|to|through|bis|und|et|à|y|a|e|tot|en|og|och|i)\b[\s,]*)?$", re.IGNORECASE)


def _moved_for(part: str, ident: str) -> bool:
    """Return True when a part of a summary saying the dates moved says so for a request's ID: words of moving before
    its first ID speak of all it names; else those after an ID, up to the next, speak of that ID (and of those
    listed with it): "CR-003 (ICB-funded) and CR-004 (SitRep milestone moved to 26 June 2026)" moved the dates for
    CR-004 alone (review 154a F3)."""
    found = list(_WHOLE_ID.finditer(part))
    words = list(_REBASELINE.finditer(part))
    if not found or any(w.start() < found[0].start() for w in words):
        return True
    flags, moved = [False] * len(found), False
    for i in reversed(range(len(found))):
        end = found[i + 1].start() if i + 1 < len(found) else len(part)
        after = part[found[i].end():end]
        # (words of moving after it, or around it: "Rollout-Termine nach CR-03 verschoben")
        moved = flags[i] = any(found[i].end() <= w.start() < end or w.start() <= found[i].start() < w.end()
                               for w in words) or (moved and bool(_JOINS.match(after)))
    # each run of IDs moved together, read whole ("CR-002 to CR-004": CR-003 too)
    runs = [part[found[i].start():found[j].end()] for i in range(len(found)) if flags[i] and (i == 0 or not flags[i - 1])
            for j in [next(k for k in range(i, len(found)) if k + 1 == len(found) or not flags[k + 1])]]
    return any(names_within(ident, run) for run in runs)


def says_replanned(summary: str) -> bool:
    """Return True when a revision's summary says the plan's dates were set again (`_REBASELINE`) and names no change
    request (whose own reading says which dates it moved): "Ny plan etter oppstart 3. mars 2025 - milepæler flyttet
    ca. åtte uker"."""
    return not _WHOLE_ID.search(summary) and any(_REBASELINE.search(clause) for clause in clauses(summary))


# a comma between two parts of a clause, not in a list of IDs ("dates updated for CR-002, CR-003 and CR-004")
_PARTS = re.compile(r",\s+(?![A-Z]{1,5}-?\d)")
_AN_ID = re.compile(r"\b[A-Z]{1,5}-?\d")

"""Where a risk or an issue stood on a status report's day, from the days the answers record.

A status report is a record of its own date: a risk raised after it is not in it, and one that occurred or closed
after it, or an issue resolved after it, was still open then.  Where the day is not recorded, the latest report
gives the status now and an earlier one says its status then is not known.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from generator.questionnaire import model as m
from generator.questionnaire.mentions import clauses, names
from generator.questionnaire.resolved_days import PERIOD, closed_on, days_given


def risk_state(risk: m.Risk, day: dt.date, latest: bool, occurred_by: Optional[dt.date] = None,
               closed_by: Optional[dt.date] = None) -> Optional[str]:
    """Return a risk's status on a status report's day, from its dates (`raised`, `occurred`, `closed`): None when it
    was raised after that day; "open", "occurred" or "closed"; or "unknown" on an earlier report for a risk occurred
    or closed now on a day not recorded (the latest report gives its status now). ``occurred_by``: for a risk that
    has occurred, with no day recorded, the day an issue naming it was raised (`occurred_by`): it had occurred by then;
    ``closed_by``, for a risk closed on a day not recorded, the first report that says it closed (`closed_by`): it
    closed in that report's period, and was open before it."""
    if risk.raised is not None and risk.raised > day:
        return None
    if risk.closed is not None and risk.closed <= day:
        return "closed"
    if risk.occurred is not None and risk.occurred <= day:
        return "occurred"
    if risk.occurred is None and risk.status == "occurred" and occurred_by is not None and occurred_by <= day:
        return "occurred"
    if risk.closed is None and risk.status == "closed" and closed_by is not None:  # (`closed_by`)
        return "closed" if closed_by <= day else "open"
    if risk.status == "open" or risk.occurred is not None or risk.closed is not None:
        return "open"  # (it occurred or closed after that day)
    return risk.status if latest else "unknown"


UNRESOLVED = ("open", "in-progress", "unresolved")  # the states `issue_state` gives an issue not yet resolved


def issue_state(issue: m.Issue, day: dt.date, current: bool, not_before: Optional[dt.date] = None,
                said_by: Optional[dt.date] = None) -> str:
    """Return an issue's status on a status report's day. ``current``: the report is the newest record (the latest
    report, no record dated after it), so the status now is the status then.  Otherwise an open issue was open then;
    one in progress now, or resolved or closed after that day, was "unresolved" (open or in progress: which is not
    recorded, reviews 51a F4, 51b F5, 51c F8); one resolved or closed on a day not recorded (`closed_on`) is
    "unknown". Its ``started`` day, where recorded, tells open from in progress on that day (reviews 93c F5, 94a F7).
    ``not_before``: the day its resolution could come no earlier than (`resolved_not_before`); ``said_by``: the
    first report saying it was resolved (`resolved_by_report`)."""
    if issue.status == "open":
        return issue.status
    closed = closed_on(issue) if issue.status not in m.OPEN_ISSUE_STATUSES else None
    if closed is not None and closed > day:
        return _unresolved(issue, day)
    if issue.status in m.OPEN_ISSUE_STATUSES and issue.started is not None:
        return _unresolved(issue, day)
    if closed is None and issue.status not in m.OPEN_ISSUE_STATUSES and said_by is not None:
        # a report by that day said it was fixed (review 137a F3: "SSO macron defect fixed (I-01)"); fixed within that
        # report's period, unresolved before it, as a risk a report says closed (`closed_by`)
        return issue.status if said_by <= day else _unresolved(issue, day)
    if current:
        return issue.status
    if closed is None and issue.status not in m.OPEN_ISSUE_STATUSES and (
            # (days after it, but a decision it names as its means taken by then: which day it was resolved on is not
            # said, review 140c F4)
            _all_after(issue, day) and (not_before is None or not_before > day)
            or not_before is not None and not_before > day):  # (or its resolution names a
        # decision taken later: "Contractor crew hired (D-04)", D-04 of 2026-10-02, review 125a F18)
        return _unresolved(issue, day)  # every day its resolution gives came later: not resolved yet then (review 120a
        # F3: "котормо 2026-09-06 берилди, жүк 2026-09-09 чыгарылды" beside "not known" on 2026-08-31)
    return _unresolved(issue, day) if issue.status in m.OPEN_ISSUE_STATUSES else issue.status if closed else "unknown"


def resolved_not_before(q: m.Questionnaire, issue: m.Issue) -> Optional[dt.date]:
    """Return the latest day of the decisions an issue's resolution names by their IDs (a change request's decision,
    a logged decision): it was resolved no earlier ("Resolved through CR-03", CR-03 decided 2026-10-08); None when
    it names none.  An ID named only after a clause giving a day is what followed, not how it was resolved (review
    135c F3: "Access granted on Aug. 26, 2025 after escalation to the sponsor; six-week delay fed into CR-001", CR-001
    decided in October, shown open and past due in September)."""
    said = PERIOD.sub(" ", issue.resolution or "").strip().rstrip(".")
    parts = clauses(said)
    dated = next((i for i, part in enumerate(parts) if days_given(issue, part)), len(parts))
    text = " ".join(parts[:dated + 1])
    requests = q.change_control.requests if q.change_control else []
    days = [cr.decision.date for cr in requests if cr.id and cr.decision is not None and names(cr.id, text)]
    days += [d.date for d in q.decisions if d.id and names(d.id, text)]
    return max(days, default=None)


def _all_after(issue: m.Issue, day: dt.date) -> bool:
    """Return True when a resolution gives days, each after ``day`` (which of them it was resolved on is not said)."""
    days = days_given(issue, PERIOD.sub(" ", issue.resolution or ""))
    return bool(days) and min(days) > day


def _unresolved(issue: m.Issue, day: dt.date) -> str:
    """Return the state of an issue not yet resolved on a day: in progress or open where the day work on it began is
    recorded, else "unresolved" (which of the two is not known)."""
    if issue.started is None:
        return "unresolved"
    return "in-progress" if issue.started <= day else "open"


# words saying a risk has happened ("Risk R-02 occurred", "R-04 materialised", "R-3 ist eingetreten")
_OCCURRED = re.compile(r"\b(?:occurred|occurs|materiali[sz]ed|happened|has hit|eingetreten|survenu|se materializ\w*"
                       r"|ocorreu|wystąpi\w*|opgetreden|ocurri\w*|s'est produit|verwirklicht|inträffat|indtruffet"
                       # Finnish, Norwegian: "(riski R-01 toteutui)" (review 104b F8), "inntruffet"
                       r"|toteutui|toteutunut|inntruffet|inntraff"
                       # Danish past tense (review 124a F5: "R-05 indtraf i juli")
                       r"|indtraf"
                       # Turkish: "R-02 gerçekleşti" (review 133c F4)
                       r"|gerçekleşti|gerçekleşmiştir|gerçekleşmişti|yaşandı"
                       # Czech and Slovak: "(riziko R-01 nastalo)" (review 108a F4)
                       r"|nastalo|nastala|nastal|nastalo sa|naplnilo|naplnilo sa"
                       # Hungarian, Greek, Vietnamese, Indonesian: "(R-03 bekövetkezett)" (review 110b F5)
                       r"|bekövetkezett|bekövetkezik|megvalósult|επήλθε|εκδηλώθηκε|συνέβη|đã xảy ra|xảy ra|terjadi"
                       r"|telah terjadi"
                       # Arabic: "الخطر R-02 وقع" (review 113c F4), "تحقق الخطر"
                       r"|وقع|وقعت|تحقق|تحققت|حدث|حدثت"
                       # Albanian, Croatian, Slovenian, Icelandic, Welsh, Basque (reviews 116a F9, 116c F4: "R-06 ka
                       # ndodhur", "rizik R-01 se ostvario")
                       r"|ka ndodhur|ndodhi|se ostvari[oa]?|ostvario se|ostvaril[aoi]? se|se je uresničil\w*"
                       r"|raungerðist|raungerst|átti sér stað|wedi digwydd|wedi'i wireddu|gertatu da|gertatu zen"
                       # Macedonian, Azerbaijani, Slovenian (review 117)
                       r"|се оствари\w*|се случи|baş verdi|reallaşdı|se je zgodil\w*|je nastopil\w*"
                       # Galician, Afrikaans, Tagalog, Maltese, Uzbek (review 118: "O risco R-01 materializouse",
                       # "Risiko R-02 het voorgekom", "nangyari ang R-02")
                       r"|materializouse|materializárase|produciuse|het voorgekom|voorgekom|het gerealiseer"
                       r"|nangyari|naganap|nagkatotoo|seħħ|seħħet|ġara|ġrat|immaterjalizza\w*"
                       r"|yuz berdi|sodir bo['ʻ’‘]ldi|ro['ʻ’‘]y berdi"
                       # Irish, Mongolian (review 119a F7: "(R-02 tarlaithe)", "(R-02 болсон)", "R-02 тохиолдсон")
                       r"|tarlaithe|tharla|тохиолдсон|бодит\s+болсон"
                       # Bosnian (review 119b F8)
                       r"|dogodio se|desio se|se dogodio|se desio|nastupio)\b|\b[A-Z]{1,5}-?\d+\)?\s+болсон\b"
                       # Amharic, Khmer (review 119: "(R-02 ተከስቷል)", "ហានិភ័យ R-03 បានកើតឡើង")
                       r"|ተከስቷል|ተከሰተ|បានកើតឡើង|\bишке\s+ашты\b"
                       # Nepali, Armenian: "R-01 घटित भयो", "R-01-ը տեղի ունեցավ"
                       r"|घटित\s+भ(?:यो|एको)|देखा\s+पर्यो|տեղի\s+(?:է\s+)?ունեց\w*|իրականաց\w*"
                       # Tamil: "(R-01 நிகழ்ந்தது)", it occurred
                       r"|நிகழ்ந்த(?:து|ுள்ளது)|ஏற்பட்ட(?:து|ுள்ளது)"
                       # Marathi, Gujarati, isiZulu (reviews 122a F8: "(जोखीम R-03 घडली)", it happened; 122c F2:
                       # "(જોખમ R-01 થયું)", said after the risk's ID, as "થયું" says anything was done; "ingozi R-02
                       # yenzekile"): the vowel sign ending a word is no word character, so no "\b" after it
                       r"|घड(?:ली|ला|ले)(?![\w\u0900-\u0dff])(?!\s*नाही)"
                       r"|प्रत्यक्षात\s+(?:आली|आला|आले|उतरली)(?![\w\u0900-\u0dff])"
                       r"|\b[A-Z]{1,5}-?\d+\)?\s+(?:થયું|થઈ\s+ગયું|બન્યું|સાકાર\s+થયું)(?![\w\u0900-\u0dff])(?!\s*નથી)"
                       r"|\b(?:[a-z]{1,4})?enzekile\b"
                       # Hindi, Malayalam (review 123a: "जोखिम R-01 घटित हुआ", risk R-01 occurred, the reason of a change;
                       # "R-02 സംഭവിച്ചു", it happened, "യാഥാർത്ഥ്യമായി", it became real), not "घटित नहीं हुआ" nor
                       # "സംഭവിച്ചില്ല" (it did not)
                       r"|घटित\s+(?:हुआ|हुई|हुए|हो\s+(?:गया|गई|गए|चुका|चुकी|चुके))(?![\w\u0900-\u0dff])"
                       # ... and the participle alone, in brackets after the ID (review 126c F3: "(जोखिम R-01 घटित)"),
                       # not "घटित नहीं", "घटित हो सकता है" (may occur) nor "घटित होने की" (of its occurring)
                       r"|घटित(?![\w\u0900-\u0dff])(?!\s*(?:नहीं|हो\s*सक|होने|हो\s*जाए|हुआ\s+तो))"
                       r"|(?:സംഭവിച്ചു|സംഭവിച്ചിരിക്കുന്നു|സംഭവിച്ചിട്ടുണ്ട്|യാഥാർ(?:ത്ഥ|ഥ)്യമായി)(?![\w\u0900-\u0dff])"
                       r"|\b(?:si è verificat\w*|verificatosi|concretizzat\w*|materializou-se|se concretizou)\b"
                       # "Le risque R-02 s'est réalisé" (review 108c F6), "s'est concrétisé"
                       r"|\bs['’]est (?:réalisée?|concrétisée?|matérialisée?)\b"
                       # "（R-01が顕在化）" (review 77c), "(R-03)이 현실화되어" (review 98c F2)
                       r"|顕在化|発生した|発生済|已发生|发生了|현실화(?:되|됐|됨|하)|발생(?:했|하였|됨|되었)"
                       # "R-01 위험 발생" as a noun, the reason of a change (review 108c F6), not "발생 가능성" (likely)
                       r"|발생(?!\s*가능)(?![가-힣])",
                       re.IGNORECASE)


def occurred_by(q: m.Questionnaire, risk_id: str, risk: m.Risk) -> Optional[tuple[dt.date, str, str]]:
    """Return, for a risk that has occurred with no day recorded, the first day a record shows it had: the day the
    first issue whose text names it was raised (review 50a F5: the risk became that issue), or the day a change
    request whose reason or description says it occurred was raised (review 51c F2: "Risk R-02 occurred; 23
    servers need re-addressing"), or the day an approved change request its contingency names was raised, or the day
    of a logged decision or a status report whose words say it occurred, with what that record is ("issue", "change
    request", "contingency", "decision" or "status report") and its ID (a report's: its date). None otherwise."""
    if risk.status != "occurred" or risk.occurred is not None:
        return None
    found = [(i.raised, "issue", i.id) for i in q.issues if names(risk_id, i.issue)]
    requests = q.change_control.requests if q.change_control else []
    found += [(cr.date, "change request", cr.id) for cr in requests
              if any(names(risk_id, text) and _OCCURRED.search(text) for text in (cr.reason or "", cr.description or ""))]
    # an approved change request its contingency names: the contingency was carried out by then (review 54b F3:
    # "Extend tape library support by 3 months (see CR-001)", CR-001 approved in October)
    found += [(cr.date, "contingency", cr.id) for cr in requests
              if cr.status in m.APPROVED_STATUSES and risk.contingency and names(cr.id, risk.contingency)]
    # a logged decision whose words say it occurred (review 117b F3: Q-02 of 2026-04-23, "R-01 baş verdi", beside
    # "whether R-01 was still open is not known")
    found += [(d.date, "decision", d.id) for d in q.decisions
              if any(names(risk_id, text) and _OCCURRED.search(text) for text in (d.decision, d.rationale or ""))]
    # a status report whose words say it occurred ("Leververtraging 300 laptops (R-01 opgetreden)", review 71a F5)
    found += [(r.date, "status report", r.date.isoformat()) for r in q.status_reports
              if any(names(risk_id, text) and _OCCURRED.search(text) for text in _said(r))]
    return min(found) if found else None


# words making a clause a condition, not a fact: "if it occurs", "wenn es eintritt"
_IF = re.compile(r"\b(?:if|when|whenever|should|in case|unless|once|wenn|falls|sollte|si|jeśli|jeżeli|gdyby|indien|als"
                 r"|qualora|caso|hvis|om|jos|ha|εάν|αν)\b", re.IGNORECASE)


def own_words_occurred(risk: m.Risk) -> bool:
    """Return True when a closed risk's own words (its description, mitigation, contingency) say it occurred, in a clause that
    is no condition: "... Occurred in October 2024 (EUR 350k cut) and dealt with through CR-01" (review 144c F6: the
    register said no risk was recorded as having occurred, beside these words)."""
    if risk.status != "closed" or risk.occurred is not None:
        return False
    # (and a note in brackets after the risk's own description: "... (Se materializó el 13 de febrero de 2026; el
    # lanzamiento se movió una semana.)", review 147c F5; not the description itself, which may tell of the past)
    notes = re.findall(r"\(([^()]*)\)", risk.risk or "")
    clauses = (clause for text in (*notes, risk.mitigation, risk.contingency) if text
               for clause in re.split(r"[.;]\s", text))
    return any((found := _OCCURRED.search(clause)) is not None and found.group(0).casefold() != "occurs"
               and not _IF.search(clause) for clause in clauses)


# words saying a risk was closed ("R-03 (security assessment) closed", "R-05クローズ", review 128a F6)
_CLOSED = re.compile(r"\b(?:closed|retired|clôturée?s?|fermée?s?|geschlossen|abgeschlossen|cerrad[oa]s?|chius[oa]|"
                     r"fechad[oa]s?|encerrad[oa]s?|gesloten|afgesloten|zamknięt[ya]"
                     # Norwegian, Swedish, Danish: "så R-01 er lukket" (review 132c F7), "stängd", "avsluttet"
                     r"|lukket|lukkes|stängd|stängt|stängdes|avsluttet|avslutad|avsluttes|afsluttet"
                     # Turkish: "R-03 kapatıldı" (review 133c F4)
                     r"|kapatıldı|kapandı|kapatılmıştır|kapatılmış"
                     # Romanian, Hungarian, Maltese, Czech, Finnish: "riscul R-03 închis" (review 147b F7)
                     r"|închis[ăe]?|închise|lezárva|lezárult|lezárták|magħluq|magħluqa|uzavřen\w*|suljettu)\b"
                     r"|クローズ|解消|종료|关闭",
                     re.IGNORECASE)


def closed_by(q: m.Questionnaire, risk_id: str, risk: m.Risk) -> Optional[dt.date]:
    """Return, for a risk closed on a day not recorded, the first status report whose words (a sentence naming it)
    say it was closed: it closed within that report's period (review 128a F6: "Whether R-03 was still open on
    2026-09-30 is not known" beside that report's own "R-03 (security assessment) closed"). None otherwise."""
    if risk.status != "closed" or risk.closed is not None:
        return None
    return min((r.date for r in q.status_reports
                if any(names(risk_id, text) and _CLOSED.search(text) for text in _said(r))), default=None)


def resolved_by_report(q: m.Questionnaire, issue: m.Issue) -> Optional[dt.date]:
    """Return, for an issue resolved or closed on a day not recorded, the first status report whose words (a sentence
    naming it) say it was fixed, resolved or closed: resolved by that report's day (review 137a F3: "SSO macron
    defect fixed (I-01)" among its done items, beside "not known (now closed)"). None otherwise."""
    if issue.status in m.OPEN_ISSUE_STATUSES or issue.closed is not None or not issue.id:
        return None
    return min((r.date for r in q.status_reports
                if any(names(issue.id, text) and (_CLOSED.search(text) or _FIXED.search(text)) for text in _said(r))),
               default=None)


# words saying an issue was fixed or resolved ("SSO macron defect fixed (I-01)", "I-03 résolu", "I-02 behoben")
_FIXED = re.compile(r"\b(?:fixed|resolved|solved|remedied|corrected|résolue?s?|corrigée?s?|behoben|gelöst|opgelost"
                    r"|verholpen|resuelt[oa]s?|solucionad[oa]s?|resolvid[oa]s?|corrigid[oa]s?|risolt[oa]|rozwiązan\w*"
                    r"|vyřešen\w*|ratkaistu|korjattu|løst|löst|çözüldü|rezolvat[ăa]?)\b", re.IGNORECASE)


def _said(report: m.StatusReport) -> list[str]:
    """Return a status report's texts: its summary, its areas' notes and what it says was done, each sentence apart
    (one sentence names the risk and says it occurred)."""
    texts = [report.summary, *(a.note for a in (report.scope, report.schedule, report.budget) if a and a.note),
             *report.done]
    return [part for text in texts for part in re.split(r"(?<=[.;!?])\s+", text or "")]

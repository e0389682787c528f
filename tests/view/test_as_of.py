"""Where a risk or an issue stood on a status report's day (reviews 47a F3-F4, 47b F2, 47c F1)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Optional

import pytest

from generator.questionnaire import model as m
from generator.view.as_of import issue_state, risk_state

DAY = dt.date(2027, 4, 9)
BEFORE, AFTER = DAY - dt.timedelta(days=3), DAY + dt.timedelta(days=3)


def risk(status: str = "open", **days: Optional[dt.date]) -> m.Risk:
    return m.Risk(risk="Legacy data is worse than sampled", likelihood="high", impact="medium", status=status,  # type: ignore[arg-type]
                  **days)


@pytest.mark.parametrize("status, days, latest, expected", [
    ("open", {}, False, "open"),
    ("open", {"raised": AFTER}, True, None),  # not yet identified on that day
    ("open", {"raised": BEFORE}, False, "open"),
    ("occurred", {"occurred": BEFORE}, False, "occurred"),
    ("occurred", {"occurred": DAY}, False, "occurred"),
    ("occurred", {"occurred": AFTER}, True, "open"),
    ("closed", {"closed": AFTER}, False, "open"),
    ("closed", {"occurred": BEFORE, "closed": AFTER}, False, "occurred"),
    ("closed", {"occurred": BEFORE, "closed": BEFORE}, True, "closed"),
    ("closed", {"occurred": AFTER}, False, "open"),  # it occurred after the day, then closed
    ("occurred", {}, False, "unknown"),
    ("closed", {}, False, "unknown"),
    ("occurred", {}, True, "occurred"),  # the latest report gives the status now
    ("closed", {}, True, "closed"),
])
def test_a_risk_stands_on_a_day_as_its_days_say(status: str, days: dict[str, Any], latest: bool,
                                                 expected: Optional[str]) -> None:
    assert risk_state(risk(status, **days), DAY, latest) == expected


@pytest.mark.parametrize("status, closed, current, expected", [
    ("open", None, False, "open"),
    # reviews 51a F4, 51b F5, 51c F8: in progress now; open or in progress then, unless the report is the newest record
    ("in-progress", None, False, "unresolved"),
    ("in-progress", None, True, "in-progress"),
    ("resolved", BEFORE, False, "resolved"),
    ("resolved", DAY, False, "resolved"),
    ("closed", AFTER, True, "unresolved"),  # resolved after the day: not yet resolved then
    ("resolved", None, False, "unknown"),
    ("resolved", None, True, "resolved"),
])
def test_an_issue_stands_on_a_day_as_its_closing_day_says(status: str, closed: Optional[dt.date], current: bool,
                                                           expected: str) -> None:
    issue = m.Issue(id="I-01", raised=BEFORE - dt.timedelta(days=10), issue="Export API rate-limited",
                    owner="Rafael Souza", priority="high", status=status, resolution="Batch export",  # type: ignore[arg-type]
                    closed=closed)
    assert issue_state(issue, DAY, current) == expected


@pytest.mark.parametrize("status, closed, started, current, expected", [
    # reviews 93c F5, 94a F7: the day work started tells open from in progress on an earlier report's day
    ("in-progress", None, BEFORE, False, "in-progress"),
    ("in-progress", None, DAY, False, "in-progress"),
    ("in-progress", None, AFTER, False, "open"),
    ("in-progress", None, AFTER, True, "open"),  # even on the newest report: work began after its day
    ("resolved", AFTER, BEFORE, False, "in-progress"),
    ("closed", AFTER, AFTER, True, "open"),
    ("resolved", BEFORE, BEFORE, False, "resolved"),
])
def test_an_issues_starting_day_tells_open_from_in_progress(status: str, closed: Optional[dt.date],
                                                           started: dt.date, current: bool, expected: str) -> None:
    issue = m.Issue(id="I-01", raised=BEFORE - dt.timedelta(days=10), issue="Export API rate-limited",
                    owner="Rafael Souza", priority="high", status=status, resolution="Batch export",  # type: ignore[arg-type]
                    closed=closed, started=started)
    assert issue_state(issue, DAY, current) == expected


def test_an_issues_closing_day_is_the_one_day_its_resolutions_last_part_gives() -> None:
    """Review 50a F5: "delivered on 18 September"; review 86a F8: "Replacement started 28 September; three-week
    overlap completed 23 October" was "not known", as it gives two days; review 71a F3: a day before later steps is
    not the closing day."""
    from generator.questionnaire.resolved_days import closed_on

    def issue(resolution: str) -> m.Issue:
        return m.Issue(id="I-01", raised=dt.date(2026, 9, 8), issue="x", owner="Sam Lee", priority="high",
                       status="closed", resolution=resolution)

    assert closed_on(issue("The switches were delivered on 18 September")) == dt.date(2026, 9, 18)
    assert closed_on(issue("Replacement started 28 September; three-week overlap completed 23 October (CR-004)")) \
        == dt.date(2026, 10, 23)
    assert closed_on(issue("Reviews completed 2026-09-18; reminders now automated; exception disclosed")) is None
    assert closed_on(issue("Fixed 2026-10-01; verified 2026-09-20")) is None  # its last day is not the latest
    # review 90b F5: what was kept as it was, after the day, is no later step
    assert closed_on(issue("Moved us to a dedicated sandbox tenant on 2026-11-18; mock refund service kept for "
                           "regression")) == dt.date(2026, 11, 18)


def test_a_day_of_work_still_to_come_closes_no_issue() -> None:
    """Review 89c F4: "fix load-tested, deploying 8–9 December" read as resolved by 9 December, after every record."""
    from generator.questionnaire.resolved_days import closed_on

    def issue(resolution: str) -> m.Issue:
        return m.Issue(id="I-02", raised=dt.date(2025, 10, 2), issue="x", owner="Sam Lee", priority="high",
                       status="resolved", resolution=resolution)

    assert closed_on(issue("Retry with back-off and idempotency keys; fix load-tested, deploying 8–9 December")) is None
    assert closed_on(issue("Fix will go live on 9 December")) is None
    assert closed_on(issue("Fix deployed on 9 December")) == dt.date(2025, 12, 9)


def test_a_korean_or_italian_report_says_a_risk_occurred() -> None:
    """Review 98c F2: "(R-03)이 현실화되어" (R-03 has happened) read as saying nothing of R-03."""
    from generator.view.as_of import _OCCURRED

    for text in ("아트 외주사 이탈 리스크(R-03)이 현실화되어 일정이 지연됨", "R-03 발생했음", "il rischio R-02 si è verificato"):
        assert _OCCURRED.search(text), text
    assert not _OCCURRED.search("R-03 현황 점검")
    # review 104b F8: "(riski R-01 toteutui)" in a Finnish report's summary
    assert _OCCURRED.search("QR-lukua tukeva versio valmistuu vasta lokakuun lopussa (riski R-01 toteutui).")
    # review 108c F6: "Le risque R-02 s'est réalisé", and a change's reason "R-01 위험 발생" (R-01 risk occurred)
    assert _OCCURRED.search("Le risque R-02 s'est réalisé") and _OCCURRED.search("R-01 위험 발생. 절감 조치 후에도")
    assert not _OCCURRED.search("R-01 발생 가능성 높음")  # its likelihood, not its happening
    # review 110b F5: "(R-03 bekövetkezett)" in a Hungarian report
    for text in ("helyszíni vizsgálatot jelentett be (R-03 bekövetkezett)", "risiko R-02 telah terjadi",
                 "rủi ro R-02 đã xảy ra"):
        assert _OCCURRED.search(text), text


def test_albanian_croatian_tamil_and_icelandic_words_say_a_risk_occurred() -> None:
    """Review 116c F4: CR-002's reason "R-06 ka ndodhur" (R-06 has occurred) left the last report saying it may have
    occurred after it; review 116a F9: "(R-01 நிகழ்ந்தது)", "rizik R-01 se ostvario"."""
    from generator.view.as_of import _OCCURRED

    for text in ("R-06 ka ndodhur - 5 ndërprerje në prill", "(rizik R-01 se ostvario)", "(R-01 நிகழ்ந்தது)",
                 "R-01 raungerðist", "Mae R-02 wedi digwydd", "R-01 gertatu da"):
        assert _OCCURRED.search(text), text
    assert not _OCCURRED.search("R-06 mund të ndodhë")  # may happen


def test_a_day_data_is_valid_from_is_no_day_an_issue_was_resolved() -> None:
    """Review 116c F6: "datuak 2024-03-09tik aurrera baliozkoak" (data valid from 9 March on) was "by 2024-03-09 (as
    its resolution says)"; a Croatian or Albanian "from" before the day is read as such too."""
    from generator.questionnaire.resolved_days import closed_on

    def issue(resolution: str) -> m.Issue:
        return m.Issue(id="I-01", raised=dt.date(2024, 3, 1), issue="x", owner="Sam Lee", priority="high",
                       status="closed", resolution=resolution)

    assert closed_on(issue("Sentsorea berriro muntatua; datuak 2024-03-09tik aurrera baliozkoak")) is None
    assert closed_on(issue("Senzor ponovno montiran, podaci valjani od 2024-03-09")) is None
    assert closed_on(issue("Sensori u rimontua, të dhënat të vlefshme nga 2024-03-09")) is None
    assert closed_on(issue("Sentsorea berriro muntatua 2024-03-09")) == dt.date(2024, 3, 9)


def test_macedonian_azerbaijani_nepali_and_armenian_words_say_a_risk_occurred() -> None:
    """Review 117: "R-01 се оствари", "R-03 baş verdi", "R-01 घटित भयो", "R-01-ը տեղի ունեցավ" read as saying
    nothing, and the reports said it was not known whether the risk was still open."""
    from generator.view.as_of import _OCCURRED

    for text in ("ризикот R-01 се оствари", "R-03 baş verdi", "R-01 घटित भयो", "R-01-ը տեղի ունեցավ"):
        assert _OCCURRED.search(text), text


def test_a_logged_decision_saying_a_risk_occurred_dates_it(q: m.Questionnaire) -> None:
    """Review 117b F3: Q-02 of 2026-04-23 ("R-01 baş verdi", R-01 occurred) beside "whether R-01 was still open is not
    known" in every later report."""
    from generator.view.as_of import occurred_by

    risk = dataclasses.replace(q.risks[0], status="occurred", occurred=None)
    decision = m.LoggedDecision(id="Q-02", date=dt.date(2027, 2, 3), decision="Ehtiyat serverə keçid",
                                by=q.roles.sponsor, rationale=f"{risk.id} baş verdi")
    q2 = dataclasses.replace(q, risks=[risk, *q.risks[1:]], decisions=[*q.decisions, decision])
    assert occurred_by(q2, risk.id, risk) == (dt.date(2027, 2, 3), "decision", "Q-02")


def test_galician_afrikaans_tagalog_maltese_and_uzbek_words_say_a_risk_occurred() -> None:
    """Review 118: "O risco R-01 materializouse", "Risiko R-02 het voorgekom", "(nangyari ang R-02)", "(R-03 sodir
    bo'ldi)" read as saying nothing: the reports of those days said whether the risk was still open was not known."""
    from generator.view.as_of import _OCCURRED

    for text in ("O risco R-01 materializouse", "Risiko R-02 het voorgekom", "(nangyari ang R-02)",
                 "(R-03 sodir bo'ldi)", "ir-riskju R-02 seħħ"):
        assert _OCCURRED.search(text), text
    assert not _OCCURRED.search("R-02 kann eintreten")


def test_irish_mongolian_amharic_khmer_and_bosnian_words_say_a_risk_occurred() -> None:
    """Review 119: "(R-02 tarlaithe)", "(R-02 болсон)", "(R-02 ተከስቷል)", "ហានិភ័យ R-03 បានកើតឡើង" beside "whether R-02
    was still open is not known"; a rate that became higher ("ханш 2 310 төгрөг болсон") says nothing."""
    from generator.view.as_of import _OCCURRED

    for text in ("Aispeist (R-02 tarlaithe)", "ачаа саатсан (R-02 болсон)", "(R-02 ተከስቷል)", "ហានិភ័យ R-03 បានកើតឡើង",
                 "rizik R-01 se dogodio"):
        assert _OCCURRED.search(text), text
    assert not _OCCURRED.search("AUD ханш 2 310 төгрөг болсон")


def test_an_issue_resolved_on_days_after_a_report_was_still_unresolved_on_its_day() -> None:
    """Review 120a F3: "Нотариалдык котормо 2026-09-06 берилди, жүк 2026-09-09 чыгарылды" (the translation given,
    then the goods released), and the report of 2026-08-31 said whether I-01 was open was not known;
    "R-03 тобокелдиги ишке ашты" says the risk occurred."""
    from generator.questionnaire.resolved_days import closed_on
    from generator.view.as_of import _OCCURRED

    issue = m.Issue(id="I-01", issue="Биринчи партия бажыда кармалды", raised=dt.date(2026, 8, 12), owner="Mehmet",
                    priority="critical", status="resolved",
                    resolution="Нотариалдык котормо 2026-09-06 берилди, жүк 2026-09-09 чыгарылды")
    assert closed_on(issue) is None  # (which of the two days is not said)
    assert issue_state(issue, dt.date(2026, 8, 31), False) == "unresolved"
    assert issue_state(issue, dt.date(2026, 9, 7), False) == "unknown"
    assert _OCCURRED.search("R-03 тобокелдиги ишке ашты.")


def test_marathi_gujarati_and_isizulu_words_say_a_risk_occurred() -> None:
    """Review 122a F8: "(जोखीम R-03 घडली)" (risk R-03 happened) and review 122c F2: "(જોખમ R-01 થયું)" in a report's
    summary, beside "whether R-03 was still open is not known"; isiZulu "ingozi R-02 yenzekile". Gujarati's "થયું"
    says anything was done, so only right after the risk's ID; none said with "not" after it."""
    from generator.view.as_of import _OCCURRED

    for text in ("फिशिंग हल्ल्यात ओळखपत्रे चोरीला गेली (जोखीम R-03 घडली).", "(જોખમ R-01 થયું)",
                 "Amathebulethi antshontshiwe (ingozi R-02 yenzekile)", "R-02 kwenzekile"):
        assert _OCCURRED.search(text), text
    for text in ("जोखीम R-03 घडली नाही", "R-01 થયું નથી", "R-01 માટે પરીક્ષણ પૂરું થયું", "R-01 ફરી ન બને",
                 "घडलेली घटना (R-03)", "ingozi R-02 ayenzekanga"):
        assert not _OCCURRED.search(text), text


def test_hindi_and_malayalam_words_say_a_risk_occurred() -> None:
    """Review 123a: CR-01's reason "जोखिम R-01 घटित हुआ; सर्वे में 312 में से 97 तहसीलों में 2 Mbps से कम गति" (risk
    R-01 occurred); review 123b: Malayalam "(R-02 സംഭവിച്ചു)" (it happened), "യാഥാർത്ഥ്യമായി" (it became real); none said
    with "not" ("घटित नहीं हुआ", "സംഭവിച്ചില്ല")."""
    from generator.view.as_of import _OCCURRED

    for text in ("जोखिम R-01 घटित हुआ; सर्वे में 312 में से 97 तहसीलों में 2 Mbps से कम गति", "R-03 घटित हो गया",
                 "പ്രായമായ രോഗികളിൽ കൃത്യത കുറവ് (R-02 സംഭവിച്ചു)", "അപകടസാധ്യത R-02 യാഥാർത്ഥ്യമായി"):
        assert _OCCURRED.search(text), text
    # review 126c F3: the participle alone, "(जोखिम R-01 घटित)"
    assert _OCCURRED.search("2019-20 के लगभग 11% खातों की चूक-तिथि ग़लत दर्ज है (जोखिम R-01 घटित)।")
    for text in ("जोखिम R-01 घटित नहीं हुआ", "R-02 സംഭവിച്ചില്ല", "घटित होने की संभावना", "സംഭവിച്ചാൽ",
                 "R-01 घटित हो सकता है"):
        assert not _OCCURRED.search(text), text


def test_the_danish_past_tense_says_a_risk_occurred() -> None:
    """Review 124a F5: "R-05 indtraf i juli" (occurred in July) read as not recorded; "er indtruffet" was read."""
    from generator.view.as_of import _OCCURRED

    assert _OCCURRED.search("R-05 indtraf i juli") and _OCCURRED.search("R-05 er indtruffet")


def test_a_new_date_for_something_else_in_a_resolution_is_no_day_it_was_resolved() -> None:
    """Review 124c F5: "New delivery date of 12 June confirmed in writing" read as the day the supplier's delay was
    resolved: three status reports said the issue unresolved on their days."""
    from generator.questionnaire import model as m
    from generator.questionnaire.resolved_days import closed_on

    issue = m.Issue(id="I-01", issue="Firewall supplier has delayed delivery by six weeks", raised=dt.date(2026, 3, 2),
                    owner="A", priority="high", status="resolved",
                    resolution="New delivery date of 12 June confirmed in writing; plan re-sequenced (D-02)")
    assert closed_on(issue) is None
    assert closed_on(dataclasses.replace(issue, resolution="The firewalls were delivered on 12 June")) == \
        dt.date(2026, 6, 12)


def test_an_issue_whose_resolution_names_a_later_decision_was_unresolved_before_it(q: m.Questionnaire) -> None:
    """Review 125a F18: "Contractor crew hired for October and November (D-04)", D-04 of 2026-10-02, beside "not
    known (now resolved)" in the report of 2026-09-30."""
    from generator.view.as_of import resolved_not_before

    decision = m.LoggedDecision(id="D-04", date=dt.date(2027, 3, 20), decision="Hire a contractor crew", by="board")
    issue = m.Issue(id="I-09", raised=dt.date(2027, 3, 1), issue="Crews reassigned", owner="Sam Lee", priority="high",
                    status="resolved", resolution="Contractor crew hired for March and April (D-04)")
    q2 = dataclasses.replace(q, decisions=[decision], issues=[issue])
    day = resolved_not_before(q2, issue)
    assert day == dt.date(2027, 3, 20)
    assert issue_state(issue, dt.date(2027, 3, 15), False, day) == "unresolved"
    assert issue_state(issue, dt.date(2027, 3, 25), False, day) == "unknown"
    assert resolved_not_before(q2, dataclasses.replace(issue, resolution="Crew hired")) is None
    # review 135c F3: an ID named after the day it was resolved is what followed, not how it was resolved
    followed = dataclasses.replace(issue, resolution="Crew hired on 2027-03-10 after escalation; the delay fed into D-04")
    assert resolved_not_before(dataclasses.replace(q2, issues=[followed]), followed) is None
    assert issue_state(followed, dt.date(2027, 3, 15), False, None) != "unresolved"
    before = dataclasses.replace(issue, resolution="Escalated through D-04; crew hired on 2027-03-22")
    assert resolved_not_before(dataclasses.replace(q2, issues=[before]), before) == dt.date(2027, 3, 20)


def test_a_report_saying_a_risk_closed_or_occurred_dates_it_and_the_earlier_reports_had_it_open(
        q: m.Questionnaire) -> None:
    """Review 128a F6: "Whether R-03 was still open on 2026-09-30 is not known" beside that report's own done item
    "R-03 (security assessment) closed", and "R-05クローズ" in a Japanese report."""
    from generator.view.as_of import closed_by

    risk_ = dataclasses.replace(q.risks[0], status="closed", closed=None)
    told = m.StatusReport(date=DAY, overall="green", summary="On track.",
                          done=[f"{risk_.id} (security assessment) closed"])
    q2 = dataclasses.replace(q, risks=[risk_, *q.risks[1:]], status_reports=[told])
    assert closed_by(q2, risk_.id, risk_) == DAY
    assert risk_state(risk_, DAY, False, closed_by=DAY) == "closed"
    assert risk_state(risk_, BEFORE, False, closed_by=DAY) == "open"
    japanese = dataclasses.replace(told, done=[f"堺工場の無線LAN増設完了({risk_.id}クローズ)"])
    assert closed_by(dataclasses.replace(q2, status_reports=[japanese]), risk_.id, risk_) == DAY
    # review 132c F7: "Leverandøren har bekreftet at automatisert installasjon er lov, så R-01 er lukket."
    norwegian = dataclasses.replace(told, done=[], summary=f"Leverandøren har bekreftet det, så {risk_.id} er lukket.")
    assert closed_by(dataclasses.replace(q2, status_reports=[norwegian]), risk_.id, risk_) == DAY
    # review 133c F4: Turkish
    turkish = dataclasses.replace(told, done=[f"Lisanslar sabit kurla satın alındı; {risk_.id} kapatıldı"])
    assert closed_by(dataclasses.replace(q2, status_reports=[turkish]), risk_.id, risk_) == DAY
    # (a report saying a risk occurred dates it, but it may have occurred before: review 71a F5)
    assert risk_state(dataclasses.replace(risk_, status="occurred"), BEFORE, False, occurred_by=DAY) == "unknown"


def test_a_resolution_saying_the_issue_closed_on_a_day_or_a_fix_checked_after_it_gives_that_day() -> None:
    """Review 131b F1: "Closed on 22 Aug 2025. Root cause ..." and review 131c F3: "... upgraded the link on 25 September
    2026; replication tested clean" were read as no closing day."""
    from generator.questionnaire.resolved_days import closed_on

    def issue(resolution: str) -> m.Issue:
        return m.Issue(id="I-01", raised=dt.date(2025, 8, 1), issue="Link down", owner="A", priority="high",
                       status="closed", resolution=resolution)

    assert closed_on(issue("Closed on 22 Aug 2025. Root cause was a bad certificate; renewal now automated.")) \
        == dt.date(2025, 8, 22)
    assert closed_on(issue("Network team upgraded the link on 25 September 2025; replication tested clean")) \
        == dt.date(2025, 9, 25)
    assert closed_on(issue("Reviews completed 2025-08-18; reminders now automated; exception disclosed")) is None


def test_an_issue_a_report_says_was_fixed_was_resolved_by_that_reports_day(q: m.Questionnaire) -> None:
    """Review 137a F3: "SSO macron defect fixed (I-01)" among a report's done items, beside "not known (now closed)"
    for the critical issue its resolution gives no day for."""
    from generator.view.as_of import resolved_by_report

    issue = m.Issue(id="I-01", raised=dt.date(2027, 1, 15), issue="SSO fails", owner="Sam Lee", priority="critical",
                    status="closed", resolution="Vendor hotfix deployed; closed at the steering group")
    early = m.StatusReport(date=dt.date(2027, 1, 29), overall="amber", summary="SSO defect open.")
    told = m.StatusReport(date=dt.date(2027, 2, 26), overall="green", summary="On track.",
                          done=["SSO macron defect fixed (I-01)"])
    later = m.StatusReport(date=dt.date(2027, 3, 31), overall="green", summary="On track.")
    q2 = dataclasses.replace(q, issues=[issue], status_reports=[early, told, later])
    day = resolved_by_report(q2, issue)
    assert day == told.date
    assert issue_state(issue, told.date, False, None, day) == "closed"
    assert issue_state(issue, early.date, False, None, day) == "unresolved"
    assert resolved_by_report(dataclasses.replace(q2, status_reports=[early, later]), issue) is None
    assert resolved_by_report(q2, dataclasses.replace(issue, status="in-progress")) is None


def test_an_issue_resolved_through_a_decision_taken_by_a_report_is_not_said_unresolved_then() -> None:
    """Review 140c F4: resolved by D-02 (2025-05-13), its resolution's last day (2025-06-30) a later event: not known
    on 2025-05-30, not "not yet resolved"."""
    issue = m.Issue(id="I-01", issue="Líder técnico incapacitado", raised=dt.date(2025, 5, 9), owner="Gabriela",
                    priority="high", status="closed",
                    resolution="Ing. Castillo nombrada líder técnica interina (D-02); Ing. Ruiz regresó el 2025-06-30")
    assert issue_state(issue, dt.date(2025, 5, 30), False, not_before=dt.date(2025, 5, 13)) == "unknown"
    assert issue_state(issue, dt.date(2025, 5, 10), False, not_before=dt.date(2025, 5, 13)) == "unresolved"


def test_a_closed_risk_whose_own_words_say_it_occurred_is_said_to_have_occurred(q: m.Questionnaire) -> None:
    """Review 144c F6: "No risk is recorded as having occurred" above R-01, whose mitigation ends "Occurred in October
    2024 (EUR 350k cut) and dealt with through CR-01"; a condition ("if it occurs") says nothing of the kind."""
    from generator.render.templates import render_project
    from generator.view.as_of import own_words_occurred

    def closed(mitigation: str, contingency: Optional[str] = None) -> m.Risk:
        return dataclasses.replace(q.risks[0], status="closed", occurred=None, closed=None, mitigation=mitigation,
                                   contingency=contingency)

    cut = closed("Early briefing of the Department. Occurred in October 2024 (EUR 350k cut) and dealt with through "
                 "CR-01")
    assert own_words_occurred(cut)
    assert not own_words_occurred(closed("Pair working", "If it occurs, extend the contractor"))
    assert not own_words_occurred(closed("Pair working", "Contractor cover once the risk occurred"))
    assert not own_words_occurred(dataclasses.replace(cut, status="open"))
    register = next(d.markdown for d in render_project(dataclasses.replace(q, risks=[cut, *q.risks[1:]]))
                    if d.slug == "risk-register")
    assert f"{cut.id} occurred, as its own record says, and has since been closed (section 4)." in register


def test_round_147_closed_and_occurred_risks_are_read(q: m.Questionnaire) -> None:
    """Review 147b F7: "Toți cei 310 medici au certificat calificat (riscul R-03 închis)" beside "whether R-03 was
    still open is not known"; 147c F5: "No risk is recorded as having occurred" above R-01, whose description ends
    "(Se materializó el 13 de febrero de 2026; el lanzamiento se movió una semana.)"."""
    from generator.view.as_of import closed_by, own_words_occurred

    risk_ = dataclasses.replace(q.risks[0], status="closed", closed=None, occurred=None)
    told = m.StatusReport(date=DAY, overall="green", summary="În grafic.",
                          done=[f"Toți cei 310 medici au certificat calificat (riscul {risk_.id} închis)"])
    assert closed_by(dataclasses.replace(q, risks=[risk_], status_reports=[told]), risk_.id, risk_) == DAY
    noted = dataclasses.replace(risk_, risk="Todo el conocimiento está en la líder técnica; si ella se va, el "
                                "lanzamiento se retrasa. (Se materializó el 13 de febrero de 2026.)")
    assert own_words_occurred(noted)
    assert not own_words_occurred(dataclasses.replace(noted, risk="Vendor delays materialized on the 2023 rollout."))

"""What a change's words and a revision's words say about the milestone dates as recorded."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.questionnaire.baseline_moves import baseline_on, moved, moved_from, moved_to, shifts, still_before

MILESTONES = [("Requirements baseline approved", dt.date(2025, 6, 27)), ("Contract awarded", dt.date(2025, 11, 28)),
              ("Pilot migration complete (CRM-North)", dt.date(2027, 3, 26))]


def test_from_one_date_to_another_names_the_milestone_still_on_the_first() -> None:
    text = "Move Contract awarded from 2025-11-28 to 2026-02-20"
    assert moved_from([text], MILESTONES) == (1, "2025-11-28", "2026-02-20")
    assert moved_from(["Move Contract awarded from 2025-11-20 to 2026-02-20"], MILESTONES) is None


def test_to_a_later_date_names_the_milestone_by_the_start_of_its_words() -> None:
    """Review 59c F2: "Re-baseline the contract award to 2026-02-20"."""
    assert moved_to(["Re-baseline the contract award to 2026-02-20"], MILESTONES) == (1, "2025-11-28", "2026-02-20")
    assert moved_to(["Extend the pilot migration until 2027-04-09"], MILESTONES) == (2, "2027-03-26", "2027-04-09")
    # the date it already has, an earlier one, or words naming no milestone well enough: nothing
    assert moved_to(["Re-baseline the contract award to 2025-11-28"], MILESTONES) is None
    assert moved_to(["Re-baseline the contract award to 2025-10-01"], MILESTONES) is None
    assert moved_to(["Move the pilot to 2027-04-09"], MILESTONES) is None  # one word of three
    assert moved_to(["Contract awarded on 2026-02-20"], MILESTONES) is None  # "on" a day is not a move


def test_one_reading_serves_both_forms() -> None:
    assert moved(["Move Contract awarded from 2025-11-28 to 2026-02-20"], MILESTONES) == (1, "2025-11-28", "2026-02-20")
    assert moved(["Re-baseline the contract award to 2026-02-20"], MILESTONES) == (1, "2025-11-28", "2026-02-20")
    assert moved(["No date named"], MILESTONES) is None


def test_a_baseline_moved_twice_is_read_back_to_the_day_asked() -> None:
    """Review 63b F1: the baseline of a day is the recorded date before the moves decided after it."""
    ms = m.Milestone(name="Shadow run complete", date=dt.date(2026, 6, 5))

    def request(ident: str, text: str, day: dt.date, status: str = "approved") -> m.ChangeRequest:
        return m.ChangeRequest(id=ident, title=ident, requested_by="Sam Lee", date=day, description=text,
                               reason="Late data", status=status, decision=m.Decision(by="board", date=day))
    moves = [request("CR-1", "Move Shadow run complete from 2026-03-13 to 2026-05-22", dt.date(2026, 4, 14)),
             request("CR-2", "Shadow run complete from 2026-05-22 to 2026-06-05", dt.date(2026, 5, 10)),
             request("CR-3", "Shadow run complete from 2026-01-01 to 2026-06-05", dt.date(2026, 5, 1), "rejected")]
    assert baseline_on(ms, moves, dt.date(2026, 3, 1))[0] == dt.date(2026, 3, 13)
    day, later, last = baseline_on(ms, moves, dt.date(2026, 4, 30))
    assert day == dt.date(2026, 5, 22) and [s.request for s in later] == ["CR-2"]
    assert last is not None and last.request == "CR-1"
    assert baseline_on(ms, moves, dt.date(2026, 6, 1))[0] == ms.date


def test_a_move_to_a_milestones_own_date_names_it_by_one_word_of_its_name() -> None:
    """Review 95c F1: "Move go-live from 2026-12-07 to 2027-02-01" left the report of 2026-09-30 showing "Go-live at
    all three hospitals" on its baseline date, 2027-02-01, while it asked to approve that move."""
    ms = m.Milestone(name="Go-live at all three hospitals", date=dt.date(2027, 2, 1))

    def request(title: str) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-003", title=title, requested_by="Daniel Reyes", date=dt.date(2026, 9, 29),
                               description="Re-plan around the late release", reason="Late release",
                               status="approved", decision=m.Decision(by="board", date=dt.date(2026, 10, 13)))
    day, later, _ = baseline_on(ms, [request("Move go-live from 2026-12-07 to 2027-02-01")], dt.date(2026, 9, 30))
    assert day == dt.date(2026, 12, 7) and [s.request for s in later] == ["CR-003"]
    # a move to its date naming none of its words, or another number, is not its move
    assert baseline_on(ms, [request("Move the pilot from 2026-12-07 to 2027-02-01")], dt.date(2026, 9, 30))[0] == ms.date
    wave = m.Milestone(name="Wave 2 go-live", date=dt.date(2027, 2, 1))
    assert baseline_on(wave, [request("Move Wave 1 go-live from 2026-12-07 to 2027-02-01")], dt.date(2026, 9, 30))[0] == (
        wave.date)
    assert baseline_on(wave, [request("Move Wave 2 go-live from 2026-12-07 to 2027-02-01")], dt.date(2026, 9, 30))[0] == (
        dt.date(2026, 12, 7))


WAVES = [("Wave 1 live (branches 1-4)", dt.date(2026, 4, 24)), ("Wave 2 live (branches 5-8)", dt.date(2026, 6, 19))]


def test_a_milestone_is_named_with_its_number_and_one_already_moved_is_left_alone() -> None:
    """Review 67b F1: 'Move the "Wave 2 live" milestone from 2026-05-22 to 2026-06-19' was pinned on "Wave 1 live",
    which shares its words but not its number, while "Wave 2 live" already had the new date."""
    text = 'Move the "Wave 2 live" milestone from 2026-05-22 to 2026-06-19 because the second batch slipped'
    assert moved([text], WAVES) is None
    assert moved(['Move "Wave 1 live" to 2026-05-08'], WAVES) == (0, "2026-04-24", "2026-05-08")
    assert moved(['Move "Wave 3 live" to 2026-07-08'], WAVES) is None


def test_a_milestone_moved_is_named_without_its_note_in_brackets() -> None:
    """Review 67b F5: the report of a day before the decision measures against the date the request moved it from."""
    ms = m.Milestone(name="Wave 2 live (branches 5-8)", date=dt.date(2026, 6, 19))
    cr = m.ChangeRequest(id="CR-002", title="Re-baseline Wave 2", requested_by="Tom Bexley", date=dt.date(2026, 5, 6),
                         description='Move the "Wave 2 live" milestone from 2026-05-22 to 2026-06-19',
                         reason="Supplier delay", status="approved",
                         decision=m.Decision(by="board", date=dt.date(2026, 5, 13)))
    day, later, _ = baseline_on(ms, [cr], dt.date(2026, 4, 30))
    assert day == dt.date(2026, 5, 22) and [s.request for s in later] == ["CR-002"]
    assert moved_from(['Move the "Wave 2 live" milestone from 2026-06-19 to 2026-07-03'], WAVES) == (
        1, "2026-06-19", "2026-07-03")


def test_a_move_written_in_another_language_is_read() -> None:
    """Review 68b F2: 'Mover el hito "Ingesta en streaming en producción" del 2026-03-27 al 2026-04-24'."""
    ms = [("Ingesta en streaming en producción", dt.date(2026, 3, 27))]
    said = 'Mover el hito "Ingesta en streaming en producción" del 2026-03-27 al 2026-04-24'
    assert moved_from([said], ms) == (0, "2026-03-27", "2026-04-24")
    german = [("Go-live Filialen", dt.date(2026, 3, 27))]
    assert moved_from(["Go-live Filialen von 2026-03-27 auf 2026-04-24 verschieben"], german) == (
        0, "2026-03-27", "2026-04-24")
    # review 71c F1: "vom ... auf den ..." (the report before the decision showed the new date as its baseline)
    platform = [("Plattform produktiv (Gate 2)", dt.date(2026, 4, 30))]
    assert moved_from(['Der Meilenstein "Plattform produktiv (Gate 2)" wird vom 2026-04-30 auf den 2026-06-12 '
                       'verschoben'], platform) == (0, "2026-04-30", "2026-06-12")


def test_a_move_in_days_written_with_dots_named_by_the_title_is_read() -> None:
    """Review 80a F4: "Go-Live vom 07.12.2026 auf den 11.01.2027 verschieben" (the milestone named in the title)
    was not read, and a report of before the change showed the go-live "on the baseline date"."""
    from generator.questionnaire.iso_dates import iso_days

    ms = m.Milestone(name="Go-Live Schwäbisch Hall", date=dt.date(2027, 1, 11))
    cr = m.ChangeRequest(id="CR-004", title="Verschiebung Go-Live Schwäbisch Hall", requested_by="Sam Lee",
                         date=dt.date(2026, 10, 27), description="Go-Live vom 07.12.2026 auf den 11.01.2027 verschieben",
                         reason="Integrationstest verzögert", status="approved",
                         decision=m.Decision(by="board", date=dt.date(2026, 11, 3)))
    assert baseline_on(ms, [cr], dt.date(2026, 10, 30))[0] == dt.date(2026, 12, 7)
    assert baseline_on(ms, [cr], dt.date(2026, 11, 30))[0] == ms.date
    assert iso_days("am 31.02.2026 und 1.2.2027") == "am 31.02.2026 und 2027-02-01"  # no such day: as written


def test_a_move_naming_most_of_a_milestones_words_and_its_code_is_read() -> None:
    """Review 85c F1: "Move the MTL1 production cut-over from 2026-08-19 to 2026-09-09" moved "MTL1 live on the
    pipeline", and the June report showed it "21 days early" against the date the July change set."""
    ms = m.Milestone(name="MTL1 live on the pipeline", date=dt.date(2026, 9, 9))
    cr = m.ChangeRequest(id="CR-006", title="Move MTL1 go-live three weeks later", requested_by="Sam Lee",
                         date=dt.date(2026, 7, 27), description="Move the MTL1 production cut-over from 2026-08-19 to "
                         "2026-09-09", status="approved", decision=m.Decision(by="board", date=dt.date(2026, 7, 30)))
    assert baseline_on(ms, [cr], dt.date(2026, 6, 26))[0] == dt.date(2026, 8, 19)
    other = dataclasses.replace(ms, name="TOR2 live on the pipeline")  # another site's code: not this move
    assert baseline_on(other, [cr], dt.date(2026, 6, 26))[0] == ms.date


def test_a_small_word_shared_with_a_milestone_names_no_milestone() -> None:
    """Review 88a F1: "Move Payments' alert cut-over from 2026-09-11 to 2026-09-25" read as moving "Paging cut over
    to Grafana Alerting", always on 2026-09-25, by its "over" and "alert"."""
    ms = m.Milestone(name="Paging cut over to Grafana Alerting", date=dt.date(2026, 9, 25))
    window = m.ChangeRequest(id="CR-005", title="Extend the Payments team's cut-over window by 10 days",
                             requested_by="Sam Lee", date=dt.date(2026, 8, 17),
                             description="Move Payments' alert cut-over from 2026-09-11 to 2026-09-25",
                             status="approved", decision=m.Decision(by="board", date=dt.date(2026, 8, 19)))
    assert baseline_on(ms, [window], dt.date(2026, 8, 1)) == (ms.date, (), None)
    named = dataclasses.replace(window, description="Move the Grafana Alerting paging cut-over from 2026-09-11 to "
                                                    "2026-09-25")
    assert baseline_on(ms, [named], dt.date(2026, 8, 1))[0] == dt.date(2026, 9, 11)


def test_a_move_written_with_days_in_words_is_read() -> None:
    """Review 99b F1: CR-04 "Move public launch from June 30 to July 14": the report of April showed the launch
    "14 days early" against July 14, the date the June change set."""
    ms = m.Milestone(name="Public launch", date=dt.date(2026, 7, 14))
    cr = m.ChangeRequest(id="CR-04", title="Move public launch from June 30 to July 14", requested_by="Dan",
                         date=dt.date(2026, 6, 5), description="Apple rejected the first build", reason="Review",
                         status="approved", decision=m.Decision(by="board", date=dt.date(2026, 6, 10)))
    assert baseline_on(ms, [cr], dt.date(2026, 4, 3))[0] == dt.date(2026, 6, 30)
    assert baseline_on(ms, [cr], dt.date(2026, 6, 12))[0] == ms.date


def test_a_move_written_in_the_decisions_notes_is_read() -> None:
    """Review 103b F2: "Approved; full rollout moves from 29 September to 13 October" in CR-003's decision notes;
    the July report showed the rollout "14 days early" against the October date the September change set."""
    ms = m.Milestone(name="Full rollout to all members", date=dt.date(2025, 10, 13))
    cr = m.ChangeRequest(id="CR-003", title="Extend the pilot by two weeks", requested_by="Declan",
                         date=dt.date(2025, 9, 22), description="Keep the pilot two more weeks", reason="API too slow",
                         status="approved", decision=m.Decision(
                             by="board", date=dt.date(2025, 9, 24),
                             notes="Approved; full rollout moves from 29 September to 13 October; closure date "
                                   "unchanged"))
    assert baseline_on(ms, [cr], dt.date(2025, 7, 25))[0] == dt.date(2025, 9, 29)
    assert baseline_on(ms, [cr], dt.date(2025, 9, 26))[0] == ms.date


def test_a_move_written_with_slashes_planned_for_one_day_and_moved_to_another_is_read() -> None:
    """Review 107b F1: "Il collaudo di fabbrica (FAT) previsto per il 30/06/2026 ... spostare il FAT al 31/07/2026 e
    l'avvio del pilota dal 13/07/2026 al 07/09/2026": earlier reports measured both against the dates it set (the
    red report of the missed FAT said it was on time)."""
    from generator.questionnaire.iso_dates import iso_days

    fat = m.Milestone(name="Collaudo di fabbrica (FAT) superato", date=dt.date(2026, 7, 31))
    pilot = m.Milestone(name="Avvio del pilota sulla linea Valle del Serchio", date=dt.date(2026, 9, 7))
    cr = m.ChangeRequest(id="CR-002", title="Ripianificazione del collaudo di fabbrica e dell'avvio del pilota",
                         requested_by="Luca Bernardi", date=dt.date(2026, 6, 30),
                         description="Il collaudo di fabbrica (FAT) previsto per il 30/06/2026 non è stato superato. "
                                     "Si chiede di spostare il FAT al 31/07/2026 e l'avvio del pilota dal 13/07/2026 "
                                     "al 07/09/2026", reason="Rischio R-01 verificatosi", status="approved",
                         decision=m.Decision(by="board", date=dt.date(2026, 7, 8)))
    assert baseline_on(fat, [cr], dt.date(2026, 6, 30))[0] == dt.date(2026, 6, 30)
    assert baseline_on(pilot, [cr], dt.date(2026, 6, 30))[0] == dt.date(2026, 7, 13)
    assert baseline_on(fat, [cr], dt.date(2026, 7, 31))[0] == fat.date
    # an English text's days that could be either way round are not guessed; one that cannot is read
    assert iso_days("move the go-live from 07/09/2026 to 08/10/2026") == "move the go-live from 07/09/2026 to 08/10/2026"
    assert iso_days("moved to 13/09/2026") == "moved to 2026-09-13"


def test_a_czech_move_from_one_day_to_another_is_read_and_a_report_says_the_date_recorded_does_not_include_it(
        q: m.Questionnaire) -> None:
    """Review 108a F4: "Posunout milník „Ostrý provoz OMS“ z 9. 11. 2026 na 23. 11. 2026" was not read, and the
    reports said the go-live was 14 days late on the day the sponsor had approved."""
    import dataclasses as dc

    from generator.questionnaire.baseline_moves import still_before
    from generator.render.templates import render_project

    ms = m.Milestone(name="Ostrý provoz OMS", date=dt.date(2026, 11, 9))
    cr = m.ChangeRequest(id="CR-001", title="Posun milníku Ostrý provoz OMS o 14 dní", requested_by=q.people[0].name,
                         date=dt.date(2026, 6, 15), status="approved",
                         description="Posunout milník „Ostrý provoz OMS“ z 9. 11. 2026 na 23. 11. 2026",
                         impact=m.Impact(schedule_days=14), decision=m.Decision(by="board", date=dt.date(2026, 6, 24)))
    assert still_before(cr, [ms]) == (ms, "2026-11-09", "2026-11-23")
    report = m.StatusReport(date=dt.date(2026, 11, 30), overall="green", summary="Go-live done",  # type: ignore[call-arg]
                            forecasts=[m.Forecast(milestone=ms.name, date=dt.date(2026, 11, 23))])
    project = dc.replace(q.project, start=dt.date(2026, 1, 5), end=dt.date(2026, 12, 18), phases=[])
    moved = dc.replace(q, project=project, milestones=[ms], status_reports=[report], raci=[],
                       change_control=dc.replace(q.change_control, requests=[cr]))
    text = next(d.markdown for d in render_project(moved) if d.slug == "status-report")
    assert ("| Ostrý provoz OMS | 2026-11-09 (CR-001, approved 2026-06-24, moves it to 2026-11-23; the date recorded "
            "does not include that) |") in text


def test_a_move_written_with_the_words_after_its_days_is_read() -> None:
    """Review 109a F2: "Tam geçiş kilometre taşının 2027-02-15'ten 2027-03-29'a kaydırılması" (the full cut-over moved)
    was not read, and the reports before the change measured the cut-over against the date it set."""
    ms = m.Milestone(name="Tam geçiş", date=dt.date(2027, 3, 29))
    cr = m.ChangeRequest(id="CR-001", title="Tam geçiş kilometre taşının 2027-02-15'ten 2027-03-29'a kaydırılması",
                         requested_by="Sam Lee", date=dt.date(2026, 9, 14), description="Tam geçiş 6 hafta ileri alınır",
                         reason="BDDK", status="approved", decision=m.Decision(by="board", date=dt.date(2026, 9, 24)))
    assert baseline_on(ms, [cr], dt.date(2026, 7, 31))[0] == dt.date(2027, 2, 15)
    japanese = dataclasses.replace(cr, title="本番切替を2027-02-15から2027-03-29へ変更")
    assert baseline_on(dataclasses.replace(ms, name="本番切替"), [japanese], dt.date(2026, 7, 31))[0] == dt.date(2027, 2, 15)


def test_a_galician_move_in_words_keeps_a_revisions_new_date_from_including_it() -> None:
    """Review 118a F2: "A validación do modelo atrásase ao 31 de xullo" in CR-001's notes, "Modelo validado" still
    on 2026-07-10, and a revision's "Incorpórase o CR-001 e a nova data" read as the dates including CR-001."""
    from generator.questionnaire.baseline_moves import still_before

    ms = m.Milestone(name="Modelo validado", date=dt.date(2026, 7, 10))
    cr = m.ChangeRequest(id="CR-001", title="Novos rexistradores", requested_by="Iago", date=dt.date(2026, 5, 18),
                         description="Substituír 60 rexistradores", reason="O risco R-01 materializouse",
                         status="approved", decision=m.Decision(
                             by="board", date=dt.date(2026, 5, 27),
                             notes="Aprobado polo comité. A validación do modelo atrásase ao 31 de xullo."))
    assert still_before(cr, [ms]) == (ms, "2026-07-10", "2026-07-31")


def test_a_move_naming_a_milestone_by_its_first_word_after_the_word_milestone_is_read() -> None:
    """Review 119c F1: "el hito de tokenización se mueve al 24 de julio" for "Tokenización en producción", still on
    2026-06-26: every later report called it 28 days late, saying nothing of the move."""
    from generator.questionnaire.baseline_moves import still_before

    ms = m.Milestone(name="Tokenización en producción", date=dt.date(2026, 6, 26))
    other = m.Milestone(name="Pentest externo concluido", date=dt.date(2026, 9, 18))
    cr = m.ChangeRequest(id="CR-001", title="Llevar la tokenización también al checkout de la app",
                         requested_by="Ximena", date=dt.date(2026, 4, 10), description="Se integra el SDK",
                         reason="La app manda la tarjeta", status="approved", decision=m.Decision(
                             by="board", date=dt.date(2026, 4, 15),
                             notes="Se aprueba; el hito de tokenización se mueve al 24 de julio, después de Hot Sale"))
    assert still_before(cr, [ms, other]) == (ms, "2026-06-26", "2026-07-24")


def test_a_move_named_by_the_milestones_acronym_or_a_range_of_days_in_words_is_read() -> None:
    """Review 125a F3: "TMC go-live moves from 2026-11-13 to 2027-03-22" for "TMC real-time feed in production" left
    the red report of April showing it "on the baseline date"; review 125c F5: "el piloto se mueve del 6 al 20 de
    julio" left the report of April showing the pilot "14 days early"."""
    def request(notes: str) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-002", title="Edge gateways", requested_by="Priya Raman", date=dt.date(2026, 4, 22),
                               description="Install gateways", reason="Survey", status="approved",
                               decision=m.Decision(by="board", date=dt.date(2026, 5, 20), notes=notes))
    tmc = m.Milestone(name="TMC real-time feed in production", date=dt.date(2027, 3, 22))
    day, later, _ = baseline_on(tmc, [request("Schedule re-baselined: TMC go-live moves from 2026-11-13 to "
                                              "2027-03-22.")], dt.date(2026, 4, 30))
    assert day == dt.date(2026, 11, 13) and [s.request for s in later] == ["CR-002"]
    assert baseline_on(tmc, [request("ATMS go-live moves from 2026-11-13 to 2027-03-22.")],
                       dt.date(2026, 4, 30))[0] == tmc.date  # another acronym names another milestone
    pilot = m.Milestone(name="Piloto en 12 tiendas de Guadalajara", date=dt.date(2026, 7, 20))
    assert baseline_on(pilot, [request("Aprobado con cargo a la contingencia; el piloto se mueve del 6 al 20 de julio")],
                       dt.date(2026, 4, 30))[0] == dt.date(2026, 7, 6)


def test_a_move_with_weekdays_before_its_days_is_read() -> None:
    """Review 126b F1: "schuift zes weken op, van vrijdag 1 mei naar vrijdag 12 juni 2026" left two reports before
    the change showing the pilot "42 days early" against its new date."""
    request = _moving("De mijlpaal \"Pilot Lingedijk live\" schuift zes weken op, van vrijdag 1 mei naar vrijdag 12 "
                      "juni 2026", dt.date(2026, 4, 10), dt.date(2026, 4, 23))
    pilot = m.Milestone(name="Pilot Lingedijk live", date=dt.date(2026, 6, 12))
    assert baseline_on(pilot, [request], dt.date(2026, 2, 27))[0] == dt.date(2026, 5, 1)


def test_a_move_naming_the_one_milestone_with_its_hyphenated_word_is_read() -> None:
    """Review 126c F1: "go-live moves to 23 November" left "Go-live for Term 1 confirmations" unmoved in the reading,
    and a revision's "Schedule and risks updated for CR-003" was taken to have re-baselined it."""
    request = m.ChangeRequest(id="CR-003", title="Build for SLC API version 2", requested_by="James Patel",
                              date=dt.date(2026, 7, 2), description="Rework the connector", reason="API retired",
                              status="approved", decision=m.Decision(by="board", date=dt.date(2026, 7, 15),
                                                                     notes="Approved; go-live moves to 2026-11-23"))
    go_live = m.Milestone(name="Go-live for Term 1 confirmations", date=dt.date(2026, 11, 9))
    build = m.Milestone(name="Build complete", date=dt.date(2026, 8, 14))
    found = still_before(request, [build, go_live])
    assert found is not None and found[0] == go_live and found[2] == "2026-11-23"
    # two milestones holding the word: neither is named by it alone
    other = m.Milestone(name="Go-live for Term 2 confirmations", date=dt.date(2027, 2, 9))
    assert still_before(request, [build, go_live, other]) is None


def test_a_day_said_instead_of_another_and_days_with_a_slash_and_no_year_are_moves() -> None:
    """Review 128c F3: "l'avis est attendu le 22 mai au lieu du 24 avril" left the report before the change showing a
    4-week slip "on the baseline date"; review 128b F8: "Prairie State live moves from 9/18 to 10/2." was not read."""
    from generator.questionnaire.baseline_moves import still_before

    request = m.ChangeRequest(id="CR-001", title="Re-planification", requested_by="Camille Lefèvre",
                              date=dt.date(2026, 3, 27), description="Le délai de consultation passe de 1 à 2 mois : "
                              "l'avis est attendu le 22 mai au lieu du 24 avril.", reason="Expertise du CSE",
                              status="approved", decision=m.Decision(by="board", date=dt.date(2026, 4, 2)))
    avis = m.Milestone(name="Avis du CSE rendu", date=dt.date(2026, 5, 22))
    assert baseline_on(avis, [request], dt.date(2026, 3, 31))[0] == dt.date(2026, 4, 24)
    other = m.Milestone(name="Mise en production", date=dt.date(2026, 5, 22))
    assert baseline_on(other, [request], dt.date(2026, 3, 31))[0] == other.date  # its words name another
    us = dataclasses.replace(request, description="Prairie State live moves from 9/18 to 10/2.", date=dt.date(2026, 9, 4))
    prairie = m.Milestone(name="Prairie State live", date=dt.date(2026, 9, 18))
    assert still_before(us, [prairie]) == (prairie, "2026-09-18", "2026-10-02")


def test_a_move_with_a_word_after_each_day_is_read() -> None:
    """Review 130c F1: "from the 15 November 2025 shutdown to the 14 February 2026 shutdown" left the August report
    showing the cutover "91 days early" against the date CR-002 set in October."""
    request = _moving("Move the site core network cutover from the 15 November 2025 shutdown to the 14 February 2026 "
                      "shutdown", dt.date(2025, 10, 8), dt.date(2025, 10, 14))
    cutover = m.Milestone(name="Site core network cutover", date=dt.date(2026, 2, 14))
    assert baseline_on(cutover, [request], dt.date(2025, 8, 29))[0] == dt.date(2025, 11, 15)


def test_a_change_whose_move_the_dates_include_moves_no_other_milestone_by_a_period_extended() -> None:
    """Review 130a F1: "Borough-wide go-live re-planned from Monday 16 March 2026 to Monday 13 April 2026 and the pilot
    extended by four weeks to 10 April" said the pilot's go-live was still recorded on the date CR-003 moved it from."""
    notes = ("Borough-wide go-live re-planned from 2026-03-16 to 2026-04-13 and the pilot extended by four weeks to "
             "2026-04-10")
    milestones = [("Pilot live in North area", dt.date(2026, 2, 16)), ("Borough-wide go-live", dt.date(2026, 4, 13))]
    assert moved([notes], milestones) is None
    assert moved([notes], [milestones[0], ("Borough-wide go-live", dt.date(2026, 3, 16))]) == (1, "2026-03-16",
                                                                                                "2026-04-13")


def test_a_move_from_another_milestones_day_moves_no_milestone_named_in_the_same_sentence() -> None:
    """Review 135c F1: "Move the project end from 2026-03-31 to 2026-06-30, parallel-run start from 2026-01-05 to
    2026-03-02", the parallel run already on 2026-03-02, was said still recorded on the day CR-001 moved it from (to
    the project's end)."""
    text = ("Move the project end from 2026-03-31 to 2026-06-30, parallel-run start from 2026-01-05 to 2026-03-02, "
            "and add a contract data architect")
    run = ("Parallel run starts (re-planned from Jan. 5, 2026)", dt.date(2026, 3, 2))
    assert moved([text], [run]) is None
    # still on the day it moves from: that move is read
    assert moved([text], [(run[0], dt.date(2026, 1, 5))]) == (0, "2026-01-05", "2026-03-02")
    # "to D" with no "from": read as before
    assert moved(["Move the parallel-run start to 2026-06-30"], [run]) == (0, "2026-03-02", "2026-06-30")


def test_a_move_with_an_arrow_and_a_czech_move_in_words_set_the_baseline_before_them() -> None:
    """Review 135a F4: "Tuotantokäyttöönoton siirto 16.6. → 18.8.2025" (MP-002) beside "Tuotantokäyttöönotto" on
    2025-08-18, a report of April showing 2025-08-18 as its baseline; review 135b F5: "Posunout milník ... z 15.
    března na 30. dubna 2025"."""
    ms = m.Milestone(name="Tuotantokäyttöönotto", date=dt.date(2025, 8, 18))
    cr = dataclasses.replace(_moving("Siirretään tuotantoon myöhemmin", dt.date(2025, 5, 26), dt.date(2025, 6, 5)),
                             title="Tuotantokäyttöönoton siirto 16.6. → 18.8.2025")
    assert [(s.before, s.after) for s in shifts(ms, [cr])] == [(dt.date(2025, 6, 16), dt.date(2025, 8, 18))]
    pilot = m.Milestone(name="Pilot na lince L3 v provozu", date=dt.date(2025, 4, 30))
    czech = _moving("Posunout milník Pilot na lince L3 z 15. března na 30. dubna 2025", dt.date(2025, 2, 20),
                    dt.date(2025, 3, 5))
    assert [(s.before, s.after) for s in shifts(pilot, [czech])] == [(dt.date(2025, 3, 15), dt.date(2025, 4, 30))]


def test_romanian_and_greek_moves_and_slashed_days_written_one_way_are_read() -> None:
    """Reviews 136a F2, 136b F1, F2: "de la 15 martie la 30 aprilie", "από 15 Μαρτίου στις 30 Απριλίου" and "Go-live
    moves from 02/12/2024 to 13/01/2025" were not read, reports before them measured against the new date."""
    soc = m.Milestone(name="SOC operațional 24/7", date=dt.date(2026, 4, 30))
    ro = _moving("Jalonul „SOC operațional 24/7” se mută de la 15 martie la 30 aprilie.", dt.date(2026, 2, 9),
                 dt.date(2026, 2, 18))
    assert [(s.before, s.after) for s in shifts(soc, [ro])] == [(dt.date(2026, 3, 15), dt.date(2026, 4, 30))]
    backbone = m.Milestone(name="Δίκτυο κορμού σε λειτουργία", date=dt.date(2026, 4, 30))
    el = _moving("Μετάθεση: Δίκτυο κορμού σε λειτουργία από 15 Μαρτίου στις 30 Απριλίου", dt.date(2026, 1, 20),
                 dt.date(2026, 2, 19))
    assert [(s.before, s.after) for s in shifts(backbone, [el])] == [(dt.date(2026, 3, 15), dt.date(2026, 4, 30))]
    live = m.Milestone(name="Go-live at SJUH and LGI", date=dt.date(2025, 1, 13))
    uk = _moving("Go-live moves from 02/12/2024 to 13/01/2025 because the upgrade slipped", dt.date(2024, 10, 21),
                 dt.date(2024, 10, 30))
    assert [(s.before, s.after) for s in shifts(live, [uk])] == [(dt.date(2024, 12, 2), dt.date(2025, 1, 13))]


def _moving(description: str, raised: dt.date, decided: dt.date) -> m.ChangeRequest:
    """Return an approved change request whose description moves a milestone, decided by the board."""
    return m.ChangeRequest(id="CR-002", title="Re-plan", requested_by="A", date=raised, description=description,
                           reason="Late", status="approved", decision=m.Decision(by="board", date=decided))


def test_a_logged_decision_moving_a_milestone_sets_the_baseline_before_it() -> None:
    """Review 131a F3: the decision log's "Move the Christchurch Hospital outpatients go-live from 19 Oct to 16 Nov
    2026" (D-03, decided 2026-09-04) beside the milestone on 2026-11-16: a report of August measures against 19
    October; a change request and a log entry of the same day saying the same move name the request."""
    ms = m.Milestone(name="Christchurch Hospital outpatients go-live", date=dt.date(2026, 11, 16))
    logged = m.LoggedDecision(id="D-03", date=dt.date(2026, 9, 4), by="board",
                              decision="Move the Christchurch Hospital outpatients go-live from 19 Oct to 16 Nov 2026")
    day, later, _ = baseline_on(ms, [], dt.date(2026, 8, 28), [logged])
    assert day == dt.date(2026, 10, 19) and [(s.request, s.kind) for s in later] == [("D-03", "decision")]
    assert baseline_on(ms, [], dt.date(2026, 10, 30), [logged]) == (ms.date, (), later[0])
    other = m.LoggedDecision(id="D-04", date=dt.date(2026, 9, 4), by="board", decision="Move the pilot from 19 Oct to 16 Nov")
    assert baseline_on(ms, [], dt.date(2026, 8, 28), [other])[0] == ms.date
    cr = m.ChangeRequest(id="CR-9", title="Go-live moves", requested_by="Sam Lee", date=dt.date(2026, 9, 1),
                         description="Move the go-live from 2026-10-19 to 2026-11-16", reason="Late API",
                         status="approved", decision=m.Decision(by="board", date=dt.date(2026, 9, 4)))
    both = baseline_on(ms, [cr], dt.date(2026, 8, 28), [logged])[1]
    assert [(s.request, s.kind) for s in both] == [("CR-9", "request")]


def test_a_swedish_move_and_a_new_schedule_are_read() -> None:
    """Review 132a F5: "Driftstarten flyttas från den 2 november 2026 till den 1 februari 2027" beside "Driftstart" on
    2027-02-01 read as "not recorded" whether the dates include it; review 132c F3: "milepæler flyttet ca. åtte uker"."""
    ms = [("Driftstart", dt.date(2027, 2, 1))]
    assert moved_from(["Driftstart flyttas från den 2026-11-02 till den 2027-02-01"], [("Driftstart", dt.date(2026, 11, 2))]) \
        == (0, "2026-11-02", "2027-02-01")
    assert moved(["Driftstart flyttas från den 2026-11-02 till den 2027-02-01"], ms) is None  # the date it has


def test_a_revision_moving_a_milestone_sets_the_baseline_before_it() -> None:
    """Review 132c F10: a revision's words move a milestone no request's words move."""
    ms = m.Milestone(name="Shadow-mode scoring complete", date=dt.date(2025, 9, 12))
    revision = m.Revision(version="1.2", date=dt.date(2025, 6, 25),
                          summary="Shadow-mode scoring complete moved from 29 August to 12 September 2025")
    day, later, _ = baseline_on(ms, [], dt.date(2025, 4, 25), [], [revision])
    assert day == dt.date(2025, 8, 29) and [(s.request, s.kind) for s in later] == [("1.2", "revision")]
    cr = m.ChangeRequest(id="CR-2", title="Extend shadow mode", requested_by="Sam Lee", date=dt.date(2025, 6, 1),
                         description="Shadow-mode scoring complete from 2025-08-29 to 2025-09-12", reason="Data",
                         status="approved", decision=m.Decision(by="board", date=dt.date(2025, 6, 20)))
    both = baseline_on(ms, [cr], dt.date(2025, 4, 25), [], [revision])[1]
    assert [s.request for s in both] == ["CR-2"]  # the request's own words give the same move


def test_a_danish_compound_naming_the_milestone_moves_it() -> None:
    """Review 133a F4: D-02 "Modelvalideringsgaten flyttes fra 29.8.2025 til 17.10.2025" beside "Modelvalidering
    bestået (gate)" on 2025-10-17; a red report of August showed it "on the baseline date"."""
    ms = m.Milestone(name="Modelvalidering bestået (gate)", date=dt.date(2025, 10, 17))
    logged = m.LoggedDecision(id="D-02", date=dt.date(2025, 9, 3), by="board",
                              decision="Modelvalideringsgaten flyttes fra 29.8.2025 til 17.10.2025, og skyggedriften "
                                       "starter 20.10.2025")
    assert baseline_on(ms, [], dt.date(2025, 8, 29), [logged])[0] == dt.date(2025, 8, 29)
    other = dataclasses.replace(logged, decision="Skyggedriften flyttes fra 29.8.2025 til 17.10.2025")
    assert baseline_on(ms, [], dt.date(2025, 8, 29), [other])[0] == ms.date


def test_a_change_the_dates_include_gives_no_earlier_date_no_words_give() -> None:
    """Reviews 138a F7, 139a F3, 139c F1: "Public go-live 2026-02-02 (moved from 2026-01-23 by CR-001)", a date no
    answer gave, worked back from a change's days (impact.in_baseline) for each milestone listing a deliverable it
    names; the report before its approval says the dates as recorded include it instead (review 136b F1)."""
    ms = m.Milestone(name="Ολοκλήρωση δικτύου κορμού", date=dt.date(2026, 4, 30), deliverables=["Δίκτυο κορμού"])
    cr = dataclasses.replace(_moving("Νέο χρονοδιάγραμμα", dt.date(2026, 1, 20), dt.date(2026, 2, 19)),
                             deliverables=["Δίκτυο κορμού"], impact=m.Impact(schedule_days=46, in_baseline=True))
    assert baseline_on(ms, [cr], dt.date(2026, 1, 30))[0] == ms.date
    assert shifts(ms, [cr]) == []


def test_a_romanian_milestone_named_with_a_case_ending_and_a_maltese_move_are_read() -> None:
    """Review 147b F1: "Încheierea pilotului se mută a doua oară, de la 30.10.2026 la 18.12.2026" for "Pilot încheiat
    în 5 clinici" (a report of before the decision "49 days early"); 147a F5: "Il-milestone tal-pilot tiċċaqlaq
    mill-21 ta' Lulju għat-18 ta' Awwissu 2025" for "Pilot live fuq is-servers kritiċi"."""
    def request(notes: str, day: dt.date) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-002", title="Schimbare", requested_by="A", date=day - dt.timedelta(days=20),
                               status="approved", decision=m.Decision(by="board", date=day, notes=notes))

    pilot = m.Milestone(name="Pilot încheiat în 5 clinici", date=dt.date(2026, 12, 18))
    romanian = request("Aprobat. Încheierea pilotului se mută a doua oară, de la 30.10.2026 la 18.12.2026.",
                       dt.date(2026, 9, 29))
    assert baseline_on(pilot, [romanian], dt.date(2026, 9, 25))[0] == dt.date(2026, 10, 30)
    other = m.Milestone(name="Integrare SIPE certificată", date=dt.date(2026, 12, 18))
    assert baseline_on(other, [romanian], dt.date(2026, 9, 25))[0] == other.date  # (another's name: not its move)
    maltese_pilot = m.Milestone(name="Pilot live fuq is-servers kritiċi", date=dt.date(2025, 8, 18))
    maltese = request("Approvata. Il-milestone tal-pilot tiċċaqlaq mill-21 ta' Lulju għat-18 ta' Awwissu 2025.",
                      dt.date(2025, 6, 12))
    assert baseline_on(maltese_pilot, [maltese], dt.date(2025, 5, 30))[0] == dt.date(2025, 7, 21)


def test_a_hebrew_move_naming_the_milestone_with_its_article_is_read() -> None:
    """Review 149c F6: "המעבר המלא לייצור נדחה מ-23.7.2026 ל-6.8.2026" for "מעבר מלא לייצור": 'whether the dates
    include CR-003 has not been recorded' in the charter and five reports."""
    milestone = m.Milestone(name="מעבר מלא לייצור", date=dt.date(2026, 8, 6))
    request = m.ChangeRequest(id="CR-003", title="דחייה", requested_by="A", date=dt.date(2026, 4, 2),
                              description="המעבר המלא לייצור נדחה מ-23.7.2026 ל-6.8.2026.", status="approved",
                              decision=m.Decision(by="board", date=dt.date(2026, 4, 9)))
    assert baseline_on(milestone, [request], dt.date(2026, 3, 31))[0] == dt.date(2026, 7, 23)


def test_a_milestone_moved_twice_has_both_moves_undone_for_a_report_before_the_first() -> None:
    """Review 150c F5: a pilot moved twice, both moves undone for a report before the first."""
    pilot = m.Milestone(name="Go-live perintis di Hospital Seri Mutiara Cheras", date=dt.date(2026, 4, 13))

    def request(ident: str, words: str, day: dt.date) -> m.ChangeRequest:
        return m.ChangeRequest(id=ident, title="Penangguhan go-live perintis", requested_by="A", date=day,
                               description=words, status="approved",
                               decision=m.Decision(by="board", date=day + dt.timedelta(days=3)))

    moves = [request("CR-001", "Go-live perintis di Cheras dipindahkan dari 2026-02-02 ke 2026-03-16", dt.date(2026, 1, 22)),
             request("CR-002", "Go-live perintis dipindahkan sekali lagi dari 2026-03-16 ke 2026-04-13", dt.date(2026, 3, 2))]
    day, later, last = baseline_on(pilot, moves, dt.date(2025, 10, 31))
    assert day == dt.date(2026, 2, 2) and [s.request for s in later] == ["CR-001", "CR-002"] and last is None
    day, later, last = baseline_on(pilot, moves, dt.date(2026, 2, 27))
    assert day == dt.date(2026, 3, 16) and [s.request for s in later] == ["CR-002"]
    assert last is not None and last.request == "CR-001"


def test_the_word_milestone_before_a_move_to_its_day_names_it() -> None:
    """Review 151a F4: "نقطه عطف از ۲۶ اردیبهشت (2026-05-16) به ۲۰ تیر ۱۴۰۵ (2026-07-11)", the milestone's second move,
    in words sharing too little of its name: reports before it measured against the later day."""
    ms = m.Milestone(name="راه‌اندازی رابط تی‌تک در محیط عملیاتی", date=dt.date(2026, 7, 11))
    cr = m.ChangeRequest(id="CR-04", title="جابجایی دوم نقطه عطف تی‌تک (۸ هفته)", requested_by="A",
                         date=dt.date(2026, 4, 18), status="implemented",
                         description="نقطه عطف از ۲۶ اردیبهشت (2026-05-16) به ۲۰ تیر ۱۴۰۵ (2026-07-11) منتقل می‌شود.",
                         decision=m.Decision(by="board", date=dt.date(2026, 4, 25)))
    assert baseline_on(ms, [cr], dt.date(2026, 2, 27))[0] == dt.date(2026, 5, 16)
    other = dataclasses.replace(cr, description="Pilot از (2026-05-16) به (2026-07-11) منتقل می‌شود.")
    assert baseline_on(ms, [other], dt.date(2026, 2, 27))[0] == ms.date


def test_a_bengali_move_names_its_milestone_in_another_case_and_digits() -> None:
    """Review 154a F1: "গাজীপুর-১ পাইলটের গো/নো-গো ২০২৬-০৯-৩০ থেকে ২০২৬-১০-২১ এ সরানো" for "গাজীপুর-১ পাইলট গো/নো-গো",
    a report of July "21 days early" against the date the change set."""
    pilot = m.Milestone(name="গাজীপুর-১ পাইলট গো/নো-গো", date=dt.date(2026, 10, 21))
    cr = _moving("গাজীপুর-১ পাইলটের গো/নো-গো ২০২৬-০৯-৩০ থেকে ২০২৬-১০-২১ এ সরানো", dt.date(2026, 9, 8), dt.date(2026, 9, 15))
    assert baseline_on(pilot, [cr], dt.date(2026, 7, 31))[0] == dt.date(2026, 9, 30)


def test_a_move_of_the_projects_end_is_no_move_of_a_milestone_named_in_the_same_words() -> None:
    """Review 155c F3: "Extend automation to resource consents and move the end date to 18 December" warned of as
    moving "Resource consents pipeline live" from 2026-12-11 to 2026-12-18."""
    from generator.questionnaire.baseline_moves import moved_to

    milestones = [("Rates pipeline live", dt.date(2026, 6, 30)), ("Resource consents pipeline live", dt.date(2026, 12, 11))]
    title = "Extend automation to resource consents and move the end date to 2026-12-18"
    assert moved_to([title], milestones) is None
    assert moved_to(["Move the resource consents pipeline to 2026-12-18"], milestones) == (1, "2026-12-11", "2026-12-18")


def test_a_move_naming_a_milestone_by_a_word_and_its_number_is_read() -> None:
    """Review 160b F5: "I-wave 3 ishukumile ukusuka ku-2026-10-26 ukuya ku-2026-11-09" for "Wave 3 go-live (amaziko
    ashiyekileyo ama-5)", recorded on the day it moved to, and a report of April measured against it."""
    wave3 = m.Milestone(name="Wave 3 go-live (amaziko ashiyekileyo ama-5)", date=dt.date(2026, 11, 9))
    wave2 = m.Milestone(name="Wave 2 go-live", date=dt.date(2026, 9, 28))
    cr = m.ChangeRequest(id="CR-002", title="Ukongeza amaziko", requested_by="X", date=dt.date(2026, 6, 1),
                         status="approved", impact=m.Impact(schedule_days=14, in_baseline=True),
                         decision=m.Decision(by="board", date=dt.date(2026, 6, 18),
                                             notes="Ivunyiwe. I-wave 3 ishukumile ukusuka ku-2026-10-26 ukuya "
                                                   "ku-2026-11-09."))
    assert [(s.request, s.before) for s in shifts(wave3, [cr])] == [("CR-002", dt.date(2026, 10, 26))]
    assert shifts(wave2, [cr]) == []


def test_a_move_is_a_milestones_only_where_its_own_clause_names_it() -> None:
    """Review 160a F3: "Move 'All sites migrated' from 21/02/2025 to 04/04/2025 and the legacy core switch-off from
    04/04/2025 to 16/05/2025": validate said the request moved "All sites migrated" from 04/04 to 16/05."""
    text = ("Move 'All sites migrated' from 21/02/2025 to 04/04/2025 and the legacy core switch-off from 04/04/2025 "
            "to 16/05/2025")
    assert moved_from([text], [("All sites migrated", dt.date(2025, 4, 4))]) is None
    assert moved_from([text], [("All sites migrated", dt.date(2025, 2, 21))]) == (0, "2025-02-21", "2025-04-04")
    assert moved_from([text], [("Legacy core switch-off", dt.date(2025, 4, 4))]) == (0, "2025-04-04", "2025-05-16")


def test_a_move_right_after_a_word_of_the_milestones_name_to_its_day_is_its() -> None:
    """Review 161a F1: "launch moves from 15 May to 5 June 2026" for "App store launch", recorded on 5 June: five
    reports before the change showed 5 June as their baseline."""
    launch = m.Milestone(name="App store launch", date=dt.date(2026, 6, 5))
    review = m.Milestone(name="Final review", date=dt.date(2026, 6, 5))
    cr = m.ChangeRequest(id="CR-002", title="Claims with receipts", requested_by="X", date=dt.date(2026, 1, 20),
                         status="approved", impact=m.Impact(schedule_days=21, in_baseline=True),
                         decision=m.Decision(by="board", date=dt.date(2026, 2, 17),
                                             notes="Approved; launch moves from 15 May to 5 June 2026"))
    assert [(s.request, s.before) for s in shifts(launch, [cr])] == [("CR-002", dt.date(2026, 5, 15))]
    assert shifts(review, [cr]) == []  # (another milestone on that day, its name not before the move)


def test_the_milestones_a_request_names_under_its_impact_move_by_its_days() -> None:
    """Review 162a F1: a request moving two waves 21 days, its words giving no days, and the reports of months before
    it measured against the dates it set ("7 days early" for 14 days late); impact.milestones names them."""
    wave2 = m.Milestone(name="Wave 2 yapera", date=dt.date(2026, 10, 21))
    wave3 = m.Milestone(name="Wave 3 yapera", date=dt.date(2026, 12, 11))

    def request(ident: str, names: list[str], days: int, decided: dt.date, in_baseline: bool = True) -> m.ChangeRequest:
        return m.ChangeRequest(id=ident, title="Kunonoka kweBatch 2", requested_by="Sam Lee", date=decided,
                               description="Zvitoro zveWave 2 ne3 zvinonoka", status="approved",
                               impact=m.Impact(schedule_days=days, in_baseline=in_baseline, milestones=names),
                               decision=m.Decision(by="board", date=decided))
    moved_both = request("CR-002", ["Wave 2 yapera", "Wave 3 yapera"], 21, dt.date(2026, 8, 12))
    assert baseline_on(wave2, [moved_both], dt.date(2026, 6, 30))[0] == dt.date(2026, 9, 30)
    assert baseline_on(wave3, [moved_both], dt.date(2026, 6, 30))[0] == dt.date(2026, 11, 20)
    assert baseline_on(wave2, [moved_both], dt.date(2026, 8, 31))[0] == wave2.date
    # moved twice: each by its own days, the older read back from the newer's start
    again = request("CR-004", ["Wave 2 yapera"], 7, dt.date(2026, 9, 10))
    assert [(s.request, s.before) for s in shifts(wave2, [moved_both, again])] == [
        ("CR-004", dt.date(2026, 10, 14)), ("CR-002", dt.date(2026, 9, 23))]
    # not named, or the dates not including it: no move
    assert shifts(m.Milestone(name="Pilot", date=dt.date(2026, 5, 15)), [moved_both]) == []
    assert shifts(wave2, [request("CR-005", ["Wave 2 yapera"], 21, dt.date(2026, 8, 12), in_baseline=False)]) == []


def test_a_move_the_dates_do_not_include_counts_from_its_decision_on() -> None:
    """Review 163c F3: a change moving two milestones 10 days, named under impact.milestones, in_baseline: false, and
    the reports after it measured the slips from the dates before it ("7 days late" for 3 days early)."""
    pilot = m.Milestone(name="Pilot dashboard live", date=dt.date(2025, 9, 19))
    request = m.ChangeRequest(id="CR-002", title="Add the Workday feed", requested_by="Sam Lee", date=dt.date(2025, 6, 2),
                              description="Add a source", status="approved",
                              impact=m.Impact(schedule_days=10, in_baseline=False, milestones=["Pilot dashboard live"]),
                              decision=m.Decision(by="board", date=dt.date(2025, 6, 18)))
    day, later, last = baseline_on(pilot, [request], dt.date(2025, 4, 30))
    assert day == pilot.date and [(s.request, s.after) for s in later] == [("CR-002", dt.date(2025, 9, 29))]
    assert last is None
    day, later, last = baseline_on(pilot, [request], dt.date(2025, 8, 29))
    assert day == dt.date(2025, 9, 29) and later == () and last is not None and last.request == "CR-002"
    # the dates including it: the move is read back instead (`shifts`), not added
    included = dataclasses.replace(request, impact=dataclasses.replace(request.impact, in_baseline=True))
    assert baseline_on(pilot, [included], dt.date(2025, 8, 29))[0] == pilot.date
    assert baseline_on(pilot, [included], dt.date(2025, 4, 30))[0] == dt.date(2025, 9, 9)

"""What a change's or a decision's words say pays for it (`generator.questionnaire.funding`)."""

from __future__ import annotations

import pytest

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.questionnaire.funding import (_amount, contingency_part, cost_funding, denies_contingency, funding_said,
                                             included_said, raises, request_part, says_from_contingency)


@pytest.mark.parametrize("notes, says", [
    ("Approved within contingency", True), ("Paid from the project's contingency", True),
    ("Aprobado, con cargo a la contingencia", True), ("Imputée sur la réserve pour aléas", True),
    ("Aus der Projektreserve bezahlt", True), ("Genehmigt aus der Budgetreserve", True),  # review 49a F7
    ("Not from contingency", False),
    ("No con cargo a la contingencia", False), ("Approved as a budget increase", False),
    # review 95a F2: the Dutch "onvoorzien-post" (the unforeseen-costs line), and denied
    ("Akkoord binnen mandaat projectleider; betaald uit de onvoorzien-post van het project.", True),
    ("Betaald uit de post onvoorzien", True), ("Niet uit de post onvoorzien maar uit het beheerbudget", False)])
def test_notes_saying_a_change_is_paid_from_the_contingency_are_read_in_several_languages(notes: str, says: bool) -> None:
    """Review 39b F6: "Aprobado, con cargo a la contingencia" left the form's "Paid from" as not recorded."""
    assert says_from_contingency(notes) is says


def test_a_note_denying_the_contingency_names_another_source() -> None:
    """Review 50a F1: "Approved with a budget increase of EUR 185,000 from the capital programme; not drawn from
    contingency" was read as paid from the contingency ("from contingency")."""
    assert funding_said("Approved with a budget increase of EUR 185,000 from the capital programme; not drawn from "
                        "contingency") == "other"
    assert funding_said("Not drawn from the contingency") == "other"
    assert funding_said("Paid outside the contingency") == "other"
    assert funding_said("Approved as a budget increase") == "other"
    assert funding_said("Drawn from contingency") == "contingency"


def test_a_cost_outside_the_contingency_is_paid_by_another_source_in_several_languages() -> None:
    """Review 82b F1: "custo pago pelo orçamento de Marketing, fora da contingência do projeto" was read as paid from
    the contingency ("da contingência"), so six documents counted BRL 18,000 against it; F2: "coberto pela reserva
    de contingência" was not read at all."""
    for text in ("Aprovada pela GP; custo pago pelo orçamento de Marketing (centro de custo 4410), fora da "
                 "contingência do projeto", "Pagado por el presupuesto de Marketing, fuera de la reserva",
                 "Financé hors réserve par le budget DSI", "Bezahlt außerhalb der Projektreserve",
                 "Betaald buiten de projectreserve", "Pagato fuori dalla contingenza"):
        assert funding_said(text) == "other" and denies_contingency(text), text
    assert funding_said("custo de R$ 85 mil coberto pela reserva de contingência do projeto") == "contingency"
    assert funding_said("Paga com a contingência") == "contingency"
    assert funding_said("Custo pago pelo orçamento de TI") == "other"


def test_a_share_paid_from_an_award_or_grant_is_another_source_beside_the_contingency() -> None:
    """Review 51b F1: "funded half from the Wellcome award and half from contingency" was read as paid from the
    contingency alone, so every document counted all of it there and the form said the notes said so."""
    assert funding_said("Approved; funded half from the Wellcome award and half from contingency") == "shared"
    assert funding_said("40% by the client, the rest from contingency") == "shared"
    assert funding_said("Funded by the ESRC grant") == "other"
    assert funding_said("Half from contingency") == "contingency"


def test_a_source_turned_down_pays_nothing() -> None:
    """Review 52a F1: "a budget increase ... rather than from contingency" was a decision said to take from the
    contingency, "not counted here"; the reverse turns the budget increase down."""
    assert funding_said("Fund the performance sprint through a budget increase from the Claims Transformation reserve "
                        "rather than from contingency") == "other"
    assert funding_said("Use contingency rather than a budget increase") == "contingency"
    assert funding_said("Funded by contingency") == "contingency"
    assert funding_said("Not funded by contingency") == "other"


def test_a_french_note_paying_from_the_reserve_names_the_contingency() -> None:
    """Review 44c F6: "Approuvé sur la réserve" was read as saying nothing about how the change is paid for."""
    assert funding_said("Approuvé sur la réserve; financé dans la limite de délégation") == "contingency"
    assert funding_said("Imputée sur la réserve du projet") == "contingency"
    # "not on the reserve" says another source pays, as "not from contingency" does in English (review 81c F2)
    assert funding_said("Pas sur la réserve") == "other" and funding_said("la réserve ne le couvre pas") == ""


def test_polish_and_spanish_notes_saying_the_contingency_pays_are_read() -> None:
    """Review 48b F3: "finansowane z rezerwy" was reported as "How CR-001 is paid for is not recorded"."""
    assert funding_said("Zatwierdzone w ramach progu sponsora; finansowane z rezerwy (decyzja D-02)") == "contingency"
    assert funding_said("Aprobado con cargo a la reserva del proyecto") == "contingency"
    assert funding_said("nie z rezerwy") == ""


def test_a_second_source_after_the_contingency_shares_the_cost_and_its_amount_is_read() -> None:
    """Review 67b F7: "Funded from contingency (CAD 40,000) and the Claims Operations budget (CAD 28,000)" was read
    as the contingency alone, and counted whole against it."""

    split = "Funded from contingency (CAD 40,000) and the Claims Operations budget (CAD 28,000)."
    assert funding_said(split) == "shared" and contingency_part(split, 68_000) == 40_000
    assert contingency_part("EUR 12k from the contingency and the rest from the marketing budget", 20_000) == 12_000
    assert contingency_part("Funded from contingency and the Claims budget", 68_000) is None  # no figure: none
    assert contingency_part(split, 30_000) is None  # a part above the cost is not a part of it
    assert contingency_part("Funded from contingency (CAD 40,000).", 68_000) is None  # one source: not shared
    # the project's own budget named beside the contingency is no second source
    assert funding_said("Approved, paid from contingency; within schedule and budget.") == "contingency"
    assert funding_said("Paid from contingency and the project budget is unchanged") == "contingency"


def test_an_answer_saying_the_budget_includes_the_contingency_is_read() -> None:
    """Review 67a F4: "Budget capped at EUR 2.85m including contingency" beside an unanswered contingency_included."""
    from generator.questionnaire import model as m
    from generator.questionnaire.funding import included_said

    def scope(constraints: list[str], assumptions: list[str] = []) -> m.Scope:
        return m.Scope(in_=["x"], out=[], deliverables=[m.Deliverable(name="D", description="D", acceptance=["a"])], constraints=constraints,
                       assumptions=assumptions)
    assert included_said(scope(["Budget capped at EUR 2.85m including contingency by board resolution"]), None) == \
        "constraints"
    assert included_said(scope([], ["The amount is inkl. Risikoreserve"]), None) == "assumptions"
    assert included_said(scope(["Budget of EUR 1m plus 10% contingency"]), None) == ""
    assert included_said(None, "EUR 400k, contingency included") == "summary"
    # review 87a F3: an article and a share together
    assert included_said(scope(["Fixed-price contract of €1.24M including a 10% contingency"]), None) == "constraints"
    assert included_said(scope(["Budget of EUR 1m plus a 10% contingency"]), None) == ""
    # review 142c F9: Vietnamese
    assert included_said(scope(["Tổng ngân sách 6,5 tỷ đồng, đã gồm 10% dự phòng"]), None) == "constraints"


def test_a_polish_word_ending_in_nie_does_not_deny_the_contingency() -> None:
    """Review 69c F1: "finansowanie z rezerwy" ("funded from the reserve") ends its first word in "nie", which the
    denial "nie z rezerwy" ("not from the reserve") took for itself."""
    assert funding_said("Zatwierdzono; finansowanie z rezerwy.") == "contingency"
    assert funding_said("Piano from contingency") == "contingency"  # "no " inside a word denies nothing


def test_a_swedish_note_paying_from_the_reserve_names_the_contingency() -> None:
    """Review 70b F1: "Betalas från projektets reserv" was reported as a payment not recorded."""
    assert funding_said("Godkänd. Betalas från projektets reserv (contingency); no change to the launch date.") == \
        "contingency"


def test_spanish_and_dutch_notes_splitting_a_cost_give_the_contingency_its_part() -> None:
    """Reviews 71a F1, 71b F1: "50.000 € con cargo a la contingencia ... y 24.000 € con cargo al programa" and
    "EUR 40.000 uit de projectcontingency, EUR 24.000 uit het OPEX-budget van Fleet Planning" were counted whole
    against the contingency (or not read at all): the remaining contingency was wrong in five documents."""
    spanish = ("Financiación: 50.000 € con cargo a la contingencia del proyecto y 24.000 € con cargo al programa de "
               "transformación digital (fondos MRR)")
    dutch = ("Goedgekeurd. Financiering: EUR 40.000 uit de projectcontingency, EUR 24.000 uit het OPEX-budget van "
             "Fleet Planning (akkoord Eva de Boer).")
    assert funding_said(spanish) == "shared" and contingency_part(spanish, 74000) == 50000
    assert funding_said(dutch) == "shared" and contingency_part(dutch, 64000) == 40000
    assert funding_said("Goedgekeurd, ten laste van de projectreserve") == "contingency"
    assert funding_said("Genehmigt zulasten der Projektreserve") == "contingency"  # review 71c
    assert funding_said("Aprobado, con cargo a la contingencia") == "contingency"


def test_amounts_are_read_with_either_mark_for_thousands() -> None:
    for digits, scale, value in (("50.000", None, 50000), ("40,000", None, 40000), ("12.5", "k", 12500),
                                 ("12,5", "k", 12500), ("1.234,56", None, 1234.56), ("1,234.56", None, 1234.56),
                                 ("1.200.000", None, 1200000)):
        assert _amount(digits, scale) == value, digits


def test_a_split_with_a_capital_programme_shares_the_cost() -> None:
    """Review 72a F1: "Funding split - GBP 40,000 from project contingency and GBP 24,000 from the Trust's 2026/27
    capital programme" was counted whole against the contingency in seven documents."""
    notes = ("Approved. Funding split - GBP 40,000 from project contingency and GBP 24,000 from the Trust's 2026/27 "
             "capital programme (PACS line), confirmed by the Director of Finance.")
    assert funding_said(notes) == "shared" and contingency_part(notes, 64000) == 40000
    assert funding_said("Funded partly from contingency") == "shared"
    assert funding_said("Approved, funded from contingency") == "contingency"


def test_a_norwegian_note_paying_from_the_contingency_is_read() -> None:
    """Review 72c N2: "Godkjent, dekkes av usikkerhetsavsetningen" left the form's "Paid from" as not recorded."""
    from generator.questionnaire.mentions import names_contingency

    for notes in ("Godkjent, dekkes av usikkerhetsavsetningen", "Godkänd, täcks av projektets reserv",
                  "Godkendt, dækkes af bufferen"):
        assert funding_said(notes) == "contingency" and names_contingency(notes), notes
    assert funding_said("Godkjent, dekkes ikke av usikkerhetsavsetningen") != "contingency"
    # review 103c F10: "within" the reserve
    for notes in ("Godkjent innenfor usikkerhetsavsetningen. Gjennomføres i fase 2.", "Godkendt inden for reserven",
                  "Godkänd inom projektets riskreserv"):
        assert funding_said(notes) == "contingency" and names_contingency(notes), notes


def test_a_dutch_split_gives_the_contingency_its_part_from_the_unforeseen_costs() -> None:
    """Review 73b F1: "EUR 180.000 uit de onvoorziene kosten van het project en EUR 130.000 uit het IT-beheerbudget"
    was counted whole, and the contingency said overspent by EUR 115,000 in five documents."""
    notes = ("Financiering: EUR 180.000 uit de onvoorziene kosten van het project en EUR 130.000 uit het "
             "IT-beheerbudget 2026 (akkoord CIO).")
    assert funding_said(notes) == "shared" and contingency_part(notes, 310000) == 180000


def test_an_italian_split_gives_the_contingency_its_part() -> None:
    """Review 74a F1: "EUR 40.000 dalla riserva di contingenza del progetto e EUR 24.000 dal budget di esercizio
    2027" was read as the contingency alone, and the contingency left was wrong in six documents."""
    notes = ("Approvata. Copertura: EUR 40.000 dalla riserva di contingenza del progetto e EUR 24.000 dal budget di "
             "esercizio 2027 della Direzione Operazioni di Rete (OPEX), per il canone degli analizzatori.")
    assert funding_said(notes) == "shared" and contingency_part(notes, 64000) == 40000
    assert funding_said("Approvata dalla riserva") == "contingency"
    assert funding_said("Approvata, a carico della riserva di contingenza") == "contingency"


def test_a_french_note_naming_the_contingence_and_a_share_another_party_bears_is_read() -> None:
    """Review 76b F1: "Approuvé sur la contingence" was not read, nor "La CRO prend à sa charge CHF 15 000 ...; le
    solde est pris sur la contingence": CR-002's CHF 48,000 was counted whole against the contingency."""
    assert funding_said("Approuvé sur la contingence ; pas d'effet sur les jalons de 2026-03") == "contingency"
    notes = ("Approuvé à l'unanimité. La CRO prend à sa charge CHF 15 000 au titre de l'avenant qualité ; le solde "
             "est pris sur la contingence.")
    assert funding_said(notes) == "shared" and contingency_part(notes, 48000) == 33000
    english = "Approved; the vendor absorbs EUR 15,000 and the rest comes from the contingency"
    assert funding_said(english) == "shared" and contingency_part(english, 40000) == 25000
    assert contingency_part("EUR 15,000 borne by the vendor, the rest from contingency", 40000) == 25000
    # the contingency's own share is not another party's: it is the contingency's (review 87b F3)
    assert contingency_part("Approved: the contingency absorbs EUR 15,000 and the vendor bears the rest", 40000) == 15000
    assert funding_said("Pas sur la contingence : budget de la DSI") != "contingency"
    # review 76a F1: the contractor "carries" its share
    danish = "Approved; Migrera carries DKK 400,000 under the key-personnel clause, DKK 850,000 from contingency."
    assert funding_said(danish) == "shared" and contingency_part(danish, 1250000) == 850000
    # review 87b F3: another budget "pays" its share, in rand
    rand = ("Approved. Finance agreed to split it: the Shaft 3 engineering operating budget (cost centre S3-ENG-410) "
            "pays R170 000 and the balance comes out of contingency.")
    assert funding_said(rand) == "shared" and contingency_part(rand, 420000) == 250000
    assert contingency_part("Split: the contingency pays R170 000 and the plant budget the rest.", 420000) == 170000
    # review 89c F1: "the remaining" amount from the contingency, the rest from a budget line
    console = "Approved; the budget line for the console had SEK 40k left, the remaining SEK 45k from contingency."
    assert funding_said(console) == "shared" and contingency_part(console, 85000) == 45000
    assert funding_said("From contingency; it carries a schedule risk") == "contingency"
    # review 77a F1: a percentage is not an amount, and a share of the recorded cost that is all of it leaves none
    council = ("Approved. Northpoint bears 40% (£38,400) as settlement of the pilot delivery service credits; the "
               "council's £57,600 share is funded from contingency.")
    assert contingency_part(council, 57600) is None and cost_funding(council, 57600) == "contingency"
    assert cost_funding(council, 96000) == "shared"


def test_a_norwegian_split_gives_the_contingency_its_part() -> None:
    """Review 77b F1: "Kostnaden deles: 300 000 kr dekkes av prosjektets reserve og 180 000 kr av IKT-avdelingens
    driftsbudsjett" was read as the contingency alone (NOK 180,000 missing from the contingency left)."""
    notes = ("Godkjent. Kostnaden deles: 300 000 kr dekkes av prosjektets reserve og 180 000 kr av IKT-avdelingens "
             "driftsbudsjett for 2026 (konto 6550). Ti dagers forsinkelse tas inn i testfasen; BP5 står fast.")
    assert funding_said(notes) == "shared" and contingency_part(notes, 480000) == 300000
    assert funding_said("Godkjent, dekkes av prosjektets reserve") == "contingency"
    assert funding_said("Betalas från projektets reserv och 40 000 kr ur förvaltningens budget") == "shared"
    assert contingency_part("The vendor bears 40% and EUR 12,000 from contingency", 30000) == 12000


def test_a_japanese_note_paying_from_the_contingency_is_read() -> None:
    """Review 77c: "コンティンジェンシーから充当。" left CR-001's funding "not recorded"."""
    assert funding_said("コンティンジェンシーから充当。") == "contingency"
    assert funding_said("予備費から支出する") == "contingency"


def test_a_running_cost_paid_from_another_budget_is_no_share_of_the_change() -> None:
    """Review 78b F2: "Approved from contingency. Gateway running cost about £40 a month, to come from the volunteer
    services budget." was read as a cost shared between the contingency and that budget."""
    notes = ("Approved from contingency. Gateway running cost about £40 a month, to come from the volunteer "
             "services budget.")
    assert funding_said(notes) == "contingency"
    assert funding_said("Approved from contingency; EUR 5,000 from the stores budget") == "shared"


def test_a_mexican_split_gives_the_contingency_its_part() -> None:
    """Review 79a F1: "MXN 900,000 de la contingencia del proyecto ... y MXN 450,000 del presupuesto CAPEX 2025 de la
    Planta Saltillo" was read as the contingency alone (MXN 450,000 missing from the contingency left)."""
    notes = ("Financiamiento dividido: MXN 900,000 de la contingencia del proyecto (integración y software) y "
             "MXN 450,000 del presupuesto CAPEX 2025 de la Planta Saltillo (lectores y obra civil).")
    assert funding_said(notes) == "shared" and contingency_part(notes, 1350000) == 900000
    assert funding_said("Aprobado; se paga de la contingencia del proyecto") == "contingency"
    assert funding_said("Con cargo a la contingencia, dentro del presupuesto aprobado") == "contingency"


def test_words_denying_the_contingency_pay_none_of_the_cost() -> None:
    """Reviews 81b F1, 81c F2: "Se paga con el presupuesto de operación de Sistemas, no con la contingencia del
    proyecto" and "nicht aus der Reserve, sondern aus der Position Hardware" were counted against the contingency."""
    for text in ("Se paga con el presupuesto de operación de Sistemas, no con la contingencia del proyecto.",
                 "Genehmigt. Kosten nicht aus der Reserve, sondern aus der Position Hardware.",
                 "Paid by the platform team, not from the project contingency.",
                 "Financé par la DSI, pas sur la réserve du projet."):
        assert denies_contingency(text), text
        request = m.ChangeRequest(id="CR-1", title="T", requested_by="Sam Lee", date=dt.date(2027, 1, 1),
                                  description="d", reason="r", status="approved", impact=m.Impact(cost=14500),
                                  decision=m.Decision(by="board", date=dt.date(2027, 1, 5), notes=text))
        assert request_part(request) == 0.0, text
    assert not denies_contingency("Paid from contingency")
    assert not denies_contingency("Not from contingency alone: EUR 5,000 from contingency, the rest from ops")


def test_a_grant_beside_the_contingency_shares_the_cost() -> None:
    """Reviews 80b F1, 81a F1: "46 000 € sur la réserve pour aléas ..., 50 000 € par la subvention ... de l'ARS" and
    "€ 27.000 uit de projectreserve (contingency), € 35.000 uit de provinciale subsidie" were counted whole."""
    french = ("Financement : 46 000 € sur la réserve pour aléas du projet, 50 000 € par la subvention complémentaire "
              "CaRE notifiée par l'ARS.")
    dutch = "Goedgekeurd. € 27.000 uit de projectreserve (contingency), € 35.000 uit de provinciale subsidie."
    assert funding_said(french) == "shared" and contingency_part(french, 96000) == 46000
    assert funding_said(dutch) == "shared" and contingency_part(dutch, 62000) == 27000
    assert funding_said("EUR 20.000 durch den Zuschuss des Landes") == "other"



def test_notes_naming_another_source_alone_pay_none_of_the_cost() -> None:
    """Reviews 83b F1, 83c F1: "covered by the vendor's fixed-price configuration allowance, no contingency used" and
    "the Penang plant pays it through the MES Operations cross-charge" were counted against the contingency. Words
    of a budget increase pay none of it either (review 108c F1: "예산을 ... 증액" set against the contingency): the
    documents add it to the budget (`funding.increase_read`)."""
    def part(notes: str) -> float | None:
        return request_part(m.ChangeRequest(id="CR-1", title="T", requested_by="Sam Lee", date=dt.date(2027, 1, 1),
                                            description="d", reason="r", status="approved",
                                            impact=m.Impact(cost=8500), decision=m.Decision(
                                                by="board", date=dt.date(2027, 1, 5), notes=notes)))
    for notes in ("Approved; covered by the vendor's fixed-price configuration allowance, no contingency used",
                  "Approved; the Penang plant pays it through the MES Operations cross-charge",
                  "Approved; budget from marketing", "Paid by the client", "Approved as a budget increase"):
        assert part(notes) == 0.0, notes
    assert denies_contingency("No contingency used") and denies_contingency("Done without drawing on the contingency")
    for notes in ("Approved within contingency", "Approved", "Paid by contingency",
                  "A budget increase was refused: paid from contingency"):
        assert part(notes) is None, notes


def test_a_french_split_with_the_vendors_share_gives_the_contingency_its_part() -> None:
    """Review 84c F1: "CHF 21'000 sur la réserve du projet et CHF 21'000 pris en charge par Helvetic Integration SA"
    counted all CHF 42,000 against the contingency."""
    text = ("Approuvée ; financement partagé : CHF 21'000 sur la réserve du projet et CHF 21'000 pris en charge par "
            "Helvetic Integration SA")
    assert funding_said(text) == "shared" and contingency_part(text, 42000) == 21000
    assert funding_said("Pris en charge par la réserve du projet") != "other"


def test_korean_and_japanese_notes_say_whether_the_contingency_pays() -> None:
    """Review 84b F2: "예비비에서 집행" and "예비비 사용하지 않음" were not read, and the contingency left was KRW 28M short."""
    assert funding_said("법적 의무 대응이므로 승인. 예비비에서 집행.") == "contingency"
    for text in ("퍼블리셔가 비용 전액 부담 (계약 변경 2026-07-14 체결). 예비비 사용하지 않음.", "예비비 미사용", "予備費は使わない"):
        assert denies_contingency(text) and funding_said(text) == "other", text


def test_a_client_paying_and_none_from_a_named_contingency_count_none_against_it() -> None:
    """Review 85b F1: "Client will pay through SOW amendment 3, so not from Kaveri contingency", "nothing from project
    contingency" and "₹0 from project contingency" were read as paid from the contingency, or not read at all."""
    for text in ("Approved. Client will pay through SOW amendment 3 (change order CO-07), so not from Kaveri contingency.",
                 "Approved. Funded by the client through SOW amendment 3; nothing from project contingency.",
                 "Approved. ₹22,00,000 funded by the client through SOW amendment 3; ₹0 from project contingency.",
                 "Approved. Not paid from contingency: the client funds it through SOW amendment 3."):
        assert denies_contingency(text) and funding_said(text) == "other", text
    for text in ("Approved, billed to the client under the SOW.", "Approved; funded by the customer"):
        assert funding_said(text) == "other", text
    for text in ("Approved; absorbed in contingency.", "Charged to contingency.", "Paid from Kaveri contingency",
                 "Approved; vendor change order CO-12 paid from contingency"):
        assert funding_said(text) == "contingency", text


def test_rupee_amounts_in_indian_grouping_lakh_and_crore_are_read() -> None:
    """Review 85b F1: a split written with ₹ and Indian digit grouping was not read; lakh and crore are scales."""
    for text in ("₹12,00,000 funded by the client through SOW amendment 3; the remaining ₹10,00,000 from project "
                 "contingency.", "INR 1,200,000 funded by the client; the remaining INR 1,000,000 from project contingency.",
                 "Rs. 12 lakh funded by the client; Rs. 10 lakh from contingency."):
        assert funding_said(text) == "shared" and contingency_part(text, 2200000) == 1000000, text
    assert contingency_part("₹0.1 crore from contingency, the rest funded by the client", 2200000) == 1000000


def test_decision_notes_saying_the_contingency_pays_are_not_overruled_by_the_description() -> None:
    """Review 86a F1: "Approved, funded from contingency" beside a description saying "Brightwater absorbs half" of
    the vendor's side was counted as paid elsewhere, in eight documents."""
    request = m.ChangeRequest(id="CR-004", title="Backfill", requested_by="Sam Lee", date=dt.date(2026, 9, 1),
                              description="Brightwater absorbs half of the overlap cost; our half is below",
                              impact=m.Impact(cost=15500), status="approved",
                              decision=m.Decision(by="board", date=dt.date(2026, 9, 5),
                                                  notes="Approved, funded from contingency."))
    assert request_part(request) is None  # counted whole against the contingency
    silent = dataclasses.replace(request, decision=dataclasses.replace(request.decision, notes="Approved."))
    assert request_part(silent) == 0.0  # the description alone names another source


def test_a_split_in_the_notes_refines_one_source_answered() -> None:
    """Review 86c F1: "€10,000 from project contingency, €12,000 from HR's 2026 HRIS budget" beside funding: other
    counted none of the cost against the contingency; a budget increase stays one."""
    notes = "Approved. €10,000 from project contingency, €12,000 from HR's 2026 HRIS budget."
    request = m.ChangeRequest(id="CR-002", title="HRIS feed", requested_by="Sam Lee", date=dt.date(2026, 9, 1),
                              impact=m.Impact(cost=22000, funding="other"), status="approved",
                              decision=m.Decision(by="board", date=dt.date(2026, 9, 5), notes=notes))
    assert request_part(request) == 10000
    for funding in ("contingency",):
        assert request_part(dataclasses.replace(request, impact=m.Impact(cost=22000, funding=funding))) == 10000
    assert request_part(dataclasses.replace(request, impact=m.Impact(cost=22000, funding="budget-increase"))) is None
    plain = dataclasses.replace(request, decision=m.Decision(by="board", date=dt.date(2026, 9, 5), notes="Approved."))
    assert request_part(plain) is None


def test_no_draw_on_the_contingency_says_another_source_pays() -> None:
    """Review 91c F3: "absorbed by Cobalt Analytics under the warranty clause – no draw on contingency" was read as
    drawn on it, and as split between the contingency and another source."""
    from generator.questionnaire.funding import FROM_CONTINGENCY, NOT_CONTINGENCY

    said = "Approved. Cost absorbed by Cobalt Analytics under the warranty clause – no draw on contingency."
    assert FROM_CONTINGENCY.search(said) is None and NOT_CONTINGENCY.search(said) is not None
    assert FROM_CONTINGENCY.search("Approved; draw on contingency.") is not None


def test_another_budget_named_in_five_words_shares_the_cost() -> None:
    """Review 92b F1: "R350 000 is funded from the Group Data Office FY2025 analytics budget ...; only R170 000 is drawn
    from project contingency" was read as the contingency paying all of it."""
    said = ("Approved. R350 000 is funded from the Group Data Office FY2025 analytics budget (cost centre 4410, "
            "confirmed by Gerhard Steyn); only R170 000 is drawn from project contingency.")
    assert funding_said(said) == "shared" and contingency_part(said, 520000) == 170000


def test_a_split_naming_this_projects_contingency_gives_it_its_part() -> None:
    """Review 93a F1: "NZD 120,000 is paid from the ... programme budget ... and only NZD 66,000 from this project's
    contingency" was read as another source paying all of it, in five documents."""
    notes = ("Approved. NZD 120,000 is paid from the 2025/26 Water Loss Reduction programme budget (capex code WL-22) "
             "and only NZD 66,000 from this project's contingency. Helen Park confirmed the transfer.")
    assert funding_said(notes) == "shared" and contingency_part(notes, 186000) == 66000
    assert funding_said("Funded from this project's contingency.") == "contingency"
    assert funding_said("Paid from its contingency reserve.") == "contingency"


def test_a_budget_increase_in_words_is_no_other_source() -> None:
    """Review 94c F2: "Funded by a budget increase of AUD 120,000 ... (budget now AUD 980,000); not drawn from
    contingency" was said to be paid "from other sources, not from this budget" in three status reports."""
    from generator.questionnaire.funding import raised_in_words

    notes = ("Approved. Funded by a budget increase of AUD 120,000 from the International Student Experience fund "
             "(budget now AUD 980,000); not drawn from contingency.")
    request = m.ChangeRequest(  # type: ignore[call-arg]
        id="CR-01", title="t", requested_by="A", date=dt.date(2026, 9, 1), description="d", reason="r",
        impact=m.Impact(cost=120000), priority="high", status="approved",  # type: ignore[call-arg]
        decision=m.Decision(by="board", date=dt.date(2026, 9, 2), notes=notes))  # type: ignore[call-arg]
    assert raised_in_words(request)
    answered = dataclasses.replace(request, impact=m.Impact(cost=120000, funding="budget-increase"))  # type: ignore[call-arg]
    assert not raised_in_words(answered)  # the answer says it: the documents add it
    other = dataclasses.replace(request, decision=m.Decision(by="board", date=dt.date(2026, 9, 2),  # type: ignore[call-arg]
                                                             notes="Paid from the Marketing budget."))
    assert not raised_in_words(other)


def test_a_spanish_note_denying_the_contingency_names_another_budget() -> None:
    """Review 94b F1: "Lo paga el presupuesto operacional de la Gerencia Mina ..., no la contingencia del proyecto"
    was counted against the contingency in six documents."""
    notes = ("Lo paga el presupuesto operacional de la Gerencia Mina (centro de costo 4410), no la contingencia del "
             "proyecto.")
    assert funding_said(notes) == "other" and denies_contingency(notes)
    assert funding_said("Se aprueba con cargo a la contingencia.") == "contingency"


def test_korean_and_polish_notes_say_the_contingency_pays_takes_a_saving_back_or_holds_it() -> None:
    """Reviews 98c F1 ("예비비(컨틴전시)에서 집행 승인", "절감액은 예비비로 환원" unread: the contingency left was
    wrong by KRW 45m) and 98b F5 ("1 850 000 zł (w tym rezerwa)": the charter asked whether the reserve came on top)."""
    from generator.questionnaire.funding import INCLUDED, ON_TOP, RETURNED

    assert funding_said("예비비(컨틴전시)에서 집행 승인. 출시일 영향 없음.") == "contingency"
    assert funding_said("予備費（コンティンジェンシー）から充当") == "contingency"
    assert funding_said("절감액은 예비비로 환원") == ""  # given back, not drawn
    for text in ("승인. 절감액은 예비비로 환원.", "Oszczędność wraca do rezerwy", "risparmio restituito alla riserva",
                 "economia devolvida à reserva", "節減額は予備費に戻す"):
        assert RETURNED.search(text), text
    for text in ("Budżet nie może przekroczyć 1 850 000 zł (w tym rezerwa)", "budget 2,4 milioni, inclusa la riserva",
                 "총예산 48억 원 (예비비 포함)", "incluindo a reserva de contingência"):
        assert INCLUDED.search(text) and not ON_TOP.search(text), text
    assert ON_TOP.search("1 850 000 zł bez rezerwy") and ON_TOP.search("총예산 48억 원 (예비비 별도)")


def test_czech_notes_say_which_source_pays() -> None:
    """Review 100c F1, F6: "hrazeno z rezervy projektu" and "hradí se z provozního rozpočtu oddělení kvality, NE z
    rezervy projektu" unread: the contingency left was CZK 95,000 short."""
    assert funding_said("Schváleno, hrazeno z rezervy projektu") == "contingency"
    assert funding_said("Schváleno z rezervy, bez toho nelze instalovat") == "contingency"
    assert funding_said("Schváleno; hradí se z provozního rozpočtu oddělení kvality, NE z rezervy projektu") == "other"


def test_a_german_budget_inkl_kontingenz_includes_the_reserve() -> None:
    """Review 101a F5: "Budget fest bei 780.000 € inkl. Kontingenz" and "whether it comes on top has not been
    recorded" in the same charter."""
    from generator.questionnaire.funding import INCLUDED

    assert INCLUDED.search("Budget fest bei 780.000 € inkl. Kontingenz")
    # review 140b F11: Latvian; and Bulgarian
    assert INCLUDED.search("Budžets 1,1 milj. EUR, ieskaitot rezervi")
    assert INCLUDED.search("Бюджет 1,4 млн. лв., включително резерв 10 %")


def test_dutch_notes_name_the_contingentie() -> None:
    """Review 102a F2: "Goedgekeurd, te betalen uit de contingentie" read as saying nothing of what pays."""
    assert funding_said("Goedgekeurd, te betalen uit de contingentie") == "contingency"
    assert funding_said("Goedgekeurd; NIET uit de contingentie maar uit het werkingsbudget van DG Dienstverlening") \
        == "other"


def test_a_finnish_note_paying_from_the_reserve_is_read() -> None:
    """Review 104b F7: "Hyväksytty varauksesta" left CR-001's "Paid from" as not recorded."""
    from generator.questionnaire.mentions import names_contingency

    for notes in ("Hyväksytty varauksesta. Toteutus sprinteissä 9-10.", "kustannus katetaan varauksesta"):
        assert funding_said(notes) == "contingency" and names_contingency(notes), notes
    assert funding_said("ei varauksesta") != "contingency" and not names_contingency("Huonevaraus tehty")


def test_a_quebec_note_financed_by_the_reserve_for_the_unforeseen_is_read() -> None:
    """Review 104c F2: "financé par la réserve pour imprévus" left "Paid from: not recorded" on two forms."""
    for notes in ("Approuvé, financé par la réserve pour imprévus", "Approuvé à même la réserve pour imprévus du projet"):
        assert funding_said(notes) == "contingency", notes
    assert funding_said("Approuvé, pas par la réserve") != "contingency"


def test_a_cost_past_the_contingency_funded_elsewhere_is_shared() -> None:
    """Review 106c F1: "Approved although it takes the programme past its contingency; CFO to fund overrun from the Q3
    product budget" was read as another source paying all of it, the overrun understated by EUR 19,500."""
    notes = "Approved although it takes the programme past its contingency; CFO to fund overrun from the Q3 product budget"
    assert funding_said(notes) == "shared"
    assert funding_said("Approved; the vendor absorbs it, not past the contingency") != "contingency"


def test_a_spanish_budget_increase_that_does_not_use_the_contingency_is_read() -> None:
    """Review 109c F1: "Se financia con una ampliación de crédito de 95.000 €; no consume la contingencia" counted
    against the contingency in eight documents, overrun by EUR 21,200."""
    from generator.questionnaire.funding import _RAISED, denies_contingency

    notes = "Aprobado. Se financia con una ampliación de crédito de 95.000 €; no consume la contingencia."
    assert _RAISED.search(notes) and denies_contingency(notes)
    assert denies_contingency("Se paga sin usar la reserva del proyecto")


def test_greek_vietnamese_hungarian_and_indonesian_notes_say_how_a_change_is_paid() -> None:
    """Reviews 110a F2 ("με χρήση του αποθέματος κινδύνου", "dùng ngân sách dự phòng"), 110b F2 ("a tartalék
    terhére") and 110c F6 ("dibiayai dari cadangan kontingensi") were said "not recorded" beside those notes; review
    110c F1: "a budget amendment of $412,000" is a budget increase."""
    from generator.questionnaire.funding import _RAISED

    for notes in ("Εγκρίθηκε με χρήση του αποθέματος κινδύνου (contingency)", "Bắt buộc; dùng ngân sách dự phòng",
                  "Jóváhagyva a tartalék terhére; a G4 dátuma nem változik.",
                  "Disetujui; dibiayai dari cadangan kontingensi."):
        assert funding_said(notes) == "contingency", notes
    for notes in ("Jóváhagyva, nem a tartalék terhére", "không dùng ngân sách dự phòng",
                  "Χωρίς χρήση του αποθέματος κινδύνου", "Disetujui, bukan dari dana kontingensi"):
        assert denies_contingency(notes), notes
    for notes in ("the Board of Commissioners approved a budget amendment of $412,000", "penambahan anggaran Rp 300 juta",
                  "αύξηση του προϋπολογισμού", "költségvetés-emelés", "tăng ngân sách"):
        assert _RAISED.search(notes), notes


def test_ukrainian_and_hebrew_notes_give_the_contingencys_part_and_a_budget_increase() -> None:
    """Review 112b F1: "з резерву проєкту — 1 440 000 грн" beside the donor's 60 % was counted whole (UAH 3.6 M)
    against the contingency; review 112a F1: "התקציב הכולל של הפרויקט הוגדל ... העתודה לא נוצלה" (the budget was
    increased; the reserve was not used) was counted against it."""
    from generator.questionnaire.funding import _RAISED

    ukrainian = "Схвалено за умови співфінансування донором 60 %; з резерву проєкту — 1 440 000 грн"
    assert funding_said(ukrainian) == "shared" and contingency_part(ukrainian, 3600000) == 1440000
    hebrew = 'אושר. התקציב הכולל של הפרויקט הוגדל ב-780,000 ש"ח; העתודה לא נוצלה לשינוי זה.'
    assert _RAISED.search(hebrew) and denies_contingency(hebrew)


def test_a_serbian_note_paying_from_the_reserve_is_read() -> None:
    """Review 113a F2: "Odobreno iz rezerve za nepredviđene troškove" (approved from the contingency reserve) was said
    "not recorded" in three documents."""
    assert funding_said("Odobreno iz rezerve za nepredviđene troškove.") == "contingency"
    assert denies_contingency("Odobreno, ne iz rezerve, već iz budžeta sektora.")


def test_a_budget_increase_still_to_come_pays_nothing_yet() -> None:
    """Review 113b F2: "the CFO will take a budget uplift of NGN 210 million to the board ... on 2026-06-10", in an
    approved request's notes, was read as an increase granted, three weeks before the board's decision, and the
    warning that the approved changes exceed the contingency was silenced."""
    from generator.questionnaire.funding import raises

    assert not raises("Approved. The cost is above the remaining contingency; the CFO will take a budget uplift of "
                      "NGN 210 million to the board of directors on 2026-06-10.")
    assert raises("Approved; funded by a budget uplift of NGN 210 million agreed by the board.")
    request = m.ChangeRequest(  # type: ignore[call-arg]
        id="CR-01", title="t", requested_by="A", date=dt.date(2026, 5, 1), description="d", reason="r",
        impact=m.Impact(cost=213200000), priority="high", status="approved",  # type: ignore[call-arg]
        decision=m.Decision(by="board", date=dt.date(2026, 5, 20),  # type: ignore[call-arg]
                            notes="Approved. The CFO will take a budget uplift of NGN 210 million to the board."))
    assert request_part(request) is None  # counted against the contingency until the uplift is granted


def test_persian_bulgarian_bengali_catalan_and_swahili_notes_paying_from_the_reserve_are_read() -> None:
    """Review 114: "از ذخیره احتیاطی", "от резерва за непредвидени разходи", "আকস্মিক তহবিল থেকে", "a càrrec de la
    contingència" and "gharama kutoka contingency" were said "not recorded" beside the notes saying so; a Persian
    split in Persian digits and billions ("۶ میلیارد ریال از ذخیره احتیاطی ... ۳٫۵ میلیارد ریال از بودجه عملیاتی") was
    counted whole against the contingency (review 114a F3); a Catalan budget increase was read as an overrun (114b F1)."""
    from generator.questionnaire.funding import raises

    for said in ("Одобрено от резерва за непредвидени разходи", "আকস্মিক তহবিল থেকে অনুমোদিত; পাইলটের তারিখ অপরিবর্তিত",
                 "Aprovat a càrrec de la contingència", "Imeidhinishwa ndani ya mamlaka ya PM; gharama kutoka contingency",
                 "Patvirtinta, iš projekto rezervo"):
        assert funding_said(said) == "contingency", said
    persian = ("تأیید شد. از ۹٫۵ میلیارد ریال، ۶ میلیارد ریال از ذخیره احتیاطی پروژه و ۳٫۵ میلیارد ریال از بودجه عملیاتی "
               "واحد انبار پرداخت می‌شود.")
    assert funding_said(persian) == "shared" and contingency_part(persian, 9.5e9) == 6e9
    assert _amount("1.2", "million") == 1.2e6 and _amount("3.5", "bn") == 3.5e9
    assert raises("Ampliació de pressupost de 385.000 EUR aprovada pel Consell d'Administració")


def test_urdu_and_latvian_notes_are_read() -> None:
    """Review 115a F1-F2: an Urdu split in crores ("6 کروڑ روپے ہنگامی فنڈ سے", from the contingency fund) counted whole
    against the contingency; a Latvian budget increase from the port's development fund, the reserve not used, counted
    as an overrun of the contingency."""
    from generator.questionnaire.funding import raises

    urdu = ("منظور۔ 9 کروڑ 60 لاکھ روپے میں سے 6 کروڑ روپے ہنگامی فنڈ سے اور 3 کروڑ 60 لاکھ روپے ڈیجیٹل بینکنگ ڈویژن "
            "کے 2026 کے بجٹ سے ادا ہوں گے۔")
    assert funding_said(urdu) == "shared" and contingency_part(urdu, 96e6) == 6e7
    latvian = ("Apstiprināts budžeta palielinājums par 160 000 EUR no ostas attīstības fonda; kopējais budžets "
               "2 010 000 EUR. Rezerve (8 %) šim mērķim netiek izmantota.")
    assert raises(latvian) and denies_contingency(latvian) and funding_said(latvian) == "other"


def test_sinhala_and_georgian_notes_paying_from_the_reserve_are_read() -> None:
    """Review 115b: "හදිසි අරමුදලෙන් අනුමත කරන ලදී" and "დამტკიცებულია რეზერვიდან" (approved from the reserve)."""
    assert funding_said("හදිසි අරමුදලෙන් අනුමත කරන ලදී") == funding_said("დამტკიცებულია რეზერვიდან") == "contingency"


def test_tamil_basque_icelandic_welsh_and_albanian_notes_are_read() -> None:
    """Review 116a F2: a Tamil split in lakh ("₹74 லட்சம் contingency-யிலிருந்து; மீதி ₹38 லட்சம் ... அபராதத்
    தொகையிலிருந்து", the rest from the vendor's penalty) counted whole against the contingency; review 116c F7:
    "kontingentziaren kontura" said not recorded; review 116b F1: an Icelandic budget increase counted as an overrun."""
    from generator.questionnaire.funding import raises

    tamil = ("₹1.12 கோடியில் ₹74 லட்சம் contingency-யிலிருந்து; மீதி ₹38 லட்சம் FAT தாமதத்துக்கான விற்பனையாளர் LD "
             "அபராதத் தொகையிலிருந்து ஈடு செய்யப்படும்.")
    assert funding_said(tamil) == "shared" and contingency_part(tamil, 11_200_000) == 7_400_000
    assert funding_said("ஏற்கப்பட்டது; contingency-யிலிருந்து") == "contingency"
    assert funding_said("Onartua kontingentziaren kontura; 4.000 € aurrezten ditu urtean") == "contingency"
    assert funding_said("Samþykkt, greitt úr varasjóði verkefnisins") == "contingency"
    assert funding_said("Cymeradwywyd o'r gronfa wrth gefn") == funding_said("Miratuar nga rezerva") == "contingency"
    assert raises("Stjórnin samþykkti hækkun fjárheimildar um 38 m.kr. á fundi 2026-05-19.")
    assert raises("Odobreno povećanje proračuna za 40.000 EUR") and raises("Miratohet rritja e buxhetit")
    assert _amount("74", "லட்சம்") == 7_400_000 and _amount("1.12", "கோடி") == pytest.approx(11_200_000)


def test_nepali_and_macedonian_splits_are_read() -> None:
    """Review 117a F1: "रु. ४० लाख परियोजनाको जगेडा रकमबाट र बाँकी रु. २५ लाख ... बजेटबाट" (40 lakh from the reserve, the
    rest from the capital budget, Devanagari digits) counted whole; review 117c F2: "650.000 денари се покриваат од
    резервата на проектот, а 500.000 денари од ребалансот на буџетот" counted whole."""
    nepali = ("रु. ६५ लाख स्वीकृत: रु. ४० लाख परियोजनाको जगेडा रकमबाट र बाँकी रु. २५ लाख आगामी आर्थिक वर्षको "
              "पूँजीगत बजेटबाट।")
    assert funding_said(nepali) == "shared" and contingency_part(nepali, 6_500_000) == 4_000_000
    macedonian = ("Одобрено. 650.000 денари се покриваат од резервата на проектот, а 500.000 денари од ребалансот "
                  "на буџетот усвоен на седницата на Советот.")
    assert funding_said(macedonian) == "shared" and contingency_part(macedonian, 1_150_000) == 650_000


def test_galician_maltese_uzbek_tagalog_and_afrikaans_notes_are_read() -> None:
    """Review 118c F1: "PHP 400,000 ang kukunin sa contingency ng proyekto; ang natitirang PHP 280,000 ay sasagutin
    ng operating budget" (400,000 from the contingency, the rest from Billing's budget) counted whole against the
    contingency; review 118a F3: "con cargo á continxencia" said not recorded beside the notes that say it."""
    tagalog = ("Aprubado. PHP 400,000 ang kukunin sa contingency ng proyekto; ang natitirang PHP 280,000 ay "
               "sasagutin ng operating budget ng Patient Accounts (Billing).")
    assert funding_said(tagalog) == "shared" and contingency_part(tagalog, 680_000) == 400_000
    assert funding_said("Aprobado polo comité con cargo á continxencia (38.500 € dos 81.600 €).") == "contingency"
    assert funding_said("Approvat fil-limitu tal-maniġer tal-proġett; imħallas mill-kontinġenza") == "contingency"
    assert funding_said("Mahsulot egasi limiti doirasida tasdiqlandi; zaxira fondidan") == "contingency"
    assert funding_said("Goedgekeur uit die gebeurlikheidsreserwe") == "contingency"
    assert funding_said("Binne die projekbestuurder se perk goedgekeur; klaar op 2026-03-27") == ""
    assert funding_said("Hindi sa contingency; sasagutin ng operating budget ng Billing") != "contingency"


def test_amharic_khmer_irish_and_mongolian_notes_are_read() -> None:
    """Review 119b F1: "1,900,000 ብር ከፕሮጀክቱ መጠባበቂያ በጀት፣ ቀሪው 1,000,000 ብር ከቅርንጫፍ ኦፕሬሽን ዘርፍ የካፒታል በጀት" (from the
    project's reserve, the rest from the branches' capital budget) counted whole against the contingency; review 119a
    F1: "Төслийн төсвийг нэмэгдүүлэх" (increase the project's budget) counted as an overrun of the contingency."""
    from generator.questionnaire.funding import raises

    amharic = ("ጸድቋል። ከወጪው 1,900,000 ብር ከፕሮጀክቱ መጠባበቂያ በጀት፣ ቀሪው 1,000,000 ብር ከቅርንጫፍ ኦፕሬሽን ዘርፍ የካፒታል "
               "በጀት ይሸፈናል።")
    assert funding_said(amharic) == "shared" and contingency_part(amharic, 2_900_000) == 1_900_000
    assert funding_said("ከወጪው 600,000 ብር ከመጠባበቂያ በጀት ይሸፈናል።") == "contingency"
    assert funding_said("អនុម័ត — ប្រើពីថវិកាបម្រុង ព្រោះជាតម្រូវការរបស់ CBC") == "contingency"
    assert funding_said("Faofa. Íocfar as an gcúlchiste teagmhasach.") == "contingency"
    assert raises("Замын-Үүдийн саатлын улмаас төсвийг 1 150 000 000 төгрөгөөр нэмэгдүүлэх")
    assert raises("Méadú ar an mbuiséad") and raises("የበጀት ጭማሪ ጸድቋል")


def test_a_kyrgyz_split_is_read() -> None:
    """Review 120a F1: "12 000 000 сом долбоордун резервинен, 6 400 000 сом ... программанын үнөмдөлгөн
    каражаттарынан" (from the project's reserve, the rest from the programme's savings) counted whole."""
    kyrgyz = ("Бекитилди. 12 000 000 сом долбоордун резервинен, 6 400 000 сом 2026-жылдагы инвестициялык "
              "программанын үнөмдөлгөн каражаттарынан.")
    assert funding_said(kyrgyz) == "shared" and contingency_part(kyrgyz, 18_400_000) == 12_000_000


def test_a_polish_split_with_an_operating_budget_is_read() -> None:
    """Review 121a F1: "98 000 zł z rezerwy projektu, 50 000 zł z budżetu utrzymaniowego magazynów" counted whole
    against the contingency, and the sponsor told a later request cost more than the contingency left."""
    polish = ("Zatwierdzono. Finansowanie: 98 000 zł z rezerwy projektu, 50 000 zł z budżetu utrzymaniowego "
              "magazynów (decyzja dyrektora finansowego).")
    assert funding_said(polish) == "shared" and contingency_part(polish, 148_000) == 98_000


def test_an_italian_budget_increase_is_read() -> None:
    """Review 121b F1: "aumento del budget di 95.000 EUR autorizzato con delibera" (a budget increase) read as another
    source, "not from this budget": the approved budget of EUR 775,000 appeared nowhere."""
    from generator.questionnaire.funding import raises

    assert raises("Approvata. La spesa supera la riserva: aumento del budget di 95.000 EUR autorizzato con delibera "
                  "del Direttore Generale n. 412")
    assert raises("Incremento del bilancio approvato")


def _approved(notes: str, cost: float, title: str = "t") -> m.ChangeRequest:
    """Return an approved request of ``cost`` decided with ``notes``, impact.funding unanswered."""
    return m.ChangeRequest(  # type: ignore[call-arg]
        id="CR-01", title=title, requested_by="A", date=dt.date(2026, 4, 20), description="d", reason="r",
        impact=m.Impact(cost=cost), priority="high", status="approved",  # type: ignore[call-arg]
        decision=m.Decision(by="board", date=dt.date(2026, 5, 12), notes=notes))  # type: ignore[call-arg]


def test_a_split_between_the_contingency_and_a_budget_increase_adds_the_rest_to_the_budget() -> None:
    """Review 120c F1: "34 000 € pris sur la provision pour aléas, 40 000 € par une rallonge votée au directoire" was
    counted whole against the contingency, a EUR 11,200 overrun in six documents; review 120a F2: a request titled
    "Budget increase for ..." whose notes give R 1 480 000 from contingency and R 1 720 000 from the adjustments
    budget was read as "not from this budget"."""
    from generator.questionnaire.funding import raised_part
    from generator.questionnaire.rules import budget_increases, drawn

    notes = ("Approuvé. Financement mixte : 34 000 € pris sur la provision pour aléas, 40 000 € par une rallonge "
             "votée au directoire du 2026-05-12, qui porte le budget de 1 260 000 € à 1 300 000 €.")
    request = _approved(notes, 74000)
    assert funding_said(notes) == "shared" and request_part(request) == 34000 and drawn(request) == 34000
    assert raised_part(request, 1260000) == 40000
    assert budget_increases([request], baseline=1260000) == [(dt.date(2026, 5, 12), 40000)]
    assert raised_part(request, 1300000) is None  # the budget answered is the new total: it holds the increase
    council = _approved("Council approved the increase in the adjustments budget. R 1 480 000 from contingency, "
                        "R 1 720 000 from the adjustments budget.", 3200000, title="Budget increase for logger data")
    assert raised_part(council) == 1720000
    # another budget beside the contingency, no increase: another source, not added to the budget
    other = _approved("R 1 480 000 from contingency, R 1 720 000 from the operations budget.", 3200000)
    assert raised_part(other) is None and request_part(other) == 1480000
    # an increase still to be asked for pays nothing yet
    asked = _approved("R 1 480 000 from contingency; the rest from the operations budget until Council decides on "
                      "a budget increase.", 3200000)
    assert raised_part(asked) is None


def test_a_budget_moved_from_one_amount_to_another_gives_its_new_total() -> None:
    from generator.questionnaire.funding import new_total

    assert new_total("qui porte le budget de 1 260 000 € à 1 300 000 €") == 1300000
    assert new_total("raises the budget from EUR 1.2m to EUR 1.3m") == 1300000
    assert new_total("Approved (budget now AUD 980,000)") == 980000
    assert new_total("Approved from contingency") is None
    # review 122a F1: "Het totale projectbudget wordt daarmee € 735.000"; German, French, Spanish
    assert new_total("Het totale projectbudget wordt daarmee € 735.000.") == 735000
    assert new_total("Das Projektbudget beträgt damit 1,2 Mio. EUR") == 1200000
    assert new_total("le budget passe à 1 300 000 €") == 1300000
    assert new_total("el presupuesto queda en 735.000 €") == 735000


def test_marathi_gujarati_and_isizulu_notes_paying_from_the_reserve_are_read() -> None:
    """Review 122b F3: "Kuvunyiwe; imali ivela ku-contingency." (approved; the money comes from the contingency) and
    review 122c F6: "મંજૂર; ખર્ચ અનામત રકમમાંથી" (approved; the cost from the reserve amount) left the forms' "Paid
    from" as "not recorded apart from the decision notes below"; review 122a: "खर्च आकस्मिक निधीतून" likewise."""
    for text in ("Kuvunyiwe; imali ivela ku-contingency.", "મંજૂર; ખર્ચ અનામત રકમમાંથી", "મંજૂર; રિઝર્વમાંથી",
                 "મંજૂર; અનામતમાંથી", "मर्यादेत; आकस्मिक निधीतून", "मंजूर; राखीव निधीतून",
                 "संचालक मंडळाने मंजुरी दिली. खर्च आकस्मिक निधीतून (₹ ३८ लाख पैकी)."):
        assert says_from_contingency(text), text
    for text in ("राखीव निधीतून नाही; आयटी बजेटमधून", "અનામતમાંથી નહીં, IT બજેટમાંથી",
                 "Hhayi ku-contingency; ebhajethini yomnyango we-IT"):
        assert funding_said(text) == "other" and denies_contingency(text), text
    assert funding_said("मंजूर; प्रकल्पाच्या बजेटमधून") == ""  # the project's own budget is no other source
    assert funding_said("ગો-લાઇવ પછી બીજા તબક્કામાં વિચારીશું; હાલ બજેટ અને સમય નથી") == ""


# Reviews 122 and 123: a share from the reserve and the rest from another budget or an increase ("... बजेटमधून",
# "... બજેટમાંથી", "ebhajethini ye-...", "प्रशिक्षण बजट से", "ഐടി ബജറ്റിൽ നിന്ന്"), amounts in lakh and crore
@pytest.mark.parametrize("notes, cost, part", [
    ("मंजूर. ₹ ३२ लाख राखीव निधीतून, उर्वरित ₹ ६ लाख आयटी विभागाच्या बजेटमधून.", 3_800_000, 3_200_000),
    ("મંજૂર. ₹ 45 લાખ અનામતમાંથી, બાકીના ₹ 5 લાખ IT બજેટમાંથી.", 5_000_000, 4_500_000),
    ("₹ 1.2 કરોડ અનામતમાંથી, ₹ 30 લાખ બજેટમાં વધારો", 15_000_000, 12_000_000),
    ("Kuvunyiwe. R 400 000 ivela ku-contingency, okusele R 200 000 ebhajethini ye-IT.", 600_000, 400_000),
    ("₹ २ कोटी राखीव निधीतून; ₹ ५० लाख अंदाजपत्रकात वाढ", 25_000_000, 20_000_000),
    ("അംഗീകരിച്ചു. 3 ലക്ഷം രൂപ കരുതൽ തുകയിൽ നിന്ന്, ബാക്കി 2 ലക്ഷം ഐടി ബജറ്റിൽ നിന്ന്.", 500_000, 300_000),
    ("स्वीकृत। ₹20 लाख आकस्मिक निधि से, शेष ₹18 लाख प्रशिक्षण बजट से।", 3_800_000, 2_000_000),
    ("₹1.2 കോടി കരുതൽ ധനത്തിൽ നിന്ന്; 30 ലക്ഷം അധിക ബജറ്റ്", 15_000_000, 12_000_000),
    ("₹ १.२ करोड़ आकस्मिक निधि से; ₹ ३० लाख बजट में वृद्धि से", 15_000_000, 12_000_000),
    ("൩ ലക്ഷം കരുതൽ തുകയിൽ നിന്ന്, ബാക്കി ബോർഡ് ബജറ്റിൽ നിന്ന്", 500_000, 300_000),
])
def test_indic_and_isizulu_splits_in_lakh_and_crore_give_the_contingency_its_part(notes: str, cost: float,
                                                                                  part: float) -> None:
    assert funding_said(notes) == "shared" and contingency_part(notes, cost) == part


@pytest.mark.parametrize("text, said", [
    ("अंदाजपत्रकात वाढ मंजूर", True), ("बजेट वाढ मंजूर", True), ("બજેટમાં વધારો મંજૂર", True),
    ("Ukwengezwa kwebhajethi kuvunyiwe", True), ("बजट में वृद्धि स्वीकृत", True), ("अतिरिक्त बजट स्वीकृत", True),
    ("बजट बढ़ाया गया", True), ("ബജറ്റ് വർദ്ധിപ്പിച്ചു", True), ("ബജറ്റ് വർദ്ധന അംഗീകരിച്ചു", True),
    ("അധിക ബജറ്റ് അനുവദിച്ചു", True),
    # none, said after or before
    ("बजेट वाढ नाही", False), ("બજેટમાં વધારો નહીં", False), ("Akukho ukwengezwa kwebhajethi", False),
    ("बजट में वृद्धि नहीं", False), ("ബജറ്റ് വർദ്ധിപ്പിച്ചില്ല", False), ("ബജറ്റ് വർദ്ധന ഇല്ല", False),
])
def test_indic_and_isizulu_budget_increases_are_read_and_their_denials_are_not(text: str, said: bool) -> None:
    from generator.questionnaire.funding import raises

    assert raises(text) is said


def test_lakh_and_crore_are_read_with_the_case_endings_written_onto_them() -> None:
    assert _amount("३२", "लाखांपैकी") == 3_200_000 and _amount("45", "લાખથી") == 4_500_000
    assert _amount("2", "कोटी") == 20_000_000 and _amount("1.2", "કરોડ") == 12_000_000
    assert _amount("6.5", "ലക്ഷം") == 650_000 and _amount("1.5", "കോടി") == 15_000_000
    assert _amount("2", "കോടിയുടെ") == 20_000_000 and _amount("38", "लाख") == 3_800_000


def test_a_dutch_split_with_a_budget_amendment_adds_the_rest_to_the_budget() -> None:
    """Review 122a F1: "€ 40.000 uit de post onvoorzien van het project en € 55.000 via een begrotingswijziging die de
    gemeenteraad op 2026-02-12 heeft vastgesteld" (a budget amendment) counted whole against the contingency: the
    charter, the change-control plan and the executive summary said it was exceeded by EUR 27,000."""
    from generator.questionnaire.funding import raised_part, raises

    notes = ("Dekking: € 40.000 uit de post onvoorzien van het project en € 55.000 via een begrotingswijziging die de "
             "gemeenteraad op 2026-02-12 heeft vastgesteld. Het totale projectbudget wordt daarmee € 735.000.")
    assert funding_said(notes) == "shared" and contingency_part(notes, 95000) == 40000 and raises(notes)
    request = _approved(notes, 95000)
    assert request_part(request) == 40000 and raised_part(request, 680000) == 55000


def test_a_dutch_split_with_an_increase_of_the_project_budget_adds_it() -> None:
    """Review 123a F1: "€ 94.000 uit de projectreserve en € 120.000 via een verhoging van het projectbudget ...
    Nieuw projectbudget € 1.760.000" was counted whole against the contingency, an overrun of EUR 53,500."""
    from generator.questionnaire.funding import new_total, raised_part

    notes = ("Stuurgroep akkoord op 2026-05-06. Financiering: € 94.000 uit de projectreserve en € 120.000 via een "
             "verhoging van het projectbudget, goedgekeurd door de Raad van Commissarissen op 2026-05-20. Nieuw "
             "projectbudget € 1.760.000.")
    assert funding_said(notes) == "shared" and new_total(notes) == 1760000
    request = _approved(notes, 214000)
    assert request_part(request) == 94000 and raised_part(request, 1640000) == 120000
    assert raised_part(request, 1760000) is None  # the budget answered is the new total


def test_notes_naming_the_source_of_an_increase_the_description_asks_for_add_it_to_the_budget() -> None:
    """Review 123c F1: "Erhöhung des Projektbudgets um 280.000 EUR" (the description), "Finanzierung aus den
    Rücklagen der Leistungsvereinbarung, nicht aus der Projektreserve" (the rectorate's decision notes) was counted as
    another source's money, "not from this budget"."""
    from generator.questionnaire.funding import raised_in_words, raised_where

    notes = ("Vom Rektorat in der Sitzung am 14. Juli 2026 genehmigt; Finanzierung aus den Rücklagen der "
             "Leistungsvereinbarung, nicht aus der Projektreserve.")
    request = dataclasses.replace(_approved(notes, 280000, title="Budgetaufstockung wegen gestiegener Hardwarepreise"),
                                  description="Erhöhung des Projektbudgets um 280.000 EUR.")
    assert raised_in_words(request) and raised_where(request) == "description"
    plain = dataclasses.replace(request, title="Neue Switches", description="Austausch der Switches")
    assert not raised_in_words(plain)  # another source's money, no increase asked


def test_malayalam_and_hindi_notes_paying_from_the_reserve_are_read() -> None:
    """Review 123b F4: "അംഗീകരിച്ചു — 6.5 ലക്ഷം രൂപ പദ്ധതിയുടെ കരുതൽ തുകയിൽ നിന്ന്" (approved, Rs 6.5 lakh from the
    project's reserve amount) and review 123a F9: "परियोजना निदेशक की सीमा के भीतर; आकस्मिक निधि से" (from the
    contingency fund) left CR-02 and CR-05 "whose funding is not recorded" in the executive summary."""
    for text in ("അംഗീകരിച്ചു — 6.5 ലക്ഷം രൂപ പദ്ധതിയുടെ കരുതൽ തുകയിൽ നിന്ന്", "കരുതൽ ധനത്തിൽ നിന്ന്",
                 "കണ്ടിൻജൻസി ഫണ്ടിൽ നിന്ന്", "परियोजना निदेशक की सीमा के भीतर; आकस्मिक निधि से",
                 "आरक्षित निधि में से", "कंटिन्जेंसी से"):
        assert says_from_contingency(text), text
    for text in ("കരുതൽ തുകയിൽ നിന്നല്ല; ഐടി വകുപ്പിന്റെ ബജറ്റിൽ നിന്ന്", "കരുതൽ തുകയിൽ നിന്ന് അല്ല",
                 "आकस्मिक निधि से नहीं, प्रशिक्षण बजट से"):
        assert funding_said(text) == "other" and denies_contingency(text), text
    assert funding_said("कुल लागत लगभग ₹24 लाख प्रशिक्षण बजट से") == "other"
    for text in ("आकस्मिक रूप से बंद", "खर्च बजट से अधिक", "परियोजना बजट से", "പദ്ധതിയുടെ ബജറ്റിൽ നിന്ന്",
                 "നിരസിച്ചു — കുട്ടികളുടെ ഡാറ്റ മതിയായില്ല",
                 # review 112c's rejected CR-002: "more than the contingency fund", no source
                 "आकस्मिक निधि से अधिक और GPS उपकरण सभी बसों में नहीं; अगले वित्त वर्ष में अलग परियोजना के रूप में "
                 "प्रस्ताव"):
        assert funding_said(text) == "", text  # (suddenly; above the budget; the project's own budget; rejected)
    from generator.questionnaire.funding import _PART, _found_amount

    notes = "അംഗീകരിച്ചു — 6.5 ലക്ഷം രൂപ പദ്ധതിയുടെ കരുതൽ തുകയിൽ നിന്ന്"  # (the amount the reserve pays, read too)
    assert [_found_amount(found) for found in _PART.finditer(notes)] == [650_000]
    assert [_found_amount(found) for found in _PART.finditer("₹38 लाख आकस्मिक निधि से")] == [3_800_000]


@pytest.mark.parametrize("notes, said", [
    # review 124c F4: "approved by the Programme Board" read as another source beside the contingency
    ("Above the SIRO's limit; approved by the Programme Board. Funded from contingency.", "contingency"),
    ("Funded by the Digital Programme", "other"),
    # review 124a F1: "betales af reserven" not read, "af budgetreserven" read as another budget
    ("Godkendt; betales af reserven", "contingency"), ("Godkendt; betales af budgetreserven", "contingency"),
    ("Godkendt; betales af IT-afdelingens driftsbudget", "other"),
    # review 124b F4: "su riserva di contingenza"
    ("Approvato, su riserva di contingenza", "contingency"),
])
def test_round_124_funding_words_are_read(notes: str, said: str) -> None:
    assert funding_said(notes) == said


@pytest.mark.parametrize("notes, said, raised", [
    # review 125b F1: a Swiss board's supplementary credit outside the project budget, read as a contingency overrun
    ("Der Verwaltungsrat hat einen Zusatzkredit von CHF 310'000 ausserhalb des Projektbudgets bewilligt.", "other",
     True),
    ("Nachtragskredit von EUR 80.000 genehmigt", "", True),
    ("The board approved additional funding of $310,000 outside the project budget.", "other", False),
    ("Funded from contingency; nothing outside the project budget", "contingency", False),
])
def test_round_125_funding_words_are_read(notes: str, said: str, raised: bool) -> None:
    assert (funding_said(notes), raises(notes)) == (said, raised)


@pytest.mark.parametrize("text", [
    # review 126b F2: a Dutch water board's additional credit, counted as a contingency overrun
    "Verhoging projectkrediet met € 185.000", "Het algemeen bestuur heeft het aanvullende krediet verleend.",
])
def test_round_126_increase_words_are_read(text: str) -> None:
    assert raises(text)


@pytest.mark.parametrize("notes, said", [
    # review 126c F2: a phase absorbing the work is no other source of money
    ("Approved from contingency; Build phase absorbs the work", "contingency"),
    ("Brightwater absorbs half of the cost; rest from contingency", "shared"),
])
def test_round_126_funding_words_are_read(notes: str, said: str) -> None:
    assert funding_said(notes) == said


def test_round_127_portuguese_funding_words_and_a_new_total_in_reais_are_read() -> None:
    """Review 127c F1: "O orçamento do projeto passou de R$ 2.400.000 para R$ 2.780.000, valor que já inclui esta
    mudança" beside a budget answered as BRL 2,780,000, the increase added a second time; "não como uso da
    contingência" read as naming the contingency; "Usa a contingência" not read."""
    from generator.questionnaire.funding import new_total

    notes = ("Aprovado pelo comitê como aumento de orçamento, não como uso da contingência. O orçamento do projeto "
             "passou de R$ 2.400.000 para R$ 2.780.000, valor que já inclui esta mudança.")
    assert new_total(notes) == 2780000 and raises(notes) and funding_said(notes) == "other"
    assert funding_said("Usa a contingência") == "contingency"
    assert funding_said("Pago sem usar a contingência") == "other"


def test_a_part_that_comes_from_the_contingency_beside_an_increase_voted_at_a_monthly_meeting_is_read() -> None:
    """Review 127a F1: "EUR 40,000 comes from the project contingency. The remaining EUR 55,000 is a budget increase,
    which the elected council approved at its monthly meeting" read as a budget increase paying all of EUR 95,000:
    the sentence was dropped as a running cost, and "comes from" not read."""
    notes = ("Approved. EUR 40,000 comes from the project contingency. The remaining EUR 55,000 is a budget increase, "
             "which the elected council approved at its monthly meeting on 8 June 2026 (resolution 2026/114).")
    assert funding_said(notes) == "shared" and contingency_part(notes, 95000) == 40000
    assert funding_said("Licence EUR 400 a month, paid from the operations budget") == ""  # still a running cost


def test_round_127_german_additional_funds_and_an_untouched_reserve_are_read() -> None:
    """Review 127b F1: "der Aufsichtsrat hat ... zusätzliche Mittel von 480.000 EUR bewilligt ... Die Reserve des
    Projekts bleibt unberührt" counted as a contingency overrun."""
    notes = ("Der Aufsichtsrat hat in seiner Sitzung am 09.07.2026 zusätzliche Mittel von 480.000 EUR bewilligt; der "
             "Wirtschaftsplan 2026 wird entsprechend angepasst. Die Reserve des Projekts bleibt unberührt.")
    assert raises(notes) and denies_contingency(notes)


def test_round_129_splits_in_dutch_and_in_lakh_and_dutch_words_of_the_contingency_are_read() -> None:
    """Review 129b F1-F3, F6: "€ 40.000 uit onvoorzien, de overige € 24.000 uit het budget informatievoorziening"
    was read as paid by another source alone; "Rs. 9 lakh from project contingency and balance Rs. 5.5 lakh billed to
    client" as the contingency alone; "ten laste van onvoorzien" as nothing; "inclusief 10% onvoorzien" as unsaid."""
    from generator.questionnaire.funding import INCLUDED, contingency_part, funding_said

    dutch = "Dekking: € 40.000 uit onvoorzien, de overige € 24.000 uit het budget informatievoorziening 2026"
    assert funding_said(dutch) == "shared" and contingency_part(dutch, 64000) == 40000
    lakh = ("Cost of Rs. 14.5 lakh to be met Rs. 9 lakh from project contingency and balance Rs. 5.5 lakh billed to "
            "client as per SOW clause 9")
    assert funding_said(lakh) == "shared" and contingency_part(lakh, 1450000) == 900000
    assert funding_said("Akkoord, binnen mandaat opdrachtgever; ten laste van onvoorzien") == "contingency"
    assert INCLUDED.search("Budget € 1.850.000 inclusief 10% onvoorzien")


def test_round_129c_a_brazilian_split_a_budget_line_and_a_requests_own_entry_in_the_log() -> None:
    """Review 129c F1: "R$ 175.000,00 do saldo da contingência e R$ 65.000,00 de aporte" read with no figure for each
    source; F2: "paid from the runner line item" counted against the contingency."""
    from generator.questionnaire.funding import contingency_part, funding_said

    notes = ("Financiamento: R$ 175.000,00 do saldo da contingência e R$ 65.000,00 de aporte da Diretoria de "
             "Tecnologia (remanejamento do orçamento de TI 2025)")
    assert funding_said(notes) == "shared" and contingency_part(notes, 240000) == 175000
    assert funding_said("Within PM authority; paid from the runner line item.") == "other"


def test_a_logged_decision_that_is_a_requests_own_is_no_other_draw_on_the_contingency(q: m.Questionnaire) -> None:
    """Review 129c F3: D-03, the change board's entry for CR-001 on its day ("Re-baseline Wave 2 ... and fund Windows
    runners from contingency"), was said to take an amount the figures do not count."""
    import dataclasses
    import datetime as dt

    from generator.questionnaire.funding import contingency_decisions

    first = q.change_control.requests[0]
    cr = dataclasses.replace(first, title="Windows build runners for nine legacy apps; re-baseline Wave 2",
                             status="approved", decision=m.Decision(by="board", date=dt.date(2027, 2, 16)))
    entry = m.LoggedDecision(id="D-09", date=dt.date(2027, 2, 16), by="board",
                             decision="Re-baseline Wave 2 and fund Windows runners from contingency")
    changed = dataclasses.replace(q, decisions=[entry], change_control=dataclasses.replace(
        q.change_control, requests=[cr, *q.change_control.requests[1:]]))
    assert contingency_decisions(changed) == []
    other_day = dataclasses.replace(entry, date=dt.date(2027, 2, 20))
    assert contingency_decisions(dataclasses.replace(changed, decisions=[other_day])) == [other_day]
    # review 139c F2: nor one related to a request ("related: [CR-003]"), whose cost the figures count
    related = dataclasses.replace(other_day, related=[cr.id])
    assert contingency_decisions(dataclasses.replace(changed, decisions=[related])) == []


def test_a_french_provision_pour_aleas_comprise_says_the_budget_includes_it() -> None:
    """Review 130c F6: "Budget voté ... de 1 250 000 € TTC, provision pour aléas comprise" read as unsaid."""
    from generator.questionnaire.funding import INCLUDED

    assert INCLUDED.search("Budget voté au BP 2025 de 1 250 000 € TTC, provision pour aléas comprise")


def test_a_mexican_split_in_mil_is_read() -> None:
    """Review 130b F1: "$250 mil se pagan con el ahorro ... y los $170 mil restantes salen de la contingencia" was read
    as the contingency paying all of MXN 420,000."""
    from generator.questionnaire.funding import contingency_part, funding_said

    notes = ("Aprobado por el Lic. Garza. $250 mil se pagan con el ahorro por reservar instancias de Azure y los $170 "
             "mil restantes salen de la contingencia.")
    assert funding_said(notes) == "shared" and contingency_part(notes, 420000) == 170000


def test_an_italian_split_with_a_budget_increase_voted_later_is_read() -> None:
    """Review 131a F1: "80.000 € dalla contingency di progetto; i restanti 100.000 € con integrazione di budget,
    approvata dal CdA nella seduta del 25/06/2026" read as an overrun of EUR 92,500."""
    import dataclasses
    import datetime as dt

    from generator.questionnaire.funding import contingency_part, funding_said, increase_days, raises

    notes = ("Approvata dal comitato di pilotaggio il 28/05/2026. Copertura: 80.000 € dalla contingency di progetto; "
             "i restanti 100.000 € con integrazione di budget, approvata dal CdA nella seduta del 25/06/2026.")
    assert funding_said(notes) == "shared" and contingency_part(notes, 180000) == 80000 and raises(notes)
    cr = m.ChangeRequest(id="CR-01", title="Variante", requested_by="A", date=dt.date(2026, 5, 20), description="x",
                         reason="y", status="approved", impact=m.Impact(cost=180000),
                         decision=m.Decision(by="board", date=dt.date(2026, 5, 28), notes=notes))
    assert increase_days([cr], []) == {"CR-01": dt.date(2026, 6, 25)}
    said = dataclasses.replace(cr, decision=dataclasses.replace(cr.decision, notes="Approved; budget increase agreed."))
    assert increase_days([said], []) == {}
    # review 164b F2: "Finance Committee added $180,000 to the budget on 6/11/2026", dated by the change's decision
    added = dataclasses.replace(cr, decision=dataclasses.replace(
        cr.decision, notes="Approved; Finance Committee added $180,000 to the budget on 2026-06-11. Gate moved."))
    assert increase_days([added], []) == {"CR-01": dt.date(2026, 6, 11)}


def test_words_of_an_estimate_before_contingency_say_nothing_of_the_budget() -> None:
    """The contingency is counted on top of the budget only where the words are the budget's ("plus 10%
    contingency" beside an amount or the word budget), not an estimate's ("400 days before contingency")."""
    from types import SimpleNamespace

    from generator.questionnaire.funding import on_top_said

    def said(text: str) -> str:
        return on_top_said(SimpleNamespace(constraints=[text], assumptions=[]), None)  # type: ignore[arg-type]

    assert said("Budget of $2.85m capital plus 10% contingency") == "constraints"
    assert said("EUR 450,000 plus 10% contingency") == "constraints"
    assert said("Vendor estimate 400 days before contingency") == ""


@pytest.mark.parametrize(("notes", "cost", "part"), [
    # review 132b F1: the other share "charged to" another budget
    ("Approved. $30,000 from contingency, $18,000 charged to the Nursing Informatics FY2027 operating budget.", 48000,
     30000),
    # review 132b F3: "suportados pela contingência", and as Spanish, Italian and French say it
    ("Aprovado. 40 000,00 € suportados pela contingência e 25 000,00 € pelo orçamento de 2026 da Direção de Canais "
     "Digitais.", 65000, 40000),
    ("EUR 30.000 cubiertos por la contingencia y EUR 10.000 con cargo al presupuesto de TI", 40000, 30000),
    ("30.000 EUR coperti dalla contingenza e 10.000 EUR dal budget di esercizio", 40000, 30000),
    ("30 000 € couverts par la réserve, 10 000 € sur le budget de la DSI", 40000, 30000),
    # review 132a F1: Swedish with no verb
    ("Godkänd. Kostnaden 1 150 000 kr finansieras med 700 000 kr ur projektets riskreserv och 450 000 kr ur "
     "förvaltningens driftbudget 2027.", 1150000, 700000),
    # review 133a F1: "programme contingency"; review 133c F1: Turkish, its "milyon TL" and "₺"
    ("Funded £120,000 from programme contingency and £190,000 from the Welsh Government Digital Transformation grant",
     310000, 120000),
    ("Değişiklik Kurulu onayladı. ₺400.000 proje yedek bütçesinden, kalan 1,5 milyon TL 2025 BT yatırım bütçesinden "
     "karşılanacak.", 1900000, 400000),
    # review 134a F1 (Dutch, a customer pays), 134c F1 (Austrian, "€ 120.000,–"), 134b F1 (deducted from an invoice)
    ("Kost € 85.000, waarvan € 40.000 uit de reserve en € 45.000 betaald door BelChem NV.", 85000, 40000),
    ("Genehmigt. Finanzierung: € 120.000,– aus der Projektreserve, € 120.000,– aus dem Sachaufwand der Sektion IV.",
     240000, 120000),
    ("Aprovada. R$ 40 mil da contingência e R$ 24 mil abatidos da fatura do fornecedor.", 64000, 40000),
    ("Approved. $30,000 from contingency; $10,000 deducted from the vendor invoice.", 40000, 30000),
])
def test_a_split_in_these_words_gives_the_contingencys_part(notes: str, cost: float, part: float) -> None:
    assert funding_said(notes) == "shared" and contingency_part(notes, cost) == part


def test_these_words_are_no_share_of_the_contingency() -> None:
    assert funding_said("No se paga por la contingencia") == "other"
    assert funding_said("Onaylandı; ₺120.000 BT operasyon bütçesinden karşılandı, proje yedeğinden kullanılmadı.") == \
        "other"  # review 133c F2
    assert funding_said("Onaylandı; ₺850.000 proje yedek bütçesinden karşılanacak.") == "contingency"
    # review 133a F2: "budget rises from £3.4m to £3.59m" raises it
    assert raises("Approved programme budget rises from £3.4m to £3.59m") and not raises("The budget was not increased")
    assert funding_said("Cost charged to the project budget, from contingency") == "contingency"


def test_a_portuguese_budget_including_a_percentage_of_contingency_includes_it() -> None:
    """Review 132b F6: "Orçamento de 1 250 000,00 €, incluindo 10 % de contingência" read as not recorded."""
    scope = m.Scope(in_=["APIs"], out=[], deliverables=[m.Deliverable(name="D", description="D", acceptance=["a"])],
                    constraints=["Orçamento de 1 250 000,00 €, incluindo 10 % de contingência"])
    assert included_said(scope, None) == "constraints"
    # review 135a F8: Finnish, "Budjetti 1,2 milj. € sisältää 10 %:n varauksen (120 000 €)"; and Czech
    for said in ("Budjetti 1,2 milj. € sisältää 10 %:n varauksen (120 000 €)", "Rozpočet 12 mil. Kč včetně rezervy"):
        assert included_said(dataclasses.replace(scope, constraints=[said]), None) == "constraints", said


def test_a_draw_on_the_contingency_a_status_report_records_is_found(q: m.Questionnaire) -> None:
    """Review 132c F1: "R-06 occurred - about KES 400,000 drawn from contingency for the exchange-rate difference" in a
    report's budget note, beside a charter's "Contingency remaining" counting approved changes only."""
    from generator.questionnaire.funding import reported_draws

    said = "R-06 occurred - about KES 400,000 drawn from contingency for the exchange-rate difference"
    day = q.project.start + dt.timedelta(days=60)
    report = m.StatusReport(date=day, overall="amber", summary="On track.",  # type: ignore[call-arg]
                            budget=m.BudgetStatus(rating="amber", spent=1000, note=said))
    later = dataclasses.replace(report, date=day + dt.timedelta(days=30), budget=report.budget)
    q2 = dataclasses.replace(q, status_reports=[later, report])
    assert reported_draws(q2) == [(day, said)] and reported_draws(q2, day - dt.timedelta(days=1)) == []
    # a request's own draw, or the reserve's balance, is no other draw
    for note in ("$125,000 of contingency committed to CR-002 and CR-003", "Contingency left: KES 2,050,000",
                 "Contingency draws on track"):
        noted = dataclasses.replace(report, budget=m.BudgetStatus(rating="amber", spent=1000, note=note))
        assert reported_draws(dataclasses.replace(q, status_reports=[noted])) == [], note


def test_a_rationale_saying_the_contingency_covers_what_a_paid_request_is_about_is_no_other_draw(
        q: m.Questionnaire) -> None:
    """Review 132c F8: B-03's rationale "Reserven dekker pausen" (the reserve covers the pause) was said to take an
    amount the figures do not count, beside CR-01 "Sette prosjektet på pause i to måneder", paid from the reserve."""
    from generator.questionnaire.funding import contingency_decisions

    first = q.change_control.requests[0]
    cr = dataclasses.replace(first, title="Sette prosjektet på pause i to måneder", status="implemented",
                             decision=m.Decision(by="board", date=dt.date(2027, 1, 18),
                                                 notes="Kostnaden dekkes av reserven."))
    entry = m.LoggedDecision(id="B-03", date=dt.date(2027, 3, 5), by="Ingrid Søreide",
                             decision="Ny plan med sluttdato 31. oktober innenfor samme budsjettramme",
                             rationale="Reserven dekker pausen; ingen behov for ny bevilgning")
    changed = dataclasses.replace(q, decisions=[entry], change_control=dataclasses.replace(
        q.change_control, requests=[cr, *q.change_control.requests[1:]]))
    assert contingency_decisions(changed) == []
    priced = dataclasses.replace(entry, rationale="Reserven dekker pausen med kr 80 000")
    assert contingency_decisions(dataclasses.replace(changed, decisions=[priced])) == [priced]


def _voted_later() -> tuple[m.ChangeRequest, m.LoggedDecision]:
    """Return review 133b's CR-002, approved by the change board on 2026-01-27 with its increase still to be voted,
    and D-05, the directorio's vote of 2026-03-26 naming it in its rationale."""
    cr = m.ChangeRequest(id="CR-002", title="Cobertura rajo sur", requested_by="Ana", date=dt.date(2026, 1, 10),
                         description="Ampliar la cobertura", reason="Plan minero", status="approved",
                         impact=m.Impact(cost=850_000_000),
                         decision=m.Decision(by="board", date=dt.date(2026, 1, 27), notes=(
                             "Financiamiento: $ 250.000.000 con cargo a la contingencia y $ 600.000.000 con un aumento "
                             "de presupuesto que debe aprobar el directorio.")))
    vote = m.LoggedDecision(id="D-05", date=dt.date(2026, 3, 26), by="Patricio", decision=(
        "El directorio aprueba aumentar el presupuesto del proyecto en $ 600.000.000, de $ 6.500.000.000 a "
        "$ 7.100.000.000"), rationale="Financiar la ampliación de cobertura al rajo sur (CR-002)")
    return cr, vote


def test_a_spanish_vote_naming_the_request_in_its_rationale_dates_the_increase() -> None:
    """Review 133b F2: the change board approved CR-002 on 2026-01-27, the directorio voted the increase on
    2026-03-26 (D-05, "aumentar el presupuesto ... en $ 600.000.000", its rationale naming CR-002)."""
    from generator.questionnaire.funding import increase_days

    cr, vote = _voted_later()
    assert increase_days([cr], [vote]) == {"CR-002": dt.date(2026, 3, 26)}


def test_a_romanian_split_between_the_reserve_and_eu_funds_is_read() -> None:
    """Review 136a F1: "85.000 lei din rezerva pentru neprevăzute și 1,2 milioane lei din fonduri PNRR", read as no
    funding said, RON 1,007,000 beyond the contingency in seven documents."""
    from generator.questionnaire.funding import _amount, contingency_part, cost_funding

    text = ("Aprobat în ședința Comitetului director din 18.02.2026. Finanțare: 85.000 lei din rezerva pentru "
            "neprevăzute și 1,2 milioane lei din fonduri PNRR (realocarea economiilor la licitație).")
    assert cost_funding(text, 1_285_000) == "shared"
    assert contingency_part(text, 1_285_000) == 85_000
    assert _amount("1,2", "milioane") == 1_200_000


def test_a_french_and_a_dutch_split_with_a_grant_are_read() -> None:
    """Reviews 137b F1, 137c F1: "45 000 € sur la réserve pour imprévus et 40 000 € sur le subside FEDER" and "Van de
    € 85.000 betaalt de Provincie Zuid-Holland € 50.000 uit de subsidie ...; de overige € 35.000 komt uit
    onvoorzien", each counted whole against the contingency in six or seven documents."""
    from generator.questionnaire.funding import OTHER_SOURCE, contingency_part, cost_funding

    french = ("Financement des 85 000 € : 45 000 € sur la réserve pour imprévus et 40 000 € sur le subside FEDER "
              "(avenant n° 2 à la convention).")
    dutch = ("Goedgekeurd door de stuurgroep. Van de € 85.000 betaalt de Provincie Zuid-Holland € 50.000 uit de subsidie "
             "cyberweerbaarheid; de overige € 35.000 komt uit onvoorzien.")
    for text, part in ((french, 45_000), (dutch, 35_000)):
        assert cost_funding(text, 85_000) == "shared", text
        assert contingency_part(text, 85_000) == part, text
    assert not OTHER_SOURCE.search("De stuurgroep betaalt de reserve terug")


def test_a_czech_split_between_the_reserve_and_the_customer_is_read() -> None:
    """Review 135b F1: "850 000 Kč z rezervy projektu, 600 000 Kč hradí zákazník AutoComp", read as all of CZK
    1,450,000 from the reserve, "exceeded by CZK 370,000" in seven documents."""
    from generator.questionnaire.funding import _amount, contingency_part, cost_funding

    text = ("Náklady 1 450 000 Kč – 850 000 Kč z rezervy projektu, 600 000 Kč hradí zákazník AutoComp podle dodatku "
            "č. 2 ke smlouvě.")
    assert cost_funding(text, 1_450_000) == "shared"
    assert contingency_part(text, 1_450_000) == 850_000
    assert _amount("12", "mil.") == 12_000_000 and _amount("170", "mil") == 170_000
    assert _amount("1,2", "milj.") == 1_200_000 and _amount("2,5", "miljoner") == 2_500_000


def test_a_vote_giving_the_answered_budget_as_the_new_total_says_the_budget_holds_the_increase() -> None:
    """Review 133b F3: the directorio's vote D-05 takes the budget "de $ 6.500.000.000 a $ 7.100.000.000", the budget
    answered as 7.1 bn: that amount holds CR-002's increase, which the documents added on top (7.7 bn)."""
    from generator.questionnaire.funding import (held_increases, included_part, new_total, raised_part, voted_words,
                                                 voting_id)

    cr, vote = _voted_later()
    assert new_total(vote.decision) == 7_100_000_000
    assert new_total("The board raises the budget by $600,000, from $6.5m to $7.1m") == 7_100_000
    votes = voted_words(cr, [vote])
    assert votes == (vote.decision,)
    assert voting_id(cr, [vote], 7_100_000_000) == "D-05" and voting_id(cr, [vote], 6_500_000_000) is None
    assert included_part(cr, 7_100_000_000, votes) == 600_000_000 and raised_part(cr, 7_100_000_000, votes) is None
    # answered as the baseline, 6.5 bn: the increase is added, as before
    assert included_part(cr, 6_500_000_000, votes) is None and raised_part(cr, 6_500_000_000, votes) == 600_000_000
    assert held_increases([cr], 7_100_000_000, None, {"CR-002": vote.date}, [vote]) == (
        ("CR-002", dt.date(2026, 3, 26), 600_000_000),)
    # a decision before the request's own, or not naming it, votes nothing
    early = dataclasses.replace(vote, date=dt.date(2026, 1, 2))
    other = dataclasses.replace(vote, rationale="Financiar la ampliación de cobertura al rajo sur")
    assert voted_words(cr, [early, other]) == ()


def test_hungarian_korean_and_indonesian_funding_is_read() -> None:
    """Review 138: a Hungarian split between the reserve and an EU grant (138a F1), a Korean one between the reserve
    and a team's budget, in 만 원 (138c F2), and Indonesian "dari kontinjensi" (138b F7) were read as not recorded, and
    every contingency figure of the packs counted the whole cost against the reserve."""
    hungarian = ("Jóváhagyva, 85 millió Ft. Fedezet: 40 millió Ft a projekttartalékból, 45 millió Ft a DIMOP Plusz "
                 "támogatási szerződés módosításával elnyert többlettámogatásból.")
    assert funding_said(hungarian) == "shared" and contingency_part(hungarian, 85e6) == 40e6
    assert funding_said("Jóváhagyva a tartalék terhére (2,8 millió Ft).") == "contingency"
    korean = "승인. 3,500만 원 중 2,000만 원은 예비비, 1,500만 원은 생산기술팀 설비 예산에서 전용."
    assert funding_said(korean) == "shared" and contingency_part(korean, 35e6) == 20e6
    assert funding_said("승인. 스프린트 12에 반영, 예비비 800만 원 사용.") == "contingency"
    assert funding_said("Disetujui; Rp 15 juta dari kontinjensi (sisa Rp 55 juta).") == "contingency"
    indonesian = "Rp 40 juta dari kontinjensi, sisanya Rp 60 juta dari anggaran operasional Direktorat Keuangan."
    assert funding_said(indonesian) == "shared" and contingency_part(indonesian, 100e6) == 40e6
    assert _amount("3,500", "만") == 35e6 and _amount("12", "억") == 12e8 and _amount("2,5", "miliar") == 2.5e9
    assert _amount("1,5", "milliárd") == 1.5e9 and _amount("750", "juta") == 750e6


def test_slovak_and_thai_splits_with_a_grant_are_read() -> None:
    """Review 139a F1: "120 000 € z rezervy projektu, 230 000 € z Plánu obnovy", read as the reserve paying it all and
    exceeded by EUR 79,500 in six documents; review 139b F1, F2: "500,000 บาท จากทุนวิจัย วช. และ 350,000 บาท
    จากงบสำรองโครงการ", the contingency left THB 500,000 short."""
    from generator.questionnaire.funding import _GRANT

    slovak = "Schválené v plnej výške 350 000 €: 120 000 € z rezervy projektu, 230 000 € z Plánu obnovy."
    assert funding_said(slovak) == "shared" and contingency_part(slovak, 350_000) == 120_000 and _GRANT.search(slovak)
    thai = "อนุมัติวงเงิน 850,000 บาท โดย 500,000 บาท จากทุนวิจัย วช. และ 350,000 บาท จากงบสำรองโครงการ"
    assert funding_said(thai) == "shared" and contingency_part(thai, 850_000) == 350_000 and _GRANT.search(thai)
    assert funding_said("อนุมัติในอำนาจผู้จัดการโครงการ 45,000 บาท จากงบสำรอง") == "contingency"
    assert _amount("12", "ล้าน") == 12e6


@pytest.mark.parametrize("notes, part", [
    ("Approved: the insurer pays R1.2m and the rest from contingency.", 800_000.0),
    ("Approved: R800 000 from contingency, the insurer pays the rest.", 800_000.0),
])
def test_another_party_paying_an_amount_or_the_rest_shares_the_cost_with_the_contingency(notes: str,
                                                                                         part: float) -> None:
    """A South African split (review 140 preparation): the other party named by what it pays, not by a known word."""
    assert funding_said(notes) == "shared"
    assert contingency_part(notes, 2_000_000.0) == part


def test_another_party_covering_the_full_cost_pays_it_and_the_project_itself_does_not() -> None:
    assert funding_said("Approved; the bank partner (Equity) covers the full Ksh 3.2 million.") == "other"
    assert funding_said("The project pays the full amount to the vendor.") == ""
    assert funding_said("Approved: the contingency covers the full cost.") == "contingency"
    assert funding_said("The change covers the full scope of the audit; from contingency.") == "contingency"


@pytest.mark.parametrize("notes, part", [
    ("Одобрено от общинския съвет: 120 000 лв. от резерва на проекта, останалите 80 000 лв. се финансират от "
     "ОП „Региони в растеж“.", 120_000.0),
    ("Одобрено: 1,4 млн. лв. от резерва, останалите от ОП.", 1_400_000.0),
    ("Apstiprināts: 40 000 € no projekta rezerves, pārējo sedz ekspluatācijas budžets.", 40_000.0),
])
def test_bulgarian_and_latvian_splits_give_the_contingency_its_part(notes: str, part: float) -> None:
    assert funding_said(notes) == "shared"
    assert contingency_part(notes, 2_000_000.0) == part


def test_bulgarian_and_latvian_notes_paying_from_the_reserve_are_read() -> None:
    assert funding_said("Одобрено. Покрива се изцяло от резерва за непредвидени разходи.") == "contingency"
    assert funding_said("Apstiprināts, segts no neparedzēto izdevumu rezerves.") == "contingency"
    assert funding_said("Одобрено от общинския съвет.") == ""


def test_bulgarian_and_latvian_splits_of_the_review_are_read() -> None:
    """Review 140a F1: "180 000 лв. ... по ОП „Региони в растеж“ ... и 70 000 лв. от резерва на проекта" counted whole
    against the reserve in eight documents; review 140b F1: "30 000 € no Operāciju departamenta 2026. gada budžeta"."""
    from generator.questionnaire.funding import _GRANT

    bulgarian = ("Одобрено. Стойност 250 000 лв. с ДДС: 180 000 лв. (ок. 92 033 евро) по ОП „Региони в растеж“ "
                 "2014–2020 съгласно анекс № 2 и 70 000 лв. от резерва на проекта.")
    assert funding_said(bulgarian) == "shared" and contingency_part(bulgarian, 250_000) == 70_000
    assert _GRANT.search(bulgarian)
    latvian = ("Apstiprināts 85 000 € apmērā: 55 000 € no projekta rezerves, 30 000 € no Operāciju departamenta "
               "2026. gada budžeta (izmaksu centrs OPS-210).")
    assert funding_said(latvian) == "shared" and contingency_part(latvian, 85_000) == 55_000
    assert not _GRANT.search(latvian)


def test_a_grant_paid_directly_to_the_supplier_is_no_part_of_the_projects_spending() -> None:
    """Review 140c F1: the insurer's grant "paid directly to the supplier" was added to the planned cost and the
    amount remaining, beside "Final cost R17,9 million against the R18,5 million budget"."""
    from generator.questionnaire.funding import granted

    def request(notes: str) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-001", title="SOC tooling", requested_by="A", date=dt.date(2024, 8, 1),
                               status="approved", impact=m.Impact(cost=2_400_000.0),
                               decision=m.Decision(by="Board", date=dt.date(2024, 9, 1), notes=notes))

    direct = ("Approved. Total cost R2.4m: R1,5 million funded by the insurer's risk-improvement grant (paid directly "
              "to the supplier) and R900 000 from project contingency.")
    assert not granted(request(direct)) and contingency_part(direct, 2_400_000) == 900_000
    assert granted(request(direct.replace(" (paid directly to the supplier)", "")))


def test_a_grant_claim_booked_outside_the_project_budget_is_not_the_projects_money() -> None:
    """Review 161b F2: half another department's opex and half a grant claim, "not from project budget or
    contingency", read as SGD 28,000 of grant funding on top of the project's money (SGD 488,000 left for 460,000)."""
    from generator.questionnaire.funding import granted

    def request(notes: str) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-003", title="Retrofit 4G gateways", requested_by="A", date=dt.date(2026, 10, 19),
                               status="approved", impact=m.Impact(cost=28_000.0, funding="other"),
                               decision=m.Decision(by="Sponsor", date=dt.date(2026, 10, 26), notes=notes))

    notes = "Approved. Paid S$14k from Cold Chain opex FY26 and S$14k from EDG grant claim — not from project budget or contingency."
    assert not granted(request(notes))
    assert not granted(request("Approve; fund outside project budget (EDG grant claim + Cold Chain opex)"))
    assert granted(request(notes.replace(" — not from project budget or contingency", "")))


def test_an_award_the_work_is_about_is_no_grant_paying_for_it() -> None:
    """Review 163c F4: "committed effort by person and award" (research awards, the data the project handles) read the
    Provost's fund transfer as "USD 42,000 of grant funding"."""
    from generator.questionnaire.funding import granted

    def request(description: str, notes: str) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-003", title="Effort data", requested_by="A", date=dt.date(2025, 7, 21),
                               description=description, status="approved",
                               impact=m.Impact(cost=42_000.0, funding="other"),
                               decision=m.Decision(by="board", date=dt.date(2025, 8, 13), notes=notes))

    transfer = "Funded by a $42,000 transfer from the Provost's Research Data Strategic Fund"
    assert not granted(request("Add committed effort by person and award to the model", transfer))
    assert granted(request("Add effort data", "Funded by the Innovation Award of the city"))
    assert granted(request("Add effort data, paid by the state grant", transfer))


def test_a_negative_cost_whose_words_cut_the_budget_is_a_cut_taken_off_or_held_by_the_amount() -> None:
    """Reviews 140a F7, 140c F3, F7: a council's and a finance committee's cuts, recorded as negative costs with no
    impact.funding, read as savings ("MXN 650,000 saved in total"); the amount recorded may be after the cut."""
    from generator.questionnaire.funding import cut_in_words, cut_read, held_increases

    def request(title: str, description: str, cost: float = -1_500_000.0) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-002", title=title, requested_by="A", date=dt.date(2025, 5, 20),
                               description=description, status="approved", impact=m.Impact(cost=cost),
                               decision=m.Decision(by="board", date=dt.date(2025, 5, 29), notes="Aprobado."))

    mexican = request("Reducción de alcance por recorte presupuestal",
                      "Ajustar el alcance al presupuesto de MXN 11 millones aprobado por el Comité de Finanzas")
    assert cut_in_words(mexican) and cut_read(mexican, 11_000_000.0) == "included"
    assert cut_read(mexican, 12_500_000.0) == "added"  # (the amount recorded is the one before it)
    assert held_increases([mexican], 11_000_000.0, dt.date(2025, 4, 30)) == (("CR-002", dt.date(2025, 5, 29),
                                                                               -1_500_000.0),)
    bulgarian = request("Намаляване на бюджета с 120 000 лв.", "Общинският съвет намали средствата", -120_000.0)
    assert cut_read(bulgarian, 1_400_000.0) == "added"
    assert not cut_in_words(request("Use a cheaper licence", "Saves money on licences", -20_000.0))
    assert not cut_in_words(dataclasses.replace(mexican, impact=m.Impact(cost=-1_500_000.0, funding="contingency")))


@pytest.mark.parametrize("notes, cost, part", [
    # review 141b F1: Estonian, and Malay with an English word for the reserve
    ("Kinnitatud 95 000 eurot: 40 000 eurot projekti reservist ja 55 000 eurot EL struktuurivahenditest.", 95_000, 40_000),
    ("Diluluskan RM850,000: RM500,000 daripada contingency program dan RM350,000 daripada bajet OPEX IT 2027.",
     850_000, 500_000),
    # review 141c F2: Austrian German, the customer's share said after the reserve's
    ("Genehmigt. Kosten € 85.000,–: davon € 50.000,– aus der Projektreserve, € 35.000,– trägt der Kunde lt. Bestellung "
     "vom 3. 7. 2026.", 85_000, 50_000),
    # review 141a F1: Hebrew, the reserve in its construct form
    ("אושר. מימון: 200,000 ש״ח ממענק רשות החדשנות ו-150,000 ש״ח מרזרבת הפרויקט.", 350_000, 150_000),
    # review 144a F1: Kazakh, an Asian Development Bank loan and the project's reserve, in tenge
    ("Құны 85 млн ₸: 50 млн ₸ АДБ қарызы есебінен (ADB no objection хаты 2026 ж. 16 маусым), 35 млн ₸ жоба "
     "резервінен. Резерв қалдығы — 10 млн ₸.", 85_000_000, 35_000_000),
    # review 145: Lithuanian thousands and the project's reserve; Chinese ten thousands (万) and its contingency reserve
    ("Patvirtinta 85 tūkst. eurų. Finansavimas: 55 tūkst. eurų – Modernizavimo fondo lėšos (papildomas susitarimas "
     "pasirašytas 2026-07-10), 30 tūkst. eurų – iš projekto rezervo.", 85_000, 30_000),
    ("批准。费用共15万元：集团数字化专项资金承担6.5万元（吴刚确认7月到位），其余8.5万元从项目应急储备中列支，应急储备剩余3.5万元。",
     150_000, 85_000),
    # review 146c F1: Uzbek, a World Bank loan and the project's reserve, in millions of som
    ("Tasdiqlandi. 850 mln so‘mdan 500 mln so‘m Jahon banki qarzi hisobidan, 350 mln so‘m loyiha zaxirasidan "
     "(kontingensiya) moliyalashtiriladi.", 850_000_000, 350_000_000),
])
def test_two_amounts_adding_up_to_the_cost_split_it_in_any_language_whose_reserve_is_read(notes: str, cost: float,
                                                                                            part: float) -> None:
    from generator.questionnaire.funding import split_amounts

    assert cost_funding(notes, cost) == "shared" and contingency_part(notes, cost) == part
    assert split_amounts(notes, cost) == part
    assert split_amounts("Approved EUR 40,000 from the reserve (EUR 10,000 already spent).", 40_000) is None


def test_arabic_and_us_federal_notes_say_who_pays() -> None:
    """Review 141c F3: "ولا يُخصم أي مبلغ من احتياطي الطوارئ" (no amount taken from the reserve), the parent paying all,
    read as the reserve paying; review 141a F2: "Approved from the management reserve"."""
    arabic = ("تمت الموافقة على أن تتحمل الشركة الأم كامل التكلفة البالغة AED 400,000، ولا يُخصم أي مبلغ من احتياطي "
              "الطوارئ.")
    assert funding_said(arabic) == "other"
    assert funding_said("Approved from the management reserve. Contract Modification P00002 signed.") == "contingency"


def test_a_budget_that_drops_is_a_cut() -> None:
    """Review 141a F2: a continuing resolution's $850K cut, "The project budget drops from $4.2M to $3.35M", shown as
    "USD 850,000 saved" with the budget still $4.2M."""
    from generator.questionnaire.funding import cut_read

    cr = m.ChangeRequest(id="CR-002", title="Continuing resolution", requested_by="A", date=dt.date(2025, 4, 1),
                         status="implemented", impact=m.Impact(cost=-850_000.0),
                         decision=m.Decision(by="board", date=dt.date(2025, 4, 15),
                                             notes="Approved. The project budget drops from $4.2M to $3.35M."))
    assert cut_read(cr, 4_200_000.0) == "added" and cut_read(cr, 3_350_000.0) == "included"


def test_an_increase_by_an_amount_to_a_total_gives_the_new_total() -> None:
    """Review 141c F1: "Budgeterhöhung um € 150.000,– auf € 1,35 Mio.", the budget answered as EUR 1.35m, had the
    increase added again (EUR 1,500,000 in four documents)."""
    from generator.questionnaire.funding import increase_read, new_total

    notes = ("Genehmigt. Finanziert nicht aus der Reserve, sondern durch die Budgeterhöhung um € 150.000,– auf "
             "€ 1,35 Mio. lt. Umlaufbeschluss des Aufsichtsrats vom 22. 9. 2026.")
    assert new_total(notes) == 1_350_000 and new_total("a budget increase of EUR 150,000 to EUR 1.35m") == 1_350_000
    cr = m.ChangeRequest(id="CR-003", title="Zusätzliche Prüfstände", requested_by="A", date=dt.date(2026, 9, 1),
                         status="approved", impact=m.Impact(cost=150_000.0),
                         decision=m.Decision(by="board", date=dt.date(2026, 9, 22), notes=notes))
    assert increase_read(cr, 1_350_000.0) == "included" and increase_read(cr, 1_200_000.0) == "added"


@pytest.mark.parametrize("notes, cost, part", [
    # review 142c F1: Vietnamese, the reserve's amount said again at the end
    ("Duyệt tổng chi phí 800 triệu đồng: 500 triệu đồng lấy từ dự phòng của dự án, 300 triệu đồng do MoMo tài trợ từ "
     "quỹ marketing đối tác. Phần dự án tự chi là 500 triệu đồng.", 800_000_000, 500_000_000),
    # review 142a F1: Serbian, the grant's share in euros and dinars
    ("Odobreno. Ukupno 33,6 miliona dinara: €180.000 (oko 21,1 miliona dinara) iz IPA granta, a preostalih 12,5 miliona "
     "dinara iz rezerve projekta.", 33_600_000, 12_500_000),
    # review 142b F1: Bengali, its digits, lakh and the taka's case ending
    ("অনুমোদিত। মোট ১৮ লাখ টাকার মধ্যে ৯ লাখ টাকা Nordvik Retail AB সহ-অর্থায়ন করবে, বাকি ৯ লাখ টাকা প্রকল্পের "
     "কন্টিনজেন্সি থেকে।", 1_800_000, 900_000),
])
def test_round_142_splits_are_read(notes: str, cost: float, part: float) -> None:
    assert cost_funding(notes, cost) == "shared" and contingency_part(notes, cost) == part


def test_a_grant_paid_straight_to_the_contractor_in_vietnamese_is_not_spent_by_the_project() -> None:
    """Review 142c F1: "MoMo thanh toán trực tiếp cho nhà thầu Sao Mai", the partner paying the contractor itself."""
    from generator.questionnaire.funding import granted

    def request(notes: str) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-002", title="MoMo", requested_by="A", date=dt.date(2025, 5, 19),
                               status="approved", impact=m.Impact(cost=800_000_000.0),
                               decision=m.Decision(by="board", date=dt.date(2025, 6, 3), notes=notes))

    paid = "300 triệu đồng do MoMo tài trợ (MoMo thanh toán trực tiếp cho nhà thầu Sao Mai)"
    assert not granted(request(paid)) and granted(request("300 triệu đồng do MoMo tài trợ"))


def test_funding_cut_in_greek_swahili_and_serbian_is_a_budget_cut() -> None:
    """Reviews 142c F3, 142a F2: an RRF cut ("μείωσε τη χρηματοδότηση από €1,2 εκατ. σε 850.000 ευρώ") and a donor's
    ("Mfadhili amepunguza ruzuku kwa KSh 12.6M") read as savings that may go back to the contingency."""
    from generator.questionnaire.funding import cut_in_words, cut_read

    def request(title: str, reason: str) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-01", title=title, requested_by="A", date=dt.date(2024, 9, 30), reason=reason,
                               status="implemented", impact=m.Impact(cost=-350_000.0),
                               decision=m.Decision(by="board", date=dt.date(2024, 10, 15), notes="OK."))

    greek = request("Μείωση αντικειμένου λόγω περικοπής της χρηματοδότησης ΤΑΑ",
                    "Η Μονάδα Υλοποίησης μείωσε τη χρηματοδότηση από €1,2 εκατ. σε 850.000 ευρώ")
    assert cut_in_words(greek) and cut_read(greek, 1_200_000.0) == "added"
    assert cut_in_words(request("Kupunguza wigo baada ya kupunguzwa kwa ufadhili", "Barua ya mfadhili"))
    assert cut_in_words(request("Smanjenje budžeta projekta", "Odluka skupštine grada"))
    assert cut_in_words(request("Scope cut", "The funding was cut by the donor"))
    assert not cut_in_words(request("Use a cheaper licence", "Η άδεια κοστίζει λιγότερο"))


def test_a_polish_cut_in_millions_and_thousands_of_zloty_is_a_budget_cut_with_its_new_total() -> None:
    """Review 144a F3, F4: the board's cut "obniżył budżet projektu z 1,2 mln zł do 1,05 mln zł" read as "PLN 150,000
    saved", the budget left at PLN 1,200,000 in every report after it; "mln" and "tys." were no amounts' scales."""
    from generator.questionnaire.funding import cut_in_words, cut_read, new_total

    cut = m.ChangeRequest(id="CR-002", title="Redukcja budżetu o 150 tys. zł zgodnie z uchwałą Zarządu",
                          requested_by="A", date=dt.date(2026, 1, 21),
                          description="Zarząd w ramach rewizji planu finansowego na 2026 r. obniżył budżet projektu z "
                                      "1,2 mln zł do 1,05 mln zł.",
                          status="implemented", impact=m.Impact(cost=-150_000.0),
                          decision=m.Decision(by="board", date=dt.date(2026, 1, 28),
                                              notes="Przyjęte. Rezerwa po CR-001 (35 tys. zł) pozostaje bez zmian."))
    assert cut_in_words(cut) and new_total(cut.description) == 1_050_000
    assert cut_read(cut, 1_200_000.0) == "added" and cut_read(cut, 1_050_000.0) == "included"
    assert contingency_part("Przyjęte: 35 tys. zł z rezerwy, reszta z budżetu IT", 85_000) == 35_000
    assert cut_in_words(dataclasses.replace(cut, title="Сокращение бюджета проекта", description=None))
    colombian = dataclasses.replace(cut, description="La Junta Directiva redujo el presupuesto del proyecto de "
                                    "$ 1.200 millones a $ 1.000 millones.")  # (review 146a F1: dots group thousands)
    assert new_total(colombian.description) == 1_000_000_000 and cut_read(colombian, 1_000_000_000.0) == "included"
    czech = dataclasses.replace(cut, title="Vyřazení webhooků", description="Po snížení rozpočtu představenstvem z "
                                "12,5 mil. Kč na 10,5 mil. Kč vyřadit z rozsahu webhooky.")  # (review 145a F5)
    assert cut_in_words(czech) and new_total(czech.description) == 10_500_000
    assert not cut_in_words(dataclasses.replace(cut, title="Tańsza licencja", description="Oszczędność na licencjach"))


def test_an_icelandic_increase_from_one_total_to_another_gives_the_new_total() -> None:
    """Review 142b F2: "að hækka fjárhagsáætlun verkefnisins úr 85 milljónum króna í 97,5 m.kr.", the budget answered
    with the increase in it, shown as paid from other sources."""
    from generator.questionnaire.funding import new_total, raises

    notes = ("Stjórn Hengilsorku hf. samþykkti á fundi 22. maí 2025 að hækka fjárhagsáætlun verkefnisins úr 85 "
             "milljónum króna í 97,5 m.kr. Kostnaðurinn, 12,5 m.kr., er greiddur af nýju fjárheimildinni.")
    assert raises(notes) and new_total(notes) == 97_500_000


def test_round_143_money_is_read() -> None:
    """Reviews 143b F1 (Ukrainian "тис. грн"), 143c F1 ("Keine Budgeterhöhung" read as a budget increase), 143c F2-F3
    (a Norwegian council's cut, "reduserte prosjektets ramme fra 5,2 til 4,5 millioner kroner")."""
    from generator.questionnaire.funding import cut_in_words, cut_read, new_total, raises

    ukrainian = ("Вартість 850 тис. грн: 600 тис. грн — з гранту донорської програми, 250 тис. грн — з резерву на "
                 "непередбачені витрати.")
    assert cost_funding(ukrainian, 850_000) == "shared" and contingency_part(ukrainian, 850_000) == 250_000
    assert not raises("CHF 160'000 trägt die Finovo AG, CHF 190'000 gehen zulasten der Projektreserve. Keine "
                      "Budgeterhöhung.")
    assert raises("Genehmigt mit einer Budgeterhöhung um CHF 50'000") and not raises("No budget increase is needed.")
    reason = "Bystyret reduserte prosjektets ramme fra 5,2 til 4,5 millioner kroner i revidert budsjett 17.06.2026."
    assert new_total(reason) == 4_500_000
    cut = m.ChangeRequest(id="CR-02", title="Nedskalering etter bystyrets budsjettkutt", requested_by="A",
                          date=dt.date(2026, 6, 22), reason=reason, status="approved", impact=m.Impact(cost=-700_000.0),
                          decision=m.Decision(by="A", date=dt.date(2026, 6, 26), notes="Godkjent av prosjekteier."))
    assert cut_in_words(cut) and cut_read(cut, 4_500_000.0) == "included" and cut_read(cut, 5_200_000.0) == "added"


def test_round_147_money_is_read() -> None:
    """Review 147: a Maltese split whose fallback names the contingency first (147a F1), a Hungarian reserve that
    covers a cost and an EU grant beside it (147c F1), a Danish "projektets reserve" (147b F5), a Mexican "ampliación
    presupuestal" (147c F2), and a Turkish cut recorded with cost 0 (147a F2)."""
    from pathlib import Path

    from generator.questionnaire.funding import cut_amount, costs_read, new_total
    from generator.questionnaire.read import read_questionnaire

    ROOT = Path(__file__).resolve().parents[2]

    maltese = ("Approvata. L-EUR 90,000 jitħallsu hekk: EUR 60,000 mill-għotja tal-UE taħt ir-Recovery and Resilience "
               "Facility (RRF), soġġett għall-konferma tal-għotja (jekk ma tiġix approvata, l-ammont kollu jitħallas "
               "mill-contingency), u EUR 30,000 mill-contingency.")
    assert funding_said(maltese) == "shared" and contingency_part(maltese, 90_000) == 30_000
    assert says_from_contingency("Approvata fil-limitu tal-PM (EUR 8,500 mill-contingency)")
    assert says_from_contingency("A szállító újramobilizálásának 3,2 millió Ft-os költségét a tartalék fedezi.")
    hungarian = ("Jóváhagyva 45 millió forint összeggel: ebből 27 millió Ft-ot az IKOP Plusz uniós támogatás, 18 millió "
                 "Ft-ot a projekt tartaléka fedez.")
    assert funding_said(hungarian) == "shared" and contingency_part(hungarian, 45_000_000) == 18_000_000
    assert says_from_contingency("Godkendt. De 350.000 kr. (HSM og konsulenttimer) tages af projektets reserve.")
    assert raises("Aprobado por el Consejo como ampliación presupuestal, no con cargo a la contingencia.")
    assert _amount("850", "bin") == 850_000 and _amount("1.4", "miljun") == 1_400_000

    description = ("Bu projenin toplam bütçesi 12,5 milyon TL'den 10,8 milyon TL'ye düşürüldü (1,7 milyon TL "
                   "kesinti).")
    assert new_total(description) == 10_800_000 and new_total("Onaylandı. Yeni toplam bütçe 10,8 milyon TL.") == 10_800_000

    def request(cost: float | None, text: str = description) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-003", title="Yönetim kurulu kararıyla bütçe kesintisi", requested_by="A",
                               date=dt.date(2025, 1, 20), description=text, status="implemented",
                               impact=m.Impact(cost=cost), decision=m.Decision(by="board", date=dt.date(2025, 1, 27)))

    assert cut_amount(request(0), 12_500_000) == -1_700_000 and cut_amount(request(None), 12_500_000) == -1_700_000
    assert cut_amount(request(0), 10_800_000) == -1_700_000  # (the amount answered after the cut: held)
    assert cut_amount(request(0), 11_000_000) is None  # (neither amount: not guessed)
    assert cut_amount(request(-1_700_000), 12_500_000) is None  # (a cost answered is the answer)
    assert cut_amount(request(0, "Ek iş; bütçe değişmedi."), 12_500_000) is None
    example = read_questionnaire(sorted((ROOT / "content" / "projects").glob("*.yaml"))[0]).questionnaire
    assert example is not None and example.change_control is not None and example.project.budget is not None
    q = dataclasses.replace(example, project=dataclasses.replace(example.project, budget=dataclasses.replace(
        example.project.budget, amount=12_500_000.0)), change_control=dataclasses.replace(
        example.change_control, requests=[request(0)]))
    costed = costs_read(q).change_control
    assert costed is not None and costed.requests[0].impact is not None
    assert costed.requests[0].impact.cost == -1_700_000


def test_round_148_money_is_read() -> None:
    """Review 148: Indonesian "Rp 45 juta dari dana cadangan", "dibebankan ke dana cadangan" (148c F1, F2) and a cut
    "dari Rp 4,5 miliar menjadi Rp 3,75 miliar" (F3); a Swedish board's increase "att utöka projektets budgetram med
    850 000 kr ... Reserven används inte" (148b F1); a Swiss French cut "a ramené l'enveloppe du projet de 2,4
    millions de francs à 2,1 millions de francs", the amount answered after it (148a F1)."""
    from generator.questionnaire.funding import cut_amount, new_total

    assert says_from_contingency("Disetujui dalam kewenangan manajer proyek; Rp 45 juta dari dana cadangan")
    assert says_from_contingency("Disetujui CTO; biaya langganan Rp 380 juta dibebankan ke dana cadangan")
    swedish = ("Kommunstyrelsen beslutade den 20 november 2024 (§ 412) att utöka projektets budgetram med 850 000 kr, "
               "så att den nya totala ramen blir 13,35 miljoner kronor. Reserven används inte.")
    assert raises(swedish) and funding_said(swedish) == "other" and new_total(swedish) == 13_350_000

    def request(description: str, notes: str) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-003", title="Cut", requested_by="A", date=dt.date(2024, 10, 15),
                               description=description, status="implemented", impact=m.Impact(cost=0),
                               decision=m.Decision(by="board", date=dt.date(2024, 10, 22), notes=notes))

    french = request("Le comité exécutif a ramené l'enveloppe du projet de 2,4 millions de francs à 2,1 millions de "
                     "francs (moins CHF 300'000).", "Pris acte; nouvelle enveloppe de 2,1 millions de francs.")
    assert cut_amount(french, 2_100_000) == -300_000 and cut_amount(french, 2_400_000) == -300_000
    indonesian = request("Anggaran proyek dipotong Rp 750 juta, dari Rp 4,5 miliar menjadi Rp 3,75 miliar.",
                         "Disetujui; anggaran proyek menjadi Rp 3,75 miliar termasuk dana cadangan.")
    assert cut_amount(indonesian, 4_500_000_000) == -750_000_000


def test_words_of_a_reserve_within_the_budget_in_the_languages_of_review_148() -> None:
    """Review 148c F6: "Orçamento aprovado de 2,1 milhões de euros (inclui contingência)" beside "whether it comes on
    top has not been recorded"."""
    for said in ("Orçamento aprovado de 2,1 milhões de euros (inclui contingência)", "Budget (contingência incluída)",
                 "anggaran Rp 3,75 miliar termasuk dana cadangan", "1,8 milijuna eura uključujući rezervu"):
        assert included_said(None, said) == "summary", said


def test_an_estonian_cut_recorded_with_cost_0_gives_its_new_total() -> None:
    """Review 149a F1, F4: "Projekti eelarvet vähendatakse 150 000 euro võrra: uus kogueelarve on 1 050 000 eurot
    (varem 1,2 miljonit eurot)", cost 0: the budget left at EUR 1.2 million, the cut 'within the project manager's
    limit'."""
    from generator.questionnaire.funding import cut_amount, new_total

    description = ("Sotsiaalministeerium vähendas 2025. aasta eelarvet. Projekti eelarvet vähendatakse 150 000 euro "
                   "võrra: uus kogueelarve on 1 050 000 eurot (varem 1,2 miljonit eurot).")
    assert new_total(description) == 1_050_000 and _amount("1,2", "miljonit") == 1_200_000
    cut = m.ChangeRequest(id="CR-003", title="Eelarve vähendamine riigieelarve kärpe tõttu", requested_by="A",
                          date=dt.date(2025, 4, 7), description=description, status="implemented",
                          impact=m.Impact(cost=0), decision=m.Decision(by="board", date=dt.date(2025, 4, 15),
                                                                        notes="Kinnitatud. Uus eelarve 1 050 000 eurot."))
    assert cut_amount(cut, 1_200_000) == -150_000


def test_a_hebrew_cut_recorded_with_cost_0_gives_its_new_total() -> None:
    """Review 149c F1, F2: "תקציב הפרויקט מקוצץ ב-‏320 אלף ש״ח, מ-4.5 מיליון ₪ ל-4.18 מיליון ₪", cost 0: the budget
    left at ILS 4.5 million in six documents, the cut 'within the project manager's limit'."""
    from generator.questionnaire.funding import cut_amount, new_total

    description = ("בהחלטת הדירקטוריון מ-12.5.2026 תקציב הפרויקט מקוצץ ב-\u200f320 אלף ש״ח, מ-4.5 מיליון ₪ ל-4.18 "
                   "מיליון ₪.")
    assert new_total(description) is not None and abs((new_total(description) or 0) - 4_180_000) < 0.5
    cut = m.ChangeRequest(id="CR-002", title="קיצוץ תקציב בהחלטת הדירקטוריון", requested_by="A",
                          date=dt.date(2026, 5, 12), description=description, status="implemented",
                          impact=m.Impact(cost=0), decision=m.Decision(by="board", date=dt.date(2026, 5, 14)))
    assert cut_amount(cut, 4_500_000) == -320_000


def test_round_150_money_is_read() -> None:
    """Review 150: an Azerbaijani increase answered funding: budget-increase with no cost, its words giving the new
    total ("yeni ümumi büdcə 1 380 000 AZN", 150c F1: "Approved budget increased by AZN 0"), and a Malay cut recorded
    with cost 0, "dikurangkan daripada RM 2,400,000 kepada RM 2,050,000" (150c F4)."""
    from generator.questionnaire.funding import cut_amount, increase_amount, new_total

    azerbaijani = ("Yeni çıxdaş. Bunun üçün layihə büdcəsi 180 000 AZN artırılır (yeni ümumi büdcə 1 380 000 AZN): "
                   "60 000 AZN ehtiyat fondundan, 120 000 AZN isə yeni qrant hesabına.")
    assert new_total(azerbaijani) == 1_380_000

    def request(cost: float | None, text: str, funding: str | None = "budget-increase",
                notes: str | None = None) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-002", title="Məlumat dəsti və büdcə artımı", requested_by="A",
                               date=dt.date(2026, 6, 24), description=text, status="approved",
                               impact=m.Impact(cost=cost, funding=funding),  # type: ignore[arg-type]
                               decision=m.Decision(by="board", date=dt.date(2026, 7, 14), notes=notes))

    assert increase_amount(request(None, azerbaijani), 1_200_000) == 180_000
    assert increase_amount(request(None, azerbaijani), 1_380_000) is None  # (no amount it moves from: not guessed)
    assert increase_amount(request(150_000, azerbaijani), 1_200_000) is None  # (a cost answered is the answer)
    assert increase_amount(request(None, azerbaijani, "contingency"), 1_200_000) is None
    # unanswered funding: its words must say the budget is raised
    assert increase_amount(request(None, azerbaijani, None, "Təsdiq edildi. Büdcə artımı 180 000 AZN."), 1_200_000) == 180_000
    plain = dataclasses.replace(request(None, "Yeni ümumi büdcə 1 380 000 AZN.", None), title="Məlumat dəsti")
    assert increase_amount(plain, 1_200_000) is None  # (nothing says the budget is raised)
    malay = ("Susulan semakan perbelanjaan modal Kumpulan 2026, bajet projek dikurangkan daripada RM 2,400,000 kepada "
             "RM 2,050,000 (jumlah baharu).")
    assert new_total(malay) == 2_050_000 and new_total("Diluluskan. Bajet baharu RM 2,050,000 termasuk kontingensi.") == 2_050_000
    assert cut_amount(request(0, malay, None), 2_400_000) == -350_000
    assert cut_amount(request(0, malay, None), 2_050_000) == -350_000  # (the amount answered after the cut)
    assert increase_amount(request(0, malay, None), 2_400_000) is None  # (a cut is no increase)


def test_a_total_its_words_split_between_the_reserve_and_a_grant_is_its_cost() -> None:
    """Review 151b F3: "மொத்த பட்ஜெட் அதிகரிப்பு ₹38 லட்சம் — இதில் ₹14 லட்சம் திட்ட contingency-இலிருந்து, ₹24
    லட்சம் ... மானியத்திலிருந்து", no cost answered: "INR 940,000 overspent" in six documents."""
    from generator.questionnaire.funding import split_total

    words = ("மொத்த பட்ஜெட் அதிகரிப்பு ₹38 லட்சம் — இதில் ₹14 லட்சம் திட்ட contingency-இலிருந்து, ₹24 லட்சம் "
             "தமிழ்நாடு மாநில சுகாதார புத்தாக்க மானியத்திலிருந்து.")

    def request(cost: float | None, funding: str | None = None, text: str = words) -> m.ChangeRequest:
        return m.ChangeRequest(id="CR-003", title="கிளைகளைச் சேர்த்தல்", requested_by="A", date=dt.date(2026, 3, 16),
                               description=text, status="implemented",
                               impact=m.Impact(cost=cost, funding=funding),  # type: ignore[arg-type]
                               decision=m.Decision(by="board", date=dt.date(2026, 3, 27)))

    assert split_total(request(None)) == 3_800_000 and split_total(request(0)) == 3_800_000
    assert split_total(request(3_800_000)) is None and split_total(request(None, "contingency")) is None
    assert split_total(request(None, text="₹14 லட்சம் contingency-இலிருந்து.")) is None  # (no total)


def test_round_151_money_is_read() -> None:
    """Review 151: a Mongolian cut "нийт төсөв 4,800,000,000₮-өөс 4,200,000,000₮ болж буурна" (151a F1), and Manila
    totals with the peso sign, "mula ₱14,800,000 → ₱12,950,000", "New total: ₱12,950,000" (151c F10)."""
    from generator.questionnaire.funding import _CUT, new_total

    mongolian = ("ТУЗ бүх хөрөнгө оруулалтын төслийн төсвийг 12.5%-иар танах шийдвэр гаргасан. Энэ төслийн нийт төсөв "
                 "4,800,000,000₮-өөс 4,200,000,000₮ болж буурна (600 сая ₮-ийн бууралт).")
    assert new_total(mongolian) == 4_200_000_000 and _CUT.search(mongolian)
    assert new_total("Budget: mula ₱14,800,000 → ₱12,950,000 (bagong total, kasama na ang contingency)") == 12_950_000
    assert new_total("New total: ₱12,950,000") == 12_950_000
    assert new_total("bagong total budget: ₱12,950,000") == 12_950_000
    reduced = "Budget reduced from ₱14,800,000 to ₱12,950,000 (new total)"
    assert new_total(reduced) == 12_950_000 and _CUT.search(reduced)


def test_round_152_money_is_read() -> None:
    """Review 152a F2: a total split between the reserve and a grant beside the budget's move by the grant's part
    ("₦68,000,000: ₦30,000,000 ... from the contingency reserve and ₦38,000,000 ... grant ... moves from ₦420,000,000
    to ₦458,000,000"), costed ₦38m; an amount named the reserve's in a split ("₦30,000,000 contingency, ₦38,000,000
    Harbourline grant"); review 152a F1: a Sinhala cut "රු. 185,000,000 සිට රු. 160,000,000 දක්වා"."""
    from generator.questionnaire.funding import _CUT, new_total, split_amounts, split_total

    words = ("The total additional requirement is ₦68,000,000: ₦30,000,000 will be drawn from the contingency reserve and "
             "₦38,000,000 comes from the Harbourline Ventures technical assistance grant. The approved programme budget "
             "therefore moves from ₦420,000,000 to ₦458,000,000.")
    request = m.ChangeRequest(id="CR-004", title="Automated DR failover and budget increase", requested_by="A",
                              date=dt.date(2026, 4, 20), description=words, status="implemented", impact=m.Impact(),
                              decision=m.Decision(by="board", date=dt.date(2026, 5, 6)))
    assert split_total(request) == 68_000_000 and split_amounts(words) == 30_000_000
    notes = "Funding split as stated: ₦30,000,000 contingency, ₦38,000,000 Harbourline grant."
    assert funding_said(notes) == "shared" and contingency_part(notes, 68_000_000) == 30_000_000
    assert funding_said("The vendor's quote is EUR 30,000 contingency included.") == ""
    sinhala = "ව්‍යාපෘති මුළු අයවැය රු. 185,000,000 සිට රු. 160,000,000 දක්වා අඩු කිරීම (රු. 25,000,000 ක අඩුවීමක්)."
    assert new_total(sinhala) == 160_000_000 and _CUT.search(sinhala)


def test_a_khmer_cut_is_read() -> None:
    """Review 152c F1: "ថវិកាសរុបរបស់កម្មវិធីត្រូវបានកាត់បន្ថយពី USD 1,200,000 មកត្រឹម USD 1,050,000", cost 0: the budget
    kept in every document."""
    from generator.questionnaire.funding import _CUT, cut_amount, new_total

    words = ("តាមសេចក្តីសម្រេចរបស់ ExCo ថវិកាសរុបរបស់កម្មវិធីត្រូវបានកាត់បន្ថយពី USD 1,200,000 មកត្រឹម USD 1,050,000 "
             "(កាត់ USD 150,000)។")
    assert new_total(words) == 1_050_000 and _CUT.search(words) and new_total("ថវិកាថ្មី USD 1,050,000។") == 1_050_000
    request = m.ChangeRequest(id="CR-003", title="កាត់បន្ថយថវិកាកម្មវិធី", requested_by="A", date=dt.date(2026, 2, 10),
                              description=words, status="implemented", impact=m.Impact(cost=0),
                              decision=m.Decision(by="board", date=dt.date(2026, 2, 20)))
    assert cut_amount(request, 1_200_000) == -150_000


def test_a_later_day_after_the_increases_clause_is_not_its_vote() -> None:
    """Review 153c F1: "... approved a budget increase of SGD 240k on 12 Aug 2026; MPA grant application ...
    submitted 2 Sep 2026": the increase dated in September, the August report read as over budget."""
    from generator.questionnaire.funding import increase_days

    notes = ("Board Investment Committee approved a budget increase of SGD 240k on 12 Aug 2026; MPA grant application "
             "for 50% co-funding submitted 2 Sep 2026 (outcome pending).")
    cr = m.ChangeRequest(id="CR-003", title="Gates", requested_by="A", date=dt.date(2026, 7, 15), description="x",
                         reason="y", status="approved", impact=m.Impact(cost=240000, funding="budget-increase"),
                         decision=m.Decision(by="board", date=dt.date(2026, 8, 12), notes=notes))
    assert increase_days([cr], []) == {}


def test_a_split_and_an_increase_in_russian() -> None:
    """Review 154c F4: "8,5 млн тг — из резерва проекта, 15,5 млн тг — из бюджета материнской компании ... Бюджет
    проекта увеличен со 185 до 200,5 млн тг" read as a contingency overrun in ten documents."""
    from generator.questionnaire.funding import contingency_part, funding_said, raises

    notes = ("Одобрено. Финансирование 24 млн тг: 8,5 млн тг — из резерва проекта, 15,5 млн тг — из бюджета "
             "материнской компании. Бюджет проекта увеличен со 185 до 200,5 млн тг.")
    assert funding_said(notes) == "shared" and contingency_part(notes, 24e6) == 8.5e6 and raises(notes)


def test_a_budget_increase_in_yoruba_not_from_the_contingency() -> None:
    """Review 156c F1: "Isuna project yóò pọ̀ sí i láti ₦240,000,000 sí ₦285,000,000 ... Owó yìí kì í ṣe láti
    contingency" (the budget rises; this money is not from the contingency), a contingency overrun in seven
    documents."""
    from generator.questionnaire.funding import funding_said, raises

    words = ("Isuna project yóò pọ̀ sí i láti ₦240,000,000 sí ₦285,000,000 (+₦45,000,000). ₦30,000,000 yóò wá láti "
             "Kestrel venture-debt tranche 2. Owó yìí kì í ṣe láti contingency.")
    assert raises(words) and raises("Ìfikún isuna fún FX àti observability licences")
    assert funding_said(words) != "contingency" and not raises("Isuna kò yí padà")


def test_a_cut_of_this_projects_approved_budget_in_australian_dollars() -> None:
    """Review 158b F1: "The FY27 capex review cut this project's approved budget by A$210,000, from A$1,450,000 to
    A$1,240,000", its notes "Budget now A$1,240,000": the budget left at AUD 1,450,000 in seven documents."""
    from generator.questionnaire.funding import new_total, says_cut

    request = dataclasses.replace(_approved("Approved. Budget now A$1,240,000.", 0.0),
                                  description="The FY27 capex review cut this project's approved budget by A$210,000, "
                                              "from A$1,450,000 to A$1,240,000.")
    assert says_cut(request) and new_total("Approved. Budget now A$1,240,000.") == 1_240_000
    assert new_total("Budget now NZ$980,000") == 980_000 and new_total("budget now $980,000") == 980_000

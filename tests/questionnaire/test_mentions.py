"""Word matching: an answer names an item when every significant word of the item is among its words."""

from __future__ import annotations

import pytest

from generator.questionnaire.mentions import Words, asks_about, key_of, names, role_named, significant, stem


@pytest.mark.parametrize("word,same", [
    ("desktops", "desktop"), ("devices", "device"), ("batteries", "battery"), ("processes", "process"),
    ("sampled", "sample"), ("Ersatzteilen", "Ersatzteil"), ("Ersatzteile", "ersatzteil"), ("DESKTOP", "desktop"),
    ("Cafe\u0301", "Caf\u00e9"),
])
def test_endings_and_case_do_not_count(word: str, same: str) -> None:
    assert stem(word) == stem(same)


def test_short_words_keep_their_letters() -> None:
    assert stem("bus") == "bus" and stem("business") == "business" and stem("need") == "need"


def test_significant_words_leave_out_short_and_common_ones() -> None:
    assert significant("Changes to the service-manual content itself") == ("service-manual", "content", "itself")
    assert significant("Neues Design des Händlerportals") == ("design", "händlerportal")
    assert significant("An API for it") == ("api",)
    assert significant("the and of to") == ()


@pytest.mark.parametrize("text,item", [
    ("Include office staff desktops in the refresh", "Office staff desktops"),
    ("Extend the audit to the processing integrity criterion", "Processing integrity criterion"),
    ("Ersatzteilverfügbarkeit zusätzlich anzeigen", "Ersatzteilkatalog"),  # a compound of the same head
    ("Add the invoice to the export", "Invoices"),
])
def test_names(text: str, item: str) -> None:
    assert Words(text).names(item)


@pytest.mark.parametrize("text,item", [
    ("Add marketing consent fields", "Marketing automation"),  # one of two words only
    ("Document the rollback procedure", "API documentation"),
    ("Documented rollback procedure", "Documentation"),  # 'document' is too short a head for a compound
    ("Add the new one to the list", "The new one"),  # no significant words at all
    ("Integrated test rig", "Integration platform"),
    ("Configurable alerts", "Configuration management"),
])
def test_does_not_name(text: str, item: str) -> None:
    assert not Words(text).names(item)


def test_shared_counts_the_texts_words_among_the_words() -> None:
    words = Words("Legacy data quality far worse than the sample showed")
    assert words.shared("Legacy data quality is worse than sampled") == 5
    assert words.shared("Vendor delivers late") == 0


def test_an_id_is_named_as_a_whole_word() -> None:
    assert names("CR-206", "Decide CR-206 (second cloud provider)") and not names("CR-20", "Decide CR-206")
    assert names("cr-206", "decide CR-206") and not names("CR-206", "Decide CR-2061")
    # review 117b F3, F6: a case ending after a hyphen ("CR-03-ün təsdiqi", "R-03-ը"); a digit makes a longer ID
    assert names("CR-03", "CR-03-ün təsdiqi") and names("R-03", "R-03-ը տեղի է ունեցել")
    assert not names("CR-2", "CR-2-1 approved")


def test_names_are_compared_by_their_letters_and_digits() -> None:
    assert key_of("Daily Stand-up") == key_of("daily standup") == "dailystandup"
    assert key_of("Go-live (Wave 2)") == key_of("go live wave 2")


def test_who_measures_is_a_person_an_organization_or_a_team_in_words() -> None:
    """Review 47b F3: "gemessen ... vom Vertriebsinnendienst" and "by the sales back office" were not understood."""
    from generator.questionnaire.mentions import measurer_named

    said = {text: measurer_named(text, ["Dana Ortiz"], ["Finance"]) for text in (
        "Order growth measured after the project by the sales back office",
        "gemessen nach Projektende über Q1 2027 vom Vertriebsinnendienst",
        "mesuré par la direction financière après la clôture",
        "Medido por el equipo de ventas después del cierre",
        "Churn down 5 % by Q2, tracked by Finance",
        "Reported monthly by Dana Ortiz",
        "Measured by 2027-03-31 in the dashboard",
        "Reduced by 20 percent")}
    assert list(said.values()) == ["sales back office", "Vertriebsinnendienst", "direction financière",
                                   "equipo de ventas", "Finance", "Dana Ortiz", None, None]


def test_a_japanese_unit_and_a_spanish_management_that_measure_are_named() -> None:
    """Review 144b F1: "...2027年4月の1か月間の実績で調達部が測定" gave "measured by 2027年4月の1か月間の実績で調達部"."""
    from generator.questionnaire.mentions import measurer_named

    assert measurer_named("平均1.5日から4時間以内へ(プロジェクト終了後、2027年4月の1か月間の実績で調達部が測定)", []) == "調達部"
    assert measurer_named("プロジェクト終了後に事業開発部が測定", []) == "事業開発部"
    # review 145b F1: a Spanish management, abbreviated, after the verb and a time
    assert measurer_named("Mora ≤ 3,2 %; beneficio medido después del cierre por la Gcia. de Riesgo de Crédito "
                          "Personas en julio de 2027", []) == "Gcia. de Riesgo de Crédito Personas"


def test_provisioning_devices_is_no_mention_of_the_contingency() -> None:
    """Review 67b F2: "Pre-provision all devices" was read as naming the contingency."""
    from generator.questionnaire.mentions import names_contingency

    for text in ("Pre-provision all devices at the central build bench", "provision the laptops centrally",
                 "we will provision all branches"):
        assert not names_contingency(text), text
    for text in ("drawn from the provision", "a risk provision of EUR 10k", "réserve de projet", "loyiha zaxirasidan"):
        assert names_contingency(text), text
    # review 146c F2: an Uzbek backup data centre and channel are no reserve
    assert not names_contingency("Asosiy va zaxira ma’lumotlar markazida serverlar") and not names_contingency(
        "zaxira 4G kanal")


def test_whom_an_objective_serves_does_not_measure_it() -> None:
    """Review 67a F2: "Cut false-positive alerts for Fraud Operations" gave "measured by Fraud Operations"."""
    from generator.questionnaire.mentions import measurer_named

    orgs = ["Fraud Operations", "Model Risk Committee"]
    assert measurer_named("Cut false-positive alerts for Fraud Operations: alerts down 30%", [], orgs) is None
    assert measurer_named("Alerts down 30%, as counted by Fraud Operations", [], orgs) == "Fraud Operations"
    assert measurer_named("Model approved by the Model Risk Committee", [], orgs) == "Model Risk Committee"
    assert measurer_named("A single view for Dana Ortiz's team", ["Dana Ortiz"], orgs) is None


def test_a_job_named_as_the_measurer_is_who_measures() -> None:
    """Review 82a F4: "misurati dal Risk manager aziendale dopo la chiusura del progetto" read as nobody named."""
    from generator.questionnaire.mentions import measurer_named

    said = {text: measurer_named(text, ["Marco Bellini"]) for text in (
        "Errori sotto 0,5 ogni 100 prescrizioni, misurati dal Risk manager aziendale dopo la chiusura del progetto",
        "Measured by the Service Desk manager after go-live", "Taxa medida pela equipe de BI após o go-live",
        "Reduce calls from the contact centre by 20%", "Pronto dal 2027 in tutti i presidi")}
    assert list(said.values()) == ["Risk manager aziendale", "Service Desk manager", "equipe de BI", None, None]
    # reviews 83a F1, 83b F4: "measured after closure by Nursing Finance", "lo mide Finanzas con el cierre"
    assert measurer_named("Overtime down 20% (measured after closure by Nursing Finance)", []) == "Nursing Finance"
    assert measurer_named("lo mide Finanzas con el cierre del primer trimestre de 2028", []) == "Finanzas"
    assert measurer_named("Medido por Finanzas tras el cierre", []) == "Finanzas"
    assert measurer_named("Sales grow by 20% in the first quarter", []) is None
    # review 95b F3: a job or a team named after "measured ... by"
    assert measurer_named("99.5% a month (measured after closure by the Head of Digital Channels)", []) == (
        "Head of Digital Channels")
    assert measurer_named("Under 1% abandoned, measured by Digital Channels in April 2026", []) == "Digital Channels"
    assert measurer_named("Cut costs by 10%, measured by month end", []) is None
    assert measurer_named("Under 5 % feil, målt i stikkprøver av enhetsleder byggesak etter at prosjektet er "
                          "avsluttet", []) == "enhetsleder byggesak"  # review 96b F2


def test_a_reservation_is_no_mention_of_the_contingency() -> None:
    """Review 69b F1: "Go pour la généralisation, avec réserve sur le micrologiciel" ("with a reservation") was read
    as naming the contingency reserve, on the summary's budget line."""
    from generator.questionnaire.mentions import names_contingency

    for text in ("Go pour la généralisation, avec réserve sur le micrologiciel", "sous réserve de validation",
                 "lever les réserves", "we reserve the right", "reserve a room for the workshop"):
        assert not names_contingency(text), text
    for text in ("imputé sur la réserve pour aléas", "the management reserve", "Reserve drawn for CR-002"):
        assert names_contingency(text), text


def test_an_insurers_reserves_are_no_mention_of_the_contingency() -> None:
    """Review 104a F1: "Meilenstein Reserve-Abstimmung auf 19. September verschoben" (the claims reserves'
    reconciliation) was said on the charter and the summary to concern the contingency."""
    from generator.questionnaire.mentions import names_contingency

    for text in ("Meilenstein Reserve-Abstimmung auf 19. September verschoben", "claims reserve reconciliation",
                 "IBNR reserve model signed off", "Korrektur der Fremdwährungsreserven"):
        assert not names_contingency(text), text
    assert names_contingency("Projektreserve (erste Inanspruchnahme)") and names_contingency("from the reserve")


def test_an_id_followed_or_preceded_by_japanese_text_is_named() -> None:
    """Review 77c: "（R-01が顕在化）" and "CR-001の承認に伴う" did not name R-01 and CR-001."""
    assert names("R-01", "（R-01が顕在化）") and names("CR-001", "CR-001の承認に伴う") and names("R-01", "これはR-01")
    assert not names("R-01", "R-010") and not names("R-01", "R-01a") and not names("CR-1", "XCR-1")


def test_an_id_is_found_whole_beside_east_asian_text_and_replaced_only_where_whole() -> None:
    """The ID finder tests its neighbours itself (a pattern with an East Asian class for each ID cost 6 ms)."""
    from generator.questionnaire.mentions import id_pattern, names

    assert names("R-01", "（R-01が顕在化）") and names("cr-2", "see CR-2.") and not names("CR-2", "see CR-21")
    assert not names("R-01", "xR-01") and not names("R-01", "R-01-b") and not names("R-01", "_R-01")
    assert id_pattern("CR-3").sub(" ", "Approve CR-3 and CR-33, then cr-3") == "Approve   and CR-33, then  "
    assert id_pattern("CR-3") is id_pattern("CR-3")  # made once per ID


def test_a_text_names_a_person_by_their_job_its_abbreviation_or_its_initials() -> None:
    """Review 85a F3: the gates "Gap report accepted by the CISO" and "ATO letter signed by the Authorizing Official"
    name the CISO and the AO."""
    assert role_named("Chief Information Security Officer", "Gap report accepted by the CISO")
    assert role_named("Authorizing Official (AO)", "ATO letter signed by the Authorizing Official")
    assert role_named("Authorizing Official (AO)", "signed by the AO")
    assert not role_named("Authorizing Official (AO)", "signed by the ao team")  # an abbreviation is in capitals
    assert not role_named("Director", "approved by the director")  # one word is too little to tell
    assert not role_named("3PAO Assessment Lead", "Readiness review (go/no-go for 3PAO)")
    assert not role_named(None, "anything") and not role_named("Chief Financial Officer", "")


def test_a_text_is_cut_into_clauses_at_semicolons_and_sentences() -> None:
    from generator.questionnaire.mentions import clauses

    assert clauses("Fixed 2026-10-01; verified 2026-09-20") == ["Fixed 2026-10-01", " verified 2026-09-20"]
    assert clauses("Moved to v2.1. Then signed") == ["Moved to v2.1", "Then signed"]
    assert clauses("about 2. 5 days") == ["about 2. 5 days"]  # a digit after the stop starts no sentence


def test_a_decision_asked_names_a_change_request_by_its_id_or_by_its_title() -> None:
    """Review 91b F2: the request asked for by its title was listed again as 'also awaiting a decision'."""
    asked = "Approve a support retainer for one Nubeware developer during the hold"
    assert asks_about(asked, "CR-05", "Support retainer for 1 Nubeware developer during the hold")
    assert asks_about("Approve CR-05", "CR-05", "Anything else")
    assert not asks_about(asked, "CR-04", "Second camera for the flange radius")
    # half the asked words in a long title is not enough: each must read as the other
    assert not asks_about("Approve the hold", "CR-06", "Extend the hold review board with two members from finance")


def test_a_range_of_ids_names_each_id_within_it() -> None:
    """Review 91c F2: "CR-002 to CR-004 added" was read as naming CR-002 and CR-004, not CR-003."""
    from generator.questionnaire.mentions import names_within

    for text in ("CR-002 to CR-004 added", "CR-002–CR-004", "CR-002-004", "CR-002 through CR-004"):
        assert names_within("CR-003", text), text
    assert names_within("CR-002", "CR-002 to CR-004") and names_within("CR-004", "CR-002 to CR-004")
    assert not names_within("CR-005", "CR-002 to CR-004") and not names_within("R-03", "CR-002 to CR-004")
    assert not names_within("CR-003", "CR-002 and CR-004")


def test_a_korean_or_polish_measure_names_who_measures_it() -> None:
    """Review 98c F3: "프로젝트 종료 후 사업개발팀이 측정하여" (after the project, the business development team
    measures it) read as naming nobody: the charter said who measures it then was not recorded."""
    from generator.questionnaire.mentions import measurer_named

    assert measurer_named("출시 90일 매출 150억 원 – 프로젝트 종료 후 사업개발팀이 측정하여 경영진에 보고", []) == "사업개발팀"
    assert measurer_named("Udział 30% mierzone przez dział controllingu po zamknięciu projektu", []) == \
        "dział controllingu"
    assert measurer_named("출시 90일 매출 150억 원", []) is None


def test_a_month_ends_the_name_of_who_measures() -> None:
    """Review 100b F4: "measured by Field Services for the June 2026 legislative report" read as measured by "Field
    Services for the June"."""
    from generator.questionnaire.mentions import measurer_named

    assert measurer_named("Kiosk share measured by Field Services for the June 2026 legislative report", []) == \
        "Field Services"


def test_a_turkish_board_decision_names_its_decider() -> None:
    """Review 102c F1: "DT-004 ... için kurul kararı" (the board's decision) given the thresholds' approver."""
    from generator.questionnaire.mentions import names_decider

    assert names_decider("DT-004 (yaz sezonu yasağı) için kurul kararı") and names_decider("이사회 승인")


def test_a_range_of_ids_in_another_language_holds_the_ids_between() -> None:
    """Review 105c F4: revision 1.1 "Änderungsanträge CR-001 bis CR-003 eingearbeitet", and CR-002's plans updated
    "not recorded"."""
    from generator.questionnaire.mentions import names_within

    for text in ("Änderungsanträge CR-001 bis CR-003 eingearbeitet", "CR-001 à CR-003 intégrées",
                 "CR-001 al CR-003 incorporados", "CR-001 t/m CR-003 verwerkt",
                 "Muudatustaotlused CR-001 kuni CR-006 lisatud"):  # review 115c F9
        assert names_within("CR-002", text), text
    assert not names_within("CR-005", "CR-001 bis CR-003")


def test_an_id_with_an_arabic_or_hebrew_one_letter_word_written_onto_it_is_named() -> None:
    """Review 121b F5: revision 1.1's "وCR-02" (and CR-02) read as not naming CR-02: its plans "never updated"."""
    from generator.questionnaire.mentions import names

    assert names("CR-02", "اعتماد CR-01 وCR-02") and names("CR-02", "אושר בCR-02")
    assert not names("CR-02", "XCR-02") and not names("CR-02", "كوCR-02")


def test_an_id_with_an_isizulu_prefix_written_onto_it_is_named() -> None:
    """Review 122b F3, F4: "Isinqumo nge-CR-04 (helpdesk 24/7)" (a decision on CR-04) read as not naming CR-04, so the
    executive summary asked for the one decision twice; only a known prefix, a word of its own, names the ID."""
    for text in ("Isinqumo nge-CR-04 (helpdesk 24/7)", "I-CR-04 ivunyiwe", "kufakiwe ku-CR-04", "isinqumo ka-CR-04.",
                 "umbiko we-CR-04", "(le-CR-04)"):
        assert names("CR-04", text), text
    for text in ("XCR-04", "ABC-CR-04", "e-CR-04", "abc-nge-CR-04", "Xnge-CR-04", "nge-CR-04-x", "2i-CR-04"):
        assert not names("CR-04", text), text


def test_an_id_with_a_malayalam_case_ending_written_onto_it_is_named() -> None:
    """Review 123b: Malayalam writes its case endings onto an ID, with or without a hyphen ("CR-02ന്റെ അംഗീകാരം", the
    approval of CR-02; "R-02ൽ", in R-02); a digit or a Latin letter after it still makes a longer ID."""
    for text in ("CR-02ന്റെ അംഗീകാരം", "CR-02-ന്റെ അംഗീകാരം", "GPU സെർവർ (CR-02ൽ)", "CR-02 का अनुमोदन"):
        assert names("CR-02", text), text
    for text in ("CR-021ന്റെ", "CR-02aന്റെ", "XCR-02ൽ"):
        assert not names("CR-02", text), text


def test_a_french_district_that_measures_an_objective_is_named() -> None:
    """Review 127a F6: "mesurée six mois après la mise en service par le district Nord" beside "who measures it then
    is not recorded"."""
    from generator.questionnaire.mentions import measurer_named

    assert measurer_named("Baisse de 30 % des heures d'inspection à pied sur les lignes 36 et 124, mesurée six mois "
                          "après la mise en service par le district Nord", []) == "district Nord"


def test_a_french_direction_of_several_words_before_a_bracket_measures() -> None:
    """Review 130c F3: "mesurée après la clôture par la direction de la relation usagers (source : outil GRC)" beside
    "who measures it then is not recorded"."""
    from generator.questionnaire.mentions import measurer_named

    assert measurer_named("mesurée après la clôture par la direction de la relation usagers (source : outil GRC)",
                          []) == "direction de la relation usagers"


def test_a_german_compound_names_the_deciding_body() -> None:
    """Review 130a F2: "Entscheid zu CR-05 am Änderungsausschuss vom 07.10.2026" was given "to be decided by Lukas
    Meier" beside it."""
    from generator.questionnaire.mentions import names_decider

    assert names_decider("Entscheid zu CR-05 (ePA-AC) am Änderungsausschuss vom 07.10.2026")
    assert names_decider("Genehmigung durch den Spitalrat") and not names_decider("Apparat bestellen")


def test_a_one_word_name_beginning_a_means_is_no_measurer() -> None:
    """Review 133b F8: "measured by Branch time tracking three months after go-live" read as "measured by Branch"."""
    from generator.questionnaire.mentions import measurer_named

    assert measurer_named("Hours saved, measured by Branch time tracking three months after go-live", []) is None
    assert measurer_named("measured by Finance in April", []) == "Finance"


def test_an_id_with_a_maltese_article_written_onto_it_is_named() -> None:
    """Review 147a F8: "Approvazzjoni tas-CR-002 u tal-finanzjament tagħha" asked again below as a request awaiting a
    decision; "Is-CR-002 tiġi ffinanzjata ..." (D-04) related to nothing."""
    for text in ("Approvazzjoni tas-CR-002 u tal-finanzjament tagħha", "Is-CR-002 tiġi ffinanzjata", "mill-CR-002"):
        assert names("CR-002", text), text
    assert not names("CR-002", "X-CR-002") and not names("CR-002", "ABC-CR-002")


def test_an_id_with_a_bantu_prefix_written_onto_it_is_named() -> None:
    """Review 162a F5: "CR-003 neCR-005 dzawedzerwa" (CR-003 and CR-005 added, in Shona) named CR-003 alone, and the
    change log said CR-005's plans updated were not recorded."""
    assert names("CR-005", "CR-003 neCR-005 dzawedzerwa") and names("R-02", "kuR-02")
    assert not names("CR-005", "ABCR-005") and not names("CR-005", "PCR-005") and not names("CR-005", "neCR-0051")


def test_a_dash_between_spaces_before_a_bare_number_is_no_range_of_ids() -> None:
    """Review 151b F9: "CR-003 — 6 கிளைகள்" (CR-003: six branches) read as CR-003 to CR-006, a revision said to name
    CR-004, raised months later."""
    from generator.questionnaire.mentions import names_within

    assert not names_within("CR-004", "CR-003 — 6 கிளைகள், பட்ஜெட் மாற்றம்") and not names_within("CR-004", "CR-003 - 6")
    assert names_within("CR-003", "CR-002–004") and names_within("CR-003", "CR-002 – CR-004")
    assert names_within("CR-003", "CR-002 to 004")


def test_who_measures_is_read_in_hausa_and_swahili() -> None:
    """Review 155a F11: "KIRS Planning za ta auna shi bayan rufe project" (will measure it after the project's close),
    and the charter said who measures it then "is not recorded"."""
    from generator.questionnaire.mentions import measurer_named

    hausa = "Kuɗin shiga ya ƙaru da akalla 25%; KIRS Planning za ta auna shi bayan rufe project"
    assert measurer_named(hausa, []) == "KIRS Planning"
    assert measurer_named("Muda wa malipo itapimwa na Finance Operations baada ya mradi", []) == "Finance Operations"
    assert measurer_named("Kuɗin shiga ya ƙaru da akalla 25%", []) is None


def test_who_measures_is_read_in_isixhosa() -> None:
    """Review 160b F8: "ulinganiswe yi-Customer Relations nge-queue system" (measured by Customer Relations), and the
    charter said who measures it then "is not recorded"."""
    from generator.questionnaire.mentions import measurer_named

    measure = "Umndilili ungaphantsi kwemizuzu engama-20, ulinganiswe yi-Customer Relations nge-queue system"
    assert measurer_named(measure, []) == "Customer Relations"
    assert measurer_named("Izikhalazo ziyehla nge-30% (kulinganiswa yi-Customer Relations emva kokuvalwa)", []) \
        == "Customer Relations"


def test_a_measurer_named_in_sesotho_or_samoan_is_read() -> None:
    """Reviews 163a F1, 163c F5: "e lekanyoa ... ke Mookameli oa Lichelete tsa Bareki" and "e fuaina e le NOC" (measured
    by), and the charter said who measures it then is not recorded."""
    from generator.questionnaire.mentions import measurer_named

    assert measurer_named("38% ho ea ho 10% (benefit e lekanyoa ka mor'a ho koala projeke ke Mookameli oa Lichelete "
                          "tsa Bareki)", []) == "Mookameli oa Lichelete tsa Bareki"
    assert measurer_named("Availability ≥ 99.95% (e fuaina e le NOC ina ua tapunia le poloketi)", []) == "NOC"

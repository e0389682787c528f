"""How a text says a day moved: "from D1 to D2", "D2 instead of D1", "D1 → D2", in each language the answers are read
in."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.questionnaire.day_moves import from_to
from generator.questionnaire.iso_dates import iso_days, iso_short
from generator.questionnaire.reached import iso_worded


def test_latvian_and_bulgarian_moves_are_read() -> None:
    """Review 140b F4: D-03 "pārcelt no 2026-05-29 uz 2026-06-26" missed, and the March report measured the milestone
    against the later date ("28 days early")."""
    from generator.questionnaire.day_moves import from_to

    assert [(mv.before, mv.after) for mv in from_to('Atskaites punktu "Visa autoparka pieslēgšana" pārcelt no 2026-05-29 '
                                                 'uz 2026-06-26')] == [("2026-05-29", "2026-06-26")]
    assert [(mv.before, mv.after) for mv in from_to("Преместване от 2026-05-29 на 2026-06-26")] == [
        ("2026-05-29", "2026-06-26")]


@pytest.mark.parametrize("text, day, move", [
    # reviews 141b F3, 141c F4: Estonian, Malay, Arabic
    ("Toodangusse viimise verstapost nihkub 30.11.2026 pealt 15.01.2027 peale", dt.date(2026, 10, 7),
     ("2026-11-30", "2027-01-15")),
    ("SOC 24x7 go-live dianjak dari 15 Januari 2027 ke 1 Mac 2027", dt.date(2026, 10, 7), ("2027-01-15", "2027-03-01")),
    ("يُنقل موعد إطلاق الإصدار 2 من 30 يونيو إلى 30 يوليو 2026", dt.date(2026, 10, 7), ("2026-06-30", "2026-07-30")),
    # reviews 142a F4, 142b F3: Serbian, Swahili, Icelandic
    ('Pomeriti milestone „Pilot" sa 27. novembra 2026. na 15. januar 2027.', dt.date(2025, 4, 22),
     ("2026-11-27", "2027-01-15")),
    ("Kuhamisha kutoka tarehe 27 Novemba 2026 hadi 15 Januari 2027", dt.date(2025, 4, 22), ("2026-11-27", "2027-01-15")),
    ("afhending tefðist um sex vikur, frá 23. maí til 4. júlí 2025", dt.date(2025, 4, 22), ("2025-05-23", "2025-07-04")),
    # review 142c F5: Greek "instead of", Vietnamese from/to
    ("Η πιλοτική λειτουργία τελειώνει 31/3/2025 αντί 10/3/2025", dt.date(2025, 4, 22), ("2025-03-10", "2025-03-31")),
    ("Dời mốc go-live thanh toán từ 15/7/2025 sang 01/8/2025", dt.date(2025, 4, 22), ("2025-07-15", "2025-08-01")),
    # review 143a F1: Catalan, its "d'" written onto a month
    ("Moure la posada en producció del 16 d'octubre al 27 de novembre", dt.date(2026, 9, 1),
     ("2026-10-16", "2026-11-27")),
    # review 144a F5: Kazakh, its endings written onto the months; Russian in the genitive
    ("«Негізгі көшіру аяқталды» кезеңдік нүктесін 2027 ж. 29 қаңтардан 5 наурызға жылжыту.", dt.date(2026, 10, 7),
     ("2027-01-29", "2027-03-05")),
    ("Перенос этапа с 29 января на 5 марта 2027 г.", dt.date(2026, 10, 7), ("2027-01-29", "2027-03-05")),
    # review 146a F3: Slovenian "s ... na ..."
    ('Mejnik "Pilotna cona Šiška v produkciji" se prestavi s 30. 6. 2026 na 15. 9. 2026', dt.date(2026, 8, 20),
     ("2026-06-30", "2026-09-15")),
])
def test_moves_in_words_are_read_in_the_languages_reviews_wrote(text: str, day: dt.date, move: tuple[str, str]) -> None:
    """Reports before a change measured against the baseline it set later, as its words give the move."""
    from generator.questionnaire.day_moves import from_to
    from generator.questionnaire.iso_dates import iso_days, iso_short
    from generator.questionnaire.reached import iso_worded

    assert [(mv.before, mv.after) for mv in from_to(iso_short(iso_worded(iso_days(text), day), day))] == [move]


def test_moves_in_the_languages_of_reviews_150_and_151() -> None:
    """Review 150b F4: "M4 2027-01-27-დან 2027-02-26-მდე", "2026-07-08-ից տեղափոխել 2026-07-15"; review 151c F1, F5:
    a Thai move with days of the Buddhist era, "(30 ก.ย. → 13 พ.ย. 2569)", and a Filipino "sa halip na"."""
    assert [(f.before, f.after) for f in from_to("M4 2027-01-27-დან 2027-02-26-მდე, პროგრამის დასასრული")] == [
        ("2027-01-27", "2027-02-26")]
    assert [(f.before, f.after) for f in from_to("Հանրային գործարկումը 2026-07-08-ից տեղափոխել 2026-07-15")] == [
        ("2026-07-08", "2026-07-15")]
    day = dt.date(2026, 8, 10)
    thai = iso_short(iso_worded(iso_days("เลื่อน milestone MFA ครั้งที่ 1 (30 ก.ย. → 13 พ.ย. 2569)"), day), day)
    assert [(f.before, f.after) for f in from_to(thai)] == [("2026-09-30", "2026-11-13")]
    filipino = iso_short(iso_worded(iso_days("Cebu go-live sa Sept 25 sa halip na Sept 11, pagkatapos ng bagyo"), day), day)
    assert [(f.before, f.after) for f in from_to(filipino)] == [("2026-09-11", "2026-09-25")]


def test_a_persian_move_with_its_gregorian_days_in_brackets_is_read() -> None:
    """Review 151a F4: "از ۲۶ اردیبهشت (2026-05-16) به ۲۰ تیر ۱۴۰۵ (2026-07-11)", from one day to another in the Solar
    Hijri calendar, each with its Gregorian day; a time "از ۱۰ اسفند تا ۱۰ اردیبهشت" with none is no move read."""
    text = ("محیط آزمایشی تی‌تک از ۱۰ اسفند تا ۱۰ اردیبهشت در دسترس نبود (I-03). نقطه عطف از ۲۶ اردیبهشت "
            "(2026-05-16) به ۲۰ تیر ۱۴۰۵ (2026-07-11) منتقل می‌شود.")
    assert [(f.before, f.after) for f in from_to(iso_days(text))] == [("2026-05-16", "2026-07-11")]


def test_a_khmer_move_is_read() -> None:
    """Review 152c F2: "SOC 24x7 ពី 2026-03-31 ទៅ 2026-05-29", the reports before it "106 days early"."""
    assert [(f.before, f.after) for f in from_to("SIEM appliances ដឹកយឺត។ SOC 24x7 ពី 2026-03-31 ទៅ 2026-05-29")] == [
        ("2026-03-31", "2026-05-29")]


def test_a_move_in_bengali_digits_and_words_and_in_lao() -> None:
    """Review 154a F1: "২০২৬-০৯-৩০ থেকে ২০২৬-১০-২১" (from 30 September to 21 October) not read, a report of July
    "21 days early" against the date the change set."""
    from generator.questionnaire.iso_dates import iso_days

    [move] = from_to(iso_days("পাইলট গো/নো-গো ২০২৬-০৯-৩০ থেকে ২০২৬-১০-২১ এ সরানো হবে"))
    assert (move.before, move.after) == ("2026-09-30", "2026-10-21")
    [lao] = from_to("ເລື່ອນ ຈາກ 2026-10-30 ເປັນ 2026-11-13")
    assert (lao.before, lao.after) == ("2026-10-30", "2026-11-13")
    assert from_to("2026-09-30 से 2026-10-21 तक")[0].after == "2026-10-21"


def test_a_move_in_luxembourgish_yoruba_and_scottish_gaelic_is_read() -> None:
    """Review 156a F1: "vum 03.12.2026 op den 18.12.2026" not read, three reports measured against the date it set;
    Yoruba "láti ... sí ...", Scottish Gaelic "bho ... gu ..."."""
    from generator.questionnaire.iso_dates import iso_days

    said = [(m.before, m.after) for text in ('"SIEM-Migratioun ofgeschloss" vum 03.12.2026 op den 18.12.2026',
                                             "Terraform baseline yóò lọ láti 2026-08-07 sí 2026-08-28",
                                             "gluais bho 2026-05-01 gu 2026-06-12")
            for m in from_to(iso_days(text))]
    assert said == [("2026-12-03", "2026-12-18"), ("2026-08-07", "2026-08-28"), ("2026-05-01", "2026-06-12")]


def test_isixhosa_from_and_to() -> None:
    """Review 160b F5: "I-wave 3 ishukumile ukusuka ku-2026-10-26 ukuya ku-2026-11-09" (moved from ... to ...), and a
    report before the change measured the milestone against the day it set."""
    assert [(f.before, f.after) for f in from_to("I-wave 3 ishukumile ukusuka ku-2026-10-26 ukuya ku-2026-11-09.")] \
        == [("2026-10-26", "2026-11-09")]

"""Days written as people write them, in ISO form."""

from __future__ import annotations

import datetime as dt

from generator.questionnaire.iso_dates import iso_days, iso_short, read_days_as, writes_day_first, writes_month_first


def test_days_with_dots_or_slashes_and_a_year_are_written_in_iso_form() -> None:
    """Review 80a F4: "vom 07.12.2026 auf den 11.01.2027"; review 107b F1: "al 31/07/2026"."""
    assert iso_days("vom 07.12.2026 auf den 11.01.2027") == "vom 2026-12-07 auf den 2027-01-11"
    assert iso_days("spostare il FAT al 31/07/2026") == "spostare il FAT al 2026-07-31"


def test_a_dotted_day_ending_a_sentence_is_read_and_a_dotted_version_number_is_not() -> None:
    """One pattern reads dotted days for moves and for `reached.days_in`; a full stop after the year ends a sentence,
    a digit after it makes a version number."""
    assert iso_days("Prostředí obnoveno 24. 2. 2025.") == "Prostředí obnoveno 2025-02-24."
    assert iso_days("auf den 11.01.2027.") == "auf den 2027-01-11."
    assert iso_days("version 1.12.03.2026.4") == "version 1.12.03.2026.4"


def test_slashed_days_without_a_year_are_read_in_the_order_one_of_them_shows() -> None:
    """Review 128b F8: "Prairie State live moves from 9/18 to 10/2." was not read as a move."""
    assert iso_short("moves from 9/18 to 10/2.", dt.date(2026, 9, 4)) == "moves from 2026-09-18 to 2026-10-02."
    assert iso_short("passe du 18/9 au 2/10", dt.date(2026, 9, 4)) == "passe du 2026-09-18 au 2026-10-02"
    assert iso_short("from 12/30 to 1/6", dt.date(2026, 12, 20)) == "from 2026-12-30 to 2027-01-06"
    # fractions, "24/7", one day alone, or days that could be read either way are left as written
    assert iso_short("a 3/4 majority, 24/7 support", dt.date(2026, 9, 4)) == "a 3/4 majority, 24/7 support"
    assert iso_short("from 3/4 to 5/6", dt.date(2026, 9, 4)) == "from 3/4 to 5/6"
    assert iso_short("due 9/18", dt.date(2026, 9, 4)) == "due 9/18"


def test_days_and_years_in_french_portuguese_and_spanish_words_are_written_in_digits() -> None:
    """Reviews 129c F5, 130c F2: "close le vingt mai deux mille vingt-cinq", "clos le quatre juin 2025" and "em quinze
    de julho de dois mil e vinte e cinco" were read as no day."""
    from generator.questionnaire.iso_dates import days_in_words

    assert days_in_words("anomalie close le vingt mai deux mille vingt-cinq.") == "anomalie close le 20 mai 2025."
    assert days_in_words("incident clos le quatre juin 2025") == "incident clos le 4 juin 2025"
    assert days_in_words("em quinze de julho de dois mil e vinte e cinco") == "em 15 de julho de 2025"
    assert days_in_words("el veintidós de marzo de dos mil veintiséis") == "el 22 de marzo de 2026"
    assert days_in_words("un deux trois, mai") == "un deux trois, mai"


def test_a_moves_first_day_without_a_year_takes_the_seconds() -> None:
    """Review 148b F4: "el piloto del 26/09 al 24/10/2025" not read as a move, so two reports showed the later date as
    their baseline."""
    assert iso_days("Mover el piloto del 26/09 al 24/10/2025") == "Mover el piloto del 2025-09-26 al 2025-10-24"
    assert iso_days("del 10/12 al 24/01/2026") == "del 2025-12-10 al 2026-01-24"  # (the year before)
    assert iso_days("moves from 9/26 to 10/24/2025") == "moves from 2025-09-26 to 2025-10-24"
    assert iso_days("from 9/10 to 10/11/2025") == "from 9/10 to 10/11/2025"  # (English, either order: not guessed)


def test_the_digits_of_other_scripts_are_read_as_ascii() -> None:
    """Review 154a F1: Bengali digits in a change's words."""
    from generator.questionnaire.iso_dates import ascii_digits, iso_days

    assert ascii_digits("২০২৬-০৯-৩০ ၂၀၂၆ ໒໐໒໖ ๒๕๖๙ ۱۴۰۵") == "2026-09-30 2026 2026 2569 1405"
    assert iso_days("৩০.০৯.২০২৬") == "2026-09-30"


def test_a_project_whose_language_writes_the_month_first_reads_its_slashed_days_so() -> None:
    """Review 154b F1: "acting program manager 8/3/2026 - 9/11/2026" in an American project is August 3 to
    September 11, not March to November; a text whose other day settles the order is read as it says."""
    role = "Acting program manager 8/3/2026 - 9/11/2026"
    assert iso_days(role) == "Acting program manager 2026-03-08 - 2026-11-09"  # (day first, as most write them)
    read_days_as("en-US")
    assert iso_days(role) == "Acting program manager 2026-08-03 - 2026-09-11"
    assert iso_days("from 8/3/2026 to 25/11/2026") == "from 2026-03-08 to 2026-11-25"  # (25 is no month)
    assert iso_short("moves from 9/8 to 10/2", dt.date(2026, 9, 1)) == "moves from 2026-09-08 to 2026-10-02"
    read_days_as("en")
    assert iso_days("moved from 8/3/2026 to 9/11/2026") == "moved from 8/3/2026 to 9/11/2026"  # (English: not guessed)
    assert iso_short("moves from 9/8 to 10/2", dt.date(2026, 9, 1)) == "moves from 9/8 to 10/2"


def test_english_of_a_region_that_writes_the_day_first_reads_its_slashed_days_so() -> None:
    """Review 159b F1: "Altona segmentation milestone from 12/2/27 to 5/3/27" in an Australian change was not read
    (English, each day's numbers both 12 or under, and a year of two digits), and a report before it measured the
    milestone against the date it set; CLDR writes English days first in Australia and Britain, year first in
    Canada."""
    read_days_as("en-AU")
    assert iso_days("milestone from 12/2/27 to 5/3/27") == "milestone from 2027-02-12 to 2027-03-05"
    assert iso_short("moves from 9/8 to 10/9", dt.date(2026, 9, 1)) == "moves from 2026-08-09 to 2026-09-10"
    read_days_as("en-GB")
    assert iso_days("moved from 8/3/2026 to 9/11/2026") == "moved from 2026-03-08 to 2026-11-09"
    for language in ("en-CA", "en", "en-US"):
        read_days_as(language)
        assert not writes_day_first(language)
        assert iso_days("moved from 8/3/2026 to 9/11/2026") != "moved from 2026-03-08 to 2026-11-09", language
    assert writes_day_first("en-NG") and writes_day_first("en_IE") and not writes_day_first("fr-FR")
    read_days_as(None)


def test_the_languages_read_month_first_are_those_whose_short_days_are_written_so() -> None:
    """The languages of `MONTH_FIRST` are CLDR's: a short day written month first in English, Spanish or
    Filipino there; "en" alone says no region, and is not read so."""
    import babel

    tags = ["en-US", "en-PH", "en-PR", "es-PR", "es-PA", "en-GU", "fil", "fil-PH", "en-GB", "en-AU", "en-CA", "en-IE",
            "en-IN", "en-NZ", "en-ZA", "es-US", "es-MX", "es-ES", "fr-CA", "de", "am-ET", "sw-KE", "ha-NG"]
    for tag in tags:
        short = babel.Locale.parse(tag.replace("-", "_")).date_formats["short"].pattern
        assert writes_month_first(tag) == short.startswith("M"), (tag, short)
    assert not writes_month_first("en") and not writes_month_first(None) and writes_month_first("en_US")

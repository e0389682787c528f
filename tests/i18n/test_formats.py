"""Numbers, money and dates as a language writes them: English without Babel (as Babel writes it), others through Babel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.i18n import formats, locales


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.integers(-10**15, 10**15), st.floats(-1e15, 1e15, allow_nan=False)))
def test_english_numbers_are_what_babel_writes_for_english(value: float) -> None:
    whole = float(value).is_integer()
    babel = formats._apply(formats._decimal_pattern("en", whole), value, "en")
    assert formats.decimal(value, "en") == babel
    assert formats.money(value, "EUR", formats.ENGLISH_MONEY, "en") == formats.money(value, "EUR", formats.ENGLISH_MONEY, "en-US")


def test_english_month_names_are_cldr_s() -> None:
    for month in range(1, 13):
        day = dt.date(2027, month, 1)
        assert locales.english().month(day) == formats.month(day, formats.ENGLISH_MONTH_YEAR, "en-US") == day.strftime("%b %Y")


def test_other_languages_write_their_own_numbers_money_and_dates() -> None:
    assert formats.decimal(1234567.5, "de") == "1.234.567,50"
    assert formats.decimal(1234567, "hi") == "12,34,567"
    assert formats.money(-8000, "EUR", "#,##0\u00a0¤¤", "de") == "-8.000\u00a0EUR"
    assert formats.money(1234.5, "JPY", "¤¤ #,##0", "ja") == "JPY 1,234.50"
    assert formats.percent(7.5, "de") == "7,5"
    assert formats.date(dt.date(2027, 1, 5), "d. MMMM y", "de") == "5. Januar 2027"
    assert formats.date(dt.date(2027, 1, 5), "yyyy-MM-dd", "he") == "2027-01-05"
    assert formats.month(dt.date(2027, 1, 5), "y年M月", "ja") == "2027年1月"
    assert Decimal(formats.decimal(0.125, "en").replace(",", "")) == Decimal("0.12")  # rounds as Python does




@pytest.mark.parametrize("value,text", [(0, "0"), (-0.0, "0"), (450000, "450,000"), (1234.5, "1,234.50"),
                                        (-1234.5, "-1,234.50"), (0.005, "0.01"), (1e15, "1,000,000,000,000,000")])
def test_english_decimals(value: float, text: str) -> None:
    assert formats.decimal(value, "en") == text


@pytest.mark.parametrize("value,text", [(10, "10"), (7.5, "7.5"), (0.25, "0.25"), (2_500_000, "2,500,000")])
def test_english_percentages(value: float, text: str) -> None:
    assert formats.percent(value, "en") == text


def test_english_money_has_the_code_a_space_and_the_amount() -> None:
    assert formats.money(8000, "EUR", formats.ENGLISH_MONEY, "en") == "EUR 8,000"
    assert formats.money(-1234.5, "USD", formats.ENGLISH_MONEY, "en") == "-USD 1,234.50"
    assert formats.money(8000, "", formats.ENGLISH_MONEY, "en") == "8,000"  # no currency: the number alone
    assert formats.money(8000, "EUR", "#,##0 ¤¤", "en") == "8,000 EUR"  # another pattern goes through Babel


def test_an_iso_date_is_the_same_in_every_language() -> None:
    day = dt.date(2027, 1, 5)
    assert {formats.date(day, formats.ISO_DATE, tag) for tag in ("en", "de", "ja", "he", "pt-BR")} == {"2027-01-05"}
    assert formats.date(day, "d MMM y", "pt-BR") == formats.date(day, "d MMM y", "pt_BR")


def test_percentages_elsewhere_drop_a_needless_decimal() -> None:
    assert formats.percent(10, "de") == "10" and formats.percent(2_500_000, "de") == "2.500.000"


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.integers(0, 10**15), st.floats(0, 1e15, allow_nan=False)))
def test_rupees_group_in_lakhs_and_crores_as_babel_writes_for_indian_english(value: float) -> None:
    # review 153c F3: "INR 18,500,000" beside the answers' "₹1.85 ਕਰੋੜ"
    whole = float(value).is_integer()
    babel = formats._apply(formats._decimal_pattern("en-IN", whole), value, "en-IN")
    assert formats.money(value, "INR", formats.ENGLISH_MONEY, "en") == f"INR {babel}"
    assert formats.money(-value, "NPR", formats.ENGLISH_MONEY, "en") == (f"-NPR {babel}" if value else "NPR 0")


def test_rupees_examples() -> None:
    assert formats.money(18_500_000, "INR", formats.ENGLISH_MONEY, "en") == "INR 1,85,00,000"
    assert formats.money(340_000, "inr", formats.ENGLISH_MONEY, "en") == "inr 3,40,000"
    assert formats.money(999, "BDT", formats.ENGLISH_MONEY, "en") == "BDT 999"
    assert formats.money(18_500_000, "PKR", formats.ENGLISH_MONEY, "en") == "PKR 18,500,000"

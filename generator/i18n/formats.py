"""Numbers, money and dates written the way a language writes them (CLDR data through Babel).

Babel is imported only when a language needs it: importing it and loading a
locale's data costs about 55 ms (measured with ``python -X importtime``: 28 ms
import, 27 ms first locale), a quarter of a whole ``pmdocs generate``.  English,
the default, is written with Python's own format specification instead, which
gives exactly what Babel gives for ``en`` (tests/test_i18n.py checks it against
Babel), so an English pack never imports Babel.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import babel
    from babel.numbers import NumberPattern

ISO_DATE = "yyyy-MM-dd"  # the CLDR pattern of an ISO 8601 date, written without Babel
ENGLISH_MONEY = "¤¤ #,##0"  # pmdocs's English money pattern: the ISO code, a space, the amount
ENGLISH_MONTH_YEAR = "MMM y"
# Python's format specification writes numbers as these CLDR locales do ("," groups of three, "." decimals).
PYTHON_NUMBERS = frozenset({"en"})
_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # CLDR en, abbreviated


def decimal(value: float, language: str) -> str:
    """Return a number with the language's grouping: no decimals when whole (``450,000``), else two (``1,234.50``)."""
    whole = float(value).is_integer()
    if language in PYTHON_NUMBERS:
        return f"{int(value):,}" if whole else f"{value:,.2f}"
    return _apply(_decimal_pattern(language, whole), value, language)


def percent(value: float, language: str) -> str:
    """Return a percentage's number without a needless decimal, e.g. ``10`` or ``7.5``."""
    if language in PYTHON_NUMBERS:
        return f"{value:g}" if abs(value) < 1e6 else decimal(value, language)
    if abs(value) >= 1e6:
        return decimal(value, language)
    pattern = copy.copy(_decimal_pattern(language, True))
    pattern.frac_prec = (0, 6)
    return _apply(pattern, value, language)


def money(value: float, currency: str, pattern: str, language: str) -> str:
    """Return an amount of money in a CLDR pattern (``¤¤`` is the ISO code), e.g. ``EUR 8,000`` or ``-EUR 1,234.50``.

    Whole amounts have no decimals, others two, whatever the currency; without a currency, the number alone.
    """
    if not currency:
        return decimal(value, language)
    if language in PYTHON_NUMBERS and pattern == ENGLISH_MONEY:
        sign = "-" if value < 0 else ""
        number = _lakh(abs(value)) if currency.upper() in LAKH_CURRENCIES else decimal(abs(value), language)
        return f"{sign}{currency} {number}"
    parsed = copy.copy(_parse(pattern))
    parsed.frac_prec = (0, 0) if float(value).is_integer() else (2, 2)
    return _apply(parsed, value, language, currency)


# currencies whose amounts English groups in lakhs and crores, as CLDR's en-IN does (``INR 1,85,00,000``): review
# 153c F3, a Ludhiana pack whose answers said "₹1.85 ਕਰੋੜ" beside "INR 18,500,000" in fifteen documents
LAKH_CURRENCIES = frozenset({"INR", "NPR", "BDT"})


def _lakh(value: float) -> str:
    """Return a positive amount grouped as South Asian English groups it: the last three digits, then twos."""
    whole = float(value).is_integer()
    text = f"{int(value)}" if whole else f"{value:.2f}"
    digits, _, cents = text.partition(".")
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    number = ",".join(([head] if head else []) + groups + [tail])
    return f"{number}.{cents}" if cents else number


def date(value: dt.date, pattern: str, language: str) -> str:
    """Return a date in a CLDR pattern; ``yyyy-MM-dd`` is ISO 8601 in every language."""
    if pattern == ISO_DATE:
        return value.isoformat()
    from babel.dates import format_date  # lazily: see the module's docstring

    return format_date(value, pattern, locale=_babel_locale(language))


def month(value: dt.date, pattern: str, language: str) -> str:
    """Return a month and its year, as on a time axis, e.g. ``Jan 2027``."""
    if language in PYTHON_NUMBERS and pattern == ENGLISH_MONTH_YEAR:
        return f"{_ENGLISH_MONTHS[value.month - 1]} {value.year}"
    return date(value, pattern, language)


@functools.lru_cache(maxsize=None)
def _babel_locale(language: str) -> babel.Locale:
    """Return Babel's data of a language (``pt-BR`` and ``pt_BR`` alike)."""
    import babel  # lazily: see the module's docstring

    return babel.Locale.parse(language, sep="-" if "-" in language else "_")


@functools.lru_cache(maxsize=None)
def _parse(pattern: str) -> NumberPattern:
    """Return a CLDR number pattern, parsed once."""
    from babel.numbers import parse_pattern  # lazily: see the module's docstring

    parsed: NumberPattern = parse_pattern(pattern)
    return parsed


@functools.lru_cache(maxsize=None)
def _decimal_pattern(language: str, whole: bool) -> NumberPattern:
    """Return the language's decimal pattern with no decimals (whole numbers) or exactly two."""
    pattern: NumberPattern = copy.copy(_babel_locale(language).decimal_formats[None])
    pattern.frac_prec = (0, 0) if whole else (2, 2)
    return pattern


def _apply(pattern: NumberPattern, value: float, language: str, currency: str | None = None) -> str:
    """Return a number in a pattern; a float is taken at its exact binary value, so it rounds as Python rounds it.

    Adding 0 turns a negative zero into zero, as Python writes it.
    """
    from decimal import Decimal  # lazily, as Babel: only languages other than English need it

    text: str = pattern.apply(Decimal(value) + 0, _babel_locale(language), currency=currency, currency_digits=False)
    return text

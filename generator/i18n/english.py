"""English numbers for messages to the user (diagnostics), whatever language the documents are written in.

Documents format through their `generator.i18n.locales.Locale`; these are its English forms.
"""

from __future__ import annotations

from generator.i18n import locales


def amount(value: float) -> str:
    """Return a number with thousands separators, e.g. ``450,000`` or ``1,234.50``."""
    return locales.english().decimal(value)


def percent(value: float) -> str:
    """Return a percentage without a needless decimal, e.g. ``10`` or ``7.5``."""
    return locales.english().percent(value)

"""Small formatters shared by messages and documents."""

from __future__ import annotations


def amount(value: float) -> str:
    """Return a number with thousands separators, e.g. ``450,000`` or ``1,234.50``."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def percent(value: float) -> str:
    """Return a percentage without a needless decimal, e.g. ``10`` or ``7.5``."""
    return f"{value:g}" if abs(value) < 1e6 else amount(value)

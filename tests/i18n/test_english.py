"""English numbers for messages: thousands separators, two decimals only when needed, percentages without a needless one."""

from __future__ import annotations

import pytest

from generator.i18n.english import amount, percent


@pytest.mark.parametrize("value,text", [(0, "0"), (450000, "450,000"), (1234.5, "1,234.50"), (-8000, "-8,000"),
                                        (999.999, "1,000.00"), (1e6, "1,000,000")])
def test_amounts(value: float, text: str) -> None:
    assert amount(value) == text


@pytest.mark.parametrize("value,text", [(10, "10"), (7.5, "7.5"), (0, "0"), (12.25, "12.25"), (2_000_000, "2,000,000")])
def test_percentages(value: float, text: str) -> None:
    assert percent(value) == text

"""The formats of questionnaire texts: BCP 47 language tags and IANA time zones (with or without a zone database)."""

from __future__ import annotations

import pytest

from generator.questionnaire import value_formats
from generator.questionnaire.value_formats import language_problem, time_zone_problem


@pytest.mark.parametrize("tag", ["en", "de", "pt-BR", "zh-Hant-TW", "es-419", "sr-Latn-RS", "EN-gb", "de-CH-1901",
                                 "en-US-x-twain", "x-klingon"])
def test_language_tags_accepted(tag: str) -> None:
    assert language_problem(tag) is None


@pytest.mark.parametrize("tag", ["english", "e", "en_US", "en-", "en--US", "en US", "123", "de-DEUTSCH-"])
def test_language_tags_refused(tag: str) -> None:
    assert language_problem(tag) is not None


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/Argentina/Buenos_Aires", "UTC", "Etc/GMT-2", "Asia/Kolkata"])
def test_time_zones_accepted(zone: str) -> None:
    assert time_zone_problem(zone) is None


def test_time_zones_checked_by_shape_without_a_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(value_formats, "time_zones", lambda: frozenset())
    assert time_zone_problem("Europe/Berlin") is None and time_zone_problem("America/Argentina/Buenos_Aires") is None
    assert time_zone_problem("Europe Berlin") is not None and time_zone_problem("+02:00") is not None

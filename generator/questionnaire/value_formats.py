"""The formats a questionnaire's texts must follow: project codes, e-mails, dates, language tags, time zones and currencies."""

from __future__ import annotations

import functools
import re
from typing import Optional

from generator.questionnaire.suggest import did_you_mean
from generator.resources import DATA

CODE_RE = re.compile(r"^[A-Z0-9-]{2,20}$")
EMAIL_RE = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")
DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# BCP 47 (RFC 5646) language tags: language[-extlang][-script][-region][-variant]*[-extension]*[-x-private], or x-private.
LANGUAGE_TAG_RE = re.compile(
    r"^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?"
    r"(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[A-WYZa-wyz\d](?:-[A-Za-z\d]{2,8})+)*(?:-[Xx](?:-[A-Za-z\d]{1,8})+)?"
    r"|[Xx](?:-[A-Za-z\d]{1,8})+)$"
)
# The shape of an IANA zone name; used only when the system has no time zone database to check against.
TIME_ZONE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9][A-Za-z0-9_+-]*)*$")
_UTC_OFFSET_RE = re.compile(r"^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?00)?$", re.IGNORECASE)
_CURRENCIES_FILE = DATA / "currencies.txt"


@functools.lru_cache(maxsize=1)
def currencies() -> frozenset[str]:
    """Return the ISO 4217 currency codes pmdocs accepts."""
    lines = _CURRENCIES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    """Return the IANA time zone names of the system's database (empty when it has none)."""
    import zoneinfo  # ~4 ms with sysconfig: only for a questionnaire that names a time zone

    try:
        return frozenset(zoneinfo.available_timezones())
    except (OSError, ValueError):  # an unreadable database: fall back to the name pattern
        return frozenset()


def time_zone_problem(text: str) -> Optional[str]:
    """Return why a text is not an IANA time zone name, or None when it is one."""
    zones = time_zones()
    if text in zones or (not zones and TIME_ZONE_RE.match(text)):
        return None
    offset = _UTC_OFFSET_RE.match(text)
    if offset:
        sign = "-" if offset.group(1) == "+" else "+"
        hint = (f" (did you mean 'Etc/GMT{sign}{int(offset.group(2))}'? IANA writes offsets with the sign reversed;"
                " better, name a city such as Europe/Berlin, which also follows daylight saving time)")
    else:
        city = re.sub(r"\s+", "_", text.strip()).casefold()
        by_city = sorted(zone for zone in zones if "/" in zone and zone.rsplit("/", 1)[1].casefold() == city)
        hint = (f" (did you mean '{by_city[0]}'?)" if by_city else did_you_mean(text, zones, cutoff=0.75)) \
            or " such as Europe/Berlin, America/New_York or Asia/Tokyo"
    return f"'{text}' is not an IANA time zone name{hint}"


def language_problem(text: str) -> Optional[str]:
    """Return why a text is not a BCP 47 language tag, or None when it is one."""
    if LANGUAGE_TAG_RE.match(text):
        return None
    fixed = re.sub(r"[_\s]+", "-", text.strip())
    hint = f" (did you mean '{fixed}'? subtags are joined with '-')" if LANGUAGE_TAG_RE.match(fixed) else ""
    return f"'{text}' is not a BCP 47 language tag such as en, de, fr-CA or pt-BR{hint}"

"""Days written as people write them in a change's words ("07.12.2026", "31/07/2026", "9/18"), in ISO form: the
form the moves of `baseline_moves` are read in."""

from __future__ import annotations

import datetime as dt
import re

_DOTTED = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")  # "9. 11. 2026" too, as Czech writes it


def iso_days(text: str) -> str:
    """Return a text with its days written day first with dots ("07.12.2026", as German and others write them) in
    ISO form, the form the moves below read (review 80a F4: "Go-Live vom 07.12.2026 auf den 11.01.2027 verschieben"
    was not read, and a report of before the change measured the go-live against the date it set)."""
    def iso(found: re.Match[str]) -> str:
        try:
            return dt.date(int(found.group(3)), int(found.group(2)), int(found.group(1))).isoformat()
        except ValueError:
            return found.group(0)
    text = _DOTTED.sub(iso, text) if "." in text else text
    if "/" not in text:
        return text

    def slashed(found: re.Match[str]) -> str:
        first, second = int(found.group(1)), int(found.group(2))
        if first <= 12 and second <= 12 and _ENGLISH.search(text):
            return found.group(0)  # "07/09/2026" in English may be July 9: not guessed
        day, month = (second, first) if second > 12 else (first, second)
        try:
            return dt.date(int(found.group(3)), month, day).isoformat()
        except ValueError:
            return found.group(0)
    # ... and with slashes, day first as most languages write them ("spostare il FAT al 31/07/2026", review 107b
    # F1), unless both could be the month in an English text
    return _SLASHED.sub(slashed, text)


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_SHORT_SLASHED = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/]|\.\d|,\d)")


def iso_short(text: str, around: dt.date) -> str:
    """Return a text with its days written with a slash and no year ("moves from 9/18 to 10/2", review 128b F8) in
    ISO form: month first where one of them can only be read so (its second number above 12), day first where one can
    only be read so; otherwise, or where they disagree, as written. The year is the one that puts the day nearest
    ``around`` (the change's date)."""
    pairs = [(int(a), int(b)) for a, b in _SHORT_SLASHED.findall(text) if (a, b) != ("24", "7")]  # (not "24/7")
    month_first, day_first = any(b > 12 >= a for a, b in pairs), any(a > 12 >= b for a, b in pairs)
    if len(pairs) < 2 or month_first == day_first:  # a move gives two days
        return text

    def iso(found: re.Match[str]) -> str:
        if found.group(0) == "24/7":
            return found.group(0)
        month, day = (int(found.group(1)), int(found.group(2))) if month_first else (int(found.group(2)),
                                                                                       int(found.group(1)))
        try:
            days = [dt.date(around.year + step, month, day) for step in (-1, 0, 1)]
        except ValueError:
            return found.group(0)
        return min(days, key=lambda when: abs((when - around).days)).isoformat()
    return _SHORT_SLASHED.sub(iso, text)
_ENGLISH = re.compile(r"\b(?:the|to|and|from|of|is|for)\b", re.IGNORECASE)

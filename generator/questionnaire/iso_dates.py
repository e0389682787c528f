"""Days written as people write them in a change's words ("07.12.2026", "31/07/2026", "9/18"), in ISO form: the
form the moves of `baseline_moves` are read in."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Optional

# a day written day first with dots, "07.12.2026", and "24. 2. 2025" as Czech and Slovak write it (review 145a)
DOTTED = re.compile(r"(?<!\d)(?<!\d\.)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d|\.\d)")  # (a sentence may end after it)


# the digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Tamil, Thai, Lao, Myanmar, Khmer,
# ...), as ASCII ones: "২০২৬-০৯-৩০" is 2026-09-30 (review 154a F1)
NATIVE_DIGITS = {c: str(unicodedata.digit(chr(c))) for c in range(0x0660, 0x1A9A)
                 if unicodedata.category(chr(c)) == "Nd"}


def ascii_digits(text: str) -> str:
    """Return a text with the digits of other scripts as ASCII ones, each in its place."""
    return text.translate(NATIVE_DIGITS)


# The order of a day written with slashes whose text does not settle it ("8/3/2026"): month first in a project whose
# language writes days so ("en-US", review 154b F1: an American stand-in's 8/3/2026 - 9/11/2026 read as March to
# November), set for each project read (`read_days_as`); otherwise day first, as most languages write them, or not
# guessed in English
_READING = {"order": ""}  # "month" (first), "day" (first: English of a region that writes it so) or "" (not said)
# the languages of regions that write a day's month first, as CLDR's short dates do (checked against Babel in the
# tests; Spanish in the US writes the day first there)
MONTH_FIRST = frozenset({"en-US", "en-PH", "en-PR", "en-VI", "en-UM", "en-MP", "en-AS", "en-GU", "en-MH", "es-PR",
                         "es-PA", "fil"})


def writes_month_first(language: Optional[str]) -> bool:
    """Return True when a language tag says a day's month is written first ("en-US", "en_PH", "fil"; not "en"
    alone, nor "en-GB")."""
    base, region = _language_region(language)
    return base == "fil" or f"{base}-{region}" in MONTH_FIRST


def _language_region(language: Optional[str]) -> tuple[str, str]:
    """Return a language tag's language (lower case) and region (upper case, "" when it gives none)."""
    parts = re.split(r"[-_]", language or "")
    return parts[0].lower(), next((part.upper() for part in parts[1:] if len(part) == 2), "")


# the English of regions whose short days CLDR writes year first (the others, month first or day first)
YEAR_FIRST_ENGLISH = frozenset({"CA", "JP", "SE", "ZA"})


def writes_day_first(language: Optional[str]) -> bool:
    """Return True when a language tag is English of a region that writes a day before its month ("en-AU", "en-GB",
    "en-NG"; not "en" alone, nor "en-US", nor "en-CA", which writes the year first): other languages' slashed days
    are read day first whatever their region (`iso_days`)."""
    base, region = _language_region(language)
    return base == "en" and bool(region) and not writes_month_first(language) and region not in YEAR_FIRST_ENGLISH


def read_days_as(language: Optional[str]) -> None:
    """Read the slashed days of the project about to be read in the order its language writes them (each project's
    checks and view model set it first: the same process reads projects one after another)."""
    _READING["order"] = "month" if writes_month_first(language) else "day" if writes_day_first(language) else ""


def reading_order() -> str:
    """Return the order the project being read writes a day in: "month" (first), "day" (first) or "" (not said)."""
    return _READING["order"]


def reading_month_first() -> bool:
    """Return True while the project being read writes a day's month first (`read_days_as`)."""
    return _READING["order"] == "month"


def reading_day_first() -> bool:
    """Return True while the project being read is in English of a region that writes a day first (`read_days_as`:
    review 159b F1, "from 12/2/27 to 5/3/27" in an Australian change not read)."""
    return _READING["order"] == "day"


def iso_days(text: str) -> str:
    """Return a text with its days written day first with dots ("07.12.2026", as German and others write them) in
    ISO form, the form the moves below read (review 80a F4: "Go-Live vom 07.12.2026 auf den 11.01.2027 verschieben"
    was not read, and a report of before the change measured the go-live against the date it set)."""
    text = ascii_digits(text)

    def iso(found: re.Match[str]) -> str:
        try:
            return dt.date(int(found.group(3)), int(found.group(2)), int(found.group(1))).isoformat()
        except ValueError:
            return found.group(0)
    text = DOTTED.sub(iso, text) if "." in text else text
    if "/" not in text:
        return text
    # a year of two digits is this century's: "from 12/2/27 to 5/3/27" (review 159b F1)
    text = _SLASHED_YY.sub(lambda found: f"{found.group(1)}/{found.group(2)}/20{found.group(3)}", text)

    # the text's other days tell which way it writes them: "from 02/12/2024 to 13/01/2025" is day first (review 136b
    # F2: the move not read, a report of August "42 days early")
    pairs = [(int(a), int(b)) for a, b, _ in SLASHED.findall(text)]
    day_first, month_first = any(a > 12 >= b for a, b in pairs), any(b > 12 >= a for a, b in pairs)
    month_first = month_first or reading_month_first() and not day_first

    def slashed(found: re.Match[str]) -> str:
        first, second = int(found.group(1)), int(found.group(2))
        if first <= 12 and second <= 12 and _ENGLISH.search(text) and day_first == month_first \
                and not reading_day_first():
            return found.group(0)  # "07/09/2026" in English may be July 9: not guessed (but in British English)
        day, month = _day_month(first, second, day_first, month_first)
        try:
            return dt.date(int(found.group(3)), month, day).isoformat()
        except ValueError:
            return found.group(0)
    # ... and with slashes, day first as most languages write them ("spostare il FAT al 31/07/2026", review 107b
    # F1), unless both could be the month in an English text
    text = SLASHED.sub(slashed, text)

    # ... and a move's first day without a year, before a second day with one: "el piloto del 26/09 al 24/10/2025"
    # (review 148b F4), in the order the text's other days show, in the second's year or the year before
    def first_of_move(found: re.Match[str]) -> str:
        first, second = int(found.group(1)), int(found.group(2))
        if first <= 12 and second <= 12 and day_first == month_first and not reading_day_first():
            return found.group(0)  # not guessed
        day, month = _day_month(first, second, day_first, month_first)
        then = found.group(4)
        year = int(then[:4]) - ((month, day) > (int(then[5:7]), int(then[8:10])))
        try:
            return f"{dt.date(year, month, day).isoformat()}{found.group(3)}{then}"
        except ValueError:
            return found.group(0)
    return _SHORT_BEFORE.sub(first_of_move, text)


def _day_month(first: int, second: int, day_first: bool, month_first: bool) -> tuple[int, int]:
    """Return a slashed day's (day, month) from its two numbers: the one above 12 is the day; where both could be the
    month, month first only where the text's other days are written so and none day first."""
    month_then_day = second > 12 or (first <= 12 and month_first and not day_first)
    return (second, first) if month_then_day else (first, second)


# a day written with slashes and its year: "31/07/2026", "8/3/2026"
SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_SLASHED_YY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])")  # ... and a year of two digits: "5/3/27"
_SHORT_BEFORE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])(\s*(?:al|a|to|até|ao|au|bis|hasta|-|–)\s*"
                           r"(?:el\s+|le\s+|the\s+|o\s+)?)(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_SHORT_SLASHED = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/]|\.\d|,\d)")


def iso_short(text: str, around: dt.date) -> str:
    """Return a text with its days written with a slash and no year ("moves from 9/18 to 10/2", review 128b F8) in
    ISO form: month first where one of them can only be read so (its second number above 12), day first where one can
    only be read so; otherwise, or where they disagree, as written. The year is the one that puts the day nearest
    ``around`` (the change's date)."""
    pairs = [(int(a), int(b)) for a, b in _SHORT_SLASHED.findall(text) if (a, b) != ("24", "7")]  # (not "24/7")
    month_first, day_first = any(b > 12 >= a for a, b in pairs), any(a > 12 >= b for a, b in pairs)
    month_first = month_first or reading_month_first() and not day_first
    day_first = day_first or reading_day_first() and not month_first
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


# Days and years written in words, as formal French, Portuguese and Spanish write them: "clos le quatre juin 2025",
# "close le vingt mai deux mille vingt-cinq", "em quinze de julho de dois mil e vinte e cinco" (reviews 129c F5,
# 130c F2: closing days read as not recorded)
_UNITS = {"fr": "un deux trois quatre cinq six sept huit neuf".split(),
          "pt": "um dois três quatro cinco seis sete oito nove".split(),
          "es": "uno dos tres cuatro cinco seis siete ocho nueve".split()}
_TEENS = {"fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split(),
          "pt": "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove".split(),
          "es": "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve".split()}


def _number_words() -> dict[str, int]:
    """Return the words of the numbers 1 to 31 in French, Portuguese and Spanish, each with its number."""
    words: dict[str, int] = {"premier": 1, "primeiro": 1, "primero": 1, "quatorze": 14, "dezasseis": 16,
                             "dezassete": 17, "dezanove": 19, "veintiún": 21}
    for lang in ("fr", "pt", "es"):
        for n, word in enumerate(_UNITS[lang], start=1):
            words[word] = n
        for n, word in enumerate(_TEENS[lang], start=10):
            words[word] = n
    for n, word in enumerate(_UNITS["fr"], start=1):
        words[f"vingt-{word}"] = words[f"vingt {word}"] = 20 + n
    words.update({"vingt": 20, "vingt et un": 21, "vingt-et-un": 21, "trente": 30, "trente et un": 31,
                  "trente-et-un": 31, "vinte": 20, "trinta": 30, "trinta e um": 31, "veinte": 20, "treinta": 30,
                  "treinta y uno": 31})
    for n, word in enumerate(_UNITS["pt"], start=1):
        words[f"vinte e {word}"] = 20 + n
    for n, word in enumerate("uno dós trés cuatro cinco séis siete ocho nueve".split(), start=1):
        words[f"veinti{word}"] = 20 + n
    words.update({"veintidós": 22, "veintitrés": 23, "veintiséis": 26})
    return words


_NUMBERS = _number_words()
_NUMBER = "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True))
_MONTH_WORDS = (r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
                r"|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
                r"|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre")
_IN_WORDS = re.compile(rf"(?<![\w-])({_NUMBER})(\s+(?:de\s+)?)({_MONTH_WORDS})\b"
                       rf"(?:(\s+(?:de\s+)?)(deux mille|dois mil|dos mil)(?:\s+(?:e\s+)?({_NUMBER}))?(?![\w-]))?",
                       re.IGNORECASE)


def days_in_words(text: str) -> str:
    """Return a text with a day written in words before a month's name, and a year in words after it, in digits
    ("le vingt mai deux mille vingt-cinq" as "le 20 mai 2025")."""
    def digits(found: re.Match[str]) -> str:
        day = _NUMBERS[found.group(1).casefold()]
        year = ""
        if found.group(5):
            year = f"{found.group(4)}{2000 + (_NUMBERS[found.group(6).casefold()] if found.group(6) else 0)}"
        return f"{day}{found.group(2)}{found.group(3)}{year}"
    text = _ORDINAL_DAY.sub(lambda f: f"{_ORDINALS[f.group(1).casefold().replace(' ', '-')]} {f.group(2)}", text)
    return _IN_WORDS.sub(digits, text) if _A_MONTH.search(text) else text


_A_MONTH = re.compile(_MONTH_WORDS, re.IGNORECASE)
# English days as ordinal words, and as ordinal numbers with "of": "Resolved on Friday, the ninth of October, 2026",
# "the 9th of October" (review 136a F3: the day of a letter named later in the resolution read instead)
_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINALS = {**{word: n for n, word in enumerate(_ORDINAL_UNITS, start=1)},
             **{word: n for n, word in enumerate("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
                                                  "seventeenth eighteenth nineteenth twentieth".split(), start=10)},
             **{f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, start=1)},
             "thirtieth": 30, "thirty-first": 31,
             **{f"{n}{end}": n for n in range(1, 32) for end in ("st", "nd", "rd", "th")}}
_ORDINAL_DAY = re.compile(r"(?<![\w-])(?:the\s+)?((?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh"
                          r"|eighth|ninth)|thirtieth|twentieth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
                          r"|sixteenth|seventeenth|eighteenth|nineteenth|first|second|third|fourth|fifth|sixth|seventh"
                          r"|eighth|ninth|\d{1,2}(?:st|nd|rd|th))\s+of\s+(january|february|march|april|may|june|july|august"
                          r"|september|october|november|december)\b", re.IGNORECASE)

"""What the pictures share to lay themselves out: text measuring and wrapping, month ticks, round steps, grid axes.

Layout grows with the content instead of shrinking it: names are wrapped inside
their cells and rows grow, so 2 or 60 entries never overlap.  Widths are generous
estimates, because the reader's font is not known when the picture is drawn.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Sequence
from typing import Optional

from generator.i18n.locales import Locale, english
from generator.pictures.scene import Text
from generator.questionnaire.rules import LEVELS

MUTED, GRID = "#52606d", "#cbd2d9"
LABEL_LIMIT = 80


def label(value: str) -> str:
    """Return a name short enough for a picture (the documents' tables hold it in full)."""
    value = " ".join(value.split())
    return value if len(value) <= LABEL_LIMIT else value[: LABEL_LIMIT - 1] + "\u2026"


def char_width(char: str, size: float) -> float:
    """Return a generous estimate of a character's advance width."""
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return size * 1.0
    if ord(char) >= 0x1F000:
        return size * 1.15
    if unicodedata.combining(char):
        return 0.0
    return size * (0.62 if char.isupper() or char in "mwMW@%" else 0.56)


def text_width(text: str, size: float) -> float:
    """Return the estimated width of a text at a font size."""
    return sum(char_width(c, size) for c in text)


Box = tuple[float, float, float, float]  # left, top, right, bottom


def text_box(x: float, y: float, text: str, size: float, anchor: str = "start") -> Box:
    """Return the estimated box a text drawn at (``x``, ``y``: its baseline) covers."""
    width = text_width(text, size)
    left = x - width if anchor == "end" else x - width / 2 if anchor == "middle" else x
    return left, y - size * 0.8, left + width, y + size * 0.25


BOLD_WIDER = 1.15  # bold text as a Word drawing sets it runs this much wider than `text_width`'s estimate


def _bold_box(x: float, y: float, text: str, size: float, anchor: str) -> Box:
    """Return the box of a bold label (`text_box`, widened by `BOLD_WIDER` away from its anchor)."""
    left, top, right, bottom = text_box(x, y, text, size, anchor)
    extra = (right - left) * (BOLD_WIDER - 1)
    if anchor == "end":
        return left - extra, top, right, bottom
    if anchor == "middle":
        return left - extra / 2, top, right + extra / 2, bottom
    return left, top, right + extra, bottom


def place(text: str, size: float, spots: Sequence[tuple[float, float, str]], taken: list[Box], room: Box
          ) -> tuple[float, float, str]:
    """Return the first of ``spots`` (x, y, anchor) where a bold label lies within ``room`` and clear of the boxes
    already ``taken`` (else the first within ``room``, else the first), and add its box to ``taken`` (review 52b: a label clear of a
    line in the picture's estimate ran over it in Word, whose bold text is wider)."""
    def fits(box: Box) -> bool:
        inside = room[0] <= box[0] and box[2] <= room[2] and room[1] <= box[1] and box[3] <= room[3]
        return inside and all(min(box[2], o[2]) - max(box[0], o[0]) <= 0 or min(box[3], o[3]) - max(box[1], o[1]) <= 0
                              for o in taken)
    def inside(box: Box) -> bool:
        return room[0] <= box[0] and box[2] <= room[2] and room[1] <= box[1] and box[3] <= room[3]
    def overlap(box: Box) -> float:
        return sum(max(0.0, min(box[2], o[2]) - max(box[0], o[0])) * max(0.0, min(box[3], o[3]) - max(box[1], o[1]))
                   for o in taken)
    # none clear: the one inside the room that overlaps least of what is there (a label crossing a line beats one
    # cut off, and a line beats another label: review 160b F7, "approved budget" and "forecast at completion" drawn
    # over each other)
    within = [spot for spot in spots if inside(_bold_box(spot[0], spot[1], text, size, spot[2]))]
    chosen = next((spot for spot in spots if fits(_bold_box(spot[0], spot[1], text, size, spot[2]))),
                  min(within, key=lambda spot: overlap(_bold_box(spot[0], spot[1], text, size, spot[2])))
                  if within else spots[0])
    taken.append(_bold_box(chosen[0], chosen[1], text, size, chosen[2]))
    return chosen


def wrap(text: str, width: float, size: float) -> list[str]:
    """Return text broken into lines that fit ``width``; over-long words are broken too (one pass, linear)."""
    lines: list[str] = []
    line, line_w = "", 0.0
    space = char_width(" ", size)
    for word in text.split():
        word_w = text_width(word, size)
        if line and line_w + space + word_w <= width:
            line, line_w = f"{line} {word}", line_w + space + word_w
            continue
        if line:
            lines.append(line)
        line, line_w = "", 0.0
        if word_w <= width:
            line, line_w = word, word_w
            continue
        piece: list[str] = []
        piece_w = 0.0
        hyphen = char_width("-", size)
        for index, char in enumerate(word):
            w = char_width(char, size)
            # a word of letters broken between two of them ends its line with a hyphen, as print does (review 96a
            # F4: "Benutzeranforderungsspezifikati" / "on (URS)"); East Asian text breaks anywhere, with none; Thai,
            # Lao, Khmer and Burmese, written without spaces between words, with none and between syllables
            # (review 139b: "ระบบ-" / "นัดหมาย")
            unspaced = _UNSPACED.match(char) is not None
            lettered = (char.isalpha() and not unspaced and unicodedata.east_asian_width(char) not in ("W", "F")
                        and bool(piece) and piece[-1].isalpha())
            if piece and piece_w + w + (hyphen if lettered and index < len(word) - 1 else 0.0) > width:
                cut = _syllable_break(piece, char) if unspaced else len(piece)
                lines.append("".join(piece[:cut]) + ("-" if lettered else ""))
                piece = piece[cut:]
                piece_w = sum(char_width(c, size) for c in piece)
            piece.append(char)
            piece_w += w
        line, line_w = "".join(piece), piece_w
    if line:
        lines.append(line)
    return lines or [""]


_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")  # Thai, Lao, Burmese, Khmer
_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")  # vowels written before
_FOLLOWING = frozenset("\u0e30\u0e32\u0e33\u0e45\u0e46\u0e2f\u0eb0\u0eb2\u0eb3")  # vowels and marks after


def _can_break_before(previous: str, char: str) -> bool:
    """Return True when a line may end between two characters of an unspaced script: never before a combining mark
    or a vowel written after its consonant, nor after a vowel written before it."""
    return not (unicodedata.category(char).startswith("M") or char in _FOLLOWING or previous in _LEADING)


def _syllable_break(piece: list[str], char: str) -> int:
    """Return where to end a full line of an unspaced script before ``char`` comes: at the last place a line may end
    (the whole line when that is before ``char`` itself or there is none)."""
    if _can_break_before(piece[-1], char):
        return len(piece)
    for cut in range(len(piece) - 1, 0, -1):
        if _can_break_before(piece[cut - 1], piece[cut]):
            return cut
    return len(piece)


def months(start: dt.date, end: dt.date, room: float) -> list[dt.date]:
    """Return month starts from start to end, thinned so that their labels fit in ``room`` units."""
    found, day = [], dt.date(start.year, start.month, 1)
    while day <= end:
        found.append(day)
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    fits = max(1, int(room // 60))
    step = max(1, -(-len(found) // fits))
    return found[::step]


def month_label(day: dt.date, locale: Optional[Locale] = None) -> str:
    """Return a month tick's label as the language writes it, e.g. ``Feb 2027``."""
    return (locale or english()).month(day)


def level_word(level: str, locale: Optional[Locale] = None) -> str:
    """Return a level (``low``, ``medium``, ``high``: of influence, interest, likelihood, impact or a risk band) in words."""
    loc = locale or english()
    # Translators: a level of influence, interest, likelihood or impact, or a risk's band, as a picture labels it.
    words = {"low": loc.pgettext("level", "low"), "medium": loc.pgettext("level", "medium"),
             "high": loc.pgettext("level", "high")}
    return words[level]


def nice_step(largest: float, count: int = 4, whole: bool = False) -> float:
    """Return a round step (1, 2, 2.5 or 5 times a power of ten) that covers ``largest`` in ``count`` steps; with
    ``whole``, for a quantity counted in whole units (days), never a fraction: no 2.5, no step under 1."""
    raw = max(largest, 1e-9) / count
    magnitude = float(10 ** math.floor(math.log10(raw)))
    factors = (1, 2, 5, 10) if whole and magnitude < 10 else (1, 2, 2.5, 5, 10)
    return max(1.0 if whole else 0.0, next(f * magnitude for f in factors if f * magnitude >= raw))


def grid_axes(axis_w: float, cell_w: float, top: float, bottom: float, across: str, down: str,
              locale: Optional[Locale] = None) -> list[Text]:
    """Return the column labels and both axis titles (``across``, ``down``: in words) of a 3 x 3 grid of low/medium/high."""
    out = [Text(axis_w + col * cell_w + cell_w / 2, bottom + 18, level_word(level, locale), 11, "bold", anchor="middle")
           for col, level in enumerate(LEVELS)]
    out.append(Text(axis_w + 1.5 * cell_w, bottom + 36, f"{across} →", 11, fill=MUTED, anchor="middle"))
    out.append(Text(axis_w - 8, top - 8, f"{down} ↑", 11, fill=MUTED, anchor="end"))  # upright: Word draws it alike
    return out

"""How wide a text runs on the Word page as LibreOffice lays it out, from the advance widths of its body font.

A Word file names Cambria; a machine without it (or its metric twin Caladea) lays the text out in DejaVu Serif,
the widest of the fonts pmdocs's checks meet, so the one-page estimate measures in it: an A4 line (453.5 pt between
the margins) of 11-point text holds about 80 average characters, the unit every width here counts in.  The widths
(``generator/data/text_widths.json``, in thousandths of an em) were read from DejaVu Serif 2.37 with fontTools:
``python -m generator.view.text_width /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf`` rewrites them (fontTools
is needed for that only).  A character the font lacks counts as a wide Latin letter; a Chinese or Japanese one (two
units) is set in a CJK font at one em.
"""

from __future__ import annotations

import functools
import importlib
import json
import sys
import unicodedata

from generator.resources import DATA

UNIT = 453.5 / 80 / 11 * 1000  # thousandths of an em in one unit: an A4 line of 11-point text is 80 units
MISSING = 700  # a character the font lacks (thousandths of an em): about a wide Latin letter's


@functools.lru_cache(maxsize=None)
def _widths() -> dict[str, int]:
    data: dict[str, int] = json.loads((DATA / "text_widths.json").read_bytes())["regular"]
    return data


def wide(ch: str) -> bool:
    """Return True for an East Asian wide or full-width character (two units: one em of a CJK font)."""
    return ord(ch) >= 0x1100 and unicodedata.east_asian_width(ch) in "WF"


def measure(text: str) -> float:
    """Return the width of a text in units (80 to an A4 line of 11-point body text)."""
    widths = _widths()
    narrow = [ch for ch in text if not wide(ch)]
    return 2 * (len(text) - len(narrow)) + sum(widths.get(ch, _MARK if _marks(ch) else MISSING) for ch in narrow) / UNIT


_MARK = 0  # a mark set on the letter before it (a vowel sign, a tone mark), where the font lacks it: no advance


def _marks(ch: str) -> bool:
    """Return True for a combining mark that takes no room of its own (Burmese, Thai, Khmer, Indian scripts' vowel
    signs above and below: review 153a F6, a Burmese summary's key dates left out for a page counted too full)."""
    return unicodedata.category(ch) in ("Mn", "Me")


SPACE = 318 / UNIT  # the width of a space, in units


def main(argv: list[str]) -> None:  # pragma: no cover - run by hand when the font changes
    """Rewrite the widths file from a font (regular) and its bold face, with fontTools."""
    tt_lib = importlib.import_module("fontTools.ttLib")
    ranges = [(0x20, 0x2FF), (0x370, 0x3FF), (0x400, 0x4FF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F),
              (0x2190, 0x21FF), (0x2200, 0x22FF), (0x530, 0x58F), (0x10A0, 0x10FF)]  # (Armenian, Georgian: review 150b F6)
    out: dict[str, object] = {"font": "DejaVu Serif", "units": 1000}
    for face, path in zip(("regular", "bold"), argv):
        font = tt_lib.TTFont(path)
        per_em, cmap, metrics = font["head"].unitsPerEm, font.getBestCmap(), font["hmtx"]
        out[face] = {chr(cp): round(metrics[cmap[cp]][0] * 1000 / per_em)
                     for start, stop in ranges for cp in range(start, stop + 1) if cp in cmap}
    (DATA / "text_widths.json").write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                                           encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])

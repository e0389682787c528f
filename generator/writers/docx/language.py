"""Word's language tags: which language a run's text is in, so spelling and screen readers read each part in its own."""

from __future__ import annotations

import re

from generator.render.escape import rtl, xml_attr

EAST_ASIAN = ("zh", "ja", "ko")  # written in East Asian script: Word reads their text as East Asian
# complex scripts written left to right: Thai, Lao, Khmer, Burmese and the scripts of India, whose text Word reads in
# its complex-script slot (review 111a F4: Thai tagged in the Latin slot, LibreOffice broke "Shop|Now" and "WM|S"
# and hyphenated Thai)
COMPLEX = ("th", "lo", "km", "my", "hi", "mr", "ne", "bn", "pa", "gu", "ta", "te", "kn", "ml", "si", "or", "as")


def lang_xml(tag: str) -> str:
    """Return the ``w:lang`` element tagging text as written in ``tag`` (a BCP 47 tag, e.g. ``de``, ``pt-BR``).

    Word keeps three languages per run, one per kind of script: the tag is set for
    the script its language is written in: Latin for a language written in it, the complex
    script's alone for Thai, Arabic and the like (a right-to-left one's run read right to
    left), East Asian alone for Chinese, Japanese or Korean.
    The Latin words of a Japanese answer ("Windows XP", "SIer") keep the document's
    own language: tagged Japanese, LibreOffice breaks them at any letter, as it breaks
    Japanese text (review 82c F5: "Win|dows", "SI|er", "20|26" in narrow cells).
    """
    primary = tag.split("-")[0].lower()
    value = xml_attr(tag)
    if primary in EAST_ASIAN:
        return f"<w:lang w:eastAsia={value}/>"
    if rtl(tag):  # its text read right to left (`escape.rtl`); its Latin words and digits keep the document's
        return f"<w:rtl/><w:lang w:bidi={value}/>"  # (review 111b F2)
    if primary in COMPLEX:  # the complex-script slot alone, as Word keeps Thai; its Latin words the document's
        return f"<w:lang w:bidi={value}/>"
    return f"<w:lang w:val={value}/>"


RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"  # a right-to-left isolate's start, a left-to-right one's, an isolate's end
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic and their forms
# letters that join or stack (Arabic, Hebrew points, Syriac, the scripts of India, Thai, Lao, Burmese and their forms):
# a style's letter spacing tears them apart (review 113c F8: an Arabic title's letters joined by a line, as if struck
# through)
_JOINED_LETTER = re.compile("[\u0590-\u08ff\u0900-\u0eff\u1000-\u109f\ufb1d-\ufdff\ufe70-\ufeff]")
# digits joined by hyphens (an ISO date, "2025-2026") in text read right to left: each group of digits after a
# right-to-left letter is read as its own number, in right-to-left order ("2025-11-13" shown "13-11-2025", and broken
# at a line's end as "-01-2026" / "31"; review 113c F3)
_HYPHENED_DIGITS = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]+(?:-[0-9\u0660-\u0669\u06f0-\u06f9]+)+")


def isolated(text: str) -> str:
    """Return an answer printed outside the document's tagged text (a cover's project name, its organization) set
    apart in a right-to-left isolate when it holds right-to-left letters, else as it is (review 112a F5: a Hebrew
    project name's closing quote shown at its other end on every cover)."""
    return f"{RLI}{text}{PDI}" if _RTL_LETTER.search(text or "") else text


def numbers_kept(text: str) -> str:
    """Return text read right to left with each group of digits joined by hyphens (a date, a range of years) set
    apart left to right, so it keeps its order and its line (review 113c F3)."""
    return _HYPHENED_DIGITS.sub(lambda match: f"{LRI}{match.group(0)}{PDI}", text)


def unspaced(text: str) -> str:
    """Return the run property taking a style's letter spacing off text whose letters join or stack, or ''."""
    return '<w:spacing w:val="0"/>' if _JOINED_LETTER.search(text) else ""


right_to_left = rtl  # a language written right to left (`escape.rtl`)

"""Word's language tags: which language a run's text is in, so spelling and screen readers read each part in its own."""

from __future__ import annotations

import re

from generator.render.escape import RTL_LANGUAGES, rtl, xml_attr

EAST_ASIAN = ("zh", "ja", "ko")  # written in East Asian script: Word reads their text as East Asian
RIGHT_TO_LEFT = tuple(sorted(RTL_LANGUAGES))  # complex script (right to left)
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
    if primary in RIGHT_TO_LEFT:  # its text read right to left; its Latin words and digits keep the document's
        return f"<w:rtl/><w:lang w:bidi={value}/>"  # (review 111b F2)
    if primary in COMPLEX:  # the complex-script slot alone, as Word keeps Thai; its Latin words the document's
        return f"<w:lang w:bidi={value}/>"
    return f"<w:lang w:val={value}/>"


RLI, PDI = "\u2067", "\u2069"  # a right-to-left isolate's start, and an isolate's end
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic and their forms


def isolated(text: str) -> str:
    """Return an answer printed outside the document's tagged text (a cover's project name, its organization) set
    apart in a right-to-left isolate when it holds right-to-left letters, else as it is (review 112a F5: a Hebrew
    project name's closing quote shown at its other end on every cover)."""
    return f"{RLI}{text}{PDI}" if _RTL_LETTER.search(text or "") else text


right_to_left = rtl  # a language written right to left (`RIGHT_TO_LEFT`)

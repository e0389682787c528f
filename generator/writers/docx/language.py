"""Word's language tags: which language a run's text is in, so spelling and screen readers read each part in its own."""

from __future__ import annotations

from generator.render.escape import xml_attr

EAST_ASIAN = ("zh", "ja", "ko")  # written in East Asian script: Word reads their text as East Asian
RIGHT_TO_LEFT = ("ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv")  # complex script (right to left)


def lang_xml(tag: str) -> str:
    """Return the ``w:lang`` element tagging text as written in ``tag`` (a BCP 47 tag, e.g. ``de``, ``pt-BR``).

    Word keeps three languages per run, one per kind of script: the tag is set for
    the script its language is written in: Latin (and others) always, right-to-left too
    when it is such a language, East Asian alone when it is Chinese, Japanese or Korean.
    The Latin words of a Japanese answer ("Windows XP", "SIer") keep the document's
    own language: tagged Japanese, LibreOffice breaks them at any letter, as it breaks
    Japanese text (review 82c F5: "Win|dows", "SI|er", "20|26" in narrow cells).
    """
    primary = tag.split("-")[0].lower()
    value = xml_attr(tag)
    if primary in EAST_ASIAN:
        return f"<w:lang w:eastAsia={value}/>"
    extra = f" w:bidi={value}" if primary in RIGHT_TO_LEFT else ""
    return f"<w:lang w:val={value}{extra}/>"

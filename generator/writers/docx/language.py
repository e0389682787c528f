"""Word's language tags: which language a run's text is in, so spelling and screen readers read each part in its own."""

from __future__ import annotations

from generator.render.escape import xml_attr

EAST_ASIAN = ("zh", "ja", "ko")  # written in East Asian script: Word reads their text as East Asian
RIGHT_TO_LEFT = ("ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv")  # complex script (right to left)


def lang_xml(tag: str) -> str:
    """Return the ``w:lang`` element tagging text as written in ``tag`` (a BCP 47 tag, e.g. ``de``, ``pt-BR``).

    Word keeps three languages per run, one per kind of script: the tag is set for
    Latin text always, and for East Asian or right-to-left text when it is such a language.
    """
    primary = tag.split("-")[0].lower()
    value = xml_attr(tag)
    extra = (f" w:eastAsia={value}" if primary in EAST_ASIAN else "") + (
        f" w:bidi={value}" if primary in RIGHT_TO_LEFT else "")
    return f"<w:lang w:val={value}{extra}/>"

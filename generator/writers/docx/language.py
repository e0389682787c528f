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


def spelling_tag(documents: str, answers: str) -> str:
    """Return the language Word marks a document's text as (its default, in the styles): the answers' tag when it is
    a variant of the documents' language (``en-GB`` answers in English documents), else the documents' tag.

    The variant goes on the whole document, not only on the answers' runs: Word then checks
    British spelling everywhere in the answers, and pmdocs's own English text (which spells
    with -ize, "organization", as British Oxford spelling does) reads as the same English, so
    one document is never checked half as British and half as generic English.  Answers in
    another language altogether keep their own runs' tag (`generator.render.answers`).
    """
    if answers.lower().startswith(documents.lower() + "-"):
        return answers
    return documents

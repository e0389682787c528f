"""The answers' language: which printed values are answer text, and the span that tags them for screen readers.

``project.language`` (BCP 47, ``en`` by default) is the language the answers are
written in; pmdocs's own words are in the documents' language (the render's
locale).  When the two differ, every value a template prints that is a free-text
answer of the questionnaire, the very text the questionnaire holds, is written as
``<span lang="TAG">escaped text</span>`` (`generator.render.escape.lang_span`): the site keeps the span as it
is, the reader (`generator.ir.reader`) makes it a `Lang` node and the Word writer
tags its runs.  Enumerations (``high``, ``planning``), codes, e-mail addresses,
language tags, references and entries' ids are pmdocs's vocabulary or no language
at all and are never tagged, and so are pmdocs's own words that happen to equal an answer ("Sponsor" as a
table's label where an escalation level was answered "Sponsor"): an answer is known by the object the
questionnaire holds, not by its letters.  When the languages agree nothing changes: English packs are
written exactly as before.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Iterable, Optional

from generator.questionnaire import model as m
from generator.questionnaire.model_types import hints, is_list, unwrap_optional
from generator.record import Record
from generator.render.escape import lang_span
from generator.view.context import Context

IDENTIFIERS = ("id",)  # an entry's id is a code in no language (R-01, CR-001), whether answered or pmdocs's default


class Tagging(Record):
    """Return how a render tags answer text: the answers' language and every free-text answer, and the texts of a
    communication item held in a language of its own (its ``language``)."""

    lang: str
    texts: tuple[str, ...]  # the answers themselves, held so that their identities below stay theirs
    ids: frozenset[int]
    # an item's own texts, by identity, and their language ('' for the documents' own: not tagged)
    own: dict[int, str] = dataclasses.field(default_factory=dict, compare=False)
    # people's names in another script than the answers', by their letters, and the language recorded for them
    # (review 96b F6: "佐藤 健太", of a person reading Japanese, tagged es-MX among Spanish answers)
    scripts: dict[str, str] = dataclasses.field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, lang: str, texts: Iterable[str], own: Iterable[tuple[str, str]] = (),
           documents: str = "") -> Tagging:
        """Return the tagging of answers in ``lang``: every answer text, but those in Latin letters alone when the
        language is written in another script ("Daniel Okafor" among Japanese answers is no Japanese, and tagged so
        Word would break it as Japanese); ``own``: texts in a language of their own, untagged in the ``documents``'
        language (review 80c F5: an item answered "language: en" was tagged as Portuguese)."""
        parts = lang.lower().split("-")
        if parts[0] in OTHER_SCRIPTS and "latn" not in parts:
            texts = (t for t in texts if _in_script_of(t, parts[0]))
        elif parts[0] in MARKED_LATIN:  # (review 110a F8: "Supplier Integration Manager", "daily" tagged Vietnamese)
            texts = (t for t in texts if not t.isascii())
        pairs = tuple(own)
        held = tuple(texts) + tuple(text for text, _ in pairs)
        return cls(lang, held, frozenset(map(id, held)),
                   {id(text): "" if documents and same_language(tag, documents) else tag for text, tag in pairs})

    def lang_of(self, value: object) -> str:
        """Return the language ``value`` is tagged with when it is an answer itself (the string the questionnaire
        holds, not pmdocs's own word that has the same letters) or a part of one (`Held`), else ""."""
        if isinstance(value, Held):
            return value.lang
        if isinstance(value, str) and id(value) in self.ids:
            return self.own.get(id(value), self.scripts.get(value, self.lang))
        return ""

    def tag(self, value: object, escaped: str) -> str:
        """Return escaped text wrapped in the answers' language (or its item's) when ``value`` is an answer, or a
        part of one (`lang_of`), else as it is."""
        lang = self.lang_of(value) if escaped else ""
        return lang_span(lang, escaped) if lang else escaped


class Held(str):
    """An answer's text as a template trimmed it ("The risk." less its full stop): still the answer, in its language
    (review 110a F8: an executive summary's risks, trimmed, lost their tag and were read as English)."""

    lang: str

    def __new__(cls, text: str, lang: str) -> Held:
        held = super().__new__(cls, text)
        held.lang = lang
        return held


# Languages written in a script other than the Latin alphabet (primary subtags), and the last Latin letter's code
OTHER_SCRIPTS = frozenset({"ja", "zh", "ko", "ar", "fa", "ur", "he", "yi", "ru", "uk", "be", "bg", "mk", "sr", "kk",
                           "ky", "mn", "el", "th", "lo", "km", "my", "hi", "mr", "ne", "bn", "pa", "gu", "ta", "te",
                           "kn", "ml", "si", "ka", "hy", "am"})
LATIN_END = 0x24F
# Languages written in Latin letters whose every phrase holds a letter beyond ASCII (Vietnamese's tone marks): an
# answer in ASCII letters alone among them is in another language ("Jan de Vries", "weekly"), and left untagged
MARKED_LATIN = frozenset({"vi"})


def same_language(first: str, second: str) -> bool:
    """Return True when one tag covers the other (``en`` and ``en-GB``; not ``zh-Hans`` and ``zh-Hant``)."""
    a, b = first.lower().split("-"), second.lower().split("-")
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def answer_texts(q: m.Questionnaire) -> list[str]:
    """Return every free-text answer of a questionnaire that has words (no enumeration, code, address, tag,
    word such as ``board``, nor text without a letter such as ``1.0``): each answer the questionnaire holds, equal
    ones too, and each reference that names an answered person, deliverable or milestone."""
    found: list[str] = []
    refs: list[str] = []
    _collect(q, found, refs)
    prose = [text for text in found if any(char.isalpha() for char in text)]
    named = set(prose)
    return prose + [ref for ref in refs if ref in named]


def _collect(obj: object, found: list[str], refs: list[str]) -> None:
    """Add the free-text answers held by a model object (a dataclass, or a list of them) to ``found``, and the
    references it holds to ``refs``."""
    if isinstance(obj, list):
        for item in obj:
            _collect(item, found, refs)
        return
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return
    types = hints(type(obj))
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if value is None or isinstance(value, (bool, int, float)) or f.name in IDENTIFIERS:
            continue
        if f.metadata.get("ref"):
            refs.extend(value if isinstance(value, list) else [value])
        elif _is_prose(types[f.name], f.metadata.get("fmt")):
            found.extend(value if isinstance(value, list) else [value])
        else:
            _collect(value, found, refs)


def _is_prose(tp: object, formatted: object) -> bool:
    """Return True for a field that holds free text (``str`` or a list of it), not a reference or a format's value."""
    if formatted:
        return False
    tp = unwrap_optional(tp)
    if is_list(tp):
        tp = typing.get_args(tp)[0]
    return tp is str


_last: list[tuple[Context, Optional[Tagging]]] = []  # the last render's: one project is rendered at a time


def item_texts(q: m.Questionnaire) -> list[tuple[str, str]]:
    """Return the free-text answers of each communication item held in a language of its own (its ``language``),
    with that language: its name, purpose, channel, frequency and format."""
    found: list[tuple[str, str]] = []
    for item in q.communication.items if q.communication else []:
        if item.language:
            texts: list[str] = []
            _collect(item, texts, [])
            found += [(text, item.language) for text in texts if any(char.isalpha() for char in text)]
    return found


def tagging(ctx: Context) -> Optional[Tagging]:
    """Return how a project's render tags answer text; None when the answers are in the documents' language."""
    if _last and _last[0][0] is ctx:
        return _last[0][1]
    lang, documents = ctx.q.project.language, ctx.locale.tag
    # an item held in the documents' language is answered in it (review 80c F5: "language: en" in a Portuguese
    # pack); one held in another is described in the answers' language, as any answer (review 81a F6: English words
    # for a letter sent in French are no French)
    # (but a text the item's own language cannot hold is the answers': Japanese words of an item held in English, an
    # accented word in an English pack's, review 144b F3: "Teams(ブリッジSE同席、英語)", "Videollamada en inglés")
    own = [(text, tag) for text, tag in item_texts(ctx.q) if same_language(tag, documents)
           and not _answers_own(text, lang, documents)]
    scripts = _scripts(ctx.q.people, lang)
    if same_language(lang, documents):  # only the names in another script, in their people's language (review 95c
        # F3: Chinese names among English answers, untagged, were set in a Japanese font)
        named = [text for text in answer_texts(ctx.q) if text in scripts]
        found = dataclasses.replace(Tagging.of(lang, named), scripts=scripts) if named else None
    else:
        found = dataclasses.replace(Tagging.of(lang, answer_texts(ctx.q), own, documents), scripts=scripts)
    _last[:] = [(ctx, found)]
    return found


def _answers_own(text: str, lang: str, documents: str) -> bool:
    """Return True when a text of an item held in the documents' language is in the answers' language by its letters:
    those of the answers' own script (`OWN_SCRIPT`), or, in an English pack, a Latin letter English does not use."""
    primary = lang.lower().split("-")[0]
    if primary in OTHER_SCRIPTS:
        return _in_script_of(text, primary)
    return same_language(documents, "en") and any(ch.isalpha() and not ch.isascii() and ord(ch) <= LATIN_END
                                                  for ch in text)


def _scripts(people: Iterable[m.Person], lang: str) -> dict[str, str]:
    """Return the names written in another script than the answers' language's (`OTHER_SCRIPTS`), of people whose
    recorded language is written in such a script, with that language (`Tagging.scripts`)."""
    if lang.lower().split("-")[0] in OTHER_SCRIPTS:
        return {}
    return {p.name: p.language for p in people if p.language and p.language.lower().split("-")[0] in OTHER_SCRIPTS
            and _not_latin(p.name)}


# the letters of the scripts the languages of `OTHER_SCRIPTS` are written in (code point ranges): an answer with none of
# them is in another language ("王海涛" among Mongolian answers, review 119a F9: tagged Mongolian, set in a Japanese font)
_CYRILLIC = ((0x0400, 0x052F),)
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
OWN_SCRIPT: dict[str, tuple[tuple[int, int], ...]] = {
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn"), _CYRILLIC),
    "ja": ((0x3040, 0x30FF), *_HAN), "zh": _HAN, "ko": ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF), *_HAN),
    **dict.fromkeys(("ar", "fa", "ur"), _ARABIC), "he": ((0x0590, 0x05FF),), "yi": ((0x0590, 0x05FF),),
    "el": ((0x0370, 0x03FF), (0x1F00, 0x1FFF)), "th": ((0x0E00, 0x0E7F),), "lo": ((0x0E80, 0x0EFF),),
    "km": ((0x1780, 0x17FF),), "my": ((0x1000, 0x109F),), **dict.fromkeys(("hi", "mr", "ne"), ((0x0900, 0x097F),)),
    "bn": ((0x0980, 0x09FF),), "pa": ((0x0A00, 0x0A7F),), "gu": ((0x0A80, 0x0AFF),), "ta": ((0x0B80, 0x0BFF),),
    "te": ((0x0C00, 0x0C7F),), "kn": ((0x0C80, 0x0CFF),), "ml": ((0x0D00, 0x0D7F),), "si": ((0x0D80, 0x0DFF),),
    "ka": ((0x10A0, 0x10FF),), "hy": ((0x0530, 0x058F),), "am": ((0x1200, 0x139F),),
}


def _in_script_of(text: str, language: str) -> bool:
    """Return True when a text is written in a language's own script, not in Latin letters (`_not_latin`,
    `_in_own_script`): an answer in that language, of one written in another script."""
    return _not_latin(text) and _in_own_script(text, language)


def _in_own_script(text: str, language: str) -> bool:
    """Return True when a text holds a letter of its language's script (`OWN_SCRIPT`; any, for a language not listed)."""
    ranges = OWN_SCRIPT.get(language)
    return ranges is None or any(low <= ord(ch) <= high for ch in text for low, high in ranges)


def _not_latin(text: str) -> bool:
    """Return True when a text holds a letter beyond the Latin alphabet's (`LATIN_END`)."""
    return any(ch.isalpha() and ord(ch) > LATIN_END for ch in text)


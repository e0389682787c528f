"""A document language: its message catalog (gettext) and its ways of writing numbers, money and dates.

`get` returns the `Locale` of a language tag from the compiled catalogs in
``generator/data/locale``; ``en-XA`` is a pseudo-language that writes English with
every message in brackets, to show what text does not come from the catalog.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
from typing import Optional

from generator.errors import UserError
from generator.i18n import formats
from generator.record import Record
from generator.resources import DATA

CATALOGS = DATA / "locale"
DEFAULT = "en"
PSEUDO = "en-XA"  # English, every message in brackets (never its formats)


class Locale(Record):
    """Return one document language: translated messages and formatted values.

    Every message is a ``%``-format (as Jinja's newstyle ``{% trans %}`` writes them):
    ``%(name)s`` placeholders, filled from ``values`` after translation; a literal ``%`` is ``%%``.
    """

    tag: str
    translations: gettext.NullTranslations
    numbers: str  # the CLDR language whose numbers and dates this one writes
    pseudo: bool = False

    def gettext(self, message: str, /, **values: object) -> str:
        """Return a message in this language, its placeholders filled."""
        return self._fill(self.translations.gettext(message), values)

    def ngettext(self, singular: str, plural: str, n: int, /, **values: object) -> str:
        """Return the form of a message for ``n`` things (``n`` is also a placeholder unless given)."""
        values.setdefault("n", n)
        return self._fill(self.translations.ngettext(singular, plural, n), values)

    def pgettext(self, context: str, message: str, /, **values: object) -> str:
        """Return a message told apart by its context (the same English word meaning two things)."""
        return self._fill(self.translations.pgettext(context, message), values)

    def npgettext(self, context: str, singular: str, plural: str, n: int, /, **values: object) -> str:
        """Return the form for ``n`` things of a message told apart by its context."""
        values.setdefault("n", n)
        return self._fill(self.translations.npgettext(context, singular, plural, n), values)

    def _fill(self, text: str, values: dict[str, object]) -> str:
        """Return a translated message with its placeholders filled (and bracketed in the pseudo-language)."""
        text = text % values
        return f"[{text}]" if self.pseudo else text

    def __reduce__(self) -> tuple[object, ...]:
        """Return how to rebuild the locale in another process: from its tag (a catalog's plural rule does not pickle)."""
        return (get, (self.tag,))

    # -- values: the patterns are messages in the "format" context (CLDR patterns a translator may change) --

    def decimal(self, value: float) -> str:
        """Return a number with the language's grouping: no decimals when whole, else two (``1,234.50``)."""
        return formats.decimal(value, self.numbers)

    def shift(self, value: int) -> str:
        """Return a change to a schedule in words, the same way either side: ``5 days later``, ``20 days earlier``,
        ``no change to the schedule`` (the change-control plan, the forms and the picture of approved changes say it
        alike)."""
        if value == 0:
            return self.gettext("no change to the schedule")
        days = self.ngettext("%(n)s day", "%(n)s days", abs(value), n=self.decimal(abs(value)))
        if value < 0:
            return self.gettext("%(days)s earlier", days=days)
        if value > 0:
            return self.gettext("%(days)s later", days=days)
        return days

    def percent(self, value: float) -> str:
        """Return a percentage's number without a needless decimal (``10``, ``7.5``)."""
        return formats.percent(value, self.numbers)

    def money(self, value: float, currency: str) -> str:
        """Return an amount of money with its ISO currency code, as the language writes it (``EUR 8,000``)."""
        # Translators: a CLDR number pattern for money; ¤¤ is the ISO code (EUR); decimals are added when needed.
        return formats.money(value, currency, self.translations.pgettext("format", "¤¤ #,##0"), self.numbers)

    def date(self, value: dt.date) -> str:
        """Return a date as the language writes it in documents (English: ISO 8601, ``2027-01-05``)."""
        # Translators: a CLDR date pattern for dates in documents; yyyy-MM-dd keeps ISO 8601 (2027-01-05).
        return formats.date(value, self.translations.pgettext("format", "yyyy-MM-dd"), self.numbers)

    def month(self, value: dt.date) -> str:
        """Return a month and its year, as on a time axis (``Jan 2027``)."""
        # Translators: a CLDR date pattern for a month on a time axis (Jan 2027).
        return formats.month(value, self.translations.pgettext("format", "MMM y"), self.numbers)


def N_(message: str) -> str:
    """Return a message unchanged: marks it for the catalog where it is defined; it is translated where it is used."""
    return message


def available() -> tuple[str, ...]:
    """Return the languages documents can be written in: one a compiled catalog (``en`` today)."""
    return tuple(sorted(path.stem for path in CATALOGS.glob("*.mo")))


def get(tag: Optional[str] = None) -> Locale:
    """Return the locale of a language tag (the default, English, when none); an unknown one is the user's error."""
    return _load(tag or DEFAULT)


@functools.lru_cache(maxsize=None)
def _load(tag: str) -> Locale:
    """Return the locale of a language tag, read once per process."""
    if tag == PSEUDO:
        return Locale(PSEUDO, _translations(DEFAULT), DEFAULT, pseudo=True)
    if tag not in available():
        raise UserError(f"documents cannot be written in '{tag}': the languages with a catalog are "
                        f"{', '.join(available())}")
    return Locale(tag, _translations(tag), tag)


def _translations(tag: str) -> gettext.GNUTranslations:
    """Return a language's compiled catalog (Python's own gettext reads it: no Babel at run time)."""
    with open(CATALOGS / f"{tag}.mo", "rb") as handle:
        return gettext.GNUTranslations(handle)


def english() -> Locale:
    """Return the default locale: English."""
    return get(DEFAULT)


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

"""The message catalogs' upkeep: the English source lists every message of the code and templates, each .mo is its .po."""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from generator.i18n import catalogs, locales


def _messages(catalog: Catalog) -> set[tuple[object, object]]:
    """Return a Babel catalog's messages as (context, id) pairs, the header left out."""
    return {(m.context, m.id) for m in catalog if m.id}


def test_every_message_in_the_code_and_templates_is_in_the_english_catalog_and_no_other() -> None:
    with open(catalogs.SOURCE, "rb") as handle:
        source = read_po(handle)
    assert _messages(catalogs.extract()) == _messages(source), "run: python -m generator.i18n.catalogs"


def test_each_compiled_catalog_holds_what_its_po_says() -> None:
    for po in sorted(locales.CATALOGS.glob("*.po")):
        compiled = gettext.GNUTranslations(io.BytesIO(catalogs.mo_bytes(po)))
        shipped = gettext.GNUTranslations(io.BytesIO(po.with_suffix(".mo").read_bytes()))
        assert shipped._catalog == compiled._catalog, f"{po.name}: run python -m generator.i18n.catalogs"  # type: ignore[attr-defined]


def test_the_english_source_is_what_the_command_writes() -> None:
    assert catalogs.po_text(catalogs.extract()) == catalogs.SOURCE.read_bytes(), "run: python -m generator.i18n.catalogs"


def test_po_text_is_sorted_without_line_numbers_or_the_clock() -> None:
    catalog = catalogs._new_catalog("pt-BR")
    catalog.add("Zebra", auto_comments=["Translators: an animal"])
    catalog.add("Apple", locations=[("generator/x.py", 12)])
    catalog.add("May", context="month")
    text = catalogs.po_text(catalog).decode("utf-8")
    assert text.index('msgid "Apple"') < text.index('msgid "May"') < text.index('msgid "Zebra"')
    assert "x.py:12" not in text and "#. Translators: an animal" in text and 'msgctxt "month"' in text
    assert "2000-01-01" in text and '"Language: pt_BR\\n"' in text
    assert catalogs.po_text(catalog) == text.encode("utf-8")


def test_a_po_file_compiles_to_the_mo_gettext_reads(tmp_path: Path) -> None:
    catalog = catalogs._new_catalog("de")
    catalog.add("Contents", "Inhalt")
    catalog.add(("%(n)s day", "%(n)s days"), ("%(n)s Tag", "%(n)s Tage"))
    catalog.add("Date", "Datum", context="label")
    po = tmp_path / "de.po"
    po.write_bytes(catalogs.po_text(catalog))
    read = gettext.GNUTranslations(io.BytesIO(catalogs.mo_bytes(po)))
    assert read.gettext("Contents") == "Inhalt" and read.gettext("Unknown") == "Unknown"
    assert read.ngettext("%(n)s day", "%(n)s days", 2) == "%(n)s Tage"
    assert read.pgettext("label", "Date") == "Datum"


def test_the_keywords_cover_every_gettext_function_of_a_locale() -> None:
    marked = {"gettext", "ngettext", "pgettext", "npgettext"}
    assert marked <= set(catalogs.KEYWORDS) and {"_", "N_"} <= set(catalogs.KEYWORDS)
    assert all(hasattr(locales.Locale, name) for name in marked)

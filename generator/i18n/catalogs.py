"""The message catalogs' upkeep: extract every message from the code and templates, compile .po to .mo.

Run ``python -m generator.i18n.catalogs`` after changing a message: it rewrites
``generator/data/locale/en.po`` (the English source, which lists every message)
from the code and the templates, brings every other language's .po up to date
with it, and compiles each .po to the .mo that pmdocs reads.  The .mo files are
committed, so pmdocs reads them with Python's own gettext and never imports Babel
for messages; tests/test_i18n.py checks both files are what this command writes.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from generator import __version__
from generator.i18n.locales import CATALOGS, DEFAULT
from generator.resources import PACKAGE, builtin_templates_dir

SOURCE = CATALOGS / f"{DEFAULT}.po"
FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)  # the catalogs' header dates: never the clock's
KEYWORDS = {"gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3), "_": None, "N_": None}
COMMENT_TAGS = ("Translators:",)
JINJA = {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true", "newstyle_gettext": "true"}


def extract() -> Catalog:
    """Return the English source catalog: every message of pmdocs's Python code and built-in templates."""
    catalog = _new_catalog(DEFAULT)
    sources = [(PACKAGE, [("**.py", "python")], {}), (builtin_templates_dir(), [("**.j2", "jinja2")], {"**.j2": JINJA})]
    for folder, methods, options in sources:
        for filename, _, message, comments, context in extract_from_dir(
                folder, methods, options, keywords=KEYWORDS, comment_tags=COMMENT_TAGS, strip_comment_tags=True):
            catalog.add(message, None, [], auto_comments=comments, context=context)
    return catalog


def _new_catalog(tag: str) -> Catalog:
    """Return an empty catalog whose header never changes from one run to the next."""
    return Catalog(locale=tag.replace("-", "_"), project="pmdocs", version=__version__, copyright_holder="the pmdocs team",
                   msgid_bugs_address="", creation_date=FIXED_DATE, revision_date=FIXED_DATE, fuzzy=False)


def po_text(catalog: Catalog) -> bytes:
    """Return a catalog as .po text: messages sorted, no line numbers (so edits elsewhere in a file change nothing)."""
    out = io.BytesIO()
    write_po(out, catalog, width=120, sort_output=True, include_lineno=False, include_previous=False)
    return out.getvalue()


def mo_bytes(po: Path) -> bytes:
    """Return a .po file compiled to .mo."""
    with open(po, "rb") as handle:
        catalog = read_po(handle)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def update() -> list[Path]:
    """Rewrite the English source from the code, update every other language's .po from it, compile them all."""
    source = extract()
    written = [SOURCE]
    SOURCE.write_bytes(po_text(source))
    for po in sorted(CATALOGS.glob("*.po")):
        if po != SOURCE:
            with open(po, "rb") as handle:
                catalog = read_po(handle)
            catalog.update(source, no_fuzzy_matching=True)
            po.write_bytes(po_text(catalog))
        po.with_suffix(".mo").write_bytes(mo_bytes(po))
        written.append(po.with_suffix(".mo"))
    return written


def main() -> None:
    """Update and compile the catalogs, saying which files were written."""
    for path in update():
        print(path.relative_to(PACKAGE.parent))


if __name__ == "__main__":
    main()

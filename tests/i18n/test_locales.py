"""The documents' languages: the catalog holds every message, English is written as before, nothing is hard-coded."""

from __future__ import annotations

import datetime as dt
import gettext
import io
import pickle
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import UserError
from generator.i18n import catalogs, formats, locales
from generator.ir.document import DocMeta
from generator.ir.reader import parse
from generator.questionnaire.model import Questionnaire
from generator.render.templates import environment, render_project
from generator.resources import DATA
from generator.view.context import build_context
from generator.writers.docx.base import prepare
from generator.writers.docx.writer import write_docx
from tests.conftest import run

PSEUDO = locales.get("en-XA")


def _model(text: str) -> Questionnaire:
    """Return the model of a valid questionnaire."""
    q = run(text).questionnaire
    assert q is not None
    return q


def _messages(catalog: object) -> set[tuple[object, object]]:
    """Return a Babel catalog's messages as (context, id) pairs, the header left out."""
    return {(m.context, m.id) for m in catalog if m.id}  # type: ignore[attr-defined]


# -- the catalogs ------------------------------------------------------------------


def test_every_message_in_the_code_and_templates_is_in_the_english_catalog_and_no_other() -> None:
    with open(catalogs.SOURCE, "rb") as handle:
        source = read_po(handle)
    assert _messages(catalogs.extract()) == _messages(source), "run: python -m generator.i18n.catalogs"


def test_each_compiled_catalog_holds_what_its_po_says() -> None:
    for po in sorted(locales.CATALOGS.glob("*.po")):
        compiled = gettext.GNUTranslations(io.BytesIO(catalogs.mo_bytes(po)))
        shipped = gettext.GNUTranslations(io.BytesIO(po.with_suffix(".mo").read_bytes()))
        assert shipped._catalog == compiled._catalog, f"{po.name}: run python -m generator.i18n.catalogs"  # type: ignore[attr-defined]


def test_the_languages_are_the_catalogs() -> None:
    assert locales.available() == ("en",)
    assert locales.get() is locales.english() is locales.get("en")
    with pytest.raises(UserError, match="'xx'.*en"):
        locales.get("xx")


def test_a_locale_travels_between_processes_by_its_tag() -> None:
    assert pickle.loads(pickle.dumps(PSEUDO)) is PSEUDO


def test_messages_are_percent_formats_with_plurals() -> None:
    en = locales.english()
    assert en.ngettext("%(n)s day", "%(n)s days", 1) == "1 day"
    assert en.ngettext("%(n)s day", "%(n)s days", 3) == "3 days"
    assert en.gettext("%(name)s (acting, as sponsor)", name="Ann") == "Ann (acting, as sponsor)"
    assert PSEUDO.gettext("Contents") == "[Contents]"


# -- formats: English as today, without Babel; other languages through Babel ------------------------


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.integers(-10**15, 10**15), st.floats(-1e15, 1e15, allow_nan=False)))
def test_english_numbers_are_what_babel_writes_for_english(value: float) -> None:
    whole = float(value).is_integer()
    babel = formats._apply(formats._decimal_pattern("en", whole), value, "en")
    assert formats.decimal(value, "en") == babel
    assert formats.money(value, "EUR", formats.ENGLISH_MONEY, "en") == formats.money(value, "EUR", formats.ENGLISH_MONEY, "en-US")


def test_english_values_are_written_as_before() -> None:
    en = locales.english()
    assert (en.decimal(450000), en.decimal(1234.5), en.decimal(2.675)) == ("450,000", "1,234.50", f"{2.675:,.2f}")
    assert (en.money(8000, "EUR"), en.money(-1234.5, "EUR"), en.money(8000, "")) == ("EUR 8,000", "-EUR 1,234.50", "8,000")
    assert (en.percent(10), en.percent(7.5)) == ("10", "7.5")
    assert en.date(dt.date(2027, 1, 5)) == "2027-01-05"


def test_english_month_names_are_cldr_s() -> None:
    for month in range(1, 13):
        day = dt.date(2027, month, 1)
        assert locales.english().month(day) == formats.month(day, formats.ENGLISH_MONTH_YEAR, "en-US") == day.strftime("%b %Y")


def test_other_languages_write_their_own_numbers_money_and_dates() -> None:
    assert formats.decimal(1234567.5, "de") == "1.234.567,50"
    assert formats.decimal(1234567, "hi") == "12,34,567"
    assert formats.money(-8000, "EUR", "#,##0\u00a0¤¤", "de") == "-8.000\u00a0EUR"
    assert formats.money(1234.5, "JPY", "¤¤ #,##0", "ja") == "JPY 1,234.50"
    assert formats.percent(7.5, "de") == "7,5"
    assert formats.date(dt.date(2027, 1, 5), "d. MMMM y", "de") == "5. Januar 2027"
    assert formats.date(dt.date(2027, 1, 5), "yyyy-MM-dd", "he") == "2027-01-05"
    assert formats.month(dt.date(2027, 1, 5), "y年M月", "ja") == "2027年1月"
    assert Decimal(formats.decimal(0.125, "en").replace(",", "")) == Decimal("0.12")  # rounds as Python does


def test_an_english_pack_never_imports_babel(tmp_path: Path) -> None:
    code = ("import sys\nfrom generator.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as stop:\n    assert not stop.code, stop.code\n"
            "assert not [m for m in sys.modules if m.split('.')[0] == 'babel'], 'babel imported'\n")
    example = DATA / "example.yaml"
    subprocess.run([sys.executable, "-c", code, "generate", str(example), "-o", str(tmp_path)], check=True)
    assert list(tmp_path.rglob("*.docx"))


# -- nothing hard-coded: the pseudo-language brackets every pmdocs word ---------------------------


def test_the_view_model_s_words_come_from_the_catalog(example: str) -> None:
    ctx = build_context(_model(example), PSEUDO)
    assert ctx.locale is PSEUDO
    words = ([label for label, _ in ctx.role_holders()] + [r.rating for r in ctx.risks] + [e.kind for e in ctx.timeline]
             + [q.name for q in ctx.quadrants] + [q.strategy for q in ctx.quadrants] + [ctx.holder("team"), ctx.holder("x")]
             + [ctx.approver("board"), ctx.days(1), ctx.days(-2)])
    assert all(w and w.startswith("[") and w.endswith("]") for w in words), words
    assert ctx.money(8000) == "EUR 8,000" and ctx.days(-2) == "[-2 days]"


def test_printed_values_and_template_messages_come_from_the_catalog(example: str) -> None:
    ctx = build_context(_model(example), PSEUDO)
    template = environment().from_string(
        "{{ true }} {{ false }} {{ day }} {{ _('Contents') }} {% trans n=x %}{{ n }} a_b{% endtrans %}")
    assert template.render(ctx=ctx, day=dt.date(2027, 1, 5), x="*") == "[Yes] [No] 2027-01-05 [Contents] [\\* a_b]"


def test_a_pseudo_language_pack_brackets_every_word_pmdocs_adds(example: str) -> None:
    q = _model(example)
    english = "".join(d.markdown for d in render_project(q, ctx=build_context(q)))
    pseudo = "".join(d.markdown for d in render_project(q, ctx=build_context(q, PSEUDO)))
    for word in ("Change board", "Team members", "Project start", "Manage closely"):
        assert word in english and f"\\[{word}\\]" in pseudo
    assert "EUR 8,000; 5 days" in english and "EUR 8,000; \\[5 days\\]" in pseudo


def test_a_word_file_s_cover_header_footer_and_properties_come_from_the_catalog() -> None:
    meta = DocMeta(title="Charter", project="Apollo", code="AP-1", doc_id="AP-1-PC", version="1.0",
                   date=dt.date(2027, 1, 5), owner="Ann", organization="Acme", category="Charter", language="en-XA")
    with zipfile.ZipFile(io.BytesIO(write_docx(parse("# Charter\n\n## Scope\n\nText.\n"), meta, prepare()))) as docx:
        parts = {name: docx.read(name).decode("utf-8") for name in docx.namelist() if name.endswith(".xml")}
    body = parts["word/document.xml"]
    for word in ("[[Document ID]: ]", "[Apollo (AP-1)]", "[Contents]", "[[Version]: ]", "[[Date]: ]"):
        assert word in body, word
    assert "2027-01-05" in body
    footer = next(text for name, text in parts.items() if "footer" in name and "NUMPAGES" in text)
    assert "[AP-1-PC · version 1.0 · Page </w:t>" in footer and "<w:t>]</w:t>" in footer
    assert "[AP-1 · Charter]" in next(text for name, text in parts.items() if "header" in name and "AP-1" in text)
    assert "[Generated by pmdocs from the project questionnaire.]" in parts["docProps/core.xml"]

"""A document language: its catalog's messages, English written as before, and nothing hard-coded (the pseudo-language)."""

from __future__ import annotations

import datetime as dt
import io
import pickle
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from generator.errors import UserError
from generator.i18n import locales
from generator.ir.document import DocMeta
from generator.ir.reader import parse
from generator.pictures.scene import Text
from generator.questionnaire.model import Questionnaire
from generator.render.templates import environment, render_project
from generator.resources import DATA
from generator.render.escape import Md
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


def test_english_values_are_written_as_before() -> None:
    en = locales.english()
    assert (en.decimal(450000), en.decimal(1234.5), en.decimal(2.675)) == ("450,000", "1,234.50", f"{2.675:,.2f}")
    assert (en.money(8000, "EUR"), en.money(-1234.5, "EUR"), en.money(8000, "")) == ("EUR 8,000", "-EUR 1,234.50", "8,000")
    assert (en.percent(10), en.percent(7.5)) == ("10", "7.5")
    assert en.date(dt.date(2027, 1, 5)) == "2027-01-05"


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
    shown = [w.replace("\\[", "[").replace("\\]", "]") if isinstance(w, Md) else w for w in words]  # Md: escaped
    assert all(w and w.startswith("[") and w.endswith("]") for w in shown), shown
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
    for word in ("Change board", "Keep informed", "Project start", "Manage closely"):
        assert word in english and f"\\[{word}\\]" in pseudo
    assert "EUR 8,000; 5 days later" in english and "EUR 8,000; \\[\\[5 days\\] later\\]" in pseudo


def test_a_word_file_s_cover_header_footer_and_properties_come_from_the_catalog() -> None:
    meta = DocMeta(title="Charter", project="Apollo", code="AP-1", doc_id="AP-1-PC", version="1.0",
                   date=dt.date(2027, 1, 5), owner="Ann", organization="Acme", category="Charter", language="en-XA")
    with zipfile.ZipFile(io.BytesIO(write_docx(parse("# Charter\n\n## Scope\n\nText.\n"), meta, prepare()))) as docx:
        parts = {name: docx.read(name).decode("utf-8") for name in docx.namelist() if name.endswith(".xml")}
    # a code's hyphens are non-breaking (review 93c F6): read as typed
    raw = parts["word/document.xml"]
    parts = {name: re.sub(r"</w:t><w:noBreakHyphen/><w:t(?: [^>]*)?>", "-", text) for name, text in parts.items()}
    body = parts["word/document.xml"]
    for word in ("[[Document ID]:]", "[Apollo (AP-1)]", "[Contents]", "[[Version]:]", "[[Date]:]", "[DRAFT]",
                 "[[Status]:]", "[Draft: no approval recorded in this pack]", "[Ann, project manager]"):
        assert word in body, word
    assert "<w:t>2027</w:t><w:noBreakHyphen/><w:t>01</w:t><w:noBreakHyphen/><w:t>05</w:t>" in raw  # a date, unbroken
    footer = next(text for name, text in parts.items() if "footer" in name and "NUMPAGES" in text)
    assert "[AP-1-PC · [Version 1.0] · Page </w:t>" in footer and "<w:t>]</w:t>" in footer
    assert "[AP-1 · Charter]" in next(text for name, text in parts.items() if "header" in name and "AP-1" in text)
    assert "[Generated by pmdocs from the project questionnaire.]" in parts["docProps/core.xml"]


# Words the pictures would show if they were written in Python: none may be left outside brackets under en-XA.
_PICTURE_WORDS = re.compile(r"\b(Timeline|Milestone|milestones?|Date|start|end|deliverables?|due|Stakeholders|Interest|"
                            r"Influence|low|medium|high|score|Risk|Likelihood|Impact|[Cc]umulative|contingency|"
                            r"[Aa]pproved|sponsor|nobody|grid|days|against|through)\b")


def _outside_brackets(text: str) -> str:
    """Return what of a text is in no bracket (the pseudo-language's messages, nested ones too)."""
    while True:
        shorter = re.sub(r"\[[^\[\]]*\]", "", text)
        if shorter == text:
            return text
        text = shorter


def test_every_word_pmdocs_adds_to_a_picture_comes_from_the_catalog(example: str) -> None:
    q = _model(example)
    english, pseudo = build_context(q).pictures, build_context(q, PSEUDO).pictures
    assert set(pseudo) == set(english) == {"timeline", "stakeholder-grid", "risk-heat-map", "change-impact"}
    for name, picture in pseudo.items():
        for text in (picture.alt, picture.caption):
            assert text.startswith("[") and text.endswith("]") and not _outside_brackets(text), (name, text)
        shown = [s.content for s in picture.shapes if isinstance(s, Text)]
        assert not [t for t in shown if _PICTURE_WORDS.search(_outside_brackets(t))], name
        english_words = [s.content for s in english[name].shapes if isinstance(s, Text)]
        assert [t for t in english_words if _PICTURE_WORDS.search(t)], name  # the check above had words to find
    risks = [s.content for s in pseudo["risk-heat-map"].shapes if isinstance(s, Text)]
    assert "[Impact] →" in risks and "[score 9 · [high]]" in risks and "[low]" in risks
    assert "Jan 2027" in [s.content for s in pseudo["timeline"].shapes if isinstance(s, Text)]  # a value, not a word

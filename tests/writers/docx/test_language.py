"""Language tags: every run of answer text in another language carries it, the document's own language is the default."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.ir import nodes as t
from generator.writers.docx.base import prepare
from generator.i18n.locales import spelling_tag
from generator.writers.docx.language import LRI, PDI, RLI, lang_xml, numbers_kept, unspaced
from generator.writers.docx.writer import write_docx
from tests.support.docx import META, members


def test_the_tag_goes_to_the_script_its_language_is_written_in() -> None:
    assert lang_xml("de") == '<w:lang w:val="de"/>'
    assert lang_xml("pt-BR") == '<w:lang w:val="pt-BR"/>'
    # review 82c F5: an East Asian tag on Latin text let LibreOffice break "Windows" and "SIer" at any letter
    assert lang_xml("ja") == '<w:lang w:eastAsia="ja"/>'
    assert lang_xml("zh-Hant") == '<w:lang w:eastAsia="zh-Hant"/>'
    # review 111b F2: an Arabic answer's run is read right to left, its Latin words and digits keep the document's
    # language; review 111a F4: Thai goes to the complex-script slot alone (tagged in the Latin slot, LibreOffice broke
    # "Shop|Now" and hyphenated Thai)
    assert lang_xml("ar") == '<w:rtl/><w:lang w:bidi="ar"/>'
    assert lang_xml("th") == '<w:lang w:bidi="th"/>'
    assert lang_xml('x"y') == '<w:lang w:val="x&quot;y"/>'


def test_answer_text_in_another_language_is_tagged_and_pmdocs_text_is_not() -> None:
    tree = t.Document((
        t.Heading(2, (t.Text("Scope"),)),
        t.Paragraph((t.Text("The sponsor wrote: "), t.Lang("de", (t.Text("Kunden"), t.Strong((t.Text("daten"),)))),
                     t.Text(".")),),
        t.Table(((t.Text("Name"),),), (((t.Lang("ja", (t.Text("山田太郎"),)),),),), ("left",)),
    ))
    xml = members(write_docx(tree, META, prepare()))["word/document.xml"].decode()
    runs = re.findall(r"<w:r>(?:(?!</w:r>).)*</w:r>", xml)
    tagged = {re.sub(r"<[^>]+>", "", run): re.search(r"<w:lang [^>]*/>", run) for run in runs}
    assert tagged["Kunden"].group(0) == '<w:lang w:val="de"/>'
    assert "w:rStyle" in next(run for run in runs if "daten" in run) and tagged["daten"] is not None
    assert tagged["山田太郎"].group(0) == '<w:lang w:eastAsia="ja"/>'
    assert tagged["The sponsor wrote: "] is None and tagged["."] is None and tagged["Scope"] is None


def test_the_documents_default_language_is_its_own_not_always_american_english() -> None:
    styles = members(write_docx(t.Document(()), META, prepare()))["word/styles.xml"].decode()
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S).group(0)
    assert '<w:lang w:val="en"/>' in defaults and "en-US" not in defaults and "pmdocs:" not in styles


def test_answers_in_a_variant_of_the_documents_language_set_the_default() -> None:
    """Review 5 F10: British answers in English documents: Word checks the whole text as en-GB."""
    assert spelling_tag("en", "en-GB") == "en-GB" and spelling_tag("en", "EN-gb") == "EN-gb"
    assert spelling_tag("en", "en") == "en" and spelling_tag("en", "fr") == "en" and spelling_tag("en", "eng") == "en"
    assert spelling_tag("de", "de-CH") == "de-CH" and spelling_tag("en-GB", "en") == "en-GB"
    styles = members(write_docx(t.Document(()), replace(META, spelling="en-GB"), prepare()))["word/styles.xml"].decode()
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S).group(0)
    assert '<w:lang w:val="en-GB"/>' in defaults and '<w:lang w:val="en"/>' not in styles


def test_an_answer_read_right_to_left_is_set_apart_in_an_isolate() -> None:
    """Review 111b F2: "نورة القحطاني, 2026-05-27" shown "27-05-2026", and a list of Arabic names shown in reverse;
    review 112a F5: a Hebrew name's closing quote shown at its other end, and "2026-12-15" typed in Hebrew text shown
    "15-12-2026" (its hyphens made non-breaking): the answer is isolated, its hyphens kept."""
    tree = t.Document((t.Paragraph((t.Text("approved by "), t.Lang("ar", (t.Text("نورة القحطاني"),)),
                                    t.Text(", 2026-05-27")),),
                       t.Paragraph((t.Lang("he", (t.Text('עד 2026-12-15 "תביעה אחת"'),)),))))
    body = members(write_docx(tree, META, prepare()))["word/document.xml"].decode()
    assert body.index(RLI) < body.index("<w:rtl/>") < body.index("نورة القحطاني") < body.index(PDI) < body.index(
        "2026-05-27".split("-")[0])
    # review 113c F3: a date in right-to-left text is set apart left to right, whole on its line; the paragraph,
    # the answer alone, is read right to left and needs no isolate (LibreOffice printed its marks over the digits)
    hebrew = body[body.rindex("<w:p>", 0, body.index("עד")):]
    hebrew = hebrew[:hebrew.index("</w:p>")]
    assert "<w:bidi/>" in hebrew and RLI not in hebrew
    assert re.sub(r"<[^>]+>", "", hebrew.replace("<w:noBreakHyphen/>", "-")) == f'עד {LRI}2026-12-15{PDI} "תביעה אחת"'


def test_digits_joined_by_hyphens_keep_their_order_in_right_to_left_text() -> None:
    """Review 113c F3: "(2025-11-13)" in Arabic text shown "(13-11-2025)", "2026-01-31" broken "-01-2026" / "31"."""
    assert numbers_kept("اعتماد (2025-11-13) للفترة 2025-2026") == (
        f"اعتماد ({LRI}2025-11-13{PDI}) للفترة {LRI}2025-2026{PDI}")
    assert numbers_kept("حتى ٢٠٢٦-٠١-٣١") == f"حتى {LRI}٢٠٢٦-٠١-٣١{PDI}"
    assert numbers_kept("نحو 210 حسابًا بعد CR-001") == "نحو 210 حسابًا بعد CR-001"


def test_letters_that_join_lose_a_styles_letter_spacing() -> None:
    """Review 113c F8: the title style's letter spacing drew an Arabic title's letters apart, joined by a line."""
    assert unspaced("تأجيل المصادقة") == unspaced("परियोजना") == '<w:spacing w:val="0"/>'
    assert unspaced("Change request CR-002") == ""
    tree = t.Document((t.Heading(2, (t.Text("Decision: "), t.Lang("ar", (t.Text("تأجيل المصادقة"),)))),))
    body = members(write_docx(tree, META, prepare()))["word/document.xml"].decode()
    arabic = next(run for run in re.findall(r"<w:r>(?:(?!</w:r>).)*</w:r>", body) if "تأجيل" in run)
    assert '<w:rPr><w:spacing w:val="0"/>' in arabic


def test_a_right_to_left_answer_on_a_cover_is_set_apart() -> None:
    """Review 112a F5: a Hebrew project name ending in a quote was shown with the quote at its other end on every
    cover; text in Latin letters is left as it is."""
    from generator.writers.docx.language import isolated

    assert isolated('מערכת תביעות חדשה – "תביעה אחת"') == f'{RLI}מערכת תביעות חדשה – "תביעה אחת"{PDI}'
    assert isolated("Customer Data Platform") == "Customer Data Platform" and isolated("") == ""


def test_a_paragraph_or_cell_of_right_to_left_answer_text_alone_is_read_right_to_left() -> None:
    """Review 112a F5: Hebrew cells and paragraphs were left-aligned and ragged; a cell mixing English and the
    answer stays left to right."""
    tree = t.Document((
        t.Paragraph((t.Lang("he", (t.Text("מערכת תביעות חדשה"),)),)),
        t.Paragraph((t.Text("Owner: "), t.Lang("he", (t.Text("יואב כהן"),)))),
        t.Table(((t.Text("Risk"),),), (((t.Lang("he", (t.Text("תחלופת עובדים"),)),),),), ("left",)),
    ))
    body = members(write_docx(tree, META, prepare()))["word/document.xml"].decode()
    paragraphs = re.findall(r"<w:p>.*?</w:p>|<w:p><w:pPr>.*?</w:p>", body)
    rtl = [p for p in paragraphs if "<w:bidi/>" in p]
    assert any("מערכת תביעות חדשה" in p for p in rtl) and any("תחלופת עובדים" in p for p in rtl)
    assert not any("Owner: " in p for p in rtl) and not any(">Risk<" in p for p in rtl)


def test_right_to_left_answers_joined_as_a_list_are_read_right_to_left() -> None:
    """Review 113c F9: two Arabic alternatives joined by "; " were shown in the wrong order in a left-to-right cell."""
    tree = t.Document((t.Table(((t.Text("Alternatives"),),), (((
        t.Lang("ar", (t.Text("استثناء مؤقت (CR-002 المرفوض)"),)), t.Text("; "),
        t.Lang("ar", (t.Text("بطاقات قرب ذكية"),))),),), ("left",)),))
    body = members(write_docx(tree, META, prepare()))["word/document.xml"].decode()
    cell = body[body.rindex("<w:p>", 0, body.index("استثناء")):body.index("ذكية")]
    assert "<w:bidi/>" in cell and RLI not in cell

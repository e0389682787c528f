"""The cover page (organization, project, title, DRAFT, ID, version, status, date, owner, confidentiality, a page
break), the contents on their own page, and header and footer words a PM would sign."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import docx
from docx.oxml.ns import qn

from generator.ir import nodes as t
from generator.ir.reader import parse
from generator.writers.docx.base import prepare
from generator.writers.docx.furniture import toc_bookmark
from generator.writers.docx.writer import write_docx
from tests.support.docx import META, SAMPLE, members, paragraph_text

COVER = dataclasses.replace(META, department="Data Platform Group", confidentiality="Internal")


def body_paragraphs(blob: bytes) -> list[tuple[str, str, str]]:
    """Return (style name, text, XML) of every paragraph of the body, in order."""
    document = docx.Document(io.BytesIO(blob))
    names = {s.style_id: s.name for s in document.styles}
    out = []
    for p in document.element.body.iter(qn("w:p")):
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        out.append((names.get(style.get(qn("w:val")), "") if style is not None else "", paragraph_text(p), p.xml))
    return out


def test_the_cover_page_names_everything_a_signed_document_shows_then_breaks_the_page() -> None:
    paragraphs = body_paragraphs(write_docx(parse(SAMPLE), COVER, prepare()))
    styles = [style for style, _, _ in paragraphs]
    assert styles[:5] == ["Cover Organization", "Cover Department", "Cover Title", "Subtitle", "Cover Status"]
    texts = [text for _, text, _ in paragraphs]
    assert texts[:5] == ["Org", "Data Platform Group", "Test document", "Project X (PX-1)", "DRAFT"]
    details = [text.strip() for style, text, _ in paragraphs if style == "Cover Detail"]  # the page break reads " "
    assert details == ["Document ID: PX-1-TD", "Version: 2.0", "Status: Draft: no approval recorded in this pack", "Date: 2027-03-04",
                       "Owner: Ana Silva, project manager", "Confidentiality: Internal"]
    last_detail = max(i for i, style in enumerate(styles) if style == "Cover Detail")
    assert '<w:br w:type="page"/>' in paragraphs[last_detail][2]  # the cover is a page of its own
    assert styles[last_detail + 1] == "TOC Heading"  # then the contents
    # and the document after them on the same page (reviews 51b, 52a, 52c: a register of five risks ran to eight
    # pages, its contents alone on one)
    assert not any('w:type="page"' in xml for _, _, xml in paragraphs[last_detail + 1:])
    assert "Heading 1" in styles[last_detail + 1:]


def test_a_document_without_contents_starts_on_the_page_after_its_cover() -> None:
    meta = dataclasses.replace(META, contents=False)
    paragraphs = body_paragraphs(write_docx(parse(SAMPLE), meta, prepare()))
    breaks = [i for i, (_, _, xml) in enumerate(paragraphs) if 'w:type="page"' in xml]
    assert len(breaks) == 1 and paragraphs[breaks[0]][0] == "Cover Detail"
    assert paragraphs[breaks[0] + 1][0] == "Heading 1" and "TOC Heading" not in [s for s, _, _ in paragraphs]


def test_the_cover_says_approved_only_when_the_version_is() -> None:
    paragraphs = body_paragraphs(write_docx(parse(SAMPLE), dataclasses.replace(META, approved=True), prepare()))
    texts = [text for _, text, _ in paragraphs]
    assert "APPROVED" in texts and "DRAFT" not in texts and "Status: Approved" in texts
    assert ("Cover Status Approved", "APPROVED") in [(style, text) for style, text, _ in paragraphs]  # green, not red


def _footer(meta) -> str:
    parts = members(write_docx(t.Document(()), meta, prepare()))
    return re.sub(r"<[^>]+>", "", parts["word/footer1.xml"].decode().replace("<w:noBreakHyphen/>", "-"))


def _header(meta) -> str:
    parts = members(write_docx(t.Document(()), meta, prepare()))
    return re.sub(r"<[^>]+>", "", parts["word/header1.xml"].decode().replace("<w:noBreakHyphen/>", "-"))


def test_the_footer_says_draft_before_any_revision_and_the_version_after() -> None:
    assert "PX-1-TD · Version 2.0 · Page 1 of 1" in _footer(META)
    draft = _footer(dataclasses.replace(META, version=""))
    assert "PX-1-TD · Draft · Page 1 of 1" in draft and "no revision" not in draft


def test_a_draft_cover_says_the_version_is_not_yet_issued() -> None:
    texts = [text for _, text, _ in body_paragraphs(write_docx(parse(SAMPLE), dataclasses.replace(META, version=""),
                                                                prepare()))]
    assert "Version: not yet issued" in texts


def test_the_confidentiality_label_is_in_every_pages_header_when_set() -> None:
    assert _header(COVER).endswith("PX-1 · Test document · Internal")
    assert _header(META).endswith("PX-1 · Test document") and "·  ·" not in _header(META)
    # review 98c F13: a short label is not broken between the header's lines ("Internal Use / Only")
    label = "Confidential – Internal Use Only"
    assert _header(dataclasses.replace(COVER, confidentiality=label)).endswith(
        "PX-1 · Test document · " + label.replace(" ", "\u00a0"))
    long = "Commercial in confidence – shared with the carrier partners under NDA only"
    assert _header(dataclasses.replace(COVER, confidentiality=long)).endswith(long)
    cover = [text for _, text, _ in body_paragraphs(write_docx(parse(SAMPLE), META, prepare()))]
    assert not [text for text in cover if text.startswith("Confidentiality")]


def test_a_form_of_one_entry_has_a_compact_cover_on_its_first_page_with_the_entrys_own_status() -> None:
    form = dataclasses.replace(COVER, compact_cover=True, contents=False, status="approved")
    paragraphs = body_paragraphs(write_docx(parse(SAMPLE), form, prepare()))
    styles = [style for style, _, _ in paragraphs]
    texts = [text for _, text, _ in paragraphs]
    assert styles[:4] == ["Cover Organization", "Compact Title", "Subtitle", "Compact Detail"]
    # a title that only adds the project's name ("Executive summary: Customer Data Platform Migration", review 114c F7)
    # is printed as a cover prints it, the name and code under it: one line, where the title would wrap on a page
    # that must hold everything
    assert texts[:3] == ["Org · Data Platform Group", "Test document", "Project X (PX-1)"]
    assert texts[3] == ("Document ID: PX-1-TD  ·  Pack version: 2.0  ·  Date: 2027-03-04  ·  Status: approved  ·  "
                        "Confidentiality: Internal")
    assert styles[4] == "Heading 1"  # the form follows on the same page
    assert not [xml for _, _, xml in paragraphs if 'w:type="page"' in xml]
    assert "DRAFT" not in texts and "TOC Heading" not in styles and "Cover Status" not in styles


def test_a_forms_own_title_naming_its_entry_and_the_project_has_the_code_alone_under_it() -> None:
    """Review 77b: "Status report 2026-03-31: Project X" names the project: the line under it gives the code alone."""
    form = dataclasses.replace(META, compact_cover=True, contents=False)
    markdown = SAMPLE.replace("# Test document: Project X", "# Test document 2026-03-31: Project X", 1)
    texts = [text for _, text, _ in body_paragraphs(write_docx(parse(markdown), form, prepare()))]
    assert texts[:3] == ["Org", "Test document 2026-03-31: Project X", "PX-1"]


def test_a_compact_cover_without_a_status_shows_none() -> None:
    form = dataclasses.replace(META, compact_cover=True, contents=False)
    details = [text for style, text, _ in body_paragraphs(write_docx(parse(SAMPLE), form, prepare()))
               if style == "Compact Detail"]
    assert details == ["Document ID: PX-1-TD  ·  Pack version: 2.0  ·  Date: 2027-03-04"]


def test_a_compact_cover_dated_by_its_entry_gives_the_version_its_own_date() -> None:
    """The date beside the version is the version's; the entry's date is named for what it is (decided)."""
    form = dataclasses.replace(META, compact_cover=True, contents=False, date_label="Decided",
                               version_date=__import__("datetime").date(2027, 5, 10))
    details = [text for style, text, _ in body_paragraphs(write_docx(parse(SAMPLE), form, prepare()))
               if style == "Compact Detail"]
    assert details == ["Document ID: PX-1-TD  ·  Pack version: 2.0 (2027-05-10)  ·  Decided: 2027-03-04"]
    same_day = dataclasses.replace(form, version_date=META.date, date_label="")
    details = [text for style, text, _ in body_paragraphs(write_docx(parse(SAMPLE), same_day, prepare()))
               if style == "Compact Detail"]
    assert details == ["Document ID: PX-1-TD  ·  Pack version: 2.0  ·  Date: 2027-03-04"]  # the version's own date


def _body_xml(blob: bytes) -> str:
    return members(blob)["word/document.xml"].decode()


def test_each_contents_entry_links_to_its_headings_bookmark_and_gives_its_page_as_a_field() -> None:
    xml = _body_xml(write_docx(parse(SAMPLE), META, prepare()))
    entries = re.findall(r'<w:p><w:pPr><w:pStyle w:val="TOC(\d)"/>(.*?)</w:p>', xml)
    assert [level for level, _ in entries] == ["1", "2"]
    headings = re.findall(r'<w:p><w:pPr><w:pStyle w:val="Heading(\d)"/><w:keepNext/><w:keepLines/></w:pPr>(.*?)</w:p>',
                          xml)
    assert [level for level, _ in headings] == ["1", "2"]
    page, margins = re.search(r"<w:pgSz ([^>]*)/>", xml)[1], re.search(r"<w:pgMar ([^>]*)/>", xml)[1]
    width = (int(re.search(r'w:w="(\d+)"', page)[1]) - int(re.search(r'w:left="(\d+)"', margins)[1])
             - int(re.search(r'w:right="(\d+)"', margins)[1]))
    for number, ((_, entry), (_, heading)) in enumerate(zip(entries, headings)):
        name = toc_bookmark(number)
        # The bookmark wraps the heading's runs, right after its properties, as Word writes it.
        assert re.fullmatch(rf'<w:bookmarkStart w:id="{number}" w:name="{name}"/><w:r>.*</w:r>'
                            rf'<w:bookmarkEnd w:id="{number}"/>', heading)
        tabs = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{width}"/></w:tabs></w:pPr>'
        assert entry.startswith(tabs)  # a dot leader to the page number at the right margin
        assert f'<w:hyperlink w:anchor="{name}" w:history="1">' in entry
        assert "<w:tab/></w:r>" in entry and f" PAGEREF {name} \\h " in entry
        fields = re.findall(r'w:fldCharType="(\w+)"', entry)
        assert fields == ["begin", "separate", "end"]  # the page number: a field whose value Word and LibreOffice compute
    assert xml.count("<w:bookmarkStart ") == xml.count("<w:bookmarkEnd ") == len(entries)


def test_contents_bookmarks_are_named_alike_in_every_run_as_word_names_them() -> None:
    assert toc_bookmark(0) == "_Toc100000001" and toc_bookmark(41) == "_Toc100000042"
    names = re.findall(r'w:name="(_Toc\d+)"', _body_xml(write_docx(parse(SAMPLE), META, prepare())))
    assert names == ["_Toc100000001", "_Toc100000002"]
    assert write_docx(parse(SAMPLE), META, prepare()) == write_docx(parse(SAMPLE), META, prepare())


def test_a_document_without_section_headings_has_no_contents_page_and_a_form_no_bookmarks() -> None:
    paragraphs = body_paragraphs(write_docx(parse("# Title\n\nText only.\n"), META, prepare()))
    assert "TOC Heading" not in [style for style, _, _ in paragraphs]
    form = dataclasses.replace(META, compact_cover=True, contents=False)
    assert "bookmarkStart" not in _body_xml(write_docx(parse(SAMPLE), form, prepare()))


def test_a_forms_control_line_is_left_to_its_compact_cover() -> None:
    """Review 5 F9: the Markdown form's "**Document ID:** ..." line is the compact cover's own; Word prints it once."""
    markdown = ("# Change request CR-1: Add\n\n**Document ID:** X-CR-1 · **Version:** 1.0 · **Status:** approved\n\n"
                "**Document ID** is a field.\n")
    form = dataclasses.replace(META, compact_cover=True, doc_id="X-CR-1")
    xml = members(write_docx(parse(markdown), form, prepare()))["word/document.xml"].decode()
    assert xml.count("Document ID:") == 1 and "X-CR-1 · " not in xml and "is a field." in xml
    full = members(write_docx(parse(markdown), META, prepare()))["word/document.xml"].decode()
    full = re.sub(r"</w:t><w:noBreakHyphen/><w:t(?: [^>]*)?>", "-", full)  # a code's hyphens do not break (93c F6)
    assert "X-CR-1 · " in full  # a document with a full cover keeps its text as written


def test_a_cover_without_a_version_says_not_yet_issued_and_the_records_it_reflects() -> None:
    from generator.writers.docx.furniture import cover_date

    none = dataclasses.replace(META, version="", date=None, records_date=None)
    assert cover_date(none) == "not yet issued"
    later = dataclasses.replace(none, records_date=dt.date(2026, 6, 19))
    assert cover_date(later) == "not yet issued · reflects records up to 2026-06-19"
    approved = dataclasses.replace(none, version="1.0")  # approved, its revision not recorded (review 87c F1)
    assert cover_date(approved) == "not recorded"
    assert cover_date(dataclasses.replace(approved, records_date=dt.date(2026, 6, 19))) == (
        "not recorded · reflects records up to 2026-06-19")


def test_a_title_naming_the_project_is_followed_by_its_code_alone() -> None:
    """Review 71c: "Status report 2026-03-31: Meldewesen-Datenplattform" then the same name again under it."""
    from generator.writers.docx.furniture import subtitle

    assert subtitle(META) == "Project X (PX-1)"
    assert subtitle(dataclasses.replace(META, title="Status report 2027-03-04: Project X")) == "PX-1"
    # review 77b: a status report's own heading names the project, though its title does not
    assert subtitle(dataclasses.replace(META, title="Status report 2027-03-04"), "Status report 2027-03-04: Project X") \
        == "PX-1"
    assert subtitle(dataclasses.replace(META, title="Status report 2027-03-04"), "Status report 2027-03-04") \
        == "Project X (PX-1)"

"""The page: A4 or US Letter as the organization's paper rule says, with margins that suit each, portrait or sideways."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from generator.build.pack import build_pack
from generator.ir.reader import parse
from generator.questionnaire.rules import paper_size
from generator.writers.docx.base import prepare
from generator.writers.docx.page import PAPERS, section, text_height
from generator.writers.docx.writer import write_docx
from tests.support.docx import META, SAMPLE, members

BASE_TAIL = '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" ' \
            'w:left="1800" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>'


def page_of(tail: str) -> tuple[dict[str, str], dict[str, str]]:
    size = re.search(r"<w:pgSz\b[^>]*/>", tail).group(0)
    margins = re.search(r"<w:pgMar\b[^>]*/>", tail).group(0)
    return dict(re.findall(r'(w:\w+)="([^"]*)"', size)), dict(re.findall(r'(w:\w+)="([^"]*)"', margins))


@pytest.mark.parametrize(("paper", "currency", "expected"), [
    ("a4", "USD", "a4"), ("letter", "EUR", "letter"), (None, "USD", "letter"), (None, "CAD", "letter"),
    (None, "EUR", "a4"), (None, "GBP", "a4"), (None, None, "a4")])
def test_the_paper_is_the_organizations_else_letter_for_dollars(paper, currency, expected) -> None:
    assert paper_size(paper, currency) == expected


def test_a4_and_letter_have_their_size_and_margins() -> None:
    tail, width = section(BASE_TAIL, "a4")
    size, margins = page_of(tail)
    assert (size["w:w"], size["w:h"]) == ("11906", "16838") and "w:orient" not in size
    assert margins["w:left"] == margins["w:right"] == margins["w:top"] == "1418" and margins["w:gutter"] == "0"
    assert width == 11906 - 2 * 1418
    tail, width = section(BASE_TAIL, "letter")
    size, margins = page_of(tail)
    assert (size["w:w"], size["w:h"], margins["w:left"]) == ("12240", "15840", "1440") and width == 12240 - 2880


def test_landscape_turns_the_paper_and_no_paper_keeps_the_bases_page() -> None:
    tail, width = section(BASE_TAIL, "a4", landscape=True)
    size, _ = page_of(tail)
    assert (size["w:w"], size["w:h"], size["w:orient"]) == ("16838", "11906", "landscape") and width == 16838 - 2836
    tail, width = section(BASE_TAIL)
    assert page_of(tail) == page_of(BASE_TAIL) and width == 12240 - 3600
    assert tail.endswith("</w:sectPr></w:body></w:document>")
    assert section(BASE_TAIL, "a4") is section(BASE_TAIL, "a4")  # made once per base, paper and orientation


def test_the_text_height_is_the_page_less_its_top_and_bottom_margins() -> None:
    assert text_height(BASE_TAIL, "a4") == 16838 - 2 * 1418
    assert text_height(BASE_TAIL, "a4", landscape=True) == 11906 - 2 * 1418
    assert text_height(BASE_TAIL, "letter", landscape=True) == 12240 - 2880
    assert text_height(BASE_TAIL) == 15840 - 2880


def test_a_base_without_a_page_is_refused() -> None:
    with pytest.raises(ValueError, match="no page size"):
        section("<w:sectPr/>")


def test_the_written_document_is_on_the_meta_paper() -> None:
    for paper in PAPERS:
        xml = members(write_docx(parse(SAMPLE), dataclasses.replace(META, paper=paper), prepare()))["word/document.xml"]
        size, _ = page_of(xml.decode())
        assert (int(size["w:w"]), int(size["w:h"])) == (PAPERS[paper].width, PAPERS[paper].height)


def test_the_pack_follows_the_budget_currency_or_the_answer(q) -> None:
    def widths(questionnaire) -> set[str]:
        return {page_of(members(f.data)["word/document.xml"].decode())[0]["w:w"]
                for f in build_pack(questionnaire, formats=("docx",)) if f.path.suffix == ".docx"}
    q = dataclasses.replace(q, organization=dataclasses.replace(q.organization, paper=None))
    euros = dataclasses.replace(q, project=dataclasses.replace(q.project, budget=dataclasses.replace(
        q.project.budget, currency="EUR")))
    dollars = dataclasses.replace(q, project=dataclasses.replace(q.project, budget=dataclasses.replace(
        q.project.budget, currency="USD")))
    assert widths(euros) <= {"11906", "16838"} and "11906" in widths(euros)
    assert widths(dollars) <= {"12240", "15840"} and "12240" in widths(dollars)
    answered = dataclasses.replace(dollars, organization=dataclasses.replace(dollars.organization, paper="a4"))
    assert "11906" in widths(answered)


def test_a_reference_documents_page_is_kept(tmp_path: Path) -> None:
    from tests.support.docx import company_document

    reference = tmp_path / "company.docx"
    reference.write_bytes(company_document())
    xml = members(write_docx(parse(SAMPLE), dataclasses.replace(META, paper="letter"), prepare(reference)))
    size, margins = page_of(xml["word/document.xml"].decode())
    assert size["w:w"] == "11906" and margins["w:left"] == "1701"  # the company's A4 with 30 mm margins

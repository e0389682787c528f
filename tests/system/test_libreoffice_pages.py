"""Proof by LibreOffice of where things land on a Word file's pages.

The contents give each heading's real page (page fields LibreOffice computes as it
lays the pages out), and a change request form on US Letter keeps its decision, the
signature heading and the signature table on one page, however long the request;
a landscape register's tables sit on the text margin, under their heading; an executive summary is one page.
All files are converted in one soffice call (starting LibreOffice dominates the cost).
"""

from __future__ import annotations

import io
import re
import subprocess

import docx
import pytest

from generator.build.pack import build_pack
from tests.conftest import ROOT, mutate, run
from generator.writers.docx.writer import TABLE_MARGINS
from tests.support.clients import require

EXAMPLE = ROOT / "content" / "projects" / "cdp-2027.yaml"  # on A4 (its budget is in euros)
SENTENCE = ("The migrated contact model gains two fields and the reconciliation dashboard one check; every source "
            "system that captures consent must deliver the flag with its timestamp, and contacts without one are "
            "migrated as not consented, which marketing has agreed to in writing.")
LENGTHS = (3, 6, 9, 12)  # sentences in the description (half as many in the reason and the scope impact)
_CONTENTS_LINE = re.compile(r"^\s*(\S.*?)\s*\.{3,}\s*(\d*)\s*$")


def _folded(sentences: int, indent: int) -> str:
    """Return a folded YAML block of ``sentences`` sentences."""
    return ">-\n" + "".join(" " * indent + SENTENCE + "\n" for _ in range(sentences))


def long_request(sentences: int) -> str:
    """Return the example questionnaire on US Letter, its first change request's text ``sentences`` sentences long."""
    text = mutate(EXAMPLE.read_text(encoding="utf-8"), "organization:\n", "organization:\n  paper: letter\n")
    text = mutate(text, "      description: Carry the marketing opt-in flag and its timestamp per contact, not just "
                  "per account\n", f"      description: {_folded(sentences, 8)}")
    text = mutate(text, "      reason: \"New national e-privacy rule applies from 2027-04-01; the DPO says it's "
                  "mandatory\"\n", f"      reason: {_folded(max(1, sentences // 2), 8)}")
    return mutate(text, "        scope: Adds two fields to the migrated model and one check to the reconciliation "
                  "dashboard\n", f"        scope: {_folded(max(1, sentences // 2), 10)}")


def last_signatory(data: bytes) -> str:
    """Return the name in the last row of a Word file's signature table."""
    table = next(table for table in docx.Document(io.BytesIO(data)).tables
                 if "Signature" in [cell.text for cell in table.rows[0].cells])
    return table.rows[-1].cells[1].text


def _docx(text: str, ending: str) -> bytes:
    """Return the Word file of a questionnaire's pack whose name ends with ``ending``."""
    q = run(text).questionnaire
    assert q is not None
    return next(f.data for f in build_pack(q, formats=("docx",)) if f.path.name.endswith(ending))


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Return the pages' text (``pdftotext -layout``) of the charter and of each long change request, by name, and
    (as ``signatory-N``) the name in each request's last signature row."""
    soffice = require("soffice", "lay out the pages of the Word files")
    pdftotext = require("pdftotext", "read the laid-out pages back")
    root = tmp_path_factory.mktemp("pages")
    files = {"charter": _docx(EXAMPLE.read_text(encoding="utf-8"), "-project-charter.docx")}
    files["register"] = _docx(EXAMPLE.read_text(encoding="utf-8"), "-risk-register.docx")  # landscape
    files.update({f"request-{n}": _docx(long_request(n), "-CR-001.docx") for n in LENGTHS})
    for source in sorted((ROOT / "content" / "projects").glob("*.yaml")):  # every example's, on its paper
        files[f"summary-{source.stem}"] = _docx(source.read_text(encoding="utf-8"), "-executive-summary.docx")
    files["summary-letter"] = _docx(long_request(1), "-executive-summary.docx")
    crowded = (ROOT / "tests" / "fixtures" / "summaries" / "crowded.yaml").read_text(encoding="utf-8")
    # reviews 15 (crowded), 17 (decisions), 32 (carriers: letter paper), 33 (two pages before; key dates left out)
    for fixture in sorted((ROOT / "tests" / "fixtures" / "summaries").glob("*.yaml")):
        files[f"summary-{fixture.stem}"] = _docx(fixture.read_text(encoding="utf-8"), "-executive-summary.docx")
    files["summary-crowded-letter"] = _docx(mutate(crowded, "  confidentiality: Confidential\n",
                                                   "  confidentiality: Confidential\n  paper: letter\n"),
                                            "-executive-summary.docx")
    for name, data in files.items():
        (root / f"{name}.docx").write_bytes(data)
    proc = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{root / 'profile'}", "--headless", "--norestore",
         "--infilter=MS Word 2007 XML", "--convert-to", "pdf", "--outdir", str(root),
         *(str(root / f"{name}.docx") for name in files)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    out = {}
    for name in files:
        pdf = root / f"{name}.pdf"
        assert pdf.is_file(), f"LibreOffice made no PDF of {name}: {proc.stderr}"
        text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        out[name] = text.split("\f")
        if name == "register":
            out["register-bbox"] = [subprocess.run([pdftotext, "-bbox-layout", str(pdf), "-"], capture_output=True,
                                                   text=True, check=True).stdout]
    out.update({f"signatory-{n}": [last_signatory(files[f"request-{n}"])] for n in LENGTHS})
    return out


def _lines(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def _page_of(pages: list[str], heading: str, after: int) -> int:
    """Return the number of the first page after page ``after`` that starts a line with the heading (a long heading
    may wrap: its first line is the start of it; a contents line, with its leader dots and page, is no such line)."""
    for number, page in enumerate(pages[after:], start=after + 1):
        if any(line == heading or (len(line) > 20 and heading.startswith(line)) for line in _lines(page)):
            return number
    raise AssertionError(f"the heading {heading!r} is on no page after the contents")


def test_each_contents_line_ends_in_the_page_its_heading_is_on(pages: dict[str, list[str]]) -> None:
    charter = pages["charter"]
    entries = [(number, match[1], match[2]) for number, page in enumerate(charter, start=1) for line in
               page.splitlines() if (match := _CONTENTS_LINE.match(line))]
    assert len(entries) >= 15, entries
    assert not [title for _, title, page in entries if not page], "contents lines without a page number"
    contents_page = entries[0][0]
    start = contents_page - 1  # the document begins on the contents' page, below them (its lines have leader dots)
    wrong = [(title, int(page), _page_of(charter, title, start)) for _, title, page in entries
             if int(page) != _page_of(charter, title, start)]
    assert not wrong, f"(heading, page in the contents, page it is on): {wrong}"
    assert len({page for _, _, page in entries}) > 3  # real page numbers, not one number repeated


@pytest.mark.parametrize("sentences", LENGTHS)
def test_a_letter_change_requests_decision_and_signatures_share_a_page(pages: dict[str, list[str]],
                                                                       sentences: int) -> None:
    request, (signatory,) = pages[f"request-{sentences}"], pages[f"signatory-{sentences}"]
    found: dict[str, list[int]] = {}
    for number, page in enumerate(request, start=1):
        for line in _lines(page):
            for key, test in (("decision heading", line == "Decision"), ("signature heading", line == "Signatures"),
                              ("signature table", line.startswith("Role") and "Signature" in line),
                              ("last signature row", signatory in line)):
                if test:
                    found.setdefault(key, []).append(number)
    found["last signature row"] = found.get("last signature row", [])[-1:]  # the name's last place: the table's
    assert set(found) == {"decision heading", "signature heading", "signature table", "last signature row"}, found
    assert len({number for numbers in found.values() for number in numbers}) == 1, found


_LINE = re.compile(r'<line xMin="([\d.]+)"[^>]*>(.*?)</line>', re.S)
_WORD = re.compile(r">([^<]+)</word>")


def test_a_landscape_tables_left_edge_is_its_headings(pages: dict[str, list[str]]) -> None:
    """The triggers table of the (landscape) risk register: its first cell's text, less the cell margin, starts
    within 2 points of the heading above it (the table's border on the text margin, not left of it)."""
    lines = [(float(x), " ".join(_WORD.findall(words))) for x, words in _LINE.findall(pages["register-bbox"][0])]
    heading = next(index for index, (_, text) in enumerate(lines) if text == "Triggers and contingency plans")
    header_x = next(x for x, text in lines[heading + 1:] if text == "ID")
    assert abs(header_x - TABLE_MARGINS[0] / 20 - lines[heading][0]) <= 2, (lines[heading], header_x)


def test_an_executive_summary_is_one_printed_page(pages: dict[str, list[str]]) -> None:
    """Issue 16: the sponsor's summary fits one page in Word, on A4 and on US Letter."""
    summaries = {name: [page for page in found if page.strip()] for name, found in pages.items()
                 if name.startswith("summary-")}
    assert len(summaries) >= 5
    assert {name: len(found) for name, found in summaries.items() if len(found) != 1} == {}
    assert all("Executive summary" in found[0] for found in summaries.values())

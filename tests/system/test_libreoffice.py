"""Proof by a real client: LibreOffice opens every .docx of the example packs and shows every answer.

All files are converted in one soffice call (starting LibreOffice dominates the cost).
soffice exits 0 even when a file fails to load, so each PDF's existence is checked.
"""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

from generator.build.pack import build_pack
from generator.output.files import write_files
from tests.conftest import EXAMPLES
from tests.support.clients import require, require_fonts
from tests.support.hostile import hostile_files
from tests.support.packs import BLIND, FIXTURES, free_text, load

PROJECTS = EXAMPLES + FIXTURES + [BLIND / "valid.yaml"] + list(hostile_files())
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufefc]")
_FOOTER = re.compile(r"^.* · version .* · Page \d+ of \d+$")


def flat(text: str) -> str:
    """Return text as PDF extraction can be compared: NFKC, no bidi marks or combining marks, no white space."""
    text = unicodedata.normalize("NFKD", _BIDI.sub("", text))
    text = "".join(c for c in text if not unicodedata.combining(c) and c not in "\u200d\ufe0f")
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, tuple[object, Path]]:
    soffice = require("soffice", "prove the .docx files open in a real word processor")
    pdftotext = require("pdftotext", "read the converted PDFs back")
    require_fonts("show every script of the answers in the converted PDFs")
    root = tmp_path_factory.mktemp("lo")
    docs: dict[Path, tuple[object, Path]] = {}
    for path in PROJECTS:
        q = load(path)
        folder = root / "docx" / q.project.code
        write_files(folder, build_pack(q, formats=("docx",)))
        for docx_file in folder.rglob("*.docx"):
            docs[docx_file] = (q, root / "pdf" / docx_file.with_suffix(".pdf").name)
    profile = root / "profile"
    proc = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--infilter=MS Word 2007 XML", "--convert-to", "pdf", "--outdir", str(root / "pdf"), *map(str, sorted(docs))],
        capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr
    for pdf in (root / "pdf").glob("*.pdf"):
        raw = subprocess.run([pdftotext, "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        pdf.with_suffix(".txt").write_text(raw, encoding="utf-8")
        pdf.with_suffix(".body").write_text(without_running_lines(raw), encoding="utf-8")
    return docs


def without_running_lines(text: str) -> str:
    """Return PDF text without each page's running header and footer lines."""
    pages = []
    for page in text.split("\f"):
        lines = page.split("\n")
        lines = [line for line in lines if not _FOOTER.match(line)]
        if len(pages) and lines and " · " in lines[0]:
            lines = lines[1:]  # the header line that starts every page after the first
        pages.append("\n".join(lines))
    return "\n".join(pages)


def test_every_docx_becomes_a_pdf(converted) -> None:
    missing = [str(d) for d, (_, pdf) in converted.items() if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-"]
    assert not missing and len(converted) >= 50


@pytest.mark.parametrize("path", PROJECTS, ids=[p.stem for p in PROJECTS])
def test_every_answer_shows_in_the_pdfs(converted, path: Path) -> None:
    q = load(path)
    text = " ".join(pdf.with_suffix(".body").read_text(encoding="utf-8")
                    for doc, (owner, pdf) in converted.items() if owner.project.code == q.project.code)
    whole = flat(text)
    # a long word in a narrow cell is hyphenated at a line's end, where its soft hyphen falls (the Word writer's
    # `hyphens`): read back joined, as a reader reads it
    joined = flat(re.sub(r"(?<=[^\W\d_])[-\u00ad]\s*\n\s*(?=[^\W\d_])", "", text))
    pdf_words = [flat(w) for w in text.split()]
    missing = []
    for value in free_text(q):
        if flat(value) in whole or flat(value) in joined:
            continue
        if "-" in value and in_order([flat(w) for w in re.split(r"[\s-]+", value) if w],
                                     [w.replace("-", "") for w in pdf_words]):
            continue  # "one-page" broken after its hyphen at a line's end (and the row's cell over two pages)
        if _RTL.search(value) and all(flat(w) in whole or flat(w)[::-1] in whole for w in value.split()):
            continue  # right-to-left runs come out of a PDF in visual order, word by word or letter by letter
        if in_order([flat(w) for w in value.split()], pdf_words):
            continue  # a row longer than a page comes out cell fragment by cell fragment, page by page
        missing.append(value)
    assert not missing, missing


def in_order(wanted: list[str], words: list[str]) -> bool:
    """Return True when every wanted word occurs in ``words``, in order (other words may come between)."""
    position = 0
    for word in wanted:
        while position < len(words) and word not in words[position]:
            position += 1
        if position == len(words):
            return False
        position += 1
    return True


def test_header_footer_and_contents_show(converted) -> None:
    for doc, (q, pdf) in converted.items():
        if doc.name.endswith("project-charter.docx"):
            text = pdf.with_suffix(".txt").read_text(encoding="utf-8")
            assert f"{q.project.code} · Project charter" in text
            assert re.search(r"Page 1 of \d+", text) and "Contents" in text and "1. Purpose and business case" in text


def drawing_texts(docx_file: Path) -> list[list[str]]:
    """Return the texts of each Word drawing (a picture drawn as shapes) of a .docx, in order."""
    with zipfile.ZipFile(docx_file) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return [[html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", group)]
            for group in re.findall(r"<wpg:wgp>(.*?)</wpg:wgp>", xml)]


def test_pictures_show_in_the_pdfs(converted) -> None:
    """Pictures are native Word drawings: LibreOffice lays out their shapes and prints every label of them."""
    checked = 0
    for doc, (q, pdf) in converted.items():
        expected = sum(doc.name.endswith(suffix) for suffix in (
            "project-charter.docx", "scope-statement.docx", "communication-plan.docx"))
        drawings = drawing_texts(doc)
        if expected and (q.milestones or any(d.due for d in q.scope.deliverables) or "communication" in doc.name):
            assert drawings, f"no picture in {doc.name}"
        text = flat(pdf.with_suffix(".txt").read_text(encoding="utf-8"))
        for labels in drawings:
            assert flat(labels[0]) in text, f"the picture titled {labels[0]!r} is missing from {pdf.name}"
            for label in labels:
                # Whole, or word by word: PDF text extraction reorders right-to-left runs and emoji sequences.
                words = [flat(w) for w in label.rstrip("\u2026").split() if w != "\u2022"]
                assert flat(label) in text or all(w in text or w[::-1] in text for w in words if w), (
                    f"{label!r} of a picture is missing from {pdf.name}")
                checked += 1
    assert checked > 500

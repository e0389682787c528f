"""Word files for the tests: sample documents and metadata, a company template, reading parts and text."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import docx
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from generator.ir.document import DocMeta

META = DocMeta(title="Test document", project="Project X", code="PX-1", doc_id="PX-1-TD", version="2.0",
               date=__import__("datetime").date(2027, 3, 4), owner="Ana Silva", organization="Org",
               category="Test", keywords=("PX-1", "Other"))


SAMPLE = """# Test document: Project X

## First section

Some **bold**, *italic*, `code` and a [link](https://example.com/page) and a line<br>break.

1. one
2. two

- bullet
    - nested bullet

### Sub section

3. three
4. four

| A | B |
|---|---|
| 1 | 2 |
"""


def paragraph_text(p) -> str:
    """Return a paragraph's text as Word shows it, line breaks as spaces."""
    return "".join((e.text or "") if e.tag == qn("w:t") else "-" if e.tag == qn("w:noBreakHyphen") else " "
                   for e in p.iter(qn("w:t"), qn("w:br"), qn("w:tab"), qn("w:noBreakHyphen")))


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x00\x80\xff" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def company_document(font: str = "Georgia") -> bytes:
    """Return a company template: a font, A4 with wide margins, a header with text and an embedded logo, some body."""
    document = docx.Document()
    document.styles["Normal"].font.name = font
    document.styles["Normal"].font.size = Pt(12)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(30)
    header = section.header.paragraphs[0]
    header.add_run("ACME Corporation ")
    header.add_run().add_picture(io.BytesIO(tiny_png()), width=Mm(20))
    section.footer.paragraphs[0].add_run("Company confidential")
    document.add_paragraph("Old content that must not survive")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def members(blob: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(blob))
    return {info.filename: archive.read(info) for info in archive.infolist()}


SHORT_META = DocMeta(title="T", project="P", code="P-1", doc_id="P-1-T", version="1.0", date=None, owner="O",
               organization="Org", category="T")



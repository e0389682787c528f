"""Making a Word base ready: every style and list the writer needs, marks where content goes, a reference's gaps warned."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

from generator.writers.docx.parts import BULLET_ABSTRACT, DECIMAL_ABSTRACT, MARKS
from generator.writers.docx.styles import OWN_STYLES, STANDARD_STYLES, _normalised, prepared_package
from tests.support.docx import company_document, members


def style_names(blob: bytes) -> set[str]:
    document = docx.Document(io.BytesIO(blob))
    return {s.name for s in document.styles}


def test_pmdocs_own_base_has_every_style_mark_and_list() -> None:
    blob, warnings = prepared_package()
    assert warnings == []
    names = {n.lower() for n in style_names(blob)}
    assert {name.lower() for name, _ in STANDARD_STYLES} | {name.lower() for name in OWN_STYLES} <= names
    parts = members(blob)
    text = b"".join(parts.values())
    assert all(f"<!--{mark}-->".encode() in text for mark in MARKS.values())
    numbering = parts["word/numbering.xml"].decode()
    assert f'w:abstractNumId="{BULLET_ABSTRACT}"' in numbering and f'w:abstractNumId="{DECIMAL_ABSTRACT}"' in numbering
    assert '<w:updateFields w:val="true"/>' in parts["word/settings.xml"].decode()
    assert not [name for name in parts if "thumbnail" in name.lower()]


def test_the_body_of_a_reference_is_emptied_and_its_header_kept(tmp_path: Path) -> None:
    reference = tmp_path / "company.docx"
    reference.write_bytes(company_document())
    blob, _ = prepared_package(reference)
    parts = members(blob)
    assert b"Old content that must not survive" not in parts["word/document.xml"]
    assert any(b"ACME Corporation" in data for name, data in parts.items() if "header" in name)
    document = docx.Document(io.BytesIO(blob))
    assert document.styles["Normal"].font.name == "Georgia"


def test_a_reference_without_a_standard_style_gets_pmdocss_and_a_warning(tmp_path: Path) -> None:
    document = docx.Document(io.BytesIO(company_document()))
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.find(qn("w:name")).get(qn("w:val")) in ("Quote", "Title"):
            styles.remove(style)
    reference = tmp_path / "gaps.docx"
    document.save(str(reference))
    blob, warnings = prepared_package(reference)
    for name in ("Title", "Quote"):
        assert f"the reference document has no '{name}' style; using pmdocs's" in warnings
    assert not [w for w in warnings if "'Normal'" in w or "'Heading 1'" in w]
    assert {"Quote", "Title"} <= style_names(blob)


def test_the_reference_can_be_given_as_bytes_already_read(tmp_path: Path) -> None:
    reference = tmp_path / "company.docx"
    content = company_document()
    reference.write_bytes(b"not what is used")
    blob, _ = prepared_package(reference, content)
    assert docx.Document(io.BytesIO(blob)).styles["Normal"].font.name == "Georgia"


def test_a_normalised_package_has_fixed_times_and_the_same_bytes() -> None:
    blob, _ = prepared_package()
    once = _normalised(blob)
    assert once == _normalised(blob) == _normalised(once)
    archive = zipfile.ZipFile(io.BytesIO(once))
    assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in archive.infolist())
    assert members(once) == members(blob)


def test_the_compact_table_style_spells_out_the_shaded_bold_header_row_itself() -> None:
    # LibreOffice does not inherit a table style's header row from the style it is based on.
    styles = members(prepared_package()[0])["word/styles.xml"].decode()

    def first_row(style_id: str) -> str:
        style = styles[styles.index(f'w:styleId="{style_id}"'):]
        style = style[:style.index("</w:style>")]
        return style[style.index('<w:tblStylePr w:type="firstRow">'):]

    assert 'w:fill="D9E2F3"' in first_row("pmdocsTableCompact") and "<w:b/>" in first_row("pmdocsTableCompact")
    assert first_row("pmdocsTableCompact") == first_row("pmdocsTable")

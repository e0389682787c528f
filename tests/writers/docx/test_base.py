"""The prepared Word base: its parts split at the marks, its styles and page geometry, prepared once per reference's content."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from generator.output.zipped import Entry
from generator.writers.docx.base import BASE_FILE, MARKS, Base, load_base, prepare
from generator.writers.docx.styles import prepared_package
from tests.support.docx import company_document


def test_pmdocs_own_base_is_read_once() -> None:
    base = prepare()
    assert base is prepare() and isinstance(base, Base)
    assert base.warnings == []


def test_the_base_splits_each_marked_part_where_content_goes() -> None:
    base = prepare()
    for split, mark in ((base.document, MARKS["body"]), (base.header, MARKS["header"]), (base.footer, MARKS["footer"]),
                        (base.numbering, MARKS["numbering"]), (base.styles, MARKS["lang"])):
        assert f"<!--{mark}-->" not in split.head + split.tail
    assert base.document.name == "word/document.xml" and base.rels.name == "word/_rels/document.xml.rels"
    assert base.rels.tail.startswith("</") and base.core.endswith(".xml")
    filled = {base.document.name, base.header.name, base.footer.name, base.numbering.name, base.rels.name, base.core,
              base.styles.name}
    assert base.styles.name == "word/styles.xml" and "<w:rPrDefault>" in base.styles.head
    names = [m if isinstance(m, str) else m.name for m in base.members]
    assert filled <= set(names) and "[Content_Types].xml" in names
    assert all(isinstance(m, Entry) for m in base.members if not isinstance(m, str))
    assert {m for m in base.members if isinstance(m, str)} == filled


def test_the_base_knows_its_styles_and_page() -> None:
    base = prepare()
    assert base.style_ids["heading 1"] == "Heading1"  # found by its lower-case name too, as Word matches them
    assert base.style_ids["Normal"] == base.style_ids["normal"] == "Normal"
    assert base.style_ids["pmdocs Table"] == "pmdocsTable"
    assert "<w:pgSz" in base.document.tail and not base.keeps_page
    assert base.next_num >= 1


def test_the_shipped_base_is_a_prepared_package() -> None:
    assert load_base(BASE_FILE.read_bytes()) == prepare()


def test_a_reference_is_prepared_once_per_content(tmp_path: Path) -> None:
    first, same, changed = tmp_path / "a.docx", tmp_path / "b.docx", tmp_path / "c.docx"
    first.write_bytes(company_document("Georgia"))
    same.write_bytes(first.read_bytes())
    changed.write_bytes(company_document("Verdana"))
    base = prepare(first)
    assert prepare(same) is base  # known by its bytes, not its name
    assert prepare(changed) is not base and prepare(changed).style_ids == base.style_ids
    first.write_bytes(changed.read_bytes())  # changed in place
    assert prepare(first) is prepare(changed)


def test_a_reference_base_carries_its_warnings(tmp_path: Path) -> None:
    blob, warnings = prepared_package()
    assert load_base(blob, ["a warning"]).warnings == ["a warning"]
    assert load_base(blob).warnings == [] and warnings == []


def _without(blob: bytes, mark: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info).replace(f"<!--{mark}-->".encode(), b""))
    return out.getvalue()


@pytest.mark.parametrize("key", sorted(MARKS))
def test_a_base_without_a_mark_is_refused(key: str) -> None:
    with pytest.raises(ValueError, match=f"lacks {key}"):
        load_base(_without(BASE_FILE.read_bytes(), MARKS[key]))

"""Making a Word base document ready with python-docx: its template or a company's reference .docx.

This is the slow, careful part (parsing styles, adding what a reference lacks),
done once: for pmdocs's own base when it is released (the result is shipped as
``generator/data/word-base.docx``; ``python -m generator.writers.docx.styles`` remakes it),
for a reference document once per run.  Everything the writer needs is styled
through named styles, never direct formatting, so a reference .docx restyles the
whole pack.
"""

from __future__ import annotations

import copy
import functools
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from generator.output.zipped import deflate, write_zip
from generator.writers.docx.parts import BASE_FILE, BULLET_ABSTRACT, DECIMAL_ABSTRACT, MARKS
from generator.writers.docx.reference import clean_reference, read_reference
from generator.errors import ReferenceDocxError
from generator.writers.docx.safezip import read_zip

if TYPE_CHECKING:
    from lxml.etree import _Element

# Styles the writer uses: (name, type). The first group is standard Word; a reference .docx
# is expected to have them and gets a warning when one is missing.
STANDARD_STYLES = [
    ("Normal", "paragraph"), ("Title", "paragraph"), ("Subtitle", "paragraph"),
    ("Heading 1", "paragraph"), ("Heading 2", "paragraph"), ("Heading 3", "paragraph"),
    ("List Bullet", "paragraph"), ("List Bullet 2", "paragraph"),
    ("List Number", "paragraph"), ("List Number 2", "paragraph"),
    ("Header", "paragraph"), ("Footer", "paragraph"), ("Quote", "paragraph"),
    ("TOC Heading", "paragraph"), ("Caption", "paragraph"), ("Strong", "character"), ("Emphasis", "character"),
    ("Hyperlink", "character"),
]


def _table_style(name: str, style_id: str, size: int, based_on: str = "TableNormal") -> str:
    """Return a table style for pmdocs's tables: thin grey rules, text of ``size`` half-points, a bold shaded header
    row (spelled out in full in each style, as LibreOffice reads it)."""
    return f"""<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="{style_id}">
        <w:name w:val="{name}"/><w:basedOn w:val="{based_on}"/><w:uiPriority w:val="40"/>
        <w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>
        <w:tblPr><w:tblBorders>
          <w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
          <w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
          <w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
        </w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>
        <w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>
        </w:style>"""


# pmdocs's own styles, added silently when absent; define them in a reference to restyle them.
OWN_STYLES = {
    "Hyperlink": f"""<w:style {nsdecls('w')} w:type="character" w:styleId="Hyperlink">
        <w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
        <w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>""",
    "Verbatim Char": f"""<w:style {nsdecls('w')} w:type="character" w:customStyle="1" w:styleId="VerbatimChar">
        <w:name w:val="Verbatim Char"/><w:basedOn w:val="DefaultParagraphFont"/>
        <w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>""",
    "Source Code": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="SourceCode">
        <w:name w:val="Source Code"/><w:basedOn w:val="Normal"/><w:link w:val="VerbatimChar"/>
        <w:pPr><w:spacing w:after="0"/><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>""",
    "TOC 1": f"""<w:style {nsdecls('w')} w:type="paragraph" w:styleId="TOC1">
        <w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>
        <w:unhideWhenUsed/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>""",
    "TOC 2": f"""<w:style {nsdecls('w')} w:type="paragraph" w:styleId="TOC2">
        <w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>
        <w:unhideWhenUsed/><w:pPr><w:spacing w:after="40"/><w:ind w:left="220"/></w:pPr></w:style>""",
    "Cover Detail": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="CoverDetail">
        <w:name w:val="Cover Detail"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:tabs><w:tab w:val="left" w:pos="2268"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="2268" w:hanging="2268"/>
        </w:pPr><w:rPr><w:color w:val="404040"/></w:rPr></w:style>""",
    "Cover Organization": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="CoverOrganization">
        <w:name w:val="Cover Organization"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
        <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/><w:color w:val="262626"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>""",
    "Cover Department": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="CoverDepartment">
        <w:name w:val="Cover Department"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
        <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>""",
    "Cover Title": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="CoverTitle">
        <w:name w:val="Cover Title"/><w:basedOn w:val="Title"/><w:next w:val="Normal"/>
        <w:pPr><w:spacing w:before="2880" w:after="240"/></w:pPr></w:style>""",
    "Cover Status": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="CoverStatus">
        <w:name w:val="Cover Status"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
        <w:pPr><w:spacing w:before="480" w:after="480"/></w:pPr>
        <w:rPr><w:b/><w:color w:val="A50021"/><w:spacing w:val="40"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>""",
    "Cover Status Approved": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="CoverStatusApproved">
        <w:name w:val="Cover Status Approved"/><w:basedOn w:val="CoverStatus"/><w:next w:val="Normal"/>
        <w:rPr><w:color w:val="1E6B30"/></w:rPr></w:style>""",
    "Compact Title": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="CompactTitle">
        <w:name w:val="Compact Title"/><w:basedOn w:val="Title"/><w:next w:val="Normal"/>
        <w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="nil"/></w:pBdr><w:spacing w:before="60" w:after="40"/></w:pPr><w:rPr><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>
        </w:style>""",
    "Compact Detail": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="CompactDetail">
        <w:name w:val="Compact Detail"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
        <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="A6A6A6"/></w:pBdr>
        <w:spacing w:before="40" w:after="240"/></w:pPr><w:rPr><w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>""",
    # Complete, not only based on "pmdocs Table": LibreOffice does not inherit a table style's header row.
    "pmdocs Table Compact": _table_style("pmdocs Table Compact", "pmdocsTableCompact", 16, based_on="pmdocsTable"),
    "Table Gap": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="TableGap">
        <w:name w:val="Table Gap"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="99"/>
        <w:pPr><w:spacing w:before="0" w:after="0" w:line="160" w:lineRule="exact"/></w:pPr>
        <w:rPr><w:sz w:val="8"/><w:szCs w:val="8"/></w:rPr></w:style>""",
    "Document End": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="DocumentEnd">
        <w:name w:val="Document End"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
        <w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr>
        <w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:style>""",
    "Guidance": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="Guidance">
        <w:name w:val="Guidance"/><w:basedOn w:val="Normal"/><w:qFormat/>
        <w:pPr><w:spacing w:before="40" w:after="80"/></w:pPr><w:rPr><w:color w:val="333F50"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
        </w:style>""",
    "Guidance Title": f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="GuidanceTitle">
        <w:name w:val="Guidance Title"/><w:basedOn w:val="Guidance"/><w:next w:val="Guidance"/><w:qFormat/>
        <w:pPr><w:keepNext/><w:spacing w:before="40" w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/></w:rPr>
        </w:style>""",
    "Guidance Box": f"""<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="GuidanceBox">
        <w:name w:val="Guidance Box"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/>
        <w:tblPr><w:tblBorders><w:left w:val="single" w:sz="24" w:space="0" w:color="8497B0"/></w:tblBorders>
        <w:tblCellMar><w:top w:w="80" w:type="dxa"/><w:left w:w="200" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/>
        <w:right w:w="160" w:type="dxa"/></w:tblCellMar></w:tblPr>
        <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F5F9"/></w:tcPr></w:style>""",
    "Figure Box": f"""<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="FigureBox">
        <w:name w:val="Figure Box"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/>
        <w:tblPr><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>
        </w:style>""",
    "pmdocs Table": _table_style("pmdocs Table", "pmdocsTable", 18),
}

_BULLETS = ["\u2022", "\u25e6", "\u25aa"]


def _abstract_num(abstract_id: int, ordered: bool) -> str:
    """Return the numbering definition for bullets or for 1., 2., 3. (nine levels)."""
    levels = []
    for level in range(9):
        indent = 360 * (level + 1)
        if ordered:
            fmt, text = "decimal", f"%{level + 1}."
        else:
            fmt, text = "bullet", _BULLETS[level % 3]
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
        )
    return (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="hybridMultilevel"/>'
            + "".join(levels) + "</w:abstractNum>")


def _open_reference(reference: Path, content: Optional[bytes], warnings: list[str]) -> docx.document.Document:
    """Return a reference document opened from its cleaned copy, noting in ``warnings`` what was dropped."""
    cleaned, dropped = clean_reference(read_reference(reference) if content is None else content, str(reference))
    warnings += dropped
    try:
        return docx.Document(io.BytesIO(cleaned))
    except (ValueError, KeyError, LookupError) as exc:  # what python-docx raises for parts it cannot take
        raise ReferenceDocxError(f"cannot use this file as a reference Word document: {exc}", file=str(reference)) from None


def _style_index(document: docx.document.Document) -> dict[str, str]:
    """Return style ids by style name (and by lower-case name, as Word matches them)."""
    index: dict[str, str] = {}
    style: _Element
    for style in document.styles.element.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        value = name.get(qn("w:val")) if name is not None else None
        style_id = style.get(qn("w:styleId"))
        if value is not None and style_id:
            index.setdefault(value, style_id)
            index.setdefault(value.lower(), style_id)
    return index


def _default_style_xml(name: str) -> Optional[_Element]:
    """Return python-docx's built-in definition of a style, copied, if it has one."""
    builtin = _builtin_document()
    style: _Element
    for style in builtin.styles.element.findall(qn("w:style")):
        node = style.find(qn("w:name"))
        if node is not None and (node.get(qn("w:val")) or "").lower() == name.lower():
            return copy.deepcopy(style)
    return None


@functools.lru_cache(maxsize=1)
def _builtin_document() -> docx.document.Document:
    """Return python-docx's default template, parsed once (read-only use)."""
    return docx.Document()


def _clear_body(document: docx.document.Document) -> None:
    """Remove a reference document's content, keeping its final section settings."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _story_has_content(part_element: _Element) -> bool:
    """Return True when a header or footer holds text or a picture."""
    text = "".join(t.text or "" for t in part_element.iter(qn("w:t")))
    return bool(text.strip()) or any(True for _ in part_element.iter(qn("w:drawing")))


def prepared_package(reference: Optional[Path] = None, content: Optional[bytes] = None) -> tuple[bytes, list[str]]:
    """Return the base .docx (python-docx's template or a reference) made ready, and what it lacked.

    A reference is first reduced to what branding needs (see
    :func:`generator.writers.docx.reference.clean_reference`; ``content`` is its bytes when
    already read).  Every style and list definition the writer needs is added; the
    body is emptied; a header and a footer part exist; comments mark where the
    writer puts its content (see :func:`generator.writers.docx.base.load_base`).
    """
    from lxml import etree

    warnings: list[str] = []
    document = _open_reference(reference, content, warnings) if reference else docx.Document()
    if reference:
        _clear_body(document)
    index = _style_index(document)
    styles_root = document.styles.element
    for name, kind in STANDARD_STYLES:
        if name in index or name.lower() in index:
            continue
        element = parse_xml(OWN_STYLES[name]) if name in OWN_STYLES else _default_style_xml(name)
        if element is None:  # pragma: no cover - python-docx's template has them all
            continue
        styles_root.append(element)
        if reference:
            warnings.append(f"the reference document has no '{name}' style; using pmdocs's")
    for name, xml in OWN_STYLES.items():
        if name not in {n for n, _ in STANDARD_STYLES} and name not in index and name.lower() not in index:
            styles_root.append(parse_xml(xml))
    _mark_default_language(styles_root)
    numbering = document.part.numbering_part.element
    for abstract_id, ordered in ((BULLET_ABSTRACT, False), (DECIMAL_ABSTRACT, True)):
        existing = [a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == str(abstract_id)]
        for old in existing:
            numbering.remove(old)
        first_num = numbering.find(qn("w:num"))
        element = parse_xml(_abstract_num(abstract_id, ordered))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.append(element)
    numbering.append(etree.Comment(MARKS["numbering"]))
    _ask_word_to_update_fields(document.settings.element)
    _drop_thumbnail(document)
    section = document.sections[-1]
    for story, mark in ((section.header, MARKS["header"]), (section.footer, MARKS["footer"])):
        story.is_linked_to_previous = False
        element = story._element
        if reference is None or not _story_has_content(element):
            for child in list(element):
                element.remove(child)
        element.append(etree.Comment(mark))
    body = document.element.body
    body.insert(0, etree.Comment(MARKS["body"]))
    _ = document.core_properties  # make sure the package has a core properties part
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), warnings


_LEGACY = ("stylesWithEffects", "customXml")
# The elements ECMA-376 (Part 1, 17.3.2.28, CT_RPr) places after w:lang.
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def _mark_default_language(styles: _Element) -> None:
    """Replace the styles' default language with the mark where each document writes its own."""
    from lxml import etree

    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = parse_xml(f"<w:rPrDefault {nsdecls('w')}/>")
        defaults.insert(0, run_defaults)
    props = run_defaults.find(qn("w:rPr"))
    if props is None:
        props = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        run_defaults.append(props)
    for old in props.findall(qn("w:lang")):
        props.remove(old)
    mark = etree.Comment(MARKS["lang"])
    successor = next((child for child in props if child.tag in {qn(tag) for tag in _AFTER_LANG}), None)
    if successor is not None:
        successor.addprevious(mark)
    else:
        props.append(mark)


# The elements ECMA-376 (Part 1, 17.15.1.78, CT_Settings) places after w:updateFields.
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown", "w:smartTagType",
    "w:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)


def _ask_word_to_update_fields(settings: _Element) -> None:
    """Set w:updateFields (Word refreshes the contents and page fields on opening) in schema order."""
    if settings.find(qn("w:updateFields")) is not None:
        return
    later = {qn(tag) for tag in _AFTER_UPDATE_FIELDS} | {
        "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"}
    element = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
    successor = next((child for child in settings if child.tag in later), None)
    if successor is not None:
        successor.addprevious(element)
    else:
        settings.append(element)


def _drop_thumbnail(document: docx.document.Document) -> None:
    """Remove the template's thumbnail (a picture of an empty page) and parts Word does not need."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
    for rel_id, rel in list(document.part.rels.items()):
        if not rel.is_external and any(word in rel.reltype for word in _LEGACY):
            del document.part.rels[rel_id]


def main() -> None:
    """Remake the shipped base (``generator/data/word-base.docx``) from python-docx's template."""
    blob, _ = prepared_package()
    BASE_FILE.write_bytes(_normalised(blob))
    print(f"wrote {BASE_FILE}", file=sys.stderr)


def _normalised(blob: bytes) -> bytes:
    """Return a .docx with fixed entry times, so remaking the base gives the same bytes."""
    return write_zip([deflate(name, data) for name, data in read_zip(blob).items()])


if __name__ == "__main__":
    main()

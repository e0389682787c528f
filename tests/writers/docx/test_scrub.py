"""What a kept part of a reference loses: what names a dropped relationship, and fields not on the safe list."""

from __future__ import annotations

from lxml import etree

from generator.writers.docx.scrub import REL_NS, references, remove_references, unsafe_fields

WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml(body: str) -> etree._Element:
    return etree.fromstring(f'<w:hdr xmlns:w="{WNS}" xmlns:r="{REL_NS}">{body}</w:hdr>')


def _text(root: etree._Element) -> str:
    return "".join(root.itertext())


def test_a_dropped_hyperlink_keeps_its_text_and_a_dropped_picture_goes_whole() -> None:
    root = _xml('<w:p><w:hyperlink r:id="rId1"><w:r><w:t>site</w:t></w:r></w:hyperlink><w:r><w:t> after</w:t></w:r></w:p>'
                '<w:p><w:r><w:drawing><w:x r:embed="rId2"/></w:drawing><w:t>kept</w:t></w:r></w:p>'
                '<w:p><w:r><w:drawing><w:x r:embed="rId3"/></w:drawing></w:r></w:p>')
    used = references(root)
    assert sorted(used) == ["rId1", "rId2", "rId3"]
    remove_references(root, used, {"rId1", "rId2"})
    assert _text(root) == "site afterkept"
    assert root.find(f".//{{{WNS}}}hyperlink") is None and len(root.findall(f".//{{{WNS}}}drawing")) == 1


def test_safe_fields_stay_and_unsafe_ones_keep_only_their_text() -> None:
    root = _xml('<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                '<w:fldSimple w:instr="INCLUDETEXT c:\\x"><w:r><w:t>shown</w:t></w:r></w:fldSimple>'
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INCLUDEPICTURE "http://x"</w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>result</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    assert unsafe_fields(root) == ["INCLUDETEXT", "INCLUDEPICTURE"]
    assert _text(root) == "1shownresult"
    assert len(root.findall(f".//{{{WNS}}}fldSimple")) == 1 and root.find(f".//{{{WNS}}}fldChar") is None

"""What a kept part of a reference Word file loses: what names a dropped relationship, and fields not on the safe list.

A hyperlink to what was dropped keeps its text, a picture or object goes whole; a field that could fetch,
run or ask for something becomes the text it shows. Used by :mod:`generator.writers.docx.reference`.
"""

from __future__ import annotations

import re
from typing import Iterator

from lxml import etree

from generator.record import Record
from generator.writers.docx.parts import W

REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# Fields a header or footer may keep (Word updates fields when a generated document opens).
_FIELDS = {
    "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME", "CREATEDATE", "SAVEDATE", "PRINTDATE",
    "EDITTIME", "TITLE", "SUBJECT", "AUTHOR", "KEYWORDS", "COMMENTS", "LASTSAVEDBY", "DOCPROPERTY", "STYLEREF",
    "NUMWORDS", "NUMCHARS", "REVNUM", "SEQ", "REF", "PAGEREF", "SYMBOL", "=", "IF", "COMPARE", "QUOTE", "FILENAME",
    "TEMPLATE", "INFO", "BIDIOUTLINE", "ADVANCE", "EQ",
}
_CONTAINERS = {W + "drawing", W + "pict", W + "object", W + "numPicBullet"}  # removed whole when what they show goes
_LINKS = {_A + "hlinkClick", _A + "hlinkHover", _A + "hlinkMouseOver"}
_SVG_BLIP = "{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip"  # a picture's SVG, beside its PNG
_NAMING = etree.XPath(f"//@*[namespace-uri()='{REL_NS}'] | //@o:relid",
                      namespaces={"o": "urn:schemas-microsoft-com:office:office"})  # in C: styles hold thousands of elements


def references(root: etree._Element) -> dict[str, list[etree._Element]]:
    """Return the elements that name a relationship, by relationship id."""
    found: dict[str, list[etree._Element]] = {}
    for value in _NAMING(root):
        found.setdefault(str(value), []).append(value.getparent())
    return found


def remove_references(root: etree._Element, used: dict[str, list[etree._Element]], dropped: set[str]) -> None:
    """Remove what names a dropped relationship: a hyperlink keeps its text, a picture or object goes whole."""
    for rel_id in sorted(dropped):
        for element in used[rel_id]:
            if element.tag == W + "hyperlink":
                _unwrap(element)
                continue
            if element.tag in _LINKS:
                target = element
            elif element.tag == _SVG_BLIP:  # the picture stays, shown by its PNG
                blip_holder = element.getparent()
                target = blip_holder if blip_holder is not None else element
            else:
                target = next((a for a in element.iterancestors() if a.tag in _CONTAINERS), element)
            parent = target.getparent()
            if parent is not None:
                parent.remove(target)


def _unwrap(element: etree._Element) -> None:
    """Replace an element by its children (keeping the text that follows it)."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    tail = element.tail
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)
    if tail:
        previous = parent[index - 1] if index > 0 else None
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


class _Field(Record, frozen=False):
    """Return a field being read: its instruction and the elements that make it a field (not its result)."""

    instruction: str
    elements: list[etree._Element]
    separated: bool = False


def _field_name(instruction: str) -> str:
    """Return a field's name: the first word of its instruction, in capitals."""
    match = re.match(r"\s*([^\s\\\"]+)", instruction)
    return match.group(1).upper() if match else ""


def unsafe_fields(root: etree._Element) -> list[str]:
    """Turn every field not on the safe list into its shown text (nothing fetched, run or asked); return their names."""
    removed: list[str] = []
    for simple in list(root.iter(W + "fldSimple")):
        name = _field_name(simple.get(W + "instr", ""))
        if name not in _FIELDS:
            removed.append(name)
            _unwrap(simple)
    for field in _complex_fields(root):
        name = _field_name(field.instruction)
        if name not in _FIELDS:
            removed.append(name)
            for element in field.elements:
                holder = element.getparent()
                if holder is not None:
                    holder.remove(element)
    return list(dict.fromkeys(removed))


def _complex_fields(root: etree._Element) -> Iterator[_Field]:
    """Yield each field spelled over runs (begin, instruction, separate, result, end), outermost last."""
    stack: list[_Field] = []
    for element in root.iter(W + "fldChar", W + "instrText", W + "delInstrText"):
        if element.tag == W + "fldChar":
            kind = element.get(W + "fldCharType")
            if kind == "begin":
                stack.append(_Field("", []))
            if not stack:
                continue
            for field in stack[:-1]:
                if not field.separated:  # a field inside another's instruction goes with it
                    field.elements.append(element)
            stack[-1].elements.append(element)
            if kind == "separate":
                stack[-1].separated = True
            elif kind == "end":
                yield stack.pop()
        elif stack:
            stack[-1].instruction += element.text or ""
            for field in stack:
                if not field.separated:
                    field.elements.append(element)
    yield from reversed(stack)  # never ended: judged all the same

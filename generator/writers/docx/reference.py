"""A company's reference Word file, read as a template and never as a carrier.

``--reference-docx`` (and ``reference_docx`` in mkdocs.yml) brands every generated
document.  The file is somebody else's, so it is read with bounded work (see
:mod:`generator.writers.docx.safezip`), every XML part is checked before it is parsed (no DTD,
no entity declarations), and it is refused, naming the file, when it is not a
well-formed Word document.  From a well-formed one only what branding needs is
taken (styles, numbering, page setup, theme, fonts, settings, headers and footers
with their embedded pictures); everything else (macros, attached templates,
external links, embedded objects, comments, custom XML...) is dropped, and what
was dropped is said in one warning.  The result is a small, clean .docx that
python-docx then makes ready (:func:`generator.writers.docx.styles.prepared_package`).

Over 400 lines on purpose: the clean-up is one pass of one `_Cleaner` over the
package, and the tables at the top (what each kind of part keeps, what content it
must have, what is worth a word when dropped) are read by its steps; split, the
tables would sit away from the steps that read them. What a kept part's XML loses
(references to dropped parts, unsafe fields) is apart, in :mod:`generator.writers.docx.scrub`.

Longer than about 400 lines because every check of a file somebody else wrote is here, before any of it
is used.
"""

from __future__ import annotations

import codecs
import os
import posixpath
import re
from pathlib import Path
from typing import NoReturn, Optional
from urllib.parse import unquote
from xml.sax.saxutils import quoteattr

from lxml import etree

from generator.output.zipped import deflate, write_zip
from generator.errors import ReferenceDocxError
from generator.record import Record
from generator.writers.docx.safezip import Limits, ZipRefused, read_zip
from generator.writers.docx.scrub import REL_NS, references, remove_references, unsafe_fields

LIMITS = Limits()
_REL = REL_NS + "/"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
DOCX_MAIN = _WML + "document.main+xml"
_MAIN_TYPES = {  # what a reference may be, and whether it was macro-enabled
    DOCX_MAIN: False, _WML + "template.main+xml": False,
    "application/vnd.ms-word.document.macroEnabled.main+xml": True,
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": True,
}
# What each kind of part may keep, by relationship type; the first group is kept
# whether or not the part's XML names it, the others only when it does.
_IMPLICIT = ("styles", "numbering", "theme", "fontTable", "settings")
_KEEPS = {
    "document": set(_IMPLICIT) | {"header", "footer", "image"},
    "header": {"image"}, "footer": {"image"}, "numbering": {"image"}, "theme": {"image"}, "fontTable": {"font"},
}
_CONTENT = {
    "styles": _WML + "styles+xml", "numbering": _WML + "numbering+xml", "fontTable": _WML + "fontTable+xml",
    "settings": _WML + "settings+xml", "header": _WML + "header+xml", "footer": _WML + "footer+xml",
    "theme": "application/vnd.openxmlformats-officedocument.theme+xml", "image": "image/",
    "font": "application/vnd.openxmlformats-officedocument.obfuscatedFont",
}
_BINARY = ("image", "font")
# Dropped parts worth a word even when nothing left names them (by relationship type).
_NOTABLE = {
    "vbaProject": "a macro project", "wordVbaData": "macro data", "keyMapCustomizations": "macro key bindings",
    "attachedTemplate": "an attached template", "glossaryDocument": "building blocks (a glossary document)",
    "comments": "comments", "commentsExtended": "comments", "commentsIds": "comments",
    "commentsExtensible": "comments", "people": "the list of reviewers", "customXml": "custom XML data",
    "oleObject": "an embedded object", "package": "an embedded object", "control": "an ActiveX control",
    "activeXControlBinary": "an ActiveX control", "mailMergeSource": "a mail-merge data source",
    "mailMergeHeaderSource": "a mail-merge data source", "recipientData": "a mail-merge data source",
    "subDocument": "a subdocument", "aFChunk": "an imported document (altChunk)", "frame": "a frame",
    "transform": "an XSL transform", "audio": "embedded media", "video": "embedded media", "media": "embedded media",
}
# The same, found by content type (a part present with no relationship to it, a .docm renamed .docx).
_NOTABLE_CONTENT = {"vbaProject": "a macro project", "vbaData": "macro data", "keyMapCustomizations": "macro key bindings",
                    "activeX": "an ActiveX control", "oleObject": "an embedded object"}
_EXTERNAL = {"image": "a picture linked from", "hyperlink": "a hyperlink to", "attachedTemplate": "an attached template at",
             "frame": "a frame showing", "oleObject": "an object linked from", "subDocument": "a subdocument at"}
# Settings that point outside the document or at what was dropped.
_SETTINGS_DROPPED = ("attachedTemplate", "linkStyles", "mailMerge", "docVars", "saveThroughXslt", "attachedSchema")
_REACHES_OUT = re.compile(rb"""<script|<foreignObject|(?:href|src)\s*=\s*["'](?!#|data:image/)""", re.IGNORECASE)
_DTD = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARATION = re.compile(r"<\?xml\b[^>]*\?>")
_ENCODING = re.compile(r"""encoding\s*=\s*["']([^"']*)["']""")
_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_KEPT = "only its styles, numbering, page setup, theme, fonts, headers and footers are used"


class Rel(Record):
    """Return one relationship: its id, type, target as written, whether external, and the part it names."""

    id: str
    type: str
    target: str
    external: bool
    part: str  # the member's name in the archive; empty for an external target

    @property
    def kind(self) -> str:
        """Return the last word of the relationship type (``styles``, ``image``, ``vbaProject``)."""
        return self.type.rstrip("/").rpartition("/")[2]

    @property
    def standard(self) -> bool:
        """Return True for a relationship type of the Office Open XML standard (transitional)."""
        return self.type.startswith(_REL)


def read_reference(path: Path, limits: Limits = LIMITS) -> bytes:
    """Return a reference file's bytes, refusing one too large to be a template before reading it all."""
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limits.total:
                raise ReferenceDocxError(f"the reference Word file is larger than {limits.total >> 20} MB; a template "
                                         "that large is refused", file=str(path))
            return stream.read(size)  # never more than the limit, however the file grows meanwhile
    except OSError as exc:
        raise ReferenceDocxError(f"cannot read the reference Word file: {exc.strerror or exc}", file=str(path)) from None


def clean_reference(content: bytes, file: str, limits: Limits = LIMITS) -> tuple[bytes, list[str]]:
    """Return a reference .docx reduced to what branding needs, and a warning saying what was dropped (if anything).

    Raises :class:`ReferenceDocxError` naming ``file`` when it is not a well-formed,
    safe Word document.
    """
    try:
        members = read_zip(content, limits)
    except ZipRefused as exc:
        raise ReferenceDocxError(f"cannot use this file as a reference Word document: {exc}", file=file) from None
    return _Cleaner(members, file).run()


class _Cleaner:
    """Return the branding parts of a reference, walked from its main document along the relationships kept."""

    def __init__(self, members: dict[str, bytes], file: str) -> None:
        self.members = members
        self.file = file
        self.names = {name.lower(): name for name in members}
        self.notes: dict[str, str] = {}  # what was dropped, by what it is (one line each)
        self.types: dict[str, str] = {}
        self.defaults: dict[str, str] = {}
        self.texts: dict[str, str] = {}  # XML members checked so far, as text without their declaration

    def refuse(self, reason: str) -> NoReturn:
        """Raise the error that says why the file cannot be used."""
        raise ReferenceDocxError(f"cannot use this file as a reference Word document: {reason}", file=self.file)

    def run(self) -> tuple[bytes, list[str]]:
        """Return the cleaned package and its warnings."""
        if "[Content_Types].xml" not in self.members:
            self.refuse("it is a zip archive but not a Word document (it has no [Content_Types].xml)")
        self.read_types(self.parse("[Content_Types].xml"))
        for name in self.members:  # every XML part is checked, kept or not, before any other is parsed
            if self.is_xml(name):
                self.text(name)
        rels = self.read_all_rels()
        main = self.main_part(rels.get("", []))
        kept: dict[str, bytes] = {}
        kept_rels: dict[str, list[Rel]] = {}
        queue = [(main, "document")]
        while queue:
            name, kind = queue.pop(0)
            if name in kept:
                continue
            if kind in _BINARY:
                kept[name] = self.members[name]
                continue
            root = self.parse(name)
            self.tidy(kind, root)
            kept_rels[name] = self.follow(name, kind, root, rels.get(name, []))
            queue += [(rel.part, rel.kind) for rel in kept_rels[name]]
            kept[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        self.note_unlinked(kept)
        warnings = [f"dropped from the reference document: {'; '.join(self.notes.values())} ({_KEPT})"] if self.notes else []
        return self.package(main, kept, kept_rels), warnings

    # -- reading ---------------------------------------------------------------------

    def is_xml(self, name: str) -> bool:
        """Return True for a member that is XML, by its name or its declared content type."""
        lower = name.lower()
        return lower.endswith((".xml", ".rels", ".vml", ".svg")) or self.content_type(name).endswith("xml")

    def text(self, name: str) -> str:
        """Return an XML member's text without its declaration, refusing a DTD, entities or an unusual encoding."""
        if name in self.texts:
            return self.texts[name]
        data = self.members[name]
        encoding = _sniff(data)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            self.refuse(f"its part '{name}' is not UTF-8 or UTF-16 text")
        text = text.lstrip("\ufeff")
        declaration = _DECLARATION.match(text)
        declared = _ENCODING.search(declaration.group(0)) if declaration else None
        if declared and declared.group(1).lower().replace("_", "-") not in _ENCODINGS:
            self.refuse(f"its part '{name}' declares the encoding '{declared.group(1)}'; Word writes UTF-8")
        if _DTD.search(text):
            self.refuse(f"its part '{name}' carries a DTD or entity declarations (<!DOCTYPE or <!ENTITY); "
                        "Word files never do, and pmdocs does not read them")
        self.texts[name] = text[declaration.end():] if declaration else text
        return self.texts[name]

    def parse(self, name: str) -> etree._Element:
        """Return an XML member parsed (its text already checked), refusing one that is not well-formed."""
        try:
            return etree.fromstring(self.text(name).encode("utf-8"), _PARSER)
        except etree.XMLSyntaxError as exc:
            self.refuse(f"its part '{name}' is not well-formed XML ({exc})")

    def read_types(self, root: etree._Element) -> None:
        """Read the content types: defaults by extension and overrides by part."""
        if root.tag != f"{{{_TYPES}}}Types":
            self.refuse("its [Content_Types].xml is not a content types list")
        for item in root:
            if item.tag == f"{{{_TYPES}}}Default":
                self.defaults[item.get("Extension", "").lower()] = item.get("ContentType", "")
            elif item.tag == f"{{{_TYPES}}}Override":
                self.types[item.get("PartName", "").lstrip("/").lower()] = item.get("ContentType", "")

    def content_type(self, name: str) -> str:
        """Return a member's content type (its override, else its extension's default, else empty)."""
        return self.types.get(name.lower()) or self.defaults.get(name.rpartition(".")[2].lower(), "")

    def read_all_rels(self) -> dict[str, list[Rel]]:
        """Return every part's relationships by part name ('' for the package), refusing one that points nowhere.

        Every external relationship and every notable dropped part is noted here, wherever it is.
        """
        found: dict[str, list[Rel]] = {}
        for name in list(self.texts):
            source = _rels_source(name)
            if source is None or (source and source not in self.members):
                continue
            root = self.parse(name)
            if root.tag != f"{{{_PACKAGE_RELS}}}Relationships":
                self.refuse(f"its part '{name}' is not a relationships list")
            found[source] = [self.relationship(name, source, item) for item in root
                             if item.tag == f"{{{_PACKAGE_RELS}}}Relationship"]
        for source, rels in found.items():
            for rel in rels:
                if rel.external or (rel.kind in _NOTABLE and self.worth_noting(rel)):
                    self.note(_key(rel, source), _describe(rel, source))
        return found

    def relationship(self, rels_name: str, source: str, item: etree._Element) -> Rel:
        """Return one relationship read from a relationships part, its internal target found in the archive."""
        rel_id, rel_type, target = item.get("Id"), item.get("Type"), item.get("Target")
        if not rel_id or not rel_type or target is None:
            self.refuse(f"its part '{rels_name}' has a relationship without an Id, Type or Target")
        if (item.get("TargetMode") or "Internal") != "Internal":
            return Rel(rel_id, rel_type, target, True, "")
        part = self.find_part(source, target)
        if part is None:
            self.refuse(f"its part '{rels_name}' has a relationship ({rel_id}) to '{_show(target)}', "
                        "which is not in the file")
        return Rel(rel_id, rel_type, target, False, part)

    def find_part(self, source: str, target: str) -> Optional[str]:
        """Return the member an internal relationship target names, or None when there is none."""
        path = target.partition("#")[0]
        folder = posixpath.dirname(source)
        resolved = posixpath.normpath(posixpath.join("/", folder, path) if not path.startswith("/") else path).lstrip("/")
        for candidate in (resolved, unquote(resolved)):
            name = self.names.get(candidate.lower())
            if name is not None and not name.endswith("/") and name != "[Content_Types].xml":
                return name
        return None

    def worth_noting(self, rel: Rel) -> bool:
        """Return False for custom XML that holds nothing (python-docx's and Word's empty bibliography list)."""
        if rel.kind != "customXml" or not self.is_xml(rel.part):
            return True
        return len(self.parse(rel.part)) > 0

    def main_part(self, package_rels: list[Rel]) -> str:
        """Return the main document part, refusing a file without one or whose main part is not a Word document."""
        mains = [rel for rel in package_rels if rel.type == _REL + "officeDocument" and not rel.external]
        if not mains:
            if any(rel.type == _STRICT for rel in package_rels):
                self.refuse("it is saved as Strict Open XML; save it as an ordinary Word Document (.docx)")
            self.refuse("it has no main document part (no officeDocument relationship in _rels/.rels)")
        main = mains[0].part
        content_type = self.content_type(main)
        if content_type not in _MAIN_TYPES:
            self.refuse(f"its main part '{main}' is '{content_type or 'of no declared type'}', not a Word document")
        if _MAIN_TYPES[content_type]:
            self.note("macro-enabled", "the macro-enabled document type (a .docm or .dotm)")
        return main

    # -- cleaning ----------------------------------------------------------------------

    def tidy(self, kind: str, root: etree._Element) -> None:
        """Remove from a kept part what branding does not need, by kind of part."""
        if kind == "document":
            _keep_page_setup(root, self)
        elif kind in ("header", "footer"):
            for field in filter(None, unsafe_fields(root)):
                self.note(f"field {field}", f"a field ({field}) in a header or footer")
        elif kind == "settings":
            for tag in _SETTINGS_DROPPED:
                for element in root.findall(W + tag):
                    if tag == "mailMerge":
                        self.note("mailMerge", "mail-merge settings")
                    root.remove(element)
            for notes, separator in (("footnotePr", "footnote"), ("endnotePr", "endnote")):
                for element in root.findall(f"{W}{notes}/{W}{separator}"):  # separators live in the dropped notes parts
                    parent = element.getparent()
                    assert parent is not None  # found under its notes element
                    parent.remove(element)

    def follow(self, name: str, kind: str, root: etree._Element, rels: list[Rel]) -> list[Rel]:
        """Return the relationships of a kept part that are kept, removing what names any other from its XML."""
        used = references(root)
        kept: list[Rel] = []
        implicit: set[str] = set()
        for rel in rels:
            if self.keeps(kind, rel, rel.id in used, implicit):
                kept.append(rel)
            elif rel.id in used:
                self.note(_key(rel, name), _describe(rel, name))
        remove_references(root, used, set(used) - {rel.id for rel in kept})
        return kept

    def keeps(self, kind: str, rel: Rel, used: bool, implicit: set[str]) -> bool:
        """Return True when a part of ``kind`` keeps a relationship: a standard branding type, internal, of the right content."""
        if rel.external or not rel.standard or rel.kind not in _KEEPS.get(kind, ()):
            return False
        if rel.kind in _IMPLICIT:
            if rel.kind in implicit:
                return False
            implicit.add(rel.kind)
        elif not used:
            return False
        actual = self.content_type(rel.part)
        if not _content_fits(rel.kind, actual):
            self.note(rel.part, f"'{rel.part}', which is a {actual or 'part of no declared type'}, not a {rel.kind} part")
            return False
        if actual == "image/svg+xml" and _REACHES_OUT.search(self.members[rel.part]):
            self.note(rel.part, f"a drawing with scripts or links ({rel.part}; its picture is kept when it has one)")
            return False
        return True

    def note_unlinked(self, kept: dict[str, bytes]) -> None:
        """Note the dropped members whose content type says they are macros or objects, wherever they are."""
        for name in self.members:
            if name in kept or name in self.notes:
                continue
            content_type = self.content_type(name)
            found = next((text for key, text in _NOTABLE_CONTENT.items() if key.lower() in content_type.lower()), None)
            if found is None and name.lower().endswith("vbaproject.bin"):
                found = _NOTABLE_CONTENT["vbaProject"]
            if found:
                self.note(name, f"{found} ({name})")

    def note(self, key: str, text: str) -> None:
        """Remember something dropped (once)."""
        self.notes.setdefault(key, text)

    # -- writing -----------------------------------------------------------------------

    def package(self, main: str, parts: dict[str, bytes], rels: dict[str, list[Rel]]) -> bytes:
        """Return the kept parts as a .docx: content types, the package's one relationship, parts and their relationships."""
        overrides = "".join(f'<Override PartName={quoteattr("/" + name)} '
                            f'ContentType={quoteattr(DOCX_MAIN if name == main else self.content_type(name))}/>'
                            for name in parts)
        types = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="{_TYPES}">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>')
        entries = [deflate("[Content_Types].xml", types.encode("utf-8")),
                   deflate("_rels/.rels", _rels_xml("", [Rel("rId1", _REL + "officeDocument", main, False, main)]))]
        for name, data in parts.items():
            entries.append(deflate(name, data))
            if rels.get(name):
                folder, _, leaf = name.rpartition("/")
                entries.append(deflate(f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels",
                                       _rels_xml(name, rels[name])))
        return write_zip(entries)


def _content_fits(kind: str, content_type: str) -> bool:
    """Return True when a part's content type is the one its relationship type calls for."""
    expected = _CONTENT[kind]
    if kind == "font":
        return "font" in content_type.lower()
    return content_type.startswith(expected) if expected.endswith("/") else content_type == expected


def _sniff(data: bytes) -> str:
    """Return the encoding an XML member's first bytes show (XML 1.0, appendix F)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if data.startswith(b"<\x00"):
        return "utf-16-le"
    if data.startswith(b"\x00<"):
        return "utf-16-be"
    return "utf-8"


def _rels_source(name: str) -> Optional[str]:
    """Return the part a relationships member belongs to ('' for the package), or None for any other member."""
    folder, _, leaf = name.rpartition("/")
    if not leaf.endswith(".rels") or posixpath.basename(folder) != "_rels":
        return None
    owner = posixpath.dirname(folder)
    return posixpath.join(owner, leaf[: -len(".rels")]) if leaf != ".rels" else ""


def _rels_xml(source: str, rels: list[Rel]) -> bytes:
    """Return a relationships part for ``source`` listing ``rels``, each target relative to the source's folder."""
    folder = posixpath.dirname(source) or "."
    items = "".join(f'<Relationship Id={quoteattr(rel.id)} Type={quoteattr(rel.type)} '
                    f'Target={quoteattr(posixpath.relpath(rel.part, folder))}/>' for rel in rels)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PACKAGE_RELS}">{items}</Relationships>').encode("utf-8")


def _key(rel: Rel, source: str) -> str:
    """Return what a dropped relationship is noted under: the part it names, or where an external one was."""
    return f"{source}#{rel.id}" if rel.external else rel.part


def _describe(rel: Rel, source: str) -> str:
    """Return how a warning names a dropped relationship: what it is, and where it pointed (outside) or what it was."""
    if not rel.external:
        return f"{_NOTABLE.get(rel.kind, f'a {rel.kind} part')} ({rel.part})"
    what = _EXTERNAL.get(rel.kind) or (f"{_NOTABLE[rel.kind]} at" if rel.kind in _NOTABLE else f"a link ({rel.kind}) to")
    return f"{what} '{_show(rel.target)}' ({source or 'the package'})"


def _show(target: str) -> str:
    """Return a target as a warning shows it: printable and at most 100 characters."""
    text = "".join(c if c.isprintable() else "?" for c in target)
    return text if len(text) <= 100 else text[:99] + "…"


def _keep_page_setup(root: etree._Element, cleaner: _Cleaner) -> None:
    """Empty the main document's body but for its final section settings, which get a page size and margins."""
    body = root.find(W + "body")
    if body is None:
        cleaner.refuse("its main document part has no body")
    sections = body.findall(W + "sectPr")
    final = sections[-1] if sections else etree.SubElement(body, W + "sectPr")
    for child in list(body):
        if child is not final:
            body.remove(child)
    size = final.find(W + "pgSz")
    if size is None:  # Word's defaults (US Letter, one-inch margins), as python-docx assumes them
        before = [i for i, child in enumerate(final) if child.tag in {
            W + t for t in ("headerReference", "footerReference", "footnotePr", "endnotePr", "type")}]
        size = etree.Element(W + "pgSz", {W + "w": "12240", W + "h": "15840"})
        final.insert(before[-1] + 1 if before else 0, size)
    if final.find(W + "pgMar") is None:
        margins = {W + k: v for k, v in (("top", "1440"), ("right", "1440"), ("bottom", "1440"), ("left", "1440"),
                                         ("header", "720"), ("footer", "720"), ("gutter", "0"))}
        size.addnext(etree.Element(W + "pgMar", margins))

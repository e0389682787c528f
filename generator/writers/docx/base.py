"""The prepared Word base, as the writer uses it: parts ready to copy and the places to fill in.

A base is a .docx made ready once (see :mod:`generator.writers.docx.styles`): every style
the writer needs, an empty body, a header and a footer, and XML comments marking
where each document's content goes.  Loading one takes a few milliseconds and no
XML library: its parts are kept as text split at those marks, and the parts that
never change are compressed once, here, for every document of the run.
pmdocs's own base ships ready (``data/word-base.docx``); a reference document
given with ``--reference-docx`` is prepared by python-docx first.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import struct
import zipfile
from dataclasses import field
from pathlib import Path
from typing import Optional, Union

from generator.output.zipped import QUICK, Entry, deflate, write_zip
from generator.record import Record
from generator.writers.docx.page import section
from generator.writers.docx.parts import BASE_FILE, BULLET_ABSTRACT, DECIMAL_ABSTRACT, MARKS, W

__all__ = ["BASE_FILE", "BULLET_ABSTRACT", "DECIMAL_ABSTRACT", "MARKS", "QUICK", "W", "Base", "Entry", "Split", "deflate",
           "load_base", "prepare", "write_zip"]

_CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"


class Split(Record):
    """Return a part's text around the place where content goes."""

    name: str
    head: str
    tail: str


class Base(Record):
    """Return a prepared base: its parts, where content goes, style ids by name and the page geometry."""

    members: tuple[Union[Entry, str], ...]  # in the base's order: ready entries, or the names of parts filled in
    document: Split  # its tail holds the section's page (see `generator.writers.docx.page.section`)
    styles: Split  # around the document's default language (see `generator.writers.docx.language`)
    header: Split
    footer: Split
    numbering: Split
    rels: Split
    core: str  # the core properties part's name
    style_ids: dict[str, str]
    next_num: int  # the first numbering instance id free for the document's lists
    warnings: list[str] = field(default_factory=list)
    keeps_page: bool = False  # a reference document's page size and margins stay; pmdocs's own follow the paper asked


def _split(name: str, text: str, mark: str) -> Split:
    head, found, tail = text.partition(f"<!--{mark}-->")
    if not found:
        raise ValueError(f"the prepared base has no '{mark}' mark in {name}")
    return Split(name, head, tail)


def _unescape(value: str) -> str:
    """Return an XML attribute value with its character references resolved."""
    import html

    return html.unescape(value) if "&" in value else value


_STYLE = re.compile(rb'<w:style\b[^>]*?\bw:styleId="([^"]*)"[^>]*>\s*<w:name w:val="([^"]*)"')


def _style_ids(styles: bytes) -> dict[str, str]:
    """Return style ids by style name (and by lower-case name, as Word matches them).

    Word and python-docx write each style's name as its first child, which a
    pattern finds in a few milliseconds; anything else is parsed as XML.
    """
    found = [(style_id.decode(), _unescape(name.decode())) for style_id, name in _STYLE.findall(styles)]
    if len(found) != styles.count(b"<w:style "):
        from xml.etree import ElementTree

        found = []
        for style in ElementTree.fromstring(styles).iter(f"{W}style"):
            name = style.find(f"{W}name")
            if name is not None and style.get(f"{W}styleId"):
                found.append((style.get(f"{W}styleId", ""), name.get(f"{W}val", "")))
    index: dict[str, str] = {}
    for style_id, value in found:
        index.setdefault(value, style_id)
        index.setdefault(value.lower(), style_id)
    return index


def _entry(blob: bytes, info: zipfile.ZipInfo, data: bytes) -> Entry:
    """Return a member of the base as a ready entry, reusing its compressed bytes when it is deflated."""
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return deflate(info.filename, data)
    name_length, extra_length = struct.unpack("<HH", blob[info.header_offset + 26: info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    return Entry(info.filename, info.CRC, info.file_size, blob[start: start + info.compress_size])


def load_base(blob: bytes, warnings: Optional[list[str]] = None, reference: bool = False) -> Base:
    """Return a base read from a prepared .docx (see :func:`generator.writers.docx.styles.prepared_package`)."""
    archive = zipfile.ZipFile(io.BytesIO(blob))
    infos = {info.filename: info for info in archive.infolist()}
    parts = {name: archive.read(name) for name in infos}
    marked = {}
    for name, data in parts.items():
        if name.endswith(".xml") and b"<!--pmdocs:" in data:
            text = data.decode("utf-8")
            for key, mark in MARKS.items():
                if f"<!--{mark}-->" in text:
                    marked[key] = _split(name, text, mark)
    external = [name for name, data in parts.items() if name.endswith(".rels") and b'TargetMode="External"' in data]
    if external:  # a reference's external links are dropped before this: finding one is a bug
        raise ValueError(f"the prepared base has external relationships in {', '.join(external)}")
    missing = sorted(set(MARKS) - set(marked))
    if missing:
        raise ValueError(f"the prepared base lacks {', '.join(missing)}")
    document = marked["body"]
    folder, _, leaf = document.name.rpartition("/")
    rels_name = f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels"
    rels_text = parts[rels_name].decode("utf-8")
    cut = rels_text.rindex("</")
    rels = Split(rels_name, rels_text[:cut], rels_text[cut:])
    types = parts["[Content_Types].xml"].decode("utf-8")
    core = re.search(r'PartName="/([^"]+)" ContentType="' + re.escape(_CORE_TYPE), types)
    if core is None:
        raise ValueError("the prepared base has no core properties part")
    filled = {s.name for s in marked.values()} | {rels_name, core.group(1)}
    numbering = marked["numbering"]
    nums = [int(n) for n in re.findall(r'w:numId="(\d+)"', numbering.head)]
    section(document.tail)  # refuses a base without a page size or margins
    styles = marked["lang"]
    return Base(
        members=tuple(name if name in filled else _entry(blob, infos[name], data) for name, data in parts.items()),
        document=document, styles=styles, header=marked["header"], footer=marked["footer"],
        numbering=numbering, rels=rels, core=core.group(1), style_ids=_style_ids((styles.head + styles.tail).encode()),
        next_num=max(nums + [0]) + 1, warnings=list(warnings or []), keeps_page=reference,
    )


def prepare(reference: Optional[Path] = None) -> Base:
    """Return the base for a pack: pmdocs's own (shipped ready) or a reference .docx made ready.

    A reference is remembered by its content, not its name: a file changed in
    place (while ``mkdocs serve`` runs, say) gives the new base.  A file that
    cannot serve raises :class:`generator.errors.ReferenceDocxError`.
    """
    if reference is None:
        return _own_base()
    from generator.writers.docx.reference import read_reference  # lxml and python-docx: only for a reference document

    content = read_reference(reference)
    key = hashlib.sha256(content).hexdigest()
    base = _reference_bases.pop(key, None)
    if base is None:
        from generator.writers.docx.styles import prepared_package

        blob, warnings = prepared_package(reference, content)
        base = load_base(blob, warnings, reference=True)
    _reference_bases[key] = base  # the most recently used last
    while len(_reference_bases) > _REMEMBERED:
        del _reference_bases[next(iter(_reference_bases))]
    return base


_REMEMBERED = 4
_reference_bases: dict[str, Base] = {}  # prepared reference bases by the SHA-256 of the file's bytes


@functools.lru_cache(maxsize=1)
def _own_base() -> Base:
    """Return pmdocs's own base, read once."""
    return load_base(BASE_FILE.read_bytes())

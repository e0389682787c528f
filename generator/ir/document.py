"""What every writer is handed: a pack's documents (their Markdown, their tree, their cover data) and its pictures."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import field
from pathlib import PurePosixPath
from typing import Mapping, Optional

from generator.ir.nodes import Document
from generator.pictures.scene import Scene
from generator.record import Record


class DocMeta(Record):
    """Return what a document's cover, header and properties say about it (for every format that has them)."""

    title: str
    project: str
    code: str
    doc_id: str
    version: str  # the latest revision's version; empty while no revision is recorded (a draft)
    date: Optional[dt.date]
    owner: str  # the project manager, or who stands in for them (`owner_for`)
    organization: str  # the organization's name
    category: str
    keywords: tuple[str, ...] = ()
    contents: bool = True
    landscape: bool = False
    language: str = "en"  # the documents' language: a tag of `generator.i18n.locales.available`
    spelling: str = ""  # the tag Word checks the text as, when more precise than ``language`` ("en-GB"); '' is it
    department: str = ""  # the organization's department or unit, if answered
    confidentiality: str = ""  # a label printed on every page (organization.confidentiality), if answered
    paper: str = ""  # "a4" or "letter" (see `generator.questionnaire.rules.paper_size`); empty: the base's own page
    approved: bool = False  # True once the current version is approved (`approvals`); until then the cover says DRAFT
    status_line: str = ""  # the approval status in words, as the document control says it (see generator.view.approval)
    owner_for: str = ""  # the project manager whom ``owner`` stands in for ('' when the owner is the project manager)
    records_date: Optional[dt.date] = None  # the latest record's date when later than ``date``: the content reflects it
    compact_cover: bool = False  # a form of one entry (a change request): a header block on its first page, no cover
    status: str = ""  # a compact cover's status: the entry's own ("approved"), or '' when the entry has none
    version_date: Optional[dt.date] = None  # the version's own date (a compact cover prints it beside the version)
    date_label: str = ""  # a compact cover's word for ``date`` (an untranslated message: "Decided"); '' is "Date"
    version_note: str = ""  # an untranslated message beside a compact cover's version date (see `EntryControl`)
    blank_form: bool = False  # a form to fill in by hand: a row whose last cell is empty has room to write in
    tight: bool = False  # a one-page document whose page at its least runs over: Word sets its text closer


class PackDocument(Record):
    """Return one document of a pack: where it goes (``stem``, without a suffix), its Markdown and its cover data.

    Its tree is read from the Markdown the first time a writer asks, once for all writers.
    """

    stem: PurePosixPath
    markdown: str
    meta: DocMeta

    def path(self, suffix: str) -> PurePosixPath:
        """Return the document's path in a format (``.md``, ``.docx``...), relative to the project's folder."""
        return self.stem.with_name(self.stem.name + suffix)

    @functools.cached_property
    def tree(self) -> Document:
        """Return the document tree of the Markdown, read once."""
        from generator.ir.reader import parse  # markdown-it costs ~30 ms to import: only when a writer walks the tree

        return parse(self.markdown)


def load_reader() -> None:
    """Import the Markdown reader now: before a pack's documents are shared among forked copies of this process,
    so that it is imported once, not in each copy."""
    import generator.ir.reader  # noqa: F401


class Pack(Record):
    """Return one project's documents, in order, and the pictures they show, by the path the Markdown names."""

    documents: tuple[PackDocument, ...]
    pictures: Mapping[str, Scene] = field(default_factory=dict)

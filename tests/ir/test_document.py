"""What writers are handed: a pack's documents with their paths in each format, their tree read once, and its pictures."""

from __future__ import annotations

import dataclasses
from pathlib import PurePosixPath

import pytest

from generator.ir.document import DocMeta, Pack, PackDocument
from generator.ir.nodes import Document, Heading, Paragraph, Text
from tests.support.docx import SHORT_META as META


def test_a_pack_document_reads_its_tree_once() -> None:
    doc = PackDocument(PurePosixPath("change-requests/P-1-CR.1"), "# Title\n", META)
    assert doc.path(".md") == PurePosixPath("change-requests/P-1-CR.1.md")  # a dot in an id is not a suffix
    assert doc.path(".docx") == PurePosixPath("change-requests/P-1-CR.1.docx")
    assert doc.tree is doc.tree and doc.tree == Document((Heading(1, (Text("Title"),)),))


def test_a_document_at_the_top_of_the_project_folder() -> None:
    doc = PackDocument(PurePosixPath("P-1-project-charter"), "Text\n", META)
    assert doc.path(".md") == PurePosixPath("P-1-project-charter.md")
    assert doc.tree == Document((Paragraph((Text("Text"),)),))


def test_cover_data_defaults_and_is_frozen() -> None:
    meta = DocMeta(title="T", project="P", code="C", doc_id="C-T", version="1.0", date=None, owner="O",
                   organization="Org", category="T")
    assert (meta.keywords, meta.contents, meta.landscape, meta.language) == ((), True, False, "en")
    assert (meta.approved, meta.status_line, meta.records_date) == (False, "", None)  # a draft, its words unset
    with pytest.raises(dataclasses.FrozenInstanceError):
        meta.title = "Other"  # type: ignore[misc]


def test_a_pack_without_pictures() -> None:
    doc = PackDocument(PurePosixPath("a"), "", META)
    pack = Pack((doc,))
    assert pack.documents == (doc,) and dict(pack.pictures) == {}
    assert Pack(()).pictures is not pack.pictures  # each pack its own mapping

"""The Markdown writer: each document's Markdown byte for byte, and the SVG of only the pictures the documents link to."""

from __future__ import annotations

from pathlib import PurePosixPath

from generator import writers
from generator.ir.document import Pack, PackDocument
from generator.pictures.scene import Text, scene
from generator.pictures.svg import svg
from generator.writers.markdown import MarkdownWriter
from tests.support.docx import SHORT_META as META

SHOWN = scene("timeline", 40, [Text(1, 20, "shown")], "alt", "Shown")
UNUSED = scene("risk-heat-map", 40, [Text(1, 20, "unused")], "alt", "Unused")


def writer() -> MarkdownWriter:
    made = writers.get("md").open()
    assert isinstance(made, MarkdownWriter)
    return made


def test_a_document_is_written_as_rendered() -> None:
    text = "# Title: é\n\n| a |\n|---|\n| <b> |\n\nNo newline at the end"
    doc = PackDocument(PurePosixPath("P-1-charter"), text, META)
    assert writer().write(doc, Pack((doc,))) == text.encode("utf-8")


def test_only_the_pictures_a_document_links_to_are_written_beside_it() -> None:
    docs = (PackDocument(PurePosixPath("a"), '![Timeline](pictures/P-1-timeline.svg "Shown")\n', META),
            PackDocument(PurePosixPath("b"), "pictures/P-1-risk-heat-map.svg named, not linked\n", META))
    pack = Pack(docs, {"pictures/P-1-timeline.svg": SHOWN, "pictures/P-1-risk-heat-map.svg": UNUSED})
    [extra] = writer().extras(pack)
    assert extra.path == PurePosixPath("pictures/P-1-timeline.svg") and extra.data == svg(SHOWN).encode("utf-8")


def test_no_pictures_no_extras() -> None:
    doc = PackDocument(PurePosixPath("a"), "# A\n", META)
    assert writer().extras(Pack((doc,))) == [] and writer().extras(Pack(())) == []


def test_pictures_are_written_in_path_order() -> None:
    links = "".join(f'![x]({p} "c")\n' for p in ("pictures/z.svg", "pictures/a.svg"))
    pack = Pack((PackDocument(PurePosixPath("d"), links, META),), {"pictures/z.svg": SHOWN, "pictures/a.svg": UNUSED})
    assert [f.path.as_posix() for f in writer().extras(pack)] == ["pictures/a.svg", "pictures/z.svg"]


def test_guidance_and_language_spans_stay_as_written() -> None:
    text = ('# A: <span lang="de">Größe</span>\n\n!!! tip "Guidance: adopt or delete"\n\n    | a |\n    |---|\n'
            '    | <span lang="de">eins</span> |\n\n    - one\n')
    doc = PackDocument(PurePosixPath("a"), text, META)
    assert writer().write(doc, Pack((doc,))) == text.encode("utf-8")

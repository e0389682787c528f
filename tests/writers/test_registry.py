"""Output formats as plug-ins: the registry, lazy loading, a toy format added by registering it, and loud failure on unknown nodes."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

from generator import writers
from generator.build.pack import build_pack
from generator.cli import cli
from generator.errors import ConfigError
from generator.ir.document import Pack, PackDocument
from generator.ir.nodes import (
    BLOCK_KINDS,
    INLINE_KINDS,
    CodeBlock,
    Document,
    Guidance,
    Heading,
    ListBlock,
    Paragraph,
    Text,
)
from generator.ir.visitor import UnknownNodeError, Visitor, plain_text
from generator.writers import Writer, WriterOptions
from generator.writers.docx.base import prepare
from generator.writers.docx.writer import DocxWriter, _Runs, _Writer, write_docx
from generator.writers.markdown import MarkdownWriter
from tests.conftest import ROOT
from tests.support.docx import SHORT_META as META


class TextWriter(Writer, Visitor[str]):
    """A toy format for the tests: each document as plain text, one line per block."""

    walker = "the text writer"

    def write(self, document: PackDocument, pack: Pack) -> bytes:
        return "".join(self.visit(block) for block in document.tree.blocks).encode("utf-8")

    def visit_Heading(self, node: Heading) -> str:
        return plain_text(node.children).upper() + "\n"

    def visit_Paragraph(self, node: Paragraph) -> str:
        return plain_text(node.children) + "\n"

    def visit_ListBlock(self, node: ListBlock) -> str:
        return "".join("* " + "".join(self.visit(b) for b in item) for item in node.items)

    def visit_Table(self, node: object) -> str:
        return "[table]\n"

    def visit_CodeBlock(self, node: CodeBlock) -> str:
        return node.text + "\n"

    def visit_Quote(self, node: object) -> str:
        return "[quote]\n"

    def visit_Guidance(self, node: Guidance) -> str:
        return f"[{node.title}]\n" + "".join(self.visit(block) for block in node.children)

    def visit_Rule(self, node: object) -> str:
        return "----\n"


@pytest.fixture()
def txt() -> Iterator[writers.Format]:
    """Register the toy format for one test."""
    fmt = writers.register("txt", ".txt", "tests.writers.test_registry:TextWriter", "Plain text")
    yield fmt
    writers.unregister("txt")


def test_the_builtin_formats_are_registered() -> None:
    assert writers.names() == ("md", "docx") == writers.DEFAULT_FORMATS
    assert writers.get("docx").suffix == ".docx" and writers.get("docx").load() is DocxWriter
    assert writers.get("md").load() is MarkdownWriter
    with pytest.raises(ConfigError, match="unknown output format 'pdf': use one or more of md, docx"):
        writers.get("pdf")


def test_registering_a_toy_writer_adds_a_format(txt: writers.Format, q, tmp_path: Path, example: str) -> None:
    files = {f.path.as_posix(): f.data.decode() for f in build_pack(q, formats=("txt",))}
    assert set(files) == {p.replace(".md", ".txt") for p in (f.path.as_posix() for f in build_pack(q, formats=("md",)))
                          if p.endswith(".md")}
    assert files["CDP-2027-project-charter.txt"].startswith("PROJECT CHARTER: CUSTOMER DATA PLATFORM MIGRATION\n")
    source = tmp_path / "q.yaml"
    source.write_text(example, encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "out"), "--format", "txt,md"])
    assert result.exit_code == 0, result.output
    written = {p.suffix for p in (tmp_path / "out").rglob("*") if p.is_file() and not p.name.startswith(".")}
    assert written == {".txt", ".md", ".svg"}


def test_an_unregistered_format_is_refused_by_the_command(tmp_path: Path, example: str) -> None:
    source = tmp_path / "q.yaml"
    source.write_text(example, encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "out"), "--format", "txt"])
    assert result.exit_code == 2 and "use one or more of md, docx" in result.output


def test_a_format_that_is_not_a_writer_is_refused() -> None:
    fmt = writers.Format("bad", ".bad", "tests.writers.test_registry:META")
    with pytest.raises(TypeError, match="not a Writer"):
        fmt.load()


def test_writers_come_in_registration_order(q) -> None:
    assert [w.format.name for w in writers.open_writers(["docx", "md", "docx"])] == ["md", "docx"]
    assert [f.path for f in build_pack(q, formats=("docx", "md"))] == [f.path for f in build_pack(q)]


def test_the_markdown_writer_writes_the_markdown_as_rendered(q) -> None:
    from generator.render.templates import render_project

    rendered = {d.path.as_posix(): d.markdown for d in render_project(q)}
    files = build_pack(q, formats=("md",))
    for f in files:
        if f.path.suffix == ".md":
            assert f.data.decode("utf-8") == rendered[f.path.as_posix()]
    pictures = [f.path.as_posix() for f in files if f.path.suffix == ".svg"]
    assert pictures == sorted(pictures) and all(any(f"]({p} " in md for md in rendered.values()) for p in pictures)


def test_the_word_writer_is_imported_only_for_word() -> None:
    code = ("import sys\nfrom generator.build.pack import build_pack\nfrom tests.conftest import example_text, run\n"
            "build_pack(run(example_text()).questionnaire, formats=('md',))\n"
            "print('generator.writers.docx.writer' in sys.modules, 'docx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.split() == ["False", "False"]


@dataclass(frozen=True)
class Aside:
    """A block kind the writers do not know."""

    children: tuple[Text, ...]


@dataclass(frozen=True)
class Underline:
    """An inline kind the writers do not know."""

    children: tuple[Text, ...]


@pytest.mark.parametrize("tree,kind", [
    (Document((Heading(1, (Text("T"),)), Aside((Text("lost?"),)))), "Aside"),  # type: ignore[arg-type]
    (Document((Paragraph((Text("a "), Underline((Text("b"),)))),)), "Underline"),  # type: ignore[arg-type]
    (Document((ListBlock(False, 1, ((Paragraph((Text("x"),)), Aside(())),)),)), "Aside"),  # type: ignore[arg-type]
])
def test_a_node_kind_the_word_writer_does_not_know_fails_loudly(tree: Document, kind: str) -> None:
    with pytest.raises(UnknownNodeError) as caught:
        write_docx(tree, META, prepare())
    assert caught.value.walker == "the Word writer" and caught.value.kind == kind


def test_the_word_writer_covers_every_node_kind() -> None:
    assert all(hasattr(_Writer, f"visit_{kind.__name__}") for kind in BLOCK_KINDS)
    assert all(hasattr(_Runs, f"visit_{kind.__name__}") for kind in INLINE_KINDS)
    assert all(hasattr(TextWriter, f"visit_{kind.__name__}") for kind in BLOCK_KINDS)


def test_word_writers_share_the_base_prepared_once_per_process() -> None:
    fmt = writers.get("docx")
    first, second = fmt.open(WriterOptions()), fmt.open(WriterOptions())
    assert isinstance(first, DocxWriter) and isinstance(second, DocxWriter)
    assert first.base is second.base is prepare() and first.warnings == []


def test_writer_options_hold_only_what_a_user_chose() -> None:
    assert WriterOptions._fields == ("reference",)

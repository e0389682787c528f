"""The back half of the pipeline: a validated questionnaire in, the files of its pack out.

Markdown is rendered once per document; the Word file is derived from that same
Markdown (read into a tree, then written), so the two can never disagree.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Optional

import jinja2

from generator.view.context import Context, build_context
from generator.writers.docx.meta import DocMeta
from generator.questionnaire.model import Questionnaire
from generator.output.files import OutputFile
from generator.render.templates import Rendered, render_project

if TYPE_CHECKING:
    from generator.writers.docx.base import Base

FORMATS = ("md", "docx")


def doc_meta(q: Questionnaire, doc: Rendered, ctx: Optional[Context] = None) -> DocMeta:
    """Return the cover and property data of one document."""
    ctx = ctx or build_context(q)
    org = q.organization.name + (f", {q.organization.department}" if q.organization.department else "")
    return DocMeta(
        title=doc.title,
        project=q.project.name,
        code=q.project.code,
        doc_id=doc.doc_id,
        version=ctx.version,
        date=ctx.version_date or ctx.records_date or q.project.start,
        owner=q.roles.project_manager,
        organization=org,
        category=doc.title if doc.each == "project" else "Change request",
        keywords=(q.project.code, ctx.kind.label, ctx.method.label),
        contents=doc.each == "project",
        landscape=doc.orientation == "landscape",
    )


def docx_path(path: PurePosixPath) -> PurePosixPath:
    """Return the .docx path beside a document's .md path."""
    return path.with_suffix(".docx")


def pack_files(q: Questionnaire, rendered: list[Rendered], formats: tuple[str, ...] = FORMATS,
               base: Optional[Base] = None, ctx: Optional[Context] = None) -> list[OutputFile]:
    """Return the files of a project's pack in the requested formats (the Word writer is loaded only for Word)."""
    ctx = ctx or build_context(q)
    pictures = {ctx.picture_path(name): pic.svg for name, pic in ctx.pictures.items()}
    words: list[bytes] = []
    if "docx" in formats:
        from generator.writers.docx.writer import word_files

        words = word_files([(doc.markdown, doc_meta(q, doc, ctx)) for doc in rendered], pictures, base)
    files: list[OutputFile] = []
    used: set[str] = set()
    for index, doc in enumerate(rendered):
        if "md" in formats:
            files.append(OutputFile(doc.path, doc.markdown.encode("utf-8")))
            used.update(src for src in pictures if f"]({src} " in doc.markdown)
        if words:
            files.append(OutputFile(docx_path(doc.path), words[index]))
    files += [OutputFile(PurePosixPath(src), pictures[src].encode("utf-8")) for src in sorted(used)]
    return files


def build_pack(q: Questionnaire, templates: Optional[Path] = None, formats: tuple[str, ...] = FORMATS,
               env: Optional[jinja2.Environment] = None, base: Optional[Base] = None) -> list[OutputFile]:
    """Return every file of one project's pack, rendered in memory."""
    ctx = build_context(q)
    return pack_files(q, render_project(q, templates, env, ctx), formats, base, ctx)


"""One project's pack: its documents rendered once, then written by each chosen format's writer (see `generator.writers`).

Markdown is rendered once per document; every other format is written from the
tree read from that same Markdown, so the formats can never disagree.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Optional, Sequence

import jinja2

from generator.build.copies import share_on_cores
from generator.build.early import EarlyCopies
from generator.ir.document import DocMeta, Pack, PackDocument, load_reader
from generator.output.files import OutputFile
from generator.questionnaire.model import Questionnaire, StatusReport
from generator.questionnaire.rules import paper_size
from generator.render.templates import Rendered, render_project
from generator.view.context import Context, build_context
from generator.writers import DEFAULT_FORMATS, Writer, open_writers
from generator.i18n.locales import spelling_tag
from generator.build.ready import write_ready

FORMATS = DEFAULT_FORMATS  # the formats a pack is written in unless others are chosen


def _entry_day(entry: object) -> Optional[dt.date]:
    """Return a status report's date, the day its owner is named for (None for other documents: the version's)."""
    return entry.date if isinstance(entry, StatusReport) else None


def doc_meta(q: Questionnaire, doc: Rendered, ctx: Optional[Context] = None) -> DocMeta:
    """Return the cover and property data of one document."""
    ctx = ctx or build_context(q)
    latest = ctx.latest_revision
    approval = ctx.approval(doc.slug, doc.entry_id, doc.signers, doc.reflects)
    entry = ctx.entry_control(doc.entry)
    date = entry.shown  # the entry's date, else the version's; none: "not yet issued", never a date nobody gave it
    newer = None if doc.per_entry else ctx.newer_records_of(doc.reflects)
    owner, owner_for = ctx.owner_at(_entry_day(doc.entry))  # (a status report's owner on its date)
    return DocMeta(
        title=doc.title,
        project=q.project.name,
        code=q.project.code,
        doc_id=doc.doc_id,
        version=latest.version if latest else approval.state.version,  # no revision: the version approved, if any
        date=date,
        owner=owner,
        owner_for=owner_for,
        organization=q.organization.name,
        category=doc.kind_title,
        keywords=(q.project.code, ctx.kind.label, ctx.method.label),
        contents=not doc.compact,
        landscape=doc.orientation == "landscape",
        language=ctx.locale.tag,
        spelling=spelling_tag(ctx.locale.tag, q.project.language),
        department=q.organization.department or "",
        confidentiality=q.organization.confidentiality or "",
        paper=paper_size(q.organization.paper, q.project.budget.currency if q.project.budget else None),
        compact_cover=doc.compact,
        status=entry.status,
        version_date=ctx.version_date,
        date_label=entry.date_label,
        version_note=entry.version_note,
        approved=approval.approved,
        status_line=approval.status,
        records_date=newer if newer != date else None,
        blank_form=doc.per_entry and doc.entry is None,
        tight=doc.one_page and ctx.page_fit.tight,
    )


def pack_of(q: Questionnaire, rendered: list[Rendered], ctx: Optional[Context] = None) -> Pack:
    """Return what the writers are handed: the rendered documents with their cover data, and the pictures by path."""
    ctx = ctx or build_context(q)
    documents = tuple(PackDocument(doc.path.with_suffix(""), doc.markdown, doc_meta(q, doc, ctx)) for doc in rendered)
    return Pack(documents, {ctx.picture_path(name): picture for name, picture in ctx.pictures.items()})


def pack_files(q: Questionnaire, rendered: list[Rendered], formats: Sequence[str] = FORMATS,
               ctx: Optional[Context] = None, writers: Optional[Sequence[Writer]] = None,
               jobs: int = 1, early: Optional[EarlyCopies] = None, pack: Optional[Pack] = None) -> list[OutputFile]:
    """Return the files of a project's pack: each document in each format, in that order, then each format's extras.

    ``writers`` made once for a run are reused (see `generator.writers.open_writers`);
    otherwise those of ``formats`` are made here.  A format's module is imported only
    when it is written.  With ``jobs`` above 1 (one project built alone), the documents
    are shared among that many cores when a format takes real work (Word); with
    ``early`` copies, among them, with the writers they made ready.  ``pack``: the
    documents as `pack_of` made them already (their trees read once for every user).
    """
    pack = pack or pack_of(q, rendered, ctx)
    if early:  # copies forked early, if any
        parts: list[Optional[PackDocument]] = [*pack.documents, None]  # None: the formats' extras
        shared = early.share(functools.partial(write_ready, pack), parts, lambda doc: len(doc.markdown) if doc else 0)
        return [f for part in shared for f in part]
    chosen = list(writers) if writers is not None else open_writers(formats)
    if all(writer.light for writer in chosen):
        jobs = 1
    elif jobs > 1:
        load_reader()

    def write(doc: PackDocument) -> list[OutputFile]:
        return [OutputFile(doc.path(writer.format.suffix), writer.write(doc, pack)) for writer in chosen]

    written = share_on_cores(write, pack.documents, jobs, lambda doc: len(doc.markdown))
    files = [f for document_files in written for f in document_files]
    for writer in chosen:
        files += writer.extras(pack)
    return files


def build_pack(q: Questionnaire, templates: Optional[Path] = None, formats: Sequence[str] = FORMATS,
               env: Optional[jinja2.Environment] = None, writers: Optional[Sequence[Writer]] = None,
               guidance: bool = True) -> list[OutputFile]:
    """Return every file of one project's pack, rendered in memory (by ``writers`` when made already; without
    ``guidance``, none of it)."""
    ctx = build_context(q)
    return pack_files(q, render_project(q, templates, env, ctx, guidance), formats, ctx, writers)

"""Writers made ready in a process ahead of the work: each document in each format, and None for the extras."""

from __future__ import annotations

from generator.build import ready
from generator.build.pack import pack_files, pack_of
from generator.questionnaire import model as m
from generator.render.templates import render_project
from generator.view.context import build_context
from generator.writers import WriterOptions


def test_ready_writers_write_each_document_and_then_the_extras(q: m.Questionnaire) -> None:
    ctx = build_context(q)
    docs = render_project(q, ctx=ctx)
    pack = pack_of(q, docs, ctx)
    ready.make_ready(("docx", "md"), WriterOptions())
    try:
        made = [f for doc in [*pack.documents, None] for f in ready.write_ready(pack, doc)]
    finally:
        ready._ready.clear()
    assert [(f.path, f.data) for f in made] == [(f.path, f.data) for f in pack_files(q, docs, ("md", "docx"), ctx=ctx)]

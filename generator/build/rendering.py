"""One project's single pass: its view model and its documents' Markdown, made once and shared by every writer and the site."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Optional, Sequence

import jinja2

from generator.build.early import EarlyCopies
from generator.build.pack import pack_files, pack_of
from generator.ir.document import Pack
from generator.output.files import OutputFile
from generator.questionnaire.model import Questionnaire
from generator.record import Record
from generator.render.templates import Rendered, render_project
from generator.view.context import Context, build_context
from generator.writers import Writer


class Rendering(Record):
    """A project's view model and its rendered documents, in pack order."""

    q: Questionnaire
    ctx: Context
    documents: list[Rendered]

    def pack(self, writers: Sequence[Writer], jobs: int = 1, early: Optional[EarlyCopies] = None) -> list[OutputFile]:
        """Return the files of the project's pack written by some formats' writers, from this one rendering (its
        documents shared among ``jobs`` cores, or among ``early`` copies with the writers they made ready)."""
        return pack_files(self.q, self.documents, ctx=self.ctx, writers=writers, jobs=jobs, early=early, pack=self.packed)

    @functools.cached_property
    def packed(self) -> Pack:
        """Return the documents as the writers are handed them, made once: each document's tree is read once, for
        the pack's writers and the site's pages alike."""
        return pack_of(self.q, self.documents, self.ctx)


def render_once(q: Questionnaire, templates: Optional[Path] = None, env: Optional[jinja2.Environment] = None,
                guidance: bool = True, emails: bool = True) -> Rendering:
    """Return a project's view model and rendered documents (the user's ``templates`` shadowing the built-in ones;
    without ``guidance``, none of it; without ``emails``, no e-mail address)."""
    ctx = build_context(q)
    ctx.show_emails = emails
    return Rendering(q, ctx, render_project(q, templates, env, ctx, guidance))

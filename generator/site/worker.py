"""What a worker does for one project of a site build: one pass makes its pages and its pack's downloads, and converts the pages.

Runs in a worker of `generator.build.batch.run_on_cores`.  The project's view model
and Markdown are made once (`generator.build.rendering`) and shared by its site
pages and its pack (the Word files, the zip).  Its pages are converted to HTML
ahead when the job says so: a document's page from the document's tree, which its
Word file is written from (`generator.site.tree_pages`), any other page by MkDocs's
own ``Page.render`` with the site's Markdown settings
(`generator.site.mkdocs_internals.convert`); a page whose
links reach beyond the site's own files and its own project, or whose conversion
printed a message, is left to MkDocs.
"""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import field
from pathlib import Path, PurePosixPath
from typing import Optional

from mkdocs.structure.files import File, Files

from generator.build.batch import pack_in_worker, rendering_in_worker, worker_environment
from generator.questionnaire.model import Questionnaire
from generator.record import Record
from generator.site.disk import write
from generator.site.mkdocs_internals import Converted, MarkdownSettings, convert, excluded
from generator.site.pages import SiteProject, downloads, project_pages
from generator.site.tree_pages import convert_tree, convertible, fits

class Job(Record):
    """What every project task of one site build shares."""

    work: Path  # where pages and downloads are written for MkDocs to read
    as_of: dt.date
    index_documents: bool
    markdown: Optional[MarkdownSettings]  # None: MkDocs converts the pages itself
    known: dict[str, tuple[str, bool]]  # the site's files outside the projects: src_uri -> (url, excluded)
    log_level: int


class Task(Record):
    """One project to prepare."""

    q: Questionnaire
    source: str  # its questionnaire's file name, as shown
    fingerprint: Optional[str]  # its pack's, when the pack is to be made; None: its downloads are kept
    kept_downloads: list[str]  # the names of the downloads kept from the previous build


class Prepared(Record, frozen=False):
    """One project as a worker returns it: its pages and a new pack's downloads, written to files, and the pages' HTML."""

    project: SiteProject  # without its pages' Markdown, which is in files
    pages: list[tuple[str, Path]]  # docs path, source file
    downloads: Optional[list[tuple[PurePosixPath, Path]]]  # path in the project's folder, file; None: kept ones
    converted: dict[str, Optional[Converted]] = field(default_factory=dict)  # None: left to MkDocs


def prepare(job: Job, task: Task) -> Prepared:
    """Return one project's pages and, when its pack is new, its downloads, written to files; the pages converted when the job says so."""
    q = task.q
    rendering = rendering_in_worker(q)  # the one pass: shared by the pages and the pack
    project = project_pages(rendering, task.source, worker_environment(), job.as_of, job.index_documents)
    made = None
    if task.fingerprint:
        made = [(f.path, write(job.work / q.project.code / Path(*f.path.parts), f.data))
                for f in downloads(q, pack_in_worker(q, rendering), task.fingerprint)]
    prepared = Prepared(project, [(f.path.as_posix(), write(job.work / "pages" / Path(*f.path.parts), f.content))
                                  for f in project.files], made)
    if job.markdown is not None:
        names = [path.as_posix() for path, _ in made] if made is not None else task.kept_downloads
        known = dict(job.known)
        for uri in [(project.folder / name).as_posix() for name in names] + [uri for uri, _ in prepared.pages]:
            known[uri] = (url_of(uri, job.markdown.use_directory_urls), False)
        from_trees = fits(job.markdown)
        for f in project.files:
            uri = f.path.as_posix()
            converted = None
            if from_trees and f.parts is not None and f.document >= 0 and convertible(f.parts):
                tree = rendering.packed.documents[f.document].tree  # read once: the pack's Word files read it too
                converted = convert_tree(f.content, uri, f.parts, tree, job.markdown, known, job.log_level)
            prepared.converted[uri] = converted or convert(f.content, uri, job.markdown, known, job.log_level)
    project.files = []
    return prepared


def url_of(src_uri: str, use_directory_urls: bool) -> str:
    """Return the URL MkDocs gives a generated file."""
    return File(src_uri, None, "", use_directory_urls).url


def sendable(settings: MarkdownSettings) -> Optional[MarkdownSettings]:
    """Return the site's Markdown settings when they can be sent to a worker (None: MkDocs converts the pages itself)."""
    try:
        pickle.dumps(settings)
    except Exception:  # noqa: BLE001 - an extension given as an object that cannot travel
        return None
    return settings


def known_files(files: Files) -> dict[str, tuple[str, bool]]:
    """Return the site's files as a worker's links see them: src_uri -> (url, excluded)."""
    return {f.src_uri: (f.url, excluded(f)) for f in files}

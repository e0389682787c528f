"""What a site build keeps of each project's pages for the next build, and how it hands them back to MkDocs.

A build records, beside the site, what it made of each project's pages: their
HTML's identity, search entries, anchors and the links they resolved.  The next
build hands an unchanged project's pages to MkDocs (`SiteBuild.attach`) through a
template that prints the previous HTML as it was, and puts their search entries
back in place: nothing converted or themed, the same bytes as a full build.  Pages
converted ahead by the workers are handed over the same way.  A record is used
only when its key matches (see `generator.site.keys`).
"""

from __future__ import annotations

import logging
import os
import pickle
from dataclasses import field
from pathlib import Path, PurePosixPath
from typing import Any, Optional

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.output.fsutil import clear_abandoned, write_atomic
from generator.record import Record
from generator.site.disk import identity, link
from generator.site.keys import code_stamp
from generator.site.mkdocs_internals import Converted, KeptPage, PreparedPage, included, search_entries
from generator.site.pages import SiteProject

CACHE_FILE = "site.pickle"
WORK_PREFIX = "work-"  # a build's work folder (see generator.site.plugin), in the folder kept beside the site
KEPT_TEMPLATE = "pmdocs/kept-page.html"  # what MkDocs "writes" for a kept page: a mark, to nowhere


def keepable(converted: dict[str, Optional[Converted]]) -> bool:
    """Return True when a project's pages can all be kept for later builds."""
    return bool(converted) and all(c is not None and c.keepable for c in converted.values())


class PageRecord(Record, frozen=False):
    """What a build keeps of one finished project page, for the next build."""

    src_uri: str
    meta: dict[str, Any]
    title: Optional[str]
    anchors: list[str]
    links_to_anchors: Optional[dict[str, dict[str, str]]]
    lookups: dict[str, Optional[tuple[str, bool]]]
    search: list[dict[str, Any]] = field(default_factory=list)
    dest: str = ""  # the HTML file, relative to the site folder
    identity: tuple[int, int, int] = (0, 0, 0)  # its size, time and inode: the very file this build wrote


class ProjectRecord(Record, frozen=False):
    """What a build keeps of one project's pages, with the key they were made under."""

    key: str
    kind: str
    method: str
    pages: list[PageRecord]


class SiteBuild(Record, frozen=False):
    """One site build's use of the records kept beside the site (in ``folder``), and the records it leaves there."""

    folder: Optional[Path]  # None: nothing is kept (mkdocs serve)
    projects: dict[str, ProjectRecord] = field(default_factory=dict)  # the previous build's, by project code
    converted: dict[str, Optional[Converted]] = field(default_factory=dict)  # pages converted ahead, until MkDocs has them
    kept: dict[str, PageRecord] = field(default_factory=dict)  # pages kept from the previous build
    rendered: dict[str, PageRecord] = field(default_factory=dict)  # pages converted ahead, until their HTML is made
    finished: dict[str, PageRecord] = field(default_factory=dict)  # pages recorded for the next build
    expected: dict[str, ProjectRecord] = field(default_factory=dict)  # projects to record, when all their pages are
    search: Optional[list[dict[str, Any]]] = None  # the search index's entries, as the search plugin makes them
    seen: int = 0
    ahead: int = 0  # the pages MkDocs takes as converted ahead (never in the navigation)

    @classmethod
    def open(cls, folder: Optional[Path]) -> SiteBuild:
        """Return a build using the records in a folder (missing or unreadable ones are simply not used)."""
        build = cls(folder)
        if folder is None:
            return build
        clear_abandoned(folder, WORK_PREFIX)  # work folders of builds that were killed
        try:
            with open(folder / CACHE_FILE, "rb") as handle:
                data = pickle.load(handle)
            if data.get("stamp") == code_stamp():
                build.projects = data["projects"]
        except Exception:  # no records yet, or from another version of anything: build without them
            pass
        return build

    # -- on_files

    def keep(self, code: str, key: str, folder: PurePosixPath, previous: Path, staging: Path,
             known: dict[str, tuple[str, bool]], downloads: list[str]) -> Optional[ProjectRecord]:
        """Return a project's record when its pages can be kept (same key, same files, the very HTML files), linking them in."""
        record = self.linked(code, key, folder, previous, staging, known, downloads)
        if record is not None:
            self.take(code, record)
        return record

    def linked(self, code: str, key: str, folder: PurePosixPath, previous: Path, staging: Path,
               known: dict[str, tuple[str, bool]], downloads: list[str]) -> Optional[ProjectRecord]:
        """Return a project's record when its pages can be kept, linking them in, without taking them (see `take`):
        safe in threads, for different projects."""
        record = self.projects.get(code)
        if record is None or record.key != key:
            return None
        own = {(folder / name).as_posix() for name in downloads} | {page.src_uri for page in record.pages}
        for page in record.pages:
            for uri, answer in page.lookups.items():  # a project's own file's URL follows from its path and the config
                if (known[uri] != answer) if uri in known else (uri not in own):
                    return None
        linked: list[Path] = []
        for page in record.pages:
            if identity(previous / page.dest) != page.identity or not link(previous / page.dest, staging / page.dest):
                for path in linked:
                    path.unlink()
                return None
            linked.append(staging / page.dest)
        return record

    def take(self, code: str, record: ProjectRecord) -> None:
        """Take a project's pages as kept from the previous build (see `linked`)."""
        for page in record.pages:
            self.kept[page.src_uri] = self.finished[page.src_uri] = page
        self.expected[code] = record

    def expect(self, code: str, key: Optional[str], project: SiteProject,
               converted: dict[str, Optional[Converted]]) -> None:
        """Take a project's pages converted ahead; with a key, the project is recorded if every page can be kept."""
        self.converted.update(converted)
        if key and self.folder is not None and keepable(converted):
            self.expected[code] = ProjectRecord(key, project.kind, project.method,
                                                [PageRecord(uri, {}, None, [], None, {}) for uri in converted])

    # -- on_nav and after

    def attach(self, files: Files, config: MkDocsConfig, nav: Navigation) -> None:
        """Give MkDocs the project pages converted ahead or kept (it made plain pages of every page off the navigation)."""
        in_nav = {page.file.src_uri for page in nav.pages}
        known: dict[str, Optional[tuple[str, bool]]] = {}  # what the files the pages looked up are now
        for uri, converted in self.converted.items():
            f = files.get_file_from_path(uri)
            if converted is not None and f is not None and uri not in in_nav and included(f):
                PreparedPage(f, config, converted, self._converted_page, known)
                self.ahead += 1
        self.converted = {}
        scratch = os.devnull if os.name == "posix" or self.folder is None else str(self.folder / "kept-page.html")  # nowhere, or one file
        for uri, record in self.kept.items():
            f = files.get_file_from_path(uri)
            if f is None or uri in in_nav or not included(f):  # the key changes with the config
                raise PluginError(f"pmdocs: '{uri}' cannot be kept from the previous build; remove {self.folder}")
            KeptPage(f, config, record, KEPT_TEMPLATE, scratch)

    def _converted_page(self, page: PreparedPage, done: Converted) -> None:
        """Record a page whose worker's HTML MkDocs took, when it can be kept."""
        if done.keepable:
            self.rendered[page.file.src_uri] = PageRecord(page.file.src_uri, dict(page.meta), done.title, done.anchors,
                                                          done.links_to_anchors, dict(done.lookups))

    def add_template(self, env: jinja2.Environment) -> None:
        """Teach the theme the template that prints a kept page as it was."""
        if self.kept:
            loaders: list[jinja2.BaseLoader] = [jinja2.DictLoader({KEPT_TEMPLATE: "<!-- kept -->"})]
            env.loader = jinja2.ChoiceLoader(loaders + ([env.loader] if env.loader else []))

    def start_pages(self, config: MkDocsConfig) -> None:
        """Find the search index, to put kept pages' entries back and record the others'."""
        self.search = search_entries(config)
        self.seen = len(self.search or [])

    def page_context(self, page: Page) -> None:
        """Put a kept page's search entries where MkDocs would have put them."""
        if isinstance(page, KeptPage) and self.search is not None:
            self.search.extend(page.record.search)

    def page_done(self, page: Page) -> None:
        """Record what a page converted ahead became: its search entries and its HTML file."""
        entries = [] if self.search is None else self.search[self.seen:]
        self.seen += len(entries)
        record = self.rendered.pop(page.file.src_uri, None)
        if record is not None:
            record.search, record.dest = entries, page.file.dest_uri
            self.finished[record.src_uri] = record

    def save(self, site: Path) -> None:
        """Write the records of this build, whose site is now ``site``, for the next one."""
        if self.folder is None:
            return
        projects = {}
        for code, expected in self.expected.items():
            pages = [self.finished.get(page.src_uri) for page in expected.pages]
            if all(page is not None for page in pages):
                for page in pages:
                    page.identity = identity(site / page.dest)  # type: ignore[union-attr]
                projects[code] = ProjectRecord(expected.key, expected.kind, expected.method, pages)  # type: ignore[arg-type]
        data = {"stamp": code_stamp(), "projects": projects}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.folder / CACHE_FILE, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as problem:
            logging.getLogger("mkdocs.plugins.pmdocs").warning(f"pmdocs: the pages could not be kept for the next build: {problem}")

"""The costly part of a site build, done once: project pages converted on every core, and kept between builds.

MkDocs reads, converts and themes every page, one after another.  For the pages
of the projects (not the home page, the guides or the portfolio's own pages):

* **Converted ahead.**  Each project's pages are written and their Markdown is
  converted to HTML in the worker pool (`generator.build.batch.run_on_cores`, with the
  project's pack), by MkDocs's own ``Page.render`` with the site's Markdown
  settings; MkDocs then only puts them in the theme.  A page whose links reach
  beyond the site's own files and its own project, or whose conversion printed a
  message, is left to MkDocs.
* **Kept.**  A build records, beside the site, what it made of each project's
  pages: their HTML's hash, search entries, anchors and the links they resolved.
  The next build hands an unchanged project's pages to MkDocs through a template
  that prints the previous HTML as it was, and puts their search entries back in
  place: nothing converted or themed, the same bytes as a full build.

A record is used only when its key matches: the project's inputs (its pack's
fingerprint, the as-of date) and everything else a page depends on (`site_key`:
pmdocs's code, Python and every installed package, the MkDocs config with the
theme's and plugins' options, the theme's own folders, every other file of the
docs folder).  All of this is on only when no project is in the navigation
(beyond ``nav_limit``) and the site's only plugins are pmdocs and Material's
search, since another plugin could change a page in ways no record knows; keeping
is on only for ``build`` (not ``serve``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath
from typing import TYPE_CHECKING, Any, Optional

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from generator.errors import OutputError
from generator.questionnaire.model import Questionnaire
from generator.output.fsutil import clear_abandoned, write_atomic
from generator.site.pages import SiteProject, downloads, project_pages
from generator.resources import PACKAGE

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.nav import Navigation

CACHE_FORMAT = 1
CACHE_FILE = "site.pickle"
WORK_PREFIX = "work-"  # a build's work folder (see generator.site.plugin), in the folder kept beside the site
KEPT_TEMPLATE = "pmdocs/kept-page.html"  # what MkDocs "writes" for a kept page: a mark, to nowhere


# -- keys --------------------------------------------------------------------------------


def _sha(*parts: Any) -> str:
    """Return a digest of some strings and bytes."""
    digest = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


_stamp: dict[str, str] = {}


def code_stamp() -> str:
    """Return a digest of what every cached result depends on: pmdocs's code, data and templates, Python and packages."""
    if "stamp" not in _stamp:
        import importlib.metadata

        from generator import __version__
        from generator.build.batch import _tree_digest
        from generator.resources import builtin_templates_dir

        packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
        _stamp["stamp"] = _sha(CACHE_FORMAT, __version__, sys.version, _tree_digest(str(PACKAGE)),
                               _tree_digest(str(builtin_templates_dir())), *packages)
    return _stamp["stamp"]


def _plain(value: Any) -> Any:
    """Return a config value as plain data for a digest; refuse what has no stable form."""
    from mkdocs.config.base import Config
    from mkdocs.plugins import BasePlugin
    from mkdocs.theme import Theme

    if isinstance(value, Theme):
        return {"name": value.name, "dirs": value.dirs, **dict(value)}
    if isinstance(value, BasePlugin):
        return [type(value).__module__, type(value).__qualname__, dict(value.config)]
    if isinstance(value, Config):
        return dict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    if isinstance(value, (dt.date, Path)):
        return str(value)
    if hasattr(value, "patterns"):  # pathspec: exclude_docs, draft_docs, not_in_nav
        return [str(getattr(p, "pattern", p)) for p in value.patterns]
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}"
    text = repr(value)
    if " at 0x" in text:
        raise TypeError(f"no stable form for {type(value).__name__}")
    return f"{type(value).__qualname__}:{text}"


def site_key(config: MkDocsConfig, files: Files) -> Optional[str]:
    """Return a digest of everything outside a project its pages depend on, or None when that cannot be told."""
    import sysconfig

    import site

    from generator.build.batch import _tree_digest

    installed = {Path(p).resolve() for p in (sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"],
                                             site.getusersitepackages())}
    theme = [d if any(Path(d).resolve().is_relative_to(p) for p in installed) else _tree_digest(d)
             for d in config.theme.dirs]  # an installed theme is named by the package versions in code_stamp
    docs = Path(config.docs_dir).resolve()
    entries = []
    for f in files:
        entry = [f.src_uri, f.url, f.inclusion.name]
        if f.abs_src_path and Path(f.abs_src_path).resolve().is_relative_to(docs):
            entry.append(hashlib.sha256(Path(f.abs_src_path).read_bytes()).hexdigest())
        entries.append(entry)
    settings = {k: v for k, v in config.items() if k != "site_dir"}
    try:
        text = json.dumps([settings, theme, entries], sort_keys=True, default=_plain)
    except (TypeError, ValueError) as problem:
        logging.getLogger("mkdocs.plugins.pmdocs").debug(f"pmdocs: pages are not kept between builds: {problem}")
        return None
    return _sha(code_stamp(), text)


def project_key(site: str, fingerprint: str, as_of: dt.date, index_documents: bool) -> str:
    """Return the key of one project's pages: its pack's inputs, the as-of date, the search setting and the site's key."""
    return _sha(site, fingerprint, as_of.isoformat(), index_documents)


# -- what a worker does ----------------------------------------------------------------------


@dataclass(frozen=True)
class MarkdownSettings:
    """The part of the MkDocs config that ``Page`` and ``Page.render`` read, for a worker."""

    markdown_extensions: list[Any]
    mdx_configs: dict[str, Any]
    use_directory_urls: bool
    validation: Any
    site_url: Optional[str]
    repo_url: Optional[str]
    edit_uri: Optional[str]
    edit_uri_template: Optional[str]

    def get(self, name: str, default: Any = None) -> Any:
        """Return a setting, as a config does."""
        return getattr(self, name, default)

    def __getitem__(self, name: str) -> Any:
        """Return a setting, as a config does."""
        return getattr(self, name)


@dataclass(frozen=True)
class Job:
    """What every project task of one site build shares."""

    work: Path  # where pages and downloads are written for MkDocs to read
    templates: Optional[Path]
    as_of: dt.date
    index_documents: bool
    markdown: Optional[MarkdownSettings]  # None: MkDocs converts the pages itself
    known: dict[str, tuple[str, bool]]  # the site's files outside the projects: src_uri -> (url, excluded)
    log_level: int


@dataclass
class Converted:
    """One page's Markdown converted in a worker: what ``Page.render`` sets, and what it needed to know."""

    body: int  # where the Markdown starts in the page's source, after its front matter
    markdown_sha: str
    meta: dict[str, Any]
    content: str
    toc: Any  # the table of contents, as MkDocs makes it
    title: Optional[str]
    anchors: list[str]
    links_to_anchors: Optional[dict[str, dict[str, str]]]  # by target src_uri
    lookups: dict[str, Optional[tuple[str, bool]]]  # src_uri -> (url, excluded) as answered, None: no such file
    logs: list[tuple[str, int, str]]  # MkDocs's messages: logger, level, text

    @property
    def keepable(self) -> bool:
        """Return True when the page can be kept for later builds: every link found its file, and nothing was said."""
        return not self.logs and all(answer is not None for answer in self.lookups.values())


def keepable(converted: dict[str, Optional[Converted]]) -> bool:
    """Return True when a project's pages can all be kept for later builds."""
    return bool(converted) and all(c is not None and c.keepable for c in converted.values())


@dataclass
class Prepared:
    """One project as a worker returns it: its pages and a new pack's downloads, written to files, and the pages' HTML."""

    project: SiteProject  # without its pages' Markdown, which is in files
    pages: list[tuple[str, Path]]  # docs path, source file
    downloads: Optional[list[tuple[PurePosixPath, Path]]]  # path in the project's folder, file; None: kept ones
    converted: dict[str, Optional[Converted]] = field(default_factory=dict)  # None: left to MkDocs


@dataclass(frozen=True)
class _Target:
    """A file as a link sees it, in a worker."""

    src_uri: str
    url: str
    excluded: bool

    @property
    def inclusion(self) -> Any:
        """Return the file's inclusion level."""
        from mkdocs.structure.files import InclusionLevel

        return InclusionLevel.EXCLUDED if self.excluded else InclusionLevel.INCLUDED


class _Lookups:
    """The site's files as a page's links see them in a worker; every question asked is recorded."""

    def __init__(self, known: dict[str, tuple[str, bool]]) -> None:
        self.known = known
        self.asked: dict[str, Optional[tuple[str, bool]]] = {}

    def get_file_from_path(self, path: str) -> Optional[_Target]:
        """Return the file at a docs path, if there is one."""
        uri = PurePath(path).as_posix()
        answer = self.known.get(uri)
        self.asked[uri] = answer
        return _Target(uri, *answer) if answer else None


class _Capture(logging.Handler):
    """Keep MkDocs's messages during a conversion, to say them in the main process."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.said: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep one message."""
        self.said.append((record.name, record.levelno, record.getMessage()))


def url_of(src_uri: str, use_directory_urls: bool) -> str:
    """Return the URL MkDocs gives a generated file."""
    from mkdocs.structure.files import File

    return File(src_uri, None, "", use_directory_urls).url


def convert(source: str, src_uri: str, settings: MarkdownSettings, known: dict[str, tuple[str, bool]],
            log_level: int) -> Optional[Converted]:
    """Return a page's Markdown converted by MkDocs's own ``Page.render``, with what it looked up and said.

    ``source`` is the page's text as MkDocs reads it.  None: the page is left to MkDocs.
    """
    from mkdocs.structure.files import File, InclusionLevel
    from mkdocs.utils import meta

    file = File(src_uri, None, "", settings.use_directory_urls, inclusion=InclusionLevel.INCLUDED)
    page = Page(None, file, settings)  # type: ignore[arg-type]
    page.markdown, page.meta = meta.get_data(source)
    if not source.endswith(page.markdown):  # not front matter as pmdocs writes it
        return None
    lookups = _Lookups(known)
    lookups.asked[src_uri] = (file.url, False)
    logger = logging.getLogger("mkdocs")
    saved = logger.handlers, logger.propagate, logger.level
    capture = _Capture()
    logger.handlers, logger.propagate = [capture], False
    logger.setLevel(log_level)
    try:
        page.render(settings, lookups)  # type: ignore[arg-type]
    finally:
        logger.handlers, logger.propagate = saved[0], saved[1]
        logger.setLevel(saved[2])
    anchors = page.links_to_anchors
    return Converted(len(source) - len(page.markdown), _sha(page.markdown), page.meta, page.content or "", page.toc,
                     page._title_from_render, sorted(page.present_anchor_ids or ()),
                     None if anchors is None else {f.src_uri: dict(a) for f, a in anchors.items()},
                     lookups.asked, capture.said)


def prepare(job: Job, item: tuple[Questionnaire, str, Optional[str], list[str]]) -> Prepared:
    """Return one project's pages and, when its pack is new, its downloads, written to files; the pages converted when the job says so.

    ``item`` is the questionnaire, its file name, its pack's fingerprint when the
    pack is to be built, and otherwise the names of the downloads kept from the
    previous build.  Runs in a worker of `generator.build.batch.run_on_cores`.
    """
    from generator.build.batch import pack_in_worker, worker_environment

    q, source, fingerprint, kept_downloads = item
    project = project_pages(q, source, worker_environment(), job.as_of, job.templates, job.index_documents)
    made = None
    if fingerprint:
        made = [(f.path, _write(job.work / q.project.code / Path(*f.path.parts), f.data))
                for f in downloads(q.project.code, pack_in_worker(q), fingerprint)]
    prepared = Prepared(project, [(f.path.as_posix(), _write(job.work / "pages" / Path(*f.path.parts), f.content))
                                  for f in project.files], made)
    if job.markdown is not None:
        names = [path.as_posix() for path, _ in made] if made is not None else kept_downloads
        known = dict(job.known)
        for uri in [(project.folder / name).as_posix() for name in names] + [uri for uri, _ in prepared.pages]:
            known[uri] = (url_of(uri, job.markdown.use_directory_urls), False)
        for uri, path in prepared.pages:
            text = path.read_text(encoding="utf-8-sig")  # as MkDocs reads it
            prepared.converted[uri] = convert(text, uri, job.markdown, known, job.log_level)
    project.files = []
    return prepared


def _identity(path: Path) -> tuple[int, int, int]:
    """Return a file's size, modification time and inode (zeros when it is missing)."""
    try:
        stat = path.stat()
    except OSError:
        return (0, 0, 0)
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def link(source: Path | str, target: Path | str) -> bool:
    """Hard-link a file into place, making its folder if need be; return False where no link can be made."""
    for attempt in (1, 2):
        try:
            os.link(source, target)
            return True
        except FileNotFoundError:
            if attempt == 2:
                return False
            os.makedirs(os.path.dirname(target), exist_ok=True)
        except OSError:
            return False
    return False


def _write(path: Path, content: str | bytes) -> Path:
    """Return a file written with some text or bytes (a full disk or no permission is an `OutputError`)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    except OSError as exc:
        raise OutputError.refused(exc, path) from None
    return path


def markdown_settings(config: MkDocsConfig) -> Optional[MarkdownSettings]:
    """Return the site's Markdown settings for the workers, or None when they cannot be sent to one."""
    settings = MarkdownSettings(list(config.markdown_extensions), dict(config.mdx_configs or {}),
                                bool(config.use_directory_urls), config.validation, config.site_url,
                                config.repo_url, config.edit_uri, config.edit_uri_template)
    try:
        pickle.dumps(settings)
    except Exception:  # an extension given as an object that cannot travel: MkDocs converts the pages itself
        return None
    return settings


def known_files(files: Files) -> dict[str, tuple[str, bool]]:
    """Return the site's files as a worker's links see them: src_uri -> (url, excluded)."""
    return {f.src_uri: (f.url, f.inclusion.is_excluded()) for f in files}


# -- the pages MkDocs is given ------------------------------------------------------------------


def _same_answers(lookups: dict[str, Optional[tuple[str, bool]]], files: Files) -> bool:
    """Return True when every file a page looked up is still what it was."""
    for uri, answer in lookups.items():
        f = files.get_file_from_path(uri)
        if (None if f is None else (f.url, f.inclusion.is_excluded())) != (tuple(answer) if answer else None):
            return False
    return True


def _anchor_links(links: Optional[dict[str, dict[str, str]]], files: Files) -> Optional[dict[Any, dict[str, str]]]:
    """Return a page's links to anchors keyed by file, as ``Page.render`` leaves them (when MkDocs checks them)."""
    if links is None or _PAGES_LOG.getEffectiveLevel() <= logging.DEBUG:
        return None
    return {files.get_file_from_path(uri): dict(anchors) for uri, anchors in links.items()}


_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")


class PreparedPage(Page):
    """A page whose Markdown a worker converted: MkDocs only puts it in the theme."""

    def __init__(self, file: File, config: MkDocsConfig, converted: Converted, site: SiteBuild) -> None:
        super().__init__(None, file, config)
        self.converted: Optional[Converted] = converted
        self.site = site

    def read_source(self, config: MkDocsConfig) -> None:
        """Read the page's Markdown; take the front matter the worker read."""
        assert self.converted is not None
        self.markdown, self.meta = self.file.content_string[self.converted.body:], dict(self.converted.meta)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        """Take the worker's HTML, unless the Markdown or a file it links to changed since: then convert here."""
        done, self.converted = self.converted, None
        if done is None or _sha(self.markdown) != done.markdown_sha or not _same_answers(done.lookups, files):
            super().render(config, files)
            return
        for name, level, text in done.logs:
            logging.getLogger(name).log(level, text)
        self.content, self.toc, self._title_from_render = done.content, done.toc, done.title
        self.present_anchor_ids = set(done.anchors)
        links = _anchor_links(done.links_to_anchors, files)
        if links is not None:
            self.links_to_anchors = links
        if done.keepable:
            self.site.rendered[self.file.src_uri] = PageRecord(self.file.src_uri, dict(self.meta), done.title,
                                                               done.anchors, done.links_to_anchors, dict(done.lookups))


class KeptPage(Page):
    """A page as the previous build finished it: its HTML is already linked into the new site, its search entries put back.

    MkDocs still goes through it (links to it resolve, it is in the sitemap) but
    with a template that prints a mark, written nowhere.
    """

    def __init__(self, file: File, config: MkDocsConfig, record: PageRecord, scratch: str) -> None:
        super().__init__(None, file, config)
        self.record = record
        file.abs_dest_path = scratch

    def read_source(self, config: MkDocsConfig) -> None:
        """Take the recorded front matter; the theme's template becomes the one that prints the mark."""
        self.markdown = ""
        self.meta = {**self.record.meta, "template": KEPT_TEMPLATE, "search": {"exclude": True}}

    def render(self, config: MkDocsConfig, files: Files) -> None:
        """Take what the previous build's render found: title and anchors."""
        self.content, self._title_from_render = "", self.record.title
        self.present_anchor_ids = set(self.record.anchors)
        links = _anchor_links(self.record.links_to_anchors, files)
        if links is not None:
            self.links_to_anchors = links


# -- records between builds -----------------------------------------------------------------------


@dataclass
class PageRecord:
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


@dataclass
class ProjectRecord:
    """What a build keeps of one project's pages, with the key they were made under."""

    key: str
    kind: str
    method: str
    pages: list[PageRecord]


@dataclass
class SiteBuild:
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
            if _identity(previous / page.dest) != page.identity or not link(previous / page.dest, staging / page.dest):
                for path in linked:
                    path.unlink()
                return None
            linked.append(staging / page.dest)
        for page in record.pages:
            self.kept[page.src_uri] = self.finished[page.src_uri] = page
        self.expected[code] = record
        return record

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
        for uri, converted in self.converted.items():
            f = files.get_file_from_path(uri)
            if converted is not None and f is not None and uri not in in_nav and f.inclusion.is_included():
                PreparedPage(f, config, converted, self)
        self.converted = {}
        scratch = os.devnull if os.name == "posix" else str(self.folder / "kept-page.html")  # nowhere, or one file
        for uri, record in self.kept.items():
            f = files.get_file_from_path(uri)
            if f is None or uri in in_nav or not f.inclusion.is_included():  # the key changes with the config
                raise PluginError(f"pmdocs: '{uri}' cannot be kept from the previous build; remove {self.folder}")
            KeptPage(f, config, record, scratch)

    def add_template(self, env: jinja2.Environment) -> None:
        """Teach the theme the template that prints a kept page as it was."""
        import jinja2

        if self.kept:
            env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({KEPT_TEMPLATE: "<!-- kept -->"}), env.loader])

    def start_pages(self, config: MkDocsConfig) -> None:
        """Find the search index, to put kept pages' entries back and record the others'."""
        from material.plugins.search.plugin import SearchPlugin

        for plugin in config.plugins.values():
            if isinstance(plugin, SearchPlugin) and plugin.config.enabled:
                self.search = plugin.search_index.entries
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
                    page.identity = _identity(site / page.dest)  # type: ignore[union-attr]
                projects[code] = ProjectRecord(expected.key, expected.kind, expected.method, pages)  # type: ignore[arg-type]
        data = {"stamp": code_stamp(), "projects": projects}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.folder / CACHE_FILE, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as problem:
            logging.getLogger("mkdocs.plugins.pmdocs").warning(f"pmdocs: the pages could not be kept for the next build: {problem}")

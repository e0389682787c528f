"""The MkDocs side of pmdocs: a thin plugin over the same pipeline as `pmdocs generate`.

(A little over 400 lines: every MkDocs event pmdocs answers, and the staging and clean-up they share, in one class.)

* ``on_pre_build`` reads and validates every questionnaire in the projects folder
  (and the reference Word file), before MkDocs cleans the site folder: an invalid
  one fails the build with the same ``FILE:LINE:COL`` lines as ``pmdocs validate``
  and the previous site stays.  Strict (``strict`` here, or MkDocs's own, as with
  ``mkdocs build --strict``) makes every warning an error.
* Every mistake of the user's is a `generator.errors.UserError`, turned into a
  failed build in one place (`PmdocsPlugin._fail`): no traceback.  Under
  ``mkdocs serve`` the site is not failed but replaced by an error page listing
  the problems (any page asked for shows it), which reloads once they are fixed:
  a failed rebuild would leave the browser waiting forever.
* ``on_files`` adds each project's pages, Word files and zip as generated files,
  so nothing is ever written into the docs folder; the questionnaires themselves
  are inputs and are not published.
* ``mkdocs build`` writes into a temporary folder beside the site folder and swaps
  it in only when the build succeeded.
* Beyond ``projects_per_page`` projects the portfolio table is split over several
  pages, the first on the home page.
* What makes a large site fast (one pass per project on every core, pages converted
  ahead, pages of unchanged projects kept from the previous build) is in
  `generator.site.publish` and `generator.site.records`; this plugin only calls them
  at the right events.  Its options are in `generator.site.options`; everything that
  reaches into MkDocs's or Material's internals is in `generator.site.mkdocs_internals`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Optional

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.build.api import Build, Options
from generator.build.cores import collect_less
from generator.diagnostics import Severity
from generator.errors import ConfigError, OutputError, QuestionnaireError, UserError
from generator.output.fsutil import (
    OwnedFolder,
    clear_abandoned,
    exit_on_terminate,
    replace_folder,
)
from generator.questionnaire.read import Result
from generator.render.templates import environment
from generator.resources import DATA
from generator.site.dashboard import dashboard_markdown
from generator.site.disk import Chores, make_folders
from generator.site.error_site import error_page, write_error_site
from generator.site.mkdocs_internals import (
    ERROR_PAGE,
    PreparedPage,
    known_plugins,
    skip_unsearched,
)
from generator.site.options import PmdocsConfig
from generator.site.pages import SITE_FORMATS, SiteProject, portfolio_table
from generator.site.publish import publish, site_as_of, site_nav
from generator.site.records import WORK_PREFIX, SiteBuild
from generator.site.page_frames import frame_pages
from generator.site.shared_partials import printed_title, share_partials
from generator.site.theme_cache import list_theme_once, theme_cache

__all__ = ["ERROR_PAGE", "PmdocsConfig", "PmdocsPlugin", "error_page", "_write_error_site"]

log = logging.getLogger("mkdocs.plugins.pmdocs")
TEMP_WORK_PREFIX = "pmdocs-site-"  # a live server's work folder, in the temporary folder
PORTFOLIO_MARKER = "<!-- pmdocs:portfolio -->"
MARKDOWN_EXTENSIONS = ("tables", "attr_list", "admonition", "md_in_html")  # tables, buttons, guidance, set-apart parts
STYLESHEET = "assets/pmdocs/pmdocs.css"  # the site's own styles (wide tables, print), from generator/data/site
_write_error_site = write_error_site  # the name tests/test_mkdocs_plugin.py knows


class PmdocsPlugin(BasePlugin[PmdocsConfig]):  # type: ignore[no-untyped-call]  # MkDocs leaves it untyped
    """Publish every questionnaire of the docs folder as a project section of the site."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command = "build"
        self.dirty = False
        self.results: list[Result] = []
        self.build: Optional[Build] = None
        self.projects: list[SiteProject] = []
        self.final_site_dir: Optional[str] = None
        self.site: Optional[SiteBuild] = None
        self._work: Optional[OwnedFolder] = None
        self.chores = Chores()  # disk work beside MkDocs's page loop: the pages' folders, removing the work folder
        self._stopping = contextlib.ExitStack()  # undoes what on_startup set up, at on_shutdown
        self.problems: list[str] = []  # under `mkdocs serve`: why the site is an error page
        self.thresholds: Optional[tuple[int, int, int]] = None  # the collector's, while a build runs (see on_pre_build)
        self.warnings = _WarningCounter()
        logging.getLogger("mkdocs").addHandler(self.warnings)
        self.staged_docs: Optional[Path] = None  # staging a plain docs tree (`generator.site.stage`): the previous tree's docs

    # -- events ------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Remember whether this is a build (swapped in atomically) or a live server; let SIGTERM clean up too."""
        self.command, self.dirty = command, dirty
        self._stopping.enter_context(exit_on_terminate())

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Make sure the Markdown extensions the pages use are on (admonition: guidance); stage `mkdocs build` output."""
        for extension in MARKDOWN_EXTENSIONS:
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        if self.command == "serve":  # its theme's files are listed once while it serves
            list_theme_once(config.theme)
        skip_unsearched(config)  # Material's search passes over the pages it would leave as they are
        if self.command in ("build", "serve") and not self.dirty and self.staged_docs is None:
            self.final_site_dir = config.site_dir  # a live server's too: its unchanged projects are kept, as a build's
            config.site_dir = _staging_dir(config.site_dir)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Read and validate every questionnaire and the reference Word file; stop the build with all their errors."""
        self.warnings.reset()
        self.problems = []
        self.results = []
        if self.thresholds is None:  # the build makes and drops millions of small objects (see `collect_less`)
            self.thresholds = collect_less()
        self.site = SiteBuild.open(self._cache_folder())
        try:
            self._check_inputs(config)
        except UserError as error:
            self._fail(error, config)

    def _check_inputs(self, config: MkDocsConfig) -> None:
        """Read the questionnaires and the reference document, saying their warnings; raise their errors (and warnings, when strict)."""
        strict = bool(self.config.strict or config.strict)
        self.build = Build(Options(
            templates=Path(self.config.templates) if self.config.templates else None,
            reference=Path(self.config.reference_docx) if self.config.reference_docx else None,
            formats=SITE_FORMATS, strict=strict, max_size=self.config.max_size,
            output=Path(self.final_site_dir) if self.final_site_dir else None, display=_display,
            guidance=self.config.guidance, emails=self.config.show_emails))
        inputs = self.build.read(self._questionnaires(config))
        self.results = inputs.results
        found = inputs.diagnostics + self.build.reference_warnings()
        errors = [d for d in found if strict or d.severity is Severity.ERROR]
        for diagnostic in [] if strict else found:
            if diagnostic.severity is Severity.WARNING:
                log.warning(diagnostic.format())
        if errors:
            raise QuestionnaireError(diagnostics=[dataclasses.replace(d, severity=Severity.ERROR) for d in errors])

    def _questionnaires(self, config: MkDocsConfig) -> list[Path]:
        """Return the questionnaires of the projects folder (none when there is no such folder, with a warning)."""
        folder = Path(config.docs_dir) / self.config.projects
        if not folder.exists():
            log.warning(f"pmdocs: there is no projects folder '{_display(folder)}': the site lists no project")
            return []
        try:
            names = sorted(os.listdir(folder))
        except OSError as exc:
            raise ConfigError(f"cannot read the projects folder '{_display(folder)}': {exc.strerror or exc}") from None
        paths = [folder / name for name in names if name.endswith((".yaml", ".yml"))]
        return sorted(p for p in paths if p.suffix == ".yaml") + sorted(p for p in paths if p.suffix == ".yml")

    def _fail(self, error: UserError, config: MkDocsConfig) -> None:
        """Fail the build with the user's problems (their lines, no traceback); under `mkdocs serve`, show them instead.

        A failed rebuild would leave `mkdocs serve` answering no request until the next
        good one, so the server gets an error site (see `on_files`) and the problems are
        logged; as warnings, unless MkDocs is strict (a warning would then fail the rebuild).
        """
        lines = error.lines()
        if self.command == "serve":
            self.problems = lines
            say = log.info if config.strict else log.warning
            for line in ["pmdocs: the site shows these problems until they are fixed:", *lines]:
                say(line)
            return
        self._discard_staging()
        raise PluginError("pmdocs: the site was not built:\n" + "\n".join(lines)) from None

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Publish the projects (see `_publish`), or, under `mkdocs serve` while they have problems, the error site."""
        if not self.problems:
            kept = list(files)
            try:
                return self._publish(files, config)
            except UserError as error:  # a template, a reference Word file, the disk
                self._fail(error, config)
            files = Files(kept)
        return self._error_site(files, config)

    def _error_site(self, files: Files, config: MkDocsConfig) -> Files:
        """Return a site without pages, whose error page (written in `on_post_build`) MkDocs's server answers for any page."""
        prefix = self.config.projects.strip("/") + "/"
        config.nav = []
        return Files([f for f in files if not f.is_documentation_page() and not f.src_uri.startswith(prefix)])

    def _publish(self, files: Files, config: MkDocsConfig) -> Files:
        """Add every project's pages and downloads, and the portfolio's pages (see `generator.site.publish`); the navigation."""
        assert self.site is not None and self.build is not None
        try:
            work = self.work
        except OSError as exc:
            raise OutputError.refused(exc, self.site.folder or tempfile.gettempdir()) from None
        files.append(File.generated(config, STYLESHEET, content=(DATA / "site" / "pmdocs.css").read_bytes()))
        in_nav = len(self.results) <= self.config.nav_limit
        fast = not in_nav and known_plugins(config, PmdocsPlugin) and self.staged_docs is None  # a staged tree: Markdown
        previous = self.staged_docs or Path(self.final_site_dir or config.site_dir)  # where unchanged downloads are kept
        self.projects = publish(files, config, self.config, self.build, self.results, self.site, work, previous, fast)
        config.nav = site_nav(config.nav, files, self.projects, self.config.nav_limit)
        return files

    @property
    def work(self) -> Path:
        """Return this build's folder for downloads, beside the site when it can be (else in the temporary folder).

        It is removed when the build ends (a live server keeps it until it stops), at exit, or
        by the next build if this one is killed (see `generator.output.fsutil.OwnedFolder`).
        """
        if self._work is None:
            folder = self.site.folder if self.site is not None else None
            if folder is not None:
                folder.mkdir(parents=True, exist_ok=True)
            self._work = OwnedFolder(folder, WORK_PREFIX if folder else TEMP_WORK_PREFIX)
        return self._work.path

    def _cache_folder(self) -> Optional[Path]:
        """Return the folder beside the site where a build keeps what the next one can reuse (none for a live server)."""
        if self.final_site_dir is None:
            return None
        site = Path(self.final_site_dir)
        return site.with_name(f".{site.name}.pmdocs-cache")

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Put the portfolio table on the home page (at its marker, or at the end)."""
        if page.file.src_uri != "index.md":
            return markdown
        return self.home_markdown(markdown, config)

    def home_markdown(self, markdown: str, config: MkDocsConfig) -> str:
        """Return the home page's Markdown with the portfolio table (at its marker, or at the end)."""
        templates = Path(self.config.templates) if self.config.templates else None
        try:
            table = portfolio_table(self.projects, environment(templates), per_page=self.config.projects_per_page)
        except UserError as error:  # the user's portfolio template
            self._fail(error, config)
            return markdown
        try:
            table = dashboard_markdown(self.projects, environment(templates), self._as_of(), bool(self.config.as_of)) + table
        except UserError as error:  # the user's dashboard template
            self._fail(error, config)
            return markdown
        if PORTFOLIO_MARKER in markdown:
            return markdown.replace(PORTFOLIO_MARKER, table)
        return markdown.rstrip() + "\n\n" + table

    def _as_of(self) -> dt.date:
        """Return the site's as-of date (see `generator.site.publish.site_as_of`)."""
        return site_as_of(self.config, [p.q for p in self.projects])

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Hand MkDocs the project pages converted ahead or kept from the previous build."""
        if self.site is not None:
            self.site.attach(files, config, nav)
        return nav

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """Prepare the theme (its compiled templates kept between builds) and the search index for kept pages."""
        if env.bytecode_cache is None:
            env.bytecode_cache = theme_cache()
        if self.site is not None:
            self.site.add_template(env)
            self.site.start_pages(config)
            if self.site.ahead:
                if share_partials(env):  # the navigation and tabs of the pages converted ahead, rendered once per depth
                    frame_pages(env, printed_title(env))  # and the rest of their theme but for their own parts
                self.chores.start("folders", make_folders([f.abs_dest_path for f in files.documentation_pages()
                                                           if isinstance(f.page, PreparedPage)]))
        return env

    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        """Put a kept page's search entries back in the index; at the first page, start removing the work folder."""
        if self.site is not None:
            self.site.page_context(page)
        if self._work is not None and self.command == "build":
            self.chores.start("work-removal", self._work.remove)  # MkDocs has put the downloads in the site
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Record what a page became, for the next build."""
        if self.site is not None:
            self.site.page_done(page)
        return output

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Also rebuild when a custom template or the reference document changes (each rebuild reads them anew)."""
        for extra in (self.config.templates, self.config.reference_docx):
            if extra:
                server.watch(extra)
        return server

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Swap the freshly built site into place (under `mkdocs serve` with problems: make every page the error page)."""
        self.chores.join("folders")  # every page is written: nothing more to make in the folder about to be swapped in
        self._collect_as_before()
        if self.problems:
            write_error_site(Path(config.site_dir), self.problems)
            if self.final_site_dir is not None:
                self._swap_in(config, Path(config.site_dir), Path(self.final_site_dir))
            return
        if self.final_site_dir is None:
            return
        if config.strict and self.warnings.count:
            log.error(f"pmdocs: {self.warnings.count} warning(s) in strict mode; the previous site is kept")
            self._discard_staging()
            return
        final = Path(self.final_site_dir)
        self._swap_in(config, Path(config.site_dir), final)
        if self.site is not None:
            self.site.save(final)
        if self.command == "build":
            log.info(f"pmdocs: site ready in {final}")
        self._drop_work()

    def _swap_in(self, config: MkDocsConfig, staged: Path, final: Path) -> None:
        """Put the site just built in the place of the previous one (atomic on Linux; a linked site folder stays a
        link, and a live server answers from the new one at once)."""
        park = None
        if self.command == "serve":  # the previous site is removed while the server answers from the new one
            park = Path(_staging_dir(str(final)) + "-previous")
            self.chores.join("previous-site")  # the one before: its folder is the one to park in
            shutil.rmtree(park, ignore_errors=True)  # left by a server that was killed
        try:
            replace_folder(staged, final, park)
        except OSError as exc:
            self._fail(OutputError.refused(exc, final), config)
        config.site_dir = str(final)
        if park is not None and park.exists():
            self.chores.start("previous-site", functools.partial(shutil.rmtree, park, ignore_errors=True))

    def on_build_error(self, *, error: Exception) -> None:
        """Leave the previous site untouched when a build fails."""
        self.chores.join("folders")
        self._collect_as_before()
        self._drop_work()
        self._discard_staging()

    def _collect_as_before(self) -> None:
        """Give the garbage collector back the thresholds it had before the build (`mkdocs serve` runs on)."""
        if self.thresholds is not None:
            gc.set_threshold(*self.thresholds)
            self.thresholds = None

    def on_shutdown(self) -> None:
        """Remove every folder of this run, built, failed, interrupted (Ctrl-C, SIGTERM) or served; and those of
        runs that were killed."""
        self._drop_work(stopping=True)
        self.chores.join("previous-site")
        self._discard_staging()
        cache = self._cache_folder()
        if self.command == "serve" and cache is not None:  # a live server's site and cache go when it stops
            shutil.rmtree(cache, ignore_errors=True)
        clear_abandoned(Path(tempfile.gettempdir()), TEMP_WORK_PREFIX)
        self._stopping.close()

    # -- helpers -------------------------------------------------------------------

    def _drop_work(self, stopping: bool = False) -> None:
        """Remove the work folder when a build ends (a live server keeps it until it stops), and an emptied cache."""
        self.chores.join("folders")
        self.chores.join("work-removal")  # removing it since the first page (see `on_page_context`)
        if self._work is None or (self.command == "serve" and not stopping):
            return
        self._work.remove()
        self._work = None
        if self.site is not None and self.site.folder is not None:
            with contextlib.suppress(OSError):
                self.site.folder.rmdir()  # made for this build's work folder only: nothing kept in it

    def _discard_staging(self) -> None:
        """Remove the folder a build wrote into, unless it was swapped in (then it is already gone)."""
        if self.final_site_dir is not None:
            shutil.rmtree(_staging_dir(self.final_site_dir), ignore_errors=True)


class _WarningCounter(logging.Handler):
    """Count MkDocs warnings, so that a strict build that is about to abort is not swapped in."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        """Count one warning."""
        self.count += 1

    def reset(self) -> None:
        """Start counting afresh (one build)."""
        self.count = 0


def _staging_dir(site_dir: str) -> str:
    """Return the temporary folder a build writes into before it is swapped in: beside the site folder, or
    beside the folder it links to (so that the link itself is never moved)."""
    path = Path(os.path.realpath(site_dir))
    return str(path.with_name(f".{path.name}.pmdocs-building"))


def _display(path: Path) -> str:
    """Return a questionnaire's path as the user would write it (relative when possible)."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)

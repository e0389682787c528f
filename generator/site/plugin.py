"""The MkDocs side of pmdocs: a thin plugin over the same pipeline as `pmdocs generate`.

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
* What makes a large site fast (pages converted on every core, pages of unchanged
  projects kept from the previous build) is in generator.site.convert; this plugin
  only calls it at the right events.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import html
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Iterator, Optional

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator.diagnostics import Diagnostic, Severity
from generator.errors import ConfigError, OutputError, QuestionnaireError, UserError
from generator.output.fsutil import OwnedFolder, clear_abandoned, exit_on_terminate
from generator.questionnaire.read import Result

if TYPE_CHECKING:
    from generator.site.convert import Prepared, SiteBuild

log = logging.getLogger("mkdocs.plugins.pmdocs")
TEMP_WORK_PREFIX = "pmdocs-site-"  # a live server's work folder, in the temporary folder
PORTFOLIO_MARKER = "<!-- pmdocs:portfolio -->"
ERROR_PAGE = "404.html"  # what MkDocs's server answers for any page the error site does not have


class _Count(c.Type):
    """A whole number option with a least value (MkDocs reports a wrong one as a configuration error)."""

    def __init__(self, least: int, default: int) -> None:
        super().__init__(int, default=default)
        self.least = least

    def run_validation(self, value: object) -> int:
        """Return the number, or refuse it."""
        if isinstance(value, bool):
            raise ValidationError(f"Expected a whole number of at least {self.least}, not {value}")
        number: int = super().run_validation(value)
        if number < self.least:
            raise ValidationError(f"Expected a whole number of at least {self.least}, not {number}")
        return number


class _Date(c.Type):
    """A date option written as YYYY-MM-DD (YAML may already have read it as a date)."""

    def __init__(self) -> None:
        super().__init__((str, dt.date))

    def run_validation(self, value: object) -> str:
        """Return the date as YYYY-MM-DD, or refuse what is not one."""
        if isinstance(value, dt.date):
            return value.isoformat()
        text: str = super().run_validation(value)
        try:
            return dt.date.fromisoformat(text.strip()).isoformat()
        except ValueError:
            raise ValidationError(f"'{text}' is not a date written as YYYY-MM-DD") from None


class _Folder(c.Type):
    """The projects folder: a path inside the docs folder."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        """Return the folder, or refuse one outside the docs folder."""
        text: str = super().run_validation(value)
        path = PurePosixPath(text.replace("\\", "/"))
        if not text.strip() or path.is_absolute() or ".." in path.parts:
            raise ValidationError(f"'{text}' must be a folder inside the docs folder, such as 'projects'")
        return text


class PmdocsConfig(Config):
    """The plugin's options in mkdocs.yml (a wrong value is a configuration error, reported by MkDocs)."""

    projects = _Folder(default="projects")
    templates = c.Optional(c.Dir(exists=True))
    reference_docx = c.Optional(c.File(exists=True))
    as_of = c.Optional(_Date())
    strict = c.Type(bool, default=False)
    max_size = _Count(1, default=1_000_000)
    nav_limit = _Count(0, default=25)
    projects_per_page = _Count(1, default=100)


class PmdocsPlugin(BasePlugin[PmdocsConfig]):
    """Publish every questionnaire of the docs folder as a project section of the site."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command = "build"
        self.dirty = False
        self.results: list[Result] = []
        self.projects: list[Any] = []
        self.final_site_dir: Optional[str] = None
        self.site: Optional[SiteBuild] = None
        self._work: Optional[OwnedFolder] = None
        self._stopping = contextlib.ExitStack()  # undoes what on_startup set up, at on_shutdown
        self.problems: list[str] = []  # under `mkdocs serve`: why the site is an error page
        self.warnings = _WarningCounter()
        logging.getLogger("mkdocs").addHandler(self.warnings)

    # -- events ------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Remember whether this is a build (swapped in atomically) or a live server; let SIGTERM clean up too."""
        self.command, self.dirty = command, dirty
        self._stopping.enter_context(exit_on_terminate())

    def on_config(self, config: Any) -> Any:
        """Make sure the Markdown extensions the pages use are on; stage `mkdocs build` output."""
        for extension in ("tables", "attr_list"):
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        if self.command == "build" and not self.dirty:
            self.final_site_dir = config.site_dir
            config.site_dir = _staging_dir(config.site_dir)
        return config

    def on_pre_build(self, *, config: Any) -> None:
        """Read and validate every questionnaire and the reference Word file; stop the build with all their errors."""
        from generator.site.convert import SiteBuild

        self.warnings.reset()
        self.problems = []
        self.results = []
        self.site = SiteBuild.open(self._cache_folder())
        try:
            self._check_inputs(config)
        except UserError as error:
            self._fail(error, config)

    def _check_inputs(self, config: Any) -> None:
        """Read the questionnaires and the reference document, saying their warnings; raise their errors (and warnings, when strict)."""
        from generator.build.batch import input_cache, read_questionnaires
        from generator.questionnaire.read import duplicate_codes

        strict = bool(self.config.strict or config.strict)
        cache = input_cache(Path(self.final_site_dir)) if self.final_site_dir else None
        self.results = read_questionnaires(self._questionnaires(config), self.config.max_size, cache, _display)
        found = [d for r in self.results for d in r.diagnostics] + duplicate_codes(self.results)
        if self.config.reference_docx:
            found += self._reference_warnings(Path(self.config.reference_docx))
        errors = [d for d in found if strict or d.severity is Severity.ERROR]
        for diagnostic in [] if strict else found:
            if diagnostic.severity is Severity.WARNING:
                log.warning(diagnostic.format())
        if errors:
            raise QuestionnaireError(diagnostics=[dataclasses.replace(d, severity=Severity.ERROR) for d in errors])

    def _questionnaires(self, config: Any) -> list[Path]:
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

    def _reference_warnings(self, reference: Path) -> list[Diagnostic]:
        """Return what the reference Word file lacks; prepare it here so that a bad one is reported as itself."""
        from generator.writers.docx.base import prepare

        base = prepare(reference)  # a file that cannot serve raises ReferenceDocxError
        return [Diagnostic(Severity.WARNING, message, file=_display(reference)) for message in base.warnings]

    def _fail(self, error: UserError, config: Any) -> None:
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

    def on_files(self, files: Files, *, config: Any) -> Files:
        """Publish the projects (see `_publish`), or, under `mkdocs serve` while they have problems, the error site."""
        if not self.problems:
            kept = list(files)
            try:
                return self._publish(files, config)
            except UserError as error:  # a template, a reference Word file, the disk
                self._fail(error, config)
            files = Files(kept)
        return self._error_site(files, config)

    def _error_site(self, files: Files, config: Any) -> Files:
        """Return a site without pages, whose error page (written in `on_post_build`) MkDocs's server answers for any page."""
        prefix = self.config.projects.strip("/") + "/"
        config.nav = []
        return Files([f for f in files if not f.is_documentation_page() and not f.src_uri.startswith(prefix)])

    def _publish(self, files: Files, config: Any) -> Files:
        """Add every project's pages and downloads, and the portfolio's pages; drop the questionnaires themselves.

        Packs and pages are made on every core (generator.build.batch.run_on_cores, with
        generator.site.convert.prepare).  Downloads are handed to MkDocs as files on
        disk, not held in memory.  A project whose inputs did not change since the
        previous build reuses that build's downloads, and its pages too when nothing
        else they depend on changed (generator.site.convert).
        """
        from generator.build.batch import fingerprint, run_on_cores
        from generator.render.templates import environment
        from generator.site.pages import SITE_ROOT, SiteProject, listing_pages, next_milestone
        from generator.site.convert import Job, known_files, markdown_settings, prepare, project_key, site_key

        assert self.site is not None
        prefix = self.config.projects.strip("/") + "/"
        for f in list(files):
            if f.src_uri.startswith(prefix) and f.src_uri.endswith((".yaml", ".yml", ".schema.json")):
                files.remove(f)
        templates = Path(self.config.templates) if self.config.templates else None
        reference = Path(self.config.reference_docx) if self.config.reference_docx else None
        as_of = dt.date.fromisoformat(self.config.as_of) if self.config.as_of else dt.date.today()
        in_nav = len(self.results) <= self.config.nav_limit
        fast = not in_nav and _known_plugins(config)  # see generator.site.convert
        try:
            work = self.work
        except OSError as exc:
            raise OutputError.refused(exc, self.site.folder or tempfile.gettempdir()) from None
        job = Job(work, templates, as_of, in_nav, markdown_settings(config) if fast else None,
                  known_files(files) if fast else {}, logging.getLogger("mkdocs").getEffectiveLevel())
        site_wide = site_key(config, files) if fast and self.site.folder else None
        previous = Path(self.final_site_dir or config.site_dir)
        plan, todo = [], []
        for result in self.results:
            q = result.questionnaire
            assert q is not None
            folder = SITE_ROOT / q.project.code
            key = fingerprint(q, templates, reference, ("md", "docx"))
            reused = _previous_downloads(previous / folder) if _recorded_input(previous / folder) == key else None
            pages_key = project_key(site_wide, key, as_of, in_nav) if site_wide else None
            record = None
            if reused is not None and pages_key:
                record = self.site.keep(q.project.code, pages_key, folder, previous, Path(config.site_dir),
                                        job.known, [r.as_posix() for r, _ in reused])
            plan.append((result, reused, record, pages_key))
            if record is None:
                todo.append((q, result.filename, None if reused is not None else key,
                             [r.as_posix() for r, _ in reused or []]))
        self.projects = []
        made = run_on_cores(functools.partial(prepare, job), todo, templates, reference)
        with contextlib.closing(made):  # a problem in one project stops the workers at once
            self._add_projects(files, config, plan, made, as_of)
        for page in listing_pages(self.projects, environment(templates), self.config.projects_per_page):
            files.append(File.generated(config, page.path.as_posix(), content=page.content))
        config.nav = self._nav(config.nav, files)
        kept = sum(record is not None for _, _, record, _ in plan)
        ahead = sum(c is not None for c in self.site.converted.values())
        log.info(f"pmdocs: {len(self.projects)} project(s) published ({len(todo)} made, {kept} kept as they were; "
                 f"{ahead} page(s) converted ahead)")
        return files

    def _add_projects(self, files: Files, config: Any, plan: list[Any], made: Iterator[Prepared], as_of: dt.date) -> None:
        """Add each project's pages and downloads to the site: kept from the previous build, or as a worker made them."""
        from generator.site.pages import SiteProject, next_milestone

        assert self.site is not None
        for result, reused, record, pages_key in plan:
            q = result.questionnaire
            assert q is not None
            if record is not None:
                project = SiteProject(q, result.filename, next_milestone=next_milestone(q, as_of),
                                      kind=record.kind, method=record.method)
                for page in record.pages:  # MkDocs never reads them: see site_build.KeptPage
                    files.append(File.generated(config, page.src_uri, content=""))
            else:
                prepared = next(made)
                project = prepared.project
                for uri, path in prepared.pages:
                    files.append(File.generated(config, uri, abs_src_path=str(path)))
                reused = reused if prepared.downloads is None else prepared.downloads
                self.site.expect(q.project.code, pages_key, project, prepared.converted)
            self.projects.append(project)
            for relative, path in reused or []:
                files.append(_LinkedFile.generated(config, (project.folder / relative).as_posix(),
                                                   abs_src_path=str(path)))

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
            from generator.site.convert import WORK_PREFIX

            self._work = OwnedFolder(folder, WORK_PREFIX if folder else TEMP_WORK_PREFIX)
        return self._work.path

    def _cache_folder(self) -> Optional[Path]:
        """Return the folder beside the site where a build keeps what the next one can reuse (none for a live server)."""
        if self.final_site_dir is None:
            return None
        site = Path(self.final_site_dir)
        return site.with_name(f".{site.name}.pmdocs-cache")

    def _nav(self, nav: Optional[list[Any]], files: Files) -> list[Any]:
        """Return the site navigation: the user's (or the folder structure) plus a Projects section.

        Each project is listed under its name, its documents in pack order. Beyond
        ``nav_limit`` projects the navigation lists none of them (every page carries
        the navigation, so listing a thousand projects would make every page heavy
        and the build quadratic); the home page's portfolio table links to them all.
        """
        from mkdocs.utils import nest_paths

        from generator.site.pages import SITE_ROOT

        if nav is None:
            pages = [f.src_uri for f in files.documentation_pages() if not f.src_uri.startswith(f"{SITE_ROOT}/")]
            nav = nest_paths(pages)
        projects = sorted(self.projects, key=lambda p: (p.q.project.name.casefold(), p.q.project.code))
        def title(project: Any) -> str:  # the theme prints navigation titles as HTML: escape them
            return html.escape(f"{project.q.project.name} ({project.q.project.code})", quote=False)

        if len(projects) > self.config.nav_limit:
            return nav
        entries = [{title(p): p.nav} for p in projects]
        return [*nav, {"Projects": entries}] if entries else nav

    def on_page_markdown(self, markdown: str, *, page: Any, config: Any, files: Files) -> str:
        """Put the portfolio table on the home page (at its marker, or at the end)."""
        if page.file.src_uri != "index.md":
            return markdown
        from generator.render.templates import environment
        from generator.site.pages import portfolio_table

        templates = Path(self.config.templates) if self.config.templates else None
        try:
            table = portfolio_table(self.projects, environment(templates), per_page=self.config.projects_per_page)
        except UserError as error:  # the user's portfolio template
            self._fail(error, config)
            return markdown
        if PORTFOLIO_MARKER in markdown:
            return markdown.replace(PORTFOLIO_MARKER, table)
        return markdown.rstrip() + "\n\n## Projects\n\n" + table

    def on_nav(self, nav: Any, *, config: Any, files: Files) -> Any:
        """Hand MkDocs the project pages converted ahead or kept from the previous build."""
        if self.site is not None:
            self.site.attach(files, config, nav)
        return nav

    def on_env(self, env: Any, *, config: Any, files: Files) -> Any:
        """Prepare the theme and the search index for kept pages."""
        if self.site is not None:
            self.site.add_template(env)
            self.site.start_pages(config)
        return env

    def on_page_context(self, context: Any, *, page: Any, config: Any, nav: Any) -> Any:
        """Put a kept page's search entries back in the index."""
        if self.site is not None:
            self.site.page_context(page)
        return context

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        """Record what a page became, for the next build."""
        if self.site is not None:
            self.site.page_done(page)
        return output

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        """Also rebuild when a custom template or the reference document changes (each rebuild reads them anew)."""
        for extra in (self.config.templates, self.config.reference_docx):
            if extra:
                server.watch(extra)
        return server

    def on_post_build(self, *, config: Any) -> None:
        """Swap the freshly built site into place (under `mkdocs serve` with problems: make every page the error page)."""
        if self.problems:
            _write_error_site(Path(config.site_dir), self.problems)
            return
        if self.final_site_dir is None:
            return
        if config.strict and self.warnings.count:
            log.error(f"pmdocs: {self.warnings.count} warning(s) in strict mode; the previous site is kept")
            self._discard_staging()
            return
        from generator.output.fsutil import exchange

        staged, final = Path(config.site_dir), Path(self.final_site_dir)
        try:
            exchange(staged, Path(os.path.realpath(final)))  # atomic on Linux; a linked site folder stays a link
        except OSError as exc:
            self._fail(OutputError.refused(exc, final), config)
        if self.site is not None:
            self.site.save(final)
        shutil.rmtree(staged, ignore_errors=True)  # now holds the previous site
        config.site_dir = str(final)
        log.info(f"pmdocs: site ready in {final}")
        self._drop_work()

    def on_build_error(self, *, error: Exception) -> None:
        """Leave the previous site untouched when a build fails."""
        self._drop_work()
        self._discard_staging()

    def on_shutdown(self) -> None:
        """Remove every folder of this run, built, failed, interrupted (Ctrl-C, SIGTERM) or served; and those of
        runs that were killed."""
        self._drop_work(stopping=True)
        self._discard_staging()
        clear_abandoned(Path(tempfile.gettempdir()), TEMP_WORK_PREFIX)
        self._stopping.close()

    # -- helpers -------------------------------------------------------------------

    def _drop_work(self, stopping: bool = False) -> None:
        """Remove the work folder when a build ends (a live server keeps it until it stops), and an emptied cache."""
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



class _LinkedFile(File):
    """A download MkDocs puts in the site by a hard link where it can, instead of copying its bytes."""

    def copy_file(self, dirty: bool = False) -> None:
        """Link the file into the site (copy it where links cannot be made)."""
        from generator.site.convert import link

        if not link(str(self.abs_src_path), self.abs_dest_path):
            super().copy_file(dirty)


def _known_plugins(config: Any) -> bool:
    """Return True when the site's only plugins are pmdocs and Material's search (whose effect on pages is known)."""
    try:
        from material.plugins.search.plugin import SearchPlugin
    except ImportError:
        return False
    return all(isinstance(plugin, (PmdocsPlugin, SearchPlugin)) for plugin in config.plugins.values())


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


def error_page(problems: list[str]) -> str:
    """Return the page `mkdocs serve` shows while the site has problems: the problems, and a reload once they are fixed.

    The page asks MkDocs's server for the next finished build (the long poll its own
    pages use, ``/livereload/EPOCH/0``, with this build's time as the epoch) and reloads
    when one comes; if the server cannot be asked, it reloads every few seconds.
    """
    items = "\n".join(f"<li><code>{html.escape(line)}</code></li>" for line in problems)
    epoch = round(time.monotonic() * 1000)  # as MkDocs's server stamps builds: a later build has a later stamp
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>pmdocs: the site has problems</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}}
h1{{color:#b00020;font-size:1.4rem}}li{{margin:.4rem 0}}code{{white-space:pre-wrap;word-break:break-word}}</style>
</head><body><h1>The site cannot be built</h1>
<p>Fix these problems and save: this page reloads by itself.</p>
<ul>
{items}
</ul>
<script>
(function poll() {{
  fetch("/livereload/{epoch}/0").then(function (r) {{ return r.ok ? r.text() : Promise.reject(r); }})
    .then(function (t) {{ if (parseInt(t, 10) > {epoch}) location.reload(); else poll(); }})
    .catch(function () {{ setTimeout(function () {{ location.reload(); }}, 3000); }});
}})();
</script>
</body></html>
"""


def _write_error_site(site: Path, problems: list[str]) -> None:
    """Make the error page MkDocs's server answers for a missing page, and every page the build still made."""
    page = error_page(problems).encode("utf-8")
    site.mkdir(parents=True, exist_ok=True)
    for path in [site / ERROR_PAGE, *site.rglob("*.html")]:
        path.write_bytes(page)


def _previous_downloads(folder: Path) -> list[tuple[PurePosixPath, Path]]:
    """Return the previous build's downloads of a project, as (path in its folder, file) pairs.

    MkDocs links them into the new site; the previous site stays until the new one replaces it.
    """
    from generator.site.pages import INPUT_RECORD

    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            if name.endswith((".docx", ".svg", ".zip")) or name == INPUT_RECORD:
                path = Path(root, name)
                found.append((PurePosixPath(path.relative_to(folder).as_posix()), path))
    return sorted(found)


def _recorded_input(folder: Path) -> Optional[str]:
    """Return the input fingerprint a previous build recorded for a project, if any."""
    from generator.site.pages import INPUT_RECORD

    try:
        return (folder / INPUT_RECORD).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


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

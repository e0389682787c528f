"""The MkDocs side of pmdocs: a thin plugin over the same pipeline as `pmdocs generate`.

* ``on_pre_build`` reads and validates every questionnaire in the projects folder,
  before MkDocs cleans the site folder: an invalid one fails the build with the
  same ``FILE:LINE:COL`` lines as ``pmdocs validate`` and the previous site stays.
* ``on_files`` adds each project's pages, Word files and zip as generated files,
  so nothing is ever written into the docs folder; the questionnaires themselves
  are inputs and are not published.
* ``mkdocs build`` writes into a temporary folder beside the site folder and swaps
  it in only when the build succeeded.
* Beyond ``projects_per_page`` projects the portfolio table is split over several
  pages, the first on the home page.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any, Optional

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator.diagnostics import Severity
from generator.questionnaire import Result, read_questionnaire

log = logging.getLogger("mkdocs.plugins.pmdocs")
PORTFOLIO_MARKER = "<!-- pmdocs:portfolio -->"
INPUT_RECORD = "pmdocs-input.txt"  # the fingerprint of a project's inputs, kept in the site for the next build


class PmdocsConfig(Config):
    """The plugin's options in mkdocs.yml."""

    projects = c.Type(str, default="projects")
    templates = c.Optional(c.Dir(exists=True))
    reference_docx = c.Optional(c.File(exists=True))
    as_of = c.Optional(c.Type(str))
    strict = c.Type(bool, default=False)
    max_size = c.Type(int, default=1_000_000)
    nav_limit = c.Type(int, default=40)
    projects_per_page = c.Type(int, default=100)


class PmdocsPlugin(BasePlugin[PmdocsConfig]):
    """Publish every questionnaire of the docs folder as a project section of the site."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command = "build"
        self.dirty = False
        self.results: list[Result] = []
        self.projects: list[Any] = []
        self.final_site_dir: Optional[str] = None
        self._work: Optional[Path] = None
        self.warnings = _WarningCounter()
        logging.getLogger("mkdocs").addHandler(self.warnings)

    # -- events ------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Remember whether this is a build (swapped in atomically) or a live server."""
        self.command, self.dirty = command, dirty

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
        """Read and validate every questionnaire; stop the build with all their errors."""
        self.warnings.reset()
        folder = Path(config.docs_dir) / self.config.projects
        paths = sorted(p for p in folder.glob("*.yaml")) + sorted(folder.glob("*.yml")) if folder.is_dir() else []
        self.results = [read_questionnaire(p, self.config.max_size, _display(p)) for p in paths]
        errors = []
        codes: dict[str, str] = {}
        for result in self.results:
            for diagnostic in result.diagnostics:
                line = diagnostic.format(self.config.strict)
                if diagnostic.severity is Severity.ERROR or self.config.strict:
                    errors.append(line)
                else:
                    log.warning(line) if self.config.strict else log.info(line)
            if result.questionnaire is not None:
                code = result.questionnaire.project.code
                if code in codes:
                    errors.append(f"{result.filename}:1:1: error: project.code: project code '{code}' is also used by "
                                  f"{codes[code]}; each project needs its own code")
                codes.setdefault(code, result.filename)
        if errors:
            self._discard_staging(config)
            raise PluginError("invalid questionnaire(s); the site was not built:\n" + "\n".join(errors))

    def on_files(self, files: Files, *, config: Any) -> Files:
        """Add every project's pages and downloads; drop the questionnaires themselves.

        Packs are built on every core (see generator.batch). Downloads are handed to
        MkDocs as files on disk, not held in memory; a project whose inputs did not
        change since the previous build reuses that build's downloads.
        """
        from generator.batch import build_packs, fingerprint
        from generator.output import OutputFile
        from generator.render import TemplateProblem, environment
        from generator.site import downloads, listing_pages, project_pages

        prefix = self.config.projects.strip("/") + "/"
        for f in list(files):
            if f.src_uri.startswith(prefix) and f.src_uri.endswith((".yaml", ".yml", ".schema.json")):
                files.remove(f)
        templates = Path(self.config.templates) if self.config.templates else None
        reference = Path(self.config.reference_docx) if self.config.reference_docx else None
        env = environment(templates)
        as_of = dt.date.fromisoformat(self.config.as_of) if self.config.as_of else dt.date.today()
        questionnaires = [r.questionnaire for r in self.results if r.questionnaire is not None]
        keys = {q.project.code: fingerprint(q, templates, reference, ("md", "docx")) for q in questionnaires}
        previous = Path(self.final_site_dir or config.site_dir) / self.config.projects
        reuse = {code: previous / code for code, key in keys.items() if _recorded_input(previous / code) == key}
        todo = [q for q in questionnaires if q.project.code not in reuse]
        self.projects = []
        try:
            packs = dict(zip((q.project.code for q in todo), build_packs(todo, templates, reference)))
            for result in self.results:
                q = result.questionnaire
                assert q is not None
                code = q.project.code
                project = project_pages(q, result.filename, env, as_of, templates,
                                        index_documents=len(self.results) <= self.config.nav_limit)
                self.projects.append(project)
                for site_file in project.files:
                    files.append(File.generated(config, site_file.path.as_posix(), content=site_file.content))
                if code in packs:
                    made = self._store(code, downloads(code, packs[code]) +
                                       [OutputFile(PurePosixPath(INPUT_RECORD), keys[code].encode())])
                else:
                    made = self._store_reused(code, reuse[code])
                for relative, path in made:
                    files.append(File.generated(config, (project.folder / relative).as_posix(), abs_src_path=str(path)))
        except TemplateProblem as problem:
            self._discard_staging(config)
            raise PluginError(problem.diagnostic.format()) from None
        for page in listing_pages(self.projects, env, self.config.projects_per_page):
            files.append(File.generated(config, page.path.as_posix(), content=page.content))
        config.nav = self._nav(config.nav, files)
        log.info(f"pmdocs: {len(self.projects)} project(s) published ({len(todo)} built, {len(reuse)} unchanged)")
        return files

    def _store(self, code: str, made: list[Any]) -> list[tuple[PurePosixPath, Path]]:
        """Return downloads written to this build's work folder, as (site path, file) pairs."""
        out = []
        for f in made:
            target = self.work / code / Path(*f.path.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(f.data)
            out.append((f.path, target))
        return out

    def _store_reused(self, code: str, folder: Path) -> list[tuple[PurePosixPath, Path]]:
        """Return the previous build's downloads of an unchanged project, copied aside (the old site is replaced)."""
        out = []
        for path in sorted(folder.rglob("*")):
            if path.is_file() and (path.suffix in (".docx", ".svg", ".zip") or path.name == INPUT_RECORD):
                relative = PurePosixPath(path.relative_to(folder).as_posix())
                target = self.work / code / Path(*relative.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(path, target)
                except OSError:
                    shutil.copy2(path, target)
                out.append((relative, target))
        return out

    @property
    def work(self) -> Path:
        """Return this build's folder for downloads (removed when the build ends)."""
        if self._work is None:
            self._work = Path(tempfile.mkdtemp(prefix="pmdocs-site-"))
        return self._work

    def _nav(self, nav: Optional[list[Any]], files: Files) -> list[Any]:
        """Return the site navigation: the user's (or the folder structure) plus a Projects section.

        Each project is listed under its name, its documents in pack order. Beyond
        ``nav_limit`` projects the navigation lists none of them (every page carries
        the navigation, so listing a thousand projects would make every page heavy
        and the build quadratic); the home page's portfolio table links to them all.
        """
        from mkdocs.utils import nest_paths

        from generator.site import SITE_ROOT

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
        from generator.render import environment
        from generator.site import portfolio_table

        templates = Path(self.config.templates) if self.config.templates else None
        table = portfolio_table(self.projects, environment(templates), per_page=self.config.projects_per_page)
        if PORTFOLIO_MARKER in markdown:
            return markdown.replace(PORTFOLIO_MARKER, table)
        return markdown.rstrip() + "\n\n## Projects\n\n" + table

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        """Also rebuild when a custom template or the reference document changes."""
        for extra in (self.config.templates, self.config.reference_docx):
            if extra:
                server.watch(extra)
        return server

    def on_post_build(self, *, config: Any) -> None:
        """Swap the freshly built site into place."""
        if self.final_site_dir is None:
            return
        if config.strict and self.warnings.count:
            log.error(f"pmdocs: {self.warnings.count} warning(s) in strict mode; the previous site is kept")
            self._discard_staging(config)
            return
        from generator.output import exchange

        staged, final = Path(config.site_dir), Path(self.final_site_dir)
        exchange(staged, final)  # atomic on Linux: the old site until this instant, the new one after it
        shutil.rmtree(staged, ignore_errors=True)  # now holds the previous site
        config.site_dir = str(final)
        log.info(f"pmdocs: site ready in {final}")
        self._drop_work()

    def on_build_error(self, *, error: Exception) -> None:
        """Leave the previous site untouched when a build fails."""
        self._drop_work()
        if self.final_site_dir is not None:
            staged = _staging_dir(self.final_site_dir)
            shutil.rmtree(staged, ignore_errors=True)

    def on_shutdown(self) -> None:
        """Remove the work folder (a live server keeps it between rebuilds)."""
        self._drop_work()

    # -- helpers -------------------------------------------------------------------

    def _drop_work(self) -> None:
        if self._work is not None and self.command == "build":
            shutil.rmtree(self._work, ignore_errors=True)
            self._work = None

    def _discard_staging(self, config: Any) -> None:
        if self.final_site_dir is not None:
            shutil.rmtree(config.site_dir, ignore_errors=True)


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


def _recorded_input(folder: Path) -> Optional[str]:
    """Return the input fingerprint a previous build recorded for a project, if any."""
    try:
        return (folder / INPUT_RECORD).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


def _staging_dir(site_dir: str) -> str:
    """Return the temporary folder a build writes into before it is swapped in."""
    path = Path(site_dir)
    return str(path.with_name(f".{path.name}.pmdocs-building"))


def _display(path: Path) -> str:
    """Return a questionnaire's path as the user would write it (relative when possible)."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)

"""Adding the projects to a site build: each one's pages and downloads, made on every core or kept from the previous build.

Packs and pages are made in one pass per project on every core (`Build.on_cores`,
with `generator.site.worker.prepare`).  Downloads are handed to MkDocs as files on
disk, not held in memory.  A project whose inputs did not change since the
previous build reuses that build's downloads, and its pages too when nothing else
they depend on changed (`generator.site.records`).  Converting ahead and keeping
pages are on only when no project is in the navigation (beyond ``nav_limit``) and
the site's only plugins are pmdocs and Material's search, since another plugin
could change a page in ways no record knows; keeping needs the previous site whole beside the new one: ``build`` and a live server (``serve``), not ``--dirty``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import html
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath
from typing import Any, Iterator, Optional

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.build.api import Build
from generator.questionnaire.model import Questionnaire
from generator.questionnaire.read import Result
from generator.pictures.portfolio import portfolio_timeline
from generator.pictures.svg import svg
from generator.record import Record
from generator.render.templates import environment
from generator.site.keys import project_key, site_key
from generator.site.mkdocs_internals import LinkedFile, markdown_settings, nest_paths
from generator.site.options import PmdocsConfig
from generator.site.dashboard import portfolio_as_of
from generator.site.pages import (INPUT_RECORD, PORTFOLIO_CALENDAR, PORTFOLIO_TIMELINE, SITE_ROOT, SiteProject,
                                  download_suffixes, listing_pages, next_milestone)
from generator.writers.calendar import portfolio_calendar, portfolio_events
from generator.site.records import ProjectRecord, SiteBuild
from generator.site.worker import Job, Prepared, Task, known_files, prepare, sendable

log = logging.getLogger("mkdocs.plugins.pmdocs")


class _Planned(Record):
    """One project of the site: kept from the previous build (its downloads, maybe its pages) or to be made."""

    result: Result
    reused: Optional[list[tuple[PurePosixPath, Path]]]  # the previous build's downloads, when its inputs are the same
    record: Optional[ProjectRecord]  # its pages as the previous build made them, when they can be kept
    pages_key: Optional[str]


OFF_NAV = InclusionLevel.NOT_IN_NAV  # a page of the site the navigation leaves out on purpose
KEEPING_THREADS = 4  # threads walking, checking and linking the previous build's files (mostly waiting on the disk)


def publish(files: Files, config: MkDocsConfig, options: PmdocsConfig, build: Build, results: list[Result],
            site: SiteBuild, work: Path, previous: Path, fast: bool) -> list[SiteProject]:
    """Add every project's pages and downloads and the portfolio's pages to ``files``; return the projects.

    ``previous`` is the site folder of the previous build; ``fast``: pages may be
    converted ahead and kept (see the module's docstring).
    """
    prefix = options.projects.strip("/") + "/"
    for f in list(files):  # the questionnaires are inputs, not published
        if f.src_uri.startswith(prefix) and f.src_uri.endswith((".yaml", ".yml", ".schema.json")):
            files.remove(f)
    as_of = site_as_of(options, [r.questionnaire for r in results if r.questionnaire is not None])
    in_nav = len(results) <= options.nav_limit
    job = Job(work, as_of, in_nav, sendable(markdown_settings(config)) if fast else None,
              known_files(files) if fast else {}, logging.getLogger("mkdocs").getEffectiveLevel())
    site_wide = site_key(config, files) if fast and site.folder else None
    plan: list[_Planned] = []
    todo: list[Task] = []
    in_previous = {p.q.project.code: p for p in build.plan(
        [r.questionnaire for r in results if r.questionnaire is not None],
        lambda q, key: _recorded_input(previous / SITE_ROOT / q.project.code) == key)}

    def look(result: Result) -> tuple[Optional[list[tuple[PurePosixPath, Path]]], Optional[ProjectRecord]]:
        """Return a project's downloads and pages kept from the previous build, the pages linked into the site."""
        q = result.questionnaire
        assert q is not None
        folder = SITE_ROOT / q.project.code
        reused = _previous_downloads(previous / folder) if in_previous[q.project.code].current else None
        pages_key = keys[q.project.code]
        if reused is None or not pages_key:
            return reused, None
        return reused, site.linked(q.project.code, pages_key, folder, previous, Path(config.site_dir), job.known,
                                   [r.as_posix() for r, _ in reused])

    keys = {code: project_key(site_wide, planned.key, as_of, in_nav) if site_wide else None
            for code, planned in in_previous.items()}
    with ThreadPoolExecutor(KEEPING_THREADS) as threads:  # walking, checking and linking files: system calls
        looked = list(threads.map(look, results))
    for result, (reused, record) in zip(results, looked):
        q = result.questionnaire
        assert q is not None
        planned = in_previous[q.project.code]
        pages_key = keys[q.project.code]
        if record is not None:
            site.take(q.project.code, record)
        plan.append(_Planned(result, reused, record, pages_key))
        if record is None:
            todo.append(Task(q, result.filename, None if reused is not None else planned.key,
                             [r.as_posix() for r, _ in reused or []]))
    made = build.on_cores(functools.partial(prepare, job), todo)
    with contextlib.closing(made):  # a problem in one project stops the workers at once
        projects = _add_projects(files, config, site, plan, made, as_of, in_nav)
    for page in listing_pages(projects, environment(build.options.templates), options.projects_per_page):
        files.append(File.generated(config, page.path.as_posix(), content=page.content, inclusion=OFF_NAV))
    if portfolio_events([p.q for p in projects]):  # a calendar holds one event at least (RFC 5545)
        files.append(File.generated(config, PORTFOLIO_CALENDAR.as_posix(),
                                    content=portfolio_calendar([p.q for p in projects], str(config.site_name))))
    timeline = portfolio_timeline([p.q for p in projects], as_of)
    if timeline is not None:  # the dashboard shows it (generator.site.dashboard)
        files.append(File.generated(config, PORTFOLIO_TIMELINE.as_posix(), content=svg(timeline)))
    kept = sum(p.record is not None for p in plan)
    ahead = sum(c is not None for c in site.converted.values())
    log.info(f"pmdocs: {len(projects)} project(s) published ({len(todo)} made, {kept} kept as they were; "
             f"{ahead} page(s) converted ahead)")
    return projects


def _add_projects(files: Files, config: MkDocsConfig, site: SiteBuild, plan: list[_Planned],
                  made: Iterator[Prepared], as_of: dt.date, in_nav: bool) -> list[SiteProject]:
    """Add each project's pages and downloads to the site: kept from the previous build, or as a worker made them
    (off the navigation beyond ``nav_limit`` projects: MkDocs would list every page as missing from it)."""
    projects = []
    inclusion = InclusionLevel.UNDEFINED if in_nav else OFF_NAV
    for planned in plan:
        q = planned.result.questionnaire
        assert q is not None
        reused = planned.reused
        if planned.record is not None:
            project = SiteProject(q, planned.result.filename, next_milestone=next_milestone(q, as_of),
                                  kind=planned.record.kind, method=planned.record.method)
            for page in planned.record.pages:  # MkDocs never reads them: see mkdocs_internals.KeptPage
                files.append(File.generated(config, page.src_uri, content="", inclusion=inclusion))
        else:
            prepared = next(made)
            project = prepared.project
            for uri, path in prepared.pages:
                files.append(File.generated(config, uri, abs_src_path=str(path),
                                            inclusion=inclusion if uri.endswith(".md") else InclusionLevel.UNDEFINED))
            reused = reused if prepared.downloads is None else prepared.downloads
            site.expect(q.project.code, planned.pages_key, project, prepared.converted)
        projects.append(project)
        for relative, path in reused or []:
            files.append(LinkedFile.generated(config, (project.folder / relative).as_posix(), abs_src_path=str(path)))
    return projects


def site_as_of(options: PmdocsConfig, questionnaires: list[Questionnaire]) -> dt.date:
    """Return the site's as-of date: the ``as_of`` option, else the newest dated record of the portfolio, else the
    latest project start (never the clock: the same questionnaires build the same site)."""
    if options.as_of:
        return dt.date.fromisoformat(options.as_of)
    newest = portfolio_as_of(questionnaires)
    if newest is not None:
        return newest
    return max((q.project.start for q in questionnaires), default=dt.date(1970, 1, 1))


def site_nav(nav: Optional[list[Any]], files: Files, projects: list[SiteProject], nav_limit: int) -> list[Any]:
    """Return the site navigation: the user's (or the folder structure) plus a Projects section.

    Each project is listed under its name, its documents in pack order. Beyond
    ``nav_limit`` projects the navigation lists none of them (every page carries
    the navigation, so listing a thousand projects would make every page heavy
    and the build quadratic); the home page's portfolio table links to them all.
    """
    if nav is None:
        pages = [f.src_uri for f in files.documentation_pages() if not f.src_uri.startswith(f"{SITE_ROOT}/")]
        nav = nest_paths(pages)
    ordered = sorted(projects, key=lambda p: (p.q.project.name.casefold(), p.q.project.code))

    def title(project: SiteProject) -> str:  # the theme prints navigation titles as HTML: escape them
        return html.escape(f"{project.q.project.name} ({project.q.project.code})", quote=False)

    if len(ordered) > nav_limit:
        return nav
    entries = [{title(p): p.nav} for p in ordered]
    return [*nav, {"Projects": entries}] if entries else nav


def _previous_downloads(folder: Path) -> list[tuple[PurePosixPath, Path]]:
    """Return the previous build's downloads of a project, as (path in its folder, file) pairs.

    MkDocs links them into the new site; the previous site stays until the new one replaces it.
    """
    found = []
    suffixes = download_suffixes()
    for root, _, names in os.walk(folder):
        for name in names:
            if name.endswith(suffixes) or name == INPUT_RECORD:
                path = Path(root, name)
                found.append((PurePosixPath(path.relative_to(folder).as_posix()), path))
    return sorted(found)


def _recorded_input(folder: Path) -> Optional[str]:
    """Return the input fingerprint a previous build recorded for a project, if any."""
    try:
        return (folder / INPUT_RECORD).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None

"""The pages and downloads of the portfolio site, independent of MkDocs.

For each project: an overview page, one page per document (the same Markdown as
the pack, with a title naming the project and a download button), the .docx
files and a zip of the whole pack.  The portfolio table lists every project.
Paths are relative to the docs folder, under ``projects/<code>/``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
import urllib.parse
from dataclasses import field
from pathlib import PurePosixPath
from typing import Any, Callable, Optional

import jinja2

from generator import writers
from generator.build.rendering import Rendering
from generator.i18n import locales
from generator.i18n.locales import Locale
from generator.output.files import OutputFile
from generator.output.zipped import member, write_zip
from generator.questionnaire.model import Milestone, Questionnaire
from generator.questionnaire.rules import latest_forecasts, reached
from generator.record import Record
from generator.render.escape import md as escape_md
from generator.render.templates import Rendered, render_template
from generator.writers.calendar import calendar_name, portfolio_events, project_calendar, project_events

SITE_ROOT = PurePosixPath("projects")
PORTFOLIO_CALENDAR = SITE_ROOT / "portfolio-calendar.ics"  # every project's milestones, linked from the home page
PORTFOLIO_TIMELINE = SITE_ROOT / "portfolio-timeline.svg"  # the dashboard's picture (up to 100 projects)
PAGES = "md"  # the format of a project's pages (see `generator.writers`)
DOWNLOAD = "docx"  # the format every document is also offered in
SITE_FORMATS = (PAGES, DOWNLOAD)  # what a site build writes: pages, downloads, and a zip of both
PICTURES = ".svg"  # the pictures the pages show, downloaded with the pack
ZIP = ".zip"
CALENDAR = ".ics"  # the project's dates, to add to a calendar
_SITE_LOCALE = locales.english  # the portfolio pages' language (a project's pages are in its documents' language)
INPUT_RECORD = "pmdocs-input.txt"  # the fingerprint of a project's inputs, kept in the site for the next build


class SiteFile(Record, frozen=False):
    """Return one generated file of the site: a page (text) or a download (bytes)."""

    path: PurePosixPath
    content: Any
    parts: Optional[PageParts] = None  # a page's parts, when it shows a document (``content`` is their Markdown)
    document: int = -1  # the document it shows: its place in the project's rendering


class SiteProject(Record, frozen=False):
    """Return one project's part of the site."""

    q: Questionnaire
    source: str
    files: list[SiteFile] = field(default_factory=list)
    next_milestone: Optional[Milestone] = None
    nav: list[Any] = field(default_factory=list)  # MkDocs nav entries of the project's pages, in pack order
    kind: str = ""  # the project type's and methodology's labels, for the portfolio table
    method: str = ""

    @property
    def folder(self) -> PurePosixPath:
        """Return the project's folder in the site."""
        return SITE_ROOT / self.q.project.code

    @property
    def next_forecast(self) -> Optional[dt.date]:
        """Return the next milestone's forecast in the newest status report, when it gives one."""
        return latest_forecasts(self.q).get(self.next_milestone.name) if self.next_milestone else None


def next_milestone(q: Questionnaire, as_of: dt.date) -> Optional[Milestone]:
    """Return the first milestone not reached (`generator.questionnaire.rules.reached`) on or after ``as_of`` by its
    latest forecast (the newest status report's), else by its planned date, if any."""
    forecasts, done = latest_forecasts(q), reached(q)
    upcoming = sorted((m for m in q.milestones if forecasts.get(m.name, m.date) >= as_of and m.name not in done),
                      key=lambda m: (forecasts.get(m.name, m.date), m.name))
    return upcoming[0] if upcoming else None


def pack_zip(code: str, files: list[OutputFile]) -> bytes:
    """Return the whole pack as a zip (deterministic: fixed times, written order)."""
    return write_zip([member(f"{code}/{f.path.as_posix()}", f.data) for f in files], mode=0o644)


CONTROL = "## Document control"  # the built-in templates' first section: on the web, it comes after the content


class PageParts(Record):
    """What a site page is made of: its title, a download button and when it was last updated, then the body (a
    document, its document control last, set apart).  `markdown` writes it out; `generator.site.tree_pages` builds
    the same page's HTML from the document's tree."""

    title: str
    body: str  # the document's Markdown (or the overview's)
    download: str = ""  # the Word file's name, when the page is a document's
    label: str = ""  # the download button's words
    updated: str = ""  # Markdown: when the project's documents were last updated
    searchable: bool = True

    @property
    def target(self) -> str:
        """Return the download's link target."""
        return urllib.parse.quote(self.download, safe=".")

    def front(self) -> str:
        """Return the page's front matter (the theme prints page titles as HTML without escaping them: escaped here, once)."""
        exclude = "" if self.searchable else "search:\n  exclude: true\n"
        wide = "hide:\n  - toc\n" if self.download else ""  # a document's page: its tables get the table of contents' width
        return f"---\ntitle: {json.dumps(html.escape(self.title, quote=False), ensure_ascii=False)}\n{wide}{exclude}---\n\n"

    def preamble(self) -> str:
        """Return the Markdown between the page's heading and its body: the download button, when it was last updated."""
        name = self.target.replace("_", "\\_")  # read as Markdown first: "_x_" would be emphasis, the button lost
        button = f'[{self.label}]({self.target}){{ .md-button download="{name}" }}\n\n' if self.download else ""
        return button + (f"*{self.updated}*\n\n" if self.updated else "")

    def markdown(self) -> str:
        """Return the page as Markdown."""
        lines = self.body.split("\n", 1)
        heading, rest = ((lines[0], lines[1] if len(lines) > 1 else "") if self.body.startswith("# ")
                         else ("", self.body))
        rest = content_first(rest)
        return self.front() + (f"{heading}\n\n{self.preamble()}{rest.lstrip()}" if heading else f"{self.preamble()}{rest}")


def _page(title: str, body: str, docx_name: Optional[str], searchable: bool = True,
          locale: Optional[Locale] = None, updated: str = "") -> PageParts:
    """Return a site page: a title naming the project, a download button and when it was last updated, then the
    document, its document control (and distribution list) last, set apart."""
    label = (locale or locales.english()).gettext("Download as Word (.docx)") if docx_name else ""
    return PageParts(title, body, docx_name or "", label, updated, searchable)


def content_first(body: str) -> str:
    """Return a document's Markdown with its document control section (up to the next section) moved to the end,
    set apart; a document without one (a user's template) is left as it is."""
    start = body.find(CONTROL + "\n")
    if start < 0 or (start > 0 and body[start - 1] != "\n"):
        return body
    end = body.find("\n## ", start + len(CONTROL))
    if end < 0:
        return body
    control = body[start:end].strip("\n")
    rest = (body[:start] + body[end + 1:]).rstrip("\n")
    return f'{rest}\n\n<div class="pmdocs-control" markdown>\n\n{control}\n\n</div>\n'


def last_updated(q: Questionnaire, locale: Locale, newer: Optional[dt.date] = None) -> str:
    """Return the line saying when a project's documents were last updated: its latest revision's date and version,
    and the newest record they reflect when it is newer (`generator.view.context.Context.newer_records`, as the
    covers of the Word files say)."""
    _ = locale.gettext
    if not q.revisions:
        line = _("Last updated: not recorded (no revision has been recorded).")
    else:
        latest = max(q.revisions, key=lambda r: r.date)
        line = _("Last updated %(date)s: version %(version)s, the latest revision recorded.",
                 date=latest.date.isoformat(), version=escape_md(latest.version))
    if newer is not None:
        line += " " + _("The pages reflect records up to %(date)s.", date=newer.isoformat())
    return line


def project_pages(rendering: Rendering, source: str, env: jinja2.Environment, as_of: dt.date,
                  index_documents: bool = True) -> SiteProject:
    """Return one project's pages (overview and documents) and its navigation, from its one rendering; downloads come separately.

    With ``index_documents`` false (large portfolios) only the overview page goes into
    the search index: it names the project, its code, its people and its terms.
    """
    q, ctx = rendering.q, rendering.ctx
    project = SiteProject(q, source, next_milestone=next_milestone(q, as_of), kind=ctx.kind.label,
                          method=ctx.method.label)
    code = q.project.code
    suffix = writers.get(DOWNLOAD).suffix
    is_request = {id(r) for r in ctx.requests}  # the overview lists change requests apart (ID, title, status)
    _ = ctx.locale.gettext
    documents: list[dict[str, Any]] = []
    requests: list[dict[str, Any]] = []
    updated = last_updated(q, ctx.locale, ctx.newer_records)
    for number, doc in enumerate(rendering.documents):
        download = doc.path.with_suffix(suffix)
        title = (_("%(document)s · %(project)s", document=doc.title, project=q.project.name) if doc.per_entry
                 else _("%(document)s: %(project)s", document=doc.title, project=q.project.name))
        parts = _page(title, doc.markdown, download.name, searchable=index_documents, locale=ctx.locale, updated=updated)
        project.files.append(SiteFile(project.folder / doc.path, parts.markdown(), parts, number))
        entry = {"title": doc.title, "page": doc.path.as_posix(), "docx": download.as_posix(),
                 "docx_name": download.name, "kind": doc.slug, "id": doc.entry_id, "entry": doc.entry,
                 "request": doc.entry if id(doc.entry) in is_request else None}
        (requests if entry["request"] else documents).append(entry)
        _add_to_nav(project, doc, _)
    overview = render_template(
        env, "site/overview.md.j2", ctx=ctx, q=q, p=q.project, documents=documents, requests=requests, zip_name=zip_name(code),
        calendar_name=calendar_name(q) if project_events(q) else "",
        next_milestone=project.next_milestone, next_forecast=project.next_forecast, as_of=as_of)
    overview_title = _("%(project)s (%(code)s)", project=q.project.name, code=code)
    project.files.append(SiteFile(project.folder / "index.md", _page(overview_title, overview, None, locale=ctx.locale,
                                                                     updated=updated).markdown()))
    project.nav.insert(0, (project.folder / "index.md").as_posix())
    return project


def _add_to_nav(project: SiteProject, doc: Rendered, _: Callable[..., str]) -> None:
    """Add a document's page to its project's navigation: on its own, or under its kind's group (one per entry)."""
    title = doc.entry_id or (_("Blank form") if doc.per_entry else doc.title)
    item = {html.escape(title, quote=False): (project.folder / doc.path).as_posix()}
    if not doc.per_entry:
        project.nav.append(item)
        return
    group = html.escape(doc.group or doc.kind_title, quote=False)
    if not project.nav or not isinstance(project.nav[-1], dict) or not isinstance(project.nav[-1].get(group), list):
        project.nav.append({group: []})
    project.nav[-1][group].append(item)


def zip_name(code: str) -> str:
    """Return the file name of a project's whole-pack download."""
    return f"{code}-document-pack.zip"


def downloads(q: Questionnaire, files: list[OutputFile], fingerprint: str) -> list[OutputFile]:
    """Return what the site offers for download from a pack (Word files, pictures, the zip of it all), the project's
    calendar (its milestones, due dates and gates), and its input record."""
    code = q.project.code
    out = [f for f in files if f.path.suffix in (writers.get(DOWNLOAD).suffix, PICTURES)]
    if project_events(q):  # a calendar holds one event at least (RFC 5545)
        out.append(OutputFile(PurePosixPath(calendar_name(q)), project_calendar(q)))
    out.append(OutputFile(PurePosixPath(zip_name(code)), pack_zip(code, files)))
    out.append(OutputFile(PurePosixPath(INPUT_RECORD), fingerprint.encode()))
    return out


def download_suffixes() -> tuple[str, ...]:
    """Return the suffixes of what a project's folder offers for download: each document's, its pictures', the zip."""
    return writers.get(DOWNLOAD).suffix, PICTURES, CALENDAR, ZIP


def portfolio_order(projects: list[SiteProject]) -> list[SiteProject]:
    """Return the projects in the portfolio table's order: by start date, then code."""
    return sorted(projects, key=lambda p: (p.q.project.start, p.q.project.code))


def listing_path(number: int) -> PurePosixPath:
    """Return the docs path of the portfolio table's page ``number`` (1 is the home page).

    The name holds an underscore, which no project code does, so it never meets a
    project's folder, not even on a file system that ignores case.
    """
    return PurePosixPath("index.md") if number == 1 else SITE_ROOT / f"page_{number}.md"


def portfolio_table(projects: list[SiteProject], env: jinja2.Environment, page_dir: str = "",
                    per_page: int = 0, number: int = 1) -> str:
    """Return the Markdown portfolio table (page ``number`` of it when ``per_page`` splits it), links relative to ``page_dir``.

    Up to ``per_page`` projects (all of them when it is 0) make one table; beyond,
    each page of the table links to every other page.
    """
    ordered = portfolio_order(projects)
    count = page_count(len(ordered), per_page)
    size = per_page if count > 1 else len(ordered)
    first = (number - 1) * size
    chunk = ordered[first:first + size]

    def link(target: PurePosixPath) -> str:
        """Return a link from this page to another docs path."""
        return posixpath.relpath(target.as_posix(), page_dir or ".")

    items = [{"q": p.q, "link": link(p.folder / "index.md"), "kind": p.kind, "method": p.method,
              "next": p.next_milestone, "forecast": p.next_forecast} for p in chunk]
    pager = None
    if count > 1:
        pager = {"span": _span(first + 1, first + len(chunk)), "total": _SITE_LOCALE().decimal(len(ordered)),
                 "pages": [{"number": n, "link": link(listing_path(n)), "current": n == number}
                           for n in range(1, count + 1)]}
    return render_template(env, "site/portfolio.md.j2", projects=items, pager=pager,
                           calendar=link(PORTFOLIO_CALENDAR) if portfolio_events([p.q for p in projects]) else "")


def page_count(projects: int, per_page: int) -> int:
    """Return how many pages the portfolio table takes (one when ``per_page`` is 0)."""
    return max(1, -(-projects // per_page)) if per_page > 0 else 1


def listing_pages(projects: list[SiteProject], env: jinja2.Environment, per_page: int) -> list[SiteFile]:
    """Return the pages of the portfolio table after the first (which is on the home page); none when it fits one page."""
    pages = []
    for number in range(2, page_count(len(projects), per_page) + 1):
        span = _span((number - 1) * per_page + 1, min(number * per_page, len(projects)))
        locale = _SITE_LOCALE()
        title = locale.gettext("Projects %(span)s of %(total)s", span=span, total=locale.decimal(len(projects)))
        table = portfolio_table(projects, env, SITE_ROOT.as_posix(), per_page, number)
        front = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nsearch:\n  exclude: true\n---\n\n"
        pages.append(SiteFile(listing_path(number), f"{front}# {title}\n\n{table}"))
    return pages


def _span(first: int, last: int) -> str:
    """Return a range of project numbers as people write it: ``101–200``, or ``201`` alone."""
    locale = _SITE_LOCALE()
    if first == last:
        return locale.decimal(first)
    # Translators: a range of numbered projects, e.g. 101–200.
    return locale.gettext("%(first)s–%(last)s", first=locale.decimal(first), last=locale.decimal(last))

"""The pages and downloads of the portfolio site, independent of MkDocs.

For each project: an overview page, one page per document (the same Markdown as
the pack, with a title naming the project and a download button), the .docx
files and a zip of the whole pack.  The portfolio table lists every project.
Paths are relative to the docs folder, under ``projects/<code>/``.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import posixpath
import urllib.parse
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Optional

import jinja2

from generator.context import build_context
from generator.model import Milestone, Questionnaire
from generator.output import OutputFile
from generator.pack import docx_path
from generator.render import render_project
from generator.docx_writer import ZIP_EPOCH

SITE_ROOT = PurePosixPath("projects")


@dataclass
class SiteFile:
    """Return one generated file of the site: a page (text) or a download (bytes)."""

    path: PurePosixPath
    content: Any


@dataclass
class SiteProject:
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


def next_milestone(q: Questionnaire, as_of: dt.date) -> Optional[Milestone]:
    """Return the first milestone on or after ``as_of``, if any."""
    upcoming = sorted((m for m in q.milestones if m.date >= as_of), key=lambda m: m.date)
    return upcoming[0] if upcoming else None


def pack_zip(code: str, files: list[OutputFile]) -> bytes:
    """Return the whole pack as a zip (deterministic: fixed times, written order)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for f in files:
            info = zipfile.ZipInfo(f"{code}/{f.path.as_posix()}", ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, f.data)
    return out.getvalue()


def _page(title: str, body: str, docx_name: Optional[str], searchable: bool = True) -> str:
    """Return a site page: a title naming the project, a download button, then the document."""
    target = urllib.parse.quote(docx_name, safe=".") if docx_name else ""
    button = f'[Download as Word (.docx)]({target}){{ .md-button download="{target}" }}\n\n' if docx_name else ""
    lines = body.split("\n", 1)
    heading, rest = (lines[0], lines[1] if len(lines) > 1 else "") if body.startswith("# ") else ("", body)
    # MkDocs and the theme print page titles as HTML without escaping them: escape here, once.
    exclude = "" if searchable else "search:\n  exclude: true\n"
    front = f"---\ntitle: {json.dumps(html.escape(title, quote=False), ensure_ascii=False)}\n{exclude}---\n\n"
    return front + (f"{heading}\n\n{button}{rest.lstrip()}" if heading else f"{button}{rest}")


def project_pages(q: Questionnaire, source: str, env: jinja2.Environment, as_of: dt.date,
                  templates: Optional[Path] = None, index_documents: bool = True) -> SiteProject:
    """Return one project's pages (overview and documents) and its navigation; downloads come separately.

    With ``index_documents`` false (large portfolios) only the overview page goes into
    the search index: it names the project, its code, its people and its terms.
    """
    ctx = build_context(q)
    project = SiteProject(q, source, next_milestone=next_milestone(q, as_of), kind=ctx.kind.label,
                          method=ctx.method.label)
    code = q.project.code
    rendered = render_project(q, templates, env, ctx)
    requests_by_id = {r.id: r for r in ctx.requests}
    documents, requests = [], []
    for doc in rendered:
        docx = docx_path(doc.path)
        title = f"{doc.title}: {q.project.name}" if doc.each == "project" else f"{doc.title} · {q.project.name}"
        project.files.append(SiteFile(project.folder / doc.path, _page(title, doc.markdown, docx.name,
                                                                       searchable=index_documents)))
        entry = {"title": doc.title, "page": doc.path.as_posix(), "docx": docx.as_posix(), "docx_name": docx.name,
                 "request": requests_by_id.get(doc.request_id)}
        (requests if entry["request"] else documents).append(entry)
        nav_title = doc.request_id or ("Blank form" if doc.each == "change-request" else doc.title)
        nav_entry = {html.escape(nav_title, quote=False): (project.folder / doc.path).as_posix()}
        if doc.each == "change-request":
            if not project.nav or not isinstance(project.nav[-1].get("Change requests"), list):
                project.nav.append({"Change requests": []})
            project.nav[-1]["Change requests"].append(nav_entry)
        else:
            project.nav.append(nav_entry)
    overview = env.get_template("site/overview.md.j2").render(
        ctx=ctx, q=q, p=q.project, documents=documents, requests=requests, zip_name=zip_name(code),
        next_milestone=project.next_milestone)
    project.files.append(SiteFile(project.folder / "index.md", _page(f"{q.project.name} ({code})", overview, None)))
    project.nav.insert(0, (project.folder / "index.md").as_posix())
    return project


def zip_name(code: str) -> str:
    """Return the file name of a project's whole-pack download."""
    return f"{code}-document-pack.zip"


def downloads(code: str, files: list[OutputFile]) -> list[OutputFile]:
    """Return what the site offers for download from a pack: Word files, pictures and the zip of it all."""
    out = [f for f in files if f.path.suffix in (".docx", ".svg")]
    out.append(OutputFile(PurePosixPath(zip_name(code)), pack_zip(code, files)))
    return out


def portfolio_table(projects: list[SiteProject], env: jinja2.Environment, page_dir: str = "") -> str:
    """Return the Markdown table of all projects, with links relative to the page's folder."""
    items = []
    for project in sorted(projects, key=lambda p: (p.q.project.start, p.q.project.code)):
        link = posixpath.relpath((project.folder / "index.md").as_posix(), page_dir or ".")
        items.append({"q": project.q, "link": link, "kind": project.kind, "method": project.method,
                      "next": project.next_milestone})
    return env.get_template("site/portfolio.md.j2").render(projects=items)

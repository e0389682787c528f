"""The portfolio's pages and downloads, without MkDocs: a project's pages and navigation, its zip, the portfolio table."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from generator.build.rendering import Rendering, render_once
from generator.output.files import OutputFile
from generator.questionnaire import model as m
from generator.render.templates import environment
from generator.writers.calendar import project_calendar
from generator.site.pages import (
    INPUT_RECORD,
    SITE_ROOT,
    SiteProject,
    download_suffixes,
    downloads,
    listing_pages,
    listing_path,
    next_milestone,
    pack_zip,
    page_count,
    portfolio_order,
    portfolio_table,
    project_pages,
    zip_name,
)
from tests.conftest import mutate, run
from tests.support.doc_kinds import DECISION_TEMPLATE, DECISIONS

AS_OF = dt.date(2027, 1, 1)


@pytest.fixture(scope="module")
def rendering(example: str) -> Rendering:
    q = run(example).questionnaire
    assert q is not None
    return render_once(q)


def project(q: m.Questionnaire, code: str, start: dt.date, name: str = "") -> SiteProject:
    renamed = dataclasses.replace(q.project, code=code, start=start, name=name or q.project.name)
    return SiteProject(dataclasses.replace(q, project=renamed), f"{code}.yaml")


def test_a_projects_pages_are_its_documents_and_an_overview(rendering: Rendering) -> None:
    site = project_pages(rendering, "q.yaml", environment(), AS_OF)
    code = rendering.q.project.code
    assert site.folder == SITE_ROOT / code and site.source == "q.yaml"
    paths = [f.path for f in site.files]
    assert paths == [site.folder / d.path for d in rendering.documents] + [site.folder / "index.md"]
    charter = next(f.content for f in site.files if f.path.name.endswith("-project-charter.md"))
    assert charter.startswith('---\ntitle: "Project charter: Customer Data Platform Migration"\nhide:\n  - toc\n---\n\n# ')
    assert f'{{ .md-button download="{code}-project-charter.docx" }}' in charter and "search:" not in charter
    assert site.nav[0] == (site.folder / "index.md").as_posix()
    assert site.kind == rendering.ctx.kind.label and site.method == rendering.ctx.method.label


def test_per_entry_documents_are_grouped_in_the_navigation(rendering: Rendering) -> None:
    site = project_pages(rendering, "q.yaml", environment(), AS_OF)
    groups = [entry for entry in site.nav[1:] if isinstance(entry, dict) and isinstance(next(iter(entry.values())), list)]
    assert len(groups) == 1
    [(title, items)] = groups[0].items()
    assert title == "Change requests"
    assert [next(iter(item)) for item in items] == ["CR-001", "Blank form"]


def test_large_portfolios_leave_document_pages_out_of_the_search(rendering: Rendering) -> None:
    site = project_pages(rendering, "q.yaml", environment(), AS_OF, index_documents=False)
    *documents, overview = site.files
    assert all("search:\n  exclude: true\n" in f.content for f in documents)
    assert "search:" not in overview.content


def test_titles_are_escaped_once_for_mkdocs(example: str) -> None:
    q = run(mutate(example, "  name: Customer Data Platform Migration", "  name: 'A <b> & \"C\"'")).questionnaire
    assert q is not None
    site = project_pages(render_once(q), "q.yaml", environment(), AS_OF)
    charter = next(f.content for f in site.files if f.path.name.endswith("-project-charter.md"))
    assert charter.startswith('---\ntitle: "Project charter: A &lt;b&gt; &amp; \\"C\\""\n')


def test_the_next_milestone_is_the_first_on_or_after_the_day(rendering: Rendering) -> None:
    q = rendering.q
    dates = sorted(ms.date for ms in q.milestones)
    assert next_milestone(q, dates[0]) == min(q.milestones, key=lambda ms: ms.date)
    assert next_milestone(q, dates[-1] + dt.timedelta(days=1)) is None


def test_downloads_are_the_word_files_pictures_the_calendar_the_zip_and_the_input_record(rendering: Rendering) -> None:
    q = dataclasses.replace(rendering.q, project=dataclasses.replace(rendering.q.project, code="P"))
    files = [OutputFile(PurePosixPath("P-charter.md"), b"# md"), OutputFile(PurePosixPath("P-charter.docx"), b"docx"),
             OutputFile(PurePosixPath("pictures/P-timeline.svg"), b"<svg/>")]
    offered = downloads(q, files, "abc123")
    assert [f.path.as_posix() for f in offered] == ["P-charter.docx", "pictures/P-timeline.svg", "P-calendar.ics",
                                                   zip_name("P"), INPUT_RECORD]
    assert offered[2].data == project_calendar(q) and offered[-1].data == b"abc123"
    archive = zipfile.ZipFile(io.BytesIO(offered[3].data))
    assert archive.namelist() == ["P/P-charter.md", "P/P-charter.docx", "P/pictures/P-timeline.svg"]
    assert pack_zip("P", files) == offered[3].data  # deterministic
    assert zip_name("CDP-2027") == "CDP-2027-document-pack.zip"
    assert ".ics" in download_suffixes()


def test_the_portfolio_is_ordered_by_start_then_code(rendering: Rendering) -> None:
    q = rendering.q
    projects = [project(q, "B", dt.date(2027, 1, 1)), project(q, "C", dt.date(2026, 1, 1)), project(q, "A", dt.date(2027, 1, 1))]
    assert [p.q.project.code for p in portfolio_order(projects)] == ["C", "A", "B"]


@pytest.mark.parametrize("projects,per_page,pages", [(0, 100, 1), (100, 100, 1), (101, 100, 2), (250, 100, 3),
                                                     (250, 0, 1)])
def test_the_table_is_split_into_pages(projects: int, per_page: int, pages: int) -> None:
    assert page_count(projects, per_page) == pages


def test_listing_pages_never_meet_a_project_folder() -> None:
    assert listing_path(1) == PurePosixPath("index.md")
    assert listing_path(3) == SITE_ROOT / "page_3.md" and "_" in listing_path(2).name


def test_the_portfolio_table_links_every_project_and_its_pages(rendering: Rendering) -> None:
    q = rendering.q
    projects = [project(q, f"P-{i}", dt.date(2027, 1, i), f"Project {i}") for i in range(1, 6)]
    whole = portfolio_table(projects, environment())
    assert all(f"{p.folder.as_posix()}/index.md" in whole for p in projects)
    second = portfolio_table(projects, environment(), SITE_ROOT.as_posix(), per_page=2, number=2)
    assert "P-3/index.md" in second and "P-1/index.md" not in second and "Project 5" not in second
    extra = listing_pages(projects, environment(), 2)
    assert [p.path for p in extra] == [listing_path(2), listing_path(3)]
    assert extra[0].content.startswith('---\ntitle: "Projects 3–4 of 5"\nsearch:\n  exclude: true\n---\n\n# Projects 3–4 of 5')
    assert extra[1].content.startswith('---\ntitle: "Projects 5 of 5"')
    assert listing_pages(projects, environment(), 100) == []


def test_any_per_entry_kind_is_grouped_under_its_group(tmp_path: Path, example: str) -> None:
    (tmp_path / "decision-record.md.j2").write_text(
        "{#- pmdocs\ntitle: Decision record\neach: decisions\nentry_title: Decision {id}\nblank_form: Blank decision\n-#}\n"
        "# {{ entry.decision if entry else 'Decision' }}\n", encoding="utf-8")
    q = run(example + DECISIONS.replace("id: D-01", "id: CR-001")).questionnaire  # a decision sharing a request's id
    assert q is not None
    rendering = render_once(q, tmp_path)
    site = project_pages(rendering, "q.yaml", environment(tmp_path), AS_OF)
    groups = {title: [next(iter(item)) for item in items] for entry in site.nav[1:] if isinstance(entry, dict)
              for title, items in entry.items() if isinstance(items, list)}
    assert groups == {"Change requests": ["CR-001", "Blank form"], "Decision records": ["CR-001", "D/02", "Blank form"]}  # its folder as words
    decision = next(f.content for f in site.files if f.path.name == "CDP-2027-CR-001.md" and "decision-records" in f.path.parts)
    assert decision.startswith('---\ntitle: "Decision CR-001 · Customer Data Platform Migration"\n')
    overview = site.files[-1].content
    assert overview.count("| CR-001 |") == 1  # the decision is not listed as a change request


def test_a_kind_s_group_is_its_front_matter_s(tmp_path: Path, example: str) -> None:
    (tmp_path / "decision-record.md.j2").write_text(DECISION_TEMPLATE.replace("folder: decisions", "folder: decision_log\n"
                                                                              "group: Decision log"), encoding="utf-8")
    q = run(example + DECISIONS).questionnaire
    assert q is not None
    site = project_pages(render_once(q, tmp_path), "q.yaml", environment(tmp_path), AS_OF)
    assert {"Decision log": [{"D-01": "projects/CDP-2027/decision_log/CDP-2027-D-01.md"},
                             {"D/02": "projects/CDP-2027/decision_log/CDP-2027-D-02.md"}]} in site.nav


def test_a_document_page_puts_its_content_first_and_its_document_control_last() -> None:
    """Issue 15: on the web the reader meets the document first; the control table and distribution list follow,
    set apart. A document without that section (a user's template) is left as it is."""
    from generator.site.pages import content_first

    body = "## Document control\n\n| Item | Detail |\n|---|---|\n\n### Distribution list\n\n- A\n\n## 1. Purpose\n\nText.\n"
    moved = content_first(body)
    assert moved.startswith("## 1. Purpose")
    assert moved.index("## Document control") > moved.index("Text.")
    assert '<div class="pmdocs-control" markdown>' in moved and "### Distribution list" in moved
    assert content_first("## 1. Purpose\n\nText.\n") == "## 1. Purpose\n\nText.\n"


def test_pages_say_when_they_were_last_updated_from_the_latest_revision(q: m.Questionnaire) -> None:
    from generator.i18n import locales
    from generator.site.pages import last_updated

    latest = max(q.revisions, key=lambda r: r.date)
    line = last_updated(q, locales.english())
    assert latest.date.isoformat() in line and latest.version in line
    assert "not recorded" in last_updated(dataclasses.replace(q, revisions=[]), locales.english())


def test_the_portfolio_table_links_the_portfolio_calendar_and_the_overview_the_projects(rendering: Rendering) -> None:
    projects = [project(rendering.q, "B-1", dt.date(2027, 2, 1))]
    assert "[Add every project's milestones to your calendar (.ics)](projects/portfolio-calendar.ics)" in \
        portfolio_table(projects, environment())
    assert "calendar" not in portfolio_table([], environment())
    site = project_pages(rendering, "q.yaml", environment(), AS_OF)
    overview = next(f.content for f in site.files if f.path.name == "index.md")
    code = rendering.q.project.code
    assert f"[Add the dates to your calendar (.ics)]({code}-calendar.ics)" in overview


def test_pages_say_they_reflect_records_newer_than_the_revision(q: m.Questionnaire) -> None:
    """Review 14 N4: a status report newer than the latest revision is not shown under an older 'last updated' alone."""
    from generator.i18n import locales
    from generator.site.pages import last_updated

    line = last_updated(q, locales.english(), dt.date(2027, 7, 30))
    assert line.startswith("Last updated ") and line.endswith(" The pages reflect records up to 2027-07-30.")


def test_a_project_with_no_dates_has_no_calendar_to_download(q: m.Questionnaire) -> None:
    """Review 16 R5: a calendar holds one event at least (RFC 5545), so none is offered without dates."""
    from generator.site.pages import downloads
    from generator.writers.calendar import calendar_name, portfolio_events

    bare = dataclasses.replace(q, milestones=[], project=dataclasses.replace(q.project, phases=[]),
                               scope=dataclasses.replace(q.scope, deliverables=[dataclasses.replace(d, due=None)
                                                                                for d in q.scope.deliverables]))
    assert calendar_name(bare) not in {f.path.as_posix() for f in downloads(bare, [], "key")}
    assert calendar_name(q) in {f.path.as_posix() for f in downloads(q, [], "key")}
    assert not portfolio_events([bare]) and portfolio_events([q])

"""Publishing the projects: the site's navigation with a Projects section, and what a previous build left to reuse."""

from __future__ import annotations

import dataclasses
from pathlib import Path, PurePosixPath

from mkdocs.config import load_config
from mkdocs.structure.files import File, Files

from generator.questionnaire import model as m
from generator.site.pages import INPUT_RECORD, SiteProject
from generator.site.options import PmdocsConfig
from generator.site.publish import _previous_downloads, _recorded_input, site_as_of, site_nav


def project(q: m.Questionnaire, code: str, name: str) -> SiteProject:
    made = SiteProject(dataclasses.replace(q, project=dataclasses.replace(q.project, code=code, name=name)), "q.yaml")
    made.nav = [f"projects/{code}/index.md"]
    return made


def docs(tmp_path: Path, *pages: str) -> Files:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: T\nplugins: []\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    return Files([File(p, config.docs_dir, config.site_dir, config.use_directory_urls) for p in pages])


def test_the_projects_follow_the_users_navigation_by_name(q: m.Questionnaire) -> None:
    projects = [project(q, "B-1", "beta"), project(q, "A-1", "Alpha & <Co>"), project(q, "C-1", "Beta")]
    nav = site_nav(["index.md", {"Guide": "guide.md"}], Files([]), projects, nav_limit=25)
    assert nav[:2] == ["index.md", {"Guide": "guide.md"}]
    assert nav[2] == {"Projects": [{"Alpha &amp; &lt;Co&gt; (A-1)": ["projects/A-1/index.md"]},
                                   {"beta (B-1)": ["projects/B-1/index.md"]},
                                   {"Beta (C-1)": ["projects/C-1/index.md"]}]}


def test_without_a_navigation_the_folders_make_one_without_the_projects_pages(q: m.Questionnaire, tmp_path: Path) -> None:
    files = docs(tmp_path, "index.md", "guide/start.md", "projects/X-1/index.md")
    nav = site_nav(None, files, [project(q, "X-1", "X")], nav_limit=25)
    assert "projects/X-1/index.md" not in str(nav[:-1]) and nav[-1] == {"Projects": [{"X (X-1)": ["projects/X-1/index.md"]}]}
    assert nav[0] == "index.md"


def test_beyond_the_limit_no_project_is_in_the_navigation(q: m.Questionnaire) -> None:
    projects = [project(q, f"P-{i}", f"P {i}") for i in range(3)]
    assert site_nav(["index.md"], Files([]), projects, nav_limit=2) == ["index.md"]
    assert site_nav(["index.md"], Files([]), [], nav_limit=2) == ["index.md"]  # no project: no empty section


def test_a_previous_builds_downloads_and_input_record(tmp_path: Path) -> None:
    folder = tmp_path / "projects" / "P-1"
    for name in ("P-1-charter.docx", "pictures/P-1-timeline.svg", "P-1-document-pack.zip", INPUT_RECORD,
                 "P-1-charter/index.html", "search.json"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("abc\n", encoding="utf-8")
    found = _previous_downloads(folder)
    assert [p.as_posix() for p, _ in found] == sorted(["P-1-charter.docx", "P-1-document-pack.zip", INPUT_RECORD,
                                                      "pictures/P-1-timeline.svg"])
    assert all(path == folder / Path(*relative.parts) for relative, path in found)
    assert all(isinstance(relative, PurePosixPath) for relative, _ in found)
    assert _recorded_input(folder) == "abc"
    assert _previous_downloads(tmp_path / "none") == [] and _recorded_input(tmp_path / "none") is None
    (folder / INPUT_RECORD).write_bytes(b"\xff\xfe")
    assert _recorded_input(folder) is None  # not what a build writes: not trusted


def test_the_sites_date_is_its_option_else_the_newest_record_never_the_clock(q: m.Questionnaire) -> None:
    options = PmdocsConfig()
    options.load_dict({})
    assert not options.validate()[0]
    newest = max(r.date for r in q.revisions)
    assert site_as_of(options, [q]) >= newest
    bare = dataclasses.replace(q, revisions=[], change_control=None, status_reports=[], decisions=[], issues=[],
                               lessons=[])
    assert site_as_of(options, [bare]) == q.project.start  # nothing dated: the latest project start
    options.load_dict({"as_of": "2030-01-02"})
    assert not options.validate()[0]
    assert str(site_as_of(options, [q])) == "2030-01-02"

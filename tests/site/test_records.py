"""What a site build keeps of each project's pages for the next one: records saved with the code's stamp, kept only when all fits."""

from __future__ import annotations

import pickle
from pathlib import Path, PurePosixPath
from typing import Optional

import pytest

from generator.questionnaire import model as m
from generator.site.disk import identity
from generator.site.keys import code_stamp
from generator.site.mkdocs_internals import Converted
from generator.site.pages import SiteProject
from generator.site.records import CACHE_FILE, WORK_PREFIX, PageRecord, ProjectRecord, SiteBuild, keepable
from tests.conftest import run


def converted(lookups: Optional[dict[str, Optional[tuple[str, bool]]]] = None, logs: bool = False) -> Converted:
    return Converted(0, "sha", {}, "<p>x</p>", None, "T", [], None, lookups or {},
                     [("mkdocs", 30, "a warning")] if logs else [])


def test_pages_are_keepable_only_when_every_one_found_its_links_and_said_nothing() -> None:
    assert keepable({"a.md": converted(), "b.md": converted({"c.md": ("c/", False)})})
    assert not keepable({}) and not keepable({"a.md": None})
    assert not keepable({"a.md": converted({"gone.md": None})}) and not keepable({"a.md": converted(logs=True)})


def record(code: str = "P-1", key: str = "key", dest: str = "projects/P-1/index.html") -> ProjectRecord:
    return ProjectRecord(key, "Software", "Scrum", [PageRecord(f"projects/{code}/index.md", {}, "T", [], None, {},
                                                               dest=dest)])


def save(folder: Path, projects: dict[str, ProjectRecord], stamp: Optional[str] = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CACHE_FILE).write_bytes(pickle.dumps({"stamp": stamp or code_stamp(), "projects": projects}))


def test_nothing_is_kept_for_a_live_server_or_without_records(tmp_path: Path) -> None:
    assert SiteBuild.open(None).projects == {} and SiteBuild.open(None).folder is None
    assert SiteBuild.open(tmp_path / "none").projects == {}
    (tmp_path / CACHE_FILE).write_bytes(b"not a pickle")
    assert SiteBuild.open(tmp_path).projects == {}


def test_records_of_another_version_are_not_used(tmp_path: Path) -> None:
    save(tmp_path / "old", {"P-1": record()}, stamp="another version")
    assert SiteBuild.open(tmp_path / "old").projects == {}
    save(tmp_path / "same", {"P-1": record()})
    assert SiteBuild.open(tmp_path / "same").projects == {"P-1": record()}


def test_opening_clears_the_work_folders_of_killed_builds(tmp_path: Path) -> None:
    (tmp_path / f"{WORK_PREFIX}abandoned").mkdir()  # no live build holds it
    (tmp_path / "other").mkdir()
    SiteBuild.open(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["other"]


def test_a_project_is_kept_only_under_its_key_with_the_very_html_files(tmp_path: Path) -> None:
    previous, staging = tmp_path / "site", tmp_path / "staging"
    page = previous / "projects" / "P-1" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<html>kept</html>", encoding="utf-8")
    kept = record()
    kept.pages[0].identity = identity(page)
    save(tmp_path / "cache", {"P-1": kept})
    build = SiteBuild.open(tmp_path / "cache")
    folder = PurePosixPath("projects/P-1")
    assert build.keep("P-2", "key", folder, previous, staging, {}, []) is None  # no record
    assert build.keep("P-1", "other key", folder, previous, staging, {}, []) is None
    assert build.keep("P-1", "key", folder, previous, staging, {}, []) == kept
    assert (staging / "projects" / "P-1" / "index.html").read_text(encoding="utf-8") == "<html>kept</html>"
    assert set(build.kept) == {"projects/P-1/index.md"} and build.expected["P-1"] == kept


def test_a_changed_html_file_is_not_kept(tmp_path: Path) -> None:
    previous = tmp_path / "site"
    page = previous / "projects" / "P-1" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<html>changed since</html>", encoding="utf-8")
    save(tmp_path / "cache", {"P-1": record()})  # its identity is of another file
    build = SiteBuild.open(tmp_path / "cache")
    assert build.keep("P-1", "key", PurePosixPath("projects/P-1"), previous, tmp_path / "staging", {}, []) is None
    assert not (tmp_path / "staging").exists() and build.kept == {}


def test_a_link_that_now_answers_otherwise_is_not_kept(tmp_path: Path) -> None:
    kept = record()
    kept.pages[0].lookups = {"guide.md": ("guide/", False)}
    save(tmp_path / "cache", {"P-1": kept})
    build = SiteBuild.open(tmp_path / "cache")
    folder = PurePosixPath("projects/P-1")
    assert build.keep("P-1", "key", folder, tmp_path, tmp_path / "s", {"guide.md": ("guide/other/", False)}, []) is None
    assert build.keep("P-1", "key", folder, tmp_path, tmp_path / "s", {}, []) is None  # the file is gone


@pytest.fixture()
def site_project(example: str) -> SiteProject:
    q = run(example).questionnaire
    assert isinstance(q, m.Questionnaire)
    return SiteProject(q, "q.yaml", kind="Software", method="Scrum")


def test_pages_converted_ahead_are_recorded_once_all_are_finished(tmp_path: Path, site_project: SiteProject) -> None:
    build = SiteBuild(tmp_path / "cache")
    build.expect("P-1", "key", site_project, {"projects/P-1/index.md": converted()})
    assert "P-1" in build.expected and "projects/P-1/index.md" in build.converted
    build.expect("P-2", "key", site_project, {"projects/P-2/index.md": converted(logs=True)})  # not keepable
    build.expect("P-3", None, site_project, {"projects/P-3/index.md": converted()})  # no key: nothing kept
    assert set(build.expected) == {"P-1"}
    site = tmp_path / "site"
    build.save(site)  # the page never finished: nothing recorded
    assert SiteBuild.open(tmp_path / "cache").projects == {}
    html = site / "projects" / "P-1" / "index.html"
    html.parent.mkdir(parents=True)
    html.write_text("<html/>", encoding="utf-8")
    build.finished["projects/P-1/index.md"] = PageRecord("projects/P-1/index.md", {}, "T", [], None, {},
                                                         dest="projects/P-1/index.html")
    build.save(site)
    [(code, saved)] = SiteBuild.open(tmp_path / "cache").projects.items()
    assert code == "P-1" and saved.key == "key" and (saved.kind, saved.method) == ("Software", "Scrum")
    assert saved.pages[0].identity[0] == len("<html/>")


def test_a_live_server_saves_nothing(tmp_path: Path) -> None:
    SiteBuild(None).save(tmp_path)
    assert list(tmp_path.iterdir()) == []

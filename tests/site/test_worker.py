"""A worker's share of a site build: one project's pages and downloads written to files in one pass, its pages converted."""

from __future__ import annotations

import datetime as dt
import functools
import pickle
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from generator.build.batch import run_on_cores
from generator.questionnaire import model as m
from generator.site.mkdocs_internals import markdown_settings
from generator.site.pages import INPUT_RECORD, zip_name
from generator.site.worker import Job, Prepared, Task, known_files, prepare, sendable, url_of


def config_in(folder: Path) -> MkDocsConfig:
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text("site_name: T\nplugins: []\nmarkdown_extensions: [tables, attr_list]\n",
                                       encoding="utf-8")
    return load_config(str(folder / "mkdocs.yml"))


def prepared(job: Job, task: Task) -> Prepared:
    """Return what a worker makes of one task (a single task runs in this process)."""
    [made] = run_on_cores(functools.partial(prepare, job), [task], formats=("md", "docx"))
    return made


def test_a_new_pack_gives_pages_and_downloads_as_files(q: m.Questionnaire, tmp_path: Path) -> None:
    job = Job(tmp_path / "work", dt.date(2027, 1, 1), True, None, {}, 30)
    made = prepared(job, Task(q, "q.yaml", "fingerprint", []))
    code = q.project.code
    assert made.project.files == []  # the pages' Markdown is in files, not sent back
    assert made.pages[-1][0] == f"projects/{code}/index.md"
    assert all(path.is_file() and path.is_relative_to(tmp_path / "work" / "pages") for _, path in made.pages)
    assert made.downloads is not None
    names = [relative.as_posix() for relative, _ in made.downloads]
    assert zip_name(code) in names and INPUT_RECORD in names and any(n.endswith(".docx") for n in names)
    assert (tmp_path / "work" / code / INPUT_RECORD).read_text() == "fingerprint"
    assert made.converted == {}  # MkDocs converts the pages itself


def test_kept_downloads_are_not_made_again(q: m.Questionnaire, tmp_path: Path) -> None:
    job = Job(tmp_path / "work", dt.date(2027, 1, 1), True, None, {}, 30)
    made = prepared(job, Task(q, "q.yaml", None, ["x.docx"]))
    assert made.downloads is None and made.pages and not (tmp_path / "work" / q.project.code).exists()


def test_pages_are_converted_ahead_when_the_job_says_so(q: m.Questionnaire, tmp_path: Path) -> None:
    config = config_in(tmp_path)
    files = Files([File("index.md", config.docs_dir, config.site_dir, config.use_directory_urls)])
    job = Job(tmp_path / "work", dt.date(2027, 1, 1), False, sendable(markdown_settings(config)), known_files(files), 30)
    made = prepared(job, Task(q, "q.yaml", "fingerprint", []))
    assert set(made.converted) == {uri for uri, _ in made.pages}
    overview = made.converted[f"projects/{q.project.code}/index.md"]
    assert overview is not None and "<h1" in overview.content and overview.title


def test_a_generated_files_url_is_mkdocss() -> None:
    assert url_of("projects/P-1/index.md", True) == "projects/P-1/"
    assert url_of("projects/P-1/P-1-charter.md", True) == "projects/P-1/P-1-charter/"
    assert url_of("projects/P-1/P-1-charter.md", False) == "projects/P-1/P-1-charter.html"
    assert url_of("projects/P-1/a.docx", True) == "projects/P-1/a.docx"


def test_settings_that_cannot_travel_are_left_to_mkdocs(tmp_path: Path) -> None:
    settings = markdown_settings(config_in(tmp_path))
    assert sendable(settings) == settings and pickle.loads(pickle.dumps(settings)) == settings
    unsendable = type(settings)(**{**settings.__dict__, "markdown_extensions": [lambda: None]})
    assert sendable(unsendable) is None


def test_known_files_are_what_links_see(tmp_path: Path) -> None:
    config = config_in(tmp_path)
    files = Files([File("index.md", config.docs_dir, config.site_dir, True), File("guide/a.md", config.docs_dir,
                                                                                   config.site_dir, True)])
    assert known_files(files) == {"index.md": ("./", False), "guide/a.md": ("guide/a/", False)}

"""The MkDocs plugin's own parts: its options, and the error page `mkdocs serve` shows (builds: tests/site/test_site.py)."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pytest

from generator.site.plugin import (
    ERROR_PAGE,
    PmdocsConfig,
    _write_error_site,
    error_page,
)


def check(**options: object) -> tuple[list[str], PmdocsConfig]:
    """Return the problems MkDocs finds in the plugin's options (as 'option: message'), and the options."""
    config = PmdocsConfig()
    config.load_dict(options)
    failed, _ = config.validate()
    return [f"{name}: {problem}" for name, problem in failed], config


def test_the_defaults_are_valid() -> None:
    problems, config = check()
    assert problems == [] and config.projects == "projects" and config.as_of is None


@pytest.mark.parametrize("options,words", [
    ({"as_of": "2027-13-01"}, "as_of: '2027-13-01' is not a date written as YYYY-MM-DD"),
    ({"as_of": "next week"}, "as_of: 'next week' is not a date"),
    ({"as_of": 20270101}, "as_of:"),
    ({"max_size": 0}, "max_size: Expected a whole number of at least 1, not 0"),
    ({"max_size": "big"}, "max_size:"),
    ({"nav_limit": -1}, "nav_limit: Expected a whole number of at least 0"),
    ({"projects_per_page": 0}, "projects_per_page: Expected a whole number of at least 1"),
    ({"projects_per_page": True}, "projects_per_page: Expected a whole number"),
    ({"projects": "../elsewhere"}, "projects: '../elsewhere' must be a folder inside the docs folder"),
    ({"projects": "/etc"}, "projects: '/etc' must be a folder inside the docs folder"),
    ({"projects": ""}, "projects:"),
    ({"reference_docx": "no-such.docx"}, "reference_docx:"),
    ({"templates": "no-such-folder"}, "templates:"),
    ({"strict": "yes please"}, "strict:"),
    ({"colour": "blue"}, None),  # an unknown option is MkDocs's warning, not an error
])
def test_wrong_options_are_configuration_errors(options: dict[str, object], words: str | None) -> None:
    problems, _ = check(**options)
    if words is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problems[0].startswith(words), problems


def test_a_date_yaml_already_read_is_taken() -> None:
    problems, config = check(as_of=dt.date(2027, 1, 5))
    assert problems == [] and config.as_of == "2027-01-05"


def test_the_error_page_lists_every_problem_escaped() -> None:
    problems = ["a.yaml:3:9: error: project.name: <script>alert(1)</script>", "b.yaml:1:1: error: 'x' & \"y\""]
    page = error_page(problems)
    assert "<script>alert" not in page
    for line in problems:
        assert html.escape(line) in page
    assert "/livereload/" in page and "location.reload()" in page
    assert "http://" not in page and "https://" not in page  # nothing loaded from another host


def test_the_error_site_answers_every_page(tmp_path: Path) -> None:
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "index.html").write_text("old guide", encoding="utf-8")
    (tmp_path / "assets.css").write_text("body{}", encoding="utf-8")
    _write_error_site(tmp_path, ["a.yaml:1:1: error: broken"])
    for page in (tmp_path / ERROR_PAGE, tmp_path / "guide" / "index.html"):
        assert "a.yaml:1:1: error: broken" in page.read_text(encoding="utf-8")
    assert (tmp_path / "assets.css").read_text(encoding="utf-8") == "body{}"

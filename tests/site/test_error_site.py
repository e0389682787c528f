"""The error site `mkdocs serve` shows while the portfolio has problems: every page lists them, and reloads once fixed."""

from __future__ import annotations

import html
import re
from pathlib import Path

from generator.site.error_site import error_page, write_error_site
from generator.site.mkdocs_internals import ERROR_PAGE


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
    write_error_site(tmp_path, ["a.yaml:1:1: error: broken"])
    for page in (tmp_path / ERROR_PAGE, tmp_path / "guide" / "index.html"):
        assert "a.yaml:1:1: error: broken" in page.read_text(encoding="utf-8")
    assert (tmp_path / "assets.css").read_text(encoding="utf-8") == "body{}"


def test_the_page_waits_for_a_build_after_its_own() -> None:
    first = int(re.findall(r"/livereload/(\d+)/0", error_page([]))[0])
    later = error_page(["x"])
    epoch = int(re.findall(r"/livereload/(\d+)/0", later)[0])
    assert epoch >= first and f"> {epoch}" in later  # reloads only for a build finished after this one
    assert later.count("<li>") == 1 and error_page([]).count("<li>") == 0


def test_a_missing_site_folder_is_made(tmp_path: Path) -> None:
    write_error_site(tmp_path / "site", ["problem"])
    assert "problem" in (tmp_path / "site" / ERROR_PAGE).read_text(encoding="utf-8")

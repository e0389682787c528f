"""Staging the portfolio as a plain docs tree: every page and download the plugin makes, an explicit navigation, a
configuration without the plugin; an invalid questionnaire leaves the previous tree."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
import yaml

from generator.errors import ConfigError
from generator.site.stage import CONFIG, DOCS, SITE, StageFailed, Tagged, _Loader, stage
from tests.conftest import EXAMPLES
from tests.support.sitebuild import make_portfolio


@pytest.fixture(scope="module")
def staged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stage")
    config = make_portfolio(folder, EXAMPLES[:2])
    stage(config, folder / "staged")
    return folder


def test_the_tree_holds_pages_downloads_and_a_plain_configuration(staged: Path) -> None:
    docs = staged / "staged" / DOCS
    code = "CDP-2027"
    assert (docs / "projects" / code / "index.md").is_file()
    assert (docs / "projects" / code / f"{code}-risk-register.md").read_text(encoding="utf-8").startswith("---\ntitle:")
    assert (docs / "projects" / code / f"{code}-risk-register.docx").read_bytes()[:2] == b"PK"
    assert (docs / "projects" / code / f"{code}-document-pack.zip").is_file()
    assert not list(docs.rglob("*.yaml")), "questionnaires are inputs, never published"
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert "<!-- pmdocs:portfolio -->" not in home and f"]({'projects/' + code + '/index.md'})" in home
    config = yaml.load((staged / "staged" / CONFIG).read_text(encoding="utf-8"), Loader=_Loader)
    assert config["docs_dir"] == DOCS and config["site_dir"] == SITE
    assert "pmdocs" not in str(config["plugins"]) and "search" in config["plugins"]
    assert {"tables", "attr_list", "admonition"} <= {e if isinstance(e, str) else next(iter(e))
                                                     for e in config["markdown_extensions"]}
    projects = next(entry["Projects"] for entry in config["nav"] if isinstance(entry, dict) and "Projects" in entry)
    assert len(projects) == 2
    assert f"projects/{code}/{code}-risk-register.md" in str(projects)


def test_a_second_stage_links_unchanged_downloads_and_replaces_the_tree(staged: Path) -> None:
    docx = staged / "staged" / DOCS / "projects" / "CDP-2027" / "CDP-2027-charter.docx"
    before = {p.name: p.stat().st_ino for p in docx.parent.glob("*.docx")}
    assert len(before) >= 5
    stage(staged / "mkdocs.yml", staged / "staged")
    after = {p.name: p.stat().st_ino for p in docx.parent.glob("*.docx")}
    assert before == after, "the previous tree's Word files are linked, not made again"
    assert not (staged / "staged.building").exists()


def test_an_invalid_questionnaire_fails_and_keeps_the_previous_tree(tmp_path: Path) -> None:
    config = make_portfolio(tmp_path, EXAMPLES[:1])
    stage(config, tmp_path / "staged")
    source = next((tmp_path / "content" / "projects").glob("*.yaml"))
    source.write_text(source.read_text(encoding="utf-8").replace("  code: ", "  code: [", 1), encoding="utf-8")
    with pytest.raises(StageFailed, match=r"\.yaml:\d+:\d+: error"):
        stage(config, tmp_path / "staged")
    assert (tmp_path / "staged" / DOCS / "index.md").is_file()
    assert not (tmp_path / "staged.building").exists()


def test_the_staging_folder_must_be_outside_the_docs(tmp_path: Path) -> None:
    config = make_portfolio(tmp_path, EXAMPLES[:1])
    with pytest.raises(ConfigError, match="outside the docs folder"):
        stage(config, tmp_path / "content" / "staged")


def test_a_configuration_without_the_plugin_is_refused(tmp_path: Path) -> None:
    config = make_portfolio(tmp_path, EXAMPLES[:1])
    config.write_text(config.read_text(encoding="utf-8").replace("  - pmdocs:\n", "  - unused:\n")
                      .replace("      as_of:", "      #"), encoding="utf-8")
    with pytest.raises((ConfigError, StageFailed)):
        stage(config, tmp_path / "staged")


def test_tags_the_user_wrote_are_written_back() -> None:
    text = "a: !ENV [HOME, x]\nb: !!python/name:material.extensions.emoji.twemoji\n"
    raw = yaml.load(text, Loader=_Loader)
    assert raw["a"] == Tagged("!ENV", ["HOME", "x"])
    from generator.site.stage import _Dumper

    again = yaml.dump(raw, Dumper=_Dumper)
    assert "!ENV" in again and "!!python/name:material.extensions.emoji.twemoji" in again


def test_an_offline_tree_links_files_and_searches_without_a_server(tmp_path: Path) -> None:
    from generator.site.stage import SHIM

    config = make_portfolio(tmp_path, EXAMPLES[:1])
    stage(config, tmp_path / "staged", offline=True)
    staged = yaml.load((tmp_path / "staged" / CONFIG).read_text(encoding="utf-8"), Loader=_Loader)
    assert staged["use_directory_urls"] is False
    assert "offline" in staged["plugins"] and staged["extra"]["polyfills"] == [SHIM]
    shim = (tmp_path / "staged" / DOCS / SHIM).read_text(encoding="utf-8")
    assert "iframe-worker" in shim and "MIT" in shim
    assert "https://" not in shim, "the shim fetches nothing"


def test_a_builders_cache_outlives_a_new_tree(staged: Path) -> None:
    """Zensical keeps its cache beside the staged configuration: a new tree keeps it, so unchanged pages are not
    redone (at 100 projects: 12 s instead of 25 s of Zensical's build, measured with bench_portfolio.py)."""
    from generator.site.stage import BUILDER_CACHE

    cache = staged / "staged" / BUILDER_CACHE
    cache.mkdir(exist_ok=True)
    (cache / "entry").write_text("kept", encoding="utf-8")
    stage(staged / "mkdocs.yml", staged / "staged")
    assert (cache / "entry").read_text(encoding="utf-8") == "kept"


def test_the_builders_link_checks_are_off_and_pmdocs_checks_links_itself(tmp_path: Path,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    config = make_portfolio(tmp_path, EXAMPLES[:1])
    raw = config.read_text(encoding="utf-8")
    config.write_text(raw + "validation:\n  nav:\n    omitted_files: info\n", encoding="utf-8")
    staged = stage(config, tmp_path / "staged")
    written = yaml.load(staged.config.read_text(encoding="utf-8"), Loader=_Loader)
    assert written["validation"] == {"nav": {"omitted_files": "info"},
                                     "links": {"not_found": "ignore", "anchors": "ignore"}}
    page = tmp_path / "content" / "extra.md"
    page.write_text("# Extra\n\n[gone](gone.md) `[code](code.md)` [home](index.md)\n", encoding="utf-8")
    stage(config, tmp_path / "staged")
    assert "Doc file 'extra.md' contains a link 'gone.md'" in caplog.text and "code.md" not in caplog.text
    with pytest.raises(StageFailed, match=r"1 link\(s\) reach no file"):
        stage(config, tmp_path / "staged", strict=True)


def test_the_calendars_are_downloads_of_the_site(staged: Path) -> None:
    docs = staged / "staged" / DOCS
    portfolio = icalendar.Calendar.from_ical((docs / "projects" / "portfolio-calendar.ics").read_bytes())
    titles = {str(event.get("SUMMARY")) for event in portfolio.walk("VEVENT")}
    assert titles and all(title.split(": ", 1)[0] in ("CDP-2027", "ML-2027", "NET-CORE-27", "SEC-2027")
                          for title in titles)
    assert (docs / "projects" / "CDP-2027" / "CDP-2027-calendar.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_the_portfolio_timeline_is_a_picture_of_the_site_the_home_page_shows(staged: Path) -> None:
    docs = staged / "staged" / DOCS
    picture = (docs / "projects" / "portfolio-timeline.svg").read_text(encoding="utf-8")
    codes = [code for code in ("CDP-2027", "ML-2027", "NET-CORE-27", "SEC-2027") if code in picture]
    assert picture.startswith("<svg") and len(codes) == 2  # the two projects of the portfolio
    assert "](projects/portfolio-timeline.svg" in (docs / "index.md").read_text(encoding="utf-8")

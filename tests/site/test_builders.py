"""The same portfolio built by every builder: the same pages, the same text on each, the same downloads byte for
byte; a builder that is not installed is named with its extra; a failed build keeps the previous site."""

from __future__ import annotations

import html.parser
import importlib.util
from pathlib import Path

import pytest

from generator.cli.site import BUILDER_NAMES
from generator.errors import ConfigError
from generator.site import builders
from generator.site.builders import BUILDERS, BuilderFailed, build_with
from tests.conftest import EXAMPLES
from tests.support.clients import require_module
from tests.support.sitebuild import build, make_portfolio

DOWNLOADS = (".docx", ".zip", ".svg")


class _ArticleText(html.parser.HTMLParser):
    """Collect the text a reader sees in a page's article (not scripts, not the heading permalinks)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.hidden: list[str] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1
        elif self.depth and (tag in ("script", "style") or (tag == "a" and "headerlink" in (dict(attrs).get("class") or ""))):
            self.hidden.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        elif self.hidden and self.hidden[-1] == tag:
            self.hidden.pop()

    def handle_data(self, data: str) -> None:
        if self.depth and not self.hidden:
            self.parts.append(data)


def article_text(page: Path) -> str:
    """Return a built page's article text, spaces made one (builders lay out code and tables differently)."""
    parser = _ArticleText()
    parser.feed(page.read_text(encoding="utf-8"))
    return " ".join("".join(parser.parts).split())


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): article_text(p) for p in sorted(site.rglob("*.html"))}


def downloads(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.suffix in DOWNLOADS}


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("builders")
    config = make_portfolio(folder, EXAMPLES)
    proc = build(config, "-d", str(folder / "site-mkdocs"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return folder


def test_the_command_line_offers_every_builder() -> None:
    assert tuple(BUILDERS) == BUILDER_NAMES


@pytest.mark.parametrize("builder", ["zensical", "properdocs"])
def test_every_builder_gives_the_same_pages_text_and_downloads(portfolio: Path, builder: str) -> None:
    require_module(builder, f"build the site with {builder}")
    proc = build(portfolio / "mkdocs.yml", "--builder", builder, "-d", str(portfolio / f"site-{builder}"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    mine, theirs = pages(portfolio / "site-mkdocs"), pages(portfolio / f"site-{builder}")
    assert sorted(mine) == sorted(theirs)
    assert len(mine) > 40
    different = [name for name in mine if mine[name] != theirs[name]]
    assert not different, [(name, mine[name][:200], theirs[name][:200]) for name in different[:3]]
    assert downloads(portfolio / "site-mkdocs") == downloads(portfolio / f"site-{builder}")


def test_a_builder_not_installed_is_named_with_its_extra(portfolio: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConfigError, match=r"pip install 'pmdocs\[zensical\]'"):
        build_with("zensical", portfolio / "mkdocs.yml")


def test_a_failed_build_keeps_the_previous_site(portfolio: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = portfolio / "site-kept"
    site.mkdir()
    (site / "index.html").write_text("previous", encoding="utf-8")
    monkeypatch.setitem(BUILDERS, "zensical", builders.Builder("zensical", "generator.no_such_builder", "zensical"))
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object())
    with pytest.raises(BuilderFailed, match="the previous site is kept"):
        build_with("zensical", portfolio / "mkdocs.yml", site)
    assert (site / "index.html").read_text(encoding="utf-8") == "previous"

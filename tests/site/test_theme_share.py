"""Pages put in the theme on both cores: only where it pays; the whole site compared in tests/site/test_site.py."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.site import theme_share
from generator.site.theme_share import ThemeShare


def test_a_few_pages_are_put_in_the_theme_here(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: T\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    pages = [File(f"p{n}.md", str(tmp_path / "docs"), str(tmp_path / "site"), True, inclusion=InclusionLevel.INCLUDED)
             for n in range(theme_share.MIN_PAGES - 1)]
    files = Files(pages)
    assert len(files.documentation_pages()) == theme_share.MIN_PAGES - 1
    assert ThemeShare.start(files, config, None, None, [], "t.html", "/dev/null") is None  # type: ignore[arg-type]

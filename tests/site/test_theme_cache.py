"""The theme's compiled templates are kept between site builds, under names that hold the versions they depend on."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.site import theme_cache as module


def test_compiled_theme_templates_are_kept_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "cache_root", lambda: tmp_path)
    module.theme_cache.cache_clear()
    try:
        cache = module.theme_cache()
        assert cache is not None
        (tmp_path / "t").mkdir()
        (tmp_path / "t" / "main.html").write_text("<p>{{ page }}</p>", encoding="utf-8")
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path / "t")), bytecode_cache=cache)
        assert env.get_template("main.html").render(page="x") == "<p>x</p>"
        kept = sorted((tmp_path / "theme").iterdir())
        assert len(kept) == 1 and kept[0].name.startswith("__theme_")
        again = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path / "t")), bytecode_cache=cache)
        assert again.get_template("main.html").render(page="y") == "<p>y</p>"
    finally:
        module.theme_cache.cache_clear()


def test_no_folder_for_the_cache_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(module, "cache_root", lambda: blocker)
    module.theme_cache.cache_clear()
    try:
        assert module.theme_cache() is None
    finally:
        module.theme_cache.cache_clear()


def test_a_live_server_lists_the_themes_files_once(tmp_path: Path) -> None:
    """MkDocs walks the theme's folders (Material's thousands of icons) on every rebuild: under a live server they are
    listed once, and anew when a file is added to one of them."""
    import time
    from types import SimpleNamespace

    from generator.site.theme_cache import list_theme_once

    folder = tmp_path / "theme"
    folder.mkdir()
    (folder / "a.css").write_text("a", encoding="utf-8")
    walks: list[int] = []

    class Counting(jinja2.FileSystemLoader):
        def list_templates(self) -> list[str]:
            walks.append(1)
            return super().list_templates()

    def get_env() -> jinja2.Environment:
        return jinja2.Environment(loader=Counting(str(folder)))

    for _ in range(3):  # one theme object per rebuild, as MkDocs loads the configuration anew
        theme = SimpleNamespace(dirs=[str(folder)], get_env=get_env)
        list_theme_once(theme)
        assert theme.get_env().list_templates() == ["a.css"]
    assert len(walks) == 1
    time.sleep(0.01)
    (folder / "b.css").write_text("b", encoding="utf-8")
    theme = SimpleNamespace(dirs=[str(folder)], get_env=get_env)
    list_theme_once(theme)
    assert theme.get_env().list_templates() == ["a.css", "b.css"] and len(walks) == 2

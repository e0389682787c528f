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

"""`pmdocs build`'s MkDocs run: a site built where asked, and MkDocs stopping as `SiteNotBuilt` with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.site.run import SiteNotBuilt, build_site


def site_config(folder: Path, extra: str = "") -> Path:
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "docs" / "index.md").write_text("# Home\n\nHello.\n", encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(f"site_name: Small\nplugins: []\n{extra}", encoding="utf-8")
    return config


def test_a_small_site_is_built_where_asked(tmp_path: Path) -> None:
    config = site_config(tmp_path)
    assert Path(build_site(config)) == tmp_path / "site"
    assert "Hello." in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    elsewhere = tmp_path / "out"
    assert Path(build_site(config, elsewhere)) == elsewhere and (elsewhere / "index.html").is_file()


def test_a_config_mkdocs_refuses_is_site_not_built(tmp_path: Path) -> None:
    config = site_config(tmp_path, "theme: no-such-theme\n")
    with pytest.raises(SiteNotBuilt):
        build_site(config)


def test_strict_turns_a_warning_into_a_stop(tmp_path: Path) -> None:
    config = site_config(tmp_path)
    (tmp_path / "docs" / "index.md").write_text("# Home\n\n[broken](missing.md)\n", encoding="utf-8")
    assert build_site(config)  # a warning: built all the same
    with pytest.raises(SiteNotBuilt):
        build_site(config, strict=True)

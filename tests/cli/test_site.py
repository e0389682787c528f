"""pmdocs build: refused without a mkdocs.yml, and a site MkDocs could not build is said in one line (exit 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import invoke


def test_build_without_a_config_file_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out = invoke("build")
    assert code == 2 and "no mkdocs.yml here" in out and "-f FILE" in out


def test_a_site_not_built_exits_1_with_its_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.site.run

    def refuse(config: Path, site_dir: object, strict: bool) -> Path:
        raise generator.site.run.SiteNotBuilt("a questionnaire is invalid")

    monkeypatch.setattr(generator.site.run, "build_site", refuse)
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    code, out = invoke("build", "-f", str(config))
    assert code == 1 and "Error: a questionnaire is invalid" in out and "site written" not in out


def test_stage_writes_the_tree_and_says_where(tmp_path: Path) -> None:
    from tests.conftest import EXAMPLES
    from tests.support.sitebuild import make_portfolio

    config = make_portfolio(tmp_path, EXAMPLES[:1])
    code, out = invoke("stage", "-f", str(config), "-o", str(tmp_path / "tree"))
    assert code == 0, out
    assert "staged in" in out and (tmp_path / "tree" / "mkdocs.yml").is_file()


def test_new_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "kept.txt").write_text("mine", encoding="utf-8")
    code, out = invoke("new", str(tmp_path))
    assert code == 1 and "not an empty folder" in out
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]


def test_serve_runs_the_live_preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.site.run

    seen: list[tuple[Path, str]] = []
    monkeypatch.setattr(generator.site.run, "serve_site", lambda config, addr: seen.append((config, addr)))
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    code, out = invoke("serve", "-f", str(config), "-a", "127.0.0.1:8123")
    assert code == 0, out
    assert seen == [(config, "127.0.0.1:8123")]

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

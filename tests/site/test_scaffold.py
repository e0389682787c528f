"""pmdocs new: a portfolio folder that builds as it is, written whole or not at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import ConfigError
from generator.site.scaffold import EXAMPLE, new_portfolio, scaffold_files


def test_the_new_portfolio_builds_as_it_is_from_inside_it(tmp_path: Path) -> None:
    folder = tmp_path / "portfolio"
    written = new_portfolio(folder)
    assert {"mkdocs.yml", "README.md", ".gitignore", "content/index.md", f"content/projects/{EXAMPLE}"} <= set(written)
    assert "/site/" in (folder / ".gitignore").read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=folder, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    home = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert "CDP-2027" in home  # the example project is in the portfolio table
    assert (folder / "site" / "projects" / "CDP-2027" / "CDP-2027-project-charter.docx").is_file()
    assert not list(folder.parent.glob(".portfolio.pmdocs-new-*"))


def test_an_empty_folder_is_filled_and_a_folder_with_files_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert new_portfolio(empty)
    assert (empty / "mkdocs.yml").is_file()
    with pytest.raises(ConfigError, match="not an empty folder"):
        new_portfolio(empty)


def test_the_scaffold_names_no_other_host_and_keeps_the_portfolio_table() -> None:
    files = scaffold_files()
    assert "font: false" in files["mkdocs.yml"] and "generator: false" in files["mkdocs.yml"]
    assert "<!-- pmdocs:portfolio -->" in files["content/index.md"]

"""A non-editable install carries everything pmdocs reads at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_holds_package_data_and_templates(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("pmdocs-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator" / "data").iterdir()}
    assert data <= names
    templates = {"generator/templates/" + p.relative_to(ROOT / "templates").as_posix()
                 for p in (ROOT / "templates").rglob("*") if p.is_file()}
    assert templates and templates <= names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "pmdocs = generator.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_no_shipped_file_is_ignored_by_git() -> None:
    """A file the package reads must reach a clone (an over-broad .gitignore once hid templates/site/)."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    ignored = subprocess.run(["git", "ls-files", "--others", "--ignored", "--exclude-standard", "generator", "templates"],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert [p for p in ignored if "__pycache__" not in p and not p.endswith(".pyc")] == []

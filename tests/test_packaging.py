"""A non-editable install carries everything pmdocs reads at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


def test_wheel_holds_package_data_and_templates(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("pmdocs-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator" / "data").rglob("*") if p.is_file()}
    assert data <= names
    templates = {"generator/templates/" + p.relative_to(ROOT / "templates").as_posix()
                 for p in (ROOT / "templates").rglob("*") if p.is_file()}
    assert templates and templates <= names
    assert "generator/py.typed" in names  # type checkers read the package's annotations (PEP 561)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "pmdocs = generator.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_no_shipped_file_is_ignored_by_git() -> None:
    """A file the package reads must reach a clone (an over-broad .gitignore once hid templates/site/)."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    ignored = subprocess.run(["git", "ls-files", "--others", "--ignored", "--exclude-standard", "generator", "templates"],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert [p for p in ignored if "__pycache__" not in p and not p.endswith(".pyc")] == []


def _pins() -> dict[str, list[tuple[str, str]]]:
    """Return constraints.txt as {normalised name: [(version, environment marker)]}."""
    from packaging.utils import canonicalize_name

    pins: dict[str, list[tuple[str, str]]] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement, _, marker = line.partition(";")
            name, _, version = requirement.partition("==")
            assert version, f"constraints.txt pins every package to one version, not {line!r}"
            pins.setdefault(canonicalize_name(name.strip()), []).append((version.strip(), marker.strip()))
    return pins


def test_constraints_pin_every_dependency_within_its_range() -> None:
    """The lock is current: every dependency of pyproject.toml (and the test extra) is pinned inside its range."""
    try:
        import tomllib
    except ImportError:  # Python 3.10: pytest brings tomli there
        import tomli as tomllib  # type: ignore[no-redef]

    from packaging.markers import Marker
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = _pins()
    for text in project["dependencies"] + project["optional-dependencies"]["test"]:
        requirement = Requirement(text)
        found = pins.get(canonicalize_name(requirement.name))
        assert found, f"{requirement.name} is not pinned in constraints.txt: run the command in README.md"
        here = [version for version, marker in found if not marker or Marker(marker).evaluate()]
        assert len(here) == 1, f"{requirement.name}: {found}"
        assert requirement.specifier.contains(here[0], prereleases=True), (
            f"constraints.txt pins {requirement.name}=={here[0]}, outside {requirement.specifier}: refresh it")


def test_ci_and_readme_install_from_the_constraints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for marker in ("<!-- main-command -->", "<!-- test-command -->"):
        command = readme.split(marker, 1)[1].split("```bash", 1)[1].split("```", 1)[0]
        assert "pip install -c constraints.txt" in command, command

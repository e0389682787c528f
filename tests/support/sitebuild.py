"""Build a portfolio site from chosen questionnaires, in a temporary folder, as users do."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Optional

from tests.conftest import ROOT

# Builds compared byte for byte must not depend on the day they run (the sitemap's dates).
REPRODUCIBLE = {"SOURCE_DATE_EPOCH": "1798761600"}


def make_portfolio(folder: Path, questionnaires: list[Path], as_of: str = "2027-01-01",
                   options: Optional[dict[str, object]] = None, strict: bool = True) -> Path:
    """Return the mkdocs.yml of a new portfolio holding the repository's guide pages and the questionnaires.

    ``options`` are more of the pmdocs plugin's options (``nav_limit``, ``projects_per_page``...).
    The repository's mkdocs.yml is strict (a questionnaire's warning fails the build); ``strict=False``
    for questionnaires with warnings (check then that MkDocs said nothing else: `other_warnings`).
    """
    content = folder / "content"
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("projects"))
    (content / "projects").mkdir()
    for path in questionnaires:
        shutil.copy(path, content / "projects" / path.name)
    more = "".join(f"      {name}: {value}\n" for name, value in (options or {}).items())
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "  - pmdocs\n", f"  - pmdocs:\n{more}      as_of: '{as_of}'\n")
    if not strict:
        assert "\nstrict: true\n" in config
        config = config.replace("\nstrict: true\n", "\nstrict: false\n")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder / "mkdocs.yml"


def other_warnings(proc: subprocess.CompletedProcess) -> list[str]:
    """Return the warnings a build logged besides its questionnaires' own (which a strict build would fail on)."""
    lines = (proc.stdout + proc.stderr).splitlines()
    return [line for line in lines if line.startswith("WARNING") and not re.search(r"\.ya?ml:\d+:\d+: warning: ", line)]


def build(config: Path, *args: str, tool: str = "pmdocs",
          env: Optional[dict[str, str]] = None) -> subprocess.CompletedProcess:
    """Return the finished build process (``pmdocs build`` or ``mkdocs build``) of a portfolio."""
    command = ([sys.executable, "-m", "generator", "build", "-f", str(config)] if tool == "pmdocs"
               else [sys.executable, "-m", "mkdocs", "build", "-f", str(config)])
    return subprocess.run([*command, *args], cwd=config.parent, capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


def site_files(site: Path) -> dict[str, bytes]:
    """Return every file of a built site by its path in the site."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def assert_same_site(site: Path, other: Path) -> None:
    """Fail unless two built sites hold the same files with the same bytes."""
    mine, theirs = site_files(site), site_files(other)
    assert sorted(mine) == sorted(theirs), (sorted(set(mine) ^ set(theirs)))[:10]
    different = [name for name in mine if mine[name] != theirs[name]]
    assert not different, different[:10]

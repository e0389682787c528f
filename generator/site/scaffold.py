"""`pmdocs new`: a new portfolio folder that `pmdocs build` builds as it is.

It holds a ``mkdocs.yml`` (Material, the pmdocs plugin, no request to another host),
``content/index.md`` (the home page, where the portfolio table goes), one example
questionnaire with the schema editors read, a README saying how to build and preview,
and a ``.gitignore`` for the build output.  The folder is written whole or not at all.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from generator.errors import ConfigError, OutputError
from generator.questionnaire.interview import example_text
from generator.questionnaire.schema import SCHEMA_FILENAME, schema_text
from generator.resources import DATA

SCAFFOLD = DATA / "scaffold"
EXAMPLE = "example.yaml"
_RENAMED = {"gitignore": ".gitignore"}  # shipped without the dot, which packaging tools may leave out


def scaffold_files() -> dict[str, str]:
    """Return the new portfolio's files by their path in it."""
    files = {}
    for path in sorted(SCAFFOLD.rglob("*")):
        if path.is_file():
            relative = path.relative_to(SCAFFOLD).as_posix()
            files[_RENAMED.get(relative, relative)] = path.read_text(encoding="utf-8")
    files[f"content/projects/{EXAMPLE}"] = example_text()
    files[f"content/projects/{SCHEMA_FILENAME}"] = schema_text()
    return files


def new_portfolio(folder: Path) -> list[str]:
    """Write a new portfolio into ``folder`` (which must not exist, or be empty); return the files written."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ConfigError(f"'{folder}' already exists and is not an empty folder: choose a new folder for the portfolio")
    files = scaffold_files()
    parent = folder.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{folder.name}.pmdocs-new-", dir=parent))
    except OSError as exc:
        raise OutputError.refused(exc, parent) from None
    try:
        for relative, text in files.items():
            path = building.joinpath(*relative.split("/"))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        os.chmod(building, 0o777 & ~_umask())
        if folder.exists():
            folder.rmdir()  # empty, as checked
        os.replace(building, folder)
    except OSError as exc:
        shutil.rmtree(building, ignore_errors=True)
        raise OutputError.refused(exc, folder) from None
    return sorted(files)


def _umask() -> int:
    """Return the process's umask (a folder made by mkdtemp is private; the portfolio is not)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask

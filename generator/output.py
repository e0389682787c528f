"""Write a project's rendered files into the output folder, safely.

Everything is rendered in memory before this runs, so a failing questionnaire
or template writes nothing.  Files are first written to a staging folder beside
the target and then renamed into place one by one; a manifest records what
pmdocs wrote, so that files a later run no longer produces are removed while
any file the user put there is never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MANIFEST = ".pmdocs-manifest.json"


@dataclass(frozen=True)
class OutputFile:
    """Return one file to write, relative to the project's output folder."""

    path: PurePosixPath
    data: bytes


class UnsafePath(Exception):
    """Raised when a file would land outside its output folder (a bug, never expected)."""


def _inside(root: Path, relative: PurePosixPath) -> Path:
    """Return the absolute target of a relative path, refusing anything that leaves ``root``."""
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise UnsafePath(str(relative))
    target = (root / Path(*relative.parts)).resolve()
    if not target.is_relative_to(root.resolve()):
        raise UnsafePath(str(relative))
    return target


def _read_manifest(folder: Path) -> list[str]:
    """Return the files a previous run wrote in a folder, or nothing."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return [str(p) for p in data.get("files", [])]
    except (OSError, ValueError, AttributeError):
        return []


def write_files(folder: Path, files: list[OutputFile]) -> list[Path]:
    """Write files into ``folder`` atomically; return the paths that changed."""
    folder.mkdir(parents=True, exist_ok=True)
    targets = [(_inside(folder, f.path), f) for f in files]
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.staging-", dir=folder.parent))
    changed: list[Path] = []
    try:
        staged = []
        for target, f in targets:
            if target.is_file() and target.read_bytes() == f.data:
                continue  # unchanged: keep the file and its time stamp
            tmp = staging / f"{len(staged)}.tmp"
            tmp.write_bytes(f.data)
            staged.append((tmp, target))
        for tmp, target in staged:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
            changed.append(target)
        wanted = {f.path.as_posix() for f in files}
        for old in _read_manifest(folder):
            if old in wanted:
                continue
            try:
                stale = _inside(folder, PurePosixPath(old))
            except UnsafePath:
                continue
            if stale.is_file():
                stale.unlink()
                _prune_empty(stale.parent, folder)
        manifest = json.dumps({"generator": "pmdocs", "files": sorted(wanted)}, indent=1) + "\n"
        tmp = staging / "manifest.tmp"
        tmp.write_text(manifest, encoding="utf-8")
        os.replace(tmp, folder / MANIFEST)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return changed


def _prune_empty(folder: Path, root: Path) -> None:
    """Remove empty folders between ``folder`` and ``root`` (never ``root`` itself)."""
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent

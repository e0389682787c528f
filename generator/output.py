"""Write a project's rendered files into the output folder, all at once or not at all.

Everything is rendered in memory before this runs, so a failing questionnaire or
template writes nothing.  The new folder is then assembled beside the old one:
the new files, plus hard links to every file that did not change and to every
file the user put there.  The two folders are exchanged in one atomic step
(``renameat2(RENAME_EXCHANGE)`` on Linux; two renames elsewhere), so a run that
fails or is killed leaves the previous output exactly as it was.

A manifest records what pmdocs wrote, with each file's hash: a file a later run
no longer produces is dropped only if it still holds what pmdocs wrote.  A file
the user added, or changed, is never deleted.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import json
import os
import shutil
import stat
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Optional

MANIFEST = ".pmdocs-manifest.json"
_RENAME_EXCHANGE = 2


@dataclass(frozen=True)
class OutputFile:
    """Return one file to write, relative to the project's output folder."""

    path: PurePosixPath
    data: bytes


class UnsafePath(Exception):
    """Raised when a file would land outside its output folder."""


def _plain(relative: PurePosixPath) -> bool:
    """Return True for a plain relative path: not absolute, no '..', no backslash."""
    return not (relative.is_absolute() or ".." in relative.parts or not relative.parts or "\\" in str(relative))


def _inside(root: Path, relative: PurePosixPath) -> Path:
    """Return the absolute target of a relative path, refusing anything that leaves ``root``."""
    if not _plain(relative):
        raise UnsafePath(f"'{relative}' is not a plain relative path")
    target = (root / Path(*relative.parts)).resolve()
    if not target.is_relative_to(root.resolve()):
        raise UnsafePath(f"'{relative}' would be written outside {root} (through a link?)")
    return target


def digest(data: bytes) -> str:
    """Return the hash the manifest records for a file's content."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Manifest:
    """Return what a previous run recorded in a project folder: its input fingerprint and its files' hashes."""

    input: str = ""
    files: dict[str, Optional[str]] = field(default_factory=dict)  # path -> hash (None in the first format)


def read_manifest(folder: Path) -> Manifest:
    """Return a folder's manifest, or an empty one when there is none (or it cannot be read)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Manifest()
    if not isinstance(data, dict):
        return Manifest()
    files = data.get("files", {})
    if isinstance(files, list):  # the first manifest format listed paths only
        recorded = {str(p): None for p in files}
    elif isinstance(files, dict):
        recorded = {str(p): (str(h) if h else None) for p, h in files.items()}
    else:
        recorded = {}
    return Manifest(str(data.get("input") or ""), recorded)


def _file_digest(path: Path) -> Optional[str]:
    try:
        return digest(path.read_bytes())
    except OSError:
        return None


def _link_or_copy(source: Path, target: Path) -> None:
    """Put ``source`` at ``target`` without copying bytes where the file system allows."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        if source.is_symlink():
            os.symlink(os.readlink(source), target)
        else:
            shutil.copy2(source, target)


@functools.lru_cache(maxsize=1)
def _renameat2() -> Optional[Any]:
    """Return the C library's renameat2 (Linux), looked up once; None where there is none."""
    import ctypes

    try:
        return getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)  # the C library this process runs on
    except OSError:
        return None


def exchange(new: Path, old: Path) -> None:
    """Swap two folders atomically where the system can (after the call ``new`` holds the old content)."""
    if sys.platform.startswith("linux") and old.exists():
        renameat2 = _renameat2()
        if renameat2 is not None:
            at_fdcwd = -100
            if renameat2(at_fdcwd, os.fsencode(new), at_fdcwd, os.fsencode(old), _RENAME_EXCHANGE) == 0:
                return
    if old.exists():  # elsewhere: two renames, with a moment in between where `old` is missing
        parked = new.with_name(new.name + ".old")
        os.replace(old, parked)
        os.replace(new, old)
        os.replace(parked, new)
    else:
        os.replace(new, old)


def is_current(folder: Path, fingerprint: str) -> bool:
    """Return True when a folder holds, unchanged, the pack of exactly these inputs (nothing to do)."""
    manifest = read_manifest(folder)
    if not fingerprint or manifest.input != fingerprint:
        return False
    for relative, recorded in manifest.files.items():
        # Only read here (writing checks every link on the way): a plain path to a plain file, with the same content.
        path = PurePosixPath(relative)
        if recorded is None or not _plain(path):
            return False
        target = os.path.join(folder, *path.parts)
        try:
            if not stat.S_ISREG(os.lstat(target).st_mode):
                return False
            with open(target, "rb") as handle:
                if digest(handle.read()) != recorded:
                    return False
        except OSError:
            return False
    return True


def write_files(folder: Path, files: list[OutputFile], fingerprint: str = "") -> list[Path]:
    """Replace a project's output folder with ``files`` in one step; return the paths whose content changed."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    if folder.exists() and not folder.is_dir():
        raise UnsafePath(f"'{folder}' exists and is not a folder")
    targets = [(_inside(folder, f.path), f) for f in files]  # refuse before touching anything
    _clear_abandoned_staging(folder)
    wanted = {f.path.as_posix(): digest(f.data) for f in files}
    manifest = read_manifest(folder)
    previous = manifest.files
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.staging-", dir=folder.parent))
    changed: list[Path] = []
    try:
        for target, f in targets:
            staged = staging / Path(*f.path.parts)
            staged.parent.mkdir(parents=True, exist_ok=True)
            if target.is_file() and not target.is_symlink() and _file_digest(target) == wanted[f.path.as_posix()]:
                _link_or_copy(target, staged)  # unchanged: same file, same time stamp
            else:
                staged.write_bytes(f.data)
                changed.append(target)
        if folder.is_dir():
            _carry_over(folder, staging, wanted, previous)
        record = {"generator": "pmdocs", "input": fingerprint, "files": dict(sorted(wanted.items()))}
        (staging / MANIFEST).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        if not changed and folder.is_dir() and set(previous) == set(wanted) and manifest.input == fingerprint:
            return []
        exchange(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return changed


def _clear_abandoned_staging(folder: Path, age: float = 3600) -> None:
    """Remove staging folders of this project left by runs that were killed more than ``age`` seconds ago."""
    for stale in folder.parent.glob(f".{glob.escape(folder.name)}.staging-*"):
        try:
            if stale.is_dir() and time.time() - stale.stat().st_mtime > age:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass


def _carry_over(folder: Path, staging: Path, wanted: dict[str, str], previous: dict[str, Optional[str]]) -> None:
    """Link into the new folder every file of the old one that the user owns."""
    for path in sorted(folder.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            continue
        relative = path.relative_to(folder).as_posix()
        if relative == MANIFEST or relative in wanted:
            continue
        if relative in previous:
            recorded = previous[relative]
            if recorded is None or _file_digest(path) == recorded:
                continue  # pmdocs wrote it, it is unchanged, and it is no longer produced: drop it
        _link_or_copy(path, staging / relative)

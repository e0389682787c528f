"""Write a project's rendered files into its output folder, never taking a file pmdocs did not write.

Everything is rendered in memory before this runs, so a failing questionnaire or template
writes nothing.  Where the system can exchange two folders in one step (Linux), the pack is
staged beside the project folder and swapped in whole, and everything of the user's is
moved back (`generator.output.swap`): a run that fails or is killed leaves the folder
wholly old or wholly new.  Elsewhere files are written in place, each into a temporary file
renamed over its path: every file is then either as it was or as it should be, never
half-written, and the next run completes the pack.

A manifest records the files pmdocs wrote, with each one's hash.  From it:

* a file of the pack at a path pmdocs wrote before is replaced, keeping its permissions
  (a read-only one is refused, not replaced);
* a file of the pack at a path pmdocs never wrote is put in place only where nothing is:
  the rename itself refuses to replace anything, so a file the user creates meanwhile is
  never lost; a different file already there is refused before anything is written;
* a file pmdocs wrote and no longer produces is deleted only while it holds exactly the
  bytes pmdocs wrote;
* nothing else in the folder is ever looked at, moved or deleted.

Before a file is put in place the manifest lists it as pending, so a file written by a
run that was killed is still known as pmdocs's.  The project folder may be a link to a
folder (pmdocs writes through it); two runs on one folder take turns (a lock on the
folder), and the temporary files of a run that died are removed by the next one.

Longer than about 400 lines because writing, keeping and cleaning a user's folder is one contract, kept in
one place.

A little over 400 lines: the manifest's rules and the two ways of writing share one module.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from dataclasses import field
from pathlib import Path, PurePosixPath
from typing import Mapping, Optional

from generator.diagnostics import Diagnostic, Severity
from generator.errors import OutputError
from generator.output.fsutil import (TEMP_PREFIX, clear_temp_files, exit_on_terminate, kept_mode, locked, remove_quietly,
                              rename_new, write_atomic, write_temp)
from generator.output.swap import SWAP_SUFFIX, Moved, Ours, has_leftover, recover, swap_in
from generator.record import Record

MANIFEST = ".pmdocs-manifest.json"


class OutputFile(Record):
    """Return one file to write, relative to the project's output folder."""

    path: PurePosixPath
    data: bytes


class UnsafePath(OutputError):
    """Raised when a file would land outside its output folder."""


def _plain(relative: PurePosixPath) -> bool:
    """Return True for a plain relative path: not absolute, no '..', no backslash."""
    return not (relative.is_absolute() or ".." in relative.parts or not relative.parts or "\\" in str(relative))


def _inside(root: Path, relative: PurePosixPath) -> Path:
    """Return the path of a file in ``root`` (not resolved), refusing anything that leaves ``root``."""
    if not _plain(relative):
        raise UnsafePath(f"{root}: '{relative}' is not a plain relative path; pmdocs writes nothing outside the folder")
    target = root / Path(*relative.parts)
    if not target.resolve().is_relative_to(root.resolve()):
        raise UnsafePath(f"{target}: a link there leads outside {root}; pmdocs writes nothing outside the folder: "
                         f"remove the link, then run again")
    return target


def digest(data: bytes) -> str:
    """Return the hash the manifest records for a file's content."""
    return hashlib.sha256(data).hexdigest()


class Manifest(Record):
    """Return what earlier runs recorded in a project folder: the input fingerprint and the files pmdocs wrote."""

    input: str = ""
    files: dict[str, Optional[str]] = field(default_factory=dict)  # path -> hash (None in the first format)
    pending: dict[str, tuple[str, ...]] = field(default_factory=dict)  # being put in place by an unfinished run

    def owns(self, relative: str, target: Path) -> bool:
        """Return True when the file at ``target`` is pmdocs's to replace: pmdocs finished writing a file at this
        path (edited since or not), or was writing one and the file holds the bytes it was writing."""
        if relative in self.files:
            return True
        if relative not in self.pending:
            return False
        with open(target, "rb") as handle:
            return digest(handle.read()) in self.pending[relative]

    def wrote(self, relative: str, content: str) -> bool:
        """Return True when a file at this path with this hash is one pmdocs wrote."""
        if relative in self.files and self.files[relative] in (None, content):
            return True
        return content in self.pending.get(relative, ())


def read_manifest(folder: Path) -> Manifest:
    """Return a folder's manifest, or an empty one when there is none (or it cannot be read)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Manifest()
    if not isinstance(data, dict):
        return Manifest()
    files = data.get("files", {})
    recorded: dict[str, Optional[str]]
    if isinstance(files, list):  # the first manifest format listed paths only
        recorded = {str(p): None for p in files}
    elif isinstance(files, dict):
        recorded = {str(p): (str(h) if h else None) for p, h in files.items()}
    else:
        recorded = {}
    pending = data.get("pending", {})
    waiting = {str(p): tuple(str(h) for h in hs) for p, hs in pending.items()
               if isinstance(hs, list)} if isinstance(pending, dict) else {}
    return Manifest(str(data.get("input") or ""), recorded, waiting)


def is_current(folder: Path, fingerprint: str) -> bool:
    """Return True when a folder holds, unchanged, the pack of exactly these inputs (nothing to do)."""
    manifest = read_manifest(folder)
    if not fingerprint or manifest.input != fingerprint or manifest.pending or has_leftover(folder):
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


class _Change(Record):
    """Return one file of the pack to put in place: where nothing is (``replace`` False) or over pmdocs's own."""

    relative: str
    target: Path
    data: bytes
    replace: bool


def write_files(folder: Path, files: list[OutputFile], fingerprint: str = "") -> list[Path]:
    """Write a project's pack into its folder; return the paths (``folder / file``) whose content changed.

    Raises OutputError (nothing written) for a path outside the folder, a file pmdocs did not write in the
    way, or a read-only file; and for a folder that cannot be written (a file already in place stays).
    """
    folder = Path(folder)
    for f in files:
        _inside(folder, f.path)  # refuse before touching anything
    _make_folder(folder)
    try:
        with exit_on_terminate(), locked(folder) as alone:
            return _write(folder, files, fingerprint, alone)
    except OSError as problem:
        raise _cannot_write(problem, folder) from None


def _write(folder: Path, files: list[OutputFile], fingerprint: str, alone: bool) -> list[Path]:
    """Write the pack into an existing folder that no other pmdocs is writing (when ``alone``)."""
    real = Path(os.path.realpath(folder))
    if alone:  # else another run may be at work beside it: nothing there is touched
        _settle(folder, real, recover(real, lambda place: _judge_leftover(place, real)))  # a killed run's, first
    manifest = read_manifest(folder)
    wanted = {f.path.as_posix(): digest(f.data) for f in files}
    changes = _plan(folder, files, manifest)
    stale = sorted(r for r in {*manifest.files, *manifest.pending} if r not in wanted)
    if not changes and not stale and not manifest.pending and manifest.input == fingerprint and manifest.files == wanted:
        return []
    if alone:
        staged = {c.relative: c.data for c in changes}
        keep = {r: real / Path(*PurePosixPath(r).parts) for r in wanted if r not in staged}
        moved = swap_in(real, staged, keep, _manifest_bytes(fingerprint, wanted), _ours(manifest, wanted),
                        _folders_of(*manifest.files, *manifest.pending, *wanted))
        if moved is not None:
            _settle(folder, real, moved)
            return [c.target for c in changes]
    known = [r for r in (*wanted, *manifest.files, *manifest.pending) if _plain(PurePosixPath(r))]
    places = [folder / Path(*p.parts) for p in sorted({PurePosixPath("."), *(PurePosixPath(r).parent for r in known)})]
    for place in places:
        clear_temp_files(place, alone)  # left by a run that died
    try:
        return _update(folder, changes, stale, fingerprint, manifest, wanted)
    finally:
        if alone:  # even one an interruption left between its creation and its use
            for place in places:
                clear_temp_files(place, True)


def _settle(folder: Path, real: Path, moved: Moved) -> None:
    """After moving back: a file of the user's that kept its place is no longer pmdocs's (the pack is then not
    complete, so the next run does not take it for current); raise the error that says what was found."""
    if moved.taken:
        manifest = read_manifest(folder)
        _save_manifest(folder, "", {r: h for r, h in manifest.files.items() if r not in moved.taken})
    problems = [f"{real / r}: a file appeared there while pmdocs was writing; pmdocs never replaces it: move or "
                f"rename it, then run again" for r in moved.taken]
    for entry in moved.aside:
        relative, name = entry.split(" -> ")
        problems.append(f"{real / relative}: this is not pmdocs's, and something else took its place while pmdocs "
                        f"was writing, so pmdocs put it beside it, as '{name}' (nothing is lost): check both, "
                        f"then run again")
    if problems:
        raise OutputError(diagnostics=[Diagnostic(Severity.ERROR, p) for p in problems])


def _ours(manifest: Manifest, wanted: Mapping[str, Optional[str]]) -> Ours:
    """Return which files of the folder swapped out are pmdocs's to delete: those the pack replaces (as writing in
    place replaces them) and those no longer in it that still hold what pmdocs wrote (else they are the user's)."""
    def ours(relative: str, path: Path) -> bool:
        if relative in wanted and relative in manifest.files:
            return True
        try:
            if not os.lstat(path).st_mode & stat.S_IWUSR:
                return False  # made read-only: the user's now
            with open(path, "rb") as handle:
                content = digest(handle.read())
        except OSError:
            return False
        return manifest.wrote(relative, content) or (relative in wanted and wanted[relative] == content)
    return ours


def _judge_leftover(place: Path, real: Path) -> tuple[Ours, set[str], set[str]]:
    """Return which files of a killed run's staging folder are pmdocs's, the folders pmdocs's files are in, and
    the files of the pack in the project folder."""
    left, current = read_manifest(place), read_manifest(real)
    return (_ours(left, current.files), _folders_of(*left.files, *left.pending, *current.files),
            set(current.files))


def _folders_of(*relatives: str) -> set[str]:
    """Return every folder (as a relative path) that holds one of these files."""
    return {parent.as_posix() for r in relatives for parent in PurePosixPath(r).parents if parent != PurePosixPath(".")}


def _update(folder: Path, changes: list[_Change], stale: list[str], fingerprint: str, manifest: Manifest,
            wanted: dict[str, str]) -> list[Path]:
    """Bring the folder from what the manifest says to the pack, file by file, in place."""
    if changes:
        coming = {c.relative: tuple(sorted({*manifest.pending.get(c.relative, ()), wanted[c.relative]})) for c in changes}
        _save_manifest(folder, manifest.input, manifest.files, {**manifest.pending, **coming})
        _put_in_place(changes)
    for relative in stale:
        _drop_if_unchanged(folder, relative, manifest, {PurePosixPath(r).parent for r in wanted})
    _save_manifest(folder, fingerprint, wanted)
    return [c.target for c in changes]


def _plan(folder: Path, files: list[OutputFile], manifest: Manifest) -> list[_Change]:
    """Return the files to write, refusing (all problems at once) files that are not pmdocs's to replace."""
    changes, problems = [], []
    for f in files:
        relative = f.path.as_posix()
        target = folder / Path(*f.path.parts)
        try:
            found = os.lstat(target)
        except (FileNotFoundError, NotADirectoryError):
            changes.append(_Change(relative, target, f.data, replace=False))
            continue
        if _holds(target, found, f.data):
            continue
        problem = _refusal(target, found, stat.S_ISREG(found.st_mode) and manifest.owns(relative, target))
        if problem:
            problems.append(problem)
        else:
            changes.append(_Change(relative, target, f.data, replace=True))
    if problems:
        raise OutputError(diagnostics=[Diagnostic(Severity.ERROR, p) for p in problems])
    return changes


def _refusal(target: Path, found: os.stat_result, owned: bool) -> str:
    """Return why pmdocs may not write another file over what is at ``target`` ('' when it may)."""
    if not stat.S_ISREG(found.st_mode):
        kind = "a link" if stat.S_ISLNK(found.st_mode) else "a folder" if stat.S_ISDIR(found.st_mode) else "not a file"
        return (f"{target}: is {kind}, where the pack puts a file; pmdocs does not replace it: "
                f"move or rename it, then run again")
    if not owned:
        return (f"{target}: this file was not written by pmdocs (it is not in {MANIFEST}), and the pack "
                f"puts a different file there; pmdocs never replaces it: move or rename it, then run again")
    if not found.st_mode & stat.S_IWUSR:
        return (f"{target}: is read-only, so pmdocs leaves it as it is; make it writable (chmod u+w) for pmdocs "
                f"to update it, then run again")
    return ""


def _holds(target: Path, found: os.stat_result, data: bytes) -> bool:
    """Return True when a regular file already holds exactly ``data``."""
    if not stat.S_ISREG(found.st_mode) or found.st_size != len(data):
        return False
    with open(target, "rb") as handle:
        return handle.read() == data


def _put_in_place(changes: list[_Change]) -> None:
    """Write every file to a temporary file beside it, then rename each into place (never over a file not pmdocs's)."""
    temps: list[Path] = []
    try:
        for change in changes:
            change.target.parent.mkdir(parents=True, exist_ok=True)
            temps.append(write_temp(change.target.parent, change.data,
                                    kept_mode(change.target) if change.replace else None))
        for change, temp in zip(changes, temps):
            if change.replace:
                os.replace(temp, change.target)
                continue
            try:
                rename_new(temp, change.target)
            except FileExistsError:
                raise OutputError(f"{change.target}: a file appeared there while pmdocs was writing; pmdocs "
                                  f"never replaces it: move or rename it, then run again") from None
    finally:
        for temp in temps:
            remove_quietly(temp)  # those not renamed into place


def _drop_if_unchanged(folder: Path, relative: str, manifest: Manifest, needed: set[PurePosixPath]) -> None:
    """Delete a file pmdocs no longer produces, only while it holds the bytes pmdocs wrote (else it is the user's)."""
    path = PurePosixPath(relative)
    if not _plain(path):
        return
    target = folder / Path(*path.parts)
    try:
        if not target.resolve().is_relative_to(folder.resolve()):
            return
        before = os.lstat(target)
        if not stat.S_ISREG(before.st_mode) or not before.st_mode & stat.S_IWUSR:
            return  # replaced by something else, or made read-only: the user's now
        with open(target, "rb") as handle:
            content = digest(handle.read())
        if not manifest.wrote(relative, content) or not _same_file(before, os.lstat(target)):
            return  # changed since pmdocs wrote it: the user's now
        os.unlink(target)
    except OSError:
        return  # gone already, or unreadable: left as it is
    for parent in path.parents:
        if parent == PurePosixPath(".") or parent in needed:
            break
        try:
            os.rmdir(folder / Path(*parent.parts))  # only an empty folder
        except OSError:
            break


def _same_file(before: os.stat_result, after: os.stat_result) -> bool:
    """Return True when two looks at a path saw the very same, unmodified file."""
    return (before.st_dev, before.st_ino, before.st_size, before.st_mtime_ns) == (
        after.st_dev, after.st_ino, after.st_size, after.st_mtime_ns)


def _save_manifest(folder: Path, fingerprint: str, files: Mapping[str, Optional[str]],
                   pending: Optional[dict[str, tuple[str, ...]]] = None) -> None:
    """Write the manifest: the input fingerprint, the files pmdocs wrote, and those it is putting in place."""
    write_atomic(folder / MANIFEST, _manifest_bytes(fingerprint, files, pending))


def _manifest_bytes(fingerprint: str, files: Mapping[str, Optional[str]],
                    pending: Optional[dict[str, tuple[str, ...]]] = None) -> bytes:
    """Return the manifest's content: the input fingerprint, the files pmdocs wrote, and those it is putting in place."""
    record: dict[str, object] = {"generator": "pmdocs", "input": fingerprint, "files": dict(sorted(files.items()))}
    if pending:
        record["pending"] = {r: list(h) for r, h in sorted(pending.items())}
    return (json.dumps(record, indent=1) + "\n").encode("utf-8")


def _make_folder(folder: Path) -> None:
    """Create the project folder (following the umask) unless it is there; refuse what is not a folder."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as problem:
        for path in (folder, *folder.parents):
            if path.is_symlink() and not path.exists():
                raise OutputError(f"{path}: is a link to '{os.readlink(path)}', which does not exist; create that "
                                  f"folder or remove the link, then run again") from None
            if path.exists() and not path.is_dir():
                raise OutputError(f"{path}: is a file, where pmdocs needs a folder; move it away or choose "
                                  f"another output folder (-o), then run again") from None
        raise _cannot_write(problem, folder) from None


_ADVICE = {
    errno.EACCES: "check that you may write there",
    errno.EPERM: "check that you may write there",
    errno.ENOSPC: "free some space on the disk",
    errno.EDQUOT: "free some space (your disk quota is full)",
    errno.EROFS: "the disk is read-only: choose another output folder (-o)",
}


def _cannot_write(problem: OSError, folder: Path) -> OutputError:
    """Return the user error for a folder or file the system would not let pmdocs write, with what to do."""
    if problem.filename:  # pmdocs's own temporary names mean nothing to the user: name the folder
        named = Path(os.fsdecode(problem.filename))
        if named.name.startswith(TEMP_PREFIX):
            named = named.parent
        parts = [p[1:-len(SWAP_SUFFIX)] if p.startswith(".") and p.endswith(SWAP_SUFFIX) else p for p in named.parts]
        problem = OSError(problem.errno, problem.strerror, str(Path(*parts)))
    error = OutputError.refused(problem, folder)
    error.add_note(f"{_ADVICE.get(problem.errno or 0, 'check the output folder')}, then run again")
    return error

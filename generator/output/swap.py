"""Put a whole pack in place in one step: the project folder is wholly old or wholly new, even after a kill.

The pack is staged in a folder beside the project folder (``.CODE.pmdocs-swap``), holding
first its manifest, then its files.  The two folders are then exchanged in one step
(Linux's renameat2 with RENAME_EXCHANGE), so the project folder holds the new pack, and
the staging folder what the project folder held.  Everything in it that pmdocs did not
write (the user's files and folders, a file pmdocs wrote that the user has since changed
and that the pack no longer has) is then moved back to where it was, pmdocs's own files
are deleted, and the staging folder is removed.

A run killed on the way leaves the staging folder; the next run (holding the project
folder's lock) finishes what it held first, in the same way, before anything else, so no
file of the user's stays out of place.  Where folders cannot be exchanged (another system,
a file system without the call, a folder on a disk of its own, a parent folder pmdocs may
not write) nothing of this is used, and the caller writes the pack file by file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path, PurePosixPath
from dataclasses import field
from typing import Callable, Optional

from generator.errors import OutputError
from generator.output.fsutil import (TEMP_PREFIX, can_exchange, exchange_folders, kept_mode, lock_folder,
                                     rename_new, unlock_folder, write_temp)
from generator.record import Record

SWAP_SUFFIX = ".pmdocs-swap"
_MANIFEST = ".pmdocs-manifest.json"
_TRIES = 5  # rounds of moving back, should files keep appearing in the folder being emptied
_REFUSED: set[int] = set()  # the disks (st_dev) where an exchange was refused: not tried again in this process

Ours = Callable[[str, Path], bool]  # (relative path, file) -> True when the file is pmdocs's to delete


class Moved(Record):
    """Return what moving back found in the way: files of the user's that took back their place from a file of
    the pack (``taken``: no longer pmdocs's), and entries put beside another under a new name (``aside``)."""

    taken: list[str] = field(default_factory=list)
    aside: list[str] = field(default_factory=list)


def swap_place(real: Path) -> Path:
    """Return where the pack of the project folder ``real`` (its real path) is staged."""
    return real.with_name(f".{real.name}{SWAP_SUFFIX}")


def has_leftover(folder: Path) -> bool:
    """Return True when a run that was killed left a staging folder beside ``folder``."""
    return os.path.lexists(swap_place(Path(os.path.realpath(folder))))


def swap_in(real: Path, staged: dict[str, bytes], keep: dict[str, Path], manifest: bytes,
            ours: Ours, owned_dirs: set[str]) -> Optional[Moved]:
    """Replace the folder ``real`` by one holding ``staged`` (path -> bytes), ``keep`` (path -> an unchanged file
    of ``real`` to link, or copy) and the manifest; move back what ``ours`` says is not pmdocs's.

    Return None, having changed nothing, where the folder cannot be exchanged; else what
    moving back found in the way (see `move_back`).
    """
    place = swap_place(real)
    if not can_exchange():
        return None
    try:
        info = os.stat(real)
        if info.st_dev in _REFUSED or (hasattr(os, "geteuid") and info.st_uid != os.geteuid()):
            return None  # refused before, or the new folder would change hands: written in place instead
        os.mkdir(place, 0o700)
    except OSError:
        return None  # a parent folder pmdocs may not write, or something of the user's at that name
    fd = lock_folder(place)
    try:
        staged_names = {*staged, *keep}
        try:
            os.chmod(place, stat.S_IMODE(info.st_mode))
            _write_file(place / _MANIFEST, manifest)  # first: every file staged after it is known as pmdocs's
            for relative in sorted(staged_names):
                target = place / Path(*PurePosixPath(relative).parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                if relative in keep:
                    _link_or_copy(keep[relative], target)
                else:
                    _write_file(target, staged[relative], kept_mode(real / Path(*PurePosixPath(relative).parts)))
            if not exchange_folders(place, real):
                _REFUSED.add(info.st_dev)
                move_back(place, real, lambda r, p: r in staged_names, owned_dirs, set())
                return None
        except BaseException:
            move_back(place, real, lambda r, p: r in staged_names, owned_dirs, set())
            raise
        return move_back(place, real, ours, owned_dirs, staged_names)
    finally:
        unlock_folder(fd)


def recover(real: Path, judge: Callable[[Path], tuple[Ours, set[str], set[str]]]) -> Moved:
    """Finish a killed run's exchange: empty its staging folder into ``real`` (see `move_back`).

    ``judge(place)`` returns which files of the staging folder are pmdocs's, the folders they
    are in, and the files of the pack now in ``real``.
    """
    place = swap_place(real)
    try:
        if not stat.S_ISDIR(os.lstat(place).st_mode):
            return Moved()  # not pmdocs's: left alone
    except FileNotFoundError:
        return Moved()
    return move_back(place, real, *judge(place))


def move_back(source: Path, target: Path, ours: Ours, owned_dirs: set[str], pack: set[str]) -> Moved:
    """Empty the folder ``source`` into ``target`` and remove it: pmdocs's own files (``ours``, the manifest, its
    temporary files) are deleted, everything else goes back to the same place in ``target``.

    A folder nothing of pmdocs's was in (not in ``owned_dirs``) moves whole.  Where
    ``target`` holds a file of the ``pack`` at that place, the user's file takes it back (a
    file that appeared while pmdocs was writing: pmdocs never replaces it); where it holds
    anything else, the entry goes beside it with ``.yours`` added to its name.  Files that
    keep appearing in ``source`` are moved too, until it is empty (else an error says where).
    """
    moved = Moved()
    for _ in range(_TRIES):
        _empty(source, target, "", _Rules(ours, owned_dirs, pack), moved)
        try:
            os.unlink(source / _MANIFEST)  # last: until here, a run killed meanwhile leaves it for the next to judge by
        except FileNotFoundError:
            pass
        try:
            os.rmdir(source)
            return moved
        except FileNotFoundError:
            return moved
        except OSError as problem:
            if problem.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                raise
    raise OutputError(f"{source}: files keep appearing in this folder pmdocs is emptying; they are yours: "
                      f"move them into {target}, then run again")


class _Rules(Record):
    """Return what `move_back` goes by: which files are pmdocs's, which folders held them, what the new pack holds."""

    ours: Ours
    owned_dirs: set[str]
    pack: set[str]


def _empty(source: Path, target: Path, prefix: str, rules: _Rules, moved: Moved) -> None:
    """Move everything in ``source`` that is not pmdocs's to the same place in ``target``; delete the rest."""
    with os.scandir(source) as found:
        entries = sorted(found, key=lambda e: e.name)
    for entry in entries:
        relative = prefix + entry.name
        here, there = Path(entry.path), target / entry.name
        if entry.is_dir(follow_symlinks=False):
            if relative not in rules.owned_dirs:
                _place(here, there, relative, moved)  # the user's folder: whole, in one step
                continue
            try:
                if not os.path.lexists(there):
                    os.mkdir(there, 0o700)
                    os.chmod(there, stat.S_IMODE(entry.stat(follow_symlinks=False).st_mode))
                elif not stat.S_ISDIR(os.lstat(there).st_mode):
                    _place(here, there, relative, moved)
                    continue
            except FileExistsError:
                pass  # made meanwhile: emptied into as it is
            _empty(here, there, relative + "/", rules, moved)
            try:
                os.rmdir(here)
            except OSError:
                pass  # something appeared meanwhile: the next round moves it
            continue
        if not prefix and entry.name == _MANIFEST:
            continue  # removed last
        if entry.name.startswith(TEMP_PREFIX) or (
                entry.is_file(follow_symlinks=False) and rules.ours(relative, here)):
            os.unlink(here)
            continue
        if relative in rules.pack and _is_file(there) and not os.path.samestat(entry.stat(follow_symlinks=False),
                                                                                os.lstat(there)):
            os.replace(here, there)  # the user's file appeared while pmdocs was writing: it keeps its place
            moved.taken.append(relative)
            continue
        _place(here, there, relative, moved)


def _is_file(path: Path) -> bool:
    """Return True when a regular file (not a link) is at ``path``."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _place(here: Path, there: Path, relative: str, moved: Moved) -> None:
    """Move ``here`` to ``there`` without replacing anything; beside it as ``NAME.yours`` where something is."""
    candidates = [there, *(there.with_name(f"{there.name}.yours" + (f"-{n}" if n > 1 else "")) for n in range(1, 100))]
    for candidate in candidates:
        try:
            if os.path.samestat(os.lstat(here), os.lstat(candidate)):
                os.unlink(here)  # the same file under both names (a kept file is a link): nothing to move
                return
        except FileNotFoundError:
            pass
        try:
            rename_new(here, candidate)
        except FileExistsError:
            continue
        if candidate != there:
            moved.aside.append(f"{relative} -> {candidate.name}")
        return
    raise OutputError(f"{here}: pmdocs found no free name beside {there} to move this back to; it is yours: "
                      f"move it, then run again")


def _write_file(path: Path, data: bytes, mode: Optional[int] = None) -> None:
    """Write a new file of the staging folder through a temporary one (so a kill never leaves it half-written)."""
    temp = write_temp(path.parent, data, mode)
    os.replace(temp, path)


def _link_or_copy(source: Path, target: Path) -> None:
    """Give the staging folder an unchanged file: the same file (a hard link keeps its date and mode), else a copy."""
    try:
        os.link(source, target, follow_symlinks=False)
        return
    except OSError:
        pass
    with open(source, "rb") as handle:
        _write_file(target, handle.read(), kept_mode(source))

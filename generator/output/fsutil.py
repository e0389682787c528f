"""File system helpers: files that are never half-written, renames that never replace what they should not,
folders of pmdocs's own that never outlive the run that made them.

Files and folders pmdocs creates follow the user's umask (a file that replaces another keeps its mode).
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import functools
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Callable, Iterator, Optional, Union

if sys.platform != "win32":
    import fcntl

TEMP_PREFIX = ".pmdocs-tmp-"  # pmdocs's own temporary files, beside the file they become
_RENAME_NOREPLACE = 1
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_ABANDONED_AGE = 24 * 3600  # where folders cannot be locked: how old an abandoned one must be to be removed


def write_temp(folder: Path, data: bytes, mode: Optional[int] = None) -> Path:
    """Return a new temporary file in ``folder`` holding ``data``: with exactly ``mode`` when given (see
    `kept_mode`), else with what the umask allows."""
    while True:
        path = folder / f"{TEMP_PREFIX}{os.urandom(8).hex()}"  # as secrets.token_hex does, without its ~8 ms import
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
                         | getattr(os, "O_CLOEXEC", 0), 0o666)
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
    except BaseException:
        remove_quietly(path)
        raise
    return path


def kept_mode(path: Path) -> Optional[int]:
    """Return the permissions of the file a new one replaces (None when there is none: the umask decides)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        return None


def write_atomic(path: Union[str, Path], data: Union[str, bytes]) -> None:
    """Write a file through a temporary sibling and rename it into place (the old file or the new, never half)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = write_temp(path.parent, payload, kept_mode(path))
    try:
        os.replace(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise


def remove_quietly(path: Path) -> None:
    """Remove a file of pmdocs's own if it is there."""
    with contextlib.suppress(OSError):
        os.unlink(path)


@functools.lru_cache(maxsize=1)
def _renameat2() -> Optional[Callable[..., int]]:
    """Return the C library's renameat2 (Linux), looked up once; None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)  # the C library this process runs on
    except OSError:
        return None


def _renameat2_call(source: Path, target: Path, flags: int) -> Optional[int]:
    """Return 0 when renameat2 did it, an errno when it refused, None where it is missing or not supported here."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return None
    import ctypes

    if renameat2(_AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), flags) == 0:
        return 0
    code = ctypes.get_errno()
    return None if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP) else code


def rename_new(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target`` only if nothing is at ``target``; FileExistsError otherwise (never replaces).

    A hard link then an unlink does it atomically without ctypes (renameat2 needs it: ~3 ms of start-up);
    renameat2 serves where there are no hard links (a folder, some file systems), and a check just before
    the rename where neither is.
    """
    if sys.platform == "win32":
        os.rename(source, target)  # refuses an existing target there
        return
    try:
        os.link(source, target)  # refuses an existing target
    except FileExistsError:
        raise
    except OSError:  # no hard link here
        code = _renameat2_call(source, target, _RENAME_NOREPLACE)
        if code == 0:
            return
        if code is not None:
            raise OSError(code, os.strerror(code), str(target)) from None
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)


def can_exchange() -> bool:
    """Return True where the system may swap two folders in one step (Linux's renameat2; the disk may still refuse)."""
    return _renameat2() is not None


def exchange_folders(one: Path, other: Path) -> bool:
    """Swap two folders in one step and return True; return False, changing nothing, where the system cannot
    (not Linux, a file system without the call, folders on different disks)."""
    code = _renameat2_call(one, other, _RENAME_EXCHANGE)
    if code is None or code == errno.EXDEV:
        return False
    if code:
        raise OSError(code, os.strerror(code), str(other))
    return True


def exchange(new: Path, old: Path) -> None:
    """Swap two folders atomically where the system can (after the call ``new`` holds the old content)."""
    if old.exists() and _renameat2_call(new, old, _RENAME_EXCHANGE) == 0:
        return
    if old.exists():  # elsewhere: two renames, with a moment in between where `old` is missing
        parked = new.with_name(new.name + ".old")
        os.replace(old, parked)
        os.replace(new, old)
        os.replace(parked, new)
    else:
        os.replace(new, old)


def replace_folder(new: Path, old: Path, park: Optional[Path] = None) -> None:
    """Put folder ``new`` in the place of ``old`` (atomically where the system can; a linked ``old`` stays a link,
    its target replaced) and remove what ``old`` held, or move it to ``park`` (an absent folder beside ``new``) for
    the caller to remove.  An `OSError` leaves ``old`` as it was."""
    exchange(new, Path(os.path.realpath(old)))
    if park is not None and new.exists():
        try:
            os.replace(new, park)  # now holds the previous content
            return
        except OSError:
            pass  # removed here instead
    shutil.rmtree(new, ignore_errors=True)  # now holds the previous content, if there was any


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[bool]:
    """Hold an exclusive lock on a folder while the block runs (waiting for another pmdocs that holds it).

    Yields True when the lock is held: no other pmdocs is then working in the folder, so any
    temporary file of pmdocs's there was left by a run that died.  Yields False where folders
    cannot be locked (Windows, a folder that cannot be opened).
    """
    while True:
        fd = _lock_folder(folder)
        if fd is None or _same_folder(fd, folder, follow=True):
            break
        os.close(fd)  # the run before swapped another folder in while this one waited: lock that one
    try:
        yield fd is not None
    finally:
        unlock_folder(fd)


def lock_folder(folder: Path) -> Optional[int]:
    """Return an open descriptor holding an exclusive lock on a folder (waiting for it); None if it cannot be had."""
    return _lock_folder(folder)


def unlock_folder(fd: Optional[int]) -> None:
    """Release a lock taken by `lock_folder` (nothing for None)."""
    if fd is not None:
        os.close(fd)


def clear_temp_files(folder: Path, any_age: bool) -> None:
    """Remove pmdocs's temporary files from a folder: all of them when ``any_age`` (the folder is locked), else old ones."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(TEMP_PREFIX):
            try:
                if entry.is_file(follow_symlinks=False) and (
                        any_age or time.time() - entry.stat(follow_symlinks=False).st_mtime > _ABANDONED_AGE):
                    os.unlink(entry.path)
            except OSError:
                pass


class OwnedFolder:
    """A temporary folder that lives as long as its run: removed by `remove`, at exit, or by the next run once its
    run has died (it holds a lock on the folder for as long as it lives)."""

    def __init__(self, parent: Optional[Path], prefix: str) -> None:
        clear_abandoned(Path(parent or tempfile.gettempdir()), prefix)
        with signals_held(signal.SIGINT, signal.SIGTERM):  # a stop arriving now comes once its removal is arranged
            while True:
                self.path = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
                self._fd = _lock_folder(self.path)
                if self._fd is None or _same_folder(self._fd, self.path):
                    break
                os.close(self._fd)  # another run took it for abandoned before it was locked: make another
            atexit.register(self.remove)

    def remove(self) -> None:
        """Remove the folder and everything in it (once; later calls do nothing)."""
        atexit.unregister(self.remove)
        shutil.rmtree(self.path, ignore_errors=True)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def clear_abandoned(parent: Path, prefix: str) -> None:
    """Remove the folders named ``prefix*`` in ``parent`` whose run has died (no one holds their lock)."""
    try:
        entries = [e for e in os.scandir(parent) if e.name.startswith(prefix) and e.is_dir(follow_symlinks=False)]
    except OSError:
        return
    for entry in entries:
        if sys.platform == "win32":
            try:
                if time.time() - entry.stat().st_mtime > _ABANDONED_AGE:
                    shutil.rmtree(entry.path, ignore_errors=True)
            except OSError:
                pass
            continue
        fd = _lock_folder(Path(entry.path), wait=False)
        if fd is not None:
            try:
                shutil.rmtree(entry.path, ignore_errors=True)
            finally:
                os.close(fd)


def _lock_folder(folder: Path, wait: bool = True) -> Optional[int]:
    """Return an open descriptor holding an exclusive lock on a folder; None if it cannot be had."""
    if sys.platform == "win32":
        return None
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        os.close(fd)
        return None
    return fd


def _same_folder(fd: int, path: Path, follow: bool = False) -> bool:
    """Return True when ``path`` (through links, with ``follow``) still names the folder open as ``fd``."""
    try:
        mine, there = os.fstat(fd), os.stat(path, follow_symlinks=follow)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


@contextlib.contextmanager
def signals_held(*numbers: int) -> Iterator[bool]:
    """Hold these signals back while the block runs and deliver them after it, so that a step and the arranging of
    its clean-up are not cut apart; yield whether they are held (not outside the main thread, where Python runs no
    signal handler anyway). Their handlers are swapped for one that notes them, since blocking them in this thread
    alone would let another thread take them (Python then runs the handler here all the same)."""
    if threading.current_thread() is not threading.main_thread():
        yield False
        return
    caught: list[int] = []
    before = {number: signal.signal(number, lambda got, _frame: caught.append(got)) for number in numbers}
    try:
        yield True
    finally:
        for number, handler in before.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        for number in dict.fromkeys(caught):  # one that came meanwhile is delivered now, to the usual handler
            signal.raise_signal(number)


@contextlib.contextmanager
def exit_on_terminate() -> Iterator[None]:
    """While the block runs, make SIGTERM end the process as an exception does, so clean-up code runs.

    Only when SIGTERM would otherwise kill the process outright (nobody handles it) and
    only in the main thread, where Python runs signal handlers.
    """
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return
    signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _exit_on_signal(number: int, frame: Optional[FrameType]) -> None:
    """End the process as the signal would, after clean-up code has run."""
    raise SystemExit(128 + number)


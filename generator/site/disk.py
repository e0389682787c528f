"""The files a site build writes for MkDocs to read, and links into the site: written whole, hard-linked where they can be."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable

from generator.errors import OutputError


def write(path: Path, content: str | bytes) -> Path:
    """Return a file written with some text or bytes (a full disk or no permission is an `OutputError`)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    except OSError as exc:
        raise OutputError.refused(exc, path) from None
    return path


def link(source: Path | str, target: Path | str) -> bool:
    """Hard-link a file into place, making its folder if need be; return False where no link can be made."""
    for attempt in (1, 2):
        try:
            os.link(source, target)
            return True
        except FileNotFoundError:
            if attempt == 2:
                return False
            os.makedirs(os.path.dirname(target), exist_ok=True)
        except OSError:
            return False
    return False


def identity(path: Path) -> tuple[int, int, int]:
    """Return a file's size, modification time and inode (zeros when it is missing): the very file, not one like it."""
    try:
        stat = path.stat()
    except OSError:
        return (0, 0, 0)
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def make_folders(paths: list[str]) -> Callable[[], None]:
    """Return the work of making the folders of some files to be written (MkDocs makes each folder as it writes its
    page, on the one core that puts pages in the theme: made in a `Chores` thread, they overlap that work)."""
    folders = sorted({os.path.dirname(path) for path in paths})

    def make() -> None:
        for folder in folders:
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError:
                return  # MkDocs makes it as it writes the page, and says what went wrong
    return make


class Chores:
    """Disk work done in threads beside MkDocs's page loop (system calls let the other core do it), one of each name."""

    def __init__(self) -> None:
        self.threads: dict[str, threading.Thread] = {}

    def start(self, name: str, work: Callable[[], None]) -> None:
        """Start some work under a name, unless work of that name has started."""
        if name not in self.threads:
            self.threads[name] = threading.Thread(target=work, name=f"pmdocs-{name}")
            self.threads[name].start()

    def join(self, name: str) -> None:
        """Wait for the work of that name, if any (then another may start). A wait cut short (Ctrl-C, SIGTERM) leaves
        the work to be waited for by the next join, so that clean-up never removes a folder the work still writes in."""
        thread = self.threads.get(name)
        if thread is not None:
            thread.join()
            del self.threads[name]

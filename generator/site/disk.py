"""The files a site build writes for MkDocs to read, and links into the site: written whole, hard-linked where they can be."""

from __future__ import annotations

import os
from pathlib import Path

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

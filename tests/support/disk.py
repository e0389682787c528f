"""Disks for the tests: a small file system for a full disk (a tmpfs: needs root, skipped elsewhere), and whether
this one swaps two folders in one step."""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from generator.output import fsutil


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """Yield ``folder`` with a tmpfs of ``size`` (e.g. ``64k``) mounted on it, unmounted afterwards."""
    folder.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def can_exchange(tmp_path: Path) -> bool:
    """Return True when the disk of ``tmp_path`` swaps two folders in one step (Linux's renameat2)."""
    one, other = tmp_path / "probe-1", tmp_path / "probe-2"
    one.mkdir(), other.mkdir()
    try:
        return fsutil.exchange_folders(one, other)
    finally:
        one.rmdir(), other.rmdir()

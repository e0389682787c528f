"""The processes a test started and left: read from /proc (Linux), where the tests that count them run."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")


def children(pid: int) -> set[int]:
    """Return the processes whose parent is ``pid``."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def running(pid: int) -> bool:
    """Return True while ``pid`` exists and is not a zombie waiting for its parent."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def workers_left() -> set[int]:
    """Return this process's child processes, running or not yet reaped (a pool must leave none)."""
    return children(os.getpid())


needs_sigmask = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="holds signals with pthread_sigmask")

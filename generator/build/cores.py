"""What every way of sharing work among the cores needs: how many processes, Ctrl-C held while they fork, and a
garbage collector tuned for a process busy building.

The ways themselves: `generator.build.pool` (workers each set up once, for many items),
`generator.build.copies` and `generator.build.early` (copies forked for one project's documents).
"""

from __future__ import annotations

import gc
import os
import signal
import threading
from contextlib import contextmanager
from typing import Iterator, Optional

# Building a pack or a page makes and drops millions of small objects (parsers' tokens, element trees), few of them in
# cycles: Python's default collector (a scan every 700 new objects, each scan also walking the templates and modules
# kept for the whole run) took a fifth of a 200-project site build.  Scanning every 50,000 objects instead, with what a
# worker set up frozen out of the scans, made the build 38-41 s -> 30 s here, for a few MB more per process.
BUSY_THRESHOLDS = (50_000, 50, 100)


def collect_less() -> tuple[int, int, int]:
    """Make the garbage collector scan far less often (`BUSY_THRESHOLDS`), for a process busy building; return the
    thresholds it had, for `gc.set_threshold` to restore once the work is done."""
    before = gc.get_threshold()
    gc.set_threshold(*BUSY_THRESHOLDS)
    return before


def default_jobs() -> int:
    """Return how many processes to use: one per available core."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def jobs_for(count: int, jobs: Optional[int] = None) -> int:
    """Return how many processes ``count`` items get: ``jobs`` (default: one per core), never more than the items."""
    return min(jobs or default_jobs(), count) or 1


@contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) back while processes are forked, and deliver it once they are.

    A process forked inside inherits the held signal and must call `ignore_ctrl_c` first thing.  Ctrl-C pressed
    meanwhile is not lost, as it would be with the handler set to "ignore" for the while (a run interrupted while its
    second pool was being started went on to the end and reported success).  Where signals cannot be held (not POSIX)
    or outside the main thread, Ctrl-C is ignored for the while instead, or left alone.
    """
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set signal handlers
        yield
    elif hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # a Ctrl-C pressed meanwhile arrives now
    else:  # pragma: no cover - Windows
        handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, handler)


def ignore_ctrl_c() -> None:
    """In a process forked under `ctrl_c_held`: ignore Ctrl-C (the parent's to handle), then stop holding it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C held since the fork is dropped here
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # else programs it starts would inherit the hold

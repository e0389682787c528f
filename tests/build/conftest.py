"""Fixtures of the build tests: each starts with no process pool's threads left running by an earlier test."""

from __future__ import annotations

import threading
from typing import Iterator

import pytest

POOL_THREADS = ("pmdocs-pool-stop", "_handle_workers", "_handle_tasks", "_handle_results")  # a pool's, as it ends


@pytest.fixture(autouse=True)
def no_pool_threads_left() -> Iterator[None]:
    """Let the threads of a process pool an earlier test stopped end first: copies are forked only when no other
    thread runs (`generator.build.copies.can_fork`), so a straggler made the early-copies tests fail under load."""
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and any(name in thread.name for name in POOL_THREADS):
            thread.join(30)
    yield

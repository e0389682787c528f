"""Fixtures of the build tests: none may leave a thread running, for copies are forked only when no other thread runs
(`generator.build.copies.can_fork`); a thread a pool left behind once made the early-copies tests fail."""

from __future__ import annotations

import threading
import time
from typing import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_thread_left() -> Iterator[None]:
    """Fail the test that leaves a thread of its own running (one still ending gets a second)."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 1
    while (left := [t.name for t in threading.enumerate() if t not in before]) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not left, f"threads left running: {left}"

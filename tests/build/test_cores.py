"""What sharing work among the cores needs: one process per core at most, Ctrl-C held while forking, a collector tuned."""

from __future__ import annotations

import gc
import os
import signal
import time

import pytest

from generator.build.cores import BUSY_THRESHOLDS, collect_less, ctrl_c_held, default_jobs, ignore_ctrl_c, jobs_for
from tests.support.processes import needs_sigmask


def test_jobs_are_one_per_core_and_never_more_than_the_items() -> None:
    assert default_jobs() >= 1
    assert jobs_for(1) == 1 and jobs_for(0) == 1
    assert jobs_for(1000, 3) == 3 and jobs_for(2, 8) == 2
    assert jobs_for(1000) == default_jobs()


def test_collect_less_returns_the_thresholds_to_restore() -> None:
    before = gc.get_threshold()
    try:
        assert collect_less() == before and gc.get_threshold() == BUSY_THRESHOLDS
    finally:
        gc.set_threshold(*before)


@needs_sigmask
def test_ctrl_c_pressed_while_held_arrives_once_the_hold_ends() -> None:
    """Ctrl-C while workers are forked is not lost (a run stopped then used to go on and report success).

    It arrives as the hold ends, or inside it when another thread of the process took the signal; never not at all.
    """
    with pytest.raises(KeyboardInterrupt):
        with ctrl_c_held():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
        time.sleep(0.05)
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])


@needs_sigmask
def test_ignore_ctrl_c_drops_a_ctrl_c_held_since_the_fork() -> None:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            os.kill(os.getpid(), signal.SIGINT)
            ignore_ctrl_c()
            time.sleep(0.05)
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0

"""Work on every core: results in order, one process per core at most, every error reaching the caller, no worker left."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time

import pytest

from generator.build.cores import (BUSY_THRESHOLDS, collect_less, ctrl_c_held, default_jobs, ignore_ctrl_c, jobs_for,
                                   map_on_cores)


def _square(n: int) -> int:
    return n * n


def _inverse(n: int) -> float:
    return 1 / n


def _setup_fails() -> None:
    raise LookupError("the workers could not be set up")


_marker: list[str] = []


def _remember(word: str) -> None:
    _marker.append(word)


def _marked(n: int) -> str:
    return f"{_marker[0]}-{os.getpid() != _parent}-{n}"


_parent = os.getpid()


def test_jobs_are_one_per_core_and_never_more_than_the_items() -> None:
    assert default_jobs() >= 1
    assert jobs_for(1) == 1 and jobs_for(0) == 1
    assert jobs_for(1000, 3) == 3 and jobs_for(2, 8) == 2
    assert jobs_for(1000) == default_jobs()


def test_results_come_in_order_from_worker_processes_each_set_up_once() -> None:
    assert list(map_on_cores(_square, range(50), jobs=2)) == [n * n for n in range(50)]
    assert list(map_on_cores(_marked, range(4), jobs=2, setup=_remember, setup_args=("ready",))) == [
        f"ready-True-{n}" for n in range(4)]
    assert multiprocessing.active_children() == []


def test_an_error_in_a_task_reaches_the_caller_and_ends_the_workers() -> None:
    with pytest.raises(ZeroDivisionError):
        list(map_on_cores(_inverse, [2, 1, 0, 4], jobs=2))
    assert multiprocessing.active_children() == []


def test_a_setup_that_fails_is_raised_once_not_retried_forever() -> None:
    with pytest.raises(LookupError, match="could not be set up"):
        list(map_on_cores(_square, range(8), jobs=2, setup=_setup_fails))
    assert multiprocessing.active_children() == []


def test_a_consumer_that_stops_early_ends_the_workers() -> None:
    results = map_on_cores(_square, range(500), jobs=2)
    assert next(results) == 0
    results.close()
    assert multiprocessing.active_children() == []


def _collector(_: int) -> tuple[tuple[int, int, int], int]:
    return gc.get_threshold(), gc.get_freeze_count()


def test_workers_collect_garbage_rarely_with_what_they_set_up_frozen() -> None:
    before = gc.get_threshold()
    seen = list(map_on_cores(_collector, range(4), jobs=2, setup=_remember, setup_args=("ready",)))
    assert all(threshold == BUSY_THRESHOLDS and frozen > 0 for threshold, frozen in seen), seen
    assert gc.get_threshold() == before  # the caller's own collector is left as it was


def test_collect_less_returns_the_thresholds_to_restore() -> None:
    before = gc.get_threshold()
    try:
        assert collect_less() == before and gc.get_threshold() == BUSY_THRESHOLDS
    finally:
        gc.set_threshold(*before)


def test_a_pool_that_will_not_end_is_given_up_on_and_its_workers_killed() -> None:
    import threading
    import time

    from generator.build.cores import stop_pool

    class Worker:
        def __init__(self) -> None:
            self.killed = False

        def is_alive(self) -> bool:
            return not self.killed

        def kill(self) -> None:
            self.killed = True

    class StuckPool:  # Pool.terminate deadlocked, as CPython's pool can
        def __init__(self) -> None:
            self._pool = [Worker(), Worker()]
            self.never = threading.Event()

        def terminate(self) -> None:
            self.never.wait()

        def join(self) -> None:
            pass

    pool = StuckPool()
    started = time.monotonic()
    stop_pool(pool, wait=0.2)
    assert time.monotonic() - started < 5 and all(w.killed for w in pool._pool)
    pool.never.set()


def _ctrl_c_state(_: int) -> tuple[bool, bool]:
    """In a worker: whether Ctrl-C is ignored, and whether it is still held."""
    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN, signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])


needs_sigmask = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="holds signals with pthread_sigmask")


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
def test_workers_ignore_ctrl_c_and_hold_nothing() -> None:
    """Pool workers leave Ctrl-C to their parent, and programs they start are not left with it held."""
    assert list(map_on_cores(_ctrl_c_state, [1, 2], jobs=2)) == [(True, False), (True, False)]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


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

"""Work on a pool of forked workers: results in order, each worker set up once, every error reaching the caller, no
worker or thread left, and nothing that can hang when the pool is stopped."""

from __future__ import annotations

import gc
import os
import signal
import threading
import time

import pytest

from generator.build.cores import BUSY_THRESHOLDS
from generator.build.pool import map_on_cores
from tests.support.processes import needs_sigmask, workers_left


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


def test_results_come_in_order_from_worker_processes_each_set_up_once() -> None:
    assert list(map_on_cores(_square, range(50), jobs=2)) == [n * n for n in range(50)]
    assert list(map_on_cores(_marked, range(4), jobs=2, setup=_remember, setup_args=("ready",))) == [
        f"ready-True-{n}" for n in range(4)]
    assert workers_left() == set()


def test_an_error_in_a_task_reaches_the_caller_and_ends_the_workers() -> None:
    with pytest.raises(ZeroDivisionError):
        list(map_on_cores(_inverse, [2, 1, 0, 4], jobs=2))
    assert workers_left() == set()


def test_a_setup_that_fails_is_raised_once_not_retried_forever() -> None:
    with pytest.raises(LookupError, match="could not be set up"):
        list(map_on_cores(_square, range(8), jobs=2, setup=_setup_fails))
    assert workers_left() == set()


def test_a_consumer_that_stops_early_ends_the_workers() -> None:
    results = map_on_cores(_square, range(500), jobs=2)
    assert next(results) == 0
    results.close()
    assert workers_left() == set()


def _collector(_: int) -> tuple[tuple[int, int, int], int]:
    return gc.get_threshold(), gc.get_freeze_count()


def test_workers_collect_garbage_rarely_with_what_they_set_up_frozen() -> None:
    before = gc.get_threshold()
    seen = list(map_on_cores(_collector, range(4), jobs=2, setup=_remember, setup_args=("ready",)))
    assert all(threshold == BUSY_THRESHOLDS and frozen > 0 for threshold, frozen in seen), seen
    assert gc.get_threshold() == before  # the caller's own collector is left as it was


def _ctrl_c_state(_: int) -> tuple[bool, bool]:
    """In a worker: whether Ctrl-C is ignored, and whether it is still held."""
    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN, signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])


@needs_sigmask
def test_workers_ignore_ctrl_c_and_hold_nothing() -> None:
    """Pool workers leave Ctrl-C to their parent, and programs they start are not left with it held."""
    assert list(map_on_cores(_ctrl_c_state, [1, 2], jobs=2)) == [(True, False), (True, False)]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler




def _threads(_: int) -> int:
    return threading.active_count()


def test_the_pool_runs_no_thread_here_and_its_workers_one_each() -> None:
    """No thread of the pool's can be left behind, or keep a later one-project build from forking its copies."""
    here = threading.active_count()
    results = map_on_cores(_threads, range(6), jobs=2)
    assert next(results) == 1  # a worker forked from this thread alone
    assert threading.active_count() == here
    assert list(results) == [1] * 5
    assert threading.active_count() == here and workers_left() == set()


def _dies(n: int) -> int:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return n


def test_a_worker_killed_from_outside_is_an_error_here_not_a_hang() -> None:
    """multiprocessing's Pool waited for ever for a task whose worker was killed; this pool says so at once."""
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="ended without its results"):
        list(map_on_cores(_dies, range(8), jobs=2))
    assert time.monotonic() - started < 30 and workers_left() == set()


def _big(n: int) -> bytes:
    return bytes([n]) * 300_000


def test_results_larger_than_a_pipe_holds_come_back_whole() -> None:
    assert [len(set(b)) == 1 and b[0] == n and len(b) == 300_000
            for n, b in enumerate(map_on_cores(_big, range(5), jobs=2))] == [True] * 5


def test_a_pool_stopped_while_its_workers_are_busy_ends_at_once() -> None:
    results = map_on_cores(_slow, range(40), jobs=2)
    assert next(results) == 0
    started = time.monotonic()
    results.close()
    assert time.monotonic() - started < 2 and workers_left() == set()


def _slow(n: int) -> int:
    time.sleep(0.5 if n else 0)
    return n

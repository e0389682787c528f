"""A pool of worker processes that never outlives its run: forked copies of this process, each with pipes of its own.

`map_on_cores` forks one worker per core, each set up once, hands them the items in
small runs and yields the results in order.  The workers share no lock and the pool
runs no thread, so stopping it cannot hang: an error, Ctrl-C or a consumer that stops
early kills the workers and reaps them at once.  (multiprocessing's Pool, used before,
could deadlock in ``terminate`` on a loaded machine, its threads waiting on a lock a
killed worker held; one such pool left behind slowed a full test run fivefold.)
A worker whose parent dies exits by itself: on Linux the kernel kills it at once, and
elsewhere it ends at its next read or write on a pipe whose other end is gone.
A worker forks with a copy of the items, so only their indexes and the results travel.
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import signal
import struct
import sys
from typing import Any, Callable, Generator, Iterable, Optional, Sequence, TypeVar

from generator.build.copies import end, failure, raise_failure
from generator.build.cores import collect_less, ctrl_c_held, ignore_ctrl_c, jobs_for

T = TypeVar("T")
R = TypeVar("R")
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_SIZE = struct.Struct("<Q")  # a message's length, before it
_SPAN = struct.Struct("<QQ")  # a run of items handed to a worker: first index, index after the last
RUNS_PER_WORKER = 8  # items are handed out in runs: about this many per worker, so that the cores finish together


class _Worker:
    """One worker process: its pid, the pipe its runs of items go through and the pipe its results come from."""

    __slots__ = ("pid", "work", "results", "span")

    def __init__(self, pid: int, work: int, results: int) -> None:
        self.pid, self.work, self.results = pid, work, results
        self.span: Optional[range] = None

    def hand(self, span: range) -> None:
        """Hand the worker a run of items (it is idle, reading: the few bytes never wait)."""
        self.span = span
        os.write(self.work, _SPAN.pack(span.start, span.stop))

    def finish(self) -> None:
        """Tell the worker that no more work comes (it exits) and reap it."""
        os.close(self.work)
        os.close(self.results)
        os.waitpid(self.pid, 0)

    def stop(self) -> None:
        """Kill the worker, whose work is not wanted, and reap it."""
        os.close(self.work)
        os.close(self.results)
        end(self.pid)


def map_on_cores(task: Callable[[T], R], items: Iterable[T], jobs: Optional[int] = None,
                 setup: Optional[Callable[..., None]] = None, setup_args: tuple[Any, ...] = ()) -> Generator[R, None, None]:
    """Yield ``task(item)`` for every item, in order, from ``jobs`` worker processes (default: one per core).

    Each worker calls ``setup(*setup_args)`` once before its first task; an error there is
    raised here, once.  Results are yielded as they come, so they need not all be held at
    once.  Where processes cannot be forked (Windows), everything is done here.
    """
    items = list(items)
    jobs = jobs_for(len(items), jobs)
    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        if setup is not None:
            setup(*setup_args)
        yield from map(task, items)
        return
    size = max(1, len(items) // (jobs * RUNS_PER_WORKER))
    runs = iter([range(start, min(start + size, len(items))) for start in range(0, len(items), size)])
    workers: list[_Worker] = []
    try:
        with ctrl_c_held():  # workers fork with Ctrl-C held back; they ignore it from their start
            for _ in range(jobs):
                workers.append(_start(task, items, setup, setup_args, workers))
        busy = {}
        for worker in workers:
            run = next(runs, None)
            if run is not None:
                worker.hand(run)
                busy[worker.results] = worker
        done: dict[int, R] = {}
        for index in range(len(items)):
            while index not in done:
                ready, _, _ = select.select(list(busy), [], [])
                for fd in ready:
                    worker = busy.pop(fd)
                    assert worker.span is not None
                    done.update(zip(worker.span, _receive(worker)))
                    run = next(runs, None)
                    if run is not None:
                        worker.hand(run)
                        busy[fd] = worker
            yield done.pop(index)
        while workers:
            workers.pop().finish()
    finally:
        while workers:  # an error, Ctrl-C, or the consumer stopped: nothing the workers still do is wanted
            workers.pop().stop()


def _start(task: Callable[[T], R], items: Sequence[T], setup: Optional[Callable[..., None]],
           setup_args: tuple[Any, ...], started: list[_Worker]) -> _Worker:
    """Fork a worker (under `ctrl_c_held`) and return it; ``started``: the workers forked before, whose pipes it closes."""
    work_read, work_write = os.pipe()
    results_read, results_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the worker (coverage cannot follow it); it never returns
        code = 1
        try:
            ignore_ctrl_c()
            for fd in [work_write, results_read] + [fd for w in started for fd in (w.work, w.results)]:
                os.close(fd)  # the parent's ends: a worker must see its own pipe close when the parent goes
            code = _serve(task, items, setup, setup_args, work_read, results_write)
        finally:
            os._exit(code)  # never the parent's clean-up (atexit, buffered output) in a worker
    os.close(work_read)
    os.close(results_write)
    return _Worker(pid, work_write, results_read)


def _serve(task: Callable[[T], R], items: Sequence[T], setup: Optional[Callable[..., None]],
           setup_args: tuple[Any, ...], work: int, results: int) -> int:  # pragma: no cover - in a worker
    """Set the worker up, then do each run of items it is handed until its pipe closes; return its exit code."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    failed: Optional[BaseException] = None
    if setup is not None:
        try:
            setup(*setup_args)
        except BaseException as error:  # noqa: BLE001 - raised in the parent, with the first run
            failed = error
    collect_less()
    gc.freeze()  # what the worker holds for the whole run (modules, templates, writers) is never scanned again
    with os.fdopen(work, "rb", buffering=0) as runs, os.fdopen(results, "wb", buffering=0) as out:
        while True:
            span = runs.read(_SPAN.size)
            if len(span) < _SPAN.size:  # the parent is done, or gone
                return 0
            start, stop = _SPAN.unpack(span)
            try:
                if failed is not None:
                    raise failed
                outcome: tuple[Any, ...] = ("ok", [task(items[i]) for i in range(start, stop)])
            except BaseException as error:  # noqa: BLE001 - every error is the parent's to raise
                outcome = failure(error)
            data = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
            out.write(_SIZE.pack(len(data)) + data)


def _receive(worker: _Worker) -> list[Any]:
    """Return the results of the run a worker was handed, or raise the error it met (or a bug: it died silently)."""
    head = _read(worker.results, _SIZE.size)
    outcome = pickle.loads(_read(worker.results, _SIZE.unpack(head)[0]))
    if outcome[0] != "ok":
        raise_failure(outcome)
    return list(outcome[1])


def _read(fd: int, size: int) -> bytes:
    """Return exactly ``size`` bytes from a worker's pipe."""
    parts: list[bytes] = []
    while size:
        part = os.read(fd, min(size, 1 << 20))
        if not part:
            raise RuntimeError("a worker process ended without its results")
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _die_with_parent() -> None:  # pragma: no cover - in a worker
    """On Linux, ask the kernel to kill this worker the moment its parent dies."""
    if sys.platform.startswith("linux"):
        import ctypes  # only in workers, only on Linux

        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # no prctl: the worker ends at its pipe
            pass

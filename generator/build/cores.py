"""Work spread over every core: a pool of worker processes that never outlives its run.

The mechanics only: `map_on_cores` runs a task for every item on a pool, each worker
set up once, and yields the results in order.  No worker outlives the run: an error,
Ctrl-C or a consumer that stops early terminates them at once, and a worker whose
parent dies (killed, even with SIGKILL) exits by itself within a fraction of a second.
What the workers are set up for is the caller's (`generator.build.batch` prepares
them to build packs; `generator.build.inputs` reads questionnaires).
"""

from __future__ import annotations

import functools
import gc
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from typing import Any, Callable, Generator, Iterable, Iterator, Optional, TypeVar

T = TypeVar("T")
R = TypeVar("R")
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_failed: Optional[BaseException] = None  # in a worker: what setting it up raised; its first task raises it
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


def map_on_cores(task: Callable[[T], R], items: Iterable[T], jobs: Optional[int] = None,
                 setup: Optional[Callable[..., None]] = None, setup_args: tuple[Any, ...] = ()) -> Generator[R, None, None]:
    """Yield ``task(item)`` for every item, in order, from a pool of ``jobs`` worker processes (default: one per core).

    Each worker calls ``setup(*setup_args)`` once before its first task.  Results are
    yielded as they come, so they need not all be held at once.
    """
    items = list(items)
    jobs = jobs_for(len(items), jobs)
    import multiprocessing  # imported only when a pool is made: it costs a few ms

    with ctrl_c_held():  # workers fork with Ctrl-C held back; they ignore it from their start
        pool = multiprocessing.Pool(jobs, initializer=_start_worker, initargs=(os.getpid(), setup, setup_args))
    finished = False
    try:
        yield from pool.imap(functools.partial(_checked, task), items, chunksize=max(1, len(items) // (jobs * 8)))
        finished = True
    finally:
        if finished:
            pool.close()
            pool.join()
        else:  # an error, Ctrl-C, or the consumer stopped: nothing the workers still do is wanted
            stop_pool(pool)


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


STOP_WAIT = 10.0  # seconds a pool stopped early is given to end before its workers are killed


def stop_pool(pool: Any, wait: float = STOP_WAIT) -> None:
    """Terminate a pool stopped early and wait for it, but not for ever.

    ``Pool.terminate`` can deadlock (seen once, in a full test run on a loaded machine: the pool's threads waiting
    on a lock its killed workers held), so it runs in a thread of its own; after ``wait`` seconds every worker
    still alive is killed and the pool's threads, daemons, are left to end with the process.
    """
    stopper = threading.Thread(target=_terminate_and_join, args=(pool,), name="pmdocs-pool-stop", daemon=True)
    stopper.start()
    stopper.join(wait)
    if stopper.is_alive():
        for process in list(getattr(pool, "_pool", ())):  # the workers, as Pool keeps them: none of their work is wanted
            if process.is_alive():
                process.kill()


def _terminate_and_join(pool: Any) -> None:
    pool.terminate()
    pool.join()


def _start_worker(parent: int, setup: Optional[Callable[..., None]], setup_args: tuple[Any, ...]) -> None:
    """Set up a pool worker: Ctrl-C is the parent's to handle, the worker ends with its parent, then ``setup``."""
    global _failed
    ignore_ctrl_c()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # Pool.terminate() ends a worker with SIGTERM, whatever the parent set
    _die_with_parent()
    threading.Thread(target=_exit_with_parent, args=(parent, os.getppid()), name="pmdocs-parent-watch",
                     daemon=True).start()
    if setup is not None:
        try:
            setup(*setup_args)
        except Exception as error:  # noqa: BLE001 - kept for the first task: a raising initializer makes Pool respawn forever
            _failed = error
    collect_less()
    gc.freeze()  # what the worker holds for the whole run (modules, templates, writers) is never scanned again


def _checked(task: Callable[[T], R], item: T) -> R:
    """Return ``task(item)`` in a pool worker, raising instead the error that setting the worker up met, if any."""
    if _failed is not None:
        raise _failed
    return task(item)


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill this worker the moment its parent dies (before it writes to a dead pipe)."""
    if sys.platform.startswith("linux"):
        import ctypes  # only in workers, only on Linux

        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # no prctl: the watching thread still ends the worker
            pass


def _exit_with_parent(parent: int, first_parent: int, interval: float = 0.2) -> None:
    """End this worker process as soon as the process that started the pool is gone."""
    while True:
        time.sleep(interval)
        if os.getppid() != first_parent or not _alive(parent):
            os._exit(1)


def _alive(pid: int) -> bool:
    """Return True while the process ``pid`` exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

"""Building many projects on every core: a pool of worker processes, each prepared once, that never outlives its run.

Parallelism lives here and nowhere else.  Each project is one task for a pool of
worker processes (each worker compiles the templates and makes each format's
writer once); results come back in the order given.  A single item is done in this
process, without a pool.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Generator, Iterable, Optional, Sequence, TypeVar

import jinja2

from generator.build.rendering import Rendering, render_once
from generator.output.files import OutputFile
from generator.questionnaire.model import Questionnaire
from generator.record import Record
from generator.render.templates import environment
from generator.writers import DEFAULT_FORMATS, Writer, WriterOptions, open_writers

T = TypeVar("T")
R = TypeVar("R")
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class _Worker(Record, frozen=False):
    """What a worker of `run_on_cores` prepared once for all its tasks."""

    templates: Optional[Path] = None
    guidance: bool = True  # the documents hold guidance (pmdocs generate --no-guidance: none)
    env: Optional[jinja2.Environment] = None
    writers: tuple[Writer, ...] = ()  # one per format, each made ready once (Word: its styles base)
    failed: Optional[BaseException] = None  # preparing failed: the first task raises it


_worker = _Worker()


def default_jobs() -> int:
    """Return how many processes to use: one per available core."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init(templates: Optional[Path], reference: Optional[Path], formats: tuple[str, ...],
          writers: Optional[Sequence[Writer]] = None, guidance: bool = True) -> None:
    """Prepare a worker: templates compiled and each format's writer made once (``writers``: made already, here)."""
    global _worker
    if writers is None:
        writers = open_writers(formats, WriterOptions(reference=reference))
    _worker = _Worker(templates, guidance, environment(templates), tuple(writers))


def rendering_in_worker(q: Questionnaire) -> Rendering:
    """Return one project's view model and rendered documents, in a worker of `run_on_cores`."""
    return render_once(q, _worker.templates, _worker.env, _worker.guidance)


def pack_in_worker(q: Questionnaire, rendering: Optional[Rendering] = None) -> list[OutputFile]:
    """Return one project's pack, in a worker of `run_on_cores` (from its ``rendering`` when already made)."""
    return (rendering or rendering_in_worker(q)).pack(_worker.writers)


def worker_environment() -> jinja2.Environment:
    """Return the template environment of a worker of `run_on_cores`."""
    assert _worker.env is not None, "not in a prepared worker"
    return _worker.env


def run_on_cores(task: Callable[[T], R], items: Iterable[T], templates: Optional[Path] = None,
                 reference: Optional[Path] = None, formats: tuple[str, ...] = DEFAULT_FORMATS,
                 jobs: Optional[int] = None, writers: Optional[Sequence[Writer]] = None,
                 guidance: bool = True) -> Generator[R, None, None]:
    """Yield ``task(item)`` for every item, in order, from one worker process per core (in this one for a single item).

    Each worker is prepared once to build packs (with guidance or without): a task may call `pack_in_worker`,
    `rendering_in_worker` and `worker_environment`.  ``writers`` are the formats'
    writers already made in this process, used when the items are done here.  Results are yielded
    as they come, so they need not all be held at once.  No worker outlives the run:
    an error, Ctrl-C or a consumer that stops early terminates them at once, and a
    worker whose parent dies (killed, even with SIGKILL) exits by itself within a
    fraction of a second.
    """
    items = list(items)
    jobs = min(jobs or default_jobs(), len(items)) or 1
    if jobs == 1:
        _init(templates, reference, formats, writers, guidance)
        yield from map(task, items)
        return
    import multiprocessing  # imported only for several items: it costs a few ms

    pool = multiprocessing.Pool(jobs, initializer=_init_worker, initargs=(os.getpid(), templates, reference, formats, guidance))
    finished = False
    try:
        yield from pool.imap(functools.partial(_prepared, task), items, chunksize=max(1, len(items) // (jobs * 8)))
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # an error, Ctrl-C, or the consumer stopped: nothing the workers still do is wanted
            pool.terminate()
        pool.join()


def _init_worker(parent: int, templates: Optional[Path], reference: Optional[Path], formats: tuple[str, ...],
                 guidance: bool = True) -> None:
    """Prepare a pool worker: Ctrl-C is the parent's to handle, the worker ends with its parent, then `_init`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # Pool.terminate() ends a worker with SIGTERM, whatever the parent set
    _die_with_parent()
    threading.Thread(target=_exit_with_parent, args=(parent, os.getppid()), name="pmdocs-parent-watch",
                     daemon=True).start()
    try:
        _init(templates, reference, formats, guidance=guidance)
    except Exception as error:  # noqa: BLE001 - kept for the first task: a raising initializer makes Pool respawn forever
        _worker.failed = error


def _prepared(task: Callable[[T], R], item: T) -> R:
    """Return ``task(item)`` in a pool worker, raising instead the error that preparing the worker met, if any."""
    if _worker.failed is not None:
        raise _worker.failed
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

"""Building many projects on every core: workers each prepared once to build packs (see `generator.build.pool`).

Each project is one task for a pool of worker processes (each worker compiles the
templates and makes each format's writer once); results come back in the order
given.  A single item is done in this process, without a pool.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Generator, Iterable, Optional, Sequence, TypeVar

import jinja2

from generator.build.cores import default_jobs, jobs_for
from generator.build.pool import map_on_cores
from generator.build.early import EarlyCopies
from generator.build.rendering import Rendering, render_once
from generator.output.files import OutputFile
from generator.questionnaire.model import Questionnaire
from generator.record import Record
from generator.render.templates import environment
from generator.writers import DEFAULT_FORMATS, Writer, WriterOptions, open_writers

T = TypeVar("T")
R = TypeVar("R")


class _Worker(Record, frozen=False):
    """What a worker of `run_on_cores` prepared once for all its tasks."""

    templates: Optional[Path] = None
    guidance: bool = True  # the documents hold guidance (pmdocs generate --no-guidance: none)
    emails: bool = True  # the documents show e-mail addresses (a site published with show_emails: false: none)
    env: Optional[jinja2.Environment] = None
    writers: tuple[Writer, ...] = ()  # one per format, each made ready once (Word: its styles base)
    cores: int = 1  # the cores one pack may share its documents among: all of them for a project built alone
    early: Optional[EarlyCopies] = None  # copies forked early with the writers ready, for a project built alone


_worker = _Worker()


def _init(templates: Optional[Path], reference: Optional[Path], formats: tuple[str, ...],
          writers: Optional[Sequence[Writer]] = None, guidance: bool = True, cores: int = 1, emails: bool = True,
          early: Optional[EarlyCopies] = None) -> None:
    """Prepare a worker: templates compiled and each format's writer made once (``writers``: made already, here;
    ``cores``: how many a pack's documents may be shared among; ``early``: copies that made their own writers)."""
    global _worker
    if writers is None:
        writers = [] if early else open_writers(formats, WriterOptions(reference=reference))
    _worker = _Worker(templates, guidance, emails, environment(templates), tuple(writers), cores, early)


def rendering_in_worker(q: Questionnaire) -> Rendering:
    """Return one project's view model and rendered documents, in a worker of `run_on_cores`."""
    return render_once(q, _worker.templates, _worker.env, _worker.guidance, _worker.emails)


def pack_in_worker(q: Questionnaire, rendering: Optional[Rendering] = None) -> list[OutputFile]:
    """Return one project's pack, in a worker of `run_on_cores` (from its ``rendering`` when already made)."""
    early, _worker.early = _worker.early, None  # early copies serve one pack
    return (rendering or rendering_in_worker(q)).pack(_worker.writers, _worker.cores, early)


def worker_environment() -> jinja2.Environment:
    """Return the template environment of a worker of `run_on_cores`."""
    assert _worker.env is not None, "not in a prepared worker"
    return _worker.env


def run_on_cores(task: Callable[[T], R], items: Iterable[T], templates: Optional[Path] = None,
                 reference: Optional[Path] = None, formats: tuple[str, ...] = DEFAULT_FORMATS,
                 jobs: Optional[int] = None, writers: Optional[Sequence[Writer]] = None,
                 guidance: bool = True, emails: bool = True,
                 early: Optional[EarlyCopies] = None) -> Generator[R, None, None]:
    """Yield ``task(item)`` for every item, in order, from one worker process per core (in this one for a single item).

    Each worker is prepared once to build packs (with guidance or without): a task may call `pack_in_worker`,
    `rendering_in_worker` and `worker_environment`.  ``writers`` are the formats'
    writers already made in this process, used when the items are done here (a single item's documents
    shared among the cores; ``early``: copies forked early that made their writers ready, which a single
    item's documents are shared among instead).  Results are yielded
    as they come, so they need not all be held at once.  No worker outlives the run:
    an error, Ctrl-C or a consumer that stops early terminates them at once, and a
    worker whose parent dies (killed, even with SIGKILL) exits by itself within a
    fraction of a second.
    """
    items = list(items)
    if jobs_for(len(items), jobs) == 1:  # a single project (or -j 1): done here, its documents on every core asked
        _init(templates, reference, formats, writers, guidance, (jobs or default_jobs()) if len(items) == 1 else 1, emails,
              early if len(items) == 1 else None)
        yield from map(task, items)
        return
    yield from map_on_cores(task, items, jobs, _init, (templates, reference, formats, None, guidance, 1, emails))

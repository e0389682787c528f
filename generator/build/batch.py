"""Building many packs: in parallel on every core, and only when their inputs changed.

Parallelism and reuse live here and nowhere else.  Each project is one task for a
pool of worker processes (each worker compiles the templates and prepares the
Word base once); results come back in the order given.  A project's *fingerprint*
covers everything its pack depends on (the questionnaire, pmdocs's version,
templates and data, the reference document and the formats), so an unchanged
project can be skipped safely.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import signal
import sys
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, TypeVar

from generator import __version__
from generator.questionnaire.model import Questionnaire
from generator.output.files import OutputFile
from generator.resources import DATA

if TYPE_CHECKING:
    import jinja2

    from generator.questionnaire.read import Result

_worker: dict[str, object] = {}
T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """Return how many processes to use: one per available core."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@lru_cache(maxsize=8)
def _tree_digest(folder: Optional[str]) -> str:
    """Return a digest of every file under a folder (templates, data), for fingerprints."""
    if folder is None:
        return ""
    digest = hashlib.sha256()
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def fingerprint(q: Questionnaire, templates: Optional[Path], reference: Optional[Path], formats: tuple[str, ...]) -> str:
    """Return a digest of everything a project's pack depends on."""
    from generator.resources import builtin_templates_dir

    digest = hashlib.sha256()
    digest.update(pickle.dumps(q, protocol=4))
    for part in (__version__, ",".join(formats), _tree_digest(str(builtin_templates_dir())),
                 _tree_digest(str(DATA)), _tree_digest(str(templates) if templates else None),
                 hashlib.sha256(reference.read_bytes()).hexdigest() if reference else ""):
        digest.update(part.encode())
    return digest.hexdigest()


def _init(templates: Optional[Path], reference: Optional[Path], formats: tuple[str, ...]) -> None:
    """Prepare a worker: templates compiled and the Word base made once."""
    from generator.writers.docx.base import prepare
    from generator.render.templates import environment

    _worker.update(templates=templates, formats=formats, env=environment(templates),
                   base=prepare(reference) if "docx" in formats else None)


def pack_in_worker(q: Questionnaire) -> list[OutputFile]:
    """Return one project's pack, in a worker of `run_on_cores`."""
    from generator.build.pack import build_pack

    return build_pack(q, _worker["templates"], _worker["formats"], _worker["env"], _worker["base"])  # type: ignore[arg-type]


def worker_environment() -> jinja2.Environment:
    """Return the template environment of a worker of `run_on_cores`."""
    return _worker["env"]  # type: ignore[return-value]


def run_on_cores(task: Callable[[T], R], items: Iterable[T], templates: Optional[Path] = None,
                 reference: Optional[Path] = None, formats: tuple[str, ...] = ("md", "docx"),
                 jobs: Optional[int] = None) -> Iterator[R]:
    """Yield ``task(item)`` for every item, in order, from one worker process per core (in this one for a single item).

    Each worker is prepared once to build packs: a task may call `pack_in_worker`
    and `worker_environment`.  Results are yielded as they come, so they need not
    all be held at once.  No worker outlives the run: an error, Ctrl-C or a consumer
    that stops early terminates them at once, and a worker whose parent dies (killed,
    even with SIGKILL) exits by itself within a fraction of a second.
    """
    items = list(items)
    jobs = min(jobs or default_jobs(), len(items)) or 1
    if jobs == 1:
        _init(templates, reference, formats)
        yield from map(task, items)
        return
    import multiprocessing  # imported only for several items: it costs a few ms

    pool = multiprocessing.Pool(jobs, initializer=_init_worker, initargs=(os.getpid(), templates, reference, formats))
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


def _init_worker(parent: int, templates: Optional[Path], reference: Optional[Path], formats: tuple[str, ...]) -> None:
    """Prepare a pool worker: Ctrl-C is the parent's to handle, the worker ends with its parent, then `_init`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # Pool.terminate() ends a worker with SIGTERM, whatever the parent set
    _die_with_parent()
    threading.Thread(target=_exit_with_parent, args=(parent, os.getppid()), name="pmdocs-parent-watch",
                     daemon=True).start()
    try:
        _init(templates, reference, formats)
    except Exception as error:  # noqa: BLE001 - kept for the first task: a raising initializer makes Pool respawn forever
        _worker["failed"] = error


def _prepared(task: Callable[[T], R], item: T) -> R:
    """Return ``task(item)`` in a pool worker, raising instead the error that preparing the worker met, if any."""
    failed = _worker.get("failed")
    if isinstance(failed, BaseException):
        raise failed
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


def build_packs(questionnaires: Iterable[Questionnaire], templates: Optional[Path] = None,
                reference: Optional[Path] = None, formats: tuple[str, ...] = ("md", "docx"),
                jobs: Optional[int] = None) -> list[list[OutputFile]]:
    """Return the packs of many projects, in order, built on every core when there are several."""
    return list(run_on_cores(pack_in_worker, questionnaires, templates, reference, formats, jobs))


def input_cache(output: Path) -> Path:
    """Return where `read_questionnaires` keeps what it read for an output folder (in the user's cache folder)."""
    from generator.output.fsutil import cache_root

    key = hashlib.sha256(str(Path(output).resolve()).encode()).hexdigest()[:24]
    return cache_root() / "inputs" / f"{key}.pickle"


def read_questionnaires(paths: list[Path], max_size: int, cache: Optional[Path] = None,
                        display: Callable[[Path], str] = str) -> list[Result]:
    """Return every file's validated result, in order; a file whose bytes were read before is not read again.

    The cache keys each result by pmdocs's version, its data, the size limit, the
    file's name and its exact bytes, so any change means a fresh read.  A missing,
    unreadable or foreign cache is simply rebuilt; it never fails a run.
    """
    from generator.questionnaire.read import read_questionnaire

    kept: dict[str, Result] = {}
    if cache is not None:
        try:
            with open(cache, "rb") as handle:
                stored = pickle.load(handle)
            if isinstance(stored, dict) and stored.get("format") == _CACHE_FORMAT:
                kept = stored["results"]
        except Exception:  # noqa: BLE001 - a damaged or foreign cache is rebuilt, never trusted
            kept = {}
    salt = "\0".join((__version__, _tree_digest(str(DATA)), str(max_size)))
    results, fresh = [], {}
    for path in paths:
        name = display(path)
        try:
            data = path.read_bytes() if path.stat().st_size <= max_size else None
        except OSError:
            data = None
        key = hashlib.sha256(f"{salt}\0{name}\0".encode() + data).hexdigest() if data is not None else None
        result = kept.get(key) if key else None
        if result is None:
            result = read_questionnaire(path, max_size, name)
        if key:
            fresh[key] = result
        results.append(result)
    if cache is not None and fresh.keys() != kept.keys():
        try:
            from generator.output.fsutil import write_atomic

            write_atomic(cache, pickle.dumps({"format": _CACHE_FORMAT, "results": fresh}, protocol=pickle.HIGHEST_PROTOCOL))
            _forget_old(cache.parent)
        except OSError:
            pass
    return results


def _forget_old(folder: Path, days: int = 30) -> None:
    """Remove cached inputs of output folders not generated for ``days`` days (the cache stays small)."""
    for stale in folder.glob("*.pickle"):
        try:
            if time.time() - stale.stat().st_mtime > days * 86400:
                stale.unlink()
        except OSError:
            pass


_CACHE_FORMAT = 1
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>

"""Forked copies of this process for one project built alone: its documents shared among the cores.

A pool of workers (`generator.build.cores`) pays off for many projects; one project
built alone has nine or so documents and its time goes mostly to start-up imports.
`share_on_cores` forks copies of this process once the work is ready (a few ms, no
pool, no pickling of the work itself) and gives each a share of it.  A copy sends
back its results, or the error it met with its traceback as the cause, through a
pipe.  No copy outlives the work: one not wanted is killed, and one whose parent
died ends at its write to the pipe.
"""

from __future__ import annotations

import functools
import os
import pickle
import signal
import threading
from typing import Any, Callable, NoReturn, Optional, Sequence, TypeVar

from generator.build.cores import collect_less, ctrl_c_held, ignore_ctrl_c, jobs_for

T = TypeVar("T")
R = TypeVar("R")


class CopyTraceback(Exception):
    """The traceback of an error met in a forked copy of this process, as text (the cause of the error raised here)."""


def can_fork() -> bool:
    """Return True when copies may be forked: `os.fork` exists and no other thread runs (forking one is unsafe)."""
    return hasattr(os, "fork") and threading.active_count() == 1


def share_on_cores(task: Callable[[T], R], items: Sequence[T], jobs: Optional[int] = None,
                   weight: Callable[[T], int] = lambda item: 1) -> list[R]:
    """Return ``[task(item) for item in items]``, the items shared between this process and forked copies of it.

    Each other core gets a copy of this process with its share of the items, balanced
    by ``weight``; this process does the first share.  Done here alone with one core,
    one item, or when copies cannot be forked (`can_fork`).
    """
    jobs = jobs_for(len(items), jobs)
    if jobs == 1 or not can_fork():
        return [task(item) for item in items]
    shares = shares_of([weight(item) for item in items], jobs)
    copies: list[tuple[int, int, list[int]]] = []
    results: dict[int, R] = {}
    try:
        for share in shares[1:]:
            pid, read = fork(functools.partial(_each, task, [items[i] for i in share]))
            copies.append((pid, read, share))
        results.update((i, task(items[i])) for i in shares[0])
        while copies:
            pid, read, share = copies.pop(0)
            results.update(zip(share, receive(pid, read)))
    finally:
        for pid, read, _ in copies:  # an error or Ctrl-C here: the copies' work is not wanted
            os.close(read)
            end(pid)
    return [results[i] for i in range(len(items))]


def _each(task: Callable[[T], R], items: list[T]) -> list[R]:
    return [task(item) for item in items]


def shares_of(weights: list[int], jobs: int) -> list[list[int]]:
    """Return the items' indexes in ``jobs`` shares of about equal weight (heaviest first, each to the lightest share)."""
    shares: list[list[int]] = [[] for _ in range(jobs)]
    loads = [0] * jobs
    for index in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        lightest = loads.index(min(loads))
        shares[lightest].append(index)
        loads[lightest] += weights[index]
    return [sorted(share) for share in shares]


def fork(work: Callable[[], Any]) -> tuple[int, int]:
    """Return the pid of a forked copy doing ``work``, and the pipe its outcome comes through.

    The copy ignores Ctrl-C (`ctrl_c_held`): Ctrl-C is this process's to handle.
    """
    read, write = os.pipe()
    pid = 0
    try:
        with ctrl_c_held():
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the copy (coverage cannot follow it); it never returns
                ignore_ctrl_c()
                os.close(read)
                _run_in_copy(work, write)
    except BaseException:  # Ctrl-C, delivered as the hold ends: the copy's work is not wanted
        if pid > 0:
            end(pid)
        os.close(read)
        os.close(write)
        raise
    os.close(write)
    return pid, read


def _run_in_copy(work: Callable[[], Any], write: int) -> None:  # pragma: no cover - in the copy
    """Do a copy's work and send the outcome to the parent: ("ok", results) or ("error", error, traceback)."""
    code = 0
    try:  # no death signal asked for (ctypes costs ms): a copy whose parent died ends at its pipe
        collect_less()
        try:
            outcome: tuple[Any, ...] = ("ok", work())
        except BaseException as error:  # noqa: BLE001 - every error is the parent's to raise
            outcome = failure(error)
        with os.fdopen(write, "wb") as pipe:
            pickle.dump(outcome, pipe, pickle.HIGHEST_PROTOCOL)
    except BaseException:  # noqa: BLE001 - the parent sees the missing outcome
        code = 1
    finally:
        os._exit(code)  # never the parent's clean-up (atexit, buffered output) in a copy


def receive(pid: int, read: int) -> list[Any]:
    """Return what a copy sent once it is done, or raise the error it met (or a bug: it died without a word)."""
    try:
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
    except BaseException:
        end(pid)
        raise
    os.waitpid(pid, 0)  # it sent all it had: it is ending
    if not data:
        raise RuntimeError("a process sharing the work ended without its results")
    outcome = pickle.loads(data)
    if outcome[0] != "ok":
        raise_failure(outcome)
    return list(outcome[1])


def failure(error: BaseException) -> tuple[str, BaseException, str]:
    """Return an error met in another process as it travels back: ("error", the error, its traceback as text).

    An error that cannot be pickled travels as a RuntimeError naming it.
    """
    import traceback

    text = "".join(traceback.format_exception(error))
    try:
        pickle.dumps(error)
    except Exception:  # noqa: BLE001 - an error that cannot travel is sent as its text
        error = RuntimeError(f"{type(error).__name__}: {error}")
    return "error", error, text


def raise_failure(outcome: tuple[Any, ...]) -> NoReturn:
    """Raise the error a `failure` outcome carries, with the other process's traceback as its cause."""
    error: BaseException = outcome[1]
    raise error from CopyTraceback(outcome[2])


def end(pid: int) -> None:
    """Stop a forked copy whose work is not wanted, and reap it."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:  # pragma: no cover - gone already
        pass
    os.waitpid(pid, 0)

"""Copies forked early, for one project built alone: they make the writers ready while this process reads and renders.

One project's `pmdocs generate` spends most of its time importing: Jinja, YAML and the
view model in this process, then markdown-it and python-docx for the Word files.
`EarlyCopies` forks its copies before the questionnaire is even read; each imports and
makes ready the chosen formats' writers (``prepare``) on another core while this
process reads, checks and renders, then waits for its share of the documents.  The
work is handed over as data (pickled: a module-level function and its items), since
the copies were forked before it existed; results come back as in
`generator.build.copies`.  No copy outlives the run: `close` kills one whose work was
not wanted, and one whose parent died ends as its pipe closes.
"""

from __future__ import annotations

import functools
import os
import pickle
from pathlib import Path
from types import TracebackType
from typing import Any, Callable, Optional, Sequence, TypeVar

from generator.build.copies import can_fork, end, fork, receive, shares_of
from generator.build.cores import default_jobs
from generator.writers import WriterOptions, get
from generator.build.ready import make_ready

T = TypeVar("T")
R = TypeVar("R")


class _Copy:
    """One early copy: its pid, the pipe its work goes through (-1 once sent) and the pipe its outcome comes from."""

    __slots__ = ("pid", "work", "outcome")

    def __init__(self, pid: int, work: int, outcome: int) -> None:
        self.pid, self.work, self.outcome = pid, work, outcome

    def send(self, task: Callable[[T], R], items: list[T]) -> None:
        """Hand the copy its work, and close the pipe: nothing more comes."""
        work, self.work = self.work, -1
        try:
            with os.fdopen(work, "wb") as pipe:
                pickle.dump((task, items), pipe, pickle.HIGHEST_PROTOCOL)
        except BrokenPipeError:  # the copy failed to prepare: `receive` raises what it met
            pass

    def stop(self) -> None:
        """Stop the copy (its work is not wanted) and reap it."""
        for fd in (self.work, self.outcome):
            if fd >= 0:
                os.close(fd)
        end(self.pid)


class EarlyCopies:
    """``count`` copies of this process forked now, each running ``prepare`` and then waiting for work (`share`)."""

    def __init__(self, count: int, prepare: Callable[[], object]) -> None:
        self._copies: list[_Copy] = []
        try:
            for _ in range(count):
                inbound, work = os.pipe()
                theirs = [fd for c in self._copies for fd in (c.work, c.outcome)] + [work]
                pid, outcome = fork(_Waiting(prepare, inbound, theirs))
                os.close(inbound)
                self._copies.append(_Copy(pid, work, outcome))
        except BaseException:
            self.close()
            raise

    def __len__(self) -> int:
        return len(self._copies)

    def share(self, task: Callable[[T], R], items: Sequence[T], weight: Callable[[T], int] = lambda item: 1) -> list[R]:
        """Return ``[task(item) for item in items]``, the items shared among the copies (by ``weight``).

        ``task`` and the items travel pickled: ``task`` must be a module-level function
        (or a `functools.partial` of one).  Each copy takes one share and then ends, so
        the copies serve one call.
        """
        assert self._copies, "early copies serve one call"
        waiting, self._copies = self._copies, []
        shares = shares_of([weight(item) for item in items], len(waiting))
        results: dict[int, R] = {}
        try:
            for copy, share in zip(waiting, shares):
                copy.send(task, [items[i] for i in share])
            for share in shares:
                copy = waiting.pop(0)
                results.update(zip(share, receive(copy.pid, copy.outcome)))  # `receive` closes, reaps or stops it
        except BaseException:  # an error or Ctrl-C: the other copies' work is not wanted
            for copy in waiting:
                copy.stop()
            raise
        return [results[i] for i in range(len(items))]

    def close(self) -> None:
        """Stop every copy not yet handed its work (its work is not wanted)."""
        copies, self._copies = self._copies, []
        for copy in copies:
            copy.stop()

    def __enter__(self) -> EarlyCopies:
        return self

    def __exit__(self, kind: Optional[type[BaseException]], error: Optional[BaseException],
                 trace: Optional[TracebackType]) -> None:
        self.close()


class _Waiting:
    """A copy's work: close the pipes that are not its own, prepare, then do the share it is sent."""

    def __init__(self, prepare: Callable[[], object], inbound: int, others: list[int]) -> None:
        self.prepare, self.inbound, self.others = prepare, inbound, others

    def __call__(self) -> list[Any]:  # pragma: no cover - in the copy
        for fd in self.others:  # the parent's ends of every copy's work pipe: a copy must see its own pipe close
            os.close(fd)
        self.prepare()
        with os.fdopen(self.inbound, "rb") as pipe:
            task, items = pickle.load(pipe)
        return [task(item) for item in items]


def early_copies(projects: int, formats: Sequence[str], reference: Optional[Path] = None,
                 jobs: Optional[int] = None) -> EarlyCopies:
    """Return copies forked now that make the formats' writers ready, one per core, when they pay off: one project
    (many use a pool of workers), a format whose writing takes real work (Word), several cores, and a process that
    can fork; otherwise none (an empty `EarlyCopies`, false)."""
    cores = jobs or default_jobs()
    worth = projects == 1 and cores > 1 and not all(get(name).light for name in formats) and can_fork()
    return EarlyCopies(cores if worth else 0, functools.partial(make_ready, tuple(formats), WriterOptions(reference)))

"""A helper process that puts part of the pages in the theme while MkDocs does the rest: the theme's page loop on two cores.

MkDocs puts every page in the theme one after the other, in one process: at 1,000
projects that is the last minute of a build, with the other core idle.  Once
every page is converted (MkDocs's ``on_env``), a helper forked from the build
takes a share of the pages converted ahead and writes them as MkDocs would
(`generator.site.mkdocs_internals.build_page`, with the same navigation, theme and
plugins, so the same bytes); MkDocs still goes through those pages itself, for the
search index, the sitemap and the links, with a template that prints a mark to
nowhere (as for a page kept from the previous build).  The build waits for the
helper before the site is swapped in; the helper's messages are said then, and a
failure in it fails the build with its traceback.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import signal
import sys
import threading
import traceback
from typing import Any, Callable, Sequence, TypeVar

from generator.record import Record
from generator.site.mkdocs_internals import capture_logs

T = TypeVar("T")

HELPER_SHARE = 0.7  # the share of the pages converted ahead the helper takes (the build's own loop also indexes)
MIN_PAGES = 400  # fewer pages than this: a helper saves less than it costs to start
MIN_PAGES_VARIABLE = "PMDOCS_PAGE_HELPER_MIN"  # sets MIN_PAGES for one run (0: always a helper; tests compare sites)


class Helper(Record, frozen=False):
    """A running helper: its process and the pipe it answers on."""

    pid: int
    answer: int  # the read end of its pipe
    pages: int  # how many pages it writes


def can_fork() -> bool:
    """Return True where a helper can be forked safely: POSIX but not macOS, and no other thread running (a lock
    another thread held at the fork would stay held in the helper)."""
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1


def min_pages() -> int:
    """Return the fewest pages converted ahead for which a helper is started (`MIN_PAGES` unless the environment
    sets `MIN_PAGES_VARIABLE` to a whole number)."""
    value = os.environ.get(MIN_PAGES_VARIABLE, "")
    return int(value) if value.strip().isdigit() else MIN_PAGES


def share(items: Sequence[T], fraction: float = HELPER_SHARE) -> list[T]:
    """Return an evenly spread ``fraction`` of ``items``, in order (every other one at a half)."""
    return [item for i, item in enumerate(items) if int((i + 1) * fraction) > int(i * fraction)]


def start(work: Callable[[], None], pages: int, log_level: int) -> Helper:
    """Fork a helper that runs ``work`` (writing ``pages`` pages) and answers with MkDocs's messages or its failure."""
    read, write = os.pipe()
    gc.freeze()  # until the helper is done, neither process's collections touch the build's objects: they stay shared
    pid = os.fork()
    if pid == 0:  # the helper
        os.close(read)
        _serve(work, write, log_level)
    os.close(write)
    return Helper(pid, read, pages)


def _serve(work: Callable[[], None], write: int, log_level: int) -> None:
    """In the helper: do the work, answer, and leave without running anything of the build's (no exit handlers)."""
    status = 1
    answer: tuple[str, Any]
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        with capture_logs(log_level) as said:
            work()
        answer, status = ("done", said), 0
    except BaseException:  # noqa: BLE001 - anything: the build says it with the traceback
        answer = ("failed", traceback.format_exc())
    try:
        data = memoryview(pickle.dumps(answer))
        while data:
            data = data[os.write(write, data):]
    finally:
        os._exit(status)


def finish(helper: Helper) -> None:
    """Wait for the helper; say its messages, or raise a RuntimeError with its traceback when it failed."""
    with os.fdopen(helper.answer, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(helper.pid, 0)
    gc.unfreeze()
    try:
        kind, detail = pickle.loads(data)
    except Exception:  # noqa: BLE001 - nothing, or half an answer: the helper was stopped
        kind, detail = "stopped", []
    if kind == "failed":
        raise RuntimeError(f"pmdocs: the helper writing {helper.pages} pages failed:\n{detail}")
    if kind != "done" or status != 0:
        raise RuntimeError(f"pmdocs: the helper writing {helper.pages} pages stopped ({_how(status)})")
    for name, level, text in detail:
        logging.getLogger(name).log(level, text)


def stop(helper: Helper) -> None:
    """Stop a helper whose pages are no longer wanted (the build failed or was interrupted)."""
    gc.unfreeze()
    try:
        os.kill(helper.pid, signal.SIGKILL)
        os.waitpid(helper.pid, 0)
    except OSError:
        pass
    try:
        os.close(helper.answer)
    except OSError:
        pass


def _how(status: int) -> str:
    """Return how a process ended, in words."""
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


__all__ = ["HELPER_SHARE", "MIN_PAGES", "MIN_PAGES_VARIABLE", "Helper", "can_fork", "finish", "min_pages", "share", "start",
           "stop"]

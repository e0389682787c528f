"""Copies forked early: they prepare while this process works, take their share as data, and never outlive the run."""

from __future__ import annotations

import os
import threading
import time

import pytest

from generator.build.copies import CopyTraceback
from generator.build.early import EarlyCopies, early_copies

_parent = os.getpid()
_prepared: list[int] = []


def _prepare() -> None:
    _prepared.append(os.getpid())


def _where(n: int) -> tuple[int, int, bool]:
    """Return n squared, the copy's pid, and whether the copy prepared before its work."""
    return n * n, os.getpid(), _prepared == [os.getpid()]


def _inverse(n: int) -> float:
    return 1 / n


def _fail() -> None:
    raise LookupError("no writer here")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_copies_prepare_then_share_the_work_in_order() -> None:
    with EarlyCopies(2, _prepare) as copies:
        assert len(copies) == 2, threading.enumerate()
        results = copies.share(_where, list(range(7)), weight=lambda n: n)
    assert [square for square, _, _ in results] == [n * n for n in range(7)]
    assert all(prepared for _, _, prepared in results)
    pids = {pid for _, pid, _ in results}
    assert len(pids) == 2 and _parent not in pids  # the work is done by the two copies, not here
    assert not _prepared  # preparing happened in the copies only
    assert not copies  # they served their one call


def test_a_copy_that_fails_to_prepare_raises_its_error_here() -> None:
    with EarlyCopies(2, _fail) as copies:
        with pytest.raises(LookupError, match="no writer here") as caught:
            copies.share(_where, [1, 2, 3])
    assert isinstance(caught.value.__cause__, CopyTraceback)


def test_an_error_in_the_work_is_raised_here_and_no_copy_is_left() -> None:
    copies = EarlyCopies(2, _prepare)
    pids = [copy.pid for copy in copies._copies]
    with pytest.raises(ZeroDivisionError):
        copies.share(_inverse, [0, 1, 2, 3])
    assert not any(_alive(pid) for pid in pids)


def test_copies_whose_work_is_not_wanted_are_stopped_and_reaped() -> None:
    copies = EarlyCopies(2, _prepare)
    pids = [copy.pid for copy in copies._copies]
    copies.close()
    assert not any(_alive(pid) for pid in pids)  # reaped, not left as zombies


def test_a_copy_whose_parent_disappears_ends_by_itself() -> None:
    """A copy waits for work on a pipe only this process writes to: when it closes (the parent died), the copy ends."""
    copies = EarlyCopies(2, _prepare)
    first = copies._copies[0]
    os.close(first.work)  # as if this process had died: its end of the pipe closes
    first.work = -1
    deadline, ended = time.monotonic() + 10, False
    while time.monotonic() < deadline and not ended:
        ended = os.waitpid(first.pid, os.WNOHANG)[0] == first.pid
        time.sleep(0.01)
    assert ended
    os.close(first.outcome)
    copies._copies.pop(0)
    copies.close()


def test_copies_are_made_only_when_they_pay_off() -> None:
    with early_copies(1, ("md", "docx"), jobs=2) as copies:
        assert len(copies) == 2, threading.enumerate()  # one project, Word, two cores (and no other thread)
    for none in (early_copies(2, ("md", "docx"), jobs=2), early_copies(1, ("md",), jobs=2),
                 early_copies(1, ("md", "docx"), jobs=1)):
        assert not none

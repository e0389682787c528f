"""One project's documents shared with forked copies: results in order, shares balanced, every error raised here."""

from __future__ import annotations

import os
import threading

import pytest

from generator.build.copies import CopyTraceback, share_on_cores, shares_of
from tests.support.processes import workers_left

_parent = os.getpid()


def _inverse(n: int) -> float:
    return 1 / n


def _where(n: int) -> tuple[int, bool]:
    return n * n, os.getpid() != _parent


def test_shared_parts_come_back_in_order_some_made_by_a_forked_copy() -> None:
    results = share_on_cores(_where, list(range(7)), 2)
    assert [square for square, _ in results] == [n * n for n in range(7)]
    assert {copy for _, copy in results} == {True, False}, threading.enumerate()  # this process did its share, a copy the rest


def test_shares_are_balanced_by_weight_heaviest_first() -> None:
    assert shares_of([10, 1, 1, 1, 9], 2) == [[0, 2], [1, 3, 4]]  # 10+1 against 9+1+1
    assert shares_of([1, 1, 1], 1) == [[0, 1, 2]]
    assert shares_of([5, 5], 3) == [[0], [1], []]


def test_an_error_in_a_copy_is_raised_here_with_the_copys_traceback_as_cause() -> None:
    with pytest.raises(ZeroDivisionError) as caught:
        share_on_cores(_inverse, [4, 2, 1, 0], 2, weight=lambda n: 100 if n == 4 else 1)  # 4 stays here, 0 goes to a copy
    assert isinstance(caught.value.__cause__, CopyTraceback)
    assert "_inverse" in str(caught.value.__cause__)
    assert workers_left() == set()


class _Unpicklable(Exception):
    def __init__(self, what: object) -> None:
        super().__init__("cannot travel")
        self.what = what

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("not picklable")


def _fails_oddly(n: int) -> int:
    if n:
        raise _Unpicklable(lambda: n)
    return n


def test_an_error_that_cannot_travel_comes_back_as_its_text() -> None:
    with pytest.raises(RuntimeError, match="_Unpicklable: cannot travel"):
        share_on_cores(_fails_oddly, [0, 1], 2, weight=lambda n: 1 - n)


def test_an_error_here_ends_the_copies_and_leaves_no_process() -> None:
    children_before = _children()
    with pytest.raises(ZeroDivisionError):
        share_on_cores(_inverse, [0, 1, 2, 3], 2, weight=lambda n: 10 if n == 0 else 1)  # 0 stays here
    assert _children() == children_before


def test_with_another_thread_running_nothing_is_forked() -> None:
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert {copy for _, copy in share_on_cores(_where, list(range(4)), 2)} == {False}
    finally:
        stop.set()
        thread.join()


def _children() -> set[int]:
    """Return the pids of this process's children (Linux), zombies included."""
    tasks = f"/proc/{os.getpid()}/task/{os.getpid()}/children"
    try:
        with open(tasks) as fh:
            return {int(pid) for pid in fh.read().split()}
    except OSError:
        return set()

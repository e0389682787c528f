"""Building on every core: no worker outlives its run, and every error reaches the caller."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.build.batch import run_on_cores
from tests.conftest import mutate
from tests.support.processes import children, needs_proc, running, workers_left

# -- no worker outlives its run ------------------------------------------------------------------------------


def _slow_square(n: int) -> int:
    time.sleep(0.05)
    return n * n


@needs_proc
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM", "SIGINT"])
def test_workers_end_with_a_stopped_generate(tmp_path: Path, example: str, how: str) -> None:
    """kill -9, kill or Ctrl-C of `pmdocs generate` with several projects leaves no process behind."""
    sources = []
    for i in range(40):
        sources.append(tmp_path / f"p{i}.yaml")
        sources[-1].write_text(mutate(example, "  code: CDP-2027", f"  code: STOP-{i}"), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "generator", "generate", *map(str, sources), "-o",
                                str(tmp_path / "out"), "--jobs", "2"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        workers = children(process.pid)
        time.sleep(0.01)
    assert len(workers) == 2, "the run never started its two workers"
    time.sleep(0.2)
    signal_number = getattr(signal, how)
    if how == "SIGINT":
        os.killpg(process.pid, signal_number)  # Ctrl-C reaches the whole foreground group
    else:
        os.kill(process.pid, signal_number)
    process.wait(timeout=10)
    stopped = time.monotonic() + 5
    while any(running(w) for w in workers) and time.monotonic() < stopped:
        time.sleep(0.05)
    assert not [w for w in workers if running(w)], f"workers left running after {how}"
    stderr = process.stderr.read().decode() if process.stderr else ""
    assert "Traceback" not in stderr, stderr
    if how == "SIGINT":
        assert process.returncode in (1, 130), stderr  # click reports Ctrl-C as "Aborted!"


def test_a_consumer_that_stops_early_ends_the_workers() -> None:
    results = run_on_cores(_slow_square, range(200), formats=("md",), jobs=2)
    assert [next(results) for _ in range(3)] == [0, 1, 4]
    assert len(workers_left()) == 2
    results.close()
    assert workers_left() == set()


def test_an_error_in_a_task_ends_the_workers_and_reaches_the_caller() -> None:
    with pytest.raises(ZeroDivisionError):
        list(run_on_cores(_inverse, [3, 2, 1, 0, 5, 6], formats=("md",), jobs=2))
    assert workers_left() == set()
    assert list(run_on_cores(_slow_square, range(6), formats=("md",), jobs=2)) == [0, 1, 4, 9, 16, 25]
    assert workers_left() == set()


def _inverse(n: int) -> float:
    return 1 / n


def test_a_worker_that_cannot_be_prepared_reports_its_error_once(tmp_path: Path) -> None:
    """A pool whose preparation fails ends with that error (multiprocessing's Pool would respawn workers forever)."""
    missing = tmp_path / "no-such-reference.docx"
    started = time.monotonic()
    with pytest.raises(Exception) as raised:
        list(run_on_cores(_slow_square, range(8), reference=missing, formats=("docx",), jobs=2))
    assert "no-such-reference.docx" in str(raised.value)
    assert time.monotonic() - started < 30
    assert workers_left() == set()

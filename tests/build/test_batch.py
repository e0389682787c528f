"""Building on every core: no worker outlives its run, and every error reaches the caller."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.build.batch import run_on_cores
from tests.conftest import mutate

# -- no worker outlives its run ------------------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    """Return the processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    """Return True while ``pid`` exists and is not a zombie waiting for its parent."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _slow_square(n: int) -> int:
    time.sleep(0.05)
    return n * n


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
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
        workers = _children(process.pid)
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
    while any(_running(w) for w in workers) and time.monotonic() < stopped:
        time.sleep(0.05)
    assert not [w for w in workers if _running(w)], f"workers left running after {how}"
    stderr = process.stderr.read().decode() if process.stderr else ""
    assert "Traceback" not in stderr, stderr
    if how == "SIGINT":
        assert process.returncode in (1, 130), stderr  # click reports Ctrl-C as "Aborted!"


def test_a_consumer_that_stops_early_ends_the_workers() -> None:
    results = run_on_cores(_slow_square, range(200), formats=("md",), jobs=2)
    assert [next(results) for _ in range(3)] == [0, 1, 4]
    assert len(multiprocessing.active_children()) == 2
    results.close()
    assert multiprocessing.active_children() == []


def test_an_error_in_a_task_ends_the_workers_and_reaches_the_caller() -> None:
    with pytest.raises(ZeroDivisionError):
        list(run_on_cores(_inverse, [3, 2, 1, 0, 5, 6], formats=("md",), jobs=2))
    assert multiprocessing.active_children() == []
    assert list(run_on_cores(_slow_square, range(6), formats=("md",), jobs=2)) == [0, 1, 4, 9, 16, 25]
    assert multiprocessing.active_children() == []


def _inverse(n: int) -> float:
    return 1 / n


def test_a_worker_that_cannot_be_prepared_reports_its_error_once(tmp_path: Path) -> None:
    """A pool whose preparation fails ends with that error (multiprocessing.Pool would respawn workers forever)."""
    missing = tmp_path / "no-such-reference.docx"
    started = time.monotonic()
    with pytest.raises(Exception) as raised:
        list(run_on_cores(_slow_square, range(8), reference=missing, formats=("docx",), jobs=2))
    assert "no-such-reference.docx" in str(raised.value)
    assert time.monotonic() - started < 30
    assert multiprocessing.active_children() == []

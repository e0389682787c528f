"""The site's temporary folders (staging, work, cache) never outlive a build or a server, however it ends."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Callable

import pytest

from tests.conftest import EXAMPLES, mutate
from tests.support.sitebuild import build, make_portfolio

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals as on POSIX")


def leftovers(*folders: Path) -> list[Path]:
    """Return every temporary folder of pmdocs's (or MkDocs's serve) found in the folders."""
    marks = (".pmdocs-building", "pmdocs-site-", "mkdocs_", ".staging-")
    found = [p for folder in folders for p in folder.iterdir() if any(m in p.name for m in marks)]
    for folder in folders:
        cache = folder / ".site.pmdocs-cache"
        if cache.is_dir():
            found += [p for p in cache.iterdir() if p.name.startswith("work-")]
    return found


def wait_until(condition: Callable[[], bool], seconds: float = 120) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def run_env(tmp_path: Path) -> dict[str, str]:
    """Return an environment whose temporary folder is the test's own (to see what is left in it)."""
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    return {**os.environ, "TMPDIR": str(temp)}


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_mkdocs_serve_stopped_leaves_nothing_behind(tmp_path: Path, stop: int) -> None:
    config = make_portfolio(tmp_path, [EXAMPLES[0]])
    env = run_env(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
                              cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def serving() -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                return response.status == 200
        except OSError:
            return False

    try:
        assert wait_until(serving)
        # the server's work folder and what it keeps between rebuilds, beside the site it serves, while it serves
        assert list((tmp_path / "tmp").glob(".mkdocs_*.pmdocs-cache/work-*"))
        server.send_signal(stop)  # Ctrl-C, or a service manager stopping it
        server.wait(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert not list((tmp_path / "tmp").iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _rebuild(tmp_path: Path, tool: str) -> tuple[Path, list[str]]:
    """Return a portfolio built once and changed since (every project to be made again), and its build command."""
    config = make_portfolio(tmp_path, EXAMPLES)
    assert build(config).returncode == 0
    for path in (tmp_path / "content" / "projects").glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    command = ([sys.executable, "-m", "generator", "build", "-f", str(config)] if tool == "pmdocs"
               else [sys.executable, "-m", "mkdocs", "build", "-f", str(config)])
    return config, command


@pytest.mark.parametrize("tool, stop, moment", [("mkdocs", signal.SIGINT, "work"), ("pmdocs", signal.SIGTERM, "work"),
                                                ("mkdocs", signal.SIGTERM, "pages"), ("pmdocs", signal.SIGINT, "pages")])
def test_a_build_stopped_midway_leaves_the_previous_site_and_nothing_else(tmp_path: Path, tool: str, stop: int,
                                                                          moment: str) -> None:
    """Stopped once its work folder is made (the packs), or while pages are written into the staging folder."""
    config, command = _rebuild(tmp_path, tool)
    staging = tmp_path / ".site.pmdocs-building"
    under_way = {"work": lambda: bool(leftovers(tmp_path)),
                 "pages": lambda: staging.is_dir() and any(staging.iterdir())}[moment]
    index = (tmp_path / "site" / "index.html").read_bytes()
    run = subprocess.Popen(command, cwd=tmp_path, env=run_env(tmp_path), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        assert wait_until(under_way, 300)
        run.send_signal(stop)
        stopped = run.wait(timeout=120) != 0  # else it was finishing: the signal came too late to stop it
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert not leftovers(tmp_path, tmp_path / "tmp")
    assert (tmp_path / "site" / "index.html").read_bytes() == index or not stopped  # a stopped build: the old site


def test_a_killed_build_is_cleaned_up_by_the_next(tmp_path: Path) -> None:
    config, command = _rebuild(tmp_path, "mkdocs")
    run = subprocess.Popen(command, cwd=tmp_path, env=run_env(tmp_path), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        assert wait_until(lambda: bool(leftovers(tmp_path)), 300)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    proc = build(config, tool="mkdocs", env={"TMPDIR": str(tmp_path / "tmp")})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not leftovers(tmp_path, tmp_path / "tmp")


def test_a_failed_first_build_leaves_no_folder(tmp_path: Path, example: str) -> None:
    config = make_portfolio(tmp_path, [])
    (tmp_path / "content" / "projects" / "bad.yaml").write_text(
        mutate(example, "  sponsor: Dana Ortiz", "  sponsor: Dana Ortz"), encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    for tool in ("pmdocs", "mkdocs"):
        assert build(config, tool=tool, env={"TMPDIR": str(tmp_path)}).returncode == 1
        assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_linked_site_folder_stays_a_link(tmp_path: Path) -> None:
    config = make_portfolio(tmp_path, [EXAMPLES[0]])
    served = tmp_path / "www" / "portfolio"
    served.mkdir(parents=True)
    (tmp_path / "site").symlink_to(served, target_is_directory=True)
    for tool in ("pmdocs", "mkdocs"):
        proc = build(config, tool=tool)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert (tmp_path / "site").is_symlink() and os.readlink(tmp_path / "site") == str(served)
        assert (served / "index.html").is_file()
        assert [p.name for p in served.parent.iterdir()] == ["portfolio"] and not leftovers(tmp_path)

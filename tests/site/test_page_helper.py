"""A helper process writes a share of the pages: the same site, its messages said, its failures never silent."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from generator.site import page_helper
from generator.site.page_helper import MIN_PAGES, MIN_PAGES_VARIABLE, can_fork, finish, min_pages, share, start, stop
from tests.conftest import ROOT
from tests.support.sitebuild import REPRODUCIBLE, assert_same_site, build, make_portfolio

needs_fork = pytest.mark.skipif(not can_fork(), reason="a helper is forked: only where the system can fork")


def test_a_share_is_spread_evenly_and_kept_in_order() -> None:
    assert share(list(range(10)), 0.5) == [1, 3, 5, 7, 9]
    taken = share(list(range(100)), 0.7)
    assert len(taken) == 70 and taken == sorted(taken)
    assert max(b - a for a, b in zip(taken, taken[1:])) <= 2  # never a long run left to one side
    assert share([], 0.7) == [] and share(["a"], 1.0) == ["a"]


def test_the_environment_sets_the_fewest_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MIN_PAGES_VARIABLE, raising=False)
    assert min_pages() == MIN_PAGES
    monkeypatch.setenv(MIN_PAGES_VARIABLE, "0")
    assert min_pages() == 0
    monkeypatch.setenv(MIN_PAGES_VARIABLE, "many")
    assert min_pages() == MIN_PAGES


@needs_fork
def test_no_helper_is_forked_while_another_thread_runs() -> None:
    assert can_fork()
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not can_fork()
    finally:
        release.set()
        other.join()
    assert can_fork()


@needs_fork
def test_a_helper_says_mkdocs_messages_when_it_is_done(caplog: pytest.LogCaptureFixture) -> None:
    def work() -> None:
        logging.getLogger("mkdocs.theme").warning("a page's theme said something")

    helper = start(work, 3, logging.INFO)
    with caplog.at_level(logging.INFO):
        finish(helper)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("mkdocs.theme", logging.WARNING, "a page's theme said something")]


@needs_fork
def test_a_helper_that_fails_fails_the_build_with_its_traceback() -> None:
    def work() -> None:
        raise ValueError("the theme broke on a page")

    with pytest.raises(RuntimeError, match=r"(?s)helper writing 5 pages failed:.*ValueError: the theme broke on a page"):
        finish(start(work, 5, logging.INFO))


@needs_fork
def test_a_helper_that_is_killed_is_reported() -> None:
    def work() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    with pytest.raises(RuntimeError, match=r"helper writing 2 pages stopped \(signal 9\)"):
        finish(start(work, 2, logging.INFO))


@needs_fork
def test_a_stopped_helper_leaves_no_process() -> None:
    helper = start(lambda: time.sleep(60), 1, logging.INFO)
    stop(helper)
    with pytest.raises(ChildProcessError):
        os.waitpid(helper.pid, os.WNOHANG)


def _build(config: Path, least: str) -> str:
    """Build a portfolio with MkDocs, a helper starting from ``least`` pages converted ahead; return what it said."""
    done = build(config, tool="mkdocs", env={**REPRODUCIBLE, MIN_PAGES_VARIABLE: least})
    assert done.returncode == 0, done.stderr
    return done.stderr


@needs_fork
def test_a_site_written_with_a_helper_is_the_same_site_and_rebuilds_the_same(tmp_path: Path) -> None:
    examples = sorted((ROOT / "content" / "projects").glob("*.yaml"))[:3]
    alone = make_portfolio(tmp_path / "alone", examples, options={"nav_limit": 1})  # project pages off the navigation
    helped = make_portfolio(tmp_path / "helped", examples, options={"nav_limit": 1})
    assert "a helper process writes" not in _build(alone, "1000000")
    assert "a helper process writes" in _build(helped, "0")
    assert_same_site(alone.parent / "site", helped.parent / "site")
    for config in (alone, helped):  # a rebuild keeps the projects' pages: those the helper wrote too
        (config.parent / "content" / "index.md").write_text("# Portfolio\n\nChanged.\n", encoding="utf-8")
    _build(alone, "1000000")
    _build(helped, "0")
    assert_same_site(alone.parent / "site", helped.parent / "site")


def test_the_share_is_a_fraction() -> None:
    assert 0 < page_helper.HELPER_SHARE < 1

"""Tests that need real clients skip with a reason on a laptop and fail, never skip, under CI=true."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import clients
from tests.conftest import ROOT


@pytest.mark.parametrize("ci,outcome", [("", pytest.skip.Exception), ("true", pytest.fail.Exception)])
def test_a_missing_program_skips_or_fails(monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="no-such-client-program is not installed; it is needed to prove a point"):
        clients.require("no-such-client-program", "prove a point")


@pytest.mark.parametrize("ci,outcome", [("", pytest.skip.Exception), ("true", pytest.fail.Exception)])
def test_a_missing_module_skips_or_fails(monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="no_such_module_for_pmdocs is not installed"):
        clients.require_module("no_such_module_for_pmdocs", "prove a point")


@pytest.mark.parametrize("ci,outcome", [("", pytest.skip.Exception), ("true", pytest.fail.Exception)])
def test_a_missing_font_skips_or_fails(monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type) -> None:
    monkeypatch.setenv("CI", ci)
    monkeypatch.setattr(clients, "FONTS", {"a font of an unassigned code point": (":charset=10fffd", "no-package")})
    if not clients.shutil.which("fc-list"):
        monkeypatch.setattr(clients.shutil, "which", lambda name: "/bin/true" if name == "fc-list" else None)
    with pytest.raises(outcome, match="a font of an unassigned code point \\(Debian: no-package\\) not installed"):
        clients.require_fonts("prove a point")


def test_present_clients_are_returned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert clients.require("sh", "run a shell").endswith("sh")
    assert clients.require_module("json", "read JSON").loads("1") == 1


def _run_without_clients(tmp_path: Path, ci: str) -> subprocess.CompletedProcess[str]:
    """Run the real-client test modules with a PATH that holds Python and git only."""
    bare = tmp_path / f"bin-{ci or 'laptop'}"
    bare.mkdir()
    for name, target in (("python", sys.executable), ("git", "/usr/bin/git")):
        if Path(target).exists():
            (bare / name).symlink_to(target)
    env = {**os.environ, "PATH": str(bare), "CI": ci}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "--no-header",
                           "tests/system/test_libreoffice.py", "tests/system/test_browser.py"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_without_clients_the_suite_skips_with_reasons_and_ci_fails(tmp_path: Path) -> None:
    """A machine without .ci/run's packages: skips that say why; the same run under CI=true fails."""
    laptop = _run_without_clients(tmp_path, "")
    assert laptop.returncode == 0, laptop.stdout[-3000:]
    assert "soffice is not installed; it is needed to prove the .docx files open" in laptop.stdout
    assert "chromium is not installed; it is needed to drive a real browser" in laptop.stdout
    assert " passed" not in laptop.stdout.splitlines()[-1] or " skipped" in laptop.stdout.splitlines()[-1]
    ci = _run_without_clients(tmp_path, "true")
    assert ci.returncode == 1, ci.stdout[-3000:]
    assert "skipped" not in ci.stdout.splitlines()[-1], ci.stdout[-3000:]
    assert "soffice is not installed" in ci.stdout and "chromium is not installed" in ci.stdout

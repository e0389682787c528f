"""Real clients (LibreOffice, Chromium, fonts, Playwright) for the tests that need them.

On a laptop without them, such a test skips and says what is missing and why it is
needed; under ``CI=true`` (where ``.ci/run`` installs them) a missing client fails
the test instead, so CI can never pass by skipping the proof.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
from functools import lru_cache
from types import ModuleType
from typing import NoReturn, Optional

import pytest

# What the PDF proofs need to show every script the questionnaires hold.  LibreOffice's PDF export drops
# colour emoji, so an outline emoji font must be there (Symbola, from fonts-symbola).
FONTS: dict[str, tuple[str, str]] = {
    "an outline (not colour) emoji font": (":charset=1f469 1f4bb 1f1ef:color=false", "fonts-symbola"),
    "a CJK font": (":lang=ja", "fonts-noto-cjk"),
    "a Hebrew font": (":charset=5d0", "fonts-dejavu-core"),
    "an Arabic font": (":charset=627", "fonts-dejavu-core"),
}


def in_ci() -> bool:
    """Return True when the tests run under CI (``CI=true``), where every client must be present."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def missing(message: str) -> NoReturn:
    """Skip the test with ``message`` on a laptop; fail it under CI."""
    message += " (.ci/run installs it)"
    if in_ci():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def require(program: str, why: str) -> str:
    """Return the path of a program, skipping the test when it is absent (failing when CI=true)."""
    found: Optional[str] = shutil.which(program)
    if found:
        return found
    missing(f"{program} is not installed; it is needed to {why}")


def require_module(name: str, why: str) -> ModuleType:
    """Return an importable module, skipping the test when it is absent (failing when CI=true)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(f"the Python module {name} is not installed; it is needed to {why}")


@lru_cache(maxsize=None)
def _font_found(pattern: str) -> bool:
    """Return True when fontconfig knows a font matching ``pattern``."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    listed = subprocess.run([fc_list, pattern, "family"], capture_output=True, text=True, timeout=60)
    return listed.returncode == 0 and bool(listed.stdout.strip())


def require_fonts(why: str) -> None:
    """Skip the test unless every font in `FONTS` is installed (fail when CI=true)."""
    require("fc-list", f"find the fonts needed to {why}")
    absent = [f"{label} (Debian: {package})" for label, (pattern, package) in FONTS.items() if not _font_found(pattern)]
    if absent:
        missing(f"{', '.join(absent)} not installed; needed to {why}")

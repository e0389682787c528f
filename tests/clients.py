"""Real clients (LibreOffice, Chromium) for the tests that need them: skip on a laptop, fail in CI."""

from __future__ import annotations

import os
import shutil
from typing import Optional

import pytest


def require(program: str, why: str) -> str:
    """Return the path of a program, skipping the test when it is absent (failing when CI=true)."""
    found: Optional[str] = shutil.which(program)
    if found:
        return found
    message = f"{program} is not installed; it is needed to {why} (.ci/run installs it)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)

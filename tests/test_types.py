"""The package type-checks: ``mypy --strict`` (configured in pyproject.toml) reports nothing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

mypy_api = pytest.importorskip("mypy.api", reason="mypy comes with the test extra: pip install -e '.[test]'")

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: pytest brings tomli there
    import tomli as tomllib


def _config() -> dict[str, object]:
    """Return the ``[tool.mypy]`` table of pyproject.toml."""
    table = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert isinstance(table, dict)
    return table


def test_mypy_strict_reports_nothing(tmp_path: Path) -> None:
    """Every module type-checks under --strict; the errors are listed when one does not."""
    cache = Path(os.environ.get("PMDOCS_CACHE_DIR", tmp_path)) / "mypy"
    stdout, stderr, status = mypy_api.run(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(cache),
                                           "--no-error-summary", "--hide-error-context", str(ROOT / "generator")])
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert status == 0 and not errors, f"mypy --strict found {len(errors)} error(s):\n{stdout}{stderr}"


def test_mypy_is_strict_over_the_package_for_the_oldest_python() -> None:
    config = _config()
    assert config["strict"] is True
    assert config["files"] == ["generator"]
    assert config["python_version"] == "3.10"


def test_py_typed_marks_the_package_typed() -> None:
    assert (ROOT / "generator" / "py.typed").is_file()

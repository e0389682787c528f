"""Acceptance corpus written from the spec alone, without looking at the implementation.

``tests/blind/expected.yaml`` says, for each broken questionnaire, where a good
tool points and which words its message holds.  The runner applies those rules
as written there (see the file's header).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diagnostics import Severity, format_path
from generator.questionnaire.read import read_questionnaire
from tests.support.packs import BLIND

ENTRIES: list[dict[str, Any]] = yaml.safe_load((BLIND / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", autouse=True)
def big_file() -> None:
    """Make the generated over-1-MB file the corpus describes."""
    subprocess.run([sys.executable, str(BLIND / "make_big.py")], check=True, cwd=BLIND, capture_output=True)


def test_valid_file_is_clean() -> None:
    result = read_questionnaire(BLIND / "valid.yaml")
    assert result.ok() and result.diagnostics == [], [d.format() for d in result.diagnostics]


def _matches(entry: dict[str, Any], diagnostic: Any) -> bool:
    path = format_path(diagnostic.path)
    paths = [p for p in [entry.get("path"), *(entry.get("path_any") or [])] if p]
    if paths and not any(p in path for p in paths):
        return False
    lines = [entry.get("line"), *(entry.get("alt_lines") or [])]
    if entry.get("line") is not None and None not in lines and diagnostic.mark.line not in lines:
        return False
    message = diagnostic.format().lower()
    if not all(word.lower() in message for word in entry.get("gist") or []):
        return False
    any_of = entry.get("gist_any")
    return not any_of or any(all(w.lower() in message for w in words) for words in any_of)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
def test_blind_case(entry: dict[str, Any]) -> None:
    result = read_questionnaire(BLIND / entry["file"])
    shown = "\n".join(d.format() for d in result.diagnostics)
    wanted = Severity(entry["severity"])
    hits = [d for d in result.diagnostics if d.severity is wanted and _matches(entry, d)]
    assert hits, f"expected {entry}\ngot:\n{shown}"
    if wanted is Severity.WARNING:
        assert result.ok() and len(result.diagnostics) == 1, shown
        assert not result.ok(strict=True)
    else:
        assert not result.ok()
        if not entry.get("note"):
            assert len(result.diagnostics) == 1, shown
    if entry.get("must_not_create"):
        assert not Path(entry["must_not_create"]).exists()


def test_whole_corpus_through_the_cli_without_traceback() -> None:
    proc = subprocess.run([sys.executable, "-m", "generator", "validate", str(BLIND)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].endswith(f"in {len(list(BLIND.glob('*.yaml')))} files")

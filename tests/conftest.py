"""Shared fixtures: the example questionnaire and helpers to break it one way at a time."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

from generator.questionnaire.interview import example_text
from generator.questionnaire.iso_dates import read_days_as
from generator.questionnaire.model import Questionnaire
from generator.questionnaire.read import Result, read_questionnaire_text

# pmdocs's caches (compiled templates, questionnaires read) go to a folder of this test run, not the user's.
if "PMDOCS_CACHE_DIR" not in os.environ:
    os.environ["PMDOCS_CACHE_DIR"] = tempfile.mkdtemp(prefix="pmdocs-test-cache-")
    atexit.register(shutil.rmtree, os.environ["PMDOCS_CACHE_DIR"], ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "content" / "projects").glob("*.yaml"))


def mutate(text: str, old: str, new: str) -> str:
    """Return text with the first ``old`` replaced by ``new``; fail loudly if ``old`` is absent."""
    assert old in text, f"test setup: {old!r} not in the base questionnaire"
    return text.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    """Return the 1-based line of the first occurrence of ``needle``."""
    assert needle in text, f"test setup: {needle!r} not in the text"
    return text[: text.index(needle)].count("\n") + 1


def run(text: str, name: str = "q.yaml") -> Result:
    """Return the validation result of a questionnaire text."""
    return read_questionnaire_text(text, name)


@pytest.fixture(scope="session")
def example() -> str:
    """Return the text of the example questionnaire that ``pmdocs init`` writes."""
    return example_text()


@pytest.fixture()
def q(example: str) -> Questionnaire:
    """Return the example questionnaire, validated, as the model (made anew for each test)."""
    found = run(example).questionnaire
    assert found is not None
    return found


@pytest.fixture(autouse=True)
def _days_read_day_first() -> Iterator[None]:
    """Start and leave every test reading slashed days as no project's language settles them (a questionnaire read
    sets the order for the project after it: `iso_dates.read_days_as`)."""
    read_days_as(None)
    yield
    read_days_as(None)

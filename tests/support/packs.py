"""The questionnaires the tests build packs from, and every free-text answer of one."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path
from typing import Any, Iterator, Literal

from generator.questionnaire import model as m
from generator.questionnaire.read import read_questionnaire
from generator.questionnaire.model_types import hints, unwrap_optional
from tests.conftest import mutate

TESTS = Path(__file__).resolve().parents[1]
GOLDEN = TESTS / "golden"


FIXTURES = sorted((TESTS / "fixtures" / "packs").glob("*.yaml"))


def load(path: Path) -> m.Questionnaire:
    result = read_questionnaire(path)
    assert result.ok(), [d.format() for d in result.diagnostics]
    return result.questionnaire


def free_text(obj: Any) -> Iterator[str]:
    """Yield every free-text answer (not enumerations) held by a questionnaire."""
    if not dataclasses.is_dataclass(obj):
        return
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        tp = unwrap_optional(hints(type(obj))[f.name])
        if typing.get_origin(tp) is list:  # a list of enumerations (people[].receives) is none either
            tp = unwrap_optional(typing.get_args(tp)[0])
        if typing.get_origin(tp) is Literal:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                yield item
            else:
                yield from free_text(item)


EVERY_KEY = TESTS / "fixtures" / "every-key.yaml"


def every_key_clean() -> str:
    """Return the spec's examples combined (`EVERY_KEY`) without their own two warnings: the project made active
    (not planning with decided requests) and the milestone no longer listing a deliverable due after it."""
    text = mutate(EVERY_KEY.read_text(encoding="utf-8"), "  status: planning ", "  status: active   ")
    return mutate(text, "    deliverables: [Migrated customer database]    # optional; deliverable names\n", "")


def edited(text: str, *edits: tuple[str, str]) -> str:
    """Return a text with each ``(old, new)`` edit applied in turn (see `tests.conftest.mutate`); an ``old`` ending
    in ``...`` stands for the whole rest of its line (comments included)."""
    for old, new in edits:
        if old.endswith("..."):
            start = text.index(old[:-3])
            old = text[start: text.index("\n", start)]
        text = mutate(text, old, new)
    return text
BLIND = TESTS / "blind"

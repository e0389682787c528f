"""The questionnaires the tests build packs from, and every free-text answer of one."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path
from typing import Any, Iterator, Literal

from generator.questionnaire import model as m
from generator.questionnaire.read import read_questionnaire
from generator.questionnaire.model_types import hints, unwrap_optional

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
        if typing.get_origin(tp) is Literal:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                yield item
            else:
                yield from free_text(item)


EVERY_KEY = TESTS / "fixtures" / "every-key.yaml"
BLIND = TESTS / "blind"

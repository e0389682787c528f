"""Warnings about the plan: who the communication items reach."""

from __future__ import annotations

import pytest

from generator.diagnostics import format_path
from tests.conftest import mutate, run


@pytest.mark.parametrize("audience", ["stakeholders", "everyone"])
def test_audience_words_reach_everyone(example: str, audience: str) -> None:
    text = mutate(example, "[Dana Ortiz, Priya Nair]", f"[{audience}]")
    assert run(text).diagnostics == []



def test_team_reaches_role_holders_not_the_sponsor(example: str) -> None:
    text = mutate(example, "[Dana Ortiz, Priya Nair]", "[team]")
    paths = [format_path(d.path) for d in run(text).diagnostics]
    assert paths == ["people[0].influence"]  # Dana (sponsor) is not in the team; Priya (product owner) is



def test_owner_of_an_item_is_reached(example: str) -> None:
    text = mutate(example, "[Dana Ortiz, Priya Nair]", "[Priya Nair]")
    text = mutate(text, "      owner: Sam Lee\n  escalation", "      owner: Dana Ortiz\n  escalation")
    assert run(text).diagnostics == []

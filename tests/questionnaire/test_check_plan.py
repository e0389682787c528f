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


def test_the_warning_says_the_standard_items_are_not_agreed_only_when_the_plan_proposes_them(example: str) -> None:
    """Review 23 F17: a standard item may reach the person, but it is a proposal: the warning says which items."""
    text = mutate(example, "[Dana Ortiz, Priya Nair]", "[team]")
    [said] = [d.message for d in run(text).diagnostics]
    assert "none of the project's own communication items reaches them (the standard items the plan adopts are the methodology's" in said
    without = mutate(text, "  defaults: true\n", "  defaults: false\n")
    [said] = [d.message for d in run(without).diagnostics]
    assert "communication items reaches them: add them" in said


def test_a_high_influence_stakeholder_who_has_left_is_not_to_be_added_to_an_item(example: str) -> None:
    """Review 163a F12: "Graham McKenzie has high influence but none of the project's own communication items reaches
    them ... add them", of a sponsor who had retired, as the documents said."""
    from tests.conftest import mutate, run

    person = ("  - name: Graham McKenzie\n    role: {role}\n    organization: Acme Corp\n"
              "    influence: high\n    interest: low\n\nroles:")
    unreached = "Graham McKenzie has high influence but none of the project's own communication items reaches them"
    here = mutate(example, "\nroles:", "\n" + person.format(role="Deputy Chief Executive"))
    assert [d for d in run(here).diagnostics if unreached in d.message]
    gone = mutate(example, "\nroles:", "\n" + person.format(role="Deputy Chief Executive (retired 28 March 2025)"))
    assert not [d for d in run(gone).diagnostics if unreached in d.message]

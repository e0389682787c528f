"""The stakeholder grid: everyone in the cell of their influence and interest, the sponsor at the top, the manager not placed."""

from __future__ import annotations

import dataclasses


from generator.pictures.stakeholders import stakeholder_grid
from generator.questionnaire import model as m
from tests.support.pictures import assert_readable, texts

NAMES = {"manage-closely": "Manage closely", "keep-satisfied": "Keep satisfied", "keep-informed": "Keep informed",
         "monitor": "Monitor"}


def with_people(q: m.Questionnaire, *people: m.Person) -> m.Questionnaire:
    return dataclasses.replace(q, people=list(people))


def test_the_sponsor_is_placed_by_their_answers_and_the_manager_is_not_placed(q: m.Questionnaire) -> None:
    sponsor, manager = q.roles.sponsor, q.roles.project_manager
    picture = stakeholder_grid(with_people(q, m.Person(name=sponsor, role="Sponsor", influence="low", interest="low"),
                                           m.Person(name=manager, role="PM"),
                                           m.Person(name="Ann Other", role="User", influence="high", interest="low")),
                               NAMES)
    assert picture is not None and picture.name == "stakeholder-grid"
    assert f"• {sponsor} (sponsor)" in texts(picture) and manager not in " ".join(texts(picture))
    assert picture.alt.startswith("Power and interest grid. ")
    for sentence in (f"Monitor: {sponsor} (sponsor).", "Keep satisfied: Ann Other.", "Keep informed: nobody.",
                     "Manage closely: nobody."):
        assert sentence in picture.alt
    assert picture.caption == "Power/interest grid of 2 stakeholders (the project manager is not placed)."


def test_nobody_to_place_no_grid(q: m.Questionnaire) -> None:
    assert stakeholder_grid(with_people(q, m.Person(name=q.roles.project_manager, role="PM")), NAMES) is None


def test_the_quadrants_are_named_as_the_documents_name_them(q: m.Questionnaire) -> None:
    names = {key: f"<{key}>" for key in NAMES}
    picture = stakeholder_grid(q, names)
    assert picture is not None
    assert {"<manage-closely>", "<keep-satisfied>", "<keep-informed>", "<monitor>"} <= set(texts(picture))


def test_long_names_are_wrapped_and_the_rows_grow(q: m.Questionnaire) -> None:
    short = stakeholder_grid(with_people(q, m.Person(name="Al", role="x", influence="low", interest="low")), NAMES)
    crowd = [m.Person(name=f"Person with a rather long name number {i}", role="x", influence="low", interest="low")
             for i in range(20)]
    tall = stakeholder_grid(with_people(q, *crowd), NAMES)
    assert short is not None and tall is not None and tall.height > short.height
    assert_readable(tall)

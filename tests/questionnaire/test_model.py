"""The questionnaire as typed, immutable data: each key's metadata, names compared in NFC, keys as YAML writes them."""

from __future__ import annotations

import dataclasses
import pickle
import typing

import pytest

from generator.questionnaire import model as m
from tests.conftest import run


def model_classes() -> list[type]:
    """Return every class of the model reachable from the questionnaire."""
    found: list[type] = []
    todo: list[type] = [m.Questionnaire]
    while todo:
        cls = todo.pop()
        if cls in found:
            continue
        found.append(cls)
        for hint in typing.get_type_hints(cls).values():
            for arg in (hint, *typing.get_args(hint), *(a for h in typing.get_args(hint) for a in typing.get_args(h))):
                if isinstance(arg, type) and dataclasses.is_dataclass(arg):
                    todo.append(arg)
    return found


def test_every_key_says_what_it_means_and_whether_it_is_required() -> None:
    for cls in model_classes():
        for f in dataclasses.fields(cls):
            meta = m.key_meta(f)
            assert meta["doc"].strip(), f"{cls.__name__}.{f.name} has no doc"
            has_default = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
            assert meta["required"] is not has_default, f"{cls.__name__}.{f.name}"


def test_key_makes_required_defaulted_and_factory_fields() -> None:
    required, defaulted, made = m.key("a"), m.key("b", default=3, minimum=1), m.key("c", factory=list, min_items=1)
    assert required.metadata["required"] and required.default is dataclasses.MISSING
    assert not defaulted.metadata["required"] and defaulted.default == 3 and defaulted.metadata["minimum"] == 1
    assert not made.metadata["required"] and made.default_factory is list and made.metadata["min_items"] == 1
    assert m.key("d", ref="person", fmt="email", one_line=True).metadata["ref"] == "person"


def test_a_field_name_is_written_as_its_yaml_key() -> None:
    assert m.yaml_key("in_") == "in" and m.yaml_key("project_manager") == "project_manager"
    assert "in" in [m.yaml_key(f.name) for f in dataclasses.fields(m.Scope)]


def test_names_are_compared_in_nfc() -> None:
    assert m.same_name("Jose\u0301") == m.same_name("José") == "José"


def test_the_questionnaire_finds_a_person_by_name_in_any_unicode_form(example: str) -> None:
    q = run(example).questionnaire
    assert q is not None
    first = q.people[0]
    assert q.person(first.name) is first
    assert q.person("Nobody at all") is None
    renamed = dataclasses.replace(q, people=[dataclasses.replace(first, name="José Núñez"), *q.people[1:]])
    assert renamed.person("Jose\u0301 Nu\u0301n\u0303ez") is renamed.people[0]


def test_models_are_frozen_compared_by_value_and_pickle(example: str) -> None:
    q = run(example).questionnaire
    again = run(example).questionnaire
    assert q is not None and q == again and q is not again
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.project = q.project  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(q)) == q
    assert m.Milestone(name="M", date=q.project.start) == m.Milestone(name="M", date=q.project.start)


def test_defaults_are_the_specs() -> None:
    person = m.Person(name="A", role="B")
    assert (person.influence, person.interest, person.technical) == (None, None, None)  # not assessed, not recorded
    assert m.Risk(risk="r", likelihood="low", impact="low").status == "open"
    assert m.ChangeRequest(id="CR", title="t", requested_by="A", date=m._dt.date(2027, 1, 1)).status is None  # not recorded
    assert m.Communication().defaults is True and m.Communication().items == []
    assert m.Communication().items is not m.Communication().items  # a new list each time
    assert set(m.APPROVED_STATUSES) <= set(m.DECIDED_STATUSES)


def test_with_impacts_gives_the_requests_at_those_positions_those_impacts() -> None:
    """One way the derived defaults (a cut's cost, a schedule held) replace a request's impact."""
    from generator.questionnaire import model as m
    from tests.conftest import EXAMPLES, run

    q = run(EXAMPLES[0].read_text(encoding="utf-8")).questionnaire
    assert q is not None and q.change_control is not None and q.change_control.requests
    changed = m.with_impacts(q, {0: m.Impact(cost=-1.0, schedule_days=0)}).change_control
    assert changed is not None and changed.requests[0].impact == m.Impact(cost=-1.0, schedule_days=0)
    assert changed.requests[1:] == q.change_control.requests[1:]
    assert m.with_impacts(q, {}) is q

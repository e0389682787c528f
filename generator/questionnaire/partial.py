"""Answers kept between runs of ``pmdocs init --interactive``: the partial file, and the answers read back from any questionnaire."""

from __future__ import annotations

import shlex
from dataclasses import field
from pathlib import Path
from typing import Optional, Union

from generator.diagnostics import Severity
from generator.questionnaire.answers_yaml import render
from generator.questionnaire.loader import load
from generator.questionnaire.questions import Answers, questions_for, same_person
from generator.questionnaire.tree import MapNode, Node, ScalarNode, SeqNode
from generator.record import Record

PARTIAL_SUFFIX = ".partial"  # not .yaml: a folder of questionnaires (validate DIR, the site) must not pick it up


def partial_path(target: Path) -> Path:
    """Return where the answers given for ``target`` are kept until the questionnaire is written."""
    return target.with_name(target.name + PARTIAL_SUFFIX)


def rerun_command(target: Path) -> str:
    """Return the command that carries on an interrupted interview for ``target``."""
    force = " --force" if target.exists() else ""
    return f"pmdocs init --interactive{force} {shlex.quote(str(target))}"


def partial_text(answers: Answers, target: Path, problems: tuple[str, ...] = ()) -> str:
    """Return the partial file: the answers so far as a questionnaire, with how to carry on."""
    total = len(questions_for(answers))
    given = sum(1 for question in questions_for(answers) if question.key in answers)
    lines = [
        f"# Answers given so far to: {rerun_command(target)}",
        f"# ({given} of {total} questions answered). Run that command again to carry on:",
        "# every answer here is offered as the default (press Enter to keep it).",
        "# Lines marked 'not answered yet' are still to be asked.",
    ]
    if problems:
        lines += ["# pmdocs could not turn these answers into a valid questionnaire (a bug in pmdocs:",
                  "# please report it). You can also fix these problems here and rename the file:",
                  *(f"#   {problem}" for problem in problems)]
    return "\n".join(lines) + "\n" + render(answers)


def _at(node: Optional[Node], *keys: Union[str, int]) -> Optional[Node]:
    """Return the node under a path of keys and list positions, or None when the file holds no such thing."""
    for key in keys:
        if isinstance(key, str) and isinstance(node, MapNode) and key in node.entries:
            node = node.entries[key].value
        elif isinstance(key, int) and isinstance(node, SeqNode) and key < len(node.items):
            node = node.items[key]
        else:
            return None
    return node


def _text(node: Optional[Node]) -> Optional[str]:
    """Return a scalar's text, or None for anything else (an empty value, a list, a mapping)."""
    if not isinstance(node, ScalarNode) or (node.value is None and not node.quoted) or node.poisoned:
        return None
    return node.text.strip() or None


def _role_of(root: MapNode, name: Optional[str]) -> Optional[str]:
    """Return the job title of the person of that name under ``people``."""
    people = _at(root, "people")
    for person in people.items if isinstance(people, SeqNode) else []:
        if same_person(_text(_at(person, "name")), name):
            return _text(_at(person, "role"))
    return None


_PLACES: dict[str, tuple[Union[str, int], ...]] = {
    "name": ("project", "name"), "code": ("project", "code"), "type": ("project", "type"),
    "methodology": ("project", "methodology"), "summary": ("project", "summary"),
    "problem": ("project", "problem"), "start": ("project", "start"), "end": ("project", "end"),
    "organization": ("organization", "name"), "sponsor": ("roles", "sponsor"),
    "manager": ("roles", "project_manager"), "product_owner": ("roles", "product_owner"),
    "objective": ("objectives", 0, "objective"), "measure": ("objectives", 0, "measure"),
    "in_scope": ("scope", "in", 0), "deliverable": ("scope", "deliverables", 0, "name"),
    "description": ("scope", "deliverables", 0, "description"),
    "acceptance": ("scope", "deliverables", 0, "acceptance", 0), "due": ("scope", "deliverables", 0, "due"),
}


def answers_in(root: MapNode) -> Answers:
    """Return the answers a questionnaire (valid or not, complete or partial) holds: whatever can be read."""
    found = {key: _text(_at(root, *place)) for key, place in _PLACES.items()}
    found["sponsor_role"] = _role_of(root, found["sponsor"])
    if not same_person(found["manager"], found["sponsor"]):
        found["manager_role"] = _role_of(root, found["manager"])
    return {key: value for key, value in found.items() if value is not None}


_WRITTEN = {"schema_version", "project", "organization", "people", "roles", "objectives", "scope", "communication"}


def left_out(root: MapNode) -> list[str]:
    """Return what a questionnaire holds beyond init's questions, which a questionnaire init writes would drop."""
    extra = [key for key in root.entries if key not in _WRITTEN]
    for name, place in (("people", ("people",)), ("objectives", ("objectives",)),
                        ("deliverables", ("scope", "deliverables"))):
        items = _at(root, *place)
        if isinstance(items, SeqNode) and len(items.items) > (3 if name == "people" else 1):
            extra.append(f"more {name}")
    return extra


class Saved(Record, frozen=False):
    """Return what a questionnaire or partial file holds: its answers, why none (if so), what init would drop."""

    answers: Answers
    problem: Optional[str] = None
    left_out: list[str] = field(default_factory=list)


def read_answers(path: Path) -> Saved:
    """Return the answers held by a questionnaire or partial file (valid or not: whatever can be read)."""
    document = load(path)
    if document.root is None:
        problems = [d.message for d in document.diagnostics if d.severity is Severity.ERROR]
        return Saved({}, problems[0] if problems else "it holds no questionnaire")
    return Saved(answers_in(document.root), None, left_out(document.root))

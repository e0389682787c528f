"""The answers of ``pmdocs init --interactive`` written as a questionnaire (YAML), with comments for those still missing."""

from __future__ import annotations

import json
import re
from typing import Callable, Optional

from generator.questionnaire.questions import BY_KEY, Answers, asked, same_person

# What YAML cannot hold literally (non-printable characters) or reads as a line break: written as escapes.
_YAML_UNSAFE = re.compile("[^\t\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]")
_PLAIN_CODE = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def q(text: str) -> str:
    """Return text as a YAML double-quoted scalar that reads back as exactly that text."""
    quoted = json.dumps(text, ensure_ascii=False)  # JSON strings are YAML; JSON already escapes C0 controls
    return _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def _date(text: str) -> str:
    """Return a date as YAML: plain when written in full, else quoted (it is then refused as a date)."""
    return text if _ISO_DATE.fullmatch(text) else q(text)


def _code(text: str) -> str:
    """Return a project code as YAML: plain when it cannot be read as anything else, else quoted."""
    return text if _PLAIN_CODE.fullmatch(text) else q(text)


def _word(text: str) -> str:
    """Return an enumeration word as YAML: plain when it is a kebab-case word, else quoted."""
    return text if re.fullmatch(r"[a-z]+(?:-[a-z]+)*", text) else q(text)


_STYLE: dict[str, Callable[[str], str]] = {"date": _date, "code": _code, "choice": _word}


class _Fields:
    """Render answers as ``key: value`` lines, or as comments for answers still missing."""

    def __init__(self, answers: Answers) -> None:
        self.answers = answers

    def scalar(self, key: str) -> Optional[str]:
        """Return an answer as a YAML scalar, or None when it is missing."""
        value = self.answers.get(key)
        if value is None:
            return None
        return _STYLE.get(BY_KEY[key].kind, q)(value)

    def line(self, yaml_key: str, key: str) -> list[str]:
        """Return ``yaml_key: value``, a comment when the answer is missing, or nothing when it is not asked."""
        value = self.scalar(key)
        if value is not None:
            return [f"{yaml_key}: {value}"]
        return [f"# {yaml_key}: not answered yet ({BY_KEY[key].prompt})"] if asked(key, self.answers) else []

    def listed(self, yaml_key: str, key: str) -> list[str]:
        """Return a one-item list under ``yaml_key``, or a comment when the answer is missing."""
        value = self.scalar(key)
        if value is None:
            return self.line(yaml_key, key)
        return [f"{yaml_key}:", f"  - {value}"]


def _item(indent: str, entries: list[list[str]]) -> list[str]:
    """Return the lines of one list item: its present keys first (the first after ``- ``), then missing ones."""
    present = [e for e in entries if e and not e[0].startswith("#")]
    missing = [e for e in entries if e and e[0].startswith("#")]
    lines: list[str] = []
    for n, entry in enumerate(present + missing):
        for k, text in enumerate(entry):
            lead = "- " if n == 0 and k == 0 and present else "  "
            lines.append(f"{indent}{lead}{text}")
    return lines


def _indented(indent: str, lines: list[str]) -> list[str]:
    """Return the lines with ``indent`` before each."""
    return [indent + line for line in lines]


def _people(answers: Answers) -> list[list[str]]:
    """Return the people entries: each person once, however many roles they hold."""
    fields = _Fields(answers)
    kinds = (("sponsor", "sponsor_role", "high", False), ("manager", "manager_role", "medium", True),
             ("product_owner", "", "medium", True))
    people: list[list[str]] = []
    named: list[str] = []
    for key, role_key, influence, technical in kinds:
        name = answers.get(key)
        if not name or any(same_person(name, other) for other in named):
            continue
        named.append(name)
        role = fields.line("role", role_key) if role_key else [f"role: {q('Product Owner')}"]
        entries = [fields.line("name", key), role, [f"influence: {influence}"], ["interest: high"]]
        people.append(_item("  ", entries + ([] if technical else [["technical: false"]])))
    return people


def render(answers: Answers) -> str:
    """Return the questionnaire built from the answers, with comments for the answers still missing."""
    f = _Fields(answers)
    due = _Fields({"due": answers["end"]}).line("due", "due") if "end" in answers else []
    sponsor, manager = f.scalar("sponsor"), f.scalar("manager")
    deliverable = [f.line("name", "deliverable"), f.line("description", "description"),
                   f.listed("acceptance", "acceptance"),
                   [f"owner: {manager}"] if manager else [], f.line("due", "due")]
    lines = [
        "# yaml-language-server: $schema=pmdocs.schema.json",
        "# Written by 'pmdocs init --interactive'. Add people, risks, milestones and",
        "# change control as the project takes shape (see 'pmdocs init' for every key).",
        "schema_version: 1",
        "",
        "project:",
        *_indented("  ", [*f.line("name", "name"), *f.line("code", "code"), *f.line("type", "type"),
                          *f.line("methodology", "methodology"), *f.line("summary", "summary"),
                          *f.line("problem", "problem"), *f.line("start", "start"), *f.line("end", "end"),
                          "status: planning"]),
        "",
        "organization:",
        *_indented("  ", f.line("name", "organization")),
        "",
        "people:",
        *[line for person in _people(answers) for line in person],
        "",
        "roles:",
        *_indented("  ", [*f.line("sponsor", "sponsor"), *f.line("project_manager", "manager"),
                          *f.line("product_owner", "product_owner")]),
        "",
        "objectives:",
        *_item("  ", [f.line("objective", "objective"), f.line("measure", "measure"), due]),
        "",
        "scope:",
        *_indented("  ", [*f.listed("in", "in_scope"), "out: []", "deliverables:"]),
        *_item("    ", deliverable),
        "",
        "communication:",
        "  defaults: true",
    ]
    if sponsor and manager:
        lines += [
            "  items:",
            "    - name: Sponsor update",
            f"      audience: [{sponsor}]",
            "      purpose: Progress, decisions needed and risks",
            "      channel: Short written report",
            "      frequency: monthly",
            f"      owner: {manager}",
        ]
    return "\n".join(lines) + "\n"

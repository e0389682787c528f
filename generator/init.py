"""Write a starting questionnaire: the commented example, or one built from answers."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, get_args

from generator import model as m
from generator.validate import CODE_RE, WINDOWS_RESERVED

EXAMPLE_FILE = Path(__file__).with_name("data") / "example.yaml"


def example_text() -> str:
    """Return the complete, commented example questionnaire."""
    return EXAMPLE_FILE.read_text(encoding="utf-8")


def q(text: str) -> str:
    """Return text as a YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def suggest_code(name: str, year: int) -> str:
    """Return a project code made of a name's initials and a year, e.g. ``CDPM-2027``."""
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z0-9]+", name)).upper()[:8] or "PRJ"
    code = f"{initials}-{year}"
    if initials in WINDOWS_RESERVED or not CODE_RE.match(code) or len(initials) < 2:
        code = f"PRJ-{year}"
    return code


@dataclass
class Answers:
    """Return the answers to the required questions of the interactive ``init``."""

    name: str
    code: str
    type: str
    methodology: str
    summary: str
    problem: str
    start: dt.date
    end: dt.date
    organization: str
    sponsor: str
    sponsor_role: str
    manager: str
    manager_role: str
    product_owner: str
    objective: str
    measure: str
    in_scope: str
    deliverable: str
    description: str
    acceptance: str
    due: dt.date


def render_answers(a: Answers) -> str:
    """Return a questionnaire built from interactive answers, with the example's comments."""
    people = [(a.sponsor, a.sponsor_role, "high", "high", False), (a.manager, a.manager_role, "medium", "high", True)]
    if a.product_owner and a.product_owner not in (a.sponsor, a.manager):
        people.append((a.product_owner, "Product Owner", "medium", "high", True))
    lines = [
        "# yaml-language-server: $schema=pmdocs.schema.json",
        "# Written by 'pmdocs init --interactive'. Add people, risks, milestones and",
        "# change control as the project takes shape (see 'pmdocs init' for every key).",
        "schema_version: 1",
        "",
        "project:",
        f"  name: {q(a.name)}",
        f"  code: {a.code}",
        f"  type: {a.type}",
        f"  methodology: {a.methodology}",
        f"  summary: {q(a.summary)}",
        f"  problem: {q(a.problem)}",
        f"  start: {a.start.isoformat()}",
        f"  end: {a.end.isoformat()}",
        "  status: planning",
        "",
        "organization:",
        f"  name: {q(a.organization)}",
        "",
        "people:",
    ]
    for name, role, influence, interest, technical in people:
        lines += [f"  - name: {q(name)}", f"    role: {q(role)}", f"    influence: {influence}", f"    interest: {interest}"]
        if not technical:
            lines.append("    technical: false")
    lines += ["", "roles:", f"  sponsor: {q(a.sponsor)}", f"  project_manager: {q(a.manager)}"]
    if a.product_owner:
        lines.append(f"  product_owner: {q(a.product_owner)}")
    lines += [
        "",
        "objectives:",
        f"  - objective: {q(a.objective)}",
        f"    measure: {q(a.measure)}",
        f"    due: {a.end.isoformat()}",
        "",
        "scope:",
        "  in:",
        f"    - {q(a.in_scope)}",
        "  out: []",
        "  deliverables:",
        f"    - name: {q(a.deliverable)}",
        f"      description: {q(a.description)}",
        "      acceptance:",
        f"        - {q(a.acceptance)}",
        f"      owner: {q(a.manager)}",
        f"      due: {a.due.isoformat()}",
        "",
        "communication:",
        "  defaults: true",
        "  items:",
        "    - name: Sponsor update",
        f"      audience: [{q(a.sponsor)}]",
        "      purpose: Progress, decisions needed and risks",
        "      channel: Short written report",
        "      frequency: monthly",
        f"      owner: {q(a.manager)}",
        "",
    ]
    return "\n".join(lines)


def parse_date(text: str) -> dt.date:
    """Return a date written YYYY-MM-DD, or raise ValueError with a plain message."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", text.strip()):
        raise ValueError("write the date as YYYY-MM-DD, e.g. 2027-01-31")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text.strip()} is not a real date") from None


Ask = Callable[..., str]


def ask_answers(ask: Ask, choose: Callable[[str, tuple[str, ...], str], str], today: dt.date) -> Answers:
    """Return answers gathered through ``ask`` (text) and ``choose`` (enumerations)."""

    def text(prompt: str, default: str = "") -> str:
        return ask(prompt, default=default, check=lambda v: v.strip() or _fail("an answer is required"))

    def day(prompt: str, default: dt.date, after: dt.date | None = None) -> dt.date:
        def check(v: str) -> dt.date:
            value = parse_date(v)
            if after is not None and value <= after:
                raise ValueError(f"must be after {after.isoformat()}")
            return value
        return ask(prompt, default=default.isoformat(), check=check)

    name = text("Project name")
    start = day("Start date (YYYY-MM-DD)", today)
    end = day("End date (YYYY-MM-DD)", start + dt.timedelta(days=180), after=start)

    def code_check(v: str) -> str:
        v = v.strip()
        if not CODE_RE.match(v) or v in WINDOWS_RESERVED:
            raise ValueError("use 2-20 characters of A-Z, 0-9 and -")
        return v

    code = ask("Project code", default=suggest_code(name, start.year), check=code_check)
    ptype = choose("Project type", get_args(m.ProjectType), "software-development")
    methodology = choose("Methodology", get_args(m.Methodology), "scrum")
    summary = text("Summary (one plain-language sentence or paragraph)")
    problem = text("Problem it solves (the business case)")
    organization = text("Organization")
    sponsor = text("Sponsor's name")
    sponsor_role = text("Sponsor's job title", "Executive Sponsor")
    manager = text("Project manager's name")
    manager_role = text("Project manager's job title", "Project Manager")
    product_owner = ""
    if methodology in ("scrum", "agile", "hybrid"):
        product_owner = text("Product owner's name", sponsor)
    objective = text("Main objective")
    measure = text("How its success is measured")
    in_scope = text("One thing in scope")
    deliverable = text("Main deliverable")
    description = text("What the deliverable is", deliverable)
    acceptance = text("How it is accepted (one criterion)")

    def due_check(v: str) -> dt.date:
        value = parse_date(v)
        if not start <= value <= end:
            raise ValueError(f"must lie between {start.isoformat()} and {end.isoformat()}")
        return value

    due = ask("Deliverable due date (YYYY-MM-DD)", default=end.isoformat(), check=due_check)
    return Answers(name, code, ptype, methodology, summary, problem, start, end, organization, sponsor,
                   sponsor_role, manager, manager_role, product_owner, objective, measure, in_scope,
                   deliverable, description, acceptance, due)


def _fail(message: str) -> str:
    raise ValueError(message)

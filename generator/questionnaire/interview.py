"""Write a starting questionnaire: the commented example, or one built from answers.

The interactive ``init`` is an :class:`Interview`: questions asked in order, each
answer checked by the validator itself (the answers so far, with placeholders for
the rest, are rendered and validated), so whatever the prompts accept renders to a
questionnaire that validates. The answers so far can be rendered at any moment, as
a partial file that a later run reads back (with :func:`answers_in`) and offers as
defaults, as it does for an existing questionnaire.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Literal, Optional, Union, get_args

from generator.questionnaire import model as m
from generator.questionnaire.checks import folded
from generator.diagnostics import Severity
from generator.questionnaire.loader import MapNode, Node, ScalarNode, SeqNode, load
from generator.questionnaire.read import read_questionnaire_text
from generator.questionnaire.suggest import did_you_mean, normalize
from generator.questionnaire.validate import CODE_RE, DATE_RE, WINDOWS_RESERVED
from generator.resources import DATA

EXAMPLE_FILE = DATA / "example.yaml"
PARTIAL_SUFFIX = ".partial"  # not .yaml: a folder of questionnaires (validate DIR, the site) must not pick it up
SCRUM_LIKE = ("scrum", "agile", "hybrid")  # methodologies that have a product owner
DEFAULT_LENGTH = dt.timedelta(days=180)
YES_NO = ("yes", "no")

Kind = Literal["text", "name", "date", "code", "choice"]
Answers = dict[str, str]  # question key -> the accepted answer, as written (dates YYYY-MM-DD)
Ask = Callable[[str, Optional[str]], str]  # (prompt, default shown) -> the line typed
Tell = Callable[[str], None]

# What YAML cannot hold literally (non-printable characters) or reads as a line break: written as escapes.
_YAML_UNSAFE = re.compile("[^\t\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_CODE = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def example_text() -> str:
    """Return the complete, commented example questionnaire."""
    return EXAMPLE_FILE.read_text(encoding="utf-8")


def q(text: str) -> str:
    """Return text as a YAML double-quoted scalar that reads back as exactly that text."""
    quoted = json.dumps(text, ensure_ascii=False)  # JSON strings are YAML; JSON already escapes C0 controls
    return _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def suggest_code(name: str, year: int) -> str:
    """Return a project code made of a name's initials and a year, e.g. ``CDPM-2027``."""
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z0-9]+", name)).upper()[:8] or "PRJ"
    code = f"{initials}-{year}"
    if initials in WINDOWS_RESERVED or not CODE_RE.match(code) or len(initials) < 2:
        code = f"PRJ-{year}"
    return code


def parse_date(text: str) -> Optional[dt.date]:
    """Return the date written ``YYYY-MM-DD`` (month and day may have one digit), or None."""
    match = DATE_RE.match(text.strip())
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def later(day: dt.date, delta: dt.timedelta) -> dt.date:
    """Return ``day + delta``, or the last date there is."""
    try:
        return day + delta
    except OverflowError:
        return dt.date.max


# -- the questions --------------------------------------------------------------


def _nothing(answers: Answers, today: dt.date) -> Optional[str]:
    """Return no default."""
    return None


def _always(answers: Answers) -> bool:
    """Return True: the question is always asked."""
    return True


def _day(answers: Answers, key: str, today: dt.date) -> dt.date:
    """Return the date answered under ``key``, or today when there is none yet."""
    return parse_date(answers.get(key, "")) or today


def _due(answers: Answers) -> Optional[str]:
    """Return the usual due date: the project's end (its start while the end is not after it)."""
    start, end = parse_date(answers.get("start", "")), parse_date(answers.get("end", ""))
    if end is not None and (start is None or end > start):
        return answers["end"]
    return answers["start"] if start is not None else None


def same_person(first: Optional[str], second: Optional[str]) -> bool:
    """Return True when two names name the same person (compared as duplicates are: NFC, case and spacing folded)."""
    return bool(first and second) and folded(first or "") == folded(second or "")


@dataclass(frozen=True)
class Question:
    """One question: the answer's key, the prompt, what kind of value it is, its default and when it is asked."""

    key: str
    prompt: str
    kind: Kind = "text"
    options: tuple[str, ...] = ()
    default: Callable[[Answers, dt.date], Optional[str]] = _nothing
    asked: Callable[[Answers], bool] = _always

    def text(self) -> str:
        """Return the prompt as shown, listing the allowed words of a choice."""
        return f"{self.prompt} ({', '.join(self.options)})" if self.options else self.prompt


QUESTIONS: tuple[Question, ...] = (
    Question("name", "Project name"),
    Question("start", "Start date (YYYY-MM-DD)", "date", default=lambda a, today: today.isoformat()),
    Question("end", "End date (YYYY-MM-DD)", "date",
             default=lambda a, today: later(_day(a, "start", today), DEFAULT_LENGTH).isoformat()),
    Question("code", "Project code", "code",
             default=lambda a, today: suggest_code(a.get("name", ""), _day(a, "start", today).year)),
    Question("type", "Project type", "choice", get_args(m.ProjectType), lambda a, today: "software-development"),
    Question("methodology", "Methodology", "choice", get_args(m.Methodology), lambda a, today: "scrum"),
    Question("summary", "Summary (one plain-language sentence or paragraph)"),
    Question("problem", "Problem it solves (the business case)"),
    Question("organization", "Organization"),
    Question("sponsor", "Sponsor's name", "name"),
    Question("sponsor_role", "Sponsor's job title", default=lambda a, today: "Executive Sponsor"),
    Question("manager", "Project manager's name", "name"),
    Question("manager_role", "Project manager's job title", default=lambda a, today: "Project Manager",
             asked=lambda a: not same_person(a.get("manager"), a.get("sponsor"))),
    Question("product_owner", "Product owner's name", "name", default=lambda a, today: a.get("sponsor"),
             asked=lambda a: a.get("methodology") in SCRUM_LIKE),
    Question("objective", "Main objective"),
    Question("measure", "How its success is measured"),
    Question("in_scope", "One thing in scope"),
    Question("deliverable", "Main deliverable"),
    Question("description", "What the deliverable is", default=lambda a, today: a.get("deliverable")),
    Question("acceptance", "How it is accepted (one criterion)"),
    Question("due", "Deliverable due date (YYYY-MM-DD)", "date", default=lambda a, today: _due(a)),
)
BY_KEY = {question.key: question for question in QUESTIONS}


def asked(key: str, answers: Answers) -> bool:
    """Return True when the question ``key`` is asked, given the answers before it."""
    return BY_KEY[key].asked(answers)


def complete(answers: Answers, today: dt.date) -> Answers:
    """Return the answers with a valid placeholder for every question not answered yet."""
    filled: Answers = {}
    for question in QUESTIONS:
        if not question.asked(filled):
            continue
        value = answers.get(question.key)
        if value is None:
            value = question.default(filled, today) or (today.isoformat() if question.kind == "date" else question.prompt)
        filled[question.key] = value
    return filled


def match_choice(text: str, options: tuple[str, ...]) -> Optional[str]:
    """Return the option meant by ``text``: the same word in any case or spacing, or its only prefix."""
    word = normalize(text)
    exact = [o for o in options if normalize(o) == word]
    starting = [o for o in options if word and normalize(o).startswith(word)]
    return exact[0] if exact else starting[0] if len(starting) == 1 else None


def not_allowed(text: str, options: tuple[str, ...]) -> str:
    """Return the message for a word that is not one of the options (worded as the validator words it)."""
    return f"'{text}' is not one of the allowed values: {', '.join(options)}{did_you_mean(text, options)}"


def tidy(question: Question, text: str) -> str:
    """Return an answer as it is written: trimmed; names NFC-normalized; words and dates in their standard form."""
    text = text.strip()
    if question.kind == "name":
        return m.same_name(text)
    if question.kind == "choice":
        return match_choice(text, question.options) or text
    if question.kind == "date":
        day = parse_date(text)
        return day.isoformat() if day is not None else text
    return text


# -- rendering ------------------------------------------------------------------


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


def questions_for(answers: Answers) -> list[Question]:
    """Return the questions asked, given these answers."""
    return [question for question in QUESTIONS if question.asked(answers)]


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


# -- reading answers back -------------------------------------------------------


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


@dataclass
class Saved:
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


# -- the interview --------------------------------------------------------------


@dataclass
class Checked:
    """Return the verdict on one answer: its value when accepted, else the problems; notes either way."""

    value: Optional[str]
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class Interview:
    """Ask the questions in order, checking each answer against the validator, keeping every answer given.

    ``saved`` answers (from an existing questionnaire or a partial file) are offered as
    defaults; ``resumed`` ones (from a partial file) are also kept in :meth:`partial`
    until they are answered again, so an interrupted resume loses nothing either.
    """

    def __init__(self, today: dt.date, saved: Optional[Answers] = None, resumed: Optional[Answers] = None) -> None:
        self.today = today
        self.saved = dict(saved or {})
        self.resumed = dict(resumed or {})
        self.answers: Answers = {}
        self._seen: dict[tuple[tuple[str, str], ...], list[tuple[Severity, str]]] = {}

    def questions(self) -> Iterator[Question]:
        """Yield the questions still to ask, each decided once the answers before it are in."""
        for question in QUESTIONS:
            if question.key not in self.answers and question.asked(self.answers):
                yield question

    def offer(self, question: Question) -> tuple[Optional[str], list[str]]:
        """Return the default to offer (a saved answer, else the usual default, when accepted) and notes."""
        notes: list[str] = []
        saved = self.saved.get(question.key)
        if saved is not None:
            checked = self.check(question, saved)
            if checked.value is not None:
                return checked.value, notes
            notes.append(f"the saved answer '{saved}' is not offered: {checked.problems[0]}")
        usual = question.default(self.answers, self.today)
        if usual is not None and self.check(question, usual).value is not None:
            return usual, notes
        return None, notes

    def check(self, question: Question, text: str) -> Checked:
        """Return the verdict on an answer: the problems and warnings it adds to the questionnaire."""
        value = tidy(question, text)
        if not value:
            return Checked(None, ["an answer is required"])
        unwritable = _SURROGATE.search(value)  # e.g. a byte that is not UTF-8: no YAML file can hold it
        if unwritable:
            return Checked(None, [f"contains the character U+{ord(unwritable.group()):04X}, which documents cannot hold; remove it"])
        if question.kind == "name":  # a person named before, typed again: the same person, spelt as first written
            value = next((known for key, known in self.answers.items()
                          if BY_KEY[key].kind == "name" and same_person(known, value)), value)
        before = self._problems({k: v for k, v in self.answers.items() if k != question.key})
        after = self._problems({**self.answers, question.key: value})
        added = [p for p in after if p not in before]
        errors = list(dict.fromkeys(message for severity, message in added if severity is Severity.ERROR))
        notes = list(dict.fromkeys(message for severity, message in added if severity is not Severity.ERROR))
        return Checked(None if errors else value, errors, notes)

    def _problems(self, answers: Answers) -> list[tuple[Severity, str]]:
        """Return the problems of the questionnaire these answers make, the rest being placeholders."""
        key = tuple(answers.items())
        if key not in self._seen:
            result = read_questionnaire_text(render(complete(answers, self.today)), "<answers>")
            self._seen[key] = [(d.severity, d.message) for d in result.diagnostics]
        return self._seen[key]

    def give(self, question: Question, value: str) -> None:
        """Record an accepted answer."""
        self.answers[question.key] = value
        self.resumed.pop(question.key, None)
        self._seen.clear()  # problems are remembered while one question is asked again and again

    def partial(self) -> Answers:
        """Return every answer worth keeping: those given now, and those resumed and not yet asked again."""
        return {**self.resumed, **self.answers}

    def render(self) -> str:
        """Return the questionnaire of the answers given."""
        return render(self.answers)


def ask_until(ask: Ask, tell: Tell, prompt: str, default: Optional[str], check: Callable[[str], Checked]) -> str:
    """Return an accepted answer, telling why each refused one is refused and asking again."""
    while True:
        try:
            raw = ask(prompt, default)
        except ValueError as exc:  # a line that is not text (e.g. not UTF-8)
            tell(f"  {exc}; please try again")
            continue
        checked = check(default if not raw.strip() and default is not None else raw)
        for problem in checked.problems:
            tell(f"  {problem}; please try again")
        for note in checked.notes:
            tell(f"  note: {note}")
        if checked.value is not None:
            return checked.value


def ask_choice(ask: Ask, tell: Tell, prompt: str, options: tuple[str, ...], default: str) -> str:
    """Return one of the options, asked for until one is given."""
    def check(text: str) -> Checked:
        chosen = match_choice(text, options)
        return Checked(chosen) if chosen else Checked(None, [not_allowed(text.strip(), options)])

    return ask_until(ask, tell, f"{prompt} ({'/'.join(options)})", default, check)


def run(interview: Interview, ask: Ask, tell: Tell, after: Callable[[], None] = lambda: None) -> None:
    """Ask every question still open, recording each accepted answer and calling ``after`` once it is in."""
    for question in interview.questions():
        default, notes = interview.offer(question)
        for note in notes:
            tell(f"  note: {note}")
        value = ask_until(ask, tell, question.text(), default, lambda text: interview.check(question, text))
        interview.give(question, value)
        after()

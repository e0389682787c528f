"""The interview of ``pmdocs init --interactive``: questions asked in order, every answer checked by the validator.

An :class:`Interview` checks each answer by the validator itself (the answers so
far, with placeholders for the rest, are rendered and validated), so whatever the
prompts accept renders to a questionnaire that validates. The questions are in
:mod:`generator.questionnaire.questions`, the rendering in
:mod:`generator.questionnaire.answers_yaml`; the answers so far can be saved at any
moment as a partial file that a later run reads back and offers as defaults
(:mod:`generator.questionnaire.partial`), as it does for an existing questionnaire.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import field
from typing import Callable, Iterator, Optional

from generator.diagnostics import Severity
from generator.questionnaire.answers_yaml import render
from generator.questionnaire.questions import BY_KEY, QUESTIONS, Answers, Question, complete, match_choice, not_allowed, same_person, tidy
from generator.questionnaire.read import read_questionnaire_text
from generator.record import Record
from generator.resources import DATA

EXAMPLE_FILE = DATA / "example.yaml"

Ask = Callable[[str, Optional[str]], str]  # (prompt, default shown) -> the line typed
Tell = Callable[[str], None]

_SURROGATE = re.compile("[\ud800-\udfff]")


def example_text() -> str:
    """Return the complete, commented example questionnaire."""
    return EXAMPLE_FILE.read_text(encoding="utf-8")


class Checked(Record, frozen=False):
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

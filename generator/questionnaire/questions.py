"""The questions of ``pmdocs init --interactive``: what each asks, its kind of answer, its default and when it is asked."""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Literal, Optional, get_args

from generator.questionnaire import model as m
from generator.questionnaire.checking import folded
from generator.questionnaire.file_names import WINDOWS_RESERVED
from generator.questionnaire.suggest import did_you_mean, normalize
from generator.questionnaire.value_formats import CODE_RE, DATE_RE
from generator.record import Record

SCRUM_LIKE = ("scrum", "agile", "hybrid")  # methodologies that have a product owner
DEFAULT_LENGTH = dt.timedelta(days=180)

Kind = Literal["text", "name", "date", "code", "choice"]
Answers = dict[str, str]  # question key -> the accepted answer, as written (dates YYYY-MM-DD)


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


class Question(Record):
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


def questions_for(answers: Answers) -> list[Question]:
    """Return the questions asked, given these answers."""
    return [question for question in QUESTIONS if question.asked(answers)]

"""The loader's problems in plain words: YAML syntax errors with a hint, refused tags, and 1-based positions."""

from __future__ import annotations

import re
from typing import Optional, Union

import yaml

from generator.diagnostics import Mark
from generator.questionnaire.flow_scan import brackets


class LoadAbort(Exception):
    """Internal to loading: stop with one located problem."""

    def __init__(self, message: str, mark: Mark) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


def yaml_mark(mark: object) -> Mark:
    """Return a 1-based :class:`Mark` from PyYAML's 0-based mark."""
    if mark is None:
        return Mark()
    return Mark(getattr(mark, "line", 0) + 1, getattr(mark, "column", 0) + 1)


def offset_mark(text: Union[str, bytes], offset: int) -> Mark:
    """Return the line and column of a character (or byte) offset."""
    if isinstance(text, bytes):
        before_bytes = text[:offset]
        return Mark(before_bytes.count(b"\n") + 1, offset - before_bytes.rfind(b"\n"))
    before = text[:offset]
    return Mark(before.count("\n") + 1, offset - before.rfind("\n"))


SYNTAX_HINTS: list[tuple[str, str]] = [
    ("found character '\\t'", "a tab character is used for indentation here; YAML allows only spaces"),
    ("found character '\t'", "a tab character is used for indentation here; YAML allows only spaces"),
    ("did not find expected <document start>", "this line is not part of a 'key: value' pair: check its indentation, or a missing colon above it"),
    ("mapping keys are not allowed", "unexpected 'key:' here: check the indentation, or put text that contains ': ' in quotes"),
    ("mapping values are not allowed", "unexpected ':' here: put text that contains ': ' in quotes, or fix the indentation"),
    ("could not find expected ':'", "expected 'key: value' here: a colon is missing or the indentation is off"),
    ("did not find expected key", "bad indentation: this line does not line up with the keys above it"),
    ("did not find expected '-' indicator", "bad indentation: this list item does not line up with the items above it"),
    ("did not find expected node content", "a value is missing or the indentation is off"),
    ("found undefined alias", "unknown alias: no anchor (&name) of that name is defined above it"),
    ("found unknown escape character", "unknown escape (\\) in double-quoted text: use single quotes, or write \\\\ for a backslash"),
    ("found unexpected end of stream", "the file ends inside quoted text: a closing quote is missing"),
    ("found unexpected ':'", "unexpected ':' here: put text that contains ': ' in quotes"),
    ("block sequence entries are not allowed", "a list item ('- ') cannot start here: check the indentation"),
    ("expected <block end>", "bad indentation: this line does not line up with the lines above it"),
    ("expected ',' or ']'", "a list in brackets [...] is not closed, or an item needs quotes"),
    ("expected ',' or '}'", "a mapping in braces {...} is not closed, or a value needs quotes"),
    ("found a tab character", "a tab character is used here; YAML allows only spaces for indentation"),
    ("found character '@' that cannot start any token", "text starting with '@' must be put in quotes"),
    ("found character '`' that cannot start any token", "text starting with '`' must be put in quotes"),
    ("found character '%' that cannot start any token", "text starting with '%' must be put in quotes"),
]


def short_tag(tag: Optional[str]) -> str:
    """Return a tag as written in YAML, e.g. ``!!python/object`` rather than its long form."""
    tag = tag or ""
    return "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag


def tag_problem(tag: Optional[str]) -> str:
    """Return the message for a YAML tag that questionnaires may not use."""
    return (f"YAML tag '{short_tag(tag)}' is not allowed: a questionnaire holds only plain text, "
            "numbers, dates, lists and mappings")


def syntax_message(error: yaml.MarkedYAMLError, text: str) -> tuple[str, Mark]:
    """Return a plain-language message and position for a YAML syntax error."""
    problem = str(error.problem or error.context or "the YAML syntax is invalid")
    mark = yaml_mark(error.problem_mark or error.context_mark)
    index = getattr(error.problem_mark, "index", None)
    char = text[index] if isinstance(index, int) and 0 <= index < len(text) else ""
    if char == "\t":
        return "YAML syntax error: a tab character is used here; YAML allows only spaces for indentation", mark
    if "cannot start any token" in problem and char:
        return f"YAML syntax error: text cannot start with '{char}' here; put the whole text in quotes", mark
    opened = _unclosed(text) if "flow" in str(error.context or "") else None
    if opened is not None:  # (reviews 57a, 57b: "a value is missing" at the end of the file, for a '[' on line 2)
        kind = "a list in brackets [...]" if opened[0] == "[" else "a mapping in braces {...}"
        # met at the end of the file: the bracket is the place to look
        at_end = "stream end" in problem or (isinstance(index, int) and index >= len(text.rstrip()))
        return (f"YAML syntax error: {kind} opened at line {opened[1].line} is not closed, or an item in it needs "
                "quotes", opened[1] if at_end else mark)
    lines = text.splitlines()
    line = lines[mark.line - 1] if 0 < mark.line <= len(lines) else ""
    if _AFTER_QUOTE.match(line):  # (review 153c F13: 'lesson: "Agreed" in a meeting ...' read as bad indentation)
        return ("YAML syntax error: the text goes on after its closing quote: a value that starts with a quote must "
                "end with it; put the whole text in single quotes, e.g. '\"Done\" means tested', or start it "
                "with a word", Mark(mark.line, 1 + len(line) - len(line.lstrip())))
    for needle, hint in SYNTAX_HINTS:
        if needle in problem or (needle and needle in str(error.context or "")):
            if "end of stream" in needle and error.context_mark is not None:
                mark = yaml_mark(error.context_mark)
            return f"YAML syntax error: {hint}", mark
    problem = re.sub(r"\s+", " ", problem).strip()
    return f"YAML syntax error: {problem}", mark


# a line whose value (a key's, or a list item's) is a quoted text closed before the line's text ends
_AFTER_QUOTE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s"'#:-][^:#]*:\s+)?(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*[^\s#,\]}]""")


def _unclosed(text: str) -> Optional[tuple[str, Mark]]:
    """Return the first '[' or '{' the text opens and never closes (`flow_scan.brackets`), with where."""
    stack: list[tuple[str, Mark]] = []
    for sign, start, _depth in brackets(text):
        if sign in "[{":
            stack.append((sign, offset_mark(text, start)))
        elif stack:
            stack.pop()
    return stack[0] if stack else None

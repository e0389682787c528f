"""Problems found in a questionnaire, reported the way compilers do.

A :class:`Diagnostic` carries the file, line and column, the key path in the
questionnaire and a message written for a project manager.  Formatting follows
the ``FILE:LINE:COL: error: KEY.PATH: message`` convention that editors and CI
systems turn into clickable links.
"""

from __future__ import annotations

from dataclasses import field
from enum import Enum
from typing import Iterable, Optional, Union

from generator.record import Record

PathPart = Union[str, int]
KeyPath = tuple[PathPart, ...]


class Severity(str, Enum):
    """How bad a problem is: errors stop generation, warnings do not (unless strict), hints never do.

    A hint is not a problem: it names the key that would fill a section a professional
    expects filled, and only ``pmdocs validate`` prints it.
    """

    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"


class Mark(Record, order=True):
    """Return a 1-based line and column in a file."""

    line: int = 1
    col: int = 1


def format_path(path: KeyPath) -> str:
    """Return a key path as the questionnaire reader writes it, e.g. ``people[0].name``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


class Diagnostic(Record):
    """Return one problem found in a file, with where and why."""

    severity: Severity
    message: str
    path: KeyPath = ()
    mark: Mark = field(default_factory=Mark)
    file: str = ""

    def format(self, strict: bool = False) -> str:
        """Return the problem as ``FILE:LINE:COL: error: KEY.PATH: message`` (strict: a warning as an error)."""
        severity = self.severity
        if strict and severity is Severity.WARNING:
            severity = Severity.ERROR
        where = f"{self.file}:{self.mark.line}:{self.mark.col}"
        key = format_path(self.path)
        text = f"{key}: {self.message}" if key else self.message
        return f"{where}: {severity.value}: {text}"

    def sort_key(self) -> tuple[int, int, str]:
        """Return the key that orders problems as they appear in the file."""
        return (self.mark.line, self.mark.col, self.message)


def count_summary(diagnostics: Iterable[Diagnostic], files: int, strict: bool = False) -> str:
    """Return the closing summary line, e.g. ``2 errors, 1 warning in 1 file`` (``, 3 hints`` only when there are)."""
    errors = warnings = hints = 0
    for diagnostic in diagnostics:
        if diagnostic.severity is Severity.HINT:
            hints += 1
        elif strict or diagnostic.severity is Severity.ERROR:
            errors += 1
        else:
            warnings += 1

    def plural(n: int, word: str) -> str:
        return f"{n} {word}" if n == 1 else f"{n} {word}s"

    noted = f", {plural(hints, 'hint')}" if hints else ""
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}{noted} in {plural(files, 'file')}"


ADDED_KEYS = "pmdocs adds"  # the words of a hint naming an optional key beyond the questionnaire format


def beyond_format(diagnostic: Diagnostic) -> bool:
    """Return True for a hint that asks only for an optional key pmdocs adds beyond the questionnaire format (reviews
    67-76: two thirds of the hints, which a PM working from the format cannot place); not one saying who the
    distribution lists leave out, which a reader of the documents needs to know whatever the keys."""
    return (diagnostic.severity is Severity.HINT and ADDED_KEYS in diagnostic.message
            and "distribution lists" not in diagnostic.message)


def added_keys_note(diagnostics: Iterable[Diagnostic], held: int = 0) -> Optional[str]:
    """Return the line that says where the optional keys pmdocs adds are described, when a hint names one (reviews
    51a, 51b, 51c: hints asked for keys the questionnaire format does not list, with nothing saying where they are
    described), and how many such hints were ``held`` back (`beyond_format`); None otherwise."""
    where = ("`pmdocs schema` describes every key, those included, and the guide's page \"Writing a questionnaire\" "
             "lists them under \"Optional keys pmdocs adds\"")
    if held:
        return (f"note: {held} more {'hint names' if held == 1 else 'hints name'} optional keys pmdocs adds beyond the "
                f"questionnaire format (a file without them stays valid): `pmdocs validate --hints all` prints "
                f"{'it' if held == 1 else 'them'}. {where}")
    if not any(d.severity is Severity.HINT and ADDED_KEYS in d.message for d in diagnostics):
        return None
    return ("note: the hints that name an optional key pmdocs adds point beyond the questionnaire format; a file "
            f"without those keys stays valid. {where}")


def has_errors(diagnostics: Iterable[Diagnostic], strict: bool = False) -> bool:
    """Return True when any problem is an error (or a warning, when strict); a hint never is."""
    return any(d.severity is Severity.ERROR or (strict and d.severity is Severity.WARNING) for d in diagnostics)

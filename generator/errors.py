"""pmdocs's one error hierarchy: the user's mistakes apart from pmdocs's own bugs.

Everything pmdocs raises on purpose is a :class:`PmdocsError`.  A :class:`UserError`
is a problem in something the user gave or controls (a questionnaire, a template,
a reference Word file, the output folder, the disk): it is reported as one or more
``FILE:LINE:COL: error: KEY.PATH: message`` lines and never with a traceback.  Any
other exception is a bug in pmdocs and keeps its traceback.  The command line and
the MkDocs plugin map errors by these types, never at each call site.
"""

from __future__ import annotations

import os
from typing import Iterable, Optional, Union

from generator.diagnostics import Diagnostic, KeyPath, Mark, Severity


class PmdocsError(Exception):
    """Return the base of every error pmdocs raises on purpose."""


class UserError(PmdocsError):
    """Return a problem in the user's input or environment, with where it is when known.

    ``diagnostics`` holds every located problem (all of them at once); a user error
    without a file (a full disk, say) has a single diagnostic with an empty file.
    """

    def __init__(self, message: str = "", *, file: str = "", line: int = 1, col: int = 1,
                 path: KeyPath = (), diagnostics: Optional[Iterable[Diagnostic]] = None) -> None:
        found = list(diagnostics or ())
        if not found:
            found = [Diagnostic(Severity.ERROR, message, path, Mark(line, col), file)]
        self.diagnostics: list[Diagnostic] = found
        super().__init__(message or "; ".join(d.message for d in found))

    def lines(self) -> list[str]:
        """Return the problems as ``FILE:LINE:COL: error: KEY.PATH: message`` lines (``pmdocs: error: ...`` without a file)."""
        return [d.format() if d.file else f"pmdocs: error: {d.message}" for d in self.diagnostics]

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def add_note(self, note: str) -> None:
        """Add a line said after the problems (what ``BaseException.add_note`` does from Python 3.11 on)."""
        notes: list[str] = self.__dict__.setdefault("__notes__", [])
        notes.append(note)

    def __reduce__(self) -> tuple[object, ...]:
        """Return how to rebuild the error in another process (parallel builds)."""
        return (_rebuild, (type(self), self.diagnostics))


def _rebuild(kind: type[UserError], diagnostics: list[Diagnostic]) -> UserError:
    """Return a user error of ``kind`` carrying ``diagnostics`` (for pickling)."""
    error = kind.__new__(kind)
    UserError.__init__(error, diagnostics=diagnostics)
    return error


class QuestionnaireError(UserError):
    """Return the errors found in one or more questionnaires."""


class TemplateError(UserError):
    """Return a user's template that cannot be loaded or rendered."""


class ReferenceDocxError(UserError):
    """Return a reference Word file that cannot serve as a template (not a .docx, unsafe, too large)."""


class OutputError(UserError):
    """Return output that cannot be written: an unsafe path, a refused link, a full disk, no permission."""

    @classmethod
    def refused(cls, exc: OSError, target: Union[str, "os.PathLike[str]"]) -> OutputError:
        """Return the error for a write the system refused (full disk, no permission, read-only folder), naming the path."""
        where = exc.filename if isinstance(exc.filename, str) else os.fspath(target)
        return cls(f"cannot write '{where}': {exc.strerror or exc}")


class ConfigError(UserError):
    """Return a wrong setting (a plugin option in mkdocs.yml, a command-line value)."""


def short(exc: BaseException, limit: int = 400) -> str:
    """Return an exception's message on one screen: a message that quotes a whole object (a template error naming a
    bound method prints its instance, thousands of characters) is cut, its end marked; PMDOCS_DEBUG=1 shows all."""
    text = str(exc)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text) - limit} more characters)"

"""The front half of the pipeline: load, validate and check a questionnaire.

``read_questionnaire`` is the one entry point every command uses; it never
raises for a problem in the user's file; problems come back as diagnostics.
"""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import Iterable, Optional, Union

from generator.questionnaire.as_typed import check_as_typed
from generator.questionnaire.checks import check
from generator.questionnaire.draft import as_model
from generator.diagnostics import Diagnostic, Mark, Severity, has_errors
from generator.questionnaire.loader import DEFAULT_MAX_BYTES, load, load_text
from generator.questionnaire.tree import Document
from generator.questionnaire.model import Questionnaire
from generator.questionnaire.validate import validate_tree
from generator.record import Record


class Result(Record, frozen=False):
    """Return a questionnaire (only when it has no errors) and every problem found."""

    filename: str
    questionnaire: Optional[Questionnaire]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    code_mark: Mark = Mark()  # where the project's code is written (for problems found across files)
    hints: list[Diagnostic] = field(default_factory=list)  # keys that would fill expected sections (validate prints them)
    fingerprint_marks: tuple[Mark, ...] = ()  # where each approval's fingerprint is written (`build.approved`)

    def ok(self, strict: bool = False) -> bool:
        """Return True when the questionnaire can be used (no errors; no warnings when strict)."""
        return self.questionnaire is not None and not has_errors(self.diagnostics, strict)


def _finish(doc: Document) -> Result:
    """Return the validated result of a loaded document."""
    diagnostics = list(doc.diagnostics)
    model: Optional[Questionnaire] = None
    code_mark = Mark()
    hints: list[Diagnostic] = []
    marks: tuple[Mark, ...] = ()
    if doc.root is not None:
        draft = validate_tree(doc.root, doc.filename)
        check_as_typed(draft, doc.root, doc.filename)
        found = check(draft, doc.filename)
        diagnostics.extend(draft.diagnostics)
        if draft.questionnaire is not None and not has_errors(diagnostics):
            model = as_model(draft.questionnaire)
            hints = found
        code_mark = draft.mark(("project", "code"))
        if model is not None and any(a.fingerprint for a in model.approvals):
            marks = tuple(draft.mark(("approvals", k, "fingerprint")) for k in range(len(model.approvals)))
    diagnostics.sort(key=Diagnostic.sort_key)
    return Result(doc.filename, model, diagnostics, code_mark, hints, marks)


def read_questionnaire(
    path: Union[str, Path], max_bytes: int = DEFAULT_MAX_BYTES, display_name: Optional[str] = None
) -> Result:
    """Return the validated questionnaire in a file, with every problem found."""
    return _finish(load(path, max_bytes, display_name))


def read_questionnaire_text(text: str, filename: str = "<questionnaire>") -> Result:
    """Return the validated questionnaire in a text, with every problem found."""
    return _finish(load_text(text, filename))


def duplicate_codes(results: Iterable[Result]) -> list[Diagnostic]:
    """Return an error at the code of every questionnaire whose project code an earlier one already uses."""
    first: dict[str, str] = {}
    found = []
    for result in results:
        if result.questionnaire is None:
            continue
        code = result.questionnaire.project.code
        if code in first:
            found.append(Diagnostic(Severity.ERROR, f"project code '{code}' is also used by {first[code]}; "
                                    "each project needs its own code", ("project", "code"), result.code_mark,
                                    result.filename))
        first.setdefault(code, result.filename)
    return found

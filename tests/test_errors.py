"""The one error hierarchy: user errors as FILE:LINE:COL lines, across processes, apart from bugs."""

from __future__ import annotations

import errno
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic, Mark, Severity
from generator.errors import (
    ConfigError,
    OutputError,
    PmdocsError,
    QuestionnaireError,
    ReferenceDocxError,
    TemplateError,
    UserError,
)
from generator.render.templates import TemplateProblem

KINDS = [UserError, QuestionnaireError, TemplateError, ReferenceDocxError, OutputError, ConfigError]


def _located(kind: type[UserError]) -> UserError:
    return kind(diagnostics=[Diagnostic(Severity.ERROR, "first", ("project", "code"), Mark(3, 9), "a.yaml"),
                             Diagnostic(Severity.ERROR, "second", (), Mark(7, 1), "b.yaml")])


def _raise(kind: type[UserError]) -> None:
    raise _located(kind)


def _raise_template_problem(name: str) -> None:
    raise TemplateProblem(Diagnostic(Severity.ERROR, "template error: boom", (), Mark(4, 1), name))


@pytest.mark.parametrize("kind", KINDS)
def test_every_user_error_prints_its_located_lines(kind: type[UserError]) -> None:
    error = _located(kind)
    assert isinstance(error, PmdocsError)
    assert error.lines() == ["a.yaml:3:9: error: project.code: first", "b.yaml:7:1: error: second"]
    assert str(error) == "\n".join(error.lines())


def test_a_user_error_without_a_file_names_pmdocs() -> None:
    assert OutputError("cannot write 'out': No space left on device").lines() == [
        "pmdocs: error: cannot write 'out': No space left on device"]


def test_a_user_error_with_a_file_but_no_line_is_at_its_start() -> None:
    assert ConfigError("bad", file="mkdocs.yml").lines() == ["mkdocs.yml:1:1: error: bad"]


@pytest.mark.parametrize("kind", KINDS)
def test_user_errors_pickle_as_themselves(kind: type[UserError]) -> None:
    copy = pickle.loads(pickle.dumps(_located(kind)))
    assert type(copy) is kind and copy.lines() == _located(kind).lines()


@pytest.mark.parametrize("kind", [QuestionnaireError, TemplateError, OutputError])
def test_user_errors_cross_processes(kind: type[UserError]) -> None:
    """Packs are made in worker processes: their user errors reach the main process whole."""
    with ProcessPoolExecutor(1) as pool:
        with pytest.raises(kind) as caught:
            pool.submit(_raise, kind).result()
    assert caught.value.lines() == _located(kind).lines()


def test_a_template_problem_is_a_template_error_in_every_process() -> None:
    with ProcessPoolExecutor(1) as pool:
        with pytest.raises(TemplateError) as caught:
            pool.submit(_raise_template_problem, "risk-register.md.j2").result()
    assert isinstance(caught.value, TemplateProblem)
    assert caught.value.diagnostic.mark.line == 4
    assert caught.value.lines() == ["risk-register.md.j2:4:1: error: template error: boom"]


@pytest.mark.parametrize("code,reason", [(errno.ENOSPC, "No space left on device"), (errno.EACCES, "Permission denied"),
                                         (errno.EROFS, "Read-only file system")])
def test_a_refused_write_names_the_path_and_the_reason(tmp_path: Path, code: int, reason: str) -> None:
    error = OutputError.refused(OSError(code, reason, str(tmp_path / "out" / "x.md")), tmp_path)
    assert error.lines() == [f"pmdocs: error: cannot write '{tmp_path / 'out' / 'x.md'}': {reason}"]
    assert OutputError.refused(OSError(code, reason), tmp_path).lines() == [
        f"pmdocs: error: cannot write '{tmp_path}': {reason}"]


def test_bugs_are_not_user_errors() -> None:
    for bug in (KeyError("x"), RuntimeError("x"), OSError("x")):
        assert not isinstance(bug, PmdocsError)

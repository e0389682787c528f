"""`pmdocs init`: the example questionnaire, or an interview whose answers are never lost."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import click

from generator.errors import OutputError, UserError, short
from generator.output.fsutil import write_atomic

if TYPE_CHECKING:
    from generator.questionnaire.interview import Interview


@click.command()
@click.argument("path", default="project.yaml", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-i", "--interactive", is_flag=True, help="Ask for the required answers instead of writing the example.")
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists (with --interactive: its answers are offered as defaults).")
def init(path: Path, interactive: bool, force: bool) -> None:
    """Write a starting questionnaire to PATH (default: project.yaml).

    Without --interactive, PATH gets a complete, commented example that
    validates as it is: edit it to describe your project. The schema file
    its first line points to (pmdocs.schema.json) is written beside it.

    With --interactive, every answer is checked as it is typed and kept in
    PATH.partial until PATH is written: after Ctrl-C or any failure, run the
    same command again to carry on from the answers given.
    """
    from generator.questionnaire.interview import example_text
    from generator.questionnaire.read import read_questionnaire_text
    from generator.questionnaire.schema import SCHEMA_FILENAME, schema_text

    if path.exists() and not force:
        raise click.UsageError(f"'{path}' already exists; use --force to overwrite it")
    _check_writable(path)
    if interactive:
        _init_interactive(path, force)
    else:
        text = example_text()
        if not read_questionnaire_text(text, str(path)).ok():  # a bug: the example shipped must always validate
            raise RuntimeError("the example questionnaire does not validate")
        _write(path, text)
    schema_path = path.parent / SCHEMA_FILENAME
    if not schema_path.exists():
        _write(schema_path, schema_text(), "(lets editors check the file as you type)")
    click.echo(f"next: edit {path}, then run: pmdocs validate {path}")


def _check_writable(path: Path) -> None:
    """Refuse, before any question is asked, a PATH whose folder cannot be made or written to."""
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise click.UsageError(f"cannot write '{path}': '{folder}' is not a folder you can write to")


def _write(path: Path, text: str, note: str = "") -> None:
    """Write a file atomically and say so; a refused write is the user's environment, not a bug."""
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise OutputError.refused(exc, path) from None
    click.echo(f"wrote {path}" + (f" {note}" if note else ""))


def _init_interactive(path: Path, force: bool) -> None:
    """Ask for the answers and write PATH; on Ctrl-C or any failure keep every answer in PATH.partial and exit."""
    from generator.questionnaire.interview import Interview, run
    from generator.questionnaire.partial import partial_path

    partial = partial_path(path)
    interview = Interview(dt.date.today())
    problems: tuple[str, ...] = ()
    try:
        saved = _saved_answers(path) if force and path.exists() else {}
        resumed = _resumed_answers(partial) if partial.exists() else {}
        interview = Interview(dt.date.today(), {**saved, **resumed}, resumed)
        run(interview, _ask, _tell, after=lambda: _autosave(interview, path))
        text = interview.render()
        problems = _errors(text, path)
        if not problems:
            _write(path, text)
    except KeyboardInterrupt:
        _after_ctrl_c()
        _keep_answers(interview, path, "\ninterrupted", 130)  # on a line of its own, after the ^C shown
    except (EOFError, click.Abort):
        _keep_answers(interview, path, "the input ended before every question was answered", 1)
    except SystemExit as stop:  # SIGTERM (see _stop): the answers are kept, then pmdocs stops as asked
        _keep_answers(interview, path, "stopped", stop.code if isinstance(stop.code, int) else 1)
    except UserError as error:  # PATH could not be written
        _keep_answers(interview, path, "\n".join(error.lines()), 1)
    except Exception as exc:  # a bug in pmdocs: the answers are kept all the same
        if os.environ.get("PMDOCS_DEBUG"):
            import traceback  # only for a bug: with linecache and tokenize it costs ~6 ms of every start-up

            traceback.print_exc()
        _keep_answers(interview, path, f"pmdocs: internal error: {type(exc).__name__}: {short(exc)} "
                                       "(a bug in pmdocs, not in your answers; please report it)", 1)
    if problems:
        _keep_answers(interview, path, "pmdocs could not turn your answers into a valid questionnaire "
                                       "(a bug in pmdocs, not in your answers; please report it)", 1, problems)
    partial.unlink(missing_ok=True)


def _after_ctrl_c() -> None:
    """Give a terminal a moment after Ctrl-C before writing to it.

    A terminal sends the interrupt first and then discards the output it has not shown yet; what pmdocs writes in
    between (where the answers were saved, how to carry on) would be lost (seen once on a busy machine)."""
    if sys.stderr.isatty():
        import time

        time.sleep(0.1)


def _errors(text: str, path: Path) -> tuple[str, ...]:
    """Return the errors of the questionnaire init is about to write (none, unless pmdocs has a bug), printed."""
    from generator.diagnostics import Severity
    from generator.questionnaire.read import read_questionnaire_text

    result = read_questionnaire_text(text, str(path))
    errors = tuple(d.format() for d in result.diagnostics if d.severity is Severity.ERROR)
    for error in errors:
        _tell(error)
    return errors


def _saved_answers(path: Path) -> dict[str, str]:
    """Return the answers an existing questionnaire holds (valid or not), saying they are offered as defaults."""
    from generator.questionnaire.partial import read_answers

    saved = read_answers(path)
    if saved.left_out:
        _tell(f"Note: {path} also holds {', '.join(saved.left_out)}, which init does not ask about: the new file will "
              "not have them (press Ctrl-C now to keep the file as it is).")
    if saved.answers:
        _tell(f"The answers in {path} are offered as defaults: press Enter to keep one.")
    else:
        _tell(f"No answers could be read from {path} ({saved.problem or 'none found'}); it will be replaced.")
    return saved.answers


def _resumed_answers(partial: Path) -> dict[str, str]:
    """Return the answers of an interrupted run kept in ``partial``, if the user wants to carry on from them."""
    from generator.questionnaire.interview import ask_choice
    from generator.questionnaire.partial import read_answers

    answers = read_answers(partial).answers
    if not answers:
        return {}
    _tell(f"{partial} holds {len(answers)} answers from an earlier run that did not finish.")
    if ask_choice(_ask, _tell, "Carry on from them", ("yes", "no"), "yes") == "no":
        _tell(f"Starting afresh: {partial} will be replaced by the new answers.")
        return {}
    return answers


def _autosave(interview: Interview, path: Path) -> None:
    """Keep the answers given so far in PATH.partial, so that not even a killed process loses them."""
    from generator.questionnaire.partial import partial_path, partial_text

    try:
        write_atomic(partial_path(path), partial_text(interview.partial(), path))
    except OSError:
        pass  # said when the answers are needed: see _keep_answers


def _keep_answers(interview: Interview, path: Path, reason: str, code: int, problems: tuple[str, ...] = ()) -> None:
    """Save the answers given so far beside PATH, say where and how to carry on, and exit with ``code``."""
    from generator.questionnaire.partial import partial_path, partial_text, rerun_command

    answers = interview.partial()
    partial = partial_path(path)
    _tell(reason)
    if not answers:
        _tell(f"Nothing new was answered: {partial} is kept as it was." if partial.exists()
              else "No answers were given, so nothing was saved.")
        sys.exit(code)
    text = partial_text(answers, path, problems)
    try:
        write_atomic(partial, text)
    except OSError as exc:
        _tell(f"Your answers could not be saved to {partial} ({exc.strerror or exc}); here they are:")
        click.echo(text, err=True)
        sys.exit(code)
    _tell(f"Your {len(answers)} answers are saved in {partial}." if len(answers) > 1 else f"Your answer is saved in {partial}.")
    _tell(f"To carry on, run: {rerun_command(path)}")
    sys.exit(code)


def _tell(message: str) -> None:
    """Say something to the person answering (on standard error, apart from the answers' prompts)."""
    click.echo(message, err=True)


def _ask(prompt: str, default: Optional[str] = None) -> str:
    """Return one line typed in answer to a prompt ('' for just Enter); EOFError at the end of the input.

    Read with ``input`` (not ``click.prompt``), so that Ctrl-C (KeyboardInterrupt) and the end of
    the input (EOFError) stay apart; a line that is not valid text raises ValueError. Answers
    read from a file or pipe are echoed, so that the output reads as a transcript.
    """
    shown = default if default is None or len(default) <= 60 else default[:57] + "..."
    text = f"{prompt} [{shown.replace(chr(10), ' ')}]: " if shown is not None else f"{prompt}: "
    click.echo(text[:-1], nl=False)
    try:
        line = input(text[-1])
    except UnicodeDecodeError:
        click.echo()
        raise ValueError("that line is not valid UTF-8 text") from None
    if not sys.stdin.isatty():
        click.echo(line)
    return line

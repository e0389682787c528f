"""The ``pmdocs`` command line.

Exit codes: 0 success (warnings allowed), 1 a problem in the user's files or
environment (a questionnaire, a template, a reference Word file, the output folder:
see `generator.errors.UserError`), 2 the command line is wrong, 3 pmdocs itself
failed (a bug: please report it).

Each command imports the stages it needs inside its own function: start-up is most of
the time of one project's run, and `validate` never loads Jinja2, Markdown, the Word
writer or MkDocs (tests/test_imports.py checks it).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, NoReturn, Optional, TypeVar

import click

from generator import __version__, writers
from generator.diagnostics import Diagnostic, count_summary
from generator.errors import OutputError, QuestionnaireError, UserError
from generator.output.fsutil import write_atomic

if TYPE_CHECKING:
    from generator.questionnaire.interview import Interview

EXIT_BUG = 3
T = TypeVar("T")


def parse_size(text: str) -> int:
    """Return a byte count from text such as ``1000000``, ``500K``, ``2MB`` or ``1.5M``."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", text)
    if not match:
        raise ValueError(text)
    factor = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}[match.group(2).lower()]
    return int(float(match.group(1)) * factor)


class SizeParam(click.ParamType):  # type: ignore[type-arg]  # generic only from click 8.2 on
    """A click parameter for sizes such as ``2MB``."""

    name = "size"

    def convert(self, value: Any, param: Optional[click.Parameter], ctx: Optional[click.Context]) -> int:
        if isinstance(value, int):
            return value
        try:
            size = parse_size(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a size such as 1000000, 500K or 2MB", param, ctx)
        if size <= 0:
            self.fail("the size must be more than zero", param, ctx)
        return size


def expand_inputs(paths: tuple[str, ...]) -> list[Path]:
    """Return questionnaire files from arguments: files as given, folders as their *.yaml files."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                found = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
            except OSError as exc:
                raise QuestionnaireError(f"cannot read the folder '{raw}': {exc.strerror or exc}") from None
            if not found:
                raise click.BadParameter(f"the folder '{raw}' holds no .yaml questionnaires", param_hint="FILE")
            files.extend(found)
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            raise click.BadParameter(f"no such file: '{raw}'", param_hint="FILE")
    return files


def _default_max_size() -> int:
    """Return the loader's size limit, read when a command runs: the loader brings PyYAML (~25 ms), which
    ``--help``, ``--version`` and ``schema`` do without."""
    from generator.questionnaire.loader import DEFAULT_MAX_BYTES

    return DEFAULT_MAX_BYTES


max_size_option = click.option(
    "--max-size", type=SizeParam(), default=_default_max_size, show_default="1MB",
    help="Refuse questionnaires larger than this (e.g. 2MB).",
)


class _Commands(click.Group):
    """The commands, with the user's mistakes reported here, by type, for all of them (bugs: see `main`)."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run a command; a `UserError` prints its ``FILE:LINE:COL: error: ...`` lines (no traceback) and exits 1."""
        try:
            return super().invoke(ctx)
        except UserError as error:
            for line in [*error.lines(), *getattr(error, "__notes__", [])]:
                click.echo(line, err=True)
            ctx.exit(1)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pmdocs")
def cli() -> None:
    """Turn project questionnaires (YAML) into a professional document pack.

    \b
    Start with:    pmdocs init project.yaml
    Check it:      pmdocs validate project.yaml
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@max_size_option
def validate(files: tuple[str, ...], strict: bool, max_size: int) -> None:
    """Check questionnaires and explain every problem.

    Each problem is printed as FILE:LINE:COL: error|warning: KEY.PATH: message.
    A folder stands for every .yaml file in it. Exit 0 when every file is
    valid (warnings allowed), 1 when any file has an error.
    """
    from generator.build.inputs import read_questionnaires

    paths = expand_inputs(files)
    results = read_questionnaires(paths, max_size)
    diagnostics = [d for r in results for d in r.diagnostics]
    _say(diagnostics, strict)
    click.echo(count_summary(diagnostics, len(paths), strict))
    sys.exit(0 if all(r.ok(strict) for r in results) else 1)


def _say(diagnostics: Iterable[Diagnostic], strict: bool) -> None:
    """Print problems as FILE:LINE:COL: error|warning: KEY.PATH: message (warnings as errors when strict)."""
    for diagnostic in diagnostics:
        click.echo(diagnostic.format(strict))


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder to write the packs into; each project gets a sub-folder named by its code.")
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of your own templates; each shadows the built-in template of the same name.")
@click.option("--format", "formats", default="md,docx", show_default=True, callback=lambda c, p, v: _formats(v),
              help=f"Comma-separated output formats: {', '.join(writers.names())}.")
@click.option("--reference-docx", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A Word file whose styles, fonts, page size, margins and header logo the .docx files take.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (and write nothing).")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None,
              help="Processes to use (default: one per core).")
@max_size_option
def generate(files: tuple[str, ...], output: Path, templates: Optional[Path], formats: tuple[str, ...],
             reference_docx: Optional[Path], strict: bool, jobs: Optional[int], max_size: int) -> None:
    """Write the document pack of each questionnaire.

    Each project is written to OUTPUT/<code>/, one Markdown file per document
    and a change-requests/ folder with one form per change request plus a blank
    form. If any questionnaire has an error, nothing at all is written.
    """
    from generator.build.api import Build, Options

    paths = expand_inputs(files)
    build = Build(Options(templates, reference_docx, formats, strict, jobs, max_size, output))
    inputs = build.read(paths)
    everything = inputs.diagnostics
    _say(everything, strict)
    if not inputs.usable(strict):
        _nothing_written(everything, len(paths), strict)
    warnings = build.reference_warnings()
    _say(warnings, strict)
    everything += warnings
    if strict and warnings:
        click.echo("nothing was written", err=True)
        sys.exit(1)
    plan = build.plan(inputs.questionnaires)
    todo = [p.q for p in plan if not p.current]
    try:
        packs = list(_with_progress(build.packs(todo), len(todo), "Building packs"))
    except UserError as error:  # a template, say: every pack is made before any is written
        error.add_note("nothing was written")
        raise
    done = build.write(plan, packs, lambda target: click.echo(f"wrote {target}"))
    note = f" ({done.unchanged} unchanged)" if done.unchanged else ""
    count = done.projects
    click.echo(f"{done.written + done.unchanged} files for {count} project{'s' if count != 1 else ''} in {output}{note}")
    if everything:
        click.echo(count_summary(everything, len(paths), strict))


def _nothing_written(diagnostics: list[Diagnostic], files: int, strict: bool) -> NoReturn:
    """Say how many problems there are and that nothing was written; exit 1."""
    click.echo(count_summary(diagnostics, files, strict))
    click.echo("nothing was written", err=True)
    sys.exit(1)


def _with_progress(items: Iterable[T], count: int, label: str) -> Iterator[T]:
    """Yield the items, showing a progress bar on a terminal's standard error when there are several."""
    if count < 2 or not sys.stderr.isatty():
        yield from items
        return
    with click.progressbar(length=count, label=label, file=sys.stderr, show_pos=True) as bar:
        for item in items:
            yield item
            bar.update(1)


def _formats(value: str) -> tuple[str, ...]:
    """Return the output formats named in ``--format``, or fail with the allowed ones."""
    from generator.writers import names  # the registry of output formats

    chosen = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    unknown = [v for v in chosen if v not in names()]
    if unknown or not chosen:
        raise click.BadParameter(f"use one or more of {', '.join(names())} (comma-separated), not '{value}'")
    return chosen


@cli.command()
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
        _keep_answers(interview, path, "\ninterrupted", 130)  # on a line of its own, after the ^C shown
    except (EOFError, click.Abort):
        _keep_answers(interview, path, "the input ended before every question was answered", 1)
    except SystemExit as stop:  # SIGTERM (see _stop): the answers are kept, then pmdocs stops as asked
        _keep_answers(interview, path, "stopped", stop.code if isinstance(stop.code, int) else 1)
    except UserError as error:  # PATH could not be written
        _keep_answers(interview, path, "\n".join(error.lines()), 1)
    except Exception as exc:  # a bug in pmdocs: the answers are kept all the same
        if os.environ.get("PMDOCS_DEBUG"):
            traceback.print_exc()
        _keep_answers(interview, path, f"pmdocs: internal error: {type(exc).__name__}: {exc} "
                                       "(a bug in pmdocs, not in your answers; please report it)", 1)
    if problems:
        _keep_answers(interview, path, "pmdocs could not turn your answers into a valid questionnaire "
                                       "(a bug in pmdocs, not in your answers; please report it)", 1, problems)
    partial.unlink(missing_ok=True)


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


@cli.command()
@click.option("-f", "--config-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="The site's mkdocs.yml (default: ./mkdocs.yml).")
@click.option("-d", "--site-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the site (default: as mkdocs.yml says, usually site/).")
@click.option("--strict", is_flag=True, help="Fail on any warning, as 'mkdocs build --strict' does.")
def build(config_file: Optional[Path], site_dir: Optional[Path], strict: bool) -> None:
    """Build the portfolio site from every questionnaire in the projects folder.

    The same as 'mkdocs build': for project managers who never touch MkDocs.
    An invalid questionnaire stops the build with FILE:LINE:COL messages and
    leaves the previous site as it was.
    """
    from generator.site.run import SiteNotBuilt, build_site

    path = config_file or Path("mkdocs.yml")
    if not path.is_file():
        raise click.UsageError(f"no {path} here: run pmdocs build in the portfolio's folder, or pass -f FILE")
    try:
        site = build_site(path, site_dir, strict)
    except SiteNotBuilt as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"site written to {site}")


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file instead of printing.")
def schema(output: Optional[Path]) -> None:
    """Print the questionnaire's JSON Schema (for editors' YAML support).

    Save it as pmdocs.schema.json beside your questionnaires; their first
    line, '# yaml-language-server: $schema=pmdocs.schema.json', points to it.
    """
    from generator.questionnaire.schema import schema_text

    if output is None:
        click.echo(schema_text(), nl=False)
    else:
        write_atomic(output, schema_text())
        click.echo(f"wrote {output}")


def _stop(signum: int, frame: object) -> None:
    """Turn SIGTERM into SystemExit, so that every clean-up (workers, staging folders) runs before pmdocs stops."""
    signal.signal(signum, signal.SIG_DFL)  # a second SIGTERM ends pmdocs at once
    raise SystemExit(128 + signum)


def main(argv: Optional[list[str]] = None) -> None:
    """Run the command line, turning a crash into a one-line bug report."""
    signal.signal(signal.SIGTERM, _stop)
    try:
        cli.main(args=argv, prog_name="pmdocs", standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:  # pragma: no cover - interactive
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug in pmdocs, not a problem in the user's files
        if os.environ.get("PMDOCS_DEBUG"):
            traceback.print_exc()
        click.echo(f"pmdocs: internal error: {type(exc).__name__}: {exc}", err=True)
        click.echo("This is a bug in pmdocs, not in your files; set PMDOCS_DEBUG=1 to see the details and report them.", err=True)
        sys.exit(EXIT_BUG)


if __name__ == "__main__":  # pragma: no cover
    main()

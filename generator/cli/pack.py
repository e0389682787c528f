"""`pmdocs validate` and `pmdocs generate`: questionnaires checked, then written as document packs."""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, NoReturn, Optional, TypeVar

import click

from generator import writers
from generator.diagnostics import Diagnostic, Severity, added_keys_note, beyond_format, count_summary
from generator.errors import QuestionnaireError, UserError

if TYPE_CHECKING:  # imported by `generate` itself (see `generator.cli`)
    from generator.build.api import Build

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


@click.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--hints", type=click.Choice(["format", "all", "none"]), default="format", show_default=True,
              help="Which hints to print: those about the questionnaire format's own keys (the others are counted in "
                   "a note), all of them, or none.")
@max_size_option
def validate(files: tuple[str, ...], strict: bool, max_size: int, hints: str) -> None:
    """Check questionnaires and explain every problem.

    Each problem is printed as FILE:LINE:COL: error|warning: KEY.PATH: message.
    A hint (FILE:LINE:COL: hint: KEY.PATH: message) names a key that would fill
    a section the documents otherwise say was not recorded; it never fails a file.
    Hints naming an optional key pmdocs adds beyond the format are counted, not
    printed, unless --hints all; those saying whom the distribution lists leave
    out are always printed, as the documents' readers need to know it.
    A folder stands for every .yaml file in it. Exit 0 when every file is
    valid (warnings allowed), 1 when any file has an error.
    """
    from generator.build.inputs import read_questionnaires

    paths = expand_inputs(files)
    results = read_questionnaires(paths, max_size)
    diagnostics = [d for r in results for d in sorted(r.diagnostics + r.hints, key=Diagnostic.sort_key)]
    shown = [d for d in diagnostics if d.severity is not Severity.HINT or hints == "all"
             or (hints == "format" and not beyond_format(d))]
    _say(shown, strict)
    _close(shown, len(paths), strict, len([d for d in diagnostics if beyond_format(d)]) if hints == "format" else 0)
    sys.exit(0 if all(r.ok(strict) for r in results) else 1)


@click.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of your own templates, as given to generate.")
@max_size_option
def fingerprint(files: tuple[str, ...], templates: Optional[Path], max_size: int) -> None:
    """Print each document's fingerprint, to record with its approval.

    One line per document: its file name, its version and its fingerprint
    (sha256:...). Give the fingerprint as the approval's `fingerprint`: validate
    and generate then warn if the document changes after it was approved.
    """
    from generator.build.approved import current_version, fingerprints
    from generator.build.inputs import read_questionnaires
    from generator.questionnaire.file_names import entry_id

    paths = expand_inputs(files)
    results = read_questionnaires(paths, max_size, templates=templates)
    for diagnostic in (d for r in results for d in r.diagnostics):  # the fingerprints alone on stdout
        click.echo(diagnostic.format(), err=True)
    for result in results:
        q = result.questionnaire
        if q is None:
            continue
        for (kind, entry), digest in sorted(fingerprints(q, templates).items()):
            name = f"{q.project.code}-{kind}" + (f" {entry_id(entry)}" if entry else "")
            click.echo(f"{name} {current_version(q, kind, entry) or '-'} {digest}")
    sys.exit(0 if all(r.ok() for r in results) else 1)


def _close(diagnostics: list[Diagnostic], files: int, strict: bool, held: int = 0) -> None:
    """Print where the optional keys pmdocs adds are described, if a hint names one (or how many hints naming one are
    ``held`` back), then the count of problems."""
    note = added_keys_note(diagnostics, held)
    if note:  # for people: stdout keeps one problem a line, then the count; the streams are flushed in turn so
        # that, read together, the note never runs into a line (review 58c: "in 1 filenote: ...")
        sys.stdout.flush()
        click.echo(note, err=True)
        sys.stderr.flush()
    click.echo(count_summary(diagnostics, files, strict))


def _say(diagnostics: Iterable[Diagnostic], strict: bool) -> None:
    """Print problems as FILE:LINE:COL: error|warning: KEY.PATH: message (warnings as errors when strict)."""
    for diagnostic in diagnostics:
        click.echo(diagnostic.format(strict))


@click.command()
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
@click.option("--no-guidance", "no_guidance", is_flag=True,
              help="Leave out the guidance: the generic good practice (recommended steps, a project type's "
                   "typical checks) that the documents otherwise show in boxes labelled as recommendations to "
                   "adopt or delete. Every fact from the questionnaire stays.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None,
              help="Processes to use (default: one per core).")
@max_size_option
def generate(files: tuple[str, ...], output: Path, templates: Optional[Path], formats: tuple[str, ...],
             reference_docx: Optional[Path], strict: bool, no_guidance: bool, jobs: Optional[int], max_size: int) -> None:
    """Write the document pack of each questionnaire.

    Each project is written to OUTPUT/<code>/, one Markdown file per document
    and a change-requests/ folder with one form per change request plus a blank
    form. If any questionnaire has an error, nothing at all is written.
    """
    from generator.build.early import early_copies

    paths = expand_inputs(files)
    with early_copies(len(paths), formats, reference_docx, jobs) as early:  # forked before the heavy imports below
        from generator.build.api import Build, Options

        build = Build(Options(templates, reference_docx, formats, strict, jobs, max_size, output,
                              guidance=not no_guidance), early)
        _generate(build, paths, strict, output)


def _generate(build: Build, paths: list[Path], strict: bool, output: Path) -> None:
    """Check the questionnaires, then make and write the packs (nothing written if any has an error)."""
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
        with contextlib.closing(build.packs(todo)) as made:  # Ctrl-C or an error stops the workers at once
            packs = list(_with_progress(made, len(todo), "Building packs"))
    except UserError as error:  # a template, say: every pack is made before any is written
        error.add_note("nothing was written")
        raise
    done = build.write(plan, packs, lambda target: click.echo(f"wrote {target}"))
    note = f" ({done.unchanged} unchanged)" if done.unchanged else ""
    count = done.projects
    click.echo(f"{done.written + done.unchanged} files for {count} project{'s' if count != 1 else ''} in {output}{note}")
    if everything:
        _close(everything, len(paths), strict)


def _nothing_written(diagnostics: list[Diagnostic], files: int, strict: bool) -> NoReturn:
    """Say how many problems there are and that nothing was written; exit 1."""
    _close(diagnostics, files, strict)
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

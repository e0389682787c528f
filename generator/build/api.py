"""The one build API: questionnaire files and options in, packs out (used by the CLI, the site plugin and the benchmarks).

``Build(options)`` does each step once for every caller: `Build.read` (with the
input cache when there are several files, and the duplicate-code check across
them), `Build.reference_warnings`, `Build.plan` (fingerprints: which projects are
unchanged), `Build.packs` and `Build.on_cores` (on every core), and `Build.write`.
Callers only show what it found; nothing is written unless every pack was made.
"""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import Callable, Generator, Iterable, Optional, Sequence, TypeVar

from generator.build.batch import pack_in_worker, run_on_cores
from generator.build.early import EarlyCopies
from generator.build.fingerprint import fingerprint
from generator.build.inputs import input_cache, read_questionnaires
from generator.build.pack import FORMATS
from generator.diagnostics import Diagnostic, Severity
from generator.output.files import OutputFile, is_current, read_manifest, write_files
from generator.questionnaire.loader import DEFAULT_MAX_BYTES
from generator.questionnaire.model import Questionnaire
from generator.questionnaire.read import Result, duplicate_codes
from generator.record import Record
from generator.writers import Writer, WriterOptions, open_writers

T = TypeVar("T")
R = TypeVar("R")


class Options(Record):
    """What a build is asked for."""

    templates: Optional[Path] = None  # the user's templates, shadowing the built-in ones
    reference: Optional[Path] = None  # a Word file whose styles the .docx files take
    formats: tuple[str, ...] = FORMATS
    strict: bool = False  # warnings are errors
    jobs: Optional[int] = None  # processes (None: one per core)
    max_size: int = DEFAULT_MAX_BYTES  # larger questionnaires are refused
    output: Optional[Path] = None  # where packs are written; what the input cache is kept for
    display: Callable[[Path], str] = str  # how a file's name is shown in messages
    guidance: bool = True  # the documents hold generic good practice as labelled guidance (False: none of it)
    emails: bool = True  # the documents show people's e-mail addresses (False: a site published without them)


class Inputs(Record, frozen=False):
    """What reading the questionnaires found: each file's result, and the problems found across files."""

    results: list[Result]
    across: list[Diagnostic] = field(default_factory=list)  # a project code used twice

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Return every problem found: each file's, in order, then those across files."""
        return [d for r in self.results for d in r.diagnostics] + self.across

    @property
    def questionnaires(self) -> list[Questionnaire]:
        """Return the questionnaires that could be read (all of them, when `usable`)."""
        return [r.questionnaire for r in self.results if r.questionnaire is not None]

    def usable(self, strict: bool = False) -> bool:
        """Return True when every questionnaire can be built (no error; no warning either when strict)."""
        return not self.across and all(r.ok(strict) for r in self.results)


class Planned(Record):
    """One project of a build: its fingerprint, and whether what it would make is already there."""

    q: Questionnaire
    key: str
    current: bool


class Written(Record):
    """What `Build.write` did."""

    written: int  # files written or replaced
    unchanged: int  # files already as they should be (of every project, built or not)
    projects: int


class Build:
    """One build of many projects' packs, step by step (see the module's docstring)."""

    def __init__(self, options: Options, early: Optional[EarlyCopies] = None) -> None:
        self.options = options
        self._writers: Optional[list[Writer]] = None  # the formats' writers, once made in this process
        self.early = early  # copies forked early that make the writers ready (see `generator.build.early`)

    def read(self, paths: Sequence[Path]) -> Inputs:
        """Return what the questionnaires hold; files read by an earlier build into the same output are not read again."""
        output = self.options.output
        cache = input_cache(output) if output is not None and len(paths) > 1 else None
        results = read_questionnaires(paths, self.options.max_size, cache, self.options.display, self.options.jobs,
                                      self.options.templates)
        return Inputs(results, duplicate_codes(results))

    def reference_warnings(self) -> list[Diagnostic]:
        """Return what the chosen formats' writers say about the reference file (a file that cannot serve raises).

        With a reference, the writers are made here, in this process, before any worker,
        so that a bad file is reported as itself (Word: `ReferenceDocxError`); each writer
        says what concerns it in its ``warnings`` (Word: the styles the file lacks).
        """
        reference = self.options.reference
        if reference is None:  # nothing to say about: the writers are made where the packs are
            return []
        return [Diagnostic(Severity.WARNING, message, file=self.options.display(reference))
                for writer in self.writers() for message in writer.warnings]

    def writers(self) -> list[Writer]:
        """Return the chosen formats' writers, made once in this process (a worker makes its own)."""
        if self._writers is None:
            self._writers = open_writers(self.options.formats, WriterOptions(reference=self.options.reference))
        return self._writers

    def fingerprint(self, q: Questionnaire) -> str:
        """Return the digest of everything a project's pack depends on."""
        options = self.options
        return fingerprint(q, options.templates, options.reference, options.formats, options.guidance, options.emails)

    def plan(self, questionnaires: Iterable[Questionnaire],
             current: Optional[Callable[[Questionnaire, str], bool]] = None) -> list[Planned]:
        """Return every project with its fingerprint and whether it is current.

        ``current(q, key)`` tells; by default, whether the output folder already holds
        the project's pack made from the same inputs.
        """
        if current is None:
            current = self._in_output
        planned = []
        for q in questionnaires:
            key = self.fingerprint(q)
            planned.append(Planned(q, key, current(q, key)))
        return planned

    def _in_output(self, q: Questionnaire, key: str) -> bool:
        """Return True when the output folder holds the project's pack made from the same inputs."""
        return self.options.output is not None and is_current(self.folder(q), key)

    def folder(self, q: Questionnaire) -> Path:
        """Return the project's folder in the output folder."""
        assert self.options.output is not None, "a build that writes needs an output folder"
        return self.options.output / q.project.code

    def on_cores(self, task: Callable[[T], R], items: Iterable[T]) -> Generator[R, None, None]:
        """Yield ``task(item)`` for every item, in order, on every core (see `generator.build.batch.run_on_cores`)."""
        options = self.options
        return run_on_cores(task, items, options.templates, options.reference, options.formats, options.jobs,
                            self._writers, options.guidance, options.emails, self.early)

    def packs(self, questionnaires: Iterable[Questionnaire]) -> Generator[list[OutputFile], None, None]:
        """Yield the pack of every project, in order, made on every core."""
        return self.on_cores(pack_in_worker, questionnaires)

    def pack(self, q: Questionnaire) -> list[OutputFile]:
        """Return one project's pack, made in this process."""
        return next(self.packs([q]))

    def write(self, plan: Sequence[Planned], packs: Sequence[list[OutputFile]],
              wrote: Callable[[Path], None] = lambda path: None) -> Written:
        """Write the packs of the projects planned as not current (in order) into the output folder.

        ``wrote`` is told every file written or replaced, as it is.  An `OutputError`
        names what was refused.
        """
        todo = [p for p in plan if not p.current]
        assert len(todo) == len(packs), "one pack for every project that is not current"
        written = unchanged = 0
        for planned in plan:
            if planned.current:
                unchanged += len(read_manifest(self.folder(planned.q)).files)
        for planned, pack in zip(todo, packs):
            folder = self.folder(planned.q)
            changed = set(write_files(folder, pack, planned.key))
            for f in pack:
                target = folder / Path(*f.path.parts)
                if target in changed:  # the paths as written, not resolved: right through a linked folder too
                    wrote(target)
                    written += 1
                else:
                    unchanged += 1
        return Written(written, unchanged, len(plan))

"""The ``pmdocs`` command line: the command group, its error mapping, and `main` (each command in a module of its own).

Exit codes: 0 success (warnings allowed), 1 a problem in the user's files or
environment (a questionnaire, a template, a reference Word file, the output folder:
see `generator.errors.UserError`), 2 the command line is wrong, 3 pmdocs itself
failed (a bug: please report it).

Each command imports the stages it needs inside its own function: start-up is most of
the time of one project's run, and `validate` never loads Jinja2, Markdown, the Word
writer or MkDocs (tests/test_imports.py checks it).
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType
from typing import Any, Optional

import click

from generator import __version__
from generator.build.cores import collect_less
from generator.cli import init, pack, schema, site  # modules: binding their commands here would hide them
from generator.errors import UserError, short

EXIT_BUG = 3


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


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]},
             commands=[pack.validate, pack.generate, pack.fingerprint, init.init, site.new, site.build, site.serve, site.stage, schema.schema])
@click.version_option(__version__, prog_name="pmdocs")
def cli() -> None:
    """Turn project questionnaires (YAML) into a professional document pack.

    \b
    Start with:    pmdocs init project.yaml
    Check it:      pmdocs validate project.yaml
    """


def _stop(signum: int, frame: Optional[FrameType]) -> None:
    """Turn SIGTERM into SystemExit, so that every clean-up (workers, staging folders) runs before pmdocs stops.

    Python prints and drops an exception raised in a finalizer (a garbage-collected
    object's clean-up, such as multiprocessing's): a SIGTERM that lands in one is
    raised 10 ms later instead, by a timer.
    """
    if in_finalizer(frame) and hasattr(signal, "setitimer"):  # (no timers on Windows)
        signal.signal(signal.SIGALRM, lambda *_: _stop(signum, None))
        signal.setitimer(signal.ITIMER_REAL, 0.01)
        return
    signal.signal(signum, signal.SIG_DFL)  # a second SIGTERM ends pmdocs at once
    raise SystemExit(128 + signum)


def in_finalizer(frame: Optional[FrameType]) -> bool:
    """Return True when a frame runs inside a finalizer: ``__del__``, a ``weakref.finalize`` or multiprocessing's."""
    while frame is not None:
        code = frame.f_code
        if code.co_name == "__del__" or code.co_filename.endswith((os.path.join("multiprocessing", "util.py"),
                                                                     os.sep + "weakref.py")):
            return True
        frame = frame.f_back
    return False


def main(argv: Optional[list[str]] = None) -> None:
    """Run the command line, turning a crash into a one-line bug report."""
    signal.signal(signal.SIGTERM, _stop)
    collect_less()  # one command's run makes and drops many small objects (see `collect_less`): ~7 % of a generate
    try:
        cli.main(args=argv, prog_name="pmdocs", standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:  # pragma: no cover - interactive
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug in pmdocs, not a problem in the user's files
        if os.environ.get("PMDOCS_DEBUG"):
            import traceback  # only for a bug: with linecache and tokenize it costs ~6 ms of every start-up

            traceback.print_exc()
        click.echo(f"pmdocs: internal error: {type(exc).__name__}: {short(exc)}", err=True)
        click.echo("This is a bug in pmdocs, not in your files; set PMDOCS_DEBUG=1 to see the details and report them.", err=True)
        sys.exit(EXIT_BUG)


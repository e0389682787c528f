"""Running a pmdocs command in the test's process: its exit code and everything it printed."""

from __future__ import annotations

from typing import Optional

from click.testing import CliRunner

from generator.cli import cli


def invoke(*args: str, input: Optional[str] = None) -> tuple[int, str]:
    """Return the exit code and the whole output (standard output and error) of a pmdocs command."""
    result = CliRunner().invoke(cli, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output

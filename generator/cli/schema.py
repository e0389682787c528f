"""`pmdocs schema`: the questionnaire's JSON Schema, for editors."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from generator.output.fsutil import write_atomic


@click.command()
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

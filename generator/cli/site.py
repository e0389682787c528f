"""`pmdocs build`: the portfolio site, as 'mkdocs build' makes it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import click


@click.command()
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

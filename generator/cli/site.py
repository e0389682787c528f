"""`pmdocs build` and `pmdocs stage`: the portfolio site, built by MkDocs (as 'mkdocs build' makes it) or another
builder, and the plain docs tree any builder reads."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import click

BUILDER_NAMES = ("mkdocs", "zensical", "properdocs")  # generator.site.builders.BUILDERS (a test keeps them alike)
_CONFIG = click.option("-f", "--config-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                       default=None, help="The site's mkdocs.yml (default: ./mkdocs.yml).")
_STRICT = click.option("--strict", is_flag=True, help="Fail on any warning, as 'mkdocs build --strict' does.")


def _config(config_file: Optional[Path]) -> Path:
    """Return the site's configuration file, or stop with how to name one."""
    path = config_file or Path("mkdocs.yml")
    if not path.is_file():
        raise click.UsageError(f"no {path} here: run pmdocs in the portfolio's folder, or pass -f FILE")
    return path


@click.command()
@_CONFIG
@click.option("-d", "--site-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the site (default: as mkdocs.yml says, usually site/).")
@_STRICT
@click.option("--builder", type=click.Choice(BUILDER_NAMES), default="mkdocs", show_default=True,
              help="The site builder: MkDocs through the pmdocs plugin, or Zensical or ProperDocs on the staged "
                   "docs tree (pip install 'pmdocs[zensical]' or 'pmdocs[properdocs]').")
@click.option("--offline", is_flag=True,
              help="A site to open from a file share (file://): links name the pages' files, search needs no server.")
def build(config_file: Optional[Path], site_dir: Optional[Path], strict: bool, builder: str, offline: bool) -> None:
    """Build the portfolio site from every questionnaire in the projects folder.

    With MkDocs (the default), the same as 'mkdocs build': for project managers who
    never touch MkDocs.  An invalid questionnaire stops the build with FILE:LINE:COL
    messages and leaves the previous site as it was.
    """
    from generator.site.builders import BuilderFailed, build_with

    try:
        site = build_with(builder, _config(config_file), site_dir, strict, offline=offline)
    except BuilderFailed as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"site written to {site}")


@click.command()
@_CONFIG
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The staging folder (default: .pmdocs-stage beside mkdocs.yml); it is replaced whole.")
@_STRICT
def stage(config_file: Optional[Path], output: Optional[Path], strict: bool) -> None:
    """Write the portfolio as a plain docs tree any site builder reads.

    The folder holds docs/ (every page, picture and download the site shows) and a
    mkdocs.yml with the navigation written out and no pmdocs plugin: build it with
    'zensical build -f FOLDER/mkdocs.yml', 'mkdocs build -f FOLDER/mkdocs.yml' or
    'properdocs build -f FOLDER/mkdocs.yml'.
    """
    from generator.site.run import show_mkdocs_messages
    from generator.site.stage import StageFailed
    from generator.site.stage import stage as stage_tree

    show_mkdocs_messages()
    try:
        staged = stage_tree(_config(config_file), output, strict)
    except StageFailed as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"{staged.pages} pages and {staged.files - staged.pages} other files staged in {staged.config.parent}")


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def new(folder: Path) -> None:
    """Make a new portfolio in FOLDER: mkdocs.yml, content/ with one example questionnaire, a README.

    Then, inside FOLDER: pmdocs serve for a live preview, pmdocs build for the site.
    """
    from generator.site.scaffold import new_portfolio

    written = new_portfolio(folder)
    click.echo(f"{len(written)} files written to {folder}; next: cd {folder} && pmdocs serve")


@click.command()
@_CONFIG
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, metavar="IP:PORT",
              help="The address the preview is served at.")
def serve(config_file: Optional[Path], dev_addr: str) -> None:
    """Preview the portfolio site, rebuilt whenever a questionnaire, page or template is saved.

    The same as 'mkdocs serve'. A questionnaire with an error turns every page into
    a list of the problems until it is fixed.
    """
    from generator.site.run import serve_site

    serve_site(_config(config_file), dev_addr)

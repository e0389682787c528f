"""The site builders pmdocs can hand the portfolio to: MkDocs (the default, through the pmdocs plugin), or any
builder that reads a plain docs tree staged by `generator.site.stage` (Zensical, ProperDocs).

A builder is one `Builder` entry in `BUILDERS`: how to run it on a staged ``mkdocs.yml``
and which extra installs it.  Each runs as its own process (``python -m NAME build``),
so its messages are the user's to read, and pmdocs never imports it.  The site it
built replaces the previous one only when it succeeded.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Optional

from generator.errors import ConfigError, OutputError
from generator.output.fsutil import replace_folder
from generator.record import Record
from generator.site.stage import stage


class Builder(Record):
    """Return a site builder: its name, the module run as ``python -m MODULE build -f CONFIG``, and the extra that
    installs it (``pip install 'pmdocs[EXTRA]'``); MkDocs has no module here: it builds through the plugin."""

    name: str
    module: Optional[str]
    extra: Optional[str] = None


BUILDERS = {b.name: b for b in (
    Builder("mkdocs", None),  # through the plugin; on the staged tree for an offline site (module "mkdocs")
    Builder("zensical", "zensical", "zensical"),
    Builder("properdocs", "properdocs", "properdocs"),
)}
DEFAULT = "mkdocs"


class BuilderFailed(Exception):
    """The builder stopped and has said why on the terminal (or pmdocs has, in the message)."""


def build_with(builder: str, config_file: Path, site_dir: Optional[Path] = None, strict: bool = False,
               stage_folder: Optional[Path] = None, offline: bool = False) -> Path:
    """Build the portfolio site with one builder; return the site's folder.

    MkDocs runs through the pmdocs plugin (`generator.site.run`); any other builds the
    tree `generator.site.stage.stage` writes, and its site is moved into place once built.
    An ``offline`` site (to open from a file share) is built from the staged tree by every
    builder, MkDocs included.
    """
    chosen = BUILDERS[builder]
    if offline and chosen.module is None:
        chosen = Builder(chosen.name, "mkdocs")
    if chosen.module is None:
        from generator.site.run import SiteNotBuilt, build_site  # imports MkDocs's build: only for this builder

        try:
            return Path(build_site(config_file, site_dir, strict))
        except SiteNotBuilt as exc:
            raise BuilderFailed(str(exc)) from None
    if importlib.util.find_spec(chosen.module) is None:
        raise ConfigError(f"the {chosen.name} builder is not installed here: pip install 'pmdocs[{chosen.extra}]'")
    from generator.site.run import show_mkdocs_messages
    from generator.site.stage import StageFailed

    show_mkdocs_messages()
    try:
        staged = stage(config_file, stage_folder, strict, offline)
    except StageFailed as exc:
        raise BuilderFailed(str(exc)) from None
    shutil.rmtree(staged.built, ignore_errors=True)
    command = [sys.executable, "-m", chosen.module, "build", "-f", str(staged.config), *(["--strict"] if strict else [])]
    code = subprocess.run(command, cwd=staged.config.parent, check=False).returncode
    if code != 0 or not (staged.built / "index.html").is_file():
        shutil.rmtree(staged.built, ignore_errors=True)
        raise BuilderFailed(f"{chosen.name} did not build the site (exit code {code}); the previous site is kept")
    final = (site_dir or staged.site_dir).resolve()
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        replace_folder(staged.built, final)
    except OSError as exc:
        raise OutputError.refused(exc, final) from None
    return final

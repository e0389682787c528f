"""Building the portfolio site with MkDocs, as ``mkdocs build`` does: what ``pmdocs build`` runs."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Optional

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from generator.errors import OutputError


class SiteNotBuilt(Exception):
    """MkDocs stopped the build and has said why (the pmdocs plugin: with ``FILE:LINE:COL`` lines)."""


def build_site(config_file: Path, site_dir: Optional[Path] = None, strict: bool = False) -> str:
    """Build the site a mkdocs.yml describes and return its folder (as MkDocs says it); raise `SiteNotBuilt` when MkDocs stops.

    MkDocs's own messages are shown (Material's end-of-life banner is not).  The
    plugins are started and shut down around the build, as ``mkdocs build`` does.
    """
    show_mkdocs_messages()
    try:
        config = load_config(str(config_file), strict=True if strict else None,
                             site_dir=str(site_dir) if site_dir is not None else None)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except (Abort, ConfigurationError, PluginError) as exc:  # MkDocs has said what went wrong (the plugin: FILE:LINE:COL)
        raise SiteNotBuilt(str(exc)) from None
    except OSError as exc:  # MkDocs writing the site: a full disk, no permission
        raise OutputError.refused(exc, site_dir or config_file.parent) from None
    return str(config.site_dir)


def show_mkdocs_messages() -> None:
    """Keep Material's end-of-life banner out of pmdocs's output, and show MkDocs's own messages."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_pmdocs", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler._pmdocs = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


def serve_site(config_file: Path, dev_addr: str = "127.0.0.1:8000") -> None:
    """Serve the site a mkdocs.yml describes with MkDocs's live preview (``mkdocs serve``) until Ctrl-C.

    A configuration MkDocs refuses (or an address it cannot serve at) is a `ConfigError`.
    """
    from mkdocs.commands.serve import serve

    from generator.errors import ConfigError

    show_mkdocs_messages()
    try:
        serve(str(config_file), dev_addr=dev_addr)
    except (Abort, ConfigurationError) as exc:
        raise ConfigError(f"the preview could not start: {exc}") from None
    except OSError as exc:  # the address is taken or cannot be bound
        raise ConfigError(f"the preview could not listen at {dev_addr}: {exc.strerror or exc}") from None

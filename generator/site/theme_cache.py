"""The theme's compiled templates, kept between site builds: MkDocs compiles Material's templates anew for every
build (0.7 s of a rebuild after one change in a 100-project portfolio), which a live preview pays on every save; and,
under a live server, the list of the theme's files, which MkDocs walks anew on every rebuild (Material's thousands of
icons: 0.28 s of a 1.9 s rebuild)."""

from __future__ import annotations

import functools
import hashlib
import os
from importlib import metadata
from typing import Any, Optional

import jinja2

from generator.render.templates import QuietCache
from generator.resources import cache_root

_VERSIONS = ("jinja2", "mkdocs", "mkdocs-material")  # what the compiled code depends on besides each template's text


@functools.lru_cache(maxsize=1)
def theme_cache() -> Optional[jinja2.BytecodeCache]:
    """Return the cache of the theme's compiled templates (``theme`` in `generator.resources.cache_root`), or None
    where no folder can hold it.  Jinja checks each entry against its template's text; the entries' names hold the
    versions of Jinja, MkDocs and Material, whose settings the compiled code also depends on."""
    folder = cache_root() / "theme"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    versions = []
    for name in _VERSIONS:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=?")
    stamp = hashlib.sha256(" ".join(versions).encode("utf-8")).hexdigest()[:16]
    return QuietCache(str(folder), f"__theme_{stamp}_%s.cache")


_LISTED: dict[tuple[tuple[str, float], ...], list[str]] = {}  # the theme's files by its folders, while a server runs


def list_theme_once(theme: Any) -> None:
    """Make a theme's environments list its files once per live server (MkDocs's `Files.add_files_from_theme` walks
    them on every rebuild; the theme's folders do not change while it serves, unless it watches them)."""
    original = theme.get_env
    key = tuple((str(folder), _changed(folder)) for folder in theme.dirs)  # a file added to a folder: listed anew

    def get_env() -> jinja2.Environment:
        env: jinja2.Environment = original()
        loader = env.loader
        if loader is not None:
            listing = loader.list_templates

            def list_templates() -> list[str]:
                if key not in _LISTED:
                    _LISTED[key] = listing()
                return list(_LISTED[key])

            setattr(loader, "list_templates", list_templates)
        return env

    theme.get_env = get_env


def _changed(folder: str) -> float:
    """Return when a folder's entries last changed (0 when it cannot be read)."""
    try:
        return os.stat(folder).st_mtime
    except OSError:
        return 0.0


__all__ = ["list_theme_once", "theme_cache"]

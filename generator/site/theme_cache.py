"""The theme's compiled templates, kept between site builds: MkDocs compiles Material's templates anew for every
build (0.7 s of a rebuild after one change in a 100-project portfolio), which a live preview pays on every save."""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from typing import Optional

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


__all__ = ["theme_cache"]

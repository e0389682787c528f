"""The keys under which a site build's pages are kept for the next build: a project's inputs and everything else a page depends on."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import json
import logging
import site
import sys
import sysconfig
from pathlib import Path
from typing import Any, Optional

from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.theme import Theme

from generator import __version__
from generator.build.fingerprint import tree_digest
from generator.resources import PACKAGE, builtin_templates_dir

CACHE_FORMAT = 1


def digest(*parts: Any) -> str:
    """Return a digest of some strings and bytes."""
    sha = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8")
        sha.update(len(data).to_bytes(8, "big") + data)
    return sha.hexdigest()


_stamp: dict[str, str] = {}


def code_stamp() -> str:
    """Return a digest of what every kept result depends on: pmdocs's code, data and templates, Python and packages."""
    if "stamp" not in _stamp:
        packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
        _stamp["stamp"] = digest(CACHE_FORMAT, __version__, sys.version, tree_digest(str(PACKAGE)),
                                 tree_digest(str(builtin_templates_dir())), *packages)
    return _stamp["stamp"]


def _plain(value: Any) -> Any:
    """Return a config value as plain data for a digest; refuse what has no stable form."""
    if isinstance(value, Theme):
        return {"name": value.name, "dirs": value.dirs, **dict(value)}
    if isinstance(value, BasePlugin):
        return [type(value).__module__, type(value).__qualname__, dict(value.config)]
    if isinstance(value, Config):
        return dict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    if isinstance(value, (dt.date, Path)):
        return str(value)
    if hasattr(value, "patterns"):  # pathspec: exclude_docs, draft_docs, not_in_nav
        return [str(getattr(p, "pattern", p)) for p in value.patterns]
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}"
    text = repr(value)
    if " at 0x" in text:
        raise TypeError(f"no stable form for {type(value).__name__}")
    return f"{type(value).__qualname__}:{text}"


def site_key(config: MkDocsConfig, files: Files) -> Optional[str]:
    """Return a digest of everything outside a project its pages depend on, or None when that cannot be told.

    That is pmdocs's code, Python and every installed package, the MkDocs config with
    the theme's and plugins' options, the theme's own folders, every other file of the
    docs folder.
    """
    installed = {Path(p).resolve() for p in (sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"],
                                             site.getusersitepackages())}
    theme = [d if any(Path(d).resolve().is_relative_to(p) for p in installed) else tree_digest(d)
             for d in config.theme.dirs]  # an installed theme is named by the package versions in code_stamp
    docs = Path(config.docs_dir).resolve()
    entries = []
    for f in files:
        entry = [f.src_uri, f.url, f.inclusion.name]
        if f.abs_src_path and Path(f.abs_src_path).resolve().is_relative_to(docs):
            entry.append(hashlib.sha256(Path(f.abs_src_path).read_bytes()).hexdigest())
        entries.append(entry)
    settings = {k: v for k, v in config.items() if k != "site_dir"}
    try:
        text = json.dumps([settings, theme, entries], sort_keys=True, default=_plain)
    except (TypeError, ValueError) as problem:
        logging.getLogger("mkdocs.plugins.pmdocs").debug(f"pmdocs: pages are not kept between builds: {problem}")
        return None
    return digest(code_stamp(), text)


def project_key(site_wide: str, fingerprint: str, as_of: dt.date, index_documents: bool) -> str:
    """Return the key of one project's pages: its pack's inputs, the as-of date, the search setting and the site's key."""
    return digest(site_wide, fingerprint, as_of.isoformat(), index_documents)

"""Where the files pmdocs ships live (its data: knowledge, example, Word base; its built-in templates), where it
keeps its caches, and its knowledge files read through a cache."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any, Callable

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE / "data"


def builtin_templates_dir() -> Path:
    """Return the folder of the built-in templates (inside the wheel, or the repository's)."""
    packaged = PACKAGE / "templates"
    return packaged if packaged.is_dir() else PACKAGE.parent / "templates"


def cache_root() -> Path:
    """Return pmdocs's cache folder: ``$PMDOCS_CACHE_DIR``, else ``$XDG_CACHE_HOME/pmdocs``, else ``~/.cache/pmdocs``."""
    explicit = os.environ.get("PMDOCS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pmdocs"


def cached_data(name: str, parse: Callable[[bytes], Any]) -> Any:
    """Return a data file of pmdocs's, parsed by ``parse`` (YAML: ~4 ms a file) or read back as JSON (~0.2 ms) from
    the cache, keyed by the file's content; a cache that cannot be read or written is simply not used."""
    raw = (DATA / name).read_bytes()
    cached = cache_root() / "data" / f"{name}-{hashlib.sha256(raw).hexdigest()[:32]}.json"
    try:
        return json.loads(cached.read_bytes())
    except (OSError, ValueError):
        pass
    data = parse(raw)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temp = cached.with_name(f".{cached.name}.{os.getpid()}")
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, cached)  # whole or not at all, whatever another run does meanwhile
    except OSError:
        pass
    return data


@functools.lru_cache(maxsize=None)
def knowledge(name: str) -> dict[str, Any]:
    """Return one of pmdocs's knowledge files (``generator/data/*.yaml``), parsed once per process through the cache
    (`cached_data`)."""
    data: dict[str, Any] = cached_data(name, _parse_yaml)
    return data


def _parse_yaml(raw: bytes) -> Any:
    """Return a knowledge file's YAML, parsed (libyaml when available: 10x faster)."""
    import yaml  # PyYAML costs ~20 ms to import: --help, --version and schema read no knowledge file

    return yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

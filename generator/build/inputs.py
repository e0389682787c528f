"""Reading many questionnaires, each file's result kept between runs for as long as its bytes do not change."""

from __future__ import annotations

import hashlib
import pickle
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

from generator import __version__
from generator.build.fingerprint import tree_digest
from generator.output.fsutil import write_atomic
from generator.resources import cache_root
from generator.questionnaire.read import Result, read_questionnaire
from generator.resources import DATA

_CACHE_FORMAT = 1


def input_cache(output: Path) -> Path:
    """Return where `read_questionnaires` keeps what it read for an output folder (in the user's cache folder)."""
    key = hashlib.sha256(str(Path(output).resolve()).encode()).hexdigest()[:24]
    return cache_root() / "inputs" / f"{key}.pickle"


def read_questionnaires(paths: Sequence[Path], max_size: int, cache: Optional[Path] = None,
                        display: Callable[[Path], str] = str) -> list[Result]:
    """Return every file's validated result, in order; with a ``cache``, a file whose bytes were read before is not read again.

    The cache keys each result by pmdocs's version, its data, the size limit, the
    file's name and its exact bytes, so any change means a fresh read.  A missing,
    unreadable or foreign cache is simply rebuilt; it never fails a run.
    """
    kept = _load(cache) if cache is not None else {}
    salt = "\0".join((__version__, tree_digest(str(DATA)), str(max_size)))
    results: list[Result] = []
    fresh: dict[str, Result] = {}
    for path in paths:
        name = display(path)
        key = _key(path, max_size, salt, name) if cache is not None else None
        result = kept.get(key) if key else None
        if result is None:
            result = read_questionnaire(path, max_size, name)
        if key:
            fresh[key] = result
        results.append(result)
    if cache is not None and fresh.keys() != kept.keys():
        _save(cache, fresh)
    return results


def _key(path: Path, max_size: int, salt: str, name: str) -> Optional[str]:
    """Return the cache key of a file's exact bytes (None when it is too large or cannot be read: read it afresh)."""
    try:
        data = path.read_bytes() if path.stat().st_size <= max_size else None
    except OSError:
        return None
    return hashlib.sha256(f"{salt}\0{name}\0".encode() + data).hexdigest() if data is not None else None


def _load(cache: Path) -> dict[str, Result]:
    """Return the results kept in a cache file (none when it is missing, damaged or foreign)."""
    try:
        with open(cache, "rb") as handle:
            stored = pickle.load(handle)
        if isinstance(stored, dict) and stored.get("format") == _CACHE_FORMAT:
            return dict(stored["results"])
    except Exception:  # noqa: BLE001 - a damaged or foreign cache is rebuilt, never trusted
        pass
    return {}


def _save(cache: Path, results: dict[str, Result]) -> None:
    """Keep this run's results for the next one, and forget the caches of long unused output folders."""
    try:
        write_atomic(cache, pickle.dumps({"format": _CACHE_FORMAT, "results": results}, protocol=pickle.HIGHEST_PROTOCOL))
        _forget_old(cache.parent)
    except OSError:
        pass


def _forget_old(folder: Path, days: int = 30) -> None:
    """Remove cached inputs of output folders not generated for ``days`` days (the cache stays small)."""
    for stale in folder.glob("*.pickle"):
        try:
            if time.time() - stale.stat().st_mtime > days * 86400:
                stale.unlink()
        except OSError:
            pass

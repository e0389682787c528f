"""Reading many questionnaires, each file's result kept between runs for as long as its bytes do not change."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import pickle
import time
from pathlib import Path
from typing import Callable, Generator, Optional, Sequence

from generator import __version__
from generator.build.cores import jobs_for
from generator.build.pool import map_on_cores
from generator.build.fingerprint import code_digest, tree_digest
from generator.diagnostics import Diagnostic
from generator.output.fsutil import write_atomic
from generator.questionnaire.read import Result, read_questionnaire
from generator.resources import DATA, cache_root

_CACHE_FORMAT = 1
ON_CORES_FROM = 16  # this many files to read afresh (or more) are read on every core: a pool costs ~50 ms to start


def input_cache(output: Path) -> Path:
    """Return where `read_questionnaires` keeps what it read for an output folder (in the user's cache folder)."""
    key = hashlib.sha256(str(Path(output).resolve()).encode()).hexdigest()[:24]
    return cache_root() / "inputs" / f"{key}.pickle"


def read_questionnaires(paths: Sequence[Path], max_size: int, cache: Optional[Path] = None,
                        display: Callable[[Path], str] = str, jobs: Optional[int] = None,
                        templates: Optional[Path] = None) -> list[Result]:
    """Return every file's validated result, in order; with a ``cache``, a file whose bytes were read before is not read again.

    The cache keys each result by pmdocs's version, code and data, the size limit, the
    file's name and its exact bytes, so any change means a fresh read.  A missing,
    unreadable or foreign cache is simply rebuilt; it never fails a run. An approval's fingerprint is checked against
    the documents made with ``templates`` (the built-in ones by default).
    """
    kept = _load(cache) if cache is not None else {}
    salt = "\0".join((__version__, code_digest(), tree_digest(str(DATA)), str(max_size)))
    names = [display(path) for path in paths]
    keys = [_key(path, max_size, salt, name) if cache is not None else None for path, name in zip(paths, names)]
    found: list[Optional[Result]] = [kept.get(key) if key else None for key in keys]
    missing = [i for i, result in enumerate(found) if result is None]
    with contextlib.closing(read_all([(paths[i], max_size, names[i]) for i in missing], jobs)) as read:
        for i, result in zip(missing, read):  # closed at once on Ctrl-C or an error: the pool never waits for GC
            found[i] = result
    results = [result for result in found if result is not None]
    fresh = {key: result for key, result in zip(keys, results) if key}
    if cache is not None and fresh.keys() != kept.keys():
        _save(cache, fresh)
    return [_approved(result, templates) for result in results]


def _approved(result: Result, templates: Optional[Path]) -> Result:
    """Return a result with a warning for each approval whose document has changed since (`approved.check_fingerprints`:
    the documents are made for it, so this is not kept in the cache)."""
    if result.questionnaire is None or not result.fingerprint_marks:
        return result
    from generator.build.approved import check_fingerprints

    found = check_fingerprints(result.questionnaire, result.fingerprint_marks, result.filename, templates)
    if not found:
        return result
    return dataclasses.replace(result, diagnostics=sorted(result.diagnostics + found, key=Diagnostic.sort_key))


def read_all(files: list[tuple[Path, int, str]], jobs: Optional[int] = None) -> Generator[Result, None, None]:
    """Yield each (path, size limit, name shown)'s validated result, in order: on every core when there are many."""
    if len(files) < ON_CORES_FROM or jobs_for(len(files), jobs) == 1:
        return (read_questionnaire(*file) for file in files)
    return map_on_cores(_read, files, jobs)


def _read(file: tuple[Path, int, str]) -> Result:
    """Return one file's validated result (a task for a worker of `map_on_cores`)."""
    return read_questionnaire(*file)


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

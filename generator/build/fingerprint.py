"""Fingerprints: digests of everything a project's pack depends on, so that an unchanged project can be skipped."""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Optional

from generator import __version__
from generator.questionnaire.model import Questionnaire
from generator.resources import DATA, PACKAGE, builtin_templates_dir


@lru_cache(maxsize=8)
def tree_digest(folder: Optional[str]) -> str:
    """Return a digest of every file under a folder (templates, data); '' for no folder."""
    if folder is None:
        return ""
    digest = hashlib.sha256()
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Return a digest of pmdocs's own Python files by name, size and modification time (read once a process; a
    checkout whose code changed without a new version makes its packs again, and costs a few ms, not a read of each)."""
    digest = hashlib.sha256()
    for root, folders, names in os.walk(PACKAGE):  # top down, each folder's folders in order
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(n for n in names if n.endswith(".py")):
            stat = os.stat(os.path.join(root, name))
            digest.update(f"{os.path.relpath(os.path.join(root, name), PACKAGE)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


def fingerprint(q: Questionnaire, templates: Optional[Path], reference: Optional[Path], formats: tuple[str, ...],
                guidance: bool = True, emails: bool = True) -> str:
    """Return a digest of everything a project's pack depends on.

    That is the questionnaire, pmdocs's version, its templates and data, the user's
    templates, the reference Word file, the formats, whether the pack holds guidance and e-mail addresses
    (a pack with both keeps the digest it had before those choices existed).
    """
    digest = hashlib.sha256()
    digest.update(pickle.dumps(q, protocol=4))
    for part in (__version__, code_digest(), ",".join(formats), tree_digest(str(builtin_templates_dir())),
                 tree_digest(str(DATA)), tree_digest(str(templates) if templates else None),
                 hashlib.sha256(reference.read_bytes()).hexdigest() if reference else "",
                "" if guidance else "no-guidance", "" if emails else "no-emails"):
        digest.update(part.encode())
    return digest.hexdigest()

"""Fingerprints: digests of everything a project's pack depends on, so that an unchanged project can be skipped."""

from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Optional

from generator import __version__
from generator.questionnaire.model import Questionnaire
from generator.resources import DATA, builtin_templates_dir


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


def fingerprint(q: Questionnaire, templates: Optional[Path], reference: Optional[Path], formats: tuple[str, ...],
                guidance: bool = True, emails: bool = True) -> str:
    """Return a digest of everything a project's pack depends on.

    That is the questionnaire, pmdocs's version, its templates and data, the user's
    templates, the reference Word file, the formats, whether the pack holds guidance and e-mail addresses
    (a pack with both keeps the digest it had before those choices existed).
    """
    digest = hashlib.sha256()
    digest.update(pickle.dumps(q, protocol=4))
    for part in (__version__, ",".join(formats), tree_digest(str(builtin_templates_dir())),
                 tree_digest(str(DATA)), tree_digest(str(templates) if templates else None),
                 hashlib.sha256(reference.read_bytes()).hexdigest() if reference else "",
                "" if guidance else "no-guidance", "" if emails else "no-emails"):
        digest.update(part.encode())
    return digest.hexdigest()

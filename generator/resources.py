"""Where the files pmdocs ships live: its data (knowledge, example, Word base) and its built-in templates."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE / "data"


def builtin_templates_dir() -> Path:
    """Return the folder of the built-in templates (inside the wheel, or the repository's)."""
    packaged = PACKAGE / "templates"
    return packaged if packaged.is_dir() else PACKAGE.parent / "templates"

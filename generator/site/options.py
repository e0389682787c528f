"""The plugin's options in mkdocs.yml, each checked by MkDocs (a wrong value is a configuration error)."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePosixPath

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError


class _Count(c.Type):  # type: ignore[type-arg]
    """A whole number option with a least value (MkDocs reports a wrong one as a configuration error)."""

    def __init__(self, least: int, default: int) -> None:
        super().__init__(int, default=default)
        self.least = least

    def run_validation(self, value: object) -> int:
        """Return the number, or refuse it."""
        if isinstance(value, bool):
            raise ValidationError(f"Expected a whole number of at least {self.least}, not {value}")
        number: int = super().run_validation(value)
        if number < self.least:
            raise ValidationError(f"Expected a whole number of at least {self.least}, not {number}")
        return number


class _Date(c.Type):  # type: ignore[type-arg]
    """A date option written as YYYY-MM-DD (YAML may already have read it as a date)."""

    def __init__(self) -> None:
        super().__init__((str, dt.date))

    def run_validation(self, value: object) -> str:
        """Return the date as YYYY-MM-DD, or refuse what is not one."""
        if isinstance(value, dt.date):
            return value.isoformat()
        text: str = super().run_validation(value)
        try:
            return dt.date.fromisoformat(text.strip()).isoformat()
        except ValueError:
            raise ValidationError(f"'{text}' is not a date written as YYYY-MM-DD") from None


class _Folder(c.Type):  # type: ignore[type-arg]
    """The projects folder: a path inside the docs folder."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        """Return the folder, or refuse one outside the docs folder."""
        text: str = super().run_validation(value)
        path = PurePosixPath(text.replace("\\", "/"))
        if not text.strip() or path.is_absolute() or ".." in path.parts:
            raise ValidationError(f"'{text}' must be a folder inside the docs folder, such as 'projects'")
        return text


class PmdocsConfig(Config):  # type: ignore[no-untyped-call]  # MkDocs leaves it untyped
    """The plugin's options in mkdocs.yml (a wrong value is a configuration error, reported by MkDocs)."""

    projects = _Folder(default="projects")
    templates = c.Optional(c.Dir(exists=True))
    reference_docx = c.Optional(c.File(exists=True))
    as_of = c.Optional(_Date())
    strict = c.Type(bool, default=False)
    guidance = c.Type(bool, default=True)  # false: the packs hold no guidance, as with pmdocs generate --no-guidance
    show_emails = c.Type(bool, default=True)  # false: no e-mail address on any page, in search or in any download
    max_size = _Count(1, default=1_000_000)
    nav_limit = _Count(0, default=25)
    projects_per_page = _Count(1, default=100)

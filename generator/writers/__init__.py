"""Stage 5, writers: the registry of output formats (``--format``), each one `Writer` module taking a pack's documents.

A format is registered by name, file suffix and the ``module:Class`` of its writer;
the module is imported only when that format is written (the Word writer's imports
cost start-up time).  Adding a format is one module plus one `register` line::

    register("xlsx", ".xlsx", "generator.writers.xlsx:XlsxWriter", "Excel")

A writer that walks the document tree subclasses :class:`generator.ir.visitor.Visitor`
too, so a node kind it does not know fails loudly instead of vanishing.
"""

from __future__ import annotations

import abc
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, NamedTuple, Optional

from generator.errors import ConfigError

if TYPE_CHECKING:  # for annotations only: the registry itself stays cheap to import (the CLI's --help lists it)
    from generator.ir.document import Pack, PackDocument
    from generator.output.files import OutputFile


class WriterOptions(NamedTuple):  # named tuples: this module is imported at start-up (--format's help lists it)
    """Return a run's settings that writers may use (each takes what concerns it)."""

    reference: Optional[Path] = None  # a reference document to take styles from (Word: --reference-docx)


class Format(NamedTuple):
    """Return one registered output format: its name, file suffix and where its writer lives."""

    name: str
    suffix: str
    target: str  # "package.module:Class", a `Writer` subclass
    label: str = ""
    light: bool = False  # writing a document takes next to no time and no document tree (Markdown: the text as it is)

    def load(self) -> type[Writer]:
        """Return the writer class, importing its module now."""
        module, _, attr = self.target.partition(":")
        writer = getattr(importlib.import_module(module), attr)
        if not (isinstance(writer, type) and issubclass(writer, Writer)):
            raise TypeError(f"{self.target} (format '{self.name}') is not a Writer")
        return writer

    def open(self, options: Optional[WriterOptions] = None) -> Writer:
        """Return this format's writer, made ready for a run."""
        return self.load()(self, options or WriterOptions())


class Writer(abc.ABC):
    """Return one format's writer, made once per run (or worker process) and used for every pack of it.

    Making it may do the format's one-off work (Word: prepare the styles base) and
    raise a `generator.errors.UserError` for a bad option.
    """

    def __init__(self, fmt: Format, options: WriterOptions) -> None:
        self.format = fmt
        self.options = options
        self.warnings: list[str] = []  # what the user should know about the options (e.g. a style the reference lacks)

    @property
    def light(self) -> bool:
        """Return True when writing a document takes next to no time (see `Format.light`): not worth another core."""
        return self.format.light

    @abc.abstractmethod
    def write(self, document: PackDocument, pack: Pack) -> bytes:
        """Return one document of a pack in this format."""

    def extras(self, pack: Pack) -> list[OutputFile]:
        """Return files this format adds to a pack besides one per document (e.g. the pictures it links to)."""
        return []


_FORMATS: dict[str, Format] = {}

DEFAULT_FORMATS = ("md", "docx")  # what ``pmdocs generate`` writes when no --format is given


def register(name: str, suffix: str, target: str, label: str = "", light: bool = False) -> Format:
    """Register (or replace) an output format; its module is not imported until the format is written."""
    fmt = Format(name, suffix, target, label or name, light)
    _FORMATS[name] = fmt
    return fmt


def unregister(name: str) -> None:
    """Remove a registered format (for tests and plug-ins that replace a built-in one)."""
    _FORMATS.pop(name, None)


def names() -> tuple[str, ...]:
    """Return the registered formats' names, in registration order."""
    return tuple(_FORMATS)


def get(name: str) -> Format:
    """Return a registered format; an unknown name is the user's error, naming the formats there are."""
    try:
        return _FORMATS[name]
    except KeyError:
        raise ConfigError(f"unknown output format '{name}': use one or more of {', '.join(_FORMATS)}") from None


def open_writers(formats: Iterable[str], options: Optional[WriterOptions] = None) -> list[Writer]:
    """Return the writers of the formats named, each made ready once, in the order the formats were registered."""
    chosen = {get(name).name for name in formats}
    return [fmt.open(options) for fmt in _FORMATS.values() if fmt.name in chosen]


register("md", ".md", "generator.writers.markdown:MarkdownWriter", "Markdown", light=True)
register("docx", ".docx", "generator.writers.docx.writer:DocxWriter", "Word (.docx)")

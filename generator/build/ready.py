"""Writers made ready ahead of the work, in an early copy of this process (see `generator.build.early`).

An early copy is forked before the documents exist, so it cannot be handed the
writers' objects: it makes its own (`make_ready`) while this process reads and renders,
and then writes each document it is sent with them (`write_ready`).
"""

from __future__ import annotations

from typing import Iterable, Optional

from generator.ir.document import Pack, PackDocument, load_reader
from generator.output.files import OutputFile
from generator.writers import Writer, WriterOptions, open_writers

_ready: list[Writer] = []  # this process's writers, made by `make_ready`


def make_ready(formats: Iterable[str], options: WriterOptions) -> None:
    """Make the formats' writers ready in this process, and import the Markdown reader they walk the tree of."""
    _ready[:] = open_writers(formats, options)
    load_reader()


def write_ready(pack: Pack, document: Optional[PackDocument]) -> list[OutputFile]:
    """Return one document of a pack in every format made ready (`make_ready`), in the formats' order; for None,
    the files the formats add to the pack (`generator.writers.Writer.extras`)."""
    assert _ready, "no writer made ready in this process"
    if document is None:
        return [f for writer in _ready for f in writer.extras(pack)]
    return [OutputFile(document.path(writer.format.suffix), writer.write(document, pack)) for writer in _ready]

"""The Markdown writer: each document's Markdown exactly as rendered, and the pictures it links to.

Guidance stays an admonition (``!!! tip "TITLE"`` and its indented body) and text in the
answers' language keeps its ``<span lang="TAG">``: the site renders both as they are.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.ir.document import Pack, PackDocument
from generator.output.files import OutputFile
from generator.pictures.svg import svg
from generator.writers import Writer


class MarkdownWriter(Writer):
    """Write the rendered Markdown as it is (the tree is read from it, so it needs no walking back)."""

    def write(self, document: PackDocument, pack: Pack) -> bytes:
        """Return the document's Markdown as UTF-8."""
        return document.markdown.encode("utf-8")

    def extras(self, pack: Pack) -> list[OutputFile]:
        """Return the pictures the Markdown links to, as SVG files beside the documents."""
        used = {src for src in pack.pictures for doc in pack.documents
                if f"]({src} " in doc.markdown or f"/{src} " in doc.markdown}  # linked from a folder: ../pictures/...
        return [OutputFile(PurePosixPath(src), svg(pack.pictures[src]).encode("utf-8")) for src in sorted(used)]

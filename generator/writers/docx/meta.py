"""What a Word document's cover, header and properties say: computed with the Markdown, used by the writer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class DocMeta:
    """Return what the cover, header and document properties say about a document."""

    title: str
    project: str
    code: str
    doc_id: str
    version: str
    date: Optional[dt.date]
    owner: str
    organization: str
    category: str
    keywords: tuple[str, ...] = ()
    contents: bool = True
    landscape: bool = False

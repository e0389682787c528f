"""The back half of the pipeline: a validated questionnaire in, the files of its pack out."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import jinja2

from generator.model import Questionnaire
from generator.output import OutputFile
from generator.render import Rendered, environment, render_project

FORMATS = ("md",)


def pack_files(q: Questionnaire, rendered: list[Rendered], formats: tuple[str, ...] = FORMATS) -> list[OutputFile]:
    """Return the files of a project's pack in the requested formats."""
    files: list[OutputFile] = []
    for doc in rendered:
        if "md" in formats:
            files.append(OutputFile(doc.path, doc.markdown.encode("utf-8")))
    return files


def build_pack(q: Questionnaire, templates: Optional[Path] = None, formats: tuple[str, ...] = FORMATS,
               env: Optional[jinja2.Environment] = None) -> list[OutputFile]:
    """Return every file of one project's pack, rendered in memory."""
    return pack_files(q, render_project(q, templates, env), formats)

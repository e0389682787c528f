"""Plain text of Markdown as readers see it, through both parsers the project feeds."""

from __future__ import annotations

import html
import re

import markdown
from markdown_it import MarkdownIt

_MI = MarkdownIt("commonmark").enable("table")


def _html_text(rendered: str) -> str:
    rendered = re.sub(r"<br ?/?>", "\n", rendered)
    rendered = re.sub(r"</(p|h\d|li|td|th|tr)>", "\n", rendered)
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def text_python_markdown(source: str) -> str:
    """Return the visible text of Markdown as MkDocs (Python-Markdown) renders it."""
    return _html_text(markdown.markdown(source, extensions=["tables"]))


def text_markdown_it(source: str) -> str:
    """Return the visible text of Markdown as markdown-it-py renders it."""
    return _html_text(_MI.render(source))


def squash(text: str) -> str:
    """Return text with all runs of white space folded to one space."""
    return " ".join(text.split())

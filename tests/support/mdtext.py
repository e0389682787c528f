"""Plain text of Markdown as readers see it, through both parsers the project feeds."""

from __future__ import annotations

import html
import re

import markdown
from markdown_it import MarkdownIt

from generator.ir.admonition import admonition_plugin

_MI = MarkdownIt("commonmark").enable("table").use(admonition_plugin)  # as pmdocs's reader (and the site) read


def _html_text(rendered: str) -> str:
    rendered = re.sub(r"<br ?/?>", "\n", rendered)
    rendered = re.sub(r"</(p|h\d|li|td|th|tr)>", "\n", rendered)
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def text_python_markdown(source: str) -> str:
    """Return the visible text of Markdown as MkDocs (Python-Markdown) renders it."""
    return _html_text(markdown.markdown(source, extensions=["tables", "admonition"]))


def text_markdown_it(source: str) -> str:
    """Return the visible text of Markdown as markdown-it-py renders it."""
    return _html_text(_MI.render(source))


def squash(text: str) -> str:
    """Return text with all runs of white space folded to one space."""
    return " ".join(text.split())


def table_row_widths(source: str) -> list[list[int]]:
    """Return, for every table of a Markdown text, the number of cells in each of its rows."""
    tables: list[list[int]] = []
    width = 0
    for token in _MI.parse(source):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            width = 0
        elif token.type in ("th_open", "td_open"):
            width += 1
        elif token.type == "tr_close":
            tables[-1].append(width)
    return tables

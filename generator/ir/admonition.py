"""The admonition block (``!!! tip "TITLE"`` and a body indented by four spaces) for markdown-it, read as Python-Markdown reads it.

pmdocs writes generic good practice as such a block (see ``guidance`` in
``templates/_macros.md.j2``); MkDocs shows it with the ``admonition`` extension.
The rule makes one ``admonition_open`` token (attributes ``kind``: the first word,
``title``: the title as written, still Markdown) and the body's own blocks, up to
the first line indented less than the body that is not blank.  As in
Python-Markdown, the body may follow the title line directly and a title given as
``""`` means none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it-py is imported only where it reads (`generator.ir.reader.markdown_it_parser`)
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock

FIRST_LINE = re.compile(r'!!! ?([\w-]+(?: +[\w-]+)*)(?: +"(.*)")? *$')
BODY_INDENT = 4  # Python-Markdown's tab length: what a body line is indented by


def attributes(first_line: re.Match[str]) -> dict[str, str | int | float]:
    """Return an admonition's attributes from its first line: ``kind`` (the first word), ``title`` (as written, or
    the kind capitalised when none is given) and ``classes`` (every word, lower case)."""
    kinds, title = first_line.group(1), first_line.group(2)
    return {"kind": kinds.split()[0], "title": kinds.split()[0].capitalize() if title is None else title,
            "classes": " ".join(kinds.lower().split())}


def _admonition(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Read an admonition starting at line ``start`` (markdown-it's block rule signature)."""
    indent = state.sCount[start]
    if indent - state.blkIndent >= 4:  # an indented code block
        return False
    first = state.src[state.bMarks[start] + state.tShift[start]:state.eMarks[start]]
    match = FIRST_LINE.match(first)
    if match is None:
        return False
    if silent:
        return True
    body_indent = indent + BODY_INDENT
    last = start + 1  # one past the body's last line that is not blank
    line = start + 1
    while line < end:
        if not state.isEmpty(line):
            if state.sCount[line] < body_indent:
                break
            last = line + 1
        line += 1
    token = state.push("admonition_open", "div", 1)
    token.markup, token.block, token.map = "!!!", True, [start, last]
    token.attrs = attributes(match)
    saved = state.parentType, state.lineMax, state.blkIndent
    state.parentType, state.lineMax, state.blkIndent = "admonition", last, body_indent
    try:
        state.md.block.tokenize(state, start + 1, last)
    finally:
        state.parentType, state.lineMax, state.blkIndent = saved
    state.push("admonition_close", "div", -1).block = True
    state.line = last
    return True


def admonition_plugin(md: MarkdownIt) -> None:
    """Teach a markdown-it parser admonitions (before its paragraphs, which they may interrupt, as in Python-Markdown)."""
    md.block.ruler.before("fence", "admonition", _admonition, {"alt": ["paragraph"]})

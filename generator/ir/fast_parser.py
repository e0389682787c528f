"""The same syntax tree read by markdown-it-pyrs (markdown-it's Rust port) in about a fifth of the time, when it can be.

markdown-it-py stays the reader of record (`generator.ir.reader.markdown_it_parser`): this module
returns ``None`` for anything it does not read exactly as markdown-it-py does, and the
reader then uses markdown-it-py.  Without markdown-it-pyrs (no wheel for this Python)
it always does.  ``tests/ir/test_fast_parser.py`` reads every document pmdocs writes,
hostile answers included, both ways and requires the same tree.

markdown-it-pyrs has no admonitions (pmdocs's ``!!! tip "TITLE"`` guidance, see
`generator.ir.admonition`).  An admonition whose first line starts a line after a blank
line (as pmdocs's templates write them) is cut out of the text here: the text before and
after it and its body (unindented) are read apart.  Any other line where an admonition
could start (in a list item, a quote, after a paragraph line), a link reference
definition (which needs the whole text at once), a text ending in an unclosed block, or a
node kind not listed here: ``None``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Optional

from generator.ir.admonition import BODY_INDENT, FIRST_LINE, attributes
from generator.ir.syntax import Node

try:
    from markdown_it_pyrs import MarkdownIt
except ImportError:  # no wheel for this Python or platform: markdown-it-py reads everything
    PARSER: Any = None
else:
    PARSER = MarkdownIt("commonmark").enable("table")  # markdown-it-py's set-up in the reader: html on, no text_join

# a line where an admonition might start inside a container (quote marks, list markers before it)
_MAYBE_ADMONITION = re.compile(r"[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]+[ \t>]*|$))*!!!", re.MULTILINE)
_DEFINITION = re.compile(r"^ {0,3}\[", re.MULTILINE)  # a line that may be a link reference definition
_EMPHASIS_RUN = re.compile(r"[*_]+")
_BACKTICK = re.compile(r"(?<!\\)(?:\\\\)*`")  # a backtick not escaped: a code span may start (see `read`)
_BRACKET = re.compile(r"(?<!\\)(?:\\\\)*\[")  # a bracket not escaped: a link may start
_QUOTE = re.compile(r"^[ \t]*>", re.MULTILINE)
_DELIMITER_ROW = re.compile(r"[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_UNCLOSED_HTML = re.compile(r" {0,3}<(?:!|\?|(?:pre|script|style|textarea)(?:[\s>]|$))", re.IGNORECASE)


class _Unsupported(Exception):
    """Raised inside this module for what markdown-it-py must read."""


def read(markdown: str) -> Optional[list[Node]]:
    """Return the block nodes of a Markdown text as markdown-it-py reads them, or None when it must read them."""
    if PARSER is None or "\r" in markdown or "\0" in markdown or ("]:" in markdown and _DEFINITION.search(markdown)):
        return None
    if "~~~" in markdown or "```" in markdown or (">" in markdown and _QUOTE.search(markdown)):
        return None  # fences (left open, the two differ on their last blank line) and quotes (lazy lines): rare
    if "`" in markdown and "[" in markdown and _BACKTICK.search(markdown) and _BRACKET.search(markdown):
        return None  # markdown-it-pyrs 0.4.0 panics on a "[" before a backtick without its pair ("[`x")
    if "\\||" in markdown:
        return None  # markdown-it-pyrs 0.4.0 splits a row wrongly where an escaped "|" meets the next cell's
    lines = markdown.split("\n")  # split once: the table check and the admonitions' cutting read the same lines
    if "-" in markdown and not _plain_tables(lines):  # markdown-it-pyrs takes "*\n:-" for a table too
        return None
    if ("*" in markdown or "_" in markdown) and _both_flanking(markdown):
        return None
    try:
        return _read(markdown, lines)
    except _Unsupported:
        return None


def _both_flanking(markdown: str) -> bool:
    """Return whether a run of ``*`` or ``_`` could both open and close emphasis (between two letters, or two
    punctuation marks): the two parsers pair such runs differently ("![*|**]()")."""
    for run in _EMPHASIS_RUN.finditer(markdown):
        start, end = run.span()
        escapes = 0
        while start - escapes > 0 and markdown[start - escapes - 1] == "\\":
            escapes += 1
        start += escapes % 2  # the run's first character escaped
        if start == end:
            continue
        before = markdown[start - 1] if start else " "
        after = markdown[end] if end < len(markdown) else " "
        if not before.isspace() and not after.isspace() and _punctuation(before) == _punctuation(after):
            return True
    return False


def _punctuation(char: str) -> bool:
    """Return whether a character is punctuation as CommonMark counts it (Unicode's P and S categories)."""
    return unicodedata.category(char)[0] in "PS"


def _plain_tables(lines: list[str]) -> bool:
    """Return whether every table starts after a blank line and each of its lines starts with "|" up to the next
    blank line: where a table meets another block, the two parsers try their rules in another order."""
    for index, line in enumerate(lines):
        if "-" not in line or not _DELIMITER_ROW.match(line):
            continue
        if index == 0 or not lines[index - 1].lstrip(" ").startswith("|") or not line.lstrip(" ").startswith("|"):
            return False
        if index > 1 and lines[index - 2].strip(" \t"):
            return False
        indent = len(line) - len(line.lstrip(" "))
        for row in lines[index + 1:]:
            if not row.strip(" \t"):
                break
            if not row.lstrip(" ").startswith("|") or len(row) - len(row.lstrip(" ")) != indent:
                return False
    return True


def _read(markdown: str, lines: Optional[list[str]] = None) -> list[Node]:
    """Return the block nodes of a text (``lines``: its lines, when split already), admonitions cut out and read
    apart (see the module's docstring)."""
    if "!!!" not in markdown:
        return _blocks(PARSER.tree(markdown).children)
    lines = markdown.split("\n") if lines is None else lines
    out: list[Node] = []
    start = index = 0
    while index < len(lines):
        line = lines[index]
        if "!!!" not in line or not _MAYBE_ADMONITION.match(line):
            index += 1
            continue
        first = FIRST_LINE.match(line)
        if first is None:
            if line.startswith("!!!"):  # not an admonition: text, as in markdown-it-py
                index += 1
                continue
            raise _Unsupported
        if index and lines[index - 1].strip(" \t"):
            raise _Unsupported  # interrupting a paragraph, or in a block before it
        out.extend(_segment(lines[start:index]))
        last = line_at = index + 1  # one past the body's last line that is not blank
        while line_at < len(lines):
            body_line = lines[line_at]
            if body_line.strip(" \t"):
                indent = len(body_line) - len(body_line.lstrip(" \t"))
                if "\t" in body_line[:indent]:
                    raise _Unsupported
                if indent < BODY_INDENT:
                    break
                last = line_at + 1
            line_at += 1
        body = "\n".join(text[BODY_INDENT:] if text.strip(" \t") else "" for text in lines[index + 1:last])
        out.append(Node("admonition", "div", attributes(first), "", _read(body + "\n") if body else []))
        start = index = last
    out.extend(_segment(lines[start:]))
    return out


def _segment(lines: list[str]) -> list[Node]:
    """Return the blocks of the lines between admonitions (none for blank lines); refuse a text ending in a block
    that would have gone on into the next admonition (an unclosed fence or raw HTML block)."""
    if not any(line.strip(" \t") for line in lines):
        return []
    nodes = PARSER.tree("\n".join(lines) + "\n").children
    if nodes and (nodes[-1].name == "fence" or
                  (nodes[-1].name == "html_block" and _UNCLOSED_HTML.match(nodes[-1].meta.get("content", "")))):
        raise _Unsupported
    return _blocks(nodes)


def _blocks(nodes: list[Any]) -> list[Node]:
    """Return block nodes; the inline nodes of a tight list item as the hidden paragraph markdown-it-py makes."""
    out: list[Node] = []
    run: list[Node] = []
    for node in nodes:
        name = node.name
        if name in _INLINE:
            run.append(_inline(node, name))
            continue
        if run:
            out.append(Node("paragraph", "p", {}, "", run, hidden=True))
            run = []
        out.append(_block(node, name))
    if run:
        out.append(Node("paragraph", "p", {}, "", run, hidden=True))
    return out


def _block(node: Any, name: str) -> Node:
    """Return one block node."""
    if name == "paragraph":
        return Node("paragraph", "p", {}, "", _inlines(node.children))
    if name in ("heading", "lheading"):
        return Node("heading", f"h{node.meta['level']}", {}, "", _inlines(node.children))
    if name == "table":
        return _table(node)
    if name in ("bullet_list", "ordered_list"):
        items = []
        for item in node.children:
            if item.name != "list_item":
                raise _Unsupported
            items.append(Node("list_item", "li", {}, "", _blocks(item.children)))
        start = node.meta.get("start", 1) if name == "ordered_list" else 1
        return Node(name, "ol" if name == "ordered_list" else "ul", {"start": start} if start != 1 else {}, "", items)
    if name in ("fence", "code_block", "html_block"):
        return Node(name, "code" if name != "html_block" else "", {}, node.meta.get("content", ""), [])
    if name == "blockquote":
        return Node(name, "blockquote", {}, "", _blocks(node.children))
    if name == "hr":
        return Node(name, "hr", {}, "", [])
    raise _Unsupported


def _table(node: Any) -> Node:
    """Return a table: its head and body rows, each cell's alignment as markdown-it-py's style attribute."""
    aligns = [("" if align == "none" else f"text-align:{align}") for align in node.meta.get("alignments", [])]
    sections = []
    for section in node.children:
        if section.name not in ("thead", "tbody"):
            raise _Unsupported
        tag = "th" if section.name == "thead" else "td"
        rows = []
        for row in section.children:
            if row.name != "trow" or len(row.children) != len(aligns):
                raise _Unsupported
            rows.append(Node("tr", "tr", {}, "", [
                Node(tag, tag, {"style": align} if align else {}, "", _inlines(cell.children))
                for cell, align in zip(row.children, aligns)]))
        sections.append(Node(section.name, section.name, {}, "", rows))
    return Node("table", "table", {}, "", sections)


def _inlines(nodes: list[Any]) -> list[Node]:
    """Return inline nodes."""
    out = []
    for node in nodes:
        name = node.name
        if name not in _INLINE:
            raise _Unsupported
        out.append(_inline(node, name))
    return out


def _inline(node: Any, name: str) -> Node:
    """Return one inline node, with markdown-it-py's attributes and content."""
    if name == "text" or name == "html_inline":
        return Node(name, "", {}, node.meta.get("content", ""), [])
    if name == "text_special":
        meta = node.meta
        return Node(name, "", {}, meta.get("content", ""), [], markup=meta.get("markup", "") if meta.get("info") == "entity" else "")
    if name in ("strong", "em"):
        return Node(name, name, {}, "", _inlines(node.children))
    if name == "code_inline":
        parts = node.children
        if any(part.name != "text" for part in parts):
            raise _Unsupported
        content = "".join(part.meta.get("content", "") for part in parts)
        if not content.strip(" "):
            raise _Unsupported  # only spaces: markdown-it-py keeps them all, markdown-it-pyrs strips one each side
        return Node(name, "code", {}, content, [])
    if name == "link":
        meta = node.meta
        return Node(name, "a", {"href": meta.get("url", "")}, "", _inlines(node.children))
    if name == "image":
        meta = node.meta
        return Node(name, "img", {"src": meta.get("url", ""), "title": meta.get("title", "") or ""}, "",
                    _inlines(node.children))
    return Node(name, "br" if name == "hardbreak" else "", {}, "", [])  # hardbreak, softbreak


_INLINE = frozenset({"text", "text_special", "strong", "em", "code_inline", "link", "image", "hardbreak", "softbreak",
                     "html_inline"})

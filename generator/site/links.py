"""Checking a staged docs tree's links: every relative link of every page names a file of the tree.

The builders' own checks are switched off in the staged configuration (Zensical's takes time
that grows with pages times links); this one looks each link up in a set, so a portfolio of
1,000 projects is checked in about a second.  Code (fenced blocks and inline code) is left
out, and so are links to other sites, absolute paths, bare anchors and links without a file extension
(``guide/``), which MkDocs does not report as missing either.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection, Iterator, Mapping
from urllib.parse import unquote

from generator.record import Record

_FENCED = re.compile(r"^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1", re.DOTALL)
_TARGETS = re.compile(
    r"(?<!\\)\]\(\s*<([^>\n]+)>"  # [text](<target with spaces>); an escaped \]( is text
    r"|(?<!\\)\]\(\s*([^)\s]+)"  # [text](target "title")
    r"|^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)"  # [label]: target
    r"|<(?:a|img|source|link|script|iframe)\b[^<>]*?\b(?:href|src)=\"([^\"]+)\""  # in a real HTML tag only
    r"|<(?:a|img|source|link|script|iframe)\b[^<>]*?\b(?:href|src)='([^']+)'",
    re.MULTILINE | re.IGNORECASE,
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class BrokenLink(Record):
    """Return a link whose target is not a file of the tree: the page it is on and the target as written."""

    page: str
    target: str

    def message(self) -> str:
        """Return the warning, worded as MkDocs words its own."""
        return (f"Doc file '{self.page}' contains a link '{self.target}', "
                "but the target is not found among documentation files.")


def broken_links(pages: Mapping[str, str], files: Collection[str]) -> list[BrokenLink]:
    """Return the relative links of ``pages`` (path in the tree → Markdown) that name no file of ``files`` (paths in
    the tree, with ``/``), in page order."""
    return [BrokenLink(page, target) for page in sorted(pages) for target in _links(pages[page])
            if not _found(page, target, files)]


def _links(markdown: str) -> Iterator[str]:
    """Yield every link target of a page, code left out."""
    text = _INLINE_CODE.sub("", _FENCED.sub("", markdown))
    for match in _TARGETS.finditer(text):
        yield next(group for group in match.groups() if group is not None)


def _found(page: str, target: str, files: Collection[str]) -> bool:
    """Return whether a link from ``page`` reaches a file (or is of a kind this check leaves alone)."""
    path = target.split("#", 1)[0].split("?", 1)[0]
    if not path or path.startswith("/") or _SCHEME.match(path) or not posixpath.splitext(path)[1]:
        return True  # elsewhere, absolute, an anchor on the page, or a folder (MkDocs calls it unrecognized)
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(path)))
    return resolved in files


__all__ = ["BrokenLink", "broken_links"]

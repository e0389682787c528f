"""A Word section's page: the paper size and margins for a4 or letter, portrait or sideways, and the width left for text."""

from __future__ import annotations

import functools
import re

from generator.record import Record


class Paper(Record):
    """Return a paper size and the margins that suit it (twentieths of a point)."""

    width: int
    height: int
    margin: int  # on every side
    edge: int  # from the paper's edge to the header and to the footer


PAPERS = {
    "letter": Paper(12240, 15840, 1440, 720),  # 8.5 x 11 inches, one-inch margins
    "a4": Paper(11906, 16838, 1418, 709),  # 210 x 297 mm, 2.5 cm margins
}


def _attrs(element: str) -> dict[str, str]:
    return dict(re.findall(r'([\w:]+)="([^"]*)"', element))


@functools.lru_cache(maxsize=32)
def section(tail: str, paper: str = "", landscape: bool = False) -> tuple[str, int]:
    """Return a document's end (its final section) on ``paper`` (empty: the base's own page), turned sideways when
    ``landscape``, and the width between its margins.

    ``tail`` is the text after the body's content: it holds the section's ``w:pgSz`` and ``w:pgMar``.
    """
    out, width, _ = _laid_out(tail, paper, landscape)
    return out, width


def text_height(tail: str, paper: str = "", landscape: bool = False) -> int:
    """Return the height between the top and bottom margins of the page `section` gives (twips)."""
    return _laid_out(tail, paper, landscape)[2]


@functools.lru_cache(maxsize=32)
def _laid_out(tail: str, paper: str, landscape: bool) -> tuple[str, int, int]:
    """Return `section`'s end and text width, and the text height."""
    size = re.search(r"<w:pgSz\b[^>]*/>", tail)
    margins = re.search(r"<w:pgMar\b[^>]*/>", tail)
    if size is None or margins is None:
        raise ValueError("the prepared base has no page size or margins")
    page, margin = _attrs(size.group(0)), _attrs(margins.group(0))
    chosen = PAPERS.get(paper)
    if chosen is not None:
        page.update({"w:w": str(chosen.width), "w:h": str(chosen.height)})
        margin.update({side: str(chosen.margin) for side in ("w:top", "w:right", "w:bottom", "w:left")})
        margin.update({"w:header": str(chosen.edge), "w:footer": str(chosen.edge)})
    width, height = int(page.get("w:w", "12240")), int(page.get("w:h", "15840"))
    short_side, long_side = sorted((width, height))
    page.pop("w:orient", None)
    if landscape:
        page.update({"w:w": str(long_side), "w:h": str(short_side), "w:orient": "landscape"})
    else:
        page.update({"w:w": str(short_side), "w:h": str(long_side)})
    sides = int(margin.get("w:left", "1440")) + int(margin.get("w:right", "1440"))
    new_size = "<w:pgSz" + "".join(f' {k}="{v}"' for k, v in page.items()) + "/>"
    new_margins = "<w:pgMar" + "".join(f' {k}="{v}"' for k, v in margin.items()) + "/>"
    first, second = sorted((size, margins), key=lambda match: match.start())
    pieces = {size.start(): new_size, margins.start(): new_margins}
    out = (tail[: first.start()] + pieces[first.start()] + tail[first.end(): second.start()] + pieces[second.start()]
           + tail[second.end():])
    ends = int(margin.get("w:top", "1440")) + int(margin.get("w:bottom", "1440"))
    return out, (long_side if landscape else short_side) - sides, (short_side if landscape else long_side) - ends

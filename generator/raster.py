"""Turn the pictures' SVG into PNG for Word, with resvg.

resvg lays out SVG text itself: it falls back, glyph by glyph, to any installed
font that has the character, orders right-to-left scripts, shapes Arabic and
draws colour emoji, with no browser and no system graphics library.  pmdocs
relies on installed fonts for the scripts beyond Latin (on Debian:
fonts-dejavu-core, fonts-noto-cjk, fonts-noto-color-emoji); see the user guide.
"""

from __future__ import annotations

import functools
import struct

import resvg_py

PRINT_ZOOM = 2.0  # 720-pixel-wide drawings become 1,440 pixels: about 220 dpi across a 6.5-inch text width


def png_size(data: bytes) -> tuple[int, int]:
    """Return a PNG's width and height in pixels."""
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@functools.lru_cache(maxsize=256)
def to_png(svg: str, zoom: float = PRINT_ZOOM) -> bytes:
    """Return the PNG of an SVG drawing, at print resolution."""
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, zoom=zoom))

"""Pictures as the site serves them: the estimated box of every text, and a check that none is clipped or overlaps."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

from generator.pictures.layout import text_width
from generator.pictures.scene import Scene, Text
from generator.pictures.svg import svg

SVG = "{http://www.w3.org/2000/svg}"


def boxes(svg_text: str) -> tuple[list[tuple[float, float, float, float, str]], float, float]:
    """Return the estimated box of every unrotated text of an SVG, and the drawing's size."""
    root = ET.fromstring(svg_text)
    width, height = float(root.get("width", "0")), float(root.get("height", "0"))
    out = []
    for node in root.iter(f"{SVG}text"):
        if node.get("transform"):
            continue
        x, y, size = float(node.get("x", "0")), float(node.get("y", "0")), float(node.get("font-size", "0"))
        w = text_width(node.text or "", size)
        anchor = node.get("text-anchor", "start")
        x0 = x - w if anchor == "end" else x - w / 2 if anchor == "middle" else x
        out.append((x0, y - size * 0.8, x0 + w, y + size * 0.25, node.text or ""))
    return out, width, height


def assert_readable(picture: Scene) -> None:
    """Fail when a text of the picture, as the site serves it, is clipped or overlaps another."""
    found, width, height = boxes(svg(picture))
    for x0, y0, x1, y1, label in found:
        assert x0 >= 0 and x1 <= width and y0 >= 0 and y1 <= height, f"clipped: {label!r}"
    for a, b in itertools.combinations(found, 2):
        overlap = min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1
        assert not overlap, f"{a[4]!r} overlaps {b[4]!r}"


def texts(picture: Scene) -> list[str]:
    """Return every text drawn in a picture, in drawing order."""
    return [shape.content for shape in picture.shapes if isinstance(shape, Text)]

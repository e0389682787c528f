"""The SVG writer: each shape of a scene as one element, to a tenth of a unit, text escaped, unknown shapes refused."""

from __future__ import annotations

import pytest

from generator.pictures.scene import Circle, Line, Path, Rect, Scene, Text, scene
from generator.pictures.svg import FONT, svg


def test_every_shape_kind_is_written_exactly() -> None:
    picture = scene("s", 80.44, [
        Rect(1.26, 2, 30, 4.05, "#ff0000", "#00ff00", rx=2),
        Line(0, 1, 2, 3, "#cbd2d9"),
        Line(0, 1, 2, 3, "#cf1124", 2, (8, 5)),
        Line(0, 1, 2, 3, "#1f2933", 1.5),
        Path((20, 40), ((8, 8), (-8, 8), (-8, -8)), "#cf1124", relative=True, closed=True),
        Path((1, 2), ((3.33, 2), (5, 6)), "none", stroke="#1f4e79", width=2.5),
        Circle(4.44, 5, 4, "#486581"),
        Text(360, 50, "A & <b>", 11.5, "bold", "#52606d", "middle"),
    ], "alt", "Caption & co")
    assert svg(picture) == (
        '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="80" viewBox="0 0 720 80" role="img" '
        f'font-family="{FONT}"><title>Caption &amp; co</title>'
        '<rect x="0.0" y="0.0" width="720.0" height="80.4" fill="#ffffff" stroke="none" rx="0"/>'
        '<rect x="1.3" y="2.0" width="30.0" height="4.0" fill="#ff0000" stroke="#00ff00" rx="2"/>'
        '<line x1="0.0" y1="1.0" x2="2.0" y2="3.0" stroke="#cbd2d9"/>'
        '<line x1="0.0" y1="1.0" x2="2.0" y2="3.0" stroke="#cf1124" stroke-width="2" stroke-dasharray="8 5"/>'
        '<line x1="0.0" y1="1.0" x2="2.0" y2="3.0" stroke="#1f2933" stroke-width="1.5"/>'
        '<path d="M20.0 40.0 l8 8 l-8 8 l-8 -8 Z" fill="#cf1124"/>'
        '<path d="M1.0 2.0 L3.3 2.0 L5.0 6.0" fill="none" stroke="#1f4e79" stroke-width="2.5"/>'
        '<circle cx="4.4" cy="5.0" r="4" fill="#486581"/>'
        '<text x="360.0" y="50.0" font-size="11.5" font-weight="bold" fill="#52606d" text-anchor="middle">'
        "A &amp; &lt;b&gt;</text></svg>\n")


def test_a_shape_kind_without_an_svg_element_fails_loudly() -> None:
    with pytest.raises(TypeError, match="no SVG for a str shape"):
        svg(Scene("x", 720, 10, ("not a shape",), "a", "c"))  # type: ignore[arg-type]

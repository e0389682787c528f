"""A picture as data: its shapes and texts at their positions, its size, alt text and caption, ready for any writer.

Shapes are named tuples: immutable, and quick to make by the hundred.  Coordinates
are in user units of a drawing 720 units wide (y grows downwards); writers draw them
to a tenth of a unit (see :func:`on_grid`), so the site's SVG and the Word drawing
place every shape alike.  Text is one upright line, placed by its baseline and
anchor; the pictures wrap and measure it before it gets here.
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Union

from generator.record import Record

WIDTH = 720
INK = "#1f2933"
BACKGROUND = "#ffffff"


def on_grid(value: float) -> float:
    """Return a coordinate as every writer draws it: to a tenth of a unit (as SVG's ``.1f`` writes it)."""
    return round(value, 1)


class Rect(NamedTuple):
    """A rectangle, corners rounded by ``rx``; ``stroke`` "none" draws no outline."""

    x: float
    y: float
    width: float
    height: float
    fill: str
    stroke: str = "none"
    rx: float = 0


class Line(NamedTuple):
    """A straight line; ``width`` None is the writer's default of 1, ``dash`` is (dash, gap) in units."""

    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str
    width: Optional[float] = None
    dash: Optional[tuple[float, float]] = None


class Path(NamedTuple):
    """A polyline from ``start`` through ``points`` (each relative to the one before when ``relative``), maybe closed."""

    start: tuple[float, float]
    points: tuple[tuple[float, float], ...]
    fill: str  # "none" leaves a closed path empty
    relative: bool = False
    closed: bool = False
    stroke: Optional[str] = None
    width: Optional[float] = None


class Circle(NamedTuple):
    """A filled circle."""

    cx: float
    cy: float
    r: float
    fill: str


class Text(NamedTuple):
    """One line of upright text: ``y`` is its baseline, ``anchor`` start, middle or end says where ``x`` is."""

    x: float
    y: float
    content: str
    size: float = 12
    weight: str = "normal"
    fill: str = INK
    anchor: str = "start"


Shape = Union[Rect, Line, Path, Circle, Text]


class Scene(Record):
    """One picture of a pack: name, size, shapes in drawing order, alt text (for readers who cannot see it), caption.

    The shapes start with the white background; the caption is the picture's title too.
    """

    name: str
    width: float
    height: float
    shapes: tuple[Shape, ...]
    alt: str
    caption: str


def scene(name: str, height: float, shapes: list[Shape], alt: str, caption: str) -> Scene:
    """Return a picture of the standard width on a white background."""
    return Scene(name, WIDTH, height, (Rect(0, 0, WIDTH, height, BACKGROUND), *shapes), alt, caption)

"""Write a picture (a :class:`~generator.pictures.scene.Scene`) as an SVG document: the file the site and pack serve.

Plain SVG with its words as text, so the browser shows every script and finds
them; coordinates are written to a tenth of a unit, one font list for every text.
"""

from __future__ import annotations

from generator.pictures.scene import Circle, Line, Path, Rect, Scene, Shape, Text
from generator.render.escape import xml_text

FONT = "DejaVu Sans, Noto Sans, Noto Sans CJK JP, Noto Color Emoji, Segoe UI, Segoe UI Emoji, Arial"


def _rect(s: Rect) -> str:
    return (f'<rect x="{s.x:.1f}" y="{s.y:.1f}" width="{s.width:.1f}" height="{s.height:.1f}" fill="{s.fill}" '
            f'stroke="{s.stroke}" rx="{s.rx:g}"/>')


def _stroke(width: float | None, dash: tuple[float, float] | None = None) -> str:
    return ((f' stroke-width="{width:g}"' if width is not None else "")
            + (f' stroke-dasharray="{dash[0]:g} {dash[1]:g}"' if dash is not None else ""))


def _line(s: Line) -> str:
    return (f'<line x1="{s.x1:.1f}" y1="{s.y1:.1f}" x2="{s.x2:.1f}" y2="{s.y2:.1f}" stroke="{s.stroke}"'
            f"{_stroke(s.width, s.dash)}/>")


def _path(s: Path) -> str:
    steps = [f"M{s.start[0]:.1f} {s.start[1]:.1f}"]
    steps += [f"l{x:g} {y:g}" if s.relative else f"L{x:.1f} {y:.1f}" for x, y in s.points]
    if s.closed:
        steps.append("Z")
    stroke = f' stroke="{s.stroke}"' if s.stroke is not None else ""
    return f'<path d="{" ".join(steps)}" fill="{s.fill}"{stroke}{_stroke(s.width)}/>'


def _circle(s: Circle) -> str:
    return f'<circle cx="{s.cx:.1f}" cy="{s.cy:.1f}" r="{s.r:g}" fill="{s.fill}"/>'


def _text(s: Text) -> str:
    return (f'<text x="{s.x:.1f}" y="{s.y:.1f}" font-size="{s.size:g}" font-weight="{s.weight}" fill="{s.fill}" '
            f'text-anchor="{s.anchor}">{xml_text(s.content)}</text>')


def element(shape: Shape) -> str:
    """Return one shape as an SVG element; a shape kind without a writer here is a bug, never dropped."""
    match shape:
        case Rect():
            return _rect(shape)
        case Line():
            return _line(shape)
        case Path():
            return _path(shape)
        case Circle():
            return _circle(shape)
        case Text():
            return _text(shape)
    raise TypeError(f"no SVG for a {type(shape).__name__} shape")


def svg(picture: Scene) -> str:
    """Return a whole SVG document of the picture: its size, its caption as title, one font setting, every shape."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{picture.width:.0f}" height="{picture.height:.0f}" '
            f'viewBox="0 0 {picture.width:.0f} {picture.height:.0f}" role="img" font-family="{FONT}">'
            f"<title>{xml_text(picture.caption)}</title>" + "".join(element(s) for s in picture.shapes) + "</svg>\n")

"""The pack's pictures as native Word drawings: each picture's scene drawn as a group of DrawingML shapes.

Word gets every picture as a group of shapes (rectangles, lines, paths, circles and
text boxes) rather than a bitmap: crisp at any zoom and in print, searchable and
editable text, a few kilobytes per picture, and no rasterising at build time.  The
shapes come straight from the picture's :class:`~generator.pictures.scene.Scene`, the
same data the site's SVG is written from, so the two can never disagree.

Coordinates: the scene's units (of a 720-unit-wide drawing, taken to a tenth as the
SVG writes them) are scaled to the width the picture gets on the page; text sizes
are scaled the same way, because Word does not scale text with its shape.
"""

from __future__ import annotations

import re
from typing import Optional

from generator.pictures.layout import text_width
from generator.pictures.scene import Circle, Line, Path, Rect, Scene, Shape, Text, on_grid
from generator.render.escape import xml_attr, xml_text

NAMESPACES = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in (
    ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
    ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("wpg", "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"),
    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
))
EMU_PER_POINT = 12700
ASCENT = 0.95  # of the font size: from a text box's top to the baseline of its single line
LINE = 1.3  # of the font size: a text box's height
DASHES = {(8.0, 5.0): "dash", (2.0, 3.0): "sysDot"}  # a scene's (dash, gap) as Word's preset dashes; others dash


class _Shapes:
    """Collect the shapes of one drawing, in EMU, numbering them from ``first_id``."""

    def __init__(self, scale: float, first_id: int) -> None:
        self.scale = scale
        self.next_id = first_id
        self.parts: list[str] = []

    def emu(self, value: float) -> int:
        """Return a length in scene units as EMU."""
        return int(round(value * self.scale))

    def _xfrm(self, x: float, y: float, w: float, h: float, flip_h: bool = False, flip_v: bool = False) -> str:
        attrs = (' flipH="1"' if flip_h else "") + (' flipV="1"' if flip_v else "")
        return (f'<a:xfrm{attrs}><a:off x="{self.emu(x)}" y="{self.emu(y)}"/>'
                f'<a:ext cx="{max(self.emu(w), 0)}" cy="{max(self.emu(h), 0)}"/></a:xfrm>')

    def _shape(self, kind: str, sp_pr: str, extra: str = "", text_box: bool = False) -> None:
        shape_id = self.next_id
        self.next_id += 1
        nv = '<wps:cNvSpPr txBox="1"/>' if text_box else "<wps:cNvSpPr/>"
        self.parts.append(f'<wps:wsp><wps:cNvPr id="{shape_id}" name="{kind} {shape_id}"/>{nv}'
                          f"<wps:spPr>{sp_pr}</wps:spPr>{extra}</wps:wsp>")

    def fill(self, colour: Optional[str]) -> str:
        """Return a DrawingML fill for a colour (``none`` or absent: no fill)."""
        if not colour or colour == "none":
            return "<a:noFill/>"
        return f'<a:solidFill><a:srgbClr val="{_hex(colour)}"/></a:solidFill>'

    def line(self, colour: Optional[str], width: Optional[float], dash: Optional[tuple[float, float]] = None) -> str:
        """Return a DrawingML outline for a stroke (``width`` None is 1 unit)."""
        if not colour or colour == "none":
            return "<a:ln><a:noFill/></a:ln>"
        dashing = f'<a:prstDash val="{DASHES.get(dash, "dash")}"/>' if dash else ""
        return f'<a:ln w="{max(self.emu(1 if width is None else width), 1)}">{self.fill(colour)}{dashing}</a:ln>'

    def body(self) -> str:
        """Return an empty text body (shapes without text still need one)."""
        return '<wps:bodyPr/>'

    def rect(self, shape: Rect) -> None:
        """Add a rectangle (rounded when its rx asks for it)."""
        x, y, w, h = (on_grid(v) for v in (shape.x, shape.y, shape.width, shape.height))
        rx = shape.rx
        if rx > 0 and min(w, h) > 0:
            adj = min(50000, int(rx / min(w, h) * 100000))
            geometry = f'<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val {adj}"/></a:avLst></a:prstGeom>'
        else:
            geometry = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        self._shape("Rectangle", self._xfrm(x, y, w, h) + geometry + self.fill(shape.fill)
                    + self.line(shape.stroke, None), self.body())

    def straight(self, shape: Line) -> None:
        """Add a straight line."""
        x1, y1, x2, y2 = (on_grid(v) for v in (shape.x1, shape.y1, shape.x2, shape.y2))
        self._shape("Line", self._xfrm(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), flip_h=x2 < x1,
                                       flip_v=(y2 < y1) != (x2 < x1) and y1 != y2)
                    + '<a:prstGeom prst="line"><a:avLst/></a:prstGeom>' + self.line(shape.stroke, shape.width, shape.dash),
                    self.body())

    def circle(self, shape: Circle) -> None:
        """Add a circle."""
        cx, cy, r = on_grid(shape.cx), on_grid(shape.cy), shape.r
        self._shape("Oval", self._xfrm(cx - r, cy - r, 2 * r, 2 * r) + '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>'
                    + self.fill(shape.fill) + self.line(None, None), self.body())

    def path(self, shape: Path) -> None:
        """Add a path of straight segments, as a custom geometry (a single point draws nothing)."""
        points = _path_points(shape)
        if len(points) < 2:
            return
        left, top = min(x for x, _ in points), min(y for _, y in points)
        w, h = max(x for x, _ in points) - left, max(y for _, y in points) - top
        pw, ph = max(self.emu(w), 1), max(self.emu(h), 1)
        steps = [f'<a:moveTo><a:pt x="{self.emu(points[0][0] - left)}" y="{self.emu(points[0][1] - top)}"/></a:moveTo>']
        steps += [f'<a:lnTo><a:pt x="{self.emu(x - left)}" y="{self.emu(y - top)}"/></a:lnTo>' for x, y in points[1:]]
        no_fill = ' fill="none"' if shape.fill == "none" else ""
        geometry = ('<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>'
                    f'<a:pathLst><a:path w="{pw}" h="{ph}"{no_fill}>'
                    + "".join(steps) + ("<a:close/>" if shape.closed else "") + "</a:path></a:pathLst></a:custGeom>")
        self._shape("Freeform", self._xfrm(left, top, w, h) + geometry + self.fill(shape.fill)
                    + self.line(shape.stroke, shape.width), self.body())

    def text(self, shape: Text) -> None:
        """Add a one-line text box placed where the text sits (anchor and baseline)."""
        content = shape.content
        if not content.strip():
            return
        x, y, size, anchor = on_grid(shape.x), on_grid(shape.y), shape.size, shape.anchor
        w = text_width(content, size) * 1.12 + size
        h = size * LINE
        left = {"middle": x - w / 2, "end": x - w}.get(anchor, x)
        top = y - size * ASCENT
        half_points = max(2, int(round(size * self.scale / EMU_PER_POINT * 2)))
        bold = "<w:b/><w:bCs/>" if shape.weight == "bold" else ""
        colour = f'<w:color w:val="{_hex(shape.fill)}"/>' if shape.fill != "none" else ""
        jc = {"middle": "center", "end": "right"}.get(anchor, "left")
        paragraph = (f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
                     f'<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="{jc}"/></w:pPr>'
                     f'<w:r><w:rPr>{bold}{colour}<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
                     f'<w:t xml:space="preserve">{xml_text(content)}</w:t></w:r></w:p>')
        self._shape("Text Box", self._xfrm(left, top, w, h) + '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                    '<a:noFill/><a:ln><a:noFill/></a:ln>',
                    f"<wps:txbx><w:txbxContent>{paragraph}</w:txbxContent></wps:txbx>"
                    '<wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" '
                    'anchorCtr="0"><a:noAutofit/></wps:bodyPr>', text_box=True)

    def add(self, shape: Shape) -> None:
        """Add any shape of a scene; a shape kind without a drawing here is a bug, never dropped."""
        match shape:
            case Rect():
                self.rect(shape)
            case Line():
                self.straight(shape)
            case Circle():
                self.circle(shape)
            case Path():
                self.path(shape)
            case Text():
                self.text(shape)
            case _:
                raise TypeError(f"no Word drawing for a {type(shape).__name__} shape")


def _hex(colour: str) -> str:
    """Return a colour (#rgb or #rrggbb) as DrawingML's RRGGBB."""
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return value.upper() if re.fullmatch(r"[0-9a-fA-F]{6}", value) else "000000"


def _path_points(shape: Path) -> list[tuple[float, float]]:
    """Return a path's corners in scene units: relative steps added up from the start, as written to a tenth."""
    x, y = on_grid(shape.start[0]), on_grid(shape.start[1])
    points = [(x, y)]
    for dx, dy in shape.points:
        x, y = (x + dx, y + dy) if shape.relative else (on_grid(dx), on_grid(dy))
        points.append((x, y))
    return points


def drawing(picture: Scene, width_emu: int, drawing_id: int, alt: str, title: str) -> tuple[str, int]:
    """Return run content drawing the picture as a group of Word shapes, and the next free drawing id.

    ``width_emu`` is the width the picture gets on the page; the height follows the
    picture's proportions.  ``alt`` becomes the drawing's description (alt text).
    """
    width, height = float(round(picture.width)), float(round(picture.height))  # whole units, as the SVG's viewBox
    shapes = _Shapes(width_emu / width, drawing_id + 1)
    for shape in picture.shapes:
        shapes.add(shape)
    cx, cy = shapes.emu(width), shapes.emu(height)
    group = (f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
             f'<wp:effectExtent l="0" t="0" r="0" b="0"/>'
             f'<wp:docPr id="{drawing_id}" name="Picture {drawing_id}" descr={xml_attr(alt)} title={xml_attr(title)}/>'
             '<wp:cNvGraphicFramePr/><a:graphic>'
             '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp>'
             '<wpg:cNvGrpSpPr/><wpg:grpSpPr>'
             f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/><a:chOff x="0" y="0"/><a:chExt cx="{cx}" cy="{cy}"/>'
             '</a:xfrm></wpg:grpSpPr>' + "".join(shapes.parts) + "</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing>")
    # Word 2010 and later, and LibreOffice, draw the group; an older reader shows the description instead.
    # The namespaces are declared here, so a reference document that lacks them still gets valid XML.
    xml = (f"<mc:AlternateContent {NAMESPACES}><mc:Choice Requires=\"wpg\">{group}</mc:Choice>"
           f'<mc:Fallback><w:t xml:space="preserve">{xml_text(alt)}</w:t></mc:Fallback></mc:AlternateContent>')
    return xml, shapes.next_id

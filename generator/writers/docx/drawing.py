"""The pack's pictures as native Word drawings: the same SVG, redrawn as DrawingML shapes.

Word gets every picture as a group of shapes (rectangles, lines, paths, circles and
text boxes) rather than a bitmap: crisp at any zoom and in print, searchable and
editable text, a few kilobytes per picture, and no rasterising at build time.  The
SVG that :mod:`generator.pictures.charts` draws is a small known subset (``rect``, ``line``,
``path`` with M/L/l/Z, ``circle``, upright ``text``), read here
with the standard library and mapped element by element, so the site's SVG and the
Word drawing can never disagree.

Coordinates: the SVG's user units (pixels of a 720-pixel-wide drawing) are scaled to
the width the picture gets on the page; text sizes are scaled the same way, because
Word does not scale text with its shape.
"""

from __future__ import annotations

import re
from typing import Optional
from xml.etree import ElementTree
from generator.render.escape import xml_attr, xml_text

from generator.pictures.charts import text_width

SVG = "{http://www.w3.org/2000/svg}"
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
DASHES = {"8 5": "dash", "2 3": "sysDot"}
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


class _Shapes:
    """Collect the shapes of one drawing, in EMU, numbering them from ``first_id``."""

    def __init__(self, scale: float, first_id: int) -> None:
        self.scale = scale
        self.next_id = first_id
        self.parts: list[str] = []

    def emu(self, value: float) -> int:
        """Return a length in user units as EMU."""
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
        """Return a DrawingML fill for an SVG colour (``none`` or absent: no fill)."""
        if not colour or colour == "none":
            return "<a:noFill/>"
        return f'<a:solidFill><a:srgbClr val="{_hex(colour)}"/></a:solidFill>'

    def line(self, colour: Optional[str], width: float, dash: Optional[str]) -> str:
        """Return a DrawingML outline for an SVG stroke."""
        if not colour or colour == "none":
            return "<a:ln><a:noFill/></a:ln>"
        dashing = f'<a:prstDash val="{DASHES.get(" ".join(dash.split()), "dash")}"/>' if dash else ""
        return f'<a:ln w="{max(self.emu(width), 1)}">{self.fill(colour)}{dashing}</a:ln>'

    def outline_of(self, el: ElementTree.Element) -> str:
        """Return the outline of an element from its stroke attributes."""
        return self.line(el.get("stroke"), float(el.get("stroke-width", "1")), el.get("stroke-dasharray"))

    def body(self) -> str:
        """Return an empty text body (shapes without text still need one)."""
        return '<wps:bodyPr/>'

    def rect(self, el: ElementTree.Element) -> None:
        """Add a rectangle (rounded when the SVG's rx asks for it)."""
        x, y, w, h = (float(el.get(k, "0")) for k in ("x", "y", "width", "height"))
        rx = float(el.get("rx", "0") or 0)
        if rx > 0 and min(w, h) > 0:
            adj = min(50000, int(rx / min(w, h) * 100000))
            geometry = f'<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val {adj}"/></a:avLst></a:prstGeom>'
        else:
            geometry = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        self._shape("Rectangle", self._xfrm(x, y, w, h) + geometry + self.fill(el.get("fill")) + self.outline_of(el),
                    self.body())

    def straight(self, el: ElementTree.Element) -> None:
        """Add a straight line."""
        x1, y1, x2, y2 = (float(el.get(k, "0")) for k in ("x1", "y1", "x2", "y2"))
        self._shape("Line", self._xfrm(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), flip_h=x2 < x1,
                                       flip_v=(y2 < y1) != (x2 < x1) and y1 != y2)
                    + '<a:prstGeom prst="line"><a:avLst/></a:prstGeom>' + self.outline_of(el), self.body())

    def circle(self, el: ElementTree.Element) -> None:
        """Add a circle."""
        cx, cy, r = (float(el.get(k, "0")) for k in ("cx", "cy", "r"))
        self._shape("Oval", self._xfrm(cx - r, cy - r, 2 * r, 2 * r) + '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>'
                    + self.fill(el.get("fill")) + self.outline_of(el), self.body())

    def path(self, el: ElementTree.Element) -> None:
        """Add a path of straight segments (M, L, l, Z), as a custom geometry."""
        subpaths = _path_points(el.get("d", ""))
        points = [p for sub, _ in subpaths for p in sub]
        if not points:
            return
        left, top = min(x for x, _ in points), min(y for _, y in points)
        w, h = max(x for x, _ in points) - left, max(y for _, y in points) - top
        pw, ph = max(self.emu(w), 1), max(self.emu(h), 1)
        drawn = []
        for sub, closed in subpaths:
            steps = [f'<a:moveTo><a:pt x="{self.emu(sub[0][0] - left)}" y="{self.emu(sub[0][1] - top)}"/></a:moveTo>']
            steps += [f'<a:lnTo><a:pt x="{self.emu(x - left)}" y="{self.emu(y - top)}"/></a:lnTo>' for x, y in sub[1:]]
            drawn.append("".join(steps) + ("<a:close/>" if closed else ""))
        no_fill = "" if el.get("fill", "black") != "none" else ' fill="none"'
        geometry = ('<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>'
                    f'<a:pathLst><a:path w="{pw}" h="{ph}"{no_fill}>'
                    + "".join(drawn) + "</a:path></a:pathLst></a:custGeom>")
        self._shape("Freeform", self._xfrm(left, top, w, h) + geometry + self.fill(el.get("fill", "#000000"))
                    + self.outline_of(el), self.body())

    def text(self, el: ElementTree.Element) -> None:
        """Add a one-line text box placed where the SVG's text sits (anchor, baseline, rotation)."""
        content = "".join(el.itertext())
        if not content.strip():
            return
        x, y, size = float(el.get("x", "0")), float(el.get("y", "0")), float(el.get("font-size", "12"))
        anchor = el.get("text-anchor", "start")
        w = text_width(content, size) * 1.12 + size
        h = size * LINE
        left = {"middle": x - w / 2, "end": x - w}.get(anchor, x)
        top = y - size * ASCENT
        half_points = max(2, int(round(size * self.scale / EMU_PER_POINT * 2)))
        bold = "<w:b/><w:bCs/>" if el.get("font-weight") == "bold" else ""
        colour = f'<w:color w:val="{_hex(el.get("fill", "#000000"))}"/>' if el.get("fill") not in (None, "none") else ""
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


def _hex(colour: str) -> str:
    """Return an SVG colour (#rgb or #rrggbb) as DrawingML's RRGGBB."""
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return value.upper() if re.fullmatch(r"[0-9a-fA-F]{6}", value) else "000000"


def _path_points(d: str) -> list[tuple[list[tuple[float, float]], bool]]:
    """Return the subpaths (points, closed) of an SVG path made of M, L, l and Z commands."""
    subpaths: list[tuple[list[tuple[float, float]], bool]] = []
    tokens = re.findall(r"[MmLlZz]|" + _NUMBER.pattern, d)
    command, x, y, i = "M", 0.0, 0.0, 0
    current: list[tuple[float, float]] = []
    while i < len(tokens):
        token = tokens[i]
        if token in "MmLlZz":
            command = token
            i += 1
            if token in "Zz":
                if current:
                    subpaths.append((current, True))
                    x, y = current[0]
                current = []
            continue
        dx, dy = float(tokens[i]), float(tokens[i + 1])
        i += 2
        relative = command.islower()
        x, y = (x + dx, y + dy) if relative else (dx, dy)
        if command in "Mm":
            if current:
                subpaths.append((current, False))
            current = [(x, y)]
            command = "l" if relative else "L"
        else:
            current.append((x, y))
    if current:
        subpaths.append((current, False))
    return [(points, closed) for points, closed in subpaths if len(points) > 1]


_HANDLERS = {"rect": _Shapes.rect, "line": _Shapes.straight, "circle": _Shapes.circle, "path": _Shapes.path,
             "text": _Shapes.text}


def drawing(svg: str, width_emu: int, drawing_id: int, alt: str, title: str) -> tuple[str, int]:
    """Return run content drawing the SVG as a group of Word shapes, and the next free drawing id.

    ``width_emu`` is the width the picture gets on the page; the height follows the
    SVG's proportions.  ``alt`` becomes the drawing's description (alt text).
    """
    root = ElementTree.fromstring(svg)
    view = [float(v) for v in root.get("viewBox", f"0 0 {root.get('width')} {root.get('height')}").split()]
    width, height = view[2], view[3]
    scale = width_emu / width
    shapes = _Shapes(scale, drawing_id + 1)
    for el in root.iter():
        handler = _HANDLERS.get(el.tag.removeprefix(SVG))
        if handler is not None:
            handler(shapes, el)
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

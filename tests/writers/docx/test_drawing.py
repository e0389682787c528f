"""Word drawings: every shape and word of a picture's scene, at its place, with the picture's description."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import docx
import pytest
from docx.oxml.ns import qn

from generator.build.pack import build_pack
from generator.pictures.scene import Circle, Line, Path, Rect, Scene, Text, scene
from generator.pictures.svg import svg
from generator.view.context import build_context
from generator.writers.docx import drawing as drawingml
from tests.conftest import run

SVG = "{http://www.w3.org/2000/svg}"
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
      "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"}


def word_drawing(picture: Scene, width: int = 5486400) -> ET.Element:
    """Return the Word drawing of a picture, parsed (with the namespaces a document declares)."""
    xml, _ = drawingml.drawing(picture, width, 7, "alt & <text>", "title")
    declared = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
    return ET.fromstring(f"<w:r {declared}>{xml}</w:r>")


def test_word_drawing_has_a_shape_for_every_svg_element_and_keeps_every_word(example: str) -> None:
    for picture in build_context(run(example).questionnaire).pictures.values():
        root = ET.fromstring(svg(picture))
        drawn = [el for el in root.iter() if el.tag.removeprefix(SVG) in ("rect", "line", "circle", "path")]
        texts = ["".join(el.itertext()) for el in root.iter(f"{SVG}text")]
        run_ = word_drawing(picture)
        shapes = run_.findall(".//wps:wsp", NS)
        assert len(shapes) == len(drawn) + len([t for t in texts if t.strip()])
        assert ["".join(box.itertext()) for box in run_.findall(".//w:txbxContent", NS)] == [t for t in texts if t.strip()]
        ids = [int(e.get("id", "0")) for e in run_.iter() if e.tag.endswith("}cNvPr") or e.tag.endswith("}docPr")]
        assert len(ids) == len(set(ids))
        doc_pr = run_.find(".//wp:docPr", NS)
        assert doc_pr is not None and doc_pr.get("descr") == "alt & <text>"


def test_word_drawing_keeps_the_scene_geometry() -> None:
    picture = scene("t", 100, [Rect(72, 10, 144, 20, "#ff0000", "#00ff00"),
                               Text(360, 50, "Centred", 12, "bold", anchor="middle")], "alt", "t")
    run_ = word_drawing(picture, 7200000)  # 10,000 EMU per unit
    extent = run_.find(".//wp:extent", NS)
    assert extent is not None and (extent.get("cx"), extent.get("cy")) == ("7200000", "1000000")
    shapes = run_.findall(".//wps:wsp", NS)
    rect = shapes[1]  # after the white background
    off, ext = rect.find(".//a:off", NS), rect.find(".//a:ext", NS)
    assert off is not None and ext is not None
    assert (off.get("x"), off.get("y"), ext.get("cx"), ext.get("cy")) == ("720000", "100000", "1440000", "200000")
    assert rect.find(".//a:solidFill/a:srgbClr", NS).get("val") == "FF0000"
    assert rect.find(".//a:ln/a:solidFill/a:srgbClr", NS).get("val") == "00FF00"
    box = shapes[2]
    left, width = int(box.find(".//a:off", NS).get("x", "")), int(box.find(".//a:ext", NS).get("cx", ""))
    assert abs(left + width / 2 - 3600000) <= 1 and box.find(".//w:jc", NS).get(f"{{{NS['w']}}}val") == "center"
    assert box.find(".//w:b", NS) is not None
    size = int(box.find(".//w:sz", NS).get(f"{{{NS['w']}}}val", ""))
    assert size == round(12 * 10000 / 12700 * 2)  # text scales with the drawing: Word does not scale it itself


@pytest.mark.parametrize("relative", [False, True])
def test_word_paths_start_from_their_own_corner(relative: bool) -> None:
    points = ((10, 10), (10, -10)) if relative else ((20, 20), (30, 10))  # M10 10 L20 20 L30 10, or l10 10 l10 -10
    run_ = word_drawing(scene("p", 100, [Path((10, 10), points, "#0000ff", relative=relative, closed=True)], "a", "c"),
                        7200000)
    path = run_.findall(".//wps:wsp", NS)[1].find(".//a:path", NS)
    assert path is not None
    steps = [(child.tag.split("}")[1], [(p.get("x"), p.get("y")) for p in child]) for child in path]
    assert steps == [("moveTo", [("0", "0")]), ("lnTo", [("100000", "100000")]), ("lnTo", [("200000", "0")]),
                     ("close", [])]


def test_word_draws_lines_dashed_and_circles_filled() -> None:
    run_ = word_drawing(scene("l", 100, [Line(10, 90, 110, 10, "#cf1124", 2, (8, 5)), Line(0, 5, 10, 5, "#cbd2d9", dash=(2, 3)),
                                         Circle(50, 50, 4, "#1f4e79")], "a", "c"), 7200000)
    first, second, circle = run_.findall(".//wps:wsp", NS)[1:]
    assert first.find(".//a:xfrm", NS).get("flipV") == "1"  # drawn upwards
    assert first.find(".//a:ln", NS).get("w") == "20000"
    assert [s.find(".//a:prstDash", NS).get("val") for s in (first, second)] == ["dash", "sysDot"]
    assert circle.find(".//a:prstGeom", NS).get("prst") == "ellipse"
    assert circle.find(".//a:solidFill/a:srgbClr", NS).get("val") == "1F4E79"


def test_a_shape_kind_without_a_drawing_fails_loudly() -> None:
    picture = Scene("x", 720, 10, ("not a shape",), "a", "c")
    with pytest.raises(TypeError, match="no Word drawing for a str shape"):
        drawingml.drawing(picture, 7200000, 1, "a", "c")


def test_word_pictures_carry_their_descriptions(example: str) -> None:
    q = run(example).questionnaire
    assert q is not None
    ctx = build_context(q)
    charter = next(f for f in build_pack(q, formats=("docx",)) if f.path.name == "CDP-2027-project-charter.docx")
    document = docx.Document(io.BytesIO(charter.data))
    described = [d.get("descr") for d in document.element.body.iter(qn("wp:docPr"))]
    assert described == [ctx.pictures["timeline"].alt]
    box = document.tables[[t.style.name for t in document.tables].index("Figure Box")]  # picture and caption together
    captions = [p.text for p in box.rows[0].cells[0].paragraphs if p.style is not None and p.style.name == "Caption"]
    assert captions == [ctx.pictures["timeline"].caption]

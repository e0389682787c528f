"""Pictures: drawn only when there is something to draw, readable at any size, every script, deterministic."""

from __future__ import annotations

import io
import itertools
import xml.etree.ElementTree as ET

import docx
import pytest
from docx.oxml.ns import qn

from generator.pictures import charts
from generator.writers.docx import drawing as drawingml
from generator.view.context import build_context
from generator.build.pack import build_pack
from generator.render.templates import render_project
from tests.conftest import mutate, run

SVG = "{http://www.w3.org/2000/svg}"
SCRIPTS = ["山田 太郎", "김민준", "נועה לוי", "محمد العلي", "Σοφία Παπαδοπούλου", "Ольга Смирнова", "Nguyễn Thị Minh Khai",
           "🚀 Launch ✅"]


def boxes(svg_text: str) -> tuple[list[tuple[float, float, float, float, str]], float, float]:
    """Return the estimated box of every unrotated text, and the drawing's size."""
    root = ET.fromstring(svg_text)
    width, height = float(root.get("width")), float(root.get("height"))
    out = []
    for node in root.iter(f"{SVG}text"):
        if node.get("transform"):
            continue
        x, y, size = float(node.get("x")), float(node.get("y")), float(node.get("font-size"))
        w = charts.text_width(node.text or "", size)
        anchor = node.get("text-anchor", "start")
        x0 = x - w if anchor == "end" else x - w / 2 if anchor == "middle" else x
        out.append((x0, y - size * 0.8, x0 + w, y + size * 0.25, node.text or ""))
    return out, width, height


def assert_readable(picture: charts.Picture) -> None:
    found, width, height = boxes(picture.svg)
    for x0, y0, x1, y1, label in found:
        assert x0 >= 0 and x1 <= width and y0 >= 0 and y1 <= height, f"clipped: {label!r}"
    for a, b in itertools.combinations(found, 2):
        overlap = min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1
        assert not overlap, f"{a[4]!r} overlaps {b[4]!r}"


def crowd(example: str, people: int, risks: int, milestones: int) -> str:
    """Return the example questionnaire with many people, risks and milestones, names in many scripts."""
    extra_people = "".join(
        f"  - name: \"{SCRIPTS[i % len(SCRIPTS)]} {i} {'Extraordinarily-Long-Surname' if i % 7 == 0 else ''}\"\n"
        f"    role: Stakeholder\n    influence: {('low', 'medium', 'high')[i % 3]}\n    interest: {('high', 'medium', 'low')[i % 3]}\n"
        for i in range(people))
    text = mutate(example, "\nroles:", "\n" + extra_people + "\nroles:")
    text = mutate(text, "[Dana Ortiz, Priya Nair]", "[everyone]")
    extra_risks = "".join(f"  - risk: Risk number {i}\n    likelihood: {('low', 'medium', 'high')[i % 3]}\n"
                          f"    impact: {('high', 'low', 'medium')[i % 3]}\n    mitigation: Watch it\n" for i in range(risks))
    text = mutate(text, "risks:\n", "risks:\n" + extra_risks)
    extra_ms = "".join(f"  - name: \"Milestone {i} {SCRIPTS[i % len(SCRIPTS)]} with a rather long descriptive name\"\n"
                       f"    date: 2027-{1 + i % 5 + 1:02d}-{1 + i % 27:02d}\n" for i in range(milestones))
    return mutate(text, "milestones:\n", "milestones:\n" + extra_ms)


@pytest.mark.parametrize("people,risks,milestones", [(0, 0, 0), (2, 2, 2), (60, 60, 60)])
def test_pictures_stay_readable_at_any_size(example: str, people: int, risks: int, milestones: int) -> None:
    result = run(crowd(example, people, risks, milestones))
    assert result.questionnaire is not None, [d.format() for d in result.diagnostics]
    ctx = build_context(result.questionnaire)
    assert set(ctx.pictures) == {"timeline", "stakeholder-grid", "risk-heat-map", "change-impact"}
    for picture in ctx.pictures.values():
        assert_readable(picture)
    grid = ctx.pictures["stakeholder-grid"].alt
    assert all(p.name in grid for p in result.questionnaire.people if p.name != "Sam Lee")
    heat = ctx.pictures["risk-heat-map"].alt
    assert all(r.id in heat for r in ctx.risks)
    assert all(ms.name in ctx.pictures["timeline"].alt for ms in result.questionnaire.milestones)


def test_nothing_to_draw_means_no_picture_and_no_empty_frame(example: str) -> None:
    text = example.replace("milestones:\n  - name: Customer database migrated\n    date: 2027-05-31"
                           "                               # within the project dates\n"
                           "    deliverables: [Migrated customer database]     # deliverable names\n", "")
    text = text.replace("      due: 2027-05-31                              # within the project dates\n", "")
    text = text.replace("      due: 2027-06-25\n", "")
    text = text.replace("risks:\n  - risk: Legacy data quality is worse than sampled\n    likelihood: high"
                        "                               # low, medium or high\n    impact: medium"
                        "                                 # low, medium or high\n"
                        "    mitigation: Profile the full dataset in sprint 1\n    owner: Lee Chen\n", "")
    text = mutate(text, "      status: approved ", "      status: proposed ")
    text = text.replace(
        "      decision:                                    # required once approved, rejected, deferred or implemented\n"
        "        by: board\n        date: 2027-02-10\n        notes: Approved within contingency\n", "")
    q = run(text).questionnaire
    assert q is not None
    ctx = build_context(q)
    assert set(ctx.pictures) == {"stakeholder-grid"}
    docs = render_project(q)
    assert sum(d.markdown.count("![") for d in docs) == 1
    files = {f.path.as_posix() for f in build_pack(q)}
    assert [f for f in files if f.startswith("pictures/")] == ["pictures/CDP-2027-stakeholder-grid.svg"]


def test_pictures_are_deterministic(example: str) -> None:
    first = build_context(run(example).questionnaire).pictures
    second = build_context(run(example).questionnaire).pictures
    for name, picture in first.items():
        assert picture.svg == second[name].svg
        assert drawingml.drawing(picture.svg, 5486400, 1, picture.alt, picture.caption) == drawingml.drawing(
            second[name].svg, 5486400, 1, picture.alt, picture.caption)


NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
      "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"}


def word_drawing(svg: str, width: int = 5486400) -> ET.Element:
    """Return the Word drawing of an SVG, parsed (with the namespaces a document declares)."""
    xml, _ = drawingml.drawing(svg, width, 7, "alt & <text>", "title")
    declared = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
    return ET.fromstring(f"<w:r {declared}>{xml}</w:r>")


def test_word_drawing_has_a_shape_for_every_element_and_keeps_every_word(example: str) -> None:
    for picture in build_context(run(example).questionnaire).pictures.values():
        root = ET.fromstring(picture.svg)
        drawn = [el for el in root.iter() if el.tag.removeprefix(SVG) in ("rect", "line", "circle", "path")]
        texts = ["".join(el.itertext()) for el in root.iter(f"{SVG}text")]
        run_ = word_drawing(picture.svg)
        shapes = run_.findall(".//wps:wsp", NS)
        assert len(shapes) == len(drawn) + len([t for t in texts if t.strip()])
        assert ["".join(box.itertext()) for box in run_.findall(".//w:txbxContent", NS)] == [t for t in texts if t.strip()]
        ids = [int(e.get("id")) for e in run_.iter() if e.tag.endswith("}cNvPr") or e.tag.endswith("}docPr")]
        assert len(ids) == len(set(ids))
        doc_pr = run_.find(".//wp:docPr", NS)
        assert doc_pr.get("descr") == "alt & <text>"


def test_word_drawing_keeps_the_svg_geometry() -> None:
    svg = charts.svg(720, 100, "t", [charts.rect(72, 10, 144, 20, "#ff0000", "#00ff00"),
                                    charts.text(360, 50, "Centred", 12, "bold", anchor="middle"),
                                    '<path d="M10 10 L20 20 l10 -10 Z" fill="#0000ff"/>'])
    run_ = word_drawing(svg, 7200000)  # 10,000 EMU per SVG unit
    extent = run_.find(".//wp:extent", NS)
    assert (extent.get("cx"), extent.get("cy")) == ("7200000", "1000000")
    rect = run_.findall(".//wps:wsp", NS)[1]
    off, ext = rect.find(".//a:off", NS), rect.find(".//a:ext", NS)
    assert (off.get("x"), off.get("y"), ext.get("cx"), ext.get("cy")) == ("720000", "100000", "1440000", "200000")
    assert rect.find(".//a:solidFill/a:srgbClr", NS).get("val") == "FF0000"
    assert rect.find(".//a:ln/a:solidFill/a:srgbClr", NS).get("val") == "00FF00"
    box = run_.findall(".//wps:wsp", NS)[2]
    left, width = int(box.find(".//a:off", NS).get("x")), int(box.find(".//a:ext", NS).get("cx"))
    assert abs(left + width / 2 - 3600000) <= 1 and box.find(".//w:jc", NS).get(f"{{{NS['w']}}}val") == "center"
    assert box.find(".//w:b", NS) is not None
    size = int(box.find(".//w:sz", NS).get(f"{{{NS['w']}}}val"))
    assert size == round(12 * 10000 / 12700 * 2)  # text scales with the drawing: Word does not scale it itself
    path = run_.findall(".//wps:wsp", NS)[3]
    steps = [(child.tag.split("}")[1], [(p.get("x"), p.get("y")) for p in child]) for child in path.find(".//a:path", NS)]
    assert steps == [("moveTo", [("0", "0")]), ("lnTo", [("100000", "100000")]), ("lnTo", [("200000", "0")]),
                     ("close", [])]  # M10 10 L20 20 l10 -10 Z, from the path's own corner (10, 10)


def test_word_pictures_carry_their_descriptions(example: str) -> None:
    q = run(example).questionnaire
    ctx = build_context(q)
    charter = next(f for f in build_pack(q, formats=("docx",)) if f.path.name == "CDP-2027-project-charter.docx")
    document = docx.Document(io.BytesIO(charter.data))
    described = [d.get("descr") for d in document.element.body.iter(qn("wp:docPr"))]
    assert described == [ctx.pictures["timeline"].alt]
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == [ctx.pictures["timeline"].caption]

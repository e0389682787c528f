"""Word output: real structure, named styles, working fields, branding, deterministic bytes."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from generator.build.pack import build_pack
from generator.ir.reader import parse
from generator.writers.docx.base import prepare
from generator.writers.docx.page import section
from generator.writers.docx.writer import GUIDANCE_MARGINS, TABLE_MARGINS, write_docx
from tests.conftest import EXAMPLES, run
from tests.support.docx import META, SAMPLE, paragraph_text, tiny_png
from tests.support.mdtext import squash
from tests.support.packs import FIXTURES, free_text, load


def table_box(table: docx.table.Table) -> tuple[int, int]:
    """Return a table's indent (twips), which must equal its own left cell margin, and the width of its grid."""
    props = table._tbl.tblPr
    indent = props.find(qn("w:tblInd"))
    margin = props.find(qn("w:tblCellMar")).find(qn("w:left"))
    assert indent is not None and indent.get(qn("w:w")) == margin.get(qn("w:w"))
    width = props.find(qn("w:tblW"))
    grid = sum(int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol")))
    assert int(width.get(qn("w:w"))) == grid
    return int(indent.get(qn("w:w"))), grid


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def sample() -> docx.document.Document:
    return open_docx(write_docx(parse(SAMPLE), META, prepare()))


def styles_used(document: docx.document.Document) -> list[str]:
    return [p.style.name for p in document.paragraphs]


def test_cover_headings_and_lists_use_builtin_styles(sample) -> None:
    used = styles_used(sample)
    assert used[:4] == ["Cover Organization", "Cover Title", "Subtitle", "Cover Status"]
    assert sample.styles["Cover Title"].base_style.name == "Title"  # a reference's Title restyles the cover
    for name in ("Heading 1", "Heading 2", "List Number", "List Bullet", "List Bullet 2", "TOC Heading"):
        assert name in used, name
    headings = [p.text for p in sample.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["First section", "Sub section"]


def test_every_numbered_list_restarts(sample) -> None:
    numbered = [p for p in sample.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert num_ids[0] == num_ids[1] and num_ids[2] == num_ids[3] and num_ids[0] != num_ids[2]
    numbering = sample.part.numbering_part.element
    starts = {}
    for num in numbering.findall(qn("w:num")):
        override = num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        if override is not None:
            starts[int(num.get(qn("w:numId")))] = int(override.get(qn("w:val")))
    assert starts[num_ids[0]] == 1 and starts[num_ids[2]] == 3


def test_inline_marks_are_character_styles_and_links_work(sample) -> None:
    body = sample.element.body
    run_styles = {r.style for r in body.iter(qn("w:r")) if r.style}
    ids = {s.name: s.style_id for s in sample.styles}
    assert {ids["Strong"], ids["Emphasis"], ids["Verbatim Char"], ids["Hyperlink"]} <= run_styles
    link = next(link for link in body.iter(qn("w:hyperlink")) if link.get(qn("r:id")))  # not a contents entry's
    assert sample.part.rels[link.get(qn("r:id"))].target_ref == "https://example.com/page"
    assert any(True for _ in body.iter(qn("w:br")))


def test_table_has_style_repeating_bold_header_and_fits_the_page(sample) -> None:
    table = sample.tables[-1]
    assert table.style.name == "pmdocs Table"
    first = table.rows[0]._tr
    assert first.trPr.find(qn("w:tblHeader")) is not None
    assert all(r.style == sample.styles["Strong"].style_id for r in first.iter(qn("w:r")))
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    section = sample.sections[-1]
    assert sum(grid) == int((section.page_width - section.left_margin - section.right_margin) / 635)


def test_word_updates_the_contents_page_numbers_on_opening(sample) -> None:
    assert "PAGEREF _Toc" in sample.element.xml
    settings = sample.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_header_footer_and_page_fields(sample) -> None:
    section = sample.sections[-1]
    assert section.header.paragraphs[0].text == "PX-1 · Test document"
    footer = section.footer._element.xml
    assert 'w:instr=" PAGE "' in footer and 'w:instr=" NUMPAGES "' in footer and "Page " in footer


def test_core_properties_come_from_the_questionnaire(sample) -> None:
    props = sample.core_properties
    assert props.title == "Test document: Project X" and props.author == "Ana Silva"
    assert props.keywords == "PX-1; Other" and props.version == "2.0" and props.identifier == "PX-1-TD"
    assert props.created.date().isoformat() == "2027-03-04" == props.modified.date().isoformat()


def test_bytes_are_deterministic_and_zip_times_fixed() -> None:
    first = write_docx(parse(SAMPLE), META, prepare())
    second = write_docx(parse(SAMPLE), META, prepare())
    assert first == second
    assert {i.date_time for i in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {(1980, 1, 1, 0, 0, 0)}
    names = zipfile.ZipFile(io.BytesIO(first)).namelist()
    assert "docProps/thumbnail.jpeg" not in names


@pytest.mark.parametrize("path", EXAMPLES + FIXTURES, ids=[p.stem for p in EXAMPLES + FIXTURES])
def test_every_answer_is_in_the_word_files(path: Path) -> None:
    q = load(path)
    texts = []
    for f in build_pack(q, formats=("docx",)):
        document = open_docx(f.data)
        texts.extend(paragraph_text(p) for p in document.element.body.iter(qn("w:p")))
    whole = squash(" ".join(texts))
    missing = [v for v in free_text(q) if squash(v) not in whole]
    assert not missing, missing


# -- branding with a reference document -------------------------------------------


@pytest.fixture()
def reference(tmp_path: Path) -> Path:
    from docx.shared import Mm, Pt
    document = docx.Document()
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(12)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(30)
    section.header.paragraphs[0].add_run().add_picture(io.BytesIO(tiny_png()), width=Mm(20))
    document.add_paragraph("Old content that must not survive")
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.find(qn("w:name")).get(qn("w:val")) == "List Number":
            styles.remove(style)
    path = tmp_path / "company.docx"
    document.save(path)
    return path


def test_reference_docx_gives_styles_page_and_logo(reference: Path) -> None:
    base = prepare(reference)
    assert base.warnings == ["the reference document has no 'List Number' style; using pmdocs's",
                             "the reference document has no 'Hyperlink' style; using pmdocs's"]
    result = open_docx(write_docx(parse(SAMPLE), META, base))
    assert result.styles["Normal"].font.name == "Georgia"
    section = result.sections[-1]
    assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 30
    header = section.header._element
    assert any(True for _ in header.iter(qn("w:drawing"))) and "PX-1 · Test document" in "".join(
        "-" if node.tag == qn("w:noBreakHyphen") else node.text or "" for node in header.iter(qn("w:t"), qn("w:noBreakHyphen")))
    assert "Old content" not in result.element.xml
    assert "List Number" in styles_used(result)


def test_the_word_format_opened_with_a_reference_warns(reference: Path) -> None:
    from generator.writers import WriterOptions, get

    writer = get("docx").open(WriterOptions(reference=reference))
    assert writer.warnings == prepare(reference).warnings and len(writer.warnings) == 2


def test_cli_reference_docx_warns_and_writes(tmp_path: Path, reference: Path, example: str) -> None:
    from click.testing import CliRunner

    from generator.cli import cli
    source = tmp_path / "q.yaml"
    source.write_text(example, encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "out"), "--reference-docx", str(reference)])
    assert result.exit_code == 0, result.output
    assert f"{reference}:1:1: warning: the reference document has no 'List Number' style" in result.output
    strict = CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "o2"), "--strict",
                                      "--reference-docx", str(reference)])
    assert strict.exit_code == 1 and not (tmp_path / "o2").exists()


def test_format_option_chooses_outputs(tmp_path: Path, example: str) -> None:
    from click.testing import CliRunner

    from generator.cli import cli
    source = tmp_path / "q.yaml"
    source.write_text(example, encoding="utf-8")
    assert CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "o"), "--format", "docx"]).exit_code == 0
    written = {p.suffix for p in (tmp_path / "o").rglob("*") if p.is_file() and not p.name.startswith(".")}
    assert written == {".docx"}


def test_example_questionnaire_renders_to_word(example: str) -> None:
    files = build_pack(run(example).questionnaire, formats=("docx",))
    assert len(files) == 9 and all(f.data[:2] == b"PK" for f in files)


def test_settings_keep_the_schema_order(sample) -> None:
    tags = [child.tag.split("}")[1] for child in sample.settings.element]
    assert tags.index("updateFields") < tags.index("compat") < tags.index("rsids")


def test_shipped_word_base_is_current() -> None:
    """The shipped base is what python-docx makes of its template today (remake: python -m generator.writers.docx.styles)."""
    from generator.writers.docx.base import BASE_FILE
    from generator.writers.docx.styles import prepared_package

    fresh, warnings = prepared_package()
    parts = lambda blob: {i.filename: zipfile.ZipFile(io.BytesIO(blob)).read(i) for i in zipfile.ZipFile(io.BytesIO(blob)).infolist()}  # noqa: E731
    assert not warnings
    assert parts(fresh) == parts(BASE_FILE.read_bytes()), "run: python -m generator.writers.docx.styles"


def test_documents_open_with_python_docx_and_hold_no_marks(sample) -> None:
    for part in sample.part.package.iter_parts():
        assert b"pmdocs:" not in part.blob, part.partname


# -- layout: what stays together, signature rows, guidance ----------------------------

LAYOUT = """# Layout

## Approvals

By signing, the approvers confirm that this document is complete and agreed.

| Role | Name | Signature | Date |
|---|---|---|---|
| Sponsor | Dana Ortiz | | |
| Project manager | Sam Lee | | |

## Plan

| Communication | Audience | Purpose | Channel | Frequency | Owner |
|---|---|---|---|---|---|
| Steering group | Sponsor; finance; legal | Decide on scope, budget and schedule changes | Meeting | monthly | Sam Lee |
"""


@pytest.fixture(scope="module")
def layout() -> docx.document.Document:
    return open_docx(write_docx(parse(LAYOUT), META, prepare()))


def keeps_with_next(paragraph) -> bool:
    return paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None


def test_headings_are_kept_with_what_follows(layout) -> None:
    headings = [p for p in layout.paragraphs if p.style.name.startswith("Heading")]
    assert [p.text for p in headings] == ["Approvals", "Plan"]
    assert all(keeps_with_next(p._p) and p._p.find(f"{qn('w:pPr')}/{qn('w:keepLines')}") is not None for p in headings)


def test_the_paragraph_before_a_table_and_the_header_row_are_kept_with_it(layout) -> None:
    intro = next(p for p in layout.paragraphs if p.text.startswith("By signing"))
    assert keeps_with_next(intro._p)
    for table in layout.tables:
        assert all(keeps_with_next(p) for p in table.rows[0]._tr.iter(qn("w:p")))


def test_signature_rows_are_tall_enough_to_sign_and_kept_together(layout) -> None:
    table = layout.tables[0]
    rows = table.rows
    for row in rows[1:]:
        height = row._tr.trPr.find(qn("w:trHeight"))
        assert int(height.get(qn("w:val"))) >= 680 and height.get(qn("w:hRule")) == "atLeast"  # 1.2 cm
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    assert all(keeps_with_next(p) for row in rows[:-1] for p in row._tr.iter(qn("w:p")))
    assert not any(keeps_with_next(p) for p in rows[-1]._tr.iter(qn("w:p")))
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid[2] == max(grid)  # the widest column is the one signed in
    other = layout.tables[1]
    assert not any(r._tr.trPr.find(qn("w:trHeight")) is not None for r in other.rows if r._tr.trPr is not None)
    assert not any(keeps_with_next(p) for row in other.rows[1:] for p in row._tr.iter(qn("w:p")))


def test_no_column_is_narrower_than_its_header_word(layout) -> None:
    from generator.writers.docx.columns import CELL_PADDING, COMPACT_EM, EM, text_twips

    table = layout.tables[1]
    compact = table.style.name == "pmdocs Table Compact"
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    for width, cell in zip(grid, table.rows[0].cells):
        for word in cell.text.split():
            assert width >= text_twips(word, True, COMPACT_EM if compact else EM) + CELL_PADDING, word


def test_a_table_too_wide_for_its_words_is_set_smaller_and_stays_between_the_margins() -> None:
    header = "| " + " | ".join(["Communication", "Organization", "Responsibility", "Accountability", "Frequency",
                                 "Stakeholder", "Escalation", "Availability"]) + " |"
    wide = open_docx(write_docx(parse(f"# W\n\n{header}\n|{'---|' * 8}\n|{' x |' * 8}\n"), META, prepare()))
    table = wide.tables[0]
    assert table.style.name == "pmdocs Table Compact" and wide.styles["pmdocs Table Compact"].font.size.pt == 8
    width = section(prepare().document.tail, META.paper, False)[1]
    assert table_box(table) == (TABLE_MARGINS[0], width)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("landscape", [False, True])
def test_every_table_sits_exactly_between_the_text_margins(paper: str, landscape: bool) -> None:
    """Indented by its own left cell margin (Word and LibreOffice measure the indent to the cell's text) and as wide
    as the section's text: its border on the left margin, its right edge on the right margin."""
    from generator.ir import nodes as t

    width = section(prepare().document.tail, paper, landscape)[1]
    words = " | ".join(["Communication", "Organization", "Responsibility", "Accountability", "Frequency"])
    tree = parse(f"# W\n\n| {words} |\n|{'---|' * 5}\n|{' x |' * 5}\n\n| A | B |\n|---|---|\n| a | b |\n")
    guidance = t.Guidance("practice", (tree.blocks[2],))
    tree = t.Document((*tree.blocks, guidance))
    meta = replace(META, paper=paper, landscape=landscape)
    tables = open_docx(write_docx(tree, meta, prepare())).tables
    assert [table_box(table) for table in tables[:2]] == [(TABLE_MARGINS[0], width)] * 2
    box = tables[2]
    assert table_box(box) == (GUIDANCE_MARGINS[0], width)
    assert table_box(box.rows[0].cells[0].tables[0]) == (TABLE_MARGINS[0], width - sum(GUIDANCE_MARGINS))


def test_guidance_is_set_apart_in_its_own_style_with_lists_and_tables_inside() -> None:
    from generator.ir import nodes as t

    guidance = t.Guidance("recommended practice", (
        t.Paragraph((t.Text("Hold a weekly review."),)),
        t.ListBlock(False, 1, ((t.Paragraph((t.Text("agenda first"),)),), (t.Paragraph((t.Text("minutes after"),)),))),
        t.Table(((t.Text("Step"),), (t.Text("Owner"),)), (((t.Text("Review"),), (t.Text("PM"),)),), ("left", "left")),
    ))
    tree = t.Document((t.Heading(2, (t.Text("Cadence"),)), t.Paragraph((t.Text("The facts."),)), guidance))
    document = open_docx(write_docx(tree, META, prepare()))
    box = document.tables[0]
    assert box.style.name == "Guidance Box" and len(box.rows) == 1 and len(box.columns) == 1
    cell = box.rows[0].cells[0]
    assert [(p.style.name, p.text) for p in cell.paragraphs[:4]] == [
        ("Guidance Title", "Guidance: recommended practice"), ("Guidance", "Hold a weekly review."),
        ("Guidance", "agenda first"), ("Guidance", "minutes after")]
    assert cell.paragraphs[2]._p.pPr.numPr is not None  # still a real list
    assert cell.tables[0].rows[1].cells[1].text == "PM"
    facts = next(p for p in document.paragraphs if p.text == "The facts.")
    assert facts.style.name == "Normal"
    style = document.styles["Guidance"]._element.xml
    assert document.styles["Guidance Box"]._element.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}/{qn('w:left')}") is not None
    assert "w:color" in style and document.styles["Guidance Title"].font.bold


def test_a_guidance_title_already_saying_guidance_is_not_repeated() -> None:
    from generator.ir import nodes as t

    tree = t.Document((t.Guidance("Guidance: standard ceremonies", (t.Paragraph((t.Text("x"),)),)),
                       t.Guidance("", (t.Paragraph((t.Text("y"),)),))))
    document = open_docx(write_docx(tree, META, prepare()))
    titles = [table.rows[0].cells[0].paragraphs[0].text for table in document.tables]
    assert titles == ["Guidance: standard ceremonies", "Guidance"]


def test_a_cjk_name_in_a_cell_gets_its_room_and_no_cell_lets_latin_words_break_anywhere() -> None:
    """A Japanese pack: w:wordWrap off, once set on cells holding short East Asian names, lets Word and LibreOffice
    break Latin words at any letter ("Pune Analytics Pvt. Lt|d.（委託先）", "(10:00 IS|T)"); the name is kept whole by
    its column's room instead."""
    from generator.ir import nodes as t
    from generator.writers.docx.columns import CELL_PADDING, text_twips

    table = t.Table(((t.Text("Name"),), (t.Text("Organization"),), (t.Text("Notes"),)),
                    (((t.Text("山田 太郎"),), (t.Text("Pune Analytics Pvt. Ltd.（委託先）"),),
                      (t.Text("这是一个很长的句子，用来说明项目的目标和范围。" * 3),)),), ("left", "left", "left"))
    document = open_docx(write_docx(t.Document((table,)), META, prepare()))
    assert document.element.body.find(f".//{qn('w:wordWrap')}") is None
    assert document.tables[0].columns[0].width.twips >= text_twips("山田 太郎") + CELL_PADDING  # type: ignore[union-attr]


def test_a_document_ending_with_a_table_ends_with_a_paragraph_too_thin_to_make_a_page() -> None:
    document = open_docx(write_docx(parse("# T\n\n## S\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"), META, prepare()))
    body = list(document.element.body)
    assert body[-3].tag == qn("w:tbl") and body[-2].tag == qn("w:p") and body[-1].tag == qn("w:sectPr")
    assert document.paragraphs[-1].style.name == "Document End"
    assert document.styles["Document End"].paragraph_format.line_spacing.pt <= 1
    gaps = open_docx(write_docx(parse("# T\n\n| A |\n|---|\n| 1 |\n\n| B |\n|---|\n| 2 |\n\nEnd.\n"), META, prepare()))
    assert [p.style.name for p in gaps.paragraphs][-2:] == ["Table Gap", "Normal"]


def test_an_address_is_kept_exactly_as_typed_even_in_a_column_too_narrow_for_it() -> None:
    """No invisible break characters: an address copied out of Word must still work."""
    from generator.ir import nodes as t

    cells = ((t.Text("Name"),), (t.Text("Role"),), (t.Text("E-mail"),))
    row = ((t.Text("Marcus Webb"),), (t.Text("Security Program Manager, Compliance Lead " * 3),),
           (t.Text("marcus.webb@brightline.example"),))
    roomy = open_docx(write_docx(t.Document((t.Table(cells, (row,), ("left",) * 3),)), META, prepare()))
    assert roomy.tables[0].rows[1].cells[2].text == "marcus.webb@brightline.example"  # its column holds it whole
    many = tuple((t.Text(f"Column {n}"),) for n in range(9))
    crowded = open_docx(write_docx(t.Document((t.Table(cells + many, (row + tuple((t.Text("x"),) for _ in many),),
                                                       ("left",) * 12),)), META, prepare()))
    assert crowded.tables[0].rows[1].cells[2].text == "marcus.webb@brightline.example"


def test_a_figure_and_its_caption_are_boxed_together_and_its_heading_kept_with_them() -> None:
    from generator.ir import nodes as t
    from generator.pictures.scene import Scene

    picture = t.Paragraph((t.Image("pictures/grid.svg", "A grid of people.", "Power/interest grid"),))
    tree = t.Document((t.Heading(2, (t.Text("Power and interest"),)), picture, t.Paragraph((t.Text("After."),))))
    document = open_docx(write_docx(tree, META, prepare(), lambda path: Scene("grid", 100, 50, (), "A grid of people.", "Power/interest grid")))
    box = document.tables[0]
    assert box.style.name == "Figure Box" and box.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    inside = box.rows[0].cells[0].paragraphs
    assert [p.style.name for p in inside] == ["Normal", "Caption"] and inside[1].text == "Power/interest grid"
    assert keeps_with_next(inside[0]._p)
    heading = next(p for p in document.paragraphs if p.style.name == "Heading 1")
    assert keeps_with_next(heading._p)
    assert not keeps_with_next(next(p for p in document.paragraphs if p.style.name == "Table Gap")._p)


def test_a_table_whose_words_leave_its_sentences_no_room_is_set_smaller() -> None:
    from generator.writers.docx.columns import words_width
    from generator.writers.docx.page import section
    from generator.writers.docx.writer import CROWDED

    width = section(prepare().document.tail, META.paper, False)[1]
    words = [("Risk", "A volume move takes longer than its evening slot"), ("Category", "compliance"),
             ("Likelihood", "medium"), ("Impact", "medium"), ("Score", "4 (Medium)"), ("Response", "mitigate"),
             ("Owner", "Dev Patel"), ("Status", "open"), ("Reviewed", "2027-06-30")]
    for count in range(len(words), 0, -1):  # as many columns as fit at 9 points
        tree = parse("# W\n\n| " + " | ".join(h for h, _ in words[:count]) + f" |\n|{'---|' * count}\n| "
                     + " | ".join(c for _, c in words[:count]) + " |\n")
        if words_width(tree.blocks[1], count, width) <= width:
            break
    assert words_width(tree.blocks[1], count, width) > width * CROWDED  # with little to spare for the sentence
    document = open_docx(write_docx(tree, META, prepare()))
    assert document.tables[0].style.name == "pmdocs Table Compact"
    roomy = open_docx(write_docx(parse("# W\n\n| Risk | Owner |\n|---|---|\n| A long risk | Dev |\n"), META, prepare()))
    assert roomy.tables[0].style.name == "pmdocs Table"


def test_a_heading_is_kept_with_the_first_block_after_it_never_with_a_run_of_paragraphs() -> None:
    """Only the heading and the paragraph just before the table keep with what follows: the paragraphs between
    them are free to end a page (no long keep-with-next chain leaves a page nearly empty, review 4 F17)."""
    document = open_docx(write_docx(parse("# W\n\n## Section\n\nOne.\n\nTwo.\n\nThree.\n\n| A | B |\n|---|---|\n"
                                          "| a | b |\n\n## Next\n\nFour.\n\nFive.\n"), META, prepare()))
    kept = {p.text: keeps_with_next(p._p) for p in document.paragraphs if p.text in
            ("Section", "One.", "Two.", "Three.", "Next", "Four.", "Five.")}
    assert kept == {"Section": True, "One.": False, "Two.": False, "Three.": True, "Next": True, "Four.": False,
                    "Five.": False}


@pytest.mark.parametrize("landscape", [False, True])
def test_a_picture_is_never_taller_than_its_share_of_the_page(landscape: bool) -> None:
    """A wide grid fills a portrait page's width; on a landscape page it is made narrower (and centred), so with its
    heading and caption it fits under a few lines of text rather than leaving them alone on a page (review 4 F17)."""
    from generator.ir import nodes as t
    from generator.pictures.scene import Scene
    from generator.writers.docx.page import text_height
    from generator.writers.docx.writer import EMU_PER_TWIP, FIGURE_SHARE

    picture = t.Paragraph((t.Image("pictures/grid.svg", "A grid of people.", "Power/interest grid"),))
    meta = replace(META, landscape=landscape)
    document = open_docx(write_docx(t.Document((picture,)), meta, prepare(),
                                    lambda path: Scene("grid", 700, 400, (), "A grid of people.", "Grid")))
    tail = prepare().document.tail
    width, height = section(tail, META.paper, landscape)[1], text_height(tail, META.paper, landscape)
    paragraph = document.tables[0].rows[0].cells[0].paragraphs[0]._p
    extent = paragraph.find(".//" + qn("wp:extent"))
    cx, cy = int(extent.get("cx")) / EMU_PER_TWIP, int(extent.get("cy")) / EMU_PER_TWIP
    assert paragraph.find(f"{qn('w:pPr')}/{qn('w:jc')}").get(qn("w:val")) == "center"
    assert cy <= FIGURE_SHARE * height + 1 and cx <= width
    assert (cx == width) == (not landscape)  # upright: the full width; sideways: as wide as the height allows


def test_a_dates_hyphens_do_not_break_and_read_back_as_hyphens() -> None:
    """Word broke "2027-" from "02-10" at a line's end in a narrow column (the change log's decision cell): a date's
    hyphens are non-breaking; other hyphens, and numbers that only look like part of a date, stay as they are."""
    text = "| Decision | Code |\n|---|---|\n| approved by the board, 2027-02-10 | CDP-2027-CR-001, 12027-02-10 |\n"
    document = open_docx(write_docx(parse(text), META, prepare(None)))
    cells = document.tables[0].rows[1].cells
    assert [paragraph_text(c.paragraphs[0]._p) for c in cells] == ["approved by the board, 2027-02-10",
                                                                   "CDP-2027-CR-001, 12027-02-10"]
    # (review 93c F6: a code's hyphens too, "CDP-2027-CR-001"; not a number that only looks like a date's end)
    assert [len(c._tc.findall(".//" + qn("w:noBreakHyphen"))) for c in cells] == [2, 3]
    assert cells[0].text == "approved by the board, 2027-02-10"  # python-docx reads them as hyphens too
    # review 85c F9: nor an ID's ("CR-/001" in a narrow cell)
    text = "| Change |\n|---|\n| requested change CR-001 (TD-03) |\n"
    cell = open_docx(write_docx(parse(text), META, prepare(None))).tables[0].rows[1].cells[0]
    assert len(cell._tc.findall(".//" + qn("w:noBreakHyphen"))) == 2 and cell.text == "requested change CR-001 (TD-03)"


def test_the_paragraph_before_a_list_is_kept_with_its_first_item() -> None:
    """Review 23 F15: 'What changed since the previous report' and its introduction at a page's foot, the list on
    the next page."""
    document = open_docx(write_docx(parse("# T\n\n## What changed\n\nSince the last report:\n\n- One\n- Two\n\n"
                                          "Closing words.\n"), META, prepare()))
    paragraphs = {p.text: p for p in document.paragraphs}
    assert keeps_with_next(paragraphs["Since the last report:"]._p)
    assert not keeps_with_next(paragraphs["One"]._p) and not keeps_with_next(paragraphs["Closing words."]._p)


FORM = """# Form

| Field | Entry |
|---|---|
| Priority | low / medium / high |
| Title | |

| Describe the change. |
|---|
| |
"""


def test_a_blank_forms_empty_rows_have_room_to_write_in() -> None:
    def heights(blank_form: bool) -> list[list[int]]:
        document = open_docx(write_docx(parse(FORM), replace(META, blank_form=blank_form), prepare()))
        return [[int(h.get(qn("w:val"))) if (h := row._tr.find(f"{qn('w:trPr')}/{qn('w:trHeight')}")) is not None
                 else 0 for row in table.rows] for table in document.tables]

    assert heights(True) == [[0, 0, 680], [0, 2268]]  # a line or two in a field, 4 cm for a paragraph
    assert heights(False) == [[0, 0, 0], [0, 0]]  # a document's empty cell is only empty


def test_a_tight_document_sets_its_body_text_closer() -> None:
    """Review 80c F2: a one-page document whose page at its least runs over (`DocMeta.tight`) sets its body at 10
    points with closer lines; any other keeps pmdocs's base defaults."""
    tree = parse("# T\n\nSome text.\n")
    tight = open_docx(write_docx(tree, replace(META, tight=True), prepare()))
    loose = open_docx(write_docx(tree, META, prepare()))

    def defaults(document: docx.document.Document) -> tuple[str, str]:
        styles = document.styles.element
        size = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
        spacing = styles.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
        return size.get(qn("w:val")), spacing.get(qn("w:after"))
    assert defaults(tight) == ("20", "140") and defaults(loose) == ("22", "200")



def test_a_short_hyphenated_name_or_code_does_not_break() -> None:
    """Review 93c F6: "Jae- / won Choi" in the RACI's headers, "(KU- / SPA)" under a title, "R- / 06"."""
    from generator.writers.docx.columns import SHORT_NAME

    text = "| Person | Risk |\n|---|---|\n| Jae-won Choi | R-06 |\n\nProject (KU-SPA), owner Anna-Maria Lindqvist.\n"
    document = open_docx(write_docx(parse(text), META, prepare(None)))
    cells = document.tables[0].rows[1].cells
    assert [len(c._tc.findall(".//" + qn("w:noBreakHyphen"))) for c in cells] == [1, 1]
    body = next(p for p in document.paragraphs if "KU" in p.text)
    assert len(body._p.findall(".//" + qn("w:noBreakHyphen"))) == 2 and body.text == (
        "Project (KU-SPA), owner Anna-Maria Lindqvist.")
    assert not SHORT_NAME.search("a documented model-risk sign-off") and not SHORT_NAME.search("12027-02-10")
    assert not SHORT_NAME.search("Extraordinarily-long-compound-name")  # a long one may break


def test_a_currency_code_stays_on_its_amounts_line() -> None:
    """Review 100a F6: "— NGN" at a line's end and "44,000,000" on the next, in a PDF of the Word file."""
    from generator.writers.docx.writer import _text_xml

    assert "NGN\u00a044,000,000" in _text_xml("Approved changes — NGN 44,000,000")
    assert "EUR\u00a0-5" in _text_xml("EUR -5") and "the NGN bank" in _text_xml("the NGN bank")


def test_a_currency_code_may_leave_its_amount_in_a_tables_narrow_cell() -> None:
    """Review 102c F3: joined in a narrow change-log cell sized for its words one by one, "USD 101,900" broke inside
    the amount ("USD 101,90" / "0")."""
    from generator.writers.docx.writer import _text_xml

    assert "USD 101,900" in _text_xml("USD 101,900", ids=True)

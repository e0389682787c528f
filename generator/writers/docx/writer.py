"""Write a document tree (see :mod:`generator.ir.nodes`) as a Word .docx: the ``docx`` format's `DocxWriter`.

Structure comes from named styles (Title, Heading 1-3, List Bullet, List Number,
the "pmdocs Table" table style, Hyperlink, Guidance...), so Word's navigation pane
and a company's reference document both work.  Pages read as a professional's:
a cover page (see :mod:`generator.writers.docx.furniture`), headings kept with
what follows them, signature rows tall enough to sign and kept together, columns
never narrower than their longest word, the paper the organization uses, and
every run tagged with its language.  The result is byte-for-byte deterministic:
fixed zip timestamps and dates taken from the questionnaire.

Longer than about 400 lines because it is one visitor of the document tree, a method per node kind, and
the page layout those methods share.
"""

from __future__ import annotations

import functools
import posixpath
import re
from typing import Callable, Optional, Sequence, TypeGuard

from generator.ir import nodes as t
from generator.ir.document import DocMeta, Pack, PackDocument
from generator.ir.visitor import Visitor, plain_text
from generator.writers import Format, Writer, WriterOptions
from generator.writers.docx.base import BULLET_ABSTRACT, DECIMAL_ABSTRACT, QUICK, Base, Entry, deflate, prepare, write_zip
from generator.writers.docx.columns import (
    COMPACT_EM, EM, SHORT_NAME, column_widths, name_lines, row_length, text_twips, words_width,
)
from generator.writers.docx.drawing import drawing
from generator.writers.docx.hyphens import hyphenated
from generator.writers.docx.keeps import KEEP_ROW_CHARS, is_signature_table, is_whole, rows_kept_with_next, signed_tables
from generator.writers.docx.furniture import (bookmarked, compact_cover, cover, footer_runs, header_runs,
                                              is_form_control)
from generator.writers.docx.language import PDI, RLI, lang_xml, numbers_kept, right_to_left, unspaced
from generator.writers.docx.page import section, text_height
from generator.writers.docx.properties import core_properties
from generator.i18n import locales
from generator.pictures.scene import Scene
from generator.render.escape import xml_attr, xml_text

HEADING_STYLES = {2: "Heading 1", 3: "Heading 2"}
SIGNATURE_ROW = 680  # twips: 1.2 cm, room to sign by hand
FILL_IN_ROW = 680  # twips: a blank form's row left empty, room for a line or two by hand
FILL_IN_BOX = 2268  # twips: 4 cm, a blank form's box of one column for a paragraph by hand
KEEP_NEXT = "<w:keepNext/>"
FIGURE_SHARE = 0.6  # a picture is at most this share of the text's height: with its heading and caption it fits under
# a few lines of text, instead of leaving them alone on a nearly empty page (a full-width grid on a landscape page)
CROWDED = 0.85  # a table whose longest words take more than this share of the width is set smaller
# Each table's cell margins (left, right), in twips, written on the table itself (so a reference document's style
# cannot move it) and as its indent: Word (compatibility mode 14) and LibreOffice measure a table's indent to its first
# cell's text, so an indent of the left cell margin puts the table's border on the text margin, and a table as wide as
# the text ends on the right margin: every table sits exactly between the margins, upright or landscape.
TABLE_MARGINS = (80, 80)  # the pmdocs Table styles'
GUIDANCE_MARGINS = (200, 160)  # the Guidance Box style's
FIGURE_MARGINS = (0, 0)  # the Figure Box style's
GUIDANCE_INSET = sum(GUIDANCE_MARGINS)  # taken from a table's width inside the guidance box

PictureLoader = Callable[[str], Optional[Scene]]  # a picture's source path -> the picture, or None
EMU_PER_TWIP = 635
RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _text_xml(text: str, ids: bool = False) -> str:
    """Return the run content for text: ``w:t`` pieces, tabs and line breaks (as Word types them), and the hyphens of
    a date as non-breaking hyphens (Word would break "2027-" from "03-15" at the end of a line), and, with ``ids``
    (in a table's narrow cells), those of an ID ("CR-001"). In text read right to left a date is first set apart
    left to right (`language.numbers_kept`), so its non-breaking hyphens keep its order (review 112a F5)."""
    out = []
    if not ids:  # "NGN 44,000,000" on one line (review 100a F6: "— NGN" / "44,000,000"); in a table's narrow cells,
        # sized for its words one by one, the two may go on two lines (review 102c F3: "USD 101,90" / "0")
        text = _CODE_AMOUNT.sub("\\1\u00a0", text)
    for index, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if index:
            out.append("<w:br/>")
        for piece_index, piece in enumerate(line.split("\t")):
            if piece_index:
                out.append("<w:tab/>")
            for part_index, part in enumerate(_unbroken_parts(piece, ids)):
                if part_index:
                    out.append("<w:noBreakHyphen/>")
                if part:  # (a soft hyphen stays the character, U+00AD, which Word and LibreOffice break at)
                    space = ' xml:space="preserve"' if part != part.strip() else ""
                    out.append(f"<w:t{space}>{xml_text(part)}</w:t>")
    return "".join(out)


RTL_PARAGRAPH = "<w:bidi/>"  # a paragraph read right to left


def right_to_left_only(nodes: Sequence[t.Inline]) -> bool:
    """Return True when inline content is answer text in a right-to-left language and nothing else but spaces and
    the marks joining a list's items: its paragraph (or table cell) is read right to left, aligned to its start on
    the right (review 112a F5: Hebrew cells and paragraphs left-aligned and ragged)."""
    found = False
    for node in nodes:
        if isinstance(node, t.Lang) and right_to_left(node.lang):
            found = True
        elif not (isinstance(node, t.Text) and not _SEPARATORS.sub("", node.text)):
            return False
    return found


# what joins answers in a list ("أ, ب", "أ; ب", "أ · ب"): answers in a right-to-left language joined by it are read
# right to left too (review 113c F9: two Arabic alternatives joined by "; " shown in the wrong order)
_SEPARATORS = re.compile(r"[\s,;·/&]+")


# a currency's code before its amount ("EUR 45,000"): kept on the amount's line
_CODE_AMOUNT = re.compile(r"(?<![\w-])([A-Z]{3}) (?=[-\u2212]?[0-9])")


# an ISO date, as the documents print them, and an ID ("CR-001", "TD-03"; review 85c F9: "CR-/001" in a narrow
# cell): Word would break "2027-" from "03-15", or "CR-" from "001", at the end of a line
_DATE = re.compile(r"(?<![0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])")
_UNBROKEN = re.compile(rf"{_DATE.pattern}|(?<![\w-])[A-Z]{{1,6}}(?:-[0-9]{{1,6}})+(?![\w-])|{SHORT_NAME.pattern}")
# everywhere: a date, and a short hyphenated name or code (`columns.SHORT_NAME`: "Jae-won", "KU-SPA", "R-06")
_ALWAYS_UNBROKEN = re.compile(rf"{_DATE.pattern}|{SHORT_NAME.pattern}")


def _unbroken_parts(text: str, ids: bool = False) -> list[str]:
    """Return a text cut at the hyphens of its dates and short hyphenated names (`columns.SHORT_NAME`), and with
    ``ids`` of its IDs (one part when it holds none)."""
    if "-" not in text:
        return [text]
    parts, start = [], 0
    for found in (_UNBROKEN if ids else _ALWAYS_UNBROKEN).finditer(text):
        at = found.start()
        for piece in found.group(0).split("-")[:-1]:
            parts.append(text[start:at + len(piece)])
            at += len(piece) + 1
            start = at
    parts.append(text[start:])
    return parts


class DocxWriter(Writer):
    """The ``docx`` format: each document as a Word file in pmdocs's base or one made from ``--reference-docx``."""

    def __init__(self, fmt: Format, options: WriterOptions) -> None:
        super().__init__(fmt, options)
        self.base = prepare(options.reference)  # remembered by the reference's content: opening another is cheap
        self.warnings = list(self.base.warnings)

    def write(self, document: PackDocument, pack: Pack) -> bytes:
        """Return one document as .docx bytes, its pictures drawn in."""
        folder = document.stem.parent.as_posix()

        def picture(src: str) -> Optional[Scene]:  # a link relative to the document's folder (../pictures/...)
            return pack.pictures.get(posixpath.normpath(posixpath.join(folder, src)))
        return write_docx(document.tree, document.meta, self.base, picture)


class _Runs(Visitor[str]):
    """Write inline content as WordprocessingML runs, for a `_Writer` (whose styles, links and pictures it uses)."""

    walker = "the Word writer"

    def __init__(self, writer: _Writer) -> None:
        self.w = writer

    def visit_Text(self, node: t.Text, char_style: Optional[str]) -> str:
        return self.w.run(node.text.replace("\n", " "), char_style)  # a soft break is a space

    def visit_Strong(self, node: t.Strong, char_style: Optional[str]) -> str:
        return self.w.inlines(node.children, "Strong")

    def visit_Emph(self, node: t.Emph, char_style: Optional[str]) -> str:
        return self.w.inlines(node.children, "Emphasis")

    def visit_Code(self, node: t.Code, char_style: Optional[str]) -> str:
        return self.w.run(node.text, "Verbatim Char")

    def visit_Break(self, node: t.Break, char_style: Optional[str]) -> str:
        return "<w:r><w:br/></w:r>"

    def visit_Link(self, node: t.Link, char_style: Optional[str]) -> str:
        return self.w.hyperlink(node)

    def visit_Image(self, node: t.Image, char_style: Optional[str]) -> str:
        return self.w.image(node)

    def visit_Lang(self, node: t.Lang, char_style: Optional[str]) -> str:
        outer, self.w.lang = self.w.lang, node.lang
        try:
            text = self.w.inlines(node.children, char_style)
        finally:
            self.w.lang = outer
        if right_to_left(node.lang) and not (outer and right_to_left(outer)) and not self.w.rtl_paragraph:
            # set apart (a right-to-left isolate): the text after an answer read right to left keeps its order, and
            # the answer its own (reviews 111b F2: "نورة القحطاني, 2026-05-27" shown "27-05-2026", a list of names
            # in reverse; 112a F5: a name's closing quote shown at its other end); not in a paragraph read right to
            # left, which holds the answer alone: there LibreOffice printed the isolate's marks over the text's
            # digits and Latin words (review 113c F3: "أغسطس 2026" shown with "2026" over "أغسطس")
            text = f"<w:r>{_text_xml(RLI)}</w:r>{text}<w:r>{_text_xml(PDI)}</w:r>"
        return text


class _Writer(Visitor[None]):
    """Write one Word document's body as WordprocessingML text, from the prepared base (blocks here, runs in `_Runs`)."""

    walker = "the Word writer"

    def __init__(self, base: Base, pictures: Optional[PictureLoader], meta: DocMeta) -> None:
        self.runs = _Runs(self)
        self.base = base
        self.section, self.text_width = section(base.document.tail, "" if base.keeps_page else meta.paper,
                                                meta.landscape)
        self.text_height = text_height(base.document.tail, "" if base.keeps_page else meta.paper, meta.landscape)
        self.lang: Optional[str] = None  # the language of the text being written, when not the document's
        self.guidance = False  # True while writing guidance (its paragraphs take the Guidance style)
        self.locale_tag = meta.language
        self.blank_form = meta.blank_form
        self.out: list[str] = []
        self.nums: list[str] = []
        self.rels: list[str] = []
        self.next_num = base.next_num
        self.bullet_num: Optional[int] = None
        self.pictures = pictures
        self.next_drawing = 1
        self.contents_number: Optional[int] = None  # set for a heading the contents list: its entry's number
        self.signed = False  # set for a table kept with the signature section after it (see keeps.signed_tables)
        self.in_table = False  # writing a table's cells: an ID's hyphen does not break either (`_text_xml`)
        self.rtl_paragraph = False  # writing a paragraph (or cell) read right to left: its answer needs no isolate

    # -- low level -------------------------------------------------------------

    def style(self, name: str) -> str:
        """Return the style id for a style name (every needed style exists in the prepared base)."""
        return self.base.style_ids.get(name) or self.base.style_ids[name.lower()]

    def p_open(self, style: Optional[str], extra: str = "") -> str:
        """Return a paragraph's start tag and properties, in a named style."""
        props = (f'<w:pStyle w:val="{self.style(style)}"/>' if style else "") + extra
        return f"<w:p><w:pPr>{props}</w:pPr>" if props else "<w:p>"

    def run(self, text: str, char_style: Optional[str] = None) -> str:
        """Return a run of text (newlines become line breaks) in an optional character style and its language."""
        props = (f'<w:rStyle w:val="{self.style(char_style)}"/>' if char_style else "") + unspaced(text) + (
            lang_xml(self.lang) if self.lang else "")
        content = _text_xml(numbers_kept(text) if right_to_left(self.lang or "") else text, ids=self.in_table)
        return f"<w:r><w:rPr>{props}</w:rPr>{content}</w:r>" if props else f"<w:r>{content}</w:r>"

    def para(self, style: Optional[str], content: str, extra: str = "") -> None:
        """Add a paragraph to the body."""
        self.out.append(f"{self.p_open(style, extra)}{content}</w:p>")

    def inlines(self, nodes: tuple[t.Inline, ...], char_style: Optional[str] = None) -> str:
        """Return inline content as runs, nesting marks as styles."""
        return "".join([self.runs.visit(node, char_style) for node in nodes])

    def rtl_inlines(self, nodes: tuple[t.Inline, ...], char_style: Optional[str] = None) -> str:
        """Return the runs of a paragraph (or cell) read right to left."""
        self.rtl_paragraph = True
        try:
            return self.inlines(nodes, char_style)
        finally:
            self.rtl_paragraph = False

    def hyperlink(self, node: t.Link) -> str:
        """Return a working hyperlink (external addresses only; others stay text)."""
        if not node.href.startswith(("http://", "https://", "mailto:")):
            return self.inlines(node.children)
        rel_id = f"rIdPm{len(self.rels) + 1}"
        self.rels.append(f'<Relationship Id="{rel_id}" Type="{RELATIONSHIP}" Target={xml_attr(node.href)} '
                         'TargetMode="External"/>')
        return f'<w:hyperlink r:id="{rel_id}">{self.inlines(node.children, "Hyperlink")}</w:hyperlink>'

    def image(self, node: t.Image) -> str:
        """Return a picture as a Word drawing described by its alternative text (the text alone if unknown)."""
        picture = self.pictures(node.src) if self.pictures else None
        if picture is None:
            return self.run(node.alt)
        width = self.text_width
        if picture.height * width > FIGURE_SHARE * self.text_height * picture.width:  # too tall at the full width
            width = int(FIGURE_SHARE * self.text_height * picture.width / picture.height)
        xml, self.next_drawing = drawing(picture, width * EMU_PER_TWIP, self.next_drawing, node.alt,
                                         node.title or node.alt[:60])
        return f"<w:r>{xml}</w:r>"

    # -- blocks ----------------------------------------------------------------

    def block(self, node: t.Block, depth: int = 0) -> None:
        """Write one block of the tree."""
        self.visit(node, depth)

    def visit_Heading(self, node: t.Heading, depth: int) -> None:
        # Kept with what follows (whatever a reference's heading styles say), and on one page; a heading the contents
        # list carries the bookmark its entry links to and takes its page number from.
        runs, number, self.contents_number = self.inlines(node.children), self.contents_number, None
        self.para(HEADING_STYLES.get(node.level, "Heading 3" if node.level > 3 else "Title"),
                  runs if number is None else bookmarked(number, runs), "<w:keepNext/><w:keepLines/>")

    def visit_Paragraph(self, node: t.Paragraph, depth: int) -> None:
        images = [n for n in node.children if isinstance(n, t.Image)]
        if images and all(isinstance(n, t.Image) or (isinstance(n, t.Text) and not n.text.strip())
                          for n in node.children):
            self.figure(images)
        else:
            rtl_only = right_to_left_only(node.children)
            self.para(self.body_style, self.rtl_inlines(node.children) if rtl_only else self.inlines(node.children),
                      RTL_PARAGRAPH if rtl_only else "")

    @property
    def body_style(self) -> str:
        """Return the style of a plain paragraph here: Guidance inside guidance, else Normal."""
        return "Guidance" if self.guidance else "Normal"

    def visit_Guidance(self, node: t.Guidance, depth: int) -> None:
        """Write guidance set apart: a shaded box with a rule on its left, "Guidance: title" in bold, its blocks inside."""
        _ = locales.get(self.locale_tag).gettext
        word = _("Guidance")
        title = node.title.strip()
        # Translators: the bold first line of a box of generic good practice, e.g. "Guidance: standard ceremonies".
        heading = title if title.casefold().startswith(word.casefold()) else (
            _("%(label)s: %(title)s", label=word, title=title) if title else word)
        outer_out, outer_width, outer_guidance = self.out, self.text_width, self.guidance
        self.out, self.text_width, self.guidance = [], outer_width - GUIDANCE_INSET, True
        try:
            self.para("Guidance Title", self.run(heading))
            for child in node.children:
                self.block(child, depth)
            if not self.out[-1].startswith("<w:p"):
                self.para("Guidance", "")  # a cell ends with a paragraph
            inside = "".join(self.out)
        finally:
            self.out, self.text_width, self.guidance = outer_out, outer_width, outer_guidance
        self.out.append(table_start(self.style("Guidance Box"), [outer_width], GUIDANCE_MARGINS, BOX_LOOK)
                        + f'<w:tr><w:tc><w:tcPr><w:tcW w:w="{outer_width}" w:type="dxa"/></w:tcPr>{inside}</w:tc></w:tr>'
                        "</w:tbl>")
        self.para("Table Gap", "")  # Word needs a paragraph between adjacent tables: a small one

    def visit_ListBlock(self, node: t.ListBlock, depth: int) -> None:
        self.list_block(node, depth)

    def visit_Table(self, node: t.Table, depth: int) -> None:
        self.in_table, outer = True, self.in_table
        try:
            self.table(node)
        finally:
            self.in_table = outer

    def visit_CodeBlock(self, node: t.CodeBlock, depth: int) -> None:
        self.para("Source Code", self.run(node.text))

    def visit_Quote(self, node: t.Quote, depth: int) -> None:
        for child in node.children:
            if isinstance(child, t.Paragraph):
                self.para("Quote", self.inlines(child.children))
            else:
                self.block(child, depth)

    def visit_Rule(self, node: t.Rule, depth: int) -> None:
        self.para(self.body_style, "")

    def figure(self, images: list[t.Image]) -> None:
        """Write pictures standing alone in a paragraph, each with its caption in a borderless box that never splits,
        and the paragraph before (a heading) kept with it: LibreOffice keeps a heading with a table, not with a
        paragraph holding a drawing."""
        for image in images:
            self.keep_last_with_next()
            outer, self.out = self.out, []
            try:
                self.para("Normal", self.image(image), KEEP_NEXT + '<w:jc w:val="center"/>')  # a narrowed picture centred
                if image.title:
                    self.para("Caption", self.run(image.title))
                inside = "".join(self.out)
            finally:
                self.out = outer
            width = self.text_width
            self.out.append(table_start(self.style("Figure Box"), [width], FIGURE_MARGINS, BOX_LOOK)
                            + f'<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
                            f'</w:tcPr>{inside}</w:tc></w:tr></w:tbl>')
            self.para("Table Gap", "")  # Word needs a paragraph after a table

    def list_block(self, node: t.ListBlock, depth: int) -> None:
        """Write a list, the paragraph before it (its introduction) kept on the page of its first item; every
        numbered list restarts at its own first number."""
        if depth == 0:
            self.keep_last_with_next()  # "What changed since the previous report:" never alone at a page's foot
        if node.ordered:
            num_id = self.new_num(DECIMAL_ABSTRACT, node.start)
        else:
            if self.bullet_num is None:
                self.bullet_num = self.new_num(BULLET_ABSTRACT, None)
            num_id = self.bullet_num
        style = self.body_style if self.guidance else ("List Number" if node.ordered else "List Bullet") + (
            " 2" if depth else "")
        numbering = f'<w:numPr><w:ilvl w:val="{min(depth, 8)}"/><w:numId w:val="{num_id}"/></w:numPr>'
        for item in node.items:
            first = True
            for child in item:
                if isinstance(child, t.Paragraph) and first:
                    self.para(style, self.inlines(child.children), numbering)
                    first = False
                elif isinstance(child, t.ListBlock):
                    self.list_block(child, depth + 1)
                else:
                    self.block(child, depth)

    def new_num(self, abstract_id: int, start: Optional[int]) -> int:
        """Return a new numbering instance of a list definition, restarting at ``start``."""
        num_id = self.next_num
        self.next_num += 1
        override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                    if start is not None else "")
        self.nums.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>')
        return num_id

    def table(self, node: t.Table) -> None:
        """Write a table fitted to the page width: a bold header row that repeats on every page and stays with the
        first row, and the paragraph before it kept with it.  A signature table's rows are tall enough to sign and
        the table is kept whole, with its heading and introduction; so is any short table, and a table kept with the
        signatures after it (`signed`), with them (see `generator.writers.docx.keeps`)."""
        columns = max(len(node.header), max((len(r) for r in node.rows), default=0))
        kept, self.signed = self.signed, False
        if not columns:
            return
        self.keep_last_with_next()
        signed = is_signature_table(node)
        # A table whose words at 9 points take (nearly) all its width is set at 8 (a smaller size reads better than
        # words cut in two, or sentences squeezed into a column a word wide); it never reaches into the margins.
        width = self.text_width
        compact = words_width(node, columns, width) > width * CROWDED
        blank = signature_columns(node, width) if signed else None
        widths = column_widths(node, columns, width, blank, COMPACT_EM if compact else EM)
        style = self.style("pmdocs Table Compact" if compact else "pmdocs Table")
        out = [table_start(style, widths, TABLE_MARGINS, TABLE_LOOK)]
        rows = [(node.header, True)] + [(row, False) for row in node.rows]
        em = COMPACT_EM if compact else EM
        whole, kept_rows = is_whole(node, widths, em), rows_kept_with_next(node, kept, widths, em)
        for number, (cells, is_header) in enumerate(rows):
            # Keeping a row on one page reads better, but a row taller than a page would be cut off: only short rows.
            keep = "<w:cantSplit/>" if whole or kept or row_length(cells) <= KEEP_ROW_CHARS else ""
            tall = 0 if is_header else SIGNATURE_ROW if signed else self.fill_in(cells, columns)
            height = f'<w:trHeight w:val="{tall}" w:hRule="atLeast"/>' if tall else ""
            header = "<w:tblHeader/>" if is_header else ""
            props = keep + height + header
            out.append(f"<w:tr><w:trPr>{props}</w:trPr>" if props else "<w:tr>")
            # A short table stays whole; a long one keeps no row alone at either end; a kept table with what follows.
            with_next = number in kept_rows
            for index in range(columns):
                content = cells[index] if index < len(cells) else ()
                # no w:wordWrap: turned off it lets Word and LibreOffice break Latin words anywhere ("Pvt. Lt|d.",
                # "IS|T"); East Asian names stay whole by the room their column gets (`columns.cjk_names`)
                rtl_only = right_to_left_only(content)
                extra = (KEEP_NEXT if with_next else "") + (RTL_PARAGRAPH if rtl_only else "")
                paragraph = f"<w:p><w:pPr>{extra}</w:pPr>" if extra else "<w:p>"
                cell = hyphenated(name_lines(content, widths[index], em, bold=is_header), widths[index],
                                  self.locale_tag, bold=is_header, em=em)
                runs = (self.rtl_inlines if rtl_only else self.inlines)(cell, "Strong" if is_header else None)
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/></w:tcPr>'
                           f'{paragraph}{runs}</w:p></w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.out.append("".join(out))
        self.para("Table Gap", "", KEEP_NEXT if kept else "")  # Word needs a paragraph between adjacent tables

    def fill_in(self, cells: tuple[tuple[t.Inline, ...], ...], columns: int) -> int:
        """Return the height a blank form's row needs to be filled in by hand (0: none; any row of other documents)."""
        if not self.blank_form or (len(cells) >= columns and cells[columns - 1]):
            return 0
        return FILL_IN_BOX if columns == 1 else FILL_IN_ROW

    def keep_last_with_next(self) -> None:
        """Keep the paragraph just written (a table's introduction) on the page of what follows it."""
        if (not self.out or not self.out[-1].startswith("<w:p>") or KEEP_NEXT in self.out[-1][:200]
                or self.out[-1] == self.p_open("Table Gap") + "</w:p>"):  # after a table or figure: nothing to keep
            return
        last = self.out[-1]
        if not last.startswith("<w:p><w:pPr>"):
            self.out[-1] = f"<w:p><w:pPr>{KEEP_NEXT}</w:pPr>" + last[len("<w:p>"):]
            return
        at = len("<w:p><w:pPr>")
        if last.startswith("<w:pStyle ", at):
            at = last.index("/>", at) + 2
        self.out[-1] = last[:at] + KEEP_NEXT + last[at:]

    # -- furniture -------------------------------------------------------------

    def save(self, meta: DocMeta) -> bytes:
        """Return the document as deterministic .docx bytes."""
        base = self.base
        filled = {
            base.document.name: base.document.head + "".join(self.out) + self.section,
            base.numbering.name: base.numbering.head + "".join(self.nums) + base.numbering.tail,
            base.rels.name: base.rels.head + "".join(self.rels) + base.rels.tail,
            base.header.name: base.header.head + self.p_open("Header") + header_runs(self, meta) + "</w:p>"
            + base.header.tail,
            base.footer.name: base.footer.head + self.p_open("Footer") + footer_runs(self, meta) + "</w:p>"
            + base.footer.tail,
            base.core: core_properties(meta),
        }
        styles = _styles_entry(base.styles.name, base.styles.head, base.styles.tail,
                               meta.spelling or meta.language, meta.tight)
        return write_zip([styles if m == base.styles.name else deflate(m, filled[m].encode("utf-8"), QUICK)
                          if isinstance(m, str) else m for m in base.members])


@functools.lru_cache(maxsize=16)
def _styles_entry(name: str, head: str, tail: str, language: str, tight: bool = False) -> Entry:
    """Return the styles part with the document's default language, compressed once per base and language; with
    ``tight``, its body text set closer (`TIGHT`)."""
    if tight:
        for loose, close in TIGHT:
            head, tail = head.replace(loose, close, 1), tail.replace(loose, close, 1)
    return deflate(name, (head + lang_xml(language) + tail).encode("utf-8"))


# a one-page document whose page at its least runs over (`DocMeta.tight`): its body text at 10 points, not 11, with
# lines and paragraphs closer, as pmdocs's base sets them (review 80c F2: an on-hold project's summary, with the
# hold, a long budget and a critical issue, ran to a second page); a reference document's own defaults stay
TIGHT = (('<w:sz w:val="22"/><w:szCs w:val="22"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
         ('<w:spacing w:after="200" w:line="276" w:lineRule="auto"/>',
          '<w:spacing w:after="140" w:line="264" w:lineRule="auto"/>'))


TABLE_LOOK = ('<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
              'w:noHBand="0" w:noVBand="1"/>')  # a header row
BOX_LOOK = ('<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="1" w:noVBand="1"/>')  # a box: no header row, no bands


def table_start(style_id: str, widths: list[int], margins: tuple[int, int], look: str) -> str:
    """Return a table's start up to its grid: ``widths`` in twips (together the text width), its cell margins
    (left, right) on the table itself, and indented by its left cell margin, so its border sits on the text margin
    (see `TABLE_MARGINS`)."""
    left, right = margins
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="{style_id}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            f'<w:tblInd w:w="{left}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar>'
            f'<w:left w:w="{left}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>{look}</w:tblPr>'
            '<w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>")


def signature_columns(node: t.Table, total: int) -> list[Optional[int]]:
    """Return the room a signature table's empty columns ask for: a third of the width to sign, a date's to date."""
    room: dict[str, int] = {"signature": total // 3, "date": text_twips("0000-00-00") * 3 // 2}
    return [room.get(plain_text(cell).strip().casefold()) for cell in node.header]


def in_contents(block: t.Block) -> TypeGuard[t.Heading]:
    """Return True for a heading the contents list: a section's (level 1 or 2 in Word terms) of the document itself."""
    return isinstance(block, t.Heading) and block.level in (2, 3)


def headings_of(tree: t.Document) -> list[tuple[int, str]]:
    """Return the document's section headings (level 1 or 2 in Word terms) for the contents."""
    return [(block.level - 1, plain_text(block.children).replace("\n", " "))
            for block in tree.blocks if in_contents(block)]


def write_docx(tree: t.Document, meta: DocMeta, base: Base, pictures: Optional[PictureLoader] = None) -> bytes:
    """Return a Word document of the tree: cover page (a form's compact cover), contents, body, header and footer."""
    writer = _Writer(base, pictures, meta)
    blocks = list(tree.blocks)
    title, heading = "", ""
    if blocks and isinstance(blocks[0], t.Heading) and blocks[0].level == 1:
        title, heading = writer.inlines(blocks[0].children), plain_text(blocks[0].children)
        blocks = blocks[1:]  # the document's title is on the cover
    if meta.compact_cover and heading == f"{meta.title}: {meta.project}":
        title, heading = "", ""  # a title that only adds the project's name: the name goes under it, as on a cover
    if meta.compact_cover:
        compact_cover(writer, meta, title, heading)  # a form's own title names its entry ("Change request CR-1: ...")
        if blocks and is_form_control(blocks[0], meta):
            blocks = blocks[1:]  # the Markdown's document control line: the compact cover says it
    else:
        cover(writer, meta, headings_of(tree))
    entries = 0
    signed = signed_tables(blocks)
    for index, block in enumerate(blocks):
        if meta.contents and not meta.compact_cover and in_contents(block):
            writer.contents_number, entries = entries, entries + 1  # the number of its entry (see furniture.toc)
        writer.signed = index in signed
        writer.block(block)
    if writer.out[-1] == writer.p_open("Table Gap") + "</w:p>":
        # The paragraph a document ends with after a table, as thin as a line: it never makes a page of its own.
        writer.out[-1] = writer.p_open("Document End") + "</w:p>"
    return writer.save(meta)


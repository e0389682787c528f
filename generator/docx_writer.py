"""Write a document tree (see :mod:`generator.mdtree`) as a Word .docx.

Structure comes from named styles (Title, Heading 1-3, List Bullet, List Number,
the "pmdocs Table" table style, Hyperlink...), so Word's navigation pane and a
company's reference document both work.  The result is byte-for-byte
deterministic: fixed zip timestamps and dates taken from the questionnaire.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from typing import Callable, Optional

import docx
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.pkgwriter import PackageWriter
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from generator import mdtree as t
from generator.docx_styles import BULLET_ABSTRACT, DECIMAL_ABSTRACT, Base

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
HEADING_STYLES = {2: "Heading 1", 3: "Heading 2"}
KEEP_ROW_CHARS = 600  # rows up to this many characters in a cell are kept on one page
MIN_COLUMN = 600  # twips: no column narrower than about 0.4 inch
CHAR_WIDTH = 110  # twips: an average character of 9-point table text (fonts vary by machine)
HEADER_CHAR_WIDTH = 130  # twips: the same in bold, for header words
CELL_PADDING = 260  # twips: cell margins as Word and LibreOffice apply them, and a little air


@dataclass(frozen=True)
class DocMeta:
    """Return what the cover, header and document properties say about a document."""

    title: str
    project: str
    code: str
    doc_id: str
    version: str
    date: Optional[dt.date]
    owner: str
    organization: str
    category: str
    keywords: tuple[str, ...] = ()
    contents: bool = True
    landscape: bool = False


ImageLoader = Callable[[str], Optional[tuple[bytes, int, int]]]


class _Writer:
    """Append blocks to one Word document."""

    def __init__(self, base: Base, images: Optional[ImageLoader], landscape: bool = False) -> None:
        self.base = base
        self.doc = docx.Document(io.BytesIO(base.blob))
        self.text_width = base.text_width
        if landscape:
            self.turn_landscape()
        self.body = self.doc.element.body
        self.sect_pr = self.body.find(qn("w:sectPr"))
        self.numbering = self.doc.part.numbering_part.element
        ids = [int(n.get(qn("w:numId"))) for n in self.numbering.findall(qn("w:num"))]
        self.next_num = max(ids + [0]) + 1
        self.bullet_num: Optional[int] = None
        self.images = images

    def turn_landscape(self) -> None:
        """Turn the page sideways (for wide registers and logs), keeping the margins."""
        section = self.doc.sections[-1]
        if section.page_width < section.page_height:
            section.page_width, section.page_height = section.page_height, section.page_width
        section.orientation = WD_ORIENT.LANDSCAPE
        self.text_width = int((section.page_width - section.left_margin - section.right_margin) / 635)

    # -- low level -------------------------------------------------------------

    def style(self, name: str) -> str:
        """Return the style id for a style name (every needed style exists in the prepared base)."""
        return self.base.style_ids.get(name) or self.base.style_ids[name.lower()]

    def append(self, element: object) -> None:
        """Append a block element to the body, before the final section settings."""
        if self.sect_pr is not None:
            self.sect_pr.addprevious(element)
        else:
            self.body.append(element)

    def paragraph(self, style: Optional[str] = None, container: object = None) -> object:
        """Return a new paragraph in the body (or in a table cell), in a named style."""
        p = OxmlElement("w:p")
        if style:
            p.style = self.style(style)
        if container is None:
            self.append(p)
        else:
            container.append(p)
        return p

    def run(self, parent: object, text: str, char_style: Optional[str] = None) -> object:
        """Return a new run of text (newlines become line breaks) in a paragraph or hyperlink."""
        r = OxmlElement("w:r")
        if char_style:
            r.style = self.style(char_style)
        r.text = text
        parent.append(r)
        return r

    def inlines(self, parent: object, nodes: tuple[t.Inline, ...], char_style: Optional[str] = None) -> None:
        """Write inline content into a paragraph, nesting marks as styles."""
        for node in nodes:
            if isinstance(node, t.Text):
                self.run(parent, node.text, char_style)
            elif isinstance(node, t.Strong):
                self.inlines(parent, node.children, "Strong")
            elif isinstance(node, t.Emph):
                self.inlines(parent, node.children, "Emphasis")
            elif isinstance(node, t.Code):
                self.run(parent, node.text, "Verbatim Char")
            elif isinstance(node, t.Break):
                r = OxmlElement("w:r")
                r.append(OxmlElement("w:br"))
                parent.append(r)
            elif isinstance(node, t.Link):
                self.hyperlink(parent, node)
            elif isinstance(node, t.Image):
                self.image(parent, node)

    def hyperlink(self, parent: object, node: t.Link) -> None:
        """Write a working hyperlink (external addresses only; others stay text)."""
        if not node.href.startswith(("http://", "https://", "mailto:")):
            self.inlines(parent, node.children)
            return
        rel_id = self.doc.part.relate_to(node.href, RT.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel_id)
        self.inlines(link, node.children, "Hyperlink")
        parent.append(link)

    def image(self, parent: object, node: t.Image) -> None:
        """Write a picture inline, described by its alternative text (the text alone if it cannot be loaded)."""
        loaded = self.images(node.src) if self.images else None
        if loaded is None:
            self.run(parent, node.alt)
            return
        data, width_px, height_px = loaded
        width = min(self.text_width * 635, int(width_px * 9525))  # twips and 96-dpi pixels to EMU
        height = int(width * height_px / max(width_px, 1))
        inline = self.doc.part.new_pic_inline(io.BytesIO(data), width, height)
        inline.docPr.set("descr", node.alt)
        inline.docPr.set("title", node.title or node.alt[:60])
        r = OxmlElement("w:r")
        r.add_drawing(inline)
        parent.append(r)

    # -- blocks ----------------------------------------------------------------

    def block(self, node: t.Block, depth: int = 0) -> None:
        """Write one block of the tree."""
        if isinstance(node, t.Heading):
            p = self.paragraph(HEADING_STYLES.get(node.level, "Heading 3" if node.level > 3 else "Title"))
            self.inlines(p, node.children)
        elif isinstance(node, t.Paragraph):
            images = [n for n in node.children if isinstance(n, t.Image)]
            if images and all(isinstance(n, t.Image) or (isinstance(n, t.Text) and not n.text.strip())
                              for n in node.children):
                self.figure(images)
            else:
                self.inlines(self.paragraph("Normal"), node.children)
        elif isinstance(node, t.ListBlock):
            self.list_block(node, depth)
        elif isinstance(node, t.Table):
            self.table(node)
        elif isinstance(node, t.CodeBlock):
            p = self.paragraph("Source Code")
            self.run(p, node.text)
        elif isinstance(node, t.Quote):
            for child in node.children:
                if isinstance(child, t.Paragraph):
                    self.inlines(self.paragraph("Quote"), child.children)
                else:
                    self.block(child, depth)
        elif isinstance(node, t.Rule):
            self.paragraph("Normal")

    def figure(self, images: list[t.Image]) -> None:
        """Write pictures standing alone in a paragraph, each followed by its caption."""
        for image in images:
            p = self.paragraph("Normal")
            p.get_or_add_pPr().append(parse_xml(f'<w:keepNext {nsdecls("w")}/>'))
            self.image(p, image)
            if image.title:
                self.run(self.paragraph("Caption"), image.title)

    def list_block(self, node: t.ListBlock, depth: int) -> None:
        """Write a list; every numbered list restarts at its own first number."""
        if node.ordered:
            num_id = self.new_num(DECIMAL_ABSTRACT, node.start)
        else:
            if self.bullet_num is None:
                self.bullet_num = self.new_num(BULLET_ABSTRACT, None)
            num_id = self.bullet_num
        style = ("List Number" if node.ordered else "List Bullet") + (" 2" if depth else "")
        for item in node.items:
            first = True
            for child in item:
                if isinstance(child, t.Paragraph) and first:
                    p = self.paragraph(style)
                    num_pr = p.get_or_add_pPr().get_or_add_numPr()
                    num_pr.get_or_add_ilvl().val = min(depth, 8)
                    num_pr.get_or_add_numId().val = num_id
                    self.inlines(p, child.children)
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
        self.numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'))
        return num_id

    def table(self, node: t.Table) -> None:
        """Write a table whose header row is bold and repeats on every page, fitted to the page width."""
        columns = max(len(node.header), max((len(r) for r in node.rows), default=0))
        if not columns:
            return
        widths = column_widths(node, columns, self.text_width)
        tbl = parse_xml(
            f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="{self.style("pmdocs Table")}"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid></w:tbl>")
        rows = [(node.header, True)] + [(row, False) for row in node.rows]
        for cells, is_header in rows:
            tr = OxmlElement("w:tr")
            # Keeping a row on one page reads better, but a row taller than a page would be cut off: only short rows.
            keep = '<w:cantSplit/>' if _row_length(cells) <= KEEP_ROW_CHARS else ""
            header = "<w:tblHeader/>" if is_header else ""
            if keep or header:
                tr.append(parse_xml(f'<w:trPr {nsdecls("w")}>{keep}{header}</w:trPr>'))
            for index in range(columns):
                content = cells[index] if index < len(cells) else ()
                tc = OxmlElement("w:tc")
                tc.append(parse_xml(f'<w:tcPr {nsdecls("w")}><w:tcW w:w="{widths[index]}" w:type="dxa"/></w:tcPr>'))
                p = self.paragraph(None, tc)
                self.inlines(p, content, "Strong" if is_header else None)
                tr.append(tc)
            tbl.append(tr)
        self.append(tbl)
        self.paragraph("Normal")  # Word needs a paragraph between adjacent tables

    # -- furniture -------------------------------------------------------------

    def cover(self, meta: DocMeta, headings: list[tuple[int, str]]) -> None:
        """Write the cover block and, for longer documents, a table of contents."""
        self.run(self.paragraph("Title"), meta.title)
        self.run(self.paragraph("Subtitle"), f"{meta.project} ({meta.code})")
        details = [("Document ID", meta.doc_id), ("Version", meta.version),
                   ("Date", meta.date.isoformat() if meta.date else "not yet issued"),
                   ("Owner", meta.owner), ("Organization", meta.organization)]
        for label, value in details:
            p = self.paragraph("Cover Detail")
            self.run(p, f"{label}: ", "Strong")
            self.run(p, value)
        if not meta.contents:
            return
        self.run(self.paragraph("TOC Heading"), "Contents")
        self.toc(headings)
        page_break = self.paragraph("Normal")
        r = OxmlElement("w:r")
        r.append(parse_xml(f'<w:br {nsdecls("w")} w:type="page"/>'))
        page_break.append(r)

    def toc(self, headings: list[tuple[int, str]]) -> None:
        """Write a table-of-contents field that Word refreshes on opening, pre-filled with the headings."""
        def field_char(kind: str, dirty: bool = False) -> object:
            r = OxmlElement("w:r")
            extra = ' w:dirty="true"' if dirty else ""
            r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"{extra}/>'))
            return r

        entries = headings or [(1, "Update this field to list the contents")]
        for index, (level, text) in enumerate(entries):
            p = self.paragraph("TOC 1" if level <= 1 else "TOC 2")
            if index == 0:
                p.append(field_char("begin", dirty=True))
                instr = OxmlElement("w:r")
                instr.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>'))
                p.append(instr)
                p.append(field_char("separate"))
            self.run(p, text)
            if index == len(entries) - 1:
                p.append(field_char("end"))

    def header_footer(self, meta: DocMeta) -> None:
        """Write the header (project code and document title) and the footer (Page X of Y)."""
        section = self.doc.sections[-1]
        header = section.header
        header.is_linked_to_previous = False
        p = header.paragraphs[-1]._p if not self.base.has_header else header.add_paragraph()._p
        p.style = self.style("Header")
        self.run(p, f"{meta.code} \u00b7 {meta.title}")
        footer = section.footer
        footer.is_linked_to_previous = False
        p = footer.paragraphs[-1]._p if not self.base.has_footer else footer.add_paragraph()._p
        p.style = self.style("Footer")
        self.run(p, f"{meta.doc_id} \u00b7 version {meta.version} \u00b7 Page ")
        p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        self.run(p, " of ")
        p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))

    def properties(self, meta: DocMeta) -> None:
        """Set the document properties from the questionnaire (never from the clock)."""
        props = self.doc.core_properties
        stamp = dt.datetime.combine(meta.date or dt.date(2000, 1, 1), dt.time(0, 0))
        props.title = _fit(f"{meta.title}: {meta.project}")
        props.subject = _fit(f"{meta.project} ({meta.code})")
        props.author = _fit(meta.owner)
        props.last_modified_by = _fit(meta.owner)
        props.keywords = _fit("; ".join(meta.keywords))
        props.category = _fit(meta.category)
        props.identifier = _fit(meta.doc_id)
        props.version = _fit(meta.version)
        props.comments = "Generated by pmdocs from the project questionnaire."
        props.revision = 1
        props.created = stamp
        props.modified = stamp
        props.last_printed = stamp

    def save(self) -> bytes:
        """Return the document as deterministic .docx bytes, zipped once with fixed entry times."""
        package = self.doc.part.package
        parts = list(package.iter_parts())
        for part in parts:
            part.before_marshal()
        out = io.BytesIO()
        writer = _FixedTimeZip(out)
        PackageWriter._write_content_types_stream(writer, parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        PackageWriter._write_parts(writer, parts)
        writer.close()
        return out.getvalue()


class _FixedTimeZip:
    """A zip writer for python-docx's package writer whose entries all carry the same fixed time."""

    def __init__(self, stream: io.BytesIO) -> None:
        self._zip = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED)

    def write(self, pack_uri: object, blob: bytes) -> None:
        """Add one part."""
        info = zipfile.ZipInfo(pack_uri.membername, ZIP_EPOCH)  # type: ignore[attr-defined]
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        self._zip.writestr(info, blob)

    def close(self) -> None:
        """Finish the zip."""
        self._zip.close()


def _row_length(cells: tuple) -> int:
    """Return the length of the longest cell text of a table row."""
    return max((len("".join(t.plain_text(cell))) for cell in cells), default=0)


def _fit(value: str, limit: int = 255) -> str:
    """Return a document property within the 255 characters the format allows (the text keeps it all)."""
    return value if len(value) <= limit else value[: limit - 1] + "\u2026"


def column_widths(node: t.Table, columns: int, total: int) -> list[int]:
    """Return column widths (twips) filling ``total``.

    Like a browser's automatic table layout: every column first gets room for its
    longest word (header words measured in bold), the rest is shared in proportion
    to how much longer each column's text is; a column left empty (a form to fill
    in) asks for as much room as it can get.
    """
    mins, ideals = [], []
    for index in range(columns):
        def lines(rows: tuple) -> list[str]:
            texts = ["".join(t.plain_text(row[index])) if index < len(row) else "" for row in rows]
            return [line for text in texts for line in text.split("\n")]

        head, body = lines((node.header,)), lines(node.rows)
        head_word = max((len(w) for line in head for w in line.split()), default=0)
        body_word = max((len(w) for line in body for w in line.split()), default=0)
        word = max(head_word * HEADER_CHAR_WIDTH, body_word * CHAR_WIDTH) + CELL_PADDING
        low = min(max(MIN_COLUMN, word), int(total * 0.4))
        longest = max((len(line) for line in body), default=0)
        ideal = total if not any(line.strip() for line in body) else min(longest * CHAR_WIDTH + CELL_PADDING, total)
        mins.append(low)
        ideals.append(max(low, ideal))
    if sum(mins) >= total:
        widths = [int(w * total / sum(mins)) for w in mins]
    elif sum(ideals) <= total:
        widths = [int(w * total / sum(ideals)) for w in ideals]
    else:
        extra, wants = total - sum(mins), [i - m for i, m in zip(ideals, mins)]
        widths = [m + int(extra * w / sum(wants)) for m, w in zip(mins, wants)]
    widths[-1] += total - sum(widths)
    return widths


def headings_of(tree: t.Document) -> list[tuple[int, str]]:
    """Return the document's section headings (level 1 or 2 in Word terms) for the contents."""
    return [(block.level - 1, "".join(t.plain_text(block.children)).replace("\n", " "))
            for block in tree.blocks if isinstance(block, t.Heading) and block.level in (2, 3)]


def write_docx(tree: t.Document, meta: DocMeta, base: Base, images: Optional[ImageLoader] = None) -> bytes:
    """Return a Word document of the tree: cover, contents, body, header and footer."""
    writer = _Writer(base, images, meta.landscape)
    blocks = list(tree.blocks)
    if blocks and isinstance(blocks[0], t.Heading) and blocks[0].level == 1:
        blocks = blocks[1:]  # the document's title is on the cover
    writer.cover(meta, headings_of(tree))
    for block in blocks:
        writer.block(block)
    writer.header_footer(meta)
    writer.properties(meta)
    return writer.save()

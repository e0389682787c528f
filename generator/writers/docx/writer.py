"""Write a document tree (see :mod:`generator.ir.nodes`) as a Word .docx: the ``docx`` format's `DocxWriter`.

Structure comes from named styles (Title, Heading 1-3, List Bullet, List Number,
the "pmdocs Table" table style, Hyperlink...), so Word's navigation pane and a
company's reference document both work.  The result is byte-for-byte
deterministic: fixed zip timestamps and dates taken from the questionnaire.
"""

from __future__ import annotations

from typing import Callable, Optional

from generator.ir import nodes as t
from generator.ir.document import DocMeta, Pack, PackDocument
from generator.ir.visitor import Visitor, plain_text
from generator.writers import Format, Writer, WriterOptions
from generator.writers.docx.base import BULLET_ABSTRACT, DECIMAL_ABSTRACT, Base, deflate, prepare, write_zip
from generator.writers.docx.columns import column_widths, row_length
from generator.writers.docx.drawing import drawing
from generator.writers.docx.properties import core_properties
from generator.i18n import locales
from generator.pictures.scene import Scene
from generator.render.escape import xml_attr, xml_text

HEADING_STYLES = {2: "Heading 1", 3: "Heading 2"}
KEEP_ROW_CHARS = 600  # rows up to this many characters in a cell are kept on one page

PictureLoader = Callable[[str], Optional[Scene]]  # a picture's source path -> the picture, or None
EMU_PER_TWIP = 635
RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _text_xml(text: str) -> str:
    """Return the run content for text: ``w:t`` pieces, tabs and line breaks (as Word types them)."""
    out = []
    for index, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if index:
            out.append("<w:br/>")
        for piece_index, piece in enumerate(line.split("\t")):
            if piece_index:
                out.append("<w:tab/>")
            if piece:
                space = ' xml:space="preserve"' if piece != piece.strip() else ""
                out.append(f"<w:t{space}>{xml_text(piece)}</w:t>")
    return "".join(out)


class DocxWriter(Writer):
    """The ``docx`` format: each document as a Word file in pmdocs's base or one made from ``--reference-docx``."""

    def __init__(self, fmt: Format, options: WriterOptions) -> None:
        super().__init__(fmt, options)
        self.base = prepare(options.reference)  # remembered by the reference's content: opening another is cheap
        self.warnings = list(self.base.warnings)

    def write(self, document: PackDocument, pack: Pack) -> bytes:
        """Return one document as .docx bytes, its pictures drawn in."""
        return write_docx(document.tree, document.meta, self.base, pack.pictures.get)


class _Runs(Visitor[str]):
    """Write inline content as WordprocessingML runs, for a `_Writer` (whose styles, links and pictures it uses)."""

    walker = "the Word writer"

    def __init__(self, writer: _Writer) -> None:
        self.w = writer

    def visit_Text(self, node: t.Text, char_style: Optional[str]) -> str:
        return self.w.run(node.text, char_style)

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


class _Writer(Visitor[None]):
    """Write one Word document's body as WordprocessingML text, from the prepared base (blocks here, runs in `_Runs`)."""

    walker = "the Word writer"

    def __init__(self, base: Base, pictures: Optional[PictureLoader], landscape: bool = False) -> None:
        self.runs = _Runs(self)
        self.base = base
        self.landscape = landscape
        self.text_width = base.landscape_width if landscape else base.text_width
        self.out: list[str] = []
        self.nums: list[str] = []
        self.rels: list[str] = []
        self.next_num = base.next_num
        self.bullet_num: Optional[int] = None
        self.pictures = pictures
        self.next_drawing = 1

    # -- low level -------------------------------------------------------------

    def style(self, name: str) -> str:
        """Return the style id for a style name (every needed style exists in the prepared base)."""
        return self.base.style_ids.get(name) or self.base.style_ids[name.lower()]

    def p_open(self, style: Optional[str], extra: str = "") -> str:
        """Return a paragraph's start tag and properties, in a named style."""
        props = (f'<w:pStyle w:val="{self.style(style)}"/>' if style else "") + extra
        return f"<w:p><w:pPr>{props}</w:pPr>" if props else "<w:p>"

    def run(self, text: str, char_style: Optional[str] = None) -> str:
        """Return a run of text (newlines become line breaks) in an optional character style."""
        props = f'<w:rPr><w:rStyle w:val="{self.style(char_style)}"/></w:rPr>' if char_style else ""
        return f"<w:r>{props}{_text_xml(text)}</w:r>"

    def para(self, style: Optional[str], content: str, extra: str = "") -> None:
        """Add a paragraph to the body."""
        self.out.append(f"{self.p_open(style, extra)}{content}</w:p>")

    def inlines(self, nodes: tuple[t.Inline, ...], char_style: Optional[str] = None) -> str:
        """Return inline content as runs, nesting marks as styles."""
        return "".join([self.runs.visit(node, char_style) for node in nodes])

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
        width = self.text_width * EMU_PER_TWIP
        xml, self.next_drawing = drawing(picture, width, self.next_drawing, node.alt, node.title or node.alt[:60])
        return f"<w:r>{xml}</w:r>"

    # -- blocks ----------------------------------------------------------------

    def block(self, node: t.Block, depth: int = 0) -> None:
        """Write one block of the tree."""
        self.visit(node, depth)

    def visit_Heading(self, node: t.Heading, depth: int) -> None:
        self.para(HEADING_STYLES.get(node.level, "Heading 3" if node.level > 3 else "Title"), self.inlines(node.children))

    def visit_Paragraph(self, node: t.Paragraph, depth: int) -> None:
        images = [n for n in node.children if isinstance(n, t.Image)]
        if images and all(isinstance(n, t.Image) or (isinstance(n, t.Text) and not n.text.strip())
                          for n in node.children):
            self.figure(images)
        else:
            self.para("Normal", self.inlines(node.children))

    def visit_ListBlock(self, node: t.ListBlock, depth: int) -> None:
        self.list_block(node, depth)

    def visit_Table(self, node: t.Table, depth: int) -> None:
        self.table(node)

    def visit_CodeBlock(self, node: t.CodeBlock, depth: int) -> None:
        self.para("Source Code", self.run(node.text))

    def visit_Quote(self, node: t.Quote, depth: int) -> None:
        for child in node.children:
            if isinstance(child, t.Paragraph):
                self.para("Quote", self.inlines(child.children))
            else:
                self.block(child, depth)

    def visit_Rule(self, node: t.Rule, depth: int) -> None:
        self.para("Normal", "")

    def figure(self, images: list[t.Image]) -> None:
        """Write pictures standing alone in a paragraph, each followed by its caption."""
        for image in images:
            self.para("Normal", self.image(image), "<w:keepNext/>")
            if image.title:
                self.para("Caption", self.run(image.title))

    def list_block(self, node: t.ListBlock, depth: int) -> None:
        """Write a list; every numbered list restarts at its own first number."""
        if node.ordered:
            num_id = self.new_num(DECIMAL_ABSTRACT, node.start)
        else:
            if self.bullet_num is None:
                self.bullet_num = self.new_num(BULLET_ABSTRACT, None)
            num_id = self.bullet_num
        style = ("List Number" if node.ordered else "List Bullet") + (" 2" if depth else "")
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
        """Write a table whose header row is bold and repeats on every page, fitted to the page width."""
        columns = max(len(node.header), max((len(r) for r in node.rows), default=0))
        if not columns:
            return
        widths = column_widths(node, columns, self.text_width)
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.style("pmdocs Table")}"/>'
               f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
               'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
               + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
        rows = [(node.header, True)] + [(row, False) for row in node.rows]
        for cells, is_header in rows:
            # Keeping a row on one page reads better, but a row taller than a page would be cut off: only short rows.
            keep = "<w:cantSplit/>" if row_length(cells) <= KEEP_ROW_CHARS else ""
            header = "<w:tblHeader/>" if is_header else ""
            out.append(f"<w:tr><w:trPr>{keep}{header}</w:trPr>" if keep or header else "<w:tr>")
            for index in range(columns):
                content = cells[index] if index < len(cells) else ()
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/></w:tcPr>'
                           f'<w:p>{self.inlines(content, "Strong" if is_header else None)}</w:p></w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.out.append("".join(out))
        self.para("Normal", "")  # Word needs a paragraph between adjacent tables

    # -- furniture -------------------------------------------------------------

    def cover(self, meta: DocMeta, headings: list[tuple[int, str]]) -> None:
        """Write the cover block and, for longer documents, a table of contents."""
        locale = locales.get(meta.language)
        _ = locale.gettext
        self.para("Title", self.run(meta.title))
        self.para("Subtitle", self.run(_("%(project)s (%(code)s)", project=meta.project, code=meta.code)))
        details = [(_("Document ID"), meta.doc_id), (_("Version"), meta.version),
                   (_("Date"), locale.date(meta.date) if meta.date else _("not yet issued")),
                   (_("Owner"), meta.owner), (_("Organization"), meta.organization)]
        for label, value in details:
            # Translators: a label before its value on a document's cover ("Version: 1.0"); mind the space.
            self.para("Cover Detail", self.run(_("%(label)s: ", label=label), "Strong") + self.run(value))
        if not meta.contents:
            return
        self.para("TOC Heading", self.run(_("Contents")))
        self.toc(headings, _("Update this field to list the contents"))
        self.para("Normal", '<w:r><w:br w:type="page"/></w:r>')

    def toc(self, headings: list[tuple[int, str]], placeholder: str) -> None:
        """Write a table-of-contents field that Word refreshes on opening, pre-filled with the headings."""
        entries = headings or [(1, placeholder)]
        for index, (level, text) in enumerate(entries):
            content = ""
            if index == 0:
                content += ('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
                            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            content += self.run(text)
            if index == len(entries) - 1:
                content += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            self.para("TOC 1" if level <= 1 else "TOC 2", content)

    def header_xml(self, meta: DocMeta) -> str:
        """Return the header part: the base's own content, then the project code and document title."""
        words = locales.get(meta.language).gettext("%(code)s · %(title)s", code=meta.code, title=meta.title)
        line = self.p_open("Header") + self.run(words) + "</w:p>"
        return self.base.header.head + line + self.base.header.tail

    def footer_xml(self, meta: DocMeta) -> str:
        """Return the footer part: the base's own content, then the document ID, version and Page X of Y."""
        fields = {"PAGE": "\x00PAGE\x00", "NUMPAGES": "\x00NUMPAGES\x00"}  # where Word's fields go in the words
        words = locales.get(meta.language).gettext("%(document)s · version %(version)s · Page %(page)s of %(pages)s",
                                                   document=meta.doc_id, version=meta.version, page=fields["PAGE"],
                                                   pages=fields["NUMPAGES"])
        pieces = words.split("\x00")  # text, field name, text, field name, text
        line = self.p_open("Footer") + "".join(
            (f'<w:fldSimple w:instr=" {piece} "><w:r><w:t>1</w:t></w:r></w:fldSimple>' if index % 2
             else self.run(piece) if piece else "") for index, piece in enumerate(pieces)) + "</w:p>"
        return self.base.footer.head + line + self.base.footer.tail

    def save(self, meta: DocMeta) -> bytes:
        """Return the document as deterministic .docx bytes."""
        base = self.base
        filled = {
            base.document.name: base.document.head + "".join(self.out)
            + (base.landscape_tail if self.landscape else base.document.tail),
            base.numbering.name: base.numbering.head + "".join(self.nums) + base.numbering.tail,
            base.rels.name: base.rels.head + "".join(self.rels) + base.rels.tail,
            base.header.name: self.header_xml(meta),
            base.footer.name: self.footer_xml(meta),
            base.core: core_properties(meta),
        }
        return write_zip([deflate(m, filled[m].encode("utf-8")) if isinstance(m, str) else m for m in base.members])


def headings_of(tree: t.Document) -> list[tuple[int, str]]:
    """Return the document's section headings (level 1 or 2 in Word terms) for the contents."""
    return [(block.level - 1, plain_text(block.children).replace("\n", " "))
            for block in tree.blocks if isinstance(block, t.Heading) and block.level in (2, 3)]


def write_docx(tree: t.Document, meta: DocMeta, base: Base, pictures: Optional[PictureLoader] = None) -> bytes:
    """Return a Word document of the tree: cover, contents, body, header and footer."""
    writer = _Writer(base, pictures, meta.landscape)
    blocks = list(tree.blocks)
    if blocks and isinstance(blocks[0], t.Heading) and blocks[0].level == 1:
        blocks = blocks[1:]  # the document's title is on the cover
    writer.cover(meta, headings_of(tree))
    for block in blocks:
        writer.block(block)
    return writer.save(meta)


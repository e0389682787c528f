"""A Word document's furniture: the cover page, the contents page, and the words of the header and the footer.

The cover is a page of its own, as a signed document's is: organization, project,
title, status (DRAFT until the version is approved), then the document's ID,
version, date, owner and confidentiality, and a page break.  The contents open
the next page, the document following them.  A form of one entry (a change request) has a compact cover
instead: the same facts in a block at the top of its first page, with the entry's
own status, so a one-page form stays one page.  The header names the project and
the document (and the confidentiality label, on every page); the footer the
document, its version and the page.
"""

from __future__ import annotations

from typing import Optional, Protocol

from generator.i18n import locales
from generator.ir import nodes as t
from generator.ir.document import DocMeta
from generator.ir.visitor import plain_text
from generator.writers.docx.language import isolated

PAGE_BREAK = '<w:r><w:br w:type="page"/></w:r>'
KEEP_NEXT = "<w:keepNext/>"
DETAIL_GAP = "  ·  "  # between the facts of a compact cover's one line
TOC_BOOKMARK_BASE = 100000001  # the first contents bookmark is _Toc100000001 (Word's are _Toc and nine digits)


class Paragraphs(Protocol):
    """What the furniture writes with: the document writer's paragraphs and runs."""

    def para(self, style: Optional[str], content: str, extra: str = "") -> None: ...

    def run(self, text: str, char_style: Optional[str] = None) -> str: ...

    text_width: int  # between the page's margins, in twips


def status_word(meta: DocMeta) -> str:
    """Return the cover's status word: DRAFT until the version is approved."""
    _ = locales.get(meta.language).gettext
    # Translators: the status printed large on a document's cover until its version is approved.
    return _("APPROVED") if meta.approved else _("DRAFT")


def version_words(meta: DocMeta) -> str:
    """Return how the footer names the version: "Draft" while no revision is recorded, else "Version 1.1"."""
    _ = locales.get(meta.language).gettext
    # Translators: a document's version in its footer; "Draft" while no revision is recorded.
    return _("Version %(version)s", version=meta.version) if meta.version else _("Draft")


def cover_date(meta: DocMeta) -> str:
    """Return the cover's date: the version's, and the latest record's when the content reflects later records (as
    the document control says: "2027-02-22 · reflects records up to 2027-05-24")."""
    locale = locales.get(meta.language)
    if meta.date is None and meta.version:  # a version approved, its revision (and date) not recorded
        if meta.records_date is not None:
            # Translators: a document's date on its cover when its version's date is not recorded but records are.
            return locale.gettext("not recorded · reflects records up to %(records)s",
                                  records=locale.date(meta.records_date))
        return locale.gettext("not recorded")
    if meta.date is None and meta.records_date is not None:
        # Translators: a document's date on its cover when no version is issued yet but records are dated.
        return locale.gettext("not yet issued · reflects records up to %(records)s",
                              records=locale.date(meta.records_date))
    if meta.date is None:
        return locale.gettext("not yet issued")
    if meta.records_date is None:
        return locale.date(meta.date)
    # Translators: a document's date on its cover, when it holds records dated after its version.
    return locale.gettext("%(date)s · reflects records up to %(records)s", date=locale.date(meta.date),
                          records=locale.date(meta.records_date))


def subtitle(meta: DocMeta, heading: str = "") -> str:
    """Return the line under a document's title: the project and its code, or the code alone where the title (or
    the ``heading`` shown as the title) names the project already ("Status report 2026-03-31: Meldewesen-
    Datenplattform", reviews 71c, 77b)."""
    if meta.project and (meta.project in meta.title or meta.project in heading):
        return meta.code
    return locales.get(meta.language).gettext("%(project)s (%(code)s)", project=isolated(meta.project), code=meta.code)


def cover(w: Paragraphs, meta: DocMeta, headings: list[tuple[int, str]]) -> None:
    """Write the cover page and, for longer documents, the contents at the top of the next page."""
    locale = locales.get(meta.language)
    _ = locale.gettext
    w.para("Cover Organization", w.run(isolated(meta.organization)))
    if meta.department:
        w.para("Cover Department", w.run(isolated(meta.department)))
    w.para("Cover Title", w.run(meta.title))
    w.para("Subtitle", w.run(subtitle(meta)))
    w.para("Cover Status Approved" if meta.approved else "Cover Status", w.run(status_word(meta)))  # green, not red
    details = [
        (_("Document ID"), meta.doc_id),
        (_("Version"), meta.version or _("not yet issued")),
        # Translators: a document's status on its cover, after "Status:" (when no status line is given).
        (_("Status"), meta.status_line or (_("Approved") if meta.approved else
                                           _("Draft: no approval recorded in this pack"))),
        (_("Date"), cover_date(meta)),
        # Translators: the document's owner on its cover: the project manager's name.
        (_("Owner"), _("%(name)s, project manager, standing in for %(absent)s", name=isolated(meta.owner),
                       absent=isolated(meta.owner_for)) if meta.owner_for
         else _("%(name)s, project manager", name=isolated(meta.owner))),
    ]
    if meta.confidentiality:
        details.append((_("Confidentiality"), isolated(meta.confidentiality)))
    for index, (label, value) in enumerate(details):
        end = PAGE_BREAK if index == len(details) - 1 else ""
        # Translators: a label before its value on a document's cover ("Version: 1.0"); mind the space.
        w.para("Cover Detail", w.run(_("%(label)s:", label=label), "Strong") + w.run("\t" + value) + end)
    if not meta.contents or not headings:
        return
    w.para("TOC Heading", w.run(_("Contents")))
    toc(w, headings)
    # the document follows its contents on the same page (reviews 51b, 52a, 52c: a register of five risks ran to
    # eight pages, its contents alone on one of them)
    w.para("Normal", "")


def compact_cover(w: Paragraphs, meta: DocMeta, title: str, heading: str = "") -> None:
    """Write a form's compact cover at the top of its first page: organization, title (``title``: its runs;
    ``heading``: its text),
    project, then one line of ID, version (with its own date when the date shown is the entry's: "Version: 1.1
    (2028-05-10) · Decided: 2028-02-20"), date, the entry's status and confidentiality; no page break."""
    locale = locales.get(meta.language)
    _ = locale.gettext
    organization = w.run(isolated(meta.organization)) + (w.run(" · " + isolated(meta.department))
                                                          if meta.department else "")
    w.para("Cover Organization", organization, KEEP_NEXT)
    w.para("Compact Title", title or w.run(meta.title))
    w.para("Subtitle", w.run(subtitle(meta, heading)))
    # Translators: a form's version, the version of the whole document pack the form was issued with ("Pack
    # version: 1.0 (2027-01-05) · Decided: 2027-02-10"); one label for every form (reviews 129b F12, 129c F18)
    version, version_label = meta.version or _("not yet issued"), _("Pack version") if meta.version else _("Version")
    if meta.version and meta.version_date and meta.version_date != meta.date:  # the date beside it is another's
        # Translators: a form's version on its compact cover, with the version's own date: "1.1 (2028-05-10)".
        version = _("%(version)s (%(date)s)", version=meta.version, date=locale.date(meta.version_date))
        if meta.version_note:
            # Translators: a form's version, its date and a note on it ("no later version recorded").
            version = _("%(version)s (%(date)s; %(note)s)", version=meta.version, date=locale.date(meta.version_date),
                        note=_(meta.version_note))
    details = [
        (_("Document ID"), meta.doc_id),
        (version_label, version),
        (_(meta.date_label) if meta.date_label else _("Date"), locale.date(meta.date) if meta.date else
         _("not yet issued")),
    ]
    if meta.records_date:  # a summary of records newer than its version says how recent they are
        details.append((_("Reflects records up to"), locale.date(meta.records_date)))
    if meta.status:
        details.append((_("Status"), meta.status))
    if meta.confidentiality:
        details.append((_("Confidentiality"), isolated(meta.confidentiality)))
    w.para("Compact Detail", w.run(DETAIL_GAP).join(
        w.run(_("%(label)s:", label=label), "Strong") + w.run(" " + value) for label, value in details))


def is_form_control(block: t.Block, meta: DocMeta) -> bool:
    """Return True for a form's document control line (the Markdown's "**Document ID:** ... · **Version:** ..."
    under its title), which the compact cover says already: it begins with the cover's first label, in bold."""
    if not isinstance(block, t.Paragraph):
        return False
    first = next((child for child in block.children if not (isinstance(child, t.Text) and not child.text)), None)
    if not isinstance(first, t.Strong):
        return False
    _ = locales.get(meta.language).gettext
    label = plain_text(first.children).strip()
    return label in {_("%(label)s:", label=_("Document ID")), "Document ID:"}


def toc_bookmark(number: int) -> str:
    """Return the name of the bookmark on the contents' ``number``-th heading (from 0), named as Word names them."""
    return f"_Toc{TOC_BOOKMARK_BASE + number}"


def bookmarked(number: int, runs: str) -> str:
    """Return a heading's runs inside its contents bookmark (``w:bookmarkStart`` and ``End`` go after the
    paragraph's properties, around its runs, as Word writes them); its id is the heading's number."""
    return (f'<w:bookmarkStart w:id="{number}" w:name="{toc_bookmark(number)}"/>{runs}'
            f'<w:bookmarkEnd w:id="{number}"/>')


def _page_number(bookmark: str) -> str:
    """Return a contents entry's leader tab and the PAGEREF field giving its heading's page: LibreOffice computes it
    as it lays out the pages, Word when it updates the fields on opening; no number is guessed beforehand."""
    return ("<w:r><w:tab/></w:r>"
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {bookmark} \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def toc(w: Paragraphs, headings: list[tuple[int, str]]) -> None:
    """Write the contents: for each heading, a link to its bookmark (see `toc_bookmark`), a dot leader and its page.

    Not a TOC field: LibreOffice (7.4) shows a TOC field's entries as the text they were saved with, computing no
    page field inside one, so a contents written before any layout would have no page numbers there, nor in a PDF
    made by it; page fields outside one it computes.  The entries are as Word writes a TOC field's (w:updateFields
    has Word update every field on opening), so the page numbers are right in Word too.
    """
    leader = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{w.text_width}"/></w:tabs>'
    for number, (level, text) in enumerate(headings):
        bookmark = toc_bookmark(number)
        w.para("TOC 1" if level <= 1 else "TOC 2",
               f'<w:hyperlink w:anchor="{bookmark}" w:history="1">{w.run(text)}{_page_number(bookmark)}</w:hyperlink>',
               leader)


def header_runs(w: Paragraphs, meta: DocMeta) -> str:
    """Return the header's words: the project code and document title, and the confidentiality label when set."""
    _ = locales.get(meta.language).gettext
    runs = w.run(_("%(code)s · %(title)s", code=meta.code, title=meta.title))
    if meta.confidentiality:  # a short label is kept on one line (review 98c F13: "Internal Use / Only")
        label = meta.confidentiality.replace(" ", "\u00a0") if len(meta.confidentiality) <= KEPT_LABEL else \
            meta.confidentiality
        runs += w.run(" · ") + w.run(isolated(label), "Strong")
    return runs


KEPT_LABEL = 45  # characters of a confidentiality label the header keeps on one line (a longer one wraps as words)


def footer_runs(w: Paragraphs, meta: DocMeta) -> str:
    """Return the footer's words: the document ID, its version ("Draft" before any) and Page X of Y as fields."""
    fields = {"PAGE": "\x00PAGE\x00", "NUMPAGES": "\x00NUMPAGES\x00"}  # where Word's fields go in the words
    words = locales.get(meta.language).gettext("%(document)s · %(version)s · Page %(page)s of %(pages)s",
                                               document=meta.doc_id, version=version_words(meta),
                                               page=fields["PAGE"], pages=fields["NUMPAGES"])
    pieces = words.split("\x00")  # text, field name, text, field name, text
    return "".join((f'<w:fldSimple w:instr=" {piece} "><w:r><w:t>1</w:t></w:r></w:fldSimple>' if index % 2
                    else w.run(piece) if piece else "") for index, piece in enumerate(pieces))

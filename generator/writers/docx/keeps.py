"""What a Word document keeps together across a page break, beyond a heading and the paragraph before a table.

A table signed on paper (a Signature and a Date column) is kept whole, with its
heading and introduction.  A short table just before its section is what the
signatures sign (a change request's decision): it is kept on the same page too,
heading and all, so a form never puts its decision on one page and the signatures
under it alone on the next.  Any other short table (up to `WHOLE_ROWS` rows and
`WHOLE_CHARS` characters: a form's impact assessment, a budget summary) is kept
whole, with its heading, rather than leaving a row or two alone on the next page;
a longer table keeps its header with its first two rows and its last row with the
one before, so no row is ever alone at either end of a page.
"""

from __future__ import annotations

from typing import Optional, Sequence

from generator.ir import nodes as t
from generator.ir.visitor import plain_text
from generator.writers.docx.columns import CELL_PADDING, EM, row_length, text_twips

SIGNATURE_HEADERS = ("signature", "date")  # a table whose header has these cells (English: the templates' words) is signed on paper
KEEP_ROW_CHARS = 600  # rows up to this many characters in a cell are kept on one page
SIGNED_ROWS = 4  # a table of up to this many rows just before a signature section is kept with it
WHOLE_ROWS = 12  # a table of up to this many rows (the header aside) ...
WHOLE_CHARS = 1500  # ... and this many characters in all (well under half a page) is kept on one page
WHOLE_LINES = 24  # ... and this many lines as its cells wrap (about half a landscape page)


def is_signature_table(node: t.Table) -> bool:
    """Return True for a table signed on paper: its header has a Signature and a Date column."""
    header = {plain_text(cell).strip().casefold() for cell in node.header}
    return all(word in header for word in SIGNATURE_HEADERS)


def is_short(node: t.Table) -> bool:
    """Return True for a table whose every row is short enough to keep on one page."""
    return all(row_length(row) <= KEEP_ROW_CHARS for row in (node.header, *node.rows))


def is_whole(node: t.Table, widths: Optional[Sequence[int]] = None, em: int = EM) -> bool:
    """Return True for a table kept on one page: a signature table, or one of at most `WHOLE_ROWS` rows and
    `WHOLE_CHARS` characters in all, and, given its columns' ``widths`` (twips), of at most `WHOLE_LINES` lines as its
    cells wrap (review 73c F4: nine rows of short text in narrow columns filled a page, and kept whole, left their
    heading alone on the page before)."""
    rows = (node.header, *node.rows)
    if is_signature_table(node):
        return True
    if len(node.rows) > WHOLE_ROWS or sum(row_length(row) for row in rows) > WHOLE_CHARS:
        return False
    return widths is None or sum(_row_lines(row, widths, em) for row in rows) <= WHOLE_LINES


def _row_lines(cells: tuple[tuple[t.Inline, ...], ...], widths: Sequence[int], em: int) -> int:
    """Return the lines a row takes: its cell that wraps to the most lines in its column's width."""
    return max((max(1, -(-text_twips(plain_text(cell), em=em) // max(width - CELL_PADDING, 1)))
                for cell, width in zip(cells, widths)), default=1)


def rows_kept_with_next(node: t.Table, kept: bool, widths: Optional[Sequence[int]] = None, em: int = EM) -> set[int]:
    """Return the rows (0 is the header) kept on the page of what follows them: every row of a table ``kept`` with
    what follows it; every row but the last of a whole table (`is_whole`); else the header and the first row (a
    header never stands with one row alone) and the row before the last (the last row is never alone) -- each only
    when it and the row after it are short (`KEEP_ROW_CHARS`): rows kept together that cannot fit on one page
    would have no place to break (LibreOffice then lays the document out for ever)."""
    last = len(node.rows)
    if kept:
        return set(range(last + 1))
    if is_whole(node, widths, em):
        return set(range(last))
    rows = (node.header, *node.rows)
    return {r for r in {0, 1, last - 1} - {last}
            if r >= 0 and row_length(rows[r]) <= KEEP_ROW_CHARS and row_length(rows[r + 1]) <= KEEP_ROW_CHARS}


def signed_tables(blocks: Sequence[t.Block]) -> set[int]:
    """Return the positions of the tables kept with the signature section after them: a short table (up to
    `SIGNED_ROWS` rows, none of them long) followed only by the section's heading, its introduction and its table."""
    kept = set()
    for index, block in enumerate(blocks):
        if not (isinstance(block, t.Table) and is_signature_table(block)):
            continue
        heading = index - 1
        while heading >= 0 and isinstance(blocks[heading], t.Paragraph):  # the section's introduction
            heading -= 1
        if heading < 1 or not isinstance(blocks[heading], t.Heading):
            continue
        before = blocks[heading - 1]
        if (isinstance(before, t.Table) and not is_signature_table(before) and len(before.rows) <= SIGNED_ROWS
                and is_short(before)):
            kept.add(heading - 1)
    return kept

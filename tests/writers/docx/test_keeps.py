"""What a Word document keeps together: a signature section whole, with its heading, and with the short table it signs
(a change request's decision), so neither a heading nor a signature table is left alone at the top of a page."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from generator.ir import nodes as t
from generator.ir.reader import parse
from generator.writers.docx.base import prepare
from generator.writers.docx.keeps import (SIGNED_ROWS, WHOLE_CHARS, WHOLE_ROWS, is_signature_table, is_whole,
                                         rows_kept_with_next, signed_tables)
from generator.writers.docx.writer import write_docx
from tests.support.docx import META, paragraph_text

SIGNATURES = """## Signatures

| Role | Name | Signature | Date |
|---|---|---|---|
| Requester | Priya Nair | | |
| Project manager | Sam Lee | | |
"""

FORM = """# Change request CR-001: Consent fields

## Impact assessment

| Area | Impact |
|---|---|
| Scope | Two fields |

## Decision

| Decision | Decided by | Date | Notes and conditions |
|---|---|---|---|
| approved | Change board | 2027-02-10 | Approved within contingency |

""" + SIGNATURES


def _blocks(markdown: str) -> list[t.Block]:
    return list(parse(markdown).blocks)


def _table_rows(rows: int, cell: str = "x") -> str:
    return "".join(f"| {cell} | {n} |\n" for n in range(rows))


def test_a_signature_table_is_told_by_its_signature_and_date_columns() -> None:
    tables = [b for b in _blocks(FORM) if isinstance(b, t.Table)]
    assert [is_signature_table(table) for table in tables] == [False, False, True]


def test_the_short_table_just_before_a_signature_section_is_kept_with_it() -> None:
    blocks = _blocks(FORM)
    assert signed_tables(blocks) == {4}  # the decision, not the impact assessment
    assert isinstance(blocks[4], t.Table) and "Decided by" in str(blocks[4].header)
    with_intro = FORM.replace("## Signatures\n", "## Signatures\n\nBy signing, the approvers agree.\n")
    assert signed_tables(_blocks(with_intro)) == {4}  # the section's introduction is part of it


def test_a_long_table_or_text_before_a_signature_section_is_not_kept_with_it() -> None:
    many = "# T\n\n## Log\n\n| A | B |\n|---|---|\n" + _table_rows(SIGNED_ROWS + 1) + "\n" + SIGNATURES
    assert signed_tables(_blocks(many)) == set()
    few = "# T\n\n## Log\n\n| A | B |\n|---|---|\n" + _table_rows(SIGNED_ROWS) + "\n" + SIGNATURES
    assert signed_tables(_blocks(few)) == {2}  # the title, the heading, the table
    long_row = "# T\n\n## Log\n\n| A | B |\n|---|---|\n" + _table_rows(1, "word " * 130) + "\n" + SIGNATURES
    assert signed_tables(_blocks(long_row)) == set()  # a row that might not fit a page is never kept whole
    text = "# T\n\n## Background\n\nSome text.\n\n" + SIGNATURES
    assert signed_tables(_blocks(text)) == set()


def _keeps_with_next(paragraph) -> bool:
    return paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None


def test_a_forms_decision_heading_table_and_signatures_are_one_chain_of_keep_with_next() -> None:
    document = docx.Document(io.BytesIO(write_docx(parse(FORM), META, prepare())))
    body = list(document.element.body)
    decision = next(i for i, e in enumerate(body) if e.tag == qn("w:p") and paragraph_text(e) == "Decision")
    heading, table, gap, signatures, signed = body[decision: decision + 5]
    assert _keeps_with_next(heading) and table.tag == qn("w:tbl")
    for row in table.iter(qn("w:tr")):  # every row on one page, each with the next, the last with the gap after
        assert row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
        assert all(_keeps_with_next(p) for p in row.iter(qn("w:p")))
    assert _keeps_with_next(gap) and paragraph_text(signatures) == "Signatures" and _keeps_with_next(signatures)
    rows = list(signed.iter(qn("w:tr")))
    assert all(row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in rows)
    assert all(_keeps_with_next(p) for row in rows[:-1] for p in row.iter(qn("w:p")))
    # The impact assessment before them flows as any table: only its header row is kept with its first row.
    impact = next(e for e in body if e.tag == qn("w:tbl"))
    assert not any(_keeps_with_next(p) for row in list(impact.iter(qn("w:tr")))[1:] for p in row.iter(qn("w:p")))


def _table(rows: int, cell: str = "x") -> t.Table:
    return next(b for b in _blocks("| A | B |\n|---|---|\n" + _table_rows(rows, cell)) if isinstance(b, t.Table))


def test_a_short_table_is_kept_whole_and_a_long_one_leaves_no_row_alone() -> None:
    impact = _table(11, "not recorded")  # a change request's impact assessment: 11 short rows
    assert is_whole(impact) and rows_kept_with_next(impact, kept=False) == set(range(11))  # all but the last row
    many = _table(WHOLE_ROWS + 1)
    assert not is_whole(many)
    assert rows_kept_with_next(many, kept=False) == {0, 1, WHOLE_ROWS}  # header + 2 rows; the last 2 rows together
    wordy = _table(4, "word " * 90)  # too many characters to keep whole, every row short
    assert not is_whole(wordy) and rows_kept_with_next(wordy, kept=False) == {0, 1, 3}
    long_rows = _table(3, "word " * (WHOLE_CHARS // 10))  # rows too long to keep together: see the next test
    assert not is_whole(long_rows) and rows_kept_with_next(long_rows, kept=False) == set()
    assert rows_kept_with_next(_table(1), kept=False) == {0}
    assert rows_kept_with_next(many, kept=True) == set(range(WHOLE_ROWS + 2))  # kept with what follows: every row


def test_a_short_table_and_its_heading_are_one_chain_of_keep_with_next_in_word() -> None:
    markdown = "# T\n\n## Impact assessment\n\n| Area | Impact |\n|---|---|\n" + _table_rows(11, "not recorded")
    document = docx.Document(io.BytesIO(write_docx(parse(markdown), META, prepare())))
    body = list(document.element.body)
    at = next(i for i, e in enumerate(body) if e.tag == qn("w:p") and paragraph_text(e) == "Impact assessment")
    heading, table = body[at: at + 2]
    assert _keeps_with_next(heading) and table.tag == qn("w:tbl")
    rows = list(table.iter(qn("w:tr")))
    assert len(rows) == 12 and all(row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in rows)
    assert all(_keeps_with_next(p) for row in rows[:-1] for p in row.iter(qn("w:p")))
    assert not any(_keeps_with_next(p) for p in rows[-1].iter(qn("w:p")))  # the table flows on after it


def test_a_long_tables_rows_are_kept_together_only_when_they_are_short() -> None:
    """Rows kept together that cannot fit on a page have nowhere to break: LibreOffice then lays out for ever
    (the hostile 'long' questionnaire's communication plan hung it)."""
    from generator.ir import nodes as n
    from generator.writers.docx.keeps import rows_kept_with_next

    def cell(text: str) -> tuple[n.Inline, ...]:
        return (n.Text(text),)

    huge = "x" * 5000
    rows = tuple((cell(huge if i in (0, 13) else "short"), cell("ok")) for i in range(15))
    table = n.Table((cell("A"), cell("B")), rows, ("left", "left"))
    kept = rows_kept_with_next(table, False)
    assert 0 not in kept and 1 not in kept  # the header would be kept with a row longer than a page
    assert 14 not in kept and 13 not in kept  # the row before the last is itself too long
    short = n.Table((cell("A"), cell("B")), tuple((cell("s"), cell("t")) for _ in range(15)), ("left", "left"))
    assert rows_kept_with_next(short, False) == {0, 1, 14}


def test_a_table_whose_cells_wrap_to_most_of_a_page_is_not_kept_whole() -> None:
    """Review 73c F4: nine rows of short text in six narrow columns filled a landscape page; kept whole, the table
    left its heading alone on the page before."""
    wrapping = _table(9, "Inspect progress toward the sprint goal and adapt the plan for the next working day.")
    assert is_whole(wrapping)  # by its characters alone
    assert not is_whole(wrapping, widths=[1200, 1200])  # but its cells wrap to 6 lines each in narrow columns
    assert is_whole(wrapping, widths=[6000, 6000])

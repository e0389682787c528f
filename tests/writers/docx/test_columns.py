"""Table column widths: every column gets its longest word, the rest is shared by how much text each holds."""

from __future__ import annotations

from generator.ir.nodes import Table, Text
from generator.writers.docx.columns import column_widths, row_length


def test_column_widths_keep_words_whole_and_fill_the_width() -> None:
    table = Table(((Text("Version"),), (Text("Summary"),)), (((Text("1.0"),), (Text("A long summary " * 8),)),),
                  ("left", "left"))
    widths = column_widths(table, 2, 9000)
    assert sum(widths) == 9000 and widths[0] >= 7 * 125 and widths[1] > widths[0]
    blank = Table(((Text("Area"),), (Text("Impact"),)), (((Text("Scope"),), ()),), ("left", "left"))
    assert column_widths(blank, 2, 9000)[1] > 4500


def test_a_rows_length_is_its_longest_cell() -> None:
    assert row_length(((Text("ab"),), (Text("abcd"),), ())) == 4 and row_length(()) == 0

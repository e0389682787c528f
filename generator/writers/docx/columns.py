"""The widths of a Word table's columns, from the length of their words and text, as a browser lays out a table."""

from __future__ import annotations

from generator.ir import nodes as t
from generator.ir.visitor import plain_text

MIN_COLUMN = 600  # twips: no column narrower than about 0.4 inch
CHAR_WIDTH = 110  # twips: an average character of 9-point table text (fonts vary by machine)
HEADER_CHAR_WIDTH = 130  # twips: the same in bold, for header words
CELL_PADDING = 260  # twips: cell margins as Word and LibreOffice apply them, and a little air


def row_length(cells: tuple[tuple[t.Inline, ...], ...]) -> int:
    """Return the length of the longest cell text of a table row."""
    return max((len(plain_text(cell)) for cell in cells), default=0)


def column_widths(node: t.Table, columns: int, total: int) -> list[int]:
    """Return column widths (twips) filling ``total``.

    Like a browser's automatic table layout: every column first gets room for its
    longest word (header words measured in bold), the rest is shared in proportion
    to how much longer each column's text is; a column left empty (a form to fill
    in) asks for as much room as it can get.
    """
    mins: list[int] = []
    ideals: list[int] = []
    for index in range(columns):
        def lines(rows: tuple[tuple[tuple[t.Inline, ...], ...], ...]) -> list[str]:
            texts = [plain_text(row[index]) if index < len(row) else "" for row in rows]
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

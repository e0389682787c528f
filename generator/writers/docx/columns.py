"""The widths of a Word table's columns, from the width of their words and text, as a browser lays out a table.

Words are measured with approximate character widths of 9-point table text, on the
generous side (those of DejaVu Serif, wider than Cambria, which LibreOffice shows
in its place where Cambria is not installed), so a column given room for its
longest word shows that word on one line in Word and in LibreOffice.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Optional, Sequence

from generator.ir import nodes as t
from generator.ir.visitor import plain_text

MIN_COLUMN = 600  # twips: no column narrower than about 0.4 inch
EM = 180  # twips: the em of 9-point table text
COMPACT_EM = 160  # twips: the em of 8-point text, for a table whose header words do not fit at 9 points
BOLD = 1.1  # bold text is this much wider (header words)
CELL_PADDING = 200  # twips: cell margins as the table style sets them (80 + 80), and a little air
WORD_SHARE = 0.45  # no single word may ask for more than this share of the width (a long address breaks)
SHAVE = 1.03  # longest words that overrun the width by no more than this share all give a little (widths are generous)
CJK_NAME = 8  # a run of East Asian characters up to this long is a name, never broken across lines
# what parts names in a list of them ("山田 太郎; 高橋 誠", "田中、鈴木")
_BETWEEN_PEOPLE = ";,、，"  # what separates people in a list (`_mixed_names`: not "/", "Priya d/o Suresh Kumar" is one)
_SEPARATORS = _BETWEEN_PEOPLE + "/・"
_NAME_LIST = re.compile(rf"[{_SEPARATORS}]\s*")
# the letters of Chinese and Japanese (kana, ideographs), and with their punctuation and full-width forms
_EAST_ASIAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_EAST_ASIAN_TEXT = f"\u3000-\u303f{_EAST_ASIAN}\uff00-\uffef"
_NARROW = frozenset("fijlrtI.,;:'!|()[]{}\"`")
_WIDE = frozenset("mwMW@%")


@functools.lru_cache(maxsize=2048)
def char_em(char: str) -> float:
    """Return a character's approximate advance width, in ems."""
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    if unicodedata.combining(char):
        return 0.0
    if char in _NARROW:
        return 0.4
    if char in _WIDE:
        return 1.05
    if char.isupper():
        return 0.8
    return 0.65


@functools.lru_cache(maxsize=8192)
def text_twips(text: str, bold: bool = False, em: int = EM) -> int:
    """Return the approximate width of a text in 9-point (or ``em``) table text, in twips."""
    return round(sum(map(char_em, text)) * em * (BOLD if bold else 1.0))


def is_cjk(char: str) -> bool:
    """Return True for a character of East Asian wide script (Chinese, Japanese, Korean), which Word breaks anywhere."""
    return unicodedata.east_asian_width(char) in ("W", "F") and char.isalpha()


def has_wide(text: str) -> bool:
    """Return True when a text holds any East Asian wide or full-width character (a quick test before `is_cjk`)."""
    return not text.isascii() and any(unicodedata.east_asian_width(char) in ("W", "F") for char in text)


def row_length(cells: tuple[tuple[t.Inline, ...], ...]) -> int:
    """Return the length of the longest cell text of a table row."""
    return max((len(plain_text(cell)) for cell in cells), default=0)


def is_address(word: str) -> bool:
    """Return True for an e-mail address or a web address: a word with no spaces to break at."""
    return "@" in word or "://" in word


def _longest_word(lines: list[str], bold: bool, em: int, whole: bool = False) -> int:
    """Return the width of the longest word, which must stay whole; an address may take two lines unless ``whole``
    (it has no spaces to break at: Word wraps it where it must; its text is kept exactly as typed)."""
    return max((_line_longest(line, bold, em, whole) for line in lines), default=0)


@functools.lru_cache(maxsize=16384)
def _line_longest(line: str, bold: bool, em: int, whole: bool) -> int:
    """Return the width of a line's longest word (see `_longest_word`), once per line of a run (cells repeat); an
    East Asian name counts as one word with its space ("山田 太郎": `cjk_names`)."""
    words = [part for word in line.split() for part in (_CJK_BREAKS.split(word) if has_wide(word)
                                                        else (word,) if is_address(word) or SHORT_NAME.search(word)
                                                        else _HYPHEN_BREAKS.split(word))
             if part]
    longest = max((text_twips(word, bold, em) // (2 if not whole and is_address(word) else 1) for word in words),
                  default=0)
    return max([longest, *(text_twips(name, bold, em) for name in cjk_names(line))])


# East Asian text breaks between any two of its characters: a word of it asks for no more room than one character, or
# its Latin letters between them ("PoCの対象にCRMを追加" asks for "PoC"), where a name asks for itself (`cjk_names`;
# review 80c F12: every Japanese column asked for its whole text, and the purpose column was squeezed to 8 lines)
_CJK_BREAKS = re.compile(f"(?<=[{_EAST_ASIAN_TEXT}])|(?=[{_EAST_ASIAN_TEXT}])")


# a word breaks after its hyphens and slashes, in Word and LibreOffice alike: "every-third-weekend" asks for room for
# "every-" (review 83b F2: long compounds in the change log's description took the room its title column needed, and
# "Exten|d payrol|l" broke in it)
_HYPHEN_BREAKS = re.compile(r"(?<=[A-Za-z]-)(?=[A-Za-z])|(?<=[A-Za-z]/)(?=[A-Za-z])")

# ... but a short hyphenated name or code stays whole: the Word writer joins its parts with non-breaking hyphens
# (review 93c F6: "Jae- / won Choi" in the RACI's headers, "(KU- / SPA)" under a title)
SHORT_NAME = re.compile(r"(?<![\w-])(?=[\w-]{3,16}(?![\w-]))(?:[A-Z][^\W\d_]{0,9}|[A-Z][A-Z0-9]{0,7})"
                        r"(?:-(?:[^\W\d_]{1,10}|[A-Z0-9]{1,8}))+(?![\w-])")


def cjk_names(line: str) -> list[str]:
    """Return the East Asian names of a line: each part of a list (`_NAME_LIST`) that holds East Asian letters, no
    more than `CJK_NAME` of them, in three words at most ("山田 太郎", "佐々木 美千代"). Word and LibreOffice break such
    text between any two characters: its column gets room for the whole name, so a name alone on its line stays
    whole (review 77c, and the Japanese pack's RACI headers, distribution lists and owner columns)."""
    if not has_wide(line):
        return []
    found = [part.strip() for part in _NAME_LIST.split(line)
             if 0 < sum(1 for c in part if is_cjk(c)) <= CJK_NAME and len(part.split()) <= 3
             and not re.search(r"[A-Za-z\d]", part)]  # "PoCの対象にCRMを追加" is no name
    # ... and one among Latin words: words of East Asian letters alone, two at most ("approved by 山田 太郎, 2026-05-27")
    for run in _CJK_WORDS.finditer(line) if re.search(r"[A-Za-z]", line) else ():
        name = run.group(0).strip()
        if sum(1 for c in name if is_cjk(c)) <= CJK_NAME and name not in found:
            found.append(name)
    return found


# (with the brackets around it: "Lim Wei Ming (林伟明)", review 83c F2: "(林 / 伟明)" in 13 documents' name columns)
_CJK_WORDS = re.compile(rf"(?:(?<=\s)|^)[(（]?[{_EAST_ASIAN}]+(?:[ \u3000][{_EAST_ASIAN}]+)?[)）]?(?=[\s,;.、]|$)")


def column_widths(node: t.Table, columns: int, total: int, blank: Optional[Sequence[Optional[int]]] = None,
                  em: int = EM) -> list[int]:
    """Return column widths (twips) filling ``total``.

    Like a browser's automatic table layout: every column first gets room for its
    longest word (header words measured in bold; an address whole when every column
    can still have its own longest word, else half of it), the rest is shared in
    proportion to how much text each column holds, none wider than its longest line;
    a column left empty (a form to fill in) asks for as much room as it can get, or
    for ``blank[index]`` when given.  When the longest words do not all fit, header
    words keep their room first and body words share what is left.
    """
    heads, mins, wholes, ideals, texts = _measure(node, columns, total, blank, em)
    if wholes == mins:  # no address to keep whole
        return _share(heads, mins, ideals, texts, total)
    if sum(wholes) <= total:  # room for every address whole: taken from the columns of free text
        return _shorter(node, _share(heads, wholes, ideals, texts, total), _share(heads, mins, ideals, texts, total), em)
    if (slack := total - sum(mins)) > 0:  # else the room left after every longest word goes to the addresses
        # first, toward their whole width (reviews 103a F8, 103c F18: "mette.kjaergaard@n|ordvind.dk" broken while
        # the role column beside it had room to spare)
        short = sum(w - m for w, m in zip(wholes, mins))
        toward = [m + (w - m) * slack // short for w, m in zip(wholes, mins)]
        return _shorter(node, _share(heads, toward, ideals, texts, total), _share(heads, mins, ideals, texts, total), em)
    return _share(heads, mins, ideals, texts, total)


def _shorter(node: t.Table, whole: list[int], halved: list[int], em: int) -> list[int]:
    """Return the widths keeping addresses whole unless they leave a cell of the others taller than three lines and
    than it is with the addresses broken (review 128b F11: "María del Carmen Ruiz Olmedo" on four lines, a role on
    eight, beside whole addresses)."""
    return whole if _tallest(node, whole, em) <= max(3, _tallest(node, halved, em)) else halved


def _tallest(node: t.Table, widths: Sequence[int], em: int) -> int:
    """Return how many lines the tallest body cell takes at ``widths``, roughly: its text's width over its column's
    (an address on as many lines as it needs; other text by whole words)."""
    tallest = 1
    for row in node.rows:
        for index, cell in enumerate(row[:len(widths)]):
            room = max(1, widths[index] - CELL_PADDING)
            for line in plain_text(cell).split("\n"):
                lines, used, space = 1, 0, text_twips(" ", False, em)
                for word in line.split():
                    size = text_twips(word, False, em)
                    if used and used + space + size > room:
                        lines, used = lines + 1, 0
                    elif used:
                        used += space
                    lines += max(0, -(-size // room) - 1)  # a word wider than the column breaks
                    used += size % room if size > room else size
                tallest = max(tallest, lines)
    return tallest


def _measure(node: t.Table, columns: int, total: int, blank: Optional[Sequence[Optional[int]]],
             em: int) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """Return each column's header word width, longest word width (an address halved), the same with addresses
    whole, ideal width (its longest line) and the width of all its text."""
    heads: list[int] = []
    mins: list[int] = []
    wholes: list[int] = []
    ideals: list[int] = []
    texts: list[int] = []
    cap = int(total * WORD_SHARE)
    for index in range(columns):
        def lines(rows: tuple[tuple[tuple[t.Inline, ...], ...], ...]) -> list[str]:
            cells = [plain_text(row[index]) if index < len(row) else "" for row in rows]
            return [line for text in cells for line in text.split("\n")]

        head, body = lines((node.header,)), lines(node.rows)
        head_word = min(max(MIN_COLUMN, _longest_word(head, True, em) + CELL_PADDING), cap)
        low = min(max(head_word, _longest_word(body, False, em) + CELL_PADDING), cap)
        whole = max(low, _longest_word(body, False, em, whole=True) + CELL_PADDING)
        measured = [text_twips(line, False, em) for line in body]
        asked = blank[index] if blank is not None and index < len(blank) else None
        empty = not any(line.strip() for line in body)
        ideal = (asked or total) if empty else min(max(measured, default=0) + CELL_PADDING, asked or total)
        heads.append(head_word)
        mins.append(low)
        wholes.append(whole)
        ideals.append(max(whole, ideal))
        texts.append(total if empty else sum(measured))
    return heads, mins, wholes, ideals, texts


def words_width(node: t.Table, columns: int, total: int, em: int = EM) -> int:
    """Return the width the longest words of the table's columns need together, at the text size of ``em``."""
    cap = int(total * WORD_SHARE)
    need = 0
    for index in range(columns):
        words = [plain_text(row[index]) for row in (node.header, *node.rows) if index < len(row)]
        head = _longest_word(words[:1] if index < len(node.header) else [], True, em)
        need += min(max(MIN_COLUMN, head + CELL_PADDING, _longest_word(words, False, em) + CELL_PADDING), cap)
    return need


def _share(heads: list[int], mins: list[int], ideals: list[int], texts: list[int], total: int) -> list[int]:
    """Return widths filling ``total``: each column's minimum first, then what is left by how much text each holds
    (``texts``), none past its ideal while another still wants room."""
    if total < sum(mins) <= total * SHAVE:  # a little short: every column gives alike, none is starved of its word
        widths = [int(w * total / sum(mins)) for w in mins]  # (review 86c F8: "maintenanc|e" in a title column)
    elif sum(mins) > total:
        if sum(heads) >= total:  # not even the header words fit: every column shrinks alike
            widths = [int(w * total / sum(heads)) for w in heads]
        else:  # header words whole; then as many columns as can be have their longest word whole, the rest share
            widths, extra = list(heads), total - sum(heads)
            wants = sorted(range(len(heads)), key=lambda i: (mins[i] - heads[i], i))
            while wants and mins[wants[0]] - heads[wants[0]] <= extra:
                index = wants.pop(0)
                extra -= mins[index] - heads[index]
                widths[index] = mins[index]
            asked = sum(mins[i] - heads[i] for i in wants)
            for index in wants:
                widths[index] += int(extra * (mins[index] - heads[index]) / asked)
    elif sum(ideals) <= total:
        widths = [int(w * total / sum(ideals)) for w in ideals]
    else:
        widths = _fill(list(mins), ideals, texts, total - sum(mins))
    widths[-1] += total - sum(widths)
    return widths


def _fill(widths: list[int], ideals: list[int], texts: list[int], extra: int) -> list[int]:
    """Return ``widths`` with ``extra`` shared by the weights ``texts`` among the columns short of their ideal; a
    column that reaches its ideal stops there and its share goes on to the others."""
    open_ = [i for i, w in enumerate(widths) if w < ideals[i]]
    while extra > 0 and open_:
        weight = sum(texts[i] for i in open_) or len(open_)
        full = [i for i in open_ if widths[i] + extra * (texts[i] or 1) / weight >= ideals[i]]
        if not full:
            for i in open_:
                widths[i] += int(extra * (texts[i] if sum(texts[j] for j in open_) else 1) / weight)
            break
        for i in full:
            extra -= ideals[i] - widths[i]
            widths[i] = ideals[i]
        open_ = [i for i in open_ if i not in full]
    return widths


def name_lines(content: tuple[t.Inline, ...], width: int, em: int = EM, bold: bool = False) -> tuple[t.Inline, ...]:
    """Return a cell's inlines with a line break after each separator when the cell lists East Asian names
    (`cjk_names`: "山田 太郎; 高橋 誠; 小林 恵") that do not fit on one line of a column ``width`` twips wide: each name
    on its own line, where Word and LibreOffice would break one between any two characters ("小|林 恵"); ``bold``:
    a header's text, in bold."""
    text = plain_text(content)
    if "\n" in text or not has_wide(text) or text_twips(text, bold, em) + CELL_PADDING <= width:
        return content
    if _BRACKETED_NAME.search(text):  # "Lim Wei Ming (林伟明)": the name in brackets on a line of its own, whole
        return _broken_at(content, _BRACKETED_NAME)
    parts = [part for part in _NAME_LIST.split(text) if part.strip()]
    if len(parts) < 2 or len(cjk_names(text)) != len(parts):
        return _mixed_names(content, text, width, em, bold)
    lines = _broken_at(content, _AFTER_SEPARATOR)
    return lines[:-1] if lines and isinstance(lines[-1], t.Break) else lines


def _mixed_names(content: tuple[t.Inline, ...], text: str, width: int, em: int,
                 bold: bool) -> tuple[t.Inline, ...]:
    """Return a cell's inlines that list people, some named in East Asian letters or with them after their Latin
    name ("Priya d/o Suresh Kumar, 黄丽华", "Lim Zhi Wei 林志伟"), with each person on a line of their own, and the
    East Asian form on its own line where the whole name does not fit (review 95c F3: "黄" / "丽华", "林志" / "伟")."""
    people = [part.strip() for part in _PEOPLE.split(text) if part.strip()]
    if (not re.search("[A-Za-z]", text) or not any(cjk_names(person) for person in people)
            or any(len(person.split()) > 5 for person in people)):
        return content  # no Latin name (`name_lines` reads those), no East Asian one, or words that are no names
    lines = _broken_at(content, _AFTER_PERSON) if len(people) > 1 else content
    if any(text_twips(person, bold, em) + CELL_PADDING > width and _TRAILING_NAME.search(person) for person in people):
        lines = _broken_at(lines, _TRAILING_NAME)
    return lines[:-1] if lines and isinstance(lines[-1], t.Break) else lines


_AFTER_SEPARATOR = re.compile(rf"(?<=[{_SEPARATORS}])\s*")  # where a list of names is broken into lines
_PEOPLE = re.compile(rf"[{_BETWEEN_PEOPLE}]\s*")
_AFTER_PERSON = re.compile(rf"(?<=[{_BETWEEN_PEOPLE}])\s*")
# before a Latin name's East Asian form: "Lim Zhi Wei 林志伟"
_TRAILING_NAME = re.compile(rf"(?<=[A-Za-z.])\s+(?=[{_EAST_ASIAN}]{{1,{CJK_NAME}}}(?:[\s{_SEPARATORS}]|$))")
# a name in East Asian letters in brackets after Latin words: "Lim Wei Ming (林伟明)" (review 83c F2: "(林 / 伟明)")
_BRACKETED_NAME = re.compile(rf"(?<=[A-Za-z.])\s+(?=[(（][{_EAST_ASIAN}]{{1,{CJK_NAME}}}[)）])")


def _broken_at(inlines: tuple[t.Inline, ...], where: re.Pattern[str]) -> tuple[t.Inline, ...]:
    """Return inlines with a line break in place of each match of ``where`` in their text, within languages' spans."""
    out: list[t.Inline] = []
    for node in inlines:
        if isinstance(node, t.Text):
            pieces = where.split(node.text)
            for i, piece in enumerate(pieces):
                if piece:
                    out.append(t.Text(piece))
                if i < len(pieces) - 1:
                    out.append(t.Break())
        elif isinstance(node, t.Lang):
            out.append(t.Lang(node.lang, _broken_at(node.children, where)))
        else:
            out.append(node)
    return tuple(out)

"""Escape questionnaire text for Markdown, so it is always shown and never interpreted.

The generated Markdown is read by two parsers: Python-Markdown (MkDocs) and
markdown-it-py (the Word writer).  Only characters both accept as backslash
escapes are escaped with a backslash; ``<``, ``>``, entity-like ``&`` and a
leading ``=`` become character references.  Newlines become ``<br>`` so that a
value always stays inside its table cell, list item or heading; a leading ``!!!``
is escaped so that no value can start an admonition.

Text in another language than the document's is wrapped in `lang_span`, the one
HTML form pmdocs writes and its reader reads back (an escaped value cannot forge it).
"""

from __future__ import annotations

import re
from typing import Any

# Always backslash-escaped: in Python-Markdown's ESCAPED_CHARS (with tables), and CommonMark accepts them all.
_ALWAYS = set("\\`*_{}[]#|")
_ENTITY_LIKE = re.compile(r"&#?[A-Za-z0-9]+;")
_ORDERED_MARKER = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_INVISIBLE = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]")
LANG_TAG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")  # the shape of a BCP 47 tag (RFC 5646)
LANG_OPEN = re.compile(r'<span lang="(' + LANG_TAG.pattern + r')"(?: dir="rtl")?>')  # as `lang_span` writes it
LANG_CLOSE = "</span>"


class Md(str):
    """Return text that is already Markdown (written by a template), not to be escaped again."""

    __slots__ = ()

    def __html__(self) -> str:  # lets Jinja treat it as safe when autoescaping
        return str(self)


# what _escape_line neutralises, at once; tildes only two or more in a row (a code fence, strikethrough): a lone
# "~3 weeks" means nothing to either parser and stays as typed in the Markdown file
# (">" only where it would start a quotation, at a line's start, or beside a "<": elsewhere it is text to both parsers,
# and the Markdown file shows "attendance >= 90%" as typed: review 93c F9)
_SPECIAL = re.compile(r"[\\`*_{}\[\]#|<]|~~+|&(?=#?[A-Za-z0-9]+;)")
_REPLACEMENT = {**{char: "\\" + char for char in _ALWAYS}, "<": "&lt;", ">": "&gt;",
                "&": "&amp;"}  # only before something that reads as a character reference


def _neutral(found: re.Match[str]) -> str:
    """Return the replacement of one special character, or of a run of tildes ("&#126;" each: not a
    Python-Markdown escape)."""
    text = found.group()
    return "&#126;" * len(text) if text[0] == "~" else _REPLACEMENT[text]


def _escape_line(line: str) -> str:
    """Return one line of text with every Markdown-significant character neutralised."""
    text = _SPECIAL.sub(_neutral, line)
    if "<" in line:  # beside a "<", as a tag's text reads: "&lt;p&gt;"
        text = text.replace(">", "&gt;")
    # Constructs that only matter at the start of a line.
    if text[:1] in ("-", "+", ">") or text.startswith("!!!"):  # a list item; a quotation; an admonition
        text = "\\" + text
    elif text[:1] == "=":
        text = "&#61;" + text[1:]
    else:
        text = _ORDERED_MARKER.sub(lambda m: m.group(1) + "\\" + m.group(2), text, count=1)
    return text


# the space YAML's folded text (">-") puts where a line ended after Chinese or Japanese full stops and commas: no
# space follows them in those languages ("切り替える。 まず", review 72b); before Korean or Latin letters the space
# is the writer's ("「던전 앤 스톤」 스테이징", review 146b F5: Korean spacing broken)
_FOLDED = re.compile(r"(?<=[\u3001\u3002\uff0c\uff0e\uff01\uff1f\u300d\u300f\uff09\u3011\uff1a\uff1b]) +"
                     r"(?=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])")


def md(value: Any) -> Md:
    """Return a value as Markdown that shows it literally, on one line."""
    if isinstance(value, Md):
        return value
    if value is None:
        return Md("")
    text = _INVISIBLE.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n").strip()
    text = _FOLDED.sub("", text)
    lines = [_escape_line(line.strip()) for line in text.split("\n")]
    return Md("<br>".join(lines))


def md_heading(value: Any) -> Md:
    """Return text escaped for a heading: one line, its line breaks turned into spaces."""
    return Md(md(value).replace("<br>", " "))


def lang_span(lang: str, markdown: str) -> Md:
    """Return Markdown tagged as written in a language: ``<span lang="TAG">markdown</span>``."""
    if not LANG_TAG.fullmatch(lang):
        raise ValueError(f"'{lang}' is not a language tag")
    # a right-to-left language's text set apart, its direction its own (review 111b F2: dates after an Arabic name
    # shown reversed); a browser isolates an element with a ``dir``
    return Md(f'<span lang="{lang}" dir="rtl">{markdown}</span>' if rtl(lang) else f'<span lang="{lang}">{markdown}</span>')


# languages written right to left (review 162b F1: Central Kurdish, "ckb", read as left to right in Word, its dates
# and IDs out of order)
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "sdh", "lrc", "mzn", "glk",
                           "bal", "bqi", "ks", "syr", "arc", "nqo"})
RTL_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr"})  # script subtags


def rtl(lang: str) -> bool:
    """Return True for a language tag whose language is written right to left: its script subtag says so ("ku-Arab",
    not "ug-Latn"), else its language does."""
    parts = lang.lower().split("-")
    script = next((part for part in parts[1:] if len(part) == 4 and part.isalpha()), None)
    if script is not None:
        return script in RTL_SCRIPTS
    return parts[0] in RTL_LANGUAGES


def xml_text(value: str) -> str:
    """Return text safe as XML character data (SVG, WordprocessingML)."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attr(value: str) -> str:
    """Return text as a double-quoted XML attribute value, quotes included (whitespace kept as references)."""
    return '"' + xml_text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace(
        "\t", "&#9;") + '"'

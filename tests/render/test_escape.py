"""Questionnaire text shows literally in every Markdown context, in both parsers."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from generator.render.escape import LANG_OPEN, Md, lang_span, md
from tests.support.mdtext import squash, text_markdown_it, text_python_markdown

NASTY = [
    "# Heading?", "## two", "- not a list", "+ plus", "* star", "1. not a list", "2) also", "> quote",
    "a | b | c", "*bold* _it_ `code` **strong**", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "[link](javascript:alert(1))", "![img](x.png)", "{{ jinja }} {% if x %}{% endif %} {# c #}",
    "&copy; &#169; &#x41; AT&T &amp;", "===", "---", "***", "___", "customer_id_field", "C:\\path\\to\\",
    "~~~", "~~struck~~", "~3 weeks each quarter, ~5 days", "a~b~c", "```", "<!-- comment -->", "http://example.com", "<http://x.com>", "\\*", "Total: 5 * 3 = 15",
    "emoji 😀 山田 太郎 נועה לוי José", "x<br>y", "__init__", "#1 priority", "trailing #", "* * *",
    "| --- |", "Risk #", "{: .class }", "[^1]", "*[HTML]: Hyper", "term\n: definition", "1986. A great year",
    "line one\n# line two\n- line three", "tab\tinside", '!!! danger "Hacked"', "!!!note body", "!!! tip",
]


def _plain(text: str) -> str:
    return squash(text.replace("\t", " "))


@pytest.mark.parametrize("text", NASTY)
@pytest.mark.parametrize("render", [text_python_markdown, text_markdown_it], ids=["python-markdown", "markdown-it"])
def test_paragraph_shows_text_literally(text: str, render) -> None:
    assert squash(render(md(text))) == _plain(text)


@pytest.mark.parametrize("text", NASTY)
@pytest.mark.parametrize("render", [text_python_markdown, text_markdown_it], ids=["python-markdown", "markdown-it"])
def test_heading_and_list_item_show_text_literally(text: str, render) -> None:
    assert squash(render(f"## Risk {md(text)}")) == _plain(f"Risk {text}")
    assert squash(render(f"- {md(text)}\n- second")) == _plain(f"{text} second")


@pytest.mark.parametrize("text", NASTY)
def test_table_cell_keeps_the_table_shape(text: str) -> None:
    source = f"| A | B |\n|---|---|\n| {md(text)} | end |\n"
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    cells = [t for t in tokens if t.type in ("td_open", "th_open")]
    assert len(cells) == 4
    assert squash(text_python_markdown(source)) == _plain(f"A B {text} end")


def test_escaped_text_is_marked_and_not_escaped_twice() -> None:
    once = md("a*b")
    assert isinstance(once, Md) and md(once) == once


def test_control_characters_are_dropped() -> None:
    assert md("bell\x07here") == "bellhere"


def test_a_language_span_is_the_one_form_the_reader_knows() -> None:
    tagged = lang_span("pt-BR", md("*Olá*"))
    assert isinstance(tagged, Md) and tagged == '<span lang="pt-BR">\\*Olá\\*</span>'
    assert LANG_OPEN.fullmatch(tagged[:tagged.index(">") + 1])
    for bad in ('de" onclick="x', "", "de_DE", "toolongtag"):
        with pytest.raises(ValueError):
            lang_span(bad, "x")


@pytest.mark.parametrize("render", [text_python_markdown, text_markdown_it], ids=["python-markdown", "markdown-it"])
def test_a_span_shows_its_text_in_both_parsers(render) -> None:
    assert squash(render(f"| A |\n|---|\n| {lang_span('de', md('a | b'))} |\n")) == "A a | b"
    assert squash(render(f"## {lang_span('de', md('#1 *x*'))}")) == "#1 *x*"


def test_a_lone_tilde_stays_as_typed_in_the_markdown() -> None:
    """Review 36 F10: "spends ~3 weeks" read "spends &#126;3 weeks" in the Markdown file."""
    assert md("spends ~3 weeks, ~5 days") == "spends ~3 weeks, ~5 days"
    assert md("~~~") == "&#126;&#126;&#126;" and md("a ~~b~~") == "a &#126;&#126;b&#126;&#126;"


def test_the_space_folded_text_leaves_after_a_japanese_full_stop_is_taken_out() -> None:
    """Review 72b: "切り替える。 まず" and "習得が遅れ、 ベンダー" from text written as ">-"; a name's space stays."""
    assert md("切り替える。 まず、 ベンダー") == "切り替える。まず、ベンダー"
    assert md("加藤 由美") == "加藤 由美" and md("Done. Next") == "Done. Next"
    # review 146b F5: the space a Korean writer puts after a closing bracket stays, and one before Latin letters
    assert md("「던전 앤 스톤」 스테이징") == "「던전 앤 스톤」 스테이징" and md("「別」 Teams") == "「別」 Teams"


def test_a_greater_than_sign_stays_as_typed_where_it_starts_nothing() -> None:
    """Review 93c F9: the Markdown file read "attendance &gt;= 90%" where the answer was "attendance >= 90%"."""
    assert md("attendance >= 90% (>= 4 of 5)") == "attendance >= 90% (>= 4 of 5)"
    assert md("> not a quotation") == "\\> not a quotation"
    assert md("<p>") == "&lt;p&gt;"


def test_a_language_written_right_to_left_is_known_by_its_language_or_its_script() -> None:
    """Review 162b F1: Central Kurdish ("ckb") was read as written left to right, its dates and IDs out of order in
    Word; a script subtag decides where one is given."""
    from generator.render.escape import rtl

    assert rtl("ckb") and rtl("ckb-IQ") and rtl("ar-EG") and rtl("ku-Arab") and rtl("pa-Arab-PK")
    assert not rtl("ku") and not rtl("ug-Latn") and not rtl("ckb-Latn") and not rtl("en-US") and not rtl("pa")

"""Checking a staged tree's links: each relative link names a file; code, other sites, anchors and folders are left
alone."""

from __future__ import annotations

from generator.site.links import BrokenLink, broken_links

FILES = {"index.md", "guide/cli.md", "projects/P1/index.md", "projects/P1/P1-charter.docx",
         "projects/P1/pictures/timeline.svg", "projects/P1/My file.md"}


def test_links_that_reach_files_pass() -> None:
    page = "\n".join([
        "[cli](guide/cli.md) [anchored](guide/cli.md#generate) [titled](guide/cli.md \"CLI\")",
        "[spaced](<projects/P1/My file.md>) [escaped](projects/P1/My%20file.md)",
        '<a href="projects/P1/P1-charter.docx" download>Word</a> <img src=\'projects/P1/pictures/timeline.svg\'>',
        "[ref]: projects/P1/index.md",
    ])
    assert broken_links({"index.md": page}, FILES) == []


def test_relative_links_resolve_from_the_page_folder() -> None:
    pages = {"projects/P1/index.md": "[Word](P1-charter.docx) [home](../../index.md) [guide](../../guide/gone.md)"}
    assert broken_links(pages, FILES) == [BrokenLink("projects/P1/index.md", "../../guide/gone.md")]


def test_links_of_other_kinds_are_left_alone() -> None:
    page = ("[web](https://example.org/x.md) [mail](mailto:a@b.org) [top](#scope) [abs](/site/x.md) "
            "[folder](guide/) [extensionless](guide/cli)")
    assert broken_links({"index.md": page}, FILES) == []


def test_links_inside_code_are_not_links() -> None:
    page = "Write `[text](missing.md)` in a page.\n\n```markdown\n[text](missing.md)\n```\n\n~~~\n[x](gone.md)\n~~~\n"
    assert broken_links({"index.md": page}, FILES) == []


def test_every_missing_target_is_reported_in_page_order_with_mkdocs_wording() -> None:
    pages = {"b.md": "![p](nope.svg)", "a.md": "[x](missing.md) and [y](../outside.md)"}
    found = broken_links(pages, FILES)
    assert [(b.page, b.target) for b in found] == [("a.md", "missing.md"), ("a.md", "../outside.md"),
                                                   ("b.md", "nope.svg")]
    assert found[0].message() == ("Doc file 'a.md' contains a link 'missing.md', "
                                  "but the target is not found among documentation files.")


def test_escaped_markdown_and_html_shown_as_text_are_not_links() -> None:
    """Answers are escaped: a questionnaire's ![x](x.png) or <img src="x.png"> is text on the page, not a link."""
    page = ('A name with !\\[x\\]\\(x.png\\) and &lt;img src="x.png"&gt; in it, and a picture whose alt has '
            '\\](brackets): ![ja \\](x) y](pictures/P-grid.svg "Grid")')
    assert broken_links({"index.md": page}, FILES | {"pictures/P-grid.svg"}) == []
    assert broken_links({"index.md": '<img src="gone.png">'}, FILES) == [BrokenLink("index.md", "gone.png")]

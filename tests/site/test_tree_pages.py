"""A document's site page converted from its tree is the page MkDocs converts from its Markdown, byte for byte."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path

import re

import pytest
from hypothesis import given, settings as examples, strategies as st
from mkdocs.config import load_config

from generator.build.rendering import render_once
from generator.questionnaire.read import read_questionnaire
from generator.render.templates import environment
from generator.site.mkdocs_internals import MarkdownSettings, convert, markdown_settings
from generator.site.pages import PageParts, project_pages
from generator.site import tree_pages
from generator.site.tree_pages import convert_tree, convertible, fits, unescaped_brace, BlockTags
from generator.site.worker import url_of
from tests.conftest import EXAMPLES, ROOT
from tests.support.hostile import hostile_files
from tests.support.packs import FIXTURES


@pytest.fixture(scope="module")
def settings() -> MarkdownSettings:
    config = load_config(str(ROOT / "mkdocs.yml"))
    config.markdown_extensions.append("md_in_html")  # as the plugin adds it
    return markdown_settings(config)


def toc(links: list) -> list:  # type: ignore[type-arg]
    return [(a.title, a.id, a.level, toc(a.children)) for a in links]


@pytest.mark.parametrize("path", [*EXAMPLES, *FIXTURES, *hostile_files()], ids=lambda p: Path(p).stem)
def test_every_document_page_is_what_mkdocs_makes_of_its_markdown(path: Path, settings: MarkdownSettings) -> None:
    q = read_questionnaire(path).questionnaire
    assert q is not None
    rendering = render_once(q)
    project = project_pages(rendering, Path(path).name, environment(None), dt.date(2027, 1, 1))
    known = {}
    for f in project.files:
        for uri in [f.path.as_posix()] + ([(f.path.parent / f.parts.download).as_posix()] if f.parts else []):
            known[uri] = (url_of(uri, True), False)
    pages = [f for f in project.files if f.parts is not None]
    assert pages and all(convertible(f.parts) for f in pages if f.parts)  # every built-in document qualifies
    for f in pages:
        assert f.parts is not None
        uri = f.path.as_posix()
        mkdocs = convert(f.content, uri, settings, known, logging.WARNING)
        ours = convert_tree(f.content, uri, f.parts, rendering.packed.documents[f.document].tree, settings, known,
                            logging.WARNING)
        assert mkdocs is not None and ours is not None, uri
        assert ours.content == mkdocs.content, uri
        assert toc(ours.toc) == toc(mkdocs.toc) and ours.title == mkdocs.title, uri
        assert (ours.anchors, ours.lookups, ours.logs, ours.meta) == (mkdocs.anchors, mkdocs.lookups, mkdocs.logs,
                                                                      mkdocs.meta), uri
        assert (ours.body, ours.markdown_sha, ours.links_to_anchors) == (mkdocs.body, mkdocs.markdown_sha,
                                                                          mkdocs.links_to_anchors), uri


@pytest.mark.parametrize("body", [
    "Text first\n\n# Title\n",  # the title is not first
    "# T\n\n<div>raw</div>\n",  # HTML the tree does not hold
    "# T\n\n```python\nx = 1\n```\n",  # a fence: its language is not in the tree
    "# T\n\nA paragraph { .class }\n",  # an attribute list
    "# T\n\n- a\n  - nested by two spaces\n",  # Python-Markdown would not nest it
])
def test_a_page_the_tree_cannot_say_is_left_to_mkdocs(body: str) -> None:
    assert not convertible(PageParts("T", body, "t.docx", "Download"))
    assert convertible(PageParts("T", '# T\n\nA \\{ .class \\} <span lang="de">x</span><br>y\n', "t.docx", "D"))


def test_only_known_markdown_settings_fit(settings: MarkdownSettings) -> None:
    assert fits(settings)
    assert not fits(dataclasses.replace(settings, markdown_extensions=[*settings.markdown_extensions, "footnotes"]))
    assert not fits(dataclasses.replace(settings, mdx_configs={**settings.mdx_configs,
                                                               "tables": {"use_align_attribute": True}}))


_BRACE_AS_BEFORE = re.compile(r"(?:^|[^\\])(?:\\\\)*[{}]")  # the regular expression `unescaped_brace` replaced
_SHALLOW_AS_BEFORE = re.compile(r"^ {1,3}(?:[-*+]|\d+[.)]) ", re.MULTILINE)


@examples(max_examples=2000, deadline=None)
@given(st.text(alphabet="{}\\ a-*1.)\n#", max_size=40))
def test_a_brace_and_a_shallow_list_are_found_as_the_regular_expressions_found_them(text: str) -> None:
    """The faster checks of `convertible` say what the regular expressions said, on any mix of the characters that
    matter."""
    assert unescaped_brace(text) == bool(_BRACE_AS_BEFORE.search(text))
    shallow = bool(tree_pages._SHALLOW_FIRST.match(text) or tree_pages._SHALLOW_NEXT.search(text))
    assert shallow == bool(_SHALLOW_AS_BEFORE.search(text))


def test_block_tags_answer_in_as_the_list_does_after_each_change() -> None:
    tags = BlockTags(["p", "div"])
    assert "p" in tags and "span" not in tags
    tags.append("span")
    tags.insert(0, "nav")
    tags.extend(["aside"])
    tags.remove("p")
    assert list(tags) == ["nav", "div", "span", "aside"]
    assert all(tag in tags for tag in ["nav", "div", "span", "aside"]) and "p" not in tags

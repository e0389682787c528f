"""MkDocs's internals as pmdocs uses them, without a build: a page converted as MkDocs converts it, files as links see them."""

from __future__ import annotations

import os
from pathlib import Path
from xml.etree import ElementTree as etree

import markdown
from markdown.extensions.toc import TocTreeprocessor

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.site.mkdocs_internals import (
    LinkedFile,
    convert,
    convert_elements,
    excluded,
    included,
    known_plugins,
    livereload_epoch,
    markdown_settings,
    nest_paths,
    same_answers,
    search_entries,
    skip_unsearched,
)
from generator.site.plugin import PmdocsPlugin


def config_in(folder: Path, plugins: str = "[]", theme: str = "mkdocs") -> MkDocsConfig:
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "mkdocs.yml").write_text(f"site_name: T\ntheme: {theme}\nplugins: {plugins}\n"
                                       "markdown_extensions: [tables, attr_list]\n", encoding="utf-8")
    return load_config(str(folder / "mkdocs.yml"))


PAGE = '---\ntitle: "Charter"\n---\n\n# Charter\n\n## Scope\n\nSee [the guide](../../guide.md) and [nothing](gone.md).\n'


def test_a_page_is_converted_as_mkdocs_converts_it_with_what_it_looked_up(tmp_path: Path) -> None:
    settings = markdown_settings(config_in(tmp_path))
    known = {"guide.md": ("guide/", False)}
    done = convert(PAGE, "projects/P-1/charter.md", settings, known, 30)
    assert done is not None
    assert done.meta == {"title": "Charter"} and done.body == PAGE.index("# Charter")
    assert '<h1 id="charter">Charter</h1>' in done.content and 'href="../../../guide/"' in done.content
    assert done.title == "Charter" and done.anchors == ["charter", "scope"]
    assert done.lookups["guide.md"] == ("guide/", False) and done.lookups["projects/P-1/gone.md"] is None
    assert not done.keepable  # a link found no file: MkDocs says so, and the page is left to it
    fine = convert(PAGE.replace(" and [nothing](gone.md)", ""), "projects/P-1/charter.md", settings, known, 30)
    assert fine is not None and fine.keepable and fine.logs == []


def test_the_settings_are_what_page_render_reads(tmp_path: Path) -> None:
    config = config_in(tmp_path)
    settings = markdown_settings(config)
    assert settings["use_directory_urls"] is True and settings.get("site_url") == config.site_url
    assert settings.get("no such setting", "default") == "default"
    assert [str(e) for e in settings.markdown_extensions] == [str(e) for e in config.markdown_extensions]


def test_inclusion_and_unchanged_lookups(tmp_path: Path) -> None:
    config = config_in(tmp_path)
    page = File("guide.md", config.docs_dir, config.site_dir, True)
    draft = File("draft.md", config.docs_dir, config.site_dir, True, inclusion=InclusionLevel.EXCLUDED)
    assert included(page) and not excluded(page) and excluded(draft) and not included(draft)
    files = Files([page, draft])
    assert same_answers({"guide.md": ("guide/", False), "draft.md": ("draft/", True), "gone.md": None}, files)
    assert not same_answers({"guide.md": ("guide/other/", False)}, files)
    assert not same_answers({"gone.md": ("gone/", False)}, files)
    known: dict = {}  # type: ignore[type-arg]  # the answers found for one build's pages, shared
    assert same_answers({"guide.md": ["guide/", False], "gone.md": None}, files, known)  # as a worker sends them
    assert known == {"guide.md": ("guide/", False), "gone.md": None}
    known["guide.md"] = ("moved/", False)
    assert not same_answers({"guide.md": ("guide/", False)}, files, known)  # the answers found are the ones used


def test_only_pmdocs_and_materials_search_are_known_plugins(tmp_path: Path) -> None:
    bare = config_in(tmp_path / "bare")
    assert known_plugins(bare, PmdocsPlugin) and search_entries(bare) is None
    assert known_plugins(config_in(tmp_path / "material", "[search]", "material"), PmdocsPlugin)
    assert not known_plugins(config_in(tmp_path / "mkdocs", "[search]"), PmdocsPlugin)  # MkDocs's own search
    assert not known_plugins(config_in(tmp_path / "tags", "[search, tags]", "material"), PmdocsPlugin)


def test_a_download_is_linked_into_the_site(tmp_path: Path) -> None:
    config = config_in(tmp_path)
    source = tmp_path / "work" / "P-1.docx"
    source.parent.mkdir()
    source.write_bytes(b"docx")
    linked = LinkedFile("projects/P-1/P-1.docx", None, config.site_dir, config.use_directory_urls)
    linked.abs_src_path = str(source)
    linked.copy_file()
    assert os.path.samefile(linked.abs_dest_path, source)


def test_the_navigation_of_a_folder_structure() -> None:
    assert nest_paths(["index.md", "guide/start.md", "guide/more.md"]) == [
        "index.md", {"Guide": ["guide/start.md", "guide/more.md"]}]


def test_a_later_build_has_a_later_epoch() -> None:
    first = livereload_epoch()
    assert livereload_epoch() >= first > 0


def test_search_passes_over_only_the_pages_it_would_leave_as_they_are(tmp_path: Path) -> None:
    from mkdocs.structure.pages import Page

    config = config_in(tmp_path, "[search]", "material")
    config = config.plugins.on_config(config)  # the search plugin makes its index
    handlers = config.plugins.events["page_context"]
    original = list(handlers)
    assert skip_unsearched(config) and skip_unsearched(config)  # found; the second time, already in place
    assert len(handlers) == len(original) and handlers[0] is not original[0]
    entries = search_entries(config)
    assert entries is not None

    def page(uri: str, content: str, exclude: bool) -> Page:
        made = Page("T", File.generated(config, uri, content="# T\n"), config)
        made.content, made.meta, made.toc = content, {"search": {"exclude": True}} if exclude else {}, []  # type: ignore[assignment]
        return made

    skipped = page("a.md", '<h1 id="t">T</h1><p>text</p>', True)
    stripped = page("b.md", '<p data-search-exclude="x">text</p>', True)
    indexed = page("c.md", '<h1 id="t">T</h1><p>text</p>', False)
    for each in (skipped, stripped, indexed):
        for handler in handlers:
            handler({}, page=each, config=config, nav=None)
    assert skipped.content == '<h1 id="t">T</h1><p>text</p>'
    assert stripped.content == "<p>text</p>"  # the search plugin still strips what it would
    assert [e["location"] for e in entries] == ["c/"]  # excluded pages are indexed by neither


def test_a_table_of_contents_marker_is_replaced_only_where_the_markdown_writes_it(tmp_path: Path) -> None:
    """Elements converted as MkDocs converts the Markdown: the marker's search is skipped in a page without it, and
    the set-up keeps its marker for the next page."""
    (tmp_path / "mkdocs.yml").write_text("site_name: T\nmarkdown_extensions: [toc]\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    settings = markdown_settings(load_config(str(tmp_path / "mkdocs.yml")))
    md = markdown.Markdown(extensions=settings.markdown_extensions)
    toc = next(p for p in md.treeprocessors if isinstance(p, TocTreeprocessor))

    def elements(middle: str) -> etree.Element:
        root = etree.Element("div")
        for tag, text in (("h1", "Charter"), ("p", middle), ("h2", "Scope")):
            etree.SubElement(root, tag).text = text
        return root

    for middle in ("[TOC]", "Text"):
        page = f"# Charter\n\n{middle}\n\n## Scope\n"
        md.reset()
        ours = convert_elements(page, "p.md", lambda: elements(middle), md, settings, {}, 30)
        mkdocs = convert(page, "p.md", settings, {}, 30)
        assert ours is not None and mkdocs is not None and ours.content == mkdocs.content
        assert ('class="toc"' in ours.content) == (middle == "[TOC]") and toc.marker == "[TOC]"

"""Every use of MkDocs's and Material's internals by the site side, in one place, each with why it is needed.

(Over 400 lines on purpose: what reaches into MkDocs or Material stays in this one module.)

The rest of ``generator.site`` uses MkDocs's public API only: plugin events, config
options, ``File.generated``, ``Files``, the navigation, the ``page.meta`` template.
What follows has no public form (checked against MkDocs 1.6 and Material 9.5):

1. **Converting pages ahead, in workers** (`convert`, `PreparedPage`).  A page's
   Markdown is converted by MkDocs's own ``Page.render``, so the HTML is exactly
   MkDocs's; a worker has no ``MkDocsConfig`` or ``Files``, so ``render`` gets
   stand-ins with only what it reads (`MarkdownSettings`, `_Lookups`).  What render
   leaves behind is carried back and set on the page MkDocs builds: the page title
   found in the HTML lives in the private ``Page._title_from_render``; the anchors
   (``present_anchor_ids``, ``links_to_anchors``) are attributes MkDocs uses to
   validate links, which it records only while the ``mkdocs.structure.pages``
   logger shows debug messages or anchor validation is on.
2. **Keeping pages between builds** (`KeptPage`): a ``Page`` subclass whose
   ``read_source`` and ``render`` set what the previous build's render found, so
   that MkDocs resolves links to it and puts it in the sitemap without converting it.
3. **Material's search index** (`search_entries`): kept pages' entries are put back
   in, and new pages' entries recorded, through ``SearchPlugin.search_index.entries``;
   `known_plugins` tells when the only plugin besides pmdocs is that search plugin,
   whose effect on pages is known.  `skip_unsearched` lets the search plugin's
   ``on_page_context`` (in MkDocs's list of that event's handlers) pass over a page
   excluded from search that has no ``data-search-`` attribute: it would index
   nothing and strip nothing, but scan the page twice.
4. **Linking downloads** (`LinkedFile`): MkDocs copies every static file with
   ``File.copy_file``; overriding it puts a download in the site by a hard link.
5. **The navigation from the folder structure** (`nest_paths`): what MkDocs does
   when mkdocs.yml has no ``nav``, so that the Projects section can be added to it.
6. **The live server** (`ERROR_PAGE`, `livereload_epoch`): ``mkdocs serve`` answers
   a missing page with ``404.html``, and its pages wait for the next build by a long
   poll of ``/livereload/EPOCH/0``, whose epoch is the time of ``time.monotonic`` in ms.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional, Protocol

from xml.etree import ElementTree as etree

import markdown
from markdown.extensions.attr_list import AttrListTreeprocessor
from markdown.extensions.toc import TocTreeprocessor
from markdown.treeprocessors import InlineProcessor
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page, _ExtractAnchorsTreeprocessor, _ExtractTitleTreeprocessor, _RelativePathTreeprocessor
from mkdocs.structure.toc import get_toc
from mkdocs.utils import meta as front_matter
from mkdocs.utils import nest_paths as _nest_paths

from generator.record import Record
from generator.site.disk import link

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

ERROR_PAGE = "404.html"  # what MkDocs's server answers for any page the site does not have
_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")


# -- 1. converting pages ahead, in workers ------------------------------------------------------


class MarkdownSettings(Record):
    """The part of the MkDocs config that ``Page`` and ``Page.render`` read, for a worker."""

    markdown_extensions: list[Any]
    mdx_configs: dict[str, Any]
    use_directory_urls: bool
    validation: Any
    site_url: Optional[str]
    repo_url: Optional[str]
    edit_uri: Optional[str]
    edit_uri_template: Optional[str]

    def get(self, name: str, default: Any = None) -> Any:
        """Return a setting, as a config does."""
        return getattr(self, name, default)

    def __getitem__(self, name: str) -> Any:
        """Return a setting, as a config does."""
        return getattr(self, name)


def markdown_settings(config: MkDocsConfig) -> MarkdownSettings:
    """Return the site's Markdown settings, for the workers."""
    return MarkdownSettings(list(config.markdown_extensions), dict(config.mdx_configs or {}),
                            bool(config.use_directory_urls), config.validation, config.site_url,
                            config.repo_url, config.edit_uri, config.edit_uri_template)


class Converted(Record, frozen=False):
    """One page's Markdown converted in a worker: what ``Page.render`` sets, and what it needed to know."""

    body: int  # where the Markdown starts in the page's source, after its front matter
    markdown_sha: str  # of the Markdown converted (compared with what MkDocs reads: a change means converting again)
    meta: dict[str, Any]
    content: str
    toc: Any  # the table of contents, as MkDocs makes it
    title: Optional[str]
    anchors: list[str]
    links_to_anchors: Optional[dict[str, dict[str, str]]]  # by target src_uri
    lookups: dict[str, Optional[tuple[str, bool]]]  # src_uri -> (url, excluded) as answered, None: no such file
    logs: list[tuple[str, int, str]]  # MkDocs's messages: logger, level, text

    @property
    def keepable(self) -> bool:
        """Return True when the page can be kept for later builds: every link found its file, and nothing was said."""
        return not self.logs and all(answer is not None for answer in self.lookups.values())


class _Target(Record):
    """A file as a link sees it, in a worker."""

    src_uri: str
    url: str
    excluded: bool

    @property
    def inclusion(self) -> InclusionLevel:
        """Return the file's inclusion level."""
        return InclusionLevel.EXCLUDED if self.excluded else InclusionLevel.INCLUDED


class _Lookups:
    """The site's files as a page's links see them in a worker; every question asked is recorded."""

    def __init__(self, known: dict[str, tuple[str, bool]]) -> None:
        self.known = known
        self.asked: dict[str, Optional[tuple[str, bool]]] = {}

    def get_file_from_path(self, path: str) -> Optional[_Target]:
        """Return the file at a docs path, if there is one."""
        uri = PurePath(path).as_posix()
        answer = self.known.get(uri)
        self.asked[uri] = answer
        return _Target(uri, *answer) if answer else None


class _Capture(logging.Handler):
    """Keep MkDocs's messages during a conversion, to say them in the main process."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.said: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep one message."""
        self.said.append((record.name, record.levelno, record.getMessage()))


def lookups_for(known: dict[str, tuple[str, bool]], src_uri: str, url: str) -> _Lookups:
    """Return the site's files as a page's links see them, the page itself looked up already."""
    lookups = _Lookups(known)
    lookups.asked[src_uri] = (url, False)
    return lookups


@contextlib.contextmanager
def capture_logs(log_level: int) -> Iterator[list[tuple[str, int, str]]]:
    """Keep MkDocs's messages said inside the block (logger, level, text), at a level, to say them in the main process."""
    logger = logging.getLogger("mkdocs")
    saved = logger.handlers, logger.propagate, logger.level
    capture = _Capture()
    logger.handlers, logger.propagate = [capture], False
    logger.setLevel(log_level)
    try:
        yield capture.said
    finally:
        logger.handlers, logger.propagate = saved[0], saved[1]
        logger.setLevel(saved[2])


def convert(source: str, src_uri: str, settings: MarkdownSettings, known: dict[str, tuple[str, bool]],
            log_level: int) -> Optional[Converted]:
    """Return a page's Markdown converted by MkDocs's own ``Page.render``, with what it looked up and said.

    ``source`` is the page's text as MkDocs reads it.  None: the page is left to MkDocs.
    """
    opened = _open(source, src_uri, settings, known)
    if opened is None:
        return None
    text, meta, file, lookups = opened
    page = Page(None, file, settings)  # type: ignore[arg-type]
    page.markdown, page.meta = text, meta
    with capture_logs(log_level) as said:
        page.render(settings, lookups)  # type: ignore[arg-type]
    return _converted(source, text, meta, page.content or "", page.toc, page._title_from_render,
                      page.present_anchor_ids or (), page.links_to_anchors, lookups, said)


def convert_elements(source: str, src_uri: str, elements: Callable[[], etree.Element], md: markdown.Markdown,
                     settings: MarkdownSettings, known: dict[str, tuple[str, bool]], log_level: int) -> Optional[Converted]:
    """Return a page converted as ``Page.render`` converts it, but from its elements as Python-Markdown's block
    parser and inline processor would build them from its Markdown (``source``, the page's text as MkDocs reads
    it): ``md`` (the site's Markdown set-up, reset) runs its tree processors on them, MkDocs's own included,
    but the two that read Markdown in text (inline marks, attribute lists: the elements' text is plain text), then
    its serializer and post-processors, as ``Markdown.convert`` does.  None: the page is left to MkDocs.
    """
    opened = _open(source, src_uri, settings, known)
    if opened is None:
        return None
    text, meta, file, lookups = opened
    anchors = _ExtractAnchorsTreeprocessor(file, lookups, settings)  # type: ignore[arg-type]
    anchors._register(md)
    links = _RelativePathTreeprocessor(file, lookups, settings)  # type: ignore[arg-type]
    links._register(md)
    title = _ExtractTitleTreeprocessor()
    title._register(md)
    with capture_logs(log_level) as said, _marker_absent(md, text):
        root = elements()
        for processor in md.treeprocessors:
            if not isinstance(processor, (InlineProcessor, AttrListTreeprocessor)):  # the elements hold no Markdown
                root = processor.run(root) or root
        output: str = md.serializer(root)
        output = output[output.index(f"<{md.doc_tag}>") + len(md.doc_tag) + 2:output.rindex(f"</{md.doc_tag}>")].strip()
        for post in md.postprocessors:
            output = post.run(output)
    to_anchors = None if _PAGES_LOG.getEffectiveLevel() <= logging.DEBUG else links.links_to_anchors
    return _converted(source, text, meta, output.strip(), get_toc(getattr(md, "toc_tokens", [])), title.title,
                      anchors.present_anchor_ids, to_anchors, lookups, said)


@contextlib.contextmanager
def _marker_absent(md: markdown.Markdown, text: str) -> Iterator[None]:
    """Let the table of contents skip its search for its marker ("[TOC]") in a page whose Markdown does not hold it:
    an element's text can only be the marker when the Markdown writes it (the search read the text of every element
    again below it: 2.5 % of a site build's workers)."""
    tocs = [(p, p.marker) for p in md.treeprocessors
            if isinstance(p, TocTreeprocessor) and p.marker and p.marker not in text]
    for toc, _ in tocs:
        toc.marker = ""
    try:
        yield
    finally:
        for toc, marker in tocs:
            toc.marker = marker


def _open(source: str, src_uri: str, settings: MarkdownSettings, known: dict[str, tuple[str, bool]]
          ) -> Optional[tuple[str, dict[str, Any], File, _Lookups]]:
    """Return a page's Markdown without its front matter, that front matter, its file and the lookups its links
    will make; None when the front matter is not as pmdocs writes it (the page is left to MkDocs)."""
    text, meta = front_matter.get_data(source)
    if not source.endswith(text):
        return None
    file = File(src_uri, None, "", settings.use_directory_urls, inclusion=InclusionLevel.INCLUDED)
    return text, meta, file, lookups_for(known, src_uri, file.url)


def _converted(source: str, text: str, meta: dict[str, Any], content: str, toc: Any, title: Optional[str],
               present: Any, to_anchors: Optional[dict[File, dict[str, str]]], lookups: _Lookups,
               said: list[tuple[str, int, str]]) -> Converted:
    """Return what a page's conversion left behind, as the main process sets it on the page MkDocs builds."""
    return Converted(len(source) - len(text), sha(text), meta, content, toc, title, sorted(present),
                     None if to_anchors is None else {f.src_uri: dict(a) for f, a in to_anchors.items()},
                     lookups.asked, said)


def sha(markdown: str) -> str:
    """Return a digest of a page's Markdown."""
    return hashlib.sha256(markdown.encode("utf-8")).hexdigest()


def excluded(f: File) -> bool:
    """Return True when a file is excluded from the site (``InclusionLevel.is_excluded``, which MkDocs leaves untyped)."""
    return bool(f.inclusion.is_excluded())  # type: ignore[no-untyped-call]


def included(f: File) -> bool:
    """Return True when a file is in the site (``InclusionLevel.is_included``, which MkDocs leaves untyped)."""
    return bool(f.inclusion.is_included())  # type: ignore[no-untyped-call]


def same_answers(lookups: dict[str, Optional[tuple[str, bool]]], files: Files,
                 known: Optional[dict[str, Optional[tuple[str, bool]]]] = None) -> bool:
    """Return True when every file a page looked up is still what it was (``known``: the answers found so far for
    the same files, filled in as they are found: the pages of a project look up the same files)."""
    for uri, answer in lookups.items():
        if known is not None and uri in known:
            now = known[uri]
        else:
            f = files.get_file_from_path(uri)
            now = None if f is None else (f.url, excluded(f))
            if known is not None:
                known[uri] = now
        if now != (tuple(answer) if answer else None):
            return False
    return True


def _anchor_links(links: Optional[dict[str, dict[str, str]]], files: Files) -> Optional[dict[File, dict[str, str]]]:
    """Return a page's links to anchors keyed by file, as ``Page.render`` leaves them (when MkDocs checks them)."""
    if links is None or _PAGES_LOG.getEffectiveLevel() <= logging.DEBUG:
        return None
    found = {files.get_file_from_path(uri): dict(anchors) for uri, anchors in links.items()}
    return {f: anchors for f, anchors in found.items() if f is not None}


class PreparedPage(Page):
    """A page whose Markdown a worker converted: MkDocs only puts it in the theme.

    ``rendered(page, converted)`` is told when the worker's HTML was taken; ``known`` holds what the files the
    pages looked up are now, shared by the pages of one build (see `same_answers`).
    """

    def __init__(self, file: File, config: MkDocsConfig, converted: Converted,
                 rendered: Callable[[PreparedPage, Converted], None],
                 known: Optional[dict[str, Optional[tuple[str, bool]]]] = None) -> None:
        super().__init__(None, file, config)
        self.converted: Optional[Converted] = converted
        self.rendered = rendered
        self.known = known

    def read_source(self, config: MkDocsConfig) -> None:
        """Read the page's Markdown; take the front matter the worker read."""
        assert self.converted is not None
        self.markdown, self.meta = self.file.content_string[self.converted.body:], dict(self.converted.meta)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        """Take the worker's HTML, unless the Markdown or a file it links to changed since: then convert here."""
        done, self.converted = self.converted, None
        if done is None or sha(self.markdown or "") != done.markdown_sha or not same_answers(done.lookups, files, self.known):
            super().render(config, files)
            return
        for name, level, text in done.logs:
            logging.getLogger(name).log(level, text)
        self.markdown = ""  # read by nothing from here on (the theme, search), held by every page until the build ends
        self.content, self.toc, self._title_from_render = done.content, done.toc, done.title
        self.present_anchor_ids = set(done.anchors)
        links = _anchor_links(done.links_to_anchors, files)
        if links is not None:
            self.links_to_anchors = links
        self.rendered(self, done)


# -- 2. keeping pages between builds ---------------------------------------------------------------


class Recorded(Protocol):
    """What the previous build's render found of a page (see `generator.site.records.PageRecord`)."""

    meta: dict[str, Any]
    title: Optional[str]
    anchors: list[str]
    links_to_anchors: Optional[dict[str, dict[str, str]]]
    search: list[dict[str, Any]]


class KeptPage(Page):
    """A page as the previous build finished it: its HTML is already linked into the new site, its search entries put back.

    MkDocs still goes through it (links to it resolve, it is in the sitemap) but
    with a template (``template``) that prints a mark, written nowhere (``scratch``).
    """

    def __init__(self, file: File, config: MkDocsConfig, record: Recorded, template: str, scratch: str) -> None:
        super().__init__(None, file, config)
        self.record = record
        self.template = template
        file.abs_dest_path = scratch

    def read_source(self, config: MkDocsConfig) -> None:
        """Take the recorded front matter; the theme's template becomes the one that prints the mark."""
        self.markdown = ""
        self.meta = {**self.record.meta, "template": self.template, "search": {"exclude": True}}

    def render(self, config: MkDocsConfig, files: Files) -> None:
        """Take what the previous build's render found: title and anchors."""
        self.content, self._title_from_render = "", self.record.title
        self.present_anchor_ids = set(self.record.anchors)
        links = _anchor_links(self.record.links_to_anchors, files)
        if links is not None:
            self.links_to_anchors = links


# -- 3. Material's search index ---------------------------------------------------------------------


def _search_plugin() -> Optional[type]:
    """Return Material's search plugin class (None without Material: a site may use another theme)."""
    try:
        from material.plugins.search.plugin import SearchPlugin  # type: ignore[import-untyped]  # Material is optional
    except ImportError:
        return None
    found: type = SearchPlugin
    return found


def known_plugins(config: MkDocsConfig, own: type) -> bool:
    """Return True when the site's only plugins are ``own`` (pmdocs) and Material's search (whose effect on pages is known)."""
    search = _search_plugin()
    return search is not None and all(isinstance(plugin, (own, search)) for plugin in config.plugins.values())


def skip_unsearched(config: MkDocsConfig) -> bool:
    """Let Material's search plugin pass over the pages it would leave as they are (see the module's docstring);
    return whether it was found."""
    search = _search_plugin()
    handlers: list[Any] = config.plugins.events.get("page_context", [])
    for index, handler in enumerate(handlers):
        plugin = getattr(handler, "__self__", None)
        if search is not None and isinstance(plugin, search) and not getattr(handler, "pmdocs_skips", False):
            handlers[index] = _skipping(handler)
            return True
    return any(getattr(handler, "pmdocs_skips", False) for handler in handlers)


def _skipping(handler: Callable[..., Any]) -> Callable[..., Any]:
    """Return the search plugin's ``on_page_context``, passing over a page excluded from search with nothing to strip."""

    def on_page_context(context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        search = page.meta.get("search") or {}
        if search.get("exclude") and "data-search-" not in (page.content or ""):
            return None  # what the handler does with such a page: nothing (None: the context as it was)
        return handler(context, page=page, config=config, nav=nav)

    setattr(on_page_context, "pmdocs_skips", True)
    return on_page_context


def search_entries(config: MkDocsConfig) -> Optional[list[dict[str, Any]]]:
    """Return the search index's entries as Material's search plugin makes them (None without it)."""
    search = _search_plugin()
    entries: Optional[list[dict[str, Any]]] = None
    for plugin in config.plugins.values():
        if search is not None and isinstance(plugin, search):
            material: Any = plugin  # Material's plugins are untyped
            if material.config.enabled:
                entries = material.search_index.entries
    return entries


# -- 4. linking downloads ------------------------------------------------------------------------


class LinkedFile(File):
    """A download MkDocs puts in the site by a hard link where it can, instead of copying its bytes."""

    def copy_file(self, dirty: bool = False) -> None:
        """Link the file into the site (copy it where links cannot be made)."""
        if not link(str(self.abs_src_path), self.abs_dest_path):
            super().copy_file(dirty)


# -- 5. the navigation from the folder structure ------------------------------------------------------


def nest_paths(paths: list[str]) -> list[Any]:
    """Return the navigation MkDocs makes from the folder structure of some pages."""
    nested: list[Any] = _nest_paths(paths)  # type: ignore[no-untyped-call]  # MkDocs leaves it untyped
    return nested


# -- 6. the live server ----------------------------------------------------------------------------


def livereload_epoch() -> int:
    """Return the stamp MkDocs's server would give a build finished now (a later build has a later stamp)."""
    return round(time.monotonic() * 1000)

"""Whole theme pages for the pages converted ahead: the frame rendered once per depth, each page's own parts put in.

Once `generator.site.shared_partials` shares the navigation, tabs, header and
footer, the rest of the theme's page template still costs most of a page's theme
time, and on a page converted ahead (never in the navigation) all of it is the same
on every page of the same depth and front matter but for a few of the page's own
values: its title, its canonical address, its first heading's anchor (the "skip to
content" link), its content and one partial, the table of contents.
`frame_pages` puts a template in front of the theme's ``main.html`` that renders it
once per such group for a stand-in page whose own values are marks and whose table
of contents prints a slot (the variables at that point kept), and gives each page
that frame with its own values put in and its table of contents rendered with the
kept variables.  The first pages of every frame, for each kind of title (the markup
characters and odd spaces in it, which a theme's filter could print otherwise), are
also rendered whole and compared: a theme or an override that prints anything else
of the page, or prints a title otherwise, gets no frame for those pages, and the
bytes are always the theme's own.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable, Optional

import jinja2
from markupsafe import Markup

from generator.site.mkdocs_internals import PreparedPage
from generator.site.shared_partials import ORIGINAL, Marked, mark, title_kind

PAGE = "main.html"  # MkDocs's page template (unless a page's front matter names another)
PARTS = {"toc": "partials/toc.html"}  # Material's: rendered for each page
CHECKED = 2  # pages of each frame and kind of title also rendered whole and compared
_FRONT_PAGE = ('{%- if pmdocs_frame_key(page, base_url) -%}{{ pmdocs_framed() }}'  # a template extending the page
               '{%- else -%}{% extends "ORIGINAL/PAGE" %}{%- endif -%}')  # template (404.html) keeps its blocks
_FRONT_PART = ('{%- if pmdocs_probing(page) -%}{{ pmdocs_slot("SLOT") }}'
               '{%- else -%}{% include "ORIGINAL/NAME" %}{%- endif -%}')
_SLOT = re.compile("\ue000pmdocs-([a-z]+)[^\ue000]*\ue000")  # a mark, and what follows its name up to its end
_NONE = object()


def _first(page: Any) -> Any:
    """Return a page's first heading in its table of contents (None without one)."""
    return next(iter(page.toc), None) if page.toc else None


def _h1(page: Any) -> bool:
    """Tell whether a page's content has its own top heading (the theme's content partial adds one otherwise)."""
    return "<h1" in (page.content or "")


class _First:
    """The stand-in's first heading: its anchor a mark."""

    def __init__(self, item: Any) -> None:
        self._item = item
        self.url = "#" + mark("skip")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._item, name)


class Probe(Marked):
    """A page converted ahead as its frame is rendered for: its own values marks, its partials slots."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.content = "\ue000pmdocs-body<h1\ue000" if _h1(page) else mark("body")  # a heading where the page has one
        first = _first(page)
        self.toc = [_First(first)] if first is not None else []
        self.canonical_url = mark("canonical") if page.canonical_url else page.canonical_url


class _Frame:
    """A rendered frame: the text between its slots, and the variables each partial had."""

    def __init__(self, pieces: list[str], kept: dict[str, dict[str, Any]]) -> None:
        self.pieces, self.kept = pieces, kept


class Framer:
    """The frames of one build's theme, and the functions its front templates call."""

    def __init__(self, env: jinja2.Environment, title: Callable[[Any], str]) -> None:
        self.env, self.title = env, title
        self.frames: dict[str, Optional[_Frame]] = {}
        self.checks: dict[str, int] = {}  # pages still to render whole and compare, per frame and kind of title
        self.unframed: set[str] = set()  # the frames and kinds of title a comparison found different
        self._probing: Optional[dict[str, dict[str, Any]]] = None
        self._last: tuple[Any, str, str] = (None, "", "")  # the page last asked about, its base_url and its frame

    def key(self, page: Any, base_url: str) -> str:
        """Return the frame a page goes in ('' for a page rendered whole)."""
        if self._last[0] is page and self._last[1] == base_url:
            return self._last[2]
        key = self._key(page, base_url)
        self._last = (page, base_url, key)
        return key

    def _key(self, page: Any, base_url: str) -> str:
        """Return the frame a page goes in, anew."""
        if not isinstance(page, PreparedPage) or page.previous_page or page.next_page or page.meta.get("template"):
            return ""
        meta = {k: v for k, v in page.meta.items() if k != "title"}
        return json.dumps([base_url, "title" in page.meta, _first(page) is not None, bool(page.canonical_url), _h1(page),
                           meta],
                          sort_keys=True, default=repr)

    @jinja2.pass_context
    def framed(self, context: jinja2.runtime.Context) -> Markup:
        """Return the page the context is for, from its frame where it has one."""
        page, variables = context["page"], context.get_all()
        key = self.key(page, context["base_url"])
        frame = self.frames.get(key, _NONE)
        if frame is _NONE:
            frame = self.frames[key] = self._probe(variables, page)
        title = self.title(page)
        kind = f"{key}\n{title_kind(title)}"  # checked apart: a theme's filter may print such titles otherwise
        out = self._fill(frame, context, page, title) if isinstance(frame, _Frame) and kind not in self.unframed else None
        if out is None:
            return Markup(self._whole(variables))
        checks = self.checks.get(kind, CHECKED)
        if checks:
            self.checks[kind] = checks - 1
            whole = self._whole(variables)
            if whole != out:
                self.unframed.add(kind)
                return Markup(whole)
        return Markup(out)

    def probing(self, page: Any) -> bool:
        """Tell whether the theme is rendering a frame."""
        return isinstance(page, Probe)

    @jinja2.pass_context
    def slot(self, context: jinja2.runtime.Context, name: str) -> str:
        """Keep a partial's variables for the frame being rendered; return its slot."""
        if self._probing is not None:
            self._probing[name] = context.get_all()
        return mark(name)

    def _whole(self, variables: dict[str, Any]) -> str:
        """Render a page with the theme's own page template."""
        return self.env.get_template(f"{ORIGINAL}/{PAGE}").render(variables)

    def _probe(self, variables: dict[str, Any], page: Any) -> Optional[_Frame]:
        """Render a page's frame (None when the theme prints something of the page a frame cannot hold)."""
        kept: dict[str, dict[str, Any]] = {}
        self._probing = kept
        try:
            out = self._whole({**variables, "page": Probe(page)})
        finally:
            self._probing = None
        pieces = _SLOT.split(out)
        names = pieces[1::2]
        if sorted(kept) != sorted(PARTS) or sorted(n for n in names if n in PARTS) != sorted(PARTS) or not all(
                n in PARTS or n in ("title", "skip", "canonical", "body") for n in names):
            return None
        return _Frame(pieces, kept)

    def _fill(self, frame: _Frame, context: jinja2.runtime.Context, page: Any, title: str) -> Optional[str]:
        """Return a page in its frame (None when its first heading's link is not an anchor)."""
        values = {"title": title, "body": str(page.content)}
        first = _first(page)
        if first is not None:
            skip = str(self.env.filters["url"](context, first.url))
            if not skip.startswith("#"):
                return None
            values["skip"] = skip[1:]
        if page.canonical_url:
            values["canonical"] = str(page.canonical_url)
        out = list(frame.pieces)
        for i in range(1, len(out), 2):
            name = out[i]
            if name in PARTS:
                out[i] = self.env.get_template(f"{ORIGINAL}/{PARTS[name]}").render({**frame.kept[name], "page": page})
            else:
                out[i] = str(values[name])
        return "".join(out)


def frame_pages(env: jinja2.Environment, title: Callable[[Any], str]) -> bool:
    """Put the framing templates in front of the theme's page template (after `share_partials`, whose loader it
    extends); return False (and change nothing) when the theme has no such templates."""
    loader = env.loader
    if not isinstance(loader, jinja2.ChoiceLoader) or not isinstance(loader.loaders[0], jinja2.DictLoader):
        return False
    try:
        for name in (PAGE, *PARTS.values()):
            loader.get_source(env, f"{ORIGINAL}/{name}")
    except jinja2.TemplateNotFound:
        return False
    framer = Framer(env, title)
    env.globals.update(pmdocs_frame_key=framer.key, pmdocs_framed=framer.framed, pmdocs_probing=framer.probing,
                       pmdocs_slot=framer.slot)
    front = {**loader.loaders[0].mapping, PAGE: _FRONT_PAGE.replace("ORIGINAL", ORIGINAL).replace("PAGE", PAGE)}
    front.update({name: _FRONT_PART.replace("SLOT", slot).replace("NAME", name).replace("ORIGINAL", ORIGINAL)
                  for slot, name in PARTS.items()})
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader(front), *loader.loaders[1:]])
    return True

"""Parts of the theme that are the same on every page converted ahead at one depth: rendered once, not per page.

Putting a page in the Material theme costs about 5 ms, a quarter of a large site
build on one core, and a third of it is the navigation and the tabs.  A page
converted ahead (`generator.site.mkdocs_internals.PreparedPage`: a project's page of a
portfolio too large for the navigation) is never in the navigation, so nothing in
those two parts marks it as the current page, and their links are relative to the
page's folder: every such page with the same way back to the site's root
(``base_url``) shows the same navigation and tabs, byte for byte.  `share_partials`
puts a template of the same name in front of each of them that renders the theme's
own once per ``base_url`` and reuses it; any other page renders them as before.  The
footer (no previous or next page off the navigation) and the icons are shared the same
way.  The header differs only by the page's title: it is rendered once per ``base_url``
for a stand-in page whose title is a mark, and each page gets it with the mark replaced
by its title as the theme would print it.
"""

from __future__ import annotations

import re
from typing import Any, Callable

import jinja2

from generator.site.mkdocs_internals import PreparedPage

PARTIALS = ("partials/nav.html", "partials/tabs.html",  # Material's: the same on every page off the navigation
            "partials/footer.html", "partials/icons.html")
TITLED = ("partials/header.html",)  # Material's: the same on every page off the navigation but for the page's title
ORIGINAL = "pmdocs-theme"  # the prefix that reaches the theme's own template behind the one put in front of it
_FRONT = ('{%- set pmdocs_key = pmdocs_partial_key(page, base_url, "NAME") -%}'
          '{%- if pmdocs_key in pmdocs_partials -%}{{ pmdocs_partials[pmdocs_key] }}'
          '{%- else -%}{%- set pmdocs_out -%}{% include "ORIGINAL/NAME" %}{%- endset -%}'
          '{{ pmdocs_keep(pmdocs_key, pmdocs_out) }}{%- endif -%}')
_TITLED_FRONT = ('{%- set pmdocs_key = pmdocs_partial_key(page, base_url, "NAME") -%}'
                 '{%- if not pmdocs_key -%}{% include "ORIGINAL/NAME" %}'
                 '{%- else -%}{%- if pmdocs_key not in pmdocs_partials -%}'
                 '{%- set pmdocs_out -%}{%- with page = pmdocs_marked(page) -%}{% include "ORIGINAL/NAME" %}'
                 '{%- endwith -%}{%- endset -%}{%- set pmdocs_kept = pmdocs_keep(pmdocs_key, pmdocs_out) -%}{%- endif -%}'
                 '{{ pmdocs_partials[pmdocs_key] | replace(pmdocs_mark, pmdocs_title(page)) }}{%- endif -%}')


def mark(name: str) -> str:
    """Return the mark that stands for one of a page's own values (a private-use character around it: no title holds it)."""
    return f"\ue000pmdocs-{name}\ue000"


MARK = mark("title")
_SPACED = re.compile(r"\S+(?: \S+)*")  # words, one space apart: what a filter (striptags) prints as it is
_MARKUP = "&<>\"'"  # what a filter (striptags, escaping) prints otherwise


class Marked:
    """A page as the header sees it, with a mark for its title (its own title when it has one in its front matter)."""

    def __init__(self, page: Any) -> None:
        self._page = page
        self.title = MARK
        meta = page.meta
        self.meta = {**meta, "title": MARK} if meta and meta.get("title") else meta

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)


def title_kind(title: str) -> str:
    """Return what of a title a filter (striptags, escaping) could print otherwise: its markup characters, and a
    space for odd spaces ('' for a `plain` title)."""
    return "".join(sorted(set(title) & set(_MARKUP))) + ("" if _SPACED.fullmatch(title) else " ")


def plain(title: str) -> bool:
    """Tell whether a title is printed the same by any filter a theme could put on it (markup, entities, odd spaces)."""
    return not title_kind(title)


def _key(page: Any, base_url: str, name: str) -> str:
    """Return the key a partial is kept under for a page ('' for a page it is rendered for anew: also the header of a
    page whose title is not `plain`, which the theme could filter)."""
    ahead = page._page if isinstance(page, Marked) else page  # a stand-in for a page converted ahead is one too
    if not isinstance(ahead, PreparedPage):
        return ""
    if name in TITLED and not isinstance(page, Marked):
        title = page.meta.get("title") if page.meta else None
        if not plain(str(title or page.title)):
            return ""
    return f"{name}\n{base_url}"


def printed_title(env: jinja2.Environment) -> Callable[[Any], str]:
    """Return a function giving a page's title as the theme's header prints it (its finalize and escaping, if any)."""
    printed = env.from_string("{{ value }}")

    def title(page: Any) -> str:
        return printed.render(value=page.meta["title"] if page.meta and page.meta.get("title") else page.title)

    return title


def share_partials(env: jinja2.Environment) -> bool:
    """Put the sharing templates in front of the theme's navigation and tabs; return False (and change nothing)
    when the theme has no such templates."""
    original = env.loader
    if original is None:
        return False
    try:
        for name in PARTIALS + TITLED:
            original.get_source(env, name)
    except jinja2.TemplateNotFound:
        return False
    kept: dict[str, Any] = {}

    def keep(key: str, output: Any) -> Any:
        if key:
            kept[key] = output
        return output

    title = printed_title(env)
    env.globals.update(pmdocs_partials=kept, pmdocs_keep=keep, pmdocs_partial_key=_key, pmdocs_marked=Marked,
                       pmdocs_mark=MARK, pmdocs_title=title)
    front = {name: _FRONT.replace("NAME", name).replace("ORIGINAL", ORIGINAL) for name in PARTIALS}
    front.update({name: _TITLED_FRONT.replace("NAME", name).replace("ORIGINAL", ORIGINAL) for name in TITLED})
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader(front), jinja2.PrefixLoader({ORIGINAL: original}), original])
    return True
